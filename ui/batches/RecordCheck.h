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
// Each event names its record (EventInfo::recordId, seq): the record is read by its id,
// checked, and its prev compared with the id of the author's record just before it. A
// time budget bounds the work on screens with many events; events beyond it stay
// Unchecked and say so (the audit checks every record).
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
