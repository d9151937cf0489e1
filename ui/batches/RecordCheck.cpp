#include "RecordCheck.h"

#include "crypto/Ed25519.h"
#include "crypto/Hash.h"
#include "crypto/NodeId.h"
#include "ledger/Record.h"

#include <QElapsedTimer>
#include <QSet>

#include <memory>

namespace suyuan::ui {

namespace {
// The eventID inside canonical record bytes ("eventID":"…"), without parsing the JSON.
QByteArray eventIdIn(const QByteArray& bytes)
{
    static const QByteArray key = QByteArrayLiteral("\"eventID\":\"");
    const qsizetype at = bytes.indexOf(key);
    if (at < 0) {
        return {};
    }
    const qsizetype start = at + key.size();
    const qsizetype end = bytes.indexOf('"', start);
    return end < 0 ? QByteArray() : bytes.mid(start, end - start);
}
} // namespace

QHash<qint64, RecordCheck::Result> RecordCheck::check(Ledger& ledger, const QList<trace::EventInfo>& events,
                                                      qint64 budgetMs)
{
    QHash<qint64, Result> out;
    // Per author: (eventID, is an error declaration) → the rids of the events asked about.
    QHash<QByteArray, QHash<QPair<QByteArray, bool>, QList<qint64>>> wanted;
    for (const trace::EventInfo& e : events) {
        out.insert(e.rid, Result{Mark::Unchecked,
                                 tr("Not checked here: the record was not reached in time. The ledger "
                                    "audit checks every record."),
                                 0});
        wanted[e.author][qMakePair(e.eventId.toUtf8(), e.role == QLatin1String("correction"))] << e.rid;
    }
    QElapsedTimer clock;
    clock.start();
    for (auto author = wanted.begin(); author != wanted.end(); ++author) {
        auto& open = author.value();
        crypto::Verifier verifier(author.key());
        QByteArray previousId;
        qint64 previousSeq = 0;
        bool outOfTime = false;
        const Status walked = ledger.forEachRecord(author.key(), 1, [&](const Record& r) {
            const QByteArray id = eventIdIn(r.bytes);
            const bool declaration = r.bytes.contains(QByteArrayLiteral("\"errorDeclaration\":"));
            const auto it = id.isEmpty() ? open.end() : open.find(qMakePair(id, declaration));
            if (it != open.end()) {
                Result result{Mark::Verified,
                              tr("Signature and chain link verified (record %1 of its author).").arg(r.seq),
                              r.seq};
                const auto decoded = decodeRecord(r.bytes, r.signature);
                if (!decoded) {
                    result = {Mark::Failed, tr("The record is malformed: %1").arg(decoded.error().message),
                              r.seq};
                } else if (crypto::sha256(r.bytes) != r.id || decoded->author != author.key() ||
                           decoded->seq != r.seq) {
                    result = {Mark::Failed, tr("The record does not match its id or its envelope."), r.seq};
                } else if (!verifier.isValid() || !verifier.verify(r.bytes, r.signature)) {
                    result = {Mark::Failed, tr("The signature does not verify."), r.seq};
                } else if (r.seq == 1 ? !decoded->prev.isEmpty()
                                      : previousSeq != r.seq - 1 || decoded->prev != previousId) {
                    result = {Mark::Failed, tr("The link to the author's previous record is broken."), r.seq};
                }
                for (const qint64 rid : it.value()) {
                    out[rid] = result;
                }
                open.erase(it);
            }
            previousId = r.id;
            previousSeq = r.seq;
            if (open.isEmpty()) {
                return false;
            }
            if ((r.seq & 255) == 0 && clock.elapsed() > budgetMs) {
                outOfTime = true;
                return false;
            }
            return true;
        });
        if (!walked) {
            for (const QList<qint64>& rids : std::as_const(open)) {
                for (const qint64 rid : rids) {
                    out[rid].detail = tr("Not checked: %1").arg(walked.error().message);
                }
            }
        }
        if (outOfTime) {
            break;
        }
        if (walked) {
            for (const QList<qint64>& rids : std::as_const(open)) {
                for (const qint64 rid : rids) {
                    out[rid] = {Mark::Failed, tr("The record of this event is not in its author's chain."),
                                0};
                }
            }
        }
    }
    return out;
}

} // namespace suyuan::ui
