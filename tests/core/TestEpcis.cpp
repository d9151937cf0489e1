#include "TestSupport.h"

#include "trace/Demo.h"
#include "trace/Epcis.h"
#include "trace/EpcisValidator.h"
#include "trace/TraceService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace suyuan;
using namespace suyuan::test;
using namespace suyuan::trace;

namespace {

const QString kData = QStringLiteral(SUYUAN_TEST_DATA "/epcis");
const QString kSchema = kData + QStringLiteral("/EPCIS-JSON-Schema.json");
const QString kValidator = QStringLiteral(SUYUAN_TOOLS "/validate_epcis.py");
const QString kPython = QStringLiteral("/usr/bin/python3");

QJsonObject loadJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(path));
        return {};
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString compact(const QJsonValue& v)
{
    if (v.isObject()) {
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
}

QJsonArray eventList(const QJsonObject& doc)
{
    return doc.value(QLatin1String("epcisBody")).toObject().value(QLatin1String("eventList")).toArray();
}

QJsonObject withEventList(QJsonObject doc, const QJsonArray& events)
{
    QJsonObject body = doc.value(QLatin1String("epcisBody")).toObject();
    body.insert(QStringLiteral("eventList"), events);
    doc.insert(QStringLiteral("epcisBody"), body);
    return doc;
}

QStringList eventTimes(const QJsonObject& doc)
{
    QStringList out;
    for (const QJsonValue& e : eventList(doc)) {
        out << e.toObject().value(QLatin1String("eventTime")).toString();
    }
    return out;
}

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 2, day), QTime(hour, 0), QTimeZone(8 * 3600));
}

QString iso(int day, int hour)
{
    return at(day, hour).toString(Qt::ISODateWithMs);
}

struct PythonResult
{
    int code = -1;
    QString out;
};

} // namespace

class TestEpcis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pythonValidatorAcceptsExamplesAndRefusesBrokenOnes();
    void examplesRoundTrip_data();
    void examplesRoundTrip();
    void allFiveEventTypesImport();
    void traceServiceEventsExportAndValidate();
    void exportSelections();
    void brokenDocumentsAreRefused_data();
    void brokenDocumentsAreRefused();
    void tooLargeEventStoresNothing();
    void filesReadAndWrite();
    void streamedExport();
    void streamedExportCancels();
    void uriAndDateTimeSyntax_data();
    void uriAndDateTimeSyntax();

private:
    PythonResult pythonValidateFile(const QString& path);
    PythonResult pythonValidate(const QJsonObject& doc);
    void addMasterData();
    void fillDemo(qint64 scale);
    qint64 recordCount() { return m_ledger->recordCount().value(); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<TraceService> m_trace;
    int m_files = 0;
};

void TestEpcis::initTestCase()
{
    QVERIFY2(QFile::exists(kPython), "/usr/bin/python3 is needed for the independent schema check");
    QProcess p;
    p.start(kPython, {QStringLiteral("-c"), QStringLiteral("import jsonschema")});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, "python3-jsonschema is missing: apt-get install -y python3-jsonschema");
}

void TestEpcis::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ledger = createProfile(m_dir->path() + QStringLiteral("/profile"));
    auto trace = TraceService::open(*m_ledger);
    QVERIFY(trace.ok());
    m_trace = std::move(trace.value());
}

void TestEpcis::cleanup()
{
    m_trace.reset();
    m_ledger.reset();
    m_dir.reset();
}

PythonResult TestEpcis::pythonValidateFile(const QString& path)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(kPython, {kValidator, kSchema, path});
    PythonResult r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit) {
        r.out = QStringLiteral("validator did not finish");
        return r;
    }
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAll()).trimmed();
    return r;
}

PythonResult TestEpcis::pythonValidate(const QJsonObject& doc)
{
    const QString path = m_dir->path() + QStringLiteral("/doc-%1.jsonld").arg(++m_files);
    if (auto st = writeEpcisFile(doc, path); !st) {
        return {-1, st.error().message};
    }
    return pythonValidateFile(path);
}

void TestEpcis::addMasterData()
{
    Product tuber;
    tuber.code = QStringLiteral("QCT");
    tuber.nameZh = QStringLiteral("青菜头");
    QVERIFY(m_trace->saveProduct(tuber).ok());
    Product zhacai;
    zhacai.gtin = QStringLiteral("6901234567892");
    zhacai.nameZh = QStringLiteral("涪陵榨菜");
    QVERIFY(m_trace->saveProduct(zhacai).ok());
    Location plot;
    plot.key = QStringLiteral("plot-a");
    plot.nameZh = QStringLiteral("江北街道 3 号地块");
    plot.type = QStringLiteral("plot");
    QVERIFY(m_trace->saveLocation(plot).ok());
    Location warehouse;
    warehouse.key = QStringLiteral("sg-warehouse");
    warehouse.nameEn = QStringLiteral("Jurong cold store");
    warehouse.type = QStringLiteral("warehouse");
    QVERIFY(m_trace->saveLocation(warehouse).ok());
    Party importer;
    importer.key = QStringLiteral("sg-importer");
    importer.nameEn = QStringLiteral("Lion City Fresh Pte Ltd");
    importer.role = QStringLiteral("importer");
    QVERIFY(m_trace->saveParty(importer).ok());
}

void TestEpcis::pythonValidatorAcceptsExamplesAndRefusesBrokenOnes()
{
    const QStringList examples = QDir(kData).entryList({QStringLiteral("*.jsonld")}, QDir::Files, QDir::Name);
    QCOMPARE(examples.size(), 5);
    for (const QString& name : examples) {
        const PythonResult r = pythonValidateFile(kData + QLatin1Char('/') + name);
        QVERIFY2(r.code == 0, qPrintable(name + QStringLiteral(": ") + r.out));
    }
    // The tool must fail, and name the member: a quantity as a string, a missing eventTime,
    // an extension member without a prefix (this needs its "uri" format check).
    const QJsonObject example = loadJson(kData + QStringLiteral("/Example_9.6.2-ObjectEvent.jsonld"));
    QJsonObject event = eventList(example).at(0).toObject();
    QJsonArray quantities = event.value(QLatin1String("quantityList")).toArray();
    QJsonObject q = quantities.at(0).toObject();
    q.insert(QStringLiteral("quantity"), QStringLiteral("200"));
    quantities[0] = q;
    event.insert(QStringLiteral("quantityList"), quantities);
    PythonResult r = pythonValidate(withEventList(example, {event}));
    QCOMPARE(r.code, 1);
    QVERIFY2(
        r.out.startsWith(QLatin1String("$.epcisBody.eventList[0].quantityList[0].quantity: '200' is not of "
                                       "type 'number'")),
        qPrintable(r.out));

    event = eventList(example).at(0).toObject();
    event.remove(QStringLiteral("eventTime"));
    r = pythonValidate(withEventList(example, {event}));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.startsWith(QLatin1String("$.epcisBody.eventList[0]: 'eventTime' is a required property")),
             qPrintable(r.out));

    event = eventList(example).at(0).toObject();
    event.insert(QStringLiteral("myField"), 1);
    r = pythonValidate(withEventList(example, {event}));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.startsWith(QLatin1String("$.epcisBody.eventList[0]: 'myField' is not one of")),
             qPrintable(r.out));
}

void TestEpcis::examplesRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("counts"); // type:n,…
    QTest::addColumn<int>("contexts");   // events that get the document's "example" prefix
    QTest::newRow("9.6.1") << QStringLiteral("Example_9.6.1-ObjectEvent.jsonld")
                           << QStringLiteral("ObjectEvent:2") << 1;
    QTest::newRow("9.6.2") << QStringLiteral("Example_9.6.2-ObjectEvent.jsonld")
                           << QStringLiteral("ObjectEvent:1") << 1;
    QTest::newRow("9.6.3") << QStringLiteral("Example_9.6.3-AggregationEvent.jsonld")
                           << QStringLiteral("AggregationEvent:1") << 1;
    QTest::newRow("9.6.4") << QStringLiteral("Example_9.6.4-TransformationEvent.jsonld")
                           << QStringLiteral("TransformationEvent:1") << 1;
    QTest::newRow("persistent disposition")
        << QStringLiteral("PersistentDisposition-example.jsonld") << QStringLiteral("ObjectEvent:2") << 0;
}

void TestEpcis::examplesRoundTrip()
{
    QFETCH(QString, file);
    QFETCH(QString, counts);
    QFETCH(int, contexts);
    const QJsonObject original = loadJson(kData + QLatin1Char('/') + file);
    const QJsonArray originalEvents = eventList(original);
    QVERIFY(!originalEvents.isEmpty());
    QVERIFY(EpcisValidator().validateDocument(original).ok());

    const qint64 before = recordCount();
    auto summary = importEpcisFile(*m_trace, kData + QLatin1Char('/') + file);
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    QMap<QString, int> expected;
    for (const QString& part : counts.split(QLatin1Char(','))) {
        expected.insert(part.section(QLatin1Char(':'), 0, 0), part.section(QLatin1Char(':'), 1).toInt());
    }
    QCOMPARE(summary->byType, expected);
    QCOMPARE(summary->imported, originalEvents.size());
    QCOMPARE(summary->recordIds.size(), originalEvents.size());
    QCOMPARE(summary->eventIdsAdded, 0);
    QCOMPARE(summary->contextsAdded, contexts);
    QCOMPARE(recordCount(), before + originalEvents.size());

    // Each record holds the event exactly as given, plus the document's @context
    // definitions it uses.
    const QJsonObject example{{QStringLiteral("example"), QStringLiteral("http://ns.example.com/epcis/")}};
    for (qsizetype i = 0; i < originalEvents.size(); ++i) {
        auto record = m_ledger->recordById(summary->recordIds.at(i));
        QVERIFY(record.ok() && record->has_value());
        QCOMPARE(record->value().kind, QStringLiteral("epcis.event"));
        QCOMPARE(record->value().author, m_ledger->publicKey());
        QJsonObject body = record->value().body();
        const bool usesExample = compact(originalEvents.at(i)).contains(QLatin1String("\"example:"));
        QCOMPARE(body.contains(QLatin1String("@context")), usesExample);
        if (usesExample) {
            QCOMPARE(body.take(QStringLiteral("@context")), QJsonValue(example));
        }
        QVERIFY2(body == originalEvents.at(i).toObject(), qPrintable(compact(body)));
    }

    // Export: the same events in the same (event-time) order, the same @context.
    auto exported = exportEpcisDocument(*m_trace, EpcisSelection::all());
    QVERIFY2(exported.ok(), qPrintable(exported.error().message));
    // The document's "example" prefix comes back when an event uses it.
    QCOMPARE(exported->value(QLatin1String("@context")),
             contexts > 0 ? original.value(QLatin1String("@context"))
                          : QJsonValue(QJsonArray{QString::fromLatin1(kEpcisContextUrl)}));
    QCOMPARE(exported->value(QLatin1String("type")).toString(), QStringLiteral("EPCISDocument"));
    QCOMPARE(exported->value(QLatin1String("schemaVersion")).toString(), QStringLiteral("2.0"));
    QVERIFY(EpcisValidator::isDateTime(exported->value(QLatin1String("creationDate")).toString()));
    const QJsonArray exportedEvents = eventList(exported.value());
    QCOMPARE(exportedEvents.size(), originalEvents.size());
    for (qsizetype i = 0; i < originalEvents.size(); ++i) {
        QJsonObject e = exportedEvents.at(i).toObject();
        e.remove(QStringLiteral("@context"));
        QVERIFY2(e == originalEvents.at(i).toObject(),
                 qPrintable(compact(e) + QStringLiteral("\n!=\n") + compact(originalEvents.at(i))));
    }
    QVERIFY2(EpcisValidator().validateDocument(exported.value()).ok(),
             qPrintable(EpcisValidator().validateDocument(exported.value()).error().message));
    const PythonResult r = pythonValidate(exported.value());
    QVERIFY2(r.code == 0, qPrintable(r.out));

    // Importing the same file again stores nothing new.
    auto again = importEpcisFile(*m_trace, kData + QLatin1Char('/') + file);
    QVERIFY(again.ok());
    QCOMPARE(again->imported, 0);
    QCOMPARE(again->duplicates, originalEvents.size());
    QCOMPARE(recordCount(), before + originalEvents.size());
    // And the export imports into another ledger as the same events.
    QTemporaryDir otherDir;
    auto other = createProfile(otherDir.path());
    auto otherTrace = TraceService::open(*other);
    QVERIFY(otherTrace.ok());
    auto reimported = importEpcisDocument(*otherTrace.value(), exported.value());
    QVERIFY2(reimported.ok(), qPrintable(reimported.error().message));
    QCOMPARE(reimported->imported, originalEvents.size());
    QCOMPARE(reimported->contextsAdded, 0); // the exported events carry their @context already
    auto reexported = exportEpcisDocument(*otherTrace.value(), EpcisSelection::all());
    QVERIFY(reexported.ok());
    QCOMPARE(eventList(reexported.value()), exportedEvents);
}

void TestEpcis::allFiveEventTypesImport()
{
    // The official examples have no AssociationEvent or TransactionEvent; these follow the
    // standard's examples. The TransactionEvent has no eventID, the AssociationEvent carries
    // sensor data and an event-level @context of its own.
    const QJsonObject doc = QJsonDocument::fromJson(R"({
      "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                   {"example": "http://ns.example.com/epcis/", "ext": "https://ext.example.org/"}],
      "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-02-10T08:00:00+08:00",
      "epcisBody": {"eventList": [
        {"type": "TransactionEvent", "eventTime": "2026-02-10T09:00:00+08:00", "eventTimeZoneOffset": "+08:00",
         "action": "ADD", "bizStep": "shipping", "disposition": "in_transit",
         "bizTransactionList": [{"type": "po", "bizTransaction": "urn:epcglobal:cbv:bt:0614141000005:PO-4711"}],
         "quantityList": [{"epcClass": "https://id.gs1.org/01/06901234567892/10/ZC-01", "quantity": 12.5, "uom": "KGM"}],
         "example:note": "no eventID", "ext:priority": 1},
        {"type": "AssociationEvent", "eventID": "urn:uuid:2f0c9a4e-3f1a-4c38-9d6a-0d5f1f7f6a01",
         "@context": {"ext": "https://own.example.org/"},
         "eventTime": "2026-02-10T10:00:00.5+08:00", "eventTimeZoneOffset": "+08:00",
         "parentID": "urn:epc:id:grai:4012345.55555.987", "childEPCs": ["urn:epc:id:giai:4000001.12345"],
         "action": "ADD", "bizStep": "assembling", "readPoint": {"id": "urn:epc:id:sgln:4012345.00001.0"},
         "sensorElementList": [{"sensorMetadata": {"time": "2026-02-10T10:00:00Z", "deviceID": "urn:epc:id:giai:4000001.111"},
                                "sensorReport": [{"type": "Temperature", "value": 4.5, "uom": "CEL"},
                                                 {"type": "example:Ripeness", "stringValue": "firm", "ext:grade": "A"}]}]},
        {"type": "ObjectEvent", "eventID": "urn:uuid:2f0c9a4e-3f1a-4c38-9d6a-0d5f1f7f6a02",
         "eventTime": "2026-02-10T11:00:00+08:00", "eventTimeZoneOffset": "+08:00", "action": "OBSERVE",
         "epcList": ["urn:epc:id:sgtin:0614141.107346.2017"], "bizStep": "inspecting",
         "certificationInfo": ["https://cert.example.org/organic/CN-123"],
         "errorDeclaration": {"declarationTime": "2026-02-11T09:00:00+08:00", "reason": "incorrect_data",
                              "correctiveEventIDs": ["urn:uuid:2f0c9a4e-3f1a-4c38-9d6a-0d5f1f7f6a03"]}},
        {"type": "AggregationEvent", "eventTime": "2026-02-10T12:00:00+08:00", "eventTimeZoneOffset": "+08:00",
         "eventID": "urn:uuid:2f0c9a4e-3f1a-4c38-9d6a-0d5f1f7f6a04",
         "parentID": "urn:epc:id:sscc:0614141.1234567890", "action": "DELETE"},
        {"type": "TransformationEvent", "eventTime": "2026-02-10T13:00:00+08:00", "eventTimeZoneOffset": "+08:00",
         "eventID": "urn:uuid:2f0c9a4e-3f1a-4c38-9d6a-0d5f1f7f6a05", "transformationID": "urn:uuid:6a1f-run-7",
         "inputQuantityList": [{"epcClass": "urn:suyuan:lot:QCT:A-01", "quantity": 100, "uom": "KGM"}]}
      ]}})")
                                .object();
    QVERIFY(!doc.isEmpty());
    const PythonResult schema = pythonValidate(doc);
    QVERIFY2(schema.code == 0, qPrintable(schema.out)); // the test document itself is valid EPCIS
    QVERIFY2(EpcisValidator().validateDocument(doc).ok(),
             qPrintable(EpcisValidator().validateDocument(doc).error().message));

    // Cancelled while the events are checked: nothing is stored.
    const qint64 before = m_ledger->recordCount().value();
    auto cancelled = importEpcisDocument(*m_trace, doc, [](qint64, qint64) { return false; });
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    QCOMPARE(m_ledger->recordCount().value(), before);

    QList<QPair<qint64, qint64>> reported;
    auto summary = importEpcisDocument(*m_trace, doc, [&reported](qint64 done, qint64 total) {
        reported.append({done, total});
        return true;
    });
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    QCOMPARE(summary->imported, 5);
    QVERIFY(!reported.isEmpty());
    QCOMPARE(reported.first(), (QPair<qint64, qint64>(0, 5)));
    QCOMPARE(reported.last(), (QPair<qint64, qint64>(5, 5)));
    const QMap<QString, int> expected{{QStringLiteral("AggregationEvent"), 1},
                                      {QStringLiteral("AssociationEvent"), 1},
                                      {QStringLiteral("ObjectEvent"), 1},
                                      {QStringLiteral("TransactionEvent"), 1},
                                      {QStringLiteral("TransformationEvent"), 1}};
    QCOMPARE(summary->byType, expected);
    QCOMPARE(summary->eventIdsAdded, 1);
    QCOMPARE(summary->contextsAdded, 2); // the TransactionEvent and the AssociationEvent

    const QJsonArray given = eventList(doc);
    auto first = m_ledger->recordById(summary->recordIds.at(0));
    QJsonObject transaction = first->value().body();
    const QString eventId = transaction.take(QStringLiteral("eventID")).toString();
    QVERIFY2(
        QRegularExpression(QStringLiteral("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-"
                                          "[0-9a-f]{12}$"))
            .match(eventId)
            .hasMatch(),
        qPrintable(eventId));
    QCOMPARE(
        transaction.take(QStringLiteral("@context")),
        QJsonValue(QJsonObject{{QStringLiteral("example"), QStringLiteral("http://ns.example.com/epcis/")},
                               {QStringLiteral("ext"), QStringLiteral("https://ext.example.org/")}}));
    QCOMPARE(transaction, given.at(0).toObject());
    // The AssociationEvent's own "ext" wins: the document's definitions it lacks come first.
    QJsonObject association = m_ledger->recordById(summary->recordIds.at(1))->value().body();
    const QJsonArray expectedContext{
        QJsonObject{{QStringLiteral("example"), QStringLiteral("http://ns.example.com/epcis/")}},
        QJsonObject{{QStringLiteral("ext"), QStringLiteral("https://own.example.org/")}}};
    QCOMPARE(association.take(QStringLiteral("@context")), QJsonValue(expectedContext));
    QJsonObject givenAssociation = given.at(1).toObject();
    givenAssociation.remove(QStringLiteral("@context"));
    QCOMPARE(association, givenAssociation);

    // The generated eventID is a name-based UUID: the same document imports as duplicates.
    auto again = importEpcisDocument(*m_trace, doc);
    QVERIFY(again.ok());
    QCOMPARE(again->imported, 0);
    QCOMPARE(again->duplicates, 5);

    auto exported = exportEpcisDocument(*m_trace, EpcisSelection::all());
    QVERIFY(exported.ok());
    QCOMPARE(eventList(exported.value()).size(), 5);
    // "ext" is bound two ways (the TransactionEvent took the document's, the AssociationEvent
    // has its own), so only each event's own @context says which.
    const QJsonArray context{
        QString::fromLatin1(kEpcisContextUrl),
        QJsonObject{{QStringLiteral("example"), QStringLiteral("http://ns.example.com/epcis/")}}};
    QCOMPARE(exported->value(QLatin1String("@context")).toArray(), context);
    const PythonResult r = pythonValidate(exported.value());
    QVERIFY2(r.code == 0, qPrintable(r.out));
}

void TestEpcis::traceServiceEventsExportAndValidate()
{
    addMasterData();
    TraceService::Harvest h;
    h.batch = {QStringLiteral("code:QCT"), QStringLiteral("A-01"), 1000, {}};
    h.locationKey = QStringLiteral("plot-a");
    h.eventTime = at(10, 8);
    h.ilmd = QJsonObject{{QStringLiteral("cbvmda:harvestStartDate"), QStringLiteral("2026-02-10")}};
    const QString farmA = m_trace->harvest(h).value();
    h.batch = {QStringLiteral("code:QCT"), QStringLiteral("B-01"), 600, {}};
    h.eventTime = at(10, 9);
    const QString farmB = m_trace->harvest(h).value();
    TraceService::Transform merge;
    merge.inputs = {{farmA, 1000, {}}, {farmB, 500, {}}};
    merge.outputs = {{QStringLiteral("06901234567892"), QStringLiteral("ZC-2026-01"), 1450, {}}};
    merge.eventTime = at(11, 8);
    auto merged = m_trace->transform(merge);
    QVERIFY2(merged.ok(), qPrintable(merged.error().message));
    const QString pickled = merged->first();
    auto shipped =
        m_trace->ship(pickled, QStringLiteral("sg-importer"), QStringLiteral("sg-warehouse"),
                      {{QStringLiteral("po"), QStringLiteral("urn:suyuan:po:SG-7781")}}, at(12, 8));
    QVERIFY2(shipped.ok(), qPrintable(shipped.error().message));
    auto received = m_trace->receive(pickled, QStringLiteral("sg-warehouse"), at(20, 8));
    QVERIFY(received.ok());
    auto recalled = m_trace->recall(pickled, QStringLiteral("pesticide residue above limit"), at(21, 8));
    QVERIFY(recalled.ok());

    auto doc = exportEpcisDocument(*m_trace, EpcisSelection::all());
    QVERIFY2(doc.ok(), qPrintable(doc.error().message));
    QCOMPARE(eventTimes(doc.value()),
             (QStringList{iso(10, 8), iso(10, 9), iso(11, 8), iso(12, 8), iso(20, 8), iso(21, 8)}));
    const QJsonArray events = eventList(doc.value());
    // Exactly as stored.
    QCOMPARE(events.at(3).toObject(), shipped->body());
    QCOMPARE(events.at(4).toObject(), received->body());
    QCOMPARE(events.at(5).toObject(), recalled->body());
    QCOMPARE(events.at(5).toObject().value(QLatin1String("suyuan:recallReason")).toString(),
             QStringLiteral("pesticide residue above limit"));
    // The recall's suyuan:recallReason brings our namespace into the document's @context.
    const QJsonArray context{
        QString::fromLatin1(kEpcisContextUrl),
        QJsonObject{{QString::fromLatin1(kSuyuanPrefix), QString::fromLatin1(kSuyuanNamespace)}}};
    QCOMPARE(doc->value(QLatin1String("@context")).toArray(), context);

    // The whole document validates, with either validator.
    const PythonResult full = pythonValidate(doc.value());
    QVERIFY2(full.code == 0, qPrintable(full.out));
    const Status ours = EpcisValidator().validateDocument(doc.value());
    QVERIFY2(ours.ok(), qPrintable(ours.error().message));
    // The shipment names its destination the EPCIS 2.0 way.
    const QJsonObject destination =
        events.at(3).toObject().value(QLatin1String("destinationList")).toArray().first().toObject();
    QCOMPARE(destination.value(QLatin1String("type")).toString(), QStringLiteral("owning_party"));
    QCOMPARE(destination.value(QLatin1String("destination")).toString(),
             QStringLiteral("urn:suyuan:party:sg-importer"));
}

void TestEpcis::exportSelections()
{
    addMasterData();
    TraceService::Harvest h;
    h.batch = {QStringLiteral("code:QCT"), QStringLiteral("A-01"), 1000, {}};
    h.locationKey = QStringLiteral("plot-a");
    h.eventTime = at(10, 8);
    const QString farmA = m_trace->harvest(h).value();
    h.batch = {QStringLiteral("code:QCT"), QStringLiteral("B-01"), 600, {}};
    h.eventTime = at(10, 9);
    const QString farmB = m_trace->harvest(h).value();
    h.batch = {QStringLiteral("code:QCT"), QStringLiteral("C-01"), 300, {}}; // unrelated
    h.eventTime = at(10, 10);
    const QString farmC = m_trace->harvest(h).value();
    QVERIFY(!farmC.isEmpty());
    TraceService::Transform merge;
    merge.inputs = {{farmA, 1000, {}}, {farmB, 500, {}}};
    merge.outputs = {{QStringLiteral("06901234567892"), QStringLiteral("ZC-2026-01"), 1450, {}}};
    merge.eventTime = at(11, 8);
    const QString pickled = m_trace->transform(merge)->first();
    TraceService::Transform split;
    split.bizStep = QStringLiteral("packing");
    split.inputs = {{pickled, 1450, {}}};
    split.outputs = {{QStringLiteral("06901234567892"), QStringLiteral("R1"), 700, {}},
                     {QStringLiteral("06901234567892"), QStringLiteral("R2"), 750, {}}};
    split.eventTime = at(12, 8);
    const QStringList retail = m_trace->transform(split).value();
    QVERIFY(m_trace->receive(retail.at(0), QStringLiteral("sg-warehouse"), at(13, 8)).ok());
    QVERIFY(m_trace->recall(farmC, QStringLiteral("flooded field"), at(14, 8)).ok());

    // [from, to): the event at `from` is in, the one at `to` is out.
    auto range = exportEpcisDocument(*m_trace, EpcisSelection::timeRange(at(10, 9), at(12, 8)));
    QVERIFY(range.ok());
    QCOMPARE(eventTimes(range.value()), (QStringList{iso(10, 9), iso(10, 10), iso(11, 8)}));
    auto open = exportEpcisDocument(*m_trace, EpcisSelection::timeRange(at(12, 8), QDateTime()));
    QCOMPARE(eventTimes(open.value()), (QStringList{iso(12, 8), iso(13, 8), iso(14, 8)}));
    // An instant in another offset selects the same events.
    auto utc = exportEpcisDocument(
        *m_trace, EpcisSelection::timeRange(at(10, 9).toUTC(),
                                            QDateTime(QDate(2026, 2, 11), QTime(1, 0), QTimeZone::utc())));
    QCOMPARE(eventTimes(utc.value()), (QStringList{iso(10, 9), iso(10, 10), iso(11, 8)}));

    // Genealogy of farm B: downstream the pickled batch and both retail lots; not farm A
    // (a sibling input), nor farm C.
    auto fromB = exportEpcisDocument(*m_trace, EpcisSelection::genealogy(farmB));
    QVERIFY2(fromB.ok(), qPrintable(fromB.error().message));
    QCOMPARE(eventTimes(fromB.value()), (QStringList{iso(10, 9), iso(11, 8), iso(12, 8), iso(13, 8)}));
    // Genealogy of retail lot R2: upstream the pickled batch and both farms. The split event
    // also touches R1, but R1's receipt is not in R2's genealogy.
    auto fromR2 = exportEpcisDocument(*m_trace, EpcisSelection::genealogy(retail.at(1)));
    QVERIFY(fromR2.ok());
    QCOMPARE(eventTimes(fromR2.value()), (QStringList{iso(10, 8), iso(10, 9), iso(11, 8), iso(12, 8)}));
    // By lot code, as an operator types it.
    auto fromC = exportEpcisDocument(*m_trace, EpcisSelection::genealogy(QStringLiteral("C-01")));
    QVERIFY(fromC.ok());
    QCOMPARE(eventTimes(fromC.value()), (QStringList{iso(10, 10), iso(14, 8)}));
    QVERIFY(!exportEpcisDocument(*m_trace, EpcisSelection::genealogy(QStringLiteral("NOPE"))).ok());

    // An error declaration names no batch, only the eventID of the event it corrects; it
    // belongs to that event's genealogy.
    QJsonObject harvestB = eventList(fromB.value()).at(0).toObject();
    harvestB.insert(QStringLiteral("errorDeclaration"),
                    QJsonObject{{QStringLiteral("declarationTime"), iso(15, 8)},
                                {QStringLiteral("reason"), QStringLiteral("incorrect_data")}});
    QJsonObject declaration = fromB.value();
    declaration = withEventList(declaration, {harvestB});
    auto declared = importEpcisDocument(*m_trace, declaration);
    QVERIFY2(declared.ok(), qPrintable(declared.error().message));
    QCOMPARE(declared->imported, 1);
    auto afterDeclaration = exportEpcisDocument(*m_trace, EpcisSelection::genealogy(farmB));
    const QJsonArray list = eventList(afterDeclaration.value());
    QCOMPARE(list.size(), 5);
    QCOMPARE(list.at(1).toObject(), harvestB); // same event time as the event it corrects, stored after it
    QCOMPARE(eventList(exportEpcisDocument(*m_trace, EpcisSelection::genealogy(farmC)).value()).size(), 2);
    QCOMPARE(eventList(exportEpcisDocument(*m_trace, EpcisSelection::all()).value()).size(), 8);
}

void TestEpcis::brokenDocumentsAreRefused_data()
{
    QTest::addColumn<QString>("pointer"); // where to change the base document ("" = the document)
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value"); // Undefined: remove the member
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("schemaInvalid"); // the official schema refuses it too

    const QString unknownType = QStringLiteral("$.epcisBody.eventList[2].type: unknown event type "
                                               "\"FooEvent\"; expected ObjectEvent, AggregationEvent, "
                                               "TransformationEvent, AssociationEvent or TransactionEvent");
    QTest::newRow("missing eventTime")
        << QStringLiteral("1") << QStringLiteral("eventTime") << QJsonValue(QJsonValue::Undefined)
        << QStringLiteral("$.epcisBody.eventList[1].eventTime: is required") << true;
    QTest::newRow("quantity as string")
        << QStringLiteral("1/quantityList/0") << QStringLiteral("quantity")
        << QJsonValue(QStringLiteral("200"))
        << QStringLiteral("$.epcisBody.eventList[1].quantityList[0].quantity: must be a number") << true;
    QTest::newRow("unknown event type") << QStringLiteral("2") << QStringLiteral("type")
                                        << QJsonValue(QStringLiteral("FooEvent")) << unknownType << true;
    QTest::newRow("bad action") << QStringLiteral("0") << QStringLiteral("action")
                                << QJsonValue(QStringLiteral("MOVE"))
                                << QStringLiteral(
                                       "$.epcisBody.eventList[0].action: must be one of OBSERVE, ADD, DELETE")
                                << true;
    QTest::newRow("missing action") << QStringLiteral("0") << QStringLiteral("action")
                                    << QJsonValue(QJsonValue::Undefined)
                                    << QStringLiteral("$.epcisBody.eventList[0].action: is required") << true;
    QTest::newRow("action on a transformation")
        << QStringLiteral("2") << QStringLiteral("action") << QJsonValue(QStringLiteral("ADD"))
        << QStringLiteral(
               "$.epcisBody.eventList[2].action: is not an EPCIS member; an extension member must be "
               "named by a URI or a prefixed name such as example:myField")
        << true;
    QTest::newRow("epcList member not a string")
        << QStringLiteral("0") << QStringLiteral("epcList")
        << QJsonValue(QJsonArray{QStringLiteral("urn:a:b"), 7})
        << QStringLiteral("$.epcisBody.eventList[0].epcList[1]: must be a string") << true;
    QTest::newRow("epcList repeats")
        << QStringLiteral("0") << QStringLiteral("epcList")
        << QJsonValue(QJsonArray{QStringLiteral("urn:a:b"), QStringLiteral("urn:a:b")})
        << QStringLiteral("$.epcisBody.eventList[0].epcList[1]: repeats an earlier element") << true;
    QTest::newRow("uom lower case") << QStringLiteral("1/quantityList/0") << QStringLiteral("uom")
                                    << QJsonValue(QStringLiteral("kg"))
                                    << QStringLiteral(
                                           "$.epcisBody.eventList[1].quantityList[0].uom: must be a unit "
                                           "code of 2 or 3 capital letters or digits (UN/ECE Rec 20, such "
                                           "as KGM)")
                                    << true;
    QTest::newRow("quantity element extra member")
        << QStringLiteral("1/quantityList/0") << QStringLiteral("lot") << QJsonValue(QStringLiteral("x"))
        << QStringLiteral("$.epcisBody.eventList[1].quantityList[0].lot: unexpected member") << true;
    QTest::newRow("readPoint without id")
        << QStringLiteral("1") << QStringLiteral("readPoint") << QJsonValue(QJsonObject{})
        << QStringLiteral("$.epcisBody.eventList[1].readPoint.id: is required") << true;
    QTest::newRow("bizLocation id not a URI")
        << QStringLiteral("1") << QStringLiteral("bizLocation")
        << QJsonValue(QJsonObject{{QStringLiteral("id"), QStringLiteral("warehouse 7")}})
        << QStringLiteral(
               "$.epcisBody.eventList[1].bizLocation.id: must be a URI (a scheme such as urn: or https:, "
               "then URI characters)")
        << true;
    QTest::newRow("destination shape")
        << QStringLiteral("1/destinationList/0") << QStringLiteral("destination")
        << QJsonValue(QJsonValue::Undefined)
        << QStringLiteral("$.epcisBody.eventList[1].destinationList[0].destination: is required") << true;
    QTest::newRow("bizTransaction type")
        << QStringLiteral("0/bizTransactionList/0") << QStringLiteral("type")
        << QJsonValue(QStringLiteral("order"))
        << QStringLiteral(
               "$.epcisBody.eventList[0].bizTransactionList[0].type: \"order\" is not a CBV 2.0 value; use "
               "one of bol, cert, desadv, inv, pedigree, po, poc, prodorder, recadv, rma, testprd, "
               "testres, upevt, or a URI for a value of your own")
        << true;
    QTest::newRow("bizStep as CBV URN")
        << QStringLiteral("0") << QStringLiteral("bizStep")
        << QJsonValue(QStringLiteral("urn:epcglobal:cbv:bizstep:shipping"))
        << QStringLiteral(
               "$.epcisBody.eventList[0].bizStep: write the CBV value as the bare word (shipping), not as "
               "a URN or GS1 URI")
        << true;
    QTest::newRow("eventTime without offset")
        << QStringLiteral("1") << QStringLiteral("eventTime")
        << QJsonValue(QStringLiteral("2013-06-08T14:58:56.591"))
        << QStringLiteral(
               "$.epcisBody.eventList[1].eventTime: must be a date and time with Z or a UTC offset (RFC "
               "3339, such as 2026-02-10T08:30:00.000+08:00)")
        << true;
    QTest::newRow("time zone offset")
        << QStringLiteral("1") << QStringLiteral("eventTimeZoneOffset") << QJsonValue(QStringLiteral("+8"))
        << QStringLiteral("$.epcisBody.eventList[1].eventTimeZoneOffset: must be a UTC offset from -14:00 to "
                          "+14:00, such as +08:00")
        << true;
    QTest::newRow("extension without prefix")
        << QStringLiteral("1") << QStringLiteral("myField") << QJsonValue(1)
        << QStringLiteral(
               "$.epcisBody.eventList[1].myField: is not an EPCIS member; an extension member must be "
               "named by a URI or a prefixed name such as example:myField")
        << true;
    QTest::newRow("ilmd with OBSERVE")
        << QStringLiteral("1") << QStringLiteral("ilmd")
        << QJsonValue(QJsonObject{{QStringLiteral("example:bestBefore"), QStringLiteral("2014-12-10")}})
        << QStringLiteral("$.epcisBody.eventList[1].ilmd: is only allowed when action is ADD") << true;
    QTest::newRow("ilmd member without prefix")
        << QStringLiteral("2/ilmd") << QStringLiteral("harvestDate")
        << QJsonValue(QStringLiteral("2014-12-10"))
        << QStringLiteral(
               "$.epcisBody.eventList[2].ilmd.harvestDate: is not an EPCIS member; an extension member "
               "must be named by a URI or a prefixed name such as example:myField")
        << true;
    QTest::newRow("transformation without outputs")
        << QStringLiteral("2") << QStringLiteral("outputEPCList") << QJsonValue(QJsonValue::Undefined)
        << QStringLiteral("$.epcisBody.eventList[2]: a TransformationEvent needs inputs and outputs, or a "
                          "transformationID with inputs or outputs")
        << true;
    QTest::newRow("object event about nothing")
        << QStringLiteral("1") << QStringLiteral("quantityList") << QJsonValue(QJsonArray{})
        << QStringLiteral(
               "$.epcisBody.eventList[1]: an ObjectEvent needs an epcList, a non-empty quantityList, or "
               "a sensorElementList with a readPoint")
        << true;
    QTest::newRow("event not an object")
        << QStringLiteral("") << QStringLiteral("epcisBody")
        << QJsonValue(QJsonObject{{QStringLiteral("eventList"), QJsonArray{1}}})
        << QStringLiteral("$.epcisBody.eventList[0]: must be an object") << true;
    QTest::newRow("missing @context")
        << QStringLiteral("") << QStringLiteral("@context") << QJsonValue(QJsonValue::Undefined)
        << QStringLiteral("$.@context: is required") << true;
    QTest::newRow("query document") << QStringLiteral("") << QStringLiteral("type")
                                    << QJsonValue(QStringLiteral("EPCISQueryDocument"))
                                    << QStringLiteral("$.type: must be \"EPCISDocument\"") << true;
    QTest::newRow("schemaVersion") << QStringLiteral("") << QStringLiteral("schemaVersion") << QJsonValue(2)
                                   << QStringLiteral("$.schemaVersion: must be a string") << true;
    // Not a schema rule: a record cannot hold this integer exactly.
    QTest::newRow("integer beyond 2^53")
        << QStringLiteral("1/quantityList/0") << QStringLiteral("quantity")
        << QJsonValue(qint64(9007199254740993LL))
        << QStringLiteral(
               "$.epcisBody.eventList[1].quantityList[0].quantity: is too large to be stored exactly "
               "(integers up to 2^53 - 1); write it as a string")
        << false;
}

void TestEpcis::brokenDocumentsAreRefused()
{
    QFETCH(QString, pointer);
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    QFETCH(bool, schemaInvalid);

    // Base: three valid events from the examples (ObjectEvent with a bizTransactionList,
    // ObjectEvent with quantities and source/destination, TransformationEvent with ilmd).
    const QJsonObject e961 = loadJson(kData + QStringLiteral("/Example_9.6.1-ObjectEvent.jsonld"));
    const QJsonObject e962 = loadJson(kData + QStringLiteral("/Example_9.6.2-ObjectEvent.jsonld"));
    const QJsonObject e964 = loadJson(kData + QStringLiteral("/Example_9.6.4-TransformationEvent.jsonld"));
    const QJsonArray baseEvents{eventList(e961).at(0), eventList(e962).at(0), eventList(e964).at(0)};
    QJsonObject doc = withEventList(e961, baseEvents);
    QVERIFY(EpcisValidator().validateDocument(doc).ok());

    // Apply the change at the pointer (event index, then members / indexes below it).
    const std::function<QJsonValue(const QJsonValue&, QStringList)> change =
        [&](const QJsonValue& node, QStringList path) -> QJsonValue {
        if (path.isEmpty()) {
            QJsonObject o = node.toObject();
            if (value.isUndefined()) {
                o.remove(member);
            } else {
                o.insert(member, value);
            }
            return o;
        }
        const QString step = path.takeFirst();
        bool isIndex = false;
        const int index = step.toInt(&isIndex);
        if (isIndex) {
            QJsonArray a = node.toArray();
            a[index] = change(a.at(index), path);
            return a;
        }
        QJsonObject o = node.toObject();
        o.insert(step, change(o.value(step), path));
        return o;
    };
    const QJsonObject valid = doc;
    if (pointer.isEmpty()) {
        doc = change(doc, {}).toObject();
    } else {
        doc = withEventList(doc, change(baseEvents, pointer.split(QLatin1Char('/'))).toArray());
    }
    QVERIFY(doc != valid);

    const qint64 before = recordCount();
    const Status st = EpcisValidator().validateDocument(doc);
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, ErrorCode::Malformed);
    QCOMPARE(st.error().message, message);
    auto imported = importEpcisDocument(*m_trace, doc);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, ErrorCode::Malformed);
    QCOMPARE(imported.error().message, message);
    QCOMPARE(recordCount(), before);
    QCOMPARE(m_trace->events(QStringLiteral("urn:epc:class:lgtin:4012345.012345.998877"))->size(), 0);

    const PythonResult r = pythonValidate(doc);
    QCOMPARE(r.code, schemaInvalid ? 1 : 0);
}

void TestEpcis::tooLargeEventStoresNothing()
{
    // Valid EPCIS, but the second event cannot be a record (1 MiB): nothing is stored, not
    // even the first event.
    const QJsonObject example = loadJson(kData + QStringLiteral("/Example_9.6.1-ObjectEvent.jsonld"));
    QJsonArray events = eventList(example);
    QJsonObject big = events.at(1).toObject();
    big.insert(QStringLiteral("example:myField"), QString(1100000, QLatin1Char('x')));
    events[1] = big;
    const QJsonObject doc = withEventList(example, events);
    QVERIFY(EpcisValidator().validateDocument(doc).ok());
    const qint64 before = recordCount();
    auto r = importEpcisDocument(*m_trace, doc);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::TooLarge);
    QVERIFY2(r.error().message.startsWith(QLatin1String("$.epcisBody.eventList[1]: ")),
             qPrintable(r.error().message));
    QCOMPARE(recordCount(), before);
    QCOMPARE(eventList(exportEpcisDocument(*m_trace, EpcisSelection::all()).value()).size(), 0);
}

void TestEpcis::filesReadAndWrite()
{
    const QJsonObject example = loadJson(kData + QStringLiteral("/Example_9.6.3-AggregationEvent.jsonld"));
    const QString path = m_dir->path() + QStringLiteral("/out.jsonld");
    QVERIFY(writeEpcisFile(example, path).ok());
    QCOMPARE(readEpcisFile(path).value(), example);
    QVERIFY(writeEpcisFile(example, path).ok()); // replaces
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("out.jsonld*")}, QDir::Files),
             QStringList{QStringLiteral("out.jsonld")}); // no temporary file left
    const Status noDir = writeEpcisFile(example, m_dir->path() + QStringLiteral("/missing/out.jsonld"));
    QVERIFY(!noDir.ok());
    QCOMPARE(noDir.error().code, ErrorCode::Io);

    QFile junk(m_dir->path() + QStringLiteral("/junk.jsonld"));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("{\"type\": \"EPCISDocument\",");
    junk.close();
    auto bad = importEpcisFile(*m_trace, junk.fileName());
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, ErrorCode::Malformed);
    auto missing = importEpcisFile(*m_trace, m_dir->path() + QStringLiteral("/nope.jsonld"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::Io);
    auto ok = importEpcisFile(*m_trace, path);
    QVERIFY2(ok.ok(), qPrintable(ok.error().message));
    QCOMPARE(ok->byType.value(QStringLiteral("AggregationEvent")), 1);
}

void TestEpcis::fillDemo(qint64 scale)
{
    DemoOptions options;
    options.scale = scale;
    auto demo = fillDemoLedger(*m_trace, options);
    QVERIFY2(demo.ok(), qPrintable(demo.error().message));
    m_ledger->setClock([] { return qint64(1771200000000); }); // one creationDate for every export
}

void TestEpcis::streamedExport()
{
    fillDemo(2500); // more events than one progress step (1024)
    QVERIFY(!QTest::currentTestFailed());

    // The independent expectation: every epcis.event record's body, in event-time order and
    // then ledger order (one author here, so sequence order).
    QList<QPair<qint64, QJsonObject>> stored;
    QVERIFY(m_ledger
                ->forEachRecord({}, 1,
                                [&](const Record& r) {
                                    if (r.kind == QLatin1String("epcis.event")) {
                                        const QJsonObject body = r.body();
                                        stored.append({QDateTime::fromString(
                                                           body.value(QLatin1String("eventTime")).toString(),
                                                           Qt::ISODateWithMs)
                                                           .toMSecsSinceEpoch(),
                                                       body});
                                    }
                                    return true;
                                })
                .ok());
    std::stable_sort(stored.begin(), stored.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QVERIFY(stored.size() > 2500);
    const auto expectedEvents = [&](qint64 from, qint64 to) {
        QJsonArray out;
        for (const auto& [ms, body] : std::as_const(stored)) {
            if (ms >= from && ms < to) {
                out.append(body);
            }
        }
        return out;
    };

    const QDateTime from(QDate(2026, 1, 1), QTime(0, 0), QTimeZone(8 * 3600));
    const QDateTime to(QDate(2026, 3, 1), QTime(0, 0), QTimeZone(8 * 3600));
    struct Case
    {
        QString name;
        EpcisSelection selection;
        qint64 minimum; // events at least
    };
    const QList<Case> cases{
        {QStringLiteral("all"), EpcisSelection::all(), 2500},
        {QStringLiteral("range"), EpcisSelection::timeRange(from, to), 5},
        {QStringLiteral("open-range"), EpcisSelection::timeRange(to, QDateTime()), 3},
        {QStringLiteral("nothing"),
         EpcisSelection::timeRange(QDateTime(QDate(1990, 1, 1), QTime(0, 0), QTimeZone::utc()),
                                   QDateTime(QDate(1991, 1, 1), QTime(0, 0), QTimeZone::utc())),
         0},
        {QStringLiteral("oranges"), EpcisSelection::genealogy(QStringLiteral("FJ5A-251218")), 5},
        {QStringLiteral("zhacai"), EpcisSelection::genealogy(QStringLiteral("ZC80-260415A")), 5},
        {QStringLiteral("recalled"), EpcisSelection::genealogy(QStringLiteral("JJHJ250-260812B")), 2},
    };
    for (const Case& c : cases) {
        const QString path = m_dir->path() + QLatin1Char('/') + c.name + QStringLiteral(".jsonld");
        QList<QPair<qint64, qint64>> calls;
        auto written = writeEpcisExport(*m_trace, c.selection, path, [&](qint64 done, qint64 total) {
            calls.append({done, total});
            return true;
        });
        QVERIFY2(written.ok(), qPrintable(c.name + QStringLiteral(": ") + written.error().message));
        QVERIFY2(written->events >= c.minimum, qPrintable(c.name));
        QCOMPARE(QFileInfo(path).size(), written->bytes);

        // The file parses and is exactly the in-memory document.
        auto file = readEpcisFile(path);
        QVERIFY2(file.ok(), qPrintable(c.name + QStringLiteral(": ") + file.error().message));
        auto memory = exportEpcisDocument(*m_trace, c.selection);
        QVERIFY(memory.ok());
        QVERIFY2(file.value() == memory.value(), qPrintable(c.name));
        const QJsonArray events = eventList(file.value());
        QCOMPARE(events.size(), written->events);
        // The events as stored, in order; the demo's recall brings in the suyuan prefix.
        if (c.selection.kind != EpcisSelection::Kind::Genealogy) {
            const qint64 lo = c.selection.from.isValid() ? c.selection.from.toMSecsSinceEpoch()
                                                         : std::numeric_limits<qint64>::min();
            const qint64 hi = c.selection.to.isValid() ? c.selection.to.toMSecsSinceEpoch()
                                                       : std::numeric_limits<qint64>::max();
            QVERIFY2(events == expectedEvents(lo, hi), qPrintable(c.name));
        } else {
            QStringList times = eventTimes(file.value());
            QVERIFY(std::is_sorted(times.begin(), times.end(), [](const QString& a, const QString& b) {
                return QDateTime::fromString(a, Qt::ISODateWithMs) <
                       QDateTime::fromString(b, Qt::ISODateWithMs);
            }));
        }
        if (c.name == QLatin1String("all")) {
            const QJsonArray context{
                QString::fromLatin1(kEpcisContextUrl),
                QJsonObject{{QString::fromLatin1(kSuyuanPrefix), QString::fromLatin1(kSuyuanNamespace)}}};
            QCOMPARE(file->value(QLatin1String("@context")).toArray(), context);
        }
        QCOMPARE(file->value(QLatin1String("creationDate")).toString(),
                 memory->value(QLatin1String("creationDate")).toString());

        // One event a line, header members first.
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = raw.readAll().split('\n');
        QVERIFY(lines.value(1).startsWith("  \"@context\": "));
        QCOMPARE(lines.value(2), QByteArray("  \"type\": \"EPCISDocument\","));
        qsizetype eventLines = 0;
        for (const QByteArray& line : lines) {
            eventLines += line.startsWith("      {") ? 1 : 0;
        }
        QCOMPARE(eventLines, events.size());

        // Progress: events written of the total, from 0 to all of them.
        QVERIFY(!calls.isEmpty());
        QCOMPARE(calls.first(), qMakePair(qint64(0), written->events));
        QCOMPARE(calls.last(), qMakePair(written->events, written->events));
        for (qsizetype i = 1; i < calls.size(); ++i) {
            QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
            QCOMPARE(calls.at(i).second, written->events);
        }
        if (written->events > 1024) {
            QVERIFY(std::any_of(calls.begin(), calls.end(), [&](const auto& call) {
                return call.first > 0 && call.first < written->events;
            }));
        }

        // The independent schema check.
        const PythonResult r = pythonValidateFile(path);
        QVERIFY2(r.code == 0, qPrintable(c.name + QStringLiteral(": ") + r.out));
    }

    // An unknown batch and an unwritable path fail and write nothing.
    const QString nope = m_dir->path() + QStringLiteral("/nope.jsonld");
    QVERIFY(!writeEpcisExport(*m_trace, EpcisSelection::genealogy(QStringLiteral("NOPE")), nope).ok());
    QVERIFY(!QFile::exists(nope));
    auto noDir = writeEpcisExport(*m_trace, EpcisSelection::all(),
                                  m_dir->path() + QStringLiteral("/missing/x.jsonld"));
    QVERIFY(!noDir.ok());
    QCOMPARE(noDir.error().code, ErrorCode::Io);
}

void TestEpcis::streamedExportCancels()
{
    fillDemo(1500);
    QVERIFY(!QTest::currentTestFailed());
    const QString dir = m_dir->path() + QStringLiteral("/out");
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/all.jsonld");
    const auto onlyFiles = [&] { return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name); };

    // Cancelled before anything, during the first pass, after some events were written, and
    // after the last: no file.
    const QList<std::function<bool(qint64, qint64)>> cancels{
        [](qint64, qint64) { return false; },
        [calls = 0](qint64, qint64) mutable { return ++calls < 2; },
        [](qint64 done, qint64) { return done == 0; },
        [](qint64 done, qint64 total) { return done < total; },
    };
    for (const auto& cancel : cancels) {
        auto r = writeEpcisExport(*m_trace, EpcisSelection::all(), path, cancel);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QVERIFY2(r.error().message.contains(QLatin1String("no file was written")),
                 qPrintable(r.error().message));
        QCOMPARE(onlyFiles(), QStringList());
    }

    // A file already there stays as it was.
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    auto r = writeEpcisExport(*m_trace, EpcisSelection::all(), path,
                              [](qint64 done, qint64 total) { return done < total; });
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
    QCOMPARE(onlyFiles(), QStringList{QStringLiteral("all.jsonld")});
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("old"));
    old.close();
    // And is replaced by a finished export.
    auto done = writeEpcisExport(*m_trace, EpcisSelection::all(), path);
    QVERIFY2(done.ok(), qPrintable(done.error().message));
    QVERIFY(done->events > 1500);
    QCOMPARE(onlyFiles(), QStringList{QStringLiteral("all.jsonld")});
    QCOMPARE(eventList(readEpcisFile(path).value()).size(), done->events);
}

void TestEpcis::uriAndDateTimeSyntax_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("uri");
    QTest::addColumn<bool>("dateTime");
    QTest::newRow("urn") << QStringLiteral("urn:epc:id:sgtin:0614141.107346.2017") << true << false;
    QTest::newRow("idpat") << QStringLiteral("urn:epc:idpat:sgtin:4012345.066666.*") << true << false;
    QTest::newRow("ni") << QStringLiteral("ni:///sha-256;df7bb3c3?ver=CBV2.0") << true << false;
    QTest::newRow("digital link") << QStringLiteral("https://id.gs1.org/01/06901234567892/10/LOT%2F7") << true
                                  << false;
    QTest::newRow("local batch") << QStringLiteral("urn:suyuan:lot:QCT:%E6%89%B9") << true << false;
    QTest::newRow("compact") << QStringLiteral("example:myField") << true << false;
    QTest::newRow("ipv6") << QStringLiteral("http://[::1]:8080/x") << true << false;
    QTest::newRow("ipv4 mapped") << QStringLiteral("http://[::ffff:192.0.2.1]/") << true << false;
    QTest::newRow("ipvfuture") << QStringLiteral("http://[v7.fe80-1]/") << true << false;
    QTest::newRow("userinfo port query fragment")
        << QStringLiteral("https://u:p@h.example:8443/a/b?c=d/e#f?g") << true << false;
    QTest::newRow("empty path") << QStringLiteral("urn:") << true << false;
    QTest::newRow("bad ip literal") << QStringLiteral("http://[zz]/x") << false << false;
    QTest::newRow("ipv6 too many groups") << QStringLiteral("http://[1:2:3:4:5:6:7:8:9]/") << false << false;
    QTest::newRow("two gaps") << QStringLiteral("http://[1::2::3]/") << false << false;
    QTest::newRow("port not digits") << QStringLiteral("http://a:b:c/") << false << false;
    QTest::newRow("no scheme") << QStringLiteral("myField") << false << false;
    QTest::newRow("space") << QStringLiteral("urn:a b") << false << false;
    QTest::newRow("bad escape") << QStringLiteral("urn:a%4") << false << false;
    QTest::newRow("chinese") << QStringLiteral("urn:suyuan:lot:QCT:批") << false << false;
    QTest::newRow("bracket in path") << QStringLiteral("urn:a[1]") << false << false;
    QTest::newRow("two fragments") << QStringLiteral("https://a/b#c#d") << false << false;
    QTest::newRow("scheme digit first") << QStringLiteral("1a:b") << false << false;
    QTest::newRow("utc") << QStringLiteral("2005-07-11T11:30:47.0Z") << false << true;
    QTest::newRow("micro") << QStringLiteral("2005-04-03T20:33:31.116000-06:00") << false << true;
    QTest::newRow("no fraction") << QStringLiteral("2020-06-07T17:10:16+08:00") << false << true;
    QTest::newRow("leap second") << QStringLiteral("2016-12-31T23:59:60Z") << false << true;
    QTest::newRow("no offset") << QStringLiteral("2020-06-07T17:10:16") << false << false;
    QTest::newRow("space separator") << QStringLiteral("2020-06-07 17:10:16Z") << false << false;
    QTest::newRow("feb 30") << QStringLiteral("2020-02-30T17:10:16Z") << false << false;
    QTest::newRow("hour 24") << QStringLiteral("2020-02-03T24:00:00Z") << false << false;
    QTest::newRow("date only") << QStringLiteral("2020-02-03") << false << false;
}

void TestEpcis::uriAndDateTimeSyntax()
{
    QFETCH(QString, text);
    QFETCH(bool, uri);
    QFETCH(bool, dateTime);
    QCOMPARE(EpcisValidator::isUri(text), uri);
    QCOMPARE(EpcisValidator::isDateTime(text), dateTime);
}

QTEST_GUILESS_MAIN(TestEpcis)
#include "TestEpcis.moc"
