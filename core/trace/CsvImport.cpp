#include "CsvImport.h"

#include "Gs1.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTimeZone>

#include <cerrno>
#include <cmath>
#include <cstdint>

#include <iconv.h>

namespace suyuan::trace {

namespace {

Error invalid(const QString& message)
{
    return Error(ErrorCode::InvalidArgument, message);
}

// Chongqing time: what a time without an offset means.
constexpr int kDefaultOffset = 8 * 3600;

// ---- encodings ----------------------------------------------------------------------------

// Offset of the first byte that does not start a valid UTF-8 sequence (overlong forms,
// surrogates and code points above U+10FFFF are invalid), or -1.
qsizetype firstInvalidUtf8(const QByteArray& bytes)
{
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = s[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            low = b == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
            high = b == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
        } else {
            return i;
        }
        if (i + length > n || s[i + 1] < low || s[i + 1] > high) {
            return i;
        }
        for (int k = 2; k < length; ++k) {
            if (s[i + k] < 0x80 || s[i + k] > 0xBF) {
                return i;
            }
        }
        i += length;
    }
    return -1;
}

// Offset of the first byte sequence that is not well formed GB18030 (one byte 00-7F; two bytes
// 81-FE + 40-7E/80-FE; four bytes 81-FE 30-39 81-FE 30-39), or -1.
qsizetype firstMalformedGb18030(const QByteArray& bytes)
{
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    const auto inRange = [](unsigned char b, unsigned char low, unsigned char high) {
        return b >= low && b <= high;
    };
    while (i < n) {
        const unsigned char b = s[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        if (!inRange(b, 0x81, 0xFE) || i + 1 >= n) {
            return i;
        }
        const unsigned char b2 = s[i + 1];
        if (inRange(b2, 0x40, 0x7E) || inRange(b2, 0x80, 0xFE)) {
            i += 2;
        } else if (inRange(b2, 0x30, 0x39) && i + 3 < n && inRange(s[i + 2], 0x81, 0xFE) &&
                   inRange(s[i + 3], 0x30, 0x39)) {
            i += 4;
        } else {
            return i;
        }
    }
    return -1;
}

qint64 lineOfOffset(const QByteArray& bytes, qsizetype offset)
{
    return bytes.left(offset).count('\n') + 1;
}

Error notInEncoding(const QByteArray& bytes, qsizetype offset, const QString& encoding)
{
    if (offset < 0) {
        return invalid(QCoreApplication::translate("suyuan", "The file is not valid %1.").arg(encoding));
    }
    return invalid(QCoreApplication::translate("suyuan", "The file is not valid %1: line %2, byte %3.")
                       .arg(encoding)
                       .arg(lineOfOffset(bytes, offset))
                       .arg(offset + 1));
}

iconv_t iconvFailed()
{
    return reinterpret_cast<iconv_t>(static_cast<std::intptr_t>(-1));
}

// Converts all of bytes with iconv; *badOffset is the input offset of an invalid or incomplete
// sequence when that is what stopped it.
std::optional<QByteArray> iconvConvert(const char* to, const char* from, const QByteArray& bytes,
                                       qsizetype* badOffset)
{
    *badOffset = -1;
    iconv_t cd = iconv_open(to, from);
    if (cd == iconvFailed()) {
        return std::nullopt;
    }
    QByteArray out(bytes.size() * 2 + 16, Qt::Uninitialized);
    char* in = const_cast<char*>(bytes.constData());
    size_t inLeft = static_cast<size_t>(bytes.size());
    size_t done = 0;
    bool ok = true;
    while (true) {
        char* outPtr = out.data() + done;
        size_t outLeft = static_cast<size_t>(out.size()) - done;
        const size_t rc = inLeft > 0 ? iconv(cd, &in, &inLeft, &outPtr, &outLeft)
                                     : iconv(cd, nullptr, nullptr, &outPtr, &outLeft);
        done = static_cast<size_t>(outPtr - out.data());
        if (rc != static_cast<size_t>(-1)) {
            if (inLeft == 0) {
                break;
            }
            continue;
        }
        if (errno == E2BIG) {
            out.resize(out.size() * 2);
            continue;
        }
        // EILSEQ (invalid) or EINVAL (incomplete at the end).
        *badOffset = static_cast<qsizetype>(in - bytes.constData());
        ok = false;
        break;
    }
    iconv_close(cd);
    if (!ok) {
        return QByteArray();
    }
    out.truncate(static_cast<qsizetype>(done));
    return out;
}

Error noGb18030()
{
    return Error(ErrorCode::Internal,
                 QCoreApplication::translate("suyuan", "This system cannot convert GB18030 text."));
}

QString withoutBom(QString text)
{
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    return text;
}

// ---- columns ------------------------------------------------------------------------------

enum Column
{
    ColProduct,
    ColLot,
    ColQuantity,
    ColUnit,
    ColLocation,
    ColHarvestDate,
    ColEventTime,
    ColVariety,
    ColCertifications,
    ColCountry,
    ColNote,
    ColumnCount
};

QString normaliseHeader(QString header)
{
    header = header.normalized(QString::NormalizationForm_KC).trimmed();
    while (header.endsWith(QLatin1Char('*'))) {
        header.chop(1);
    }
    header = header.toLower();
    header.remove(QLatin1Char(' '));
    header.remove(QLatin1Char('_'));
    header.remove(QLatin1Char('-'));
    return header;
}

bool hasChinese(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x3000) {
            return true;
        }
    }
    return false;
}

// ---- values -------------------------------------------------------------------------------

QString cell(const CsvRecord& record, int index)
{
    return index < 0 ? QString() : record.fields.value(index).trimmed();
}

std::optional<double> parseQuantity(const QString& input)
{
    QString text = input.normalized(QString::NormalizationForm_KC);
    text.remove(QLatin1Char(' '));
    static const QRegularExpression grouped(QStringLiteral("^[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?$"));
    if (grouped.match(text).hasMatch()) {
        text.remove(QLatin1Char(','));
    }
    static const QRegularExpression plain(QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$"));
    if (!plain.match(text).hasMatch()) {
        return std::nullopt;
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

// A UN/ECE Rec 20 code in any case, or one of the usual abbreviations and Chinese names.
QString normaliseUnit(const QString& input)
{
    const QString text = input.normalized(QString::NormalizationForm_KC).trimmed();
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("kg"), QStringLiteral("KGM")},   {QStringLiteral("公斤"), QStringLiteral("KGM")},
        {QStringLiteral("千克"), QStringLiteral("KGM")}, {QStringLiteral("g"), QStringLiteral("GRM")},
        {QStringLiteral("克"), QStringLiteral("GRM")},   {QStringLiteral("t"), QStringLiteral("TNE")},
        {QStringLiteral("吨"), QStringLiteral("TNE")},   {QStringLiteral("l"), QStringLiteral("LTR")},
        {QStringLiteral("升"), QStringLiteral("LTR")},
    };
    const auto alias = aliases.constFind(text.toLower());
    return alias != aliases.cend() ? alias.value() : text.toUpper();
}

// 2026-02-10, 2026/2/10, 2026.2.10, 2026年2月10日, 20260210.
const QString kDatePattern = QStringLiteral(
    "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?|(\\d{4})(\\d{2})(\\d{2})");

QDate dateFromMatch(const QRegularExpressionMatch& m)
{
    const int base = m.captured(1).isEmpty() ? 4 : 1;
    return QDate(m.captured(base).toInt(), m.captured(base + 1).toInt(), m.captured(base + 2).toInt());
}

QDate parseDate(const QString& input)
{
    static const QRegularExpression re(QStringLiteral("^(?:") + kDatePattern + QStringLiteral(")$"));
    const QRegularExpressionMatch m = re.match(input.normalized(QString::NormalizationForm_KC));
    return m.hasMatch() ? dateFromMatch(m) : QDate();
}

// A date with an optional time (T or a space between) and an optional offset (Z, +08:00,
// +0800); no offset means +08:00, no time means midnight.
QDateTime parseDateTime(const QString& input)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:") + kDatePattern +
        QStringLiteral(")(?:(?:T|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?"
                       "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?$"));
    const QRegularExpressionMatch m =
        re.match(input.normalized(QString::NormalizationForm_KC), 0, QRegularExpression::NormalMatch);
    if (!m.hasMatch()) {
        return {};
    }
    const QDate date = dateFromMatch(m);
    QTime time(0, 0);
    if (!m.captured(7).isEmpty()) {
        const int ms =
            m.captured(10).isEmpty() ? 0 : m.captured(10).leftJustified(3, QLatin1Char('0')).left(3).toInt();
        time = QTime(m.captured(7).toInt(), m.captured(8).toInt(), m.captured(9).toInt(), ms);
    }
    int offset = kDefaultOffset;
    const QString zone = m.captured(11);
    if (zone == QLatin1String("Z")) {
        offset = 0;
    } else if (!zone.isEmpty()) {
        const QString digits = zone.mid(1).remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() > 2 ? digits.mid(2).toInt() : 0;
        if (hours > 14 || minutes > 59) {
            return {};
        }
        offset = (hours * 3600 + minutes * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    if (!date.isValid() || !time.isValid()) {
        return {};
    }
    return QDateTime(date, time, QTimeZone(offset));
}

QStringList splitList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[;；]"));
    QStringList out;
    for (const QString& part : text.split(separators)) {
        if (!part.trimmed().isEmpty()) {
            out << part.trimmed();
        }
    }
    return out;
}

} // namespace

// ---- encodings ----------------------------------------------------------------------------

std::optional<TextEncoding> textEncodingFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("auto")) {
        return TextEncoding::Auto;
    }
    if (n == QLatin1String("utf-8") || n == QLatin1String("utf8")) {
        return TextEncoding::Utf8;
    }
    if (n == QLatin1String("gb18030") || n == QLatin1String("gbk") || n == QLatin1String("gb2312")) {
        return TextEncoding::Gb18030;
    }
    return std::nullopt;
}

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QStringLiteral("auto");
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Gb18030:
        return QStringLiteral("gb18030");
    }
    return {};
}

Result<QString> decodeGb18030WithIconv(const QByteArray& bytes)
{
    qsizetype bad = -1;
    const std::optional<QByteArray> utf8 = iconvConvert("UTF-8", "GB18030", bytes, &bad);
    if (!utf8) {
        return noGb18030();
    }
    if (bad >= 0) {
        return notInEncoding(bytes, bad, QStringLiteral("GB18030"));
    }
    return withoutBom(QString::fromUtf8(*utf8));
}

Result<QString> decodeGb18030(const QByteArray& bytes)
{
    QStringDecoder decoder("GB18030", QStringDecoder::Flag::Stateless);
    if (!decoder.isValid()) {
        return decodeGb18030WithIconv(bytes); // Qt built without ICU
    }
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return notInEncoding(bytes, firstMalformedGb18030(bytes), QStringLiteral("GB18030"));
    }
    return withoutBom(text);
}

Result<QByteArray> encodeGb18030(const QString& text)
{
    QStringEncoder encoder("GB18030", QStringEncoder::Flag::Stateless);
    if (encoder.isValid()) {
        QByteArray bytes = encoder.encode(text);
        if (!encoder.hasError()) {
            return bytes;
        }
    }
    qsizetype bad = -1;
    const std::optional<QByteArray> bytes = iconvConvert("GB18030", "UTF-8", text.toUtf8(), &bad);
    if (!bytes || bad >= 0) {
        return noGb18030();
    }
    return *bytes;
}

Result<DecodedText> decodeText(const QByteArray& bytes, TextEncoding encoding)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        return invalid(QCoreApplication::translate(
            "suyuan",
            "The file is in UTF-16, which cannot be imported: save it as CSV in UTF-8 (or GB18030)."));
    }
    const qsizetype badUtf8 = encoding == TextEncoding::Gb18030 ? -1 : firstInvalidUtf8(bytes);
    if (encoding == TextEncoding::Utf8 || (encoding == TextEncoding::Auto && badUtf8 < 0)) {
        if (badUtf8 >= 0) {
            return notInEncoding(bytes, badUtf8, QStringLiteral("UTF-8"));
        }
        return DecodedText{withoutBom(QString::fromUtf8(bytes)), TextEncoding::Utf8};
    }
    auto text = decodeGb18030(bytes);
    if (!text) {
        if (encoding == TextEncoding::Auto && text.error().code == ErrorCode::InvalidArgument) {
            return invalid(QCoreApplication::translate(
                               "suyuan",
                               "The file is neither UTF-8 (line %1, byte %2) nor GB18030 (%3). Save "
                               "it as CSV in UTF-8 and try again.")
                               .arg(lineOfOffset(bytes, badUtf8))
                               .arg(badUtf8 + 1)
                               .arg(text.error().message));
        }
        return text.error();
    }
    return DecodedText{text.value(), TextEncoding::Gb18030};
}

// ---- RFC 4180 -----------------------------------------------------------------------------

CsvTable parseCsv(const QString& text)
{
    CsvTable table;
    const qsizetype n = text.size();
    qsizetype i = 0;
    qint64 line = 1;
    qint64 row = 0;
    const auto isBreak = [](QChar c) { return c == QLatin1Char('\r') || c == QLatin1Char('\n'); };
    const auto fail = [&](const CsvRecord& record, qint64 atLine, const QString& message) {
        CsvRowError error;
        error.row = record.row;
        error.line = atLine;
        if (record.row > 1 && !table.records.isEmpty()) {
            error.column = table.records.first().fields.value(record.fields.size()).trimmed();
        }
        error.message = message;
        table.error = error;
    };
    while (i < n) {
        CsvRecord record;
        record.row = ++row;
        record.line = line;
        bool endOfRecord = false;
        while (!endOfRecord) {
            QString field;
            if (i < n && text.at(i) == QLatin1Char('"')) {
                const qint64 startLine = line;
                ++i;
                bool closed = false;
                while (i < n) {
                    const QChar c = text.at(i);
                    if (c == QLatin1Char('"')) {
                        if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                            field += c;
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == QLatin1Char('\r')) {
                        // A line break inside a field is kept as LF whatever the file used.
                        if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
                            ++i;
                        }
                        field += QLatin1Char('\n');
                        ++line;
                    } else {
                        if (c == QLatin1Char('\n')) {
                            ++line;
                        }
                        field += c;
                    }
                    ++i;
                }
                if (!closed) {
                    fail(record, startLine,
                         QCoreApplication::translate("suyuan", "The quoted field that starts on line %1 is "
                                                               "never closed (a \" is missing).")
                             .arg(startLine));
                    return table;
                }
                if (i < n && text.at(i) != QLatin1Char(',') && !isBreak(text.at(i))) {
                    fail(record, line,
                         QCoreApplication::translate("suyuan",
                                                     "Text follows the closing quote of a quoted field; a "
                                                     "quote inside a quoted field must be doubled (\"\")."));
                    return table;
                }
            } else {
                const qsizetype start = i;
                while (i < n && text.at(i) != QLatin1Char(',') && !isBreak(text.at(i))) {
                    ++i;
                }
                field = text.mid(start, i - start);
            }
            record.fields << field;
            if (i >= n) {
                endOfRecord = true;
            } else if (text.at(i) == QLatin1Char(',')) {
                ++i;
            } else {
                i += text.at(i) == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n') ? 2
                                                                                                         : 1;
                ++line;
                endOfRecord = true;
            }
        }
        table.records << record;
    }
    return table;
}

// ---- harvest import -----------------------------------------------------------------------

const QList<HarvestCsvColumn>& harvestCsvColumns()
{
    // In the order of enum Column.
    static const QList<HarvestCsvColumn> columns = {
        {QStringLiteral("product"),
         QStringLiteral("产品"),
         {QStringLiteral("product_key"), QStringLiteral("gtin"), QStringLiteral("产品编码"),
          QStringLiteral("产品代码"), QStringLiteral("商品条码")},
         true},
        {QStringLiteral("lot"),
         QStringLiteral("批号"),
         {QStringLiteral("lot_number"), QStringLiteral("batch"), QStringLiteral("batch_number"),
          QStringLiteral("批次号"), QStringLiteral("批次")},
         true},
        {QStringLiteral("quantity"), QStringLiteral("数量"), {QStringLiteral("qty")}, true},
        {QStringLiteral("unit"),
         QStringLiteral("单位"),
         {QStringLiteral("uom"), QStringLiteral("计量单位")},
         false},
        {QStringLiteral("location"),
         QStringLiteral("地点"),
         {QStringLiteral("plot"), QStringLiteral("地块"), QStringLiteral("产地")},
         false},
        {QStringLiteral("harvest_date"),
         QStringLiteral("采收日期"),
         {QStringLiteral("收获日期"), QStringLiteral("采摘日期")},
         false},
        {QStringLiteral("event_time"),
         QStringLiteral("采收时间"),
         {QStringLiteral("time"), QStringLiteral("记录时间"), QStringLiteral("事件时间")},
         false},
        {QStringLiteral("variety"), QStringLiteral("品种"), {}, false},
        {QStringLiteral("certifications"),
         QStringLiteral("认证"),
         {QStringLiteral("certification"), QStringLiteral("认证信息")},
         false},
        {QStringLiteral("country_of_origin"),
         QStringLiteral("原产国"),
         {QStringLiteral("country"), QStringLiteral("origin")},
         false},
        {QStringLiteral("note"),
         QStringLiteral("备注"),
         {QStringLiteral("notes"), QStringLiteral("remark"), QStringLiteral("remarks"),
          QStringLiteral("说明")},
         false},
    };
    return columns;
}

namespace {

// The import of one file: header, rows, report.
class HarvestImport
{
public:
    HarvestImport(TraceService& trace, HarvestCsvReport& report) : m_trace(trace), m_report(report) {}

    // Maps the header's columns; false when a required column is missing (rows cannot be read).
    bool readHeader(const CsvRecord& header)
    {
        m_header = header.fields;
        m_index.fill(-1, ColumnCount);
        QHash<QString, int> byName;
        const QList<HarvestCsvColumn>& columns = harvestCsvColumns();
        for (int c = 0; c < columns.size(); ++c) {
            byName.insert(normaliseHeader(columns[c].key), c);
            byName.insert(normaliseHeader(columns[c].chinese), c);
            for (const QString& alias : columns[c].aliases) {
                byName.insert(normaliseHeader(alias), c);
            }
        }
        int chinese = 0;
        int english = 0;
        for (int i = 0; i < m_header.size(); ++i) {
            const QString name = m_header[i].trimmed();
            if (name.isEmpty()) {
                continue; // allowed while the column is empty (a spreadsheet's trailing column)
            }
            const auto found = byName.constFind(normaliseHeader(name));
            if (found == byName.cend()) {
                QStringList names;
                for (const HarvestCsvColumn& column : columns) {
                    names << column.key + QStringLiteral(" / ") + column.chinese;
                }
                addError(header, name,
                         QCoreApplication::translate("suyuan", "Unknown column. The columns are: %1.")
                             .arg(names.join(QStringLiteral(", "))));
                continue;
            }
            if (m_index[found.value()] >= 0) {
                addError(header, name,
                         QCoreApplication::translate("suyuan", "This column appears twice (also column %1).")
                             .arg(m_index[found.value()] + 1));
                continue;
            }
            m_index[found.value()] = i;
            (hasChinese(name) ? chinese : english) += 1;
        }
        m_chinese = chinese > english;
        bool complete = true;
        for (int c = 0; c < columns.size(); ++c) {
            if (columns[c].required && m_index[c] < 0) {
                addError(header, m_chinese ? columns[c].chinese : columns[c].key,
                         QCoreApplication::translate("suyuan", "This required column is missing."));
                complete = false;
            }
        }
        return complete;
    }

    Status loadMasterData()
    {
        auto products = m_trace.products();
        if (!products) {
            return products.error();
        }
        for (const Product& p : products.value()) {
            m_products.insert(p.key, p);
            if (!p.code.isEmpty()) {
                m_productCodes.insert(p.code, p.key);
            }
        }
        auto locations = m_trace.locations();
        if (!locations) {
            return locations.error();
        }
        for (const Location& l : locations.value()) {
            m_locations.insert(l.key, l.key);
            if (!l.gln.isEmpty()) {
                m_locations.insert(l.gln, l.key);
            }
        }
        return {};
    }

    // Checks one data row; a valid one is added to harvests().
    Status readRow(const CsvRecord& record)
    {
        bool blank = true;
        for (const QString& f : record.fields) {
            blank = blank && f.trimmed().isEmpty();
        }
        if (blank) {
            return {};
        }
        ++m_report.rows;
        const qsizetype errorsBefore = m_report.errors.size();
        for (qsizetype i = 0; i < record.fields.size(); ++i) {
            if (record.fields[i].trimmed().isEmpty() ||
                (i < m_header.size() && !m_header[i].trimmed().isEmpty())) {
                continue;
            }
            addError(record, QString(),
                     i < m_header.size()
                         ? QCoreApplication::translate(
                               "suyuan",
                               "Column %1 has no name in the header row, but this row has a value in it.")
                               .arg(i + 1)
                         : QCoreApplication::translate("suyuan", "This row has %1 fields; the header has %2.")
                               .arg(record.fields.size())
                               .arg(m_header.size()));
            break;
        }

        TraceService::Harvest h;
        const std::optional<Product> product = readProduct(record);
        h.batch.productKey = product ? product->key : QString();
        h.batch.lot = value(record, ColLot);
        if (h.batch.lot.isEmpty()) {
            required(record, ColLot);
        } else if (auto lotOk = gs1::checkLot(h.batch.lot); !lotOk) {
            addError(record, ColLot, lotOk.error().message);
            h.batch.lot.clear();
        }
        readQuantity(record, &h.batch.quantity);
        h.batch.unit = readUnit(record);
        h.locationKey = readLocation(record);
        const QDateTime eventTime = readEventTime(record);
        h.eventTime = eventTime;
        h.ilmd = readIlmd(record, eventTime);

        QString id;
        if (product && !h.batch.lot.isEmpty()) {
            id = m_trace.batchIdFor(*product, h.batch.lot);
            if (const auto other = m_rowOfBatch.constFind(id); other != m_rowOfBatch.cend()) {
                addError(record, ColLot,
                         QCoreApplication::translate("suyuan",
                                                     "Batch %1 of %2 appears twice in the file (also "
                                                     "row %3).")
                             .arg(h.batch.lot, product->key)
                             .arg(other.value()));
            } else {
                m_rowOfBatch.insert(id, record.row);
                auto existing = m_trace.batch(id);
                if (!existing) {
                    return existing.error();
                }
                // As TraceService::harvestEvent: a batch whose every event was declared wrong
                // (withdrawn) may be recorded again.
                if (existing->has_value() && existing->value().status != QLatin1String("withdrawn")) {
                    addError(
                        record, ColLot,
                        QCoreApplication::translate("suyuan", "Batch %1 of %2 exists already in the ledger.")
                            .arg(h.batch.lot, product->key));
                }
            }
        }
        if (m_report.errors.size() > errorsBefore) {
            return {};
        }
        // What TraceService checks besides (the EPCIS 2.0 rules, say), attributed to the row.
        auto event = m_trace.harvestEvent(h);
        if (!event) {
            if (event.error().code != ErrorCode::InvalidArgument) {
                return event.error();
            }
            addError(record, QString(), event.error().message);
            return {};
        }
        m_harvests.append(h);
        m_report.batches << id;
        m_report.lots << h.batch.lot;
        return {};
    }

    const QList<TraceService::Harvest>& harvests() const { return m_harvests; }

private:
    QString columnName(int column) const
    {
        const QString written = m_index[column] >= 0 ? m_header.value(m_index[column]).trimmed() : QString();
        if (!written.isEmpty()) {
            return written;
        }
        const HarvestCsvColumn& c = harvestCsvColumns()[column];
        return m_chinese ? c.chinese : c.key;
    }

    void addError(const CsvRecord& record, const QString& column, const QString& message)
    {
        m_report.errors.append({record.row, record.line, column, message});
    }

    void addError(const CsvRecord& record, int column, const QString& message)
    {
        addError(record, columnName(column), message);
    }

    void required(const CsvRecord& record, int column)
    {
        addError(record, column, QCoreApplication::translate("suyuan", "A value is required."));
    }

    QString value(const CsvRecord& record, int column) const { return cell(record, m_index[column]); }

    std::optional<Product> readProduct(const CsvRecord& record)
    {
        const QString text = value(record, ColProduct);
        if (text.isEmpty()) {
            required(record, ColProduct);
            return std::nullopt;
        }
        if (const auto it = m_products.constFind(text); it != m_products.cend()) {
            return it.value();
        }
        QString key;
        if (text.startsWith(QLatin1String("code:"))) {
            key = text;
        } else if (const auto code = m_productCodes.constFind(text); code != m_productCodes.cend()) {
            key = code.value();
        } else {
            QString digits = text.normalized(QString::NormalizationForm_KC);
            digits.remove(QLatin1Char(' '));
            static const QRegularExpression allDigits(QStringLiteral("^\\d+$"));
            if (allDigits.match(digits).hasMatch()) {
                auto gtin = gs1::normaliseGtin(digits);
                if (!gtin) {
                    addError(record, ColProduct, gtin.error().message);
                    return std::nullopt;
                }
                key = gtin.value();
            }
        }
        if (const auto it = m_products.constFind(key); !key.isEmpty() && it != m_products.cend()) {
            return it.value();
        }
        addError(record, ColProduct,
                 QCoreApplication::translate("suyuan", "There is no product \"%1\" (give its key, GTIN or "
                                                       "local product code; add the product first).")
                     .arg(text));
        return std::nullopt;
    }

    void readQuantity(const CsvRecord& record, double* quantity)
    {
        const QString text = value(record, ColQuantity);
        if (text.isEmpty()) {
            required(record, ColQuantity);
            return;
        }
        const std::optional<double> q = parseQuantity(text);
        if (!q) {
            addError(record, ColQuantity,
                     QCoreApplication::translate("suyuan", "\"%1\" is not a number (write it like 18500 or "
                                                           "18500.5; the unit goes in its own column).")
                         .arg(text));
        } else if (!(*q > 0)) {
            addError(record, ColQuantity,
                     QCoreApplication::translate("suyuan", "The quantity must be more than zero, not %1.")
                         .arg(text));
        } else {
            *quantity = *q;
        }
    }

    QString readUnit(const CsvRecord& record)
    {
        const QString text = value(record, ColUnit);
        if (text.isEmpty()) {
            return {}; // the product's unit
        }
        const QString unit = normaliseUnit(text);
        if (!gs1::isKnownUnit(unit)) {
            addError(
                record, ColUnit,
                QCoreApplication::translate(
                    "suyuan", "\"%1\" is not a known unit (UN/ECE Rec 20 codes such as KGM, TNE, LTR, H87).")
                    .arg(text));
            return {};
        }
        return unit;
    }

    QString readLocation(const CsvRecord& record)
    {
        const QString text = value(record, ColLocation);
        if (text.isEmpty()) {
            return {};
        }
        if (const auto it = m_locations.constFind(text); it != m_locations.cend()) {
            return it.value();
        }
        addError(record, ColLocation,
                 QCoreApplication::translate("suyuan", "There is no location \"%1\" (give its key; add the "
                                                       "location first).")
                     .arg(text));
        return {};
    }

    QDateTime readEventTime(const CsvRecord& record)
    {
        const QString text = value(record, ColEventTime);
        QDateTime when;
        if (!text.isEmpty()) {
            when = parseDateTime(text);
            if (!when.isValid()) {
                addError(record, ColEventTime,
                         QCoreApplication::translate("suyuan",
                                                     "\"%1\" is not a time; write it like "
                                                     "2026-02-10 08:30 or 2026-02-10T08:30:00+08:00.")
                             .arg(text));
                return {};
            }
        } else if (const QDate day = parseDate(value(record, ColHarvestDate)); day.isValid()) {
            when = QDateTime(day, QTime(0, 0), QTimeZone(kDefaultOffset));
        } else {
            return {}; // now
        }
        if (when.toMSecsSinceEpoch() > m_trace.ledger().now() + kFutureSlackMs) {
            if (text.isEmpty()) {
                addError(record, ColHarvestDate,
                         QCoreApplication::translate("suyuan", "The harvest date %1 is in the future.")
                             .arg(value(record, ColHarvestDate)));
            } else {
                addError(record, ColEventTime,
                         QCoreApplication::translate("suyuan", "The time %1 is in the future.").arg(text));
            }
            return {};
        }
        return when;
    }

    QJsonObject readIlmd(const CsvRecord& record, const QDateTime& eventTime)
    {
        QJsonObject ilmd;
        const QString dateText = value(record, ColHarvestDate);
        QDate date;
        if (!dateText.isEmpty()) {
            date = parseDate(dateText);
            if (!date.isValid()) {
                addError(
                    record, ColHarvestDate,
                    QCoreApplication::translate("suyuan", "\"%1\" is not a date; write it like 2026-02-10.")
                        .arg(dateText));
            } else if (eventTime.isValid() && date > eventTime.date()) {
                addError(record, ColHarvestDate,
                         QCoreApplication::translate("suyuan", "The harvest date %1 is after the time of the "
                                                               "record (%2).")
                             .arg(date.toString(Qt::ISODate), eventTime.toString(Qt::ISODate)));
            }
        } else {
            const QDateTime when =
                eventTime.isValid()
                    ? eventTime
                    : QDateTime::fromMSecsSinceEpoch(m_trace.ledger().now(), QTimeZone(kDefaultOffset));
            date = when.date();
        }
        if (date.isValid()) {
            ilmd.insert(QStringLiteral("cbvmda:harvestStartDate"), date.toString(Qt::ISODate));
        }
        const QString country = value(record, ColCountry).toUpper();
        if (!country.isEmpty()) {
            static const QRegularExpression twoLetters(QStringLiteral("^[A-Z]{2}$"));
            if (!twoLetters.match(country).hasMatch()) {
                addError(record, ColCountry,
                         QCoreApplication::translate("suyuan", "\"%1\" is not a two-letter country code (ISO "
                                                               "3166-1, such as CN).")
                             .arg(value(record, ColCountry)));
            }
            ilmd.insert(QStringLiteral("cbvmda:countryOfOrigin"), country);
        }
        if (const QString variety = value(record, ColVariety); !variety.isEmpty()) {
            ilmd.insert(QStringLiteral("suyuan:variety"), variety);
        }
        if (const QStringList certifications = splitList(value(record, ColCertifications));
            !certifications.isEmpty()) {
            ilmd.insert(QStringLiteral("suyuan:certifications"), QJsonArray::fromStringList(certifications));
        }
        if (const QString note = value(record, ColNote); !note.isEmpty()) {
            ilmd.insert(QStringLiteral("suyuan:note"), note);
        }
        return ilmd;
    }

    // Clocks differ; a time up to a day ahead is taken as it is.
    static constexpr qint64 kFutureSlackMs = 24 * 3600 * 1000;

    TraceService& m_trace;
    HarvestCsvReport& m_report;
    QStringList m_header;
    QList<int> m_index; // Column → field index, -1 when absent
    bool m_chinese = false;
    QHash<QString, Product> m_products;     // by key
    QHash<QString, QString> m_productCodes; // local code → key
    QHash<QString, QString> m_locations;    // key or GLN → key
    QHash<QString, qint64> m_rowOfBatch;    // batch id → row
    QList<TraceService::Harvest> m_harvests;
};

} // namespace

Result<HarvestCsvReport> importHarvestCsv(TraceService& trace, const QByteArray& bytes,
                                          const HarvestCsvOptions& options, const ProgressFn& progress)
{
    auto decoded = decodeText(bytes, options.encoding);
    if (!decoded) {
        return decoded.error();
    }
    HarvestCsvReport report;
    report.encoding = decoded->encoding;
    const CsvTable table = parseCsv(decoded->text);
    if (table.records.isEmpty() && !table.error) {
        return invalid(QCoreApplication::translate("suyuan", "The file is empty."));
    }
    HarvestImport import(trace, report);
    const bool headerOk = table.records.isEmpty() || import.readHeader(table.records.first());
    if (auto st = import.loadMasterData(); !st) {
        return st.error();
    }
    const qint64 total = table.records.size() - 1;
    if (headerOk) {
        for (qint64 i = 1; i < table.records.size(); ++i) {
            if (progress && i % 100 == 1 && !progress(i - 1, total)) {
                return Error(
                    ErrorCode::Cancelled,
                    QCoreApplication::translate("suyuan", "The import was cancelled; nothing was stored."));
            }
            if (auto st = import.readRow(table.records[i]); !st) {
                return st.error();
            }
        }
    }
    if (table.error) {
        report.errors.append(*table.error);
    }
    if (headerOk && !table.error && report.rows == 0 && report.errors.isEmpty()) {
        return invalid(QCoreApplication::translate("suyuan", "The file has a header but no rows to import."));
    }
    if (progress && !progress(total, total)) {
        return Error(ErrorCode::Cancelled,
                     QCoreApplication::translate("suyuan", "The import was cancelled; nothing was stored."));
    }
    if (!report.ok() || options.dryRun) {
        return report;
    }
    auto ids = trace.harvestMany(import.harvests());
    if (!ids) {
        return ids.error();
    }
    report.batches = ids.value();
    report.stored = true;
    return report;
}

Result<HarvestCsvReport> importHarvestCsvFile(TraceService& trace, const QString& path,
                                              const HarvestCsvOptions& options, const ProgressFn& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(
            ErrorCode::Io,
            QCoreApplication::translate("suyuan", "Cannot read %1: %2").arg(path, file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return Error(
            ErrorCode::Io,
            QCoreApplication::translate("suyuan", "Cannot read %1: %2").arg(path, file.errorString()));
    }
    return importHarvestCsv(trace, bytes, options, progress);
}

QByteArray harvestCsvTemplate(bool chineseHeaders)
{
    QFile file(chineseHeaders ? QStringLiteral(":/templates/harvest-import-zh.csv")
                              : QStringLiteral(":/templates/harvest-import.csv"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace suyuan::trace
