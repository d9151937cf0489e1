// suyuan-cli site export|serve: the consumer site (docs/site-format.md).
#include "Cli.h"
#include "CliParse.h"

#include "labels/LabelCode.h"
#include "site/SiteExport.h"
#include "site/SiteServer.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <unistd.h>

namespace suyuan::cli {

int Cli::cmdSite(const QStringList& args)
{
    const QString what = args.value(0);
    if (what == QLatin1String("--help") || what == QLatin1String("-h") || what.isEmpty()) {
        QTextStream& s = what.isEmpty() ? m_err : m_out;
        s << QCoreApplication::translate(
            "suyuan-cli",
            "Usage: suyuan-cli [--profile DIR] site export DIR [--batch ID ...] [--base URL] [--lang "
            "zh-CN|en]\n"
            "       suyuan-cli site serve DIR [--port N] [--bind ADDR]\n"
            "\n"
            "The consumer site: a static folder with a page per batch at the paths of its labels' "
            "QR codes, each page verifying the batch's signed records in the browser.\n");
        return what.isEmpty() ? ExitUsage : ExitOk;
    }
    const QStringList rest = args.mid(1);
    if (what == QLatin1String("export")) {
        QCommandLineParser p;
        const QCommandLineOption batchOption(
            QStringLiteral("batch"),
            QCoreApplication::translate(
                "suyuan-cli",
                "A batch to export (lot code, Digital Link or batch URN); repeat for several. Default: "
                "every batch."),
            QStringLiteral("ID"));
        const QCommandLineOption baseOption(
            QStringLiteral("base"),
            QCoreApplication::translate(
                "suyuan-cli",
                "The address the site will be served at, as on the labels (default: this profile's "
                "label address)."),
            QStringLiteral("URL"));
        const QCommandLineOption langOption(
            QStringLiteral("lang"),
            QCoreApplication::translate(
                "suyuan-cli", "The pages' default language, zh-CN or en (the page follows the browser's)."),
            QStringLiteral("LANG"));
        const QCommandLineOption quietOption(
            QStringLiteral("quiet"),
            QCoreApplication::translate("suyuan-cli", "No progress on standard error."));
        p.addOptions({batchOption, baseOption, langOption, quietOption});
        if (auto rc = parseCommand(
                p, QStringLiteral("site export"),
                QStringLiteral("DIR [--batch ID ...] [--base URL] [--lang zh-CN|en] [--quiet]"),
                QCoreApplication::translate(
                    "suyuan-cli",
                    "Write the consumer site to DIR: a page per batch at DIR/01/{gtin}/10/{lot}/ (or "
                    "DIR/p/{code}/10/{lot}/ without a GTIN) with its GS1 linkset, and DIR/index.html. "
                    "Only files whose content changed are rewritten. Copy DIR to the web server of the "
                    "label address so that every printed QR code opens its page."),
                rest, m_out, m_err, 1, 1)) {
            return *rc;
        }
        site::SiteExportOptions options;
        options.dir = p.positionalArguments().first();
        options.batches = p.values(batchOption);
        if (p.isSet(baseOption)) {
            auto base = labels::normaliseLabelBase(p.value(baseOption));
            if (!base) {
                return usage(base.error().message);
            }
            options.base = base.value();
        }
        if (p.isSet(langOption)) {
            options.language = p.value(langOption);
            if (options.language != QLatin1String("zh-CN") && options.language != QLatin1String("en")) {
                return usage(QCoreApplication::translate("suyuan-cli", "--lang takes zh-CN or en, not %1")
                                 .arg(options.language));
            }
        }
        const bool tty = isatty(STDERR_FILENO) && !p.isSet(quietOption);
        bool shown = false;
        options.progress = [&](qint64 done, qint64 total) {
            if (tty && total > 0) {
                m_err << '\r'
                      << QCoreApplication::translate("suyuan-cli", "Exporting pages… %1 / %2")
                             .arg(done)
                             .arg(total);
                m_err.flush();
                shown = true;
            }
            return true;
        };
        auto opened = openTrace();
        if (!opened) {
            return fail(opened.error());
        }
        auto summary = site::exportSite(*opened->trace, options);
        if (shown) {
            m_err << '\n';
        }
        if (!summary) {
            return failOperation(summary.error());
        }
        for (const QString& skipped : summary->skipped) {
            m_err << QCoreApplication::translate(
                         "suyuan-cli",
                         "Skipped batch %1: it has no GS1 or local identifier, so no page address.")
                         .arg(skipped)
                  << '\n';
        }
        for (const QString& batch : summary->staticHostUnreachable) {
            m_err << QCoreApplication::translate(
                         "suyuan-cli",
                         "Warning: the product code or lot of batch %1 holds a character a folder name "
                         "cannot (/ \\ : * ? \" < > | %), so its folder keeps the percent-encoded name. "
                         "Its printed QR code opens the page through `suyuan-cli site serve` or a hub, but "
                         "not from a plain static web server.")
                         .arg(batch)
                  << '\n';
        }
        m_out << QCoreApplication::translate("suyuan-cli",
                                             "Exported %1 batch pages to %2 (the index lists %3).")
                     .arg(summary->batches)
                     .arg(options.dir)
                     .arg(summary->indexEntries)
              << '\n'
              << QCoreApplication::translate(
                     "suyuan-cli", "Files written: %1, unchanged: %2; %3 bytes in all, %4 bytes written.")
                     .arg(summary->filesWritten)
                     .arg(summary->filesUnchanged)
                     .arg(summary->bytes)
                     .arg(summary->bytesWritten)
              << '\n'
              << QCoreApplication::translate("suyuan-cli",
                                             "Records embedded: %1; attachments embedded: %2, left out: %3.")
                     .arg(summary->records)
                     .arg(summary->attachments)
                     .arg(summary->attachmentsLeftOut)
              << '\n';
        return ExitOk;
    }
    if (what == QLatin1String("serve")) {
        QCommandLineParser p;
        const QCommandLineOption portOption(
            QStringLiteral("port"),
            QCoreApplication::translate("suyuan-cli", "The TCP port (default 8080; 0 picks a free one)."),
            QStringLiteral("N"));
        const QCommandLineOption bindOption(
            QStringLiteral("bind"),
            QCoreApplication::translate(
                "suyuan-cli",
                "The address to listen on (default 127.0.0.1: this computer only; 0.0.0.0 for every "
                "network)."),
            QStringLiteral("ADDR"));
        p.addOptions({portOption, bindOption});
        if (auto rc = parseCommand(
                p, QStringLiteral("site serve"), QStringLiteral("DIR [--port N] [--bind ADDR]"),
                QCoreApplication::translate(
                    "suyuan-cli",
                    "Serve an exported site over HTTP for preview: Digital Link paths (with or without a "
                    "query, with /21/{serial} or not) answer with the batch's page. Runs until stopped."),
                rest, m_out, m_err, 1, 1)) {
            return *rc;
        }
        quint16 port = 8080;
        if (p.isSet(portOption)) {
            bool ok = false;
            const int n = p.value(portOption).toInt(&ok);
            if (!ok || n < 0 || n > 65535) {
                return usage(
                    QCoreApplication::translate("suyuan-cli", "--port takes a number from 0 to 65535"));
            }
            port = static_cast<quint16>(n);
        }
        QHostAddress address(QHostAddress::LocalHost);
        if (p.isSet(bindOption) && !address.setAddress(p.value(bindOption))) {
            return usage(QCoreApplication::translate("suyuan-cli",
                                                     "--bind takes an IP address such as 127.0.0.1, not %1")
                             .arg(p.value(bindOption)));
        }
        site::SiteServer server(p.positionalArguments().first());
        if (auto st = server.listen(address, port); !st) {
            return failOperation(st.error());
        }
        m_out << QCoreApplication::translate("suyuan-cli", "Serving %1 at %2 (stop with Ctrl+C).")
                     .arg(p.positionalArguments().first(), server.url())
              << '\n';
        m_out.flush();
        return QCoreApplication::exec() == 0 ? ExitOk : ExitProblem;
    }
    return usage(QCoreApplication::translate("suyuan-cli", "site takes export or serve, not %1").arg(what));
}

} // namespace suyuan::cli
