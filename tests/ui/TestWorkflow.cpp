// The operator's day, end to end through the real widgets (issue 4, "Tests and evidence"):
// create a profile with the first-run wizard, add master data, record a harvest, find the
// batch by search, ship it, receive it, see it on the dashboard and run the audit.

#include "UiTestSupport.h"

#include "batches/BatchDetailWidget.h"
#include "batches/BatchTableModel.h"
#include "batches/BatchesPage.h"
#include "crypto/Kdf.h"
#include "mainwindow/MainWindow.h"
#include "masterdata/MasterDataPage.h"
#include "profile/FirstRunDialog.h"
#include "record/RecordForm.h"
#include "record/RecordPage.h"
#include "trace/TraceService.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace suyuan;
using namespace suyuan::test;
using suyuan::ui::FirstRunDialog;
using suyuan::ui::MainWindow;
using suyuan::ui::RecordForm;
using suyuan::ui::RecordPage;

namespace {

const QString kOrganisation = QStringLiteral("重庆测试合作社");
const QString kLot = QStringLiteral("FJ-TEST-01");
const QString kProductKey = QStringLiteral("code:FJ-QC");
const QString kPlotKey = QStringLiteral("fj-plot-test");
const QString kStoreKey = QStringLiteral("cq-store-test");
const QString kCustomerKey = QStringLiteral("cq-market-test");

// Chooses the entry of a combo box with this data by the keyboard, as a clerk would.
void chooseByKeyboard(QComboBox* combo, const QString& data)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData().toString() != data; ++i) {
        QTest::keyClick(combo, Qt::Key_Down);
    }
}

// Clicks the item with this text in a list widget.
bool clickItem(QListWidget* list, const QString& text)
{
    const QList<QListWidgetItem*> items = list->findItems(text, Qt::MatchExactly);
    if (items.size() != 1) {
        return false;
    }
    list->scrollToItem(items.first());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(items.first()).center());
    return list->currentItem() == items.first();
}

// Clicks the tab with this index of a tab widget.
void clickTab(QTabWidget* tabs, int index)
{
    QTabBar* bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
}

template <typename T> T* seriesOf(QWidget* page, const char* view)
{
    auto* v = find<QChartView>(page, view);
    if (!v || !v->chart() || v->chart()->series().isEmpty()) {
        return nullptr;
    }
    return qobject_cast<T*>(v->chart()->series().first());
}

qreal weeklyTotal(QWidget* dashboard)
{
    auto* weekly = seriesOf<QBarSeries>(dashboard, "weeklyChartView");
    if (!weekly || weekly->barSets().isEmpty()) {
        return -1;
    }
    return weekly->barSets().first()->sum();
}

qreal harvestSlice(QWidget* dashboard)
{
    auto* events = seriesOf<QPieSeries>(dashboard, "eventsChartView");
    if (!events) {
        return -1;
    }
    for (QPieSlice* slice : events->slices()) {
        if (slice->label().startsWith(QLatin1String("Harvests"))) {
            return slice->value();
        }
    }
    return 0;
}

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void operatorsDay();

private:
    // The steps of the day; each leaves the window on its page.
    std::unique_ptr<Ledger> runWizard(const QString& dir);
    void addMasterData(MainWindow& window);
    void recordHarvest(MainWindow& window);
    QString findBatch(MainWindow& window);
    void shipAndReceive(MainWindow& window, const QString& batchId);
    void checkDashboard(MainWindow& window);
    void runAudit(MainWindow& window);
};

void TestWorkflow::initTestCase()
{
    initGuiTest();
    // Numbers as an English-speaking clerk sees them, whatever the machine's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

std::unique_ptr<Ledger> TestWorkflow::runWizard(const QString& dir)
{
    FirstRunDialog dialog(dir, crypto::testKdfParams());
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog)) {
        qWarning("the wizard was not shown");
        return nullptr;
    }
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    auto* language = find<QComboBox>(&dialog, "languageComboBox");
    auto* organisation = find<QLineEdit>(&dialog, "organisationLineEdit");
    auto* passphrase = find<QLineEdit>(&dialog, "passphraseLineEdit");
    auto* confirm = find<QLineEdit>(&dialog, "confirmLineEdit");
    auto* demo = find<QCheckBox>(&dialog, "demoCheckBox");
    if (!language || !organisation || !passphrase || !confirm || !demo) {
        qWarning("a widget of the wizard is missing");
        return nullptr;
    }
    // English (the third entry), so that the texts checked below are the source texts.
    QTest::keyClick(language, Qt::Key_Down);
    QTest::keyClick(language, Qt::Key_Down);
    if (dialog.language() != QLatin1String("en")) {
        qWarning("English was not chosen: %s", qPrintable(dialog.language()));
        return nullptr;
    }
    QTest::keyClick(language, Qt::Key_Return);
    if (dialog.currentId() != FirstRunDialog::OrganisationPage || !organisation->hasFocus()) {
        qWarning("not on the organisation page");
        return nullptr;
    }
    typeText(organisation, kOrganisation);
    saveScreenshot(&dialog, QStringLiteral("workflow-1-wizard-organisation"));
    QTest::keyClick(organisation, Qt::Key_Return);
    if (dialog.currentId() != FirstRunDialog::PassphrasePage) {
        qWarning("not on the passphrase page");
        return nullptr;
    }
    QTest::keyClicks(passphrase, QString::fromLatin1(kPassphrase));
    QTest::keyClick(passphrase, Qt::Key_Tab);
    QTest::keyClicks(confirm, QString::fromLatin1(kPassphrase));
    QTest::keyClick(confirm, Qt::Key_Return);
    if (dialog.currentId() != FirstRunDialog::FinishPage || demo->isChecked()) {
        qWarning("not on the finish page, or the demo is offered checked");
        return nullptr;
    }
    QTest::keyClick(demo, Qt::Key_Return); // no demo data: the operator's own day
    if (!QTest::qWaitFor([&accepted] { return accepted.count() == 1; }, kAsyncTimeoutMs)) {
        qWarning("the wizard did not finish");
        return nullptr;
    }
    return dialog.takeLedger();
}

void TestWorkflow::addMasterData(MainWindow& window)
{
    // Ctrl+5: Master data (after Dashboard, Batches, Record and Scan).
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    auto* page = find<ui::MasterDataPage>(&window, "masterDataPage");
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible());
    auto* tabs = find<QTabWidget>(page, "masterDataTabs");
    QVERIFY(tabs);

    // A product with a local code (no GTIN); Enter in a field saves.
    clickTab(tabs, 0);
    QCOMPARE(tabs->currentIndex(), 0);
    QTest::mouseClick(find<QPushButton>(page, "productNewButton"), Qt::LeftButton);
    auto* productZh = find<QLineEdit>(page, "productNameZhEdit");
    QVERIFY(productZh && productZh->hasFocus());
    typeText(productZh, QStringLiteral("奉节脐橙"));
    typeText(find<QLineEdit>(page, "productNameEnEdit"), QStringLiteral("Fengjie navel orange"));
    auto* code = find<QLineEdit>(page, "productCodeEdit");
    QTest::keyClicks(code, QStringLiteral("FJ-QC"));
    QTest::keyClick(code, Qt::Key_Return);
    auto product = window.trace()->product(kProductKey);
    QVERIFY(product && product->has_value());
    QCOMPARE((*product)->nameZh, QStringLiteral("奉节脐橙"));
    QCOMPARE((*product)->unit, QStringLiteral("KGM"));

    // The customer the batch is shipped to.
    clickTab(tabs, 1);
    QCOMPARE(tabs->currentIndex(), 1);
    QTest::mouseClick(find<QPushButton>(page, "partyNewButton"), Qt::LeftButton);
    typeText(find<QLineEdit>(page, "partyNameZhEdit"), QStringLiteral("渝味优选超市"));
    auto* partyKey = find<QLineEdit>(page, "partyKeyEdit");
    partyKey->setFocus();
    QTest::keyClicks(partyKey, kCustomerKey);
    chooseByKeyboard(find<QComboBox>(page, "partyRoleComboBox"), QStringLiteral("retailer"));
    QTest::keyClick(partyKey, Qt::Key_Return);

    // A farm plot (the first type) and a warehouse.
    clickTab(tabs, 2);
    QCOMPARE(tabs->currentIndex(), 2);
    QTest::mouseClick(find<QPushButton>(page, "locationNewButton"), Qt::LeftButton);
    typeText(find<QLineEdit>(page, "locationNameZhEdit"), QStringLiteral("石马村测试果园"));
    auto* locationKey = find<QLineEdit>(page, "locationKeyEdit");
    locationKey->setFocus();
    QTest::keyClicks(locationKey, kPlotKey);
    QCOMPARE(find<QComboBox>(page, "locationTypeComboBox")->currentData().toString(), QStringLiteral("plot"));
    QTest::keyClick(locationKey, Qt::Key_Return);

    QTest::mouseClick(find<QPushButton>(page, "locationNewButton"), Qt::LeftButton);
    typeText(find<QLineEdit>(page, "locationNameZhEdit"), QStringLiteral("寸滩测试冷库"));
    locationKey->setFocus();
    QTest::keyClicks(locationKey, kStoreKey);
    chooseByKeyboard(find<QComboBox>(page, "locationTypeComboBox"), QStringLiteral("warehouse"));
    QTest::keyClick(locationKey, Qt::Key_Return);
    saveScreenshot(&window, QStringLiteral("workflow-2-master-data"));

    auto parties = window.trace()->parties();
    QVERIFY(parties);
    QVERIFY(std::any_of(parties->cbegin(), parties->cend(), [](const trace::Party& p) {
        return p.key == kCustomerKey && p.role == QLatin1String("retailer");
    }));
    auto locations = window.trace()->locations();
    QVERIFY(locations);
    QVERIFY(std::any_of(locations->cbegin(), locations->cend(), [](const trace::Location& l) {
        return l.key == kPlotKey && l.type == QLatin1String("plot");
    }));
    QVERIFY(std::any_of(locations->cbegin(), locations->cend(), [](const trace::Location& l) {
        return l.key == kStoreKey && l.type == QLatin1String("warehouse");
    }));
}

void TestWorkflow::recordHarvest(MainWindow& window)
{
    // Ctrl+3: Record, which opens on the harvest form.
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    auto* page = find<RecordPage>(&window, "recordPage");
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible());
    RecordForm* form = page->currentForm();
    QVERIFY(form);
    QCOMPARE(form->action(), QStringLiteral("harvest"));
    auto* product = find<QComboBox>(form, "productCombo");
    auto* lot = find<QLineEdit>(form, "lotEdit");
    auto* quantity = find<QLineEdit>(form, "quantityEdit");
    auto* plot = find<QComboBox>(form, "plotCombo");
    QVERIFY(product && lot && quantity && plot);
    QVERIFY(!form->submitButton()->isEnabled());

    chooseByKeyboard(product, kProductKey);
    QCOMPARE(product->currentData().toString(), kProductKey);
    QTest::keyClick(product, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), lot);
    QTest::keyClicks(lot, kLot);
    QTest::keyClick(lot, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), quantity);
    QTest::keyClicks(quantity, QStringLiteral("500"));
    chooseByKeyboard(plot, kPlotKey);
    QCOMPARE(plot->currentData().toString(), kPlotKey);
    QVERIFY(form->submitButton()->isEnabled());
    saveScreenshot(&window, QStringLiteral("workflow-3-harvest"));
    QTest::keyClick(plot, Qt::Key_Return);

    auto id = window.trace()->resolveBatch(kLot);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    auto info = window.trace()->batch(id.value());
    QVERIFY(info && info->has_value());
    QCOMPARE((*info)->produced, 500.0);
    QCOMPARE((*info)->unit, QStringLiteral("KGM"));
    QCOMPARE((*info)->productKey, kProductKey);
    QCOMPARE((*info)->status, QStringLiteral("active"));
    QVERIFY(lot->text().isEmpty()); // cleared for the next batch
}

QString TestWorkflow::findBatch(MainWindow& window)
{
    // Ctrl+2: Batches; type part of the lot into the search and press Enter.
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    auto* page = find<ui::BatchesPage>(&window, "batchesPage");
    if (!page || !QTest::qWaitFor([page] { return page->isVisible(); })) {
        qWarning("the batches page is not shown");
        return {};
    }
    auto* search = find<QLineEdit>(page, "searchLineEdit");
    if (!search) {
        qWarning("no search field");
        return {};
    }
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("FJ-TEST"));
    // The list follows after the debounce.
    QTest::qWait(ui::BatchesPage::kSearchDelayMs + 100);
    if (!QTest::qWaitFor([page] { return page->model()->rowCount() == 1; }, kAsyncTimeoutMs)) {
        qWarning("the search lists %d batches", page->model()->rowCount());
        return {};
    }
    QTest::keyClick(search, Qt::Key_Return);

    auto* batchWindow = find<QWidget>(&window, "batchWindow");
    if (!batchWindow || !QTest::qWaitFor([batchWindow] { return batchWindow->isVisible(); })) {
        qWarning("the batch window did not open");
        return {};
    }
    auto* detail = find<ui::BatchDetailWidget>(batchWindow, "batchDetail");
    if (!detail || !detail->title().contains(kLot) || !batchWindow->windowTitle().contains(kLot)) {
        qWarning("the batch window shows %s", detail ? qPrintable(detail->title()) : "nothing");
        return {};
    }
    saveScreenshot(batchWindow, QStringLiteral("workflow-4-batch"));
    const QString id = detail->batchId();
    // Esc closes it, back to the list.
    batchWindow->activateWindow();
    if (!QTest::qWaitFor([batchWindow] { return QApplication::activeWindow() == batchWindow; })) {
        qWarning("the batch window is not active");
        return {};
    }
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : batchWindow, Qt::Key_Escape);
    if (!QTest::qWaitFor([batchWindow] { return !batchWindow->isVisible(); })) {
        qWarning("Esc did not close the batch window");
        return {};
    }
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window)) {
        qWarning("the main window is not active again");
        return {};
    }
    return id;
}

void TestWorkflow::shipAndReceive(MainWindow& window, const QString& batchId)
{
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    auto* page = find<RecordPage>(&window, "recordPage");
    QTRY_VERIFY(page->isVisible());
    auto* actions = find<QListWidget>(page, "actionsList");
    QVERIFY(actions);

    // Ship: the batch typed as a scanner would, the customer, Enter.
    QVERIFY(clickItem(actions, QStringLiteral("Ship")));
    RecordForm* ship = page->currentForm();
    QCOMPARE(ship->action(), QStringLiteral("ship"));
    auto* shipBatch = find<QLineEdit>(ship, "batchEdit");
    shipBatch->setFocus();
    QTest::keyClicks(shipBatch, kLot);
    auto* party = find<QComboBox>(ship, "partyCombo");
    chooseByKeyboard(party, kCustomerKey);
    QCOMPARE(party->currentData().toString(), kCustomerKey);
    QVERIFY(ship->submitButton()->isEnabled());
    saveScreenshot(&window, QStringLiteral("workflow-5-ship"));
    QTest::keyClick(party, Qt::Key_Return);
    auto info = window.trace()->batch(batchId);
    QVERIFY(info && info->has_value());
    QCOMPARE((*info)->status, QStringLiteral("in_transit"));

    // Receive: the warehouse comes first; from the customer's side it came from us.
    QVERIFY(clickItem(actions, QStringLiteral("Receive")));
    RecordForm* receive = page->currentForm();
    QCOMPARE(receive->action(), QStringLiteral("receive"));
    auto* receiveBatch = find<QLineEdit>(receive, "batchEdit");
    receiveBatch->setFocus();
    QTest::keyClicks(receiveBatch, kLot);
    auto* location = find<QComboBox>(receive, "locationCombo");
    chooseByKeyboard(location, kStoreKey);
    QCOMPARE(location->currentData().toString(), kStoreKey);
    auto* from = find<QComboBox>(receive, "fromCombo");
    chooseByKeyboard(from, QString::fromLatin1(FirstRunDialog::kSelfPartyKey));
    QVERIFY(receive->submitButton()->isEnabled());
    QTest::keyClick(from, Qt::Key_Return);
    info = window.trace()->batch(batchId);
    QVERIFY(info && info->has_value());
    QCOMPARE((*info)->status, QStringLiteral("active"));
    QVERIFY(receiveBatch->text().isEmpty());

    auto events = window.trace()->events(batchId);
    QVERIFY(events);
    QCOMPARE(events->size(), 3); // harvest, shipment, receipt
}

void TestWorkflow::checkDashboard(MainWindow& window)
{
    // Ctrl+1: Dashboard; it reads its figures in slices when shown.
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    auto* page = find<QWidget>(&window, "dashboardPage");
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(weeklyTotal(page), 1.0, kAsyncTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(harvestSlice(page), 1.0, kAsyncTimeoutMs);
    auto* events = seriesOf<QPieSeries>(page, "eventsChartView");
    QVERIFY(events);
    QCOMPARE(events->sum(), 3.0); // a harvest, a shipment, a receipt
    // The harvest's week has a bar on the axis: as many week categories as values. The last
    // value is the current week, the one with the harvest.
    auto* weekly = seriesOf<QBarSeries>(page, "weeklyChartView");
    QVERIFY(weekly);
    QBarSet* weeks = weekly->barSets().first();
    QCOMPARE(weeks->at(weeks->count() - 1), 1.0);
    const auto axes = weekly->attachedAxes();
    const auto axis = std::find_if(axes.cbegin(), axes.cend(),
                                   [](QAbstractAxis* a) { return qobject_cast<QBarCategoryAxis*>(a); });
    QVERIFY(axis != axes.cend());
    // Known bug in DashboardPage::loadWeekly: its first, blank week label is a null QString,
    // which QBarCategoryAxis::append() skips; the axis then has one week too few and the
    // current week's bar lies beyond it, out of sight. Remove this line with the fix (e.g. an
    // empty but non-null label in uniqueCategories()).
    QCOMPARE(qobject_cast<QBarCategoryAxis*>(*axis)->count(), weeks->count());
    saveScreenshot(&window, QStringLiteral("workflow-6-dashboard"));
}

void TestWorkflow::runAudit(MainWindow& window)
{
    // Ctrl+6: Audit.
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    auto* page = find<QWidget>(&window, "auditPage");
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible());
    auto* lastAudit = find<QLabel>(page, "lastAuditLabel");
    QVERIFY(lastAudit);
    QCOMPARE(lastAudit->text(), QStringLiteral("Never"));
    auto* verify = find<QPushButton>(page, "verifyPushButton");
    QVERIFY(verify && verify->isEnabled());
    QTest::mouseClick(verify, Qt::LeftButton);
    QVERIFY(window.isAuditRunning() || lastAudit->text().contains(QStringLiteral("clean")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAuditRunning(), kAsyncTimeoutMs);
    QVERIFY2(lastAudit->text().contains(QStringLiteral("clean")), qPrintable(lastAudit->text()));
    QVERIFY2(find<QLabel>(&window, "statusAuditLabel")->text() == QStringLiteral("Last audit: clean"),
             qPrintable(find<QLabel>(&window, "statusAuditLabel")->text()));
    QVERIFY(verify->isEnabled());
    // The self party, a product, a customer, two locations, harvest, shipment, receipt.
    QCOMPARE(find<QLabel>(page, "recordCountLabel")->text(), QStringLiteral("8"));
    saveScreenshot(&window, QStringLiteral("workflow-7-audit"));
}

void TestWorkflow::operatorsDay()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("profile"));

    std::unique_ptr<Ledger> ledger = runWizard(dir);
    QVERIFY(ledger);
    QCOMPARE(ledger->organisationName(), kOrganisation);
    QCOMPARE(ledger->profileDir(), dir);

    MainWindow window(std::move(ledger));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.trace());
    QVERIFY(window.windowTitle().startsWith(kOrganisation));
    // The wizard saved the organisation as the party "self".
    auto parties = window.trace()->parties();
    QVERIFY(parties);
    QCOMPARE(parties->size(), 1);
    QCOMPARE(parties->first().key, QString::fromLatin1(FirstRunDialog::kSelfPartyKey));
    QCOMPARE(parties->first().nameZh, kOrganisation);

    addMasterData(window);
    if (QTest::currentTestFailed()) {
        return;
    }
    recordHarvest(window);
    if (QTest::currentTestFailed()) {
        return;
    }
    const QString batchId = findBatch(window);
    QVERIFY(!batchId.isEmpty());
    QCOMPARE(batchId, window.trace()->resolveBatch(kLot).value());
    shipAndReceive(window, batchId);
    if (QTest::currentTestFailed()) {
        return;
    }
    checkDashboard(window);
    if (QTest::currentTestFailed()) {
        return;
    }
    runAudit(window);
}

QTEST_MAIN(TestWorkflow)
#include "TestWorkflow.moc"
