#include "TestSupport.h"

#include "crypto/Ed25519.h"
#include "crypto/Hash.h"
#include "crypto/NodeId.h"
#include "labels/LabelCode.h"
#include "ledger/Bundle.h"
#include "trace/Gs1.h"
#include "trace/TraceService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <qrencode.h>

using namespace suyuan;
using namespace suyuan::labels;
using namespace suyuan::test;

using Verdict = LabelCheck::Verdict;

Q_DECLARE_METATYPE(suyuan::labels::LabelIds)
Q_DECLARE_METATYPE(suyuan::labels::LabelCheck::Verdict)
Q_DECLARE_METATYPE(suyuan::labels::ScanKind)

namespace {

const QString kBase = QStringLiteral("https://trace.example.cn");

LabelIds gtinIds(const QString& gtin, const QString& lot, const QString& serial = {},
                 const QDate& expiry = {})
{
    LabelIds ids;
    ids.gtin14 = gtin;
    ids.lot = lot;
    ids.serial = serial;
    ids.expiry = expiry;
    return ids;
}

LabelIds localIds(const QString& code, const QString& lot, const QString& serial = {},
                  const QDate& expiry = {})
{
    LabelIds ids;
    ids.productCode = code;
    ids.lot = lot;
    ids.serial = serial;
    ids.expiry = expiry;
    return ids;
}

// The QR version libqrencode needs for text (8-bit mode for what is not digits or upper-case
// alphanumerics, case-sensitive), as a label printer would encode it.
int qrVersion(const QString& text, QRecLevel level)
{
    QRcode* code = QRcode_encodeString(text.toUtf8().constData(), 0, level, QR_MODE_8, 1);
    if (!code) {
        return -1;
    }
    const int version = code->version;
    QRcode_free(code);
    return version;
}

QString base64Url(const QByteArray& bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The value of query parameter key in uri.
QString queryValue(const QString& uri, const QString& key)
{
    const QString query = uri.mid(uri.indexOf(QLatin1Char('?')) + 1);
    for (const QString& part : query.split(QLatin1Char('&'))) {
        if (part.startsWith(key + QLatin1Char('='))) {
            return part.mid(key.size() + 1);
        }
    }
    return {};
}

} // namespace

class TestLabelCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void base32_data();
    void base32();
    void base32Strict_data();
    void base32Strict();
    void elementString_data();
    void elementString();
    void elementStringIsUnambiguous();
    void exactUri();
    void percentEncoding_data();
    void percentEncoding();
    void parseDigitalLinks_data();
    void parseDigitalLinks();
    void parseOtherCodes_data();
    void parseOtherCodes();
    void junk_data();
    void junk();
    void badBase_data();
    void badBase();
    void badIds_data();
    void badIds();
    void roundTrip_data();
    void roundTrip();
    void altered_data();
    void altered();
    void damagedSignature_data();
    void damagedSignature();
    void encodingDoesNotMatter_data();
    void encodingDoesNotMatter();
    void otherSigner();
    void labelOfAnotherNode();
    void signDetached();
    void qrSize();
    void cli();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ledger> m_ledger;
    QString signedUri(const LabelIds& ids, const QString& base = kBase)
    {
        const Result<QString> uri = buildLabelUri(base, ids, *m_ledger);
        if (!uri) {
            qWarning("%s", qPrintable(uri.error().message));
            return {};
        }
        return uri.value();
    }
    LabelCheck check(const QString& text)
    {
        const Result<ScannedLabel> scanned = parseScan(text);
        if (!scanned) {
            qWarning("%s", qPrintable(scanned.error().message));
            return LabelCheck{Verdict::Unsigned, QStringLiteral("unparseable"), {}, {}, {}, {}};
        }
        return verifyScan(scanned.value(), *m_ledger);
    }
};

void TestLabelCode::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ledger = createProfile(m_dir->filePath(QStringLiteral("a")), "correct horse",
                             QStringLiteral("奉节脐橙合作社"));
}

void TestLabelCode::cleanup()
{
    m_ledger.reset();
    m_dir.reset();
}

void TestLabelCode::base32_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoded");
    // RFC 4648 section 10, without the padding.
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("f") << QByteArray("f") << QStringLiteral("MY");
    QTest::newRow("fo") << QByteArray("fo") << QStringLiteral("MZXQ");
    QTest::newRow("foo") << QByteArray("foo") << QStringLiteral("MZXW6");
    QTest::newRow("foob") << QByteArray("foob") << QStringLiteral("MZXW6YQ");
    QTest::newRow("fooba") << QByteArray("fooba") << QStringLiteral("MZXW6YTB");
    QTest::newRow("foobar") << QByteArray("foobar") << QStringLiteral("MZXW6YTBOI");
    QTest::newRow("high bytes") << QByteArray("\xff\x00\xfe", 3) << QStringLiteral("74AP4");
}

void TestLabelCode::base32()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoded);
    QCOMPARE(base32Encode(bytes), encoded);
    const std::optional<QByteArray> decoded = base32Decode(encoded);
    QVERIFY(decoded);
    QCOMPARE(*decoded, bytes);
    const std::optional<QByteArray> lower = base32Decode(encoded.toLower());
    QVERIFY(lower);
    QCOMPARE(*lower, bytes);
}

void TestLabelCode::base32Strict_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("trailing bits set") << QStringLiteral("MZ");
    QTest::newRow("padding") << QStringLiteral("MY======");
    QTest::newRow("one character") << QStringLiteral("M");
    QTest::newRow("three characters") << QStringLiteral("MZX");
    QTest::newRow("digit 1") << QStringLiteral("M1");
    QTest::newRow("digit 8") << QStringLiteral("MZXW8");
    QTest::newRow("base64 character") << QStringLiteral("MZXW-");
}

void TestLabelCode::base32Strict()
{
    QFETCH(QString, text);
    QVERIFY(!base32Decode(text));
}

void TestLabelCode::elementString_data()
{
    QTest::addColumn<LabelIds>("ids");
    QTest::addColumn<QString>("expected");
    QTest::newRow("lot") << gtinIds(QStringLiteral("06901234567892"), QStringLiteral("FJ-251205"))
                         << QStringLiteral("(01)06901234567892(10)FJ-251205");
    QTest::newRow("all") << gtinIds(QStringLiteral("06901234567892"), QStringLiteral("FJ-251205"),
                                    QStringLiteral("0001"), QDate(2026, 12, 31))
                         << QStringLiteral("(01)06901234567892(10)FJ-251205(21)0001(17)261231");
    QTest::newRow("GTIN-13 padded") << gtinIds(QStringLiteral("6901234567892"), QStringLiteral("L1"))
                                    << QStringLiteral("(01)06901234567892(10)L1");
    QTest::newRow("expiry, no serial")
        << gtinIds(QStringLiteral("06901234567892"), QStringLiteral("L1"), {}, QDate(2030, 2, 1))
        << QStringLiteral("(01)06901234567892(10)L1(17)300201");
    QTest::newRow("parentheses and percent escaped")
        << gtinIds(QStringLiteral("06901234567892"), QStringLiteral("A(21)B%"))
        << QStringLiteral("(01)06901234567892(10)A%2821%29B%25");
    QTest::newRow("no GTIN") << localIds(QStringLiteral("QCT/FL"), QStringLiteral("Q-01"),
                                         QStringLiteral("7"))
                             << QStringLiteral("(suyuan)QCT/FL(10)Q-01(21)7");
    QTest::newRow("no GTIN, Chinese") << localIds(QStringLiteral("青菜头"), QStringLiteral("批次 1"))
                                      << QStringLiteral("(suyuan)青菜头(10)批次 1");
}

void TestLabelCode::elementString()
{
    QFETCH(LabelIds, ids);
    QFETCH(QString, expected);
    QCOMPARE(labels::elementString(ids), expected);
    QCOMPARE(labelMessage(ids), QByteArray("suyuan-label-v1\n") + expected.toUtf8());
}

void TestLabelCode::elementStringIsUnambiguous()
{
    const QString gtin = QStringLiteral("06901234567892");
    // Without escaping these pairs would sign the same bytes.
    QVERIFY(labelMessage(gtinIds(gtin, QStringLiteral("A(21)B"))) !=
            labelMessage(gtinIds(gtin, QStringLiteral("A"), QStringLiteral("B"))));
    QVERIFY(labelMessage(gtinIds(gtin, QStringLiteral("A(17)261231"))) !=
            labelMessage(gtinIds(gtin, QStringLiteral("A"), {}, QDate(2026, 12, 31))));
    QVERIFY(labelMessage(gtinIds(gtin, QStringLiteral("A%28"))) !=
            labelMessage(gtinIds(gtin, QStringLiteral("A("))));
    QVERIFY(labelMessage(localIds(QStringLiteral("X(10)Y"), QStringLiteral("Z"))) !=
            labelMessage(localIds(QStringLiteral("X"), QStringLiteral("Y(10)Z"))));
}

void TestLabelCode::exactUri()
{
    const QByteArray key(32, '\x01');
    const QByteArray signature(64, '\0');
    // base32 of SHA-256(32 × 0x01)[0:6], worked with Python's hashlib and base64.b32encode.
    const QString hint = QStringLiteral("OLGW5BBCYQ");
    QCOMPARE(issuerHint(key), hint);
    const QString zeros(103, QLatin1Char('A'));
    auto uri = labelUri(QStringLiteral("https://trace.example.cn/"),
                        gtinIds(QStringLiteral("6901234567892"), QStringLiteral("FJ-251205"),
                                QStringLiteral("0001"), QDate(2026, 12, 31)),
                        key, signature);
    QVERIFY2(uri.ok(), qPrintable(uri.error().message));
    QCOMPARE(uri.value(),
             QStringLiteral("HTTPS://TRACE.EXAMPLE.CN/01/06901234567892/10/FJ-251205/21/0001?17=261231&k=") +
                 hint + QStringLiteral("&s=") + zeros);
    uri = labelUri(QStringLiteral("http://Trace.Example.cn:8080/Labels/"),
                   localIds(QStringLiteral("QCT/FL"), QStringLiteral("批 1")), key, signature);
    QVERIFY2(uri.ok(), qPrintable(uri.error().message));
    QCOMPARE(uri.value(),
             QStringLiteral("HTTP://TRACE.EXAMPLE.CN:8080/Labels/p/QCT%2FFL/10/%E6%89%B9%201?k=") + hint +
                 QStringLiteral("&s=") + zeros);
    QVERIFY(!labelUri(kBase, gtinIds(QStringLiteral("06901234567892"), QStringLiteral("L")), key.left(31),
                      signature));
}

void TestLabelCode::percentEncoding_data()
{
    QTest::addColumn<LabelIds>("ids");
    QTest::addColumn<QString>("path");
    const QString gtin = QStringLiteral("09520123456788");
    QTest::newRow("slash") << gtinIds(gtin, QStringLiteral("ABC/123"))
                           << QStringLiteral("/01/09520123456788/10/ABC%2F123?");
    QTest::newRow("percent") << gtinIds(gtin, QStringLiteral("50%")) << QStringLiteral("/10/50%25?");
    QTest::newRow("ampersand") << gtinIds(gtin, QStringLiteral("A&B"), QStringLiteral("S&1"))
                               << QStringLiteral("/10/A%26B/21/S%261?");
    QTest::newRow("question mark, plus, equals")
        << gtinIds(gtin, QStringLiteral("A?B+C=")) << QStringLiteral("/10/A%3FB%2BC%3D?");
    QTest::newRow("space (no GTIN)") << localIds(QStringLiteral("QCT FL"), QStringLiteral("A B"),
                                                 QStringLiteral("#1"))
                                     << QStringLiteral("/p/QCT%20FL/10/A%20B/21/%231?");
    QTest::newRow("unreserved stay") << gtinIds(gtin, QStringLiteral("a-b.c_d"))
                                     << QStringLiteral("/10/a-b.c_d?");
}

void TestLabelCode::percentEncoding()
{
    QFETCH(LabelIds, ids);
    QFETCH(QString, path);
    const QString uri = signedUri(ids);
    QVERIFY2(uri.contains(path), qPrintable(uri));
    const Result<ScannedLabel> scanned = parseScan(uri);
    QVERIFY2(scanned.ok(), qPrintable(scanned.error().message));
    QCOMPARE(scanned->ids, ids);
    QCOMPARE(verifyScan(scanned.value(), *m_ledger).verdict, Verdict::Genuine);
}

void TestLabelCode::parseDigitalLinks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("base");
    QTest::addColumn<LabelIds>("ids");
    const QString gtin = QStringLiteral("09520123456788");
    // The examples of the GS1 Digital Link standard (GTIN 09520123456788, lot ABC/123 …).
    QTest::newRow("GTIN only") << QStringLiteral("https://id.gs1.org/01/09520123456788")
                               << QStringLiteral("https://id.gs1.org") << gtinIds(gtin, {});
    QTest::newRow("standard example")
        << QStringLiteral("https://id.gs1.org/01/09520123456788/10/ABC%2F123/21/12345?17=180426")
        << QStringLiteral("https://id.gs1.org")
        << gtinIds(gtin, QStringLiteral("ABC/123"), QStringLiteral("12345"), QDate(2018, 4, 26));
    QTest::newRow("custom base path")
        << QStringLiteral("https://example.com/some/path/01/09520123456788/10/A%26B%25C?linkType=gs1:pip")
        << QStringLiteral("https://example.com/some/path") << gtinIds(gtin, QStringLiteral("A&B%C"));
    QTest::newRow("GTIN-13") << QStringLiteral("https://example.com/01/9520123456788/10/ABC123")
                             << QStringLiteral("https://example.com")
                             << gtinIds(gtin, QStringLiteral("ABC123"));
    QTest::newRow("GTIN-12") << QStringLiteral("https://example.com/01/614141000036/10/X1")
                             << QStringLiteral("https://example.com")
                             << gtinIds(QStringLiteral("00614141000036"), QStringLiteral("X1"));
    QTest::newRow("GTIN-8, upper-case host")
        << QStringLiteral("HTTPS://EXAMPLE.COM/01/96385074/10/X1") << QStringLiteral("HTTPS://EXAMPLE.COM")
        << gtinIds(QStringLiteral("00000096385074"), QStringLiteral("X1"));
    QTest::newRow("scanner CR LF") << QStringLiteral(" https://id.gs1.org/01/09520123456788/10/ABC123\r\n")
                                   << QStringLiteral("https://id.gs1.org")
                                   << gtinIds(gtin, QStringLiteral("ABC123"));
    QTest::newRow("DD=00 is the month's last day")
        << QStringLiteral("http://id.gs1.org/01/09520123456788/10/L?17=260200")
        << QStringLiteral("http://id.gs1.org") << gtinIds(gtin, QStringLiteral("L"), {}, QDate(2026, 2, 28));
}

void TestLabelCode::parseDigitalLinks()
{
    QFETCH(QString, text);
    QFETCH(QString, base);
    QFETCH(LabelIds, ids);
    const Result<ScannedLabel> scanned = parseScan(text);
    QVERIFY2(scanned.ok(), qPrintable(scanned.error().message));
    QCOMPARE(scanned->kind, ScanKind::DigitalLink);
    QCOMPARE(scanned->base, base);
    QCOMPARE(scanned->ids, ids);
    QCOMPARE(scanned->text, text.trimmed());
    const LabelCheck result = verifyScan(scanned.value(), *m_ledger);
    QCOMPARE(result.verdict, Verdict::Unsigned);
    QVERIFY(result.issuer.isEmpty());
}

void TestLabelCode::parseOtherCodes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ScanKind>("kind");
    QTest::addColumn<LabelIds>("ids");
    const QString gtin = QStringLiteral("09520123456788");
    QTest::newRow("LGTIN") << QStringLiteral("urn:epc:class:lgtin:952012.0345678.ABC%2F123")
                           << ScanKind::LgtinUrn << gtinIds(gtin, QStringLiteral("ABC/123"));
    QTest::newRow("SGTIN") << QStringLiteral("urn:epc:id:sgtin:952012.0345678.12345") << ScanKind::SgtinUrn
                           << gtinIds(gtin, {}, QStringLiteral("12345"));
    QTest::newRow("local URN") << QStringLiteral("urn:suyuan:lot:QCT%2FFL:QCT-01") << ScanKind::LocalUrn
                               << localIds(QStringLiteral("QCT/FL"), QStringLiteral("QCT-01"));
    QTest::newRow("plain lot") << QStringLiteral("FJ-251205\r\n") << ScanKind::PlainLot
                               << localIds({}, QStringLiteral("FJ-251205"));
    QTest::newRow("plain Chinese lot")
        << QStringLiteral("批次1") << ScanKind::PlainLot << localIds({}, QStringLiteral("批次1"));
    QTest::newRow("lot that looks like a word")
        << QStringLiteral("HTTP-1") << ScanKind::PlainLot << localIds({}, QStringLiteral("HTTP-1"));
    QTest::newRow("no-GTIN path, unsigned")
        << QStringLiteral("https://shop.example/p/QCT/10/L%2F1/21/9?17=270101") << ScanKind::LocalPath
        << localIds(QStringLiteral("QCT"), QStringLiteral("L/1"), QStringLiteral("9"), QDate(2027, 1, 1));
    QTest::newRow("no-GTIN path, lot 21")
        << QStringLiteral("https://shop.example/p/QCT/10/21/21/5") << ScanKind::LocalPath
        << localIds(QStringLiteral("QCT"), QStringLiteral("21"), QStringLiteral("5"));
}

void TestLabelCode::parseOtherCodes()
{
    QFETCH(QString, text);
    QFETCH(ScanKind, kind);
    QFETCH(LabelIds, ids);
    const Result<ScannedLabel> scanned = parseScan(text);
    QVERIFY2(scanned.ok(), qPrintable(scanned.error().message));
    QCOMPARE(scanned->kind, kind);
    QCOMPARE(scanned->ids, ids);
    QCOMPARE(verifyScan(scanned.value(), *m_ledger).verdict, Verdict::Unsigned);
}

void TestLabelCode::junk_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("only whitespace") << QStringLiteral(" \r\n") << QStringLiteral("empty");
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com/x") << QStringLiteral("not ftp://");
    QTest::newRow("SSCC URN") << QStringLiteral("urn:epc:id:sscc:0614141.1234567890")
                              << QStringLiteral("urn:epc:class:lgtin:");
    QTest::newRow("web page") << QStringLiteral("https://example.com/products/123") << QStringLiteral("/01/");
    QTest::newRow("check digit") << QStringLiteral("https://example.com/01/09520123456789/10/ABC")
                                 << QStringLiteral("correct check digit is 8");
    QTest::newRow("GTIN length") << QStringLiteral("https://example.com/01/123456789/10/ABC")
                                 << QStringLiteral("has 9 digits");
    QTest::newRow("space in GS1 lot") << QStringLiteral("https://example.com/01/09520123456788/10/AB%20C")
                                      << QStringLiteral("contains \" \"");
    QTest::newRow("Chinese in GS1 lot")
        << QStringLiteral("https://example.com/01/09520123456788/10/%E6%89%B9")
        << QStringLiteral("contains \"批\"");
    QTest::newRow("bad percent") << QStringLiteral("https://example.com/01/09520123456788/10/AB%G1")
                                 << QStringLiteral("percent-encoded");
    QTest::newRow("bad expiry") << QStringLiteral("https://example.com/01/09520123456788/10/ABC?17=181341")
                                << QStringLiteral("no month 13");
    QTest::newRow("unknown AI") << QStringLiteral("https://example.com/01/09520123456788/99/X")
                                << QStringLiteral("/99/");
    QTest::newRow("no-GTIN path without code")
        << QStringLiteral("https://example.com/p//10/LOT") << QStringLiteral("no value after /p/");
    QTest::newRow("no-GTIN path, bad percent") << QStringLiteral("https://example.com/p/Q%2/10/LOT")
                                               << QStringLiteral("\"Q%2\" is not correctly percent-encoded");
    QTest::newRow("no-GTIN path, expiry twice")
        << QStringLiteral("https://example.com/p/Q/10/LOT?17=260101&17=260102") << QStringLiteral("twice");
    QTest::newRow("two codes") << QStringLiteral("FJ-1\nFJ-2") << QStringLiteral("U+000A (character 5)");
    QTest::newRow("space") << QStringLiteral("FJ 251205") << QStringLiteral("U+0020 (character 3)");
    QTest::newRow("too long") << QString(65, QLatin1Char('A')) << QStringLiteral("65 characters");
    QTest::newRow("LGTIN with bad lot")
        << QStringLiteral("urn:epc:class:lgtin:952012.0345678.AB%20C") << QStringLiteral("contains \" \"");
}

void TestLabelCode::junk()
{
    QFETCH(QString, text);
    QFETCH(QString, fragment);
    const Result<ScannedLabel> scanned = parseScan(text);
    QVERIFY(!scanned.ok());
    QCOMPARE(scanned.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(scanned.error().message.contains(fragment), qPrintable(scanned.error().message));
}

void TestLabelCode::badBase_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("ftp") << QStringLiteral("ftp://trace.example.cn") << QStringLiteral("http://");
    QTest::newRow("no scheme") << QStringLiteral("trace.example.cn") << QStringLiteral("http://");
    QTest::newRow("no host") << QStringLiteral("https://") << QStringLiteral("http://");
    QTest::newRow("no host, path") << QStringLiteral("https:///x") << QStringLiteral("http://");
    QTest::newRow("query") << QStringLiteral("https://trace.example.cn/?a=1") << QStringLiteral("\"?\"");
    QTest::newRow("fragment") << QStringLiteral("https://trace.example.cn/#x") << QStringLiteral("\"#\"");
    QTest::newRow("user") << QStringLiteral("https://u:p@trace.example.cn") << QStringLiteral("user name");
    QTest::newRow("space") << QStringLiteral("https://trace.example .cn") << QStringLiteral("U+0020");
}

void TestLabelCode::badBase()
{
    QFETCH(QString, base);
    QFETCH(QString, fragment);
    const Result<QString> uri =
        buildLabelUri(base, gtinIds(QStringLiteral("06901234567892"), QStringLiteral("L1")), *m_ledger);
    QVERIFY(!uri.ok());
    QVERIFY2(uri.error().message.contains(fragment), qPrintable(uri.error().message));
    QCOMPARE(normaliseLabelBase(QStringLiteral(" https://trace.example.cn/labels// ")).value(),
             QStringLiteral("https://trace.example.cn/labels"));
}

void TestLabelCode::badIds_data()
{
    QTest::addColumn<LabelIds>("ids");
    QTest::addColumn<QString>("fragment");
    LabelIds both = gtinIds(QStringLiteral("06901234567892"), QStringLiteral("L1"));
    both.productCode = QStringLiteral("X");
    QTest::newRow("GTIN and code") << both << QStringLiteral("not by both");
    QTest::newRow("neither") << gtinIds({}, QStringLiteral("L1"))
                             << QStringLiteral("needs the product's GTIN");
    QTest::newRow("check digit") << gtinIds(QStringLiteral("06901234567893"), QStringLiteral("L1"))
                                 << QStringLiteral("correct check digit is 2");
    QTest::newRow("GTIN letter") << gtinIds(QStringLiteral("0690123456789O"), QStringLiteral("L1"))
                                 << QStringLiteral("contains \"O\"");
    QTest::newRow("no lot") << gtinIds(QStringLiteral("06901234567892"), {}) << QStringLiteral("empty");
    QTest::newRow("space in GS1 lot") << gtinIds(QStringLiteral("06901234567892"), QStringLiteral("A B"))
                                      << QStringLiteral("contains \" \"");
    QTest::newRow("lot too long") << gtinIds(QStringLiteral("06901234567892"), QString(21, QLatin1Char('A')))
                                  << QStringLiteral("21 characters");
    QTest::newRow("bad serial") << gtinIds(QStringLiteral("06901234567892"), QStringLiteral("L"),
                                           QStringLiteral("号1"))
                                << QStringLiteral("serial number \"号1\" contains \"号\"");
    QTest::newRow("expiry 1999") << gtinIds(QStringLiteral("06901234567892"), QStringLiteral("L"), {},
                                            QDate(1999, 12, 31))
                                 << QStringLiteral("2000-2099");
    QTest::newRow("line break in local lot")
        << localIds(QStringLiteral("QCT"), QStringLiteral("A\nB")) << QStringLiteral("U+000A (character 2)");
    QTest::newRow("local without lot") << localIds(QStringLiteral("QCT"), {}) << QStringLiteral("empty");
}

void TestLabelCode::badIds()
{
    QFETCH(LabelIds, ids);
    QFETCH(QString, fragment);
    const Status ok = checkLabelIds(ids);
    QVERIFY(!ok.ok());
    QVERIFY2(ok.error().message.contains(fragment), qPrintable(ok.error().message));
    const Result<QString> uri = buildLabelUri(kBase, ids, *m_ledger);
    QVERIFY(!uri.ok());
    QCOMPARE(uri.error().message, ok.error().message);
}

void TestLabelCode::roundTrip_data()
{
    QTest::addColumn<LabelIds>("ids");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("prefix");
    const QString gtin = QStringLiteral("06901234567892");
    const QString gtinPrefix = QStringLiteral("HTTPS://TRACE.EXAMPLE.CN/01/06901234567892/10/");
    const QString localPrefix = QStringLiteral("HTTPS://TRACE.EXAMPLE.CN/p/");
    QTest::newRow("GTIN, lot") << gtinIds(gtin, QStringLiteral("FJ-251205")) << kBase << gtinPrefix;
    QTest::newRow("GTIN, serial") << gtinIds(gtin, QStringLiteral("FJ-251205"), QStringLiteral("0001"))
                                  << kBase << gtinPrefix;
    QTest::newRow("GTIN, expiry") << gtinIds(gtin, QStringLiteral("FJ-251205"), {}, QDate(2026, 12, 31))
                                  << kBase << gtinPrefix;
    QTest::newRow("GTIN, serial, expiry")
        << gtinIds(gtin, QStringLiteral("FJ-251205"), QStringLiteral("0001"), QDate(2026, 12, 31)) << kBase
        << gtinPrefix;
    QTest::newRow("GTIN, base path") << gtinIds(gtin, QStringLiteral("L(1)"))
                                     << QStringLiteral("https://example.org/t/")
                                     << QStringLiteral("HTTPS://EXAMPLE.ORG/t/01/");
    QTest::newRow("GTIN-8") << gtinIds(QStringLiteral("96385074"), QStringLiteral("X")) << kBase
                            << QStringLiteral("HTTPS://TRACE.EXAMPLE.CN/01/00000096385074/10/X?");
    QTest::newRow("no GTIN, lot") << localIds(QStringLiteral("QCT-FL"), QStringLiteral("Q-01")) << kBase
                                  << localPrefix;
    QTest::newRow("no GTIN, serial") << localIds(QStringLiteral("QCT-FL"), QStringLiteral("Q-01"),
                                                 QStringLiteral("12"))
                                     << kBase << localPrefix;
    QTest::newRow("no GTIN, expiry") << localIds(QStringLiteral("QCT-FL"), QStringLiteral("Q-01"), {},
                                                 QDate(2027, 1, 31))
                                     << kBase << localPrefix;
    QTest::newRow("no GTIN, Chinese, all") << localIds(QStringLiteral("青菜头/鲜"), QStringLiteral("批次 1"),
                                                       QStringLiteral("第 7 箱"), QDate(2027, 1, 31))
                                           << kBase << localPrefix;
    QTest::newRow("no GTIN, code p") << localIds(QStringLiteral("p"), QStringLiteral("10")) << kBase
                                     << QStringLiteral("HTTPS://TRACE.EXAMPLE.CN/p/p/10/10?");
}

void TestLabelCode::roundTrip()
{
    QFETCH(LabelIds, ids);
    QFETCH(QString, base);
    QFETCH(QString, prefix);
    const QString uri = signedUri(ids, base);
    QVERIFY2(uri.startsWith(prefix), qPrintable(uri));
    const Result<ScannedLabel> scanned = parseScan(uri);
    QVERIFY2(scanned.ok(), qPrintable(scanned.error().message));
    QCOMPARE(scanned->kind, ids.gtin14.isEmpty() ? ScanKind::LocalPath : ScanKind::DigitalLink);
    LabelIds expected = ids;
    if (!expected.gtin14.isEmpty()) {
        expected.gtin14 = gs1::normaliseGtin(ids.gtin14).value();
    }
    QCOMPARE(scanned->ids, expected);
    QCOMPARE(scanned->issuerHint, issuerHint(m_ledger->publicKey()));
    const LabelCheck result = verifyScan(scanned.value(), *m_ledger);
    QCOMPARE(result.verdict, Verdict::Genuine);
    QVERIFY(result.reason.isEmpty());
    QCOMPARE(result.issuer, m_ledger->publicKey());
    QCOMPARE(result.issuerNodeId, m_ledger->nodeId());
    QCOMPARE(result.issuerStatus, AuthorStatus::Self);
    QCOMPARE(result.issuerName, QStringLiteral("奉节脐橙合作社"));
}

void TestLabelCode::altered_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("lot") << QStringLiteral("/10/FJ-251205") << QStringLiteral("/10/FJ-251206");
    QTest::newRow("lot case") << QStringLiteral("/10/FJ-251205") << QStringLiteral("/10/fj-251205");
    QTest::newRow("serial") << QStringLiteral("/21/0001") << QStringLiteral("/21/0002");
    QTest::newRow("serial removed") << QStringLiteral("/21/0001") << QString();
    QTest::newRow("expiry") << QStringLiteral("17=261231") << QStringLiteral("17=271231");
    QTest::newRow("expiry removed") << QStringLiteral("17=261231&") << QString();
    QTest::newRow("GTIN") << QStringLiteral("/01/06901234567892") << QStringLiteral("/01/06901234567885");
}

void TestLabelCode::altered()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    const QString uri = signedUri(gtinIds(QStringLiteral("06901234567892"), QStringLiteral("FJ-251205"),
                                          QStringLiteral("0001"), QDate(2026, 12, 31)));
    QCOMPARE(check(uri).verdict, Verdict::Genuine);
    QVERIFY2(uri.contains(from), qPrintable(uri));
    const LabelCheck result = check(QString(uri).replace(from, to));
    QCOMPARE(result.verdict, Verdict::Forged);
    QCOMPARE(result.issuer, m_ledger->publicKey()); // k still names this node
    QVERIFY(result.reason.contains(QStringLiteral("altered")));
}

void TestLabelCode::damagedSignature_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("s shortened") << QStringLiteral("shorten s") << QStringLiteral("102 characters");
    QTest::newRow("s lengthened") << QStringLiteral("lengthen s") << QStringLiteral("104 characters");
    QTest::newRow("s not base32") << QStringLiteral("s not base32") << QStringLiteral("damaged");
    QTest::newRow("s removed") << QStringLiteral("remove s") << QStringLiteral("no signature (s)");
    QTest::newRow("k removed") << QStringLiteral("remove k") << QStringLiteral("no issuer (k)");
    QTest::newRow("k damaged") << QStringLiteral("damage k") << QStringLiteral("issuer (k)");
    QTest::newRow("s twice") << QStringLiteral("s twice") << QStringLiteral("more than once");
}

void TestLabelCode::damagedSignature()
{
    QFETCH(QString, damage);
    QFETCH(QString, fragment);
    const QString uri = signedUri(gtinIds(QStringLiteral("06901234567892"), QStringLiteral("L1")));
    const QString k = queryValue(uri, QStringLiteral("k"));
    const QString s = queryValue(uri, QStringLiteral("s"));
    QCOMPARE(k.size(), 10);
    QCOMPARE(s.size(), 103);
    const QString sPart = QStringLiteral("&s=") + s;
    QString damaged = uri;
    if (damage == QLatin1String("shorten s")) {
        damaged.chop(1);
    } else if (damage == QLatin1String("lengthen s")) {
        damaged += QLatin1Char('A');
    } else if (damage == QLatin1String("s not base32")) {
        damaged.replace(sPart, QStringLiteral("&s=1") + s.mid(1));
    } else if (damage == QLatin1String("remove s")) {
        damaged.remove(sPart);
    } else if (damage == QLatin1String("remove k")) {
        damaged.replace(QStringLiteral("?k=") + k + QLatin1Char('&'), QStringLiteral("?"));
    } else if (damage == QLatin1String("damage k")) {
        damaged.replace(QStringLiteral("?k=") + k, QStringLiteral("?k=") + k.left(9) + QLatin1Char('1'));
    } else if (damage == QLatin1String("s twice")) {
        damaged += sPart;
    }
    QVERIFY(damaged != uri);
    QVERIFY(parseScan(damaged).ok());
    const LabelCheck result = check(damaged);
    QCOMPARE(result.verdict, Verdict::Forged);
    QVERIFY2(result.reason.contains(fragment), qPrintable(result.reason));

    // The signature of another genuine label does not fit this one.
    const QString other = signedUri(gtinIds(QStringLiteral("06901234567892"), QStringLiteral("L2")));
    QCOMPARE(check(other).verdict, Verdict::Genuine);
    const QString swapped = QString(uri).replace(s, queryValue(other, QStringLiteral("s")));
    QVERIFY(swapped != uri);
    QCOMPARE(check(swapped).verdict, Verdict::Forged);
}

void TestLabelCode::encodingDoesNotMatter_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("unchanged") << QString() << QString();
    QTest::newRow("other host and path") << QStringLiteral("HTTPS://TRACE.EXAMPLE.CN")
                                         << QStringLiteral("https://other.example.org/some/base");
    QTest::newRow("lower-case host") << QStringLiteral("HTTPS://TRACE.EXAMPLE.CN")
                                     << QStringLiteral("https://trace.example.cn");
    QTest::newRow("GTIN-13") << QStringLiteral("/01/06901234567892") << QStringLiteral("/01/6901234567892");
    QTest::newRow("needless percent-encoding")
        << QStringLiteral("/10/FJ-251205") << QStringLiteral("/10/FJ%2D251205");
    QTest::newRow("extra query") << QStringLiteral("?17=") << QStringLiteral("?linkType=gs1:pip&17=");
    QTest::newRow("fragment and CR LF") << QStringLiteral("&s=") << QStringLiteral("&s=");
}

void TestLabelCode::encodingDoesNotMatter()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    const QString uri = signedUri(gtinIds(QStringLiteral("06901234567892"), QStringLiteral("FJ-251205"),
                                          QStringLiteral("0001"), QDate(2026, 12, 31)));
    const QString changed = from.isEmpty() ? uri : QString(uri).replace(from, to);
    const QString suffix =
        qstrcmp(QTest::currentDataTag(), "fragment and CR LF") == 0 ? QStringLiteral("#top\r\n") : QString();
    QCOMPARE(check(changed + suffix).verdict, Verdict::Genuine);
    // k and s in base64url (accepted too: fewer characters, but a larger QR) verify the same.
    const QString k = queryValue(uri, QStringLiteral("k"));
    const QString s = queryValue(uri, QStringLiteral("s"));
    QString base64 = changed;
    base64.replace(k, base64Url(base32Decode(k).value())).replace(s, base64Url(base32Decode(s).value()));
    QCOMPARE(queryValue(base64, QStringLiteral("k")).size(), 8);
    QCOMPARE(queryValue(base64, QStringLiteral("s")).size(), 86);
    QCOMPARE(check(base64 + suffix).verdict, Verdict::Genuine);
}

void TestLabelCode::otherSigner()
{
    const LabelIds ids = gtinIds(QStringLiteral("06901234567892"), QStringLiteral("FJ-251205"));
    const crypto::SigningKey other = crypto::SigningKey::generate();
    const QByteArray signature = other.sign(labelMessage(ids));

    // Signed by a node this ledger has never heard of.
    const Result<QString> unknown = labelUri(kBase, ids, other.publicKey(), signature);
    QVERIFY(unknown.ok());
    LabelCheck result = check(unknown.value());
    QCOMPARE(result.verdict, Verdict::UnknownIssuer);
    QVERIFY(result.issuer.isEmpty());
    QVERIFY(result.reason.contains(issuerHint(other.publicKey())));

    // The same signature passed off as this node's (forged k).
    const Result<QString> posing = labelUri(kBase, ids, m_ledger->publicKey(), signature);
    QVERIFY(posing.ok());
    result = check(posing.value());
    QCOMPARE(result.verdict, Verdict::Forged);
    QCOMPARE(result.issuer, m_ledger->publicKey());

    // This node's signature over the element string without the context tag is not a label signature.
    const Result<QByteArray> untagged = m_ledger->signDetached(labels::elementString(ids).toUtf8());
    QVERIFY(untagged.ok());
    const Result<QString> noContext = labelUri(kBase, ids, m_ledger->publicKey(), untagged.value());
    QVERIFY(noContext.ok());
    QCOMPARE(check(noContext.value()).verdict, Verdict::Forged);
}

void TestLabelCode::labelOfAnotherNode()
{
    auto b =
        createProfile(m_dir->filePath(QStringLiteral("b")), "pass b", QStringLiteral("两路寸滩物流中心"));
    QVERIFY(b->append(QStringLiteral("note"), {{QStringLiteral("n"), 1}}).ok());
    const LabelIds ids =
        gtinIds(QStringLiteral("06901234567892"), QStringLiteral("CQ-0042"), {}, QDate(2026, 6, 30));
    const Result<QString> uri = buildLabelUri(QStringLiteral("https://cq.example.cn"), ids, *b);
    QVERIFY2(uri.ok(), qPrintable(uri.error().message));

    QCOMPARE(check(uri.value()).verdict, Verdict::UnknownIssuer);

    // A receives B's records (a bundle), and so learns B's key.
    QVERIFY(
        m_ledger->setAuthorStatus(b->publicKey(), AuthorStatus::Trusted, QStringLiteral("两路寸滩物流中心"))
            .ok());
    const QString bundle = m_dir->filePath(QStringLiteral("b.bundle"));
    QVERIFY(exportBundle(*b, bundle).ok());
    const auto imported = importBundle(*m_ledger, bundle);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    QCOMPARE(imported->ingest.accepted, 1);

    LabelCheck result = check(uri.value());
    QCOMPARE(result.verdict, Verdict::Genuine);
    QCOMPARE(result.issuer, b->publicKey());
    QCOMPARE(result.issuerNodeId, crypto::nodeIdFromPublicKey(b->publicKey()));
    QCOMPARE(result.issuerStatus, AuthorStatus::Trusted);
    QCOMPARE(result.issuerName, QStringLiteral("两路寸滩物流中心"));

    result = check(QString(uri.value()).replace(QStringLiteral("CQ-0042"), QStringLiteral("CQ-0043")));
    QCOMPARE(result.verdict, Verdict::Forged);
    QCOMPARE(result.issuer, b->publicKey());

    // B does not know A: A's labels are of an unknown issuer there.
    const QString own = signedUri(ids);
    const Result<ScannedLabel> scanned = parseScan(own);
    QVERIFY(scanned.ok());
    QCOMPARE(verifyScan(scanned.value(), *b).verdict, Verdict::UnknownIssuer);
    QCOMPARE(verifyScan(scanned.value(), *m_ledger).verdict, Verdict::Genuine);
}

void TestLabelCode::signDetached()
{
    QVERIFY(!m_ledger->signDetached(QByteArray()).ok());
    QVERIFY(!m_ledger->signDetached(QByteArray("{\"author\":\"x\"}")).ok());
    QVERIFY(!m_ledger->signDetached(QByteArray("suyuan.checkpoint.v1\n{}")).ok());
    const QByteArray message = labelMessage(gtinIds(QStringLiteral("06901234567892"), QStringLiteral("L")));
    const Result<QByteArray> signature = m_ledger->signDetached(message);
    QVERIFY(signature.ok());
    QVERIFY(crypto::verifyEd25519(m_ledger->publicKey(), message, signature.value()));
    QVERIFY(!crypto::verifyEd25519(m_ledger->publicKey(), message + ' ', signature.value()));
}

void TestLabelCode::qrSize()
{
    // The typical label of docs/labels.md: GTIN, 10-character lot, expiry, k and s.
    const LabelIds ids =
        gtinIds(QStringLiteral("06901234567892"), QStringLiteral("FJ25120501"), {}, QDate(2026, 12, 31));
    const QString uri = signedUri(ids);
    QCOMPARE(uri.size(), 185);
    const int m = qrVersion(uri, QR_ECLEVEL_M);
    const int q = qrVersion(uri, QR_ECLEVEL_Q);
    // The same label with k and s in base64url and a lower-case host: 166 characters, but
    // almost all in byte mode.
    QString plain = uri;
    plain.replace(QStringLiteral("HTTPS://TRACE.EXAMPLE.CN"), kBase);
    const QString k = queryValue(uri, QStringLiteral("k"));
    const QString s = queryValue(uri, QStringLiteral("s"));
    plain.replace(k, base64Url(base32Decode(k).value())).replace(s, base64Url(base32Decode(s).value()));
    QCOMPARE(plain.size(), 166);
    const int plainM = qrVersion(plain, QR_ECLEVEL_M);
    const int plainQ = qrVersion(plain, QR_ECLEVEL_Q);
    qInfo("label URI %lld characters: QR version %d at M, %d at Q; base64url/lower-case: %lld characters, %d "
          "at M, "
          "%d at Q",
          static_cast<long long>(uri.size()), m, q, static_cast<long long>(plain.size()), plainM, plainQ);
    QCOMPARE(m, 8);  // 49 modules + 8 quiet: 0.44 mm at 25 mm
    QCOMPARE(q, 10); // 57 + 8: 0.38 mm at 25 mm
    QVERIFY(plainM > m);
    QVERIFY(plainQ > q);
    // An item-level label with a 20-character lot still fits version 8 at M.
    const QString item =
        signedUri(gtinIds(QStringLiteral("06901234567892"), QStringLiteral("ABCDEFGHIJ0123456789"),
                          QStringLiteral("000123"), QDate(2026, 12, 31)));
    QCOMPARE(qrVersion(item, QR_ECLEVEL_M), 8);
}

void TestLabelCode::cli()
{
    const QString exe = qEnvironmentVariable("SUYUAN_CLI");
    if (exe.isEmpty()) {
        QSKIP("SUYUAN_CLI is not set");
    }
    const QString profile = m_dir->filePath(QStringLiteral("a"));
    {
        auto trace = trace::TraceService::open(*m_ledger);
        QVERIFY(trace.ok());
        trace::Product orange;
        orange.gtin = QStringLiteral("6901234567892");
        orange.nameZh = QStringLiteral("奉节脐橙");
        QVERIFY(trace.value()->saveProduct(orange).ok());
        trace::Location plot;
        plot.key = QStringLiteral("plot-1");
        plot.nameZh = QStringLiteral("1 号地块");
        plot.type = QStringLiteral("plot");
        QVERIFY(trace.value()->saveLocation(plot).ok());
        trace::TraceService::Harvest h;
        h.batch = {QStringLiteral("06901234567892"), QStringLiteral("FJ-251205"), 100, {}};
        h.locationKey = plot.key;
        const auto batch = trace.value()->harvest(h);
        QVERIFY2(batch.ok(), qPrintable(batch.error().message));
    }
    m_ledger.reset(); // the CLI opens the profile itself
    const auto run = [&](const QStringList& args, QByteArray* out = nullptr, QByteArray* err = nullptr) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("SUYUAN_PASSPHRASE"), QStringLiteral("correct horse"));
        p.setProcessEnvironment(env);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(exe, QStringList{QStringLiteral("--profile"), profile} + args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            return -1;
        }
        if (out) {
            *out = p.readAllStandardOutput();
        }
        if (err) {
            *err = p.readAllStandardError();
        }
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    QByteArray out;
    QByteArray err;
    QCOMPARE(run({QStringLiteral("label-uri"), QStringLiteral("--batch"), QStringLiteral("FJ-251205"),
                  QStringLiteral("--serial"), QStringLiteral("0001"), QStringLiteral("--expiry"),
                  QStringLiteral("2026-12-31")},
                 &out, &err),
             0);
    const QString uri = QString::fromUtf8(out).trimmed();
    QVERIFY2(uri.startsWith(QStringLiteral(
                 "HTTPS://TRACE.EXAMPLE.CN/01/06901234567892/10/FJ-251205/21/0001?17=261231&k=")),
             qPrintable(uri + QString::fromUtf8(err)));

    QCOMPARE(run({QStringLiteral("scan"), uri}, &out), 0);
    QVERIFY2(out.contains("Signature: genuine"), out.constData());
    QVERIFY2(out.contains("奉节脐橙, status active"), out.constData());
    QVERIFY(out.contains("奉节脐橙合作社"));

    QCOMPARE(run({QStringLiteral("scan"), uri, QStringLiteral("--json")}, &out), 0);
    const QJsonObject genuine = QJsonDocument::fromJson(out).object();
    QCOMPARE(genuine.value(QStringLiteral("verdict")).toString(), QStringLiteral("genuine"));
    QCOMPARE(genuine.value(QStringLiteral("serial")).toString(), QStringLiteral("0001"));
    QCOMPARE(genuine.value(QStringLiteral("expiry")).toString(), QStringLiteral("2026-12-31"));
    QCOMPARE(genuine.value(QStringLiteral("batch")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("active"));
    QCOMPARE(genuine.value(QStringLiteral("issuer")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("self"));

    const QString altered = QString(uri).replace(QStringLiteral("/21/0001"), QStringLiteral("/21/0002"));
    QCOMPARE(run({QStringLiteral("scan"), altered}, &out), 1);
    QVERIFY2(out.contains("FORGED"), out.constData());
    QCOMPARE(run({QStringLiteral("scan"), altered, QStringLiteral("--json")}, &out), 1);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("verdict")).toString(),
             QStringLiteral("forged"));

    // Unsigned codes that parse: 0; the lot resolves to the batch.
    QCOMPARE(run({QStringLiteral("scan"), QStringLiteral("FJ-251205"), QStringLiteral("--json")}, &out), 0);
    const QJsonObject lot = QJsonDocument::fromJson(out).object();
    QCOMPARE(lot.value(QStringLiteral("kind")).toString(), QStringLiteral("plain_lot"));
    QCOMPARE(lot.value(QStringLiteral("verdict")).toString(), QStringLiteral("unsigned"));
    QCOMPARE(lot.value(QStringLiteral("batch")).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("https://id.gs1.org/01/06901234567892/10/FJ-251205"));
    QCOMPARE(run({QStringLiteral("scan"), QStringLiteral("urn:epc:class:lgtin:690123.0456789.OTHER")}, &out),
             0);
    QVERIFY2(out.contains("not in this ledger"), out.constData());

    // Not a label code, or bad options: 2.
    QCOMPARE(run({QStringLiteral("scan"), QStringLiteral("ftp://x/y")}, &out, &err), 2);
    QVERIFY2(err.contains("ftp://"), err.constData());
    QCOMPARE(run({QStringLiteral("scan")}), 2);
    QCOMPARE(run({QStringLiteral("label-uri"), QStringLiteral("--batch"), QStringLiteral("FJ-251205"),
                  QStringLiteral("--base"), QStringLiteral("ftp://x")}),
             2);
    QCOMPARE(run({QStringLiteral("label-uri"), QStringLiteral("--batch"), QStringLiteral("FJ-251205"),
                  QStringLiteral("--expiry"), QStringLiteral("31.12.2026")}),
             2);
    // A batch that is not there: 1.
    QCOMPARE(run({QStringLiteral("label-uri"), QStringLiteral("--batch"), QStringLiteral("NOPE")}), 1);
    // --base is honoured.
    QCOMPARE(run({QStringLiteral("label-uri"), QStringLiteral("--batch"), QStringLiteral("FJ-251205"),
                  QStringLiteral("--base"), QStringLiteral("https://example.org/trace/")},
                 &out),
             0);
    QVERIFY2(out.startsWith("HTTPS://EXAMPLE.ORG/trace/01/06901234567892/10/FJ-251205?k="), out.constData());
}

QTEST_GUILESS_MAIN(TestLabelCode)
#include "TestLabelCode.moc"
