#pragma once

#include "ledger/Projector.h"

namespace suyuan::trace {

// Projects master data (master.product, master.party, master.location) and EPCIS events
// (epcis.event) into query tables: products, parties, locations, events, event_batches,
// batches, edges. Records are the truth; these tables can be rebuilt from them.
class TraceProjector : public Projector
{
public:
    QString name() const override { return QStringLiteral("trace"); }
    int version() const override { return 5; }
    Status createSchema(Database& db) override;
    Status dropSchema(Database& db) override;
    Status project(Database& db, const Record& record, qint64 rid) override;
};

// Short CBV 2.0 name of a bizStep / disposition given as a bare word, a GS1 Web URI
// (https://ref.gs1.org/cbv/BizStep-shipping) or a legacy URN (urn:epcglobal:cbv:bizstep:shipping).
QString cbvShortName(const QString& value);

} // namespace suyuan::trace
