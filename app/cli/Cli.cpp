#include "Cli.h"

#include "crypto/Hash.h"
#include "ledger/Profile.h"

#include <QCoreApplication>

#include <cstdio>

namespace suyuan::cli {

namespace {
} // namespace

Cli::Cli() : m_out(stdout), m_err(stderr)
{
    m_profile = Profile::defaultDirectory();
}

int Cli::usage(const QString& problem)
{
    if (!problem.isEmpty()) {
        m_err << QCoreApplication::translate("suyuan-cli", "suyuan-cli: %1").arg(problem) << '\n';
    }
    QTextStream& s = problem.isEmpty() ? m_out : m_err;
    s << QCoreApplication::translate(
             "suyuan-cli",
             "Usage: suyuan-cli [--profile DIR] [--passphrase-file FILE] COMMAND [options]\n"
             "\n"
             "Suyuan traceability ledger, command line.\n"
             "\n"
             "Commands:\n"
             "  init [--name ORG]            create a profile and this node's signing key\n"
             "  whoami                       show the node ID, organisation and ledger size\n"
             "  passwd                       change the passphrase (re-encrypts the database)\n"
             "  append --kind KIND --body JSON|@FILE   sign and store a record\n"
             "  log [--json] [--limit N]     list records\n"
             "  verify                       audit every signature, id and chain link\n"
             "  bundle export FILE [--author NODEID] [--since SEQ]\n"
             "  bundle import FILE           verify and ingest the records of a bundle\n"
             "  author list|trust NODEID [--name NAME]|revoke NODEID|policy pending|reject\n"
             "  bench [--records N]          measure sign, verify, append and audit rates\n"
             "\n"
             "Trace model:\n"
             "  product|party|location add|list|show   master data\n"
             "  batch list|show ID           batches, with quantity, holder and events\n"
             "  event record ACTION [options] | event correct|private EVENT_ID   what happened to a batch\n"
             "  trace --up|--down ID         genealogy: what went into a batch, where it went\n"
             "  recall ID [--csv F] [--pdf F] recall impact: every downstream batch and its holder\n"
             "  epcis export [--batch ID] [--from DATE --to DATE] FILE | epcis import FILE\n"
             "  import csv FILE [--dry-run] | import csv --template [OUT]   batches and harvest records "
             "from CSV\n"
             "  demo [--scale N]             create a profile filled with the demo scenario (+ N generated "
             "events)\n"
             "  attachment add|list|get|show   certificates, lab reports, photos (stored encrypted)\n"
             "  label --batch ID [--template NAME] [--copies N] [--serials] --out FILE.pdf|.png|.svg   QR "
             "labels\n"
             "  label-uri --batch ID [--serial S] [--expiry DATE] [--base URL]   the signed QR text of a "
             "label\n"
             "  label-base [URL]             show or set the web address labels point to\n"
             "  scan TEXT|--image FILE [--json] [--record --location KEY]   read a label code or lot code, "
             "check the label's signature\n"
             "  site export DIR [--batch ID ...] [--base URL]   the consumer site: a verifying page per "
             "batch\n"
             "  site serve DIR [--port N] [--bind ADDR]   serve an exported site over HTTP (preview)\n"
             "\n"
             "The passphrase comes from --passphrase-file, the SUYUAN_PASSPHRASE environment variable,\n"
             "or a prompt. `suyuan-cli COMMAND --help` describes a command.\n"
             "Default profile: %1\n"
             "Exit codes: 0 success, 1 a problem was found, 2 usage, 3 wrong passphrase or locked profile.\n")
             .arg(Profile::defaultDirectory());
    s.flush();
    return problem.isEmpty() ? ExitOk : ExitUsage;
}

int Cli::fail(const Error& error)
{
    m_err << QCoreApplication::translate("suyuan-cli", "suyuan-cli: %1").arg(error.message) << '\n';
    m_err.flush();
    switch (error.code) {
    case ErrorCode::WrongPassphrase:
    case ErrorCode::RollbackDetected:
        return ExitLocked;
    case ErrorCode::InvalidArgument:
        return ExitUsage;
    default:
        return ExitProblem;
    }
}

int Cli::failOperation(const Error& error)
{
    const int rc = fail(error);
    return rc == ExitUsage ? ExitProblem : rc;
}

Result<std::unique_ptr<Ledger>> Cli::unlock()
{
    if (!Profile::exists(m_profile)) {
        return Error(
            ErrorCode::ProfileMissing,
            QCoreApplication::translate(
                "suyuan-cli", "There is no profile in %1. Create one with: suyuan-cli --profile %1 init")
                .arg(m_profile));
    }
    auto pass = readPassphrase(
        m_passphrase, QCoreApplication::translate("suyuan-cli", "Passphrase for %1: ").arg(m_profile), false);
    if (!pass) {
        return pass.error();
    }
    auto ledger = Profile::open(m_profile, pass.value());
    crypto::wipe(pass.value());
    return ledger;
}

Result<Cli::OpenTrace> Cli::openTrace()
{
    auto ledger = unlock();
    if (!ledger) {
        return ledger.error();
    }
    auto trace = trace::TraceService::open(*ledger.value());
    if (!trace) {
        return trace.error();
    }
    return OpenTrace{std::move(ledger.value()), std::move(trace.value())};
}

int Cli::run(const QStringList& arguments)
{
    QStringList args = arguments;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--help") || opt == QLatin1String("-h")) {
            return usage();
        }
        if (opt == QLatin1String("--version")) {
            m_out << "suyuan-cli " << QCoreApplication::applicationVersion() << '\n';
            return ExitOk;
        }
        if (opt == QLatin1String("--profile") || opt == QLatin1String("--passphrase-file")) {
            if (args.isEmpty()) {
                return usage(QCoreApplication::translate("suyuan-cli", "%1 needs a value").arg(opt));
            }
            (opt == QLatin1String("--profile") ? m_profile : m_passphrase.file) = args.takeFirst();
            continue;
        }
        if (opt.startsWith(QLatin1String("--profile="))) {
            m_profile = opt.mid(10);
            continue;
        }
        if (opt.startsWith(QLatin1String("--passphrase-file="))) {
            m_passphrase.file = opt.mid(18);
            continue;
        }
        return usage(QCoreApplication::translate("suyuan-cli", "unknown option %1").arg(opt));
    }
    if (args.isEmpty()) {
        return usage(QCoreApplication::translate("suyuan-cli", "no command given"));
    }
    const QString command = args.takeFirst();
    int rc;
    if (command == QLatin1String("init")) {
        rc = cmdInit(args);
    } else if (command == QLatin1String("whoami")) {
        rc = cmdWhoami(args);
    } else if (command == QLatin1String("passwd")) {
        rc = cmdPasswd(args);
    } else if (command == QLatin1String("append")) {
        rc = cmdAppend(args);
    } else if (command == QLatin1String("log")) {
        rc = cmdLog(args);
    } else if (command == QLatin1String("verify")) {
        rc = cmdVerify(args);
    } else if (command == QLatin1String("bundle")) {
        rc = cmdBundle(args);
    } else if (command == QLatin1String("author")) {
        rc = cmdAuthor(args);
    } else if (command == QLatin1String("bench")) {
        rc = cmdBench(args);
    } else if (command == QLatin1String("product") || command == QLatin1String("party") ||
               command == QLatin1String("location")) {
        rc = cmdMaster(command, args);
    } else if (command == QLatin1String("batch")) {
        rc = cmdBatch(args);
    } else if (command == QLatin1String("event")) {
        rc = cmdEvent(args);
    } else if (command == QLatin1String("trace")) {
        rc = cmdTrace(args);
    } else if (command == QLatin1String("recall")) {
        rc = cmdRecall(args);
    } else if (command == QLatin1String("epcis")) {
        rc = cmdEpcis(args);
    } else if (command == QLatin1String("demo")) {
        rc = cmdDemo(args);
    } else if (command == QLatin1String("import")) {
        rc = cmdImport(args);
    } else if (command == QLatin1String("attachment")) {
        rc = cmdAttachment(args);
    } else if (command == QLatin1String("scan")) {
        rc = cmdScan(args);
    } else if (command == QLatin1String("label-base")) {
        rc = cmdLabelBase(args);
    } else if (command == QLatin1String("label-uri")) {
        rc = cmdLabelUri(args);
    } else if (command == QLatin1String("label")) {
        rc = cmdLabel(args);
    } else if (command == QLatin1String("site")) {
        rc = cmdSite(args);
    } else if (command == QLatin1String("help")) {
        rc = usage();
    } else {
        rc = usage(QCoreApplication::translate("suyuan-cli", "unknown command %1").arg(command));
    }
    m_out.flush();
    m_err.flush();
    return rc;
}

} // namespace suyuan::cli
