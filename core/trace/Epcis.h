#pragma once

#include "TraceService.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

// EPCIS 2.0 documents in and out of the ledger. The events in the ledger already are EPCIS
// 2.0 JSON (the bodies of epcis.event records), so export is a projection and import keeps
// each event exactly as given.
//
// Namespaces and @context
// - Our own extension members use the prefix "suyuan", bound to kSuyuanNamespace
//   (https://suyuan.example/ns/, so suyuan:recallReason is
//   https://suyuan.example/ns/recallReason). The .example top-level domain is reserved
//   (RFC 2606): nobody else can ever publish a conflicting vocabulary there. The IRI is a
//   name, not a locator, and must never change, since signed records use it.
// - Import: the document's @context is not lost. Each imported event that uses a prefix or
//   term the document's @context defines (or when the document names context URLs other
//   than the standard EPCIS one) gets an "@context" of its own (EPCIS 2.0 allows @context
//   on an event) holding exactly those definitions, e.g. {"example": "http://ns.example.com/epcis/"}.
//   An event that has its own @context keeps it; definitions it lacks are put before it
//   (["https://…", {…}, <its own entries>]) so its own still win. Nothing else is touched.
// - Export: @context is ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
//   other context URLs the events name, {prefix: IRI …}], the object holding "suyuan" when
//   an event uses it and the definitions found in the events' own @context (a prefix bound
//   to two different IRIs by two events is left to each event's @context). Prefixes of the
//   standard context (epcis, cbv, cbvmda, gs1, …) are never redefined: it is protected.
namespace suyuan::trace {

inline constexpr char kEpcisContextUrl[] = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
inline constexpr char kSuyuanPrefix[] = "suyuan";
inline constexpr char kSuyuanNamespace[] = "https://suyuan.example/ns/";

// Which events to export.
struct EpcisSelection
{
    enum class Kind
    {
        All,
        TimeRange, // from <= eventTime < to; an invalid bound leaves that side open
        Genealogy  // the batch, everything upstream and downstream of it, and every event
                   // touching any of those batches (plus error declarations of those events)
    };
    Kind kind = Kind::All;
    QDateTime from;
    QDateTime to;
    QString batch; // Genealogy: a batch id, Digital Link, LGTIN URN or lot (TraceService::resolveBatch)

    static EpcisSelection all() { return {}; }
    static EpcisSelection timeRange(const QDateTime& from, const QDateTime& to)
    {
        return {Kind::TimeRange, from, to, {}};
    }
    static EpcisSelection genealogy(const QString& batch) { return {Kind::Genealogy, {}, {}, batch}; }
};

// An EPCISDocument (schemaVersion 2.0, creationDate = the ledger's clock in the local UTC
// offset) holding the selected events in event-time order (ties: ledger order), each
// exactly as its record holds it. Built in memory, for small selections: it is what
// writeEpcisExport (below) writes, parsed. Nothing is rewritten and nothing is validated here: an
// event another node signed is exported as signed; run EpcisValidator on the result before
// handing it to a system that will refuse what the schema refuses.
Result<QJsonObject> exportEpcisDocument(TraceService& trace, const EpcisSelection& selection);

// Writes a document as indented UTF-8 JSON; atomic (QSaveFile) and synced to disk.
Status writeEpcisFile(const QJsonObject& document, const QString& path);

struct EpcisExportSummary
{
    qint64 events = 0; // events written
    qint64 bytes = 0;  // size of the file
};

// Writes the same EPCISDocument as exportEpcisDocument (the same events, order, @context and
// header members: exportEpcisDocument parses what this writes to a buffer) to path, without
// ever holding the document, for ledgers of millions of events.
// - Memory stays bounded, not proportional to the number of events: the events are read
//   through one SQL cursor (a prepared statement stepped in event-time order on the
//   trace_events time index; no sort, no list of events) and only one event's bytes are
//   held at a time, plus a 1 MiB write buffer, the @context being built, and SQLite's page
//   cache. A Genealogy selection is found by a graph walk and so holds the record ids of
//   the selected events (16 bytes each).
// - Two passes over the cursor: the header's @context must list every prefix the events
//   use before the first event is written. The first pass only scans each event's stored
//   bytes for "@context" and a word starting with "suyuan", and parses just the events that
//   have them (with the demo data, a recall's suyuan:recallReason); the second writes.
//   Writing the events to a temporary file first and the header after would parse nothing
//   twice but write every byte twice; reading the ledger twice is cheaper.
//   Records stored while the export runs are in neither pass (the rows are bounded by the
//   newest event at the start).
// - Layout: members @context, type, schemaVersion, creationDate, then epcisBody, indented;
//   each event on a line of its own, as the exact canonical JSON bytes its record holds.
// - The file is a QSaveFile: committed (and synced, with its directory) only when all was
//   written. On any error, or when progress(done, total) returns false, the file is
//   discarded and path is left as it was. done counts events written (it stays 0 during the
//   first pass, which calls progress too so that it can be cancelled), total the selected
//   events; called every 1024 events, before the first and after the last.
Result<EpcisExportSummary> writeEpcisExport(TraceService& trace, const EpcisSelection& selection,
                                            const QString& path, const ProgressFn& progress = {});

// Reads an EPCIS JSON / JSON-LD file (Malformed with the parse error's offset).
Result<QJsonObject> readEpcisFile(const QString& path);

struct EpcisImportSummary
{
    int imported = 0;            // events stored now
    QMap<QString, int> byType;   // of the imported ones: "ObjectEvent" → n …
    int duplicates = 0;          // skipped: identical (same eventID and content) to an event the
                                 // ledger holds or to an earlier one in the document
    int eventIdsAdded = 0;       // events that came without an eventID
    int contextsAdded = 0;       // events that were given the document's @context definitions
    QList<QByteArray> recordIds; // the new records, in document order
};

// Validates the whole document (EpcisValidator) first and stores nothing when it is
// refused. Then every event becomes one epcis.event record signed by this node, all in one
// transaction (Ledger::appendBatch: all or nothing), its body the event exactly as given
// plus only:
// - "eventID", when the event had none: "urn:uuid:" + a name-based (version 5) UUID of the
//   event's canonical JSON, so importing the same file twice gives the same id;
// - "@context", as described at the top of this file.
// An event the ledger already holds (same eventID, identical body) is skipped, so
// re-importing a file is harmless; an error declaration, which repeats the eventID of the
// event it corrects but differs from it, is imported.
// progress(done, total) follows the check of each event; returning false there cancels
// (ErrorCode::Cancelled, nothing stored). The events are then stored in one transaction,
// which is not cancelled halfway.
Result<EpcisImportSummary> importEpcisDocument(TraceService& trace, const QJsonObject& document,
                                               const ProgressFn& progress = {});
Result<EpcisImportSummary> importEpcisFile(TraceService& trace, const QString& path,
                                           const ProgressFn& progress = {});

} // namespace suyuan::trace
