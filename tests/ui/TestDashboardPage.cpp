#include "UiTestSupport.h"

#include "dashboard/DashboardPage.h"
#include "trace/Demo.h"
#include "trace/Gs1.h"
#include "trace/TraceService.h"
#include "trace/TraceStats.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QSet>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTranslator>
#include <QtTest>

using namespace suyuan;
using namespace suyuan::test;
using suyuan::trace::BatchFilter;
using suyuan::ui::DashboardPage;

namespace {

constexpr qint64 kWeekMs = 7 * 86'400'000LL;

qint64 at(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

// When the demo scenario (core/trace/Demo.cpp) creates its 22 batches.
QList<qint64> demoBatchTimes()
{
    return {at(2025, 12, 5, 8, 30), at(2025, 12, 8, 8, 0),  at(2025, 12, 18, 14, 0), at(2025, 12, 18, 14, 0),
            at(2026, 1, 8, 8, 15),  at(2026, 1, 12, 7, 45), at(2026, 1, 16, 14, 30), at(2026, 1, 16, 14, 30),
            at(2026, 2, 10, 7, 30), at(2026, 2, 12, 7, 50), at(2026, 2, 14, 8, 10),  at(2026, 2, 16, 7, 40),
            at(2026, 2, 20, 9, 0),  at(2026, 2, 20, 9, 0),  at(2026, 2, 24, 9, 0),   at(2026, 4, 15, 10, 0),
            at(2026, 4, 15, 10, 0), at(2026, 7, 22, 6, 30), at(2026, 8, 5, 6, 30),   at(2026, 8, 12, 9, 30),
            at(2026, 8, 12, 9, 30), at(2026, 8, 12, 9, 30)};
}

// Monday 00:00 +08:00 of the week holding ms, computed here without TraceStats.
qint64 monday(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600));
    const QDate d = t.date().addDays(1 - t.date().dayOfWeek());
    return QDateTime(d, QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

// The weekly chart's window as the page documents it: weeks ending with the current week,
// or with the newest batch's week when the current span has none.
qint64 windowStart(const QList<qint64>& times, int weeks)
{
    qint64 end = monday(QDateTime::currentMSecsSinceEpoch()) + kWeekMs;
    const bool any = std::any_of(times.begin(), times.end(),
                                 [&](qint64 t) { return t >= end - weeks * kWeekMs && t < end; });
    if (!any) {
        end = monday(*std::max_element(times.begin(), times.end())) + kWeekMs;
    }
    return end - weeks * kWeekMs;
}

QList<qreal> barValues(QBarSet* set)
{
    QList<qreal> out;
    for (int i = 0; i < set->count(); ++i) {
        out << set->at(i);
    }
    return out;
}

template <typename T> T* seriesOf(DashboardPage& page, const char* view)
{
    auto* v = find<QChartView>(&page, view);
    if (!v || !v->chart() || v->chart()->series().isEmpty()) {
        return nullptr;
    }
    return qobject_cast<T*>(v->chart()->series().first());
}

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void chartsShowTheDemo();
    void weeklyChart();
    void clicksAskForFilteredBatches();
    void recallsTable();
    void followsNewRecords();
    void emptyLedger();
    void screenshots();

private:
    std::unique_ptr<DashboardPage> makePage();

    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<trace::TraceService> m_trace;
    trace::DemoSummary m_summary;
    QList<qint64> m_batchTimes;
};

void TestDashboardPage::initTestCase()
{
    initGuiTest();
    m_ledger = createProfile(m_dir.filePath(QStringLiteral("demo")));
    auto trace = trace::TraceService::open(*m_ledger);
    QVERIFY(trace);
    m_trace = std::move(trace.value());
    auto summary = trace::fillDemoLedger(*m_trace, {});
    QVERIFY2(summary, qPrintable(summary.error().message));
    m_summary = summary.value();
    m_batchTimes = demoBatchTimes();
}

void TestDashboardPage::cleanupTestCase()
{
    m_trace.reset();
    m_ledger.reset();
}

void TestDashboardPage::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

std::unique_ptr<DashboardPage> TestDashboardPage::makePage()
{
    auto page = std::make_unique<DashboardPage>(*m_trace);
    page->resize(1280, 820);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get())) {
        return nullptr;
    }
    return page;
}

void TestDashboardPage::chartsShowTheDemo()
{
    auto page = makePage();
    QVERIFY(page);
    QCOMPARE(page->title(), QStringLiteral("Dashboard"));
    for (const char* name : {"weeklyChartView", "volumeChartView", "eventsChartView", "destinationsChartView",
                             "recallsChartView"}) {
        auto* view = find<QChartView>(page.get(), name);
        QVERIFY2(view && view->isVisible(), name);
        QVERIFY(view->renderHints() & QPainter::Antialiasing);
        QVERIFY2(!view->chart()->title().isEmpty(), name);
    }
    QVERIFY(!find<QLabel>(page.get(), "errorLabel")->isVisible());

    // Volume: eight products, the largest (mustard tuber, 84 700 kg) on top.
    auto* volume = seriesOf<QHorizontalBarSeries>(*page, "volumeChartView");
    QVERIFY(volume);
    QCOMPARE(volume->count(), 2);
    QCOMPARE(volume->barSets().at(0)->count(), 8);
    // In tonnes: the figures reach tens of thousands of kilograms.
    QCOMPARE(volume->barSets().at(0)->at(7), 84.7);
    QCOMPARE(volume->barSets().at(1)->at(7), 0.0);
    QCOMPARE(volume->barSets().at(0)->at(0), 3.75); // pepper, 250 g bags
    QCOMPARE(volume->barSets().at(1)->at(0), 3.33);
    auto* axis = qobject_cast<QBarCategoryAxis*>(
        volume->attachedAxes().value(0)->orientation() == Qt::Vertical ? volume->attachedAxes().value(0)
                                                                       : volume->attachedAxes().value(1));
    QVERIFY(axis);
    // Long names are cut, in the English of the interface.
    QVERIFY2(axis->at(7).startsWith(QLatin1String("Mustard tuber")), qPrintable(axis->at(7)));
    QVERIFY(axis->at(7).endsWith(QChar(0x2026)));

    // Events: nine kinds in the operator's words, 39 events in all.
    auto* events = seriesOf<QPieSeries>(*page, "eventsChartView");
    QVERIFY(events);
    QCOMPARE(events->count(), 9);
    QCOMPARE(events->sum(), 39.0);
    QCOMPARE(events->slices().first()->label(), QStringLiteral("Harvests (10)"));
    QCOMPARE(events->slices().first()->value(), 10.0);
    QStringList labels;
    for (QPieSlice* s : events->slices()) {
        labels << s->label();
    }
    QVERIFY2(labels.contains(QStringLiteral("Processing (6)")), qPrintable(labels.join(QLatin1Char(','))));
    QVERIFY(labels.contains(QStringLiteral("Recalls (1)")));

    // Shipments: five destinations, the supermarket (three) on top.
    auto* destinations = seriesOf<QHorizontalBarSeries>(*page, "destinationsChartView");
    QVERIFY(destinations);
    QCOMPARE(barValues(destinations->barSets().first()), (QList<qreal>{1, 1, 1, 1, 3}));

    auto* recalls = seriesOf<QHorizontalBarSeries>(*page, "recallsChartView");
    QVERIFY(recalls);
    QCOMPARE(barValues(recalls->barSets().first()), QList<qreal>{1});
}

void TestDashboardPage::weeklyChart()
{
    auto page = makePage();
    QVERIFY(page);
    for (int weeks : {26, 52, 12}) {
        page->setWeeks(weeks);
        auto* weekly = seriesOf<QBarSeries>(*page, "weeklyChartView");
        QVERIFY(weekly);
        const QList<qreal> values = barValues(weekly->barSets().first());
        QCOMPARE(values.size(), weeks);
        const qint64 from = windowStart(m_batchTimes, weeks);
        QList<qreal> expected(weeks, 0);
        for (qint64 t : std::as_const(m_batchTimes)) {
            if (t >= from && t < from + weeks * kWeekMs) {
                expected[(t - from) / kWeekMs] += 1;
            }
        }
        QCOMPARE(values, expected);
        QVERIFY(std::accumulate(values.begin(), values.end(), 0.0) > 0);
    }
}

void TestDashboardPage::clicksAskForFilteredBatches()
{
    auto page = makePage();
    QVERIFY(page);
    QList<BatchFilter> asked;
    connect(page.get(), &DashboardPage::batchesRequested, this,
            [&asked](const BatchFilter& filter) { asked.append(filter); });

    // A week bar: the batches created in that week.
    page->setWeeks(52);
    auto* weekly = seriesOf<QBarSeries>(*page, "weeklyChartView");
    QVERIFY(weekly);
    QBarSet* weeks = weekly->barSets().first();
    int index = -1;
    for (int i = weeks->count() - 1; i >= 0; --i) {
        if (weeks->at(i) > 0) {
            index = i;
            break;
        }
    }
    QVERIFY(index >= 0);
    Q_EMIT weeks->clicked(index);
    QCOMPARE(asked.size(), 1);
    const qint64 from = windowStart(m_batchTimes, 52) + index * kWeekMs;
    QCOMPARE(asked.last().createdFromMs, from);
    QCOMPARE(asked.last().createdToMs, from + kWeekMs);
    QVERIFY(asked.last().productKey.isEmpty() && asked.last().status.isEmpty());
    // That filter lists as many batches as the bar is tall.
    auto listed = m_trace->batches(asked.last(), 1000);
    QVERIFY(listed);
    QCOMPARE(qreal(listed->size()), weeks->at(index));

    // A product bar (produced or available): that product's batches.
    auto* volume = seriesOf<QHorizontalBarSeries>(*page, "volumeChartView");
    Q_EMIT volume->barSets().at(1)->clicked(7);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked.last().productKey, QStringLiteral("code:QCT-FL"));

    // A slice: the batches those events name (harvests: every harvested batch; recalls:
    // the recalled one), counted independently from the events of each batch.
    auto* events = seriesOf<QPieSeries>(*page, "eventsChartView");
    const auto click = [&](const char* label) -> trace::BatchFilter {
        for (QPieSlice* s : events->slices()) {
            if (s->label().startsWith(QLatin1String(label))) {
                Q_EMIT s->clicked();
                return asked.last();
            }
        }
        return {};
    };
    const auto batchesWith = [&](const QString& type, const QString& step) {
        QSet<QString> out;
        for (const trace::BatchInfo& b : m_trace->batches(1000).value()) {
            for (const trace::EventInfo& e : m_trace->events(b.batch).value()) {
                if (e.type == type && (step.isEmpty() || e.bizStep == step) && !e.withdrawn &&
                    e.role != QLatin1String("correction") && e.role != QLatin1String("origin")) {
                    out.insert(b.batch);
                }
            }
        }
        return out;
    };
    const auto listedIds = [&](const trace::BatchFilter& f) {
        QSet<QString> out;
        for (const trace::BatchInfo& b : m_trace->batches(f, 1000).value()) {
            out.insert(b.batch);
        }
        return out;
    };
    trace::BatchFilter harvests = click("Harvests");
    QCOMPARE(asked.size(), 3);
    QCOMPARE(harvests.eventType, QStringLiteral("ObjectEvent"));
    QCOMPARE(harvests.eventSteps, QStringList{QStringLiteral("commissioning")});
    QCOMPARE(listedIds(harvests),
             batchesWith(QStringLiteral("ObjectEvent"), QStringLiteral("commissioning")));
    QVERIFY(!listedIds(harvests).isEmpty());
    trace::BatchFilter processing = click("Processing");
    QCOMPARE(asked.size(), 4);
    QCOMPARE(processing.eventType, QStringLiteral("TransformationEvent"));
    QVERIFY(processing.eventSteps.isEmpty());
    QCOMPARE(listedIds(processing), batchesWith(QStringLiteral("TransformationEvent"), {}));
    QVERIFY(!listedIds(processing).isEmpty());
    trace::BatchFilter recalled = click("Recalls");
    QCOMPARE(asked.size(), 5);
    QCOMPARE(listedIds(recalled), batchesWith(QStringLiteral("ObjectEvent"), QStringLiteral("holding")));
    QCOMPARE(listedIds(recalled).size(), 1);

    // A destination: the batches that party holds.
    auto* destinations = seriesOf<QHorizontalBarSeries>(*page, "destinationsChartView");
    Q_EMIT destinations->barSets().first()->clicked(4);
    QCOMPARE(asked.size(), 6);
    QCOMPARE(asked.last().holder, QStringLiteral("urn:suyuan:party:yuwei-market"));
    QVERIFY(asked.last().status.isEmpty());

    // A recall bar: the recalled batches of that holder.
    auto* recalls = seriesOf<QHorizontalBarSeries>(*page, "recallsChartView");
    Q_EMIT recalls->barSets().first()->clicked(0);
    QCOMPARE(asked.size(), 7);
    QCOMPARE(asked.last().status, QStringLiteral("recalled"));
    QCOMPARE(asked.last().holder, QStringLiteral("urn:suyuan:party:yuwei-market"));
    listed = m_trace->batches(asked.last(), 10);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().batch, m_summary.recalledBatch);
}

void TestDashboardPage::recallsTable()
{
    auto page = makePage();
    QVERIFY(page);
    auto* table = find<QTableWidget>(page.get(), "recallsTable");
    QVERIFY(table && table->isVisible());
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("JJHJ250-260812B"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Jiangjin Sichuan pepper, Jiuyeqing, 250 g bag"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Yuwei Select Supermarket (Jiefangbei)"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("1,500 kilogram"));

    QStringList opened;
    connect(page.get(), &DashboardPage::batchRequested, this, [&opened](const QString& id) { opened << id; });
    const QRect cell = table->visualItemRect(table->item(0, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(opened, QStringList{m_summary.recalledBatch});
    // Enter on the selected row opens it too.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(opened.size(), 2);
}

void TestDashboardPage::followsNewRecords()
{
    auto page = makePage();
    QVERIFY(page);
    page->setWeeks(12);
    const qint64 thisWeek = monday(QDateTime::currentMSecsSinceEpoch());
    const qreal scenarioThisWeek = static_cast<qreal>(std::count_if(
        m_batchTimes.begin(), m_batchTimes.end(), [thisWeek](qint64 t) { return monday(t) == thisWeek; }));

    trace::TraceService::Harvest h;
    h.batch = {QStringLiteral("0695190700014") + gs1::gs1CheckDigit(QStringLiteral("695190700014")),
               QStringLiteral("JJHJ-DASH-01"),
               900,
               {}};
    h.locationKey = QStringLiteral("jj-plot-maliu");
    auto id = m_trace->harvest(h);
    QVERIFY2(id, qPrintable(id.error().message));

    // Hidden, the page only notes the change; shown again, it reads the figures.
    page->hide();
    page->refresh();
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    // The harvest is this week's: the last bar, whatever the chart showed before.
    QList<qreal> values = barValues(seriesOf<QBarSeries>(*page, "weeklyChartView")->barSets().first());
    QCOMPARE(values.size(), 12);
    QCOMPARE(values.last(), scenarioThisWeek + 1);

    // Visible, refresh() follows at once: a second harvest grows the bar again.
    h.batch.lot = QStringLiteral("JJHJ-DASH-02");
    QVERIFY(m_trace->harvest(h));
    page->refresh();
    values = barValues(seriesOf<QBarSeries>(*page, "weeklyChartView")->barSets().first());
    QCOMPARE(values.last(), scenarioThisWeek + 2);

    auto* volume = seriesOf<QHorizontalBarSeries>(*page, "volumeChartView");
    QVERIFY(volume);
    // Bulk pepper: 8000 + 2 × 900 kg, still the second smallest product.
    QCOMPARE(volume->barSets().at(0)->at(1), 9.8);
}

void TestDashboardPage::emptyLedger()
{
    QTemporaryDir dir;
    auto ledger = createProfile(dir.filePath(QStringLiteral("empty")));
    auto trace = trace::TraceService::open(*ledger);
    QVERIFY(trace);
    {
        DashboardPage page(*trace.value());
        page.resize(1100, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        for (const char* name : {"weeklyEmptyLabel", "volumeEmptyLabel", "eventsEmptyLabel",
                                 "destinationsEmptyLabel", "recallsEmptyLabel"}) {
            QVERIFY2(find<QLabel>(&page, name)->isVisible(), name);
        }
        QCOMPARE(find<QLabel>(&page, "weeklyEmptyLabel")->text(),
                 QStringLiteral("No batches yet — record a harvest."));
        QVERIFY(!find<QChartView>(&page, "weeklyChartView")->isVisible());
        QVERIFY(!find<QTableWidget>(&page, "recallsTable")->isVisible());
        saveScreenshot(&page, QStringLiteral("dashboard-empty"));
    }
    trace.value().reset();
}

void TestDashboardPage::screenshots()
{
    {
        auto page = makePage();
        QVERIFY(page);
        saveScreenshot(page.get(), QStringLiteral("dashboard-en"));
    }
    // Chinese: the application's catalogue, and (before the catalogue has this page's
    // strings) one given in SUYUAN_EXTRA_QM.
    QTranslator zh;
    QTranslator extra;
    QVERIFY(zh.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("suyuan"), QStringLiteral("_"),
                    QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&zh);
    if (!qEnvironmentVariableIsEmpty("SUYUAN_EXTRA_QM") &&
        extra.load(qEnvironmentVariable("SUYUAN_EXTRA_QM"))) {
        QCoreApplication::installTranslator(&extra);
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    {
        auto page = makePage();
        QVERIFY(page);
        auto* volume = seriesOf<QHorizontalBarSeries>(*page, "volumeChartView");
        auto* axis = qobject_cast<QBarCategoryAxis*>(
            volume->attachedAxes().value(0)->orientation() == Qt::Vertical ? volume->attachedAxes().value(0)
                                                                           : volume->attachedAxes().value(1));
        // Product names in Chinese when the interface is.
        QVERIFY2(axis->categories().last().startsWith(QStringLiteral("青菜头（鲜")),
                 qPrintable(axis->categories().join(QLatin1Char('|'))));
        saveScreenshot(page.get(), QStringLiteral("dashboard-zh_CN"));
    }
    QCoreApplication::removeTranslator(&extra);
    QCoreApplication::removeTranslator(&zh);
}

QTEST_MAIN(TestDashboardPage)
#include "TestDashboardPage.moc"
