#pragma once

#include "util/Result.h"

#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace suyuan {

struct TraceBenchOptions
{
    qint64 smallEvents = 10000;
    qint64 largeEvents = 1000000;
    int repetitions = 200;
};

// Genealogy (upstream + downstream) and recall impact of the same demo batches on a ledger
// of ~10k events and on one of ~1M events: `trace_10k_ms`, `trace_1m_ms`, `trace_growth`.
Result<QList<QPair<QString, QString>>> runTraceBench(const TraceBenchOptions& options,
                                                     const std::function<void(const QString&)>& log = {});

} // namespace suyuan
