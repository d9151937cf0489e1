#include "UiTestSupport.h"

#include "masterdata/MasterDataPage.h"
#include "trace/Demo.h"
#include "trace/Gs1.h"
#include "trace/TraceService.h"
#include "trace/TraceStats.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace suyuan;
using namespace suyuan::test;
using suyuan::ui::MasterDataPage;

namespace {

int rowOf(QTableWidget* table, const QString& key)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->data(Qt::UserRole).toString() == key) {
            return r;
        }
    }
    return -1;
}

} // namespace

class TestMasterDataPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void showsTheCurrentEntries();
    void badGtinWritesNothing();
    void productWithLocalCode();
    void editPartyKeepsHistory();
    void locationValidation();
    void screenshots();

private:
    std::unique_ptr<MasterDataPage> makePage();
    qint64 records() { return m_ledger->recordCount().value(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<trace::TraceService> m_trace;
};

void TestMasterDataPage::initTestCase()
{
    initGuiTest();
    m_ledger = createProfile(m_dir.filePath(QStringLiteral("demo")));
    auto trace = trace::TraceService::open(*m_ledger);
    QVERIFY(trace);
    m_trace = std::move(trace.value());
    QVERIFY(trace::fillDemoLedger(*m_trace, {}));
}

void TestMasterDataPage::cleanupTestCase()
{
    m_trace.reset();
    m_ledger.reset();
}

void TestMasterDataPage::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

std::unique_ptr<MasterDataPage> TestMasterDataPage::makePage()
{
    auto page = std::make_unique<MasterDataPage>(*m_trace);
    page->resize(1280, 760);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get())) {
        return nullptr;
    }
    return page;
}

void TestMasterDataPage::showsTheCurrentEntries()
{
    auto page = makePage();
    QVERIFY(page);
    QCOMPARE(page->title(), QStringLiteral("Master data"));
    QCOMPARE(find<QTableWidget>(page.get(), "productsTable")->rowCount(), 8);
    QCOMPARE(find<QTableWidget>(page.get(), "partiesTable")->rowCount(), 12);
    QCOMPARE(find<QTableWidget>(page.get(), "locationsTable")->rowCount(), 18);
    auto* tabs = find<QTabWidget>(page.get(), "masterDataTabs");
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->tabText(1), QStringLiteral("P&arties"));
    // Every field has a label naming it, with a mnemonic.
    for (QLabel* label : page->findChildren<QLabel*>()) {
        if (label->buddy()) {
            QVERIFY2(label->text().contains(QLatin1Char('&')), qPrintable(label->text()));
        }
    }
}

void TestMasterDataPage::badGtinWritesNothing()
{
    auto page = makePage();
    QVERIFY(page);
    QList<int> changed;
    connect(page.get(), &MasterDataPage::ledgerChanged, this, [&changed] { changed << 1; });
    const qint64 before = records();

    QLineEdit* zh = find<QLineEdit>(page.get(), "productNameZhEdit");
    QLineEdit* en = find<QLineEdit>(page.get(), "productNameEnEdit");
    QLineEdit* gtin = find<QLineEdit>(page.get(), "productGtinEdit");
    QLabel* gtinError = find<QLabel>(page.get(), "productGtinError");
    QVERIFY(zh && en && gtin && gtinError);
    QTest::mouseClick(find<QPushButton>(page.get(), "productNewButton"), Qt::LeftButton);
    typeText(zh, QStringLiteral("巫山脆李"));
    typeText(en, QStringLiteral("Wushan crisp plum"));
    // 6937651000411 with its last digit wrong: the check digit is 8.
    QTest::keyClicks(gtin, QStringLiteral("6937651000419"));
    QVERIFY(gtinError->isVisible());
    QVERIFY2(gtinError->text().contains(QLatin1String("check digit")), qPrintable(gtinError->text()));
    QTest::keyClick(gtin, Qt::Key_Return);
    QCOMPARE(records(), before);
    QVERIFY(changed.isEmpty());
    QVERIFY(gtin->hasFocus());

    // Corrected: Enter saves, the product is in the table and selected.
    QTest::keyClick(gtin, Qt::Key_Backspace);
    QTest::keyClicks(gtin, QString(gs1::gs1CheckDigit(QStringLiteral("693765100041"))));
    QVERIFY(!gtinError->isVisible());
    QTest::keyClick(gtin, Qt::Key_Return);
    QCOMPARE(records(), before + 1);
    QCOMPARE(changed.size(), 1);
    const QString key = QStringLiteral("0693765100041") + gs1::gs1CheckDigit(QStringLiteral("693765100041"));
    auto product = m_trace->product(key);
    QVERIFY(product && product->has_value());
    QCOMPARE((*product)->nameZh, QStringLiteral("巫山脆李"));
    QCOMPARE((*product)->unit, QStringLiteral("KGM"));
    auto* table = find<QTableWidget>(page.get(), "productsTable");
    QCOMPARE(table->rowCount(), 9);
    const int row = rowOf(table, key);
    QVERIFY(row >= 0);
    QCOMPARE(table->currentRow(), row);
    QCOMPARE(table->item(row, 0)->text(), QStringLiteral("巫山脆李"));
    QVERIFY(find<QLabel>(page.get(), "productStatusLabel")->isVisible());
    // Now in edit mode: the key cannot change.
    QVERIFY(gtin->isReadOnly());

    // The same GTIN again as a new product is refused before anything is written.
    QTest::mouseClick(find<QPushButton>(page.get(), "productNewButton"), Qt::LeftButton);
    typeText(zh, QStringLiteral("巫山脆李 二号"));
    QTest::keyClicks(gtin, key.mid(1));
    QTest::keyClick(gtin, Qt::Key_Return);
    QCOMPARE(records(), before + 1);
    QVERIFY(gtinError->isVisible());
}

void TestMasterDataPage::productWithLocalCode()
{
    auto page = makePage();
    QVERIFY(page);
    const qint64 before = records();
    QTest::mouseClick(find<QPushButton>(page.get(), "productNewButton"), Qt::LeftButton);
    QLineEdit* zh = find<QLineEdit>(page.get(), "productNameZhEdit");
    QLineEdit* code = find<QLineEdit>(page.get(), "productCodeEdit");
    typeText(zh, QStringLiteral("城口老腊肉"));
    // Neither GTIN nor code: an inline error at the code, nothing written.
    QTest::mouseClick(find<QPushButton>(page.get(), "productSaveButton"), Qt::LeftButton);
    QCOMPARE(records(), before);
    QVERIFY(find<QLabel>(page.get(), "productCodeError")->isVisible());
    QTest::keyClicks(code, QStringLiteral("CK LR"));
    QVERIFY(find<QLabel>(page.get(), "productCodeError")->isVisible()); // a space is not allowed
    code->clear();
    QTest::keyClicks(code, QStringLiteral("CK-LR"));
    QVERIFY(!find<QLabel>(page.get(), "productCodeError")->isVisible());
    auto* unit = find<QComboBox>(page.get(), "productUnitComboBox");
    unit->setCurrentIndex(unit->findData(QStringLiteral("H87")));
    auto* category = find<QComboBox>(page.get(), "productCategoryComboBox");
    category->setCurrentIndex(category->findData(QStringLiteral("meat")));
    QTest::mouseClick(find<QPushButton>(page.get(), "productSaveButton"), Qt::LeftButton);
    QCOMPARE(records(), before + 1);
    auto product = m_trace->product(QStringLiteral("code:CK-LR"));
    QVERIFY(product && product->has_value());
    QCOMPARE((*product)->unit, QStringLiteral("H87"));
    QCOMPARE((*product)->category, QStringLiteral("meat"));
}

void TestMasterDataPage::editPartyKeepsHistory()
{
    auto page = makePage();
    QVERIFY(page);
    page->showTab(MasterDataPage::Tab::Parties);
    auto* table = find<QTableWidget>(page.get(), "partiesTable");
    const int row = rowOf(table, QStringLiteral("yuwei-market"));
    QVERIFY(row >= 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualItemRect(table->item(row, 0)).center());
    QLineEdit* zh = find<QLineEdit>(page.get(), "partyNameZhEdit");
    QCOMPARE(zh->text(), QStringLiteral("渝味优选超市（解放碑店）"));
    QVERIFY(find<QLineEdit>(page.get(), "partyKeyEdit")->isReadOnly());
    // The contact the list does not show came from the current record.
    QCOMPARE(find<QLineEdit>(page.get(), "partyAddressEdit")->text(), QString());

    const qint64 before = records();
    zh->selectAll();
    typeText(zh, QStringLiteral("渝味优选超市（解放碑旗舰店）"));
    typeText(find<QLineEdit>(page.get(), "partyPhoneEdit"), QStringLiteral("023-6380 1234"));
    // A wrong GLN stops the save.
    QLineEdit* gln = find<QLineEdit>(page.get(), "partyGlnEdit");
    QTest::keyClicks(gln, QStringLiteral("6938802000012"));
    QVERIFY(find<QLabel>(page.get(), "partyGlnError")->isVisible());
    QTest::mouseClick(find<QPushButton>(page.get(), "partySaveButton"), Qt::LeftButton);
    QCOMPARE(records(), before);
    gln->clear();
    QTest::mouseClick(find<QPushButton>(page.get(), "partySaveButton"), Qt::LeftButton);
    QCOMPARE(records(), before + 1);

    const int newRow = rowOf(table, QStringLiteral("yuwei-market"));
    QCOMPARE(table->item(newRow, 0)->text(), QStringLiteral("渝味优选超市（解放碑旗舰店）"));
    QCOMPARE(table->item(newRow, 1)->text(), QStringLiteral("Yuwei Select Supermarket (Jiefangbei)"));
    auto body =
        trace::masterHistory(*m_trace, QStringLiteral("master.party"), QStringLiteral("yuwei-market"));
    QVERIFY(body && body->size() == 2);
    QCOMPARE(body->first()
                 .body.value(QStringLiteral("contact"))
                 .toObject()
                 .value(QStringLiteral("phone"))
                 .toString(),
             QStringLiteral("023-6380 1234"));

    QTest::mouseClick(find<QPushButton>(page.get(), "partyHistoryButton"), Qt::LeftButton);
    auto* dialog = page->findChild<QDialog*>(QStringLiteral("historyDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto* history = find<QTableWidget>(dialog, "historyTable");
    QCOMPARE(history->rowCount(), 2);
    QCOMPARE(history->item(0, 2)->text(), QStringLiteral("渝味优选超市（解放碑旗舰店）"));
    QCOMPARE(history->item(1, 2)->text(), QStringLiteral("渝味优选超市（解放碑店）"));
    QVERIFY(history->item(0, 0)->text().contains(QLatin1String("(current)")));
    QCOMPARE(history->item(0, 1)->text(), QStringLiteral("This node"));
    saveScreenshot(dialog, QStringLiteral("masterdata-history-en"));
    dialog->reject();
}

void TestMasterDataPage::locationValidation()
{
    auto page = makePage();
    QVERIFY(page);
    page->showTab(MasterDataPage::Tab::Locations);
    const qint64 before = records();
    QTest::mouseClick(find<QPushButton>(page.get(), "locationNewButton"), Qt::LeftButton);
    QLineEdit* key = find<QLineEdit>(page.get(), "locationKeyEdit");
    typeText(find<QLineEdit>(page.get(), "locationNameZhEdit"), QStringLiteral("巫山县曲尺乡脆李园"));
    QTest::keyClicks(key, QStringLiteral("WS Plot"));
    QVERIFY(find<QLabel>(page.get(), "locationKeyError")->isVisible());
    key->clear();
    QTest::keyClicks(key, QStringLiteral("ws-plot-quchi"));
    QVERIFY(!find<QLabel>(page.get(), "locationKeyError")->isVisible());
    QLineEdit* lat = find<QLineEdit>(page.get(), "locationLatEdit");
    QTest::keyClicks(lat, QStringLiteral("131.07"));
    QVERIFY(find<QLabel>(page.get(), "locationGeoError")->isVisible());
    lat->clear();
    QTest::keyClicks(lat, QStringLiteral("31.07"));
    QTest::keyClick(lat, Qt::Key_Return); // longitude missing
    QCOMPARE(records(), before);
    QVERIFY(find<QLabel>(page.get(), "locationGeoError")->isVisible());
    QLineEdit* lon = find<QLineEdit>(page.get(), "locationLonEdit");
    QTest::keyClicks(lon, QStringLiteral("109.88"));
    QTest::keyClick(lon, Qt::Key_Return);
    QCOMPARE(records(), before + 1);
    auto body =
        trace::masterHistory(*m_trace, QStringLiteral("master.location"), QStringLiteral("ws-plot-quchi"));
    QVERIFY(body && body->size() == 1);
    QCOMPARE(
        body->first().body.value(QStringLiteral("geo")).toObject().value(QStringLiteral("lat")).toDouble(),
        31.07);
    QCOMPARE(body->first().body.value(QStringLiteral("type")).toString(), QStringLiteral("plot"));
    // Opening it again shows the coordinates, which the list does not carry.
    auto* table = find<QTableWidget>(page.get(), "locationsTable");
    QVERIFY(rowOf(table, QStringLiteral("ws-plot-quchi")) >= 0);
    QCOMPARE(lat->text(), QStringLiteral("31.070000"));
}

void TestMasterDataPage::screenshots()
{
    {
        auto page = makePage();
        QVERIFY(page);
        auto* table = find<QTableWidget>(page.get(), "productsTable");
        table->setCurrentCell(0, 0);
        saveScreenshot(page.get(), QStringLiteral("masterdata-en"));
        page->showTab(MasterDataPage::Tab::Parties);
        find<QTableWidget>(page.get(), "partiesTable")->setCurrentCell(1, 0);
        saveScreenshot(page.get(), QStringLiteral("masterdata-parties-en"));
    }
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
        QTest::mouseClick(find<QPushButton>(page.get(), "productNewButton"), Qt::LeftButton);
        QTest::keyClicks(find<QLineEdit>(page.get(), "productGtinEdit"), QStringLiteral("6937651000419"));
        saveScreenshot(page.get(), QStringLiteral("masterdata-zh_CN"));
        page->showTab(MasterDataPage::Tab::Locations);
        find<QTableWidget>(page.get(), "locationsTable")->setCurrentCell(0, 0);
        saveScreenshot(page.get(), QStringLiteral("masterdata-locations-zh_CN"));
    }
    QCoreApplication::removeTranslator(&extra);
    QCoreApplication::removeTranslator(&zh);
}

QTEST_MAIN(TestMasterDataPage)
#include "TestMasterDataPage.moc"
