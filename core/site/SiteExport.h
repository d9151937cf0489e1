#pragma once

#include "ledger/Ledger.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// The consumer site (docs/site-format.md): a static folder that mirrors the Digital Link paths of
// the labels, one self-contained page per batch embedding the public records of its genealogy
// (exact signed bytes, signatures, author keys), a GS1 linkset beside each page, and an index.
namespace suyuan::trace {
class TraceService;
}

namespace suyuan::site {

struct SiteExportOptions
{
    QString dir;         // the site folder; created when missing
    QStringList batches; // as TraceService::resolveBatch takes them; empty: every batch
    QString base;        // the label base address; empty: labels::labelBase(ledger)
    QString language;    // "zh-CN" or "en"; empty: zh-CN on a Chinese system, else en
    // Where page.html, page.css and page.js are read from; empty: the resources (:/site).
    QString templateDir;
    // Attachments are embedded while the page stays below this size (docs/site-format.md: 1 MB).
    qint64 maxPageBytes = 1000 * 1000;
    ProgressFn progress; // (batches done, batches to do); false cancels
};

struct SiteExportSummary
{
    qint64 pages = 0;              // batch pages produced this time (written or unchanged), plus the index
    qint64 batches = 0;            // batches exported
    qint64 filesWritten = 0;       // files whose bytes changed (or that were new)
    qint64 filesUnchanged = 0;     // files left as they were: same bytes
    qint64 records = 0;            // records embedded, summed over the pages
    qint64 attachments = 0;        // attachments embedded, summed over the pages
    qint64 attachmentsLeftOut = 0; // too large for the page, or not held complete
    qint64 bytes = 0;              // size of every file produced this time
    qint64 bytesWritten = 0;
    qint64 indexEntries = 0; // pages the index lists (every batch page on disk)
    QStringList skipped;     // batches (all-batches export) whose identifier cannot be a path
    // Batches exported whose product code or lot holds a character a folder name cannot
    // (/ \ : * ? " < > | %, control characters): their folder keeps the percent-encoded form, which
    // `site serve` and a hub answer but a plain static web server does not (it decodes the printed
    // address and looks for a folder of the decoded name). Their printed QR codes do not resolve
    // from a plain static host (docs/site-format.md, "Folder").
    QStringList staticHostUnreachable;
};

// Writes (or brings up to date) the site folder for the chosen batches. Each file is written to a
// temporary name and renamed, and only when its bytes differ from the file on disk; the time
// "generated" of a page is kept when nothing else in it changed.
Result<SiteExportSummary> exportSite(trace::TraceService& trace, const SiteExportOptions& options);

// ---- helpers shared with SiteServer and the tests -------------------------------------------

// The file-name form of one path value (docs/site-format.md, "Folder"): the decoded text when
// it is a safe file name, else its percent-encoded form as on the label (gs1::percentEncode).
QString fileNameForSegment(const QString& decoded);
// True for a safe file name: not empty, not "." or "..", no / \ : * ? " < > | % and no
// control characters.
bool isSafeFileName(const QString& name);

// The folder of a batch relative to the site root: "01/{gtin14}/10/{lot}" or "p/{code}/10/{lot}",
// each value in its file-name form; nothing when the batch id has no GTIN + lot or local form.
std::optional<QString> batchFolder(const QString& batchId);
// True when every value of the batch's folder is its decoded text (a safe file name), so that a
// static web server, which decodes the printed address, finds the folder.
bool batchFolderIsLiteral(const QString& batchId);
// The address of a batch's page on the base: its Digital Link, or base/p/{code}/10/{lot}
// (percent-encoded as on the labels); nothing like batchFolder.
std::optional<QString> batchPageUri(const QString& base, const QString& batchId);

// One record of a batch page's "records" (docs/site-format.md, "Page data"): {"text": the bytes as
// a string, "sig": base64} when the bytes are valid UTF-8 (canonical records always are), else
// {"bytes": base64, "sig": base64}. No id: the page computes it, and the manifest signs it.
QJsonObject pageRecord(const QByteArray& bytes, const QByteArray& sig);
// True when the bytes survive the "text" form exactly (valid UTF-8, no NUL or CR).
bool recordBytesAreText(const QByteArray& bytes);
// The exact bytes of one record of "records", from either form.
QByteArray pageRecordBytes(const QJsonObject& record);

// The page data JSON a page embeds: the content of <script id="suyuan-data"> (its "<" are
// written \u003c, which JSON reads back); nothing when the page holds none.
std::optional<QByteArray> pageDataJson(const QByteArray& page);

} // namespace suyuan::site
