#include "BatchesTestSupport.h"
#include "UiTestSupport.h"

#include "batches/BatchTableModel.h"
#include "batches/BatchesPage.h"
#include "ledger/Profile.h"
#include "trace/Demo.h"

#include <QApplication>
#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace suyuan;
using namespace suyuan::test;
using suyuan::ui::BatchesPage;
using suyuan::ui::BatchTableModel;

namespace {
// Resident memory of this process (kB), from /proc/self/status.
qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}
} // namespace

class TestBatchesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void modelFetchesInPages();
    void filtersNarrow();
    void searchTypedAndEnterOpensDetail();
    void enterInSearchOpensSingleMatch();
    void ctrlFFocusesSearch();
    void filterRememberedAcrossInstances();
    void dashboardFilterShown();
    void sortingOtherColumnsSaysSo();
    void clearFilters();
    void measureOnScaleLedger();

private:
    std::unique_ptr<BatchesPage> makePage();
    QStringList allIds(const trace::BatchFilter& filter);

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<trace::TraceService> m_trace;
    trace::DemoSummary m_demo;
    bool m_zh = false;
};

void TestBatchesPage::initTestCase()
{
    initGuiTest();
    m_zh = installZhDictionary();
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_ledger = createProfile(m_tmp->filePath(QStringLiteral("profile")), QStringLiteral("Fengjie Co-op"));
    auto trace = trace::TraceService::open(*m_ledger);
    QVERIFY2(trace, qPrintable(trace ? QString() : trace.error().message));
    m_trace = std::move(trace).value();
    trace::DemoOptions options;
    options.scale = 1500; // enough batches for three pages and more
    auto demo = trace::fillDemoLedger(*m_trace, options);
    QVERIFY2(demo, qPrintable(demo ? QString() : demo.error().message));
    m_demo = demo.value();
    QVERIFY(m_demo.batches > 3 * BatchTableModel::kPageSize);
}

void TestBatchesPage::init()
{
    QSettings().clear();
}

void TestBatchesPage::cleanupTestCase()
{
    m_trace.reset();
    m_ledger.reset();
}

std::unique_ptr<BatchesPage> TestBatchesPage::makePage()
{
    auto page = std::make_unique<BatchesPage>(*m_trace);
    page->resize(1100, 700);
    page->show();
    page->activateWindow();
    if (!QTest::qWaitForWindowActive(page.get())) {
        return nullptr;
    }
    return page;
}

QStringList TestBatchesPage::allIds(const trace::BatchFilter& filter)
{
    QStringList ids;
    auto all = m_trace->batches(filter, 1000000);
    if (all) {
        for (const trace::BatchInfo& b : all.value()) {
            ids << b.batch;
        }
    }
    return ids;
}

void TestBatchesPage::modelFetchesInPages()
{
    BatchTableModel model(*m_trace);
    model.setFilter({});
    QCOMPARE(model.rowCount(), BatchTableModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * BatchTableModel::kPageSize);
    // Keyset paging: the rows are the newest first, without repeats, and agree with the core.
    const QStringList expected = allIds({}).mid(0, 2 * BatchTableModel::kPageSize);
    QStringList got;
    for (int r = 0; r < model.rowCount(); ++r) {
        got << model.batchIdAt(r);
    }
    QCOMPARE(got, expected);
    QVERIFY(model.rowCount() < m_demo.batches);

    // A view loads what it shows, a page at a time, never everything.
    auto page = makePage();
    QVERIFY(page);
    QTableView* view = page->view();
    QCOMPARE(page->model()->rowCount(), BatchTableModel::kPageSize);
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    QTRY_COMPARE(page->model()->rowCount(), 2 * BatchTableModel::kPageSize);
    QVERIFY(page->model()->hasMore());
    QVERIFY(page->model()->rowCount() < m_demo.batches);
    saveScreenshot(page.get(), m_zh ? QStringLiteral("batches-page-zh") : QStringLiteral("batches-page"));
}

void TestBatchesPage::filtersNarrow()
{
    BatchTableModel model(*m_trace);
    auto exportBatch = m_trace->batch(m_demo.exportBatch);
    QVERIFY(exportBatch && exportBatch->has_value());
    const trace::BatchInfo b = exportBatch->value();

    trace::BatchFilter product;
    product.productKey = b.productKey;
    model.setFilter(product);
    QVERIFY(model.rowCount() > 0);
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(model.batchAt(r).productKey, b.productKey);
    }

    trace::BatchFilter status;
    status.status = QStringLiteral("recalled");
    model.setFilter(status);
    QVERIFY(model.rowOf(m_demo.recalledBatch) >= 0);
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(model.batchAt(r).status, QStringLiteral("recalled"));
        QCOMPARE(
            model.data(model.index(r, BatchTableModel::StatusColumn), BatchTableModel::StatusRole).toString(),
            QStringLiteral("recalled"));
    }

    trace::BatchFilter text;
    text.text = QStringLiteral("FJ5A-2512");
    model.setFilter(text);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.batchIdAt(0), m_demo.exportBatch);
    QVERIFY(!model.hasMore());

    trace::BatchFilter dates;
    dates.createdFromMs = b.createdMs;
    dates.createdToMs = b.createdMs + 1;
    model.setFilter(dates);
    QVERIFY(model.rowOf(m_demo.exportBatch) >= 0);
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(model.batchAt(r).createdMs, b.createdMs);
    }

    // The page's date fields: a day range, in local days.
    auto page = makePage();
    QVERIFY(page);
    const QDate day = QDateTime::fromMSecsSinceEpoch(b.createdMs).date();
    find<QDateEdit>(page.get(), "fromDateEdit")->setDate(day);
    find<QDateEdit>(page.get(), "toDateEdit")->setDate(day);
    QVERIFY(page->model()->rowOf(m_demo.exportBatch) >= 0);
    for (int r = 0; r < page->model()->rowCount(); ++r) {
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(page->model()->batchAt(r).createdMs).date(), day);
    }
    // The status combo narrows as well.
    auto* statusCombo = find<QComboBox>(page.get(), "statusComboBox");
    statusCombo->setCurrentIndex(statusCombo->findData(QStringLiteral("in_transit")));
    for (int r = 0; r < page->model()->rowCount(); ++r) {
        QCOMPARE(page->model()->batchAt(r).status, QStringLiteral("in_transit"));
    }
}

void TestBatchesPage::searchTypedAndEnterOpensDetail()
{
    auto page = makePage();
    QVERIFY(page);
    QSignalSpy requested(page.get(), &ui::Page::batchRequested);
    auto* search = find<QLineEdit>(page.get(), "searchLineEdit");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("FJ5A-25121"));
    // Debounced: the list changes once typing pauses.
    QCOMPARE(page->model()->filter().text, QString());
    QTRY_COMPARE(page->model()->filter().text, QStringLiteral("FJ5A-25121"));
    QCOMPARE(page->model()->rowCount(), 1);
    saveScreenshot(page.get(), m_zh ? QStringLiteral("batches-search-zh") : QStringLiteral("batches-search"));
    // Down moves into the table; Enter there opens the batch.
    QTest::keyClick(search, Qt::Key_Down);
    QTRY_VERIFY(page->view()->hasFocus());
    QTest::keyClick(page->view(), Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), m_demo.exportBatch);
    // A double click opens it too.
    const QRect cell = page->view()->visualRect(page->model()->index(0, BatchTableModel::LotColumn));
    QTest::mouseClick(page->view()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(page->view()->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(requested.count(), 2);
}

void TestBatchesPage::enterInSearchOpensSingleMatch()
{
    auto page = makePage();
    QVERIFY(page);
    QSignalSpy requested(page.get(), &ui::Page::batchRequested);
    auto* search = find<QLineEdit>(page.get(), "searchLineEdit");
    search->setFocus();
    // A scanner types the lot and Enter at once: no waiting for the debounce.
    QTest::keyClicks(search, QStringLiteral("JJHJ250-260812B"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), m_demo.recalledBatch);
    // Several matches: Enter moves to the first row instead.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("FJ"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QVERIFY(page->view()->hasFocus());
    QCOMPARE(page->view()->currentIndex().row(), 0);
}

void TestBatchesPage::ctrlFFocusesSearch()
{
    auto page = makePage();
    QVERIFY(page);
    page->view()->setFocus();
    QTRY_VERIFY(page->view()->hasFocus());
    QTest::keyClick(page->view(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(find<QLineEdit>(page.get(), "searchLineEdit")->hasFocus());
}

void TestBatchesPage::filterRememberedAcrossInstances()
{
    auto recalled = m_trace->batch(m_demo.recalledBatch);
    QVERIFY(recalled && recalled->has_value());
    {
        auto page = makePage();
        QVERIFY(page);
        auto* status = find<QComboBox>(page.get(), "statusComboBox");
        status->setCurrentIndex(status->findData(QStringLiteral("recalled")));
        auto* product = find<QComboBox>(page.get(), "productComboBox");
        product->setCurrentIndex(product->findData(recalled->value().productKey));
        auto* search = find<QLineEdit>(page.get(), "searchLineEdit");
        QTest::keyClicks(search, QStringLiteral("JJHJ"));
        QTRY_COMPARE(page->model()->filter().text, QStringLiteral("JJHJ"));
        find<QDateEdit>(page.get(), "fromDateEdit")->setDate(QDate(2024, 3, 1));
    }
    auto page = makePage();
    QVERIFY(page);
    QCOMPARE(find<QLineEdit>(page.get(), "searchLineEdit")->text(), QStringLiteral("JJHJ"));
    QCOMPARE(find<QComboBox>(page.get(), "statusComboBox")->currentData().toString(),
             QStringLiteral("recalled"));
    QCOMPARE(find<QComboBox>(page.get(), "productComboBox")->currentData().toString(),
             recalled->value().productKey);
    QCOMPARE(find<QDateEdit>(page.get(), "fromDateEdit")->date(), QDate(2024, 3, 1));
    const trace::BatchFilter f = page->model()->filter();
    QCOMPARE(f.status, QStringLiteral("recalled"));
    QCOMPARE(f.text, QStringLiteral("JJHJ"));
    QCOMPARE(f.createdFromMs, QDateTime(QDate(2024, 3, 1), QTime(0, 0)).toMSecsSinceEpoch());
    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->batchIdAt(0), m_demo.recalledBatch);
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("batches/status")).toString(), QStringLiteral("recalled"));
}

void TestBatchesPage::dashboardFilterShown()
{
    auto page = makePage();
    QVERIFY(page);
    auto exportBatch = m_trace->batch(m_demo.exportBatch);
    QVERIFY(exportBatch && exportBatch->has_value());
    trace::BatchFilter f;
    f.holder = exportBatch->value().holder;
    f.status = exportBatch->value().status;
    page->setFilter(f);
    QCOMPARE(find<QComboBox>(page.get(), "statusComboBox")->currentData().toString(), f.status);
    QCOMPARE(find<QComboBox>(page.get(), "holderComboBox")->currentData().toString(), f.holder);
    QVERIFY(page->model()->rowOf(m_demo.exportBatch) >= 0);
    QCOMPARE(page->model()->rowCount(), allIds(f).size());
    // A location (no field of its own) is named in the summary and cleared with the rest.
    trace::BatchFilter byPlace;
    byPlace.location = exportBatch->value().location;
    page->setFilter(byPlace);
    QCOMPARE(page->model()->rowCount(), allIds(byPlace).size());
    QVERIFY(page->model()->rowOf(m_demo.exportBatch) >= 0);
    QVERIFY(!find<QLabel>(page.get(), "summaryLabel")->text().isEmpty());
    saveScreenshot(page.get(),
                   m_zh ? QStringLiteral("batches-location-zh") : QStringLiteral("batches-location"));
}

void TestBatchesPage::sortingOtherColumnsSaysSo()
{
    auto page = makePage();
    QVERIFY(page);
    QHeaderView* header = page->view()->horizontalHeader();
    const int x = header->sectionViewportPosition(BatchTableModel::LotColumn) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QVERIFY(page->model()->isClientSorted());
    QVERIFY(page->model()->isPartial());
    QCOMPARE(page->model()->rowCount(), BatchTableModel::kPageSize);
    QVERIFY(!page->model()->canFetchMore({}));
    QCollator collator; // the model's own order: locale-aware, numbers by value
    collator.setNumericMode(true);
    for (int r = 1; r < page->model()->rowCount(); ++r) {
        const QString a = page->model()->batchAt(r - 1).lot;
        const QString b = page->model()->batchAt(r).lot;
        QVERIFY2(collator.compare(a, b) <= 0, qPrintable(a + QLatin1Char(' ') + b));
    }
    QVERIFY(find<QLabel>(page.get(), "summaryLabel")->text().contains(QLocale().toString(200)));
    saveScreenshot(page.get(), m_zh ? QStringLiteral("batches-sorted-zh") : QStringLiteral("batches-sorted"));
    // Back to newest first: paging again.
    page->view()->sortByColumn(BatchTableModel::CreatedColumn, Qt::DescendingOrder);
    QVERIFY(!page->model()->isClientSorted());
    QVERIFY(page->model()->canFetchMore({}));
    QCOMPARE(page->model()->batchIdAt(0), allIds({}).value(0));
}

void TestBatchesPage::clearFilters()
{
    auto page = makePage();
    QVERIFY(page);
    auto* status = find<QComboBox>(page.get(), "statusComboBox");
    status->setCurrentIndex(status->findData(QStringLiteral("sold")));
    auto* clear = find<QPushButton>(page.get(), "clearFiltersPushButton");
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(status->currentData().toString(), QString());
    QCOMPARE(page->model()->rowCount(), BatchTableModel::kPageSize);
    QVERIFY(!clear->isEnabled());
}

void TestBatchesPage::measureOnScaleLedger()
{
    const QString dir = qEnvironmentVariable("SUYUAN_SCALE_LEDGER");
    if (dir.isEmpty()) {
        QSKIP("Set SUYUAN_SCALE_LEDGER to a profile made with suyuan-cli demo --scale 1000000 "
              "(passphrase in SUYUAN_PASSPHRASE).");
    }
    const auto measure = [](trace::TraceService& service, const char* what) {
        const qint64 before = residentKb();
        QElapsedTimer clock;
        clock.start();
        auto page = std::make_unique<BatchesPage>(service);
        page->resize(1100, 700);
        page->show();
        QCoreApplication::processEvents();
        const qint64 firstRowsMs = clock.elapsed();
        const int firstRows = page->model()->rowCount();
        // Scroll to the end five times: each loads one more page.
        clock.restart();
        for (int i = 0; i < 5; ++i) {
            page->view()->verticalScrollBar()->setValue(page->view()->verticalScrollBar()->maximum());
            QCoreApplication::processEvents();
        }
        const qint64 scrollMs = clock.elapsed();
        const qint64 after = residentKb();
        qInfo(
            "%s: first %d rows in %lld ms; 5 scrolls to the end in %lld ms (%d rows); RSS %lld kB → %lld kB "
            "(+%lld kB)",
            what, firstRows, firstRowsMs, scrollMs, page->model()->rowCount(), before, after, after - before);
        return QPair<qint64, qint64>(firstRowsMs, after - before);
    };
    QSettings().clear();
    const QByteArray pass = qEnvironmentVariableIsSet("SUYUAN_PASSPHRASE") ? qgetenv("SUYUAN_PASSPHRASE")
                                                                           : QByteArray(kPassphrase);
    QTemporaryDir emptyDir;
    auto empty = createProfile(emptyDir.filePath(QStringLiteral("empty")));
    auto emptyTrace = trace::TraceService::open(*empty);
    QVERIFY(emptyTrace);
    const qint64 rssEmptyOpen = residentKb();
    const auto emptyFigures = measure(*emptyTrace.value(), "empty ledger");

    auto big = Profile::open(dir, pass);
    QVERIFY2(big, qPrintable(big ? QString() : big.error().message));
    auto bigTrace = trace::TraceService::open(*big.value());
    QVERIFY2(bigTrace, qPrintable(bigTrace ? QString() : bigTrace.error().message));
    auto count = big.value()->recordCount();
    const qint64 rssBigOpen = residentKb();
    const auto bigFigures = measure(*bigTrace.value(), "scale ledger");
    qInfo("records in the scale ledger: %lld; RSS after opening: empty %lld kB, scale %lld kB",
          count ? *count : -1, rssEmptyOpen, rssBigOpen);
    qInfo("ratios (scale / empty): open time %.2f, page memory %.2f",
          emptyFigures.first > 0 ? double(bigFigures.first) / double(emptyFigures.first) : 0.0,
          emptyFigures.second > 0 ? double(bigFigures.second) / double(emptyFigures.second) : 0.0);
}

QTEST_MAIN(TestBatchesPage)
#include "TestBatchesPage.moc"
