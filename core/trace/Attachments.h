#pragma once

#include "ledger/Ledger.h"
#include "ledger/Projector.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace suyuan::trace {

// Attachments (certificates, lab reports, photos) are ledger records of kind `attachment`:
// signed, encrypted at rest with the database, bundled, synced and audited like any other
// record. The content is cut into chunks of kAttachmentChunkSize bytes, one record each,
// all appended in one transaction; the content address is the SHA-256 of the whole content.
// Record body: {"data": base64 of the chunk, "mediaType", "name", "part": i (0-based),
// "parts": n, "sha256": hex of the whole content, "size": total bytes}.
constexpr qint64 kAttachmentChunkSize = 512 * 1024;     // raw bytes per record (fixed by the format)
constexpr qint64 kMaxAttachmentSize = 32 * 1024 * 1024; // per attachment
constexpr int kMaxAttachmentNameLength = 255;           // characters, name and media type
inline constexpr char kAttachmentKind[] = "attachment";

struct AttachmentRef
{
    QString sha256; // 64 lower-case hex digits: the content address
    QString name;
    QString mediaType;
    qint64 size = 0;
    int parts = 0;
    int held = 0;          // parts held: they can arrive separately (sync, bundles)
    bool complete = false; // held == parts

    // What events embed: {"mediaType", "name", "sha256", "size"}.
    QJsonObject toJson() const;
    // Reads what toJson() wrote (also with "suyuan:"-prefixed members, as in EPCIS events);
    // nullopt unless sha256 is 64 hex digits and size is 0 … kMaxAttachmentSize.
    static std::optional<AttachmentRef> fromJson(const QJsonObject& json);
};

// True for 64 hexadecimal digits (either case).
bool isSha256Hex(const QString& text);

// Indexes attachment chunk records: attachment_parts(sha256, part, parts, size, media_type,
// name, rid). Chunks whose shape does not follow the format are left out of the index (the
// records stay); the first valid chunk for a (sha256, part) wins.
class AttachmentProjector : public Projector
{
public:
    QString name() const override { return QStringLiteral("attachments"); }
    int version() const override { return 1; }
    Status createSchema(Database& db) override;
    Status dropSchema(Database& db) override;
    Status project(Database& db, const Record& record, qint64 rid) override;
};

// The attachment store of one open ledger. Not thread-safe (like Ledger).
class AttachmentStore
{
public:
    // Attaches the index projection (bringing it up to date).
    static Result<std::unique_ptr<AttachmentStore>> open(Ledger& ledger, const ProgressFn& progress = {});
    ~AttachmentStore();
    AttachmentStore(const AttachmentStore&) = delete;
    AttachmentStore& operator=(const AttachmentStore&) = delete;

    // Stores content (at most kMaxAttachmentSize bytes, not empty) as signed chunk records in
    // one transaction. An empty mediaType is guessed from the name. Content already held
    // completely is not stored again: its existing reference is returned. Parts missing from
    // a partly held attachment are added.
    Result<AttachmentRef> add(const QByteArray& content, const QString& name, const QString& mediaType = {});
    // Reads a file; the name defaults to the file name, the media type is guessed from the
    // name and the content.
    Result<AttachmentRef> addFile(const QString& path, const QString& name = {},
                                  const QString& mediaType = {});
    // The whole content, every part present and the SHA-256 checked.
    Result<QByteArray> get(const QString& sha256);
    Result<std::optional<AttachmentRef>> info(const QString& sha256);
    // Every attachment held (complete or not), in order of arrival.
    Result<QList<AttachmentRef>> list();
    // Writes the content to a file atomically (temporary file, fsync, rename).
    Status exportTo(const QString& sha256, const QString& path);

private:
    explicit AttachmentStore(Ledger& ledger) : m_ledger(ledger) {}
    Ledger& m_ledger;
    AttachmentProjector m_projector;
};

} // namespace suyuan::trace
