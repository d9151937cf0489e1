#pragma once

#include "Passphrase.h"
#include "ledger/Ledger.h"
#include "trace/TraceService.h"
#include "util/Result.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace suyuan::cli {

enum ExitCode
{
    ExitOk = 0,
    ExitProblem = 1,
    ExitUsage = 2,
    ExitLocked = 3
};

// The command line: `suyuan-cli [--profile DIR] [--passphrase-file FILE] COMMAND …`.
class Cli
{
public:
    Cli();
    int run(const QStringList& arguments);

private:
    int usage(const QString& problem = {});
    int fail(const Error& error);
    // For the outcome of an operation on valid syntax: invalid data is a problem (1), not usage (2).
    int failOperation(const Error& error);
    Result<std::unique_ptr<Ledger>> unlock();
    // The unlocked ledger with the trace model attached (its projection brought up to date).
    struct OpenTrace
    {
        std::unique_ptr<Ledger> ledger;
        std::unique_ptr<trace::TraceService> trace;
    };
    Result<OpenTrace> openTrace();

    int cmdInit(const QStringList& args);
    int cmdWhoami(const QStringList& args);
    int cmdPasswd(const QStringList& args);
    int cmdAppend(const QStringList& args);
    int cmdLog(const QStringList& args);
    int cmdVerify(const QStringList& args);
    int cmdBundle(const QStringList& args);
    int cmdAuthor(const QStringList& args);
    int cmdBench(const QStringList& args);
    // Trace model (CliTrace.cpp).
    int cmdMaster(const QString& kind, const QStringList& args);
    int cmdBatch(const QStringList& args);
    int cmdEvent(const QStringList& args);
    // Field work, inspection, lab test, packing, destruction, sale; corrections (CliEvents.cpp).
    static bool isMoreEventAction(const QString& what);
    int cmdEventMore(const QString& what, const QStringList& args);
    int cmdEventCorrect(const QStringList& args);
    int cmdEventPrivate(const QStringList& args);
    int cmdTrace(const QStringList& args);
    int cmdRecall(const QStringList& args);
    int cmdEpcis(const QStringList& args);
    int cmdDemo(const QStringList& args);
    // CSV import (CliImport.cpp).
    int cmdImport(const QStringList& args);
    // Attachments (CliAttachment.cpp).
    int cmdAttachment(const QStringList& args);
    // Signed QR label codes (CliScan.cpp).
    int cmdScan(const QStringList& args);
    int cmdLabelUri(const QStringList& args);
    int cmdLabelBase(const QStringList& args);
    int cmdLabel(const QStringList& args);
    // The consumer site: export and serve (CliSite.cpp).
    int cmdSite(const QStringList& args);

    QString m_profile;
    PassphraseSource m_passphrase;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace suyuan::cli
