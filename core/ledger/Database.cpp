#include "Database.h"

#include "crypto/Hash.h"
#include "crypto/OpenSsl.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlcipher/sqlite3.h>

#include <utility>

namespace suyuan {

namespace {
// Before anything else uses OpenSSL: no exit-time cleanup (see OpenSsl.h).
[[maybe_unused]] const bool kOpenSslReady = crypto::initOpenSsl();
} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString& path, const QByteArray& rawKey, OpenMode mode,
                                                 int cipherCompatibility)
{
    sqlite3* db = nullptr;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
    if (mode == OpenMode::Create) {
        flags |= SQLITE_OPEN_CREATE;
    }
    const QByteArray nativePath = QFile::encodeName(path);
    if (sqlite3_open_v2(nativePath.constData(), &db, flags, nullptr) != SQLITE_OK) {
        const QString why = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
        sqlite3_close(db);
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("suyuan", "Cannot open the database %1: %2").arg(path, why));
    }
    std::unique_ptr<Database> out(new Database(db));
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 10000);
    // The raw key form bypasses SQLCipher's own KDF: ours ran already (see Profile).
    QByteArray pragma = "PRAGMA key = \"x'" + rawKey.toHex() + "'\";";
    const int rc = sqlite3_exec(db, pragma.constData(), nullptr, nullptr, nullptr);
    crypto::wipe(pragma);
    if (rc != SQLITE_OK) {
        return out->lastError("key").error();
    }
    if (cipherCompatibility == 3 && cipherVersion().startsWith(QLatin1Char('4'))) {
        // A profile made with SQLCipher 3 opened by a build that links SQLCipher 4.
        if (auto st = out->exec("PRAGMA cipher_compatibility = 3;"); !st) {
            return st.error();
        }
    }
    if (auto st = out->exec("PRAGMA cipher_page_size = 4096;"); !st) {
        return st.error();
    }
    return out;
}

Database::~Database()
{
    m_cache.clear(); // finalize before closing
    sqlite3_close_v2(m_db);
}

Statement& Database::cached(const QByteArray& sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        it = m_cache.emplace(sql, std::make_unique<Statement>(prepare(sql.constData()))).first;
    }
    it->second->reset();
    return *it->second;
}

QString Database::cipherVersion()
{
    // Asked of a throwaway in-memory connection: the pragma needs no key.
    sqlite3* db = nullptr;
    QString version;
    if (sqlite3_open(":memory:", &db) == SQLITE_OK) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version;", -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW) {
            version = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return version;
}

Status Database::exec(const char* sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
        return lastError(sql);
    }
    return {};
}

Statement Database::prepare(const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        stmt = nullptr;
    }
    return Statement(*this, stmt);
}

Status Database::lastError(const char* context) const
{
    const int code = sqlite3_extended_errcode(m_db);
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    ErrorCode ec = ErrorCode::Sql;
    if ((code & 0xff) == SQLITE_NOTADB || (code & 0xff) == SQLITE_CORRUPT) {
        ec = ErrorCode::DatabaseCorrupt;
    } else if ((code & 0xff) == SQLITE_IOERR || (code & 0xff) == SQLITE_FULL ||
               (code & 0xff) == SQLITE_CANTOPEN) {
        ec = ErrorCode::Io;
    }
    Q_UNUSED(context)
    return Error(
        ec, QCoreApplication::translate("suyuan", "Database error: %1 (code %2)").arg(message).arg(code));
}

qint64 Database::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

Result<QString> Database::queryText(const char* sql)
{
    Statement st = prepare(sql);
    if (!st.isValid()) {
        return lastError(sql).error();
    }
    if (!st.step()) {
        if (!st.status()) {
            return st.status().error();
        }
        return QString();
    }
    return st.text(0);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)), m_status(std::move(other.m_status))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_status = std::move(other.m_status);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob)
{
    if (blob.isNull()) {
        sqlite3_bind_null(m_stmt, index);
    } else {
        sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

Statement& Statement::bind(int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step()
{
    if (!m_stmt) {
        m_status = Error(ErrorCode::Sql, QStringLiteral("invalid statement"));
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc != SQLITE_DONE) {
        m_status = m_db->lastError("step");
    }
    return false;
}

Status Statement::exec()
{
    m_status = {};
    while (step()) {
    }
    Status result = m_status;
    reset();
    return result;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_status = {};
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QByteArray Statement::blob(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data) {
        return sqlite3_column_type(m_stmt, column) == SQLITE_NULL ? QByteArray() : QByteArray("");
    }
    return QByteArray(static_cast<const char*>(data), size);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Transaction::Transaction(Database& db) : m_db(db)
{
}

Transaction::~Transaction()
{
    if (m_open) {
        (void)m_db.exec("ROLLBACK;");
    }
}

Status Transaction::begin()
{
    auto st = m_db.exec("BEGIN IMMEDIATE;");
    m_open = st.ok();
    ++m_db.m_transactionSerial;
    return st;
}

Status Transaction::commit()
{
    auto st = m_db.exec("COMMIT;");
    if (st) {
        m_open = false;
    }
    return st;
}

} // namespace suyuan
