// suyuan-cli attachment: certificates, lab reports and photos stored in the ledger.
#include "Cli.h"
#include "CliParse.h"

#include "trace/Attachments.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace suyuan::cli {

namespace {

using trace::AttachmentRef;
using trace::AttachmentStore;

QJsonObject toJson(const AttachmentRef& a)
{
    QJsonObject o = a.toJson();
    o.insert(QStringLiteral("parts"), a.parts);
    o.insert(QStringLiteral("held"), a.held);
    o.insert(QStringLiteral("complete"), a.complete);
    return o;
}

bool isHex(const QString& text)
{
    for (QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
              (c >= QLatin1Char('A') && c <= QLatin1Char('F')))) {
            return false;
        }
    }
    return !text.isEmpty();
}

// The full SHA-256 for a full one or a unique prefix of at least 8 hex digits.
Result<QString> resolveSha(AttachmentStore& store, const QString& text)
{
    const QString wanted = text.trimmed().toLower();
    if (wanted.size() == 64) {
        return wanted;
    }
    auto all = store.list();
    if (!all) {
        return all.error();
    }
    QStringList matches;
    for (const AttachmentRef& a : all.value()) {
        if (a.sha256.startsWith(wanted)) {
            matches.append(a.sha256);
        }
    }
    if (matches.size() == 1) {
        return matches.first();
    }
    return Error(ErrorCode::InvalidArgument,
                 matches.isEmpty()
                     ? QCoreApplication::translate("suyuan-cli", "There is no attachment %1.").arg(text)
                     : QCoreApplication::translate("suyuan-cli",
                                                   "%1 names more than one attachment: give more "
                                                   "digits.")
                           .arg(text));
}

} // namespace

int Cli::cmdAttachment(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub != QLatin1String("add") && sub != QLatin1String("list") && sub != QLatin1String("get") &&
        sub != QLatin1String("show")) {
        if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            m_out << QCoreApplication::translate(
                "suyuan-cli", "Usage: suyuan-cli attachment add FILE [--name NAME] [--type MIME]\n"
                              "       suyuan-cli attachment list [--json]\n"
                              "       suyuan-cli attachment get SHA256 --out FILE\n"
                              "       suyuan-cli attachment show SHA256 [--json]\n"
                              "Attachments (certificates, lab reports, photos) are stored encrypted in the "
                              "ledger as signed records, addressed by the SHA-256 of their content. "
                              "SHA256 may be shortened to a unique prefix of 8 or more digits.\n");
            return ExitOk;
        }
        return usage(QCoreApplication::translate("suyuan-cli", "attachment needs add, list, get or show"));
    }
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("suyuan-cli", "Print JSON."));
    const QCommandLineOption name(
        QStringLiteral("name"),
        QCoreApplication::translate("suyuan-cli", "The attachment's name (default: the file name)."),
        QStringLiteral("NAME"));
    const QCommandLineOption type(
        QStringLiteral("type"),
        QCoreApplication::translate("suyuan-cli",
                                    "Media type, such as application/pdf or image/jpeg (default: guessed)."),
        QStringLiteral("MIME"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("suyuan-cli", "Write the content to this file."),
                                 QStringLiteral("FILE"));
    QString synopsis;
    QString description;
    int positional = 1;
    if (sub == QLatin1String("add")) {
        p.addOptions({name, type, json});
        synopsis = QStringLiteral("FILE [--name NAME] [--type MIME] [--json]");
        description = QCoreApplication::translate(
            "suyuan-cli", "Store a file (at most 32 MiB) in the ledger, encrypted and signed, and print its "
                          "SHA-256. A file already held is not stored again.");
    } else if (sub == QLatin1String("list")) {
        p.addOption(json);
        synopsis = QStringLiteral("[--json]");
        description = QCoreApplication::translate("suyuan-cli", "List the attachments held.");
        positional = 0;
    } else if (sub == QLatin1String("get")) {
        p.addOption(out);
        synopsis = QStringLiteral("SHA256 --out FILE");
        description = QCoreApplication::translate(
            "suyuan-cli", "Write an attachment's content to a file, after checking its SHA-256.");
    } else {
        p.addOption(json);
        synopsis = QStringLiteral("SHA256 [--json]");
        description =
            QCoreApplication::translate("suyuan-cli", "Show an attachment's name, type, size and parts.");
    }
    if (auto rc = parseCommand(p, QStringLiteral("attachment ") + sub, synopsis, description, args.mid(1),
                               m_out, m_err, positional, positional)) {
        return *rc;
    }
    const QString arg = p.positionalArguments().value(0);
    if ((sub == QLatin1String("get") || sub == QLatin1String("show")) &&
        (!isHex(arg) || arg.size() < 8 || arg.size() > 64)) {
        return usage(
            QCoreApplication::translate(
                "suyuan-cli", "\"%1\" is not a SHA-256 (64 hexadecimal digits, or a prefix of 8 or more)")
                .arg(arg));
    }
    if (sub == QLatin1String("get") && !p.isSet(out)) {
        return usage(QCoreApplication::translate("suyuan-cli", "attachment get needs --out FILE"));
    }
    auto ledger = unlock();
    if (!ledger) {
        return fail(ledger.error());
    }
    auto opened = AttachmentStore::open(*ledger.value());
    if (!opened) {
        return fail(opened.error());
    }
    AttachmentStore& store = *opened.value();

    if (sub == QLatin1String("add")) {
        auto ref = store.addFile(arg, p.value(name), p.value(type));
        if (!ref) {
            return failOperation(ref.error());
        }
        if (p.isSet(json)) {
            m_out << QJsonDocument(toJson(ref.value())).toJson(QJsonDocument::Indented);
        } else {
            m_out << ref->sha256 << '\n';
        }
        return ExitOk;
    }
    if (sub == QLatin1String("list")) {
        auto all = store.list();
        if (!all) {
            return failOperation(all.error());
        }
        if (p.isSet(json)) {
            QJsonArray arr;
            for (const AttachmentRef& a : all.value()) {
                arr.append(toJson(a));
            }
            m_out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        for (const AttachmentRef& a : all.value()) {
            m_out << a.sha256.left(16) << "  " << QLocale().formattedDataSize(a.size).rightJustified(10)
                  << "  " << a.mediaType.leftJustified(24) << "  " << a.name;
            if (!a.complete) {
                m_out << "  "
                      << QCoreApplication::translate("suyuan-cli", "(incomplete: %1 of %2 parts)")
                             .arg(a.held)
                             .arg(a.parts);
            }
            m_out << '\n';
        }
        return ExitOk;
    }
    auto sha = resolveSha(store, arg);
    if (!sha) {
        return failOperation(sha.error());
    }
    if (sub == QLatin1String("get")) {
        if (auto st = store.exportTo(sha.value(), p.value(out)); !st) {
            return failOperation(st.error());
        }
        return ExitOk;
    }
    auto found = store.info(sha.value());
    if (!found) {
        return failOperation(found.error());
    }
    if (!found.value()) {
        return failOperation(
            Error(ErrorCode::InvalidArgument,
                  QCoreApplication::translate("suyuan-cli", "There is no attachment %1.").arg(sha.value())));
    }
    const AttachmentRef& a = *found.value();
    if (p.isSet(json)) {
        m_out << QJsonDocument(toJson(a)).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    m_out << QCoreApplication::translate("suyuan-cli", "SHA-256:    %1").arg(a.sha256) << '\n'
          << QCoreApplication::translate("suyuan-cli", "Name:       %1").arg(a.name) << '\n'
          << QCoreApplication::translate("suyuan-cli", "Media type: %1").arg(a.mediaType) << '\n'
          << QCoreApplication::translate("suyuan-cli", "Size:       %1 (%2 bytes)")
                 .arg(QLocale().formattedDataSize(a.size), QLocale().toString(a.size))
          << '\n'
          << (a.complete ? QCoreApplication::translate("suyuan-cli", "Parts:      %1 (complete)").arg(a.parts)
                         : QCoreApplication::translate("suyuan-cli", "Parts:      %1 of %2 held (incomplete)")
                               .arg(a.held)
                               .arg(a.parts))
          << '\n';
    return ExitOk;
}

} // namespace suyuan::cli
