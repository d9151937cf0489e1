// The consumer site (docs/site-format.md): export of the demo ledger, page data checked record by
// record, linksets, the index, re-export, the private-data scan, and site serve over HTTP.
#include "TestSupport.h"

#include "crypto/Ed25519.h"
#include "crypto/Hash.h"
#include "labels/BatchLabels.h"
#include "ledger/Record.h"
#include "site/SiteExport.h"
#include "site/SiteServer.h"
#include "trace/Attachments.h"
#include "trace/Demo.h"
#include "trace/Gs1.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <set>
#include <vector>

using namespace suyuan;
using namespace suyuan::site;

namespace {

const QString kBase = QStringLiteral("https://trace.example.cn");

// A minimal template with every placeholder, standing in for resources/site in these tests.
void writeTemplate(const QString& dir)
{
    QDir().mkpath(dir);
    const std::pair<const char*, QByteArray> files[] = {
        {"page.html",
         "<!DOCTYPE html>\n<html lang=\"@SUYUAN_LANG@\"><head><meta charset=\"utf-8\">"
         "<title>@SUYUAN_TITLE@</title><style>@SUYUAN_CSS@</style></head>\n<body "
         "data-verification=\"pending\">\n<script type=\"application/json\" "
         "id=\"suyuan-data\">@SUYUAN_DATA@</script>\n<script>@SUYUAN_JS@</script>\n</body></html>\n"},
        {"page.css", "body{font-family:sans-serif}"},
        {"page.js", "/* @SUYUAN_DATA@ must stay as it is in the script */"},
    };
    for (const auto& [name, content] : files) {
        QFile f(dir + QLatin1Char('/') + QLatin1String(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject pageData(const QString& path)
{
    const auto json = pageDataJson(readFile(path));
    if (!json) {
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*json, &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

QStringList filesUnder(const QString& dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        out.append(QDir(dir).relativeFilePath(it.next()));
    }
    out.sort();
    return out;
}

void collectStrings(const QJsonValue& v, QStringList& out)
{
    if (v.isString()) {
        out.append(v.toString());
    } else if (v.isArray()) {
        for (const QJsonValue& x : v.toArray()) {
            collectStrings(x, out);
        }
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            collectStrings(it.value(), out);
        }
    }
}

QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> out;
    for (const QString& rel : filesUnder(dir)) {
        out.insert(rel, readFile(dir + QLatin1Char('/') + rel));
    }
    return out;
}

struct HttpReply
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

// One request on a raw socket (so that paths reach the server exactly as written), answered
// through the event loop: the server runs in this thread.
HttpReply http(quint16 port, const QByteArray& request)
{
    QTcpSocket socket;
    QByteArray raw;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] { socket.write(request); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { raw += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    timeout.start(20000);
    socket.connectToHost(QHostAddress::LocalHost, port);
    loop.exec();
    raw += socket.readAll();
    HttpReply reply;
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (end < 0) {
        return reply;
    }
    const QList<QByteArray> lines = raw.left(end).split('\n');
    reply.status = lines.first().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        reply.headers.insert(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
    }
    reply.body = raw.mid(end + 4);
    return reply;
}

HttpReply get(quint16 port, const QByteArray& target, const QByteArray& method = "GET")
{
    return http(port, method + ' ' + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
}

} // namespace

class TestSiteExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fileNames();
    void layout();
    void everyPageVerifies();
    void manifestSignsTheRecordList();
    void recordTextOrBase64();
    void upstreamOfProcessedProduct();
    void attachments();
    void linksets();
    void indexPage();
    void privateDataStaysHome();
    void reexportWritesOnlyWhatChanged();
    void selectedBatchesLeaveOthers();
    void resourceTemplate();
    void serve();
    void serveRefusesTraversal();
    void serveSlowAndMalformedClients();
    void staticHostWarning();

private:
    QString siteDir(const QString& name) const { return m_dir.filePath(name); }
    Result<SiteExportSummary> exportTo(const QString& dir, const QStringList& batches = {});
    QString pagePath(const QString& dir, const QString& batchId) const
    {
        return dir + QLatin1Char('/') + batchFolder(batchId).value_or(QStringLiteral("?")) +
               QStringLiteral("/index.html");
    }

    QTemporaryDir m_dir;
    QString m_templates;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<trace::TraceService> m_trace;
    trace::DemoSummary m_demo;
    QString m_unsafeBatch;  // local product "TEST:X", lot "A/B*1"
    QString m_chineseBatch; // local product "涪陵榨菜", lot ZC-1
    QString m_privateBatch; // shipped with private fields
    QString m_smallAttachment;
    QString m_bigAttachment;
    QStringList m_allBatches;
    SiteExportSummary m_first;
};

Result<SiteExportSummary> TestSiteExport::exportTo(const QString& dir, const QStringList& batches)
{
    SiteExportOptions options;
    options.dir = dir;
    options.batches = batches;
    options.base = kBase;
    options.language = QStringLiteral("zh-CN");
    options.templateDir = m_templates;
    return exportSite(*m_trace, options);
}

void TestSiteExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_templates = m_dir.filePath(QStringLiteral("templates"));
    writeTemplate(m_templates);
    m_ledger = test::createProfile(m_dir.filePath(QStringLiteral("profile")));
    auto trace = trace::TraceService::open(*m_ledger);
    QVERIFY(trace);
    m_trace = std::move(trace.value());
    auto demo = trace::fillDemoLedger(*m_trace, {});
    QVERIFY2(demo, qPrintable(demo.error().message));
    m_demo = demo.value();

    // The demo records no business-private fields: a shipment and a sale with a price, a
    // contract and a customer, as an operator would.
    auto batch = m_trace->resolveBatch(QStringLiteral("FJ5A-260116"));
    QVERIFY(batch);
    m_privateBatch = batch.value();
    QVERIFY(m_trace->ship(
        m_privateBatch, QStringLiteral("yuwei-market"), QStringLiteral("cq-store-jiefangbei"),
        {{QStringLiteral("po"), QStringLiteral("urn:suyuan:po:PUBLIC-PO-1")}}, {},
        QJsonObject{
            {QStringLiteral("price"), QStringLiteral("CNY 88.50 per carton SECRETPRICE7731")},
            {QStringLiteral("contract"), QStringLiteral("HT-CONFIDENTIAL-2026-0042")},
            {QStringLiteral("customer"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("机密客户有限公司 Hidden Buyer Ltd")}}}}));
    auto sold = m_trace->resolveBatch(QStringLiteral("JJHJ250-260812A"));
    QVERIFY(sold);
    QVERIFY(m_trace->sell(
        sold.value(), 10, QStringLiteral("cq-store-jiefangbei"), {},
        QJsonObject{{QStringLiteral("unitPrice"), QStringLiteral("PRIVATE-UNIT-PRICE-19.90")}}));

    // Attachments: a lab report that fits on the page, a photo that does not.
    auto small =
        m_trace->attachments().add(QByteArray("%PDF-1.4 lab report of the oranges\n"),
                                   QStringLiteral("检测报告.pdf"), QStringLiteral("application/pdf"));
    QVERIFY(small);
    m_smallAttachment = small->sha256;
    QByteArray bigContent(1200 * 1000, '\0');
    for (char& c : bigContent) {
        c = static_cast<char>(QRandomGenerator::global()->generate() & 0xff);
    }
    auto big =
        m_trace->attachments().add(bigContent, QStringLiteral("photo.jpg"), QStringLiteral("image/jpeg"));
    QVERIFY(big);
    m_bigAttachment = big->sha256;
    trace::TraceService::Observation inspection;
    inspection.kind = trace::TraceService::Observation::Kind::Inspection;
    inspection.batches = {m_demo.exportBatch};
    inspection.passed = true;
    inspection.attachments = {m_smallAttachment, m_bigAttachment};
    auto observed = m_trace->observe(inspection);
    QVERIFY2(observed, qPrintable(observed.error().message));

    // Products without a GTIN: one whose code and lot hold characters a file name cannot, one
    // with a Chinese code (a safe file name once decoded).
    for (const auto& [code, lot] : {std::pair{QStringLiteral("TEST:X"), QStringLiteral("A/B*1")},
                                    std::pair{QStringLiteral("涪陵榨菜"), QStringLiteral("ZC-1")}}) {
        trace::Product local;
        local.code = code;
        local.nameZh = QStringLiteral("测试产品");
        local.nameEn = QStringLiteral("Test product");
        QVERIFY(m_trace->saveProduct(local));
        trace::TraceService::Harvest h;
        h.batch = {QStringLiteral("code:") + code, lot, 100, {}};
        h.locationKey = QStringLiteral("fj-plot-shima");
        auto id = m_trace->harvest(h);
        QVERIFY2(id, qPrintable(id.error().message));
        (lot.startsWith(QLatin1Char('A')) ? m_unsafeBatch : m_chineseBatch) = id.value();
    }

    auto st = m_ledger->database().prepare("SELECT batch FROM trace_batches;");
    while (st.step()) {
        m_allBatches.append(st.text(0));
    }
    QVERIFY(m_allBatches.size() > 20);

    auto first = exportTo(siteDir(QStringLiteral("site")));
    QVERIFY2(first, qPrintable(first.error().message));
    m_first = first.value();
}

void TestSiteExport::cleanupTestCase()
{
    m_trace.reset();
    m_ledger.reset();
}

void TestSiteExport::fileNames()
{
    QCOMPARE(fileNameForSegment(QStringLiteral("FJ-251205")), QStringLiteral("FJ-251205"));
    QCOMPARE(fileNameForSegment(QStringLiteral("批次一")), QStringLiteral("批次一"));
    QCOMPARE(fileNameForSegment(QStringLiteral("A/B 1")), QStringLiteral("A%2FB%201"));
    QCOMPARE(fileNameForSegment(QStringLiteral("50%")), QStringLiteral("50%25"));
    QCOMPARE(fileNameForSegment(QStringLiteral("TEST:X")), QStringLiteral("TEST%3AX"));
    QCOMPARE(fileNameForSegment(QStringLiteral("..")), QStringLiteral("%2E%2E"));
    QCOMPARE(fileNameForSegment(QStringLiteral(".")), QStringLiteral("%2E"));
    QCOMPARE(fileNameForSegment(QStringLiteral("a\tb")), QStringLiteral("a%09b"));
    QVERIFY(!isSafeFileName(QStringLiteral("a\\b")));
    QVERIFY(isSafeFileName(QStringLiteral("a b.c")));
}

void TestSiteExport::layout()
{
    const QString site = siteDir(QStringLiteral("site"));
    QCOMPARE(m_first.batches, m_allBatches.size());
    QCOMPARE(m_first.pages, m_allBatches.size() + 1);
    QCOMPARE(m_first.filesWritten, 2 * m_allBatches.size() + 1);
    QCOMPARE(m_first.filesUnchanged, 0);
    QVERIFY(m_first.skipped.isEmpty());

    // A GTIN batch, a demo batch without a GTIN (the zhacai tubers, product code QCT-FL), and the
    // product whose code and lot need percent-encoding.
    QVERIFY(m_demo.exportBatch.startsWith(QLatin1String("https://id.gs1.org/01/")));
    const auto ids = labels::batchLabelIds(m_demo.exportBatch);
    QVERIFY(ids);
    QVERIFY(QFile::exists(site + QStringLiteral("/01/") + ids->gtin14 + QStringLiteral("/10/") + ids->lot +
                          QStringLiteral("/index.html")));
    QVERIFY(QFile::exists(site + QStringLiteral("/01/") + ids->gtin14 + QStringLiteral("/10/") + ids->lot +
                          QStringLiteral("/linkset.json")));
    QVERIFY(QFile::exists(site + QStringLiteral("/p/QCT-FL/10/QCT-260210-NT1/index.html")));
    QVERIFY(QFile::exists(site + QStringLiteral("/p/QCT-FL/10/QCT-260210-NT1/linkset.json")));
    QVERIFY(QFile::exists(site + QStringLiteral("/p/TEST%3AX/10/A%2FB%2A1/index.html")));
    QVERIFY(QFile::exists(site + QStringLiteral("/p/涪陵榨菜/10/ZC-1/index.html")));
    QVERIFY(QFile::exists(site + QStringLiteral("/index.html")));

    // Every file is a page or a linkset: nothing half-written, no temporary files left.
    const QStringList files = filesUnder(site);
    QCOMPARE(files.size(), 2 * m_allBatches.size() + 1);
    for (const QString& f : files) {
        QVERIFY2(f == QLatin1String("index.html") || f.endsWith(QLatin1String("/index.html")) ||
                     f.endsWith(QLatin1String("/linkset.json")),
                 qPrintable(f));
    }
    for (const QString& b : std::as_const(m_allBatches)) {
        QVERIFY2(QFile::exists(pagePath(site, b)), qPrintable(b));
    }

    // The label of a batch resolves to its page: same path on the base.
    for (const QString& b : {m_demo.exportBatch, m_unsafeBatch, m_chineseBatch}) {
        auto label = labels::buildLabelUri(kBase, labels::batchLabelIds(b).value(), *m_ledger);
        QVERIFY(label);
        const QString path = label->mid(kBase.size()).section(QLatin1Char('?'), 0, 0);
        QCOMPARE(label->left(kBase.size()).toLower(), kBase);
        const SitePath mapped = mapRequestPath(path.toUtf8());
        QCOMPARE(mapped.status, 200);
        QCOMPARE(site + QLatin1Char('/') + mapped.candidates.first() + QStringLiteral("/index.html"),
                 pagePath(site, b));
    }

    // The template was filled in one pass: the script keeps its text, no placeholder is left.
    const QByteArray page = readFile(pagePath(site, m_demo.exportBatch));
    QVERIFY(page.contains("<html lang=\"zh-CN\">"));
    QVERIFY(page.contains("/* @SUYUAN_DATA@ must stay as it is in the script */"));
    QVERIFY(!page.contains("@SUYUAN_TITLE@") && !page.contains("@SUYUAN_CSS@") &&
            !page.contains("@SUYUAN_LANG@"));
    QVERIFY(page.contains("<title>") && page.contains(ids->lot.toUtf8() + "</title>"));
    QVERIFY(!pageDataJson(page)->contains('<'));
}

void TestSiteExport::everyPageVerifies()
{
    const QString site = siteDir(QStringLiteral("site"));
    qint64 records = 0;
    for (const QString& batchId : std::as_const(m_allBatches)) {
        const QJsonObject data = pageData(pagePath(site, batchId));
        QVERIFY2(!data.isEmpty(), qPrintable(batchId));
        QCOMPARE(data.value(QStringLiteral("format")).toInt(), 1);
        QCOMPARE(data.value(QStringLiteral("page")).toString(), QStringLiteral("batch"));
        QCOMPARE(data.value(QStringLiteral("batch")).toString(), batchId);
        QCOMPARE(data.value(QStringLiteral("uri")).toString(), batchPageUri(kBase, batchId).value());
        QVERIFY(!data.value(QStringLiteral("generated")).toString().isEmpty());
        const QJsonArray batches = data.value(QStringLiteral("batches")).toArray();
        QVERIFY(!batches.isEmpty());
        QCOMPARE(batches.first().toObject().value(QStringLiteral("batch")).toString(), batchId);
        QCOMPARE(batches.first().toObject().value(QStringLiteral("depth")).toInt(), 0);
        QSet<QString> batchIds;
        for (const QJsonValue& b : batches) {
            batchIds.insert(b.toObject().value(QStringLiteral("batch")).toString());
        }

        const QJsonArray array = data.value(QStringLiteral("records")).toArray();
        QVERIFY(!array.isEmpty());
        records += array.size();
        std::optional<Record> previous;
        bool namesTheBatch = false;
        QSet<QString> ids;
        for (const QJsonValue& v : array) {
            const QJsonObject o = v.toObject();
            // Canonical records are UTF-8 JSON: they go in as text, never as base64.
            QVERIFY(o.contains(QStringLiteral("text")) && !o.contains(QStringLiteral("bytes")));
            QVERIFY(!o.contains(QStringLiteral("id"))); // computed by the page, signed by the manifest
            const QByteArray bytes = pageRecordBytes(o);
            const QByteArray sig =
                QByteArray::fromBase64(o.value(QStringLiteral("sig")).toString().toLatin1());
            const QString id = QString::fromLatin1(crypto::sha256(bytes).toHex());
            QVERIFY(!ids.contains(id));
            ids.insert(id);
            // The very bytes held by the ledger.
            auto held = m_ledger->recordById(crypto::sha256(bytes));
            QVERIFY2(held && held->has_value() && held->value().bytes == bytes, qPrintable(id));
            auto record = decodeRecord(bytes, sig);
            QVERIFY2(record, qPrintable(record.error().message));
            QVERIFY(crypto::verifyEd25519(record->author, bytes, sig));
            QVERIFY2(record->kind == QLatin1String("epcis.event") ||
                         record->kind.startsWith(QLatin1String("master.")),
                     qPrintable(record->kind));
            // Canonical order: time, then author (hex), then seq.
            if (previous) {
                const auto key = [](const Record& r) {
                    return std::make_tuple(r.timeMs, QString::fromLatin1(r.author.toHex()), r.seq);
                };
                QVERIFY2(key(*previous) < key(record.value()), qPrintable(batchId));
            }
            previous = record.value();
            if (record->kind == QLatin1String("epcis.event")) {
                QStringList strings;
                collectStrings(record->body(), strings);
                for (const QString& s : std::as_const(strings)) {
                    namesTheBatch = namesTheBatch || s == batchId;
                }
            }
        }
        QVERIFY2(namesTheBatch, qPrintable(batchId));
        const QJsonArray issuers = data.value(QStringLiteral("issuers")).toArray();
        QVERIFY(issuers.contains(QString::fromLatin1(m_ledger->publicKey().toHex())));
        // The master data of the batch's product is there.
        const auto product = m_trace->batch(batchId);
        QVERIFY(product && product->has_value());
        bool hasProduct = false;
        for (const QJsonValue& v : array) {
            const QByteArray bytes = pageRecordBytes(v.toObject());
            const QJsonObject env = QJsonDocument::fromJson(bytes).object();
            hasProduct =
                hasProduct ||
                (env.value(QStringLiteral("kind")).toString() == QLatin1String("master.product") &&
                 env.value(QStringLiteral("body")).toObject().value(QStringLiteral("id")).toString() ==
                     product->value().productKey);
        }
        QVERIFY2(hasProduct, qPrintable(batchId));
    }
    QCOMPARE(records, m_first.records);
}

// Every batch page carries a manifest signed by the exporting node (docs/site-format.md, "Page
// data"), rebuilt here from the documented message, not with the exporter's code.
void TestSiteExport::manifestSignsTheRecordList()
{
    const QString site = siteDir(QStringLiteral("site"));
    int withFiles = 0;
    for (const QString& batchId : std::as_const(m_allBatches)) {
        const QJsonObject data = pageData(pagePath(site, batchId));
        const QJsonObject manifest = data.value(QStringLiteral("manifest")).toObject();
        QVERIFY2(!manifest.isEmpty(), qPrintable(batchId));
        QCOMPARE(manifest.keys(), (QStringList{QStringLiteral("sig"), QStringLiteral("signer")}));
        const QByteArray signer =
            QByteArray::fromHex(manifest.value(QStringLiteral("signer")).toString().toLatin1());
        QCOMPARE(signer, m_ledger->publicKey());
        const QByteArray sig =
            QByteArray::fromBase64(manifest.value(QStringLiteral("sig")).toString().toLatin1());
        QCOMPARE(sig.size(), 64);

        QByteArray message = "suyuan-site-v1\n";
        message += data.value(QStringLiteral("batch")).toString().toUtf8() + '\n';
        message += data.value(QStringLiteral("uri")).toString().toUtf8() + '\n';
        message += data.value(QStringLiteral("generated")).toString().toUtf8() + '\n';
        QList<QByteArray> ids;
        for (const QJsonValue& v : data.value(QStringLiteral("records")).toArray()) {
            ids.append(crypto::sha256(pageRecordBytes(v.toObject())));
            message += ids.last().toHex() + '\n';
        }
        QStringList files = data.value(QStringLiteral("attachments")).toObject().keys();
        std::sort(files.begin(), files.end());
        for (const QString& f : std::as_const(files)) {
            message += "attachment " + f.toLatin1() + '\n';
        }
        withFiles += files.isEmpty() ? 0 : 1;
        QVERIFY2(crypto::verifyEd25519(signer, message, sig), qPrintable(batchId));

        // The ids signed are the embedded records, in order and number: one record fewer, two
        // swapped, or another time does not verify.
        QVERIFY(ids.size() >= 2);
        const auto rebuilt = [&](const QList<QByteArray>& list, const QString& generated) {
            QByteArray m = "suyuan-site-v1\n";
            m += data.value(QStringLiteral("batch")).toString().toUtf8() + '\n';
            m += data.value(QStringLiteral("uri")).toString().toUtf8() + '\n';
            m += generated.toUtf8() + '\n';
            for (const QByteArray& id : list) {
                m += id.toHex() + '\n';
            }
            for (const QString& f : std::as_const(files)) {
                m += "attachment " + f.toLatin1() + '\n';
            }
            return m;
        };
        const QString generated = data.value(QStringLiteral("generated")).toString();
        QVERIFY(crypto::verifyEd25519(signer, rebuilt(ids, generated), sig));
        QList<QByteArray> fewer = ids;
        fewer.removeAt(fewer.size() / 2);
        QVERIFY(!crypto::verifyEd25519(signer, rebuilt(fewer, generated), sig));
        QList<QByteArray> swapped = ids;
        swapped.swapItemsAt(0, 1);
        QVERIFY(!crypto::verifyEd25519(signer, rebuilt(swapped, generated), sig));
        QVERIFY(!crypto::verifyEd25519(signer, rebuilt(ids, generated + QLatin1Char('x')), sig));
    }
    QVERIFY2(withFiles >= 1, "the lab report is embedded in one page, and signed there");

    // The index page is not signed.
    QVERIFY(!pageData(site + QStringLiteral("/index.html")).contains(QStringLiteral("manifest")));
}

// A record goes into the page as text only when its bytes survive it exactly; otherwise as base64.
void TestSiteExport::recordTextOrBase64()
{
    const QByteArray sig(64, '\x01');
    const QByteArray canonical =
        QByteArray(R"({"author":"ab","body":{"name":"奉节脐橙 <b>\"x\"</b> \\ \n"},"v":1})");
    QVERIFY(recordBytesAreText(canonical));
    const QJsonObject text = pageRecord(canonical, sig);
    QCOMPARE(text.value(QStringLiteral("text")).toString(), QString::fromUtf8(canonical));
    QVERIFY(!text.contains(QStringLiteral("bytes")));
    QCOMPARE(pageRecordBytes(text), canonical);
    QCOMPARE(QByteArray::fromBase64(text.value(QStringLiteral("sig")).toString().toLatin1()), sig);
    // Through the page data JSON and back (what JSON.parse and TextEncoder do in the page).
    const QByteArray json =
        QJsonDocument(QJsonObject{{QStringLiteral("r"), text}}).toJson(QJsonDocument::Compact);
    QCOMPARE(pageRecordBytes(QJsonDocument::fromJson(json).object().value(QStringLiteral("r")).toObject()),
             canonical);

    for (const QByteArray& odd : {QByteArray("{\"a\":\"\xff\"}"),         // not UTF-8
                                  QByteArray("{\"a\":\"\xc0\xaf\"}"),     // overlong
                                  QByteArray("{\"a\":\"\xed\xa0\x80\"}"), // a surrogate
                                  QByteArray("{\"a\":\"x\ry\"}"),         // CR
                                  QByteArray("{\"a\":\"x\0y\"}", 10)}) {  // NUL
        QVERIFY2(!recordBytesAreText(odd), odd.toHex().constData());
        const QJsonObject b = pageRecord(odd, sig);
        QVERIFY(!b.contains(QStringLiteral("text")));
        QCOMPARE(pageRecordBytes(b), odd);
    }
}

void TestSiteExport::upstreamOfProcessedProduct()
{
    // The zhacai retail lot: pickled from three farms' tubers (not the fourth, pickled apart).
    const QJsonObject data = pageData(pagePath(siteDir(QStringLiteral("site")), m_demo.zhacaiRetailBatch));
    QMap<QString, QJsonObject> byLot;
    for (const QJsonValue& v : data.value(QStringLiteral("batches")).toArray()) {
        const QString id = v.toObject().value(QStringLiteral("batch")).toString();
        byLot.insert(labels::batchLabelIds(id)->lot, v.toObject());
    }
    QVERIFY(byLot.contains(QStringLiteral("FLZC-2602-P01")));
    QCOMPARE(byLot.value(QStringLiteral("FLZC-2602-P01")).value(QStringLiteral("depth")).toInt(), 1);
    QCOMPARE(byLot.value(QStringLiteral("FLZC-2602-P01")).value(QStringLiteral("parents")).toArray(),
             QJsonArray{m_demo.zhacaiRetailBatch});
    const QString p01 =
        byLot.value(QStringLiteral("FLZC-2602-P01")).value(QStringLiteral("batch")).toString();
    for (const char* lot : {"QCT-260210-NT1", "QCT-260214-BS", "QCT-260216-ZX"}) {
        const QJsonObject tuber = byLot.value(QLatin1String(lot));
        QCOMPARE(tuber.value(QStringLiteral("depth")).toInt(), 2);
        QCOMPARE(tuber.value(QStringLiteral("parents")).toArray(), QJsonArray{p01});
        // No "uri": the page does not use it (batchPageUri gives it).
        QVERIFY(!tuber.contains(QStringLiteral("uri")));
    }
    QVERIFY(!byLot.contains(QStringLiteral("QCT-260212-NT2")));
    QCOMPARE(byLot.size(), 5);

    // The harvest events of the tubers are among the records.
    int harvests = 0;
    for (const QJsonValue& v : data.value(QStringLiteral("records")).toArray()) {
        const QByteArray bytes = pageRecordBytes(v.toObject());
        harvests += bytes.contains("QCT-260210-NT1") && bytes.contains("commissioning") ? 1 : 0;
    }
    QVERIFY(harvests >= 1);
}

void TestSiteExport::attachments()
{
    const QJsonObject data = pageData(pagePath(siteDir(QStringLiteral("site")), m_demo.exportBatch));
    const QJsonObject attachments = data.value(QStringLiteral("attachments")).toObject();
    QVERIFY(attachments.contains(m_smallAttachment));
    QVERIFY(!attachments.contains(m_bigAttachment)); // would make the page over 1 MB
    const QJsonObject a = attachments.value(m_smallAttachment).toObject();
    QCOMPARE(a.value(QStringLiteral("name")).toString(), QStringLiteral("检测报告.pdf"));
    QCOMPARE(a.value(QStringLiteral("type")).toString(), QStringLiteral("application/pdf"));
    const QByteArray content = QByteArray::fromBase64(a.value(QStringLiteral("data")).toString().toLatin1());
    QCOMPARE(QString::fromLatin1(crypto::sha256(content).toHex()), m_smallAttachment);
    QVERIFY(QFileInfo(pagePath(siteDir(QStringLiteral("site")), m_demo.exportBatch)).size() < 1000 * 1000);
    QCOMPARE(m_first.attachments, 1);
    QVERIFY(m_first.attachmentsLeftOut >= 1);
}

void TestSiteExport::linksets()
{
    const QString site = siteDir(QStringLiteral("site"));
    for (const QString& batchId : {m_demo.exportBatch, m_demo.recalledBatch, m_unsafeBatch}) {
        const QString file =
            site + QLatin1Char('/') + batchFolder(batchId).value() + QStringLiteral("/linkset.json");
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(readFile(file), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray linkset = doc.object().value(QStringLiteral("linkset")).toArray();
        QCOMPARE(linkset.size(), 1);
        const QJsonObject context = linkset.first().toObject();
        const QString anchor = batchPageUri(kBase, batchId).value();
        QCOMPARE(context.value(QStringLiteral("anchor")).toString(), anchor);
        for (const char* type : {"https://gs1.org/voc/pip", "https://gs1.org/voc/traceability",
                                 "https://gs1.org/voc/defaultLink"}) {
            const QJsonArray targets = context.value(QLatin1String(type)).toArray();
            QCOMPARE(targets.size(), 1);
            const QJsonObject t = targets.first().toObject();
            QCOMPARE(t.value(QStringLiteral("href")).toString(), anchor + QStringLiteral("/index.html"));
            QCOMPARE(t.value(QStringLiteral("type")).toString(), QStringLiteral("text/html"));
            QVERIFY(!t.value(QStringLiteral("title")).toString().isEmpty());
            QVERIFY(t.value(QStringLiteral("hreflang")).toArray().contains(QStringLiteral("zh-CN")));
        }
        QCOMPARE(context.contains(QStringLiteral("https://gs1.org/voc/recallStatus")),
                 batchId == m_demo.recalledBatch);
    }
    // The anchor of a GTIN batch is its Digital Link on the base.
    const auto ids = labels::batchLabelIds(m_demo.exportBatch).value();
    QCOMPARE(batchPageUri(kBase, m_demo.exportBatch).value(),
             kBase + QStringLiteral("/01/") + ids.gtin14 + QStringLiteral("/10/") + ids.lot);
    QCOMPARE(batchPageUri(kBase, m_unsafeBatch).value(), kBase + QStringLiteral("/p/TEST%3AX/10/A%2FB%2A1"));
}

void TestSiteExport::indexPage()
{
    const QString site = siteDir(QStringLiteral("site"));
    const QJsonObject data = pageData(site + QStringLiteral("/index.html"));
    QCOMPARE(data.value(QStringLiteral("page")).toString(), QStringLiteral("index"));
    QCOMPARE(data.value(QStringLiteral("format")).toInt(), 1);
    const QJsonArray entries = data.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), m_allBatches.size());
    QString previousCreated = QStringLiteral("9999");
    QSet<QString> batches;
    for (const QJsonValue& v : entries) {
        const QJsonObject e = v.toObject();
        const QString batch = e.value(QStringLiteral("batch")).toString();
        batches.insert(batch);
        QCOMPARE(e.value(QStringLiteral("path")).toString(),
                 batchFolder(batch).value() + QStringLiteral("/index.html"));
        QVERIFY(QFile::exists(site + QLatin1Char('/') + e.value(QStringLiteral("path")).toString()));
        QCOMPARE(e.value(QStringLiteral("uri")).toString(), batchPageUri(kBase, batch).value());
        const QString created = e.value(QStringLiteral("created")).toString();
        QVERIFY(QDate::fromString(created, Qt::ISODate).isValid());
        QVERIFY2(created <= previousCreated, "newest first");
        previousCreated = created;
        if (batch == m_demo.recalledBatch) {
            QCOMPARE(e.value(QStringLiteral("status")).toString(), QStringLiteral("recalled"));
            QCOMPARE(e.value(QStringLiteral("lot")).toString(), QStringLiteral("JJHJ250-260812B"));
            QVERIFY(!e.value(QStringLiteral("product"))
                         .toObject()
                         .value(QStringLiteral("zh"))
                         .toString()
                         .isEmpty());
            QVERIFY(!e.value(QStringLiteral("product"))
                         .toObject()
                         .value(QStringLiteral("en"))
                         .toString()
                         .isEmpty());
        }
        if (batch == m_unsafeBatch) {
            QCOMPARE(e.value(QStringLiteral("lot")).toString(), QStringLiteral("A/B*1"));
        }
    }
    QCOMPARE(batches.size(), m_allBatches.size());
}

void TestSiteExport::privateDataStaysHome()
{
    // Every private field value this ledger holds, and the private parts whole.
    QStringList secrets;
    QList<QByteArray> bodies;
    auto st = m_ledger->database().prepare("SELECT body FROM private_fields;");
    while (st.step()) {
        const QByteArray body = st.blob(0);
        bodies.append(body);
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        collectStrings(o.value(QStringLiteral("fields")), secrets);
        secrets.append(o.value(QStringLiteral("salt")).toString());
    }
    QCOMPARE(bodies.size(), 2);
    QVERIFY(secrets.contains(QStringLiteral("HT-CONFIDENTIAL-2026-0042")));
    QVERIFY(secrets.contains(QStringLiteral("机密客户有限公司 Hidden Buyer Ltd")));
    QVERIFY(secrets.size() >= 6);

    // The export is what the pages show: scan the raw bytes of every file, and the decoded
    // record bytes and attachments of every page.
    const QString site = siteDir(QStringLiteral("site"));
    int scanned = 0;
    bool sawDigest = false;
    for (const QString& rel : filesUnder(site)) {
        const QByteArray raw = readFile(site + QLatin1Char('/') + rel);
        QList<QByteArray> haystacks{raw};
        if (rel.endsWith(QLatin1String("index.html"))) {
            const QJsonObject data = pageData(site + QLatin1Char('/') + rel);
            for (const QJsonValue& v : data.value(QStringLiteral("records")).toArray()) {
                const QByteArray bytes = pageRecordBytes(v.toObject());
                haystacks.append(bytes);
                sawDigest = sawDigest || bytes.contains("\"suyuan:private\"");
            }
            const QJsonObject attachments = data.value(QStringLiteral("attachments")).toObject();
            for (auto it = attachments.begin(); it != attachments.end(); ++it) {
                haystacks.append(QByteArray::fromBase64(
                    it.value().toObject().value(QStringLiteral("data")).toString().toLatin1()));
            }
        }
        for (const QByteArray& h : std::as_const(haystacks)) {
            for (const QString& secret : std::as_const(secrets)) {
                QVERIFY2(!h.contains(secret.toUtf8()), qPrintable(rel + QStringLiteral(": ") + secret));
                QVERIFY2(
                    !h.contains(
                        QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact).mid(2).chopped(2)),
                    qPrintable(rel));
            }
            for (const QByteArray& body : std::as_const(bodies)) {
                QVERIFY(!h.contains(body));
                QVERIFY(!h.contains(body.toBase64()));
            }
        }
        ++scanned;
    }
    QCOMPARE(scanned, 2 * m_allBatches.size() + 1);
    QVERIFY2(sawDigest, "the shipment with private fields is on a page, by its digest only");

    // The page of the shipped batch carries the event with the digest and nothing else of it.
    const QJsonObject data = pageData(pagePath(site, m_privateBatch));
    bool found = false;
    for (const QJsonValue& v : data.value(QStringLiteral("records")).toArray()) {
        const QByteArray bytes = pageRecordBytes(v.toObject());
        found = found || (bytes.contains("PUBLIC-PO-1") && bytes.contains("\"suyuan:private\""));
    }
    QVERIFY(found);
}

void TestSiteExport::reexportWritesOnlyWhatChanged()
{
    const QString site = siteDir(QStringLiteral("site"));
    const QMap<QString, QByteArray> before = snapshot(site);
    auto again = exportTo(site);
    QVERIFY2(again, qPrintable(again.error().message));
    QCOMPARE(again->filesWritten, 0);
    QCOMPARE(again->filesUnchanged, 2 * m_allBatches.size() + 1);
    QCOMPARE(again->bytesWritten, 0);
    QCOMPARE(snapshot(site), before);

    // A new inspection of a batch nothing was made from: only its page changes.
    trace::TraceService::Observation o;
    o.kind = trace::TraceService::Observation::Kind::Inspection;
    o.batches = {m_demo.exportBatch};
    o.passed = true;
    o.note = QStringLiteral("second inspection");
    QVERIFY(m_trace->observe(o));
    auto third = exportTo(site);
    QVERIFY2(third, qPrintable(third.error().message));
    QCOMPARE(third->filesWritten, 1);
    QCOMPARE(third->filesUnchanged, 2 * m_allBatches.size());
    const QMap<QString, QByteArray> after = snapshot(site);
    QStringList changed;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.value(it.key()) != it.value()) {
            changed.append(it.key());
        }
    }
    QCOMPARE(changed, QStringList{batchFolder(m_demo.exportBatch).value() + QStringLiteral("/index.html")});
    QVERIFY(pageData(pagePath(site, m_demo.exportBatch)).value(QStringLiteral("records")).toArray().size() >
            QJsonDocument::fromJson(*pageDataJson(before.value(batchFolder(m_demo.exportBatch).value() +
                                                               QStringLiteral("/index.html"))))
                .object()
                .value(QStringLiteral("records"))
                .toArray()
                .size());
}

void TestSiteExport::selectedBatchesLeaveOthers()
{
    const QString site = siteDir(QStringLiteral("selected"));
    auto one = exportTo(site, {QStringLiteral("FJ5A-251218")}); // by lot code
    QVERIFY2(one, qPrintable(one.error().message));
    QCOMPARE(one->batches, 1);
    QCOMPARE(filesUnder(site).size(), 3);
    auto other = exportTo(site, {m_demo.recalledBatch, m_unsafeBatch});
    QVERIFY(other);
    QCOMPARE(other->batches, 2);
    QCOMPARE(other->indexEntries, 3); // the index lists what is on disk
    QCOMPARE(pageData(site + QStringLiteral("/index.html")).value(QStringLiteral("entries")).toArray().size(),
             3);
    QVERIFY(QFile::exists(pagePath(site, m_demo.exportBatch)));

    auto missing = exportTo(site, {QStringLiteral("NO-SUCH-LOT")});
    QVERIFY(!missing);
    QVERIFY(!missing.error().message.isEmpty());

    // A missing template is a clear error and writes nothing.
    SiteExportOptions options;
    options.dir = siteDir(QStringLiteral("none"));
    options.base = kBase;
    options.templateDir = siteDir(QStringLiteral("no-templates"));
    auto failed = exportSite(*m_trace, options);
    QVERIFY(!failed);
    QVERIFY(failed.error().message.contains(QLatin1String("page.html")));
    QVERIFY(filesUnder(options.dir).isEmpty());

    // Cancelling stops between pages; what was written is whole.
    options.templateDir = m_templates;
    int calls = 0;
    options.progress = [&](qint64, qint64) { return ++calls < 3; };
    auto cancelled = exportSite(*m_trace, options);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    QCOMPARE(filesUnder(options.dir).size(), 4);
}

void TestSiteExport::resourceTemplate()
{
    if (!QFile::exists(QStringLiteral(":/site/page.html")) ||
        !QFile::exists(QStringLiteral(":/site/page.css")) ||
        !QFile::exists(QStringLiteral(":/site/page.js"))) {
        QSKIP("the page template (resources/site) is not complete in this build yet");
    }
    SiteExportOptions options;
    options.dir = siteDir(QStringLiteral("resource"));
    options.base = kBase;
    options.batches = {m_demo.recalledBatch};
    auto done = exportSite(*m_trace, options);
    QVERIFY2(done, qPrintable(done.error().message));
    const QByteArray page = readFile(pagePath(options.dir, m_demo.recalledBatch));
    QVERIFY(!page.contains("@SUYUAN_"));
    QCOMPARE(pageData(pagePath(options.dir, m_demo.recalledBatch)).value(QStringLiteral("batch")).toString(),
             m_demo.recalledBatch);
}

void TestSiteExport::serve()
{
    const QString site = siteDir(QStringLiteral("site"));
    SiteServer server(site);
    QVERIFY(server.listen());
    const quint16 port = server.port();
    QVERIFY(port > 0);
    QVERIFY(server.url().startsWith(QLatin1String("http://127.0.0.1:")));

    const auto ids = labels::batchLabelIds(m_demo.exportBatch).value();
    const QByteArray lotPath = "/01/" + ids.gtin14.toLatin1() + "/10/" + ids.lot.toLatin1();
    const QByteArray page = readFile(pagePath(site, m_demo.exportBatch));
    QVERIFY(!page.isEmpty());

    // The label's address: with its query, with an item serial, with a GTIN-13, under a base path.
    auto label = labels::buildLabelUri(
        kBase, labels::LabelIds{ids.gtin14, {}, ids.lot, QStringLiteral("0001"), {}}, *m_ledger);
    QVERIFY(label);
    const QByteArray labelTarget = label->mid(kBase.size()).toLatin1();
    QVERIFY(labelTarget.contains("/21/0001?"));
    for (const QByteArray& target :
         {lotPath, lotPath + '/', lotPath + "?17=261231&k=ABC&s=DEF", labelTarget, lotPath + "/21/7/",
          lotPath + "/index.html", "/01/" + ids.gtin14.mid(1).toLatin1() + "/10/" + ids.lot.toLatin1(),
          "/trace" + lotPath + "?linkType=gs1:pip", "http://localhost" + lotPath}) {
        const HttpReply r = get(port, target);
        QVERIFY2(r.status == 200, target.constData());
        QCOMPARE(r.headers.value("content-type"), QByteArray("text/html; charset=utf-8"));
        QCOMPARE(r.body, page);
        QCOMPARE(r.headers.value("content-length").toLongLong(), page.size());
    }

    // HEAD: the headers of GET, no body.
    const HttpReply head = get(port, lotPath, "HEAD");
    QCOMPARE(head.status, 200);
    QCOMPARE(head.headers.value("content-length").toLongLong(), page.size());
    QVERIFY(head.body.isEmpty());

    // A product without a GTIN, its code and lot percent-encoded (either case of hex digits).
    const QByteArray unsafe = readFile(pagePath(site, m_unsafeBatch));
    for (const QByteArray& target :
         {QByteArray("/p/TEST%3AX/10/A%2FB%2A1"), QByteArray("/p/TEST%3aX/10/A%2fB*1/21/S1?k=x"),
          QByteArray("/p/TEST:X/10/A%2FB%2a1")}) {
        const HttpReply r = get(port, target);
        QVERIFY2(r.status == 200, target.constData());
        QCOMPARE(r.body, unsafe);
    }
    // The index links a folder kept percent-encoded with its name encoded once more (what static
    // hosts and file:// read as that folder): site serve answers that form too.
    for (const QByteArray& target : {QByteArray("/p/TEST%253AX/10/A%252FB%252A1/index.html"),
                                     QByteArray("/p/TEST%253AX/10/A%252FB%252A1/")}) {
        const HttpReply r = get(port, target);
        QVERIFY2(r.status == 200, target.constData());
        QCOMPARE(r.body, unsafe);
    }
    const HttpReply chinese = get(port, "/p/" + QByteArray("涪陵榨菜").toPercentEncoding() + "/10/ZC-1");
    QCOMPARE(chinese.status, 200);
    QCOMPARE(chinese.body, readFile(pagePath(site, m_chineseBatch)));

    // The linkset, by name or as a GS1 resolver gives it.
    const QByteArray linkset =
        readFile(site + QString::fromLatin1(lotPath) + QStringLiteral("/linkset.json"));
    for (const QByteArray& target : {lotPath + "/linkset.json", lotPath + "?linkType=linkset"}) {
        const HttpReply r = get(port, target);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/linkset+json"));
        QCOMPARE(r.body, linkset);
    }
    const HttpReply accept =
        http(port, "GET " + lotPath + " HTTP/1.1\r\nHost: x\r\nAccept: application/linkset+json\r\n\r\n");
    QCOMPARE(accept.headers.value("content-type"), QByteArray("application/linkset+json"));

    // The index, folders without a page, unknown paths, other methods.
    const HttpReply index = get(port, "/");
    QCOMPARE(index.status, 200);
    QCOMPARE(index.body, readFile(site + QStringLiteral("/index.html")));
    for (const QByteArray& target :
         {QByteArray("/01"), QByteArray("/01/"), QByteArray("/p/QCT-FL/10/"), QByteArray("/nothing-here"),
          lotPath + "X", QByteArray("/01/12345/10/x")}) {
        const HttpReply r = get(port, target);
        QVERIFY2(r.status == 404, target.constData());
        QVERIFY(r.headers.value("content-type").startsWith("text/html"));
        QVERIFY(r.body.contains("404"));
    }
    const HttpReply post =
        http(port, "POST " + lotPath + " HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
    QCOMPARE(post.status, 405);
    QCOMPARE(post.headers.value("allow"), QByteArray("GET, HEAD"));
    QCOMPARE(http(port, "GARBAGE\r\n\r\n").status, 400);
}

void TestSiteExport::serveRefusesTraversal()
{
    // A secret beside the site folder, and a link out of it.
    const QString root = siteDir(QStringLiteral("jail"));
    QDir().mkpath(root + QStringLiteral("/site/01"));
    {
        QFile secret(root + QStringLiteral("/secret.txt"));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("TOP-SECRET");
        QFile page(root + QStringLiteral("/site/index.html"));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("index");
    }
    QVERIFY(QFile::link(root + QStringLiteral("/secret.txt"), root + QStringLiteral("/site/link.txt")));
    QVERIFY(QFile::link(root, root + QStringLiteral("/site/01/out")));
    {
        QDir().mkpath(root + QStringLiteral("/%2e%2e"));
        QFile decoy(root + QStringLiteral("/%2e%2e/secret.txt"));
        QVERIFY(decoy.open(QIODevice::WriteOnly));
        decoy.write("TOP-SECRET decoy outside");
    }
    SiteServer server(root + QStringLiteral("/site"));
    QVERIFY(server.listen());
    for (const QByteArray& target :
         {QByteArray("/../secret.txt"), QByteArray("/01/../../secret.txt"), QByteArray("/%2e%2e/secret.txt"),
          QByteArray("/%2E%2E/secret.txt"), QByteArray("/01/..%2f..%2fsecret.txt"),
          QByteArray("/..%2fsecret.txt"), QByteArray("/01/%2e%2e%2f%2e%2e%2fsecret.txt"),
          QByteArray("/..\\secret.txt"), QByteArray("/link.txt"), QByteArray("/./../secret.txt"),
          QByteArray("/%00/secret.txt"), QByteArray("/%zz"), QByteArray("/%252e%252e/secret.txt"),
          QByteArray("/%252E%252E%252Fsecret.txt"), QByteArray("/01/out/secret.txt"),
          QByteArray("/01/out/site/../secret.txt"), QByteArray("/01/%2e%2e%5csecret.txt"),
          QByteArray("/%2e%2e%255csecret.txt")}) {
        const HttpReply r = get(server.port(), target);
        QVERIFY2(r.status == 400 || r.status == 404, target.constData());
        QVERIFY2(!r.body.contains("TOP-SECRET"), target.constData());
    }
    QCOMPARE(get(server.port(), "/../secret.txt").status, 400);
    QCOMPARE(get(server.port(), "/%2e%2e/secret.txt").status, 400);
    QCOMPARE(get(server.port(), "/").body, QByteArray("index"));
    QCOMPARE(mapRequestPath("/01/..%2f..%2fsecret.txt").candidates.first(),
             QStringLiteral("01/..%2F..%2Fsecret.txt"));
}

// Slow, oversized, pipelined and bare-LF requests, and many idle connections: none of them blocks
// the server (it runs in this thread) or holds more than a bounded amount of memory.
void TestSiteExport::serveSlowAndMalformedClients()
{
    const QString site = siteDir(QStringLiteral("site"));
    SiteServer server(site);
    QVERIFY(server.listen());
    const quint16 port = server.port();
    const QByteArray index = readFile(site + QStringLiteral("/index.html"));

    // A request head larger than 16 KiB: 431, at once.
    const HttpReply big =
        http(port, "GET / HTTP/1.1\r\nHost: x\r\nX-Pad: " + QByteArray(20000, 'a') + "\r\n\r\n");
    QCOMPARE(big.status, 431);
    const HttpReply endless = http(port, "GET / HTTP/1.1\r\nX-Pad: " + QByteArray(40000, 'a'));
    QCOMPARE(endless.status, 431);

    // Bare LF line ends (RFC 9112 allows a server to accept them).
    QElapsedTimer lfTimer;
    lfTimer.start();
    const HttpReply lf = http(port, "GET / HTTP/1.1\nHost: x\n\n");
    QCOMPARE(lf.status, 200);
    QVERIFY2(lfTimer.elapsed() < 5000, "answered, not left to the idle timeout");

    // Two pipelined requests: one answer, then the connection closes.
    const HttpReply piped = http(port, "GET / HTTP/1.1\r\nHost: x\r\n\r\nGET /nothing HTTP/1.1\r\n\r\n");
    QCOMPARE(piped.status, 200);
    QCOMPARE(piped.headers.value("connection"), QByteArray("close"));
    QCOMPARE(piped.body, index);

    // Clients that send half a request and wait: the server keeps answering others meanwhile,
    // and past 64 open connections refuses new ones at once instead of holding them all.
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 64; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, port);
        // Connected through the event loop: the server, in this thread, accepts meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(socket->state() == QAbstractSocket::ConnectedState, 5000);
        socket->write("GET / HTTP/1.1\r\nHost: x\r\n");
        socket->flush();
        idle.push_back(std::move(socket));
    }
    QTest::qWait(200);
    QElapsedTimer busyTimer;
    busyTimer.start();
    const HttpReply busy = get(port, "/");
    QCOMPARE(busy.status, 503);
    QVERIFY2(busyTimer.elapsed() < 5000, "refused at once");
    idle.clear();
    QTest::qWait(200);
    const HttpReply again = get(port, "/");
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, index);
}

void TestSiteExport::staticHostWarning()
{
    // The batch whose code and lot hold ":" "/" "*" is named; a plain one is not.
    QVERIFY(!m_first.staticHostUnreachable.isEmpty());
    QVERIFY(m_first.staticHostUnreachable.contains(m_unsafeBatch));
    QVERIFY(!m_first.staticHostUnreachable.contains(m_demo.exportBatch));
    QVERIFY(!m_first.staticHostUnreachable.contains(m_chineseBatch));
    QVERIFY(!batchFolderIsLiteral(m_unsafeBatch));
    QVERIFY(batchFolderIsLiteral(m_chineseBatch));
}

QTEST_GUILESS_MAIN(TestSiteExport)
#include "TestSiteExport.moc"
