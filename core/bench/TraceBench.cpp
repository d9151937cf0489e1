#include "TraceBench.h"

#include "crypto/Kdf.h"
#include "ledger/Profile.h"
#include "trace/Demo.h"
#include "trace/RecallReport.h"
#include "trace/TraceService.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

namespace suyuan {

namespace {

struct Measured
{
    double msPerQuery = 0;
    qint64 events = 0;
    qint64 edges = 0;
};

Result<Measured> measure(qint64 totalEvents, int repetitions, const std::function<void(const QString&)>& log)
{
    QTemporaryDir dir;
    auto ledger = Profile::create(dir.path(), QByteArrayLiteral("bench"), QStringLiteral("Bench"),
                                  crypto::testKdfParams());
    if (!ledger) {
        return ledger.error();
    }
    auto trace = trace::TraceService::open(*ledger.value());
    if (!trace) {
        return trace.error();
    }
    trace::DemoOptions options;
    options.scale = 0;
    auto scenario = trace::fillDemoLedger(*trace.value(), options);
    if (!scenario) {
        return scenario.error();
    }
    // The same scenario, then generated events up to the wanted size.
    QTemporaryDir dir2;
    auto ledger2 = Profile::create(dir2.path(), QByteArrayLiteral("bench"), QStringLiteral("Bench"),
                                   crypto::testKdfParams());
    if (!ledger2) {
        return ledger2.error();
    }
    auto trace2 = trace::TraceService::open(*ledger2.value());
    if (!trace2) {
        return trace2.error();
    }
    options.scale = std::max<qint64>(0, totalEvents - scenario->events);
    if (log) {
        log(QStringLiteral("building a ledger of %1 events…").arg(scenario->events + options.scale));
    }
    auto filled = trace::fillDemoLedger(*trace2.value(), options);
    if (!filled) {
        return filled.error();
    }
    trace::TraceService& t = *trace2.value();
    // Every scenario batch, up and down, plus its recall impact: a fixed graph whatever the
    // ledger size.
    auto batches = trace.value()->batches(1000);
    if (!batches) {
        return batches.error();
    }
    QStringList ids;
    for (const trace::BatchInfo& b : batches.value()) {
        ids << b.batch;
    }
    Measured m;
    m.events = filled->events;
    QElapsedTimer timer;
    timer.start();
    for (int r = 0; r < repetitions; ++r) {
        for (const QString& id : std::as_const(ids)) {
            auto up = t.upstream(id);
            auto down = t.downstream(id);
            auto impact = trace::recallImpact(t, id);
            if (!up || !down || !impact) {
                return !up ? up.error() : !down ? down.error() : impact.error();
            }
            if (r == 0) {
                m.edges += up->size() + down->size();
            }
        }
    }
    m.msPerQuery = static_cast<double>(timer.nsecsElapsed()) / 1e6 / repetitions;
    return m;
}

} // namespace

Result<QList<QPair<QString, QString>>> runTraceBench(const TraceBenchOptions& options,
                                                     const std::function<void(const QString&)>& log)
{
    auto small = measure(options.smallEvents, options.repetitions, log);
    if (!small) {
        return small.error();
    }
    auto large = measure(options.largeEvents, options.repetitions, log);
    if (!large) {
        return large.error();
    }
    QList<QPair<QString, QString>> out;
    out.append({QStringLiteral("trace_small_events"), QString::number(small->events)});
    out.append({QStringLiteral("trace_large_events"), QString::number(large->events)});
    out.append({QStringLiteral("trace_edges_walked"), QString::number(small->edges)});
    out.append({QStringLiteral("trace_10k_ms"), QString::number(small->msPerQuery, 'f', 3)});
    out.append({QStringLiteral("trace_1m_ms"), QString::number(large->msPerQuery, 'f', 3)});
    out.append(
        {QStringLiteral("trace_growth"), QString::number(large->msPerQuery / small->msPerQuery, 'f', 2)});
    out.append({QStringLiteral("budget_trace_growth"), QStringLiteral("2.00")});
    return out;
}

} // namespace suyuan
