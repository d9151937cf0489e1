// suyuan-cli label: a batch's QR labels to PDF, PNG or SVG (docs/label-templates.md).
#include "Cli.h"
#include "CliParse.h"

#include "labels/BatchLabels.h"
#include "labels/LabelRender.h"
#include "labels/LabelTemplate.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>

namespace suyuan::cli {

int Cli::cmdLabel(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption batchOption(
        QStringLiteral("batch"),
        QCoreApplication::translate("suyuan-cli", "The batch: lot code, Digital Link or batch URN."),
        QStringLiteral("ID"));
    const QCommandLineOption templateOption(
        QStringLiteral("template"),
        QCoreApplication::translate("suyuan-cli", "Label template (default %1): %2.")
            .arg(labels::defaultTemplateName(), labels::templateNames().join(QStringLiteral(", "))),
        QStringLiteral("NAME"));
    const QCommandLineOption copiesOption(
        QStringLiteral("copies"), QCoreApplication::translate("suyuan-cli", "How many labels (default 1)."),
        QStringLiteral("N"));
    const QCommandLineOption serialsOption(
        QStringLiteral("serials"),
        QCoreApplication::translate("suyuan-cli",
                                    "Number the copies (item serials 0001 …), each with its own code."));
    const QCommandLineOption netOption(
        QStringLiteral("net"),
        QCoreApplication::translate("suyuan-cli", "Net quantity per package, in the batch's unit."),
        QStringLiteral("Q"));
    const QCommandLineOption expiryOption(
        QStringLiteral("expiry"), QCoreApplication::translate("suyuan-cli", "Best-before date, YYYY-MM-DD."),
        QStringLiteral("DATE"));
    const QCommandLineOption baseOption(
        QStringLiteral("base"),
        QCoreApplication::translate(
            "suyuan-cli", "The address the codes point to (default: this profile's, set in the app)."),
        QStringLiteral("URL"));
    const QCommandLineOption dpiOption(
        QStringLiteral("dpi"), QCoreApplication::translate("suyuan-cli", "PNG resolution (default 300)."),
        QStringLiteral("N"));
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        QCoreApplication::translate("suyuan-cli", "The file to write: .pdf (all labels), .png or .svg (one "
                                                  "file per label, numbered when there are several)."),
        QStringLiteral("FILE"));
    p.addOptions({batchOption, templateOption, copiesOption, serialsOption, netOption, expiryOption,
                  baseOption, dpiOption, outOption});
    if (auto rc = parseCommand(
            p, QStringLiteral("label"),
            QStringLiteral("--batch ID [--template NAME] [--copies N] [--serials] [--net Q] [--expiry DATE] "
                           "[--base URL] [--dpi N] --out FILE.pdf|.png|.svg"),
            QCoreApplication::translate("suyuan-cli",
                                        "Write a batch's QR labels, signed with this node's key."),
            args, m_out, m_err)) {
        return *rc;
    }
    if (!p.isSet(batchOption) || !p.isSet(outOption)) {
        return usage(QCoreApplication::translate("suyuan-cli", "label needs --batch ID and --out FILE"));
    }
    const QString out = p.value(outOption);
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("png") && suffix != QLatin1String("svg")) {
        return usage(QCoreApplication::translate("suyuan-cli", "--out must end in .pdf, .png or .svg, not %1")
                         .arg(out));
    }
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return usage(
            QCoreApplication::translate("suyuan-cli", "label lays out text and needs fonts (internal)"));
    }
    auto tmpl = labels::templateByName(p.isSet(templateOption) ? p.value(templateOption)
                                                               : labels::defaultTemplateName());
    if (!tmpl) {
        return usage(tmpl.error().message);
    }
    labels::BatchLabelOptions options;
    bool ok = true;
    if (p.isSet(copiesOption)) {
        options.copies.copies = p.value(copiesOption).toInt(&ok);
        if (!ok || options.copies.copies < 1 || options.copies.copies > 100000) {
            return usage(
                QCoreApplication::translate("suyuan-cli", "--copies takes a number from 1 to 100000"));
        }
    }
    options.copies.serials = p.isSet(serialsOption);
    if (p.isSet(netOption)) {
        options.netQuantity = p.value(netOption).toDouble(&ok);
        if (!ok || options.netQuantity <= 0) {
            return usage(QCoreApplication::translate("suyuan-cli", "--net takes a quantity above 0"));
        }
    }
    if (p.isSet(expiryOption)) {
        options.expiry = QDate::fromString(p.value(expiryOption), Qt::ISODate);
        if (!options.expiry.isValid()) {
            return usage(
                QCoreApplication::translate("suyuan-cli", "--expiry takes a date such as 2026-12-31, not %1")
                    .arg(p.value(expiryOption)));
        }
    }
    int dpi = 300;
    if (p.isSet(dpiOption)) {
        dpi = p.value(dpiOption).toInt(&ok);
        if (!ok || dpi < 72 || dpi > 2400) {
            return usage(QCoreApplication::translate("suyuan-cli", "--dpi takes a number from 72 to 2400"));
        }
    }
    if (p.isSet(baseOption)) {
        auto base = labels::normaliseLabelBase(p.value(baseOption));
        if (!base) {
            return usage(base.error().message);
        }
        options.base = base.value();
    }
    auto opened = openTrace();
    if (!opened) {
        return fail(opened.error());
    }
    trace::TraceService& t = *opened->trace;
    const Result<QString> batchId = t.resolveBatch(p.value(batchOption));
    if (!batchId) {
        return failOperation(batchId.error());
    }
    auto contents = labels::batchLabels(t, batchId.value(), options);
    if (!contents) {
        return failOperation(contents.error());
    }
    const auto files = labels::writeLabelFiles(out, tmpl.value(), contents.value(), dpi);
    if (!files) {
        return failOperation(files.error());
    }
    m_out << QCoreApplication::translate("suyuan-cli", "Wrote %1 labels (%2) to %3")
                 .arg(contents->size())
                 .arg(tmpl->name, files->size() == 1 ? files->first() : files->first() + QStringLiteral(" …"))
          << '\n';
    m_out << contents->first().uri << '\n';
    return ExitOk;
}

} // namespace suyuan::cli
