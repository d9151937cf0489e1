#pragma once

#include "TraceService.h"
#include "util/Result.h"

#include <QString>

namespace suyuan::trace {

struct DemoOptions
{
    // Events generated after the scenario for performance work: harvests and transformations
    // in chains of bounded depth (harvest → grading/pickling → retail lots), with unique lots
    // and conserved quantities. 0 = the scenario alone.
    qint64 scale = 0;
    // The generated part is reproducible from the seed (lots, quantities, times; not the
    // eventIDs, keys or signatures).
    quint64 seed = 20260101;
    // Generated events per Ledger::appendBatch call (one transaction each).
    int chunkSize = 10000;
};

struct DemoSummary
{
    // What the ledger holds afterwards (the projection's counts).
    qint64 products = 0;
    qint64 parties = 0;
    qint64 locations = 0;
    qint64 batches = 0;
    qint64 events = 0;
    qint64 scenarioEvents = 0;
    qint64 generatedEvents = 0;
    qint64 elapsedMs = 0;    // the whole fill
    qint64 generationMs = 0; // the generated part alone
    double generatedPerSecond() const
    {
        return generationMs > 0
                   ? static_cast<double>(generatedEvents) * 1000.0 / static_cast<double>(generationMs)
                   : 0.0;
    }
    // Batches worth showing first (their batch ids): the carton lot shipped to Singapore,
    // a zhacai retail lot made from several farms' tubers, and the recalled pepper lot.
    QString exportBatch;
    QString zhacaiRetailBatch;
    QString recalledBatch;
};

// Fills a new, empty profile with the demo scenario of DESIGN.md — Fengjie navel oranges
// graded, packed and shipped through the Lianglu-Cuntan logistics centre and the Western
// Land-Sea Corridor rail port to Singapore; Fuling zhacai pickled from several farms' mustard
// tubers; Jiangjin Sichuan pepper split into retail lots, one of them recalled — as real
// signed records made through TraceService, so everything is validated and projected as an
// operator's input would be. Event times are fixed (+08:00); only keys, ids and signatures
// differ between runs. Then options.scale generated events are appended in batches (built
// here in exactly the shape TraceService gives them, without its per-event checks).
// progress(done, total) may cancel; what was written until then stays.
Result<DemoSummary> fillDemoLedger(TraceService& trace, const DemoOptions& options,
                                   const ProgressFn& progress = {});

} // namespace suyuan::trace
