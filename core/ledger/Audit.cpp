#include "Audit.h"

#include "crypto/Ed25519.h"
#include "crypto/Hash.h"
#include "crypto/NodeId.h"
#include "util/Parallel.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <future>
#include <map>

namespace suyuan {

namespace {

constexpr qsizetype kChunk = 4096;

struct Row
{
    qint64 aid = 0;
    QByteArray authorKey;
    QByteArray id;
    qint64 seq = 0;
    QByteArray prev;
    QByteArray bytes;
    QByteArray sig;
    // filled by the workers
    QByteArray computedId;
    Record parsed;
    bool envelopeOk = false;
    bool signatureOk = false;
};

void verifyRows(std::vector<Row>& rows, qsizetype begin, qsizetype end)
{
    std::map<QByteArray, std::unique_ptr<crypto::Verifier>> verifiers;
    for (qsizetype i = begin; i < end; ++i) {
        Row& row = rows[static_cast<size_t>(i)];
        row.computedId = crypto::sha256(row.bytes);
        row.envelopeOk = decodeEnvelopeFast(row.bytes, row.parsed);
        auto& verifier = verifiers[row.authorKey];
        if (!verifier) {
            verifier = std::make_unique<crypto::Verifier>(row.authorKey);
        }
        row.signatureOk = verifier->verify(row.bytes, row.sig);
    }
}

// One chunk of rows shared by the verifying threads, handed out in small slices so that
// no thread idles while another still has a long list.
struct ChunkWork
{
    std::vector<Row>* rows = nullptr;
    std::atomic<qsizetype> next{0};
    std::vector<std::future<void>> workers;

    void drain()
    {
        constexpr qsizetype kSlice = 32;
        const auto size = static_cast<qsizetype>(rows->size());
        for (;;) {
            const qsizetype begin = next.fetch_add(kSlice);
            if (begin >= size) {
                return;
            }
            verifyRows(*rows, begin, std::min(size, begin + kSlice));
        }
    }
    void start(std::vector<Row>& r, int helpers)
    {
        rows = &r;
        next = 0;
        workers.clear();
        for (int i = 0; i < helpers; ++i) {
            workers.push_back(std::async(std::launch::async, [this] { drain(); }));
        }
    }
    void finish()
    {
        drain(); // the calling thread helps with what is left
        for (auto& w : workers) {
            w.get();
        }
        workers.clear();
        rows = nullptr;
    }
    bool active() const { return rows != nullptr; }
};

} // namespace

QString AuditReport::summary() const
{
    if (cancelled) {
        return QCoreApplication::translate("suyuan", "Audit cancelled after %1 records.").arg(checked);
    }
    if (clean()) {
        return QCoreApplication::translate(
                   "suyuan",
                   "All records verified (records: %1, authors: %2): signatures, ids and chains are intact.")
            .arg(checked)
            .arg(authors);
    }
    QStringList parts;
    if (!failures.isEmpty()) {
        parts << QCoreApplication::translate("suyuan", "%1 of %2 records failed verification")
                     .arg(failures.size())
                     .arg(checked);
    }
    if (forks > 0) {
        parts << QCoreApplication::translate("suyuan", "%1 forked records kept as evidence").arg(forks);
    }
    if (integrity != QLatin1String("ok")) {
        parts << QCoreApplication::translate("suyuan", "database integrity check: %1").arg(integrity);
    }
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

Result<AuditReport> runAudit(Ledger& ledger, const AuditOptions& options, const ProgressFn& progress)
{
    QElapsedTimer timer;
    timer.start();
    AuditReport report;
    auto total = ledger.recordCount();
    if (!total) {
        return total.error();
    }
    Database& db = ledger.database();
    auto st = db.prepare("SELECT r.aid, a.key, r.id, r.seq, r.prev, r.bytes, r.sig FROM records r "
                         "JOIN authors a ON a.aid = r.aid ORDER BY r.aid, r.seq;");
    qint64 lastAid = -1;
    qint64 lastSeq = 0;
    QByteArray lastId;
    const auto fail = [&report](const Row& row, ErrorCode reason, const QString& message) {
        report.failures.append(AuditFailure{row.id, row.authorKey, row.seq, reason, message});
    };
    const auto check = [&](std::vector<Row>& rows) {
        for (const Row& row : rows) {
            const auto name = [&row] {
                return QCoreApplication::translate("suyuan", "record %1 (author %2, seq %3)")
                    .arg(QString::fromLatin1(row.id.toHex()), crypto::nodeIdFromPublicKey(row.authorKey))
                    .arg(row.seq);
            };
            if (row.aid != lastAid) {
                ++report.authors;
                lastAid = row.aid;
                lastSeq = 0;
                lastId.clear();
            }
            if (row.computedId != row.id) {
                fail(row, ErrorCode::BadSignature,
                     QCoreApplication::translate(
                         "suyuan", "%1: the stored bytes were altered (they no longer hash to the "
                                   "record id).")
                         .arg(name()));
            } else if (!row.signatureOk) {
                fail(row, ErrorCode::BadSignature,
                     QCoreApplication::translate("suyuan", "%1: the signature does not verify.").arg(name()));
            } else if (!row.envelopeOk || row.parsed.author != row.authorKey || row.parsed.seq != row.seq ||
                       row.parsed.prev != row.prev) {
                fail(row, ErrorCode::Malformed,
                     QCoreApplication::translate(
                         "suyuan", "%1: the stored index columns do not match the signed bytes.")
                         .arg(name()));
            } else if (row.seq != lastSeq + 1) {
                fail(row, ErrorCode::SequenceGap,
                     QCoreApplication::translate("suyuan", "%1: expected seq %2 (records are missing).")
                         .arg(name())
                         .arg(lastSeq + 1));
            } else if (row.seq > 1 && row.prev != lastId) {
                fail(row, ErrorCode::ChainBroken,
                     QCoreApplication::translate("suyuan", "%1: does not link to the previous record.")
                         .arg(name()));
            }
            lastSeq = row.seq;
            lastId = row.id;
            ++report.checked;
        }
    };
    // Pipeline: helper threads verify one chunk while this thread reads the next, then
    // this thread joins them on what is left of it.
    const int threads = options.threads > 0 ? options.threads : workerCount();
    std::vector<Row> current;
    std::vector<Row> next;
    ChunkWork work;
    bool more = true;
    while (more || work.active()) {
        next.clear();
        while (more && static_cast<qsizetype>(next.size()) < kChunk) {
            if (!st.step()) {
                more = false;
                if (!st.status()) {
                    if (work.active()) {
                        work.finish();
                    }
                    return st.status().error();
                }
                break;
            }
            Row row;
            row.aid = st.int64(0);
            row.authorKey = st.blob(1);
            row.id = st.blob(2);
            row.seq = st.int64(3);
            row.prev = st.blob(4);
            row.bytes = st.blob(5);
            row.sig = st.blob(6);
            next.push_back(std::move(row));
        }
        if (work.active()) {
            work.finish();
            check(current);
            if (progress && !progress(report.checked, total.value())) {
                report.cancelled = true;
                break;
            }
        }
        if (!next.empty()) {
            current.swap(next);
            work.start(current, std::max(1, threads - 1));
        }
    }
    st.reset();
    auto forks = ledger.forkCount();
    report.forks = forks ? forks.value() : 0;
    if (options.integrityCheck && !report.cancelled) {
        auto integrity = db.queryText("PRAGMA quick_check;");
        report.integrity = integrity ? integrity.value() : integrity.error().message;
    } else {
        report.integrity = QStringLiteral("ok");
    }
    report.elapsedMs = timer.elapsed();
    if (!report.cancelled) {
        LastAudit last;
        last.atMs = ledger.now();
        last.checked = report.checked;
        last.failures = report.failures.size() + report.forks;
        last.ok = report.clean();
        (void)ledger.saveAudit(last, report.summary());
    }
    return report;
}

} // namespace suyuan
