#include "TestSupport.h"

#include "trace/RecallReport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace suyuan;
using namespace suyuan::test;
using namespace suyuan::trace;

// The recall impact of a batch as CSV and as a printable PDF (read back with poppler's
// pdftotext, an independent reader).
class TestRecallReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void impactCsvAndPdf();
};

void TestRecallReport::impactCsvAndPdf()
{
    QTemporaryDir tmp;
    auto ledger = createProfile(tmp.filePath(QStringLiteral("p")), "pass", QStringLiteral("江津花椒合作社"));
    auto trace = std::move(TraceService::open(*ledger).value());
    Product pepper;
    pepper.code = QStringLiteral("HJ");
    pepper.nameZh = QStringLiteral("江津花椒");
    pepper.nameEn = QStringLiteral("Jiangjin Sichuan pepper");
    QVERIFY(trace->saveProduct(pepper).ok());
    Location shop;
    shop.key = QStringLiteral("shop-1");
    shop.nameZh = QStringLiteral("解放碑门店");
    QVERIFY(trace->saveLocation(shop).ok());
    TraceService::Harvest h;
    h.batch = {QStringLiteral("code:HJ"), QStringLiteral("HJ-2026-07"), 300, {}};
    const QString bulk = trace->harvest(h).value();
    TraceService::Transform split;
    split.inputs = {{bulk, 300, {}}};
    split.outputs = {{QStringLiteral("code:HJ"), QStringLiteral("HJ-R1"), 100, {}},
                     {QStringLiteral("code:HJ"), QStringLiteral("HJ-R2"), 200, {}}};
    const QStringList retail = trace->transform(split).value();
    QVERIFY(trace->ship(retail.at(1), QStringLiteral("shop-1"), QStringLiteral("shop-1")).ok());
    QVERIFY(trace->receive(retail.at(1), QStringLiteral("shop-1")).ok());

    auto impact = recallImpact(*trace, bulk);
    QVERIFY(impact.ok());
    QCOMPARE(impact->affected.size(), 3);
    const QByteArray csv = recallCsv(impact.value());
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                           "batch,product,lot,"));
    QCOMPARE(csv.count("\r\n"), 4);
    QVERIFY(csv.contains("\"HJ-R2\",\"active\""));
    QVERIFY(csv.contains("urn:suyuan:location:shop-1"));
    QVERIFY(csv.contains("urn:suyuan:party:shop-1")); // received: the shipment's destination holds it

    const QString pdf = tmp.filePath(QStringLiteral("recall.pdf"));
    QVERIFY(writeRecallPdf(*trace, impact.value(), pdf).ok());
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString out = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("Recall impact report")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("HJ-R1")) && out.contains(QStringLiteral("HJ-R2")), qPrintable(out));
    // "affected" comes out of pdftotext with an ff ligature, and "门" as the radical U+2ED4
    // (a ToUnicode quirk of the CJK font): match around them.
    QVERIFY2(out.contains(QStringLiteral("3 batches")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("解放碑")), qPrintable(out)); // the location's name, not its URI
}

QTEST_MAIN(TestRecallReport)
#include "TestRecallReport.moc"
