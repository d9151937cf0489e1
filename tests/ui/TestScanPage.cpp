#include "UiTestSupport.h"

#include "labels/LabelCode.h"
#include "scan/ScanField.h"
#include "scan/ScanPage.h"
#include "trace/Demo.h"
#include "trace/TraceService.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace suyuan;
using namespace suyuan::ui;
using suyuan::test::find;
using Verdict = labels::LabelCheck::Verdict;

class TestScanPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void genuineLabelOpensTheBatch();
    void alteredLabelIsRefused();
    void plainLotAndJunk();
    void inTransitBatchOffersReceive();
    void itemScansShowCopiedLabels();

private:
    void scan(ScanPage& page, const QString& code);
    QString labelFor(const QString& lot, const QString& serial = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<trace::TraceService> m_trace;
    std::unique_ptr<ScanPage> m_page;
};

void TestScanPage::initTestCase()
{
    test::initGuiTest();
    m_ledger = test::createProfile(m_dir.filePath(QStringLiteral("p")));
    auto trace = trace::TraceService::open(*m_ledger);
    QVERIFY(trace);
    m_trace = std::move(trace.value());
    QVERIFY(trace::fillDemoLedger(*m_trace, {}));
}

void TestScanPage::cleanupTestCase()
{
    m_page.reset();
    m_trace.reset();
    m_ledger.reset();
}

void TestScanPage::init()
{
    QSettings().clear();
    m_page = std::make_unique<ScanPage>(*m_trace);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

QString TestScanPage::labelFor(const QString& lot, const QString& serial)
{
    const QString id = m_trace->resolveBatch(lot).value();
    const trace::BatchInfo b = m_trace->batch(id)->value();
    labels::LabelIds ids;
    if (b.productKey.startsWith(QLatin1String("code:"))) {
        ids.productCode = b.productKey.mid(5);
    } else {
        ids.gtin14 = b.productKey;
    }
    ids.lot = b.lot;
    ids.serial = serial;
    auto uri = labels::buildLabelUri(QStringLiteral("https://trace.example.cn"), ids, *m_ledger);
    return uri ? uri.value() : QString();
}

// The way a USB scanner delivers it: keystrokes into the focused field, then Enter.
void TestScanPage::scan(ScanPage& page, const QString& code)
{
    auto* field = find<ScanField>(&page, "scanField");
    field->setFocus();
    QTest::keyClicks(field, code, Qt::NoModifier, 0);
    QTest::keyClick(field, Qt::Key_Return);
}

void TestScanPage::genuineLabelOpensTheBatch()
{
    const QString uri = labelFor(QStringLiteral("FJ5A-251218"), QStringLiteral("0007"));
    QVERIFY(!uri.isEmpty());
    QSignalSpy opened(m_page.get(), &Page::batchRequested);
    scan(*m_page, uri);
    QCOMPARE(m_page->lastVerdict(), Verdict::Genuine);
    QVERIFY(find<QLabel>(m_page.get(), "verdictLabel")->text().contains(QStringLiteral("Genuine")));
    QVERIFY(find<QLabel>(m_page.get(), "detailsLabel")->text().contains(QStringLiteral("0007")));
    QVERIFY(find<QLabel>(m_page.get(), "batchLabel")->text().contains(QStringLiteral("FJ5A-251218")));
    auto* open = find<QPushButton>(m_page.get(), "openPushButton");
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toString(), m_trace->resolveBatch(QStringLiteral("FJ5A-251218")).value());
    QVERIFY(find<ScanField>(m_page.get(), "scanField")->text().isEmpty());
    test::saveScreenshot(m_page.get(), QStringLiteral("scan-genuine"));
}

void TestScanPage::alteredLabelIsRefused()
{
    // The same label with another lot (a counterfeiter reusing a genuine signature).
    QString uri = labelFor(QStringLiteral("FJ10-251218"));
    QVERIFY(uri.contains(QStringLiteral("/10/FJ10-251218")));
    uri.replace(QStringLiteral("/10/FJ10-251218"), QStringLiteral("/10/FJ5A-251218"));
    scan(*m_page, uri);
    QCOMPARE(m_page->lastVerdict(), Verdict::Forged);
    auto* verdict = find<QLabel>(m_page.get(), "verdictLabel");
    QVERIFY2(verdict->text().contains(QStringLiteral("FORGED")), qPrintable(verdict->text()));
    QVERIFY(verdict->font().bold());
    // Nothing offers to take these goods in or send them on.
    QVERIFY(!find<QPushButton>(m_page.get(), "receivePushButton")->isEnabled());
    QVERIFY(!find<QPushButton>(m_page.get(), "shipPushButton")->isEnabled());
    test::saveScreenshot(m_page.get(), QStringLiteral("scan-forged"));
}

void TestScanPage::plainLotAndJunk()
{
    scan(*m_page, QStringLiteral("FJ5A-251218"));
    QCOMPARE(m_page->lastVerdict(), Verdict::Unsigned);
    QVERIFY(find<QPushButton>(m_page.get(), "openPushButton")->isEnabled());
    scan(*m_page, QStringLiteral("https://trace.example.cn/01/06901234567893/10/X"));
    QVERIFY2(find<QLabel>(m_page.get(), "verdictLabel")->text().contains(QStringLiteral("not a code")),
             qPrintable(find<QLabel>(m_page.get(), "verdictLabel")->text()));
    QVERIFY(!find<QPushButton>(m_page.get(), "openPushButton")->isEnabled());
    QCOMPARE(find<QListWidget>(m_page.get(), "historyList")->count(), 2);
}

void TestScanPage::inTransitBatchOffersReceive()
{
    const QString lot = QStringLiteral("QCT-TRANSIT-1");
    trace::TraceService::Harvest h;
    h.batch = {QStringLiteral("code:QCT-FL"), lot, 500, {}};
    auto id = m_trace->harvest(h);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    QVERIFY(m_trace->ship(id.value(), QStringLiteral("yuwei-market"), QString()));
    QSignalSpy asked(m_page.get(), &ScanPage::actionRequested);
    scan(*m_page, labelFor(lot));
    QCOMPARE(m_page->lastVerdict(), Verdict::Genuine);
    auto* receive = find<QPushButton>(m_page.get(), "receivePushButton");
    QVERIFY(receive->isEnabled());
    QVERIFY(!find<QPushButton>(m_page.get(), "shipPushButton")->isEnabled());
    QTest::mouseClick(receive, Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().at(0).toString(), QStringLiteral("receive"));
    QCOMPARE(asked.first().at(1).toString(), id.value());
}

// Item labels (with a serial) are recorded at the place chosen on the page; the same serial
// then seen where its batch never went is shown as a possible copied label.
void TestScanPage::itemScansShowCopiedLabels()
{
    const QString lot = QStringLiteral("QCT-ITEM-1");
    trace::TraceService::Harvest h;
    h.batch = {QStringLiteral("code:QCT-FL"), lot, 200, {}};
    h.locationKey = QStringLiteral("fl-plant");
    auto id = m_trace->harvest(h);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    QVERIFY(m_trace->ship(id.value(), QStringLiteral("yuxin-logistics"), QStringLiteral("cq-lianglu-wh")));
    QVERIFY(m_trace->receive(id.value(), QStringLiteral("cq-lianglu-wh")));
    const QString label = labelFor(lot, QStringLiteral("A-0001"));

    // The first warehouse is offered; the worker picks the cold store, and the page keeps it.
    auto* place = find<QComboBox>(m_page.get(), "scanLocationComboBox");
    QVERIFY(place->isEnabled());
    QCOMPARE(place->itemData(place->currentIndex()).toString().isEmpty(), false);
    const int store = place->findData(QStringLiteral("cq-lianglu-wh"));
    QVERIFY(store >= 0);
    place->setFocus();
    place->setCurrentIndex(store);
    Q_EMIT place->activated(store);
    QCOMPARE(QSettings().value(ScanPage::locationKey()).toString(), QStringLiteral("cq-lianglu-wh"));
    QSignalSpy wrote(m_page.get(), &Page::ledgerChanged);
    scan(*m_page, label);
    QCOMPARE(m_page->lastVerdict(), Verdict::Genuine);
    auto* sighting = find<QLabel>(m_page.get(), "sightingLabel");
    QVERIFY(sighting->isVisible());
    QVERIFY2(sighting->text().contains(QStringLiteral("A-0001")) &&
                 !sighting->text().contains(QStringLiteral("⚠")),
             qPrintable(sighting->text()));
    QCOMPARE(wrote.count(), 1);
    QCOMPARE(m_trace->labelSightings(id.value(), QStringLiteral("A-0001"))->size(), 1);

    // The same serial at a shop the batch never reached: a copied label.
    QVERIFY(place->findData(QStringLiteral("cq-store-jiefangbei")) >= 0);
    place->setCurrentIndex(place->findData(QStringLiteral("cq-store-jiefangbei")));
    scan(*m_page, label);
    QVERIFY2(sighting->text().contains(QStringLiteral("⚠")), qPrintable(sighting->text()));
    QVERIFY(sighting->font().bold() || sighting->styleSheet().contains(QStringLiteral("bold")));
    QCOMPARE(m_trace->labelSightings(id.value(), QStringLiteral("A-0001"))->size(), 2);
    test::saveScreenshot(m_page.get(), QStringLiteral("scan-copied-label"));

    // A forged label with that serial is recorded too, without any reassurance.
    QString forged = label;
    forged.replace(QStringLiteral("/21/A-0001"), QStringLiteral("/21/A-0002"));
    scan(*m_page, forged);
    QCOMPARE(m_page->lastVerdict(), Verdict::Forged);
    QVERIFY2(sighting->text().contains(QStringLiteral("forged")), qPrintable(sighting->text()));
    QCOMPARE(m_trace->labelSightings(id.value(), QStringLiteral("A-0002"))->size(), 1);
    QCOMPARE(wrote.count(), 3);

    // A lot label (no serial) is not recorded.
    scan(*m_page, labelFor(lot));
    QVERIFY(!sighting->isVisible());
    QCOMPARE(wrote.count(), 3);
}

QTEST_MAIN(TestScanPage)
#include "TestScanPage.moc"
