#include "TraceStats.h"

#include "ledger/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>

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

namespace {

Result<QList<ProductVolume>> readVolumes(Database& db)
{
    return collect<ProductVolume>(
        db.prepare(
            "SELECT product_key, uom, produced, available, batches FROM trace_stat_volume WHERE batches > 0 "
            "ORDER BY produced DESC, product_key, uom;"),
        [](const Statement& row) {
            ProductVolume v;
            v.productKey = row.text(0);
            v.unit = row.text(1);
            v.produced = row.real(2);
            // Floating-point noise of many additions and subtractions is not stock.
            const double available = row.real(3);
            v.available = available < kQuantityEpsilon * std::max(1.0, v.produced) ? 0 : available;
            v.batches = row.int64(4);
            return v;
        });
}

Result<QList<EventTypeCount>> readEventTypes(Database& db)
{
    return collect<EventTypeCount>(
        db.prepare("SELECT type, step, correction, events FROM trace_stat_events WHERE events > 0 ORDER BY "
                   "events DESC, type, step, correction;"),
        [](const Statement& row) {
            return EventTypeCount{row.text(0), row.text(1), row.int64(2) != 0, row.int64(3)};
        });
}

Result<QList<DestinationShipments>> readShipments(Database& db)
{
    return collect<DestinationShipments>(
        db.prepare(
            "SELECT dest_owner, uom, shipments, quantity FROM trace_stat_shipments WHERE shipments > 0 "
            "ORDER BY shipments DESC, quantity DESC, dest_owner, uom;"),
        [](const Statement& row) {
            return DestinationShipments{row.text(0), row.text(1), row.int64(2), row.real(3)};
        });
}

Result<QList<BatchInfo>> readRecalls(Database& db, int limit)
{
    // The partial index trace_batches_recalled holds only these rows.
    auto st = db.prepare("SELECT batch, product_key, lot, uom, produced, consumed, status, holder, location, "
                         "origin_location, created_ms FROM trace_batches WHERE status = 'recalled' ORDER BY "
                         "created_ms DESC, batch DESC LIMIT ?;");
    st.bind(1, qint64(std::max(0, limit)));
    return collect<BatchInfo>(std::move(st), [](const Statement& row) {
        BatchInfo b;
        b.batch = row.text(0);
        b.productKey = row.text(1);
        b.lot = row.text(2);
        b.unit = row.text(3);
        b.produced = row.real(4);
        b.consumed = row.real(5);
        b.status = row.text(6);
        b.holder = row.text(7);
        b.location = row.text(8);
        b.originLocation = row.text(9);
        b.createdMs = row.int64(10);
        return b;
    });
}

} // namespace

Result<QList<ProductVolume>> volumeByProduct(TraceService& trace)
{
    return readVolumes(trace.ledger().database());
}

Result<QList<EventTypeCount>> eventsByType(TraceService& trace)
{
    return readEventTypes(trace.ledger().database());
}

Result<QList<DestinationShipments>> shipmentsByDestination(TraceService& trace)
{
    return readShipments(trace.ledger().database());
}

Result<QList<BatchInfo>> openRecalls(TraceService& trace, int limit)
{
    return readRecalls(trace.ledger().database(), limit);
}

StatsScan::StatsScan(TraceService& trace, int recallLimit) : m_trace(trace), m_recallLimit(recallLimit)
{
}

void StatsScan::setWeeks(qint64 fromMs, qint64 toMs)
{
    m_weekPos = fromMs;
    m_weekEnd = toMs;
    m_weekStart = fromMs;
}

Result<bool> StatsScan::step()
{
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
            m_phase = Phase::Totals;
        }
        return done();
    }
    if (m_phase == Phase::Totals) {
        Database& db = m_trace.ledger().database();
        auto volumes = readVolumes(db);
        auto types = readEventTypes(db);
        auto shipments = readShipments(db);
        auto recalls = readRecalls(db, m_recallLimit);
        if (!volumes) {
            return volumes.error();
        }
        if (!types) {
            return types.error();
        }
        if (!shipments) {
            return shipments.error();
        }
        if (!recalls) {
            return recalls.error();
        }
        m_volumes = std::move(volumes).value();
        m_eventTypes = std::move(types).value();
        m_shipments = std::move(shipments).value();
        m_recalls = std::move(recalls).value();
        m_phase = Phase::Done;
    }
    return done();
}

double StatsScan::progress() const
{
    if (m_phase == Phase::Done) {
        return 1.0;
    }
    // The weeks are the steps; the totals are one more.
    const double weeks =
        m_weekEnd > m_weekStart ? static_cast<double>(m_weekEnd - m_weekStart) / (7.0 * kDayMs) : 0;
    const double doneWeeks =
        m_weekEnd > m_weekStart ? static_cast<double>(m_weekPos - m_weekStart) / (7.0 * kDayMs) : 0;
    return doneWeeks / (weeks + 1.0);
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
