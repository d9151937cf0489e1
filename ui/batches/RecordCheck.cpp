#include "RecordCheck.h"

#include "crypto/Ed25519.h"
#include "crypto/Hash.h"
#include "crypto/NodeId.h"
#include "ledger/Record.h"

#include <QElapsedTimer>
#include <QSet>

#include <memory>

namespace suyuan::ui {

QHash<qint64, RecordCheck::Result> RecordCheck::check(Ledger& ledger, const QList<trace::EventInfo>& events,
                                                      qint64 budgetMs)
{
    QHash<qint64, Result> out;
    QElapsedTimer clock;
    clock.start();
    for (const trace::EventInfo& e : events) {
        if (out.contains(e.rid)) {
            continue;
        }
        if (clock.elapsed() > budgetMs) {
            out.insert(e.rid, Result{Mark::Unchecked,
                                     tr("Not checked here: the record was not reached in time. The ledger "
                                        "audit checks every record."),
                                     e.seq});
            continue;
        }
        // The record by its id (SHA-256 of its bytes), then the record before it in its
        // author's chain, which its prev must name.
        auto stored = e.recordId.isEmpty() ? suyuan::Result<std::optional<Record>>(std::optional<Record>())
                                           : ledger.recordById(e.recordId);
        if (!stored) {
            out.insert(e.rid, Result{Mark::Failed,
                                     tr("The record is malformed: %1").arg(stored.error().message), e.seq});
            continue;
        }
        if (!stored->has_value()) {
            out.insert(e.rid, Result{Mark::Failed,
                                     tr("The record of this event is not in its author's chain."), e.seq});
            continue;
        }
        const Record& r = stored->value();
        Result result{Mark::Verified,
                      tr("Signature and chain link verified (record %1 of its author).").arg(r.seq), r.seq};
        crypto::Verifier verifier(r.author);
        if (crypto::sha256(r.bytes) != e.recordId || r.author != e.author || r.seq != e.seq) {
            result = {Mark::Failed, tr("The record does not match its id or its envelope."), r.seq};
        } else if (!verifier.isValid() || !verifier.verify(r.bytes, r.signature)) {
            result = {Mark::Failed, tr("The signature does not verify."), r.seq};
        } else if (r.seq == 1 ? !r.prev.isEmpty() : true) {
            bool linked = r.seq == 1;
            if (r.seq > 1) {
                const Status walked = ledger.forEachRecord(r.author, r.seq - 1, [&](const Record& before) {
                    linked = before.seq == r.seq - 1 && before.id == r.prev;
                    return false; // only the one just before
                });
                if (!walked) {
                    linked = false;
                }
            }
            if (!linked) {
                result = {Mark::Failed, tr("The link to the author's previous record is broken."), r.seq};
            }
        }
        out.insert(e.rid, result);
    }
    return out;
}

} // namespace suyuan::ui
