#include "Cli.h"
#include "CliParse.h"

#include "bench/Bench.h"
#include "bench/TraceBench.h"
#include "crypto/Hash.h"
#include "crypto/NodeId.h"
#include "ledger/Audit.h"
#include "ledger/Bundle.h"
#include "ledger/Profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/opensslv.h>

#include <optional>
#include <unistd.h>

namespace suyuan::cli {

namespace {

QString outcomeName(IngestResult::Outcome o)
{
    switch (o) {
    case IngestResult::Outcome::Accepted:
        return QStringLiteral("accepted");
    case IngestResult::Outcome::Duplicate:
        return QStringLiteral("duplicate");
    case IngestResult::Outcome::Held:
        return QStringLiteral("held");
    case IngestResult::Outcome::Rejected:
        return QStringLiteral("rejected");
    case IngestResult::Outcome::Fork:
        return QStringLiteral("fork");
    }
    return {};
}

} // namespace

int Cli::cmdInit(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption name(
        QStringLiteral("name"),
        QCoreApplication::translate("suyuan-cli", "Organisation name (合作社, processor, warehouse …)."),
        QCoreApplication::translate("suyuan-cli", "ORG"));
    p.addOption(name);
    if (auto rc = parseCommand(
            p, QStringLiteral("init"), QStringLiteral("[--name ORG]"),
            QCoreApplication::translate(
                "suyuan-cli", "Create a profile: an encrypted ledger database and this node's Ed25519 key."),
            args, m_out, m_err)) {
        return *rc;
    }
    if (Profile::exists(m_profile)) {
        return fail(Error(
            ErrorCode::ProfileExists,
            QCoreApplication::translate("suyuan-cli", "A profile already exists in %1.").arg(m_profile)));
    }
    const QString org =
        p.isSet(name) ? p.value(name) : QCoreApplication::translate("suyuan-cli", "My organisation");
    auto pass = readPassphrase(
        m_passphrase, QCoreApplication::translate("suyuan-cli", "New passphrase for %1: ").arg(m_profile),
        true);
    if (!pass) {
        return fail(pass.error());
    }
    m_err << QCoreApplication::translate("suyuan-cli",
                                         "Deriving the database key (this takes about half a second)…")
          << '\n';
    m_err.flush();
    auto ledger = Profile::create(m_profile, pass.value(), org);
    crypto::wipe(pass.value());
    if (!ledger) {
        return fail(ledger.error());
    }
    m_out << QCoreApplication::translate("suyuan-cli", "Created profile %1").arg(m_profile) << '\n';
    m_out << QCoreApplication::translate("suyuan-cli", "Organisation: %1")
                 .arg(ledger.value()->organisationName())
          << '\n';
    m_out << QCoreApplication::translate("suyuan-cli", "Node ID: %1").arg(ledger.value()->nodeId()) << '\n';
    return ExitOk;
}

int Cli::cmdWhoami(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("suyuan-cli", "Print JSON."));
    p.addOption(json);
    if (auto rc = parseCommand(
            p, QStringLiteral("whoami"), QStringLiteral("[--json]"),
            QCoreApplication::translate("suyuan-cli", "Show this node's identity and ledger size."), args,
            m_out, m_err)) {
        return *rc;
    }
    auto ledger = unlock();
    if (!ledger) {
        return fail(ledger.error());
    }
    Ledger& l = *ledger.value();
    auto count = l.recordCount();
    auto self = l.author(l.publicKey());
    auto held = l.heldCount();
    auto last = l.lastAudit();
    if (!count || !self || !held || !last) {
        return fail(!count ? count.error() : !self ? self.error() : !held ? held.error() : last.error());
    }
    if (p.isSet(json)) {
        QJsonObject obj{{QStringLiteral("node_id"), l.nodeId()},
                        {QStringLiteral("public_key"), QString::fromLatin1(l.publicKey().toHex())},
                        {QStringLiteral("organisation"), l.organisationName()},
                        {QStringLiteral("profile"), m_profile},
                        {QStringLiteral("records"), count.value()},
                        {QStringLiteral("own_head_seq"), self->headSeq},
                        {QStringLiteral("held"), held.value()}};
        if (last->has_value()) {
            obj.insert(QStringLiteral("last_audit"),
                       QJsonObject{{QStringLiteral("time"), formatRecordTime(last->value().atMs)},
                                   {QStringLiteral("ok"), last->value().ok},
                                   {QStringLiteral("checked"), last->value().checked}});
        }
        m_out << QJsonDocument(obj).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    m_out << QCoreApplication::translate("suyuan-cli", "Organisation: %1").arg(l.organisationName()) << '\n';
    m_out << QCoreApplication::translate("suyuan-cli", "Node ID: %1").arg(l.nodeId()) << '\n';
    m_out << QCoreApplication::translate("suyuan-cli", "Public key: %1")
                 .arg(QString::fromLatin1(l.publicKey().toHex()))
          << '\n';
    m_out << QCoreApplication::translate("suyuan-cli", "Profile: %1").arg(m_profile) << '\n';
    m_out << QCoreApplication::translate("suyuan-cli", "Records: %1 (own chain: %2; held: %3)")
                 .arg(count.value())
                 .arg(self->headSeq)
                 .arg(held.value())
          << '\n';
    if (last->has_value()) {
        const LastAudit& a = last->value();
        m_out << QCoreApplication::translate("suyuan-cli", "Last audit: %1, %2 records, %3")
                     .arg(localTime(a.atMs))
                     .arg(a.checked)
                     .arg(a.ok ? QCoreApplication::translate("suyuan-cli", "clean")
                               : QCoreApplication::translate("suyuan-cli", "%1 problems").arg(a.failures))
              << '\n';
    } else {
        m_out << QCoreApplication::translate("suyuan-cli", "Last audit: never") << '\n';
    }
    return ExitOk;
}

int Cli::cmdPasswd(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption newFile(
        QStringLiteral("new-passphrase-file"),
        QCoreApplication::translate(
            "suyuan-cli", "Read the new passphrase from FILE (else SUYUAN_NEW_PASSPHRASE, else a prompt)."),
        QCoreApplication::translate("suyuan-cli", "FILE"));
    p.addOption(newFile);
    if (auto rc = parseCommand(
            p, QStringLiteral("passwd"), QStringLiteral("[--new-passphrase-file FILE]"),
            QCoreApplication::translate(
                "suyuan-cli",
                "Change the passphrase. The database is re-encrypted under the new key; if this is "
                "interrupted, the old passphrase still works."),
            args, m_out, m_err)) {
        return *rc;
    }
    if (!Profile::exists(m_profile)) {
        return fail(
            Error(ErrorCode::ProfileMissing,
                  QCoreApplication::translate("suyuan-cli", "There is no profile in %1.").arg(m_profile)));
    }
    auto oldPass = readPassphrase(m_passphrase,
                                  QCoreApplication::translate("suyuan-cli", "Current passphrase: "), false);
    if (!oldPass) {
        return fail(oldPass.error());
    }
    PassphraseSource newSource;
    newSource.file = p.value(newFile);
    newSource.envVar = "SUYUAN_NEW_PASSPHRASE";
    auto newPass =
        readPassphrase(newSource, QCoreApplication::translate("suyuan-cli", "New passphrase: "), true);
    if (!newPass) {
        crypto::wipe(oldPass.value());
        return fail(newPass.error());
    }
    m_err << QCoreApplication::translate("suyuan-cli", "Re-encrypting the ledger…") << '\n';
    m_err.flush();
    auto st = Profile::changePassphrase(m_profile, oldPass.value(), newPass.value());
    crypto::wipe(oldPass.value());
    crypto::wipe(newPass.value());
    if (!st) {
        return fail(st.error());
    }
    m_out << QCoreApplication::translate("suyuan-cli", "Passphrase changed.") << '\n';
    return ExitOk;
}

int Cli::cmdAppend(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        QCoreApplication::translate("suyuan-cli",
                                    "Record kind, a lower-case dotted word (note, epcis.event)."),
        QCoreApplication::translate("suyuan-cli", "KIND"));
    const QCommandLineOption body(
        QStringLiteral("body"),
        QCoreApplication::translate("suyuan-cli", "The body: a JSON object, or @FILE to read it from FILE."),
        QCoreApplication::translate("suyuan-cli", "JSON"));
    p.addOption(kind);
    p.addOption(body);
    if (auto rc = parseCommand(
            p, QStringLiteral("append"), QStringLiteral("--kind KIND --body JSON|@FILE"),
            QCoreApplication::translate("suyuan-cli", "Sign a record with this node's key and store it."),
            args, m_out, m_err)) {
        return *rc;
    }
    if (!p.isSet(kind) || !p.isSet(body)) {
        return usage(QCoreApplication::translate("suyuan-cli", "append needs --kind and --body"));
    }
    QByteArray json = p.value(body).toUtf8();
    if (json.startsWith('@')) {
        QFile f(QString::fromUtf8(json.mid(1)));
        if (!f.open(QIODevice::ReadOnly)) {
            return fail(Error(ErrorCode::InvalidArgument,
                              QCoreApplication::translate("suyuan-cli", "Cannot read %1: %2")
                                  .arg(f.fileName(), f.errorString())));
        }
        json = f.readAll();
    }
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(Error(
            ErrorCode::InvalidArgument,
            perr.error != QJsonParseError::NoError
                ? QCoreApplication::translate("suyuan-cli", "The body is not valid JSON: %1 at offset %2")
                      .arg(perr.errorString())
                      .arg(perr.offset)
                : QCoreApplication::translate("suyuan-cli", "The body must be a JSON object ({…}).")));
    }
    auto ledger = unlock();
    if (!ledger) {
        return fail(ledger.error());
    }
    auto rec = ledger.value()->append(p.value(kind), doc.object());
    if (!rec) {
        return fail(rec.error());
    }
    m_out << QCoreApplication::translate("suyuan-cli", "Stored record %1 (seq %2)")
                 .arg(rec->idHex())
                 .arg(rec->seq)
          << '\n';
    return ExitOk;
}

int Cli::cmdLog(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("suyuan-cli", "Print one JSON object per line, with the signed bytes."));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QCoreApplication::translate("suyuan-cli", "Show at most N records."),
                                   QStringLiteral("N"));
    const QCommandLineOption authorOpt(
        QStringLiteral("author"), QCoreApplication::translate("suyuan-cli", "Only records of this node."),
        QCoreApplication::translate("suyuan-cli", "NODEID"));
    p.addOption(json);
    p.addOption(limit);
    p.addOption(authorOpt);
    if (auto rc =
            parseCommand(p, QStringLiteral("log"), QStringLiteral("[--json] [--limit N] [--author NODEID]"),
                         QCoreApplication::translate(
                             "suyuan-cli", "List the records in the ledger, by author and sequence."),
                         args, m_out, m_err)) {
        return *rc;
    }
    auto ledger = unlock();
    if (!ledger) {
        return fail(ledger.error());
    }
    QByteArray author;
    if (p.isSet(authorOpt)) {
        auto key = ledger.value()->authorKeyForNodeId(p.value(authorOpt));
        if (!key) {
            return fail(key.error());
        }
        author = key.value();
    }
    const qint64 max = p.isSet(limit) ? p.value(limit).toLongLong() : -1;
    qint64 shown = 0;
    auto st = ledger.value()->forEachRecord(author, 1, [&](const Record& r) {
        if (p.isSet(json)) {
            const QJsonObject obj{{QStringLiteral("id"), r.idHex()},
                                  {QStringLiteral("author"), crypto::nodeIdFromPublicKey(r.author)},
                                  {QStringLiteral("seq"), r.seq},
                                  {QStringLiteral("kind"), r.kind},
                                  {QStringLiteral("time"), formatRecordTime(r.timeMs)},
                                  {QStringLiteral("record"), QString::fromUtf8(r.bytes)},
                                  {QStringLiteral("signature"), QString::fromLatin1(r.signature.toHex())}};
            m_out << QJsonDocument(obj).toJson(QJsonDocument::Compact) << '\n';
        } else {
            m_out << r.idHex().left(16) << "  " << crypto::nodeIdFromPublicKey(r.author).left(9) << "  #"
                  << r.seq << "  " << localTime(r.timeMs) << "  " << r.kind << '\n';
        }
        return max < 0 || ++shown < max;
    });
    if (!st) {
        return fail(st.error());
    }
    return ExitOk;
}

int Cli::cmdVerify(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption quiet(
        QStringLiteral("quiet"), QCoreApplication::translate("suyuan-cli", "No progress on standard error."));
    p.addOption(quiet);
    if (auto rc =
            parseCommand(p, QStringLiteral("verify"), QStringLiteral("[--quiet]"),
                         QCoreApplication::translate(
                             "suyuan-cli",
                             "Audit the whole ledger: every signature, id, chain link and sequence, on every "
                             "core, and the database's integrity. Exit code 1 if anything is wrong."),
                         args, m_out, m_err)) {
        return *rc;
    }
    auto ledger = unlock();
    if (!ledger) {
        return fail(ledger.error());
    }
    const bool tty = isatty(STDERR_FILENO) && !p.isSet(quiet);
    auto report = runAudit(*ledger.value(), {}, [&](qint64 done, qint64 total) {
        if (tty) {
            m_err << '\r'
                  << QCoreApplication::translate("suyuan-cli", "Verifying… %1 / %2").arg(done).arg(total);
            m_err.flush();
        }
        return true;
    });
    if (tty) {
        m_err << '\n';
    }
    if (!report) {
        return fail(report.error());
    }
    for (const AuditFailure& f : report->failures) {
        m_out << QCoreApplication::translate("suyuan-cli", "FAILED %1 %2")
                     .arg(errorCodeName(f.reason), f.message)
              << '\n';
    }
    if (report->forks > 0) {
        m_out << QCoreApplication::translate(
                     "suyuan-cli",
                     "FORK %1 records are kept as evidence of authors signing two versions of one record.")
                     .arg(report->forks)
              << '\n';
    }
    m_out << report->summary() << '\n';
    m_out << QCoreApplication::translate("suyuan-cli", "Database integrity: %1").arg(report->integrity)
          << '\n';
    return report->clean() ? ExitOk : ExitProblem;
}

int Cli::cmdBundle(const QStringList& args)
{
    if (args.isEmpty() ||
        (args.first() != QLatin1String("export") && args.first() != QLatin1String("import"))) {
        if (!args.isEmpty() &&
            (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h"))) {
            m_out << QCoreApplication::translate(
                "suyuan-cli", "Usage: suyuan-cli bundle export FILE [--author NODEID] [--since SEQ]\n"
                              "       suyuan-cli bundle import FILE\n");
            return ExitOk;
        }
        return usage(QCoreApplication::translate("suyuan-cli", "bundle needs export or import"));
    }
    const bool isExport = args.first() == QLatin1String("export");
    QCommandLineParser p;
    const QCommandLineOption authorOpt(
        QStringLiteral("author"), QCoreApplication::translate("suyuan-cli", "Only records of this node."),
        QCoreApplication::translate("suyuan-cli", "NODEID"));
    const QCommandLineOption since(
        QStringLiteral("since"),
        QCoreApplication::translate("suyuan-cli", "Only records from this sequence number on."),
        QStringLiteral("SEQ"));
    if (isExport) {
        p.addOption(authorOpt);
        p.addOption(since);
    }
    if (auto rc = parseCommand(
            p, QStringLiteral("bundle ") + args.first(),
            isExport ? QStringLiteral("FILE [--author NODEID] [--since SEQ]") : QStringLiteral("FILE"),
            isExport ? QCoreApplication::translate(
                           "suyuan-cli", "Write records and this node's signed checkpoint to a bundle file.")
                     : QCoreApplication::translate(
                           "suyuan-cli", "Verify every record of a bundle and store what passes. Prints the "
                                         "counts: accepted, duplicate, held, rejected (with reasons)."),
            args.mid(1), m_out, m_err, 1, 1)) {
        return *rc;
    }
    const QString file = p.positionalArguments().first();
    auto ledger = unlock();
    if (!ledger) {
        return fail(ledger.error());
    }
    if (isExport) {
        BundleExportOptions options;
        if (p.isSet(authorOpt)) {
            auto key = ledger.value()->authorKeyForNodeId(p.value(authorOpt));
            if (!key) {
                return fail(key.error());
            }
            options.author = key.value();
        }
        if (p.isSet(since)) {
            bool ok = false;
            options.sinceSeq = p.value(since).toLongLong(&ok);
            if (!ok || options.sinceSeq < 1) {
                return usage(
                    QCoreApplication::translate("suyuan-cli", "--since needs a sequence number from 1"));
            }
        }
        auto res = exportBundle(*ledger.value(), file, options);
        if (!res) {
            return fail(res.error());
        }
        m_out << QCoreApplication::translate("suyuan-cli", "Wrote %1 records and %2 checkpoints to %3")
                     .arg(res->records)
                     .arg(res->checkpoints)
                     .arg(file)
              << '\n';
        return ExitOk;
    }
    auto res = importBundle(*ledger.value(), file);
    if (!res) {
        return fail(res.error());
    }
    const IngestSummary& s = res->ingest;
    m_out << QStringLiteral("accepted: %1").arg(s.accepted) << '\n'
          << QStringLiteral("duplicate: %1").arg(s.duplicate) << '\n'
          << QStringLiteral("held: %1").arg(s.held) << '\n'
          << QStringLiteral("rejected: %1").arg(s.rejected) << '\n'
          << QStringLiteral("forks: %1").arg(s.forks) << '\n'
          << QStringLiteral("checkpoints: %1").arg(res->checkpointsAccepted) << '\n';
    for (const IngestResult& r : s.problems) {
        m_out << "  " << outcomeName(r.outcome) << ' ' << errorCodeName(r.reason) << ": " << r.message
              << '\n';
    }
    for (const QString& problem : res->checkpointProblems) {
        m_out << "  checkpoint: " << problem << '\n';
    }
    if (auto st = ledger.value()->authoringAllowed(); !st) {
        m_out << st.error().message << '\n';
    }
    return (s.rejected > 0 || s.forks > 0 || !res->checkpointProblems.isEmpty()) ? ExitProblem : ExitOk;
}

int Cli::cmdAuthor(const QStringList& args)
{
    const QString sub = args.value(0);
    QCommandLineParser p;
    const QCommandLineOption name(
        QStringLiteral("name"), QCoreApplication::translate("suyuan-cli", "A name to show for this author."),
        QCoreApplication::translate("suyuan-cli", "NAME"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("suyuan-cli", "Print JSON."));
    p.addOption(name);
    p.addOption(json);
    const int positional = (sub == QLatin1String("list")) ? 0 : 1;
    if (sub != QLatin1String("list") && sub != QLatin1String("trust") && sub != QLatin1String("revoke") &&
        sub != QLatin1String("policy")) {
        if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            m_out << QCoreApplication::translate(
                "suyuan-cli",
                "Usage: suyuan-cli author list [--json]\n"
                "       suyuan-cli author trust NODEID [--name NAME]\n"
                "       suyuan-cli author revoke NODEID\n"
                "       suyuan-cli author policy pending|reject\n"
                "Records of authors that are not trusted are held as pending (or rejected, by policy)\n"
                "until you trust them.\n");
            return ExitOk;
        }
        return usage(QCoreApplication::translate("suyuan-cli", "author needs list, trust, revoke or policy"));
    }
    if (auto rc = parseCommand(
            p, QStringLiteral("author ") + sub, positional ? QStringLiteral("ARG") : QString(),
            QCoreApplication::translate("suyuan-cli", "Manage which authors' records this node accepts."),
            args.mid(1), m_out, m_err, positional, positional)) {
        return *rc;
    }
    auto ledger = unlock();
    if (!ledger) {
        return fail(ledger.error());
    }
    Ledger& l = *ledger.value();
    if (sub == QLatin1String("list")) {
        auto all = l.authors();
        if (!all) {
            return fail(all.error());
        }
        QJsonArray arr;
        for (const AuthorInfo& a : all.value()) {
            if (p.isSet(json)) {
                arr.append(QJsonObject{{QStringLiteral("node_id"), a.nodeId},
                                       {QStringLiteral("status"), authorStatusName(a.status)},
                                       {QStringLiteral("name"), a.name},
                                       {QStringLiteral("head_seq"), a.headSeq},
                                       {QStringLiteral("known_seq"), a.knownSeq},
                                       {QStringLiteral("held"), a.heldCount},
                                       {QStringLiteral("forked"), a.forked}});
            } else {
                m_out << a.nodeId << "  " << authorStatusName(a.status).leftJustified(8) << "  #" << a.headSeq
                      << (a.heldCount
                              ? QCoreApplication::translate("suyuan-cli", "  (%1 held)").arg(a.heldCount)
                              : QString())
                      << (a.forked ? QCoreApplication::translate("suyuan-cli", "  FORKED") : QString())
                      << "  " << a.name << '\n';
            }
        }
        if (p.isSet(json)) {
            m_out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        }
        return ExitOk;
    }
    const QString arg = p.positionalArguments().first();
    if (sub == QLatin1String("policy")) {
        if (arg != QLatin1String("pending") && arg != QLatin1String("reject")) {
            return usage(QCoreApplication::translate("suyuan-cli", "policy is pending or reject"));
        }
        auto st = l.setUnknownAuthorPolicy(arg == QLatin1String("reject") ? UnknownAuthorPolicy::Reject
                                                                          : UnknownAuthorPolicy::Pending);
        return st ? ExitOk : fail(st.error());
    }
    QByteArray key;
    if (arg.size() == 64) {
        key = QByteArray::fromHex(arg.toLatin1()); // a full public key in hex
    } else {
        auto found = l.authorKeyForNodeId(arg);
        if (!found) {
            return fail(found.error());
        }
        key = found.value();
    }
    auto st = l.setAuthorStatus(
        key, sub == QLatin1String("trust") ? AuthorStatus::Trusted : AuthorStatus::Revoked, p.value(name));
    if (!st) {
        return fail(st.error());
    }
    auto info = l.author(key);
    m_out << QCoreApplication::translate("suyuan-cli", "%1 is now %2 (chain at %3).")
                 .arg(crypto::nodeIdFromPublicKey(key),
                      authorStatusName(info ? info->status : AuthorStatus::Unknown))
                 .arg(info ? info->headSeq : 0)
          << '\n';
    return ExitOk;
}

int Cli::cmdBench(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption records(
        QStringLiteral("records"),
        QCoreApplication::translate("suyuan-cli", "Records to append and audit (default 20000)."),
        QStringLiteral("N"));
    const QCommandLineOption batch(
        QStringLiteral("batch"),
        QCoreApplication::translate("suyuan-cli", "Records per transaction (default 1000)."),
        QStringLiteral("N"));
    const QCommandLineOption traceOpt(
        QStringLiteral("trace"),
        QCoreApplication::translate("suyuan-cli",
                                    "Also measure genealogy and recall on 10k and 1M events (minutes)."));
    const QCommandLineOption traceEvents(
        QStringLiteral("trace-events"),
        QCoreApplication::translate("suyuan-cli", "Size of the large ledger for --trace (default 1000000)."),
        QStringLiteral("N"));
    const QCommandLineOption labelsOpt(
        QStringLiteral("labels"),
        QCoreApplication::translate("suyuan-cli",
                                    "Also measure exporting 1000 labels (60x40, Chinese text) to one PDF."));
    const QCommandLineOption labelsPdf(
        QStringLiteral("pdf"),
        QCoreApplication::translate("suyuan-cli", "With --labels: keep the labels' PDF in FILE."),
        QStringLiteral("FILE"));
    p.addOption(records);
    p.addOption(batch);
    p.addOption(traceOpt);
    p.addOption(traceEvents);
    p.addOption(labelsOpt);
    p.addOption(labelsPdf);
    if (auto rc = parseCommand(
            p, QStringLiteral("bench"),
            QStringLiteral("[--records N] [--batch N] [--trace [--trace-events N]] [--labels [--pdf FILE]]"),
            QCoreApplication::translate(
                "suyuan-cli",
                "Measure this machine's Ed25519 limits and the ledger's append and audit rates, as "
                "key: value lines. Uses a temporary profile; no passphrase needed."),
            args, m_out, m_err)) {
        return *rc;
    }
    if (p.isSet(labelsOpt) && !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        // main() starts the offscreen GUI platform (fonts) only for commands given --pdf.
        m_err << QCoreApplication::translate("suyuan-cli",
                                             "The label bench lays out text and needs fonts: run it as "
                                             "bench --labels --pdf FILE.")
              << '\n';
        return ExitUsage;
    }
    BenchOptions options;
    if (p.isSet(records)) {
        options.records = std::max<qint64>(1000, p.value(records).toLongLong());
    }
    if (p.isSet(batch)) {
        options.batchSize = std::max<qint64>(1, p.value(batch).toLongLong());
    }
    auto res = runLedgerBench(options, [this](const QString& s) {
        m_err << s << '\n';
        m_err.flush();
    });
    if (!res) {
        return fail(res.error());
    }
    m_out << "openssl: " << OPENSSL_VERSION_TEXT << '\n';
    for (const auto& [k, v] : res.value()) {
        m_out << k << ": " << v << '\n';
    }
    m_out.flush();
    if (p.isSet(traceOpt)) {
        TraceBenchOptions traceOptions;
        if (p.isSet(traceEvents)) {
            traceOptions.largeEvents = std::max<qint64>(20000, p.value(traceEvents).toLongLong());
        }
        auto traced = runTraceBench(traceOptions, [this](const QString& s) {
            m_err << s << '\n';
            m_err.flush();
        });
        if (!traced) {
            return fail(traced.error());
        }
        for (const auto& [k, v] : traced.value()) {
            m_out << k << ": " << v << '\n';
        }
        m_out.flush();
    }
    if (p.isSet(labelsOpt)) {
        LabelBenchOptions labelOptions;
        labelOptions.pdfPath = p.value(labelsPdf);
        auto labelled = runLabelBench(labelOptions, [this](const QString& s) {
            m_err << s << '\n';
            m_err.flush();
        });
        if (!labelled) {
            return fail(labelled.error());
        }
        for (const auto& [k, v] : labelled.value()) {
            m_out << k << ": " << v << '\n';
        }
    }
    return ExitOk;
}

} // namespace suyuan::cli
