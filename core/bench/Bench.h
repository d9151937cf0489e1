#pragma once

#include "util/Result.h"

#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace suyuan {

struct BenchOptions
{
    qint64 records = 20000;  // records appended and audited
    qint64 batchSize = 1000; // records per transaction in the batched append
    double primitiveSeconds = 2.0;
};

// Measures this machine's Ed25519 limits (OpenSSL, one core) and the ledger's own append
// and audit rates on a temporary profile, and returns `key: value` pairs in print order.
Result<QList<QPair<QString, QString>>> runLedgerBench(const BenchOptions& options,
                                                      const std::function<void(const QString&)>& log = {});

} // namespace suyuan
