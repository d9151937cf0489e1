#include "UiTestSupport.h"

#include "scan/ScanField.h"
#include "settings/SettingsPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
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

QTEST_MAIN(TestSettingsPage)
#include "TestSettingsPage.moc"
