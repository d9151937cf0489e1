#include "Gs1.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QUrl>

#include <optional>

namespace suyuan::gs1 {

namespace {

Error invalid(const QString& message)
{
    return Error(ErrorCode::InvalidArgument, message);
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool allAsciiDigits(QStringView text)
{
    if (text.isEmpty()) {
        return false;
    }
    for (QChar c : text) {
        if (!isAsciiDigit(c)) {
            return false;
        }
    }
    return true;
}

bool isGtinLength(qsizetype n)
{
    return n == 8 || n == 12 || n == 13 || n == 14;
}

bool hasValidCheckDigit(const QString& digits)
{
    return digits.size() >= 2 && allAsciiDigits(digits) &&
           gs1CheckDigit(digits.left(digits.size() - 1)) == digits.back();
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

// Unlike QUrl::fromPercentEncoding this refuses a stray "%" or bytes that are not UTF-8, so a
// damaged label is reported instead of silently becoming a different identifier.

Error badPercentEncoding(const QString& text)
{
    return invalid(
        QCoreApplication::translate("suyuan", "\"%1\" is not correctly percent-encoded.").arg(text));
}

QString stripTrailingSlashes(QString base)
{
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    return base;
}

bool startsWithHttpScheme(const QString& text, qsizetype* hostStart)
{
    for (const QLatin1String scheme : {QLatin1String("https://"), QLatin1String("http://")}) {
        if (text.startsWith(scheme, Qt::CaseInsensitive)) {
            *hostStart = scheme.size();
            return true;
        }
    }
    return false;
}

// RFC 3986 allows ":" and "/" in a query unencoded; the Digital Link standard writes its
// examples that way (linkType=gs1:pip), so keep them readable. "&", "=", "+", "#" are encoded.
QString encodeQueryPart(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, QByteArrayLiteral(":/")));
}

// TDS escapes only the CSET 82 characters that have a meaning in a URN; the rest stays literal.
QString epcEscape(const QString& value)
{
    static const QString reserved = QStringLiteral("\"%&/<>?");
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        if (reserved.contains(c)) {
            out += QStringLiteral("%%1").arg(c.unicode(), 2, 16, QLatin1Char('0')).toUpper();
        } else {
            out += c;
        }
    }
    return out;
}

enum class EpcKind
{
    Lgtin,
    Sgtin
};

Result<QString> epcUrnToGtin14(const QString& urn, EpcKind kind, QString* lastPart)
{
    const QLatin1String prefix =
        kind == EpcKind::Lgtin ? QLatin1String("urn:epc:class:lgtin:") : QLatin1String("urn:epc:id:sgtin:");
    const QString text = urn.trimmed();
    if (!text.startsWith(prefix, Qt::CaseInsensitive)) {
        return invalid(
            QCoreApplication::translate("suyuan", "\"%1\" does not start with %2.").arg(text, prefix));
    }
    const QString body = text.mid(prefix.size());
    const qsizetype firstDot = body.indexOf(QLatin1Char('.'));
    const qsizetype secondDot = firstDot < 0 ? -1 : body.indexOf(QLatin1Char('.'), firstDot + 1);
    if (secondDot < 0) {
        return invalid(
            kind == EpcKind::Lgtin
                ? QCoreApplication::translate("suyuan", "\"%1\" must have three parts separated by dots: "
                                                        "company prefix, indicator digit with item "
                                                        "reference, and lot.")
                      .arg(text)
                : QCoreApplication::translate("suyuan", "\"%1\" must have three parts separated by dots: "
                                                        "company prefix, indicator digit with item "
                                                        "reference, and serial.")
                      .arg(text));
    }
    const QString companyPrefix = body.left(firstDot);
    const QString itemReference = body.mid(firstDot + 1, secondDot - firstDot - 1);
    if (!allAsciiDigits(companyPrefix) || !allAsciiDigits(itemReference)) {
        return invalid(QCoreApplication::translate(
                           "suyuan", "The company prefix and item reference in \"%1\" must be digits.")
                           .arg(text));
    }
    if (companyPrefix.size() < 6 || companyPrefix.size() > 12 ||
        companyPrefix.size() + itemReference.size() != 13) {
        return invalid(QCoreApplication::translate("suyuan",
                                                   "In \"%1\" the company prefix must have 6 to 12 digits "
                                                   "and, with the indicator digit and item reference, "
                                                   "13 digits in all.")
                           .arg(text));
    }
    // The indicator digit leads the item reference in the URN but the GTIN-14.
    const QString withoutCheck = itemReference.left(1) + companyPrefix + itemReference.mid(1);
    const QString gtin14 = withoutCheck + gs1CheckDigit(withoutCheck);

    const std::optional<QString> decoded = percentDecode(QStringView(body).mid(secondDot + 1));
    if (!decoded) {
        return badPercentEncoding(body.mid(secondDot + 1));
    }
    const Status valueOk = kind == EpcKind::Lgtin ? checkLot(*decoded) : checkSerial(*decoded);
    if (!valueOk) {
        return valueOk.error();
    }
    if (lastPart) {
        *lastPart = *decoded;
    }
    return gtin14;
}

Result<QString> gtin14ToEpcUrn(const QString& gtin, int companyPrefixLength, const QString& value,
                               EpcKind kind)
{
    const Result<QString> gtin14 = normaliseGtin(gtin);
    if (!gtin14) {
        return gtin14.error();
    }
    if (companyPrefixLength < 6 || companyPrefixLength > 12) {
        return invalid(
            QCoreApplication::translate("suyuan", "A GS1 company prefix has 6 to 12 digits, not %1.")
                .arg(companyPrefixLength));
    }
    const Status valueOk = kind == EpcKind::Lgtin ? checkLot(value) : checkSerial(value);
    if (!valueOk) {
        return valueOk.error();
    }
    const QString& g = gtin14.value();
    const QString prefix =
        kind == EpcKind::Lgtin ? QStringLiteral("urn:epc:class:lgtin:") : QStringLiteral("urn:epc:id:sgtin:");
    return prefix + g.mid(1, companyPrefixLength) + QLatin1Char('.') + g.left(1) +
           g.mid(1 + companyPrefixLength, 12 - companyPrefixLength) + QLatin1Char('.') + epcEscape(value);
}

Status checkCset82Value(const QString& value, bool isLot)
{
    const int maxLength = isLot ? maxLotLength : maxSerialLength;
    if (value.isEmpty()) {
        return invalid(isLot ? QCoreApplication::translate("suyuan", "The batch/lot number is empty.")
                             : QCoreApplication::translate("suyuan", "The serial number is empty."));
    }
    if (value.size() > maxLength) {
        return invalid(
            (isLot ? QCoreApplication::translate(
                         "suyuan", "The batch/lot number \"%1\" has %2 characters; at most %3 are allowed.")
                   : QCoreApplication::translate(
                         "suyuan", "The serial number \"%1\" has %2 characters; at most %3 are allowed."))
                .arg(value, QString::number(value.size()), QString::number(maxLength)));
    }
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (isCset82(value.at(i))) {
            continue;
        }
        // Report a whole character, not half of a surrogate pair.
        const qsizetype length = value.at(i).isHighSurrogate() && i + 1 < value.size() ? 2 : 1;
        const QString character = value.mid(i, length);
        return invalid((isLot
                            ? QCoreApplication::translate(
                                  "suyuan", "The batch/lot number \"%1\" contains \"%2\", which GS1 does not "
                                            "allow: only A-Z, a-z, 0-9 and ! \" % & ' ( ) * + , - . / : ; "
                                            "< = > ? _ may be used (no spaces, no Chinese characters).")
                            : QCoreApplication::translate(
                                  "suyuan", "The serial number \"%1\" contains \"%2\", which GS1 does not "
                                            "allow: only A-Z, a-z, 0-9 and ! \" % & ' ( ) * + , - . / : ; "
                                            "< = > ? _ may be used (no spaces, no Chinese characters)."))
                           .arg(value, character));
    }
    return {};
}

struct UnitEntry
{
    const char* code;
    const char* name;
};

// Rec 20 codes, and Rec 21 package types written as Rec 20 codes with the X prefix.
constexpr UnitEntry unitTable[] = {
    {"KGM", QT_TRANSLATE_NOOP("suyuan", "kilogram")},
    {"GRM", QT_TRANSLATE_NOOP("suyuan", "gram")},
    {"TNE", QT_TRANSLATE_NOOP("suyuan", "tonne")},
    {"LTR", QT_TRANSLATE_NOOP("suyuan", "litre")},
    {"MLT", QT_TRANSLATE_NOOP("suyuan", "millilitre")},
    {"H87", QT_TRANSLATE_NOOP("suyuan", "piece")},
    {"C62", QT_TRANSLATE_NOOP("suyuan", "unit")},
    {"XBX", QT_TRANSLATE_NOOP("suyuan", "box")},
    {"XCT", QT_TRANSLATE_NOOP("suyuan", "carton")},
    {"XBG", QT_TRANSLATE_NOOP("suyuan", "bag")},
    {"XSA", QT_TRANSLATE_NOOP("suyuan", "sack")},
    {"XCR", QT_TRANSLATE_NOOP("suyuan", "crate")},
    {"XPX", QT_TRANSLATE_NOOP("suyuan", "pallet")},
    {"MTR", QT_TRANSLATE_NOOP("suyuan", "metre")},
    {"MTK", QT_TRANSLATE_NOOP("suyuan", "square metre")},
    {"MTQ", QT_TRANSLATE_NOOP("suyuan", "cubic metre")},
    {"CEL", QT_TRANSLATE_NOOP("suyuan", "degree Celsius")},
    {"P1", QT_TRANSLATE_NOOP("suyuan", "percent")},
};

const UnitEntry* findUnit(const QString& code)
{
    for (const UnitEntry& entry : unitTable) {
        if (code == QLatin1String(entry.code)) {
            return &entry;
        }
    }
    return nullptr;
}

} // namespace

std::optional<QString> percentDecode(QStringView text)
{
    const QByteArray in = text.toUtf8();
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) != '%') {
            out += in.at(i);
            continue;
        }
        if (i + 2 >= in.size()) {
            return std::nullopt;
        }
        const int high = hexValue(in.at(i + 1));
        const int low = hexValue(in.at(i + 2));
        if (high < 0 || low < 0) {
            return std::nullopt;
        }
        out += static_cast<char>(high * 16 + low);
        i += 2;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder.decode(out);
    if (decoder.hasError()) {
        return std::nullopt;
    }
    return decoded;
}

// ---- check digits -------------------------------------------------------------------------

QChar gs1CheckDigit(const QString& digitsWithoutCheck)
{
    if (!allAsciiDigits(digitsWithoutCheck)) {
        return {};
    }
    int sum = 0;
    int weight = 3; // the digit next to the check digit has weight 3
    for (qsizetype i = digitsWithoutCheck.size() - 1; i >= 0; --i) {
        sum += (digitsWithoutCheck.at(i).unicode() - u'0') * weight;
        weight = 4 - weight;
    }
    return QLatin1Char(static_cast<char>('0' + (10 - sum % 10) % 10));
}

bool isValidGtin(const QString& digits)
{
    return isGtinLength(digits.size()) && hasValidCheckDigit(digits);
}

Result<QString> normaliseGtin(const QString& input)
{
    // NFKC turns full-width digits and the ideographic space from a Chinese IME into ASCII.
    const QString folded = input.normalized(QString::NormalizationForm_KC);
    QString digits;
    digits.reserve(folded.size());
    for (QChar c : folded) {
        if (!c.isSpace()) {
            digits += c;
        }
    }
    if (digits.isEmpty()) {
        return invalid(QCoreApplication::translate("suyuan", "No GTIN was entered."));
    }
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (!isAsciiDigit(digits.at(i))) {
            const qsizetype length = digits.at(i).isHighSurrogate() && i + 1 < digits.size() ? 2 : 1;
            return invalid(QCoreApplication::translate(
                               "suyuan", "The GTIN \"%1\" contains \"%2\", which is not a digit. "
                                         "A GTIN consists of digits only.")
                               .arg(input.trimmed(), digits.mid(i, length)));
        }
    }
    if (!isGtinLength(digits.size())) {
        return invalid(QCoreApplication::translate(
                           "suyuan", "The GTIN %1 has %2 digits; a GTIN has 8, 12, 13 or 14 digits.")
                           .arg(digits, QString::number(digits.size())));
    }
    const QChar expected = gs1CheckDigit(digits.left(digits.size() - 1));
    if (expected != digits.back()) {
        return invalid(QCoreApplication::translate("suyuan",
                                                   "The GTIN %1 ends in check digit %2, but the correct "
                                                   "check digit is %3. Please look for a typing mistake.")
                           .arg(digits, QString(digits.back()), QString(expected)));
    }
    return QString(14 - digits.size(), QLatin1Char('0')) + digits;
}

bool isValidGln(const QString& digits)
{
    return digits.size() == 13 && hasValidCheckDigit(digits);
}

// ---- lots and serials ---------------------------------------------------------------------

bool isCset82(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
        return true;
    }
    // GS1 General Specifications, figure 7.11-1: the 82 characters, less letters and digits.
    return u < 0x80 && QByteArrayView("!\"%&'()*+,-./:;<=>?_").contains(static_cast<char>(u));
}

bool isValidLot(const QString& lot)
{
    return checkLot(lot).ok();
}

bool isValidSerial(const QString& serial)
{
    return checkSerial(serial).ok();
}

Status checkLot(const QString& lot)
{
    return checkCset82Value(lot, true);
}

Status checkSerial(const QString& serial)
{
    return checkCset82Value(serial, false);
}

// ---- GS1 Digital Link ---------------------------------------------------------------------

QString percentEncode(const QString& text)
{
    // QUrl keeps exactly the RFC 3986 unreserved set and writes upper-case hex.
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString digitalLinkUri(const QString& base, const QString& gtin14, const QString& lot, const QString& serial,
                       const QDate& expiry, const QList<QPair<QString, QString>>& extraQuery)
{
    QString uri = stripTrailingSlashes(base) + QStringLiteral("/01/") + percentEncode(gtin14);
    if (!lot.isEmpty()) {
        uri += QStringLiteral("/10/") + percentEncode(lot);
    }
    if (!serial.isEmpty()) {
        uri += QStringLiteral("/21/") + percentEncode(serial);
    }
    QChar separator = QLatin1Char('?');
    if (expiry.isValid()) {
        uri += separator + QStringLiteral("17=") + expiry.toString(QStringLiteral("yyMMdd"));
        separator = QLatin1Char('&');
    }
    for (const auto& [key, value] : extraQuery) {
        uri += separator + encodeQueryPart(key) + QLatin1Char('=') + encodeQueryPart(value);
        separator = QLatin1Char('&');
    }
    return uri;
}

QString digitalLinkUri(const DigitalLink& link)
{
    return digitalLinkUri(link.base, link.gtin14, link.lot, link.serial, link.expiry, link.query);
}

Status checkDigitalLink(const DigitalLink& link)
{
    qsizetype hostStart = 0;
    const QString base = stripTrailingSlashes(link.base);
    if (!startsWithHttpScheme(base, &hostStart) || base.size() == hostStart ||
        base.at(hostStart) == QLatin1Char('/') || base.contains(QLatin1Char('?')) ||
        base.contains(QLatin1Char('#'))) {
        return invalid(QCoreApplication::translate(
                           "suyuan", "The Digital Link base \"%1\" is not an http:// or https:// address.")
                           .arg(link.base));
    }
    if (link.gtin14.size() != 14 || !isValidGtin(link.gtin14)) {
        const Result<QString> normalised = normaliseGtin(link.gtin14);
        if (!normalised) {
            return normalised.error();
        }
        return invalid(QCoreApplication::translate(
                           "suyuan", "A Digital Link needs the 14-digit form of the GTIN: %1, not %2.")
                           .arg(normalised.value(), link.gtin14));
    }
    if (!link.lot.isEmpty()) {
        if (Status lotOk = checkLot(link.lot); !lotOk) {
            return lotOk;
        }
    }
    if (!link.serial.isEmpty()) {
        if (Status serialOk = checkSerial(link.serial); !serialOk) {
            return serialOk;
        }
    }
    if (link.expiry.isValid() && (link.expiry.year() < 2000 || link.expiry.year() > 2099)) {
        return invalid(
            QCoreApplication::translate(
                "suyuan", "The expiry date %1 cannot be written on a GS1 label (years 2000-2099 only).")
                .arg(link.expiry.toString(Qt::ISODate)));
    }
    return {};
}

Result<QString> checkedDigitalLinkUri(const DigitalLink& link)
{
    if (Status ok = checkDigitalLink(link); !ok) {
        return ok.error();
    }
    return digitalLinkUri(link);
}

Result<QDate> parseGs1Date(const QString& yymmdd)
{
    if (yymmdd.size() != 6 || !allAsciiDigits(yymmdd)) {
        return invalid(
            QCoreApplication::translate("suyuan", "\"%1\" is not a GS1 date: it must be six digits, YYMMDD.")
                .arg(yymmdd));
    }
    const int year = 2000 + yymmdd.left(2).toInt();
    const int month = yymmdd.mid(2, 2).toInt();
    const int day = yymmdd.mid(4, 2).toInt();
    if (month < 1 || month > 12) {
        return invalid(
            QCoreApplication::translate("suyuan", "\"%1\" is not a valid date: there is no month %2.")
                .arg(yymmdd, QString::number(month)));
    }
    const int lastDay = QDate(year, month, 1).daysInMonth();
    if (day > lastDay) {
        return invalid(
            QCoreApplication::translate("suyuan", "\"%1\" is not a valid date: month %2 has no day %3.")
                .arg(yymmdd, QString::number(month), QString::number(day)));
    }
    // GS1 General Specifications 7.12: DD = 00 stands for the last day of the month.
    return QDate(year, month, day == 0 ? lastDay : day);
}

Result<DigitalLink> parseDigitalLink(const QString& uri)
{
    QString text = uri.trimmed(); // keyboard-wedge scanners append CR/LF
    if (text.isEmpty()) {
        return invalid(QCoreApplication::translate("suyuan", "No Digital Link was given."));
    }
    const QString original = text;
    if (const qsizetype hash = text.indexOf(QLatin1Char('#')); hash >= 0) {
        text.truncate(hash);
    }
    const qsizetype questionMark = text.indexOf(QLatin1Char('?'));
    const QString path = questionMark >= 0 ? text.left(questionMark) : text;
    const QString query = questionMark >= 0 ? text.mid(questionMark + 1) : QString();

    qsizetype hostStart = 0;
    const bool isWeb = startsWithHttpScheme(path, &hostStart);
    const qsizetype pathStart = isWeb ? path.indexOf(QLatin1Char('/'), hostStart) : -1;
    if (!isWeb || pathStart == hostStart || path.size() == hostStart) {
        return invalid(
            QCoreApplication::translate(
                "suyuan", "\"%1\" is not a GS1 Digital Link: it does not start with http:// or https://.")
                .arg(original));
    }

    QStringList segments = pathStart < 0 ? QStringList() : path.mid(pathStart + 1).split(QLatin1Char('/'));
    if (segments.size() > 1 && segments.last().isEmpty()) {
        segments.removeLast(); // a trailing slash
    }
    // The first "01" that starts a run of (AI, value) pairs to the end is the primary key; a
    // base path is free to contain "01" elsewhere, and a lot may itself be "01".
    qsizetype keyIndex = -1;
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        if (segments.at(i) == QLatin1String("01") && (segments.size() - i) % 2 == 0 &&
            allAsciiDigits(segments.at(i + 1))) {
            keyIndex = i;
            break;
        }
    }
    if (keyIndex < 0) {
        // A GTIN is there but the pairs do not come out even: some element lacks its value.
        for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
            if (segments.at(i) == QLatin1String("01") && allAsciiDigits(segments.at(i + 1))) {
                if (segments.mid(i).contains(QString())) {
                    return invalid(QCoreApplication::translate(
                        "suyuan", "The Digital Link path contains an empty element (\"//\")."));
                }
                return invalid(
                    QCoreApplication::translate("suyuan", "The Digital Link has no value after /%1/.")
                        .arg(segments.last()));
            }
        }
        return invalid(QCoreApplication::translate(
                           "suyuan", "\"%1\" is not a GS1 Digital Link: it has no /01/ followed by a GTIN.")
                           .arg(original));
    }

    DigitalLink link;
    link.base = stripTrailingSlashes(path.left(pathStart) + QLatin1Char('/') +
                                     segments.mid(0, keyIndex).join(QLatin1Char('/')));
    const Result<QString> gtin14 = normaliseGtin(segments.at(keyIndex + 1));
    if (!gtin14) {
        return gtin14.error();
    }
    link.gtin14 = gtin14.value();

    bool seenLot = false;
    bool seenSerial = false;
    for (qsizetype i = keyIndex + 2; i + 1 < segments.size(); i += 2) {
        const QString& ai = segments.at(i);
        const QString& raw = segments.at(i + 1);
        if (raw.isEmpty()) {
            return invalid(
                QCoreApplication::translate("suyuan", "The Digital Link has no value after /%1/.").arg(ai));
        }
        const std::optional<QString> value = percentDecode(raw);
        if (!value) {
            return badPercentEncoding(raw);
        }
        if (ai == QLatin1String("10") && !seenLot && !seenSerial) {
            if (Status ok = checkLot(*value); !ok) {
                return ok.error();
            }
            link.lot = *value;
            seenLot = true;
        } else if (ai == QLatin1String("21") && !seenSerial) {
            if (Status ok = checkSerial(*value); !ok) {
                return ok.error();
            }
            link.serial = *value;
            seenSerial = true;
        } else if (ai == QLatin1String("10") || ai == QLatin1String("21")) {
            return invalid(QCoreApplication::translate("suyuan",
                                                       "The Digital Link path repeats /%1/ or has it out of "
                                                       "order: it must be /01/{GTIN}/10/{lot}/21/{serial}.")
                               .arg(ai));
        } else {
            return invalid(QCoreApplication::translate("suyuan",
                                                       "The Digital Link path element /%1/ is not supported; "
                                                       "only /01/, /10/ and /21/ are.")
                               .arg(ai));
        }
    }

    for (const QString& parameter : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = parameter.indexOf(QLatin1Char('='));
        const QString rawKey = equals >= 0 ? parameter.left(equals) : parameter;
        const QString rawValue = equals >= 0 ? parameter.mid(equals + 1) : QString();
        const std::optional<QString> key = percentDecode(rawKey);
        if (!key) {
            return badPercentEncoding(rawKey);
        }
        const std::optional<QString> value = percentDecode(rawValue);
        if (!value) {
            return badPercentEncoding(rawValue);
        }
        if (*key == QLatin1String("17")) {
            if (link.expiry.isValid()) {
                return invalid(QCoreApplication::translate(
                    "suyuan", "The Digital Link gives the expiry date (17) twice."));
            }
            const Result<QDate> expiry = parseGs1Date(*value);
            if (!expiry) {
                return expiry.error();
            }
            link.expiry = expiry.value();
        } else {
            link.query.append({*key, *value});
        }
    }
    return link;
}

// ---- EPC URNs -----------------------------------------------------------------------------

Result<QString> lgtinUrnToGtin14(const QString& urn, QString* lot)
{
    return epcUrnToGtin14(urn, EpcKind::Lgtin, lot);
}

Result<QString> gtin14ToLgtinUrn(const QString& gtin14, int companyPrefixLength, const QString& lot)
{
    return gtin14ToEpcUrn(gtin14, companyPrefixLength, lot, EpcKind::Lgtin);
}

Result<QString> sgtinUrnToGtin14(const QString& urn, QString* serial)
{
    return epcUrnToGtin14(urn, EpcKind::Sgtin, serial);
}

Result<QString> gtin14ToSgtinUrn(const QString& gtin14, int companyPrefixLength, const QString& serial)
{
    return gtin14ToEpcUrn(gtin14, companyPrefixLength, serial, EpcKind::Sgtin);
}

// ---- batch identifiers --------------------------------------------------------------------

QString localBatchUri(const QString& productCode, const QString& lot)
{
    return QStringLiteral("urn:suyuan:lot:") + percentEncode(productCode) + QLatin1Char(':') +
           percentEncode(lot);
}

Result<QPair<QString, QString>> parseLocalBatchUri(const QString& uri)
{
    const QString text = uri.trimmed();
    const QLatin1String prefix("urn:suyuan:lot:");
    const Error notOurs =
        invalid(QCoreApplication::translate("suyuan", "\"%1\" is not a Suyuan batch identifier "
                                                      "(urn:suyuan:lot:{product code}:{lot}).")
                    .arg(text));
    if (!text.startsWith(prefix, Qt::CaseInsensitive)) {
        return notOurs;
    }
    const QStringList parts = text.mid(prefix.size()).split(QLatin1Char(':'));
    if (parts.size() != 2 || parts.at(0).isEmpty() || parts.at(1).isEmpty()) {
        return notOurs;
    }
    const std::optional<QString> code = percentDecode(parts.at(0));
    if (!code) {
        return badPercentEncoding(parts.at(0));
    }
    const std::optional<QString> lot = percentDecode(parts.at(1));
    if (!lot) {
        return badPercentEncoding(parts.at(1));
    }
    return QPair<QString, QString>(*code, *lot);
}

QString batchIdForGtin(const QString& gtin14, const QString& lot)
{
    return digitalLinkUri(QLatin1String(canonicalDigitalLinkBase), gtin14, lot);
}

QString canonicalBatchId(const QString& gtin, const QString& productCode, const QString& lot)
{
    if (gtin.trimmed().isEmpty()) {
        return localBatchUri(productCode, lot);
    }
    // The same batch must get the same identifier whether its GTIN was typed with 13 or 14 digits.
    const Result<QString> gtin14 = normaliseGtin(gtin);
    return batchIdForGtin(gtin14 ? gtin14.value() : gtin, lot);
}

Result<QString> checkedBatchId(const QString& gtin, const QString& productCode, const QString& lot)
{
    if (!gtin.trimmed().isEmpty()) {
        const Result<QString> gtin14 = normaliseGtin(gtin);
        if (!gtin14) {
            return gtin14.error();
        }
        if (Status ok = checkLot(lot); !ok) {
            return ok.error();
        }
        return batchIdForGtin(gtin14.value(), lot);
    }
    if (productCode.trimmed().isEmpty()) {
        return invalid(
            QCoreApplication::translate("suyuan", "A product without a GTIN needs a product code."));
    }
    if (lot.trimmed().isEmpty()) {
        return invalid(QCoreApplication::translate("suyuan", "The batch/lot number is empty."));
    }
    return localBatchUri(productCode, lot);
}

// ---- units --------------------------------------------------------------------------------

bool isKnownUnit(const QString& code)
{
    return findUnit(code) != nullptr;
}

QString unitName(const QString& code)
{
    const UnitEntry* entry = findUnit(code);
    return entry ? QCoreApplication::translate("suyuan", entry->name) : code;
}

QStringList knownUnits()
{
    QStringList codes;
    for (const UnitEntry& entry : unitTable) {
        codes << QLatin1String(entry.code);
    }
    return codes;
}

} // namespace suyuan::gs1
