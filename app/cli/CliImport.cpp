// suyuan-cli import: batches and harvest records from a CSV file (docs/csv-import.md).
#include "Cli.h"
#include "CliParse.h"

#include "trace/CsvImport.h"
#include "trace/TraceService.h"
#include "util/Files.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace suyuan::cli {

namespace {

QJsonObject toJson(const trace::HarvestCsvReport& report, bool dryRun)
{
    QJsonArray batches;
    for (qsizetype i = 0; i < report.batches.size(); ++i) {
        batches.append(QJsonObject{{QStringLiteral("lot"), report.lots.value(i)},
                                   {QStringLiteral("id"), report.batches.at(i)}});
    }
    QJsonArray errors;
    for (const trace::CsvRowError& e : report.errors) {
        errors.append(QJsonObject{{QStringLiteral("row"), e.row},
                                  {QStringLiteral("line"), e.line},
                                  {QStringLiteral("column"), e.column},
                                  {QStringLiteral("message"), e.message}});
    }
    return QJsonObject{{QStringLiteral("ok"), report.ok()},
                       {QStringLiteral("dry_run"), dryRun},
                       {QStringLiteral("stored"), report.stored},
                       {QStringLiteral("encoding"), trace::textEncodingName(report.encoding)},
                       {QStringLiteral("rows"), report.rows},
                       {QStringLiteral("batches"), batches},
                       {QStringLiteral("errors"), errors}};
}

} // namespace

int Cli::cmdImport(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub != QLatin1String("csv")) {
        if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            m_out << QCoreApplication::translate(
                "suyuan-cli",
                "Usage: suyuan-cli import csv FILE [--encoding auto|utf-8|gb18030] [--dry-run] [--json]\n"
                "       suyuan-cli import csv --template [OUT.csv] [--zh] [--encoding utf-8|gb18030]\n");
            return ExitOk;
        }
        return usage(QCoreApplication::translate("suyuan-cli", "import needs csv"));
    }
    QCommandLineParser p;
    const QCommandLineOption encoding(
        QStringLiteral("encoding"),
        QCoreApplication::translate("suyuan-cli",
                                    "Text encoding: auto (UTF-8 if valid, else GB18030), utf-8 or gb18030."),
        QStringLiteral("ENC"), QStringLiteral("auto"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        QCoreApplication::translate("suyuan-cli", "Check every row but store nothing."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("suyuan-cli", "Print JSON."));
    const QCommandLineOption templateOption(
        QStringLiteral("template"),
        QCoreApplication::translate("suyuan-cli",
                                    "Write the import template to OUT.csv (or to standard output) instead."));
    const QCommandLineOption zh(
        QStringLiteral("zh"),
        QCoreApplication::translate("suyuan-cli", "The template with Chinese column names."));
    p.addOptions({encoding, dryRun, json, templateOption, zh});
    if (auto rc = parseCommand(p, QStringLiteral("import csv"),
                               QStringLiteral("FILE [--encoding auto|utf-8|gb18030] [--dry-run] [--json]\n"
                                              "       suyuan-cli import csv --template [OUT.csv] [--zh] "
                                              "[--encoding utf-8|gb18030]"),
                               QCoreApplication::translate(
                                   "suyuan-cli",
                                   "Import batches and their harvest records from a CSV file (UTF-8 or "
                                   "GB18030, English or Chinese column names). Every row is checked first; "
                                   "if any is wrong, each problem is listed by row and column and nothing "
                                   "is stored, else all batches are stored in one transaction."),
                               args.mid(1), m_out, m_err, 0, 1)) {
        return *rc;
    }
    const std::optional<trace::TextEncoding> enc = trace::textEncodingFromName(p.value(encoding));
    if (!enc) {
        return usage(
            QCoreApplication::translate("suyuan-cli", "--encoding takes auto, utf-8 or gb18030, not %1")
                .arg(p.value(encoding)));
    }
    const QString file = p.positionalArguments().value(0);

    if (p.isSet(templateOption)) {
        if (p.isSet(dryRun) || p.isSet(json)) {
            return usage(QCoreApplication::translate(
                "suyuan-cli", "--template cannot be combined with --dry-run or --json"));
        }
        QByteArray bytes = trace::harvestCsvTemplate(p.isSet(zh));
        if (bytes.isEmpty()) {
            return failOperation(
                Error(ErrorCode::Internal,
                      QCoreApplication::translate("suyuan-cli", "The template is missing from this build.")));
        }
        if (*enc == trace::TextEncoding::Gb18030) {
            auto encoded = trace::encodeGb18030(QString::fromUtf8(bytes.mid(3))); // without the UTF-8 BOM
            if (!encoded) {
                return failOperation(encoded.error());
            }
            bytes = encoded.value();
        }
        if (file.isEmpty() || file == QLatin1String("-")) {
            m_out.flush();
            std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
            std::fflush(stdout);
            return ExitOk;
        }
        if (QFileInfo::exists(file)) {
            return failOperation(Error(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("suyuan-cli", "%1 exists already; the template was not written.")
                    .arg(file)));
        }
        if (auto st = writeFileAtomically(file, bytes); !st) {
            return failOperation(st.error());
        }
        m_out << QCoreApplication::translate("suyuan-cli", "Wrote the harvest import template to %1 (%2).")
                     .arg(file, *enc == trace::TextEncoding::Gb18030 ? QStringLiteral("GB18030")
                                                                     : QStringLiteral("UTF-8"))
              << '\n';
        return ExitOk;
    }
    if (file.isEmpty()) {
        return usage(QCoreApplication::translate("suyuan-cli", "import csv needs a FILE (or --template)"));
    }
    if (p.isSet(zh)) {
        return usage(QCoreApplication::translate("suyuan-cli", "--zh only goes with --template"));
    }

    if (!QFileInfo(file).isFile()) { // before the passphrase is asked for
        return failOperation(Error(
            ErrorCode::Io, QCoreApplication::translate("suyuan-cli", "There is no file %1.").arg(file)));
    }
    auto opened = openTrace();
    if (!opened) {
        return fail(opened.error());
    }
    trace::HarvestCsvOptions options;
    options.encoding = *enc;
    options.dryRun = p.isSet(dryRun);
    const bool tty = isatty(STDERR_FILENO) && !p.isSet(json);
    bool showedProgress = false;
    auto report = trace::importHarvestCsvFile(*opened->trace, file, options, [&](qint64 done, qint64 total) {
        if (tty && total >= 1000) {
            m_err << '\r'
                  << QCoreApplication::translate("suyuan-cli", "Checking… %1 / %2").arg(done).arg(total);
            m_err.flush();
            showedProgress = true;
        }
        return true;
    });
    if (showedProgress) {
        m_err << '\n';
    }
    if (!report) {
        return failOperation(report.error());
    }
    const trace::HarvestCsvReport& r = report.value();
    if (p.isSet(json)) {
        m_out << QJsonDocument(toJson(r, options.dryRun)).toJson(QJsonDocument::Indented);
        return r.ok() ? ExitOk : ExitProblem;
    }
    if (!r.ok()) {
        for (const trace::CsvRowError& e : r.errors) {
            if (e.column.isEmpty()) {
                m_err << QCoreApplication::translate("suyuan-cli", "row %1: %2").arg(e.row).arg(e.message);
            } else {
                m_err << QCoreApplication::translate("suyuan-cli", "row %1, column %2: %3")
                             .arg(e.row)
                             .arg(e.column, e.message);
            }
            m_err << '\n';
        }
        m_err << QCoreApplication::translate("suyuan-cli", "Nothing was imported: %1 problems found in %2.")
                     .arg(r.errors.size())
                     .arg(file)
              << '\n';
        return ExitProblem;
    }
    if (options.dryRun) {
        m_out << QCoreApplication::translate(
                     "suyuan-cli", "%1 rows checked (%2): all valid. Nothing was stored (--dry-run).")
                     .arg(r.rows)
                     .arg(trace::textEncodingName(r.encoding))
              << '\n';
    } else {
        m_out << QCoreApplication::translate("suyuan-cli",
                                             "Imported %1 batches from %2 (%3) in one transaction:")
                     .arg(r.batches.size())
                     .arg(file, trace::textEncodingName(r.encoding))
              << '\n';
    }
    constexpr qsizetype kListed = 20;
    for (qsizetype i = 0; i < r.batches.size() && i < kListed; ++i) {
        m_out << "  " << r.lots.value(i).leftJustified(20) << "  " << r.batches.at(i) << '\n';
    }
    if (r.batches.size() > kListed) {
        m_out << "  "
              << QCoreApplication::translate("suyuan-cli", "… and %1 more (--json lists them all)")
                     .arg(r.batches.size() - kListed)
              << '\n';
    }
    return ExitOk;
}

} // namespace suyuan::cli
