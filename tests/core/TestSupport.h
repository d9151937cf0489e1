#pragma once

#include "crypto/Ed25519.h"
#include "ledger/Ledger.h"
#include "ledger/Profile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <memory>

namespace suyuan::test {

// Creates a profile with cheap KDF parameters (the scrypt cost is not under test here).
std::unique_ptr<Ledger> createProfile(const QString& dir, const QByteArray& passphrase = "correct horse",
                                      const QString& organisation = QStringLiteral("Test co-op"));

// Every file of a profile directory, name → bytes, and name → mtime (ns).
QMap<QString, QByteArray> snapshotFiles(const QString& dir);
QMap<QString, qint64> snapshotMtimes(const QString& dir);

// An author outside any ledger that can craft arbitrary records, valid or not.
class ForeignAuthor
{
public:
    ForeignAuthor();
    QByteArray publicKey() const { return m_key.publicKey(); }
    // The next record of this author's chain (advances seq and prev).
    SignedBytes next(const QString& kind = QStringLiteral("note"),
                     const QJsonObject& body = {{QStringLiteral("n"), 1}}, qint64 timeMs = -1);
    // A record at an explicit position, not advancing the chain.
    SignedBytes make(qint64 seq, const QByteArray& prev, qint64 timeMs,
                     const QString& kind = QStringLiteral("note"),
                     const QJsonObject& body = {{QStringLiteral("n"), 1}});
    SignedBytes signRaw(const QByteArray& bytes) const { return {bytes, m_key.sign(bytes)}; }
    qint64 seq() const { return m_seq; }
    QByteArray headId() const { return m_prev; }

private:
    crypto::SigningKey m_key;
    qint64 m_seq = 0;
    QByteArray m_prev;
    qint64 m_time;
};

} // namespace suyuan::test
