#include "UiTestSupport.h"

#include "scan/ScanField.h"

#include <QSettings>
#include <QSignalSpy>
#include <QVBoxLayout>
#include <QtTest>

using namespace suyuan::ui;

namespace {
// A label URI as long as the ones we print (Digital Link, expiry, issuer, signature).
const QString kUri = QStringLiteral(
    "https://trace.example.cn/01/06901234567892/10/FJ-251205/21/0042?17=261231&k=AbCd_eF0&s="
    "Qm9ndXMtc2lnbmF0dXJlLWZvci10ZXN0aW5nLW9ubHktbm90LXJlYWwtYnl0ZXMtMDEyMzQ1Njc4OWFiY2RlZmdoaWprbG1u");
} // namespace

class TestScanField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanRemovesAffixesAndControls();
    void scannerBurstLosesNothing_data();
    void scannerBurstLosesNothing();
    void tabSuffixEndsTheCode();
    void typedLotAndEmptyEnter();
    void affixesComeFromSettings();
};

void TestScanField::initTestCase()
{
    suyuan::test::initGuiTest();
}

void TestScanField::init()
{
    QSettings().clear();
}

void TestScanField::cleanRemovesAffixesAndControls()
{
    QCOMPARE(ScanField::clean(QStringLiteral("  FJ-251205\r\n"), {}, {}), QStringLiteral("FJ-251205"));
    QCOMPARE(ScanField::clean(QStringLiteral("]Q1") + kUri, QStringLiteral("]Q1"), {}), kUri);
    QCOMPARE(ScanField::clean(kUri + QStringLiteral("#END"), {}, QStringLiteral("#END")), kUri);
    QCOMPARE(ScanField::clean(QStringLiteral("\x02") + kUri + QStringLiteral("\x03"), {}, {}), kUri);
    // An affix that is not there is not cut from the code.
    QCOMPARE(ScanField::clean(QStringLiteral("FJ-251205"), QStringLiteral("]Q1"), QStringLiteral("#")),
             QStringLiteral("FJ-251205"));
    QCOMPARE(ScanField::clean(QStringLiteral(" \t "), {}, {}), QString());
}

void TestScanField::scannerBurstLosesNothing_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("plain") << QString() << QString();
    QTest::newRow("prefix") << QStringLiteral("]Q1") << QString();
    QTest::newRow("prefix and suffix") << QStringLiteral("]Q1") << QStringLiteral("#END");
}

void TestScanField::scannerBurstLosesNothing()
{
    QFETCH(QString, prefix);
    QFETCH(QString, suffix);
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* field = new ScanField(&window);
    auto* next = new QLineEdit(&window);
    layout->addWidget(field);
    layout->addWidget(next);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    field->setAffixes(prefix, suffix);
    field->setFocus();
    QSignalSpy spy(field, &ScanField::scanned);
    // Three labels back to back at scanner speed (no delay between keystrokes), the way a
    // warehouse worker scans a stack of cases.
    const QStringList codes{kUri, QStringLiteral("FJ-251205"),
                            QStringLiteral("urn:epc:id:sgtin:6901234.056789.42")};
    for (const QString& code : codes) {
        QTest::keyClicks(field, prefix + code + suffix, Qt::NoModifier, 0);
        QTest::keyClick(field, Qt::Key_Return, Qt::NoModifier, 0);
    }
    QCOMPARE(spy.count(), codes.size());
    for (int i = 0; i < codes.size(); ++i) {
        QCOMPARE(spy.at(i).at(0).toString(), codes.at(i));
    }
    QVERIFY(field->text().isEmpty()); // ready for the next one
    QVERIFY(field->hasFocus());
}

void TestScanField::tabSuffixEndsTheCode()
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* field = new ScanField(&window);
    auto* next = new QLineEdit(&window);
    layout->addWidget(field);
    layout->addWidget(next);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    field->setAffixes({}, QStringLiteral("\t"));
    field->setFocus();
    QSignalSpy spy(field, &ScanField::scanned);
    QTest::keyClicks(field, QStringLiteral("FJ-251205"), Qt::NoModifier, 0);
    QTest::keyClick(field, Qt::Key_Tab);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toString(), QStringLiteral("FJ-251205"));
    QVERIFY(field->hasFocus()); // the Tab was the scanner's, not a move to the next field
    // With nothing typed, Tab moves on as usual.
    QTest::keyClick(field, Qt::Key_Tab);
    QVERIFY(next->hasFocus());
}

void TestScanField::typedLotAndEmptyEnter()
{
    ScanField field;
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    QSignalSpy spy(&field, &ScanField::scanned);
    QTest::keyClick(&field, Qt::Key_Return); // nothing typed: nothing scanned
    QCOMPARE(spy.count(), 0);
    QTest::keyClicks(&field, QStringLiteral("  QCT-260210-NT1 "));
    QTest::keyClick(&field, Qt::Key_Enter); // the keypad's Enter too
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toString(), QStringLiteral("QCT-260210-NT1"));
}

void TestScanField::affixesComeFromSettings()
{
    QSettings().setValue(ScanField::prefixKey(), QStringLiteral("]Q1"));
    QSettings().setValue(ScanField::suffixKey(), QStringLiteral("#"));
    ScanField field;
    QCOMPARE(field.prefix(), QStringLiteral("]Q1"));
    QCOMPARE(field.suffix(), QStringLiteral("#"));
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    QSignalSpy spy(&field, &ScanField::scanned);
    QTest::keyClicks(&field, QStringLiteral("]Q1FJ-251205#"), Qt::NoModifier, 0);
    QTest::keyClick(&field, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toString(), QStringLiteral("FJ-251205"));
}

QTEST_MAIN(TestScanField)
#include "TestScanField.moc"
