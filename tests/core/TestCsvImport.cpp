#include "TestSupport.h"

#include "trace/CsvImport.h"
#include "trace/Demo.h"
#include "trace/TraceService.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace suyuan;
using namespace suyuan::test;
using namespace suyuan::trace;

namespace {

const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

QByteArray utf8(const char* text)
{
    return QByteArray(text);
}

// (row, column) of every error, in order.
QList<QPair<qint64, QString>> where(const HarvestCsvReport& report)
{
    QList<QPair<qint64, QString>> out;
    for (const CsvRowError& e : report.errors) {
        out.append({e.row, e.column});
    }
    return out;
}

QString describe(const HarvestCsvReport& report)
{
    QStringList lines;
    for (const CsvRowError& e : report.errors) {
        lines << QStringLiteral("row %1, column %2: %3").arg(e.row).arg(e.column, e.message);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void encodingNames();
    void utf8WithBom();
    void gb18030KnownBytes();
    void gb18030FourByteSequences();
    void invalidEncodingsAreRefused();
    void rfc4180();
    void rfc4180Errors();
    void importUtf8WithQuotedFields();
    void importChineseHeaders();
    void importGb18030File();
    void rowErrorsStoreNothing();
    void headerErrors();
    void duplicateLots();
    void dateAndTimeForms();
    void harvestManyIsAllOrNothing();
    void progressAndCancel();
    void shippedTemplatesImportIntoDemo();
    void cli();

private:
    void addMasterData();
    qint64 records() { return m_ledger->recordCount().value(); }
    QJsonObject harvestEventOf(const QString& batchId);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<TraceService> m_trace;
};

void TestCsvImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ledger = createProfile(m_dir->path());
    auto trace = TraceService::open(*m_ledger);
    QVERIFY(trace.ok());
    m_trace = std::move(trace.value());
    addMasterData();
}

void TestCsvImport::cleanup()
{
    m_trace.reset();
    m_ledger.reset();
    m_dir.reset();
}

void TestCsvImport::addMasterData()
{
    Product orange;
    orange.gtin = QStringLiteral("6937651000117");
    orange.nameZh = QStringLiteral("奉节脐橙");
    orange.nameEn = QStringLiteral("Fengjie navel orange");
    QVERIFY(m_trace->saveProduct(orange).ok());
    Product tuber;
    tuber.code = QStringLiteral("QCT-FL");
    tuber.nameZh = QStringLiteral("青菜头");
    QVERIFY(m_trace->saveProduct(tuber).ok());
    Product pepper;
    pepper.gtin = QStringLiteral("6951907000140");
    pepper.nameZh = QStringLiteral("江津花椒");
    pepper.unit = QStringLiteral("GRM");
    QVERIFY(m_trace->saveProduct(pepper).ok());
    Location shima;
    shima.key = QStringLiteral("fj-plot-shima");
    shima.nameZh = QStringLiteral("石马村脐橙园 3 号地块");
    shima.type = QStringLiteral("plot");
    QVERIFY(m_trace->saveLocation(shima).ok());
    Location nantuo;
    nantuo.key = QStringLiteral("fl-plot-nantuo-1");
    nantuo.nameZh = QStringLiteral("睦和村青菜头基地 1 号田");
    nantuo.type = QStringLiteral("plot");
    nantuo.gln = QStringLiteral("6937651001039");
    QVERIFY(m_trace->saveLocation(nantuo).ok());
}

QJsonObject TestCsvImport::harvestEventOf(const QString& batchId)
{
    QJsonObject found;
    const Status st = m_ledger->forEachRecord({}, 0, [&](const Record& r) {
        if (r.kind != QLatin1String("epcis.event")) {
            return true;
        }
        const QJsonObject body = r.body();
        const QJsonArray q = body.value(QStringLiteral("quantityList")).toArray();
        if (body.value(QStringLiteral("action")).toString() == QLatin1String("ADD") && !q.isEmpty() &&
            q.first().toObject().value(QStringLiteral("epcClass")).toString() == batchId) {
            found = body;
            return false;
        }
        return true;
    });
    return st ? found : QJsonObject();
}

void TestCsvImport::encodingNames()
{
    QCOMPARE(textEncodingFromName(QStringLiteral("UTF-8")), TextEncoding::Utf8);
    QCOMPARE(textEncodingFromName(QStringLiteral("utf8")), TextEncoding::Utf8);
    QCOMPARE(textEncodingFromName(QStringLiteral("GB18030")), TextEncoding::Gb18030);
    QCOMPARE(textEncodingFromName(QStringLiteral("gbk")), TextEncoding::Gb18030);
    QCOMPARE(textEncodingFromName(QStringLiteral("auto")), TextEncoding::Auto);
    QVERIFY(!textEncodingFromName(QStringLiteral("latin1")));
    QCOMPARE(textEncodingName(TextEncoding::Gb18030), QStringLiteral("gb18030"));
}

void TestCsvImport::utf8WithBom()
{
    auto decoded = decodeText(kBom + utf8("产品,批号\r\n"));
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->encoding, TextEncoding::Utf8);
    QCOMPARE(decoded->text, QStringLiteral("产品,批号\r\n"));
    // Pure ASCII is UTF-8 too.
    QCOMPARE(decodeText("product,lot\n")->encoding, TextEncoding::Utf8);
}

void TestCsvImport::gb18030KnownBytes()
{
    // 脐橙 (navel orange) in GB18030 (and GBK): C6EA B3C8.
    const QByteArray bytes = QByteArray::fromHex("c6eab3c8");
    auto decoded = decodeText(bytes);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->encoding, TextEncoding::Gb18030);
    QCOMPARE(decoded->text, QStringLiteral("脐橙"));
    QCOMPARE(decodeGb18030(bytes).value(), QStringLiteral("脐橙"));
    QCOMPARE(decodeGb18030WithIconv(bytes).value(), QStringLiteral("脐橙"));
    QCOMPARE(encodeGb18030(QStringLiteral("脐橙")).value(), bytes);
    // Valid UTF-8 wins in auto mode; an explicit encoding is obeyed.
    QCOMPARE(decodeText(bytes, TextEncoding::Gb18030)->encoding, TextEncoding::Gb18030);
    QCOMPARE(decodeText(QStringLiteral("脐橙").toUtf8())->text, QStringLiteral("脐橙"));
}

void TestCsvImport::gb18030FourByteSequences()
{
    // U+3400 㐀 (CJK Extension A) = 81 39 EE 39, U+20000 𠀀 (Extension B, outside the BMP)
    // = 95 32 82 36, U+00E9 é = A8 A6, € = A2 E3, and the GB18030 byte order mark 84 31 95 33.
    const QByteArray bytes = QByteArray::fromHex("84319533") + QByteArray("A,") +
                             QByteArray::fromHex("8139ee39") + QByteArray::fromHex("95328236") +
                             QByteArray::fromHex("a8a6") + QByteArray::fromHex("a2e3");
    const QString expected = QStringLiteral("A,㐀𠀀é€");
    QCOMPARE(decodeGb18030(bytes).value(), expected);
    QCOMPARE(decodeGb18030WithIconv(bytes).value(), expected);
    auto decoded = decodeText(bytes);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->encoding, TextEncoding::Gb18030);
    QCOMPARE(decoded->text, expected);
    QCOMPARE(encodeGb18030(expected).value(), bytes.mid(4));
}

void TestCsvImport::invalidEncodingsAreRefused()
{
    // GB18030 bytes read as UTF-8: line 2, byte 5 (after "a\nb,").
    auto asUtf8 = decodeText(QByteArray("a\nb,") + QByteArray::fromHex("c6eab3c8"), TextEncoding::Utf8);
    QVERIFY(!asUtf8.ok());
    QCOMPARE(asUtf8.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(asUtf8.error().message.contains(QStringLiteral("line 2, byte 5")),
             qPrintable(asUtf8.error().message));
    // Neither UTF-8 nor GB18030: 0xFF never occurs in either; a truncated sequence at the end.
    for (const QByteArray& bad :
         {QByteArray("ok\n\xFF", 4), QByteArray("ok\n") + QByteArray::fromHex("c6")}) {
        auto r = decodeText(bad);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(r.error().message.contains(QStringLiteral("line 2")), qPrintable(r.error().message));
        QVERIFY(!decodeGb18030(bad).ok());
        QVERIFY(!decodeGb18030WithIconv(bad).ok());
    }
    // Overlong UTF-8 and UTF-8-encoded surrogates are not UTF-8 (and here not GB18030 either).
    QVERIFY(!decodeText(QByteArray::fromHex("c0af"), TextEncoding::Utf8).ok());
    QVERIFY(!decodeText(QByteArray::fromHex("eda080"), TextEncoding::Utf8).ok());
    // UTF-16 is named as such.
    auto utf16 = decodeText(QByteArray::fromHex("fffe7000"));
    QVERIFY(!utf16.ok());
    QVERIFY(utf16.error().message.contains(QStringLiteral("UTF-16")));
}

void TestCsvImport::rfc4180()
{
    const CsvTable t = parseCsv(QStringLiteral("a,b,c\r\n"
                                               "\"1,5\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n"
                                               "\n"
                                               "x,,\n"
                                               "\"\",y,\"z\"\r"
                                               "last,row,no-newline"));
    QVERIFY(!t.error);
    QCOMPARE(t.records.size(), 6);
    QCOMPARE(t.records[0].fields,
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(t.records[1].fields, (QStringList{QStringLiteral("1,5"), QStringLiteral("say \"hi\""),
                                               QStringLiteral("two\nlines")}));
    QCOMPARE(t.records[1].row, 2);
    QCOMPARE(t.records[1].line, 2);
    QCOMPARE(t.records[2].fields, QStringList{QString()}); // an empty line is a row
    QCOMPARE(t.records[2].row, 3);
    QCOMPARE(t.records[2].line, 4); // the quoted field spanned lines 2 and 3
    QCOMPARE(t.records[3].fields, (QStringList{QStringLiteral("x"), QString(), QString()}));
    QCOMPARE(t.records[4].fields, (QStringList{QString(), QStringLiteral("y"), QStringLiteral("z")}));
    QCOMPARE(t.records[5].fields,
             (QStringList{QStringLiteral("last"), QStringLiteral("row"), QStringLiteral("no-newline")}));
    QCOMPARE(t.records[5].row, 6);
    QCOMPARE(t.records[5].line, 7);
    // A quote inside an unquoted field is text; a final line break adds no row.
    const CsvTable u = parseCsv(QStringLiteral("a,b\n5\" pot,ok\n"));
    QVERIFY(!u.error);
    QCOMPARE(u.records.size(), 2);
    QCOMPARE(u.records[1].fields.first(), QStringLiteral("5\" pot"));
    QVERIFY(parseCsv(QString()).records.isEmpty());
}

void TestCsvImport::rfc4180Errors()
{
    const CsvTable open = parseCsv(QStringLiteral("a,b\n1,2\n3,\"never\nclosed\n"));
    QVERIFY(open.error);
    QCOMPARE(open.error->row, 3);
    QCOMPARE(open.error->line, 3);
    QCOMPARE(open.error->column, QStringLiteral("b"));
    QCOMPARE(open.records.size(), 2);
    const CsvTable after = parseCsv(QStringLiteral("a,b\n\"x\"y,2\n"));
    QVERIFY(after.error);
    QCOMPARE(after.error->row, 2);
    QCOMPARE(after.error->column, QStringLiteral("a"));
}

void TestCsvImport::importUtf8WithQuotedFields()
{
    const qint64 before = records();
    const QByteArray csv =
        kBom +
        utf8("product,lot,quantity,unit,location,harvest_date,event_time,variety,certifications,note\r\n"
             "6937651000117,FJ-251205-SM,\"18,500\",KGM,fj-plot-shima,2025-12-05,2025-12-05 08:30,"
             "纽荷尔 Newhall,\"绿色食品 Green Food; 地理标志产品\",\"Picked after rain, \"\"grade A\"\"\r\n"
             "second line\"\r\n"
             "code:QCT-FL,QCT-260210-NT1,28600,,6937651001039,2026-02-10,,永安小叶,,\r\n");
    auto r = importHarvestCsv(*m_trace, csv);
    QVERIFY(r.ok());
    QVERIFY2(r->ok(), qPrintable(describe(r.value())));
    QVERIFY(r->stored);
    QCOMPARE(r->encoding, TextEncoding::Utf8);
    QCOMPARE(r->rows, 2);
    QCOMPARE(r->lots, (QStringList{QStringLiteral("FJ-251205-SM"), QStringLiteral("QCT-260210-NT1")}));
    QCOMPARE(r->batches.first(), QStringLiteral("https://id.gs1.org/01/06937651000117/10/FJ-251205-SM"));
    QCOMPARE(r->batches.last(), QStringLiteral("urn:suyuan:lot:QCT-FL:QCT-260210-NT1"));
    QCOMPARE(records(), before + 2);

    auto orange = m_trace->batch(r->batches.first());
    QVERIFY(orange.ok() && orange->has_value());
    QCOMPARE(orange->value().produced, 18500.0);
    QCOMPARE(orange->value().unit, QStringLiteral("KGM"));
    QCOMPARE(orange->value().location, QStringLiteral("urn:suyuan:location:fj-plot-shima"));
    const QJsonObject event = harvestEventOf(r->batches.first());
    QCOMPARE(event.value(QStringLiteral("eventTime")).toString(),
             QStringLiteral("2025-12-05T08:30:00.000+08:00"));
    QCOMPARE(event.value(QStringLiteral("eventTimeZoneOffset")).toString(), QStringLiteral("+08:00"));
    const QJsonObject ilmd = event.value(QStringLiteral("ilmd")).toObject();
    QCOMPARE(ilmd.value(QStringLiteral("cbvmda:harvestStartDate")).toString(), QStringLiteral("2025-12-05"));
    QCOMPARE(ilmd.value(QStringLiteral("suyuan:variety")).toString(), QStringLiteral("纽荷尔 Newhall"));
    QCOMPARE(ilmd.value(QStringLiteral("suyuan:certifications")).toArray(),
             QJsonArray({QStringLiteral("绿色食品 Green Food"), QStringLiteral("地理标志产品")}));
    QCOMPARE(ilmd.value(QStringLiteral("suyuan:note")).toString(),
             QStringLiteral("Picked after rain, \"grade A\"\nsecond line"));

    // The tuber: local code with its prefix, location by GLN, the product's unit, time from the date.
    auto tuber = m_trace->batch(r->batches.last());
    QVERIFY(tuber.ok() && tuber->has_value());
    QCOMPARE(tuber->value().location, QStringLiteral("urn:suyuan:location:fl-plot-nantuo-1"));
    const QJsonObject tuberEvent = harvestEventOf(r->batches.last());
    QCOMPARE(tuberEvent.value(QStringLiteral("eventTime")).toString(),
             QStringLiteral("2026-02-10T00:00:00.000+08:00"));
    QVERIFY(!tuberEvent.value(QStringLiteral("ilmd")).toObject().contains(QStringLiteral("suyuan:note")));
}

void TestCsvImport::importChineseHeaders()
{
    const QByteArray csv = utf8("产品,批号,数量,单位,地点,采收日期,品种,认证,备注\n"
                                "QCT-FL,QCT-260212-NT2,19400,公斤,fl-plot-nantuo-1,2026年2月12日,永安小叶,"
                                "地理标志产品；绿色食品,\"合作社统一收购，过磅\"\n"
                                "06951907000140,JJHJ-260722-ML,3.8,t,,2026/7/22,九叶青,,\n");
    auto r = importHarvestCsv(*m_trace, csv);
    QVERIFY(r.ok());
    QVERIFY2(r->ok(), qPrintable(describe(r.value())));
    QCOMPARE(r->batches.size(), 2);
    auto tuber = m_trace->batch(r->batches.first());
    QCOMPARE(tuber->value().unit, QStringLiteral("KGM")); // 公斤
    QCOMPARE(tuber->value().produced, 19400.0);
    auto pepper = m_trace->batch(r->batches.last());
    QCOMPARE(pepper->value().unit, QStringLiteral("TNE")); // t, not the product's GRM
    QCOMPARE(pepper->value().produced, 3.8);
    const QJsonObject ilmd = harvestEventOf(r->batches.first()).value(QStringLiteral("ilmd")).toObject();
    QCOMPARE(ilmd.value(QStringLiteral("cbvmda:harvestStartDate")).toString(), QStringLiteral("2026-02-12"));
    QCOMPARE(ilmd.value(QStringLiteral("suyuan:certifications")).toArray().size(), 2);
    QCOMPARE(ilmd.value(QStringLiteral("suyuan:note")).toString(), QStringLiteral("合作社统一收购，过磅"));
}

void TestCsvImport::importGb18030File()
{
    const QString text = QStringLiteral("产品,批号,数量,地点,采收日期,品种,备注\r\n"
                                        "6937651000117,FJ-251208-BD,22300,fj-plot-shima,2025-12-08,纽荷尔,"
                                        "\"收购人：𠀀㐀, 脐橙\"\r\n");
    auto bytes = encodeGb18030(text);
    QVERIFY(bytes.ok());
    QVERIFY(bytes->contains(QByteArray::fromHex("95328236"))); // 𠀀, four bytes
    QVERIFY(bytes->contains(QByteArray::fromHex("c6eab3c8"))); // 脐橙
    QVERIFY(!decodeText(bytes.value(), TextEncoding::Utf8).ok());

    // Read as UTF-8 on purpose: refused as a whole, nothing stored.
    const qint64 before = records();
    HarvestCsvOptions asUtf8;
    asUtf8.encoding = TextEncoding::Utf8;
    QVERIFY(!importHarvestCsv(*m_trace, bytes.value(), asUtf8).ok());
    QCOMPARE(records(), before);

    auto r = importHarvestCsv(*m_trace, bytes.value());
    QVERIFY(r.ok());
    QVERIFY2(r->ok(), qPrintable(describe(r.value())));
    QCOMPARE(r->encoding, TextEncoding::Gb18030);
    QCOMPARE(records(), before + 1);
    const QJsonObject ilmd = harvestEventOf(r->batches.first()).value(QStringLiteral("ilmd")).toObject();
    QCOMPARE(ilmd.value(QStringLiteral("suyuan:variety")).toString(), QStringLiteral("纽荷尔"));
    QCOMPARE(ilmd.value(QStringLiteral("suyuan:note")).toString(), QStringLiteral("收购人：𠀀㐀, 脐橙"));
}

void TestCsvImport::rowErrorsStoreNothing()
{
    const qint64 before = records();
    const QByteArray csv =
        utf8("product,lot,quantity,unit,location,harvest_date,event_time,country_of_origin\n"
             "6937651000117,FJ-OK-1,100,KGM,fj-plot-shima,2025-12-01,,CN\n"   // row 2: fine
             "6937651000118,FJ-OK-2,abc,KGM,fj-plot-shima,2025-12-01,,\n"     // 3: GTIN, quantity
             "\n"                                                             // 4: empty
             "QCT-FL,\"青菜头 1\",-5,KGX,nowhere,2025-13-01,,China\n"         // 5: five errors
             "nothing,FJ-OK-3,0,,,,2025-12-01 25:00,\n"                       // 6: three
             "6937651000117,FJ-OK-4,7,,,2025-12-02,2025-12-01T09:00+08:00,\n" // 7: date > time
             "6937651000117,FJ-OK-5,7,,,,2099-01-01T09:00:00Z,\n"             // 8: future
             "6937651000117,,,,,,,\n"                                         // 9: required
             "6937651000117,FJ-OK-6,1,,,,,,extra\n");                         // 10: extra field
    auto r = importHarvestCsv(*m_trace, csv);
    QVERIFY(r.ok());
    QVERIFY(!r->ok());
    QVERIFY(!r->stored);
    QCOMPARE(records(), before);
    using W = QPair<qint64, QString>;
    const QList<W> expected = {
        W(3, QStringLiteral("product")),      W(3, QStringLiteral("quantity")),
        W(5, QStringLiteral("lot")),          W(5, QStringLiteral("quantity")),
        W(5, QStringLiteral("unit")),         W(5, QStringLiteral("location")),
        W(5, QStringLiteral("harvest_date")), W(5, QStringLiteral("country_of_origin")),
        W(6, QStringLiteral("product")),      W(6, QStringLiteral("quantity")),
        W(6, QStringLiteral("event_time")),   W(7, QStringLiteral("harvest_date")),
        W(8, QStringLiteral("event_time")),   W(9, QStringLiteral("lot")),
        W(9, QStringLiteral("quantity")),     W(10, QString()),
    };
    QCOMPARE(where(r.value()), expected);
    QCOMPARE(r->rows, 8); // the empty row 4 is not counted
    for (const CsvRowError& e : r->errors) {
        QVERIFY(!e.message.isEmpty());
    }
    QVERIFY(r->errors.first().message.contains(QStringLiteral("check digit")));
    // The valid row would have been stored; a dry run of it alone passes.
    HarvestCsvOptions dry;
    dry.dryRun = true;
    auto ok = importHarvestCsv(*m_trace, utf8("product,lot,quantity\n6937651000117,FJ-OK-1,100\n"), dry);
    QVERIFY(ok.ok() && ok->ok() && !ok->stored);
    QCOMPARE(ok->batches.size(), 1);
    QCOMPARE(records(), before);
}

void TestCsvImport::headerErrors()
{
    const qint64 before = records();
    // Missing required column (quantity), an unknown and a repeated one: reported on row 1.
    auto r = importHarvestCsv(*m_trace, utf8("Product,LOT,quantiy,lot,备注\n6937651000117,FJ-1,5,FJ-1,x\n"));
    QVERIFY(r.ok());
    QCOMPARE(where(r.value()), (QList<QPair<qint64, QString>>{{1, QStringLiteral("quantiy")},
                                                              {1, QStringLiteral("lot")},
                                                              {1, QStringLiteral("quantity")}}));
    QCOMPARE(records(), before);
    // Chinese headers name a missing column in Chinese; spelling variants are accepted.
    auto zh = importHarvestCsv(*m_trace, utf8("产品*,批次号\n6937651000117,FJ-1\n"));
    QVERIFY(zh.ok());
    QCOMPARE(where(zh.value()), (QList<QPair<qint64, QString>>{{1, QStringLiteral("数量")}}));
    auto variants = importHarvestCsv(*m_trace, utf8("Product Key,Lot Number,QTY,Harvest-Date\n"
                                                    "6937651000117,FJ-2,5,2025-12-01\n"));
    QVERIFY(variants.ok());
    QVERIFY2(variants->ok(), qPrintable(describe(variants.value())));
    // A file without rows, and an empty file, are errors of the file.
    QVERIFY(!importHarvestCsv(*m_trace, utf8("product,lot,quantity\r\n")).ok());
    QVERIFY(!importHarvestCsv(*m_trace, QByteArray()).ok());
    // An unclosed quote is reported at its row, and nothing is stored.
    auto open = importHarvestCsv(*m_trace, utf8("product,lot,quantity,note\n"
                                                "6937651000117,FJ-3,5,\"fine\"\n"
                                                "6937651000117,FJ-4,5,\"open\n"));
    QVERIFY(open.ok());
    QCOMPARE(where(open.value()), (QList<QPair<qint64, QString>>{{3, QStringLiteral("note")}}));
    QCOMPARE(records(), before + 1);
}

void TestCsvImport::duplicateLots()
{
    QVERIFY(
        importHarvestCsv(*m_trace, utf8("product,lot,quantity\n6937651000117,FJ-251205-SM,100\n"))->stored);
    const qint64 before = records();
    auto r = importHarvestCsv(*m_trace, utf8("product,lot,quantity\n"
                                             "6937651000117,FJ-251205-SM,100\n" // in the ledger
                                             "6937651000117,FJ-NEW,100\n"
                                             "06937651000117,FJ-NEW,50\n" // same batch as row 3
                                             "QCT-FL,FJ-NEW,50\n"));      // another product: fine
    QVERIFY(r.ok());
    QCOMPARE(where(r.value()),
             (QList<QPair<qint64, QString>>{{2, QStringLiteral("lot")}, {4, QStringLiteral("lot")}}));
    QVERIFY(r->errors.at(1).message.contains(QStringLiteral("row 3")));
    QCOMPARE(records(), before);

    // A batch whose harvest was declared wrong may be imported again (the correction).
    const QString id = QStringLiteral("https://id.gs1.org/01/06937651000117/10/FJ-251205-SM");
    const QString eventId = harvestEventOf(id).value(QStringLiteral("eventID")).toString();
    QVERIFY(m_trace->declareError(eventId, QStringLiteral("incorrect_data")).ok());
    auto corrected =
        importHarvestCsv(*m_trace, utf8("product,lot,quantity\n6937651000117,FJ-251205-SM,120\n"));
    QVERIFY(corrected.ok());
    QVERIFY2(corrected->ok(), qPrintable(describe(corrected.value())));
    QVERIFY(corrected->stored);
}

void TestCsvImport::dateAndTimeForms()
{
    HarvestCsvOptions dry;
    dry.dryRun = true;
    const QByteArray csv = utf8("product,lot,quantity,harvest_date,event_time\n"
                                "6937651000117,A1,1,2025-12-01,2025-12-01T08:00:00+08:00\n"
                                "6937651000117,A2,1,2025/12/1,2025/12/1 8:00\n"
                                "6937651000117,A3,1,2025.12.01,2025-12-01 08:00:30.5\n"
                                "6937651000117,A4,1,2025年12月1日,2025-12-01T00:00:00Z\n"
                                "6937651000117,A5,1,20251201,2025-12-01 10:00 +0900\n"
                                "6937651000117,A6,1,2025-02-30,\n"
                                "6937651000117,A7,1,12/01/2025,\n"
                                "6937651000117,A8,1,,2025-12-01 8:00 PM\n");
    auto r = importHarvestCsv(*m_trace, csv, dry);
    QVERIFY(r.ok());
    QCOMPARE(where(r.value()), (QList<QPair<qint64, QString>>{{7, QStringLiteral("harvest_date")},
                                                              {8, QStringLiteral("harvest_date")},
                                                              {9, QStringLiteral("event_time")}}));
}

void TestCsvImport::harvestManyIsAllOrNothing()
{
    const qint64 before = records();
    TraceService::Harvest a;
    a.batch = {QStringLiteral("06937651000117"), QStringLiteral("M-1"), 10, {}};
    a.locationKey = QStringLiteral("fj-plot-shima");
    TraceService::Harvest b = a;
    b.batch.lot = QStringLiteral("M-2");
    TraceService::Harvest bad = a;
    bad.batch.quantity = 0;
    QVERIFY(!m_trace->harvestMany({a, b, bad}).ok());
    QVERIFY(!m_trace->harvestMany({a, b, a}).ok()); // the same batch twice
    QCOMPARE(records(), before);
    auto event = m_trace->harvestEvent(a);
    QVERIFY(event.ok());
    QCOMPARE(event->value(QStringLiteral("eventTimeZoneOffset")).toString(), QStringLiteral("+08:00"));
    QVERIFY(event->value(QStringLiteral("eventID")).toString().startsWith(QLatin1String("urn:uuid:")));
    QCOMPARE(records(), before);
    auto ids = m_trace->harvestMany({a, b});
    QVERIFY(ids.ok());
    QCOMPARE(ids->size(), 2);
    QCOMPARE(records(), before + 2);
    QVERIFY(m_trace->batch(ids->last())->has_value());
    QVERIFY(m_trace->harvestMany({}).ok());
    // harvest() goes through harvestEvent too.
    QVERIFY(!m_trace->harvest(a).ok()); // exists now
}

void TestCsvImport::progressAndCancel()
{
    QByteArray csv = "product,lot,quantity,harvest_date\n";
    for (int i = 0; i < 450; ++i) {
        csv += "6937651000117,P-" + QByteArray::number(i) + ",10,2025-12-01\n";
    }
    const qint64 before = records();
    QList<qint64> seen;
    auto cancelled = importHarvestCsv(*m_trace, csv, {}, [&](qint64 done, qint64 total) {
        seen << done;
        return total == 450 && done < 200;
    });
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    QCOMPARE(seen, (QList<qint64>{0, 100, 200}));
    QCOMPARE(records(), before);
    qint64 last = -1;
    auto r = importHarvestCsv(*m_trace, csv, {}, [&](qint64 done, qint64) {
        last = done;
        return true;
    });
    QVERIFY(r.ok() && r->stored);
    QCOMPARE(last, 450);
    QCOMPARE(records(), before + 450);
}

void TestCsvImport::shippedTemplatesImportIntoDemo()
{
    // The demo ledger that `suyuan-cli demo` creates.
    cleanup();
    m_dir = std::make_unique<QTemporaryDir>();
    m_ledger = createProfile(m_dir->path());
    auto trace = TraceService::open(*m_ledger);
    QVERIFY(trace.ok());
    m_trace = std::move(trace.value());
    QVERIFY(fillDemoLedger(*m_trace, {}).ok());

    const QByteArray en = harvestCsvTemplate(false);
    const QByteArray zh = harvestCsvTemplate(true);
    QVERIFY(en.startsWith(kBom) && zh.startsWith(kBom));
    QVERIFY(en.contains("\r\n"));
    QVERIFY(QString::fromUtf8(zh).contains(QStringLiteral("采收日期")));
    QFile shipped(QStringLiteral(SUYUAN_TEMPLATES "/harvest-import.csv"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QCOMPARE(shipped.readAll(), en);

    HarvestCsvOptions dry;
    dry.dryRun = true;
    auto check = importHarvestCsv(*m_trace, en, dry);
    QVERIFY(check.ok());
    QVERIFY2(check->ok(), qPrintable(describe(check.value())));
    QCOMPARE(check->rows, 3);

    const qint64 before = records();
    auto r = importHarvestCsv(*m_trace, zh);
    QVERIFY(r.ok());
    QVERIFY2(r->ok(), qPrintable(describe(r.value())));
    QCOMPARE(r->batches.size(), 3);
    QCOMPARE(records(), before + 3);
    for (const QString& id : r->batches) {
        auto b = m_trace->batch(id);
        QVERIFY(b.ok() && b->has_value());
        QCOMPARE(b->value().status, QStringLiteral("active"));
    }
    // The same rows again (the English template): every lot is refused, nothing stored.
    auto again = importHarvestCsv(*m_trace, en);
    QVERIFY(again.ok());
    QCOMPARE(where(again.value()),
             (QList<QPair<qint64, QString>>{
                 {2, QStringLiteral("lot")}, {3, QStringLiteral("lot")}, {4, QStringLiteral("lot")}}));
    QCOMPARE(records(), before + 3);
}

void TestCsvImport::cli()
{
    const QString exe = qEnvironmentVariable("SUYUAN_CLI");
    if (exe.isEmpty()) {
        QSKIP("SUYUAN_CLI is not set");
    }
    const QString profile = m_dir->path();
    m_trace.reset();
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
    QTemporaryDir tmp;
    const QString templateFile = tmp.filePath(QStringLiteral("t.csv"));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("csv"), QStringLiteral("--template"), templateFile,
                  QStringLiteral("--zh")}),
             0);
    QFile written(templateFile);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), harvestCsvTemplate(true));
    // Never over an existing file.
    QCOMPARE(
        run({QStringLiteral("import"), QStringLiteral("csv"), QStringLiteral("--template"), templateFile}),
        1);
    QByteArray out;
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("csv"), QStringLiteral("--template"),
                  QStringLiteral("--encoding"), QStringLiteral("gb18030")},
                 &out),
             0);
    QCOMPARE(decodeText(out, TextEncoding::Gb18030)->text,
             QString::fromUtf8(harvestCsvTemplate(false).mid(3)));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("csv"), QStringLiteral("--encoding"),
                  QStringLiteral("latin1"), templateFile}),
             2);

    const QString bad = tmp.filePath(QStringLiteral("bad.csv"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("product,lot,quantity\n6937651000117,C-1,5\n6937651000117,C-2,lots\n");
    badFile.close();
    QByteArray err;
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("csv"), bad}, &out, &err), 1);
    QVERIFY2(err.contains("row 3, column quantity: "), err.constData());
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("csv"), bad, QStringLiteral("--json")}, &out), 1);
    QVERIFY(out.contains("\"row\": 3"));

    const QString good = tmp.filePath(QStringLiteral("good.gb18030.csv"));
    QFile goodFile(good);
    QVERIFY(goodFile.open(QIODevice::WriteOnly));
    goodFile.write(
        encodeGb18030(QStringLiteral("产品,批号,数量,品种\n6937651000117,C-1,5,纽荷尔\n")).value());
    goodFile.close();
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("csv"), good, QStringLiteral("--dry-run")}, &out),
             0);
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("csv"), good}, &out), 0);
    QVERIFY2(out.contains("https://id.gs1.org/01/06937651000117/10/C-1"), out.constData());
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("csv"), good}, &out, &err), 1);
    QVERIFY2(err.contains("row 2, column 批号: "), err.constData());
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "TestCsvImport.moc"
