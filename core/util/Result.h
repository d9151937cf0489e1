#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace suyuan {

// Machine-readable error codes. The ledger's rejection reasons share this space so that
// the CLI, the GUI and the sync layer can all report the same precise reason.
enum class ErrorCode
{
    Internal,
    InvalidArgument,
    Io,
    Crypto,
    Sql,
    Cancelled,
    // profiles
    ProfileMissing,
    ProfileExists,
    ProfileInvalid,
    WrongPassphrase,
    DatabaseMissing,
    DatabaseEmpty,
    DatabaseTruncated,
    DatabaseCorrupt,
    DatabaseVersion,
    RollbackDetected,
    // records and ingest
    Malformed,
    TooLarge,
    BadSignature,
    UnknownAuthor,
    RevokedAuthor,
    ChainBroken,
    SequenceGap,
    TimeRegression,
    TimeFuture,
    Fork,
    Duplicate,
};

// Stable lower-case name used in logs, JSON output and tests ("bad_signature", ...).
QString errorCodeName(ErrorCode code);

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message; // translated, ready to show to the user

    Error() = default;
    Error(ErrorCode c, QString m) : code(c), message(std::move(m)) {}
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_value(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_value); }
    const T& value() const& { return std::get<T>(m_value); }
    // By value: `for (auto& x : f().value())` then stays safe after the Result is gone.
    T value() && { return std::get<T>(std::move(m_value)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }

    // On success there is no error; an empty one is returned rather than throwing.
    const Error& error() const
    {
        static const Error none(ErrorCode::Internal, QString());
        return ok() ? none : std::get<Error>(m_value);
    }

private:
    std::variant<T, Error> m_value;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const
    {
        static const Error none(ErrorCode::Internal, QString());
        return m_error ? *m_error : none;
    }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace suyuan
