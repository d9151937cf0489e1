// The consumer page (resources/site/) in a real browser: a demo profile is exported with
// `suyuan-cli site export`, and Debian's headless Chromium opens the pages from disk and through
// `suyuan-cli site serve`. The page's verdict is read from <body data-verification="…">
// (docs/site-format.md, "What the page checks").

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
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
    QTest::newRow("one byte, id recomputed") << QStringLiteral("byte+id");
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
        QByteArray bytes = QByteArray::fromBase64(rec.value(QStringLiteral("bytes")).toString().toLatin1());
        // A digit or letter inside the record becomes another one: still valid JSON.
        qsizetype i = bytes.indexOf("\"seq\":");
        QVERIFY(i > 0);
        i = bytes.indexOf("\"time\":\"", i) + 9;
        bytes[i] = bytes.at(i) == '1' ? '2' : '1';
        rec.insert(QStringLiteral("bytes"), QString::fromLatin1(bytes.toBase64()));
        if (how == QLatin1String("byte+id")) {
            rec.insert(
                QStringLiteral("id"),
                QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
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
        // Leaving out a record of the chain in the middle of an author's run shows as a gap, not as
        // a failure, unless the neighbours were consecutive: drop the record after an event whose
        // successor in the same chain is on the page, so that the link breaks.
        bool dropped = false;
        for (qsizetype i = 0; i + 2 < records.size() && !dropped; ++i) {
            auto env = [&records](qsizetype k) {
                return QJsonDocument::fromJson(
                           QByteArray::fromBase64(
                               records.at(k).toObject().value(QStringLiteral("bytes")).toString().toLatin1()))
                    .object();
            };
            const QJsonObject a = env(i), b = env(i + 1), c = env(i + 2);
            if (a.value(QStringLiteral("author")) == b.value(QStringLiteral("author")) &&
                b.value(QStringLiteral("author")) == c.value(QStringLiteral("author")) &&
                b.value(QStringLiteral("seq")).toInteger() ==
                    a.value(QStringLiteral("seq")).toInteger() + 1 &&
                c.value(QStringLiteral("seq")).toInteger() ==
                    b.value(QStringLiteral("seq")).toInteger() + 1) {
                records.removeAt(i + 1);
                dropped = true;
            }
        }
        QVERIFY(dropped);
        // A gap is allowed (records about other products); the page must still verify.
        data.insert(QStringLiteral("records"), records);
        QByteArray json = QJsonDocument(data).toJson(QJsonDocument::Compact);
        json.replace('<', "\\u003c");
        QByteArray altered = html;
        altered.replace(start, end - start, json);
        const QString path = m_tmp.filePath(QStringLiteral("tampered-%1.html").arg(how));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(altered);
        out.close();
        const Page page = open(fileUrl(path));
        QCOMPARE(page.verification(), QStringLiteral("verified"));
        return;
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

QTEST_GUILESS_MAIN(TestSitePage)
#include "TestSitePage.moc"
