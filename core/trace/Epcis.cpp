#include "Epcis.h"

#include "EpcisValidator.h"
#include "ledger/CanonicalJson.h"
#include "ledger/Database.h"
#include "ledger/Record.h"
#include "util/Files.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <limits>
#include <optional>

namespace suyuan::trace {

namespace {

// Prefixes the standard EPCIS 2.0 context defines; it is protected, so a document must not
// define them again.
const QStringList kStandardPrefixes = {
    QStringLiteral("epcis"), QStringLiteral("cbv"), QStringLiteral("cbvmda"),
    QStringLiteral("gs1"),   QStringLiteral("rdf"), QStringLiteral("rdfs"),
    QStringLiteral("owl"),   QStringLiteral("xsd"), QStringLiteral("dcterms")};

bool isStandardContextUrl(const QString& url)
{
    // The ratified context and the addresses earlier drafts and examples used.
    static const QRegularExpression re(QStringLiteral(
        "^https?://(ref\\.gs1\\.org/standards/epcis/([0-9.]+/)?|gs1\\.github\\.io/EPCIS/|id\\.gs1\\.org/)"
        "epcis-context\\.jsonld$"));
    return re.match(url).hasMatch();
}

// A JSON-LD @context split into the context URLs it names (other than the standard one) and
// the definitions of its inline objects (later ones override earlier ones, as in JSON-LD).
struct ContextParts
{
    QStringList urls;
    QJsonObject definitions;
};

ContextParts contextParts(const QJsonValue& context)
{
    ContextParts out;
    const QJsonArray entries = context.isArray() ? context.toArray() : QJsonArray{context};
    for (const QJsonValue& entry : entries) {
        if (entry.isString()) {
            if (!isStandardContextUrl(entry.toString()) && !out.urls.contains(entry.toString())) {
                out.urls << entry.toString();
            }
        } else if (entry.isObject()) {
            const QJsonObject o = entry.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                out.definitions.insert(it.key(), it.value());
            }
        }
    }
    return out;
}

// Every member name and every string value in an event, to see which prefixes it uses.
void collectWords(const QJsonValue& v, QSet<QString>& out)
{
    if (v.isString()) {
        out.insert(v.toString());
    } else if (v.isArray()) {
        for (const QJsonValue& item : v.toArray()) {
            collectWords(item, out);
        }
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != QLatin1String("@context")) {
                out.insert(it.key());
                collectWords(it.value(), out);
            }
        }
    }
}

// True when a JSON-LD term or prefix is used: as a whole word, or as prefix:suffix where the
// suffix does not start with "//" (then it is an absolute IRI, not a compact one).
bool uses(const QSet<QString>& words, const QString& term)
{
    const QString prefix = term + QLatin1Char(':');
    for (const QString& w : words) {
        if (w == term || (w.startsWith(prefix) && !QStringView(w).mid(prefix.size()).startsWith(u"//"))) {
            return true;
        }
    }
    return false;
}

// Gives an imported event the definitions of the document's @context that it uses. Returns
// true when the event was changed.
bool addContext(QJsonObject& event, const ContextParts& document)
{
    const QJsonValue ownValue = event.value(QLatin1String("@context"));
    const ContextParts own = contextParts(ownValue);
    QSet<QString> words;
    collectWords(event, words);
    QJsonObject missing;
    for (auto it = document.definitions.begin(); it != document.definitions.end(); ++it) {
        // Keywords (@vocab, @base …) may matter to any member, so they always travel.
        const bool used = it.key().startsWith(QLatin1Char('@')) || uses(words, it.key());
        if (used && !own.definitions.contains(it.key())) {
            missing.insert(it.key(), it.value());
        }
    }
    QJsonArray added;
    for (const QString& url : document.urls) {
        if (!own.urls.contains(url)) {
            added.append(url);
        }
    }
    if (!missing.isEmpty()) {
        added.append(missing);
    }
    if (added.isEmpty()) {
        return false;
    }
    if (ownValue.isUndefined()) {
        event.insert(QStringLiteral("@context"), added.size() == 1 ? added.first() : QJsonValue(added));
        return true;
    }
    // Ours first, so the event's own definitions, which come after, still win.
    const QJsonArray ownEntries = ownValue.isArray() ? ownValue.toArray() : QJsonArray{ownValue};
    for (const QJsonValue& entry : ownEntries) {
        added.append(entry);
    }
    event.insert(QStringLiteral("@context"), added);
    return true;
}

QString offsetText(int offsetSeconds)
{
    const int minutes = std::abs(offsetSeconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString creationDate(qint64 ms)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
    return local.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")) + offsetText(local.offsetFromUtc());
}

struct Selected
{
    qint64 eventMs = 0;
    qint64 rid = 0;
    bool operator<(const Selected& o) const
    {
        return eventMs != o.eventMs ? eventMs < o.eventMs : rid < o.rid;
    }
};

Result<QList<Selected>> selectGenealogy(TraceService& trace, const QString& batchText)
{
    auto batch = trace.resolveBatch(batchText);
    if (!batch) {
        return batch.error();
    }
    QSet<QString> batches{batch.value()};
    for (const bool up : {true, false}) {
        auto edges = up ? trace.upstream(batch.value()) : trace.downstream(batch.value());
        if (!edges) {
            return edges.error();
        }
        for (const GenealogyEdge& e : edges.value()) {
            batches.insert(e.parent);
            batches.insert(e.child);
        }
    }
    QSet<qint64> rids;
    QList<Selected> out;
    QSet<QString> eventIds;
    for (const QString& b : std::as_const(batches)) {
        auto events = trace.events(b);
        if (!events) {
            return events.error();
        }
        for (const EventInfo& e : events.value()) {
            if (!rids.contains(e.rid)) {
                rids.insert(e.rid);
                out.append({e.eventMs, e.rid});
                if (!e.eventId.isEmpty()) {
                    eventIds.insert(e.eventId);
                }
            }
        }
    }
    // An error declaration names no batch, only the eventID of the event it declares wrong.
    auto st = trace.ledger().database().prepare(
        "SELECT event_ms, rid FROM trace_events WHERE event_id = ? AND error_declaration = 1;");
    for (const QString& id : std::as_const(eventIds)) {
        st.bind(1, id);
        while (st.step()) {
            if (!rids.contains(st.int64(1))) {
                rids.insert(st.int64(1));
                out.append({st.int64(0), st.int64(1)});
            }
        }
        if (!st.status()) {
            return st.status().error();
        }
        st.reset();
    }
    std::sort(out.begin(), out.end());
    return out;
}

// The body of an epcis.event record: the exact bytes of the event as the record holds them
// (canonical JSON). The envelope is canonical too, {"author":"<64 hex>","body":{…},"kind":"…",
// "prev":…,"seq":…,"time":"…","v":1}, and nothing after the body can contain ,"kind":" (hex,
// a kind, digits, a time), so the body ends at the last one.
QByteArray eventBody(const QByteArray& recordBytes)
{
    static const QByteArray head = QByteArrayLiteral("{\"author\":\"");
    static const QByteArray bodyKey = QByteArrayLiteral("\",\"body\":");
    constexpr qsizetype kBodyKeyAt = 11 + 64;
    constexpr qsizetype kBodyAt = kBodyKeyAt + 9;
    const qsizetype end = recordBytes.lastIndexOf(",\"kind\":\"");
    if (end > kBodyAt && recordBytes.startsWith(head) &&
        QByteArrayView(recordBytes).sliced(kBodyKeyAt, bodyKey.size()) == bodyKey) {
        return recordBytes.mid(kBodyAt, end - kBodyAt);
    }
    Record r; // not the layout decodeRecord stores: take the slow, certain way
    r.bytes = recordBytes;
    return canonicalJson(r.body());
}

// The selected events in export order (event time, then ledger order), one at a time, as
// many times as asked (rewind). Both exports read the ledger only through this.
// - All and TimeRange step one SQL cursor over trace_events (its event_ms index, which holds
//   (event_ms, rid): no sort, nothing collected) joined to records. The rows are bounded by
//   the newest event when the cursor was opened, so a record stored meanwhile is in neither
//   pass and the count stays true.
// - Genealogy is a graph walk: it holds the rids of the selected events (16 bytes each).
class EventCursor
{
public:
    explicit EventCursor(TraceService& trace) : m_trace(trace) {}

    Status open(const EpcisSelection& selection)
    {
        m_selection = selection;
        Database& db = m_trace.ledger().database();
        if (selection.kind == EpcisSelection::Kind::Genealogy) {
            auto selected = selectGenealogy(m_trace, selection.batch);
            if (!selected) {
                return selected.error();
            }
            m_rids.reserve(selected->size());
            for (const Selected& s : selected.value()) {
                m_rids.append(s.rid);
            }
            m_total = m_rids.size();
            m_st.emplace(db.prepare("SELECT bytes FROM records WHERE rid = ?;"));
            return {};
        }
        auto newest = db.prepare("SELECT coalesce(max(rid), 0) FROM trace_events;");
        if (!newest.step()) {
            return newest.status() ? Status() : newest.status();
        }
        m_newestRid = newest.int64(0);
        auto count = db.prepare(isRange() ? "SELECT count(*) FROM trace_events WHERE rid <= ? AND "
                                            "event_ms >= ? AND event_ms < ?;"
                                          : "SELECT count(*) FROM trace_events WHERE rid <= ?;");
        bindBounds(count);
        if (!count.step()) {
            return count.status();
        }
        m_total = count.int64(0);
        // "+e.rid": the bound on the newest rid must not be used as a rowid range (that
        // would read trace_events in rid order and sort all of it in memory).
        m_st.emplace(db.prepare(isRange() ? "SELECT r.bytes FROM trace_events e JOIN records r ON r.rid = "
                                            "e.rid WHERE +e.rid <= ? AND e.event_ms >= ? AND e.event_ms < ? "
                                            "ORDER BY e.event_ms, e.rid;"
                                          : "SELECT r.bytes FROM trace_events e JOIN records r ON r.rid = "
                                            "e.rid WHERE +e.rid <= ? ORDER BY e.event_ms, e.rid;"));
        return rewind();
    }

    qint64 total() const { return m_total; }

    Status rewind()
    {
        m_st->reset();
        m_index = 0;
        m_status = {};
        if (m_selection.kind != EpcisSelection::Kind::Genealogy) {
            bindBounds(*m_st);
        }
        return m_st->status();
    }

    // The next event's body (eventBody). False at the end or on an error (status()).
    bool next(QByteArray& body)
    {
        if (m_selection.kind != EpcisSelection::Kind::Genealogy) {
            if (!m_st->step()) {
                m_status = m_st->status();
                return false;
            }
            body = eventBody(m_st->blob(0));
            return true;
        }
        if (m_index >= m_rids.size()) {
            return false;
        }
        const qint64 rid = m_rids.at(m_index++);
        m_st->reset();
        m_st->bind(1, rid);
        if (!m_st->step()) {
            m_status = m_st->status()
                           ? Error(ErrorCode::Internal,
                                   QCoreApplication::translate("suyuan", "Record %1 is missing.").arg(rid))
                           : m_st->status();
            return false;
        }
        body = eventBody(m_st->blob(0));
        return true;
    }

    const Status& status() const { return m_status; }

private:
    bool isRange() const { return m_selection.kind == EpcisSelection::Kind::TimeRange; }
    void bindBounds(Statement& st) const
    {
        st.bind(1, m_newestRid);
        if (isRange()) {
            st.bind(2, m_selection.from.isValid() ? m_selection.from.toMSecsSinceEpoch()
                                                  : std::numeric_limits<qint64>::min());
            st.bind(3, m_selection.to.isValid() ? m_selection.to.toMSecsSinceEpoch()
                                                : std::numeric_limits<qint64>::max());
        }
    }

    TraceService& m_trace;
    EpcisSelection m_selection;
    QList<qint64> m_rids; // Genealogy: the selected events in export order
    qsizetype m_index = 0;
    qint64 m_newestRid = 0;
    qint64 m_total = 0;
    std::optional<Statement> m_st;
    Status m_status;
};

// The document-level @context of a sequence of events (see Epcis.h), built one event at a
// time. Only an event with an "@context" member or a word starting with "suyuan" can change
// it; mayChange() tells from the event's canonical bytes (strings and names are written
// there without escapes for these characters), so the others need not be parsed.
class ContextBuilder
{
public:
    bool mayChange(const QByteArray& body) const
    {
        return body.contains("\"@context\"") || (!m_suyuanUsed && body.contains("\"suyuan"));
    }

    void add(const QJsonObject& event)
    {
        const ContextParts own = contextParts(event.value(QLatin1String("@context")));
        for (const QString& url : own.urls) {
            if (!m_urls.contains(url)) {
                m_urls << url;
            }
        }
        for (auto it = own.definitions.begin(); it != own.definitions.end(); ++it) {
            const QString& k = it.key();
            if (k.startsWith(QLatin1Char('@')) || kStandardPrefixes.contains(k) ||
                m_conflicting.contains(k)) {
                continue;
            }
            if (m_definitions.contains(k) && m_definitions.value(k) != it.value()) {
                m_conflicting.insert(k);
                m_definitions.remove(k);
            } else {
                m_definitions.insert(k, it.value());
            }
        }
        const QString suyuan = QString::fromLatin1(kSuyuanPrefix);
        if (!m_suyuanUsed && !own.definitions.contains(suyuan)) {
            QSet<QString> words;
            collectWords(event, words);
            m_suyuanUsed = uses(words, suyuan);
        }
    }

    QJsonArray context() const
    {
        QJsonObject definitions = m_definitions;
        if (m_suyuanUsed) {
            definitions.insert(QString::fromLatin1(kSuyuanPrefix), QString::fromLatin1(kSuyuanNamespace));
        }
        QJsonArray context{QString::fromLatin1(kEpcisContextUrl)};
        for (const QString& url : m_urls) {
            context.append(url);
        }
        if (!definitions.isEmpty()) {
            context.append(definitions);
        }
        return context;
    }

private:
    QStringList m_urls;
    QJsonObject m_definitions;
    QSet<QString> m_conflicting;
    bool m_suyuanUsed = false;
};

constexpr qint64 kProgressEvery = 1024;    // events between progress calls
constexpr qsizetype kWriteChunk = 1 << 20; // bytes gathered before each write

Error cannotWrite(const QString& path, const QString& why)
{
    return Error(ErrorCode::Io, QCoreApplication::translate("suyuan", "Cannot write %1: %2").arg(path, why));
}

// The one export: writes the EPCISDocument of the selection to out (see writeEpcisExport).
// path only names out in messages.
Result<EpcisExportSummary> streamDocument(TraceService& trace, const EpcisSelection& selection,
                                          QIODevice& out, const QString& path, const ProgressFn& progress)
{
    EventCursor cursor(trace);
    if (auto st = cursor.open(selection); !st) {
        return st.error();
    }
    const qint64 total = cursor.total();
    EpcisExportSummary summary;
    const auto cancelled = [&] {
        return Error(ErrorCode::Cancelled,
                     QCoreApplication::translate(
                         "suyuan", "EPCIS export cancelled after %1 of %2 events; no file was written.")
                         .arg(summary.events)
                         .arg(total));
    };
    if (progress && !progress(0, total)) {
        return cancelled();
    }

    // First pass: the @context, which the header needs before any event.
    ContextBuilder context;
    QByteArray body;
    for (qint64 read = 1; cursor.next(body); ++read) {
        if (context.mayChange(body)) {
            context.add(QJsonDocument::fromJson(body).object());
        }
        if (progress && read % kProgressEvery == 0 && !progress(0, total)) {
            return cancelled();
        }
    }
    if (!cursor.status()) {
        return cursor.status().error();
    }

    QByteArray chunk;
    chunk.reserve(kWriteChunk + kMaxRecordSize);
    const auto flush = [&] {
        if (out.write(chunk) != chunk.size()) {
            return false;
        }
        summary.bytes += chunk.size();
        chunk.clear();
        return true;
    };
    chunk += "{\n  \"@context\": ";
    chunk += canonicalJson(context.context());
    chunk += ",\n  \"type\": \"EPCISDocument\",\n  \"schemaVersion\": \"2.0\",\n  \"creationDate\": ";
    chunk += canonicalJson(creationDate(trace.ledger().now()));
    chunk += ",\n  \"epcisBody\": {\n    \"eventList\": [";

    // Second pass: each event exactly as its record holds it, one a line.
    if (auto st = cursor.rewind(); !st) {
        return st.error();
    }
    while (cursor.next(body)) {
        chunk += summary.events == 0 ? "\n      " : ",\n      ";
        chunk += body;
        ++summary.events;
        if (chunk.size() >= kWriteChunk && !flush()) {
            return cannotWrite(path, out.errorString());
        }
        if (progress && summary.events % kProgressEvery == 0 && !progress(summary.events, total)) {
            return cancelled();
        }
    }
    if (!cursor.status()) {
        return cursor.status().error();
    }
    chunk += summary.events == 0 ? "]\n  }\n}\n" : "\n    ]\n  }\n}\n";
    if (!flush()) {
        return cannotWrite(path, out.errorString());
    }
    if (progress && !progress(summary.events, total)) {
        return cancelled();
    }
    return summary;
}

const QUuid& eventIdNamespace()
{
    // Version 5 UUIDs (RFC 4122) of an event's canonical JSON, in a namespace of our own
    // derived from the URL namespace and our namespace IRI.
    static const QUuid ns = QUuid::createUuidV5(QUuid(QStringLiteral("6ba7b811-9dad-11d1-80b4-00c04fd430c8")),
                                                QByteArray(kSuyuanNamespace) + "epcis-event");
    return ns;
}

// True when the ledger holds an epcis.event with this eventID and exactly this body.
Result<bool> held(Database& db, const QString& eventId, const QByteArray& canonicalBody)
{
    auto st = db.prepare(
        "SELECT r.bytes FROM trace_events e JOIN records r ON r.rid = e.rid WHERE e.event_id = ?;");
    st.bind(1, eventId);
    while (st.step()) {
        Record r;
        r.bytes = st.blob(0);
        if (canonicalJson(r.body()) == canonicalBody) {
            return true;
        }
    }
    if (!st.status()) {
        return st.status().error();
    }
    return false;
}

} // namespace

Result<QJsonObject> exportEpcisDocument(TraceService& trace, const EpcisSelection& selection)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto written = streamDocument(trace, selection, buffer, {}, {});
    if (!written) {
        return written.error();
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(buffer.data(), &error);
    if (error.error != QJsonParseError::NoError) {
        return Error(ErrorCode::Internal, QCoreApplication::translate(
                                              "suyuan", "The EPCIS export is not valid JSON: %1 at byte %2")
                                              .arg(error.errorString())
                                              .arg(error.offset));
    }
    return doc.object();
}

Result<EpcisExportSummary> writeEpcisExport(TraceService& trace, const EpcisSelection& selection,
                                            const QString& path, const ProgressFn& progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return cannotWrite(path, file.errorString());
    }
    auto written = streamDocument(trace, selection, file, path, progress);
    if (!written) {
        file.cancelWriting(); // the temporary file goes, the target is untouched
        return written.error();
    }
    // commit() syncs the file before renaming it; the rename itself lives in the directory.
    if (!file.commit()) {
        return cannotWrite(path, file.errorString());
    }
    if (auto st = syncDirectory(QFileInfo(path).absolutePath()); !st) {
        return st.error();
    }
    return written;
}

Status writeEpcisFile(const QJsonObject& document, const QString& path)
{
    QSaveFile file(path);
    const auto failed = [&] {
        return Error(
            ErrorCode::Io,
            QCoreApplication::translate("suyuan", "Cannot write %1: %2").arg(path, file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly)) {
        return failed();
    }
    const QByteArray bytes = QJsonDocument(document).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return failed();
    }
    if (!file.commit()) {
        return failed();
    }
    // QSaveFile syncs the file before renaming it; the rename itself lives in the directory.
    return syncDirectory(QFileInfo(path).absolutePath());
}

Result<QJsonObject> readEpcisFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(
            ErrorCode::Io,
            QCoreApplication::translate("suyuan", "Cannot read %1: %2").arg(path, file.errorString()));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        return Error(ErrorCode::Malformed,
                     QCoreApplication::translate("suyuan", "%1 is not valid JSON: %2 at byte %3")
                         .arg(path, error.errorString())
                         .arg(error.offset));
    }
    if (!doc.isObject()) {
        return Error(
            ErrorCode::Malformed,
            QCoreApplication::translate("suyuan", "%1: an EPCIS document must be a JSON object").arg(path));
    }
    return doc.object();
}

Result<EpcisImportSummary> importEpcisDocument(TraceService& trace, const QJsonObject& document,
                                               const ProgressFn& progress)
{
    if (auto valid = EpcisValidator().validateDocument(document); !valid) {
        return valid.error();
    }
    const ContextParts context = contextParts(document.value(QLatin1String("@context")));
    const QJsonArray events =
        document.value(QLatin1String("epcisBody")).toObject().value(QLatin1String("eventList")).toArray();
    Database& db = trace.ledger().database();
    const QString listPath = QStringLiteral("$.epcisBody.eventList");
    EpcisImportSummary summary;
    QList<Ledger::Draft> drafts;
    QSet<QByteArray> inDocument;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (progress && i % 256 == 0 && !progress(i, events.size())) {
            return Error(ErrorCode::Cancelled,
                         QCoreApplication::translate("suyuan",
                                                     "Import cancelled after checking %1 of %2 events; "
                                                     "nothing was stored.")
                             .arg(i)
                             .arg(events.size()));
        }
        QJsonObject event = events.at(i).toObject();
        const bool contextAdded = addContext(event, context);
        const bool idAdded = !event.contains(QLatin1String("eventID"));
        if (idAdded) {
            const QUuid id = QUuid::createUuidV5(eventIdNamespace(), canonicalJson(event));
            event.insert(QStringLiteral("eventID"),
                         QStringLiteral("urn:uuid:") + id.toString(QUuid::WithoutBraces));
        }
        const QByteArray bytes = canonicalJson(event);
        // The envelope at its largest (a 16-digit seq), so a refusal can name the event.
        const qsizetype recordSize =
            encodeRecord(QByteArray(32, '\0'), 9007199254740991LL, QByteArray(32, '\0'), 0,
                         QStringLiteral("epcis.event"), event)
                .size();
        if (recordSize > kMaxRecordSize) {
            return Error(ErrorCode::TooLarge,
                         QCoreApplication::translate(
                             "suyuan", "%1: the event takes %2 bytes as a record; the limit is %3")
                             .arg(EpcisValidator::indexPath(listPath, i))
                             .arg(recordSize)
                             .arg(kMaxRecordSize));
        }
        auto already = held(db, event.value(QLatin1String("eventID")).toString(), bytes);
        if (!already) {
            return already.error();
        }
        if (already.value() || inDocument.contains(bytes)) {
            ++summary.duplicates;
            continue;
        }
        inDocument.insert(bytes);
        summary.contextsAdded += contextAdded ? 1 : 0;
        summary.eventIdsAdded += idAdded ? 1 : 0;
        summary.byType[event.value(QLatin1String("type")).toString()] += 1;
        drafts.append({QStringLiteral("epcis.event"), event});
    }
    if (progress && !progress(events.size(), events.size())) {
        return Error(ErrorCode::Cancelled,
                     QCoreApplication::translate("suyuan", "Import cancelled after checking %1 of %2 events; "
                                                           "nothing was stored.")
                         .arg(events.size())
                         .arg(events.size()));
    }
    if (!drafts.isEmpty()) {
        auto records = trace.ledger().appendBatch(drafts);
        if (!records) {
            return records.error();
        }
        for (const Record& r : records.value()) {
            summary.recordIds.append(r.id);
        }
    }
    summary.imported = static_cast<int>(drafts.size());
    return summary;
}

Result<EpcisImportSummary> importEpcisFile(TraceService& trace, const QString& path,
                                           const ProgressFn& progress)
{
    auto document = readEpcisFile(path);
    if (!document) {
        return document.error();
    }
    return importEpcisDocument(trace, document.value(), progress);
}

} // namespace suyuan::trace
