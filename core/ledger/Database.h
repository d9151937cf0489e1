#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace suyuan {

class Statement;

// A thin owner of one SQLCipher connection. All SQL of the project lives in core/.
class Database
{
public:
    enum class OpenMode
    {
        ExistingOnly,
        Create
    };

    // Opens the file and applies the raw 256-bit key. Does not read the file yet.
    static Result<std::unique_ptr<Database>> open(const QString& path, const QByteArray& rawKey,
                                                  OpenMode mode, int cipherCompatibility);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Status exec(const char* sql);
    Statement prepare(const char* sql);
    // A statement prepared once and kept for the connection's lifetime (hot paths such as
    // projections): reset and unbound on every call. Reset it after a step() loop too.
    Statement& cached(const QByteArray& sql);
    Status lastError(const char* context) const;
    qint64 changes() const;
    qint64 lastInsertRowId() const;
    sqlite3* handle() const { return m_db; }
    // Counts the transactions begun (Transaction::begin): state kept in memory for the
    // current transaction can tell that the one it was gathered in has ended.
    quint64 transactionSerial() const { return m_transactionSerial; }

    // A single-value query; returns the first column of the first row as text.
    Result<QString> queryText(const char* sql);

    static QString cipherVersion();

private:
    explicit Database(sqlite3* db) : m_db(db) {}
    sqlite3* m_db = nullptr;
    std::map<QByteArray, std::unique_ptr<Statement>> m_cache;
    quint64 m_transactionSerial = 0;
    friend class Transaction;
};

// A prepared statement: bind, step, read columns. Reset before reuse.
class Statement
{
public:
    Statement(Database& db, sqlite3_stmt* stmt) : m_db(&db), m_stmt(stmt) {}
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, double value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, const QByteArray& blob); // null if blob.isNull()
    Statement& bind(int index, const QString& text);
    Statement& bindNull(int index);

    // Returns true while a row is available; false at the end; sets error() on failure.
    bool step();
    Status exec(); // step to completion, then reset
    void reset();
    const Status& status() const { return m_status; }

    qint64 int64(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;

private:
    Database* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    Status m_status;
};

// BEGIN IMMEDIATE … COMMIT; rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Status begin();
    Status commit();

private:
    Database& m_db;
    bool m_open = false;
};

} // namespace suyuan
