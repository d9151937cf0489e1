#pragma once

#include "ledger/Ledger.h"
#include "trace/TraceService.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace suyuan::ui {

// The verification mark of each event on screen: its record's signature (Ed25519 over the
// stored bytes by the author), its id (SHA-256 of the bytes) and its link to the author's
// previous record (seq − 1, prev = that record's id).
//
// The trace queries name an event's record by rowid only, and the ledger offers no lookup
// by rowid, so the records are found by walking each author's chain from seq 1
// (Ledger::forEachRecord) until every event asked about is found or a time budget runs
// out; events not reached stay Unchecked and say so (the audit checks every record).
// Walking the chain in order also gives the previous record of each, so the link is
// checked without another query.
class RecordCheck
{
    Q_DECLARE_TR_FUNCTIONS(RecordCheck)

public:
    enum class Mark
    {
        Unchecked,
        Verified,
        Failed
    };
    struct Result
    {
        Mark mark = Mark::Unchecked;
        QString detail; // translated: why it failed, or why it was not checked
        qint64 seq = 0;
    };

    // Keys of the result: EventInfo::rid.
    static QHash<qint64, Result> check(Ledger& ledger, const QList<trace::EventInfo>& events,
                                       qint64 budgetMs = 300);
};

} // namespace suyuan::ui
