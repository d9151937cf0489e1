#pragma once

#include "ledger/Projector.h"

#include <QHash>

#include <map>
#include <tuple>

namespace suyuan::trace {

// Projects master data (master.product, master.party, master.location) and EPCIS events
// (epcis.event) into query tables: products, parties, locations, events, event_batches,
// batches, edges. Records are the truth; these tables can be rebuilt from them.
class TraceProjector : public Projector
{
public:
    QString name() const override { return QStringLiteral("trace"); }
    int version() const override { return 9; }
    Status createSchema(Database& db) override;
    Status dropSchema(Database& db) override;
    Status project(Database& db, const Record& record, qint64 rid) override;
    // Writes the dashboard totals gathered while the transaction's events were projected.
    Status finishTransaction(Database& db) override;

    // The private part of an event about to be appended: stored (table private_fields) in
    // the same transaction as the event that names its digest ("suyuan:private").
    void stagePrivate(const QString& digest, const QByteArray& body) { m_staged.insert(digest, body); }
    void clearStaged() { m_staged.clear(); }

    // The dashboard totals of the events projected in the current transaction, written by
    // finishTransaction: one counting statement per event cost SQLCipher a fifth of the
    // append rate. Only the projection uses it.
    struct PendingTotals
    {
        quint64 serial = 0; // Database::transactionSerial they were gathered in
        std::map<std::tuple<QString, QString, bool>, qint64> events; // (type, step, correction)
        std::map<std::pair<QString, QString>, std::pair<qint64, double>> shipments; // (owner, uom)
    };

private:
    QHash<QString, QByteArray> m_staged;
    PendingTotals m_pending;
};

// Short CBV 2.0 name of a bizStep / disposition given as a bare word, a GS1 Web URI
// (https://ref.gs1.org/cbv/BizStep-shipping) or a legacy URN (urn:epcglobal:cbv:bizstep:shipping).
QString cbvShortName(const QString& value);

} // namespace suyuan::trace
