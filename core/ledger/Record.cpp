#include "Record.h"

#include "CanonicalJson.h"
#include "crypto/Ed25519.h"
#include "crypto/Hash.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>

namespace suyuan {

namespace {

constexpr qint64 kMaxSafeInteger = (1ll << 53) - 1;

Error malformed(const QString& why)
{
    return Error(ErrorCode::Malformed,
                 QCoreApplication::translate("suyuan", "Malformed record: %1").arg(why));
}

bool isLowerHex(QStringView s, qsizetype length)
{
    if (s.size() != length) {
        return false;
    }
    for (QChar c : s) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f')))) {
            return false;
        }
    }
    return true;
}

bool isLowerHex(const QByteArray& s, qsizetype from, qsizetype length)
{
    if (from < 0 || from + length > s.size()) {
        return false;
    }
    for (qsizetype i = from; i < from + length; ++i) {
        const char c = s.at(i);
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

} // namespace

QJsonObject Record::body() const
{
    if (knownBody) {
        return *knownBody;
    }
    return QJsonDocument::fromJson(bytes).object().value(QStringLiteral("body")).toObject();
}

bool isValidKind(const QString& kind)
{
    if (kind.isEmpty() || kind.size() > kMaxKindLength) {
        return false;
    }
    bool segmentStart = true;
    for (QChar c : kind) {
        const bool letter = c >= QLatin1Char('a') && c <= QLatin1Char('z');
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        if (segmentStart) {
            if (!letter) {
                return false;
            }
            segmentStart = false;
        } else if (c == QLatin1Char('.')) {
            segmentStart = true;
        } else if (!letter && !digit && c != QLatin1Char('_')) {
            return false;
        }
    }
    return !segmentStart;
}

QString formatRecordTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

qint64 parseRecordTime(QStringView text)
{
    // Exactly yyyy-MM-ddTHH:mm:ss.zzzZ: one spelling per instant. Parsed by hand because
    // the audit reads it for every record.
    if (text.size() != 24 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-') ||
        text.at(10) != QLatin1Char('T') || text.at(13) != QLatin1Char(':') ||
        text.at(16) != QLatin1Char(':') || text.at(19) != QLatin1Char('.') ||
        text.at(23) != QLatin1Char('Z')) {
        return -1;
    }
    const auto number = [&text](int from, int length) {
        int v = 0;
        for (int i = from; i < from + length; ++i) {
            const QChar c = text.at(i);
            if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
                return -1;
            }
            v = v * 10 + (c.unicode() - '0');
        }
        return v;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    const int hour = number(11, 2);
    const int minute = number(14, 2);
    const int second = number(17, 2);
    const int ms = number(20, 3);
    if (year < 1970 || !QDate::isValid(year, month, day) || hour < 0 || hour > 23 || minute < 0 ||
        minute > 59 || second < 0 || second > 59 || ms < 0) {
        return -1;
    }
    const qint64 days = QDate(year, month, day).toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    return ((days * 24 + hour) * 60 + minute) * 60000ll + second * 1000ll + ms;
}

QByteArray encodeRecord(const QByteArray& author, qint64 seq, const QByteArray& prev, qint64 timeMs,
                        const QString& kind, const QJsonObject& body)
{
    // Written by hand in canonical order (author, body, kind, prev, seq, time, v) so the
    // hot append path does not build and sort a second object.
    QByteArray out;
    out.reserve(200);
    out += "{\"author\":\"";
    out += author.toHex();
    out += "\",\"body\":";
    out += canonicalJson(body);
    out += ",\"kind\":";
    out += canonicalJson(kind);
    out += ",\"prev\":";
    if (prev.isEmpty()) {
        out += "null";
    } else {
        out += '"';
        out += prev.toHex();
        out += '"';
    }
    out += ",\"seq\":";
    out += QByteArray::number(seq);
    out += ",\"time\":\"";
    out += formatRecordTime(timeMs).toLatin1();
    out += "\",\"v\":";
    out += QByteArray::number(kRecordFormatVersion);
    out += '}';
    return out;
}

Result<Record> decodeRecord(const QByteArray& bytes, const QByteArray& signature)
{
    if (bytes.size() > kMaxRecordSize) {
        return Error(ErrorCode::TooLarge,
                     QCoreApplication::translate("suyuan", "Record is %1 bytes; the limit is %2.")
                         .arg(bytes.size())
                         .arg(kMaxRecordSize));
    }
    if (signature.size() != crypto::kEd25519SignatureSize) {
        return malformed(QCoreApplication::translate("suyuan", "the signature is not 64 bytes"));
    }
    QJsonValue parsed;
    if (!isCanonicalJson(bytes, &parsed) || !parsed.isObject()) {
        return malformed(QCoreApplication::translate("suyuan", "not a canonical JSON object"));
    }
    const QJsonObject obj = parsed.toObject();
    static const QStringList kFields = {
        QStringLiteral("author"), QStringLiteral("body"), QStringLiteral("kind"), QStringLiteral("prev"),
        QStringLiteral("seq"),    QStringLiteral("time"), QStringLiteral("v")};
    QStringList keys = obj.keys();
    std::sort(keys.begin(), keys.end());
    if (keys != kFields) {
        return malformed(QCoreApplication::translate("suyuan", "the envelope must have exactly the fields %1")
                             .arg(kFields.join(QStringLiteral(", "))));
    }
    if (obj.value(QStringLiteral("v")).toDouble() != kRecordFormatVersion) {
        return malformed(QCoreApplication::translate("suyuan", "unsupported format version"));
    }
    Record r;
    r.bytes = bytes;
    r.signature = signature;
    const QString author = obj.value(QStringLiteral("author")).toString();
    if (!isLowerHex(author, 64)) {
        return malformed(
            QCoreApplication::translate("suyuan", "author is not a 64-digit lower-case hex key"));
    }
    r.author = QByteArray::fromHex(author.toLatin1());
    const QJsonValue seq = obj.value(QStringLiteral("seq"));
    const double seqValue = seq.toDouble();
    if (!seq.isDouble() || seqValue < 1 || seqValue > kMaxSafeInteger ||
        seqValue != static_cast<double>(static_cast<qint64>(seqValue))) {
        return malformed(QCoreApplication::translate("suyuan", "seq must be a whole number from 1"));
    }
    r.seq = static_cast<qint64>(seqValue);
    const QJsonValue prev = obj.value(QStringLiteral("prev"));
    if (r.seq == 1) {
        if (!prev.isNull()) {
            return malformed(QCoreApplication::translate("suyuan", "prev must be null for seq 1"));
        }
    } else {
        if (!prev.isString() || !isLowerHex(prev.toString(), 64)) {
            return malformed(QCoreApplication::translate(
                "suyuan", "prev must be the 64-digit hex id of the previous record"));
        }
        r.prev = QByteArray::fromHex(prev.toString().toLatin1());
    }
    r.kind = obj.value(QStringLiteral("kind")).toString();
    if (!isValidKind(r.kind)) {
        return malformed(QCoreApplication::translate(
            "suyuan", "kind must be a lower-case dotted word such as epcis.event"));
    }
    r.timeMs = parseRecordTime(obj.value(QStringLiteral("time")).toString());
    if (r.timeMs < 0) {
        return malformed(
            QCoreApplication::translate("suyuan", "time must be UTC as yyyy-MM-ddTHH:mm:ss.zzzZ"));
    }
    if (!obj.value(QStringLiteral("body")).isObject()) {
        return malformed(QCoreApplication::translate("suyuan", "body must be a JSON object"));
    }
    r.id = crypto::sha256(bytes);
    return r;
}

bool decodeEnvelopeFast(const QByteArray& bytes, Record& out)
{
    // {"author":"<64>","body":…,"kind":"<kind>","prev":null|"<64>","seq":N,"time":"<24>","v":1}
    static const QByteArray head = QByteArrayLiteral("{\"author\":\"");
    static const QByteArray kindKey = QByteArrayLiteral(",\"kind\":\"");
    if (!bytes.startsWith(head) || !isLowerHex(bytes, head.size(), 64) || !bytes.endsWith(",\"v\":1}")) {
        return false;
    }
    out.author = QByteArray::fromHex(bytes.mid(head.size(), 64));
    const qsizetype kindPos = bytes.lastIndexOf(kindKey);
    if (kindPos < 0) {
        return false;
    }
    const qsizetype kindStart = kindPos + kindKey.size();
    const qsizetype kindEnd = bytes.indexOf('"', kindStart);
    if (kindEnd < 0) {
        return false;
    }
    out.kind = QString::fromLatin1(bytes.mid(kindStart, kindEnd - kindStart));
    qsizetype pos = kindEnd + 1;
    static const QByteArray prevKey = QByteArrayLiteral(",\"prev\":");
    if (bytes.mid(pos, prevKey.size()) != prevKey) {
        return false;
    }
    pos += prevKey.size();
    if (bytes.mid(pos, 4) == "null") {
        out.prev.clear();
        pos += 4;
    } else if (bytes.at(pos) == '"' && isLowerHex(bytes, pos + 1, 64) && bytes.at(pos + 65) == '"') {
        out.prev = QByteArray::fromHex(bytes.mid(pos + 1, 64));
        pos += 66;
    } else {
        return false;
    }
    static const QByteArray seqKey = QByteArrayLiteral(",\"seq\":");
    if (bytes.mid(pos, seqKey.size()) != seqKey) {
        return false;
    }
    pos += seqKey.size();
    const qsizetype seqEnd = bytes.indexOf(',', pos);
    bool ok = false;
    out.seq = bytes.mid(pos, seqEnd - pos).toLongLong(&ok);
    if (!ok) {
        return false;
    }
    static const QByteArray timeKey = QByteArrayLiteral(",\"time\":\"");
    pos = seqEnd;
    if (bytes.mid(pos, timeKey.size()) != timeKey) {
        return false;
    }
    pos += timeKey.size();
    out.timeMs = parseRecordTime(QString::fromLatin1(bytes.mid(pos, 24)));
    return out.timeMs >= 0;
}

} // namespace suyuan
