#include "TestSupport.h"

#include "ledger/Audit.h"
#include "trace/TraceService.h"

#include <QTemporaryDir>
#include <QTest>

using namespace suyuan;
using namespace suyuan::test;
using namespace suyuan::trace;

class TestTrace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void masterDataEditKeepsHistory();
    void masterDataValidation();
    void harvestCreatesBatch();
    void diamondGenealogy();
    void quantityErrors();
    void resolveBatchIdentifiers();
    void recallAndShipStatus();
    void pagingIsKeyset();
    void batchFilters();
    void errorDeclarationWithdraws();
    void projectionCatchesUpAndRebuilds();

private:
    void addMasterData();
    QString harvest(const QString& product, const QString& lot, double kg, const QString& plot);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<TraceService> m_trace;
};

void TestTrace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ledger = createProfile(m_dir->path());
    auto trace = TraceService::open(*m_ledger);
    QVERIFY(trace.ok());
    m_trace = std::move(trace.value());
    addMasterData();
}

void TestTrace::cleanup()
{
    m_trace.reset();
    m_ledger.reset();
    m_dir.reset();
}

void TestTrace::addMasterData()
{
    Product tuber;
    tuber.code = QStringLiteral("QCT");
    tuber.nameZh = QStringLiteral("青菜头");
    tuber.nameEn = QStringLiteral("Mustard tuber");
    QVERIFY(m_trace->saveProduct(tuber).ok());
    Product zhacai;
    zhacai.gtin = QStringLiteral("6901234567892");
    zhacai.nameZh = QStringLiteral("涪陵榨菜");
    zhacai.nameEn = QStringLiteral("Fuling zhacai");
    QVERIFY(m_trace->saveProduct(zhacai).ok());
    Location plotA;
    plotA.key = QStringLiteral("plot-a");
    plotA.nameZh = QStringLiteral("江北街道 3 号地块");
    plotA.type = QStringLiteral("plot");
    QVERIFY(m_trace->saveLocation(plotA).ok());
    Party importer;
    importer.key = QStringLiteral("sg-importer");
    importer.nameEn = QStringLiteral("Lion City Fresh Pte Ltd");
    importer.role = QStringLiteral("importer");
    QVERIFY(m_trace->saveParty(importer).ok());
}

QString TestTrace::harvest(const QString& product, const QString& lot, double kg, const QString& plot)
{
    TraceService::Harvest h;
    h.batch = {product, lot, kg, {}};
    h.locationKey = plot;
    h.ilmd = QJsonObject{{QStringLiteral("cbvmda:harvestStartDate"), QStringLiteral("2026-02-10")}};
    auto id = m_trace->harvest(h);
    if (!id) {
        qWarning("%s", qPrintable(id.error().message));
        return {};
    }
    return id.value();
}

void TestTrace::masterDataEditKeepsHistory()
{
    Product tuber;
    tuber.code = QStringLiteral("QCT");
    tuber.nameZh = QStringLiteral("青菜头（鲜）");
    tuber.nameEn = QStringLiteral("Mustard tuber, fresh");
    QVERIFY(m_trace->saveProduct(tuber).ok());
    auto p = m_trace->product(QStringLiteral("code:QCT"));
    QVERIFY(p.ok() && p->has_value());
    QCOMPARE(p->value().nameZh, QStringLiteral("青菜头（鲜）"));
    auto history =
        m_ledger->database().prepare("SELECT count(*) FROM trace_master_history WHERE key = 'code:QCT';");
    QVERIFY(history.step());
    QCOMPARE(history.int64(0), 2);
    QCOMPARE(m_trace->products()->size(), 2);
    QCOMPARE(m_trace->product(QStringLiteral("06901234567892"))->value().nameEn,
             QStringLiteral("Fuling zhacai"));

    // Contact and coordinates come back with the lists (the master-data editors use them).
    Party coop;
    coop.key = QStringLiteral("jiangbei-coop");
    coop.nameZh = QStringLiteral("江北青菜头合作社");
    coop.role = QStringLiteral("cooperative");
    coop.contact = QJsonObject{{QStringLiteral("person"), QStringLiteral("王芳")},
                               {QStringLiteral("phone"), QStringLiteral("13800000000")}};
    QVERIFY(m_trace->saveParty(coop).ok());
    Location plotB;
    plotB.key = QStringLiteral("plot-b");
    plotB.nameZh = QStringLiteral("江北街道 4 号地块");
    plotB.type = QStringLiteral("plot");
    plotB.lat = 29.7042;
    plotB.lon = 107.3891;
    QVERIFY(m_trace->saveLocation(plotB).ok());
    bool sawCoop = false;
    for (const Party& party : m_trace->parties().value()) {
        if (party.key == coop.key) {
            QCOMPARE(party.contact, coop.contact);
            sawCoop = true;
        } else {
            QVERIFY(party.contact.isEmpty());
        }
    }
    QVERIFY(sawCoop);
    bool sawPlot = false;
    for (const Location& location : m_trace->locations().value()) {
        if (location.key == plotB.key) {
            QVERIFY(location.lat && location.lon);
            QCOMPARE(*location.lat, 29.7042);
            QCOMPARE(*location.lon, 107.3891);
            sawPlot = true;
        } else {
            QVERIFY(!location.lat && !location.lon);
        }
    }
    QVERIFY(sawPlot);
}

void TestTrace::masterDataValidation()
{
    Product bad;
    bad.gtin = QStringLiteral("6901234567893"); // wrong check digit
    bad.nameZh = QStringLiteral("x");
    auto r = m_trace->saveProduct(bad);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    Product noName;
    noName.code = QStringLiteral("X");
    QVERIFY(!m_trace->saveProduct(noName).ok());
    Product badUnit;
    badUnit.code = QStringLiteral("X");
    badUnit.nameEn = QStringLiteral("X");
    badUnit.unit = QStringLiteral("kilos");
    QVERIFY(!m_trace->saveProduct(badUnit).ok());
    Location badGln;
    badGln.key = QStringLiteral("w");
    badGln.nameEn = QStringLiteral("W");
    badGln.gln = QStringLiteral("1234567890123");
    QVERIFY(!m_trace->saveLocation(badGln).ok());
}

void TestTrace::harvestCreatesBatch()
{
    const QString id =
        harvest(QStringLiteral("code:QCT"), QStringLiteral("QCT-2026-001"), 1200, QStringLiteral("plot-a"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(id, QStringLiteral("urn:suyuan:lot:QCT:QCT-2026-001"));
    auto b = m_trace->batch(id);
    QVERIFY(b.ok() && b->has_value());
    QCOMPARE(b->value().produced, 1200.0);
    QCOMPARE(b->value().available(), 1200.0);
    QCOMPARE(b->value().unit, QStringLiteral("KGM"));
    QCOMPARE(b->value().lot, QStringLiteral("QCT-2026-001"));
    QCOMPARE(b->value().productKey, QStringLiteral("code:QCT"));
    QCOMPARE(b->value().status, QStringLiteral("active"));
    auto events = m_trace->events(id);
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().bizStep, QStringLiteral("commissioning"));
    QCOMPARE(events->first().timeZone, QStringLiteral("+08:00"));
    QCOMPARE(events->first().author, m_ledger->publicKey());
    // The same lot twice is refused.
    QVERIFY(harvest(QStringLiteral("code:QCT"), QStringLiteral("QCT-2026-001"), 5, QStringLiteral("plot-a"))
                .isEmpty());
    QVERIFY(runAudit(*m_ledger)->clean());
}

void TestTrace::diamondGenealogy()
{
    // Two farms' tubers merge into one pickled batch, which is split into three retail
    // lots; one of them is shipped to Singapore.
    const QString farmA =
        harvest(QStringLiteral("code:QCT"), QStringLiteral("A-01"), 1000, QStringLiteral("plot-a"));
    const QString farmB =
        harvest(QStringLiteral("code:QCT"), QStringLiteral("B-01"), 600, QStringLiteral("plot-a"));
    TraceService::Transform merge;
    merge.inputs = {{farmA, 1000, {}}, {farmB, 500, {}}};
    merge.outputs = {{QStringLiteral("06901234567892"), QStringLiteral("ZC-2026-01"), 1450, {}}};
    auto merged = m_trace->transform(merge);
    QVERIFY2(merged.ok(), qPrintable(merged.error().message));
    const QString pickled = merged->first();
    QCOMPARE(pickled, QStringLiteral("https://id.gs1.org/01/06901234567892/10/ZC-2026-01"));
    TraceService::Transform split;
    split.bizStep = QStringLiteral("packing");
    split.inputs = {{pickled, 1450, {}}};
    split.outputs = {{QStringLiteral("06901234567892"), QStringLiteral("ZC-01-R1"), 500, {}},
                     {QStringLiteral("06901234567892"), QStringLiteral("ZC-01-R2"), 500, {}},
                     {QStringLiteral("06901234567892"), QStringLiteral("ZC-01-R3"), 450, {}}};
    auto lots = m_trace->transform(split);
    QVERIFY2(lots.ok(), qPrintable(lots.error().message));
    QCOMPARE(lots->size(), 3);
    QVERIFY(m_trace
                ->ship(lots->at(2), QStringLiteral("sg-importer"), QString(),
                       {{QStringLiteral("po"), QStringLiteral("urn:suyuan:po:SG-7781")}})
                .ok());

    // Upstream of a retail lot: the pickled batch (depth 1), both farms (depth 2).
    auto up = m_trace->upstream(lots->at(0));
    QVERIFY(up.ok());
    QCOMPARE(up->size(), 3);
    QCOMPARE(up->at(0).parent, pickled);
    QCOMPARE(up->at(0).depth, 1);
    QSet<QString> farms;
    for (const GenealogyEdge& e : up.value()) {
        if (e.depth == 2) {
            farms.insert(e.parent);
            QCOMPARE(e.child, pickled);
        }
    }
    QCOMPARE(farms, (QSet<QString>{farmA, farmB}));
    // Downstream of farm B: the pickled batch and all three lots.
    auto down = m_trace->downstream(farmB);
    QCOMPARE(down->size(), 4);
    QCOMPARE(down->at(0).child, pickled);
    QCOMPARE(down->at(0).quantity, 500.0);
    // Quantities follow: farm B has 100 kg left, the pickled batch none.
    QCOMPARE(m_trace->batch(farmB)->value().available(), 100.0);
    QCOMPARE(m_trace->batch(pickled)->value().available(), 0.0);
    const BatchInfo shipped = m_trace->batch(lots->at(2))->value();
    QCOMPARE(shipped.status, QStringLiteral("in_transit"));
    QVERIFY(runAudit(*m_ledger)->clean());
}

void TestTrace::quantityErrors()
{
    const QString a =
        harvest(QStringLiteral("code:QCT"), QStringLiteral("A-02"), 100, QStringLiteral("plot-a"));
    const qint64 before = m_ledger->recordCount().value();
    TraceService::Transform t;
    t.inputs = {{a, 150, {}}};
    t.outputs = {{QStringLiteral("06901234567892"), QStringLiteral("ZC-X"), 100, {}}};
    auto r = m_trace->transform(t);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("100")), qPrintable(r.error().message));
    t.inputs = {{a, 100, {}}};
    t.outputs = {
        {QStringLiteral("06901234567892"), QStringLiteral("ZC-X"), 120, {}}}; // +20 %: beyond allowance
    QVERIFY(!m_trace->transform(t).ok());
    t.inputs = {{a, 100, QStringLiteral("TNE")}};
    QVERIFY(!m_trace->transform(t).ok()); // unit mismatch
    TraceService::Harvest h;
    h.batch = {QStringLiteral("code:QCT"), QStringLiteral("Z-0"), 0, {}};
    QVERIFY(!m_trace->harvest(h).ok());
    h.batch = {QStringLiteral("code:NOPE"), QStringLiteral("Z-1"), 10, {}};
    QVERIFY(!m_trace->harvest(h).ok());
    h.batch = {QStringLiteral("code:QCT"), QStringLiteral("批次一"), 10, {}}; // not GS1 AI 10 characters
    QVERIFY(!m_trace->harvest(h).ok());
    h.batch = {QStringLiteral("code:QCT"), QStringLiteral("Z-2"), 10, {}};
    h.ilmd =
        QJsonObject{{QStringLiteral("harvestDate"), QStringLiteral("2026-02-10")}}; // EPCIS needs a prefix
    auto bare = m_trace->harvest(h);
    QVERIFY(!bare.ok());
    QVERIFY2(bare.error().message.contains(QStringLiteral("ilmd.harvestDate")),
             qPrintable(bare.error().message));
    QCOMPARE(m_ledger->recordCount().value(), before); // nothing written
    // Within the allowance it is fine, and the batch is then used up.
    t.inputs = {{a, 100, {}}};
    t.outputs = {{QStringLiteral("06901234567892"), QStringLiteral("ZC-X"), 104, {}}};
    QVERIFY(m_trace->transform(t).ok());
    QVERIFY(!m_trace->transform(t).ok());
}

void TestTrace::resolveBatchIdentifiers()
{
    const QString local =
        harvest(QStringLiteral("code:QCT"), QStringLiteral("A-03"), 10, QStringLiteral("plot-a"));
    TraceService::Transform t;
    t.inputs = {{local, 10, {}}};
    t.outputs = {{QStringLiteral("06901234567892"), QStringLiteral("LOT/7"), 10, {}}};
    const QString dl = m_trace->transform(t)->first();
    QCOMPARE(m_trace->resolveBatch(QStringLiteral("A-03")).value(), local);
    QCOMPARE(m_trace->resolveBatch(QStringLiteral("LOT/7")).value(), dl);
    QCOMPARE(
        m_trace->resolveBatch(QStringLiteral("https://trace.example.cn/01/06901234567892/10/LOT%2F7?s=abc"))
            .value(),
        dl);
    QCOMPARE(m_trace->resolveBatch(QStringLiteral("urn:epc:class:lgtin:6901234.056789.LOT%2F7")).value(), dl);
    QCOMPARE(m_trace->resolveBatch(local).value(), local);
    QVERIFY(!m_trace->resolveBatch(QStringLiteral("NOPE")).ok());
}

void TestTrace::recallAndShipStatus()
{
    const QString a =
        harvest(QStringLiteral("code:QCT"), QStringLiteral("A-04"), 10, QStringLiteral("plot-a"));
    QVERIFY(m_trace->recall(a, QStringLiteral("pesticide residue above limit")).ok());
    QCOMPARE(m_trace->batch(a)->value().status, QStringLiteral("recalled"));
    QVERIFY(!m_trace->ship(a, QStringLiteral("sg-importer"), QString()).ok()); // a recalled batch stays home
    const QString b =
        harvest(QStringLiteral("code:QCT"), QStringLiteral("A-05"), 10, QStringLiteral("plot-a"));
    QVERIFY(m_trace->ship(b, QStringLiteral("sg-importer"), QString()).ok());
    QVERIFY(m_trace->receive(b, QStringLiteral("plot-a")).ok());
    const BatchInfo received = m_trace->batch(b)->value();
    QCOMPARE(received.status, QStringLiteral("active"));
    QCOMPARE(received.location, QStringLiteral("urn:suyuan:location:plot-a"));
    QCOMPARE(m_trace->events(b)->size(), 3);
}

void TestTrace::pagingIsKeyset()
{
    for (int i = 0; i < 25; ++i) {
        QVERIFY(
            !harvest(QStringLiteral("code:QCT"), QStringLiteral("P-%1").arg(i), 1, QStringLiteral("plot-a"))
                 .isEmpty());
    }
    QSet<QString> seen;
    QString after;
    qint64 afterMs = -1;
    for (;;) {
        auto page = m_trace->batches(10, after, afterMs);
        QVERIFY(page.ok());
        if (page->isEmpty()) {
            break;
        }
        for (const BatchInfo& b : page.value()) {
            QVERIFY(!seen.contains(b.batch));
            seen.insert(b.batch);
        }
        after = page->last().batch;
        afterMs = page->last().createdMs;
    }
    QCOMPARE(seen.size(), 25);
}

void TestTrace::batchFilters()
{
    const QString a =
        harvest(QStringLiteral("code:QCT"), QStringLiteral("F-ONE"), 10, QStringLiteral("plot-a"));
    const QString b = harvest(QStringLiteral("code:QCT"), QStringLiteral("F_TWO"), 10, QString());
    TraceService::Transform t;
    t.inputs = {{b, 10, {}}};
    t.outputs = {{QStringLiteral("06901234567892"), QStringLiteral("ZC-F"), 10, {}}};
    const QString c = m_trace->transform(t)->first();
    QVERIFY(m_trace->recall(a, QStringLiteral("test")).ok());
    QVERIFY(m_trace->ship(c, QStringLiteral("sg-importer"), QString()).ok());
    const auto lots = [this](const BatchFilter& f) {
        QStringList out;
        for (const BatchInfo& x : m_trace->batches(f).value()) {
            out << x.lot;
        }
        std::sort(out.begin(), out.end());
        return out;
    };
    BatchFilter f;
    f.productKey = QStringLiteral("code:QCT");
    QCOMPARE(lots(f), (QStringList{QStringLiteral("F-ONE"), QStringLiteral("F_TWO")}));
    f = {};
    f.status = QStringLiteral("recalled");
    QCOMPARE(lots(f), QStringList{QStringLiteral("F-ONE")});
    f = {};
    f.location = QStringLiteral("plot-a");
    QCOMPARE(lots(f), QStringList{QStringLiteral("F-ONE")});
    f = {};
    f.status = QStringLiteral("in_transit");
    QCOMPARE(lots(f), QStringList{QStringLiteral("ZC-F")});
    f = {};
    f.text = QStringLiteral("榨菜"); // the product's Chinese name
    QCOMPARE(lots(f), QStringList{QStringLiteral("ZC-F")});
    f = {};
    f.text = QStringLiteral("F_"); // '_' is literal, not a wildcard
    QCOMPARE(lots(f), QStringList{QStringLiteral("F_TWO")});
    f = {};
    f.createdFromMs = QDateTime::currentMSecsSinceEpoch() + 3600000;
    QCOMPARE(lots(f), QStringList());
    f = {};
    f.holder = QStringLiteral("urn:suyuan:node:") + m_ledger->nodeId();
    QCOMPARE(lots(f).size(), 3);

    // By the events that name them, read from the events (few) or checked batch by batch
    // (many): both ways give the same batches.
    for (const qint64 threshold : {qint64(20000), qint64(0)}) {
        m_trace->setEventFilterThreshold(threshold);
        f = {};
        f.eventType = QStringLiteral("TransformationEvent");
        QCOMPARE(lots(f), (QStringList{QStringLiteral("F_TWO"), QStringLiteral("ZC-F")}));
        f.eventSteps = QStringList{QStringLiteral("shipping")};
        QCOMPARE(lots(f), QStringList());
        f.eventType = QStringLiteral("ObjectEvent");
        QCOMPARE(lots(f), QStringList{QStringLiteral("ZC-F")});
        f.eventSteps = QStringList{QStringLiteral("holding"), QStringLiteral("shipping")};
        QCOMPARE(lots(f), (QStringList{QStringLiteral("F-ONE"), QStringLiteral("ZC-F")}));
        f.eventSteps = QStringList{QStringLiteral("commissioning")};
        QCOMPARE(lots(f), (QStringList{QStringLiteral("F-ONE"), QStringLiteral("F_TWO")}));
        f.productKey = QStringLiteral("code:QCT");
        f.status = QStringLiteral("recalled");
        QCOMPARE(lots(f), QStringList{QStringLiteral("F-ONE")});
    }
}

void TestTrace::errorDeclarationWithdraws()
{
    // A processing step recorded with the wrong quantity is declared in error (EPCIS
    // errorDeclaration: the same event plus the declaration) and recorded again.
    const QString a =
        harvest(QStringLiteral("code:QCT"), QStringLiteral("E-01"), 100, QStringLiteral("plot-a"));
    TraceService::Transform t;
    t.inputs = {{a, 80, {}}};
    t.outputs = {{QStringLiteral("06901234567892"), QStringLiteral("ZC-E"), 80, {}}};
    QVERIFY(m_trace->transform(t).ok());
    const QString out = m_trace->resolveBatch(QStringLiteral("ZC-E")).value();
    const EventInfo wrong = m_trace->events(out)->first();
    QJsonObject declaration;
    auto rec = m_ledger->database().prepare("SELECT id FROM records WHERE rid = ?;");
    rec.bind(1, wrong.rid);
    QVERIFY(rec.step());
    declaration = m_ledger->recordById(rec.blob(0)).value()->body();
    rec.reset();
    declaration.insert(
        QStringLiteral("errorDeclaration"),
        QJsonObject{{QStringLiteral("declarationTime"), QStringLiteral("2026-02-11T10:00:00.000+08:00")},
                    {QStringLiteral("reason"), QStringLiteral("incorrect_data")}});
    QVERIFY(m_ledger->append(QStringLiteral("epcis.event"), declaration).ok());
    // The original stays visible, marked withdrawn; its quantities and edges are taken back.
    const QList<EventInfo> events = m_trace->events(out).value();
    QCOMPARE(events.size(), 2); // the original and the declaration
    QVERIFY(events.first().withdrawn);
    QCOMPARE(events.last().role, QStringLiteral("correction"));
    QCOMPARE(m_trace->batch(out)->value().status, QStringLiteral("withdrawn"));
    QCOMPARE(m_trace->batch(a)->value().available(), 100.0);
    QCOMPARE(m_trace->batch(out)->value().produced, 0.0);
    QVERIFY(m_trace->upstream(out)->isEmpty());
    // A rebuild from the records gives the same result.
    TraceProjector fresh;
    QVERIFY(m_ledger->rebuildProjection(&fresh).ok());
    m_ledger->detachProjector(&fresh);
    QCOMPARE(m_trace->batch(a)->value().available(), 100.0);
    QVERIFY(m_trace->events(out)->first().withdrawn);
    QVERIFY(runAudit(*m_ledger)->clean());
}

void TestTrace::projectionCatchesUpAndRebuilds()
{
    const QString a =
        harvest(QStringLiteral("code:QCT"), QStringLiteral("C-01"), 50, QStringLiteral("plot-a"));
    // Records stored while no projector is attached (another tool, an older build)…
    m_trace.reset();
    ForeignAuthor other;
    QVERIFY(m_ledger->setAuthorStatus(other.publicKey(), AuthorStatus::Trusted).ok());
    QCOMPARE(m_ledger
                 ->ingest(other.next(QStringLiteral("master.party"),
                                     {{QStringLiteral("id"), QStringLiteral("late")},
                                      {QStringLiteral("name"), QStringLiteral("Late Party")}}))
                 .outcome,
             IngestResult::Outcome::Accepted);
    // …are projected when it is attached again.
    m_trace = std::move(TraceService::open(*m_ledger).value());
    bool found = false;
    for (const Party& p : m_trace->parties().value()) {
        found = found || p.key == QStringLiteral("late");
    }
    QVERIFY(found);
    // A rebuild from the records gives the same projection.
    TraceProjector fresh;
    QVERIFY(m_ledger->rebuildProjection(&fresh).ok());
    m_ledger->detachProjector(&fresh);
    QCOMPARE(m_trace->batch(a)->value().produced, 50.0);
    QCOMPARE(m_trace->parties()->size(), 2);
}

QTEST_GUILESS_MAIN(TestTrace)
#include "TestTrace.moc"
