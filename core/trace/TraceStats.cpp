#include "TraceStats.h"

#include "ledger/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

#include <QMap>
#include <QPair>

#include <algorithm>
#include <tuple>

namespace suyuan::trace {

namespace {

constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kOffsetMs = qint64(kStatsUtcOffsetSeconds) * 1000;

// Floor division, so that times before the epoch fall in the right day too.
qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

template <typename T, typename Map> Result<QList<T>> collect(Statement&& st, Map map)
{
    QList<T> out;
    while (st.step()) {
        out.append(map(st));
    }
    if (!st.status()) {
        return st.status().error();
    }
    return out;
}

} // namespace

qint64 weekStartMs(qint64 msSinceEpoch)
{
    // 1970-01-01 was a Thursday: day d (local) is weekday (d + 3) mod 7 counting from Monday.
    const qint64 day = floorDiv(msSinceEpoch + kOffsetMs, kDayMs);
    const qint64 monday = day - ((day + 3) % 7 + 7) % 7;
    return monday * kDayMs - kOffsetMs;
}

QDate weekStartDate(qint64 weekStartMs)
{
    return QDateTime::fromMSecsSinceEpoch(weekStartMs, QTimeZone(kStatsUtcOffsetSeconds)).date();
}

Result<QList<WeekCount>> batchesPerWeek(TraceService& trace, qint64 fromMs, qint64 toMs)
{
    // A range over trace_batches_created(created_ms, batch): the cost follows the window,
    // not the ledger. The week number counts Mondays (+08:00) since 1969-12-29.
    auto st = trace.ledger().database().prepare(
        "SELECT (created_ms + ?1) / 86400000 AS day, count(*) FROM trace_batches WHERE created_ms >= ?2 AND "
        "created_ms < ?3 AND status <> 'withdrawn' GROUP BY day ORDER BY day;");
    st.bind(1, kOffsetMs).bind(2, fromMs).bind(3, toMs);
    QList<WeekCount> out;
    while (st.step()) {
        const qint64 start = weekStartMs(st.int64(0) * kDayMs - kOffsetMs);
        if (out.isEmpty() || out.constLast().weekStartMs != start) {
            out.append({start, weekStartDate(start), 0});
        }
        out.last().batches += st.int64(1);
    }
    if (!st.status()) {
        return st.status().error();
    }
    return out;
}

Result<std::optional<qint64>> newestBatchMs(TraceService& trace)
{
    // Walks the created index from its end; withdrawn batches are rare.
    auto st = trace.ledger().database().prepare(
        "SELECT created_ms FROM trace_batches WHERE status <> 'withdrawn' ORDER BY created_ms DESC LIMIT 1;");
    if (st.step()) {
        return std::optional<qint64>(st.int64(0));
    }
    if (!st.status()) {
        return st.status().error();
    }
    return std::optional<qint64>();
}

struct StatsScan::Totals
{
    struct Volume
    {
        double produced = 0;
        double available = 0;
        qint64 batches = 0;
    };
    struct Shipped
    {
        qint64 shipments = 0;
        double quantity = 0;
    };
    QMap<QPair<QString, QString>, Volume> volumes;               // (product, unit)
    QMap<std::tuple<QString, QString, bool>, qint64> eventTypes; // (type, bizStep, correction)
    QMap<QPair<QString, QString>, Shipped> shipments;            // (destination, unit)
    QList<BatchInfo> recalls;
};

namespace {

enum Figures
{
    kVolumes = 1,
    kRecalls = 2,
    kEventTypes = 4,
    kShipments = 8
};

Result<qint64> maxRowid(Database& db, const char* sql)
{
    auto st = db.prepare(sql);
    if (st.step()) {
        return st.int64(0);
    }
    if (!st.status()) {
        return st.status().error();
    }
    return qint64(0);
}

// trace_batches rows with from < rowid <= to: a range of the table's own b-tree.
Status sliceBatches(Database& db, qint64 from, qint64 to, int figures, StatsScan::Totals& totals)
{
    bool anyRecalled = false;
    {
        auto& st = db.cached(
            "SELECT product_key, uom, status, sum(produced), sum(CASE WHEN status IN ('destroyed', 'sold') "
            "THEN "
            "0 ELSE produced - consumed END), count(*) FROM trace_batches WHERE rowid > ? AND rowid <= ? AND "
            "status <> 'withdrawn' GROUP BY product_key, uom, status;");
        st.bind(1, from).bind(2, to);
        while (st.step()) {
            if (st.text(2) == QLatin1String("recalled")) {
                anyRecalled = true;
            }
            if (figures & kVolumes) {
                auto& v = totals.volumes[{st.text(0), st.text(1)}];
                v.produced += st.real(3);
                v.available += st.real(4);
                v.batches += st.int64(5);
            }
        }
        const Status status = st.status();
        st.reset();
        if (!status) {
            return status;
        }
    }
    if ((figures & kRecalls) && anyRecalled) {
        auto& st =
            db.cached("SELECT batch, product_key, lot, uom, produced, consumed, status, holder, location, "
                      "origin_location, created_ms FROM trace_batches WHERE rowid > ? AND rowid <= ? AND "
                      "status = 'recalled';");
        st.bind(1, from).bind(2, to);
        while (st.step()) {
            BatchInfo b;
            b.batch = st.text(0);
            b.productKey = st.text(1);
            b.lot = st.text(2);
            b.unit = st.text(3);
            b.produced = st.real(4);
            b.consumed = st.real(5);
            b.status = st.text(6);
            b.holder = st.text(7);
            b.location = st.text(8);
            b.originLocation = st.text(9);
            b.createdMs = st.int64(10);
            totals.recalls.append(b);
        }
        const Status status = st.status();
        st.reset();
        if (!status) {
            return status;
        }
    }
    return {};
}

// trace_events rows with from < rid <= to (rid is the table's rowid).
Status sliceEvents(Database& db, qint64 from, qint64 to, int figures, StatsScan::Totals& totals)
{
    if (figures & kEventTypes) {
        auto& st = db.cached(
            "SELECT type, CASE WHEN error_declaration THEN '' ELSE coalesce(biz_step, '') END AS step, "
            "error_declaration, count(*) FROM trace_events WHERE rid > ? AND rid <= ? AND withdrawn = 0 "
            "GROUP BY "
            "type, step, error_declaration;");
        st.bind(1, from).bind(2, to);
        while (st.step()) {
            totals.eventTypes[{st.text(0), st.text(1), st.int64(2) != 0}] += st.int64(3);
        }
        const Status status = st.status();
        st.reset();
        if (!status) {
            return status;
        }
    }
    if (figures & kShipments) {
        auto& st = db.cached(
            "SELECT e.dest_owner, b.uom, count(DISTINCT e.rid), sum(b.quantity) FROM trace_events e JOIN "
            "trace_event_batches b ON b.rid = e.rid AND b.role = 'object' WHERE e.rid > ? AND e.rid <= ? AND "
            "e.biz_step = 'shipping' AND e.withdrawn = 0 AND e.error_declaration = 0 AND "
            "coalesce(e.dest_owner, "
            "'') <> '' GROUP BY e.dest_owner, b.uom;");
        st.bind(1, from).bind(2, to);
        while (st.step()) {
            auto& s = totals.shipments[{st.text(0), st.text(1)}];
            s.shipments += st.int64(2);
            s.quantity += st.real(3);
        }
        const Status status = st.status();
        st.reset();
        if (!status) {
            return status;
        }
    }
    return {};
}

QList<ProductVolume> volumeList(const StatsScan::Totals& totals)
{
    QList<ProductVolume> out;
    for (auto it = totals.volumes.cbegin(); it != totals.volumes.cend(); ++it) {
        ProductVolume v;
        v.productKey = it.key().first;
        v.unit = it.key().second;
        v.produced = it->produced;
        // Floating-point noise of many additions and subtractions is not stock.
        v.available = it->available < kQuantityEpsilon * std::max(1.0, it->produced) ? 0 : it->available;
        v.batches = it->batches;
        out.append(v);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ProductVolume& a, const ProductVolume& b) { return a.produced > b.produced; });
    return out;
}

QList<EventTypeCount> eventTypeList(const StatsScan::Totals& totals)
{
    QList<EventTypeCount> out;
    for (auto it = totals.eventTypes.cbegin(); it != totals.eventTypes.cend(); ++it) {
        out.append({std::get<0>(it.key()), std::get<1>(it.key()), std::get<2>(it.key()), it.value()});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const EventTypeCount& a, const EventTypeCount& b) { return a.events > b.events; });
    return out;
}

QList<DestinationShipments> shipmentList(const StatsScan::Totals& totals)
{
    QList<DestinationShipments> out;
    for (auto it = totals.shipments.cbegin(); it != totals.shipments.cend(); ++it) {
        out.append({it.key().first, it.key().second, it->shipments, it->quantity});
    }
    std::stable_sort(
        out.begin(), out.end(), [](const DestinationShipments& a, const DestinationShipments& b) {
            return a.shipments != b.shipments ? a.shipments > b.shipments : a.quantity > b.quantity;
        });
    return out;
}

QList<BatchInfo> recallList(const StatsScan::Totals& totals, int limit)
{
    QList<BatchInfo> out = totals.recalls;
    std::stable_sort(out.begin(), out.end(), [](const BatchInfo& a, const BatchInfo& b) {
        return a.createdMs != b.createdMs ? a.createdMs > b.createdMs : a.batch > b.batch;
    });
    if (out.size() > limit) {
        out.resize(std::max(0, limit));
    }
    return out;
}

// One figure over a whole table, in one go (the free functions).
Result<StatsScan::Totals> wholeTable(TraceService& trace, int figures)
{
    Database& db = trace.ledger().database();
    StatsScan::Totals totals;
    const bool batches = figures & (kVolumes | kRecalls);
    auto max = maxRowid(db, batches ? "SELECT max(rowid) FROM trace_batches;"
                                    : "SELECT max(rid) FROM trace_events;");
    if (!max) {
        return max.error();
    }
    const Status st = batches ? sliceBatches(db, 0, max.value(), figures, totals)
                              : sliceEvents(db, 0, max.value(), figures, totals);
    if (!st) {
        return st.error();
    }
    return totals;
}

} // namespace

Result<QList<ProductVolume>> volumeByProduct(TraceService& trace)
{
    auto totals = wholeTable(trace, kVolumes);
    if (!totals) {
        return totals.error();
    }
    return volumeList(totals.value());
}

Result<QList<EventTypeCount>> eventsByType(TraceService& trace)
{
    auto totals = wholeTable(trace, kEventTypes);
    if (!totals) {
        return totals.error();
    }
    return eventTypeList(totals.value());
}

Result<QList<DestinationShipments>> shipmentsByDestination(TraceService& trace)
{
    auto totals = wholeTable(trace, kShipments);
    if (!totals) {
        return totals.error();
    }
    return shipmentList(totals.value());
}

Result<QList<BatchInfo>> openRecalls(TraceService& trace, int limit)
{
    auto totals = wholeTable(trace, kRecalls);
    if (!totals) {
        return totals.error();
    }
    return recallList(totals.value(), limit);
}

StatsScan::StatsScan(TraceService& trace, int recallLimit)
    : m_trace(trace), m_recallLimit(recallLimit), m_totals(std::make_shared<Totals>())
{
}

void StatsScan::setWeeks(qint64 fromMs, qint64 toMs)
{
    m_weekPos = fromMs;
    m_weekEnd = toMs;
}

Result<bool> StatsScan::step(qint64 sliceRows)
{
    Database& db = m_trace.ledger().database();
    sliceRows = std::max<qint64>(1, sliceRows);
    if (m_phase == Phase::Start) {
        // The ends are fixed now: rows added later belong to the next scan.
        auto batches = maxRowid(db, "SELECT max(rowid) FROM trace_batches;");
        auto events = maxRowid(db, "SELECT max(rid) FROM trace_events;");
        if (!batches) {
            return batches.error();
        }
        if (!events) {
            return events.error();
        }
        m_batchMax = batches.value();
        m_eventMax = events.value();
        m_phase = Phase::Weeks;
    }
    if (m_phase == Phase::Weeks) {
        if (m_weekPos < m_weekEnd) {
            const qint64 to = std::min(m_weekEnd, weekStartMs(m_weekPos) + 7 * kDayMs);
            auto week = batchesPerWeek(m_trace, m_weekPos, to);
            if (!week) {
                return week.error();
            }
            m_weeks += week.value();
            m_weekPos = to;
        }
        if (m_weekPos >= m_weekEnd) {
            m_phase = Phase::Batches;
        }
        return done();
    }
    if (m_phase == Phase::Batches) {
        if (m_batchPos < m_batchMax) {
            const qint64 to = std::min(m_batchMax, m_batchPos + sliceRows);
            if (auto st = sliceBatches(db, m_batchPos, to, kVolumes | kRecalls, *m_totals); !st) {
                return st.error();
            }
            m_batchPos = to;
        }
        if (m_batchPos >= m_batchMax) {
            m_phase = Phase::Events;
        }
        return done();
    }
    if (m_phase == Phase::Events) {
        if (m_eventPos < m_eventMax) {
            const qint64 to = std::min(m_eventMax, m_eventPos + sliceRows);
            if (auto st = sliceEvents(db, m_eventPos, to, kEventTypes | kShipments, *m_totals); !st) {
                return st.error();
            }
            m_eventPos = to;
        }
        if (m_eventPos >= m_eventMax) {
            m_phase = Phase::Done;
        }
    }
    return done();
}

double StatsScan::progress() const
{
    if (m_phase == Phase::Done) {
        return 1.0;
    }
    const double total = static_cast<double>(m_batchMax + m_eventMax);
    return total > 0 ? static_cast<double>(m_batchPos + m_eventPos) / total : 0.0;
}

QList<ProductVolume> StatsScan::volumes() const
{
    return volumeList(*m_totals);
}

QList<EventTypeCount> StatsScan::eventTypes() const
{
    return eventTypeList(*m_totals);
}

QList<DestinationShipments> StatsScan::shipments() const
{
    return shipmentList(*m_totals);
}

QList<BatchInfo> StatsScan::recalls() const
{
    return recallList(*m_totals, m_recallLimit);
}

Result<QList<MasterVersion>> masterHistory(TraceService& trace, const QString& kind, const QString& key)
{
    const char* table = kind == QLatin1String("master.product")    ? "trace_products"
                        : kind == QLatin1String("master.party")    ? "trace_parties"
                        : kind == QLatin1String("master.location") ? "trace_locations"
                                                                   : nullptr;
    if (!table) {
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("suyuan", "\"%1\" is not a kind of master data.").arg(kind));
    }
    // trace_master_history_key(kind, key, time_ms): one index range per key.
    const QByteArray sql =
        QByteArray("SELECT h.time_ms, r.bytes, a.key, h.rid = (SELECT rid FROM ") + table +
        " WHERE key = ?2) FROM trace_master_history h JOIN records r ON r.rid = h.rid JOIN authors a ON "
        "a.aid = r.aid WHERE h.kind = ?1 AND h.key = ?2 ORDER BY h.time_ms DESC, h.rid DESC;";
    auto st = trace.ledger().database().prepare(sql.constData());
    st.bind(1, kind).bind(2, key);
    return collect<MasterVersion>(std::move(st), [](const Statement& row) {
        MasterVersion v;
        v.timeMs = row.int64(0);
        v.body = QJsonDocument::fromJson(row.blob(1)).object().value(QStringLiteral("body")).toObject();
        v.author = row.blob(2);
        v.current = row.int64(3) != 0;
        return v;
    });
}

} // namespace suyuan::trace
