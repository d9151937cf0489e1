#pragma once

#include "labels/LabelCode.h"
#include "labels/LabelRender.h"
#include "trace/TraceService.h"
#include "util/Result.h"

// The labels of a batch: what the trace model knows about it (product names, lot, harvest
// date, origin, the producer — this node's party "self" — with its entity code and
// contact) put into LabelContent, with a signed Digital Link per copy. Shared by
// `suyuan-cli label` and the GUI's Print Labels dialog, so both print the same labels.
namespace suyuan::labels {

// The profile setting that holds the label base address (Ledger::setting).
inline constexpr char labelBaseSetting[] = "labels.base";
// Used until one is set: an example address, which the GUI asks to replace before printing.
inline constexpr char exampleLabelBase[] = "https://trace.example.cn";

// The label base address of this profile, or the example one when none is set.
QString labelBase(Ledger& ledger);
// Checks (normaliseLabelBase) and stores it.
Status setLabelBase(Ledger& ledger, const QString& base);

struct BatchLabelOptions
{
    QString base;           // empty: labelBase(ledger)
    QDate expiry;           // AI 17 on the label and in the code; null: none
    double netQuantity = 0; // per package, in the batch's unit; 0: not printed
    CopyOptions copies;
};

// The identifiers a label of this batch carries, taken from the batch id itself (GTIN + lot,
// or local product code + lot), so that the label names exactly that batch.
Result<LabelIds> batchLabelIds(const QString& batchId);

// The content of the batch's label (no URI yet) and the identifiers its code carries.
struct BatchLabel
{
    LabelContent content;
    LabelIds ids;
};
Result<BatchLabel> batchLabel(trace::TraceService& trace, const QString& batchId,
                              const BatchLabelOptions& options);

// The labels to print: copies (with serials when asked), each with its signed URI.
Result<QList<LabelContent>> batchLabels(trace::TraceService& trace, const QString& batchId,
                                        const BatchLabelOptions& options);

// Writes labels to path by its suffix: .pdf holds them all; .png (at dpi) and .svg hold one
// label each, numbered name-0001.png … when there are several. Returns the files written;
// the error names an unknown suffix.
Result<QStringList> writeLabelFiles(const QString& path, const LabelTemplate& tmpl,
                                    const QList<LabelContent>& labels, int dpi = 300);

// The batch id this ledger uses for what a scanned code names (TraceService::resolveBatch
// takes it); a plain lot code as it is (resolveBatch finds it when it names one batch).
QString scannedBatchId(const ScannedLabel& label);

} // namespace suyuan::labels
