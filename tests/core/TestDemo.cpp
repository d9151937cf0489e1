#include "TestSupport.h"

#include "ledger/Audit.h"
#include "ledger/Database.h"
#include "trace/CreditCode.h"
#include "trace/Demo.h"
#include "trace/EpcisValidator.h"
#include "trace/Gs1.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace suyuan;
using namespace suyuan::test;
using namespace suyuan::trace;

namespace {

// A profile filled with the demo data.
struct Demo
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Ledger> ledger;
    std::unique_ptr<TraceService> trace;
    DemoSummary summary;
};

Demo makeDemo(qint64 scale, const ProgressFn& progress = {})
{
    Demo d;
    d.dir = std::make_unique<QTemporaryDir>();
    d.ledger = createProfile(d.dir->path());
    auto trace = TraceService::open(*d.ledger);
    if (!trace) {
        qFatal("cannot open the trace service: %s", qPrintable(trace.error().message));
    }
    d.trace = std::move(trace.value());
    DemoOptions options;
    options.scale = scale;
    auto summary = fillDemoLedger(*d.trace, options, progress);
    if (!summary) {
        qWarning("fillDemoLedger: %s", qPrintable(summary.error().message));
        d.trace.reset();
        return d;
    }
    d.summary = summary.value();
    return d;
}

qint64 queryCount(Ledger& ledger, const char* sql, const QString& bind = {})
{
    auto st = ledger.database().prepare(sql);
    if (!bind.isNull()) {
        st.bind(1, bind);
    }
    return st.step() ? st.int64(0) : -1;
}

QJsonObject eventBody(Ledger& ledger, qint64 rid)
{
    auto st = ledger.database().prepare("SELECT bytes, sig FROM records WHERE rid = ?;");
    st.bind(1, rid);
    if (!st.step()) {
        return {};
    }
    auto record = decodeRecord(st.blob(0), st.blob(1));
    return record ? record->body() : QJsonObject();
}

QList<BatchInfo> allBatches(TraceService& trace)
{
    QList<BatchInfo> out;
    QString afterBatch;
    qint64 afterMs = -1;
    for (;;) {
        auto page = trace.batches(500, afterBatch, afterMs);
        if (!page || page->isEmpty()) {
            return out;
        }
        out += page.value();
        afterBatch = page->last().batch;
        afterMs = page->last().createdMs;
    }
}

// The member names of an event, and of its first quantity element, as one sorted list.
QStringList shapeOf(const QJsonObject& event)
{
    QStringList keys = event.keys();
    for (const char* list : {"quantityList", "inputQuantityList", "outputQuantityList"}) {
        const QJsonArray a = event.value(QLatin1String(list)).toArray();
        if (!a.isEmpty()) {
            for (const QString& k : a.first().toObject().keys()) {
                keys << QLatin1String(list) + QLatin1Char('.') + k;
            }
        }
    }
    if (event.contains(QStringLiteral("ilmd"))) {
        for (const QString& k : event.value(QStringLiteral("ilmd")).toObject().keys()) {
            keys << QStringLiteral("ilmd.") + k;
        }
    }
    keys.sort();
    return keys;
}

struct EventRow
{
    QString type, action, bizStep, disposition, tz;
    qint64 eventMs = 0;
    QStringList links;
    bool operator==(const EventRow&) const = default;
};

// The first n events in ledger order with their batch links (batch ids, roles, quantities).
QList<EventRow> eventRows(Ledger& ledger, qint64 n)
{
    auto st = ledger.database().prepare("SELECT rid, type, action, biz_step, disposition, tz, event_ms "
                                        "FROM trace_events ORDER BY rid LIMIT ?;");
    st.bind(1, n);
    QList<EventRow> out;
    while (st.step()) {
        EventRow row{st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.int64(6), {}};
        auto links = ledger.database().prepare(
            "SELECT batch, role, quantity, uom FROM trace_event_batches WHERE rid = ? ORDER BY batch, role;");
        links.bind(1, st.int64(0));
        while (links.step()) {
            row.links << links.text(0) + QLatin1Char(' ') + links.text(1) + QLatin1Char(' ') + links.text(2) +
                             QLatin1Char(' ') + links.text(3);
        }
        out.append(row);
    }
    return out;
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scenario();
    void generatedEvents();
    void refusesNonEmptyProfile();
    void progressCanCancel();
    void timedScale();
};

void TestDemo::scenario()
{
    Demo d = makeDemo(0);
    QVERIFY(d.trace);
    TraceService& trace = *d.trace;
    Ledger& ledger = *d.ledger;

    QCOMPARE(d.summary.products, 8);
    QCOMPARE(d.summary.parties, 12);
    QCOMPARE(d.summary.locations, 18);
    QCOMPARE(d.summary.batches, 22);
    QCOMPARE(d.summary.events, 39);
    QCOMPARE(d.summary.scenarioEvents, 39);
    QCOMPARE(d.summary.generatedEvents, 0);
    QCOMPARE(ledger.recordCount().value(), 8 + 12 + 18 + 39);
    QCOMPARE(queryCount(ledger, "SELECT count(*) FROM records WHERE kind = 'epcis.event';"), 39);

    // Master data: valid GTIN-13s under the Chinese 690–699 prefixes, well-formed entity codes.
    auto products = trace.products();
    QVERIFY(products.ok());
    int withGtin = 0;
    for (const Product& p : products.value()) {
        QVERIFY(!p.nameZh.isEmpty() && !p.nameEn.isEmpty());
        if (!p.gtin.isEmpty()) {
            ++withGtin;
            QVERIFY2(gs1::isValidGtin(p.gtin), qPrintable(p.gtin));
            QVERIFY2(p.gtin.startsWith(QLatin1String("069")), qPrintable(p.gtin));
        }
    }
    QCOMPARE(withGtin, 6);
    QVERIFY(trace.product(QStringLiteral("code:QCT-FL"))->has_value());
    QSet<QString> roles;
    const QList<Party> parties = trace.parties().value();
    for (const Party& p : parties) {
        roles.insert(p.role);
        if (p.key != QLatin1String("lioncity-fresh")) {
            QVERIFY2(trace::isValidCreditCode(p.entityCode), qPrintable(p.entityCode));
        }
        QVERIFY(p.gln.isEmpty() || gs1::isValidGln(p.gln));
    }
    QCOMPARE(roles, (QSet<QString>{QStringLiteral("cooperative"), QStringLiteral("farm"),
                                   QStringLiteral("processor"), QStringLiteral("logistics"),
                                   QStringLiteral("importer"), QStringLiteral("retailer"),
                                   QStringLiteral("laboratory")}));
    QHash<QString, QString> partyOfLocation; // location URI → party key
    const QList<Location> locations = trace.locations().value();
    for (const Location& l : locations) {
        partyOfLocation.insert(QStringLiteral("urn:suyuan:location:") + l.key, l.party);
    }
    QCOMPARE(queryCount(ledger, "SELECT count(*) FROM trace_locations WHERE lat IS NULL OR lon IS NULL;"), 0);

    // The carton lot shipped to Singapore: where it went, with which documents, and where it
    // came from.
    auto exportBatch = trace.resolveBatch(QStringLiteral("FJ5A-251218"));
    QVERIFY(exportBatch.ok());
    QCOMPARE(exportBatch.value(), d.summary.exportBatch);
    const BatchInfo cartons = trace.batch(d.summary.exportBatch)->value();
    QCOMPARE(cartons.status, QStringLiteral("active"));
    QCOMPARE(cartons.location, QStringLiteral("urn:suyuan:location:sg-lioncity-wh"));
    QCOMPARE(cartons.produced, 16000.0);
    QCOMPARE(queryCount(ledger,
                        "SELECT count(*) FROM trace_events e JOIN trace_event_batches b ON b.rid = e.rid "
                        "WHERE b.batch = ? AND e.biz_step = 'shipping' AND e.dest_owner = "
                        "'urn:suyuan:party:lioncity-fresh';",
                        d.summary.exportBatch),
             1);
    const QList<EventInfo> cartonEvents = trace.events(d.summary.exportBatch).value();
    QStringList steps;
    QSet<QString> documents;
    for (const EventInfo& e : cartonEvents) {
        steps << e.bizStep;
        QCOMPARE(e.timeZone, QStringLiteral("+08:00"));
        for (const QJsonValue& t :
             eventBody(ledger, e.rid).value(QStringLiteral("bizTransactionList")).toArray()) {
            documents.insert(t.toObject().value(QStringLiteral("type")).toString());
        }
    }
    QCOMPARE(steps,
             (QStringList{QStringLiteral("packing"), QStringLiteral("shipping"), QStringLiteral("receiving"),
                          QStringLiteral("shipping"), QStringLiteral("receiving"), QStringLiteral("shipping"),
                          QStringLiteral("receiving")}));
    QCOMPARE(documents, (QSet<QString>{QStringLiteral("po"), QStringLiteral("desadv"), QStringLiteral("bol"),
                                       QStringLiteral("recadv")}));
    auto up = trace.upstream(d.summary.exportBatch);
    QVERIFY(up.ok());
    QSet<QString> harvests;
    for (const GenealogyEdge& e : up.value()) {
        const BatchInfo parent = trace.batch(e.parent)->value();
        QCOMPARE(parent.productKey,
                 QStringLiteral("0693765100011") + gs1::gs1CheckDigit(QStringLiteral("693765100011")));
        // The harvest: the first event of the batch itself (field work on its plot comes before).
        EventInfo first;
        for (const EventInfo& ev : trace.events(e.parent).value()) {
            if (ev.role == QLatin1String("object")) {
                first = ev;
                break;
            }
        }
        QCOMPARE(first.type, QStringLiteral("ObjectEvent"));
        QCOMPARE(first.action, QStringLiteral("ADD"));
        QCOMPARE(first.bizStep, QStringLiteral("commissioning"));
        const QJsonObject ilmd = eventBody(ledger, first.rid).value(QStringLiteral("ilmd")).toObject();
        QVERIFY(ilmd.value(QStringLiteral("suyuan:variety")).toString().contains(QStringLiteral("纽荷尔")));
        QVERIFY(ilmd.value(QStringLiteral("cbvmda:harvestStartDate"))
                    .toString()
                    .startsWith(QLatin1String("2025-12")));
        QCOMPARE(ilmd.value(QStringLiteral("cbvmda:countryOfOrigin")).toString(), QStringLiteral("CN"));
        QCOMPARE(ilmd.value(QStringLiteral("suyuan:certifications")).toArray().size(), 2);
        harvests.insert(parent.lot);
    }
    QCOMPARE(harvests, (QSet<QString>{QStringLiteral("FJ-251205-SM"), QStringLiteral("FJ-251208-BD")}));

    // A zhacai retail lot: its upstream merges tubers from several farms.
    auto zhacai = trace.resolveBatch(QStringLiteral("ZC80-260415A"));
    QVERIFY(zhacai.ok());
    QCOMPARE(zhacai.value(), d.summary.zhacaiRetailBatch);
    QSet<QString> farms;
    int tuberBatches = 0;
    const QList<GenealogyEdge> zhacaiUp = trace.upstream(d.summary.zhacaiRetailBatch).value();
    QVERIFY(!zhacaiUp.isEmpty());
    for (const GenealogyEdge& e : zhacaiUp) {
        const BatchInfo parent = trace.batch(e.parent)->value();
        if (parent.productKey == QLatin1String("code:QCT-FL")) {
            QCOMPARE(e.depth, 2);
            ++tuberBatches;
            farms.insert(partyOfLocation.value(parent.originLocation));
        }
    }
    QCOMPARE(tuberBatches, 3);
    QVERIFY2(farms.size() >= 2, qPrintable(QStringList(farms.values()).join(QLatin1Char(','))));
    QVERIFY(!farms.contains(QString()));
    QCOMPARE(trace.batch(d.summary.zhacaiRetailBatch)->value().location,
             QStringLiteral("urn:suyuan:location:cq-store-jiefangbei"));

    // The recalled pepper lot, and its sibling that was not recalled.
    auto recalled = trace.resolveBatch(QStringLiteral("JJHJ250-260812B"));
    QVERIFY(recalled.ok());
    QCOMPARE(recalled.value(), d.summary.recalledBatch);
    QCOMPARE(trace.batch(d.summary.recalledBatch)->value().status, QStringLiteral("recalled"));
    QCOMPARE(trace.events(d.summary.recalledBatch)->last().disposition, QStringLiteral("recalled"));
    QCOMPARE(trace.batch(trace.resolveBatch(QStringLiteral("JJHJ250-260812A")).value())->value().status,
             QStringLiteral("active"));
    QCOMPARE(queryCount(ledger, "SELECT count(*) FROM trace_batches WHERE status = 'recalled';"), 1);

    // Quantities: nothing is negative, nothing was produced from nothing.
    const QList<BatchInfo> batches = allBatches(trace);
    QCOMPARE(batches.size(), 22);
    for (const BatchInfo& b : batches) {
        QVERIFY2(b.produced > 0, qPrintable(b.lot));
        QVERIFY2(b.available() >= 0, qPrintable(b.lot));
        QCOMPARE(b.unit, QStringLiteral("KGM"));
    }
    // Times: fixed dates from Mar 2025 (field work) to Sep 2026, all +08:00, every eventID a UUID URN.
    QCOMPARE(queryCount(ledger, "SELECT count(*) FROM trace_events WHERE tz <> '+08:00' OR event_id NOT LIKE "
                                "'urn:uuid:%' OR event_ms < 1740758400000 OR event_ms > 1790812800000;"),
             0);
    QCOMPARE(queryCount(ledger, "SELECT count(DISTINCT event_id) FROM trace_events;"), 39);

    auto audit = runAudit(ledger);
    QVERIFY(audit.ok());
    QVERIFY2(audit->clean(), qPrintable(audit->summary()));
}

void TestDemo::generatedEvents()
{
    Demo base = makeDemo(0);
    QVERIFY(base.trace);
    Demo d = makeDemo(2000);
    QVERIFY(d.trace);
    Ledger& ledger = *d.ledger;
    TraceService& trace = *d.trace;

    QCOMPARE(d.summary.generatedEvents, 2000);
    QCOMPARE(d.summary.events, base.summary.events + 2000);
    QCOMPARE(d.summary.products, base.summary.products);
    QVERIFY(d.summary.batches > base.summary.batches + 2000);
    QCOMPARE(ledger.recordCount().value(), base.ledger->recordCount().value() + 2000);
    QCOMPARE(queryCount(ledger, "SELECT count(*) FROM trace_events;"),
             queryCount(ledger, "SELECT count(*) FROM records WHERE kind = 'epcis.event';"));
    QCOMPARE(queryCount(ledger, "SELECT count(DISTINCT event_id) FROM trace_events;"), d.summary.events);
    QCOMPARE(queryCount(ledger, "SELECT count(*) FROM trace_events WHERE event_ms = 0 OR tz <> '+08:00';"),
             0);

    // The scenario is the same in both profiles except for ids and signatures.
    QCOMPARE(eventRows(ledger, base.summary.events), eventRows(*base.ledger, base.summary.events));

    // Generated events have exactly the shape TraceService gives its own.
    QHash<QString, QStringList> scenarioShapes;
    QHash<QString, int> generatedShapes;
    const qint64 scenarioRecords = base.ledger->recordCount().value();
    // ... and pass the EPCIS 2.0 schema as TraceService's own do.
    const EpcisValidator validator;
    qint64 validated = 0;
    bool invalid = false;
    auto st = ledger.forEachRecord({}, 0, [&](const Record& r) {
        if (r.kind != QLatin1String("epcis.event")) {
            return true;
        }
        const QJsonObject body = r.body();
        if (auto valid = validator.validateEvent(body); !valid) {
            qWarning("record %lld: %s", r.seq, qPrintable(valid.error().message));
            invalid = true;
            return false;
        }
        ++validated;
        const QString type = body.value(QStringLiteral("type")).toString();
        if (type != QLatin1String("TransformationEvent") &&
            body.value(QStringLiteral("action")).toString() != QLatin1String("ADD")) {
            return true;
        }
        if (r.seq <= scenarioRecords) {
            scenarioShapes.insert(type, shapeOf(body));
        } else {
            if (shapeOf(body) != scenarioShapes.value(type)) {
                qWarning("%s differs: %s", qPrintable(type),
                         qPrintable(shapeOf(body).join(QLatin1Char(' '))));
                return false;
            }
            ++generatedShapes[type];
        }
        return true;
    });
    QVERIFY(st.ok());
    QVERIFY(!invalid);
    QCOMPARE(validated, d.summary.events);
    QCOMPARE(scenarioShapes.size(), 2);
    QCOMPARE(generatedShapes.value(QStringLiteral("ObjectEvent")) +
                 generatedShapes.value(QStringLiteral("TransformationEvent")),
             2000);
    QVERIFY(generatedShapes.value(QStringLiteral("ObjectEvent")) > 400);
    QVERIFY(generatedShapes.value(QStringLiteral("TransformationEvent")) > 400);

    // Conservation: nothing consumed beyond what a batch holds, no transformation gains more
    // than the allowance, every input existed before it was used, every batch made once.
    QCOMPARE(queryCount(ledger, "SELECT count(*) FROM trace_batches WHERE consumed > produced + 1e-9 OR "
                                "produced <= 0;"),
             0);
    QCOMPARE(queryCount(ledger,
                        "SELECT count(*) FROM (SELECT rid, sum(CASE role WHEN 'output' THEN quantity ELSE 0 "
                        "END) AS o, sum(CASE role WHEN 'input' THEN quantity ELSE 0 END) AS i FROM "
                        "trace_event_batches WHERE role IN ('input', 'output') GROUP BY rid) WHERE o > i * "
                        "1.05 OR i <= 0;"),
             0);
    QCOMPARE(queryCount(ledger,
                        "SELECT count(*) FROM trace_event_batches b WHERE b.role = 'input' AND NOT EXISTS "
                        "(SELECT 1 FROM trace_batches t WHERE t.batch = b.batch AND t.created_rid < b.rid);"),
             0);
    QCOMPARE(queryCount(ledger,
                        "SELECT count(*) FROM trace_event_batches b JOIN trace_events e ON e.rid = b.rid "
                        "WHERE b.role = 'output' OR (b.role = 'object' AND e.action = 'ADD');"),
             d.summary.batches);
    for (const BatchInfo& b : allBatches(trace)) {
        QVERIFY2(b.available() >= 0, qPrintable(b.batch));
        QVERIFY2(gs1::isValidLot(b.lot), qPrintable(b.lot));
    }

    // Chains of bounded depth that go back to harvests, some of them merges.
    int deepest = 0;
    int merges = 0;
    // Outputs of the generated part: after the scenario's last event.
    auto outputs = ledger.database().prepare(
        "SELECT DISTINCT batch FROM trace_event_batches WHERE role = 'output' AND rid > (SELECT rid FROM "
        "trace_events ORDER BY rid LIMIT 1 OFFSET 30);");
    while (outputs.step()) {
        const QList<GenealogyEdge> edges = trace.upstream(outputs.text(0)).value();
        QVERIFY(!edges.isEmpty());
        QSet<QString> children;
        for (const GenealogyEdge& e : edges) {
            deepest = std::max(deepest, e.depth);
            children.insert(e.child);
        }
        for (const GenealogyEdge& e : edges) {
            if (!children.contains(e.parent)) {
                QCOMPARE(trace.events(e.parent)->first().action, QStringLiteral("ADD"));
            }
        }
        merges += edges.size() > 1 ? 1 : 0;
    }
    QCOMPARE(deepest, 2);
    QVERIFY(merges > 100);

    auto audit = runAudit(ledger);
    QVERIFY(audit.ok());
    QVERIFY2(audit->clean(), qPrintable(audit->summary()));
    QCOMPARE(audit->checked, ledger.recordCount().value());
}

void TestDemo::refusesNonEmptyProfile()
{
    Demo d = makeDemo(0);
    QVERIFY(d.trace);
    const qint64 before = d.ledger->recordCount().value();
    auto again = fillDemoLedger(*d.trace, DemoOptions());
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!again.error().message.isEmpty());
    QCOMPARE(d.ledger->recordCount().value(), before);
    DemoOptions negative;
    negative.scale = -1;
    QCOMPARE(fillDemoLedger(*d.trace, negative).error().code, ErrorCode::InvalidArgument);
}

void TestDemo::progressCanCancel()
{
    QTemporaryDir dir;
    auto ledger = createProfile(dir.path());
    auto trace = TraceService::open(*ledger);
    QVERIFY(trace.ok());
    QList<QPair<qint64, qint64>> calls;
    DemoOptions options;
    options.scale = 30;
    options.chunkSize = 10;
    // Runs to the end once, recording every report ...
    {
        QTemporaryDir full;
        auto fullLedger = createProfile(full.path());
        auto fullTrace = TraceService::open(*fullLedger);
        QVERIFY(fullTrace.ok());
        auto summary = fillDemoLedger(*fullTrace.value(), options, [&](qint64 done, qint64 total) {
            calls.append({done, total});
            return true;
        });
        QVERIFY(summary.ok());
        QCOMPARE(summary->generatedEvents, 30);
        QCOMPARE(calls.last().first, calls.last().second);
        QCOMPARE(calls.last().second, fullLedger->recordCount().value());
        for (qsizetype i = 1; i < calls.size(); ++i) {
            QVERIFY(calls.at(i).first > calls.at(i - 1).first);
        }
        QCOMPARE(calls.at(calls.size() - 2).first + 10, calls.last().first); // chunks of 10
    }
    // ... and stops where it is told to.
    auto cancelled = fillDemoLedger(*trace.value(), options, [](qint64 done, qint64) { return done < 5; });
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    QCOMPARE(ledger->recordCount().value(), 5);
}

void TestDemo::timedScale()
{
    // For performance work: SUYUAN_DEMO_SCALE=1000000 TestDemo timedScale
    const qint64 scale = qEnvironmentVariableIntValue("SUYUAN_DEMO_SCALE");
    if (scale <= 0) {
        QSKIP("set SUYUAN_DEMO_SCALE to time a generated demo ledger");
    }
    QElapsedTimer timer;
    timer.start();
    qint64 reported = 0;
    Demo d = makeDemo(scale, [&](qint64 done, qint64 total) {
        if (done / 100000 != reported / 100000 || done == total) {
            qInfo("%lld / %lld after %lld ms", done, total, timer.elapsed());
        }
        reported = done;
        return true;
    });
    QVERIFY(d.trace);
    QCOMPARE(d.summary.generatedEvents, scale);
    qInfo("%lld generated events in %lld ms: %.0f events/s (whole fill %lld ms, %lld batches)", scale,
          d.summary.generationMs, d.summary.generatedPerSecond(), d.summary.elapsedMs, d.summary.batches);
    QCOMPARE(queryCount(*d.ledger, "SELECT count(*) FROM trace_batches WHERE consumed > produced + 1e-9;"),
             0);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "TestDemo.moc"
