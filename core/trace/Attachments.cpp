#include "Attachments.h"

#include "crypto/Hash.h"
#include "ledger/Database.h"
#include "util/Files.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QRegularExpression>

#include <cmath>

namespace suyuan::trace {

namespace {

constexpr qint64 kMaxParts = (kMaxAttachmentSize + kAttachmentChunkSize - 1) / kAttachmentChunkSize;

qint64 partCount(qint64 size)
{
    return (size + kAttachmentChunkSize - 1) / kAttachmentChunkSize;
}

qint64 partLength(qint64 size, qint64 part)
{
    return std::min(kAttachmentChunkSize, size - part * kAttachmentChunkSize);
}

// A JSON number that is a whole number in [min, max]; -1 otherwise (min >= 0).
qint64 integerIn(const QJsonValue& v, qint64 min, qint64 max)
{
    if (!v.isDouble()) {
        return -1;
    }
    const double d = v.toDouble();
    if (d != std::floor(d) || d < static_cast<double>(min) || d > static_cast<double>(max)) {
        return -1;
    }
    return static_cast<qint64>(d);
}

bool isLowerHex64(const QString& s)
{
    if (s.size() != 64) {
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

Error invalid(const QString& message)
{
    return Error(ErrorCode::InvalidArgument, message);
}

Result<QString> normaliseSha256(const QString& text)
{
    const QString s = text.trimmed().toLower();
    if (!isLowerHex64(s)) {
        return invalid(QCoreApplication::translate(
                           "suyuan", "\"%1\" is not an attachment's SHA-256 (64 hexadecimal digits).")
                           .arg(text));
    }
    return s;
}

bool isMediaType(const QString& type)
{
    // RFC 6838 type/subtype names, no parameters.
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$"));
    return re.match(type).hasMatch();
}

Status checkName(const QString& name)
{
    if (name.size() > kMaxAttachmentNameLength) {
        return invalid(
            QCoreApplication::translate("suyuan", "An attachment name may have at most %1 characters.")
                .arg(kMaxAttachmentNameLength));
    }
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control) {
            return invalid(QCoreApplication::translate(
                "suyuan", "An attachment name may not contain control characters (line breaks, tabs …)."));
        }
    }
    return {};
}

Error tooLarge(const QString& name, qint64 size)
{
    return Error(ErrorCode::TooLarge,
                 QCoreApplication::translate("suyuan",
                                             "Attachment \"%1\" is %2 bytes; the limit is %3 bytes (32 MiB).")
                     .arg(name)
                     .arg(size)
                     .arg(kMaxAttachmentSize));
}

} // namespace

bool isSha256Hex(const QString& text)
{
    return isLowerHex64(text.toLower());
}

QJsonObject AttachmentRef::toJson() const
{
    return QJsonObject{{QStringLiteral("sha256"), sha256},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("mediaType"), mediaType},
                       {QStringLiteral("size"), size}};
}

std::optional<AttachmentRef> AttachmentRef::fromJson(const QJsonObject& json)
{
    // Inside EPCIS events the same members carry the extension prefix ("suyuan:sha256" …).
    const auto member = [&json](const char* key) {
        const QString plain = QLatin1String(key);
        return json.contains(plain) ? json.value(plain) : json.value(QStringLiteral("suyuan:") + plain);
    };
    AttachmentRef ref;
    ref.sha256 = member("sha256").toString().toLower();
    ref.name = member("name").toString();
    ref.mediaType = member("mediaType").toString();
    ref.size = integerIn(member("size"), 0, kMaxAttachmentSize);
    if (!isLowerHex64(ref.sha256) || ref.size < 0) {
        return std::nullopt;
    }
    ref.parts = static_cast<int>(std::max<qint64>(1, partCount(ref.size)));
    return ref;
}

// --- projection -------------------------------------------------------------------------

Status AttachmentProjector::createSchema(Database& db)
{
    return db.exec("CREATE TABLE IF NOT EXISTS attachment_parts(sha256 TEXT NOT NULL, part INTEGER NOT NULL, "
                   "parts INTEGER NOT NULL, size INTEGER NOT NULL, media_type TEXT, name TEXT, "
                   "rid INTEGER NOT NULL, PRIMARY KEY(sha256, part));");
}

Status AttachmentProjector::dropSchema(Database& db)
{
    return db.exec("DROP TABLE IF EXISTS attachment_parts;");
}

Status AttachmentProjector::project(Database& db, const Record& record, qint64 rid)
{
    if (record.kind != QLatin1String(kAttachmentKind)) {
        return {};
    }
    const QJsonObject b = record.body();
    const QString sha = b.value(QStringLiteral("sha256")).toString();
    const qint64 size = integerIn(b.value(QStringLiteral("size")), 1, kMaxAttachmentSize);
    const qint64 parts = integerIn(b.value(QStringLiteral("parts")), 1, kMaxParts);
    const qint64 part = integerIn(b.value(QStringLiteral("part")), 0, kMaxParts - 1);
    const QJsonValue data = b.value(QStringLiteral("data"));
    // The chunk layout is fixed (kAttachmentChunkSize), so parts written by different
    // authors fit together; a chunk that does not follow it is not indexed. Its base64
    // length is checked here; its bytes when the content is read.
    if (!isLowerHex64(sha) || size < 0 || parts < 0 || part < 0 || part >= parts ||
        parts != partCount(size) || !data.isString() ||
        data.toString().size() != 4 * ((partLength(size, part) + 2) / 3)) {
        return {};
    }
    auto& ins =
        db.cached("INSERT OR IGNORE INTO attachment_parts(sha256, part, parts, size, media_type, name, "
                  "rid) VALUES(?, ?, ?, ?, ?, ?, ?);");
    ins.bind(1, sha).bind(2, part).bind(3, parts).bind(4, size);
    ins.bind(5, b.value(QStringLiteral("mediaType")).toString())
        .bind(6, b.value(QStringLiteral("name")).toString())
        .bind(7, rid);
    return ins.exec();
}

// --- store ------------------------------------------------------------------------------

Result<std::unique_ptr<AttachmentStore>> AttachmentStore::open(Ledger& ledger, const ProgressFn& progress)
{
    std::unique_ptr<AttachmentStore> store(new AttachmentStore(ledger));
    if (auto st = ledger.attachProjector(&store->m_projector, progress); !st) {
        return st.error();
    }
    return store;
}

AttachmentStore::~AttachmentStore()
{
    m_ledger.detachProjector(&m_projector);
}

Result<std::optional<AttachmentRef>> AttachmentStore::info(const QString& sha256)
{
    auto sha = normaliseSha256(sha256);
    if (!sha) {
        return sha.error();
    }
    // Part 0 (else the lowest held) names the attachment; parts that disagree on the shape
    // (parts, size) with it do not count.
    auto st = m_ledger.database().prepare(
        "SELECT part, parts, size, media_type, name FROM attachment_parts WHERE sha256 = ? ORDER BY part;");
    st.bind(1, sha.value());
    std::optional<AttachmentRef> ref;
    int held = 0;
    while (st.step()) {
        if (!ref) {
            ref = AttachmentRef();
            ref->sha256 = sha.value();
            ref->name = st.text(4);
            ref->mediaType = st.text(3);
            ref->size = st.int64(2);
            ref->parts = static_cast<int>(st.int64(1));
        }
        if (st.int64(1) == ref->parts && st.int64(2) == ref->size) {
            ++held;
        }
    }
    if (!st.status()) {
        return st.status().error();
    }
    if (ref) {
        ref->held = held;
        ref->complete = held == ref->parts;
    }
    return ref;
}

Result<QList<AttachmentRef>> AttachmentStore::list()
{
    auto st =
        m_ledger.database().prepare("SELECT sha256 FROM attachment_parts GROUP BY sha256 ORDER BY min(rid);");
    QList<QString> shas;
    while (st.step()) {
        shas.append(st.text(0));
    }
    if (!st.status()) {
        return st.status().error();
    }
    QList<AttachmentRef> out;
    for (const QString& sha : std::as_const(shas)) {
        auto ref = info(sha);
        if (!ref) {
            return ref.error();
        }
        if (ref.value()) {
            out.append(*ref.value());
        }
    }
    return out;
}

Result<QByteArray> AttachmentStore::get(const QString& sha256)
{
    auto found = info(sha256);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return invalid(
            QCoreApplication::translate("suyuan", "There is no attachment %1.").arg(sha256.trimmed()));
    }
    const AttachmentRef ref = *found.value();
    auto rows = m_ledger.database().prepare(
        "SELECT p.part, r.bytes FROM attachment_parts p JOIN records r ON r.rid = p.rid "
        "WHERE p.sha256 = ? AND p.parts = ? AND p.size = ? ORDER BY p.part;");
    rows.bind(1, ref.sha256).bind(2, ref.parts).bind(3, ref.size);
    QByteArray content;
    content.reserve(ref.size);
    qint64 next = 0;
    int held = 0;
    bool inOrder = true;
    while (rows.step()) {
        ++held;
        const qint64 part = rows.int64(0);
        if (part != next) {
            inOrder = false;
            continue; // a part is missing: keep counting what is held for the message
        }
        const QJsonObject body =
            QJsonDocument::fromJson(rows.blob(1)).object().value(QStringLiteral("body")).toObject();
        const auto chunk =
            QByteArray::fromBase64Encoding(body.value(QStringLiteral("data")).toString().toLatin1(),
                                           QByteArray::AbortOnBase64DecodingErrors);
        if (!chunk || body.value(QStringLiteral("sha256")).toString() != ref.sha256 ||
            chunk.decoded.size() != partLength(ref.size, part)) {
            return Error(ErrorCode::Malformed,
                         QCoreApplication::translate("suyuan", "Attachment %1: part %2 of %3 cannot be read.")
                             .arg(ref.sha256)
                             .arg(part + 1)
                             .arg(ref.parts));
        }
        content += chunk.decoded;
        ++next;
    }
    if (!rows.status()) {
        return rows.status().error();
    }
    if (!inOrder || held != ref.parts) {
        return invalid(QCoreApplication::translate("suyuan", "Attachment incomplete: %1 of %2 parts (%3).")
                           .arg(held)
                           .arg(ref.parts)
                           .arg(ref.sha256));
    }
    if (content.size() != ref.size || QString::fromLatin1(crypto::sha256(content).toHex()) != ref.sha256) {
        return Error(ErrorCode::Malformed,
                     QCoreApplication::translate("suyuan", "Attachment %1 does not match its SHA-256.")
                         .arg(ref.sha256));
    }
    return content;
}

Result<AttachmentRef> AttachmentStore::add(const QByteArray& content, const QString& name,
                                           const QString& mediaType)
{
    const QString cleanName = name.trimmed();
    if (auto st = checkName(cleanName); !st) {
        return st.error();
    }
    if (content.isEmpty()) {
        return invalid(QCoreApplication::translate("suyuan", "Attachment \"%1\" is empty.").arg(cleanName));
    }
    if (content.size() > kMaxAttachmentSize) {
        return tooLarge(cleanName, content.size());
    }
    QString type = mediaType.trimmed().toLower();
    if (type.isEmpty()) {
        const QMimeDatabase mimes;
        type = cleanName.isEmpty() ? mimes.mimeTypeForData(content).name()
                                   : mimes.mimeTypeForFileNameAndData(cleanName, content).name();
    }
    if (!isMediaType(type)) {
        return invalid(QCoreApplication::translate(
                           "suyuan", "\"%1\" is not a media type such as application/pdf or image/jpeg.")
                           .arg(mediaType));
    }
    const QString sha = QString::fromLatin1(crypto::sha256(content).toHex());
    auto held = info(sha);
    if (!held) {
        return held.error();
    }
    QList<bool> have(partCount(content.size()), false);
    if (held.value()) {
        if (held.value()->complete) {
            return *held.value(); // content-addressed: already stored
        }
        // Some parts arrived already (by sync or a bundle): add only the missing ones.
        auto st = m_ledger.database().prepare(
            "SELECT part FROM attachment_parts WHERE sha256 = ? AND parts = ? AND size = ?;");
        st.bind(1, sha).bind(2, partCount(content.size())).bind(3, static_cast<qint64>(content.size()));
        while (st.step()) {
            have[st.int64(0)] = true;
        }
        if (!st.status()) {
            return st.status().error();
        }
    }
    QList<Ledger::Draft> drafts;
    for (qint64 part = 0; part < have.size(); ++part) {
        if (have[part]) {
            continue;
        }
        const QByteArray chunk = content.mid(part * kAttachmentChunkSize, partLength(content.size(), part));
        drafts.append(
            Ledger::Draft{QString::fromLatin1(kAttachmentKind),
                          QJsonObject{{QStringLiteral("sha256"), sha},
                                      {QStringLiteral("part"), part},
                                      {QStringLiteral("parts"), have.size()},
                                      {QStringLiteral("size"), static_cast<qint64>(content.size())},
                                      {QStringLiteral("mediaType"), type},
                                      {QStringLiteral("name"), cleanName},
                                      {QStringLiteral("data"), QString::fromLatin1(chunk.toBase64())}}});
    }
    if (auto stored = m_ledger.appendBatch(drafts); !stored) {
        return stored.error();
    }
    auto ref = info(sha);
    if (!ref) {
        return ref.error();
    }
    if (!ref.value() || !ref.value()->complete) {
        return Error(
            ErrorCode::Internal,
            QCoreApplication::translate("suyuan", "Attachment %1 was stored but is not indexed.").arg(sha));
    }
    return *ref.value();
}

Result<AttachmentRef> AttachmentStore::addFile(const QString& path, const QString& name,
                                               const QString& mediaType)
{
    const QString displayName = name.isEmpty() ? QFileInfo(path).fileName() : name;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(
            ErrorCode::Io,
            QCoreApplication::translate("suyuan", "Cannot read %1: %2").arg(path, file.errorString()));
    }
    if (file.size() > kMaxAttachmentSize) {
        return tooLarge(displayName, file.size()); // refused before reading it all
    }
    const QByteArray content = file.read(kMaxAttachmentSize + 1);
    if (file.error() != QFileDevice::NoError) {
        return Error(
            ErrorCode::Io,
            QCoreApplication::translate("suyuan", "Cannot read %1: %2").arg(path, file.errorString()));
    }
    if (content.size() > kMaxAttachmentSize) {
        return tooLarge(displayName, content.size()); // a file that grew, or a device
    }
    QString type = mediaType;
    if (type.isEmpty()) {
        // The file name is not always the display name; guess from both and the content.
        const QMimeDatabase mimes;
        type = mimes.mimeTypeForFileNameAndData(displayName, content).name();
        if (type == QLatin1String("application/octet-stream")) {
            type = mimes.mimeTypeForFileNameAndData(path, content).name();
        }
    }
    return add(content, displayName, type);
}

Status AttachmentStore::exportTo(const QString& sha256, const QString& path)
{
    auto content = get(sha256);
    if (!content) {
        return content.error();
    }
    return writeFileAtomically(path, content.value());
}

} // namespace suyuan::trace
