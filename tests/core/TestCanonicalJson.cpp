#include "crypto/Ed25519.h"
#include "crypto/Hash.h"
#include "ledger/CanonicalJson.h"
#include "ledger/Record.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace suyuan;

class TestCanonicalJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbers_data();
    void numbers();
    void strings_data();
    void strings();
    void keyOrderIsUtf16();
    void nestedAndWhitespace();
    void rejectsNonCanonical_data();
    void rejectsNonCanonical();
    void workedExampleIsStable();
    void decodeRoundTrip();
    void fastEnvelopeMatchesStrictDecoder();
    void kinds_data();
    void kinds();
    void recordTime();
};

void TestCanonicalJson::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("expected");
    // ECMAScript Number.prototype.toString, as RFC 8785 requires (its appendix B).
    QTest::newRow("zero") << 0.0 << QByteArray("0");
    QTest::newRow("minus zero") << -0.0 << QByteArray("0");
    QTest::newRow("integer") << 12.0 << QByteArray("12");
    QTest::newRow("fraction") << 12.5 << QByteArray("12.5");
    QTest::newRow("negative") << -3.75 << QByteArray("-3.75");
    QTest::newRow("1e21") << 1e21 << QByteArray("1e+21");
    QTest::newRow("below 1e21") << 999999999999999900000.0 << QByteArray("999999999999999900000");
    QTest::newRow("1e-7") << 1e-7 << QByteArray("1e-7");
    QTest::newRow("0.000001") << 0.000001 << QByteArray("0.000001");
    QTest::newRow("shortest") << 333333333.33333329 << QByteArray("333333333.3333333");
    QTest::newRow("max safe") << 9007199254740991.0 << QByteArray("9007199254740991");
    QTest::newRow("min positive") << 5e-324 << QByteArray("5e-324");
    QTest::newRow("max double") << 1.7976931348623157e308 << QByteArray("1.7976931348623157e+308");
    QTest::newRow("0.1") << 0.1 << QByteArray("0.1");
}

void TestCanonicalJson::numbers()
{
    QFETCH(double, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(canonicalJson(QJsonValue(value)), expected);
}

void TestCanonicalJson::strings_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringLiteral("abc") << QByteArray("\"abc\"");
    QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c") << QByteArray("\"a\\\"b\\\\c\"");
    QTest::newRow("short escapes") << QStringLiteral("\b\f\n\r\t") << QByteArray("\"\\b\\f\\n\\r\\t\"");
    QTest::newRow("other control") << QString(QChar(0x1f)) << QByteArray("\"\\u001f\"");
    QTest::newRow("slash and DEL literal") << QStringLiteral("/\x7f") << QByteArray("\"/\x7f\"");
    QTest::newRow("chinese literal utf8")
        << QStringLiteral("奉节脐橙") << QStringLiteral("\"奉节脐橙\"").toUtf8();
    QTest::newRow("emoji literal") << QString::fromUtf8("\xf0\x9f\x8d\x8a")
                                   << QByteArray("\"\xf0\x9f\x8d\x8a\"");
}

void TestCanonicalJson::strings()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(canonicalJson(QJsonValue(value)), expected);
}

void TestCanonicalJson::keyOrderIsUtf16()
{
    // RFC 8785 section 3.2.3's example: sorting by UTF-16 code units puts U+1F600 (a
    // surrogate pair, 0xD83D…) before U+FB33.
    QJsonObject obj;
    obj.insert(QString(QChar(0x20ac)), QStringLiteral("Euro Sign"));
    obj.insert(QStringLiteral("\r"), QStringLiteral("Carriage Return"));
    obj.insert(QString(QChar(0xfb33)), QStringLiteral("Hebrew Letter Dalet With Dagesh"));
    obj.insert(QStringLiteral("1"), QStringLiteral("One"));
    obj.insert(QString::fromUtf8("\xf0\x9f\x98\x80"), QStringLiteral("Emoji: Grinning Face"));
    obj.insert(QString(QChar(0x80)), QStringLiteral("Control"));
    obj.insert(QString(QChar(0xf6)), QStringLiteral("Latin Small Letter O With Diaeresis"));
    const QByteArray out = canonicalJson(obj);
    const QStringList values = {QStringLiteral("Carriage Return"),
                                QStringLiteral("One"),
                                QStringLiteral("Control"),
                                QStringLiteral("Latin Small Letter O With Diaeresis"),
                                QStringLiteral("Euro Sign"),
                                QStringLiteral("Emoji: Grinning Face"),
                                QStringLiteral("Hebrew Letter Dalet With Dagesh")};
    qsizetype last = -1;
    for (const QString& v : values) {
        const qsizetype at = out.indexOf(v.toUtf8());
        QVERIFY2(at > last, qPrintable(v));
        last = at;
    }
}

void TestCanonicalJson::nestedAndWhitespace()
{
    const QJsonObject obj{
        {QStringLiteral("b"), QJsonArray{1, QStringLiteral("x"), QJsonValue(), true}},
        {QStringLiteral("a"), QJsonObject{{QStringLiteral("z"), false}, {QStringLiteral("y"), 2.5}}}};
    QCOMPARE(canonicalJson(obj), QByteArray(R"({"a":{"y":2.5,"z":false},"b":[1,"x",null,true]})"));
    QVERIFY(isCanonicalJson(canonicalJson(obj)));
}

void TestCanonicalJson::rejectsNonCanonical_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("space") << QByteArray(R"({"a": 1})");
    QTest::newRow("newline at end") << QByteArray("{\"a\":1}\n");
    QTest::newRow("unsorted") << QByteArray(R"({"b":1,"a":2})");
    QTest::newRow("duplicate key") << QByteArray(R"({"a":1,"a":1})");
    QTest::newRow("escaped ascii") << QByteArray(R"({"a":"\u0041"})");
    QTest::newRow("exponent form") << QByteArray(R"({"a":1e2})");
    QTest::newRow("trailing zero") << QByteArray(R"({"a":1.50})");
    QTest::newRow("unsafe integer") << QByteArray(R"({"a":9007199254740993})");
    QTest::newRow("invalid utf8") << QByteArray("{\"a\":\"\xff\"}");
    QTest::newRow("not json") << QByteArray("{a:1}");
}

void TestCanonicalJson::rejectsNonCanonical()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!isCanonicalJson(bytes));
}

void TestCanonicalJson::workedExampleIsStable()
{
    // The worked example of docs/record-format.md: RFC 8032 test key 1, fixed time and body.
    auto key = crypto::SigningKey::fromSeed(
        QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
    QVERIFY(key.ok());
    const QJsonObject body{{QStringLiteral("text"), QStringLiteral("奉节脐橙 harvest started")},
                           {QStringLiteral("quantity"), 1250.5},
                           {QStringLiteral("unit"), QStringLiteral("KGM")}};
    const qint64 time = parseRecordTime(u"2026-11-20T01:30:00.000Z");
    const QByteArray bytes = encodeRecord(key->publicKey(), 1, {}, time, QStringLiteral("note"), body);
    const QByteArray expected =
        QStringLiteral(
            R"({"author":"d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a","body":{"quantity":1250.5,"text":"奉节脐橙 harvest started","unit":"KGM"},"kind":"note","prev":null,"seq":1,"time":"2026-11-20T01:30:00.000Z","v":1})")
            .toUtf8();
    QCOMPARE(bytes, expected);
    QCOMPARE(crypto::sha256(bytes).toHex(),
             QByteArray("991dd315b370175f33d850d597fd3e2a05b28d6a93b21721842b014bf2130ff1"));
    QCOMPARE(key->sign(bytes).toHex(),
             QByteArray("f37cd4176a641c53f757a7d85de1a7d871c14b37671dce563148073ff280a21688d5596887e46407fb21"
                        "9e7d7fda96a96502e7552b65beeeaecd7020c0e81d00"));
    // The same bytes a second time: encoding is a pure function of its inputs.
    QCOMPARE(encodeRecord(key->publicKey(), 1, {}, time, QStringLiteral("note"), body), bytes);
}

void TestCanonicalJson::decodeRoundTrip()
{
    const auto key = crypto::SigningKey::generate();
    const QByteArray prev = crypto::sha256("previous");
    const QByteArray bytes =
        encodeRecord(key.publicKey(), 7, prev, 1763600000123, QStringLiteral("epcis.event"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("ObjectEvent")}});
    auto r = decodeRecord(bytes, key.sign(bytes));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->author, key.publicKey());
    QCOMPARE(r->seq, 7);
    QCOMPARE(r->prev, prev);
    QCOMPARE(r->kind, QStringLiteral("epcis.event"));
    QCOMPARE(r->timeMs, 1763600000123);
    QCOMPARE(r->id, crypto::sha256(bytes));
    QCOMPARE(r->body().value(QStringLiteral("type")).toString(), QStringLiteral("ObjectEvent"));
}

void TestCanonicalJson::fastEnvelopeMatchesStrictDecoder()
{
    // The audit reads envelopes without parsing bodies; it must agree with the full decoder,
    // even when a body contains text that looks like envelope fields.
    const auto key = crypto::SigningKey::generate();
    const QJsonObject tricky{
        {QStringLiteral("x"), QStringLiteral(R"(,"kind":"evil","prev":null,"seq":9,"time":"x","v":1})")},
        {QStringLiteral("kind"), QStringLiteral("inner")}};
    for (qint64 seq : {1, 2, 123456789}) {
        const QByteArray prev = seq == 1 ? QByteArray() : crypto::sha256(QByteArray::number(seq));
        const QByteArray bytes =
            encodeRecord(key.publicKey(), seq, prev, 1763600000000 + seq, QStringLiteral("a.b_c.d2"), tricky);
        auto strict = decodeRecord(bytes, key.sign(bytes));
        QVERIFY(strict.ok());
        Record fast;
        QVERIFY(decodeEnvelopeFast(bytes, fast));
        QCOMPARE(fast.author, strict->author);
        QCOMPARE(fast.seq, strict->seq);
        QCOMPARE(fast.prev, strict->prev);
        QCOMPARE(fast.kind, strict->kind);
        QCOMPARE(fast.timeMs, strict->timeMs);
    }
}

void TestCanonicalJson::kinds_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("valid");
    QTest::newRow("note") << QStringLiteral("note") << true;
    QTest::newRow("dotted") << QStringLiteral("epcis.event") << true;
    QTest::newRow("underscore digits") << QStringLiteral("master.product_v2") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("upper") << QStringLiteral("Note") << false;
    QTest::newRow("leading dot") << QStringLiteral(".note") << false;
    QTest::newRow("trailing dot") << QStringLiteral("note.") << false;
    QTest::newRow("double dot") << QStringLiteral("a..b") << false;
    QTest::newRow("digit first") << QStringLiteral("1note") << false;
    QTest::newRow("space") << QStringLiteral("a b") << false;
    QTest::newRow("too long") << QString(65, QLatin1Char('a')) << false;
}

void TestCanonicalJson::kinds()
{
    QFETCH(QString, kind);
    QFETCH(bool, valid);
    QCOMPARE(isValidKind(kind), valid);
}

void TestCanonicalJson::recordTime()
{
    QCOMPARE(parseRecordTime(u"1970-01-01T00:00:00.000Z"), 0);
    QCOMPARE(parseRecordTime(u"2026-11-20T01:30:00.250Z"), 1795138200250);
    QCOMPARE(formatRecordTime(1795138200250), QStringLiteral("2026-11-20T01:30:00.250Z"));
    QCOMPARE(parseRecordTime(u"2026-02-30T00:00:00.000Z"), -1);
    QCOMPARE(parseRecordTime(u"2026-11-20T01:30:00Z"), -1);
    QCOMPARE(parseRecordTime(u"2026-11-20T01:30:00.000+08:00"), -1);
    QCOMPARE(parseRecordTime(u"2026-11-20T24:00:00.000Z"), -1);
}

QTEST_APPLESS_MAIN(TestCanonicalJson)
#include "TestCanonicalJson.moc"
