#pragma once

#include "Projector.h"
#include "Record.h"
#include "ledger/Database.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace suyuan {

namespace crypto {
class SigningKey;
class Signer;
} // namespace crypto

enum class AuthorStatus
{
    Unknown = 0,
    Trusted = 1,
    Revoked = 2,
    Self = 3
};
enum class UnknownAuthorPolicy
{
    Pending,
    Reject
};

QString authorStatusName(AuthorStatus status);

struct AuthorInfo
{
    QByteArray key;
    QString nodeId;
    AuthorStatus status = AuthorStatus::Unknown;
    QString name;
    qint64 headSeq = 0;
    QByteArray headId;
    qint64 headTimeMs = 0;
    qint64 knownSeq = 0; // highest seq a signed checkpoint of this author claims
    bool forked = false;
    qint64 heldCount = 0;
};

// A record as it travels: exact bytes and signature.
struct SignedBytes
{
    QByteArray bytes;
    QByteArray signature;
};

struct IngestResult
{
    enum class Outcome
    {
        Accepted,
        Duplicate,
        Held,
        Rejected,
        Fork
    };
    Outcome outcome = Outcome::Rejected;
    ErrorCode reason = ErrorCode::Internal; // for Held, Rejected, Fork
    QString message;
    QByteArray id;
    qint64 seq = 0;
};

struct IngestSummary
{
    qint64 accepted = 0;
    qint64 duplicate = 0;
    qint64 held = 0;
    qint64 rejected = 0;
    qint64 forks = 0;
    qint64 promoted = 0;          // held records accepted because this batch filled their gap
    QList<IngestResult> problems; // every held, rejected and fork result
    void add(const IngestResult& result);
    void merge(const IngestSummary& other);
};

struct Checkpoint
{
    QByteArray author;
    qint64 seq = 0;
    QByteArray head;
    qint64 timeMs = 0;
    SignedBytes signedBytes;
};

struct LastAudit
{
    qint64 atMs = 0;
    qint64 checked = 0;
    qint64 failures = 0;
    bool ok = false;
};

using ProgressFn = std::function<bool(qint64 done, qint64 total)>; // return false to cancel

// The node's ledger: an open, unlocked profile database. Not thread-safe: use it from one
// thread, and open another Ledger (Profile::open) for a worker.
class Ledger
{
public:
    ~Ledger();
    Ledger(const Ledger&) = delete;
    Ledger& operator=(const Ledger&) = delete;

    QByteArray publicKey() const { return m_publicKey; }
    QString nodeId() const;
    QString organisationName() const { return m_organisation; }
    QString profileDir() const { return m_profileDir; }

    // Authoring. Refused with RollbackDetected when this node's own chain is known to go
    // further than the database holds.
    Result<Record> append(const QString& kind, const QJsonObject& body);
    struct Draft
    {
        QString kind;
        QJsonObject body;
    };
    // Signs (on every core) and stores all drafts in one transaction.
    Result<QList<Record>> appendBatch(const QList<Draft>& drafts);
    Status authoringAllowed();

    // Ingest of records made elsewhere: verify, then store, hold or reject.
    IngestResult ingest(const SignedBytes& record);
    IngestSummary ingestMany(const QList<SignedBytes>& records);

    // Authors.
    Result<QList<AuthorInfo>> authors();
    Result<AuthorInfo> author(const QByteArray& key);
    Status setAuthorStatus(const QByteArray& key, AuthorStatus status, const QString& name = {});
    Result<QByteArray> authorKeyForNodeId(const QString& nodeId); // among authors seen
    UnknownAuthorPolicy unknownAuthorPolicy() const { return m_policy; }
    Status setUnknownAuthorPolicy(UnknownAuthorPolicy policy);

    // Settings of this profile that are not records (the label base address, …): kept in
    // the encrypted database beside the ledger, never signed or synced. An unset key reads
    // as an empty string.
    Result<QString> setting(const QString& key);
    Status setSetting(const QString& key, const QString& value);

    // A detached Ed25519 signature by this node's key over bytes that are neither a record
    // nor a checkpoint (labels, for instance). The caller domain-separates: the message must
    // start with its own context tag; a message that could be read as a record (starts with
    // "{") or a checkpoint is refused, so such a signature can never stand for either.
    Result<QByteArray> signDetached(const QByteArray& message);

    // Signed checkpoints: this node's own head, and those of others to relay.
    Checkpoint makeCheckpoint();
    Result<QList<Checkpoint>> checkpoints();
    // Verifies and keeps a checkpoint; raises the author's known head.
    Status ingestCheckpoint(const SignedBytes& checkpoint);

    // Reading.
    Result<qint64> recordCount();
    Result<qint64> recordCountFor(const QByteArray& author, qint64 sinceSeq);
    Result<qint64> heldCount();
    Result<qint64> forkCount();
    // Records in (author, seq) order; author empty = all authors.
    Status forEachRecord(const QByteArray& author, qint64 sinceSeq,
                         const std::function<bool(const Record&)>& fn);
    Result<std::optional<Record>> recordById(const QByteArray& id);

    // Audit results are kept so that the window can show the last one.
    Status saveAudit(const LastAudit& audit, const QString& summary);
    Result<std::optional<LastAudit>> lastAudit();

    // Projections: the projector sees every record stored from now on, inside the storing
    // transaction. Attaching brings it up to date first (records stored while it was not
    // attached), or rebuilds it when its version changed. progress may be empty.
    Status attachProjector(Projector* projector, const ProgressFn& progress = {});
    Status rebuildProjection(Projector* projector, const ProgressFn& progress = {});
    // The projector must stay alive while attached: detach it before destroying it.
    void detachProjector(Projector* projector) { m_projectors.removeAll(projector); }

    // Injectable clock (ms since epoch, UTC) for tests.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    qint64 now() const { return m_clock(); }

    Database& database() { return *m_db; }

private:
    friend class Profile;
    Ledger(std::unique_ptr<Database> db, QString profileDir);
    Status load();
    Result<qint64> authorRow(const QByteArray& key, bool create);
    IngestResult ingestOne(const SignedBytes& record, std::optional<bool> signatureOk);
    void promoteHeld(qint64 aid, IngestSummary* summary);
    IngestResult hold(const Record& record, qint64 aid, ErrorCode reason, const QString& message);
    Status insertRecord(const Record& record, qint64 aid);
    Status setHead(qint64 aid, const Record& record);
    Status projectFrom(Projector* projector, qint64 afterRid, const ProgressFn& progress);
    Status noteProjected();

    std::unique_ptr<Database> m_db;
    QString m_profileDir;
    QByteArray m_publicKey;
    std::unique_ptr<crypto::SigningKey> m_key;
    QString m_organisation;
    UnknownAuthorPolicy m_policy = UnknownAuthorPolicy::Pending;
    std::function<qint64()> m_clock;
    std::unique_ptr<Statement> m_insertRecord; // cached: the append hot path
    QList<Projector*> m_projectors;
};

} // namespace suyuan
