#include "LabelCode.h"

#include "crypto/Ed25519.h"
#include "crypto/Hash.h"
#include "crypto/NodeId.h"
#include "trace/Gs1.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringList>
#include <QUrl>

namespace suyuan::labels {

namespace {

constexpr int kHintBytes = 6;
constexpr qsizetype kHintBase32 = 10; // 48 bits
constexpr qsizetype kHintBase64 = 8;  // 48 bits
constexpr qsizetype kSigBase32 = 103; // 512 bits + 3 zero bits
constexpr qsizetype kSigBase64 = 86;  // 512 bits + 4 zero bits
constexpr qsizetype kMaxPlainLot = 64;

const char kBase32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

Error invalid(const QString& message)
{
    return Error(ErrorCode::InvalidArgument, message);
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

Error badPercentEncoding(const QString& text)
{
    return invalid(
        QCoreApplication::translate("suyuan", "\"%1\" is not correctly percent-encoded.").arg(text));
}

// A whole character at i (both halves of a surrogate pair).
QString characterAt(const QString& text, qsizetype i)
{
    return text.mid(i, text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1);
}

bool isControl(QChar c)
{
    return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
           c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph;
}

// The printable form of a character for an error message: control characters and spaces as U+XXXX.
QString describeCharacter(const QString& character)
{
    const QChar c = character.at(0);
    if (c.isSpace() || isControl(c)) {
        return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
    }
    return character;
}

// Index of the first control character (and, when spacesToo, whitespace), or -1.
qsizetype firstBadCharacter(const QString& text, bool spacesToo = true)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isControl(c) || (spacesToo && c.isSpace())) {
            return i;
        }
    }
    return -1;
}

QString escapeValue(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        if (c == QLatin1Char('%')) {
            out += QLatin1String("%25");
        } else if (c == QLatin1Char('(')) {
            out += QLatin1String("%28");
        } else if (c == QLatin1Char(')')) {
            out += QLatin1String("%29");
        } else {
            out += c;
        }
    }
    return out;
}

// Scheme and host (with port) in upper case: they are case-insensitive (RFC 3986 3.1, 3.2.2),
// and upper case lets a QR encoder put them in alphanumeric mode. The path keeps its case.
QString upperCaseAuthority(const QString& base)
{
    qsizetype hostStart = 0;
    if (!startsWithHttpScheme(base, &hostStart)) {
        return base;
    }
    qsizetype end = base.indexOf(QLatin1Char('/'), hostStart);
    if (end < 0) {
        end = base.size();
    }
    QString out = base;
    for (qsizetype i = 0; i < end; ++i) {
        const char16_t u = out.at(i).unicode();
        if (u >= u'a' && u <= u'z') {
            out[i] = QChar(static_cast<char16_t>(u - u'a' + u'A'));
        }
    }
    return out;
}

// Strict decoding of a code of `width`-bit characters (valueOf: -1 for a character outside
// the alphabet): canonical form only, so the leftover bits are zero and never make a whole
// character. Shared by base64url and base32.
template <typename ValueOf>
std::optional<QByteArray> decodeBits(const QString& text, int width, ValueOf valueOf)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (QChar c : text) {
        const int v = valueOf(c.unicode());
        if (v < 0) {
            return std::nullopt;
        }
        buffer = (buffer << width) | static_cast<quint32>(v);
        bits += width;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xff);
        }
    }
    if (bits >= width || (buffer & ((1u << bits) - 1)) != 0) {
        return std::nullopt;
    }
    return out;
}

std::optional<QByteArray> base64UrlDecode(const QString& text)
{
    return decodeBits(text, 6, [](char16_t u) {
        if (u >= u'A' && u <= u'Z') {
            return u - u'A';
        }
        if (u >= u'a' && u <= u'z') {
            return u - u'a' + 26;
        }
        if (u >= u'0' && u <= u'9') {
            return u - u'0' + 52;
        }
        return u == u'-' ? 62 : u == u'_' ? 63 : -1;
    });
}

// k as scanned → the 6 hint bytes; either encoding, told apart by length.
std::optional<QByteArray> decodeHint(const QString& text)
{
    std::optional<QByteArray> bytes;
    if (text.size() == kHintBase32) {
        bytes = base32Decode(text);
    } else if (text.size() == kHintBase64) {
        bytes = base64UrlDecode(text);
    }
    if (!bytes || bytes->size() != kHintBytes) {
        return std::nullopt;
    }
    return bytes;
}

std::optional<QByteArray> decodeSignature(const QString& text)
{
    std::optional<QByteArray> bytes;
    if (text.size() == kSigBase32) {
        bytes = base32Decode(text);
    } else if (text.size() == kSigBase64) {
        bytes = base64UrlDecode(text);
    }
    if (!bytes || bytes->size() != crypto::kEd25519SignatureSize) {
        return std::nullopt;
    }
    return bytes;
}

// Reads k, s and 17 from a query; other parameters (linkType …) are not ours and are skipped.
Status readQuery(const QString& query, ScannedLabel* label)
{
    bool seenHint = false;
    bool seenSignature = false;
    for (const QString& parameter : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = parameter.indexOf(QLatin1Char('='));
        const QString rawKey = equals >= 0 ? parameter.left(equals) : parameter;
        const QString rawValue = equals >= 0 ? parameter.mid(equals + 1) : QString();
        const std::optional<QString> key = gs1::percentDecode(rawKey);
        if (!key) {
            return badPercentEncoding(rawKey);
        }
        const std::optional<QString> value = gs1::percentDecode(rawValue);
        if (!value) {
            return badPercentEncoding(rawValue);
        }
        if (*key == QLatin1String("17")) {
            if (label->ids.expiry.isValid()) {
                return invalid(QCoreApplication::translate(
                    "suyuan", "The Digital Link gives the expiry date (17) twice."));
            }
            const Result<QDate> expiry = gs1::parseGs1Date(*value);
            if (!expiry) {
                return expiry.error();
            }
            label->ids.expiry = expiry.value();
        } else if (*key == QLatin1String("k") || *key == QLatin1String("s")) {
            bool& seen = *key == QLatin1String("k") ? seenHint : seenSignature;
            QString& field = *key == QLatin1String("k") ? label->issuerHint : label->signature;
            if (seen) {
                label->repeatedSignature = true;
            } else {
                field = *value;
                seen = true;
            }
        }
    }
    return {};
}

// Our {base}/p/{code}/10/{lot}[/21/{serial}] path; nullopt when the path does not have that shape.
std::optional<Result<ScannedLabel>> parseLocalPath(const QString& original, const QString& path,
                                                   const QString& query, qsizetype pathStart)
{
    if (pathStart < 0) {
        return std::nullopt;
    }
    QStringList segments = path.mid(pathStart + 1).split(QLatin1Char('/'));
    if (segments.size() > 1 && segments.last().isEmpty()) {
        segments.removeLast(); // a trailing slash
    }
    const qsizetype n = segments.size();
    qsizetype start = -1;
    bool withSerial = false;
    if (n >= 6 && segments.at(n - 6) == QLatin1String("p") && segments.at(n - 4) == QLatin1String("10") &&
        segments.at(n - 2) == QLatin1String("21")) {
        start = n - 6;
        withSerial = true;
    } else if (n >= 4 && segments.at(n - 4) == QLatin1String("p") &&
               segments.at(n - 2) == QLatin1String("10")) {
        start = n - 4;
    }
    if (start < 0) {
        return std::nullopt;
    }
    ScannedLabel label;
    label.kind = ScanKind::LocalPath;
    label.text = original;
    QString base = path.left(pathStart);
    if (start > 0) {
        base += QLatin1Char('/') + segments.mid(0, start).join(QLatin1Char('/'));
    }
    label.base = base;
    const QLatin1String names[] = {QLatin1String("p"), QLatin1String("10"), QLatin1String("21")};
    QString* fields[] = {&label.ids.productCode, &label.ids.lot, &label.ids.serial};
    for (int i = 0; i < (withSerial ? 3 : 2); ++i) {
        const QString& raw = segments.at(start + 2 * i + 1);
        if (raw.isEmpty()) {
            return Result<ScannedLabel>(
                invalid(QCoreApplication::translate("suyuan", "The label address has no value after /%1/.")
                            .arg(names[i])));
        }
        const std::optional<QString> value = gs1::percentDecode(raw);
        if (!value) {
            return Result<ScannedLabel>(badPercentEncoding(raw));
        }
        *fields[i] = *value;
    }
    if (Status ok = readQuery(query, &label); !ok) {
        return Result<ScannedLabel>(ok.error());
    }
    return Result<ScannedLabel>(label);
}

Result<ScannedLabel> parseWebAddress(const QString& text)
{
    QString withoutFragment = text;
    if (const qsizetype hash = withoutFragment.indexOf(QLatin1Char('#')); hash >= 0) {
        withoutFragment.truncate(hash);
    }
    const qsizetype questionMark = withoutFragment.indexOf(QLatin1Char('?'));
    const QString path = questionMark >= 0 ? withoutFragment.left(questionMark) : withoutFragment;
    const QString query = questionMark >= 0 ? withoutFragment.mid(questionMark + 1) : QString();
    qsizetype hostStart = 0;
    startsWithHttpScheme(path, &hostStart);
    const qsizetype pathStart = path.indexOf(QLatin1Char('/'), hostStart);
    if (pathStart != hostStart) {
        if (auto local = parseLocalPath(text, path, query, pathStart)) {
            return *local;
        }
    }
    const Result<gs1::DigitalLink> link = gs1::parseDigitalLink(text);
    if (!link) {
        return link.error();
    }
    ScannedLabel label;
    label.kind = ScanKind::DigitalLink;
    label.text = text;
    label.base = link->base;
    label.ids.gtin14 = link->gtin14;
    label.ids.lot = link->lot;
    label.ids.serial = link->serial;
    label.ids.expiry = link->expiry;
    bool seenHint = false;
    bool seenSignature = false;
    for (const auto& [key, value] : link->query) {
        if (key == QLatin1String("k") || key == QLatin1String("s")) {
            bool& seen = key == QLatin1String("k") ? seenHint : seenSignature;
            if (seen) {
                label.repeatedSignature = true;
                continue;
            }
            (key == QLatin1String("k") ? label.issuerHint : label.signature) = value;
            seen = true;
        }
    }
    return label;
}

} // namespace

// ---- identifiers and the signed message ------------------------------------------------------

Status checkLabelIds(const LabelIds& ids)
{
    const bool hasGtin = !ids.gtin14.trimmed().isEmpty();
    const bool hasCode = !ids.productCode.trimmed().isEmpty();
    if (hasGtin == hasCode) {
        return invalid(hasGtin ? QCoreApplication::translate(
                                     "suyuan", "A label names a product by its GTIN or, when it has none, by "
                                               "its product code; not by both.")
                               : QCoreApplication::translate(
                                     "suyuan", "A label needs the product's GTIN or, when it has none, its "
                                               "product code."));
    }
    if (hasGtin) {
        const Result<QString> gtin14 = gs1::normaliseGtin(ids.gtin14);
        if (!gtin14) {
            return gtin14.error();
        }
        if (Status ok = gs1::checkLot(ids.lot); !ok) {
            return ok;
        }
        if (!ids.serial.isEmpty()) {
            if (Status ok = gs1::checkSerial(ids.serial); !ok) {
                return ok;
            }
        }
    } else {
        if (ids.lot.isEmpty()) {
            return invalid(QCoreApplication::translate("suyuan", "The batch/lot number is empty."));
        }
        const QString* values[] = {&ids.productCode, &ids.lot, &ids.serial};
        for (const QString* value : values) {
            if (const qsizetype bad = firstBadCharacter(*value, false); bad >= 0) {
                return invalid(
                    QCoreApplication::translate(
                        "suyuan", "\"%1\" contains %2 (character %3), which cannot go on a label: "
                                  "no line breaks or control characters.")
                        .arg(*value, describeCharacter(characterAt(*value, bad)), QString::number(bad + 1)));
            }
        }
    }
    if (ids.expiry.isValid() && (ids.expiry.year() < 2000 || ids.expiry.year() > 2099)) {
        return invalid(
            QCoreApplication::translate(
                "suyuan", "The expiry date %1 cannot be written on a GS1 label (years 2000-2099 only).")
                .arg(ids.expiry.toString(Qt::ISODate)));
    }
    return {};
}

QString elementString(const LabelIds& ids)
{
    QString out;
    if (!ids.gtin14.isEmpty()) {
        const Result<QString> gtin14 = gs1::normaliseGtin(ids.gtin14);
        out += QLatin1String("(01)") + escapeValue(gtin14 ? gtin14.value() : ids.gtin14);
    } else {
        out += QLatin1String("(suyuan)") + escapeValue(ids.productCode);
    }
    if (!ids.lot.isEmpty()) {
        out += QLatin1String("(10)") + escapeValue(ids.lot);
    }
    if (!ids.serial.isEmpty()) {
        out += QLatin1String("(21)") + escapeValue(ids.serial);
    }
    if (ids.expiry.isValid()) {
        out += QLatin1String("(17)") + ids.expiry.toString(QStringLiteral("yyMMdd"));
    }
    return out;
}

QByteArray labelMessage(const LabelIds& ids)
{
    return QByteArray(labelContext) + elementString(ids).toUtf8();
}

QString issuerHint(const QByteArray& publicKey)
{
    return base32Encode(crypto::sha256(publicKey).left(kHintBytes));
}

// ---- building ----------------------------------------------------------------------------

Result<QString> normaliseLabelBase(const QString& input)
{
    QString base = input.trimmed();
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    const Error notHttp = invalid(
        QCoreApplication::translate("suyuan", "The label base address \"%1\" must be an http:// or https:// "
                                              "address such as https://trace.example.cn.")
            .arg(input.trimmed()));
    qsizetype hostStart = 0;
    if (!startsWithHttpScheme(base, &hostStart) || base.size() == hostStart ||
        base.at(hostStart) == QLatin1Char('/')) {
        return notHttp;
    }
    if (base.contains(QLatin1Char('?')) || base.contains(QLatin1Char('#'))) {
        return invalid(QCoreApplication::translate("suyuan", "The label base address \"%1\" must not contain "
                                                             "\"?\" or \"#\": labels add their own query.")
                           .arg(base));
    }
    if (const qsizetype bad = firstBadCharacter(base); bad >= 0) {
        return invalid(QCoreApplication::translate(
                           "suyuan", "The label base address \"%1\" contains %2 (character %3); spaces and "
                                     "control characters are not allowed.")
                           .arg(base, describeCharacter(characterAt(base, bad)), QString::number(bad + 1)));
    }
    const QUrl url(base, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return notHttp;
    }
    if (!url.userInfo().isEmpty()) {
        return invalid(
            QCoreApplication::translate(
                "suyuan", "The label base address \"%1\" must not contain a user name or password.")
                .arg(base));
    }
    return base;
}

Result<QString> labelUri(const QString& base, const LabelIds& ids, const QByteArray& issuerPublicKey,
                         const QByteArray& signature)
{
    const Result<QString> checkedBase = normaliseLabelBase(base);
    if (!checkedBase) {
        return checkedBase.error();
    }
    if (Status ok = checkLabelIds(ids); !ok) {
        return ok.error();
    }
    if (issuerPublicKey.size() != crypto::kEd25519KeySize ||
        signature.size() != crypto::kEd25519SignatureSize) {
        return Error(ErrorCode::Crypto,
                     QCoreApplication::translate("suyuan", "The label signature or key has the wrong size."));
    }
    const QString upperBase = upperCaseAuthority(checkedBase.value());
    const QList<QPair<QString, QString>> query{{QStringLiteral("k"), issuerHint(issuerPublicKey)},
                                               {QStringLiteral("s"), base32Encode(signature)}};
    if (!ids.gtin14.trimmed().isEmpty()) {
        return gs1::digitalLinkUri(upperBase, gs1::normaliseGtin(ids.gtin14).value(), ids.lot, ids.serial,
                                   ids.expiry, query);
    }
    QString uri = upperBase + localLabelPath(ids.productCode, ids.lot);
    if (!ids.serial.isEmpty()) {
        uri += QLatin1String("/21/") + gs1::percentEncode(ids.serial);
    }
    QChar separator = QLatin1Char('?');
    if (ids.expiry.isValid()) {
        uri += separator + QLatin1String("17=") + ids.expiry.toString(QStringLiteral("yyMMdd"));
        separator = QLatin1Char('&');
    }
    for (const auto& [key, value] : query) {
        uri += separator + key + QLatin1Char('=') + value;
        separator = QLatin1Char('&');
    }
    return uri;
}

QString localLabelPath(const QString& productCode, const QString& lot)
{
    return QLatin1String("/p/") + gs1::percentEncode(productCode) + QLatin1String("/10/") +
           gs1::percentEncode(lot);
}

Result<QString> buildLabelUri(const QString& base, const LabelIds& ids, Ledger& issuer)
{
    if (Status ok = checkLabelIds(ids); !ok) {
        return ok.error();
    }
    const Result<QString> checkedBase = normaliseLabelBase(base);
    if (!checkedBase) {
        return checkedBase.error();
    }
    const Result<QByteArray> signature = issuer.signDetached(labelMessage(ids));
    if (!signature) {
        return signature.error();
    }
    return labelUri(checkedBase.value(), ids, issuer.publicKey(), signature.value());
}

// ---- scanning ----------------------------------------------------------------------------

QString scanKindName(ScanKind kind)
{
    switch (kind) {
    case ScanKind::DigitalLink:
        return QStringLiteral("digital_link");
    case ScanKind::LocalPath:
        return QStringLiteral("local_path");
    case ScanKind::LgtinUrn:
        return QStringLiteral("lgtin_urn");
    case ScanKind::SgtinUrn:
        return QStringLiteral("sgtin_urn");
    case ScanKind::LocalUrn:
        return QStringLiteral("local_urn");
    case ScanKind::PlainLot:
        return QStringLiteral("plain_lot");
    }
    return {};
}

Result<ScannedLabel> parseScan(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        return invalid(QCoreApplication::translate("suyuan", "Nothing was scanned: the text is empty."));
    }
    qsizetype hostStart = 0;
    if (startsWithHttpScheme(text, &hostStart)) {
        return parseWebAddress(text);
    }
    if (text.startsWith(QLatin1String("urn:"), Qt::CaseInsensitive)) {
        ScannedLabel label;
        label.text = text;
        if (text.startsWith(QLatin1String("urn:epc:class:lgtin:"), Qt::CaseInsensitive)) {
            const Result<QString> gtin14 = gs1::lgtinUrnToGtin14(text, &label.ids.lot);
            if (!gtin14) {
                return gtin14.error();
            }
            label.kind = ScanKind::LgtinUrn;
            label.ids.gtin14 = gtin14.value();
            return label;
        }
        if (text.startsWith(QLatin1String("urn:epc:id:sgtin:"), Qt::CaseInsensitive)) {
            const Result<QString> gtin14 = gs1::sgtinUrnToGtin14(text, &label.ids.serial);
            if (!gtin14) {
                return gtin14.error();
            }
            label.kind = ScanKind::SgtinUrn;
            label.ids.gtin14 = gtin14.value();
            return label;
        }
        if (text.startsWith(QLatin1String("urn:suyuan:lot:"), Qt::CaseInsensitive)) {
            const Result<QPair<QString, QString>> local = gs1::parseLocalBatchUri(text);
            if (!local) {
                return local.error();
            }
            label.kind = ScanKind::LocalUrn;
            label.ids.productCode = local->first;
            label.ids.lot = local->second;
            return label;
        }
        return invalid(QCoreApplication::translate(
                           "suyuan", "\"%1\" is not a label code: of the URNs only urn:epc:class:lgtin:, "
                                     "urn:epc:id:sgtin: and urn:suyuan:lot: can be read.")
                           .arg(text));
    }
    if (const qsizetype colon = text.indexOf(QLatin1String("://")); colon > 0) {
        return invalid(QCoreApplication::translate(
                           "suyuan", "\"%1\" is not a label code: only http:// and https:// addresses can "
                                     "be read, not %2.")
                           .arg(text, text.left(colon + 3)));
    }
    if (const qsizetype bad = firstBadCharacter(text); bad >= 0) {
        return invalid(QCoreApplication::translate(
                           "suyuan",
                           "\"%1\" is not a lot code: it contains %2 (character %3). A lot code has "
                           "no spaces, line breaks or control characters; scan one code at a time.")
                           .arg(text, describeCharacter(characterAt(text, bad)), QString::number(bad + 1)));
    }
    if (text.size() > kMaxPlainLot) {
        return invalid(
            QCoreApplication::translate(
                "suyuan", "\"%1…\" is not a lot code: it has %2 characters; a lot code has at most %3.")
                .arg(text.left(20), QString::number(text.size()), QString::number(kMaxPlainLot)));
    }
    ScannedLabel label;
    label.kind = ScanKind::PlainLot;
    label.text = text;
    label.ids.lot = text;
    return label;
}

QString verdictName(LabelCheck::Verdict verdict)
{
    switch (verdict) {
    case LabelCheck::Verdict::Genuine:
        return QStringLiteral("genuine");
    case LabelCheck::Verdict::Forged:
        return QStringLiteral("forged");
    case LabelCheck::Verdict::UnknownIssuer:
        return QStringLiteral("unknown_issuer");
    case LabelCheck::Verdict::Unsigned:
        return QStringLiteral("unsigned");
    }
    return {};
}

LabelCheck verifyScan(const ScannedLabel& label, Ledger& ledger)
{
    LabelCheck check;
    const auto forged = [&check](const QString& reason) {
        check.verdict = LabelCheck::Verdict::Forged;
        check.reason = reason;
        return check;
    };
    if (label.issuerHint.isEmpty() && label.signature.isEmpty() && !label.repeatedSignature) {
        check.verdict = LabelCheck::Verdict::Unsigned;
        check.reason = QCoreApplication::translate("suyuan", "The code carries no signature.");
        return check;
    }
    if (label.repeatedSignature) {
        return forged(QCoreApplication::translate(
            "suyuan", "The label gives its issuer (k) or its signature (s) more than once."));
    }
    if (label.issuerHint.isEmpty()) {
        return forged(
            QCoreApplication::translate("suyuan", "The label has a signature (s) but no issuer (k)."));
    }
    if (label.signature.isEmpty()) {
        return forged(
            QCoreApplication::translate("suyuan", "The label names an issuer (k) but has no signature (s)."));
    }
    const std::optional<QByteArray> hint = decodeHint(label.issuerHint);
    if (!hint) {
        return forged(QCoreApplication::translate("suyuan",
                                                  "The issuer (k) \"%1\" is damaged: it must be %2 base32 "
                                                  "characters (or %3 base64url characters).")
                          .arg(label.issuerHint, QString::number(kHintBase32), QString::number(kHintBase64)));
    }
    const std::optional<QByteArray> signature = decodeSignature(label.signature);
    if (!signature) {
        return forged(QCoreApplication::translate("suyuan",
                                                  "The signature (s) is damaged: it has %1 characters where "
                                                  "a label signature has %2 base32 (or %3 base64url) "
                                                  "characters, all from that alphabet.")
                          .arg(QString::number(label.signature.size()), QString::number(kSigBase32),
                               QString::number(kSigBase64)));
    }
    if (Status ok = checkLabelIds(label.ids); !ok) {
        return forged(ok.error().message);
    }
    const Result<QList<AuthorInfo>> authors = ledger.authors();
    if (!authors) {
        check.verdict = LabelCheck::Verdict::UnknownIssuer;
        check.reason = authors.error().message;
        return check;
    }
    QList<AuthorInfo> candidates;
    for (const AuthorInfo& author : authors.value()) {
        if (crypto::sha256(author.key).left(kHintBytes) == *hint) {
            candidates.append(author);
        }
    }
    if (candidates.isEmpty()) {
        check.verdict = LabelCheck::Verdict::UnknownIssuer;
        check.reason =
            QCoreApplication::translate(
                "suyuan", "The label is signed by a node this ledger does not know (issuer %1). Receive that "
                          "node's records (sync or bundle) to check its labels.")
                .arg(label.issuerHint);
        return check;
    }
    const QByteArray message = labelMessage(label.ids);
    const auto describe = [&](const AuthorInfo& author) {
        check.issuer = author.key;
        check.issuerNodeId = crypto::nodeIdFromPublicKey(author.key);
        check.issuerStatus = author.status;
        check.issuerName = author.status == AuthorStatus::Self && author.name.isEmpty()
                               ? ledger.organisationName()
                               : author.name;
    };
    for (const AuthorInfo& author : candidates) {
        if (crypto::verifyEd25519(author.key, message, *signature)) {
            describe(author);
            check.verdict = LabelCheck::Verdict::Genuine;
            check.reason.clear();
            return check;
        }
    }
    describe(candidates.first());
    return forged(QCoreApplication::translate(
        "suyuan", "The signature does not match what the label says: the label "
                  "was altered (GTIN, product, lot, serial or expiry) or forged."));
}

// ---- base32 ------------------------------------------------------------------------------

QString base32Encode(const QByteArray& bytes)
{
    QString out;
    out.reserve((bytes.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | static_cast<quint8>(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out += QLatin1Char(kBase32Alphabet[(buffer >> bits) & 31]);
        }
    }
    if (bits > 0) {
        out += QLatin1Char(kBase32Alphabet[(buffer << (5 - bits)) & 31]);
    }
    return out;
}

std::optional<QByteArray> base32Decode(const QString& text)
{
    // Either case is accepted.
    return decodeBits(text, 5, [](char16_t u) {
        if (u >= u'A' && u <= u'Z') {
            return u - u'A';
        }
        if (u >= u'a' && u <= u'z') {
            return u - u'a';
        }
        return u >= u'2' && u <= u'7' ? u - u'2' + 26 : -1;
    });
}

} // namespace suyuan::labels
