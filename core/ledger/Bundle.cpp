#include "Bundle.h"

#include "CanonicalJson.h"
#include "crypto/Ed25519.h"
#include "util/Files.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>

namespace suyuan {

namespace {

constexpr char kMagic[] = "SUYUANB1";
constexpr qsizetype kMagicSize = 8;
constexpr quint32 kMaxHeader = 4u << 20;
constexpr qsizetype kImportChunk = 2000;

QByteArray be32(quint32 v)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(v, out.data());
    return out;
}

bool readExactly(QFile& file, qint64 size, QByteArray& out)
{
    out = file.read(size);
    return out.size() == size;
}

} // namespace

Result<BundleExportSummary> exportBundle(Ledger& ledger, const QString& path,
                                         const BundleExportOptions& options)
{
    BundleExportSummary summary;
    QJsonArray checkpoints;
    const Checkpoint own = ledger.makeCheckpoint();
    checkpoints.append(
        QJsonObject{{QStringLiteral("bytes"), QString::fromUtf8(own.signedBytes.bytes)},
                    {QStringLiteral("sig"), QString::fromLatin1(own.signedBytes.signature.toHex())}});
    auto others = ledger.checkpoints();
    if (!others) {
        return others.error();
    }
    for (const Checkpoint& cp : others.value()) {
        if (cp.author == ledger.publicKey()) {
            continue;
        }
        checkpoints.append(
            QJsonObject{{QStringLiteral("bytes"), QString::fromUtf8(cp.signedBytes.bytes)},
                        {QStringLiteral("sig"), QString::fromLatin1(cp.signedBytes.signature.toHex())}});
    }
    summary.checkpoints = checkpoints.size();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(
            ErrorCode::Io,
            QCoreApplication::translate("suyuan", "Cannot write %1: %2").arg(path, file.errorString()));
    }
    auto count = ledger.recordCountFor(options.author, options.sinceSeq);
    if (!count) {
        return count.error();
    }
    summary.records = count.value();
    const QJsonObject header{{QStringLiteral("checkpoints"), checkpoints},
                             {QStringLiteral("count"), summary.records},
                             {QStringLiteral("created"), formatRecordTime(ledger.now())},
                             {QStringLiteral("exporter"), QString::fromLatin1(ledger.publicKey().toHex())},
                             {QStringLiteral("format"), QStringLiteral("suyuan.bundle")},
                             {QStringLiteral("v"), 1}};
    const QByteArray headerBytes = canonicalJson(header);
    file.write(kMagic, kMagicSize);
    file.write(be32(static_cast<quint32>(headerBytes.size())));
    file.write(headerBytes);
    qint64 written = 0;
    Status st = ledger.forEachRecord(options.author, options.sinceSeq, [&](const Record& r) {
        file.write(be32(static_cast<quint32>(r.bytes.size())));
        file.write(r.bytes);
        file.write(r.signature);
        return ++written < summary.records; // records appended meanwhile wait for the next bundle
    });
    if (!st) {
        file.cancelWriting();
        return st.error();
    }
    if (!file.commit()) {
        return Error(
            ErrorCode::Io,
            QCoreApplication::translate("suyuan", "Cannot write %1: %2").arg(path, file.errorString()));
    }
    return summary;
}

Result<BundleImportSummary> importBundle(Ledger& ledger, const QString& path, const ProgressFn& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(
            ErrorCode::Io,
            QCoreApplication::translate("suyuan", "Cannot read %1: %2").arg(path, file.errorString()));
    }
    const auto notBundle = [&path](const QString& why) {
        return Error(
            ErrorCode::Malformed,
            QCoreApplication::translate("suyuan", "%1 is not a valid Suyuan bundle: %2").arg(path, why));
    };
    QByteArray magic;
    QByteArray lengthBytes;
    if (!readExactly(file, kMagicSize, magic) || magic != QByteArray(kMagic, kMagicSize)) {
        return notBundle(QCoreApplication::translate("suyuan", "wrong file signature"));
    }
    if (!readExactly(file, 4, lengthBytes)) {
        return notBundle(QCoreApplication::translate("suyuan", "the header is cut off"));
    }
    const quint32 headerSize = qFromBigEndian<quint32>(lengthBytes.constData());
    QByteArray headerBytes;
    QJsonValue headerValue;
    if (headerSize > kMaxHeader || !readExactly(file, headerSize, headerBytes) ||
        !isCanonicalJson(headerBytes, &headerValue) || !headerValue.isObject()) {
        return notBundle(QCoreApplication::translate("suyuan", "the header is damaged"));
    }
    const QJsonObject header = headerValue.toObject();
    if (header.value(QStringLiteral("format")).toString() != QStringLiteral("suyuan.bundle") ||
        header.value(QStringLiteral("v")).toInt() != 1) {
        return notBundle(QCoreApplication::translate("suyuan", "unsupported bundle version"));
    }
    const qint64 count = static_cast<qint64>(header.value(QStringLiteral("count")).toDouble());

    BundleImportSummary summary;
    QList<SignedBytes> chunk;
    qint64 read = 0;
    bool framingBroken = false;
    const auto flush = [&] {
        if (chunk.isEmpty()) {
            return;
        }
        summary.ingest.merge(ledger.ingestMany(chunk));
        chunk.clear();
    };
    while (read < count) {
        QByteArray len;
        if (!readExactly(file, 4, len)) {
            framingBroken = true;
            break;
        }
        const quint32 size = qFromBigEndian<quint32>(len.constData());
        if (size > kMaxRecordSize) {
            IngestResult r;
            r.outcome = IngestResult::Outcome::Rejected;
            r.reason = ErrorCode::TooLarge;
            r.message =
                QCoreApplication::translate("suyuan", "Entry %1 of the bundle is %2 bytes; the limit is %3.")
                    .arg(read + 1)
                    .arg(size)
                    .arg(kMaxRecordSize);
            summary.ingest.add(r);
            framingBroken = true;
            break;
        }
        SignedBytes sb;
        if (!readExactly(file, size, sb.bytes) ||
            !readExactly(file, crypto::kEd25519SignatureSize, sb.signature)) {
            framingBroken = true;
            break;
        }
        chunk.append(std::move(sb));
        ++read;
        if (chunk.size() >= kImportChunk) {
            flush();
            if (progress && !progress(read, count)) {
                return Error(ErrorCode::Cancelled,
                             QCoreApplication::translate("suyuan", "Import cancelled after %1 of %2 records.")
                                 .arg(read)
                                 .arg(count));
            }
        }
    }
    flush();
    if (framingBroken || !file.atEnd()) {
        IngestResult r;
        r.outcome = IngestResult::Outcome::Rejected;
        r.reason = ErrorCode::Malformed;
        r.message =
            QCoreApplication::translate(
                "suyuan",
                "The bundle is cut off or has trailing data after record %1 of %2; the rest was not read.")
                .arg(read)
                .arg(count);
        summary.ingest.add(r);
    }
    for (const QJsonValue& v : header.value(QStringLiteral("checkpoints")).toArray()) {
        const QJsonObject obj = v.toObject();
        const SignedBytes cp{obj.value(QStringLiteral("bytes")).toString().toUtf8(),
                             QByteArray::fromHex(obj.value(QStringLiteral("sig")).toString().toLatin1())};
        if (auto st = ledger.ingestCheckpoint(cp); st) {
            ++summary.checkpointsAccepted;
        } else {
            summary.checkpointProblems.append(st.error().message);
        }
    }
    if (progress) {
        progress(read, count);
    }
    return summary;
}

} // namespace suyuan
