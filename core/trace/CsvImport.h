#pragma once

// CSV import of batches and their harvest records (docs/csv-import.md).
//
// A spreadsheet exported as CSV (RFC 4180), in UTF-8 or GB18030, with a header row naming
// the columns in English or Chinese. Every row is checked before anything is stored; the
// import is all or nothing: one transaction when every row is valid, nothing at all and a
// report naming every wrong row and column otherwise.

#include "TraceService.h"
#include "ledger/Ledger.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace suyuan::trace {

// ---- text encodings -----------------------------------------------------------------------

enum class TextEncoding
{
    Auto,   // UTF-8 when the bytes are valid UTF-8, else GB18030
    Utf8,   // with or without a byte order mark
    Gb18030 // also reads GBK and GB2312 files, which it contains
};

// "auto", "utf-8" (or "utf8"), "gb18030" (or "gbk", "gb2312"), in any case; nullopt otherwise.
std::optional<TextEncoding> textEncodingFromName(const QString& name);
// "auto", "utf-8", "gb18030".
QString textEncodingName(TextEncoding encoding);

struct DecodedText
{
    QString text;          // without a byte order mark
    TextEncoding encoding; // the one used: Utf8 or Gb18030, never Auto
};

// Decodes a whole file. Fails (InvalidArgument) naming the line and byte offset of the first
// sequence that is not valid in the encoding, and for UTF-16 files (a UTF-16 byte order mark).
Result<DecodedText> decodeText(const QByteArray& bytes, TextEncoding encoding = TextEncoding::Auto);

// GB18030 through Qt (QStringDecoder, which has it when Qt is built with ICU, as Debian's Qt
// is) or, when Qt lacks it, through glibc's iconv. The second is public so that both can be tested.
Result<QString> decodeGb18030(const QByteArray& bytes);
Result<QString> decodeGb18030WithIconv(const QByteArray& bytes);
Result<QByteArray> encodeGb18030(const QString& text);

// ---- RFC 4180 -----------------------------------------------------------------------------

struct CsvRecord
{
    qint64 row = 0;  // 1-based record number in the file: the header is row 1 (a spreadsheet's row)
    qint64 line = 0; // the line the record starts on (differs from row after a field spanning lines)
    QStringList fields;
};

struct CsvRowError
{
    qint64 row = 0;  // as CsvRecord::row; 0 for the file as a whole
    qint64 line = 0; // as CsvRecord::line
    QString column;  // the column's name as the file's header writes it; empty for the whole row
    QString message; // translated
};

struct CsvTable
{
    QList<CsvRecord> records;
    // A syntax error (an unclosed quote, text after a closing quote) stops the parse: the
    // records before it are kept.
    std::optional<CsvRowError> error;
};

// Comma-separated fields; fields in double quotes may hold commas, line breaks and doubled
// quotes (""); records end in CRLF, LF or CR; a final line break is optional. A double quote
// inside an unquoted field is kept as text. Every record is returned, empty lines included.
CsvTable parseCsv(const QString& text);

// ---- harvest import -----------------------------------------------------------------------

// The columns of a harvest import file, in template order. Headers are matched ignoring case,
// spaces, '_' and '-', and a trailing '*'.
struct HarvestCsvColumn
{
    QString key;         // English header: product, lot, quantity …
    QString chinese;     // Chinese header: 产品, 批号, 数量 …
    QStringList aliases; // further accepted spellings
    bool required = false;
};
const QList<HarvestCsvColumn>& harvestCsvColumns();

struct HarvestCsvOptions
{
    TextEncoding encoding = TextEncoding::Auto;
    bool dryRun = false; // check every row, store nothing
};

struct HarvestCsvReport
{
    TextEncoding encoding = TextEncoding::Utf8; // the encoding the file was read in
    qint64 rows = 0;                            // data rows read (empty rows are skipped)
    QStringList batches;       // batch ids created (or, on a dry run or with errors, that would be)
    QStringList lots;          // their lot codes, in the same order
    QList<CsvRowError> errors; // every problem found, in file order; not empty = nothing stored
    bool stored = false;       // the batches were stored (in one transaction)
    bool ok() const { return errors.isEmpty(); }
};

// Reads, checks and (unless a dry run or any row is wrong) stores harvests. Returns an error
// only when the file cannot be read at all: not decodable in the encoding, empty, no rows,
// cancelled (Cancelled) or a database failure; problems of rows and columns are in the report.
// progress(done, total) counts rows and may cancel before anything is stored.
Result<HarvestCsvReport> importHarvestCsv(TraceService& trace, const QByteArray& bytes,
                                          const HarvestCsvOptions& options = {},
                                          const ProgressFn& progress = {});
Result<HarvestCsvReport> importHarvestCsvFile(TraceService& trace, const QString& path,
                                              const HarvestCsvOptions& options = {},
                                              const ProgressFn& progress = {});

// The template shipped in resources/templates (embedded as :/templates/…): UTF-8 with a
// byte order mark (so that Excel reads it as UTF-8), CRLF line ends; English or Chinese headers.
QByteArray harvestCsvTemplate(bool chineseHeaders);

} // namespace suyuan::trace
