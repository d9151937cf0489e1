#pragma once

#include "Ledger.h"
#include "util/Result.h"

#include <QList>

#include <atomic>

namespace suyuan {

struct AuditFailure
{
    QByteArray recordId;
    QByteArray author;
    qint64 seq = 0;
    ErrorCode reason = ErrorCode::Internal;
    QString message;
};

struct AuditReport
{
    qint64 checked = 0;
    qint64 authors = 0;
    qint64 forks = 0;
    QList<AuditFailure> failures;
    QString integrity; // SQLite's quick_check result; must be exactly "ok"
    bool cancelled = false;
    qint64 elapsedMs = 0;
    bool clean() const
    {
        return failures.isEmpty() && forks == 0 && !cancelled && integrity == QLatin1String("ok");
    }
    QString summary() const;
};

struct AuditOptions
{
    bool integrityCheck = true;
    int threads = 0; // 0 = every core
};

// Verifies every stored record: the bytes hash to the id, the envelope matches the
// stored columns, the signature is the author's, each author's chain links and counts
// 1, 2, 3 … without gaps. Signatures are checked on every core. progress() may cancel.
Result<AuditReport> runAudit(Ledger& ledger, const AuditOptions& options = {},
                             const ProgressFn& progress = {});

} // namespace suyuan
