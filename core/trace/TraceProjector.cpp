#include "TraceProjector.h"

#include "Gs1.h"
#include "crypto/NodeId.h"
#include "ledger/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace suyuan::trace {

namespace {

const char* const kTables[] = {"trace_products",    "trace_parties",        "trace_locations",
                               "trace_events",      "trace_event_batches",  "trace_batches",
                               "trace_edges",       "trace_master_history", "trace_stat_volume",
                               "trace_stat_events", "trace_stat_shipments", "trace_label_scans"};

QString localised(const QJsonValue& v, const char* lang)
{
    if (v.isString()) {
        return v.toString();
    }
    return v.toObject().value(QLatin1String(lang)).toString();
}

qint64 parseEventTime(const QString& text)
{
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
}

struct Quantity
{
    QString batch;
    double quantity = 0;
    QString uom;
};

QList<Quantity> quantities(const QJsonValue& list)
{
    QList<Quantity> out;
    for (const QJsonValue& v : list.toArray()) {
        const QJsonObject o = v.toObject();
        const QString batch = o.value(QStringLiteral("epcClass")).toString();
        if (!batch.isEmpty()) {
            out.append({batch, o.value(QStringLiteral("quantity")).toDouble(),
                        o.value(QStringLiteral("uom")).toString()});
        }
    }
    return out;
}

QString firstOfType(const QJsonValue& list, const QString& type)
{
    for (const QJsonValue& v : list.toArray()) {
        const QJsonObject o = v.toObject();
        if (cbvShortName(o.value(QStringLiteral("type")).toString()) == type) {
            // EPCIS 2.0: {"type": …, "source"|"destination": …}. Early records (projection
            // version 3 and before) used the type name as the key; still read them.
            for (const char* key : {"destination", "source"}) {
                if (o.contains(QLatin1String(key))) {
                    return o.value(QLatin1String(key)).toString();
                }
            }
            return o.value(type).toString();
        }
    }
    return {};
}

Status upsertMaster(Database& db, const char* table, const QString& key, qint64 rid, qint64 timeMs,
                    const QStringList& columns, const QVariantList& values, const QString& kind)
{
    // The newest version (by record time, then by arrival) is the current view; every
    // version stays in trace_master_history.
    auto& hist = db.cached("INSERT INTO trace_master_history(kind, key, rid, time_ms) VALUES(?, ?, ?, ?);");
    if (auto st = hist.bind(1, kind).bind(2, key).bind(3, rid).bind(4, timeMs).exec(); !st) {
        return st;
    }
    QByteArray check = "SELECT time_ms FROM ";
    check += table;
    check += " WHERE key = ?;";
    auto& cur = db.cached(check);
    cur.bind(1, key);
    if (cur.step() && cur.int64(0) > timeMs) {
        return {}; // an older version arriving late does not replace the current one
    }
    cur.reset();
    QByteArray sql = "INSERT OR REPLACE INTO ";
    sql += table;
    sql += "(key, rid, time_ms";
    for (const QString& c : columns) {
        sql += ", " + c.toLatin1();
    }
    sql += ") VALUES(?, ?, ?";
    for (qsizetype i = 0; i < columns.size(); ++i) {
        sql += ", ?";
    }
    sql += ");";
    auto& ins = db.cached(sql);
    ins.bind(1, key).bind(2, rid).bind(3, timeMs);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        if (v.isNull()) {
            ins.bindNull(static_cast<int>(i) + 4);
        } else if (v.typeId() == QMetaType::Double) {
            ins.bind(static_cast<int>(i) + 4, v.toDouble());
        } else {
            ins.bind(static_cast<int>(i) + 4, v.toString());
        }
    }
    return ins.exec();
}

Status addQuantity(Database& db, const QString& batch, const char* column, double q);

// Creates the batch with what the event produced of it, or adds that to it.
Status ensureBatch(Database& db, const QString& batch, qint64 rid, qint64 timeMs, const QString& uom,
                   const QString& location, const QString& holder, double produced)
{
    // The product and lot are read from the identifier: a GS1 Digital Link or our local URN.
    QString productKey;
    QString lot;
    if (auto dl = gs1::parseDigitalLink(batch); dl.ok()) {
        productKey = dl->gtin14;
        lot = dl->lot;
    } else if (auto local = gs1::parseLocalBatchUri(batch); local.ok()) {
        productKey = QStringLiteral("code:") + local->first;
        lot = local->second;
    } else if (QString gtinLot; gs1::lgtinUrnToGtin14(batch, &gtinLot).ok()) {
        productKey = gs1::lgtinUrnToGtin14(batch, &gtinLot).value();
        lot = gtinLot;
    }
    auto& ins = db.cached(
        "INSERT OR IGNORE INTO trace_batches(batch, product_key, lot, created_rid, created_ms, uom, "
        "origin_location, location, holder, status, produced) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', "
        "?);");
    ins.bind(1, batch).bind(2, productKey).bind(3, lot).bind(4, rid).bind(5, timeMs).bind(6, uom);
    ins.bind(7, location).bind(8, location).bind(9, holder).bind(10, produced);
    if (auto st = ins.exec(); !st || db.changes() > 0) {
        return st;
    }
    // A batch whose every event was declared wrong may be recorded again: it starts afresh.
    auto& again = db.cached(
        "UPDATE trace_batches SET product_key = ?, lot = ?, created_rid = ?, created_ms = ?, uom = ?, "
        "origin_location = ?, location = ?, holder = ?, dest_location = NULL, dest_owner = NULL, status = "
        "'active' WHERE batch = ? AND status = 'withdrawn';");
    again.bind(1, productKey).bind(2, lot).bind(3, rid).bind(4, timeMs).bind(5, uom);
    again.bind(6, location).bind(7, location).bind(8, holder).bind(9, batch);
    if (auto st = again.exec(); !st) {
        return st;
    }
    return addQuantity(db, batch, "produced", produced);
}

// The status of a batch from its events still standing, in time order: after an event
// was declared wrong.
Status replayStatus(Database& db, const QString& batch)
{
    auto st = db.prepare(
        "SELECT e.biz_step, e.disposition FROM trace_event_batches b JOIN trace_events e ON e.rid = b.rid "
        "WHERE b.batch = ? AND b.role = 'object' AND e.withdrawn = 0 AND e.error_declaration = 0 "
        "ORDER BY e.event_ms, e.rid;");
    st.bind(1, batch);
    QString status = QStringLiteral("active");
    QString takenOut;
    while (st.step()) {
        const QString step = cbvShortName(st.text(0));
        const QString disposition = cbvShortName(st.text(1));
        if ((step == QLatin1String("shipping") || step == QLatin1String("departing")) &&
            status == QLatin1String("active")) {
            status = QStringLiteral("in_transit");
        } else if ((step == QLatin1String("receiving") || step == QLatin1String("arriving")) &&
                   status == QLatin1String("in_transit")) {
            status = QStringLiteral("active");
        }
        if (disposition == QLatin1String("recalled")) {
            status = QStringLiteral("recalled");
        } else if (disposition == QLatin1String("destroyed") || step == QLatin1String("destroying")) {
            takenOut = QStringLiteral("destroyed");
        } else if (step == QLatin1String("retail_selling")) {
            takenOut = QStringLiteral("sold");
        }
    }
    if (!st.status()) {
        return st.status();
    }
    auto& upd = db.cached(
        "UPDATE trace_batches SET status = CASE WHEN ? <> '' AND produced - consumed <= 1e-9 THEN ? ELSE ? "
        "END WHERE batch = ? AND status <> 'withdrawn';");
    return upd.bind(1, takenOut).bind(2, takenOut).bind(3, status).bind(4, batch).exec();
}

Status addQuantity(Database& db, const QString& batch, const char* column, double q)
{
    QByteArray sql = "UPDATE trace_batches SET ";
    sql += column;
    sql += " = ";
    sql += column;
    sql += " + ? WHERE batch = ?;";
    auto& upd = db.cached(sql);
    return upd.bind(1, q).bind(2, batch).exec();
}

// urn:suyuan:node:{node ID}; remembered, since one author records most events.
QString nodeUri(const QByteArray& author)
{
    thread_local QByteArray lastAuthor;
    thread_local QString lastUri;
    if (author != lastAuthor) {
        lastUri = QStringLiteral("urn:suyuan:node:") + crypto::nodeIdFromPublicKey(author);
        lastAuthor = author;
    }
    return lastUri;
}

Status projectEvent(Database& db, const Record& record, qint64 rid, TraceProjector::PendingTotals& totals)
{
    const QJsonObject e = record.body();
    const QString type = e.value(QStringLiteral("type")).toString();
    const QString action = e.value(QStringLiteral("action")).toString();
    const QString bizStep = cbvShortName(e.value(QStringLiteral("bizStep")).toString());
    const QString disposition = cbvShortName(e.value(QStringLiteral("disposition")).toString());
    const qint64 eventMs = parseEventTime(e.value(QStringLiteral("eventTime")).toString());
    const QString bizLocation =
        e.value(QStringLiteral("bizLocation")).toObject().value(QStringLiteral("id")).toString();
    const QString readPoint =
        e.value(QStringLiteral("readPoint")).toObject().value(QStringLiteral("id")).toString();
    const QString sourceOwner =
        firstOfType(e.value(QStringLiteral("sourceList")), QStringLiteral("owning_party"));
    const QString destOwner =
        firstOfType(e.value(QStringLiteral("destinationList")), QStringLiteral("owning_party"));
    const QString destLocation =
        firstOfType(e.value(QStringLiteral("destinationList")), QStringLiteral("location"));
    const bool corrective = e.contains(QStringLiteral("errorDeclaration"));

    auto& ins =
        db.cached("INSERT INTO trace_events(rid, event_id, type, action, biz_step, disposition, event_ms, "
                  "tz, read_point, biz_location, source_owner, dest_owner, error_declaration) "
                  "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?);");
    ins.bind(1, rid).bind(2, e.value(QStringLiteral("eventID")).toString()).bind(3, type).bind(4, action);
    ins.bind(5, bizStep).bind(6, disposition).bind(7, eventMs);
    ins.bind(8, e.value(QStringLiteral("eventTimeZoneOffset")).toString())
        .bind(9, readPoint)
        .bind(10, bizLocation);
    ins.bind(11, sourceOwner).bind(12, destOwner).bind(13, corrective ? qint64(1) : qint64(0));
    if (auto st = ins.exec(); !st) {
        return st;
    }
    ++totals.events[{type, corrective ? QString() : bizStep, corrective}];
    if (corrective) {
        // An error declaration carries the eventID of the event it declares wrong. That
        // event stays (its record is never touched) but is marked withdrawn, and its effect
        // on quantities and genealogy is taken back. The correction is a new event.
        const QString declared = e.value(QStringLiteral("eventID")).toString();
        auto find =
            db.prepare("SELECT rid, action, biz_step FROM trace_events WHERE event_id = ? AND rid <> ? "
                       "AND withdrawn = 0 AND error_declaration = 0;");
        find.bind(1, declared).bind(2, rid);
        struct Original
        {
            qint64 rid;
            QString action;
            QString bizStep;
        };
        QList<Original> originals;
        while (find.step()) {
            originals.append({find.int64(0), find.text(1), find.text(2)});
        }
        for (const Original& original : std::as_const(originals)) {
            const bool tookOut = original.bizStep == QLatin1String("destroying") ||
                                 original.bizStep == QLatin1String("retail_selling");
            auto links =
                db.prepare("SELECT batch, role, quantity, uom FROM trace_event_batches WHERE rid = ?;");
            links.bind(1, original.rid);
            QList<Quantity> touched;
            while (links.step()) {
                const QString batch = links.text(0);
                const QString role = links.text(1);
                const double q = links.real(2);
                Status st;
                if (role == QLatin1String("input") || (role == QLatin1String("object") && tookOut)) {
                    st = addQuantity(db, batch, "consumed", -q);
                } else if (role == QLatin1String("output") ||
                           (role == QLatin1String("object") && original.action == QLatin1String("ADD"))) {
                    st = addQuantity(db, batch, "produced", -q);
                }
                if (!st) {
                    return st;
                }
                touched.append({batch, q, links.text(3)});
            }
            Status st = db.cached("DELETE FROM trace_edges WHERE rid = ?;").bind(1, original.rid).exec();
            if (st) {
                st = db.cached("UPDATE trace_events SET withdrawn = 1 WHERE rid = ?;")
                         .bind(1, original.rid)
                         .exec();
            }
            // A batch the withdrawn event created is withdrawn with it; the others go back
            // to the status their remaining events give them.
            const qint64 declaredMs = parseEventTime(e.value(QStringLiteral("errorDeclaration"))
                                                         .toObject()
                                                         .value(QStringLiteral("declarationTime"))
                                                         .toString());
            for (const Quantity& q : std::as_const(touched)) {
                if (st) {
                    st = db.cached("UPDATE trace_batches SET status = 'withdrawn' WHERE batch = ? AND "
                                   "created_rid = ?;")
                             .bind(1, q.batch)
                             .bind(2, original.rid)
                             .exec();
                }
                if (st) {
                    st = replayStatus(db, q.batch);
                }
                // The declaration shows in the timeline of every batch the event named.
                if (st) {
                    st = db.cached(
                               "INSERT INTO trace_event_batches(rid, batch, role, quantity, uom, event_ms) "
                               "VALUES(?,?,'correction',?,?,?);")
                             .bind(1, rid)
                             .bind(2, q.batch)
                             .bind(3, q.quantity)
                             .bind(4, q.uom)
                             .bind(5, declaredMs > 0 ? declaredMs : eventMs)
                             .exec();
                }
            }
            if (!st) {
                return st;
            }
        }
        return {};
    }
    auto& link = db.cached("INSERT INTO trace_event_batches(rid, batch, role, quantity, uom, event_ms) "
                           "VALUES(?,?,?,?,?,?);");
    const auto linkBatch = [&](const Quantity& q, const char* role) {
        return link.bind(1, rid)
            .bind(2, q.batch)
            .bind(3, QString::fromLatin1(role))
            .bind(4, q.quantity)
            .bind(5, q.uom)
            .bind(6, eventMs)
            .exec();
    };
    // Without a named owner the holder is the node that recorded the event.
    const QString holder = destOwner.isEmpty() ? nodeUri(record.author) : destOwner;

    if (type == QLatin1String("ObjectEvent")) {
        const QList<Quantity> objects = quantities(e.value(QStringLiteral("quantityList")));
        if (bizStep == QLatin1String("shipping") && !destOwner.isEmpty()) {
            // One shipment per unit the event ships in, with the quantity shipped in it.
            QList<QString> units;
            for (const Quantity& q : objects) {
                auto& [shipments, quantity] = totals.shipments[{destOwner, q.uom}];
                if (!units.contains(q.uom)) {
                    units.append(q.uom);
                    ++shipments;
                }
                quantity += q.quantity;
            }
        }
        for (const Quantity& q : objects) {
            if (auto st = linkBatch(q, "object"); !st) {
                return st;
            }
            if (action == QLatin1String("ADD")) {
                if (Status st =
                        ensureBatch(db, q.batch, rid, eventMs, q.uom, bizLocation, holder, q.quantity);
                    !st) {
                    return st;
                }
            }
            QByteArray set;
            QList<QString> values;
            if (bizStep == QLatin1String("shipping") || bizStep == QLatin1String("departing")) {
                set = "status = CASE WHEN status = 'active' THEN 'in_transit' ELSE status END, "
                      "dest_location = ?, dest_owner = ?";
                values << destLocation << destOwner;
            } else if (bizStep == QLatin1String("receiving") || bizStep == QLatin1String("arriving")) {
                // The receiver holds it now: the owner the shipment named, else the receiving node.
                set = "status = CASE WHEN status = 'in_transit' THEN 'active' ELSE status END, location = ?, "
                      "holder = coalesce(nullif(dest_owner, ''), ?)";
                values << bizLocation << holder;
            }
            if (disposition == QLatin1String("recalled")) {
                set = "status = 'recalled'";
                values.clear();
            } else if (disposition == QLatin1String("destroyed") || bizStep == QLatin1String("destroying") ||
                       bizStep == QLatin1String("retail_selling")) {
                // Taken out of the batch (no quantity given: all of it); destroyed or sold
                // out once nothing is left.
                auto& take =
                    db.cached("UPDATE trace_batches SET consumed = CASE WHEN ? > 0 THEN consumed + ? "
                              "ELSE produced END WHERE batch = ?;");
                if (auto st = take.bind(1, q.quantity).bind(2, q.quantity).bind(3, q.batch).exec(); !st) {
                    return st;
                }
                set = bizStep == QLatin1String("retail_selling")
                          ? "status = CASE WHEN produced - consumed <= 1e-9 THEN 'sold' ELSE status END"
                          : "status = CASE WHEN produced - consumed <= 1e-9 THEN 'destroyed' ELSE status END";
                values.clear();
            }
            if (!set.isEmpty()) {
                auto& upd = db.cached(
                    ("UPDATE trace_batches SET " + set + ", last_event_ms = ? WHERE batch = ?;").constData());
                int i = 1;
                for (const QString& v : values) {
                    upd.bind(i++, v);
                }
                upd.bind(i, eventMs);
                if (auto st = upd.bind(i + 1, q.batch).exec(); !st) {
                    return st;
                }
            }
        }
    } else if (type == QLatin1String("TransformationEvent")) {
        const QList<Quantity> inputs = quantities(e.value(QStringLiteral("inputQuantityList")));
        const QList<Quantity> outputs = quantities(e.value(QStringLiteral("outputQuantityList")));
        for (const Quantity& in : inputs) {
            Status st = linkBatch(in, "input");
            if (st) {
                st = addQuantity(db, in.batch, "consumed", in.quantity);
            }
            if (!st) {
                return st;
            }
        }
        for (const Quantity& out : outputs) {
            Status st = linkBatch(out, "output");
            if (st) {
                st = ensureBatch(db, out.batch, rid, eventMs, out.uom, bizLocation, holder, out.quantity);
            }
            for (const Quantity& in : inputs) {
                if (st) {
                    st =
                        db.cached(
                              "INSERT INTO trace_edges(parent, child, rid, quantity, uom) VALUES(?,?,?,?,?);")
                            .bind(1, in.batch)
                            .bind(2, out.batch)
                            .bind(3, rid)
                            .bind(4, in.quantity)
                            .bind(5, in.uom)
                            .exec();
                }
            }
            if (!st) {
                return st;
            }
        }
    } else if (type == QLatin1String("AggregationEvent")) {
        const QString parent = e.value(QStringLiteral("parentID")).toString();
        for (const Quantity& child : quantities(e.value(QStringLiteral("childQuantityList")))) {
            Status st = linkBatch(child, "child");
            if (st && !parent.isEmpty() && action == QLatin1String("ADD")) {
                st = linkBatch({parent, 0, QString()}, "parent");
                if (st) {
                    st =
                        db.cached(
                              "INSERT INTO trace_edges(parent, child, rid, quantity, uom) VALUES(?,?,?,?,?);")
                            .bind(1, child.batch)
                            .bind(2, parent)
                            .bind(3, rid)
                            .bind(4, child.quantity)
                            .bind(5, child.uom)
                            .exec();
                }
            }
            if (!st) {
                return st;
            }
        }
    }
    return {};
}

} // namespace

QString cbvShortName(const QString& value)
{
    static const QLatin1String prefixes[] = {
        QLatin1String("https://ref.gs1.org/cbv/BizStep-"), QLatin1String("https://ref.gs1.org/cbv/Disp-"),
        QLatin1String("https://ref.gs1.org/cbv/SDT-"),     QLatin1String("urn:epcglobal:cbv:bizstep:"),
        QLatin1String("urn:epcglobal:cbv:disp:"),          QLatin1String("urn:epcglobal:cbv:sdt:")};
    for (const QLatin1String& p : prefixes) {
        if (value.startsWith(p)) {
            return value.mid(p.size());
        }
    }
    return value;
}

// The statements of the dashboard triggers (createSchema). ROW is NEW or OLD, SIGN 1 or -1.
// SQLCipher 3.4 (SQLite 3.15) has no upsert: the key row is made first, then added to.
#define STAT_VOLUME(ROW, SIGN)                                                                               \
    "INSERT OR IGNORE INTO trace_stat_volume(product_key, uom, produced, available, batches) SELECT "        \
    "coalesce(" ROW ".product_key, ''), coalesce(" ROW ".uom, ''), 0, 0, 0 WHERE " ROW ".status <> "         \
    "'withdrawn'; UPDATE trace_stat_volume SET produced = produced + " SIGN " * " ROW ".produced, "          \
    "available = available + " SIGN " * CASE WHEN " ROW ".status IN ('destroyed', 'sold') THEN 0 ELSE " ROW  \
    ".produced - " ROW ".consumed END, batches = batches + " SIGN " WHERE " ROW ".status <> 'withdrawn' "    \
    "AND product_key = coalesce(" ROW ".product_key, '') AND uom = coalesce(" ROW ".uom, '');"
#define STAT_EVENT_KEY(ROW)                                                                                  \
    ROW ".type, CASE WHEN " ROW ".error_declaration THEN '' ELSE coalesce(" ROW ".biz_step, '') END, " ROW   \
        ".error_declaration <> 0"
#define STAT_EVENTS(ROW, SIGN)                                                                               \
    "INSERT OR IGNORE INTO trace_stat_events(type, step, correction, events) SELECT " STAT_EVENT_KEY(        \
        ROW) ", 0 WHERE " ROW ".withdrawn = 0; UPDATE trace_stat_events SET events = events + " SIGN         \
             " WHERE " ROW ".withdrawn = 0 AND type = " ROW ".type AND step = CASE WHEN " ROW                \
             ".error_declaration THEN '' ELSE "                                                              \
             "coalesce(" ROW ".biz_step, '') END AND correction = (" ROW ".error_declaration <> 0);"
#define STAT_SHIPPING(ROW)                                                                                   \
    ROW ".biz_step = 'shipping' AND " ROW ".withdrawn = 0 AND " ROW                                          \
        ".error_declaration = 0 AND coalesce(" ROW ".dest_owner, '') <> ''"
#define STAT_EVENT_SHIPMENTS(ROW, SIGN)                                                                      \
    "INSERT OR IGNORE INTO trace_stat_shipments(dest_owner, uom, shipments, quantity) SELECT DISTINCT " ROW  \
    ".dest_owner, coalesce(b.uom, ''), 0, 0 FROM trace_event_batches b WHERE b.rid = " ROW ".rid AND "       \
    "b.role = 'object' AND " STAT_SHIPPING(                                                                  \
        ROW) "; UPDATE trace_stat_shipments SET shipments = shipments + " SIGN                               \
             ", quantity = quantity + " SIGN                                                                 \
             " * (SELECT coalesce(sum(b.quantity), 0) FROM trace_event_batches "                             \
             "b WHERE b.rid = " ROW                                                                          \
             ".rid AND b.role = 'object' AND coalesce(b.uom, '') = trace_stat_shipments.uom) "               \
             "WHERE " STAT_SHIPPING(ROW) " AND dest_owner = " ROW                                            \
                                         ".dest_owner AND uom IN (SELECT coalesce(b.uom, "                   \
                                         "'') FROM trace_event_batches b WHERE b.rid = " ROW                 \
                                         ".rid AND b.role = 'object');"

Status TraceProjector::createSchema(Database& db)
{
    static const char* const kStatements[] = {
        "CREATE TABLE IF NOT EXISTS trace_master_history(kind TEXT NOT NULL, key TEXT NOT NULL, rid INTEGER "
        "NOT NULL, "
        "time_ms INTEGER NOT NULL);",
        "CREATE INDEX IF NOT EXISTS trace_master_history_key ON trace_master_history(kind, key, time_ms);",
        "CREATE TABLE IF NOT EXISTS trace_products(key TEXT PRIMARY KEY, rid INTEGER NOT NULL, time_ms "
        "INTEGER NOT "
        "NULL, gtin TEXT, code TEXT, name_zh TEXT, name_en TEXT, category TEXT, unit TEXT);",
        "CREATE TABLE IF NOT EXISTS trace_parties(key TEXT PRIMARY KEY, rid INTEGER NOT NULL, time_ms "
        "INTEGER NOT "
        "NULL, name_zh TEXT, name_en TEXT, role TEXT, gln TEXT, entity_code TEXT, contact TEXT);",
        "CREATE TABLE IF NOT EXISTS trace_locations(key TEXT PRIMARY KEY, rid INTEGER NOT NULL, time_ms "
        "INTEGER NOT "
        "NULL, name_zh TEXT, name_en TEXT, type TEXT, gln TEXT, address TEXT, party TEXT, lat TEXT, lon "
        "TEXT);",
        "CREATE TABLE IF NOT EXISTS trace_events(rid INTEGER PRIMARY KEY, event_id TEXT, type TEXT NOT NULL, "
        "action "
        "TEXT, biz_step TEXT, disposition TEXT, event_ms INTEGER NOT NULL, tz TEXT, read_point TEXT, "
        "biz_location "
        "TEXT, source_owner TEXT, dest_owner TEXT, error_declaration INTEGER NOT NULL DEFAULT 0, withdrawn "
        "INTEGER "
        "NOT NULL DEFAULT 0);",
        "CREATE INDEX IF NOT EXISTS trace_events_id ON trace_events(event_id);",
        "CREATE INDEX IF NOT EXISTS trace_events_time ON trace_events(event_ms);",
        // The batch list's event filter (TraceService::batches) when few events match.
        "CREATE INDEX IF NOT EXISTS trace_events_type_step ON trace_events(type, biz_step);",
        "CREATE INDEX IF NOT EXISTS trace_events_field_work ON trace_events(biz_location, event_ms) WHERE "
        "biz_step = 'https://suyuan.example/ns/field_work';",
        "CREATE TABLE IF NOT EXISTS trace_event_batches(rid INTEGER NOT NULL, batch TEXT NOT NULL, role TEXT "
        "NOT "
        "NULL, quantity REAL, uom TEXT, event_ms INTEGER NOT NULL);",
        "CREATE INDEX IF NOT EXISTS trace_event_batches_batch ON trace_event_batches(batch, event_ms);",
        "CREATE INDEX IF NOT EXISTS trace_event_batches_rid ON trace_event_batches(rid);",
        "CREATE TABLE IF NOT EXISTS trace_batches(batch TEXT PRIMARY KEY, product_key TEXT, lot TEXT, "
        "created_rid "
        "INTEGER NOT NULL, created_ms INTEGER NOT NULL, uom TEXT, produced REAL NOT NULL DEFAULT 0, consumed "
        "REAL NOT NULL DEFAULT 0, "
        "origin_location TEXT, location TEXT, dest_location TEXT, dest_owner TEXT, holder TEXT, status TEXT "
        "NOT NULL, "
        "last_event_ms "
        "INTEGER);",
        "CREATE INDEX IF NOT EXISTS trace_batches_created ON trace_batches(created_ms, batch);",
        "CREATE INDEX IF NOT EXISTS trace_batches_lot ON trace_batches(lot);",
        "CREATE TABLE IF NOT EXISTS trace_edges(parent TEXT NOT NULL, child TEXT NOT NULL, rid INTEGER NOT "
        "NULL, "
        "quantity REAL, uom TEXT);",
        "CREATE INDEX IF NOT EXISTS trace_edges_parent ON trace_edges(parent);",
        "CREATE INDEX IF NOT EXISTS trace_edges_child ON trace_edges(child);",
        // Dashboard totals, kept by triggers as the rows above change (a harvest, a shipment,
        // a correction that withdraws an event, a rebuild), so that every figure is one read
        // of a few rows however large the ledger. Rows of trace_batches, trace_events and
        // trace_event_batches are only inserted and updated, never deleted (a rebuild drops
        // the tables, these with them). TestTraceStats recomputes them from the base tables.
        // Volume per (product, unit): what was made, what is left, batches; not withdrawn.
        "CREATE TABLE IF NOT EXISTS trace_stat_volume(product_key TEXT NOT NULL, uom TEXT NOT NULL, produced "
        "REAL NOT NULL, available REAL NOT NULL, batches INTEGER NOT NULL, PRIMARY KEY(product_key, uom)) "
        "WITHOUT ROWID;",
        "CREATE TRIGGER IF NOT EXISTS trace_stat_volume_insert AFTER INSERT ON trace_batches WHEN NEW.status "
        "<> 'withdrawn' BEGIN " STAT_VOLUME("NEW", "1") " END;",
        "CREATE TRIGGER IF NOT EXISTS trace_stat_volume_update AFTER UPDATE OF product_key, uom, produced, "
        "consumed, status ON trace_batches BEGIN " STAT_VOLUME("OLD", "-1") " " STAT_VOLUME("NEW",
                                                                                            "1") " END;",
        // Events per (type, business step, correction); withdrawn events are not counted.
        // A new event is counted in memory by projectEvent and written by finishTransaction:
        // a trigger, or even one statement, per event costs a fifth of the append rate with
        // SQLCipher's memory security on.
        "CREATE TABLE IF NOT EXISTS trace_stat_events(type TEXT NOT NULL, step TEXT NOT NULL, correction "
        "INTEGER NOT NULL, events INTEGER NOT NULL, PRIMARY KEY(type, step, correction)) WITHOUT ROWID;",
        // Shipping events and quantity per (destination owner, unit).
        "CREATE TABLE IF NOT EXISTS trace_stat_shipments(dest_owner TEXT NOT NULL, uom TEXT NOT NULL, "
        "shipments INTEGER NOT NULL, quantity REAL NOT NULL, PRIMARY KEY(dest_owner, uom)) WITHOUT ROWID;",
        // A new shipping event is counted by projectEvent too.
        // An event withdrawn (or otherwise changed): out with what it counted, in with the new.
        "CREATE TRIGGER IF NOT EXISTS trace_stat_events_update AFTER UPDATE OF type, biz_step, dest_owner, "
        "error_declaration, withdrawn ON trace_events BEGIN " STAT_EVENTS("OLD", "-1") " " STAT_EVENTS(
            "NEW", "1") " " STAT_EVENT_SHIPMENTS("OLD", "-1") " " STAT_EVENT_SHIPMENTS("NEW", "1") " END;",
        // Open recalls, newest first, without reading the other batches.
        "CREATE INDEX IF NOT EXISTS trace_batches_recalled ON trace_batches(created_ms, batch) WHERE status "
        "= "
        "'recalled';",
        // Not a projection: the private parts of this node's events, kept with the event in
        // one transaction (stagePrivate) and never dropped by a rebuild (not in kTables).
        "CREATE TABLE IF NOT EXISTS private_fields(digest TEXT PRIMARY KEY, body BLOB NOT NULL);",
        // Scans of item-level labels (label.scan records): where each serial was seen.
        "CREATE TABLE IF NOT EXISTS trace_label_scans(rid INTEGER PRIMARY KEY, batch TEXT NOT NULL, serial "
        "TEXT "
        "NOT NULL, location TEXT NOT NULL, scan_ms INTEGER NOT NULL, verdict TEXT NOT NULL);",
        "CREATE INDEX IF NOT EXISTS trace_label_scans_serial ON trace_label_scans(batch, serial, scan_ms);",
    };
    for (const char* sql : kStatements) {
        if (auto st = db.exec(sql); !st) {
            return st;
        }
    }
    return {};
}

Status TraceProjector::finishTransaction(Database& db)
{
    PendingTotals totals = std::exchange(m_pending, PendingTotals{});
    if (totals.serial != db.transactionSerial()) {
        return {}; // gathered in a transaction that was rolled back
    }
    // SQLCipher 3.4 (SQLite 3.15) has no upsert: add to the key's row, else make it.
    for (const auto& [key, events] : totals.events) {
        const auto& [type, step, correction] = key;
        const qint64 corr = correction ? 1 : 0;
        auto& add = db.cached("UPDATE trace_stat_events SET events = events + ? WHERE type = ? AND step = ? "
                              "AND correction = ?;");
        Status st = add.bind(1, events).bind(2, type).bind(3, step).bind(4, corr).exec();
        if (st && db.changes() == 0) {
            st =
                db.cached("INSERT INTO trace_stat_events(type, step, correction, events) VALUES(?, ?, ?, ?);")
                    .bind(1, type)
                    .bind(2, step)
                    .bind(3, corr)
                    .bind(4, events)
                    .exec();
        }
        if (!st) {
            return st;
        }
    }
    for (const auto& [key, value] : totals.shipments) {
        const auto& [owner, uom] = key;
        const auto& [shipments, quantity] = value;
        auto& add =
            db.cached("UPDATE trace_stat_shipments SET shipments = shipments + ?, quantity = quantity + "
                      "? WHERE dest_owner = ? AND uom = ?;");
        Status st = add.bind(1, shipments).bind(2, quantity).bind(3, owner).bind(4, uom).exec();
        if (st && db.changes() == 0) {
            st = db.cached(
                       "INSERT INTO trace_stat_shipments(dest_owner, uom, shipments, quantity) VALUES(?, ?, "
                       "?, ?);")
                     .bind(1, owner)
                     .bind(2, uom)
                     .bind(3, shipments)
                     .bind(4, quantity)
                     .exec();
        }
        if (!st) {
            return st;
        }
    }
    return {};
}

Status TraceProjector::dropSchema(Database& db)
{
    for (const char* table : kTables) {
        const QByteArray sql = QByteArray("DROP TABLE IF EXISTS ") + table + ';';
        if (auto st = db.exec(sql.constData()); !st) {
            return st;
        }
    }
    return {};
}

Status TraceProjector::project(Database& db, const Record& record, qint64 rid)
{
    if (record.kind == QLatin1String("label.scan")) {
        const QJsonObject b = record.body();
        const qint64 scanMs = parseEventTime(b.value(QStringLiteral("scanTime")).toString());
        return db
            .cached("INSERT INTO trace_label_scans(rid, batch, serial, location, scan_ms, verdict) "
                    "VALUES(?, ?, ?, ?, ?, ?);")
            .bind(1, rid)
            .bind(2, b.value(QStringLiteral("batch")).toString())
            .bind(3, b.value(QStringLiteral("serial")).toString())
            .bind(4, b.value(QStringLiteral("location")).toString())
            .bind(5, scanMs > 0 ? scanMs : record.timeMs)
            .bind(6, b.value(QStringLiteral("verdict")).toString())
            .exec();
    }
    if (record.kind == QLatin1String("epcis.event")) {
        if (m_pending.serial != db.transactionSerial()) {
            m_pending = PendingTotals{}; // gathered in a transaction that was rolled back
            m_pending.serial = db.transactionSerial();
        }
        Status st = projectEvent(db, record, rid, m_pending);
        if (st && !m_staged.isEmpty()) {
            const QString digest = record.body().value(QStringLiteral("suyuan:private")).toString();
            if (const auto it = m_staged.constFind(digest); it != m_staged.cend()) {
                st = db.cached("INSERT OR IGNORE INTO private_fields(digest, body) VALUES(?, ?);")
                         .bind(1, digest)
                         .bind(2, it.value())
                         .exec();
            }
        }
        return st;
    }
    if (!record.kind.startsWith(QLatin1String("master."))) {
        return {};
    }
    const QJsonObject b = record.body();
    const QString key = b.value(QStringLiteral("id")).toString();
    if (key.isEmpty()) {
        return {}; // not a master record this projection understands; the record itself stays
    }
    if (record.kind == QLatin1String("master.product")) {
        return upsertMaster(
            db, "trace_products", key, rid, record.timeMs,
            {QStringLiteral("gtin"), QStringLiteral("code"), QStringLiteral("name_zh"),
             QStringLiteral("name_en"), QStringLiteral("category"), QStringLiteral("unit")},
            {b.value(QStringLiteral("gtin")).toString(), b.value(QStringLiteral("code")).toString(),
             localised(b.value(QStringLiteral("name")), "zh"),
             localised(b.value(QStringLiteral("name")), "en"), b.value(QStringLiteral("category")).toString(),
             b.value(QStringLiteral("unit")).toString()},
            record.kind);
    }
    if (record.kind == QLatin1String("master.party")) {
        return upsertMaster(
            db, "trace_parties", key, rid, record.timeMs,
            {QStringLiteral("name_zh"), QStringLiteral("name_en"), QStringLiteral("role"),
             QStringLiteral("gln"), QStringLiteral("entity_code"), QStringLiteral("contact")},
            {localised(b.value(QStringLiteral("name")), "zh"),
             localised(b.value(QStringLiteral("name")), "en"), b.value(QStringLiteral("role")).toString(),
             b.value(QStringLiteral("gln")).toString(), b.value(QStringLiteral("entityCode")).toString(),
             QString::fromUtf8(QJsonDocument(b.value(QStringLiteral("contact")).toObject())
                                   .toJson(QJsonDocument::Compact))},
            record.kind);
    }
    if (record.kind == QLatin1String("master.location")) {
        const QJsonObject geo = b.value(QStringLiteral("geo")).toObject();
        return upsertMaster(
            db, "trace_locations", key, rid, record.timeMs,
            {QStringLiteral("name_zh"), QStringLiteral("name_en"), QStringLiteral("type"),
             QStringLiteral("gln"), QStringLiteral("address"), QStringLiteral("party"), QStringLiteral("lat"),
             QStringLiteral("lon")},
            {localised(b.value(QStringLiteral("name")), "zh"),
             localised(b.value(QStringLiteral("name")), "en"), b.value(QStringLiteral("type")).toString(),
             b.value(QStringLiteral("gln")).toString(), b.value(QStringLiteral("address")).toString(),
             b.value(QStringLiteral("party")).toString(),
             geo.isEmpty() ? QVariant() : QVariant(geo.value(QStringLiteral("lat")).toDouble()),
             geo.isEmpty() ? QVariant() : QVariant(geo.value(QStringLiteral("lon")).toDouble())},
            record.kind);
    }
    return {};
}

} // namespace suyuan::trace
