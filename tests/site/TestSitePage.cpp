// The consumer page (resources/site/) in a real browser: a demo profile is exported with
// `suyuan-cli site export`, and Debian's headless Chromium opens the pages from disk and through
// `suyuan-cli site serve`. The page's verdict is read from <body data-verification="…">
// (docs/site-format.md, "What the page checks").

#include "crypto/Ed25519.h"
#include "crypto/Hash.h"
#include "crypto/NodeId.h"
#include "labels/BatchLabels.h"
#include "labels/LabelCode.h"
#include "ledger/Record.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

const QByteArray kPassphrase = "site page test passphrase";

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

struct Page
{
    QString dom;
    QString app;                  // what the script rendered: <main id="app">…</main>
    QHash<QString, QString> body; // attributes of <body>

    QString verification() const { return body.value(QStringLiteral("data-verification")); }
};

// An exported page taken apart: the HTML and its page data, and put back together.
struct PageFile
{
    QByteArray html;
    QJsonObject data;

    static PageFile read(const QString& path)
    {
        PageFile f;
        QFile in(path);
        if (in.open(QIODevice::ReadOnly)) {
            f.html = in.readAll();
        }
        f.data = QJsonDocument::fromJson(dataJson(f.html)).object();
        return f;
    }
    static QByteArray dataJson(const QByteArray& html)
    {
        const QByteArray marker = "<script type=\"application/json\" id=\"suyuan-data\">";
        const qsizetype start = html.indexOf(marker) + marker.size();
        const qsizetype end = html.indexOf("</script>", start);
        return start > marker.size() && end > start ? html.mid(start, end - start) : QByteArray();
    }
    // The page with this data, and `script` (a test shim) run before the page's own script.
    bool write(const QString& path, const QByteArray& script = {}) const
    {
        const QByteArray marker = "<script type=\"application/json\" id=\"suyuan-data\">";
        const qsizetype start = html.indexOf(marker) + marker.size();
        const qsizetype end = html.indexOf("</script>", start);
        QByteArray json = QJsonDocument(data).toJson(QJsonDocument::Compact);
        json.replace('<', "\\u003c");
        const QByteArray out = html.left(start) + json + "</script>\n" + script + html.mid(end + 9);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(out) == out.size();
    }
    QJsonObject envelope(qsizetype i) const { return QJsonDocument::fromJson(recordBytes(i)).object(); }
    // The exact bytes of record i: "text" (UTF-8) or "bytes" (base64).
    QByteArray recordBytes(qsizetype i) const
    {
        return bytesOf(data.value(QStringLiteral("records")).toArray().at(i).toObject());
    }
    static QByteArray bytesOf(const QJsonObject& record)
    {
        return record.contains(QStringLiteral("text"))
                   ? record.value(QStringLiteral("text")).toString().toUtf8()
                   : QByteArray::fromBase64(record.value(QStringLiteral("bytes")).toString().toLatin1());
    }
    // The manifest message (docs/site-format.md, "Page data") over this data's records.
    QByteArray manifestMessage() const
    {
        QByteArray m = "suyuan-site-v1\n";
        for (const char* member : {"batch", "uri", "generated"}) {
            m += data.value(QLatin1String(member)).toString().toUtf8() + '\n';
        }
        for (qsizetype i = 0; i < recordCount(); ++i) {
            m += suyuan::crypto::sha256(recordBytes(i)).toHex() + '\n';
        }
        QStringList files = data.value(QStringLiteral("attachments")).toObject().keys();
        std::sort(files.begin(), files.end());
        for (const QString& f : std::as_const(files)) {
            m += "attachment " + f.toLatin1() + '\n';
        }
        return m;
    }
    // A manifest by another key over this data (or over `message`, when given).
    void signManifest(const suyuan::crypto::SigningKey& key, const QByteArray& message = {})
    {
        data.insert(QStringLiteral("manifest"),
                    QJsonObject{{QStringLiteral("signer"), QString::fromLatin1(key.publicKey().toHex())},
                                {QStringLiteral("sig"),
                                 QString::fromLatin1(
                                     key.sign(message.isEmpty() ? manifestMessage() : message).toBase64())}});
    }
    QJsonObject manifest() const { return data.value(QStringLiteral("manifest")).toObject(); }
    qsizetype recordCount() const { return data.value(QStringLiteral("records")).toArray().size(); }
    void append(const QJsonObject& record)
    {
        QJsonArray records = data.value(QStringLiteral("records")).toArray();
        records.append(record);
        data.insert(QStringLiteral("records"), records);
    }
};

// Someone with a key of their own (not one of the ledger's): signs well-formed records, in time
// after everything of the demo so that they go last in canonical order.
struct Forger
{
    suyuan::crypto::SigningKey key = suyuan::crypto::SigningKey::generate();
    qint64 seq = 0;
    QByteArray prev;
    qint64 timeMs = QDateTime(QDate(2029, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

    QJsonObject sign(const QString& kind, const QJsonObject& body)
    {
        timeMs += 1000;
        return signAt(timeMs, kind, body);
    }
    QJsonObject signAt(qint64 at, const QString& kind, const QJsonObject& body)
    {
        ++seq;
        const QByteArray bytes = suyuan::encodeRecord(key.publicKey(), seq, prev, at, kind, body);
        prev = suyuan::crypto::sha256(bytes);
        return QJsonObject{{QStringLiteral("text"), QString::fromUtf8(bytes)},
                           {QStringLiteral("sig"), QString::fromLatin1(key.sign(bytes).toBase64())}};
    }
    QString keyHex() const { return QString::fromLatin1(key.publicKey().toHex()); }
};

// Shims run before the page's script: a browser without Ed25519 in WebCrypto, and a broken one
// (or a hostile extension) whose verify() accepts anything.
const QByteArray kNoEd25519 =
    "<script>(function(){var s=crypto.subtle,o=s.importKey.bind(s);s.importKey=function(f,k,a){"
    "var n=a&&(a.name||a);if(String(n).toLowerCase()==='ed25519'){return Promise.reject(new "
    "DOMException('Ed25519','NotSupportedError'));}return o.apply(null,arguments);};})();</script>\n";
const QByteArray kAcceptsAnything =
    "<script>(function(){crypto.subtle.verify=function(){return Promise.resolve(true);};})();</script>\n";

// A 1×1 PNG.
const QByteArray kPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

} // namespace

class TestSitePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void demoBatchesVerify_data();
    void demoBatchesVerify();
    void indexPage();
    void tamperingFails_data();
    void tamperingFails();
    void recallBanner();
    void languages();
    void labelSignature();
    void servedPage();
    void largestGenealogy();
    // Review of the consumer site: what a tampered page or a lesser browser must not get away with.
    void unsupportedBrowser();
    void browserAcceptingAnything();
    void pageBoundToItsAddress();
    void secondMasterRecordFails();
    void recordStringsAreText();
    void labelIssuerMustRecordTheBatch();
    void inputsFromTheRecords();
    void indexLinks();
    // The signed page manifest: a record left out of a page does not go unnoticed.
    void droppingAnyRecordFails();
    void manifestTampering_data();
    void manifestTampering();
    void pageResignedByAnotherKey();

private:
    Run cli(const QStringList& args, int timeoutMs = 300000) const;
    Page open(const QString& url, const QStringList& extra = {}) const;
    QString pagePath(const QString& gtinOrCode, const QString& lot) const;
    QString fileUrl(const QString& path, const QString& query = {}) const;
    QString labelQuery(const QString& batch, const QStringList& extra = {}) const;
    QString startServer();

    QTemporaryDir m_tmp;
    QString m_cli;
    QString m_chromium;
    QString m_profile;
    QString m_site;
    QProcess* m_server = nullptr;
    QString m_serverUrl;
    int m_browserRuns = 0;
};

// Lots of the demo scenario (core/trace/Demo.cpp) and where their pages are.
static const char* const kFj5a = "FJ5A-251218";        // oranges exported to Singapore, from two harvests
static const char* const kPepperB = "JJHJ250-260812B"; // recalled after a residue finding
static const char* const kZhacai = "ZC80-260415A";     // zhacai from three farms' tubers
static const char* const kOrangeGtin5kg = "06937651000285";
static const char* const kPepperGtin250g = "06951907000218";
static const char* const kZhacaiGtin = "06942183010176";

Run TestSitePage::cli(const QStringList& args, int timeoutMs) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("SUYUAN_PASSPHRASE"), QString::fromUtf8(kPassphrase));
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(m_cli, QStringList{QStringLiteral("--profile"), m_profile} + args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Opens a URL in headless Chromium with a fresh user data directory and returns the DOM after
// the page's script has run (the virtual time budget lets the WebCrypto promises settle).
Page TestSitePage::open(const QString& url, const QStringList& extra) const
{
    const QString userData =
        m_tmp.filePath(QStringLiteral("chromium-%1").arg(const_cast<TestSitePage*>(this)->m_browserRuns++));
    QStringList args{QStringLiteral("--headless"),
                     QStringLiteral("--no-sandbox"),
                     QStringLiteral("--disable-gpu"),
                     QStringLiteral("--no-first-run"),
                     QStringLiteral("--disable-extensions"),
                     QStringLiteral("--user-data-dir=") + userData,
                     QStringLiteral("--virtual-time-budget=5000"),
                     QStringLiteral("--dump-dom")};
    args += extra;
    args << url;
    QProcess p;
    p.start(m_chromium, args);
    Page page;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return page;
    }
    page.dom = QString::fromUtf8(p.readAllStandardOutput());
    const qsizetype appStart = page.dom.indexOf(QLatin1String("<main id=\"app\""));
    if (appStart >= 0) {
        page.app = page.dom.mid(appStart, page.dom.indexOf(QLatin1String("</main>"), appStart) - appStart);
    }
    const QRegularExpression bodyTag(QStringLiteral("<body([^>]*)>"));
    const QRegularExpressionMatch m = bodyTag.match(page.dom);
    if (m.hasMatch()) {
        const QRegularExpression attr(QStringLiteral("([a-z-]+)=\"([^\"]*)\""));
        for (auto it = attr.globalMatch(m.captured(1)); it.hasNext();) {
            const QRegularExpressionMatch a = it.next();
            page.body.insert(a.captured(1), a.captured(2));
        }
    }
    return page;
}

QString TestSitePage::pagePath(const QString& gtinOrCode, const QString& lot) const
{
    const bool gtin = gtinOrCode.size() == 14 && gtinOrCode.front().isDigit();
    return QDir(m_site).filePath((gtin ? QStringLiteral("01/") : QStringLiteral("p/")) + gtinOrCode +
                                 QStringLiteral("/10/") + lot + QStringLiteral("/index.html"));
}

QString TestSitePage::fileUrl(const QString& path, const QString& query) const
{
    return QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + query;
}

// The query part (?17=…&k=…&s=…) of a genuine label of the batch from `suyuan-cli label-uri`.
QString TestSitePage::labelQuery(const QString& batch, const QStringList& extra) const
{
    const Run r = cli(QStringList{QStringLiteral("label-uri"), QStringLiteral("--batch"), batch} + extra);
    if (r.code != 0) {
        qWarning("label-uri failed: %s", qPrintable(r.err));
        return {};
    }
    const QString uri = r.out.trimmed().split(QLatin1Char('\n')).last().trimmed();
    const qsizetype q = uri.indexOf(QLatin1Char('?'));
    return q < 0 ? QString() : uri.mid(q);
}

void TestSitePage::initTestCase()
{
    m_chromium = qEnvironmentVariable("SUYUAN_CHROMIUM");
    if (m_chromium.isEmpty()) {
        m_chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    }
    if (m_chromium.isEmpty()) {
        QSKIP("chromium is not installed (Debian package chromium): the consumer page cannot be tested in a "
              "browser here");
    }
    m_cli = qEnvironmentVariable("SUYUAN_CLI");
    QVERIFY2(!m_cli.isEmpty(), "SUYUAN_CLI must name the suyuan-cli executable");
    QVERIFY(m_tmp.isValid());
    m_profile = m_tmp.filePath(QStringLiteral("profile"));
    m_site = m_tmp.filePath(QStringLiteral("site"));

    Run r = cli({QStringLiteral("demo")});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QElapsedTimer timer;
    timer.start();
    r = cli({QStringLiteral("site"), QStringLiteral("export"), m_site});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    qInfo("site export of the demo: %lld ms; %s", static_cast<long long>(timer.elapsed()),
          qPrintable(r.out.trimmed()));
    QVERIFY2(QFile::exists(pagePath(QLatin1String(kOrangeGtin5kg), QLatin1String(kFj5a))),
             qPrintable(pagePath(QLatin1String(kOrangeGtin5kg), QLatin1String(kFj5a))));
}

void TestSitePage::cleanupTestCase()
{
    if (m_server) {
        m_server->terminate();
        if (!m_server->waitForFinished(5000)) {
            m_server->kill();
            m_server->waitForFinished();
        }
        delete m_server;
        m_server = nullptr;
    }
}

void TestSitePage::demoBatchesVerify_data()
{
    QTest::addColumn<QString>("gtinOrCode");
    QTest::addColumn<QString>("lot");
    QTest::newRow("oranges, two harvests, export")
        << QString::fromLatin1(kOrangeGtin5kg) << QString::fromLatin1(kFj5a);
    QTest::newRow("zhacai, three farms") << QString::fromLatin1(kZhacaiGtin) << QString::fromLatin1(kZhacai);
    QTest::newRow("pepper, recalled")
        << QString::fromLatin1(kPepperGtin250g) << QString::fromLatin1(kPepperB);
    QTest::newRow("tuber, no GTIN") << QStringLiteral("QCT-FL") << QStringLiteral("QCT-260210-NT1");
}

void TestSitePage::demoBatchesVerify()
{
    QFETCH(QString, gtinOrCode);
    QFETCH(QString, lot);
    QString path = pagePath(gtinOrCode, lot);
    if (!QFile::exists(path)) {
        // A product code that is not a safe file name stays percent-encoded (docs/site-format.md).
        path = pagePath(QString::fromLatin1(QUrl::toPercentEncoding(gtinOrCode)), lot);
    }
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const Page page = open(fileUrl(path));
    QVERIFY2(page.verification() == QLatin1String("verified"),
             qPrintable(path + QStringLiteral(": ") + page.verification() + QStringLiteral("\n") +
                        page.dom.left(4000)));
    QVERIFY(page.app.contains(lot));
    QCOMPARE(page.body.value(QStringLiteral("data-manifest")), QStringLiteral("verified"));
    QVERIFY(!page.body.value(QStringLiteral("data-signer")).isEmpty());
    QVERIFY(page.app.contains(page.body.value(QStringLiteral("data-signer"))));
    // No mark of failure anywhere, and a verified mark per step.
    QVERIFY(!page.app.contains(QLatin1String("class=\"mark bad\"")));
    QVERIFY(page.app.contains(QLatin1String("class=\"mark ok\"")));
}

void TestSitePage::indexPage()
{
    const Page page =
        open(fileUrl(QDir(m_site).filePath(QStringLiteral("index.html")), QStringLiteral("?lang=en")));
    QCOMPARE(page.verification(), QStringLiteral("none"));
    QVERIFY(page.app.contains(QLatin1String(kFj5a)));
    QVERIFY(page.app.contains(QStringLiteral("href=\"01/%1/10/%2/index.html\"")
                                  .arg(QLatin1String(kOrangeGtin5kg), QLatin1String(kFj5a))));
}

void TestSitePage::tamperingFails_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("one byte of one record") << QStringLiteral("byte");
    QTest::newRow("one byte of one record, as base64") << QStringLiteral("byte+base64");
    QTest::newRow("one signature") << QStringLiteral("sig");
    QTest::newRow("two records swapped") << QStringLiteral("swap");
    QTest::newRow("one record left out") << QStringLiteral("drop");
    QTest::newRow("attachment or product name of the data changed") << QStringLiteral("batch");
}

void TestSitePage::tamperingFails()
{
    QFETCH(QString, how);
    QFile in(pagePath(QLatin1String(kOrangeGtin5kg), QLatin1String(kFj5a)));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray html = in.readAll();
    const QByteArray marker = "<script type=\"application/json\" id=\"suyuan-data\">";
    const qsizetype start = html.indexOf(marker) + marker.size();
    const qsizetype end = html.indexOf("</script>", start);
    QVERIFY(start > marker.size() && end > start);
    QJsonParseError error;
    QJsonObject data = QJsonDocument::fromJson(html.mid(start, end - start), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QJsonArray records = data.value(QStringLiteral("records")).toArray();
    QVERIFY(records.size() > 10);
    const int victim = static_cast<int>(records.size() / 2);
    QJsonObject rec = records.at(victim).toObject();
    if (how.startsWith(QLatin1String("byte"))) {
        QByteArray bytes = PageFile::bytesOf(rec);
        // A digit or letter inside the record becomes another one: still valid JSON.
        qsizetype i = bytes.indexOf("\"seq\":");
        QVERIFY(i > 0);
        i = bytes.indexOf("\"time\":\"", i) + 9;
        bytes[i] = bytes.at(i) == '1' ? '2' : '1';
        rec.remove(QStringLiteral("text"));
        if (how == QLatin1String("byte+base64")) {
            rec.insert(QStringLiteral("bytes"), QString::fromLatin1(bytes.toBase64()));
        } else {
            rec.insert(QStringLiteral("text"), QString::fromUtf8(bytes));
        }
        records.replace(victim, rec);
    } else if (how == QLatin1String("sig")) {
        QByteArray sig = QByteArray::fromBase64(rec.value(QStringLiteral("sig")).toString().toLatin1());
        QCOMPARE(sig.size(), 64);
        sig[10] = static_cast<char>(sig.at(10) ^ 0x01);
        rec.insert(QStringLiteral("sig"), QString::fromLatin1(sig.toBase64()));
        records.replace(victim, rec);
    } else if (how == QLatin1String("swap")) {
        const QJsonValue a = records.at(victim);
        records.replace(victim, records.at(victim + 1));
        records.replace(victim + 1, a);
    } else if (how == QLatin1String("drop")) {
        // Leaving out a record in the middle of an author's run would show as a gap ("records
        // about other products"); the signed manifest lists every record, so it fails.
        records.removeAt(victim);
    } else if (how == QLatin1String("batch")) {
        // The unsigned part of the data cannot make the page claim another batch.
        data.insert(QStringLiteral("batch"),
                    QStringLiteral("https://id.gs1.org/01/06937651000285/10/NOT-THIS-LOT"));
    }
    data.insert(QStringLiteral("records"), records);
    QByteArray json = QJsonDocument(data).toJson(QJsonDocument::Compact);
    json.replace('<', "\\u003c");
    html.replace(start, end - start, json);
    const QString path = m_tmp.filePath(QStringLiteral("tampered-%1.html").arg(how));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(html);
    out.close();
    const Page page = open(fileUrl(path, QStringLiteral("?lang=en")));
    QVERIFY2(page.verification() == QLatin1String("failed"),
             qPrintable(how + QStringLiteral(": ") + page.verification()));
    QVERIFY(page.app.contains(QLatin1String("Verification failed")));
}

void TestSitePage::recallBanner()
{
    const Page recalled = open(fileUrl(pagePath(QLatin1String(kPepperGtin250g), QLatin1String(kPepperB)),
                                       QStringLiteral("?lang=zh")));
    QCOMPARE(recalled.verification(), QStringLiteral("verified"));
    QCOMPARE(recalled.body.value(QStringLiteral("data-recall")), QStringLiteral("recalled"));
    QVERIFY(recalled.app.contains(QLatin1String("class=\"recall\"")));
    QVERIFY(recalled.app.contains(QStringLiteral("本批次已召回")));
    // The banner comes before the history.
    QVERIFY(recalled.app.indexOf(QLatin1String("class=\"recall\"")) <
            recalled.app.indexOf(QLatin1String("class=\"history\"")));

    const Page fine = open(fileUrl(pagePath(QLatin1String(kOrangeGtin5kg), QLatin1String(kFj5a))));
    QCOMPARE(fine.body.value(QStringLiteral("data-recall")), QStringLiteral("none"));
    QVERIFY(!fine.app.contains(QLatin1String("class=\"recall\"")));
}

void TestSitePage::languages()
{
    const QString path = pagePath(QLatin1String(kOrangeGtin5kg), QLatin1String(kFj5a));
    // The browser's language decides by default.
    const Page zh = open(fileUrl(path), {QStringLiteral("--accept-lang=zh-CN")});
    QCOMPARE(zh.verification(), QStringLiteral("verified"));
    QCOMPARE(zh.body.value(QStringLiteral("data-lang")), QStringLiteral("zh"));
    QVERIFY(zh.app.contains(QStringLiteral("已验证")));
    QVERIFY(zh.app.contains(QStringLiteral("奉节脐橙 特级 5 kg 礼盒装")));
    QVERIFY(zh.dom.contains(QStringLiteral("<html lang=\"zh-CN\"")));
    QVERIFY2(zh.dom.contains(QStringLiteral(">English</button>")), "the switch offers English");

    const Page en = open(fileUrl(path), {QStringLiteral("--accept-lang=en-US")});
    QCOMPARE(en.body.value(QStringLiteral("data-lang")), QStringLiteral("en"));
    QVERIFY(en.app.contains(QStringLiteral("Verified")));
    QVERIFY(en.app.contains(QStringLiteral("Fengjie navel orange, premium grade, 5 kg carton")));
    QVERIFY(en.dom.contains(QStringLiteral(">中文</button>")));

    // ?lang= overrides the browser (what the switch does, without a reload).
    const Page forced =
        open(fileUrl(path, QStringLiteral("?lang=en")), {QStringLiteral("--accept-lang=zh-CN")});
    QCOMPARE(forced.body.value(QStringLiteral("data-lang")), QStringLiteral("en"));
    QVERIFY(forced.app.contains(QStringLiteral("Shipped")));
}

void TestSitePage::labelSignature()
{
    const QString path = pagePath(QLatin1String(kOrangeGtin5kg), QLatin1String(kFj5a));
    const QString query =
        labelQuery(QLatin1String(kFj5a), {QStringLiteral("--expiry"), QStringLiteral("2026-12-31")});
    QVERIFY2(query.contains(QLatin1String("k=")) && query.contains(QLatin1String("s=")), qPrintable(query));

    const Page genuine = open(fileUrl(path, query + QStringLiteral("&lang=en")));
    QVERIFY2(genuine.verification() == QLatin1String("verified"), qPrintable(genuine.verification()));
    QCOMPARE(genuine.body.value(QStringLiteral("data-label")), QStringLiteral("verified"));
    QVERIFY(genuine.app.contains(QLatin1String("Label signature valid")));
    // The node that printed the label also compiled the page.
    QCOMPARE(genuine.body.value(QStringLiteral("data-signer-is-issuer")), QStringLiteral("yes"));
    QVERIFY(genuine.app.contains(QStringLiteral("The page was signed by the label\u2019s issuer.")));

    // One character of s changed.
    QString altered = query;
    const qsizetype s = altered.indexOf(QLatin1String("s=")) + 2 + 20;
    altered[s] = altered.at(s) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    const Page forged = open(fileUrl(path, altered));
    QCOMPARE(forged.verification(), QStringLiteral("failed"));
    QCOMPARE(forged.body.value(QStringLiteral("data-label")), QStringLiteral("failed"));

    // A genuine label of another batch does not verify on this page.
    const QString other = labelQuery(QStringLiteral("FJ10-251218"));
    QVERIFY(!other.isEmpty());
    const Page wrongBatch = open(fileUrl(path, other));
    QCOMPARE(wrongBatch.verification(), QStringLiteral("failed"));

    // Another expiry than the one signed.
    QString expiry = query;
    expiry.replace(QLatin1String("17=261231"), QLatin1String("17=271231"));
    QVERIFY(expiry != query);
    QCOMPARE(open(fileUrl(path, expiry)).verification(), QStringLiteral("failed"));
}

QString TestSitePage::startServer()
{
    if (m_server) {
        return m_serverUrl;
    }
    m_server = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_server->setProcessEnvironment(env);
    m_server->start(m_cli, {QStringLiteral("site"), QStringLiteral("serve"), m_site, QStringLiteral("--port"),
                            QStringLiteral("0")});
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    const QRegularExpression url(QStringLiteral("(http://[^\\s]+)"));
    while (timer.elapsed() < 20000) {
        if (!m_server->waitForReadyRead(500) && m_server->state() != QProcess::Running) {
            break;
        }
        out += m_server->readAllStandardOutput();
        const QRegularExpressionMatch m = url.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_serverUrl = m.captured(1);
            while (m_serverUrl.endsWith(QLatin1Char('/')) || m_serverUrl.endsWith(QLatin1Char('.'))) {
                m_serverUrl.chop(1);
            }
            return m_serverUrl;
        }
    }
    qWarning("site serve printed: %s %s", out.constData(), m_server->readAllStandardError().constData());
    return {};
}

void TestSitePage::servedPage()
{
    const QString base = startServer();
    QVERIFY2(!base.isEmpty(), "suyuan-cli site serve did not say where it listens");
    // A Digital Link path with a query string, as a phone camera opens it.
    const Page plain = open(base + QStringLiteral("/01/%1/10/%2?lang=en&utm_source=qr")
                                       .arg(QLatin1String(kOrangeGtin5kg), QLatin1String(kFj5a)));
    QVERIFY2(plain.verification() == QLatin1String("verified"), qPrintable(plain.dom.left(2000)));
    // An item-level label: the serial is in the path, the page answers for the lot.
    const QString query =
        labelQuery(QLatin1String(kFj5a), {QStringLiteral("--serial"), QStringLiteral("0042"),
                                          QStringLiteral("--expiry"), QStringLiteral("2026-12-31")});
    QVERIFY(!query.isEmpty());
    const QString itemPath =
        QStringLiteral("/01/%1/10/%2/21/0042").arg(QLatin1String(kOrangeGtin5kg), QLatin1String(kFj5a));
    const Page item = open(base + itemPath + query);
    QVERIFY2(item.verification() == QLatin1String("verified"), qPrintable(item.dom.left(2000)));
    QCOMPARE(item.body.value(QStringLiteral("data-label")), QStringLiteral("verified"));
    QVERIFY(item.app.contains(QLatin1String("0042")));
    // The same label on another serial is not genuine.
    QString otherPath = itemPath;
    otherPath.replace(QLatin1String("/21/0042"), QLatin1String("/21/0043"));
    const Page otherSerial = open(base + otherPath + query);
    QCOMPARE(otherSerial.verification(), QStringLiteral("failed"));
    QCOMPARE(otherSerial.body.value(QStringLiteral("data-label")), QStringLiteral("failed"));
}

void TestSitePage::largestGenealogy()
{
    QString largest;
    qint64 size = 0;
    qint64 total = 0;
    int pages = 0;
    for (QDirIterator it(m_site, {QStringLiteral("index.html")}, QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString path = it.next();
        if (path == QDir(m_site).filePath(QStringLiteral("index.html"))) {
            continue;
        }
        const qint64 s = QFileInfo(path).size();
        total += s;
        ++pages;
        if (s > size) {
            size = s;
            largest = path;
        }
    }
    QVERIFY(!largest.isEmpty());
    QVERIFY2(size < 1024 * 1024, qPrintable(QStringLiteral("%1 is %2 bytes").arg(largest).arg(size)));
    // Three runs; the first one includes the browser's cold start.
    QList<double> renders;
    QString records;
    for (int i = 0; i < 3; ++i) {
        const Page page = open(fileUrl(largest));
        QCOMPARE(page.verification(), QStringLiteral("verified"));
        renders << page.body.value(QStringLiteral("data-render-ms")).toDouble();
        records = page.body.value(QStringLiteral("data-records"));
    }
    std::sort(renders.begin(), renders.end());
    qInfo("largest page: %s, %lld bytes, %s records; verified and rendered %.0f ms after navigation "
          "start (median of 3; min %.0f, max %.0f); %d batch pages, %lld bytes in all",
          qPrintable(QDir(m_site).relativeFilePath(largest)), static_cast<long long>(size),
          qPrintable(records), renders.at(1), renders.first(), renders.last(), pages,
          static_cast<long long>(total));
    QVERIFY2(renders.at(1) > 0, "the page writes data-render-ms");
}

// Without Ed25519 in WebCrypto the page says so and shows no verified mark anywhere: not per
// step, not for the label, not on an embedded image (whose hash matched an unverified record).
void TestSitePage::unsupportedBrowser()
{
    PageFile f = PageFile::read(pagePath(QLatin1String(kOrangeGtin5kg), QLatin1String(kFj5a)));
    QVERIFY(f.recordCount() > 10);
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(kPng, QCryptographicHash::Sha256).toHex());
    Forger forger;
    f.append(forger.sign(
        QStringLiteral("epcis.event"),
        QJsonObject{
            {QStringLiteral("type"), QStringLiteral("ObjectEvent")},
            {QStringLiteral("action"), QStringLiteral("OBSERVE")},
            {QStringLiteral("bizStep"), QStringLiteral("inspecting")},
            {QStringLiteral("eventTime"), QStringLiteral("2029-01-01T00:00:00.000Z")},
            {QStringLiteral("eventTimeZoneOffset"), QStringLiteral("+08:00")},
            {QStringLiteral("quantityList"),
             QJsonArray{QJsonObject{{QStringLiteral("epcClass"), f.data.value(QStringLiteral("batch"))}}}},
            {QStringLiteral("suyuan:attachments"),
             QJsonArray{QJsonObject{{QStringLiteral("suyuan:sha256"), sha},
                                    {QStringLiteral("suyuan:name"), QStringLiteral("photo.png")},
                                    {QStringLiteral("suyuan:mediaType"), QStringLiteral("image/png")},
                                    {QStringLiteral("suyuan:size"), kPng.size()}}}}}));
    QJsonObject attachments = f.data.value(QStringLiteral("attachments")).toObject();
    attachments.insert(sha, QJsonObject{{QStringLiteral("name"), QStringLiteral("photo.png")},
                                        {QStringLiteral("type"), QStringLiteral("image/png")},
                                        {QStringLiteral("data"), QString::fromLatin1(kPng.toBase64())}});
    f.data.insert(QStringLiteral("attachments"), attachments);
    const QString path = m_tmp.filePath(QStringLiteral("unsupported.html"));
    QVERIFY(f.write(path, kNoEd25519));
    const QString query =
        labelQuery(QLatin1String(kFj5a), {QStringLiteral("--expiry"), QStringLiteral("2026-12-31")});
    const Page page = open(fileUrl(path, query + QStringLiteral("&lang=en")));
    QVERIFY2(page.verification() == QLatin1String("unsupported"),
             qPrintable(page.verification() + QStringLiteral("\n") + page.app.left(3000)));
    QCOMPARE(page.body.value(QStringLiteral("data-label")), QStringLiteral("unsupported"));
    QVERIFY(page.app.contains(QLatin1String("Cannot verify")));
    QVERIFY(page.app.contains(QLatin1String("Signature not checked")));
    QVERIFY2(page.app.contains(QLatin1String("<img src=\"blob:")), "the image is shown");
    QVERIFY2(!page.app.contains(QStringLiteral("✓")),
             qPrintable(page.app.mid(page.app.indexOf(QStringLiteral("✓")) - 200, 300)));
    QVERIFY(!page.app.contains(QLatin1String("class=\"mark ok\"")));
    QVERIFY(!page.app.contains(QLatin1String("Verified")));
}

// A WebCrypto whose verify() says yes to everything (broken, or replaced by an extension) is not
// taken for Ed25519 support: with it even a page with a forged signature would show verified.
void TestSitePage::browserAcceptingAnything()
{
    PageFile f = PageFile::read(pagePath(QLatin1String(kOrangeGtin5kg), QLatin1String(kFj5a)));
    QJsonArray records = f.data.value(QStringLiteral("records")).toArray();
    QJsonObject rec = records.at(3).toObject();
    QByteArray sig = QByteArray::fromBase64(rec.value(QStringLiteral("sig")).toString().toLatin1());
    sig[5] = static_cast<char>(sig.at(5) ^ 0x40);
    rec.insert(QStringLiteral("sig"), QString::fromLatin1(sig.toBase64()));
    records.replace(3, rec);
    f.data.insert(QStringLiteral("records"), records);
    const QString path = m_tmp.filePath(QStringLiteral("accepts-anything.html"));
    QVERIFY(f.write(path, kAcceptsAnything));
    const Page page = open(fileUrl(path, QStringLiteral("?lang=en")));
    QVERIFY2(page.verification() == QLatin1String("unsupported"), qPrintable(page.verification()));
    QVERIFY(!page.app.contains(QLatin1String("class=\"mark ok\"")));
}

// The page at the address of one batch must be about that batch: pointing the unsigned "batch"
// field at an input the records also name (so "a verified record names it" holds) fails there.
void TestSitePage::pageBoundToItsAddress()
{
    const QString original = pagePath(QLatin1String(kZhacaiGtin), QLatin1String(kZhacai));
    const QString rel = QDir(m_site).relativeFilePath(original);
    PageFile f = PageFile::read(original);
    QString input;
    for (const QJsonValue& b : f.data.value(QStringLiteral("batches")).toArray()) {
        if (b.toObject().value(QStringLiteral("depth")).toInt() == 1) {
            input = b.toObject().value(QStringLiteral("batch")).toString();
            break;
        }
    }
    QVERIFY2(!input.isEmpty(), "the zhacai is made from other batches");

    // The genuine page in a copy of the folder verifies there (from disk and over HTTP).
    const QString copy = m_tmp.filePath(QStringLiteral("bound/") + rel);
    QVERIFY(f.write(copy));
    QCOMPARE(open(fileUrl(copy)).verification(), QStringLiteral("verified"));

    f.data.insert(QStringLiteral("batch"), input);
    QVERIFY(f.write(copy));
    const Page moved = open(fileUrl(copy, QStringLiteral("?lang=en")));
    QVERIFY2(moved.verification() == QLatin1String("failed"), qPrintable(moved.verification()));
    QVERIFY(moved.app.contains(QLatin1String("the address of this page names batch")));
    // Saved elsewhere (no batch in its address), the same page has nothing to be held to but its
    // manifest, which signs the batch: re-signed by someone else, it verifies and names them.
    const QString loose = m_tmp.filePath(QStringLiteral("loose-input.html"));
    QVERIFY(f.write(loose));
    QCOMPARE(open(fileUrl(loose)).verification(), QStringLiteral("failed"));
    Forger other;
    f.signManifest(other.key);
    QVERIFY(f.write(loose));
    const Page resigned = open(fileUrl(loose));
    QCOMPARE(resigned.verification(), QStringLiteral("verified"));
    QCOMPARE(resigned.body.value(QStringLiteral("data-signer")),
             suyuan::crypto::nodeIdFromPublicKey(other.key.publicKey()));
}

// A second master record for the product, by someone else's key, must not rename the product:
// the export embeds one master record per product, party and location.
void TestSitePage::secondMasterRecordFails()
{
    PageFile f = PageFile::read(pagePath(QLatin1String(kOrangeGtin5kg), QLatin1String(kFj5a)));
    QJsonObject product;
    for (qsizetype i = 0; i < f.recordCount(); ++i) {
        const QJsonObject env = f.envelope(i);
        if (env.value(QStringLiteral("kind")) == QLatin1String("master.product") &&
            env.value(QStringLiteral("body")).toObject().value(QStringLiteral("gtin")) ==
                QLatin1String(kOrangeGtin5kg)) {
            product = env.value(QStringLiteral("body")).toObject();
        }
    }
    QVERIFY(!product.isEmpty());
    product.insert(QStringLiteral("name"),
                   QJsonObject{{QStringLiteral("zh"), QStringLiteral("假冒有机特级")},
                               {QStringLiteral("en"), QStringLiteral("FAKE ORGANIC PREMIUM")}});
    Forger forger;
    f.append(forger.sign(QStringLiteral("master.product"), product));
    const QString path = m_tmp.filePath(QStringLiteral("second-master.html"));
    QVERIFY(f.write(path));
    const Page page = open(fileUrl(path, QStringLiteral("?lang=en")));
    QVERIFY2(page.verification() == QLatin1String("failed"), qPrintable(page.verification()));
    QVERIFY(page.app.contains(QLatin1String("two different master records for one product")));
}

// Strings of records go into the page as text: markup in any of them creates no element and
// runs no script (the page is self-signed here, so it may well verify; what matters is the DOM).
void TestSitePage::recordStringsAreText()
{
    PageFile f = PageFile::read(pagePath(QLatin1String(kOrangeGtin5kg), QLatin1String(kFj5a)));
    const QString batch = f.data.value(QStringLiteral("batch")).toString();
    const QString x = QStringLiteral("\"'><img src=x onerror=\"document.body.dataset.pwned=1\"><svg "
                                     "onload=document.body.dataset.pwned=2>");
    Forger forger;
    f.append(forger.sign(QStringLiteral("master.party"),
                         QJsonObject{{QStringLiteral("id"), QStringLiteral("evil-party")},
                                     {QStringLiteral("name"),
                                      QJsonObject{{QStringLiteral("zh"), x}, {QStringLiteral("en"), x}}}}));
    f.append(forger.sign(QStringLiteral("master.location"),
                         QJsonObject{{QStringLiteral("id"), QStringLiteral("evil-place")},
                                     {QStringLiteral("name"), x},
                                     {QStringLiteral("address"), x},
                                     {QStringLiteral("party"), QStringLiteral("evil-party")}}));
    const QJsonObject q{
        {QStringLiteral("epcClass"), batch}, {QStringLiteral("quantity"), x}, {QStringLiteral("uom"), x}};
    for (const QString& step : {QStringLiteral("shipping"), QStringLiteral("receiving"),
                                QStringLiteral("field_work"), QStringLiteral("sampling"), x}) {
        f.append(forger.sign(
            QStringLiteral("epcis.event"),
            QJsonObject{
                {QStringLiteral("type"), QStringLiteral("ObjectEvent")},
                {QStringLiteral("action"), QStringLiteral("OBSERVE")},
                {QStringLiteral("bizStep"), step},
                {QStringLiteral("disposition"), x},
                {QStringLiteral("eventTime"), x},
                {QStringLiteral("eventTimeZoneOffset"), x},
                {QStringLiteral("eventID"), x},
                {QStringLiteral("quantityList"), QJsonArray{q, QJsonObject{{QStringLiteral("epcClass"), x}}}},
                {QStringLiteral("parentID"), x},
                {QStringLiteral("bizLocation"),
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("urn:suyuan:location:evil-place")}}},
                {QStringLiteral("sourceList"),
                 QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("owning_party")},
                                        {QStringLiteral("source"), x}}}},
                {QStringLiteral("destinationList"),
                 QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("owning_party")},
                                        {QStringLiteral("destination"), x}},
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("location")},
                                        {QStringLiteral("destination"), x}}}},
                {QStringLiteral("ilmd"),
                 QJsonObject{{QStringLiteral("cbvmda:harvestStartDate"), x},
                             {QStringLiteral("suyuan:variety"), x},
                             {QStringLiteral("cbvmda:countryOfOrigin"), x},
                             {QStringLiteral("suyuan:certifications"), QJsonArray{x}}}},
                {QStringLiteral("suyuan:workType"), x},
                {QStringLiteral("suyuan:input"), x},
                {QStringLiteral("suyuan:dose"),
                 QJsonObject{{QStringLiteral("suyuan:quantity"), x}, {QStringLiteral("suyuan:uom"), x}}},
                {QStringLiteral("sensorElementList"),
                 QJsonArray{QJsonObject{{QStringLiteral("sensorReport"),
                                         QJsonArray{QJsonObject{{QStringLiteral("suyuan:name"), x},
                                                                {QStringLiteral("value"), x},
                                                                {QStringLiteral("uom"), x},
                                                                {QStringLiteral("suyuan:limit"), 1}}}}}}},
                {QStringLiteral("certificationInfo"), x},
                {QStringLiteral("suyuan:transport"), QJsonObject{{QStringLiteral("suyuan:mode"), x},
                                                                 {QStringLiteral("suyuan:carrier"), x},
                                                                 {QStringLiteral("suyuan:vehicle"), x}}},
                {QStringLiteral("bizTransactionList"),
                 QJsonArray{QJsonObject{{QStringLiteral("type"), x}, {QStringLiteral("bizTransaction"), x}}}},
                {QStringLiteral("suyuan:reason"), x},
                {QStringLiteral("suyuan:recallReason"), x},
                {QStringLiteral("suyuan:note"), x},
                {QStringLiteral("suyuan:private"), x},
                {QStringLiteral("suyuan:attachments"),
                 QJsonArray{QJsonObject{{QStringLiteral("suyuan:sha256"), x},
                                        {QStringLiteral("suyuan:name"), x},
                                        {QStringLiteral("suyuan:mediaType"), x},
                                        {QStringLiteral("suyuan:size"), x}}}}}));
    }
    // A withdrawal of one of them, with markup in its reason and note.
    f.append(forger.sign(QStringLiteral("epcis.event"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("ObjectEvent")},
                                     {QStringLiteral("eventID"), x},
                                     {QStringLiteral("eventTime"), x},
                                     {QStringLiteral("errorDeclaration"),
                                      QJsonObject{{QStringLiteral("declarationTime"), x},
                                                  {QStringLiteral("reason"), x},
                                                  {QStringLiteral("suyuan:note"), x},
                                                  {QStringLiteral("correctiveEventIDs"), QJsonArray{x}}}}}));
    f.data.insert(QStringLiteral("batches"),
                  QJsonArray{QJsonObject{{QStringLiteral("batch"), batch}, {QStringLiteral("depth"), 0}},
                             QJsonObject{{QStringLiteral("batch"), x},
                                         {QStringLiteral("depth"), x},
                                         {QStringLiteral("parents"), QJsonArray{x}}}});
    const QString path = m_tmp.filePath(QStringLiteral("markup.html"));
    QVERIFY(f.write(path));
    for (const QString& lang : {QStringLiteral("?lang=en"), QStringLiteral("?lang=zh")}) {
        const Page page = open(fileUrl(path, lang));
        QVERIFY2(page.verification() == QLatin1String("verified") ||
                     page.verification() == QLatin1String("failed"),
                 qPrintable(page.verification()));
        QVERIFY(!page.body.contains(QStringLiteral("data-pwned")));
        QVERIFY2(!page.app.contains(QLatin1String("<img src=\"x\"")) &&
                     !page.app.contains(QLatin1String("<img src=x")),
                 "no element from a record string");
        QVERIFY(!page.app.contains(QLatin1String("<svg")));
        QVERIFY2(page.app.contains(QLatin1String("&lt;img src=x onerror=")), "the markup is shown as text");
    }
}

// A label is genuine only when signed by a node that recorded this batch itself: the author of
// an input batch's record (here a key of its own) cannot vouch for a label of the product.
void TestSitePage::labelIssuerMustRecordTheBatch()
{
    PageFile f = PageFile::read(pagePath(QLatin1String(kZhacaiGtin), QLatin1String(kZhacai)));
    QString input;
    for (const QJsonValue& b : f.data.value(QStringLiteral("batches")).toArray()) {
        if (b.toObject().value(QStringLiteral("depth")).toInt() == 1) {
            input = b.toObject().value(QStringLiteral("batch")).toString();
        }
    }
    QVERIFY(!input.isEmpty());
    Forger forger;
    f.append(
        forger.sign(QStringLiteral("epcis.event"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("ObjectEvent")},
                                {QStringLiteral("action"), QStringLiteral("OBSERVE")},
                                {QStringLiteral("bizStep"), QStringLiteral("storing")},
                                {QStringLiteral("eventTime"), QStringLiteral("2029-01-01T00:00:00.000Z")},
                                {QStringLiteral("quantityList"),
                                 QJsonArray{QJsonObject{{QStringLiteral("epcClass"), input}}}}}));
    QJsonArray issuers = f.data.value(QStringLiteral("issuers")).toArray();
    issuers.append(forger.keyHex());
    f.data.insert(QStringLiteral("issuers"), issuers);
    const QString path = m_tmp.filePath(QStringLiteral("foreign-issuer.html"));
    QVERIFY(f.write(path));

    const auto ids = suyuan::labels::batchLabelIds(f.data.value(QStringLiteral("batch")).toString());
    QVERIFY(ids);
    const QByteArray sig = forger.key.sign(suyuan::labels::labelMessage(ids.value()));
    const QString query =
        QStringLiteral("?k=%1&s=%2&lang=en")
            .arg(suyuan::labels::issuerHint(forger.key.publicKey()), suyuan::labels::base32Encode(sig));
    const Page page = open(fileUrl(path, query));
    QVERIFY2(page.verification() == QLatin1String("failed"), qPrintable(page.verification()));
    QCOMPARE(page.body.value(QStringLiteral("data-label")), QStringLiteral("failed"));
    QVERIFY(page.app.contains(QLatin1String("the issuer is not an author of this batch")));
}

// The batches a product was made from come from the signed transformations: leaving them out of
// the unsigned "batches" list does not hide them (nor a recall of one of them).
void TestSitePage::inputsFromTheRecords()
{
    PageFile f = PageFile::read(pagePath(QLatin1String(kZhacaiGtin), QLatin1String(kZhacai)));
    QStringList inputs;
    QJsonArray kept;
    for (const QJsonValue& b : f.data.value(QStringLiteral("batches")).toArray()) {
        if (b.toObject().value(QStringLiteral("depth")).toInt() == 0) {
            kept.append(b);
        } else {
            inputs.append(b.toObject().value(QStringLiteral("batch")).toString());
        }
    }
    QVERIFY(inputs.size() >= 3);
    f.data.insert(QStringLiteral("batches"), kept);
    const QString path = m_tmp.filePath(QStringLiteral("no-inputs.html"));
    QVERIFY(f.write(path));
    const Page page = open(fileUrl(path, QStringLiteral("?lang=en")));
    QCOMPARE(page.verification(), QStringLiteral("verified"));
    QVERIFY(page.app.contains(QLatin1String("Made from")));
    QCOMPARE(page.app.count(QLatin1String("class=\"batch input\"")), inputs.size());
}

// The index links every page by its folder, each segment encoded once more (a folder kept
// percent-encoded must not be read as its decoded text), and links nothing but batch pages.
void TestSitePage::indexLinks()
{
    PageFile f = PageFile::read(QDir(m_site).filePath(QStringLiteral("index.html")));
    QJsonArray entries;
    for (const QString& path : {QStringLiteral("p/TEST%3AX/10/A%2FB%2A1/index.html"),
                                QStringLiteral("javascript:alert(1)//01/x/10/y/index.html"),
                                QStringLiteral("\tjavascript:alert(1)"), QStringLiteral("../../etc/passwd"),
                                QStringLiteral("01/../../x/10/y/index.html"),
                                QStringLiteral("//evil.example/01/x/10/y/index.html")}) {
        entries.append(QJsonObject{{QStringLiteral("path"), path},
                                   {QStringLiteral("lot"), path},
                                   {QStringLiteral("batch"), QStringLiteral("x")}});
    }
    f.data.insert(QStringLiteral("entries"), entries);
    const QString path = m_tmp.filePath(QStringLiteral("index-links/index.html"));
    QVERIFY(f.write(path));
    const Page page = open(fileUrl(path, QStringLiteral("?lang=en")));
    QCOMPARE(page.verification(), QStringLiteral("none"));
    QVERIFY2(page.app.contains(QLatin1String("href=\"p/TEST%253AX/10/A%252FB%252A1/index.html\"")),
             qPrintable(page.app));
    QCOMPARE(page.app.count(QLatin1String("href=")), 1);
}

// Each record of a page left out, one at a time, fails the page: the recall event of the recalled
// pepper lot included, which would otherwise leave a "verified" page without its recall banner.
void TestSitePage::droppingAnyRecordFails()
{
    const PageFile original =
        PageFile::read(pagePath(QLatin1String(kPepperGtin250g), QLatin1String(kPepperB)));
    const qsizetype n = original.recordCount();
    QVERIFY(n > 5);
    qsizetype recall = -1;
    for (qsizetype i = 0; i < n; ++i) {
        const QJsonObject body = original.envelope(i).value(QStringLiteral("body")).toObject();
        if (body.value(QStringLiteral("disposition")).toString().endsWith(QLatin1String("recalled"))) {
            recall = i;
        }
    }
    QVERIFY2(recall >= 0, "the recalled lot's page holds its recall event");
    for (qsizetype i = 0; i < n; ++i) {
        PageFile f = original;
        QJsonArray records = f.data.value(QStringLiteral("records")).toArray();
        records.removeAt(i);
        f.data.insert(QStringLiteral("records"), records);
        const QString path = m_tmp.filePath(QStringLiteral("dropped/%1.html").arg(i));
        QVERIFY(f.write(path));
        const Page page = open(fileUrl(path, QStringLiteral("?lang=en")));
        QVERIFY2(page.verification() == QLatin1String("failed"),
                 qPrintable(
                     QStringLiteral("record %1 of %2 left out: %3").arg(i).arg(n).arg(page.verification())));
        QCOMPARE(page.body.value(QStringLiteral("data-manifest")), QStringLiteral("failed"));
        QVERIFY(page.app.contains(QLatin1String("the signed manifest does not match this page")));
        if (i == recall) {
            QCOMPARE(page.body.value(QStringLiteral("data-recall")), QStringLiteral("none"));
            // In Chinese too.
            const Page zh = open(fileUrl(path, QStringLiteral("?lang=zh")));
            QCOMPARE(zh.verification(), QStringLiteral("failed"));
            QVERIFY(zh.app.contains(QStringLiteral("本页的签名清单与页面内容不符")));
        }
    }
}

void TestSitePage::manifestTampering_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("reason");
    QTest::newRow("manifest removed") << QStringLiteral("remove") << QStringLiteral("has no signed manifest");
    QTest::newRow("one bit of its signature")
        << QStringLiteral("sig") << QStringLiteral("the signed manifest does not match");
    QTest::newRow("another signer named")
        << QStringLiteral("signer") << QStringLiteral("the signed manifest does not match");
    QTest::newRow("signer not a key")
        << QStringLiteral("signer-format") << QStringLiteral("manifest of the page is malformed (signer)");
    QTest::newRow("generated changed")
        << QStringLiteral("generated") << QStringLiteral("the signed manifest does not match");
    QTest::newRow("two records swapped, each still valid")
        << QStringLiteral("swap") << QStringLiteral("the signed manifest does not match");
    QTest::newRow("embedded file added")
        << QStringLiteral("attachment") << QStringLiteral("the signed manifest does not match");
}

void TestSitePage::manifestTampering()
{
    QFETCH(QString, how);
    QFETCH(QString, reason);
    PageFile f = PageFile::read(pagePath(QLatin1String(kOrangeGtin5kg), QLatin1String(kFj5a)));
    QJsonObject manifest = f.manifest();
    QVERIFY(!manifest.isEmpty());
    if (how == QLatin1String("remove")) {
        f.data.remove(QStringLiteral("manifest"));
    } else if (how == QLatin1String("sig")) {
        QByteArray sig = QByteArray::fromBase64(manifest.value(QStringLiteral("sig")).toString().toLatin1());
        sig[20] = static_cast<char>(sig.at(20) ^ 0x04);
        manifest.insert(QStringLiteral("sig"), QString::fromLatin1(sig.toBase64()));
        f.data.insert(QStringLiteral("manifest"), manifest);
    } else if (how == QLatin1String("signer")) {
        Forger other;
        manifest.insert(QStringLiteral("signer"), other.keyHex());
        f.data.insert(QStringLiteral("manifest"), manifest);
    } else if (how == QLatin1String("signer-format")) {
        manifest.insert(QStringLiteral("signer"), QStringLiteral("not a key"));
        f.data.insert(QStringLiteral("manifest"), manifest);
    } else if (how == QLatin1String("generated")) {
        f.data.insert(QStringLiteral("generated"), QStringLiteral("2030-01-01T00:00:00+08:00"));
    } else if (how == QLatin1String("swap")) {
        // Two records of different authors with the same time would each stay in canonical order;
        // here the swap is of the page's own records, whose order check fails as well: what
        // matters is that the manifest notices.
        QJsonArray records = f.data.value(QStringLiteral("records")).toArray();
        const QJsonValue a = records.at(2);
        records.replace(2, records.at(3));
        records.replace(3, a);
        f.data.insert(QStringLiteral("records"), records);
    } else if (how == QLatin1String("attachment")) {
        // The manifest signs the set of embedded files: one more (or one fewer) does not match.
        QJsonObject files = f.data.value(QStringLiteral("attachments")).toObject();
        files.insert(QString::fromLatin1(QCryptographicHash::hash(kPng, QCryptographicHash::Sha256).toHex()),
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("photo.png")},
                                 {QStringLiteral("type"), QStringLiteral("image/png")},
                                 {QStringLiteral("data"), QString::fromLatin1(kPng.toBase64())}});
        f.data.insert(QStringLiteral("attachments"), files);
    }
    const QString path = m_tmp.filePath(QStringLiteral("manifest-%1.html").arg(how));
    QVERIFY(f.write(path));
    const Page page = open(fileUrl(path, QStringLiteral("?lang=en")));
    QVERIFY2(page.verification() == QLatin1String("failed"),
             qPrintable(how + QStringLiteral(": ") + page.verification()));
    QVERIFY2(page.app.contains(reason), qPrintable(page.app.left(3000)));
    QVERIFY(!page.app.contains(QLatin1String("Page compiled and signed by")));
}

// Every record re-signed with a fresh key and a manifest by that key: nothing inside the page can
// tell (the page says so), but it names its signer, and no other. A manifest by that key whose
// list of ids differs in one id from the page's records fails.
void TestSitePage::pageResignedByAnotherKey()
{
    const QString original = pagePath(QLatin1String(kOrangeGtin5kg), QLatin1String(kFj5a));
    PageFile f = PageFile::read(original);
    const QString genuineSigner = f.manifest().value(QStringLiteral("signer")).toString();
    Forger forger;
    QJsonArray records;
    QJsonArray issuers{forger.keyHex()};
    for (qsizetype i = 0; i < f.recordCount(); ++i) {
        const QJsonObject env = f.envelope(i);
        const qint64 at =
            QDateTime::fromString(env.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs)
                .toMSecsSinceEpoch();
        records.append(forger.signAt(at, env.value(QStringLiteral("kind")).toString(),
                                     env.value(QStringLiteral("body")).toObject()));
    }
    f.data.insert(QStringLiteral("records"), records);
    f.data.insert(QStringLiteral("issuers"), issuers);
    f.signManifest(forger.key);
    const QString path =
        m_tmp.filePath(QStringLiteral("resigned/") + QDir(m_site).relativeFilePath(original));
    QVERIFY(f.write(path));
    const QString forgerNode = suyuan::crypto::nodeIdFromPublicKey(forger.key.publicKey());
    const Page page = open(fileUrl(path, QStringLiteral("?lang=en")));
    QVERIFY2(page.verification() == QLatin1String("verified"), qPrintable(page.app.left(3000)));
    QCOMPARE(page.body.value(QStringLiteral("data-signer")), forgerNode);
    QVERIFY(page.app.contains(QLatin1String("Page compiled and signed by")));
    QVERIFY(page.app.contains(forgerNode));
    QVERIFY(!page.app.contains(
        suyuan::crypto::nodeIdFromPublicKey(QByteArray::fromHex(genuineSigner.toLatin1()))));
    QVERIFY2(page.app.contains(QLatin1String("rests on the address of this page")),
             "the page says where trust then lies");
    // The genuine label of the lot does not go with it.
    const QString query =
        labelQuery(QLatin1String(kFj5a), {QStringLiteral("--expiry"), QStringLiteral("2026-12-31")});
    const Page scanned = open(fileUrl(path, query + QStringLiteral("&lang=en")));
    QCOMPARE(scanned.verification(), QStringLiteral("failed"));
    QCOMPARE(scanned.body.value(QStringLiteral("data-label")), QStringLiteral("failed"));

    // One id of the signed list altered (the last one: its record is replaced by another).
    QByteArray message = f.manifestMessage();
    const QByteArray lastId = suyuan::crypto::sha256(f.recordBytes(f.recordCount() - 1)).toHex();
    QVERIFY(message.contains(lastId));
    message.replace(lastId, QByteArray(64, 'a'));
    f.signManifest(forger.key, message);
    QVERIFY(f.write(path));
    const Page altered = open(fileUrl(path, QStringLiteral("?lang=en")));
    QCOMPARE(altered.verification(), QStringLiteral("failed"));
    QCOMPARE(altered.body.value(QStringLiteral("data-manifest")), QStringLiteral("failed"));
    QVERIFY(altered.app.contains(QLatin1String("the signed manifest does not match this page")));
}

QTEST_GUILESS_MAIN(TestSitePage)
#include "TestSitePage.moc"
