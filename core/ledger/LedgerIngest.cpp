// Ingest: the one entry point for records made elsewhere (bundles, sync, import).
// Checks in order: size and shape, signature, duplicate/fork, chain link, sequence
// continuity, time, author status. Each record's effect is atomic (a savepoint).
#include "Ledger.h"

#include "crypto/Ed25519.h"
#include "crypto/NodeId.h"
#include "util/Parallel.h"

#include <QCoreApplication>
#include <QSet>

namespace suyuan {

namespace {

constexpr qint64 kMaxClockSkewMs = 10 * 60 * 1000; // records up to 10 minutes ahead are accepted

IngestResult result(IngestResult::Outcome outcome, ErrorCode reason, const QString& message,
                    const QByteArray& id = {}, qint64 seq = 0)
{
    IngestResult r;
    r.outcome = outcome;
    r.reason = reason;
    r.message = message;
    r.id = id;
    r.seq = seq;
    return r;
}

IngestResult rejected(ErrorCode reason, const QString& message, const Record* rec = nullptr)
{
    return result(IngestResult::Outcome::Rejected, reason, message, rec ? rec->id : QByteArray(),
                  rec ? rec->seq : 0);
}

// Savepoint that rolls back unless released: nothing half-stored on any error.
class Savepoint
{
public:
    explicit Savepoint(Database& db) : m_db(db) { m_ok = m_db.exec("SAVEPOINT ingest_one;").ok(); }
    ~Savepoint()
    {
        if (m_ok && !m_released) {
            (void)m_db.exec("ROLLBACK TO ingest_one;");
            (void)m_db.exec("RELEASE ingest_one;");
        }
    }
    bool ok() const { return m_ok; }
    Status release()
    {
        auto st = m_db.exec("RELEASE ingest_one;");
        m_released = st.ok();
        return st;
    }

private:
    Database& m_db;
    bool m_ok = false;
    bool m_released = false;
};

} // namespace

IngestResult Ledger::hold(const Record& r, qint64 aid, ErrorCode reason, const QString& message)
{
    auto ins =
        m_db->prepare("INSERT OR IGNORE INTO held(id, aid, seq, reason, time_ms, received_ms, bytes, sig) "
                      "VALUES(?,?,?,?,?,?,?,?);");
    ins.bind(1, r.id)
        .bind(2, aid)
        .bind(3, r.seq)
        .bind(4, errorCodeName(reason))
        .bind(5, r.timeMs)
        .bind(6, now());
    ins.bind(7, r.bytes).bind(8, r.signature);
    if (auto st = ins.exec(); !st) {
        return rejected(st.error().code, st.error().message, &r);
    }
    return result(IngestResult::Outcome::Held, reason, message, r.id, r.seq);
}

IngestResult Ledger::ingestOne(const SignedBytes& input, std::optional<bool> signatureOk)
{
    // 1. Size and shape.
    auto decoded = decodeRecord(input.bytes, input.signature);
    if (!decoded) {
        return rejected(decoded.error().code, decoded.error().message);
    }
    const Record& r = decoded.value();
    // 2. Signature over the exact bytes.
    const bool sigOk = signatureOk ? *signatureOk : crypto::verifyEd25519(r.author, r.bytes, r.signature);
    if (!sigOk) {
        return rejected(ErrorCode::BadSignature,
                        QCoreApplication::translate(
                            "suyuan", "The signature of record %1 (seq %2) does not match its author's key.")
                            .arg(r.idHex().left(16))
                            .arg(r.seq),
                        &r);
    }
    // 3. Already held: a no-op.
    {
        auto dup =
            m_db->prepare("SELECT 1 FROM records WHERE id = ? UNION ALL SELECT 1 FROM held WHERE id = ? "
                          "UNION ALL SELECT 1 FROM forks WHERE id = ?;");
        dup.bind(1, r.id).bind(2, r.id).bind(3, r.id);
        if (dup.step()) {
            return result(IngestResult::Outcome::Duplicate, ErrorCode::Duplicate,
                          QCoreApplication::translate("suyuan", "Already held."), r.id, r.seq);
        }
    }
    Savepoint sp(*m_db);
    if (!sp.ok()) {
        return rejected(ErrorCode::Sql,
                        QCoreApplication::translate("suyuan", "The database refused to start a savepoint."),
                        &r);
    }
    auto aidResult = authorRow(r.author, true);
    if (!aidResult) {
        return rejected(aidResult.error().code, aidResult.error().message, &r);
    }
    const qint64 aid = aidResult.value();
    auto info = author(r.author);
    if (!info) {
        return rejected(info.error().code, info.error().message, &r);
    }
    const QString who = crypto::nodeIdFromPublicKey(r.author);
    IngestResult outcome;
    // 4. Same author and seq, different bytes: equivocation. Keep both as evidence.
    if (r.seq <= info->headSeq) {
        auto other = m_db->prepare("SELECT id FROM records WHERE aid = ? AND seq = ?;");
        other.bind(1, aid).bind(2, r.seq);
        const QByteArray otherId = other.step() ? other.blob(0) : QByteArray();
        other.reset();
        auto ins = m_db->prepare("INSERT INTO forks(id, aid, seq, other_id, received_ms, bytes, sig) "
                                 "VALUES(?,?,?,?,?,?,?);");
        ins.bind(1, r.id).bind(2, aid).bind(3, r.seq).bind(4, otherId).bind(5, now()).bind(6, r.bytes);
        ins.bind(7, r.signature);
        Status st = ins.exec();
        if (st) {
            st = m_db->prepare("UPDATE authors SET forked = 1 WHERE aid = ?;").bind(1, aid).exec();
        }
        if (!st) {
            return rejected(st.error().code, st.error().message, &r);
        }
        outcome = result(
            IngestResult::Outcome::Fork, ErrorCode::Fork,
            QCoreApplication::translate(
                "suyuan",
                "Author %1 signed two different records with seq %2 (fork). Both are kept as evidence.")
                .arg(who)
                .arg(r.seq),
            r.id, r.seq);
    } else if (r.seq > info->headSeq + 1) {
        // 5. Sequence gap: hold until the records in between arrive.
        outcome = hold(r, aid, ErrorCode::SequenceGap,
                       QCoreApplication::translate(
                           "suyuan", "Record seq %1 of %2 is held: records %3 to %4 are missing.")
                           .arg(r.seq)
                           .arg(who)
                           .arg(info->headSeq + 1)
                           .arg(r.seq - 1));
    } else if (r.seq > 1 && r.prev != info->headId) {
        // 6. Chain link.
        return rejected(
            ErrorCode::ChainBroken,
            QCoreApplication::translate(
                "suyuan", "Record seq %1 of %2 does not link to the record before it (chain broken).")
                .arg(r.seq)
                .arg(who),
            &r);
    } else if (r.seq > 1 && r.timeMs < info->headTimeMs) {
        // 7. Time: never earlier than the author's previous record, not far in the future.
        outcome =
            hold(r, aid, ErrorCode::TimeRegression,
                 QCoreApplication::translate(
                     "suyuan",
                     "Record seq %1 of %2 is held: its time is earlier than the author's previous record.")
                     .arg(r.seq)
                     .arg(who));
    } else if (r.timeMs > now() + kMaxClockSkewMs) {
        outcome = hold(r, aid, ErrorCode::TimeFuture,
                       QCoreApplication::translate(
                           "suyuan", "Record seq %1 of %2 is held: its time %3 is in the future.")
                           .arg(r.seq)
                           .arg(who, formatRecordTime(r.timeMs)));
    } else if (info->status == AuthorStatus::Revoked) {
        // 8. Author status.
        return rejected(
            ErrorCode::RevokedAuthor,
            QCoreApplication::translate("suyuan", "Author %1 is revoked; its records are refused.").arg(who),
            &r);
    } else if (info->status == AuthorStatus::Unknown) {
        if (m_policy == UnknownAuthorPolicy::Reject) {
            return rejected(ErrorCode::UnknownAuthor,
                            QCoreApplication::translate(
                                "suyuan", "Author %1 is not trusted by this node; its records are refused.")
                                .arg(who),
                            &r);
        }
        outcome = hold(r, aid, ErrorCode::UnknownAuthor,
                       QCoreApplication::translate(
                           "suyuan", "Record seq %1 of %2 is pending: the author is not trusted yet.")
                           .arg(r.seq)
                           .arg(who));
    } else {
        Status st = insertRecord(r, aid);
        if (st) {
            st = setHead(aid, r);
        }
        if (!st) {
            return rejected(st.error().code, st.error().message, &r);
        }
        outcome = result(IngestResult::Outcome::Accepted, ErrorCode::Internal, QString(), r.id, r.seq);
    }
    if (outcome.outcome == IngestResult::Outcome::Rejected) {
        return outcome;
    }
    if (auto st = sp.release(); !st) {
        return rejected(st.error().code, st.error().message, &r);
    }
    return outcome;
}

void Ledger::promoteHeld(qint64 aid, IngestSummary* summary)
{
    // Take held records of this author in seq order while each one extends the chain.
    for (;;) {
        auto sel =
            m_db->prepare("SELECT h.id, h.bytes, h.sig FROM held h JOIN authors a ON a.aid = h.aid "
                          "WHERE h.aid = ? AND h.seq = a.head_seq + 1 ORDER BY h.received_ms LIMIT 1;");
        sel.bind(1, aid);
        if (!sel.step()) {
            return;
        }
        const QByteArray id = sel.blob(0);
        const SignedBytes rec{sel.blob(1), sel.blob(2)};
        sel.reset();
        if (!m_db->prepare("DELETE FROM held WHERE id = ?;").bind(1, id).exec()) {
            return;
        }
        const IngestResult r = ingestOne(rec, std::nullopt);
        if (summary && r.outcome == IngestResult::Outcome::Accepted) {
            ++summary->promoted;
        }
        if (r.outcome != IngestResult::Outcome::Accepted) {
            // Still held (for another reason) or now rejected: stop here; it stays in held if held.
            return;
        }
    }
}

IngestResult Ledger::ingest(const SignedBytes& record)
{
    IngestSummary summary = ingestMany({record});
    if (summary.accepted == 1) {
        return result(IngestResult::Outcome::Accepted, ErrorCode::Internal, QString());
    }
    if (summary.duplicate == 1) {
        return result(IngestResult::Outcome::Duplicate, ErrorCode::Duplicate,
                      QCoreApplication::translate("suyuan", "Already held."));
    }
    return summary.problems.value(0);
}

IngestSummary Ledger::ingestMany(const QList<SignedBytes>& records)
{
    IngestSummary summary;
    // Signatures are the expensive part and independent: check them on every core first.
    std::vector<char> verdict(static_cast<size_t>(records.size()), 0);
    parallelFor(records.size(), [&records, &verdict](qsizetype begin, qsizetype end) {
        QByteArray lastKey;
        std::unique_ptr<crypto::Verifier> verifier;
        for (qsizetype i = begin; i < end; ++i) {
            const SignedBytes& sb = records[i];
            // The author key sits at a fixed place in well-formed bytes; anything else is
            // left to the full check in ingestOne.
            if (sb.bytes.size() < 75 || !sb.bytes.startsWith("{\"author\":\"")) {
                verdict[static_cast<size_t>(i)] = 2;
                continue;
            }
            const QByteArray key = QByteArray::fromHex(sb.bytes.mid(11, 64));
            if (key != lastKey || !verifier) {
                verifier = std::make_unique<crypto::Verifier>(key);
                lastKey = key;
            }
            verdict[static_cast<size_t>(i)] = verifier->verify(sb.bytes, sb.signature) ? 1 : 0;
        }
    });
    Transaction tx(*m_db);
    if (auto st = tx.begin(); !st) {
        for (qsizetype i = 0; i < records.size(); ++i) {
            summary.add(rejected(st.error().code, st.error().message));
        }
        return summary;
    }
    QSet<qint64> touched;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const char v = verdict[static_cast<size_t>(i)];
        const std::optional<bool> sig = v == 2 ? std::nullopt : std::optional<bool>(v == 1);
        const IngestResult r = ingestOne(records[i], sig);
        summary.add(r);
        if (r.outcome == IngestResult::Outcome::Accepted || r.outcome == IngestResult::Outcome::Held) {
            auto aid = m_db->prepare(
                "SELECT aid FROM records WHERE id = ? UNION ALL SELECT aid FROM held WHERE id = ?;");
            aid.bind(1, r.id).bind(2, r.id);
            if (aid.step()) {
                touched.insert(aid.int64(0));
            }
        }
    }
    // Held records whose gap this batch filled, and future-dated ones whose time has come.
    auto due = m_db->prepare("SELECT DISTINCT aid FROM held WHERE reason = 'time_future' AND time_ms <= ?;");
    due.bind(1, now() + kMaxClockSkewMs);
    while (due.step()) {
        touched.insert(due.int64(0));
    }
    due.reset();
    for (qint64 aid : touched) {
        promoteHeld(aid, &summary);
    }
    // Records of this batch that were held and then promoted count as accepted.
    for (qsizetype i = summary.problems.size() - 1; i >= 0; --i) {
        const IngestResult& p = summary.problems.at(i);
        if (p.outcome != IngestResult::Outcome::Held) {
            continue;
        }
        auto stored = m_db->prepare("SELECT 1 FROM records WHERE id = ?;");
        stored.bind(1, p.id);
        if (stored.step()) {
            --summary.held;
            ++summary.accepted;
            --summary.promoted;
            summary.problems.removeAt(i);
        }
    }
    Status committed = noteProjected();
    if (committed) {
        committed = tx.commit();
    }
    if (auto st = committed; !st) {
        IngestSummary failed;
        for (qsizetype i = 0; i < records.size(); ++i) {
            failed.add(rejected(st.error().code, st.error().message));
        }
        return failed;
    }
    return summary;
}

} // namespace suyuan
