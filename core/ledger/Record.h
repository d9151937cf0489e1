#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>

#include <QString>
#include <optional>

namespace suyuan {

constexpr int kRecordFormatVersion = 1;
constexpr qsizetype kMaxRecordSize = 1 << 20; // 1 MiB of canonical JSON
constexpr int kMaxKindLength = 64;

// One signed record: the exact canonical JSON bytes, the author's Ed25519 signature over
// them, and the envelope fields read from those bytes. See docs/record-format.md.
struct Record
{
    QByteArray bytes;
    QByteArray signature; // 64 bytes
    QByteArray id;        // SHA-256(bytes), 32 bytes
    QByteArray author;    // Ed25519 public key, 32 bytes
    qint64 seq = 0;
    QByteArray prev; // id of the author's record seq − 1; empty for seq 1
    QString kind;
    qint64 timeMs = 0; // milliseconds since the epoch, UTC

    // Not part of the record: the body as the author's own append built it, so that the
    // projectors of a fresh append need not parse the bytes again. body() prefers it.
    std::optional<QJsonObject> knownBody;

    QString idHex() const { return QString::fromLatin1(id.toHex()); }
    QJsonObject body() const;
};

// The canonical bytes of an envelope.
QByteArray encodeRecord(const QByteArray& author, qint64 seq, const QByteArray& prev, qint64 timeMs,
                        const QString& kind, const QJsonObject& body);

// Full shape check used by ingest: size, canonical JSON, exactly the envelope fields with
// valid values. Does not check the signature.
Result<Record> decodeRecord(const QByteArray& bytes, const QByteArray& signature);

// Reads the envelope of bytes that were checked by decodeRecord when they were stored,
// without parsing the body (the audit's hot path). Returns false if they do not have the
// canonical envelope layout.
bool decodeEnvelopeFast(const QByteArray& bytes, Record& out);

bool isValidKind(const QString& kind);
QString formatRecordTime(qint64 msSinceEpoch);
qint64 parseRecordTime(QStringView text); // −1 if invalid

} // namespace suyuan
