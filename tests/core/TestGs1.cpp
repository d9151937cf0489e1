#include "trace/Gs1.h"

#include <QTest>

using namespace suyuan;
using namespace suyuan::gs1;

using QueryList = QList<QPair<QString, QString>>;

Q_DECLARE_METATYPE(suyuan::gs1::DigitalLink)

// Check digits below are worked by hand with the GS1 mod-10 rule: weights 3,1,3,1,… from the
// digit next to the check digit leftwards; check = (10 - sum % 10) % 10.
class TestGs1 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkDigit_data();
    void checkDigit();
    void isValidGtin_data();
    void isValidGtin();
    void normaliseGtin_data();
    void normaliseGtin();
    void normaliseGtinErrors_data();
    void normaliseGtinErrors();
    void gln_data();
    void gln();
    void lotAndSerial_data();
    void lotAndSerial();
    void lotErrorMessages_data();
    void lotErrorMessages();
    void percentEncode_data();
    void percentEncode();
    void buildDigitalLink_data();
    void buildDigitalLink();
    void parseDigitalLink_data();
    void parseDigitalLink();
    void parseDigitalLinkErrors_data();
    void parseDigitalLinkErrors();
    void digitalLinkRoundTrip_data();
    void digitalLinkRoundTrip();
    void checkedDigitalLink_data();
    void checkedDigitalLink();
    void gs1Date_data();
    void gs1Date();
    void lgtinToGtin_data();
    void lgtinToGtin();
    void gtinToLgtin_data();
    void gtinToLgtin();
    void lgtinErrors_data();
    void lgtinErrors();
    void sgtin_data();
    void sgtin();
    void localBatchUri_data();
    void localBatchUri();
    void localBatchUriErrors_data();
    void localBatchUriErrors();
    void batchIds_data();
    void batchIds();
    void checkedBatchIdErrors_data();
    void checkedBatchIdErrors();
    void units_data();
    void units();
};

void TestGs1::checkDigit_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QChar>("expected");
    // 0950600013435: 5*3+3+4*3+3+1*3+0+0*3+0+6*3+0+5*3+9+0*3 = 78 → 2
    QTest::newRow("GTIN-14 09506000134352") << QStringLiteral("0950600013435") << QChar(u'2');
    // 690123456789: 9*3+8+7*3+6+5*3+4+3*3+2+1*3+0+9*3+6 = 128 → 2
    QTest::newRow("GTIN-13 6901234567892") << QStringLiteral("690123456789") << QChar(u'2');
    // 61414100003: 3*3+0+0*3+0+0*3+1+4*3+1+4*3+1+6*3 = 54 → 6
    QTest::newRow("GTIN-12 614141000036") << QStringLiteral("61414100003") << QChar(u'6');
    // 9638507: 7*3+0+5*3+8+3*3+6+9*3 = 86 → 4
    QTest::newRow("GTIN-8 96385074") << QStringLiteral("9638507") << QChar(u'4');
    // 0401234512345: 5*3+4+3*3+2+1*3+5+4*3+3+2*3+1+0*3+4+0*3 = 64 → 6
    QTest::newRow("GTIN-14 04012345123456") << QStringLiteral("0401234512345") << QChar(u'6');
    // 8061414112345: 5*3+4+3*3+2+1*3+1+4*3+1+4*3+1+6*3+0+8*3 = 102 → 8
    QTest::newRow("GTIN-14 80614141123458") << QStringLiteral("8061414112345") << QChar(u'8');
    // 061414100000: 0+0+0+0+0+1+4*3+1+4*3+1+6*3+0 = 45 → 5
    QTest::newRow("GLN 0614141000005") << QStringLiteral("061414100000") << QChar(u'5');
    // a sum that is already a multiple of 10 gives 0, not 10: 5*3+5 = 20 → 0
    QTest::newRow("sum multiple of ten") << QStringLiteral("55") << QChar(u'0');
    QTest::newRow("leading zeros do not matter") << QStringLiteral("0000000000055") << QChar(u'0');
    QTest::newRow("empty") << QString() << QChar();
    QTest::newRow("not digits") << QStringLiteral("12a4") << QChar();
    QTest::newRow("full-width digits") << QStringLiteral("１２３") << QChar();
}

void TestGs1::checkDigit()
{
    QFETCH(QString, digits);
    QFETCH(QChar, expected);
    QCOMPARE(gs1CheckDigit(digits), expected);
}

void TestGs1::isValidGtin_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<bool>("valid");
    QTest::newRow("GTIN-14") << QStringLiteral("09506000134352") << true;
    QTest::newRow("GTIN-13") << QStringLiteral("6901234567892") << true;
    QTest::newRow("GTIN-12") << QStringLiteral("614141000036") << true;
    QTest::newRow("GTIN-8") << QStringLiteral("96385074") << true;
    QTest::newRow("GTIN-14 indicator 8") << QStringLiteral("80614141123458") << true;
    QTest::newRow("GTIN-14 wrong check") << QStringLiteral("09506000134353") << false;
    QTest::newRow("GTIN-13 wrong check") << QStringLiteral("6901234567891") << false;
    QTest::newRow("two digits swapped") << QStringLiteral("6901234567982") << false;
    QTest::newRow("GTIN-8 wrong check") << QStringLiteral("96385070") << false;
    QTest::newRow("11 digits") << QStringLiteral("61414100003") << false;
    QTest::newRow("GLN length is fine but 15 is not") << QStringLiteral("009506000134352") << false;
    QTest::newRow("spaces are not normalised here") << QStringLiteral("6901234 567892") << false;
    QTest::newRow("letters") << QStringLiteral("690123456789X") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestGs1::isValidGtin()
{
    QFETCH(QString, digits);
    QFETCH(bool, valid);
    QCOMPARE(gs1::isValidGtin(digits), valid);
}

void TestGs1::normaliseGtin_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("gtin14");
    QTest::newRow("GTIN-14 unchanged")
        << QStringLiteral("09506000134352") << QStringLiteral("09506000134352");
    QTest::newRow("GTIN-13") << QStringLiteral("6901234567892") << QStringLiteral("06901234567892");
    QTest::newRow("GTIN-12") << QStringLiteral("614141000036") << QStringLiteral("00614141000036");
    QTest::newRow("GTIN-8") << QStringLiteral("96385074") << QStringLiteral("00000096385074");
    QTest::newRow("printed with spaces")
        << QStringLiteral(" 6 901234 567892 ") << QStringLiteral("06901234567892");
    QTest::newRow("scanner CR LF") << QStringLiteral("6901234567892\r\n") << QStringLiteral("06901234567892");
    QTest::newRow("full-width digits and ideographic space")
        << QStringLiteral("６９０１２３４　５６７８９２") << QStringLiteral("06901234567892");
    QTest::newRow("GTIN-14 already padded GTIN-8")
        << QStringLiteral("00000096385074") << QStringLiteral("00000096385074");
}

void TestGs1::normaliseGtin()
{
    QFETCH(QString, input);
    QFETCH(QString, gtin14);
    const Result<QString> result = gs1::normaliseGtin(input);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result.value(), gtin14);
    QVERIFY(gs1::isValidGtin(result.value()));
}

void TestGs1::normaliseGtinErrors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QString() << QStringLiteral("No GTIN");
    QTest::newRow("only spaces") << QStringLiteral("   ") << QStringLiteral("No GTIN");
    QTest::newRow("letter") << QStringLiteral("690123456789X")
                            << QStringLiteral("\"X\", which is not a digit");
    QTest::newRow("hyphen") << QStringLiteral("690-1234567892")
                            << QStringLiteral("\"-\", which is not a digit");
    QTest::newRow("Chinese") << QStringLiteral("690123456789二")
                             << QStringLiteral("\"二\", which is not a digit");
    QTest::newRow("11 digits") << QStringLiteral("61414100003") << QStringLiteral("has 11 digits");
    QTest::newRow("15 digits") << QStringLiteral("009506000134352") << QStringLiteral("has 15 digits");
    QTest::newRow("9 digits") << QStringLiteral("963850740") << QStringLiteral("has 9 digits");
    QTest::newRow("GTIN-13 check 1, should be 2")
        << QStringLiteral("6901234567891")
        << QStringLiteral("ends in check digit 1, but the correct check digit is 2");
    QTest::newRow("GTIN-14 check 3, should be 2")
        << QStringLiteral("09506000134353")
        << QStringLiteral("ends in check digit 3, but the correct check digit is 2");
    QTest::newRow("GTIN-12 check 0, should be 6")
        << QStringLiteral("614141000030")
        << QStringLiteral("ends in check digit 0, but the correct check digit is 6");
    QTest::newRow("GTIN-8 check 9, should be 4")
        << QStringLiteral("96385079")
        << QStringLiteral("ends in check digit 9, but the correct check digit is 4");
}

void TestGs1::normaliseGtinErrors()
{
    QFETCH(QString, input);
    QFETCH(QString, messagePart);
    const Result<QString> result = gs1::normaliseGtin(input);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
}

void TestGs1::gln_data()
{
    QTest::addColumn<QString>("gln");
    QTest::addColumn<bool>("valid");
    // 061414100000 → 45 → 5 (worked in checkDigit_data)
    QTest::newRow("0614141000005") << QStringLiteral("0614141000005") << true;
    // 952012345678: 8*3+7+6*3+5+4*3+3+2*3+1+0*3+2+5*3+9 = 102 → 8
    QTest::newRow("9520123456788") << QStringLiteral("9520123456788") << true;
    QTest::newRow("wrong check") << QStringLiteral("0614141000006") << false;
    QTest::newRow("a GTIN-14 is not a GLN") << QStringLiteral("09506000134352") << false;
    QTest::newRow("12 digits") << QStringLiteral("061414100000") << false;
    QTest::newRow("letters") << QStringLiteral("06141410000A5") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestGs1::gln()
{
    QFETCH(QString, gln);
    QFETCH(bool, valid);
    QCOMPARE(isValidGln(gln), valid);
}

void TestGs1::lotAndSerial_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << QStringLiteral("ABC1") << true;
    QTest::newRow("one character") << QStringLiteral("1") << true;
    QTest::newRow("20 characters") << QStringLiteral("ABCDEFGHIJ0123456789") << true;
    QTest::newRow("21 characters") << QStringLiteral("ABCDEFGHIJ0123456789K") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("all punctuation of CSET 82") << QStringLiteral("!\"%&'()*+,-./:;<=>?_") << true;
    QTest::newRow("lower case") << QStringLiteral("lot-2024.03_a") << true;
    QTest::newRow("slash") << QStringLiteral("ABC/123") << true;
    QTest::newRow("space") << QStringLiteral("AB 12") << false;
    QTest::newRow("Chinese") << QStringLiteral("批次1") << false;
    QTest::newRow("full-width letter") << QStringLiteral("ＡBC") << false;
    QTest::newRow("accented letter") << QStringLiteral("café") << false;
    QTest::newRow("emoji") << QStringLiteral("A\U0001F600") << false;
    // Characters of printable ASCII that are not in CSET 82; "~" is URI-unreserved but not GS1.
    for (const char c : {'#', '$', '@', '[', '\\', ']', '^', '`', '{', '|', '}', '~'}) {
        QTest::addRow("ASCII %c", c) << (QStringLiteral("AB") + QLatin1Char(c)) << false;
    }
    QTest::newRow("tab") << QStringLiteral("AB\t1") << false;
}

void TestGs1::lotAndSerial()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QCOMPARE(isValidLot(value), valid);
    QCOMPARE(isValidSerial(value), valid);
    QCOMPARE(checkLot(value).ok(), valid);
    QCOMPARE(checkSerial(value).ok(), valid);
}

void TestGs1::lotErrorMessages_data()
{
    QTest::addColumn<QString>("lot");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QString() << QStringLiteral("batch/lot number is empty");
    QTest::newRow("too long") << QStringLiteral("ABCDEFGHIJ0123456789K")
                              << QStringLiteral("has 21 characters; at most 20");
    QTest::newRow("Chinese names the character")
        << QStringLiteral("A批次") << QStringLiteral("contains \"批\"");
    QTest::newRow("space") << QStringLiteral("AB 12") << QStringLiteral("contains \" \"");
    QTest::newRow("emoji is reported whole")
        << QStringLiteral("A\U0001F600") << QStringLiteral("contains \"\U0001F600\"");
}

void TestGs1::lotErrorMessages()
{
    QFETCH(QString, lot);
    QFETCH(QString, messagePart);
    const Status status = checkLot(lot);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(status.error().message.contains(messagePart), qPrintable(status.error().message));
    const Status serialStatus = checkSerial(lot);
    QVERIFY(!serialStatus.ok());
    QVERIFY2(serialStatus.error().message.contains(QStringLiteral("serial number")),
             qPrintable(serialStatus.error().message));
}

void TestGs1::percentEncode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("unreserved kept") << QStringLiteral("Az09-._~") << QStringLiteral("Az09-._~");
    QTest::newRow("slash") << QStringLiteral("ABC/123") << QStringLiteral("ABC%2F123");
    QTest::newRow("space") << QStringLiteral("AB 12") << QStringLiteral("AB%2012");
    QTest::newRow("percent") << QStringLiteral("5%") << QStringLiteral("5%25");
    QTest::newRow("plus") << QStringLiteral("A+B") << QStringLiteral("A%2BB");
    QTest::newRow("CSET 82 punctuation")
        << QStringLiteral("!\"%&'()*+,/:;<=>?")
        << QStringLiteral("%21%22%25%26%27%28%29%2A%2B%2C%2F%3A%3B%3C%3D%3E%3F");
    // 溯 U+6EAF = E6 BA AF, 源 U+6E90 = E6 BA 90 in UTF-8
    QTest::newRow("Chinese, upper-case hex")
        << QStringLiteral("溯源") << QStringLiteral("%E6%BA%AF%E6%BA%90");
}

void TestGs1::percentEncode()
{
    QFETCH(QString, text);
    QFETCH(QString, encoded);
    QCOMPARE(gs1::percentEncode(text), encoded);
}

void TestGs1::buildDigitalLink_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("gtin14");
    QTest::addColumn<QString>("lot");
    QTest::addColumn<QString>("serial");
    QTest::addColumn<QDate>("expiry");
    QTest::addColumn<QueryList>("query");
    QTest::addColumn<QString>("uri");
    const QString gtin = QStringLiteral("09506000134352");
    QTest::newRow("canonical GTIN + lot")
        << QStringLiteral("https://id.gs1.org") << gtin << QStringLiteral("ABC1") << QString() << QDate()
        << QueryList() << QStringLiteral("https://id.gs1.org/01/09506000134352/10/ABC1");
    QTest::newRow("DL standard example, slash in lot")
        << QStringLiteral("https://example.com") << gtin << QStringLiteral("ABC/123") << QStringLiteral("XYZ")
        << QDate() << QueryList()
        << QStringLiteral("https://example.com/01/09506000134352/10/ABC%2F123/21/XYZ");
    QTest::newRow("trailing slash on base is dropped")
        << QStringLiteral("https://example.com/") << gtin << QStringLiteral("ABC1") << QString() << QDate()
        << QueryList() << QStringLiteral("https://example.com/01/09506000134352/10/ABC1");
    QTest::newRow("base with a path")
        << QStringLiteral("https://trace.example.cn/tea/") << gtin << QStringLiteral("ABC1") << QString()
        << QDate() << QueryList() << QStringLiteral("https://trace.example.cn/tea/01/09506000134352/10/ABC1");
    QTest::newRow("expiry") << QStringLiteral("https://id.gs1.org") << gtin << QStringLiteral("ABC1")
                            << QString() << QDate(2026, 12, 31) << QueryList()
                            << QStringLiteral("https://id.gs1.org/01/09506000134352/10/ABC1?17=261231");
    QTest::newRow("expiry and extra query, in order")
        << QStringLiteral("https://id.gs1.org") << gtin << QStringLiteral("ABC1") << QString()
        << QDate(2026, 1, 5)
        << QueryList{{QStringLiteral("linkType"), QStringLiteral("gs1:pip")},
                     {QStringLiteral("lang"), QStringLiteral("zh-CN")}}
        << QStringLiteral(
               "https://id.gs1.org/01/09506000134352/10/ABC1?17=260105&linkType=gs1:pip&lang=zh-CN");
    QTest::newRow("extra query without expiry, reserved characters encoded")
        << QStringLiteral("https://id.gs1.org") << gtin << QStringLiteral("ABC1") << QString() << QDate()
        << QueryList{{QStringLiteral("note"), QStringLiteral("a&b=c d+e#f")}}
        << QStringLiteral("https://id.gs1.org/01/09506000134352/10/ABC1?note=a%26b%3Dc%20d%2Be%23f");
    QTest::newRow("serial without lot")
        << QStringLiteral("https://id.gs1.org") << gtin << QString() << QStringLiteral("400") << QDate()
        << QueryList() << QStringLiteral("https://id.gs1.org/01/09506000134352/21/400");
    QTest::newRow("GTIN only") << QStringLiteral("https://id.gs1.org") << gtin << QString() << QString()
                               << QDate() << QueryList()
                               << QStringLiteral("https://id.gs1.org/01/09506000134352");
    QTest::newRow("space in lot (encoded, though not valid GS1)")
        << QStringLiteral("https://id.gs1.org") << gtin << QStringLiteral("AB 12") << QString() << QDate()
        << QueryList() << QStringLiteral("https://id.gs1.org/01/09506000134352/10/AB%2012");
    // 批 U+6279 = E6 89 B9, 次 U+6B21 = E6 AC A1
    QTest::newRow("Chinese lot (encoded, though not valid GS1)")
        << QStringLiteral("https://id.gs1.org") << gtin << QStringLiteral("批次1") << QString() << QDate()
        << QueryList() << QStringLiteral("https://id.gs1.org/01/09506000134352/10/%E6%89%B9%E6%AC%A11");
    QTest::newRow("all CSET 82 punctuation")
        << QStringLiteral("https://id.gs1.org") << gtin << QStringLiteral("!\"%&'()*+,")
        << QStringLiteral("-./:;<=>?_") << QDate() << QueryList()
        << QStringLiteral("https://id.gs1.org/01/09506000134352/10/%21%22%25%26%27%28%29%2A%2B%2C/21/"
                          "-.%2F%3A%3B%3C%3D%3E%3F_");
}

void TestGs1::buildDigitalLink()
{
    QFETCH(QString, base);
    QFETCH(QString, gtin14);
    QFETCH(QString, lot);
    QFETCH(QString, serial);
    QFETCH(QDate, expiry);
    QFETCH(QueryList, query);
    QFETCH(QString, uri);
    QCOMPARE(digitalLinkUri(base, gtin14, lot, serial, expiry, query), uri);
    QCOMPARE(digitalLinkUri(DigitalLink{base, gtin14, lot, serial, expiry, query}), uri);
}

void TestGs1::parseDigitalLink_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<DigitalLink>("expected");
    const QString gtin = QStringLiteral("09506000134352");
    const QString gs1 = QStringLiteral("https://id.gs1.org");
    const QString example = QStringLiteral("https://example.com");
    QTest::newRow("canonical") << QStringLiteral("https://id.gs1.org/01/09506000134352/10/ABC1")
                               << DigitalLink{gs1, gtin, QStringLiteral("ABC1"), {}, {}, {}};
    QTest::newRow("DL standard example")
        << QStringLiteral("https://example.com/01/09506000134352/10/ABC%2F123/21/XYZ")
        << DigitalLink{example, gtin, QStringLiteral("ABC/123"), QStringLiteral("XYZ"), {}, {}};
    QTest::newRow("lower-case hex") << QStringLiteral("https://example.com/01/09506000134352/10/ABC%2f123")
                                    << DigitalLink{example, gtin, QStringLiteral("ABC/123"), {}, {}, {}};
    QTest::newRow("GTIN-13 padded")
        << QStringLiteral("https://example.com/01/6901234567892/10/A1")
        << DigitalLink{example, QStringLiteral("06901234567892"), QStringLiteral("A1"), {}, {}, {}};
    QTest::newRow("GTIN-12 padded")
        << QStringLiteral("https://example.com/01/614141000036/10/A1")
        << DigitalLink{example, QStringLiteral("00614141000036"), QStringLiteral("A1"), {}, {}, {}};
    QTest::newRow("GTIN-8 padded")
        << QStringLiteral("https://example.com/01/96385074/10/A1")
        << DigitalLink{example, QStringLiteral("00000096385074"), QStringLiteral("A1"), {}, {}, {}};
    QTest::newRow("custom base path")
        << QStringLiteral("https://trace.example.cn/tea/shop/01/09506000134352/10/ABC1")
        << DigitalLink{
               QStringLiteral("https://trace.example.cn/tea/shop"), gtin, QStringLiteral("ABC1"), {}, {}, {}};
    QTest::newRow("base path containing 01, lot 01")
        << QStringLiteral("https://example.com/01/shop/01/09506000134352/10/01")
        << DigitalLink{QStringLiteral("https://example.com/01/shop"), gtin, QStringLiteral("01"), {}, {}, {}};
    QTest::newRow("http, port, upper-case scheme")
        << QStringLiteral("HTTP://example.com:8080/01/09506000134352/10/ABC1")
        << DigitalLink{QStringLiteral("HTTP://example.com:8080"), gtin, QStringLiteral("ABC1"), {}, {}, {}};
    QTest::newRow("expiry 261231") << QStringLiteral("https://id.gs1.org/01/09506000134352/10/ABC1?17=261231")
                                   << DigitalLink{gs1, gtin, QStringLiteral("ABC1"), {}, QDate(2026, 12, 31),
                                                  {}};
    QTest::newRow("expiry DD=00 is the last day (Feb 2026)")
        << QStringLiteral("https://id.gs1.org/01/09506000134352/10/ABC1?17=260200")
        << DigitalLink{gs1, gtin, QStringLiteral("ABC1"), {}, QDate(2026, 2, 28), {}};
    QTest::newRow("expiry DD=00 in a leap February")
        << QStringLiteral("https://id.gs1.org/01/09506000134352/10/ABC1?17=280200")
        << DigitalLink{gs1, gtin, QStringLiteral("ABC1"), {}, QDate(2028, 2, 29), {}};
    QTest::newRow("other query parameters kept in order")
        << QStringLiteral(
               "https://id.gs1.org/01/09506000134352/10/ABC1?linkType=gs1:pip&17=261231&lang=zh-CN&flag")
        << DigitalLink{gs1,
                       gtin,
                       QStringLiteral("ABC1"),
                       {},
                       QDate(2026, 12, 31),
                       {{QStringLiteral("linkType"), QStringLiteral("gs1:pip")},
                        {QStringLiteral("lang"), QStringLiteral("zh-CN")},
                        {QStringLiteral("flag"), QString()}}};
    QTest::newRow("query values are decoded, + stays a plus")
        << QStringLiteral("https://id.gs1.org/01/09506000134352?note=%E6%BA%AF%E6%BA%90+1%20x")
        << DigitalLink{gs1, gtin, {}, {}, {}, {{QStringLiteral("note"), QStringLiteral("溯源+1 x")}}};
    QTest::newRow("serial only") << QStringLiteral("https://id.gs1.org/01/09506000134352/21/400")
                                 << DigitalLink{gs1, gtin, {}, QStringLiteral("400"), {}, {}};
    QTest::newRow("GTIN only") << QStringLiteral("https://id.gs1.org/01/09506000134352")
                               << DigitalLink{gs1, gtin, {}, {}, {}, {}};
    QTest::newRow("scanner whitespace, trailing slash, fragment")
        << QStringLiteral("  https://id.gs1.org/01/09506000134352/10/ABC1/#top\r\n")
        << DigitalLink{gs1, gtin, QStringLiteral("ABC1"), {}, {}, {}};
    QTest::newRow("unencoded CSET 82 characters are accepted")
        << QStringLiteral("https://id.gs1.org/01/09506000134352/10/A!(1)*")
        << DigitalLink{gs1, gtin, QStringLiteral("A!(1)*"), {}, {}, {}};
}

void TestGs1::parseDigitalLink()
{
    QFETCH(QString, uri);
    QFETCH(DigitalLink, expected);
    const Result<DigitalLink> parsed = gs1::parseDigitalLink(uri);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->base, expected.base);
    QCOMPARE(parsed->gtin14, expected.gtin14);
    QCOMPARE(parsed->lot, expected.lot);
    QCOMPARE(parsed->serial, expected.serial);
    QCOMPARE(parsed->expiry, expected.expiry);
    QCOMPARE(parsed->query, expected.query);
    QVERIFY(parsed.value() == expected);
}

void TestGs1::parseDigitalLinkErrors_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("messagePart");
    const QString prefix = QStringLiteral("https://id.gs1.org/01/09506000134352");
    QTest::newRow("empty") << QString() << QStringLiteral("No Digital Link");
    QTest::newRow("not http") << QStringLiteral("ftp://example.com/01/09506000134352")
                              << QStringLiteral("does not start with http");
    QTest::newRow("bare path") << QStringLiteral("/01/09506000134352/10/ABC1")
                               << QStringLiteral("does not start with http");
    QTest::newRow("no host") << QStringLiteral("https:///01/09506000134352")
                             << QStringLiteral("does not start with http");
    QTest::newRow("no path") << QStringLiteral("https://id.gs1.org") << QStringLiteral("no /01/");
    QTest::newRow("no 01") << QStringLiteral("https://example.com/gtin/09506000134352")
                           << QStringLiteral("no /01/");
    QTest::newRow("wrong check digit names the right one")
        << QStringLiteral("https://id.gs1.org/01/09506000134353/10/ABC1")
        << QStringLiteral("the correct check digit is 2");
    QTest::newRow("11-digit GTIN") << QStringLiteral("https://id.gs1.org/01/61414100003/10/A")
                                   << QStringLiteral("has 11 digits");
    QTest::newRow("missing lot value")
        << prefix + QStringLiteral("/10") << QStringLiteral("no value after /10/");
    QTest::newRow("empty element") << prefix + QStringLiteral("//21/X") << QStringLiteral("empty element");
    QTest::newRow("empty lot segment")
        << prefix + QStringLiteral("/10//21/X") << QStringLiteral("no value after /10/");
    QTest::newRow("Chinese lot") << prefix + QStringLiteral("/10/%E6%89%B9%E6%AC%A11")
                                 << QStringLiteral("contains \"批\"");
    QTest::newRow("raw Chinese lot") << prefix + QStringLiteral("/10/批次1")
                                     << QStringLiteral("contains \"批\"");
    QTest::newRow("space in lot") << prefix + QStringLiteral("/10/AB%2012")
                                  << QStringLiteral("contains \" \"");
    QTest::newRow("lot too long") << prefix + QStringLiteral("/10/ABCDEFGHIJ0123456789K")
                                  << QStringLiteral("has 21 characters");
    QTest::newRow("bad serial") << prefix + QStringLiteral("/10/A/21/X~Y") << QStringLiteral("serial number");
    QTest::newRow("bad escape") << prefix + QStringLiteral("/10/AB%G1") << QStringLiteral("percent-encoded");
    QTest::newRow("truncated escape")
        << prefix + QStringLiteral("/10/AB%2") << QStringLiteral("percent-encoded");
    QTest::newRow("truncated UTF-8") << prefix + QStringLiteral("/10/%E6%89")
                                     << QStringLiteral("percent-encoded");
    QTest::newRow("serial before lot")
        << prefix + QStringLiteral("/21/X/10/A") << QStringLiteral("out of order");
    QTest::newRow("lot twice") << prefix + QStringLiteral("/10/A/10/B") << QStringLiteral("repeats /10/");
    QTest::newRow("CPV 22 unsupported")
        << prefix + QStringLiteral("/22/2A/10/A") << QStringLiteral("/22/ is not supported");
    QTest::newRow("unknown element") << prefix + QStringLiteral("/10/A/99/B")
                                     << QStringLiteral("/99/ is not supported");
    QTest::newRow("expiry month 13") << prefix + QStringLiteral("/10/A?17=261331")
                                     << QStringLiteral("no month 13");
    QTest::newRow("expiry 30 February")
        << prefix + QStringLiteral("/10/A?17=260230") << QStringLiteral("no day 30");
    QTest::newRow("expiry too short")
        << prefix + QStringLiteral("/10/A?17=2612") << QStringLiteral("six digits");
    QTest::newRow("expiry twice") << prefix + QStringLiteral("/10/A?17=261231&17=261130")
                                  << QStringLiteral("twice");
    QTest::newRow("bad query escape")
        << prefix + QStringLiteral("/10/A?x=%zz") << QStringLiteral("percent-encoded");
}

void TestGs1::parseDigitalLinkErrors()
{
    QFETCH(QString, uri);
    QFETCH(QString, messagePart);
    const Result<DigitalLink> parsed = gs1::parseDigitalLink(uri);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
}

void TestGs1::digitalLinkRoundTrip_data()
{
    QTest::addColumn<DigitalLink>("link");
    const QString gtin = QStringLiteral("09506000134352");
    QTest::newRow("plain") << DigitalLink{
        QStringLiteral("https://id.gs1.org"), gtin, QStringLiteral("ABC1"), {}, {}, {}};
    QTest::newRow("everything") << DigitalLink{
        QStringLiteral("https://trace.example.cn/tea"),
        QStringLiteral("06901234567892"),
        QStringLiteral("2024/03-A"),
        QStringLiteral("S:001"),
        QDate(2027, 6, 30),
        {{QStringLiteral("linkType"), QStringLiteral("gs1:certificationInfo")},
         {QStringLiteral("lang"), QStringLiteral("zh-CN")},
         {QStringLiteral("名"), QStringLiteral("溯源 & 茶")}}};
    QTest::newRow("all CSET 82 punctuation")
        << DigitalLink{QStringLiteral("https://example.com"), gtin, QStringLiteral("!\"%&'()*+,"),
                       QStringLiteral("-./:;<=>?_"),          {},   {}};
    QTest::newRow("lot that looks like an AI") << DigitalLink{
        QStringLiteral("https://example.com"), gtin, QStringLiteral("01"), QStringLiteral("10"), {}, {}};
}

void TestGs1::digitalLinkRoundTrip()
{
    QFETCH(DigitalLink, link);
    QVERIFY(checkDigitalLink(link).ok());
    const QString uri = digitalLinkUri(link);
    const Result<DigitalLink> parsed = gs1::parseDigitalLink(uri);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QVERIFY(parsed.value() == link);
    // parse → build gives back the same string, so identifiers compare as strings
    QCOMPARE(digitalLinkUri(parsed.value()), uri);
    const Result<QString> checked = checkedDigitalLinkUri(link);
    QVERIFY(checked.ok());
    QCOMPARE(checked.value(), uri);
}

void TestGs1::checkedDigitalLink_data()
{
    QTest::addColumn<DigitalLink>("link");
    QTest::addColumn<QString>("messagePart");
    const QString base = QStringLiteral("https://id.gs1.org");
    const QString gtin = QStringLiteral("09506000134352");
    QTest::newRow("Chinese lot refused")
        << DigitalLink{base, gtin, QStringLiteral("批次1"), {}, {}, {}} << QStringLiteral("contains \"批\"");
    QTest::newRow("space in serial") << DigitalLink{base, gtin, QStringLiteral("A"), QStringLiteral("S 1"),
                                                    {},   {}}
                                     << QStringLiteral("serial number");
    QTest::newRow("13-digit GTIN")
        << DigitalLink{base, QStringLiteral("6901234567892"), QStringLiteral("A"), {}, {}, {}}
        << QStringLiteral("14-digit form of the GTIN: 06901234567892");
    QTest::newRow("bad check digit")
        << DigitalLink{base, QStringLiteral("09506000134350"), QStringLiteral("A"), {}, {}, {}}
        << QStringLiteral("correct check digit is 2");
    QTest::newRow("ftp base")
        << DigitalLink{QStringLiteral("ftp://example.com"), gtin, QStringLiteral("A"), {}, {}, {}}
        << QStringLiteral("not an http:// or https:// address");
    QTest::newRow("empty base") << DigitalLink{QString(), gtin, QStringLiteral("A"), {}, {}, {}}
                                << QStringLiteral("not an http:// or https:// address");
    QTest::newRow("base with query")
        << DigitalLink{QStringLiteral("https://example.com?x=1"), gtin, QStringLiteral("A"), {}, {}, {}}
        << QStringLiteral("not an http:// or https:// address");
    QTest::newRow("expiry before 2000")
        << DigitalLink{base, gtin, QStringLiteral("A"), {}, QDate(1999, 12, 31), {}}
        << QStringLiteral("2000-2099");
}

void TestGs1::checkedDigitalLink()
{
    QFETCH(DigitalLink, link);
    QFETCH(QString, messagePart);
    const Result<QString> uri = checkedDigitalLinkUri(link);
    QVERIFY(!uri.ok());
    QCOMPARE(uri.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(uri.error().message.contains(messagePart), qPrintable(uri.error().message));
    QVERIFY(!checkDigitalLink(link).ok());
}

void TestGs1::gs1Date_data()
{
    QTest::addColumn<QString>("yymmdd");
    QTest::addColumn<QDate>("date"); // null = error
    QTest::newRow("261231") << QStringLiteral("261231") << QDate(2026, 12, 31);
    QTest::newRow("000101") << QStringLiteral("000101") << QDate(2000, 1, 1);
    QTest::newRow("991231 (20YY, no sliding century)") << QStringLiteral("991231") << QDate(2099, 12, 31);
    QTest::newRow("DD=00 January") << QStringLiteral("260100") << QDate(2026, 1, 31);
    QTest::newRow("DD=00 April") << QStringLiteral("260400") << QDate(2026, 4, 30);
    QTest::newRow("DD=00 February") << QStringLiteral("260200") << QDate(2026, 2, 28);
    QTest::newRow("DD=00 leap February") << QStringLiteral("240200") << QDate(2024, 2, 29);
    QTest::newRow("29 February leap") << QStringLiteral("240229") << QDate(2024, 2, 29);
    QTest::newRow("29 February not leap") << QStringLiteral("250229") << QDate();
    QTest::newRow("31 April") << QStringLiteral("260431") << QDate();
    QTest::newRow("month 00") << QStringLiteral("260015") << QDate();
    QTest::newRow("month 13") << QStringLiteral("261315") << QDate();
    QTest::newRow("seven digits") << QStringLiteral("2612310") << QDate();
    QTest::newRow("letters") << QStringLiteral("26AB31") << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestGs1::gs1Date()
{
    QFETCH(QString, yymmdd);
    QFETCH(QDate, date);
    const Result<QDate> parsed = parseGs1Date(yymmdd);
    QCOMPARE(parsed.ok(), date.isValid());
    if (parsed.ok()) {
        QCOMPARE(parsed.value(), date);
    } else {
        QVERIFY(!parsed.error().message.isEmpty());
        QCOMPARE(parsed.error().code, ErrorCode::InvalidArgument);
    }
}

void TestGs1::lgtinToGtin_data()
{
    QTest::addColumn<QString>("urn");
    QTest::addColumn<QString>("gtin14");
    QTest::addColumn<QString>("lot");
    // TDS example: prefix 4012345, indicator 0, item ref 12345 → 0 4012345 12345 + check 6 (see
    // checkDigit_data)
    QTest::newRow("TDS example") << QStringLiteral("urn:epc:class:lgtin:4012345.012345.998877")
                                 << QStringLiteral("04012345123456") << QStringLiteral("998877");
    // prefix 0614141, indicator 1, item ref 12345: 1061414112345 → 81 → 9
    QTest::newRow("indicator 1, escaped slash")
        << QStringLiteral("urn:epc:class:lgtin:0614141.112345.ABC%2F1") << QStringLiteral("10614141123459")
        << QStringLiteral("ABC/1");
    QTest::newRow("dots inside the lot") << QStringLiteral("urn:epc:class:lgtin:4012345.012345.A.B.C")
                                         << QStringLiteral("04012345123456") << QStringLiteral("A.B.C");
    // prefix 9506000, indicator 0, item ref 13435 → 0950600013435 + 2
    QTest::newRow("GS1 example GTIN") << QStringLiteral("urn:epc:class:lgtin:9506000.013435.ABC1")
                                      << QStringLiteral("09506000134352") << QStringLiteral("ABC1");
    // 12-digit prefix: item reference is the indicator alone
    QTest::newRow("12-digit company prefix") << QStringLiteral("urn:epc:class:lgtin:950600013435.0.L1")
                                             << QStringLiteral("09506000134352") << QStringLiteral("L1");
    // 6-digit prefix 401234, indicator 0, item ref 512345
    QTest::newRow("6-digit company prefix") << QStringLiteral("urn:epc:class:lgtin:401234.0512345.L1")
                                            << QStringLiteral("04012345123456") << QStringLiteral("L1");
    QTest::newRow("all TDS escapes")
        << QStringLiteral("urn:epc:class:lgtin:4012345.012345.%22%25%26%2F%3C%3E%3F!'()*+,-.:;=_")
        << QStringLiteral("04012345123456") << QStringLiteral("\"%&/<>?!'()*+,-.:;=_");
    QTest::newRow("upper-case URN prefix") << QStringLiteral("URN:EPC:CLASS:LGTIN:4012345.012345.998877")
                                           << QStringLiteral("04012345123456") << QStringLiteral("998877");
}

void TestGs1::lgtinToGtin()
{
    QFETCH(QString, urn);
    QFETCH(QString, gtin14);
    QFETCH(QString, lot);
    QString parsedLot;
    const Result<QString> gtin = lgtinUrnToGtin14(urn, &parsedLot);
    QVERIFY2(gtin.ok(), qPrintable(gtin.error().message));
    QCOMPARE(gtin.value(), gtin14);
    QCOMPARE(parsedLot, lot);
    QVERIFY(gs1::isValidGtin(gtin.value()));
    QVERIFY(lgtinUrnToGtin14(urn, nullptr).ok()); // the lot is optional to receive
}

void TestGs1::gtinToLgtin_data()
{
    QTest::addColumn<QString>("gtin");
    QTest::addColumn<int>("prefixLength");
    QTest::addColumn<QString>("lot");
    QTest::addColumn<QString>("urn");
    QTest::newRow("TDS example") << QStringLiteral("04012345123456") << 7 << QStringLiteral("998877")
                                 << QStringLiteral("urn:epc:class:lgtin:4012345.012345.998877");
    QTest::newRow("GTIN-13 input") << QStringLiteral("6901234567892") << 7 << QStringLiteral("A1")
                                   << QStringLiteral("urn:epc:class:lgtin:6901234.056789.A1");
    QTest::newRow("indicator digit moves") << QStringLiteral("10614141123459") << 7 << QStringLiteral("ABC/1")
                                           << QStringLiteral("urn:epc:class:lgtin:0614141.112345.ABC%2F1");
    QTest::newRow("12-digit prefix") << QStringLiteral("09506000134352") << 12 << QStringLiteral("L1")
                                     << QStringLiteral("urn:epc:class:lgtin:950600013435.0.L1");
    QTest::newRow("6-digit prefix") << QStringLiteral("04012345123456") << 6 << QStringLiteral("L1")
                                    << QStringLiteral("urn:epc:class:lgtin:401234.0512345.L1");
    QTest::newRow("only TDS-reserved characters escaped")
        << QStringLiteral("04012345123456") << 7 << QStringLiteral("\"%&/<>?!'()*+,-.:;=_")
        << QStringLiteral("urn:epc:class:lgtin:4012345.012345.%22%25%26%2F%3C%3E%3F!'()*+,-.:;=_");
}

void TestGs1::gtinToLgtin()
{
    QFETCH(QString, gtin);
    QFETCH(int, prefixLength);
    QFETCH(QString, lot);
    QFETCH(QString, urn);
    const Result<QString> built = gtin14ToLgtinUrn(gtin, prefixLength, lot);
    QVERIFY2(built.ok(), qPrintable(built.error().message));
    QCOMPARE(built.value(), urn);
    QString parsedLot;
    const Result<QString> back = lgtinUrnToGtin14(built.value(), &parsedLot);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE(back.value(), gs1::normaliseGtin(gtin).value());
    QCOMPARE(parsedLot, lot);
}

void TestGs1::lgtinErrors_data()
{
    QTest::addColumn<QString>("urn");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("sgtin given") << QStringLiteral("urn:epc:id:sgtin:4012345.012345.998877")
                                 << QStringLiteral("does not start with urn:epc:class:lgtin:");
    QTest::newRow("two parts") << QStringLiteral("urn:epc:class:lgtin:4012345.012345")
                               << QStringLiteral("three parts");
    QTest::newRow("letter in prefix")
        << QStringLiteral("urn:epc:class:lgtin:40123X5.012345.L1") << QStringLiteral("must be digits");
    QTest::newRow("empty item reference")
        << QStringLiteral("urn:epc:class:lgtin:4012345..L1") << QStringLiteral("must be digits");
    QTest::newRow("12 digits in all")
        << QStringLiteral("urn:epc:class:lgtin:4012345.01234.L1") << QStringLiteral("13 digits in all");
    QTest::newRow("5-digit prefix") << QStringLiteral("urn:epc:class:lgtin:40123.01234567.L1")
                                    << QStringLiteral("6 to 12 digits");
    QTest::newRow("13-digit prefix, no indicator")
        << QStringLiteral("urn:epc:class:lgtin:4012345123456..L1") << QStringLiteral("must be digits");
    QTest::newRow("empty lot") << QStringLiteral("urn:epc:class:lgtin:4012345.012345.")
                               << QStringLiteral("batch/lot number is empty");
    QTest::newRow("Chinese lot") << QStringLiteral("urn:epc:class:lgtin:4012345.012345.%E6%89%B9")
                                 << QStringLiteral("contains \"批\"");
    QTest::newRow("bad escape") << QStringLiteral("urn:epc:class:lgtin:4012345.012345.A%2")
                                << QStringLiteral("percent-encoded");
}

void TestGs1::lgtinErrors()
{
    QFETCH(QString, urn);
    QFETCH(QString, messagePart);
    QString lot = QStringLiteral("untouched");
    const Result<QString> gtin = lgtinUrnToGtin14(urn, &lot);
    QVERIFY(!gtin.ok());
    QCOMPARE(gtin.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(gtin.error().message.contains(messagePart), qPrintable(gtin.error().message));
    QCOMPARE(lot, QStringLiteral("untouched"));
}

void TestGs1::sgtin_data()
{
    QTest::addColumn<QString>("urn");
    QTest::addColumn<QString>("gtin14");
    QTest::addColumn<QString>("serial");
    QTest::addColumn<int>("prefixLength");
    // TDS example (01) 80614141123458 (21) 6789AB; check digit 8 worked in checkDigit_data
    QTest::newRow("TDS example") << QStringLiteral("urn:epc:id:sgtin:0614141.812345.6789AB")
                                 << QStringLiteral("80614141123458") << QStringLiteral("6789AB") << 7;
    // EPCIS examples: 1 0614141 12345 → check 9
    QTest::newRow("EPCIS example") << QStringLiteral("urn:epc:id:sgtin:0614141.112345.400")
                                   << QStringLiteral("10614141123459") << QStringLiteral("400") << 7;
    QTest::newRow("escaped serial") << QStringLiteral("urn:epc:id:sgtin:4012345.012345.A%2FB%3F")
                                    << QStringLiteral("04012345123456") << QStringLiteral("A/B?") << 7;
}

void TestGs1::sgtin()
{
    QFETCH(QString, urn);
    QFETCH(QString, gtin14);
    QFETCH(QString, serial);
    QFETCH(int, prefixLength);
    QString parsedSerial;
    const Result<QString> gtin = sgtinUrnToGtin14(urn, &parsedSerial);
    QVERIFY2(gtin.ok(), qPrintable(gtin.error().message));
    QCOMPARE(gtin.value(), gtin14);
    QCOMPARE(parsedSerial, serial);
    const Result<QString> back = gtin14ToSgtinUrn(gtin14, prefixLength, serial);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE(back.value(), urn);
    // an SGTIN is not an LGTIN, and vice versa
    QVERIFY(!lgtinUrnToGtin14(urn, nullptr).ok());
}

void TestGs1::localBatchUri_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("lot");
    QTest::addColumn<QString>("uri");
    QTest::newRow("ASCII") << QStringLiteral("TEA-01") << QStringLiteral("2024.03_A")
                           << QStringLiteral("urn:suyuan:lot:TEA-01:2024.03_A");
    // 茶 U+8336 = E8 8C B6, 叶 U+53F6 = E5 8F B6, 春 U+6625 = E6 98 A5
    QTest::newRow("Chinese") << QStringLiteral("茶叶") << QStringLiteral("2024春-01")
                             << QStringLiteral("urn:suyuan:lot:%E8%8C%B6%E5%8F%B6:2024%E6%98%A5-01");
    QTest::newRow("colons cannot split")
        << QStringLiteral("a:b") << QStringLiteral("c:d") << QStringLiteral("urn:suyuan:lot:a%3Ab:c%3Ad");
    QTest::newRow("slash, space, percent") << QStringLiteral("X/1") << QStringLiteral("5% fat")
                                           << QStringLiteral("urn:suyuan:lot:X%2F1:5%25%20fat");
}

void TestGs1::localBatchUri()
{
    QFETCH(QString, code);
    QFETCH(QString, lot);
    QFETCH(QString, uri);
    QCOMPARE(gs1::localBatchUri(code, lot), uri);
    const Result<QPair<QString, QString>> parsed = parseLocalBatchUri(uri);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->first, code);
    QCOMPARE(parsed->second, lot);
}

void TestGs1::localBatchUriErrors_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QString() << QStringLiteral("not a Suyuan batch identifier");
    QTest::newRow("other URN") << QStringLiteral("urn:epc:class:lgtin:4012345.012345.998877")
                               << QStringLiteral("not a Suyuan batch identifier");
    QTest::newRow("no lot") << QStringLiteral("urn:suyuan:lot:TEA")
                            << QStringLiteral("not a Suyuan batch identifier");
    QTest::newRow("empty lot") << QStringLiteral("urn:suyuan:lot:TEA:")
                               << QStringLiteral("not a Suyuan batch identifier");
    QTest::newRow("empty code") << QStringLiteral("urn:suyuan:lot::L1")
                                << QStringLiteral("not a Suyuan batch identifier");
    QTest::newRow("three parts") << QStringLiteral("urn:suyuan:lot:a:b:c")
                                 << QStringLiteral("not a Suyuan batch identifier");
    QTest::newRow("bad escape") << QStringLiteral("urn:suyuan:lot:TEA:%ZZ")
                                << QStringLiteral("percent-encoded");
    QTest::newRow("not UTF-8") << QStringLiteral("urn:suyuan:lot:%FF:L1")
                               << QStringLiteral("percent-encoded");
}

void TestGs1::localBatchUriErrors()
{
    QFETCH(QString, uri);
    QFETCH(QString, messagePart);
    const Result<QPair<QString, QString>> parsed = parseLocalBatchUri(uri);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
}

void TestGs1::batchIds_data()
{
    QTest::addColumn<QString>("gtin");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("lot");
    QTest::addColumn<QString>("id");
    QTest::newRow("GTIN batch") << QStringLiteral("09506000134352") << QString() << QStringLiteral("ABC1")
                                << QStringLiteral("https://id.gs1.org/01/09506000134352/10/ABC1");
    QTest::newRow("GTIN wins over a product code")
        << QStringLiteral("09506000134352") << QStringLiteral("TEA") << QStringLiteral("ABC1")
        << QStringLiteral("https://id.gs1.org/01/09506000134352/10/ABC1");
    QTest::newRow("GTIN-13 gives the same id as its GTIN-14")
        << QStringLiteral("6901234567892") << QString() << QStringLiteral("A/1")
        << QStringLiteral("https://id.gs1.org/01/06901234567892/10/A%2F1");
    QTest::newRow("local product, Chinese lot")
        << QString() << QStringLiteral("茶叶") << QStringLiteral("2024春-01")
        << QStringLiteral("urn:suyuan:lot:%E8%8C%B6%E5%8F%B6:2024%E6%98%A5-01");
}

void TestGs1::batchIds()
{
    QFETCH(QString, gtin);
    QFETCH(QString, code);
    QFETCH(QString, lot);
    QFETCH(QString, id);
    QCOMPARE(canonicalBatchId(gtin, code, lot), id);
    const Result<QString> checked = checkedBatchId(gtin, code, lot);
    QVERIFY2(checked.ok(), qPrintable(checked.error().message));
    QCOMPARE(checked.value(), id);
    if (!gtin.isEmpty()) {
        const QString gtin14 = gs1::normaliseGtin(gtin).value();
        QCOMPARE(batchIdForGtin(gtin14, lot), id);
        const Result<DigitalLink> parsed = gs1::parseDigitalLink(id);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed->base, QLatin1String(canonicalDigitalLinkBase));
        QCOMPARE(parsed->gtin14, gtin14);
        QCOMPARE(parsed->lot, lot);
    } else {
        const Result<QPair<QString, QString>> parsed = parseLocalBatchUri(id);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value(), qMakePair(code, lot));
    }
}

void TestGs1::checkedBatchIdErrors_data()
{
    QTest::addColumn<QString>("gtin");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("lot");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("GTIN product with Chinese lot")
        << QStringLiteral("09506000134352") << QString() << QStringLiteral("春茶")
        << QStringLiteral("contains \"春\"");
    QTest::newRow("GTIN with wrong check digit")
        << QStringLiteral("6901234567890") << QString() << QStringLiteral("A1")
        << QStringLiteral("correct check digit is 2");
    QTest::newRow("GTIN product without lot") << QStringLiteral("09506000134352") << QString() << QString()
                                              << QStringLiteral("batch/lot number is empty");
    QTest::newRow("local product without code")
        << QString() << QString() << QStringLiteral("L1") << QStringLiteral("needs a product code");
    QTest::newRow("local product without lot") << QString() << QStringLiteral("TEA") << QStringLiteral("  ")
                                               << QStringLiteral("batch/lot number is empty");
}

void TestGs1::checkedBatchIdErrors()
{
    QFETCH(QString, gtin);
    QFETCH(QString, code);
    QFETCH(QString, lot);
    QFETCH(QString, messagePart);
    const Result<QString> id = checkedBatchId(gtin, code, lot);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(id.error().message.contains(messagePart), qPrintable(id.error().message));
}

void TestGs1::units_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("name");
    QTest::newRow("KGM") << QStringLiteral("KGM") << true << QStringLiteral("kilogram");
    QTest::newRow("GRM") << QStringLiteral("GRM") << true << QStringLiteral("gram");
    QTest::newRow("TNE") << QStringLiteral("TNE") << true << QStringLiteral("tonne");
    QTest::newRow("LTR") << QStringLiteral("LTR") << true << QStringLiteral("litre");
    QTest::newRow("MLT") << QStringLiteral("MLT") << true << QStringLiteral("millilitre");
    QTest::newRow("H87") << QStringLiteral("H87") << true << QStringLiteral("piece");
    QTest::newRow("C62") << QStringLiteral("C62") << true << QStringLiteral("unit");
    QTest::newRow("XBX") << QStringLiteral("XBX") << true << QStringLiteral("box");
    QTest::newRow("XCT") << QStringLiteral("XCT") << true << QStringLiteral("carton");
    QTest::newRow("XBG") << QStringLiteral("XBG") << true << QStringLiteral("bag");
    QTest::newRow("XSA") << QStringLiteral("XSA") << true << QStringLiteral("sack");
    QTest::newRow("XCR") << QStringLiteral("XCR") << true << QStringLiteral("crate");
    QTest::newRow("XPX") << QStringLiteral("XPX") << true << QStringLiteral("pallet");
    QTest::newRow("MTR") << QStringLiteral("MTR") << true << QStringLiteral("metre");
    QTest::newRow("MTK") << QStringLiteral("MTK") << true << QStringLiteral("square metre");
    QTest::newRow("MTQ") << QStringLiteral("MTQ") << true << QStringLiteral("cubic metre");
    QTest::newRow("CEL") << QStringLiteral("CEL") << true << QStringLiteral("degree Celsius");
    QTest::newRow("P1") << QStringLiteral("P1") << true << QStringLiteral("percent");
    QTest::newRow("lower case is not a code") << QStringLiteral("kgm") << false << QStringLiteral("kgm");
    QTest::newRow("Rec 21 code without X") << QStringLiteral("BX") << false << QStringLiteral("BX");
    QTest::newRow("unknown") << QStringLiteral("ZZZ") << false << QStringLiteral("ZZZ");
    QTest::newRow("empty") << QString() << false << QString();
}

void TestGs1::units()
{
    QFETCH(QString, code);
    QFETCH(bool, known);
    QFETCH(QString, name);
    QCOMPARE(isKnownUnit(code), known);
    QCOMPARE(unitName(code), name);
    QCOMPARE(knownUnits().contains(code), known);
}

QTEST_APPLESS_MAIN(TestGs1)
#include "TestGs1.moc"
