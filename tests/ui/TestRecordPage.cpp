#include "UiTestSupport.h"

#include "labels/LabelCode.h"
#include "record/RecordForms.h"
#include "record/RecordPage.h"
#include "record/RecordTables.h"
#include "trace/Gs1.h"
#include "trace/TraceService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

using namespace suyuan;
using namespace suyuan::test;
using suyuan::trace::TraceService;
using suyuan::ui::RecordForm;
using suyuan::ui::RecordPage;

class TestRecordPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsEveryAction();
    void harvestByKeyboard();
    void invalidLotWritesNothing();
    void shipThenReceive();
    void processRefusesMoreThanAvailable();
    void correctionWithdrawsEvent();
    void screenshots_data();
    void screenshots();

private:
    std::unique_ptr<RecordPage> makePage();
    qint64 records() { return m_ledger->recordCount().value(); }
    QString harvestBatch(const QString& lot, double kg);
    static void chooseByKeyboard(QComboBox* combo, const QString& data);
    static QLabel* messageOf(QWidget* field);
    void fillHarvest(RecordForm* form);
    void fillProcess(RecordForm* form, bool tooMuch);

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<TraceService> m_trace;
    QString m_orange; // product keys
    QString m_tuber;
};

void TestRecordPage::initTestCase()
{
    initGuiTest();
    // Numbers as an English-speaking clerk sees them (1,000), whatever the machine's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestRecordPage::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_ledger = createProfile(m_tmp->filePath(QStringLiteral("profile")), QStringLiteral("Fengjie co-op"));
    auto trace = TraceService::open(*m_ledger);
    QVERIFY2(trace.ok(), qPrintable(trace.error().message));
    m_trace = std::move(trace).value();

    trace::Product orange;
    orange.gtin = QStringLiteral("0690123456789") + gs1::gs1CheckDigit(QStringLiteral("0690123456789"));
    orange.nameZh = QStringLiteral("奉节脐橙");
    orange.nameEn = QStringLiteral("Fengjie navel orange");
    QVERIFY(m_trace->saveProduct(orange));
    m_orange = gs1::normaliseGtin(orange.gtin).value();
    trace::Product tuber;
    tuber.code = QStringLiteral("QCT");
    tuber.nameZh = QStringLiteral("青菜头");
    tuber.nameEn = QStringLiteral("Mustard tuber");
    QVERIFY(m_trace->saveProduct(tuber));
    m_tuber = QStringLiteral("code:QCT");
    trace::Product pickle;
    pickle.code = QStringLiteral("ZC");
    pickle.nameZh = QStringLiteral("涪陵榨菜");
    pickle.nameEn = QStringLiteral("Fuling zhacai");
    QVERIFY(m_trace->saveProduct(pickle));

    trace::Party coop;
    coop.key = QStringLiteral("fj-coop");
    coop.nameZh = QStringLiteral("奉节脐橙合作社");
    coop.nameEn = QStringLiteral("Fengjie Navel Orange Co-op");
    coop.role = QStringLiteral("cooperative");
    QVERIFY(m_trace->saveParty(coop));
    trace::Party logistics;
    logistics.key = QStringLiteral("cq-logistics");
    logistics.nameZh = QStringLiteral("两路寸滩物流中心");
    logistics.nameEn = QStringLiteral("Lianglu-Cuntan Logistics Centre");
    logistics.role = QStringLiteral("logistics");
    QVERIFY(m_trace->saveParty(logistics));

    trace::Location warehouse;
    warehouse.key = QStringLiteral("cq-cold-store");
    warehouse.nameZh = QStringLiteral("寸滩冷库");
    warehouse.nameEn = QStringLiteral("Cuntan cold store");
    warehouse.type = QStringLiteral("warehouse");
    QVERIFY(m_trace->saveLocation(warehouse));
    trace::Location plot;
    plot.key = QStringLiteral("fj-plot-shima");
    plot.nameZh = QStringLiteral("石马村果园");
    plot.nameEn = QStringLiteral("Shima orchard");
    plot.type = QStringLiteral("plot");
    QVERIFY(m_trace->saveLocation(plot));
}

void TestRecordPage::cleanup()
{
    m_trace.reset();
    m_ledger.reset();
    m_tmp.reset();
}

std::unique_ptr<RecordPage> TestRecordPage::makePage()
{
    auto page = std::make_unique<RecordPage>(*m_trace);
    page->resize(980, 720);
    page->show();
    page->activateWindow();
    if (!QTest::qWaitForWindowActive(page.get())) {
        return nullptr;
    }
    return page;
}

QString TestRecordPage::harvestBatch(const QString& lot, double kg)
{
    TraceService::Harvest h;
    h.batch = {m_tuber, lot, kg, {}};
    h.locationKey = QStringLiteral("fj-plot-shima");
    const QDateTime when = QDateTime::currentDateTime().addSecs(-3600);
    h.eventTime = when.toOffsetFromUtc(when.offsetFromUtc());
    auto id = m_trace->harvest(h);
    if (!id) {
        qWarning("harvest %s: %s", qPrintable(lot), qPrintable(id.error().message));
    }
    return id ? id.value() : QString();
}

void TestRecordPage::chooseByKeyboard(QComboBox* combo, const QString& data)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData().toString() != data; ++i) {
        QTest::keyClick(combo, Qt::Key_Down);
    }
}

QLabel* TestRecordPage::messageOf(QWidget* field)
{
    return field->parentWidget()->findChild<QLabel*>(field->objectName() + QStringLiteral("Message"),
                                                     Qt::FindDirectChildrenOnly);
}

void TestRecordPage::listsEveryAction()
{
    auto page = makePage();
    QVERIFY(page);
    QCOMPARE(page->title(), QStringLiteral("Record"));
    auto* list = find<QListWidget>(page.get(), "actionsList");
    QCOMPARE(list->count(), 10);
    for (const char* action : {"harvest", "fieldwork", "inspect", "process", "pack", "ship", "receive",
                               "recall", "sell", "correct"}) {
        QVERIFY2(page->form(QLatin1String(action)), action);
    }
    // Keyboard: the list switches forms.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(page->currentForm()->action(), QStringLiteral("fieldwork"));
    page->startAction(QStringLiteral("recall"));
    QCOMPARE(page->currentForm()->action(), QStringLiteral("recall"));
    QVERIFY(!page->currentForm()->submitButton()->isEnabled());
}

void TestRecordPage::harvestByKeyboard()
{
    auto page = makePage();
    QVERIFY(page);
    QSignalSpy changed(page.get(), &ui::Page::ledgerChanged);
    QSignalSpy status(page.get(), &ui::Page::statusMessage);
    RecordForm* form = page->form(QStringLiteral("harvest"));
    QCOMPARE(page->currentForm(), form);
    auto* product = find<QComboBox>(form, "productCombo");
    auto* lot = find<QLineEdit>(form, "lotEdit");
    auto* quantity = find<QLineEdit>(form, "quantityEdit");
    auto* unit = find<QComboBox>(form, "unitCombo");
    auto* plot = find<QComboBox>(form, "plotCombo");
    auto* variety = find<QLineEdit>(form, "varietyEdit");
    QVERIFY(product && lot && quantity && unit && plot && variety);
    // The farm plots come first.
    QCOMPARE(plot->itemData(1).toString(), QStringLiteral("fj-plot-shima"));
    QVERIFY(!form->submitButton()->isEnabled());

    chooseByKeyboard(product, m_orange);
    QCOMPARE(product->currentData().toString(), m_orange);
    QCOMPARE(unit->currentData().toString(), QStringLiteral("KGM"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), lot);
    QTest::keyClicks(lot, QStringLiteral("FJ-260301-SM"));
    QTest::keyClick(lot, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), quantity);
    QTest::keyClicks(quantity, QStringLiteral("1200.5"));
    chooseByKeyboard(plot, QStringLiteral("fj-plot-shima"));
    // The label's mnemonic (Alt+V) leads to the variety.
    QTest::keyClick(page.get(), Qt::Key_V, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), variety);
    typeText(variety, QStringLiteral("纽荷尔 Newhall"));
    QCOMPARE(variety->text(), QStringLiteral("纽荷尔 Newhall"));
    typeText(find<QLineEdit>(form, "certificationsEdit"), QStringLiteral("绿色食品，GAP"));
    QVERIFY(form->submitButton()->isEnabled());

    const qint64 before = records();
    QTest::keyClick(variety, Qt::Key_Return);
    QCOMPARE(records(), before + 1);
    auto id = m_trace->resolveBatch(QStringLiteral("FJ-260301-SM"));
    QVERIFY2(id.ok(), qPrintable(id.error().message));
    auto info = m_trace->batch(id.value());
    QVERIFY(info.ok() && info->has_value());
    QCOMPARE(info->value().produced, 1200.5);
    QCOMPARE(info->value().unit, QStringLiteral("KGM"));
    QCOMPARE(info->value().productKey, m_orange);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(status.count(), 1);
    QCOMPARE(status.first().first().toString(), QStringLiteral("Harvest recorded: batch FJ-260301-SM"));

    // The harvest data, under the keys the CLI and the demo use.
    auto events = m_trace->events(id.value());
    QVERIFY(events.ok() && events->size() == 1);
    auto body = m_trace->eventBody(events->first().eventId);
    QVERIFY(body.ok() && body->has_value());
    const QJsonObject ilmd = body->value().value(QStringLiteral("ilmd")).toObject();
    QCOMPARE(ilmd.value(QStringLiteral("suyuan:variety")).toString(), QStringLiteral("纽荷尔 Newhall"));
    QCOMPARE(ilmd.value(QStringLiteral("cbvmda:countryOfOrigin")).toString(), QStringLiteral("CN"));
    QCOMPARE(ilmd.value(QStringLiteral("cbvmda:harvestStartDate")).toString(),
             QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(ilmd.value(QStringLiteral("suyuan:certifications")).toArray(),
             QJsonArray({QStringLiteral("绿色食品"), QStringLiteral("GAP")}));

    // Cleared for the next batch, with the product and plot kept; the success is shown.
    QVERIFY(lot->text().isEmpty());
    QVERIFY(quantity->text().isEmpty());
    QCOMPARE(product->currentData().toString(), m_orange);
    QCOMPARE(plot->currentData().toString(), QStringLiteral("fj-plot-shima"));
    QVERIFY(find<QLabel>(form, "statusLabel")->isVisible());
    QVERIFY(!form->submitButton()->isEnabled());
}

void TestRecordPage::invalidLotWritesNothing()
{
    auto page = makePage();
    QVERIFY(page);
    RecordForm* form = page->form(QStringLiteral("harvest"));
    auto* lot = find<QLineEdit>(form, "lotEdit");
    auto* quantity = find<QLineEdit>(form, "quantityEdit");
    QLabel* lotMessage = messageOf(lot);
    QVERIFY(lotMessage);
    QVERIFY(!lotMessage->isVisible());
    QTest::keyClicks(quantity, QStringLiteral("500"));
    lot->setFocus();
    typeText(lot, QStringLiteral("脐橙 01"));
    QVERIFY(lotMessage->isVisible());
    QVERIFY2(!lotMessage->text().isEmpty(), "the lot's error is shown under it");
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(lotMessage->geometry().top() >= lot->geometry().bottom());
    QCOMPARE(lotMessage->geometry().left(), lot->geometry().left());
    QVERIFY(lotMessage->palette().color(QPalette::WindowText) != form->palette().color(QPalette::WindowText));
    QVERIFY(!form->submitButton()->isEnabled());
    const qint64 before = records();
    QTest::keyClick(lot, Qt::Key_Return);
    QCOMPARE(records(), before);

    // Too long, then fixed: the message goes and the button comes.
    lot->clear();
    QTest::keyClicks(lot, QStringLiteral("ABCDEFGHIJKLMNOPQRSTU"));
    QVERIFY(lotMessage->isVisible());
    QVERIFY(!form->submitButton()->isEnabled());
    QTest::keyClick(lot, Qt::Key_Backspace);
    QVERIFY(!lotMessage->isVisible());
    QVERIFY(form->submitButton()->isEnabled());

    // A lot that exists already is refused before anything is written.
    QVERIFY(!harvestBatch(QStringLiteral("QCT-1"), 100).isEmpty());
    chooseByKeyboard(find<QComboBox>(form, "productCombo"), m_tuber);
    lot->clear();
    QTest::keyClicks(lot, QStringLiteral("QCT-1"));
    QVERIFY(lotMessage->isVisible());
    QVERIFY2(lotMessage->text().contains(QStringLiteral("exists already")), qPrintable(lotMessage->text()));
    const qint64 after = records();
    QTest::keyClick(lot, Qt::Key_Return);
    QCOMPARE(records(), after);

    // An empty required field shows its message once the operator has tried to submit.
    lot->clear();
    QVERIFY(lotMessage->isVisible());
    QCOMPARE(lotMessage->text(), QStringLiteral("Type the lot code."));
    QCOMPARE(records(), after);
}

void TestRecordPage::shipThenReceive()
{
    const QString batch = harvestBatch(QStringLiteral("QCT-260210-NT1"), 2860);
    QVERIFY(!batch.isEmpty());
    auto page = makePage();
    QVERIFY(page);

    // A label scanned into the batch field is checked first: a genuine one names the batch,
    // an altered one is refused with the warning.
    {
        page->startAction(QStringLiteral("ship"));
        RecordForm* form = page->currentForm();
        auto* edit = find<QLineEdit>(form, "batchEdit");
        labels::LabelIds ids;
        ids.productCode = QStringLiteral("QCT");
        ids.lot = QStringLiteral("QCT-260210-NT1");
        const QString uri =
            labels::buildLabelUri(QStringLiteral("https://trace.example.cn"), ids, *m_ledger).value();
        edit->setFocus();
        QTest::keyClicks(edit, uri, Qt::NoModifier, 0);
        QVERIFY2(messageOf(edit)->text().contains(QStringLiteral("2,860")),
                 qPrintable(messageOf(edit)->text()));
        edit->clear();
        QString altered = uri;
        altered.replace(QStringLiteral("/10/QCT-260210-NT1"), QStringLiteral("/10/QCT-260210-NT2"));
        QTest::keyClicks(edit, altered, Qt::NoModifier, 0);
        QVERIFY2(messageOf(edit)->text().contains(QStringLiteral("FORGED")),
                 qPrintable(messageOf(edit)->text()));
        QVERIFY(!form->submitButton()->isEnabled());
        edit->clear();
    }

    page->startAction(QStringLiteral("ship"), batch);
    RecordForm* ship = page->currentForm();
    QCOMPARE(ship->action(), QStringLiteral("ship"));
    auto* batchEdit = find<QLineEdit>(ship, "batchEdit");
    QCOMPARE(batchEdit->text(), QStringLiteral("QCT-260210-NT1"));
    QVERIFY2(messageOf(batchEdit)->text().contains(QStringLiteral("2,860")),
             qPrintable(messageOf(batchEdit)->text()));
    chooseByKeyboard(find<QComboBox>(ship, "partyCombo"), QStringLiteral("cq-logistics"));
    chooseByKeyboard(find<QComboBox>(ship, "locationCombo"), QStringLiteral("cq-cold-store"));
    auto* po = find<QLineEdit>(ship, "poEdit");
    po->setFocus();
    QTest::keyClicks(po, QStringLiteral("4500012345"));
    // By road in a refrigerated truck: the mode by keyboard, the cold chain by Space.
    chooseByKeyboard(find<QComboBox>(ship, "transportCombo"), QStringLiteral("road"));
    auto* cold = find<QCheckBox>(ship, "coldChainCheckBox");
    cold->setFocus();
    QTest::keyClick(cold, Qt::Key_Space);
    QVERIFY(cold->isChecked());
    auto* vehicle = find<QLineEdit>(ship, "vehicleEdit");
    vehicle->setFocus();
    typeText(vehicle, QStringLiteral("渝A·12345"));
    auto* price = find<QLineEdit>(ship, "priceEdit");
    price->setFocus();
    QTest::keyClicks(price, QStringLiteral("abc"));
    QVERIFY(!ship->submitButton()->isEnabled());
    price->clear();
    QTest::keyClicks(price, QStringLiteral("8600"));
    QVERIFY(ship->submitButton()->isEnabled());
    QTest::keyClick(price, Qt::Key_Return);
    auto info = m_trace->batch(batch);
    QCOMPARE(info->value().status, QStringLiteral("in_transit"));
    auto events = m_trace->events(batch);
    const QString shipEvent = events->last().eventId;
    auto body = m_trace->eventBody(shipEvent);
    const QJsonArray docs = body->value().value(QStringLiteral("bizTransactionList")).toArray();
    QCOMPARE(docs.size(), 1);
    QCOMPARE(docs.first().toObject().value(QStringLiteral("bizTransaction")).toString(),
             QStringLiteral("urn:suyuan:po:4500012345"));
    auto hidden = m_trace->privateFields(shipEvent);
    QVERIFY(hidden.ok() && hidden->has_value());
    QCOMPARE(hidden->value().value(QStringLiteral("price")).toDouble(), 8600.0);
    QCOMPARE(hidden->value().value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));
    QVERIFY(!body->value().contains(QStringLiteral("price")));
    const QJsonObject transport{{QStringLiteral("suyuan:mode"), QStringLiteral("road")},
                                {QStringLiteral("suyuan:vehicle"), QStringLiteral("渝A·12345")},
                                {QStringLiteral("suyuan:coldChain"), true}};
    QCOMPARE(body->value().value(QStringLiteral("suyuan:transport")).toObject(), transport);
    QVERIFY(find<QLineEdit>(ship, "vehicleEdit")->text().isEmpty()); // the form starts afresh

    // The same batch can no longer be shipped: said inline.
    batchEdit->setFocus();
    QTest::keyClicks(batchEdit, QStringLiteral("QCT-260210-NT1"));
    QVERIFY(messageOf(batchEdit)->text().contains(QStringLiteral("in transit")));
    QVERIFY(!ship->submitButton()->isEnabled());

    // Receive through its form, typed as a scanner would.
    page->startAction(QStringLiteral("receive"));
    RecordForm* receive = page->currentForm();
    auto* receiveBatch = find<QLineEdit>(receive, "batchEdit");
    QCOMPARE(QApplication::focusWidget(), receiveBatch);
    QTest::keyClicks(receiveBatch, QStringLiteral("QCT-260210-NT1"));
    chooseByKeyboard(find<QComboBox>(receive, "locationCombo"), QStringLiteral("cq-cold-store"));
    chooseByKeyboard(find<QComboBox>(receive, "fromCombo"), QStringLiteral("fj-coop"));
    QVERIFY(receive->submitButton()->isEnabled());
    QTest::keyClick(find<QComboBox>(receive, "fromCombo"), Qt::Key_Return);
    info = m_trace->batch(batch);
    QCOMPARE(info->value().status, QStringLiteral("active"));
    QVERIFY(receiveBatch->text().isEmpty());
}

void TestRecordPage::fillProcess(RecordForm* form, bool tooMuch)
{
    auto* table = form->findChild<ui::PortionTable*>(QStringLiteral("inputsTable"));
    auto* add = table->batchEdit();
    add->setFocus();
    QTest::keyClicks(add, QStringLiteral("QCT-A"));
    QTest::keyClick(add, Qt::Key_Return); // adds the batch, does not submit
    QTest::keyClicks(add, QStringLiteral("QCT-B"));
    QTest::mouseClick(table->addButton(), Qt::LeftButton);
    QCOMPARE(table->count(), 2);
    auto* quantity = table->table()->cell<QLineEdit>(0, 3);
    quantity->selectAll();
    QTest::keyClicks(quantity, tooMuch ? QStringLiteral("1500") : QStringLiteral("800"));
    auto* outputs = form->findChild<ui::RowTable*>(QStringLiteral("outputsTable"));
    auto* product = outputs->cell<QComboBox>(0, 0);
    product->setCurrentIndex(product->findData(QStringLiteral("code:ZC")));
    QTest::keyClicks(outputs->cell<QLineEdit>(0, 1), QStringLiteral("ZC-260301"));
    QTest::keyClicks(outputs->cell<QLineEdit>(0, 2), QStringLiteral("1200"));
    auto* step = find<QComboBox>(form, "stepCombo");
    step->setCurrentIndex(step->findData(QStringLiteral("https://suyuan.example/ns/pickling")));
}

void TestRecordPage::processRefusesMoreThanAvailable()
{
    QVERIFY(!harvestBatch(QStringLiteral("QCT-A"), 1000).isEmpty());
    QVERIFY(!harvestBatch(QStringLiteral("QCT-B"), 400).isEmpty());
    auto page = makePage();
    QVERIFY(page);
    page->startAction(QStringLiteral("process"));
    RecordForm* form = page->currentForm();
    const qint64 before = records();
    fillProcess(form, true);
    auto* table = form->findChild<ui::PortionTable*>(QStringLiteral("inputsTable"));
    QCOMPARE(table->count(), 2);
    // The available quantities are shown beside the inputs.
    QCOMPARE(table->table()->item(0, 2)->text(), QStringLiteral("1,000"));
    QCOMPARE(table->table()->item(1, 2)->text(), QStringLiteral("400"));
    QCOMPARE(table->table()->item(1, 4)->text(), QStringLiteral("kilogram"));
    QLabel* message = messageOf(table);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("QCT-A has only 1,000 kilogram available")),
             qPrintable(message->text()));
    QVERIFY(!form->submitButton()->isEnabled());
    QTest::keyClick(find<QComboBox>(form, "stepCombo"), Qt::Key_Return);
    QCOMPARE(records(), before);

    // Outputs above the inputs (+5 %) are refused too, then a right amount goes through.
    auto* quantity = table->table()->cell<QLineEdit>(0, 3);
    quantity->selectAll();
    QTest::keyClicks(quantity, QStringLiteral("600"));
    QVERIFY(!form->submitButton()->isEnabled()); // 1,200 out of 1,000 in
    quantity->selectAll();
    QTest::keyClicks(quantity, QStringLiteral("800"));
    QVERIFY(form->submitButton()->isEnabled());
    QTest::keyClick(quantity, Qt::Key_Return);
    QCOMPARE(records(), before + 1);
    auto out = m_trace->resolveBatch(QStringLiteral("ZC-260301"));
    QVERIFY(out.ok());
    QCOMPARE(m_trace->batch(out.value())->value().produced, 1200.0);
    QCOMPARE(m_trace->batch(m_trace->resolveBatch(QStringLiteral("QCT-A")).value())->value().available(),
             200.0);
    QCOMPARE(table->count(), 0);
}

void TestRecordPage::correctionWithdrawsEvent()
{
    const QString batch = harvestBatch(QStringLiteral("QCT-WRONG"), 18500);
    QVERIFY(!batch.isEmpty());
    auto page = makePage();
    QVERIFY(page);
    page->startAction(QStringLiteral("correct"));
    RecordForm* form = page->currentForm();
    auto* batchEdit = find<QLineEdit>(form, "batchEdit");
    QTest::keyClicks(batchEdit, QStringLiteral("QCT-WRONG"));
    auto* event = find<QComboBox>(form, "eventCombo");
    QCOMPARE(event->count(), 1);
    QVERIFY2(event->currentText().contains(QStringLiteral("Harvest")), qPrintable(event->currentText()));
    QVERIFY(form->submitButton()->isEnabled());

    // Cancelling the confirmation writes nothing.
    QStringList asked;
    bool accept = false;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            return;
        }
        asked << box->text();
        if (accept) {
            box->findChild<QPushButton*>(QStringLiteral("confirmAcceptButton"))->click();
        } else {
            box->reject();
        }
    });
    answer.start();
    const qint64 before = records();
    QTest::keyClick(event, Qt::Key_Return);
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(QStringLiteral("marked withdrawn")), qPrintable(asked.first()));
    QCOMPARE(records(), before);

    // Accepted: the declaration is written, the event stays, withdrawn; the right form is offered.
    accept = true;
    QTest::keyClick(event, Qt::Key_Return);
    answer.stop();
    QCOMPARE(asked.size(), 3);
    QCOMPARE(records(), before + 1);
    auto events = m_trace->events(batch);
    QVERIFY(events.ok());
    bool withdrawn = false;
    for (const trace::EventInfo& e : events.value()) {
        withdrawn = withdrawn || (e.role != QLatin1String("correction") && e.withdrawn);
    }
    QVERIFY(withdrawn);
    QCOMPARE(m_trace->batch(batch)->value().status, QStringLiteral("withdrawn"));
    // The harvest form, prefilled with the withdrawn batch to record it right.
    QCOMPARE(page->currentForm()->action(), QStringLiteral("harvest"));
    QCOMPARE(find<QLineEdit>(page->currentForm(), "lotEdit")->text(), QStringLiteral("QCT-WRONG"));
    auto* quantity = find<QLineEdit>(page->currentForm(), "quantityEdit");
    quantity->clear();
    QTest::keyClicks(quantity, QStringLiteral("1850"));
    QVERIFY(page->currentForm()->submitButton()->isEnabled());
    QTest::keyClick(quantity, Qt::Key_Return);
    QCOMPARE(m_trace->batch(batch)->value().status, QStringLiteral("active"));
    QCOMPARE(m_trace->batch(batch)->value().produced, 1850.0);
}

void TestRecordPage::fillHarvest(RecordForm* form)
{
    chooseByKeyboard(find<QComboBox>(form, "productCombo"), m_orange);
    QTest::keyClicks(find<QLineEdit>(form, "lotEdit"), QStringLiteral("FJ-260301-SM"));
    QTest::keyClicks(find<QLineEdit>(form, "quantityEdit"), QStringLiteral("18500"));
    chooseByKeyboard(find<QComboBox>(form, "plotCombo"), QStringLiteral("fj-plot-shima"));
    typeText(find<QLineEdit>(form, "varietyEdit"), QStringLiteral("纽荷尔 Newhall"));
    typeText(find<QLineEdit>(form, "certificationsEdit"), QStringLiteral("绿色食品, GAP"));
}

void TestRecordPage::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestRecordPage::screenshots()
{
    QFETCH(QString, language);
    // Chinese: the project's catalogue, plus (until merged into it) a catalogue of this page's
    // strings named by SUYUAN_EXTRA_QM, and Qt's own.
    QTranslator app;
    QTranslator extra;
    QTranslator qt;
    const QLocale previous;
    if (language != QLatin1String("en")) {
        QLocale::setDefault(QLocale(language));
        if (app.load(QStringLiteral(":/i18n/suyuan_%1.qm").arg(language))) {
            QApplication::installTranslator(&app);
        }
        if (extra.load(qEnvironmentVariable("SUYUAN_EXTRA_QM"))) {
            QApplication::installTranslator(&extra);
        }
        if (qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QApplication::installTranslator(&qt);
        }
    }
    QVERIFY(!harvestBatch(QStringLiteral("QCT-A"), 1000).isEmpty());
    QVERIFY(!harvestBatch(QStringLiteral("QCT-B"), 400).isEmpty());
    {
        auto page = makePage();
        QVERIFY(page);
        fillHarvest(page->currentForm());
        // A wrong lot, to show an inline message.
        auto* lot = find<QLineEdit>(page->currentForm(), "lotEdit");
        lot->clear();
        typeText(lot, QStringLiteral("FJ 260301"));
        saveScreenshot(page.get(), QStringLiteral("record-harvest-") + language);
        page->startAction(QStringLiteral("process"));
        fillProcess(page->currentForm(), true);
        saveScreenshot(page.get(), QStringLiteral("record-process-") + language);
        page->startAction(QStringLiteral("ship"), m_trace->resolveBatch(QStringLiteral("QCT-B")).value());
        saveScreenshot(page.get(), QStringLiteral("record-ship-") + language);
        page->startAction(QStringLiteral("inspect"), m_trace->resolveBatch(QStringLiteral("QCT-B")).value());
        QTest::mouseClick(find<QPushButton>(page->currentForm(), "addResultPushButton"), Qt::LeftButton);
        saveScreenshot(page.get(), QStringLiteral("record-inspect-") + language);
    }
    QApplication::removeTranslator(&app);
    QApplication::removeTranslator(&extra);
    QApplication::removeTranslator(&qt);
    QLocale::setDefault(previous);
}

QTEST_MAIN(TestRecordPage)
#include "TestRecordPage.moc"
