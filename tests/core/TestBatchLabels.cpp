#include "TestSupport.h"

#include "labels/BatchLabels.h"
#include "labels/LabelCode.h"
#include "trace/Demo.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace suyuan;
using namespace suyuan::labels;

class TestBatchLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void labelBaseSetting();
    void contentFromTheTraceModel();
    void serialsEachSigned();
    void cliScansAnImage();
    void cliPdfDecodesToTheCodes();
    void cliRecordsItemScans();

private:
    // suyuan-cli on this test's profile: its exit code (-1 when it hangs), stdout in *stdOut.
    int runCli(const QString& exe, const QStringList& args, QByteArray* stdOut);

    QTemporaryDir m_dir;
    QString m_profile;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<trace::TraceService> m_trace;
};

void TestBatchLabels::initTestCase()
{
    m_profile = m_dir.filePath(QStringLiteral("profile"));
    m_ledger = test::createProfile(m_profile);
    auto trace = trace::TraceService::open(*m_ledger);
    QVERIFY(trace);
    m_trace = std::move(trace.value());
    QVERIFY(trace::fillDemoLedger(*m_trace, {}));
    trace::Party self;
    self.key = QStringLiteral("self");
    self.nameZh = QStringLiteral("奉节县脐橙专业合作社");
    self.role = QStringLiteral("cooperative");
    self.entityCode = QStringLiteral("93500236MA5YQ4K744");
    self.contact = QJsonObject{{QStringLiteral("phone"), QStringLiteral("023-5655-1234")}};
    QVERIFY(m_trace->saveParty(self));
}

void TestBatchLabels::cleanupTestCase()
{
    m_trace.reset();
    m_ledger.reset();
}

void TestBatchLabels::labelBaseSetting()
{
    QCOMPARE(labelBase(*m_ledger), QString::fromLatin1(exampleLabelBase));
    QVERIFY(!setLabelBase(*m_ledger, QStringLiteral("ftp://trace.example.cn")));
    QVERIFY(!setLabelBase(*m_ledger, QStringLiteral("https://trace.example.cn/?x=1")));
    QCOMPARE(labelBase(*m_ledger), QString::fromLatin1(exampleLabelBase)); // nothing stored
    QVERIFY(setLabelBase(*m_ledger, QStringLiteral("https://suyuan.fengjie-coop.cn/t/")));
    QCOMPARE(labelBase(*m_ledger), QStringLiteral("https://suyuan.fengjie-coop.cn/t"));
}

void TestBatchLabels::contentFromTheTraceModel()
{
    const QString id = m_trace->resolveBatch(QStringLiteral("FJ5A-251218")).value();
    BatchLabelOptions options;
    options.netQuantity = 5;
    options.expiry = QDate(2026, 3, 31);
    auto label = batchLabel(*m_trace, id, options);
    QVERIFY2(label, qPrintable(label ? QString() : label.error().message));
    const LabelContent& c = label->content;
    QCOMPARE(c.productZh, QStringLiteral("奉节脐橙 特级 5 kg 礼盒装"));
    QVERIFY(c.productEn.startsWith(QLatin1String("Fengjie navel orange")));
    QCOMPARE(c.lot, QStringLiteral("FJ5A-251218"));
    QCOMPARE(c.productionDate, QDate(2025, 12, 18));
    QCOMPARE(c.expiry, QDate(2026, 3, 31));
    QVERIFY2(!c.origin.isEmpty(), "the batch's origin location");
    QCOMPARE(c.producerName, QStringLiteral("奉节县脐橙专业合作社"));
    QCOMPARE(c.entityCode, QStringLiteral("93500236MA5YQ4K744"));
    QCOMPARE(c.producerContact, QStringLiteral("023-5655-1234"));
    QCOMPARE(c.netQuantity, 5.0);
    QCOMPARE(c.unit, QStringLiteral("KGM"));
    QVERIFY(label->ids.gtin14.startsWith(QLatin1String("0693")));
    QVERIFY(!batchLabel(*m_trace, QStringLiteral("urn:suyuan:lot:NONE:X"), {}));
}

void TestBatchLabels::serialsEachSigned()
{
    const QString id = m_trace->resolveBatch(QStringLiteral("FJ10-251218")).value();
    BatchLabelOptions options;
    options.copies.copies = 3;
    options.copies.serials = true;
    auto labels = batchLabels(*m_trace, id, options);
    QVERIFY2(labels, qPrintable(labels ? QString() : labels.error().message));
    QCOMPARE(labels->size(), 3);
    QSet<QString> uris;
    for (int i = 0; i < 3; ++i) {
        const LabelContent& c = labels->at(i);
        QCOMPARE(c.serial, QStringLiteral("%1").arg(i + 1, 4, 10, QLatin1Char('0')));
        uris.insert(c.uri);
        auto scanned = parseScan(c.uri);
        QVERIFY(scanned);
        QCOMPARE(scanned->ids.serial, c.serial);
        QCOMPARE(verifyScan(scanned.value(), *m_ledger).verdict, LabelCheck::Verdict::Genuine);
        QVERIFY(c.uri.startsWith(QLatin1String("HTTPS://SUYUAN.FENGJIE-COOP.CN/T/01/"), Qt::CaseInsensitive));
    }
    QCOMPARE(uris.size(), 3);
    // Without serials: identical copies of one code.
    options.copies.serials = false;
    labels = batchLabels(*m_trace, id, options);
    QVERIFY(labels);
    QCOMPARE(labels->size(), 3);
    QCOMPARE(labels->at(0).uri, labels->at(2).uri);
    QVERIFY(labels->at(0).serial.isEmpty());
}

// The whole chain as a clerk runs it: the CLI writes a PDF, which is rasterised at 300 dpi
// and read back by an independent decoder (zbarimg).
void TestBatchLabels::cliPdfDecodesToTheCodes()
{
    const QString exe = qEnvironmentVariable("SUYUAN_CLI");
    if (exe.isEmpty()) {
        QSKIP("SUYUAN_CLI is not set");
    }
    m_trace.reset();
    m_ledger.reset(); // the CLI opens the profile itself
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("labels.pdf"));
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SUYUAN_PASSPHRASE"), QStringLiteral("correct horse"));
    cli.setProcessEnvironment(env);
    cli.start(exe, {QStringLiteral("--profile"), m_profile, QStringLiteral("label"),
                    QStringLiteral("--batch"), QStringLiteral("JJHJ250-260812A"), QStringLiteral("--copies"),
                    QStringLiteral("2"), QStringLiteral("--serials"), QStringLiteral("--template"),
                    QStringLiteral("a4-2x5"), QStringLiteral("--out"), pdf});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QVERIFY(QFile::exists(pdf));
    QProcess raster;
    raster.start(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"), pdf,
                  out.filePath(QStringLiteral("page"))});
    QVERIFY(raster.waitForFinished(60000));
    QCOMPARE(raster.exitCode(), 0);
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"),
               {QStringLiteral("--raw"), QStringLiteral("-q"), out.filePath(QStringLiteral("page-1.png"))});
    QVERIFY(zbar.waitForFinished(60000));
    QStringList decoded =
        QString::fromUtf8(zbar.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    decoded.sort();
    QCOMPARE(decoded.size(), 2);
    auto ledger = Profile::open(m_profile, QByteArrayLiteral("correct horse"));
    QVERIFY(ledger);
    for (int i = 0; i < 2; ++i) {
        auto scanned = parseScan(decoded.at(i));
        QVERIFY2(scanned, qPrintable(decoded.at(i)));
        QCOMPARE(scanned->ids.lot, QStringLiteral("JJHJ250-260812A"));
        QCOMPARE(scanned->ids.serial, QStringLiteral("%1").arg(i + 1, 4, 10, QLatin1Char('0')));
        QCOMPARE(verifyScan(scanned.value(), *ledger.value()).verdict, LabelCheck::Verdict::Genuine);
    }
}

int TestBatchLabels::runCli(const QString& exe, const QStringList& args, QByteArray* stdOut)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SUYUAN_PASSPHRASE"), QStringLiteral("correct horse"));
    cli.setProcessEnvironment(env);
    cli.start(exe, QStringList{QStringLiteral("--profile"), m_profile} + args);
    if (!cli.waitForFinished(60000)) {
        return -1;
    }
    *stdOut = cli.readAllStandardOutput();
    return cli.exitCode();
}

// A photo of a label, read by suyuan-cli scan --image: genuine, exit code 0.
void TestBatchLabels::cliScansAnImage()
{
    const QString exe = qEnvironmentVariable("SUYUAN_CLI");
    if (exe.isEmpty()) {
        QSKIP("SUYUAN_CLI is not set");
    }
    QTemporaryDir out;
    const QString png = out.filePath(QStringLiteral("label.png"));
    const auto run = [&](const QStringList& args, QByteArray* stdOut) { return runCli(exe, args, stdOut); };
    QByteArray text;
    QCOMPARE(run({QStringLiteral("label"), QStringLiteral("--batch"), QStringLiteral("FJ5A-251218"),
                  QStringLiteral("--template"), QStringLiteral("100x50"), QStringLiteral("--out"), png},
                 &text),
             0);
    QCOMPARE(run({QStringLiteral("scan"), QStringLiteral("--image"), png, QStringLiteral("--json")}, &text),
             0);
    QVERIFY2(text.contains("\"genuine\""), text.constData());
    QVERIFY(text.contains("FJ5A-251218"));
    QCOMPARE(
        run({QStringLiteral("scan"), QStringLiteral("--image"), out.filePath(QStringLiteral("none.png"))},
            &text),
        1);
}

// suyuan-cli label-base sets the address label-uri uses; scan --record --location records an
// item label's scan and exits 1 when its serial turns up where the batch never was.
void TestBatchLabels::cliRecordsItemScans()
{
    const QString exe = qEnvironmentVariable("SUYUAN_CLI");
    if (exe.isEmpty()) {
        QSKIP("SUYUAN_CLI is not set");
    }
    const auto run = [&](const QStringList& args, QByteArray* stdOut) { return runCli(exe, args, stdOut); };
    QByteArray out;
    QCOMPARE(run({QStringLiteral("label-base"), QStringLiteral("https://trace.coop.example.cn/fj")}, &out),
             0);
    QVERIFY2(out.trimmed() == "https://trace.coop.example.cn/fj", out.constData());
    QVERIFY(run({QStringLiteral("label-base"), QStringLiteral("ftp://trace.coop.example.cn")}, &out) != 0);
    QCOMPARE(run({QStringLiteral("label-base")}, &out), 0);
    QCOMPARE(out.trimmed(), QByteArray("https://trace.coop.example.cn/fj"));
    QCOMPARE(run({QStringLiteral("label-uri"), QStringLiteral("--batch"), QStringLiteral("FJ5A-251218"),
                  QStringLiteral("--serial"), QStringLiteral("0900")},
                 &out),
             0);
    const QString uri = QString::fromUtf8(out.trimmed());
    QVERIFY2(uri.startsWith(QStringLiteral("HTTPS://TRACE.COOP.EXAMPLE.CN/fj/01/")) &&
                 uri.contains(QStringLiteral("/21/0900?")),
             qPrintable(uri));
    // Where the batch went (its cold store), then a supermarket it never reached.
    QCOMPARE(run({QStringLiteral("scan"), uri, QStringLiteral("--record"), QStringLiteral("--location"),
                  QStringLiteral("cq-lianglu-wh"), QStringLiteral("--json")},
                 &out),
             0);
    QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("genuine"));
    QJsonObject recorded = o.value(QStringLiteral("recorded")).toObject();
    QCOMPARE(recorded.value(QStringLiteral("sightings")).toInt(), 1);
    QVERIFY(recorded.value(QStringLiteral("copied_label_warnings")).toArray().isEmpty());
    QCOMPARE(run({QStringLiteral("scan"), uri, QStringLiteral("--record"), QStringLiteral("--location"),
                  QStringLiteral("cq-store-jiefangbei"), QStringLiteral("--json")},
                 &out),
             1);
    recorded = QJsonDocument::fromJson(out).object().value(QStringLiteral("recorded")).toObject();
    QCOMPARE(recorded.value(QStringLiteral("sightings")).toInt(), 2);
    QCOMPARE(recorded.value(QStringLiteral("copied_label_warnings")).toArray().size(), 1);
    // --record needs a place; an unknown place records nothing.
    QCOMPARE(run({QStringLiteral("scan"), uri, QStringLiteral("--record")}, &out), 2);
    QVERIFY(run({QStringLiteral("scan"), uri, QStringLiteral("--record"), QStringLiteral("--location"),
                 QStringLiteral("nowhere")},
                &out) != 0);
    QCOMPARE(run({QStringLiteral("label-base"), QLatin1String(labels::exampleLabelBase)}, &out), 0);
}

QTEST_MAIN(TestBatchLabels)
#include "TestBatchLabels.moc"
