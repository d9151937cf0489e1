#include "Result.h"

namespace suyuan {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    case ErrorCode::InvalidArgument:
        return QStringLiteral("invalid_argument");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Crypto:
        return QStringLiteral("crypto");
    case ErrorCode::Sql:
        return QStringLiteral("sql");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::ProfileMissing:
        return QStringLiteral("profile_missing");
    case ErrorCode::ProfileExists:
        return QStringLiteral("profile_exists");
    case ErrorCode::ProfileInvalid:
        return QStringLiteral("profile_invalid");
    case ErrorCode::WrongPassphrase:
        return QStringLiteral("wrong_passphrase");
    case ErrorCode::DatabaseMissing:
        return QStringLiteral("database_missing");
    case ErrorCode::DatabaseEmpty:
        return QStringLiteral("database_empty");
    case ErrorCode::DatabaseTruncated:
        return QStringLiteral("database_truncated");
    case ErrorCode::DatabaseCorrupt:
        return QStringLiteral("database_corrupt");
    case ErrorCode::DatabaseVersion:
        return QStringLiteral("database_version");
    case ErrorCode::RollbackDetected:
        return QStringLiteral("rollback_detected");
    case ErrorCode::Malformed:
        return QStringLiteral("malformed");
    case ErrorCode::TooLarge:
        return QStringLiteral("too_large");
    case ErrorCode::BadSignature:
        return QStringLiteral("bad_signature");
    case ErrorCode::UnknownAuthor:
        return QStringLiteral("unknown_author");
    case ErrorCode::RevokedAuthor:
        return QStringLiteral("revoked_author");
    case ErrorCode::ChainBroken:
        return QStringLiteral("chain_broken");
    case ErrorCode::SequenceGap:
        return QStringLiteral("sequence_gap");
    case ErrorCode::TimeRegression:
        return QStringLiteral("time_regression");
    case ErrorCode::TimeFuture:
        return QStringLiteral("time_future");
    case ErrorCode::Fork:
        return QStringLiteral("fork");
    case ErrorCode::Duplicate:
        return QStringLiteral("duplicate");
    }
    return QStringLiteral("internal");
}

} // namespace suyuan
