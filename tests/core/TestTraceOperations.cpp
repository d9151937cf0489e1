#include "TestSupport.h"

#include "ledger/Audit.h"
#include "trace/Attachments.h"
#include "trace/EpcisValidator.h"
#include "trace/TraceService.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace suyuan;
using namespace suyuan::test;
using namespace suyuan::trace;

// Field work, inspection and lab tests, packing, destruction and sale, corrections.
class TestTraceOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fieldWorkOnThePlot();
    void inspectionAndLabTest();
    void packAndUnpack();
    void sellAndDestroy();
    void receiveNamesSenderAndDocuments();
    void correctionThenRecordAgain();
    void correctionOfAShipment();
    void rebuildGivesTheSameState();
    void privateFieldsStayApart();
    void labelScansAndClones();

private:
    QString harvest(const QString& lot, double kg, const QDateTime& when = {});
    QJsonObject bodyOf(const Record& record) { return record.body(); }
    static QDateTime at(int month, int day)
    {
        return QDateTime(QDate(2026, month, day), QTime(9, 0), QTimeZone(8 * 3600));
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<TraceService> m_trace;
};

void TestTraceOperations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ledger = createProfile(m_dir->path());
    auto trace = TraceService::open(*m_ledger);
    QVERIFY(trace.ok());
    m_trace = std::move(trace.value());
    Product orange;
    orange.gtin = QStringLiteral("6901234567892");
    orange.nameZh = QStringLiteral("奉节脐橙");
    orange.nameEn = QStringLiteral("Fengjie navel orange");
    QVERIFY(m_trace->saveProduct(orange).ok());
    Location plot;
    plot.key = QStringLiteral("plot-7");
    plot.nameZh = QStringLiteral("安坪镇 7 号地块");
    plot.type = QStringLiteral("plot");
    QVERIFY(m_trace->saveLocation(plot).ok());
    Location wh;
    wh.key = QStringLiteral("wh");
    wh.nameZh = QStringLiteral("两路寸滩冷库");
    wh.type = QStringLiteral("warehouse");
    QVERIFY(m_trace->saveLocation(wh).ok());
    Party lab;
    lab.key = QStringLiteral("cq-lab");
    lab.nameZh = QStringLiteral("重庆农产品检测中心");
    lab.role = QStringLiteral("laboratory");
    QVERIFY(m_trace->saveParty(lab).ok());
    Party coop;
    coop.key = QStringLiteral("fj-coop");
    coop.nameZh = QStringLiteral("奉节脐橙合作社");
    coop.role = QStringLiteral("cooperative");
    QVERIFY(m_trace->saveParty(coop).ok());
}

void TestTraceOperations::cleanup()
{
    m_trace.reset();
    m_ledger.reset();
    m_dir.reset();
}

QString TestTraceOperations::harvest(const QString& lot, double kg, const QDateTime& when)
{
    TraceService::Harvest h;
    h.batch = {QStringLiteral("06901234567892"), lot, kg, {}};
    h.locationKey = QStringLiteral("plot-7");
    h.eventTime = when.isValid() ? when : at(11, 20);
    auto id = m_trace->harvest(h);
    return id ? id.value() : QString();
}

void TestTraceOperations::fieldWorkOnThePlot()
{
    TraceService::Observation fert;
    fert.kind = TraceService::Observation::Kind::FieldWork;
    fert.locationKey = QStringLiteral("plot-7");
    fert.workType = QStringLiteral("fertilising");
    fert.input = QStringLiteral("有机肥（菜籽饼）");
    fert.dose = 300;
    fert.doseUnit = QStringLiteral("KGM");
    fert.eventTime = at(3, 10);
    auto rec = m_trace->observe(fert);
    QVERIFY2(rec.ok(), qPrintable(rec.error().message));
    const QJsonObject e = rec->body();
    QCOMPARE(e.value(QStringLiteral("bizStep")).toString(), kFieldWorkStep);
    QCOMPARE(e.value(QStringLiteral("action")).toString(), QStringLiteral("OBSERVE"));
    QCOMPARE(e.value(QStringLiteral("suyuan:workType")).toString(), QStringLiteral("fertilising"));
    QVERIFY(EpcisValidator().validateEvent(e, QStringLiteral("$")).ok());

    TraceService::Observation spray = fert;
    spray.workType = QStringLiteral("plant_protection");
    spray.input = QStringLiteral("阿维菌素 1.8% 乳油 PD20080001");
    spray.dose = 0.5;
    spray.doseUnit = QStringLiteral("LTR");
    spray.safetyIntervalDays = 14;
    spray.eventTime = at(9, 1);
    QVERIFY(m_trace->observe(spray).ok());

    // Refused: no dose for fertilising, an unknown kind of work, no place and no batch,
    // a dose in an unknown unit.
    TraceService::Observation bad = fert;
    bad.dose = 0;
    bad.doseUnit.clear();
    QVERIFY(!m_trace->observe(bad).ok());
    bad = fert;
    bad.workType = QStringLiteral("dancing");
    QVERIFY(m_trace->observe(bad).error().message.contains(QStringLiteral("dancing")));
    bad = fert;
    bad.locationKey.clear();
    QVERIFY(!m_trace->observe(bad).ok());
    bad = fert;
    bad.doseUnit = QStringLiteral("BUCKET");
    QVERIFY(m_trace->observe(bad).error().message.contains(QStringLiteral("BUCKET")));

    // The batch harvested on that plot shows the season's field work in its timeline,
    // before its harvest; field work of more than a year before does not.
    TraceService::Observation old = fert;
    old.eventTime = QDateTime(QDate(2024, 3, 1), QTime(9, 0), QTimeZone(8 * 3600));
    QVERIFY(m_trace->observe(old).ok());
    const QString id = harvest(QStringLiteral("FJ-2611"), 800);
    const QList<EventInfo> events = m_trace->events(id).value();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).role, QStringLiteral("origin"));
    QCOMPARE(events.at(0).bizStep, kFieldWorkStep);
    QCOMPARE(events.at(1).role, QStringLiteral("origin"));
    QCOMPARE(events.at(2).role, QStringLiteral("object"));
    QCOMPARE(events.at(2).bizStep, QStringLiteral("commissioning"));
    // A local time (as a date edit gives it) is written with its offset, a UTC one with Z's.
    TraceService::Observation local = fert;
    local.eventTime = QDateTime(QDate(2026, 4, 1), QTime(8, 0), Qt::LocalTime);
    auto localRec = m_trace->observe(local);
    QVERIFY2(localRec.ok(), qPrintable(localRec.error().message));
    QCOMPARE(QDateTime::fromString(localRec->body().value(QStringLiteral("eventTime")).toString(),
                                   Qt::ISODateWithMs),
             local.eventTime);
    local.eventTime = QDateTime(QDate(2026, 4, 1), QTime(8, 0), Qt::UTC);
    QVERIFY(m_trace->observe(local)->body().value(QStringLiteral("eventTimeZoneOffset")).toString() ==
            QStringLiteral("+00:00"));
    QVERIFY(runAudit(*m_ledger)->clean());
}

void TestTraceOperations::inspectionAndLabTest()
{
    const QString id = harvest(QStringLiteral("FJ-LAB"), 500);
    TraceService::Observation test;
    test.kind = TraceService::Observation::Kind::LabTest;
    test.batches = {QStringLiteral("FJ-LAB")};
    test.inspector = QStringLiteral("cq-lab");
    test.measurements = {{QStringLiteral("Dimensionless"),
                          12.8,
                          QStringLiteral("P1"),
                          {},
                          QStringLiteral("可溶性固形物"),
                          std::nullopt},
                         {QStringLiteral("MassConcentration"), 0.002, QStringLiteral("NA"),
                          QStringLiteral("https://pubchem.ncbi.nlm.nih.gov/compound/2730"),
                          QStringLiteral("毒死蜱残留"), 0.5}};
    test.passed = true;
    test.certifications = {QStringLiteral("urn:suyuan:cert:CQ-2026-0815")};
    test.eventTime = at(11, 22);
    auto rec = m_trace->observe(test);
    QVERIFY2(rec.ok(), qPrintable(rec.error().message));
    const QJsonObject e = rec->body();
    QCOMPARE(e.value(QStringLiteral("bizStep")).toString(), QStringLiteral("sampling"));
    QCOMPARE(e.value(QStringLiteral("disposition")).toString(), QStringLiteral("conformant"));
    const QJsonArray reports = e.value(QStringLiteral("sensorElementList"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("sensorReport"))
                                   .toArray();
    QCOMPARE(reports.size(), 2);
    QCOMPARE(reports.at(1).toObject().value(QStringLiteral("value")).toDouble(), 0.002);
    QCOMPARE(reports.at(1).toObject().value(QStringLiteral("suyuan:limit")).toDouble(), 0.5);
    QCOMPARE(e.value(QStringLiteral("certificationInfo")).toString(),
             QStringLiteral("urn:suyuan:cert:CQ-2026-0815"));
    QCOMPARE(e.value(QStringLiteral("sourceList"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("source"))
                 .toString(),
             QStringLiteral("urn:suyuan:party:cq-lab"));
    QVERIFY(EpcisValidator().validateEvent(e, QStringLiteral("$")).ok());
    // The batch is not consumed by being tested.
    QCOMPARE(m_trace->batch(id)->value().available(), 500.0);
    QCOMPARE(m_trace->events(id)->size(), 2);

    TraceService::Observation inspection;
    inspection.kind = TraceService::Observation::Kind::Inspection;
    inspection.batches = {id};
    inspection.passed = false;
    inspection.note = QStringLiteral("表皮损伤超过 5%");
    auto failed = m_trace->observe(inspection);
    QVERIFY(failed.ok());
    QCOMPARE(failed->body().value(QStringLiteral("disposition")).toString(),
             QStringLiteral("non_conformant"));
    QCOMPARE(failed->body().value(QStringLiteral("bizStep")).toString(), QStringLiteral("inspecting"));

    // A lab test without results, a measurement type EPCIS does not know, an unknown batch.
    TraceService::Observation bad = test;
    bad.measurements.clear();
    QVERIFY(!m_trace->observe(bad).ok());
    bad = test;
    bad.measurements.first().type = QStringLiteral("Sweetness");
    QVERIFY(m_trace->observe(bad).error().message.contains(QStringLiteral("Sweetness")));
    bad = test;
    bad.batches = {QStringLiteral("NO-SUCH-LOT")};
    QVERIFY(!m_trace->observe(bad).ok());
    // A lab report stored as an attachment is named by the event with its hash.
    const QByteArray report = "%PDF-1.4 lab report FJ-LAB " + QByteArray(2000, 'x');
    auto stored = m_trace->attachments().add(report, QStringLiteral("检测报告 FJ-LAB.pdf"));
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    TraceService::Observation withReport = test;
    withReport.attachments = {stored->sha256.toUpper()};
    auto reported = m_trace->observe(withReport);
    QVERIFY2(reported.ok(), qPrintable(reported.error().message));
    const QJsonObject ref =
        reported->body().value(QStringLiteral("suyuan:attachments")).toArray().first().toObject();
    QCOMPARE(ref.value(QStringLiteral("suyuan:sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(report, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(ref.value(QStringLiteral("suyuan:name")).toString(), QStringLiteral("检测报告 FJ-LAB.pdf"));
    QCOMPARE(ref.value(QStringLiteral("suyuan:size")).toInteger(), report.size());
    QVERIFY(EpcisValidator().validateEvent(reported->body(), QStringLiteral("$")).ok());
    QCOMPARE(m_trace->attachments().get(stored->sha256).value(), report);
    // An attachment the ledger does not hold cannot be referenced.
    bad = test;
    bad.attachments = {QString(64, QLatin1Char('a'))};
    QVERIFY(!m_trace->observe(bad).ok());
}

void TestTraceOperations::packAndUnpack()
{
    const QString a = harvest(QStringLiteral("FJ-P1"), 100);
    const QString b = harvest(QStringLiteral("FJ-P2"), 60);
    // SSCC 106141411234567897 has check digit 7.
    const QString sscc = QStringLiteral("106141411234567897");
    auto packed = m_trace->pack(sscc, {{a, 40, {}}, {b, 0, {}}}, QStringLiteral("wh"), at(11, 21));
    QVERIFY2(packed.ok(), qPrintable(packed.error().message));
    const QJsonObject e = packed->body();
    QCOMPARE(e.value(QStringLiteral("type")).toString(), QStringLiteral("AggregationEvent"));
    QCOMPARE(e.value(QStringLiteral("parentID")).toString(), QStringLiteral("https://id.gs1.org/00/") + sscc);
    QCOMPARE(e.value(QStringLiteral("childQuantityList"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("quantity"))
                 .toDouble(),
             60.0);
    QVERIFY(EpcisValidator().validateEvent(e, QStringLiteral("$")).ok());
    // The pallet's genealogy holds both batches, and each batch's downstream the pallet.
    QCOMPARE(m_trace->upstream(QStringLiteral("https://id.gs1.org/00/") + sscc)->size(), 2);
    QCOMPARE(m_trace->downstream(a)->first().child, QStringLiteral("https://id.gs1.org/00/") + sscc);
    // Packing does not consume: the batch is still there, in the case.
    QCOMPARE(m_trace->batch(a)->value().available(), 100.0);

    QVERIFY(m_trace->pack(QStringLiteral("106141411234567890"), {{a, 1, {}}}, {})
                .error()
                .message.contains(QStringLiteral("check digit")));
    QVERIFY(!m_trace->pack(QStringLiteral("CASE-1"), {{a, 101, {}}}, {}).ok());
    QVERIFY(!m_trace->pack(QStringLiteral("CASE 1"), {{a, 1, {}}}, {}).ok());
    QVERIFY(!m_trace->pack(QStringLiteral("CASE-1"), {}, {}).ok());
    auto local = m_trace->pack(QStringLiteral("CASE-1"), {{a, 10, {}}}, {});
    QVERIFY(local.ok());
    QCOMPARE(local->body().value(QStringLiteral("parentID")).toString(),
             QStringLiteral("urn:suyuan:case:CASE-1"));

    QVERIFY(!m_trace->unpack(QStringLiteral("CASE-2"), {}, {}).ok());
    auto unpacked = m_trace->unpack(sscc, {}, QStringLiteral("wh"), at(11, 25));
    QVERIFY2(unpacked.ok(), qPrintable(unpacked.error().message));
    QCOMPARE(unpacked->body().value(QStringLiteral("action")).toString(), QStringLiteral("DELETE"));
    QVERIFY(EpcisValidator().validateEvent(unpacked->body(), QStringLiteral("$")).ok());
    QVERIFY(runAudit(*m_ledger)->clean());
}

void TestTraceOperations::sellAndDestroy()
{
    const QString id = harvest(QStringLiteral("FJ-S"), 100);
    auto sold = m_trace->sell(id, 30, QStringLiteral("wh"), at(12, 1));
    QVERIFY2(sold.ok(), qPrintable(sold.error().message));
    QVERIFY(EpcisValidator().validateEvent(sold->body(), QStringLiteral("$")).ok());
    QCOMPARE(m_trace->batch(id)->value().available(), 70.0);
    QCOMPARE(m_trace->batch(id)->value().status, QStringLiteral("active"));
    QVERIFY(!m_trace->sell(id, 71, {}).ok());
    QVERIFY(!m_trace->destroy(id, 10, QString()).ok()); // a reason is needed
    auto destroyed = m_trace->destroy(id, 10, QStringLiteral("运输中挤压腐烂"), at(12, 2));
    QVERIFY(destroyed.ok());
    QCOMPARE(destroyed->body().value(QStringLiteral("action")).toString(), QStringLiteral("DELETE"));
    QCOMPARE(m_trace->batch(id)->value().available(), 60.0);
    QVERIFY(m_trace->sell(id, 0, {}, at(12, 3)).ok()); // the rest
    QCOMPARE(m_trace->batch(id)->value().status, QStringLiteral("sold"));
    QCOMPARE(m_trace->batch(id)->value().available(), 0.0);
    QVERIFY(!m_trace->sell(id, 1, {}).ok());

    const QString gone = harvest(QStringLiteral("FJ-D"), 50);
    QVERIFY(m_trace->destroy(gone, 0, QStringLiteral("冰雹受损"), at(12, 4)).ok());
    QCOMPARE(m_trace->batch(gone)->value().status, QStringLiteral("destroyed"));

    const QString recalled = harvest(QStringLiteral("FJ-R"), 50);
    QVERIFY(m_trace->recall(recalled, QStringLiteral("农残超标")).ok());
    QVERIFY(m_trace->sell(recalled, 1, {}).error().message.contains(QStringLiteral("recalled")));
    QVERIFY(m_trace->destroy(recalled, 0, QStringLiteral("召回销毁")).ok());
    QVERIFY(runAudit(*m_ledger)->clean());
}

void TestTraceOperations::receiveNamesSenderAndDocuments()
{
    const QString id = harvest(QStringLiteral("FJ-T"), 100);
    QVERIFY(m_trace->ship(id, QStringLiteral("fj-coop"), QStringLiteral("wh")).ok());
    auto rec = m_trace->receive(id, QStringLiteral("wh"), at(11, 23), QStringLiteral("fj-coop"),
                                {{QStringLiteral("recadv"), QStringLiteral("urn:suyuan:doc:RA-0091")}});
    QVERIFY2(rec.ok(), qPrintable(rec.error().message));
    const QJsonObject e = rec->body();
    QCOMPARE(e.value(QStringLiteral("sourceList"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("source"))
                 .toString(),
             QStringLiteral("urn:suyuan:party:fj-coop"));
    QCOMPARE(e.value(QStringLiteral("bizTransactionList"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("type"))
                 .toString(),
             QStringLiteral("recadv"));
    QVERIFY(EpcisValidator().validateEvent(e, QStringLiteral("$")).ok());
    QCOMPARE(m_trace->batch(id)->value().status, QStringLiteral("active"));
}

void TestTraceOperations::correctionThenRecordAgain()
{
    // A harvest weighed wrong: declared in error, then recorded again with the same lot.
    const QString id = harvest(QStringLiteral("FJ-C"), 1000);
    const QString eventId = m_trace->events(id)->first().eventId;
    QVERIFY(!m_trace->declareError(eventId, QStringLiteral("oops")).ok());
    QVERIFY(!m_trace
                 ->declareError(QStringLiteral("urn:uuid:00000000-0000-0000-0000-000000000000"),
                                QStringLiteral("incorrect_data"))
                 .ok());
    auto decl = m_trace->declareError(eventId, QStringLiteral("incorrect_data"), QStringLiteral("称重错误"));
    QVERIFY2(decl.ok(), qPrintable(decl.error().message));
    const QJsonObject d = decl->body();
    QCOMPARE(d.value(QStringLiteral("eventID")).toString(), eventId);
    QCOMPARE(
        d.value(QStringLiteral("errorDeclaration")).toObject().value(QStringLiteral("reason")).toString(),
        QStringLiteral("incorrect_data"));
    QVERIFY(EpcisValidator().validateEvent(d, QStringLiteral("$")).ok());
    QCOMPARE(m_trace->batch(id)->value().status, QStringLiteral("withdrawn"));
    QCOMPARE(m_trace->batch(id)->value().available(), 0.0);
    QVERIFY(m_trace->declareError(eventId, QStringLiteral("incorrect_data"))
                .error()
                .message.contains(QStringLiteral("already")));
    // The original stays visible (withdrawn) next to the declaration.
    QList<EventInfo> events = m_trace->events(id).value();
    QCOMPARE(events.size(), 2);
    QVERIFY(events.at(0).withdrawn);
    QCOMPARE(events.at(1).role, QStringLiteral("correction"));

    const QString again = harvest(QStringLiteral("FJ-C"), 100, at(11, 21));
    QCOMPARE(again, id);
    QCOMPARE(m_trace->batch(id)->value().status, QStringLiteral("active"));
    QCOMPARE(m_trace->batch(id)->value().available(), 100.0);
    events = m_trace->events(id).value();
    QCOMPARE(events.size(), 3);
    QVERIFY(!events.last().withdrawn);
    // Once recorded again the lot is taken.
    QVERIFY(harvest(QStringLiteral("FJ-C"), 5, at(11, 22)).isEmpty());
    QVERIFY(runAudit(*m_ledger)->clean());
}

void TestTraceOperations::correctionOfAShipment()
{
    const QString id = harvest(QStringLiteral("FJ-W"), 100);
    // How it travels goes into the event; a way of transport we do not know is refused.
    Transport byBoat;
    byBoat.mode = QStringLiteral("boat");
    QVERIFY(m_trace->ship(id, QStringLiteral("fj-coop"), QStringLiteral("wh"), {}, {}, {}, byBoat)
                .error()
                .message.contains(QStringLiteral("boat")));
    Transport truck;
    truck.mode = QStringLiteral("road");
    truck.carrier = QStringLiteral(" 渝运冷链 ");
    truck.coldChain = true;
    auto shipped = m_trace->ship(id, QStringLiteral("fj-coop"), QStringLiteral("wh"), {}, {}, {}, truck);
    QVERIFY(shipped.ok());
    QCOMPARE(shipped->body().value(QStringLiteral("suyuan:transport")).toObject(),
             (QJsonObject{{QStringLiteral("suyuan:mode"), QStringLiteral("road")},
                          {QStringLiteral("suyuan:carrier"), QStringLiteral("渝运冷链")},
                          {QStringLiteral("suyuan:coldChain"), true}}));
    QVERIFY(EpcisValidator().validateEvent(shipped->body(), QStringLiteral("$")).ok());
    QCOMPARE(m_trace->batch(id)->value().status, QStringLiteral("in_transit"));
    const QString shipId = shipped->body().value(QStringLiteral("eventID")).toString();
    QVERIFY(m_trace->declareError(shipId, QStringLiteral("did_not_occur")).ok());
    QCOMPARE(m_trace->batch(id)->value().status, QStringLiteral("active"));
    QCOMPARE(m_trace->batch(id)->value().available(), 100.0);
    // A sale declared wrong gives the quantity back.
    auto sold = m_trace->sell(id, 100, {});
    QCOMPARE(m_trace->batch(id)->value().status, QStringLiteral("sold"));
    QVERIFY(m_trace
                ->declareError(sold->body().value(QStringLiteral("eventID")).toString(),
                               QStringLiteral("incorrect_data"))
                .ok());
    QCOMPARE(m_trace->batch(id)->value().status, QStringLiteral("active"));
    QCOMPARE(m_trace->batch(id)->value().available(), 100.0);
}

void TestTraceOperations::rebuildGivesTheSameState()
{
    const QString a = harvest(QStringLiteral("FJ-X1"), 100);
    const QString b = harvest(QStringLiteral("FJ-X2"), 100);
    QVERIFY(m_trace->sell(a, 40, {}).ok());
    QVERIFY(m_trace->pack(QStringLiteral("PAL-9"), {{b, 50, {}}}, QStringLiteral("wh")).ok());
    const QString wrong = m_trace->events(b)->first().eventId;
    QVERIFY(m_trace->declareError(wrong, QStringLiteral("did_not_occur")).ok());
    QVERIFY(!harvest(QStringLiteral("FJ-X2"), 90, at(11, 22)).isEmpty());
    const auto snapshot = [this] {
        QStringList out;
        for (const BatchInfo& bi : m_trace->batches(1000).value()) {
            out << QStringLiteral("%1 %2 %3 %4").arg(bi.batch, bi.status).arg(bi.produced).arg(bi.consumed);
        }
        for (const QString& id : {QStringLiteral("FJ-X1"), QStringLiteral("FJ-X2")}) {
            for (const EventInfo& e : m_trace->events(m_trace->resolveBatch(id).value()).value()) {
                out << QStringLiteral("%1 %2 %3").arg(e.rid).arg(e.role).arg(e.withdrawn);
            }
        }
        return out;
    };
    const QStringList before = snapshot();
    TraceProjector fresh;
    QVERIFY(m_ledger->rebuildProjection(&fresh).ok());
    m_ledger->detachProjector(&fresh);
    QCOMPARE(snapshot(), before);
}

void TestTraceOperations::privateFieldsStayApart()
{
    const QString id = harvest(QStringLiteral("FJ-PRV"), 100);
    const QJsonObject price{
        {QStringLiteral("price"), 12345.678},
        {QStringLiteral("currency"), QStringLiteral("CNY")},
        {QStringLiteral("contract"), QStringLiteral("渝味优选 2026 年度采购合同 YW-C-0042")}};
    const qint64 before = m_ledger->recordCount().value();
    auto shipped = m_trace->ship(id, QStringLiteral("fj-coop"), QStringLiteral("wh"), {}, at(11, 23), price);
    QVERIFY2(shipped.ok(), qPrintable(shipped.error().message));
    QCOMPARE(m_ledger->recordCount().value(), before + 1); // the private part is not a record
    // The public event holds only the hash: no price, no contract.
    const QByteArray publicBytes = shipped->bytes;
    QVERIFY(!publicBytes.contains("YW-C-0042"));
    QVERIFY(!publicBytes.contains("12345.678"));
    const QString digest = shipped->body().value(QStringLiteral("suyuan:private")).toString();
    QCOMPARE(digest.size(), 64);
    QVERIFY(EpcisValidator().validateEvent(shipped->body(), QStringLiteral("$")).ok());
    const QString eventId = shipped->body().value(QStringLiteral("eventID")).toString();
    auto fields = m_trace->privateFields(eventId);
    QVERIFY2(fields.ok(), qPrintable(fields.error().message));
    QVERIFY(fields->has_value());
    QCOMPARE(fields->value(), price);
    // Salted: the same fields twice give two different hashes.
    auto sold = m_trace->sell(id, 10, {}, at(11, 24), price);
    QVERIFY(sold.ok());
    QVERIFY(sold->body().value(QStringLiteral("suyuan:private")).toString() != digest);
    // An event without a private part has none.
    QVERIFY(!m_trace->privateFields(m_trace->events(id)->first().eventId)->has_value());

    // The private parts never reach the records (synced, exported) …
    int records = 0;
    QVERIFY(m_ledger
                ->forEachRecord(m_ledger->publicKey(), 0,
                                [&](const Record& r) {
                                    ++records;
                                    return !r.bytes.contains("YW-C-0042") && !r.bytes.contains("12345.678");
                                })
                .ok());
    QCOMPARE(records, m_ledger->recordCount().value());
    // … and survive a rebuild of the projection.
    TraceProjector fresh;
    QVERIFY(m_ledger->rebuildProjection(&fresh).ok());
    m_ledger->detachProjector(&fresh);
    QCOMPARE(m_trace->privateFields(eventId)->value(), price);

    // A node that receives every record verifies them all and says the private part
    // stays with the node that recorded it.
    QTemporaryDir otherDir;
    auto other = createProfile(otherDir.path());
    QVERIFY(other->setAuthorStatus(m_ledger->publicKey(), AuthorStatus::Trusted).ok());
    auto otherTrace = TraceService::open(*other).value();
    QVERIFY(
        m_ledger
            ->forEachRecord(
                m_ledger->publicKey(), 0,
                [&](const Record& r) {
                    return other->ingest({r.bytes, r.signature}).outcome == IngestResult::Outcome::Accepted;
                })
            .ok());
    QCOMPARE(other->recordCount().value(), records);
    auto elsewhere = otherTrace->privateFields(eventId);
    QVERIFY(!elsewhere.ok());
    QVERIFY(elsewhere.error().message.contains(eventId));
    QCOMPARE(otherTrace->batch(id)->value().available(), 90.0);
    QVERIFY(runAudit(*m_ledger)->clean());
    QVERIFY(runAudit(*other)->clean());
}

QTEST_GUILESS_MAIN(TestTraceOperations)
// Item-level label scans: every scan is a signed record; a serial seen where the batch
// never was, or somewhere else without the batch arriving there, is a possible clone.
void TestTraceOperations::labelScansAndClones()
{
    Location shop;
    shop.key = QStringLiteral("shop");
    shop.nameZh = QStringLiteral("解放碑超市");
    shop.type = QStringLiteral("store");
    QVERIFY(m_trace->saveLocation(shop).ok());
    const QString id = harvest(QStringLiteral("FJ-S"), 100, at(11, 20));
    QVERIFY(m_trace->ship(id, QStringLiteral("fj-coop"), QStringLiteral("wh"), {}, at(11, 22)).ok());
    QVERIFY(m_trace->receive(id, QStringLiteral("wh"), at(11, 23)).ok());
    const auto scan = [&](const QString& serial, const char* where, const QDateTime& when,
                          const char* verdict = "genuine") {
        auto s = m_trace->recordLabelScan(
            id, serial, QString::fromLatin1(where), QString::fromLatin1(verdict),
            QStringLiteral("https://trace.example.cn/01/06901234567892/10/FJ-S/21/") + serial, when);
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QCOMPARE(s->location, QStringLiteral("urn:suyuan:location:") + QString::fromLatin1(where));
    };
    // 0001 follows the route: the farm, then the warehouse an hour after it was received.
    scan(QStringLiteral("0001"), "plot-7", at(11, 21));
    scan(QStringLiteral("0001"), "wh", at(11, 23).addSecs(3600));
    // A warehouse may scan a little before it records the receipt.
    scan(QStringLiteral("0002"), "plot-7", at(11, 21));
    scan(QStringLiteral("0002"), "wh", at(11, 22).addSecs(3 * 3600));
    auto clean = m_trace->cloneWarnings(id, QStringLiteral("0001"));
    QVERIFY(clean.ok());
    QVERIFY(clean->isEmpty());
    QVERIFY(m_trace->cloneWarnings(id, QStringLiteral("0002"))->isEmpty());
    // Then 0001 again at the farm it left, and at a shop the batch never reached; a forged
    // label with the same serial is not a sighting of the route.
    scan(QStringLiteral("0001"), "plot-7", at(11, 24));
    scan(QStringLiteral("0001"), "shop", at(11, 25), "forged");
    scan(QStringLiteral("0001"), "shop", at(11, 26));
    auto sightings = m_trace->labelSightings(id, QStringLiteral("0001"));
    QVERIFY(sightings.ok());
    QCOMPARE(sightings->size(), 5);
    QCOMPARE(sightings->first().author, m_ledger->publicKey());
    auto warnings = m_trace->cloneWarnings(id, QStringLiteral("0001"));
    QVERIFY(warnings.ok());
    QCOMPARE(warnings->size(), 2);
    QCOMPARE(warnings->at(0).kind, CloneWarning::Kind::UnexplainedMove);
    QCOMPARE(warnings->at(0).sighting.location, QStringLiteral("urn:suyuan:location:plot-7"));
    QCOMPARE(warnings->at(0).previous.location, QStringLiteral("urn:suyuan:location:wh"));
    QCOMPARE(warnings->at(1).kind, CloneWarning::Kind::OffRoute);
    QCOMPARE(warnings->at(1).sighting.scanMs, at(11, 26).toMSecsSinceEpoch());
    const QString text = m_trace->cloneWarningText(warnings->at(1));
    QVERIFY2(text.contains(QStringLiteral("0001")) && text.contains(QStringLiteral("解放碑超市")),
             qPrintable(text));
    QVERIFY(m_trace->cloneWarningText(warnings->at(0)).contains(QStringLiteral("两路寸滩冷库")));
    // Scans are records: a rebuild of the projection finds them again.
    TraceProjector fresh;
    QVERIFY(m_ledger->rebuildProjection(&fresh).ok());
    m_ledger->detachProjector(&fresh);
    QCOMPARE(m_trace->labelSightings(id, QStringLiteral("0001"))->size(), 5);
    QCOMPARE(m_trace->cloneWarnings(id, QStringLiteral("0001"))->size(), 2);
    // Refused, with nothing written: no serial, a place that is not a location, a bad result.
    auto count = m_ledger->recordCount();
    QVERIFY(
        !m_trace->recordLabelScan(id, QString(), QStringLiteral("wh"), QStringLiteral("genuine"), {}).ok());
    auto nowhere = m_trace->recordLabelScan(id, QStringLiteral("0003"), QStringLiteral("moon"),
                                            QStringLiteral("genuine"), {});
    QVERIFY(!nowhere.ok());
    QVERIFY2(nowhere.error().message.contains(QStringLiteral("moon")), qPrintable(nowhere.error().message));
    QVERIFY(
        !m_trace
             ->recordLabelScan(id, QStringLiteral("0003"), QStringLiteral("wh"), QStringLiteral("fine"), {})
             .ok());
    QVERIFY(!m_trace
                 ->recordLabelScan(QStringLiteral("urn:suyuan:lot:none:X"), QStringLiteral("0003"),
                                   QStringLiteral("wh"), QStringLiteral("genuine"), {})
                 .ok());
    QCOMPARE(m_ledger->recordCount().value(), count.value());
}

#include "TestTraceOperations.moc"
