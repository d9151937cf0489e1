#include "Profile.h"

#include "Schema.h"
#include "crypto/Ed25519.h"
#include "crypto/Hash.h"
#include "util/Files.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>

namespace suyuan {

namespace {

constexpr int kProfileVersion = 1;
constexpr qint64 kPageSize = 4096;
const QByteArray kKeyCheckLabel = QByteArrayLiteral("suyuan key check v1");

struct ProfileInfo
{
    QString database; // file name inside the profile directory
    crypto::KdfParams kdf;
    QByteArray keyCheck;
    int cipherCompatibility = 3;
};

int runningCipherMajor()
{
    const QString v = Database::cipherVersion();
    return v.startsWith(QLatin1Char('4')) ? 4 : 3;
}

QByteArray keyCheckValue(const QByteArray& key)
{
    return crypto::hmacSha256(key, kKeyCheckLabel).left(16);
}

QByteArray encodeInfo(const ProfileInfo& info)
{
    QJsonObject obj{
        {QStringLiteral("format"), QStringLiteral("suyuan.profile")},
        {QStringLiteral("version"), kProfileVersion},
        {QStringLiteral("database"), info.database},
        {QStringLiteral("kdf"), info.kdf.toJson()},
        {QStringLiteral("key_check"), QString::fromLatin1(info.keyCheck.toHex())},
        {QStringLiteral("cipher"), QJsonObject{{QStringLiteral("compatibility"), info.cipherCompatibility},
                                               {QStringLiteral("page_size"), kPageSize}}}};
    return QJsonDocument(obj).toJson(QJsonDocument::Indented);
}

Result<ProfileInfo> readInfo(const QString& dir)
{
    QFile file(Profile::profileFile(dir));
    if (!file.exists()) {
        return Error(
            ErrorCode::ProfileMissing,
            QCoreApplication::translate(
                "suyuan", "There is no profile in %1. Create one first (suyuan-cli init, or start the app).")
                .arg(dir));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io, QCoreApplication::translate("suyuan", "Cannot read %1: %2")
                                        .arg(file.fileName(), file.errorString()));
    }
    const QJsonObject obj = QJsonDocument::fromJson(file.read(1 << 16)).object();
    if (obj.value(QStringLiteral("format")).toString() != QStringLiteral("suyuan.profile")) {
        return Error(
            ErrorCode::ProfileInvalid,
            QCoreApplication::translate("suyuan", "%1 is not a Suyuan profile file.").arg(file.fileName()));
    }
    if (obj.value(QStringLiteral("version")).toInt() != kProfileVersion) {
        return Error(ErrorCode::DatabaseVersion,
                     QCoreApplication::translate(
                         "suyuan", "The profile was made by a newer version of Suyuan (profile format %1).")
                         .arg(obj.value(QStringLiteral("version")).toInt()));
    }
    ProfileInfo info;
    info.database = obj.value(QStringLiteral("database")).toString();
    static const QRegularExpression kDbName(QStringLiteral("^ledger-[0-9]+\\.db$"));
    if (!kDbName.match(info.database).hasMatch()) {
        return Error(ErrorCode::ProfileInvalid,
                     QCoreApplication::translate("suyuan", "profile.json names an invalid database file."));
    }
    auto kdf = crypto::KdfParams::fromJson(obj.value(QStringLiteral("kdf")).toObject());
    if (!kdf) {
        return kdf.error();
    }
    info.kdf = kdf.value();
    info.keyCheck = QByteArray::fromHex(obj.value(QStringLiteral("key_check")).toString().toLatin1());
    info.cipherCompatibility =
        obj.value(QStringLiteral("cipher")).toObject().value(QStringLiteral("compatibility")).toInt(3);
    if (info.keyCheck.size() != 16 || (info.cipherCompatibility != 3 && info.cipherCompatibility != 4)) {
        return Error(ErrorCode::ProfileInvalid,
                     QCoreApplication::translate("suyuan", "profile.json is damaged."));
    }
    if (info.cipherCompatibility == 4 && runningCipherMajor() == 3) {
        return Error(
            ErrorCode::DatabaseVersion,
            QCoreApplication::translate(
                "suyuan", "This profile was created with SQLCipher 4; this build links SQLCipher %1.")
                .arg(Database::cipherVersion()));
    }
    return info;
}

int generationOf(const QString& dbName)
{
    return dbName.mid(7, dbName.size() - 10).toInt();
}

// Files a crashed passphrase change or init may leave: databases profile.json does not
// name, and temporary files. Removing them is safe: nothing refers to them.
void removeLeftovers(const QString& dir, const QString& current)
{
    QDir d(dir);
    const QStringList names =
        d.entryList({QStringLiteral("ledger-*.db*"), QStringLiteral("*.tmp")}, QDir::Files);
    for (const QString& name : names) {
        if (name == current || name.startsWith(current + QLatin1Char('-'))) {
            continue; // the live database and its -wal / -shm
        }
        d.remove(name);
    }
}

Status checkDatabaseFile(const QString& path)
{
    const QFileInfo fi(path);
    if (!fi.exists()) {
        return Error(ErrorCode::DatabaseMissing,
                     QCoreApplication::translate(
                         "suyuan",
                         "The ledger database %1 is missing. Restore it from a backup; it is not re-created, "
                         "so that no history is silently lost.")
                         .arg(path));
    }
    if (fi.size() == 0) {
        return Error(ErrorCode::DatabaseEmpty,
                     QCoreApplication::translate(
                         "suyuan", "The ledger database %1 is empty (0 bytes). Restore it from a backup.")
                         .arg(path));
    }
    if (fi.size() % kPageSize != 0) {
        return Error(
            ErrorCode::DatabaseTruncated,
            QCoreApplication::translate(
                "suyuan",
                "The ledger database %1 is truncated (%2 bytes is not a whole number of pages). Restore it "
                "from a backup.")
                .arg(path)
                .arg(fi.size()));
    }
    return {};
}

Status configureConnection(Database& db)
{
    // WAL with synchronous=FULL: a commit the API reports is on disk. temp_store=MEMORY
    // keeps sort and temp tables out of unencrypted temporary files.
    for (const char* sql : {"PRAGMA journal_mode = WAL;", "PRAGMA synchronous = FULL;",
                            "PRAGMA temp_store = MEMORY;", "PRAGMA foreign_keys = ON;",
                            // 64 MiB of decrypted pages: random inserts into the id index of a
                            // large ledger otherwise decrypt the same pages again and again.
                            "PRAGMA cache_size = -65536;", "PRAGMA cipher_memory_security = ON;"}) {
        auto st = db.exec(sql);
        if (!st && QByteArray(sql).contains("cipher_memory_security")) {
            continue; // only in SQLCipher 4
        }
        if (!st) {
            return st;
        }
    }
    return {};
}

Result<std::unique_ptr<Database>> openExisting(const QString& dir, const ProfileInfo& info,
                                               const QByteArray& key)
{
    const QString path = QDir(dir).filePath(info.database);
    if (auto st = checkDatabaseFile(path); !st) {
        return st.error();
    }
    const QString walPath = path + QStringLiteral("-wal");
    const bool uncleanShutdown = QFileInfo(walPath).exists() && QFileInfo(walPath).size() > 0;
    auto db = Database::open(path, key, Database::OpenMode::ExistingOnly, info.cipherCompatibility);
    if (!db) {
        return db.error();
    }
    auto magic = db.value()->queryText("SELECT value FROM meta WHERE key = 'magic';");
    if (!magic || magic.value() != QLatin1String(kProfileMagic)) {
        return Error(
            ErrorCode::DatabaseCorrupt,
            QCoreApplication::translate(
                "suyuan",
                "The ledger database %1 cannot be read with this profile's key: it is damaged or belongs to "
                "another profile.")
                .arg(path));
    }
    if (!uncleanShutdown) {
        // The header's page count must fit in the file: catches truncation at a page boundary.
        auto pages = db.value()->queryText("PRAGMA page_count;");
        if (!pages || pages.value().toLongLong() * kPageSize > QFileInfo(path).size()) {
            return Error(ErrorCode::DatabaseTruncated,
                         QCoreApplication::translate(
                             "suyuan", "The ledger database %1 is truncated. Restore it from a backup.")
                             .arg(path));
        }
    }
    auto version = db.value()->queryText("SELECT value FROM meta WHERE key = 'schema_version';");
    if (!version || version.value().toInt() != kSchemaVersion) {
        return Error(ErrorCode::DatabaseVersion,
                     QCoreApplication::translate(
                         "suyuan", "The ledger database has schema version %1; this build reads version %2.")
                         .arg(version ? version.value() : QStringLiteral("?"))
                         .arg(kSchemaVersion));
    }
    if (auto st = configureConnection(*db.value()); !st) {
        return st.error();
    }
    if (uncleanShutdown) {
        // After a crash, check the pages before trusting them; the result must be exactly "ok".
        auto check = db.value()->queryText("PRAGMA quick_check;");
        if (!check || check.value() != QStringLiteral("ok")) {
            return Error(
                ErrorCode::DatabaseCorrupt,
                QCoreApplication::translate("suyuan", "The ledger database failed its integrity check: %1")
                    .arg(check ? check.value() : check.error().message));
        }
    }
    return db;
}

Error wrongPassphrase()
{
    return Error(
        ErrorCode::WrongPassphrase,
        QCoreApplication::translate("suyuan", "Wrong passphrase. Nothing was changed; please try again."));
}

} // namespace

QString Profile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/suyuan/default");
}

QString Profile::profileFile(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("profile.json"));
}

bool Profile::exists(const QString& dir)
{
    return QFileInfo::exists(profileFile(dir));
}

Result<std::unique_ptr<Ledger>> Profile::create(const QString& dir, const QByteArray& passphrase,
                                                const QString& organisation,
                                                std::optional<crypto::KdfParams> kdf)
{
    if (passphrase.isEmpty()) {
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("suyuan", "The passphrase must not be empty."));
    }
    if (organisation.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("suyuan", "The organisation name must not be empty."));
    }
    if (exists(dir)) {
        return Error(ErrorCode::ProfileExists,
                     QCoreApplication::translate("suyuan", "A profile already exists in %1.").arg(dir));
    }
    if (!QDir().mkpath(dir)) {
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("suyuan", "Cannot create the directory %1.").arg(dir));
    }
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QStringList stray = QDir(dir).entryList({QStringLiteral("ledger-*.db")}, QDir::Files);
    if (!stray.isEmpty()) {
        return Error(
            ErrorCode::ProfileInvalid,
            QCoreApplication::translate(
                "suyuan",
                "%1 holds a ledger database but no profile.json. Move it away before creating a profile "
                "here.")
                .arg(dir));
    }
    removeLeftovers(dir, QString());

    ProfileInfo info;
    info.database = QStringLiteral("ledger-1.db");
    info.kdf = kdf ? *kdf : crypto::calibrateKdf();
    info.cipherCompatibility = runningCipherMajor();
    auto key = crypto::deriveKey(passphrase, info.kdf);
    if (!key) {
        return key.error();
    }
    info.keyCheck = keyCheckValue(key.value());

    // Build the database under a temporary name; it becomes the profile's only when
    // profile.json names it.
    const QString tmpPath = QDir(dir).filePath(info.database + QStringLiteral(".tmp"));
    {
        auto db = Database::open(tmpPath, key.value(), Database::OpenMode::Create, info.cipherCompatibility);
        if (!db) {
            crypto::wipe(key.value());
            return db.error();
        }
        Database& d = *db.value();
        Status st = configureConnection(d);
        Transaction tx(d);
        if (st) {
            st = tx.begin();
        }
        if (st) {
            st = createSchema(d);
        }
        const crypto::SigningKey signingKey = crypto::SigningKey::generate();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (st) {
            auto ins = d.prepare("INSERT INTO meta(key, value) VALUES(?, ?);");
            const QList<QPair<QString, QString>> meta = {
                {QStringLiteral("magic"), QLatin1String(kProfileMagic)},
                {QStringLiteral("schema_version"), QString::number(kSchemaVersion)},
                {QStringLiteral("organisation"), organisation.trimmed()},
                {QStringLiteral("unknown_author_policy"), QStringLiteral("pending")},
                {QStringLiteral("created"), QString::number(now)}};
            for (const auto& [k, v] : meta) {
                if (st) {
                    st = ins.bind(1, k).bind(2, v).exec();
                }
            }
        }
        if (st) {
            QByteArray seed = signingKey.seed();
            st = d.prepare("INSERT INTO identity(one, public_key, seed, created_ms) VALUES(1, ?, ?, ?);")
                     .bind(1, signingKey.publicKey())
                     .bind(2, seed)
                     .bind(3, now)
                     .exec();
            crypto::wipe(seed);
        }
        if (st) {
            st = d.prepare("INSERT INTO authors(key, status, name, first_seen_ms) VALUES(?, ?, ?, ?);")
                     .bind(1, signingKey.publicKey())
                     .bind(2, static_cast<qint64>(AuthorStatus::Self))
                     .bind(3, organisation.trimmed())
                     .bind(4, now)
                     .exec();
        }
        if (st) {
            st = tx.commit();
        }
        if (st) {
            st = d.exec("PRAGMA wal_checkpoint(TRUNCATE);");
        }
        if (!st) {
            crypto::wipe(key.value());
            return st.error();
        }
    }
    const QString dbPath = QDir(dir).filePath(info.database);
    QFile::remove(tmpPath + QStringLiteral("-wal"));
    QFile::remove(tmpPath + QStringLiteral("-shm"));
    QFile::setPermissions(tmpPath, QFile::ReadOwner | QFile::WriteOwner);
    Status st = syncFile(tmpPath);
    if (st && !QFile::rename(tmpPath, dbPath)) {
        st = Error(ErrorCode::Io, QCoreApplication::translate("suyuan", "Cannot create %1.").arg(dbPath));
    }
    if (st) {
        st = writeFileAtomically(profileFile(dir), encodeInfo(info));
    }
    if (!st) {
        crypto::wipe(key.value());
        return st.error();
    }
    auto db = openExisting(dir, info, key.value());
    if (!db) {
        crypto::wipe(key.value());
        return db.error();
    }
    crypto::wipe(key.value());
    std::unique_ptr<Ledger> ledger(new Ledger(std::move(db.value()), dir));
    if (auto loaded = ledger->load(); !loaded) {
        return loaded.error();
    }
    return ledger;
}

Result<std::unique_ptr<Ledger>> Profile::open(const QString& dir, const QByteArray& passphrase)
{
    auto info = readInfo(dir);
    if (!info) {
        return info.error();
    }
    auto key = crypto::deriveKey(passphrase, info->kdf);
    if (!key) {
        return key.error();
    }
    // Checked before the database file is touched, so a wrong passphrase changes nothing.
    if (!crypto::constantTimeEqual(keyCheckValue(key.value()), info->keyCheck)) {
        crypto::wipe(key.value());
        return wrongPassphrase();
    }
    removeLeftovers(dir, info->database);
    auto db = openExisting(dir, info.value(), key.value());
    crypto::wipe(key.value());
    if (!db) {
        return db.error();
    }
    std::unique_ptr<Ledger> ledger(new Ledger(std::move(db.value()), dir));
    if (auto loaded = ledger->load(); !loaded) {
        return loaded.error();
    }
    return ledger;
}

Status Profile::changePassphrase(const QString& dir, const QByteArray& oldPassphrase,
                                 const QByteArray& newPassphrase, std::optional<crypto::KdfParams> kdf)
{
    if (newPassphrase.isEmpty()) {
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("suyuan", "The new passphrase must not be empty."));
    }
    auto info = readInfo(dir);
    if (!info) {
        return info.error();
    }
    auto oldKey = crypto::deriveKey(oldPassphrase, info->kdf);
    if (!oldKey) {
        return oldKey.error();
    }
    if (!crypto::constantTimeEqual(keyCheckValue(oldKey.value()), info->keyCheck)) {
        crypto::wipe(oldKey.value());
        return wrongPassphrase();
    }
    removeLeftovers(dir, info->database);
    auto db = openExisting(dir, info.value(), oldKey.value());
    crypto::wipe(oldKey.value());
    if (!db) {
        return db.error();
    }

    ProfileInfo next = info.value();
    next.kdf = kdf ? *kdf : crypto::calibrateKdf();
    next.database = QStringLiteral("ledger-%1.db").arg(generationOf(info->database) + 1);
    next.cipherCompatibility = runningCipherMajor();
    auto newKey = crypto::deriveKey(newPassphrase, next.kdf);
    if (!newKey) {
        return newKey.error();
    }
    next.keyCheck = keyCheckValue(newKey.value());

    // 1. Copy every page into a new file under the new key (sqlcipher_export).
    const QString tmpPath = QDir(dir).filePath(next.database + QStringLiteral(".tmp"));
    const QString newPath = QDir(dir).filePath(next.database);
    Status st = db.value()->exec("PRAGMA wal_checkpoint(TRUNCATE);");
    {
        // The connection was opened without SQLITE_OPEN_CREATE (so a missing database is
        // never silently re-created), and ATTACH inherits that: create the file first.
        QFile empty(tmpPath);
        if (st && !empty.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            st = Error(ErrorCode::Io, QCoreApplication::translate("suyuan", "Cannot write %1.").arg(tmpPath));
        }
    }
    if (st) {
        QByteArray attach = "ATTACH DATABASE '" + QFile::encodeName(tmpPath).replace('\'', "''") +
                            "' AS rekeyed KEY \"x'" + newKey.value().toHex() + "'\";";
        st = db.value()->exec(attach.constData());
        crypto::wipe(attach);
    }
    crypto::wipe(newKey.value());
    if (st) {
        st = db.value()->exec("PRAGMA rekeyed.cipher_page_size = 4096;");
    }
    if (st) {
        st = db.value()->exec("SELECT sqlcipher_export('rekeyed');");
    }
    if (st) {
        st = db.value()->exec("DETACH DATABASE rekeyed;");
    }
    db.value().reset();
    // 2. Make it durable under its final name; nothing refers to it yet.
    if (st) {
        QFile::setPermissions(tmpPath, QFile::ReadOwner | QFile::WriteOwner);
        st = syncFile(tmpPath);
    }
    if (st && !QFile::rename(tmpPath, newPath)) {
        st = Error(ErrorCode::Io, QCoreApplication::translate("suyuan", "Cannot write %1.").arg(newPath));
    }
    if (st) {
        st = syncDirectory(dir);
    }
    // 3. The commit point: profile.json now names the new database and salt.
    if (st) {
        st = writeFileAtomically(profileFile(dir), encodeInfo(next));
    }
    if (!st) {
        QFile::remove(tmpPath);
        QFile::remove(newPath);
        return st;
    }
    // 4. The old database is now unreferenced.
    removeLeftovers(dir, next.database);
    return {};
}

} // namespace suyuan
