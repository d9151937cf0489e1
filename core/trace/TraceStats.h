#pragma once

#include "TraceService.h"
#include "util/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

// Aggregate figures over the trace projection for the dashboard, and the version history
// of master data. Read-only queries, run on the ledger's thread like every other query of
// TraceService. Cost: the weekly count and the newest batch read only the asked window of
// the created index; the totals (volume, events by type, shipments) are kept by the trace
// projection as records arrive and the open recalls have their own index, so each is a
// read of a few rows, however large the ledger.
namespace suyuan::trace {

// Weeks are counted in China Standard Time (UTC+08:00, the offset the trace model records
// in) and start on Monday.
inline constexpr int kStatsUtcOffsetSeconds = 8 * 3600;

// The Monday 00:00 (+08:00) of the week holding msSinceEpoch, in ms since the epoch.
qint64 weekStartMs(qint64 msSinceEpoch);
// The calendar date (+08:00) of a week start.
QDate weekStartDate(qint64 weekStartMs);

struct WeekCount
{
    qint64 weekStartMs = 0; // Monday 00:00 +08:00
    QDate weekStart;        // that Monday
    qint64 batches = 0;
};
// Batches created (harvested, or made by processing) per week in [fromMs, toMs); only the
// weeks that have any, oldest first. Batches whose every event was declared wrong
// (withdrawn) are not counted.
Result<QList<WeekCount>> batchesPerWeek(TraceService& trace, qint64 fromMs, qint64 toMs);

// Creation time of the newest batch still standing; nothing on an empty ledger.
Result<std::optional<qint64>> newestBatchMs(TraceService& trace);

struct ProductVolume
{
    QString productKey;
    QString unit;
    double produced = 0;  // everything ever made of it (harvested or processed)
    double available = 0; // what is left (BatchInfo::available: nothing of sold or destroyed)
    qint64 batches = 0;
};
// Per product and unit, largest production first. Withdrawn batches are left out.
Result<QList<ProductVolume>> volumeByProduct(TraceService& trace);

struct EventTypeCount
{
    QString type;            // ObjectEvent, TransformationEvent, AggregationEvent …
    QString bizStep;         // CBV short name (commissioning, shipping …) or our own term's URI
    bool correction = false; // error declarations, counted apart (bizStep empty)
    qint64 events = 0;
};
// Events per type and business step, most frequent first; events declared wrong
// (withdrawn) are not counted, the declarations themselves are (correction).
Result<QList<EventTypeCount>> eventsByType(TraceService& trace);

struct DestinationShipments
{
    QString destination; // owning party URI (urn:suyuan:party:…), as BatchFilter::holder takes it
    QString unit;
    qint64 shipments = 0; // shipping events
    double quantity = 0;  // shipped, in unit
};
// Shipping events per destination owner and unit, most shipments first; withdrawn ones
// are not counted.
Result<QList<DestinationShipments>> shipmentsByDestination(TraceService& trace);

// Batches under recall (status recalled), newest first, at most limit.
Result<QList<BatchInfo>> openRecalls(TraceService& trace, int limit = 500);

// The dashboard's figures in steps, so that a GUI thread can spread them over turns of its
// event loop (the Ledger is not thread-safe, so they cannot move to a worker): one week of
// batchesPerWeek per step, then the totals, which the projection keeps up to date (a read
// of a few rows however large the ledger).
class StatsScan
{
public:
    explicit StatsScan(TraceService& trace, int recallLimit = 500);
    // Also count the batches created per week in [fromMs, toMs) (batchesPerWeek), a week
    // per step. Call before the first step.
    void setWeeks(qint64 fromMs, qint64 toMs);

    // Reads the next part; true once everything has been read.
    Result<bool> step();
    bool done() const { return m_phase == Phase::Done; }
    double progress() const; // 0 … 1

    // What has been read so far (complete once done()), in the order of the functions above.
    QList<ProductVolume> volumes() const { return m_volumes; }
    QList<EventTypeCount> eventTypes() const { return m_eventTypes; }
    QList<DestinationShipments> shipments() const { return m_shipments; }
    QList<BatchInfo> recalls() const { return m_recalls; }
    QList<WeekCount> weeks() const { return m_weeks; }

private:
    enum class Phase
    {
        Weeks,
        Totals,
        Done
    };
    TraceService& m_trace;
    int m_recallLimit;
    Phase m_phase = Phase::Weeks;
    qint64 m_weekStart = 0;
    qint64 m_weekPos = 0;
    qint64 m_weekEnd = 0;
    QList<WeekCount> m_weeks;
    QList<ProductVolume> m_volumes;
    QList<EventTypeCount> m_eventTypes;
    QList<DestinationShipments> m_shipments;
    QList<BatchInfo> m_recalls;
};

struct MasterVersion
{
    qint64 timeMs = 0;    // the record's time
    QByteArray author;    // Ed25519 public key of who recorded it
    QJsonObject body;     // the master record's body as signed (id, name {zh, en}, …)
    bool current = false; // the version the projection shows
};
// Every version of a product, party or location (kind: master.product, master.party,
// master.location; key as the current view names it), newest first.
Result<QList<MasterVersion>> masterHistory(TraceService& trace, const QString& kind, const QString& key);

} // namespace suyuan::trace
