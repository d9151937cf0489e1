#include "TestSupport.h"

#include "crypto/Hash.h"
#include "crypto/Kdf.h"
#include "ledger/Record.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace suyuan::test {

std::unique_ptr<Ledger> createProfile(const QString& dir, const QByteArray& passphrase,
                                      const QString& organisation)
{
    auto ledger = Profile::create(dir, passphrase, organisation, crypto::testKdfParams());
    if (!ledger) {
        qFatal("cannot create a test profile: %s", qPrintable(ledger.error().message));
    }
    return std::move(ledger.value());
}

QMap<QString, QByteArray> snapshotFiles(const QString& dir)
{
    QMap<QString, QByteArray> out;
    for (const QFileInfo& fi : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden)) {
        QFile f(fi.absoluteFilePath());
        if (f.open(QIODevice::ReadOnly)) {
            out.insert(fi.fileName(), f.readAll());
        }
    }
    return out;
}

QMap<QString, qint64> snapshotMtimes(const QString& dir)
{
    QMap<QString, qint64> out;
    for (const QFileInfo& fi : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden)) {
        out.insert(fi.fileName(), fi.lastModified().toMSecsSinceEpoch());
    }
    return out;
}

ForeignAuthor::ForeignAuthor()
    : m_key(crypto::SigningKey::generate()), m_time(QDateTime::currentMSecsSinceEpoch() - 60000)
{
}

SignedBytes ForeignAuthor::next(const QString& kind, const QJsonObject& body, qint64 timeMs)
{
    m_time = timeMs >= 0 ? timeMs : m_time + 1;
    ++m_seq;
    const QByteArray bytes =
        encodeRecord(m_key.publicKey(), m_seq, m_seq == 1 ? QByteArray() : m_prev, m_time, kind, body);
    m_prev = crypto::sha256(bytes);
    return {bytes, m_key.sign(bytes)};
}

SignedBytes ForeignAuthor::make(qint64 seq, const QByteArray& prev, qint64 timeMs, const QString& kind,
                                const QJsonObject& body)
{
    const QByteArray bytes = encodeRecord(m_key.publicKey(), seq, prev, timeMs, kind, body);
    return {bytes, m_key.sign(bytes)};
}

} // namespace suyuan::test
