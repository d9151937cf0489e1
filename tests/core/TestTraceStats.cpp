#include "TestSupport.h"

#include "ledger/Database.h"
#include "ledger/Profile.h"
#include "trace/Demo.h"
#include "trace/Gs1.h"
#include "trace/TraceProjector.h"
#include "trace/TraceStats.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace suyuan;
using namespace suyuan::test;
using namespace suyuan::trace;

namespace {

qint64 at(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

// The demo's product keys (core/trace/Demo.cpp): GTIN-13 with their check digit, as GTIN-14.
QString gtin14(const char* twelveDigits)
{
    const QString digits = QString::fromLatin1(twelveDigits);
    return QStringLiteral("0") + digits + gs1::gs1CheckDigit(digits);
}

QString party(const char* key)
{
    return QStringLiteral("urn:suyuan:party:") + QString::fromLatin1(key);
}

} // namespace

class TestTraceStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void weekStart();
    void batchesPerWeek();
    void volumeByProduct();
    void eventsByType();
    void shipmentsByDestination();
    void openRecalls();
    void scanInSlices();
    void masterHistory();
    void withdrawnLeftOut();
    void keptTotalsMatchBaseTables(); // after withdrawnLeftOut: a harvest withdrawn too
    void keptTotalsOfIngestedRecords();
    void rolledBackTotalsDropped();
    void largeLedger();

private:
    void compareKeptTotals(Database& db, const char* when);

    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<TraceService> m_trace;
    DemoSummary m_summary;
};

void TestTraceStats::initTestCase()
{
    m_ledger = createProfile(m_dir.path());
    auto trace = TraceService::open(*m_ledger);
    QVERIFY2(trace, qPrintable(trace.error().message));
    m_trace = std::move(trace.value());
    auto summary = fillDemoLedger(*m_trace, {});
    QVERIFY2(summary, qPrintable(summary.error().message));
    m_summary = summary.value();
}

void TestTraceStats::cleanupTestCase()
{
    m_trace.reset();
    m_ledger.reset();
}

void TestTraceStats::weekStart()
{
    // Monday 2026-02-16 in Chongqing, whatever the hour; Sunday evening belongs to the week before.
    QCOMPARE(trace::weekStartMs(at(2026, 2, 16, 7, 40)), at(2026, 2, 16));
    QCOMPARE(trace::weekStartMs(at(2026, 2, 16)), at(2026, 2, 16));
    QCOMPARE(trace::weekStartMs(at(2026, 2, 22, 23, 59)), at(2026, 2, 16));
    QCOMPARE(trace::weekStartMs(at(2026, 2, 15, 23, 59)), at(2026, 2, 9));
    // 16:30 UTC on Sunday is 00:30 on Monday in +08:00.
    const qint64 utc = QDateTime(QDate(2026, 2, 15), QTime(16, 30), Qt::UTC).toMSecsSinceEpoch();
    QCOMPARE(trace::weekStartMs(utc), at(2026, 2, 16));
    QCOMPARE(trace::weekStartDate(at(2026, 2, 16)), QDate(2026, 2, 16));
    QCOMPARE(trace::weekStartMs(at(1970, 1, 1, 12)), at(1969, 12, 29));
}

void TestTraceStats::batchesPerWeek()
{
    // The scenario's 22 batches by creation date (harvests and processing outputs):
    // 12-05 (Fri) | 12-08 | 12-18 ×2 | 01-08 | 01-12, 01-16 ×2 | 02-10, 02-12, 02-14 |
    // 02-16, 02-20 ×2 | 02-24 | 04-15 ×2 | 07-22 | 08-05 | 08-12 ×3.
    auto weeks = trace::batchesPerWeek(*m_trace, at(2025, 1, 1), at(2027, 1, 1));
    QVERIFY2(weeks, qPrintable(weeks.error().message));
    const QList<QPair<QDate, qint64>> expected{
        {QDate(2025, 12, 1), 1}, {QDate(2025, 12, 8), 1}, {QDate(2025, 12, 15), 2}, {QDate(2026, 1, 5), 1},
        {QDate(2026, 1, 12), 3}, {QDate(2026, 2, 9), 3},  {QDate(2026, 2, 16), 3},  {QDate(2026, 2, 23), 1},
        {QDate(2026, 4, 13), 2}, {QDate(2026, 7, 20), 1}, {QDate(2026, 8, 3), 1},   {QDate(2026, 8, 10), 3}};
    QCOMPARE(weeks->size(), expected.size());
    qint64 total = 0;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(weeks->at(i).weekStart, expected.at(i).first);
        QCOMPARE(weeks->at(i).weekStartMs,
                 at(expected.at(i).first.year(), expected.at(i).first.month(), expected.at(i).first.day()));
        QCOMPARE(weeks->at(i).batches, expected.at(i).second);
        total += weeks->at(i).batches;
    }
    QCOMPARE(total, m_summary.batches);

    // The window is half-open and cuts inside a week: 02-10 … 02-14 only, then 02-16 alone.
    weeks = trace::batchesPerWeek(*m_trace, at(2026, 2, 9), at(2026, 2, 16));
    QVERIFY(weeks);
    QCOMPARE(weeks->size(), 1);
    QCOMPARE(weeks->first().batches, 3);
    weeks = trace::batchesPerWeek(*m_trace, at(2026, 2, 16), at(2026, 2, 17));
    QVERIFY(weeks);
    QCOMPARE(weeks->size(), 1);
    QCOMPARE(weeks->first().weekStart, QDate(2026, 2, 16));
    QCOMPARE(weeks->first().batches, 1);
    weeks = trace::batchesPerWeek(*m_trace, at(2024, 1, 1), at(2025, 1, 1));
    QVERIFY(weeks);
    QVERIFY(weeks->isEmpty());

    auto newest = trace::newestBatchMs(*m_trace);
    QVERIFY(newest && newest->has_value());
    QCOMPARE(**newest, at(2026, 8, 12, 9, 30));
}

void TestTraceStats::volumeByProduct()
{
    auto volumes = trace::volumeByProduct(*m_trace);
    QVERIFY2(volumes, qPrintable(volumes.error().message));
    struct Expected
    {
        QString key;
        double produced;
        double available;
        qint64 batches;
    };
    // Produced: every batch's quantity. Available: what processing, sales and destruction
    // left (FJ-260112-YL 26400 − 20000 packed; FJ10-251218 19500 − 300 destroyed; FLZC P02
    // and P03 untouched; ZC80-260415A 12000 − 3600 sold; JJHJ250-260812A 1500 − 420 sold).
    const QList<Expected> expected{
        {QStringLiteral("code:QCT-FL"), 84700, 0, 4},
        {gtin14("693765100011"), 83000, 6400, 4},
        {QStringLiteral("code:FLZC-BULK"), 50600, 24600, 3},
        {gtin14("693765100035"), 38100, 37800, 2},
        {gtin14("693765100028"), 30200, 30200, 2},
        {gtin14("694218301017"), 24800, 21200, 2},
        {gtin14("695190700014"), 8000, 4200, 2},
        {gtin14("695190700021"), 3750, 3330, 3},
    };
    QCOMPARE(volumes->size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ProductVolume& v = volumes->at(i);
        QCOMPARE(v.productKey, expected.at(i).key);
        QCOMPARE(v.unit, QStringLiteral("KGM"));
        QCOMPARE(v.produced, expected.at(i).produced);
        QCOMPARE(v.available, expected.at(i).available);
        QCOMPARE(v.batches, expected.at(i).batches);
    }
}

void TestTraceStats::eventsByType()
{
    auto counts = trace::eventsByType(*m_trace);
    QVERIFY2(counts, qPrintable(counts.error().message));
    QMap<QString, qint64> byStep;
    qint64 total = 0;
    for (const EventTypeCount& c : *counts) {
        QVERIFY(!c.correction);
        byStep.insert(c.type + QLatin1Char('/') + c.bizStep, c.events);
        total += c.events;
    }
    const QMap<QString, qint64> expected{
        {QStringLiteral("ObjectEvent/commissioning"), 10}, // 4 orange, 4 tuber, 2 pepper harvests
        {QStringLiteral("ObjectEvent/shipping"), 7},
        {QStringLiteral("ObjectEvent/receiving"), 7},
        {QStringLiteral("TransformationEvent/packing"), 4},
        {QStringLiteral("TransformationEvent/https://suyuan.example/ns/pickling"), 2},
        {QStringLiteral("ObjectEvent/https://suyuan.example/ns/field_work"), 3},
        {QStringLiteral("ObjectEvent/sampling"), 2}, // the two lab tests
        {QStringLiteral("ObjectEvent/retail_selling"), 2},
        {QStringLiteral("ObjectEvent/destroying"), 1},
        {QStringLiteral("ObjectEvent/holding"), 1}, // the recall
    };
    QCOMPARE(byStep, expected);
    QCOMPARE(total, m_summary.events);
    QCOMPARE(counts->first().bizStep, QStringLiteral("commissioning"));
}

void TestTraceStats::shipmentsByDestination()
{
    auto shipments = trace::shipmentsByDestination(*m_trace);
    QVERIFY2(shipments, qPrintable(shipments.error().message));
    struct Expected
    {
        QString destination;
        qint64 shipments;
        double quantity;
    };
    // ZC80-260415A (12000) and the two pepper lots (1500 each) to the supermarket; the 5 kg
    // carton lot (16000) three times on its way to Singapore; FJ10-260116 (18600) to the shop.
    const QList<Expected> expected{{party("yuwei-market"), 3, 15000},
                                   {party("shancheng-shop"), 1, 18600},
                                   {party("lioncity-fresh"), 1, 16000},
                                   {party("luhai-forwarding"), 1, 16000},
                                   {party("yuxin-logistics"), 1, 16000}};
    QCOMPARE(shipments->size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(shipments->at(i).destination, expected.at(i).destination);
        QCOMPARE(shipments->at(i).unit, QStringLiteral("KGM"));
        QCOMPARE(shipments->at(i).shipments, expected.at(i).shipments);
        QCOMPARE(shipments->at(i).quantity, expected.at(i).quantity);
    }
}

void TestTraceStats::openRecalls()
{
    auto recalls = trace::openRecalls(*m_trace);
    QVERIFY2(recalls, qPrintable(recalls.error().message));
    QCOMPARE(recalls->size(), 1);
    const BatchInfo& b = recalls->first();
    QCOMPARE(b.batch, m_summary.recalledBatch);
    QCOMPARE(b.lot, QStringLiteral("JJHJ250-260812B"));
    QCOMPARE(b.productKey, gtin14("695190700021"));
    QCOMPARE(b.holder, party("yuwei-market"));
    QCOMPARE(b.available(), 1500.0);
    QCOMPARE(b.unit, QStringLiteral("KGM"));
}

void TestTraceStats::scanInSlices()
{
    // A week per step, then the totals: the same figures as the functions.
    trace::StatsScan scan(*m_trace);
    scan.setWeeks(at(2025, 12, 1), at(2026, 3, 2)); // 13 weeks
    QVERIFY(!scan.done());
    int steps = 0;
    double progress = 0;
    for (;;) {
        auto done = scan.step();
        QVERIFY2(done, qPrintable(done.error().message));
        QVERIFY(scan.progress() >= progress);
        progress = scan.progress();
        ++steps;
        if (done.value()) {
            break;
        }
    }
    QVERIFY(scan.done());
    QCOMPARE(scan.progress(), 1.0);
    QCOMPARE(steps, 14);
    auto weeks = trace::batchesPerWeek(*m_trace, at(2025, 12, 1), at(2026, 3, 2));
    QVERIFY(weeks);
    QCOMPARE(scan.weeks().size(), weeks->size());
    for (qsizetype i = 0; i < weeks->size(); ++i) {
        QCOMPARE(scan.weeks().at(i).weekStartMs, weeks->at(i).weekStartMs);
        QCOMPARE(scan.weeks().at(i).batches, weeks->at(i).batches);
    }
    const auto same = [](const auto& a, const auto& b) { return a.size() == b.size(); };
    auto volumes = trace::volumeByProduct(*m_trace);
    QVERIFY(volumes && same(scan.volumes(), *volumes));
    for (qsizetype i = 0; i < volumes->size(); ++i) {
        QCOMPARE(scan.volumes().at(i).productKey, volumes->at(i).productKey);
        QCOMPARE(scan.volumes().at(i).produced, volumes->at(i).produced);
        QCOMPARE(scan.volumes().at(i).available, volumes->at(i).available);
        QCOMPARE(scan.volumes().at(i).batches, volumes->at(i).batches);
    }
    auto events = trace::eventsByType(*m_trace);
    QVERIFY(events && same(scan.eventTypes(), *events));
    for (qsizetype i = 0; i < events->size(); ++i) {
        QCOMPARE(scan.eventTypes().at(i).bizStep, events->at(i).bizStep);
        QCOMPARE(scan.eventTypes().at(i).events, events->at(i).events);
    }
    auto shipments = trace::shipmentsByDestination(*m_trace);
    QVERIFY(shipments && same(scan.shipments(), *shipments));
    for (qsizetype i = 0; i < shipments->size(); ++i) {
        QCOMPARE(scan.shipments().at(i).destination, shipments->at(i).destination);
        QCOMPARE(scan.shipments().at(i).shipments, shipments->at(i).shipments);
        QCOMPARE(scan.shipments().at(i).quantity, shipments->at(i).quantity);
    }
    QCOMPARE(scan.recalls().size(), 1);
    QCOMPARE(scan.recalls().first().batch, m_summary.recalledBatch);
}

// The totals the projection keeps, against the same figures recomputed from the base
// tables with grouped scans.
void TestTraceStats::compareKeptTotals(Database& db, const char* when)
{
    const auto rows = [&db](const char* sql, int columns) {
        QStringList out;
        auto st = db.prepare(sql);
        while (st.step()) {
            QStringList cells;
            for (int i = 0; i < columns; ++i) {
                const QString text = st.text(i);
                bool isNumber = false;
                const double number = text.toDouble(&isNumber);
                // Sums kept by additions and subtractions: compare to a gram.
                cells << (isNumber ? QString::number(std::round(number * 1000) / 1000, 'f', 3) : text);
            }
            out << cells.join(QLatin1Char('|'));
        }
        if (!st.status()) {
            out << st.status().error().message;
        }
        out.sort();
        return out;
    };
    const QStringList volumes = rows("SELECT product_key, uom, produced, available, batches FROM "
                                     "trace_stat_volume WHERE batches > 0;",
                                     5);
    QVERIFY(!volumes.isEmpty());
    QCOMPARE(volumes,
             rows("SELECT coalesce(product_key, ''), coalesce(uom, ''), sum(produced), sum(CASE WHEN "
                  "status IN ('destroyed', 'sold') THEN 0 ELSE produced - consumed END), count(*) FROM "
                  "trace_batches WHERE status <> 'withdrawn' GROUP BY 1, 2;",
                  5));
    const QStringList types =
        rows("SELECT type, step, correction, events FROM trace_stat_events WHERE events > 0;", 4);
    QVERIFY(!types.isEmpty());
    QCOMPARE(types,
             rows("SELECT type, CASE WHEN error_declaration THEN '' ELSE coalesce(biz_step, '') END, "
                  "error_declaration <> 0, count(*) FROM trace_events WHERE withdrawn = 0 GROUP BY 1, 2, 3;",
                  4));
    const QStringList shipments =
        rows("SELECT dest_owner, uom, shipments, quantity FROM trace_stat_shipments WHERE shipments > 0;", 4);
    QVERIFY(!shipments.isEmpty());
    QCOMPARE(shipments,
             rows("SELECT e.dest_owner, coalesce(b.uom, ''), count(DISTINCT e.rid), sum(b.quantity) "
                  "FROM trace_events e JOIN trace_event_batches b ON b.rid = e.rid AND b.role = 'object' "
                  "WHERE e.biz_step = 'shipping' AND e.withdrawn = 0 AND e.error_declaration = 0 AND "
                  "coalesce(e.dest_owner, '') <> '' GROUP BY 1, 2;",
                  4));
    // No row left over with a count of zero but a quantity.
    QCOMPARE(rows("SELECT count(*) FROM trace_stat_volume WHERE batches = 0 AND abs(produced) > 1e-6;", 1),
             QStringList{QStringLiteral("0.000")});
    qInfo("kept totals match the base tables (%s): %lld volume, %lld type, %lld destination rows", when,
          static_cast<long long>(volumes.size()), static_cast<long long>(types.size()),
          static_cast<long long>(shipments.size()));
}

void TestTraceStats::keptTotalsMatchBaseTables()
{
    compareKeptTotals(m_ledger->database(), "demo");
    // More of every kind, then a shipment declared wrong (the batch goes back to its
    // holder), then a rebuild of the whole projection from the records.
    auto shipped = m_trace->resolveBatch(QStringLiteral("FJ10-260116"));
    QVERIFY2(shipped, qPrintable(shipped.error().message));
    auto events = m_trace->events(shipped.value());
    QVERIFY(events && !events->isEmpty());
    QString shipping;
    for (const EventInfo& e : *events) {
        if (e.bizStep == QLatin1String("shipping") && !e.withdrawn) {
            shipping = e.eventId;
        }
    }
    QVERIFY(!shipping.isEmpty());
    QVERIFY(m_trace->declareError(shipping, QStringLiteral("incorrect_data")));
    compareKeptTotals(m_ledger->database(), "after a shipment was declared wrong");
    TraceProjector fresh;
    QVERIFY(m_ledger->rebuildProjection(&fresh).ok());
    m_ledger->detachProjector(&fresh);
    compareKeptTotals(m_ledger->database(), "after a rebuild");
}

// Another node takes in every record (sync): its totals are gathered in ingest's
// transactions and must come out the same as its base tables say.
void TestTraceStats::keptTotalsOfIngestedRecords()
{
    QTemporaryDir dir;
    auto other = createProfile(dir.path());
    QVERIFY(other->setAuthorStatus(m_ledger->publicKey(), AuthorStatus::Trusted).ok());
    auto otherTrace = TraceService::open(*other);
    QVERIFY2(otherTrace, qPrintable(otherTrace.error().message));
    QList<SignedBytes> records;
    QVERIFY(m_ledger
                ->forEachRecord({}, 0,
                                [&](const Record& r) {
                                    records.append({r.bytes, r.signature});
                                    return true;
                                })
                .ok());
    QVERIFY2(records.size() > 50, qPrintable(QString::number(records.size())));
    // In a few slices, as sync delivers them.
    const qsizetype slice = records.size() / 3 + 1;
    for (qsizetype i = 0; i < records.size(); i += slice) {
        const IngestSummary summary = other->ingestMany(records.mid(i, slice));
        QCOMPARE(summary.accepted, std::min(slice, records.size() - i));
    }
    compareKeptTotals(other->database(), "after ingest");
    // And the same numbers as the node that made them.
    const auto events = [](Database& db) {
        auto st = db.prepare("SELECT sum(events) FROM trace_stat_events;");
        return st.step() ? st.int64(0) : -1;
    };
    QCOMPARE(events(other->database()), events(m_ledger->database()));
}

// Totals gathered in a transaction that is rolled back never reach the tables, not even
// with the next transaction's.
void TestTraceStats::rolledBackTotalsDropped()
{
    QTemporaryDir dir;
    auto ledger = createProfile(dir.path());
    TraceProjector projector;
    QVERIFY(ledger->attachProjector(&projector).ok());
    const auto shipping = [](const QString& lot) {
        return QJsonObject{
            {QStringLiteral("type"), QStringLiteral("ObjectEvent")},
            {QStringLiteral("action"), QStringLiteral("OBSERVE")},
            {QStringLiteral("bizStep"), QStringLiteral("shipping")},
            {QStringLiteral("eventTime"), QStringLiteral("2026-11-20T08:30:00.000+08:00")},
            {QStringLiteral("eventTimeZoneOffset"), QStringLiteral("+08:00")},
            {QStringLiteral("quantityList"),
             QJsonArray{QJsonObject{{QStringLiteral("epcClass"), lot},
                                    {QStringLiteral("quantity"), 5},
                                    {QStringLiteral("uom"), QStringLiteral("KGM")}}}},
            {QStringLiteral("destinationList"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("owning_party")},
                                    {QStringLiteral("destination"), QStringLiteral("urn:suyuan:party:x")}}}}};
    };
    Database& db = ledger->database();
    {
        // A batch refused for one record too large to keep stores and counts nothing.
        QList<Ledger::Draft> drafts{{QStringLiteral("epcis.event"), shipping(QStringLiteral("lot:a"))}};
        QJsonObject huge = shipping(QStringLiteral("lot:b"));
        huge.insert(QStringLiteral("padding"), QString(2 * 1024 * 1024, QLatin1Char('x')));
        drafts.append({QStringLiteral("epcis.event"), huge});
        QVERIFY(!ledger->appendBatch(drafts));
    }
    {
        // Projected by hand in a transaction that is rolled back.
        Transaction tx(db);
        QVERIFY(tx.begin().ok());
        Record r;
        r.kind = QStringLiteral("epcis.event");
        r.author = ledger->publicKey();
        r.knownBody = shipping(QStringLiteral("lot:c"));
        QVERIFY(projector.project(db, r, 999999).ok());
    }
    QVERIFY(ledger->append(QStringLiteral("epcis.event"), shipping(QStringLiteral("lot:d"))));
    auto st =
        db.prepare("SELECT sum(events), (SELECT shipments || '|' || quantity FROM trace_stat_shipments) "
                   "FROM trace_stat_events;");
    QVERIFY(st.step());
    QCOMPARE(st.int64(0), qint64(1));
    QCOMPARE(st.text(1), QStringLiteral("1|5.0"));
    ledger->detachProjector(&projector);
}

void TestTraceStats::masterHistory()
{
    auto history =
        trace::masterHistory(*m_trace, QStringLiteral("master.party"), QStringLiteral("yuwei-market"));
    QVERIFY2(history, qPrintable(history.error().message));
    QCOMPARE(history->size(), 1);
    QVERIFY(history->first().current);
    QCOMPARE(history->first().author, m_ledger->publicKey());
    QCOMPARE(
        history->first().body.value(QStringLiteral("name")).toObject().value(QStringLiteral("zh")).toString(),
        QStringLiteral("渝味优选超市（解放碑店）"));

    Party p;
    p.key = QStringLiteral("yuwei-market");
    p.nameZh = QStringLiteral("渝味优选超市（解放碑旗舰店）");
    p.nameEn = QStringLiteral("Yuwei Select Supermarket (Jiefangbei flagship)");
    p.role = QStringLiteral("retailer");
    QVERIFY(m_trace->saveParty(p));
    history = trace::masterHistory(*m_trace, QStringLiteral("master.party"), QStringLiteral("yuwei-market"));
    QVERIFY(history);
    QCOMPARE(history->size(), 2);
    QVERIFY(history->at(0).current);
    QVERIFY(!history->at(1).current);
    QVERIFY(history->at(0).timeMs >= history->at(1).timeMs);
    QCOMPARE(
        history->at(0).body.value(QStringLiteral("name")).toObject().value(QStringLiteral("zh")).toString(),
        p.nameZh);
    QCOMPARE(
        history->at(1).body.value(QStringLiteral("name")).toObject().value(QStringLiteral("zh")).toString(),
        QStringLiteral("渝味优选超市（解放碑店）"));

    history = trace::masterHistory(*m_trace, QStringLiteral("master.product"), QStringLiteral("nope"));
    QVERIFY(history);
    QVERIFY(history->isEmpty());
    QVERIFY(!trace::masterHistory(*m_trace, QStringLiteral("master.nothing"), QStringLiteral("x")));
}

void TestTraceStats::withdrawnLeftOut()
{
    // The Jiaoyuan pepper harvest (4200 kg, 2026-08-05) declared wrong: the batch, its week
    // and its event leave the figures; the declaration is counted as a correction.
    auto id = m_trace->resolveBatch(QStringLiteral("JJHJ-260805-JY"));
    QVERIFY(id);
    auto events = m_trace->events(id.value());
    QVERIFY(events && !events->isEmpty());
    QVERIFY(m_trace->declareError(events->first().eventId, QStringLiteral("did_not_occur")));

    auto weeks = trace::batchesPerWeek(*m_trace, at(2026, 8, 3), at(2026, 8, 10));
    QVERIFY(weeks);
    QVERIFY(weeks->isEmpty());
    auto volumes = trace::volumeByProduct(*m_trace);
    QVERIFY(volumes);
    bool found = false;
    for (const ProductVolume& v : *volumes) {
        if (v.productKey == gtin14("695190700014")) {
            QCOMPARE(v.produced, 3800.0);
            QCOMPARE(v.available, 0.0);
            QCOMPARE(v.batches, 1);
            found = true;
        }
    }
    QVERIFY(found);
    auto counts = trace::eventsByType(*m_trace);
    QVERIFY(counts);
    qint64 corrections = 0;
    for (const EventTypeCount& c : *counts) {
        if (c.correction) {
            corrections += c.events;
            QVERIFY(c.bizStep.isEmpty());
        } else if (c.bizStep == QLatin1String("commissioning")) {
            QCOMPARE(c.events, 9);
        }
    }
    QCOMPARE(corrections, 1);
}

// Timings on a large ledger made beforehand (suyuan-cli --profile DIR demo --scale N) and
// named by SUYUAN_STATS_PROFILE, with its passphrase in SUYUAN_PASSPHRASE.
void TestTraceStats::largeLedger()
{
    const QString dir = qEnvironmentVariable("SUYUAN_STATS_PROFILE");
    if (dir.isEmpty()) {
        QSKIP("SUYUAN_STATS_PROFILE is not set");
    }
    auto ledger = Profile::open(dir, qgetenv("SUYUAN_PASSPHRASE"));
    QVERIFY2(ledger, qPrintable(ledger.error().message));
    auto trace = TraceService::open(*ledger.value());
    QVERIFY(trace);
    TraceService& t = *trace.value();
    const auto time = [](const char* name, const auto& run) {
        QElapsedTimer timer;
        timer.start();
        const auto result = run();
        const qint64 first = timer.elapsed();
        timer.restart();
        (void)run();
        qInfo("%-24s %6lld ms (first %lld ms), %lld rows", name, static_cast<long long>(timer.elapsed()),
              static_cast<long long>(first), static_cast<long long>(result ? result->size() : -1));
        QVERIFY(result);
    };
    auto newest = trace::newestBatchMs(t);
    QVERIFY(newest && newest->has_value());
    const qint64 end = trace::weekStartMs(**newest) + 7 * 86'400'000LL;
    time("batchesPerWeek 26 w", [&] { return trace::batchesPerWeek(t, end - 26 * 7 * 86'400'000LL, end); });
    time("batchesPerWeek 52 w", [&] { return trace::batchesPerWeek(t, end - 52 * 7 * 86'400'000LL, end); });
    // The generated part is dense (about 12 000 batches a week from 2023-01-03): the worst case.
    time("batchesPerWeek 2023 26 w",
         [&] { return trace::batchesPerWeek(t, at(2023, 1, 2), at(2023, 7, 3)); });
    time("volumeByProduct", [&] { return trace::volumeByProduct(t); });
    time("eventsByType", [&] { return trace::eventsByType(t); });
    time("shipmentsByDestination", [&] { return trace::shipmentsByDestination(t); });
    time("openRecalls", [&] { return trace::openRecalls(t); });
    // The dashboard's way: a week per step, then the totals; the longest step is what the
    // GUI thread waits for.
    trace::StatsScan scan(t);
    scan.setWeeks(end - 26 * 7 * 86'400'000LL, end);
    QElapsedTimer all;
    all.start();
    qint64 longest = 0;
    int steps = 0;
    for (bool done = false; !done; ++steps) {
        QElapsedTimer one;
        one.start();
        auto r = scan.step();
        QVERIFY(r);
        done = r.value();
        longest = std::max(longest, one.elapsed());
    }
    qInfo("StatsScan: %d steps, %lld ms in all, longest step %lld ms", steps,
          static_cast<long long>(all.elapsed()), static_cast<long long>(longest));
}

QTEST_GUILESS_MAIN(TestTraceStats)
#include "TestTraceStats.moc"
