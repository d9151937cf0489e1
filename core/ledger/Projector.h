#pragma once

#include "Record.h"
#include "util/Result.h"

#include <QString>

namespace suyuan {

class Database;

// Derives query tables (projections) from records. The ledger calls project() for every
// record it stores, inside the same transaction, so a projection is never behind the
// records it was built from; and it can be dropped and rebuilt from the records at any
// time (a new version() triggers that on attach).
class Projector
{
public:
    virtual ~Projector() = default;
    virtual QString name() const = 0; // a lower-case word, used in meta keys
    virtual int version() const = 0;
    virtual Status createSchema(Database& db) = 0; // idempotent (CREATE … IF NOT EXISTS)
    virtual Status dropSchema(Database& db) = 0;
    // record.bytes, author, seq, kind and timeMs are set; rid is its row in `records`.
    virtual Status project(Database& db, const Record& record, qint64 rid) = 0;
    // Called once before the ledger commits a transaction in which it may have called
    // project(): a projection that gathers totals in memory while records come in writes
    // them here, once per transaction instead of once per record. Totals gathered in a
    // transaction that was rolled back instead must be dropped (Database::transactionSerial).
    virtual Status finishTransaction(Database& db)
    {
        (void)db;
        return {};
    }
};

} // namespace suyuan
