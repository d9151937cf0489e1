#include "Ledger.h"

#include "CanonicalJson.h"
#include "crypto/Ed25519.h"
#include "crypto/Hash.h"
#include "crypto/NodeId.h"
#include "util/Parallel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace suyuan {

namespace {

const QByteArray kCheckpointContext = QByteArrayLiteral("suyuan.checkpoint.v1\n");
} // namespace

QString authorStatusName(AuthorStatus status)
{
    switch (status) {
    case AuthorStatus::Unknown:
        return QStringLiteral("unknown");
    case AuthorStatus::Trusted:
        return QStringLiteral("trusted");
    case AuthorStatus::Revoked:
        return QStringLiteral("revoked");
    case AuthorStatus::Self:
        return QStringLiteral("self");
    }
    return QStringLiteral("unknown");
}

void IngestSummary::add(const IngestResult& result)
{
    switch (result.outcome) {
    case IngestResult::Outcome::Accepted:
        ++accepted;
        return;
    case IngestResult::Outcome::Duplicate:
        ++duplicate;
        return;
    case IngestResult::Outcome::Held:
        ++held;
        break;
    case IngestResult::Outcome::Rejected:
        ++rejected;
        break;
    case IngestResult::Outcome::Fork:
        ++forks;
        break;
    }
    problems.append(result);
}

void IngestSummary::merge(const IngestSummary& other)
{
    accepted += other.accepted;
    duplicate += other.duplicate;
    held += other.held;
    rejected += other.rejected;
    forks += other.forks;
    promoted += other.promoted;
    problems += other.problems;
}

Ledger::Ledger(std::unique_ptr<Database> db, QString profileDir)
    : m_db(std::move(db)), m_profileDir(std::move(profileDir)),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

Ledger::~Ledger()
{
    m_insertRecord.reset();
    if (m_db) {
        // Fold the WAL back so a clean shutdown leaves one file (and a WAL at open means a crash).
        (void)m_db->exec("PRAGMA wal_checkpoint(TRUNCATE);");
    }
}

Status Ledger::load()
{
    auto st = m_db->prepare("SELECT public_key, seed FROM identity WHERE one = 1;");
    if (!st.step()) {
        return Error(ErrorCode::DatabaseCorrupt,
                     QCoreApplication::translate("suyuan", "The ledger database has no node identity."));
    }
    m_publicKey = st.blob(0);
    QByteArray seed = st.blob(1);
    auto key = crypto::SigningKey::fromSeed(seed);
    crypto::wipe(seed);
    if (!key) {
        return key.error();
    }
    if (key->publicKey() != m_publicKey) {
        return Error(
            ErrorCode::DatabaseCorrupt,
            QCoreApplication::translate("suyuan", "The stored node key does not match its public key."));
    }
    m_key = std::make_unique<crypto::SigningKey>(std::move(key.value()));
    auto org = m_db->queryText("SELECT value FROM meta WHERE key = 'organisation';");
    m_organisation = org ? org.value() : QString();
    auto policy = m_db->queryText("SELECT value FROM meta WHERE key = 'unknown_author_policy';");
    m_policy = (policy && policy.value() == QStringLiteral("reject")) ? UnknownAuthorPolicy::Reject
                                                                      : UnknownAuthorPolicy::Pending;
    return {};
}

QString Ledger::nodeId() const
{
    return crypto::nodeIdFromPublicKey(m_publicKey);
}

Status Ledger::authoringAllowed()
{
    auto self = author(m_publicKey);
    if (!self) {
        return self.error();
    }
    auto st = m_db->prepare("SELECT max(seq) FROM held WHERE aid = (SELECT aid FROM authors WHERE key = ?);");
    st.bind(1, m_publicKey);
    const qint64 heldMax = st.step() ? st.int64(0) : 0;
    const qint64 known = std::max(self->knownSeq, heldMax);
    if (known > self->headSeq) {
        return Error(
            ErrorCode::RollbackDetected,
            QCoreApplication::translate(
                "suyuan",
                "This node's own chain is known to reach record %1, but this database holds only %2: it was "
                "restored from an older copy. Import the missing records (a bundle from a partner) before "
                "recording anything new, so that the node does not fork its own history.")
                .arg(known)
                .arg(self->headSeq));
    }
    return {};
}

Result<Record> Ledger::append(const QString& kind, const QJsonObject& body)
{
    auto records = appendBatch({Draft{kind, body}});
    if (!records) {
        return records.error();
    }
    return records->first();
}

Result<QList<Record>> Ledger::appendBatch(const QList<Draft>& drafts)
{
    for (const Draft& d : drafts) {
        if (!isValidKind(d.kind)) {
            return Error(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate(
                    "suyuan",
                    "\"%1\" is not a valid kind: use a lower-case dotted word such as note or epcis.event.")
                    .arg(d.kind));
        }
    }
    Transaction tx(*m_db);
    if (auto st = tx.begin(); !st) {
        return st.error();
    }
    if (auto st = authoringAllowed(); !st) {
        return st.error();
    }
    auto self = author(m_publicKey);
    if (!self) {
        return self.error();
    }
    auto aid = authorRow(m_publicKey, false);
    if (!aid) {
        return aid.error();
    }
    // Envelopes and ids are chained, so this thread builds them in order; signing is
    // independent per record, so signer threads on every core take chunks as soon as they
    // are built, and this thread stores each chunk once it is signed.
    const qsizetype n = drafts.size();
    std::vector<Record> records(static_cast<size_t>(n));
    constexpr qsizetype kChunk = 64;
    const qsizetype chunks = (n + kChunk - 1) / kChunk;
    std::mutex mutex;
    std::condition_variable changed;
    qsizetype built = 0;
    qsizetype nextToSign = 0;
    std::vector<char> chunkSigned(static_cast<size_t>(chunks), 0);
    bool abort = false;
    const crypto::SigningKey& key = *m_key;
    const auto signer = [&] {
        crypto::Signer sign(key);
        for (;;) {
            std::unique_lock lock(mutex);
            const qsizetype c = nextToSign++;
            if (c >= chunks) {
                return;
            }
            const qsizetype end = std::min(n, (c + 1) * kChunk);
            changed.wait(lock, [&] { return built >= end || abort; });
            if (abort) {
                return;
            }
            lock.unlock();
            for (qsizetype i = c * kChunk; i < end; ++i) {
                records[static_cast<size_t>(i)].signature = sign.sign(records[static_cast<size_t>(i)].bytes);
            }
            lock.lock();
            chunkSigned[static_cast<size_t>(c)] = 1;
            changed.notify_all();
        }
    };
    std::vector<std::thread> signers;
    for (int t = 0; t < std::min<qsizetype>(workerCount(), chunks); ++t) {
        signers.emplace_back(signer);
    }
    const auto stopSigners = [&] {
        {
            std::lock_guard lock(mutex);
            abort = true;
        }
        changed.notify_all();
        for (auto& th : signers) {
            th.join();
        }
        signers.clear();
    };
    qint64 seq = self->headSeq;
    QByteArray prev = self->headId;
    // Never earlier than our own previous record, even if the clock stepped back.
    const qint64 time = std::max(now(), self->headTimeMs);
    for (qsizetype i = 0; i < n; ++i) {
        const Draft& d = drafts[i];
        Record& r = records[static_cast<size_t>(i)];
        r.author = m_publicKey;
        r.seq = ++seq;
        r.prev = r.seq == 1 ? QByteArray() : prev;
        r.kind = d.kind;
        r.timeMs = time;
        r.bytes = encodeRecord(r.author, r.seq, r.prev, r.timeMs, r.kind, d.body);
        r.knownBody = d.body;
        if (r.bytes.size() > kMaxRecordSize) {
            stopSigners();
            return Error(ErrorCode::TooLarge,
                         QCoreApplication::translate("suyuan", "Record is %1 bytes; the limit is %2.")
                             .arg(r.bytes.size())
                             .arg(kMaxRecordSize));
        }
        r.id = crypto::sha256(r.bytes);
        prev = r.id;
        if ((i + 1) % kChunk == 0 || i + 1 == n) {
            std::lock_guard lock(mutex);
            built = i + 1;
            changed.notify_all();
        }
    }
    for (qsizetype c = 0; c < chunks; ++c) {
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return chunkSigned[static_cast<size_t>(c)] != 0; });
        }
        for (qsizetype i = c * kChunk; i < std::min(n, (c + 1) * kChunk); ++i) {
            if (auto st = insertRecord(records[static_cast<size_t>(i)], aid.value()); !st) {
                stopSigners();
                return st.error();
            }
        }
    }
    stopSigners();
    if (n > 0) {
        const Record& last = records.back();
        if (auto st = setHead(aid.value(), last); !st) {
            return st.error();
        }
    }
    if (auto st = noteProjected(); !st) {
        return st.error();
    }
    if (auto st = tx.commit(); !st) {
        return st.error();
    }
    return QList<Record>(std::make_move_iterator(records.begin()), std::make_move_iterator(records.end()));
}

Status Ledger::setHead(qint64 aid, const Record& r)
{
    return m_db->prepare("UPDATE authors SET head_seq = ?, head_id = ?, head_time_ms = ? WHERE aid = ?;")
        .bind(1, r.seq)
        .bind(2, r.id)
        .bind(3, r.timeMs)
        .bind(4, aid)
        .exec();
}

Status Ledger::insertRecord(const Record& r, qint64 aid)
{
    if (!m_insertRecord) {
        m_insertRecord = std::make_unique<Statement>(
            m_db->prepare("INSERT INTO records(id, aid, seq, prev, kind, time_ms, stored_ms, bytes, sig) "
                          "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?);"));
    }
    Statement& ins = *m_insertRecord;
    ins.bind(1, r.id).bind(2, aid).bind(3, r.seq).bind(4, r.prev.isEmpty() ? QByteArray() : r.prev);
    ins.bind(5, r.kind).bind(6, r.timeMs).bind(7, now()).bind(8, r.bytes).bind(9, r.signature);
    if (auto st = ins.exec(); !st) {
        return st;
    }
    const qint64 rid = m_db->lastInsertRowId();
    for (Projector* projector : std::as_const(m_projectors)) {
        if (auto st = projector->project(*m_db, r, rid); !st) {
            return st;
        }
    }
    return {};
}

Status Ledger::noteProjected()
{
    // Called before each commit that stored records: the projections now cover every rid.
    for (Projector* projector : std::as_const(m_projectors)) {
        if (auto st = projector->finishTransaction(*m_db); !st) {
            return st;
        }
        auto st = m_db->prepare("INSERT OR REPLACE INTO meta(key, value) "
                                "VALUES(?, (SELECT coalesce(max(rid), 0) FROM records));")
                      .bind(1, QStringLiteral("projected.") + projector->name())
                      .exec();
        if (!st) {
            return st;
        }
    }
    return {};
}

Status Ledger::projectFrom(Projector* projector, qint64 afterRid, const ProgressFn& progress)
{
    auto count = m_db->prepare("SELECT count(*) FROM records WHERE rid > ?;");
    count.bind(1, afterRid);
    const qint64 total = count.step() ? count.int64(0) : 0;
    count.reset();
    auto st = m_db->prepare("SELECT r.rid, r.id, a.key, r.seq, r.prev, r.kind, r.time_ms, r.bytes, r.sig "
                            "FROM records r JOIN authors a ON a.aid = r.aid WHERE r.rid > ? ORDER BY r.rid;");
    st.bind(1, afterRid);
    qint64 done = 0;
    while (st.step()) {
        Record r;
        const qint64 rid = st.int64(0);
        r.id = st.blob(1);
        r.author = st.blob(2);
        r.seq = st.int64(3);
        r.prev = st.blob(4);
        r.kind = st.text(5);
        r.timeMs = st.int64(6);
        r.bytes = st.blob(7);
        r.signature = st.blob(8);
        if (auto p = projector->project(*m_db, r, rid); !p) {
            return p;
        }
        if (progress && ++done % 1000 == 0 && !progress(done, total)) {
            return Error(ErrorCode::Cancelled, QCoreApplication::translate("suyuan", "Cancelled."));
        }
    }
    return st.status();
}

Status Ledger::attachProjector(Projector* projector, const ProgressFn& progress)
{
    const QString versionKey = QStringLiteral("projection_version.") + projector->name();
    auto version = m_db->prepare("SELECT value FROM meta WHERE key = ?;");
    version.bind(1, versionKey);
    const bool known = version.step();
    const int storedVersion = known ? version.text(0).toInt() : -1;
    version.reset();
    if (!known || storedVersion != projector->version()) {
        if (auto st = rebuildProjection(projector, progress); !st) {
            return st;
        }
    } else {
        Transaction tx(*m_db);
        if (auto st = tx.begin(); !st) {
            return st;
        }
        auto done = m_db->prepare("SELECT value FROM meta WHERE key = ?;");
        done.bind(1, QStringLiteral("projected.") + projector->name());
        const qint64 projected = done.step() ? done.text(0).toLongLong() : 0;
        done.reset();
        if (auto st = projector->createSchema(*m_db); !st) {
            return st;
        }
        if (auto st = projectFrom(projector, projected, progress); !st) {
            return st;
        }
        m_projectors.append(projector);
        if (auto st = noteProjected(); !st) {
            m_projectors.removeAll(projector);
            return st;
        }
        if (auto st = tx.commit(); !st) {
            m_projectors.removeAll(projector);
            return st;
        }
        return {};
    }
    if (!m_projectors.contains(projector)) {
        m_projectors.append(projector);
    }
    return {};
}

Status Ledger::rebuildProjection(Projector* projector, const ProgressFn& progress)
{
    Transaction tx(*m_db);
    if (auto st = tx.begin(); !st) {
        return st;
    }
    Status st = projector->dropSchema(*m_db);
    if (st) {
        st = projector->createSchema(*m_db);
    }
    if (st) {
        st = projectFrom(projector, 0, progress);
    }
    if (st) {
        st = m_db->prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?);")
                 .bind(1, QStringLiteral("projection_version.") + projector->name())
                 .bind(2, QString::number(projector->version()))
                 .exec();
    }
    const bool wasAttached = m_projectors.contains(projector);
    if (!wasAttached) {
        m_projectors.append(projector);
    }
    if (st) {
        st = noteProjected();
    }
    if (st) {
        st = tx.commit();
    }
    if (!st && !wasAttached) {
        m_projectors.removeAll(projector);
    }
    return st;
}

Result<qint64> Ledger::authorRow(const QByteArray& key, bool create)
{
    auto sel = m_db->prepare("SELECT aid FROM authors WHERE key = ?;");
    sel.bind(1, key);
    if (sel.step()) {
        return sel.int64(0);
    }
    if (!sel.status()) {
        return sel.status().error();
    }
    if (!create) {
        return Error(ErrorCode::UnknownAuthor, QCoreApplication::translate("suyuan", "Unknown author %1.")
                                                   .arg(crypto::nodeIdFromPublicKey(key)));
    }
    auto ins = m_db->prepare("INSERT INTO authors(key, status, first_seen_ms) VALUES(?, ?, ?);");
    if (auto st = ins.bind(1, key).bind(2, static_cast<qint64>(AuthorStatus::Unknown)).bind(3, now()).exec();
        !st) {
        return st.error();
    }
    return m_db->lastInsertRowId();
}

namespace {
AuthorInfo readAuthor(const Statement& st)
{
    AuthorInfo a;
    a.key = st.blob(0);
    a.nodeId = crypto::nodeIdFromPublicKey(a.key);
    a.status = static_cast<AuthorStatus>(st.int64(1));
    a.name = st.text(2);
    a.headSeq = st.int64(3);
    a.headId = st.blob(4);
    a.headTimeMs = st.int64(5);
    a.knownSeq = st.int64(6);
    a.forked = st.int64(7) != 0;
    a.heldCount = st.int64(8);
    return a;
}
constexpr char kAuthorColumns[] =
    "SELECT key, status, name, head_seq, head_id, head_time_ms, known_seq, forked, "
    "(SELECT count(*) FROM held h WHERE h.aid = a.aid) FROM authors a ";
} // namespace

Result<QList<AuthorInfo>> Ledger::authors()
{
    auto st = m_db->prepare((QByteArray(kAuthorColumns) + "ORDER BY status = 3 DESC, aid;").constData());
    QList<AuthorInfo> out;
    while (st.step()) {
        out.append(readAuthor(st));
    }
    if (!st.status()) {
        return st.status().error();
    }
    return out;
}

Result<AuthorInfo> Ledger::author(const QByteArray& key)
{
    auto st = m_db->prepare((QByteArray(kAuthorColumns) + "WHERE key = ?;").constData());
    st.bind(1, key);
    if (st.step()) {
        return readAuthor(st);
    }
    if (!st.status()) {
        return st.status().error();
    }
    return Error(
        ErrorCode::UnknownAuthor,
        QCoreApplication::translate("suyuan", "Unknown author %1.").arg(crypto::nodeIdFromPublicKey(key)));
}

Result<QByteArray> Ledger::authorKeyForNodeId(const QString& nodeId)
{
    const QString wanted = crypto::normaliseNodeId(nodeId);
    if (wanted.isEmpty()) {
        return Error(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "suyuan", "\"%1\" is not a valid node ID (8 groups of 4 characters; check the last one).")
                .arg(nodeId));
    }
    auto all = authors();
    if (!all) {
        return all.error();
    }
    for (const AuthorInfo& a : all.value()) {
        if (a.nodeId == wanted) {
            return a.key;
        }
    }
    return Error(
        ErrorCode::UnknownAuthor,
        QCoreApplication::translate(
            "suyuan",
            "No records or checkpoints of node %1 have been seen yet; import a bundle from it first.")
            .arg(wanted));
}

Status Ledger::setAuthorStatus(const QByteArray& key, AuthorStatus status, const QString& name)
{
    if (key == m_publicKey) {
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("suyuan", "This node's own status cannot be changed."));
    }
    if (status == AuthorStatus::Self) {
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("suyuan", "Another node cannot be made this node."));
    }
    Transaction tx(*m_db);
    if (auto st = tx.begin(); !st) {
        return st;
    }
    auto aid = authorRow(key, true);
    if (!aid) {
        return aid.error();
    }
    auto upd = m_db->prepare("UPDATE authors SET status = ?, name = coalesce(?, name) WHERE aid = ?;");
    upd.bind(1, static_cast<qint64>(status)).bind(3, aid.value());
    if (name.isEmpty()) {
        upd.bindNull(2);
    } else {
        upd.bind(2, name);
    }
    if (auto st = upd.exec(); !st) {
        return st;
    }
    if (status == AuthorStatus::Trusted) {
        // Records held only because the author was unknown can now be taken in.
        promoteHeld(aid.value(), nullptr);
    }
    if (auto st = noteProjected(); !st) {
        return st;
    }
    return tx.commit();
}

Status Ledger::setUnknownAuthorPolicy(UnknownAuthorPolicy policy)
{
    auto st = m_db->prepare("UPDATE meta SET value = ? WHERE key = 'unknown_author_policy';")
                  .bind(1, policy == UnknownAuthorPolicy::Reject ? QStringLiteral("reject")
                                                                 : QStringLiteral("pending"))
                  .exec();
    if (st) {
        m_policy = policy;
    }
    return st;
}

Result<QByteArray> Ledger::signDetached(const QByteArray& message)
{
    if (message.isEmpty() || message.startsWith('{') || message.startsWith(kCheckpointContext)) {
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("suyuan", "Refusing to sign a message without its own "
                                                           "context tag: it could be taken for a record."));
    }
    return m_key->sign(message);
}

Checkpoint Ledger::makeCheckpoint()
{
    Checkpoint cp;
    cp.author = m_publicKey;
    auto self = author(m_publicKey);
    cp.seq = self ? self->headSeq : 0;
    cp.head = self ? self->headId : QByteArray();
    cp.timeMs = now();
    QJsonObject obj{{QStringLiteral("author"), QString::fromLatin1(cp.author.toHex())},
                    {QStringLiteral("head"),
                     cp.head.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(cp.head.toHex()))},
                    {QStringLiteral("seq"), cp.seq},
                    {QStringLiteral("time"), formatRecordTime(cp.timeMs)},
                    {QStringLiteral("type"), QStringLiteral("suyuan.checkpoint")},
                    {QStringLiteral("v"), 1}};
    cp.signedBytes.bytes = canonicalJson(obj);
    cp.signedBytes.signature = m_key->sign(kCheckpointContext + cp.signedBytes.bytes);
    return cp;
}

Status Ledger::ingestCheckpoint(const SignedBytes& signedBytes)
{
    QJsonValue parsed;
    const auto bad = [] {
        return Error(ErrorCode::Malformed,
                     QCoreApplication::translate("suyuan", "A checkpoint in the bundle is malformed."));
    };
    if (signedBytes.bytes.size() > 4096 || !isCanonicalJson(signedBytes.bytes, &parsed) ||
        !parsed.isObject()) {
        return bad();
    }
    const QJsonObject obj = parsed.toObject();
    if (obj.value(QStringLiteral("type")).toString() != QStringLiteral("suyuan.checkpoint") ||
        obj.value(QStringLiteral("v")).toInt() != 1) {
        return bad();
    }
    Checkpoint cp;
    cp.author = QByteArray::fromHex(obj.value(QStringLiteral("author")).toString().toLatin1());
    cp.seq = static_cast<qint64>(obj.value(QStringLiteral("seq")).toDouble());
    cp.head = QByteArray::fromHex(obj.value(QStringLiteral("head")).toString().toLatin1());
    cp.timeMs = parseRecordTime(obj.value(QStringLiteral("time")).toString());
    if (cp.author.size() != 32 || cp.seq < 0 || cp.timeMs < 0 || (cp.seq > 0 && cp.head.size() != 32)) {
        return bad();
    }
    if (!crypto::verifyEd25519(cp.author, kCheckpointContext + signedBytes.bytes, signedBytes.signature)) {
        return Error(
            ErrorCode::BadSignature,
            QCoreApplication::translate("suyuan", "A checkpoint in the bundle has a bad signature."));
    }
    Transaction tx(*m_db);
    if (auto st = tx.begin(); !st) {
        return st;
    }
    auto aid = authorRow(cp.author, true);
    if (!aid) {
        return aid.error();
    }
    auto cur = m_db->prepare("SELECT seq FROM checkpoints WHERE aid = ?;");
    cur.bind(1, aid.value());
    const qint64 currentSeq = cur.step() ? cur.int64(0) : -1;
    cur.reset();
    if (cp.seq > currentSeq) {
        auto del = m_db->prepare("DELETE FROM checkpoints WHERE aid = ?;");
        if (auto st = del.bind(1, aid.value()).exec(); !st) {
            return st;
        }
        auto ins = m_db->prepare(
            "INSERT INTO checkpoints(aid, seq, head, time_ms, bytes, sig) VALUES(?,?,?,?,?,?);");
        ins.bind(1, aid.value()).bind(2, cp.seq).bind(3, cp.head).bind(4, cp.timeMs);
        if (auto st = ins.bind(5, signedBytes.bytes).bind(6, signedBytes.signature).exec(); !st) {
            return st;
        }
        auto upd = m_db->prepare("UPDATE authors SET known_seq = max(known_seq, ?) WHERE aid = ?;");
        if (auto st = upd.bind(1, cp.seq).bind(2, aid.value()).exec(); !st) {
            return st;
        }
    }
    // A signed head that differs from the record we hold at that seq is proof of a fork.
    if (cp.seq > 0) {
        auto rec = m_db->prepare("SELECT id FROM records WHERE aid = ? AND seq = ?;");
        rec.bind(1, aid.value()).bind(2, cp.seq);
        if (rec.step() && rec.blob(0) != cp.head) {
            rec.reset();
            if (auto st =
                    m_db->prepare("UPDATE authors SET forked = 1 WHERE aid = ?;").bind(1, aid.value()).exec();
                !st) {
                return st;
            }
        }
    }
    return tx.commit();
}

Result<QList<Checkpoint>> Ledger::checkpoints()
{
    auto st = m_db->prepare("SELECT a.key, c.seq, c.head, c.time_ms, c.bytes, c.sig FROM checkpoints c "
                            "JOIN authors a ON a.aid = c.aid ORDER BY c.aid;");
    QList<Checkpoint> out;
    while (st.step()) {
        Checkpoint cp;
        cp.author = st.blob(0);
        cp.seq = st.int64(1);
        cp.head = st.blob(2);
        cp.timeMs = st.int64(3);
        cp.signedBytes = {st.blob(4), st.blob(5)};
        out.append(cp);
    }
    if (!st.status()) {
        return st.status().error();
    }
    return out;
}

namespace {
Result<qint64> count(Database& db, const char* sql)
{
    auto text = db.queryText(sql);
    if (!text) {
        return text.error();
    }
    return text->toLongLong();
}
} // namespace

Result<qint64> Ledger::recordCount()
{
    // max(rid) equals count(*) for an append-only table and needs no scan.
    return count(*m_db, "SELECT coalesce(max(rid), 0) FROM records;");
}

Result<qint64> Ledger::recordCountFor(const QByteArray& authorKey, qint64 sinceSeq)
{
    QByteArray sql = "SELECT count(*) FROM records r JOIN authors a ON a.aid = r.aid WHERE r.seq >= ?";
    if (!authorKey.isEmpty()) {
        sql += " AND a.key = ?";
    }
    auto st = m_db->prepare(sql.constData());
    st.bind(1, sinceSeq);
    if (!authorKey.isEmpty()) {
        st.bind(2, authorKey);
    }
    if (!st.step()) {
        return st.status() ? Result<qint64>(qint64(0)) : Result<qint64>(st.status().error());
    }
    return st.int64(0);
}

Result<qint64> Ledger::heldCount()
{
    return count(*m_db, "SELECT count(*) FROM held;");
}

Result<qint64> Ledger::forkCount()
{
    return count(*m_db, "SELECT count(*) FROM forks;");
}

Status Ledger::forEachRecord(const QByteArray& authorKey, qint64 sinceSeq,
                             const std::function<bool(const Record&)>& fn)
{
    QByteArray sql = "SELECT r.id, a.key, r.seq, r.prev, r.kind, r.time_ms, r.bytes, r.sig FROM records r "
                     "JOIN authors a ON a.aid = r.aid WHERE r.seq >= ? ";
    if (!authorKey.isEmpty()) {
        sql += "AND a.key = ? ";
    }
    sql += "ORDER BY r.aid, r.seq;";
    auto st = m_db->prepare(sql.constData());
    st.bind(1, sinceSeq);
    if (!authorKey.isEmpty()) {
        st.bind(2, authorKey);
    }
    while (st.step()) {
        Record r;
        r.id = st.blob(0);
        r.author = st.blob(1);
        r.seq = st.int64(2);
        r.prev = st.blob(3);
        r.kind = st.text(4);
        r.timeMs = st.int64(5);
        r.bytes = st.blob(6);
        r.signature = st.blob(7);
        if (!fn(r)) {
            break;
        }
    }
    return st.status();
}

Result<std::optional<Record>> Ledger::recordById(const QByteArray& id)
{
    auto st = m_db->prepare("SELECT bytes, sig FROM records WHERE id = ?;");
    st.bind(1, id);
    if (!st.step()) {
        if (!st.status()) {
            return st.status().error();
        }
        return std::optional<Record>();
    }
    auto r = decodeRecord(st.blob(0), st.blob(1));
    if (!r) {
        return r.error();
    }
    return std::optional<Record>(r.value());
}

Result<QString> Ledger::setting(const QString& key)
{
    auto st = m_db->prepare("SELECT value FROM meta WHERE key = ?;");
    st.bind(1, QStringLiteral("setting.") + key);
    if (st.step()) {
        return st.text(0);
    }
    if (!st.status()) {
        return st.status().error();
    }
    return QString();
}

Status Ledger::setSetting(const QString& key, const QString& value)
{
    return m_db->prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?);")
        .bind(1, QStringLiteral("setting.") + key)
        .bind(2, value)
        .exec();
}

Status Ledger::saveAudit(const LastAudit& audit, const QString& summary)
{
    return m_db
        ->prepare("INSERT OR REPLACE INTO audits(at_ms, checked, failures, ok, summary) VALUES(?,?,?,?,?);")
        .bind(1, audit.atMs)
        .bind(2, audit.checked)
        .bind(3, audit.failures)
        .bind(4, audit.ok ? 1 : 0)
        .bind(5, summary)
        .exec();
}

Result<std::optional<LastAudit>> Ledger::lastAudit()
{
    auto st = m_db->prepare("SELECT at_ms, checked, failures, ok FROM audits ORDER BY at_ms DESC LIMIT 1;");
    if (!st.step()) {
        if (!st.status()) {
            return st.status().error();
        }
        return std::optional<LastAudit>();
    }
    LastAudit a;
    a.atMs = st.int64(0);
    a.checked = st.int64(1);
    a.failures = st.int64(2);
    a.ok = st.int64(3) != 0;
    return std::optional<LastAudit>(a);
}

} // namespace suyuan
