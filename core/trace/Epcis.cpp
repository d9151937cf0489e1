#include "Epcis.h"

#include "EpcisValidator.h"
#include "ledger/CanonicalJson.h"
#include "ledger/Database.h"
#include "ledger/Record.h"
#include "util/Files.h"

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

Result<QList<Selected>> selectByQuery(Database& db, const EpcisSelection& selection)
{
    const bool range = selection.kind == EpcisSelection::Kind::TimeRange;
    auto st =
        db.prepare(range ? "SELECT event_ms, rid FROM trace_events WHERE event_ms >= ? AND event_ms < ? "
                           "ORDER BY event_ms, rid;"
                         : "SELECT event_ms, rid FROM trace_events ORDER BY event_ms, rid;");
    if (range) {
        st.bind(1, selection.from.isValid() ? selection.from.toMSecsSinceEpoch()
                                            : std::numeric_limits<qint64>::min());
        st.bind(2, selection.to.isValid() ? selection.to.toMSecsSinceEpoch()
                                          : std::numeric_limits<qint64>::max());
    }
    QList<Selected> out;
    while (st.step()) {
        out.append({st.int64(0), st.int64(1)});
    }
    if (!st.status()) {
        return st.status().error();
    }
    return out;
}

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

// The document-level @context for a set of events (see Epcis.h).
QJsonArray documentContext(const QList<QJsonObject>& events)
{
    QStringList urls;
    QJsonObject definitions;
    QSet<QString> conflicting;
    bool suyuanUsed = false;
    const QString suyuan = QString::fromLatin1(kSuyuanPrefix);
    for (const QJsonObject& event : events) {
        const ContextParts own = contextParts(event.value(QLatin1String("@context")));
        for (const QString& url : own.urls) {
            if (!urls.contains(url)) {
                urls << url;
            }
        }
        for (auto it = own.definitions.begin(); it != own.definitions.end(); ++it) {
            const QString& k = it.key();
            if (k.startsWith(QLatin1Char('@')) || kStandardPrefixes.contains(k) || conflicting.contains(k)) {
                continue;
            }
            if (definitions.contains(k) && definitions.value(k) != it.value()) {
                conflicting.insert(k);
                definitions.remove(k);
            } else {
                definitions.insert(k, it.value());
            }
        }
        if (!suyuanUsed && !own.definitions.contains(suyuan)) {
            QSet<QString> words;
            collectWords(event, words);
            suyuanUsed = uses(words, suyuan);
        }
    }
    if (suyuanUsed) {
        definitions.insert(suyuan, QString::fromLatin1(kSuyuanNamespace));
    }
    QJsonArray context{QString::fromLatin1(kEpcisContextUrl)};
    for (const QString& url : std::as_const(urls)) {
        context.append(url);
    }
    if (!definitions.isEmpty()) {
        context.append(definitions);
    }
    return context;
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
    Database& db = trace.ledger().database();
    auto selected = selection.kind == EpcisSelection::Kind::Genealogy
                        ? selectGenealogy(trace, selection.batch)
                        : selectByQuery(db, selection);
    if (!selected) {
        return selected.error();
    }
    QList<QJsonObject> events;
    events.reserve(selected->size());
    auto st = db.prepare("SELECT bytes FROM records WHERE rid = ?;");
    for (const Selected& s : selected.value()) {
        st.bind(1, s.rid);
        if (!st.step()) {
            return st.status()
                       ? Error(ErrorCode::Internal,
                               QCoreApplication::translate("suyuan", "Record %1 is missing.").arg(s.rid))
                       : st.status().error();
        }
        Record r;
        r.bytes = st.blob(0);
        events.append(r.body());
        st.reset();
    }
    QJsonArray eventList;
    for (const QJsonObject& e : std::as_const(events)) {
        eventList.append(e);
    }
    return QJsonObject{{QStringLiteral("@context"), documentContext(events)},
                       {QStringLiteral("type"), QStringLiteral("EPCISDocument")},
                       {QStringLiteral("schemaVersion"), QStringLiteral("2.0")},
                       {QStringLiteral("creationDate"), creationDate(trace.ledger().now())},
                       {QStringLiteral("epcisBody"), QJsonObject{{QStringLiteral("eventList"), eventList}}}};
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

Result<EpcisImportSummary> importEpcisDocument(TraceService& trace, const QJsonObject& document)
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

Result<EpcisImportSummary> importEpcisFile(TraceService& trace, const QString& path)
{
    auto document = readEpcisFile(path);
    if (!document) {
        return document.error();
    }
    return importEpcisDocument(trace, document.value());
}

} // namespace suyuan::trace
