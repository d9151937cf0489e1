#include "trace/CreditCode.h"

#include <QTest>

using namespace suyuan::trace;

class TestCreditCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validCodes_data();
    void validCodes();
    void invalidCodes_data();
    void invalidCodes();
    void checkCharacter();
};

void TestCreditCode::validCodes_data()
{
    QTest::addColumn<QString>("code");
    // The example of GB 32100-2015 and codes published on business licences.
    QTest::newRow("GB 32100 example") << QStringLiteral("91350100M000100Y43");
    QTest::newRow("Beijing") << QStringLiteral("91110000600037341L");
    QTest::newRow("Shenzhen, letter check") << QStringLiteral("91440300708461136T");
    QTest::newRow("Shenzhen, digit check") << QStringLiteral("914403001922038216");
    QTest::newRow("Chongqing co-op (demo)") << QStringLiteral("93500236MA5YQ4K744");
}

void TestCreditCode::validCodes()
{
    QFETCH(QString, code);
    QVERIFY(isValidCreditCode(code));
}

void TestCreditCode::invalidCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString();
    QTest::newRow("17 characters") << QStringLiteral("91350100M000100Y4");
    QTest::newRow("19 characters") << QStringLiteral("91350100M000100Y433");
    QTest::newRow("wrong check") << QStringLiteral("91350100M000100Y44");
    QTest::newRow("two characters swapped") << QStringLiteral("91350100M000010Y43");
    QTest::newRow("lower case") << QStringLiteral("91350100m000100y43");
    QTest::newRow("letter I") << QStringLiteral("91350100MI00100Y43");
    QTest::newRow("letter O for zero") << QStringLiteral("91350100M0O0100Y43");
    QTest::newRow("full-width digit") << QStringLiteral("91350100M000100Y4\uFF13");
}

void TestCreditCode::invalidCodes()
{
    QFETCH(QString, code);
    QVERIFY(!isValidCreditCode(code));
}

void TestCreditCode::checkCharacter()
{
    QCOMPARE(creditCodeCheckCharacter(u"91350100M000100Y4"), QLatin1Char('3'));
    QCOMPARE(creditCodeCheckCharacter(u"91110000600037341"), QLatin1Char('L'));
    QVERIFY(creditCodeCheckCharacter(u"91350100M000100Y").isNull());  // 16
    QVERIFY(creditCodeCheckCharacter(u"91500102MA5U7GWI5").isNull()); // I is not used
    for (QChar c : QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY")) {
        QVERIFY(isCreditCodeCharacter(c));
    }
    for (QChar c : QStringLiteral("IOSVZa -\u4E00")) {
        QVERIFY2(!isCreditCodeCharacter(c), qPrintable(QString(c)));
    }
}

QTEST_GUILESS_MAIN(TestCreditCode)
#include "TestCreditCode.moc"
