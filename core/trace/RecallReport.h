#pragma once

#include "TraceService.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace suyuan::trace {

// The impact of recalling a batch: the batch and every batch downstream of it, with its
// current holder, location and quantity.
struct RecallImpact
{
    BatchInfo origin;
    QList<BatchInfo> affected; // origin first, then downstream by depth
    qint64 generatedMs = 0;
};

Result<RecallImpact> recallImpact(TraceService& trace, const QString& batchId);

// UTF-8 with a byte-order mark (spreadsheets on Windows read Chinese right), CRLF rows.
QByteArray recallCsv(const RecallImpact& impact);

// A printable A4 report (needs a QGuiApplication for fonts; any platform plugin, e.g.
// offscreen). Names of products and locations are looked up in the master data.
Status writeRecallPdf(TraceService& trace, const RecallImpact& impact, const QString& path);

} // namespace suyuan::trace
