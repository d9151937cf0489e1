#pragma once

#include "Ledger.h"
#include "util/Result.h"

#include <QStringList>

namespace suyuan {

// A bundle file carries a range of records (USB stick, e-mail, first sync) plus signed
// checkpoints of the authors' heads. Format: docs/bundle-format.md.
struct BundleExportOptions
{
    QByteArray author; // empty: every author
    qint64 sinceSeq = 1;
};

struct BundleExportSummary
{
    qint64 records = 0;
    qint64 checkpoints = 0;
};

struct BundleImportSummary
{
    IngestSummary ingest;
    qint64 checkpointsAccepted = 0;
    QStringList checkpointProblems;
};

Result<BundleExportSummary> exportBundle(Ledger& ledger, const QString& path,
                                         const BundleExportOptions& options = {});
Result<BundleImportSummary> importBundle(Ledger& ledger, const QString& path,
                                         const ProgressFn& progress = {});

} // namespace suyuan
