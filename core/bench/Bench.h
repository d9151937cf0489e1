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

struct LabelBenchOptions
{
    int labels = 1000;
    QString templateName = QStringLiteral("60x40");
    QString pdfPath; // where the PDF goes; empty: a temporary file, removed afterwards
};

// Exports `labels` labels (Chinese text, a distinct ~180-character URI each) to one PDF and
// returns `labels_1000_pdf_ms` and friends, next to libqrencode's own encode rate for the same
// URIs on one core (`labels_qr_limit_per_s`). Needs a QGuiApplication (fonts); an error
// otherwise.
Result<QList<QPair<QString, QString>>> runLabelBench(const LabelBenchOptions& options,
                                                     const std::function<void(const QString&)>& log = {});

} // namespace suyuan
