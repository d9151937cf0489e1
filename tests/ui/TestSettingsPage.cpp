#include "UiTestSupport.h"

#include "labels/BatchLabels.h"
#include "scan/ScanField.h"
#include "settings/SettingsPage.h"
#include "trace/TraceService.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace suyuan::ui;
using suyuan::test::find;

class TestSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void suffixEscapes();
    void scannerAffixesAreSavedAndTried();
    void lockMinutesSaved();
    void labelBaseAddress();
};

void TestSettingsPage::initTestCase()
{
    suyuan::test::initGuiTest();
}

void TestSettingsPage::init()
{
    QSettings().clear();
}

void TestSettingsPage::suffixEscapes()
{
    QCOMPARE(SettingsPage::unescaped(QStringLiteral("\\t")), QStringLiteral("\t"));
    QCOMPARE(SettingsPage::unescaped(QStringLiteral("#\\\\t")), QStringLiteral("#\\t"));
    QCOMPARE(SettingsPage::unescaped(QStringLiteral("END\\")), QStringLiteral("END\\"));
    for (const QString& s :
         {QStringLiteral("\t"), QStringLiteral("\\t"), QStringLiteral("a\\b\tc"), QString()}) {
        QCOMPARE(SettingsPage::unescaped(SettingsPage::escaped(s)), s);
    }
}

void TestSettingsPage::scannerAffixesAreSavedAndTried()
{
    SettingsPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* prefix = find<QLineEdit>(&page, "scannerPrefixEdit");
    auto* suffix = find<QLineEdit>(&page, "scannerSuffixEdit");
    auto* tryField = find<ScanField>(&page, "scannerTryField");
    auto* result = find<QLabel>(&page, "scannerTryResultLabel");
    QVERIFY(prefix && suffix && tryField && result);
    prefix->setFocus();
    QTest::keyClicks(prefix, QStringLiteral("]Q1"));
    suffix->setFocus();
    QTest::keyClicks(suffix, QStringLiteral("\\t"));
    QCOMPARE(QSettings().value(ScanField::prefixKey()).toString(), QStringLiteral("]Q1"));
    QCOMPARE(QSettings().value(ScanField::suffixKey()).toString(), QStringLiteral("\t"));

    // The scanner sends prefix, code and a Tab: the page shows the code alone.
    tryField->setFocus();
    QTest::keyClicks(tryField, QStringLiteral("]Q1FJ-251205"), Qt::NoModifier, 0);
    QTest::keyClick(tryField, Qt::Key_Tab);
    QVERIFY2(result->text().contains(QStringLiteral("FJ-251205")), qPrintable(result->text()));
    QVERIFY(!result->text().contains(QStringLiteral("]Q1")));
    QVERIFY(result->text().contains(QStringLiteral("9")));

    // A new page (the next start) shows what was saved, the Tab written as \t.
    SettingsPage again;
    QCOMPARE(find<QLineEdit>(&again, "scannerPrefixEdit")->text(), QStringLiteral("]Q1"));
    QCOMPARE(find<QLineEdit>(&again, "scannerSuffixEdit")->text(), QStringLiteral("\\t"));
}

void TestSettingsPage::lockMinutesSaved()
{
    SettingsPage page;
    auto* minutes = find<QSpinBox>(&page, "lockMinutesSpinBox");
    QVERIFY(minutes);
    minutes->setValue(7);
    QCOMPARE(SettingsPage::lockMinutes(), 7);
}

// The label base address of the profile: shown, refused with the reason when wrong, saved
// in the ledger (with Enter or Save), and named as an example until it is set.
void TestSettingsPage::labelBaseAddress()
{
    QTemporaryDir dir;
    auto ledger = suyuan::test::createProfile(dir.path());
    auto trace = suyuan::trace::TraceService::open(*ledger);
    QVERIFY(trace);
    SettingsPage page(nullptr, trace->get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* edit = find<QLineEdit>(&page, "labelBaseEdit");
    auto* save = find<QPushButton>(&page, "labelBaseSavePushButton");
    auto* note = find<QLabel>(&page, "labelBaseNoteLabel");
    QCOMPARE(edit->text(), QLatin1String(suyuan::labels::exampleLabelBase));
    QVERIFY2(note->text().contains(QStringLiteral("example")), qPrintable(note->text()));
    QVERIFY(!save->isEnabled());
    // A wrong address: not saved, and the note says why.
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("ftp://trace.coop.example.cn"));
    QVERIFY(save->isEnabled());
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY2(note->text().startsWith(QStringLiteral("Not saved")), qPrintable(note->text()));
    QCOMPARE(suyuan::labels::labelBase(*ledger), QLatin1String(suyuan::labels::exampleLabelBase));
    // The cooperative's own: saved with the button, kept by the profile.
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("https://trace.coop.example.cn/fj/"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(suyuan::labels::labelBase(*ledger), QStringLiteral("https://trace.coop.example.cn/fj"));
    QCOMPARE(edit->text(), QStringLiteral("https://trace.coop.example.cn/fj"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(!note->text().contains(QStringLiteral("example")), qPrintable(note->text()));
    SettingsPage again(nullptr, trace->get());
    QCOMPARE(find<QLineEdit>(&again, "labelBaseEdit")->text(),
             QStringLiteral("https://trace.coop.example.cn/fj"));
    // Without a ledger (no profile open) there is no such field.
    SettingsPage bare;
    QVERIFY(!bare.findChild<QLineEdit*>(QStringLiteral("labelBaseEdit")));
}

QTEST_MAIN(TestSettingsPage)
#include "TestSettingsPage.moc"
