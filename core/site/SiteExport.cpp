#include "SiteExport.h"

#include "crypto/Hash.h"
#include "labels/BatchLabels.h"
#include "labels/LabelCode.h"
#include "ledger/Record.h"
#include "trace/Attachments.h"
#include "trace/Gs1.h"
#include "trace/TraceService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMap>
#include <QSaveFile>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <set>

namespace suyuan::site {

namespace {

constexpr int kFormat = 1;
// The context tag of a page manifest's signature (docs/labels.md, "What is signed").
const QByteArray kManifestContext = QByteArrayLiteral("suyuan-site-v1\n");
const QLatin1String kLocationPrefix("urn:suyuan:location:");
const QLatin1String kPartyPrefix("urn:suyuan:party:");

// ---- template -----------------------------------------------------------------------------

struct Template
{
    QByteArray html;
    QByteArray css;
    QByteArray js;
};

Result<Template> loadTemplate(const QString& dir)
{
    const QString root = dir.isEmpty() ? QStringLiteral(":/site") : dir;
    Template t;
    const std::pair<const char*, QByteArray*> parts[] = {
        {"page.html", &t.html}, {"page.css", &t.css}, {"page.js", &t.js}};
    for (const auto& [name, out] : parts) {
        QFile f(root + QLatin1Char('/') + QLatin1String(name));
        if (!f.open(QIODevice::ReadOnly)) {
            return Error(ErrorCode::Io,
                         QCoreApplication::translate("suyuan", "The page template %1 cannot be read: %2")
                             .arg(f.fileName(), f.errorString()));
        }
        *out = f.readAll();
    }
    if (!t.html.contains("@SUYUAN_DATA@")) {
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate(
                         "suyuan", "The page template %1/page.html has no @SUYUAN_DATA@ placeholder.")
                         .arg(root));
    }
    return t;
}

// Replaces each placeholder of the template where it stands, in one pass, so that text put in
// (a product name, the script) is never searched for placeholders itself.
QByteArray fillTemplate(const Template& t, const QString& lang, const QString& title, const QByteArray& data)
{
    QByteArray escaped = data;
    escaped.replace('<', "\\u003c");
    const QByteArray titleHtml = title.toHtmlEscaped().toUtf8();
    const std::pair<QByteArray, const QByteArray*> values[] = {
        {QByteArrayLiteral("@SUYUAN_LANG@"), nullptr},  {QByteArrayLiteral("@SUYUAN_TITLE@"), &titleHtml},
        {QByteArrayLiteral("@SUYUAN_CSS@"), &t.css},    {QByteArrayLiteral("@SUYUAN_JS@"), &t.js},
        {QByteArrayLiteral("@SUYUAN_DATA@"), &escaped},
    };
    const QByteArray langBytes = lang.toUtf8();
    QByteArray out;
    out.reserve(t.html.size() + escaped.size() + t.css.size() + t.js.size() + 256);
    qsizetype pos = 0;
    while (true) {
        const qsizetype at = t.html.indexOf("@SUYUAN_", pos);
        if (at < 0) {
            break;
        }
        bool replaced = false;
        for (const auto& [key, value] : values) {
            if (t.html.mid(at, key.size()) == key) {
                out.append(t.html.constData() + pos, at - pos);
                out += value ? *value : langBytes;
                pos = at + key.size();
                replaced = true;
                break;
            }
        }
        if (!replaced) {
            out.append(t.html.constData() + pos, at + 1 - pos);
            pos = at + 1;
        }
    }
    out.append(t.html.constData() + pos, t.html.size() - pos);
    return out;
}

// ---- records ------------------------------------------------------------------------------

struct PageRecord
{
    QByteArray id;
    QByteArray bytes;
    QByteArray sig;
    QByteArray author;
    qint64 seq = 0;
    qint64 timeMs = 0;
    QString kind;
};

bool canonicalLess(const PageRecord& a, const PageRecord& b)
{
    if (a.timeMs != b.timeMs) {
        return a.timeMs < b.timeMs;
    }
    if (a.author != b.author) {
        return a.author < b.author; // byte order = order of the lower-case hex
    }
    if (a.seq != b.seq) {
        return a.seq < b.seq;
    }
    return a.id < b.id;
}

void collectStrings(const QJsonValue& v, QSet<QString>& out)
{
    if (v.isString()) {
        out.insert(v.toString());
    } else if (v.isArray()) {
        for (const QJsonValue& x : v.toArray()) {
            collectStrings(x, out);
        }
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            collectStrings(it.value(), out);
        }
    }
}

QString createdDate(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)).date().toString(Qt::ISODate)
                  : QString();
}

QString generatedNow(qint64 ms)
{
    QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    t = t.toOffsetFromUtc(t.offsetFromUtc());
    return t.toString(Qt::ISODate);
}

// Reads records and master data straight from the ledger's tables (the trace projection),
// caching what many pages share.
class Reader
{
public:
    explicit Reader(trace::TraceService& trace) : m_db(trace.ledger().database()) {}

    Result<std::optional<PageRecord>> byId(const QByteArray& id)
    {
        auto st = m_db.prepare("SELECT r.bytes, r.sig FROM records r WHERE r.id = ?;");
        st.bind(1, id);
        return read(st);
    }
    Result<std::optional<PageRecord>> byRid(qint64 rid)
    {
        auto st = m_db.prepare("SELECT r.bytes, r.sig FROM records r WHERE r.rid = ?;");
        st.bind(1, rid);
        return read(st);
    }

    // The rid of the current master record of this kind ("trace_products" …) and key; 0: none.
    Result<qint64> masterRid(const char* table, const QString& key)
    {
        const QString cacheKey = QLatin1String(table) + QLatin1Char('\n') + key;
        if (const auto it = m_masterRids.constFind(cacheKey); it != m_masterRids.cend()) {
            return it.value();
        }
        auto st = m_db.prepare((QByteArray("SELECT rid FROM ") + table + " WHERE key = ?;").constData());
        st.bind(1, key);
        qint64 rid = 0;
        if (st.step()) {
            rid = st.int64(0);
        } else if (!st.status()) {
            return st.status().error();
        }
        m_masterRids.insert(cacheKey, rid);
        return rid;
    }

    Result<QString> productKeyOfBatch(const QString& batch)
    {
        if (const auto it = m_batchProducts.constFind(batch); it != m_batchProducts.cend()) {
            return it.value();
        }
        auto st = m_db.prepare("SELECT product_key FROM trace_batches WHERE batch = ?;");
        st.bind(1, batch);
        QString key;
        if (st.step()) {
            key = st.text(0);
        } else if (!st.status()) {
            return st.status().error();
        }
        m_batchProducts.insert(batch, key);
        return key;
    }

    Result<QStringList> allBatches()
    {
        auto st = m_db.prepare("SELECT batch FROM trace_batches ORDER BY created_ms, batch;");
        QStringList out;
        while (st.step()) {
            out.append(st.text(0));
        }
        if (!st.status()) {
            return st.status().error();
        }
        return out;
    }

private:
    static Result<std::optional<PageRecord>> read(Statement& st)
    {
        if (!st.step()) {
            if (!st.status()) {
                return st.status().error();
            }
            return std::optional<PageRecord>();
        }
        PageRecord p;
        p.bytes = st.blob(0);
        p.sig = st.blob(1);
        Record env;
        if (!decodeEnvelopeFast(p.bytes, env)) {
            auto full = decodeRecord(p.bytes, p.sig);
            if (!full) {
                return full.error();
            }
            env = full.value();
        }
        p.id = crypto::sha256(p.bytes);
        p.author = env.author;
        p.seq = env.seq;
        p.timeMs = env.timeMs;
        p.kind = env.kind;
        return std::optional<PageRecord>(p);
    }

    Database& m_db;
    QHash<QString, qint64> m_masterRids;
    QHash<QString, QString> m_batchProducts;
};

// ---- files --------------------------------------------------------------------------------

struct Writer
{
    SiteExportSummary& summary;

    Status write(const QString& path, const QByteArray& content)
    {
        summary.bytes += content.size();
        QFile existing(path);
        if (existing.exists() && existing.size() == content.size() && existing.open(QIODevice::ReadOnly) &&
            existing.readAll() == content) {
            ++summary.filesUnchanged;
            return {};
        }
        existing.close();
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            return Error(ErrorCode::Io, QCoreApplication::translate("suyuan", "Cannot create the folder %1.")
                                            .arg(QFileInfo(path).absolutePath()));
        }
        // Written to a temporary file beside it and renamed over it, so the file is always
        // either the old one or the new one.
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.commit()) {
            return Error(
                ErrorCode::Io,
                QCoreApplication::translate("suyuan", "Cannot write %1: %2").arg(path, f.errorString()));
        }
        ++summary.filesWritten;
        summary.bytesWritten += content.size();
        return {};
    }
};

// The "generated" time of the page on disk, so that an export that changes nothing else keeps it.
QString existingGenerated(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const auto data = pageDataJson(f.readAll());
    if (!data) {
        return {};
    }
    return QJsonDocument::fromJson(*data).object().value(QStringLiteral("generated")).toString();
}

// The message a batch page's manifest signs (docs/site-format.md, "Page data"): the context tag,
// the batch, the page address, the time, every record id (hex) in the page's order and every
// embedded attachment's hash (ascending), each line ending in "\n".
QByteArray manifestMessage(const QJsonObject& data, const QList<QByteArray>& ids)
{
    QByteArray m = kManifestContext;
    for (const char* member : {"batch", "uri", "generated"}) {
        m += data.value(QLatin1String(member)).toString().toUtf8() + '\n';
    }
    for (const QByteArray& id : ids) {
        m += id.toHex() + '\n';
    }
    QStringList files = data.value(QStringLiteral("attachments")).toObject().keys();
    std::sort(files.begin(), files.end());
    for (const QString& sha : std::as_const(files)) {
        m += "attachment " + sha.toLatin1() + '\n';
    }
    return m;
}

// Adds the manifest, signed by this node, to a batch page's data (complete with "generated" and
// the embedded attachments). The page's own data has no record ids: they are `ids`.
Result<QJsonObject> withManifest(Ledger& ledger, QJsonObject data, const QList<QByteArray>& ids)
{
    auto sig = ledger.signDetached(manifestMessage(data, ids));
    if (!sig) {
        return sig.error();
    }
    data.insert(QStringLiteral("manifest"),
                QJsonObject{{QStringLiteral("signer"), QString::fromLatin1(ledger.publicKey().toHex())},
                            {QStringLiteral("sig"), QString::fromLatin1(sig->toBase64())}});
    return data;
}

// What a page is made from: its data without "generated" (and, for a batch page, without the
// manifest, which covers "generated"), and the record ids the manifest signs.
struct PageContent
{
    QJsonObject data;
    const QList<QByteArray>* ids = nullptr; // batch page: sign a manifest over these
};

Result<QByteArray> renderWith(Ledger& ledger, const Template& t, const QString& lang, const QString& title,
                              const PageContent& content, const QString& generated)
{
    QJsonObject data = content.data;
    data.insert(QStringLiteral("generated"), generated);
    if (content.ids) {
        auto signedData = withManifest(ledger, data, *content.ids);
        if (!signedData) {
            return signedData.error();
        }
        data = signedData.value();
    }
    return fillTemplate(t, lang, title, QJsonDocument(data).toJson(QJsonDocument::Compact));
}

// The page, keeping the old "generated" time when that gives the same bytes as on disk. The
// manifest signature is deterministic (Ed25519), so an unchanged page signs to the same bytes.
Result<QByteArray> renderKeepingTime(Ledger& ledger, const Template& t, const QString& lang,
                                     const QString& title, const PageContent& content, const QString& path,
                                     const QString& now)
{
    const QString old = existingGenerated(path);
    if (!old.isEmpty() && old != now) {
        auto page = renderWith(ledger, t, lang, title, content, old);
        if (!page) {
            return page;
        }
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.size() == page->size() && f.readAll() == page.value()) {
            return page;
        }
    }
    return renderWith(ledger, t, lang, title, content, now);
}

struct Names
{
    QString zh;
    QString en;
};

Names productNames(trace::TraceService& trace, const QString& productKey)
{
    Names n;
    if (auto p = trace.product(productKey); p && p->has_value()) {
        n.zh = p->value().nameZh;
        n.en = p->value().nameEn;
    }
    return n;
}

QString pick(const Names& n, const QString& lang)
{
    if (lang.startsWith(QLatin1String("zh"))) {
        return n.zh.isEmpty() ? n.en : n.zh;
    }
    return n.en.isEmpty() ? n.zh : n.en;
}

struct IndexEntry
{
    QString path;
    QString uri;
    QString batch;
    Names product;
    QString lot;
    QString status;
    qint64 createdMs = 0;
};

// ---- one batch ----------------------------------------------------------------------------

struct BatchPage
{
    QJsonObject data; // without "generated" and the manifest
    QJsonObject linkset;
    QString title;
    IndexEntry entry;
    qint64 records = 0;
    QList<QByteArray> ids; // of the records, in the page's (canonical) order: the manifest signs them
    QList<QPair<QString, trace::AttachmentRef>> attachments; // to embed when they fit
};

class Exporter
{
public:
    Exporter(trace::TraceService& trace, const QString& base, const QString& lang)
        : m_trace(trace), m_reader(trace), m_base(base), m_lang(lang)
    {
    }

    Result<BatchPage> build(const QString& batchId)
    {
        BatchPage page;
        auto info = m_trace.batch(batchId);
        if (!info) {
            return info.error();
        }
        if (!info->has_value()) {
            return Error(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("suyuan", "There is no batch %1 in this ledger.").arg(batchId));
        }
        const trace::BatchInfo& b = info->value();
        const auto uri = batchPageUri(m_base, batchId);
        if (!uri) {
            return Error(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "suyuan", "Batch %1 has no GS1 or local identifier, so it has no page address.")
                             .arg(batchId));
        }

        // The batch and, upstream, every batch it was made from.
        auto edges = m_trace.upstream(batchId);
        if (!edges) {
            return edges.error();
        }
        std::map<QString, int> depth{{batchId, 0}};
        std::map<QString, std::set<QString>> parents;
        for (const trace::GenealogyEdge& e : edges.value()) {
            auto it = depth.find(e.parent);
            if (it == depth.end() || e.depth < it->second) {
                depth[e.parent] = e.depth;
            }
            parents[e.parent].insert(e.child);
        }
        std::vector<std::pair<int, QString>> ordered;
        for (const auto& [id, d] : depth) {
            ordered.emplace_back(d, id);
        }
        std::sort(ordered.begin(), ordered.end());
        QJsonArray batches;
        for (const auto& [d, id] : ordered) {
            QJsonArray ps;
            for (const QString& p : parents[id]) {
                ps.append(p);
            }
            batches.append(QJsonObject{{QStringLiteral("batch"), id},
                                       {QStringLiteral("depth"), d},
                                       {QStringLiteral("parents"), ps}});
        }

        // Every event naming one of those batches (error declarations and withdrawn events
        // included), and the field work on the plots they came from.
        QMap<QByteArray, PageRecord> records; // by id
        std::set<QByteArray> issuers;
        QSet<QString> named;
        QList<QPair<QString, trace::AttachmentRef>> attachments;
        QSet<QString> attachmentSeen;
        for (const auto& [d, id] : ordered) {
            auto events = m_trace.events(id);
            if (!events) {
                return events.error();
            }
            for (const trace::EventInfo& e : events.value()) {
                if (d == 0 && e.role != QLatin1String("origin")) {
                    issuers.insert(e.author);
                }
                if (records.contains(e.recordId)) {
                    continue;
                }
                auto r = m_reader.byId(e.recordId);
                if (!r) {
                    return r.error();
                }
                if (!r->has_value() || r->value().kind != QLatin1String("epcis.event")) {
                    continue;
                }
                const PageRecord& rec = r->value();
                records.insert(rec.id, rec);
                const QJsonObject envelope = QJsonDocument::fromJson(rec.bytes).object();
                const QJsonObject body = envelope.value(QStringLiteral("body")).toObject();
                collectStrings(body, named);
                const QJsonArray refs = body.value(QStringLiteral("suyuan:attachments")).toArray();
                for (const QJsonValue& v : refs) {
                    const auto ref = trace::AttachmentRef::fromJson(v.toObject());
                    if (ref && !attachmentSeen.contains(ref->sha256.toLower())) {
                        attachmentSeen.insert(ref->sha256.toLower());
                        attachments.append({ref->sha256.toLower(), *ref});
                    }
                }
            }
        }

        // The current master record of every product, party and location they name (and the
        // parties those locations name).
        std::set<qint64> masterRids;
        QSet<QString> partyKeys;
        for (const QString& s : std::as_const(named)) {
            QString locationKey = s;
            QString partyKey = s;
            if (s.startsWith(kLocationPrefix)) {
                locationKey = s.mid(kLocationPrefix.size());
            }
            if (s.startsWith(kPartyPrefix)) {
                partyKey = s.mid(kPartyPrefix.size());
            }
            auto loc = m_reader.masterRid("trace_locations", locationKey);
            if (!loc) {
                return loc.error();
            }
            if (loc.value() > 0) {
                masterRids.insert(loc.value());
            }
            partyKeys.insert(partyKey);
            auto product = m_reader.productKeyOfBatch(s);
            if (!product) {
                return product.error();
            }
            if (!product->isEmpty()) {
                auto rid = m_reader.masterRid("trace_products", product.value());
                if (!rid) {
                    return rid.error();
                }
                if (rid.value() > 0) {
                    masterRids.insert(rid.value());
                }
            }
        }
        for (qint64 rid : std::set<qint64>(masterRids)) {
            auto r = m_reader.byRid(rid);
            if (!r) {
                return r.error();
            }
            if (r->has_value() && r->value().kind == QLatin1String("master.location")) {
                const QJsonObject body = QJsonDocument::fromJson(r->value().bytes)
                                             .object()
                                             .value(QStringLiteral("body"))
                                             .toObject();
                const QString party = body.value(QStringLiteral("party")).toString();
                partyKeys.insert(party.startsWith(kPartyPrefix) ? party.mid(kPartyPrefix.size()) : party);
            }
        }
        for (const QString& key : std::as_const(partyKeys)) {
            if (key.isEmpty()) {
                continue;
            }
            auto rid = m_reader.masterRid("trace_parties", key);
            if (!rid) {
                return rid.error();
            }
            if (rid.value() > 0) {
                masterRids.insert(rid.value());
            }
        }
        for (qint64 rid : masterRids) {
            auto r = m_reader.byRid(rid);
            if (!r) {
                return r.error();
            }
            if (r->has_value() && r->value().kind.startsWith(QLatin1String("master."))) {
                records.insert(r->value().id, r->value());
            }
        }

        std::vector<PageRecord> sorted(records.cbegin(), records.cend());
        std::sort(sorted.begin(), sorted.end(), canonicalLess);
        QJsonArray recordArray;
        for (const PageRecord& r : sorted) {
            recordArray.append(pageRecord(r.bytes, r.sig));
            page.ids.append(r.id);
        }
        QJsonArray issuerArray;
        for (const QByteArray& key : issuers) {
            issuerArray.append(QString::fromLatin1(key.toHex()));
        }

        page.data = QJsonObject{{QStringLiteral("format"), kFormat},
                                {QStringLiteral("page"), QStringLiteral("batch")},
                                {QStringLiteral("uri"), uri.value()},
                                {QStringLiteral("batch"), batchId},
                                {QStringLiteral("records"), recordArray},
                                {QStringLiteral("batches"), batches},
                                {QStringLiteral("attachments"), QJsonObject()},
                                {QStringLiteral("issuers"), issuerArray}};
        page.records = recordArray.size();
        page.attachments = attachments;

        const Names product = productNames(m_trace, b.productKey);
        const QString name = pick(product, m_lang);
        page.title = name.isEmpty() ? b.lot : name + QLatin1Char(' ') + b.lot;
        page.entry = IndexEntry{batchFolder(batchId).value() + QStringLiteral("/index.html"),
                                uri.value(),
                                batchId,
                                product,
                                b.lot,
                                b.status,
                                b.createdMs};
        page.linkset = linkset(uri.value(), page.title, b.status);
        return page;
    }

    // RFC 9264 linkset in the form GS1 resolvers answer with: the Digital Link as anchor, GS1
    // link types (https://gs1.org/voc/…) as relation types, each pointing at the page.
    QJsonObject linkset(const QString& anchor, const QString& title, const QString& status) const
    {
        const QJsonArray target{QJsonObject{
            {QStringLiteral("href"), anchor + QStringLiteral("/index.html")},
            {QStringLiteral("title"), title},
            {QStringLiteral("type"), QStringLiteral("text/html")},
            {QStringLiteral("hreflang"), QJsonArray{QStringLiteral("zh-CN"), QStringLiteral("en")}}}};
        QJsonObject links{{QStringLiteral("anchor"), anchor},
                          {QStringLiteral("https://gs1.org/voc/defaultLink"), target},
                          {QStringLiteral("https://gs1.org/voc/pip"), target},
                          {QStringLiteral("https://gs1.org/voc/traceability"), target}};
        if (status == QLatin1String("recalled")) {
            links.insert(QStringLiteral("https://gs1.org/voc/recallStatus"), target);
        }
        return QJsonObject{{QStringLiteral("linkset"), QJsonArray{links}}};
    }

private:
    trace::TraceService& m_trace;
    Reader m_reader;
    QString m_base;
    QString m_lang;
};

// The batch a page folder stands for: the inverse of batchFolder.
std::optional<QString> batchOfFolder(const QStringList& segments)
{
    if (segments.size() != 4 || segments.at(2) != QLatin1String("10")) {
        return std::nullopt;
    }
    const auto value = [](const QString& name) -> std::optional<QString> {
        // A name holding "%" is the percent-encoded form (a safe name never holds one).
        return name.contains(QLatin1Char('%')) ? gs1::percentDecode(name) : std::optional<QString>(name);
    };
    const auto id = value(segments.at(1));
    const auto lot = value(segments.at(3));
    if (!id || !lot) {
        return std::nullopt;
    }
    if (segments.at(0) == QLatin1String("01")) {
        return gs1::batchIdForGtin(*id, *lot);
    }
    if (segments.at(0) == QLatin1String("p")) {
        return gs1::localBatchUri(*id, *lot);
    }
    return std::nullopt;
}

} // namespace

// ---- helpers ------------------------------------------------------------------------------

bool isSafeFileName(const QString& name)
{
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..")) {
        return false;
    }
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || QStringView(u"/\\:*?\"<>|%").contains(c)) {
            return false;
        }
    }
    return true;
}

QString fileNameForSegment(const QString& decoded)
{
    if (isSafeFileName(decoded)) {
        return decoded;
    }
    QString encoded = gs1::percentEncode(decoded);
    if (encoded == QLatin1String(".") || encoded == QLatin1String("..")) {
        encoded.replace(QLatin1Char('.'), QStringLiteral("%2E")); // "." and ".." are unreserved
    }
    return encoded;
}

std::optional<QString> batchFolder(const QString& batchId)
{
    const auto ids = labels::batchLabelIds(batchId);
    if (!ids) {
        return std::nullopt;
    }
    if (!ids->gtin14.isEmpty()) {
        return QStringLiteral("01/") + fileNameForSegment(ids->gtin14) + QStringLiteral("/10/") +
               fileNameForSegment(ids->lot);
    }
    return QStringLiteral("p/") + fileNameForSegment(ids->productCode) + QStringLiteral("/10/") +
           fileNameForSegment(ids->lot);
}

bool batchFolderIsLiteral(const QString& batchId)
{
    const auto ids = labels::batchLabelIds(batchId);
    return ids && isSafeFileName(ids->gtin14.isEmpty() ? ids->productCode : ids->gtin14) &&
           isSafeFileName(ids->lot);
}

std::optional<QString> batchPageUri(const QString& base, const QString& batchId)
{
    const auto ids = labels::batchLabelIds(batchId);
    if (!ids) {
        return std::nullopt;
    }
    if (!ids->gtin14.isEmpty()) {
        return gs1::digitalLinkUri(base, ids->gtin14, ids->lot);
    }
    return base + labels::localLabelPath(ids->productCode, ids->lot);
}

bool recordBytesAreText(const QByteArray& bytes)
{
    // The page reads "text" back with JSON.parse and TextEncoder (UTF-8): exact only for valid
    // UTF-8, which Qt's decoder maps back to the same bytes. A raw NUL or CR would be changed by
    // the HTML parser were it not escaped by the JSON writer; canonical record bytes hold neither,
    // and such bytes take the base64 form all the same.
    if (bytes.contains('\0') || bytes.contains('\r')) {
        return false;
    }
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

QJsonObject pageRecord(const QByteArray& bytes, const QByteArray& sig)
{
    QJsonObject o{{QStringLiteral("sig"), QString::fromLatin1(sig.toBase64())}};
    if (recordBytesAreText(bytes)) {
        o.insert(QStringLiteral("text"), QString::fromUtf8(bytes));
    } else {
        o.insert(QStringLiteral("bytes"), QString::fromLatin1(bytes.toBase64()));
    }
    return o;
}

QByteArray pageRecordBytes(const QJsonObject& record)
{
    if (record.contains(QStringLiteral("text"))) {
        return record.value(QStringLiteral("text")).toString().toUtf8();
    }
    return QByteArray::fromBase64(record.value(QStringLiteral("bytes")).toString().toLatin1());
}

std::optional<QByteArray> pageDataJson(const QByteArray& page)
{
    const qsizetype tag = page.indexOf("id=\"suyuan-data\"");
    if (tag < 0) {
        return std::nullopt;
    }
    const qsizetype start = page.indexOf('>', tag);
    const qsizetype end = start < 0 ? -1 : page.indexOf("</script", start);
    if (end < 0) {
        return std::nullopt;
    }
    return page.mid(start + 1, end - start - 1);
}

// ---- export -------------------------------------------------------------------------------

Result<SiteExportSummary> exportSite(trace::TraceService& trace, const SiteExportOptions& options)
{
    if (options.dir.isEmpty()) {
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("suyuan", "No folder was given for the site."));
    }
    const QString lang = !options.language.isEmpty()                ? options.language
                         : QLocale().language() == QLocale::Chinese ? QStringLiteral("zh-CN")
                                                                    : QStringLiteral("en");
    if (lang != QLatin1String("zh-CN") && lang != QLatin1String("en")) {
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("suyuan", "The site language must be zh-CN or en, not %1.")
                         .arg(options.language));
    }
    auto base =
        labels::normaliseLabelBase(options.base.isEmpty() ? labels::labelBase(trace.ledger()) : options.base);
    if (!base) {
        return base.error();
    }
    auto tmpl = loadTemplate(options.templateDir);
    if (!tmpl) {
        return tmpl.error();
    }
    const QString root = QDir(options.dir).absolutePath();
    if (QFileInfo(root).exists() && !QFileInfo(root).isDir()) {
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("suyuan", "%1 exists and is not a folder.").arg(root));
    }
    if (!QDir().mkpath(root)) {
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("suyuan", "Cannot create the folder %1.").arg(root));
    }

    SiteExportSummary summary;
    Reader reader(trace);
    QStringList selected;
    if (options.batches.isEmpty()) {
        auto all = reader.allBatches();
        if (!all) {
            return all.error();
        }
        for (const QString& b : all.value()) {
            if (batchFolder(b)) {
                selected.append(b);
            } else {
                summary.skipped.append(b);
            }
        }
    } else {
        for (const QString& given : options.batches) {
            auto id = trace.resolveBatch(given);
            if (!id) {
                return id.error();
            }
            if (!batchFolder(id.value())) {
                return Error(
                    ErrorCode::InvalidArgument,
                    QCoreApplication::translate(
                        "suyuan", "Batch %1 has no GS1 or local identifier, so it has no page address.")
                        .arg(id.value()));
            }
            if (!selected.contains(id.value())) {
                selected.append(id.value());
            }
        }
    }

    const QString now = generatedNow(trace.ledger().now());
    Exporter exporter(trace, base.value(), lang);
    Writer writer{summary};
    QHash<QString, IndexEntry> exported; // by path
    const qint64 total = selected.size();
    for (qint64 i = 0; i < total; ++i) {
        if (options.progress && !options.progress(i, total)) {
            return Error(
                ErrorCode::Cancelled,
                QCoreApplication::translate(
                    "suyuan", "The site export was cancelled; the pages written until then are complete."));
        }
        const QString& batchId = selected.at(i);
        auto page = exporter.build(batchId);
        if (!page) {
            return page.error();
        }
        const QString folder = root + QLatin1Char('/') + batchFolder(batchId).value();
        const QString pagePath = folder + QStringLiteral("/index.html");

        // Attachments go in while the page stays under the limit, in the order the events name them.
        PageContent pageContent{page->data, &page->ids};
        auto first =
            renderKeepingTime(trace.ledger(), tmpl.value(), lang, page->title, pageContent, pagePath, now);
        if (!first) {
            return first.error();
        }
        QByteArray html = first.value();
        qint64 size = html.size();
        QJsonObject embedded;
        QStringList embeddedOrder; // as embedded: the last one goes first when the page is too big
        qint64 leftOut = 0;
        for (const auto& [sha, ref] : std::as_const(page->attachments)) {
            const qint64 estimate = (ref.size + 2) / 3 * 4 + ref.name.toUtf8().size() * 6 +
                                    ref.mediaType.size() * 6 + sha.size() + 64;
            if (!ref.size || size + estimate >= options.maxPageBytes) {
                ++leftOut;
                continue;
            }
            auto held = trace.attachments().info(sha);
            if (!held) {
                return held.error();
            }
            if (!held->has_value() || !held->value().complete) {
                ++leftOut;
                continue;
            }
            auto content = trace.attachments().get(sha);
            if (!content) {
                return content.error();
            }
            embedded.insert(sha,
                            QJsonObject{{QStringLiteral("name"), held->value().name},
                                        {QStringLiteral("type"), held->value().mediaType},
                                        {QStringLiteral("data"), QString::fromLatin1(content->toBase64())}});
            embeddedOrder.append(sha);
            size += estimate;
        }
        while (true) {
            pageContent.data.insert(QStringLiteral("attachments"), embedded);
            auto rendered = renderKeepingTime(trace.ledger(), tmpl.value(), lang, page->title, pageContent,
                                              pagePath, now);
            if (!rendered) {
                return rendered.error();
            }
            html = rendered.value();
            if (html.size() < options.maxPageBytes || embedded.isEmpty()) {
                break;
            }
            // The estimate was short: one less, the one named last (not the last by hash).
            embedded.remove(embeddedOrder.takeLast());
            ++leftOut;
        }
        summary.attachments += embedded.size();
        summary.attachmentsLeftOut += leftOut;
        if (auto st = writer.write(pagePath, html); !st) {
            return st.error();
        }
        if (auto st = writer.write(folder + QStringLiteral("/linkset.json"),
                                   QJsonDocument(page->linkset).toJson(QJsonDocument::Indented));
            !st) {
            return st.error();
        }
        ++summary.pages;
        ++summary.batches;
        if (!batchFolderIsLiteral(batchId)) {
            summary.staticHostUnreachable.append(batchId);
        }
        summary.records += page->records;
        exported.insert(page->entry.path, page->entry);
    }
    if (options.progress && !options.progress(total, total)) {
        return Error(
            ErrorCode::Cancelled,
            QCoreApplication::translate(
                "suyuan", "The site export was cancelled; the pages written until then are complete."));
    }

    // The index lists every batch page on disk: this export's and earlier ones'.
    QList<IndexEntry> entries;
    for (const char* top : {"01", "p"}) {
        QDirIterator it(root + QLatin1Char('/') + QLatin1String(top), {QStringLiteral("index.html")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString rel = QDir(root).relativeFilePath(it.next());
            if (const auto found = exported.constFind(rel); found != exported.cend()) {
                entries.append(found.value());
                continue;
            }
            QStringList segments = rel.split(QLatin1Char('/'));
            segments.removeLast();
            const auto batchId = batchOfFolder(segments);
            if (!batchId) {
                continue;
            }
            IndexEntry e;
            e.path = rel;
            e.batch = *batchId;
            e.uri = batchPageUri(base.value(), *batchId).value_or(QString());
            e.lot = gs1::percentDecode(segments.at(3)).value_or(segments.at(3));
            if (auto info = trace.batch(*batchId); info && info->has_value()) {
                e.product = productNames(trace, info->value().productKey);
                e.status = info->value().status;
                e.createdMs = info->value().createdMs;
                e.lot = info->value().lot;
            }
            entries.append(e);
        }
    }
    std::sort(entries.begin(), entries.end(), [](const IndexEntry& a, const IndexEntry& b) {
        return a.createdMs != b.createdMs ? a.createdMs > b.createdMs : a.path < b.path;
    });
    QJsonArray entryArray;
    for (const IndexEntry& e : std::as_const(entries)) {
        entryArray.append(
            QJsonObject{{QStringLiteral("path"), e.path},
                        {QStringLiteral("uri"), e.uri},
                        {QStringLiteral("batch"), e.batch},
                        {QStringLiteral("product"), QJsonObject{{QStringLiteral("zh"), e.product.zh},
                                                                {QStringLiteral("en"), e.product.en}}},
                        {QStringLiteral("lot"), e.lot},
                        {QStringLiteral("status"), e.status},
                        {QStringLiteral("created"), createdDate(e.createdMs)}});
    }
    const QJsonObject indexData{{QStringLiteral("format"), kFormat},
                                {QStringLiteral("page"), QStringLiteral("index")},
                                {QStringLiteral("entries"), entryArray}};
    const QString indexPath = root + QStringLiteral("/index.html");
    const QString indexTitle =
        lang == QLatin1String("en") ? QStringLiteral("Product traceability") : QStringLiteral("产品溯源");
    auto index = renderKeepingTime(trace.ledger(), tmpl.value(), lang, indexTitle, PageContent{indexData},
                                   indexPath, now);
    if (!index) {
        return index.error();
    }
    if (auto st = writer.write(indexPath, index.value()); !st) {
        return st.error();
    }
    ++summary.pages;
    summary.indexEntries = entries.size();
    return summary;
}

} // namespace suyuan::site
