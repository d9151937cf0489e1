#include "TraceService.h"

#include "Attachments.h"
#include "EpcisValidator.h"
#include "Gs1.h"
#include "TraceInternal.h"
#include "crypto/Hash.h"
#include "ledger/CanonicalJson.h"
#include "ledger/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUuid>

namespace suyuan::trace {

using detail::bizTransactionList;
using detail::idObject;
using detail::invalid;
using detail::locationUri;
using detail::partyUri;
using detail::quantityList;

QJsonArray detail::bizTransactionList(const QList<QPair<QString, QString>>& transactions)
{
    QJsonArray list;
    for (const auto& [type, id] : transactions) {
        list.append(QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("bizTransaction"), id}});
    }
    return list;
}

QJsonArray detail::quantityList(const QList<Portion>& portions)
{
    QJsonArray out;
    for (const Portion& p : portions) {
        out.append(QJsonObject{{QStringLiteral("epcClass"), p.batch},
                               {QStringLiteral("quantity"), p.quantity},
                               {QStringLiteral("uom"), p.unit}});
    }
    return out;
}

namespace {

QJsonObject localisedName(const QString& zh, const QString& en)
{
    QJsonObject name;
    if (!zh.isEmpty()) {
        name.insert(QStringLiteral("zh"), zh);
    }
    if (!en.isEmpty()) {
        name.insert(QStringLiteral("en"), en);
    }
    return name;
}

// Runs a query and maps every row; the shape every list query here shares.
template <typename T, typename Map> Result<QList<T>> collect(Statement&& st, Map map)
{
    QList<T> out;
    while (st.step()) {
        out.append(map(st));
    }
    if (!st.status()) {
        return st.status().error();
    }
    return out;
}

} // namespace

Result<std::unique_ptr<TraceService>> TraceService::open(Ledger& ledger, const ProgressFn& progress)
{
    std::unique_ptr<TraceService> service(new TraceService(ledger));
    if (auto st = ledger.attachProjector(&service->m_projector, progress); !st) {
        return st.error();
    }
    auto attachments = AttachmentStore::open(ledger, progress);
    if (!attachments) {
        return attachments.error();
    }
    service->m_attachments = std::move(attachments.value());
    return service;
}

TraceService::TraceService(Ledger& ledger) : m_ledger(ledger)
{
}

TraceService::~TraceService()
{
    m_ledger.detachProjector(&m_projector);
}

QString TraceService::batchIdFor(const Product& product, const QString& lot) const
{
    return product.gtin.isEmpty() ? gs1::localBatchUri(product.code, lot)
                                  : gs1::batchIdForGtin(product.gtin, lot);
}

Result<Record> TraceService::saveProduct(const Product& p)
{
    Product product = p;
    if (product.nameZh.trimmed().isEmpty() && product.nameEn.trimmed().isEmpty()) {
        return invalid(QCoreApplication::translate("suyuan", "A product needs a name (Chinese or English)."));
    }
    if (!product.gtin.isEmpty()) {
        auto gtin = gs1::normaliseGtin(product.gtin);
        if (!gtin) {
            return gtin.error();
        }
        product.gtin = gtin.value();
        product.key = product.gtin;
    } else {
        if (product.code.trimmed().isEmpty()) {
            return invalid(QCoreApplication::translate(
                "suyuan", "A product without a GTIN needs a local product code."));
        }
        product.key = QStringLiteral("code:") + product.code.trimmed();
    }
    if (!gs1::isKnownUnit(product.unit)) {
        return invalid(
            QCoreApplication::translate(
                "suyuan", "\"%1\" is not a known unit (UN/ECE Rec 20 codes such as KGM, TNE, LTR, H87).")
                .arg(product.unit));
    }
    QJsonObject body{{QStringLiteral("id"), product.key},
                     {QStringLiteral("name"), localisedName(product.nameZh, product.nameEn)},
                     {QStringLiteral("unit"), product.unit}};
    if (!product.gtin.isEmpty()) {
        body.insert(QStringLiteral("gtin"), product.gtin);
    }
    if (!product.code.isEmpty()) {
        body.insert(QStringLiteral("code"), product.code.trimmed());
    }
    if (!product.category.isEmpty()) {
        body.insert(QStringLiteral("category"), product.category);
    }
    return m_ledger.append(QStringLiteral("master.product"), body);
}

Result<Record> TraceService::saveParty(const Party& party)
{
    if (party.key.trimmed().isEmpty()) {
        return invalid(QCoreApplication::translate(
            "suyuan", "A party needs a key (a short code such as fengjie-coop)."));
    }
    if (party.nameZh.trimmed().isEmpty() && party.nameEn.trimmed().isEmpty()) {
        return invalid(QCoreApplication::translate("suyuan", "A party needs a name (Chinese or English)."));
    }
    if (!party.gln.isEmpty() && !gs1::isValidGln(party.gln)) {
        return invalid(
            QCoreApplication::translate("suyuan", "\"%1\" is not a valid GLN (13 digits with a check digit).")
                .arg(party.gln));
    }
    QJsonObject body{{QStringLiteral("id"), party.key.trimmed()},
                     {QStringLiteral("name"), localisedName(party.nameZh, party.nameEn)},
                     {QStringLiteral("role"), party.role}};
    if (!party.gln.isEmpty()) {
        body.insert(QStringLiteral("gln"), party.gln);
    }
    if (!party.entityCode.isEmpty()) {
        body.insert(QStringLiteral("entityCode"), party.entityCode);
    }
    if (!party.contact.isEmpty()) {
        body.insert(QStringLiteral("contact"), party.contact);
    }
    return m_ledger.append(QStringLiteral("master.party"), body);
}

Result<Record> TraceService::saveLocation(const Location& location)
{
    if (location.key.trimmed().isEmpty()) {
        return invalid(
            QCoreApplication::translate("suyuan", "A location needs a key (a short code such as plot-07)."));
    }
    if (location.nameZh.trimmed().isEmpty() && location.nameEn.trimmed().isEmpty()) {
        return invalid(
            QCoreApplication::translate("suyuan", "A location needs a name (Chinese or English)."));
    }
    if (!location.gln.isEmpty() && !gs1::isValidGln(location.gln)) {
        return invalid(
            QCoreApplication::translate("suyuan", "\"%1\" is not a valid GLN (13 digits with a check digit).")
                .arg(location.gln));
    }
    QJsonObject body{{QStringLiteral("id"), location.key.trimmed()},
                     {QStringLiteral("name"), localisedName(location.nameZh, location.nameEn)},
                     {QStringLiteral("type"), location.type}};
    for (const auto& [k, v] : {std::pair{QStringLiteral("gln"), location.gln},
                               std::pair{QStringLiteral("address"), location.address},
                               std::pair{QStringLiteral("party"), location.party}}) {
        if (!v.isEmpty()) {
            body.insert(k, v);
        }
    }
    if (location.lat && location.lon) {
        body.insert(QStringLiteral("geo"), QJsonObject{{QStringLiteral("lat"), *location.lat},
                                                       {QStringLiteral("lon"), *location.lon}});
    }
    return m_ledger.append(QStringLiteral("master.location"), body);
}

namespace {
constexpr char kProductColumns[] =
    "SELECT key, gtin, code, name_zh, name_en, category, unit FROM trace_products ";
Product readProduct(const Statement& st)
{
    return Product{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6)};
}
} // namespace

Result<QList<Product>> TraceService::products()
{
    return collect<Product>(
        m_ledger.database().prepare((QByteArray(kProductColumns) + "ORDER BY key;").constData()),
        readProduct);
}

Result<std::optional<Product>> TraceService::product(const QString& key)
{
    auto st = m_ledger.database().prepare((QByteArray(kProductColumns) + "WHERE key = ?;").constData());
    st.bind(1, key);
    auto found = collect<Product>(std::move(st), readProduct);
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::optional<Product>() : std::optional<Product>(found->first());
}

Result<QList<Party>> TraceService::parties()
{
    return collect<Party>(
        m_ledger.database().prepare("SELECT key, name_zh, name_en, role, gln, entity_code, contact "
                                    "FROM trace_parties ORDER BY key;"),
        [](const Statement& st) {
            Party p;
            p.key = st.text(0);
            p.nameZh = st.text(1);
            p.nameEn = st.text(2);
            p.role = st.text(3);
            p.gln = st.text(4);
            p.entityCode = st.text(5);
            p.contact = QJsonDocument::fromJson(st.blob(6)).object();
            return p;
        });
}

Result<QList<Location>> TraceService::locations()
{
    return collect<Location>(
        m_ledger.database().prepare("SELECT key, name_zh, name_en, type, gln, address, party, "
                                    "lat, lon FROM trace_locations ORDER BY key;"),
        [](const Statement& st) {
            Location l;
            l.key = st.text(0);
            l.nameZh = st.text(1);
            l.nameEn = st.text(2);
            l.type = st.text(3);
            l.gln = st.text(4);
            l.address = st.text(5);
            l.party = st.text(6);
            if (!st.isNull(7) && !st.isNull(8)) {
                l.lat = st.real(7);
                l.lon = st.real(8);
            }
            return l;
        });
}

namespace {

// What appendEvent adds before signing (eventTime with its offset, +08:00 unless given;
// an eventID), and the EPCIS 2.0 check, for events built without being appended.
Result<QJsonObject> completedEvent(QJsonObject event, const QDateTime& eventTime, qint64 nowMs)
{
    QDateTime when =
        eventTime.isValid() ? eventTime : QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone(8 * 3600));
    // A local or zone time (a date edit's) is written with its offset at that moment, so that
    // the text says which instant it is (ISO 8601 without an offset would not).
    const int offset = when.offsetFromUtc();
    if (when.timeSpec() != Qt::OffsetFromUTC) {
        when = when.toOffsetFromUtc(offset);
    }
    const QString tz = QStringLiteral("%1%2:%3")
                           .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                           .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                           .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    event.insert(QStringLiteral("eventTime"), when.toString(Qt::ISODateWithMs));
    event.insert(QStringLiteral("eventTimeZoneOffset"), tz);
    if (!event.contains(QStringLiteral("eventID"))) {
        event.insert(QStringLiteral("eventID"),
                     QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
    if (auto valid = EpcisValidator().validateEvent(event, QStringLiteral("$")); !valid) {
        return Error(ErrorCode::InvalidArgument, valid.error().message);
    }
    return event;
}

} // namespace

Result<Record> TraceService::appendEvent(QJsonObject event, const QDateTime& eventTime,
                                         const QJsonObject& privateFields)
{
    if (!privateFields.isEmpty()) {
        if (!event.contains(QStringLiteral("eventID"))) {
            event.insert(QStringLiteral("eventID"),
                         QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces));
        }
        const QByteArray hidden = canonicalJson(
            QJsonObject{{QStringLiteral("eventID"), event.value(QStringLiteral("eventID"))},
                        {QStringLiteral("fields"), privateFields},
                        {QStringLiteral("salt"), QString::fromLatin1(crypto::randomBytes(16).toBase64())}});
        const QString digest = QString::fromLatin1(crypto::sha256(hidden).toHex());
        event.insert(QStringLiteral("suyuan:private"), digest);
        m_projector.stagePrivate(digest, hidden);
    }
    // Nothing this node signs may fail the EPCIS 2.0 schema (harvest data keys, say).
    auto completed = completedEvent(std::move(event), eventTime, m_ledger.now());
    auto rec = completed ? m_ledger.append(QStringLiteral("epcis.event"), completed.value())
                         : Result<Record>(completed.error());
    m_projector.clearStaged();
    return rec;
}

Result<std::optional<QJsonObject>> TraceService::privateFields(const QString& eventId)
{
    auto body = eventBody(eventId);
    if (!body) {
        return body.error();
    }
    const QString digest =
        body->has_value() ? body->value().value(QStringLiteral("suyuan:private")).toString() : QString();
    if (digest.isEmpty()) {
        return std::optional<QJsonObject>();
    }
    auto st = m_ledger.database().prepare("SELECT body FROM private_fields WHERE digest = ?;");
    st.bind(1, digest);
    if (!st.step()) {
        if (!st.status()) {
            return st.status().error();
        }
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate(
                         "suyuan",
                         "The private part of event %1 is not in this ledger (it stays with the node "
                         "that recorded it).")
                         .arg(eventId));
    }
    const QByteArray hidden = st.blob(0);
    if (QString::fromLatin1(crypto::sha256(hidden).toHex()) != digest) {
        return Error(
            ErrorCode::Malformed,
            QCoreApplication::translate("suyuan", "The private part of event %1 does not match its hash.")
                .arg(eventId));
    }
    return std::optional<QJsonObject>(
        QJsonDocument::fromJson(hidden).object().value(QStringLiteral("fields")).toObject());
}

namespace {

QString harvestedBatch(const QJsonObject& event)
{
    return event.value(QStringLiteral("quantityList"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("epcClass"))
        .toString();
}

} // namespace

Result<QString> TraceService::harvest(const Harvest& h)
{
    auto event = harvestEvent(h);
    if (!event) {
        return event.error();
    }
    auto rec = m_ledger.append(QStringLiteral("epcis.event"), event.value());
    if (!rec) {
        return rec.error();
    }
    return harvestedBatch(event.value());
}

Result<QStringList> TraceService::harvestMany(const QList<Harvest>& harvests)
{
    QList<Ledger::Draft> drafts;
    QStringList ids;
    QSet<QString> seen;
    for (const Harvest& h : harvests) {
        auto event = harvestEvent(h);
        if (!event) {
            return event.error();
        }
        const QString id = harvestedBatch(event.value());
        if (seen.contains(id)) {
            return invalid(
                QCoreApplication::translate("suyuan", "Batch %1 is harvested twice.").arg(h.batch.lot));
        }
        seen.insert(id);
        ids << id;
        drafts.append({QStringLiteral("epcis.event"), event.value()});
    }
    if (drafts.isEmpty()) {
        return ids;
    }
    auto records = m_ledger.appendBatch(drafts);
    if (!records) {
        return records.error();
    }
    return ids;
}

Result<QJsonObject> TraceService::harvestEvent(const Harvest& h)
{
    auto product = this->product(h.batch.productKey);
    if (!product) {
        return product.error();
    }
    if (!product->has_value()) {
        return invalid(QCoreApplication::translate("suyuan", "There is no product \"%1\". Add it first.")
                           .arg(h.batch.productKey));
    }
    if (auto lotOk = gs1::checkLot(h.batch.lot); !lotOk) {
        return lotOk.error();
    }
    if (!(h.batch.quantity > 0)) {
        return invalid(
            QCoreApplication::translate("suyuan", "The harvested quantity must be more than zero."));
    }
    const QString unit = h.batch.unit.isEmpty() ? product->value().unit : h.batch.unit;
    const QString id = batchIdFor(product->value(), h.batch.lot);
    auto existing = batch(id);
    if (!existing) {
        return existing.error();
    }
    // A batch whose every event was declared wrong may be recorded again (a correction).
    if (existing->has_value() && existing->value().status != QLatin1String("withdrawn")) {
        return invalid(QCoreApplication::translate("suyuan", "Batch %1 exists already.").arg(h.batch.lot));
    }
    QJsonObject event{{QStringLiteral("type"), QStringLiteral("ObjectEvent")},
                      {QStringLiteral("action"), QStringLiteral("ADD")},
                      {QStringLiteral("bizStep"), QStringLiteral("commissioning")},
                      {QStringLiteral("disposition"), QStringLiteral("active")},
                      {QStringLiteral("epcList"), QJsonArray()},
                      {QStringLiteral("quantityList"), quantityList({{id, h.batch.quantity, unit}})}};
    if (!h.locationKey.isEmpty()) {
        event.insert(QStringLiteral("bizLocation"), idObject(locationUri(h.locationKey)));
        event.insert(QStringLiteral("readPoint"), idObject(locationUri(h.locationKey)));
    }
    if (!h.ilmd.isEmpty()) {
        event.insert(QStringLiteral("ilmd"), h.ilmd);
    }
    return completedEvent(event, h.eventTime, m_ledger.now());
}

Result<QStringList> TraceService::transform(const Transform& t)
{
    if (t.inputs.isEmpty() || t.outputs.isEmpty()) {
        return invalid(QCoreApplication::translate(
            "suyuan", "Processing needs at least one input batch and one output batch."));
    }
    QHash<QString, double> inBySum;
    QList<Portion> inputs;
    for (const Portion& in : t.inputs) {
        auto info = batch(in.batch);
        if (!info) {
            return info.error();
        }
        if (!info->has_value()) {
            return invalid(QCoreApplication::translate("suyuan", "There is no batch %1.").arg(in.batch));
        }
        const BatchInfo& b = info->value();
        if (b.status == QLatin1String("recalled") || b.status == QLatin1String("destroyed") ||
            b.status == QLatin1String("sold")) {
            return invalid(QCoreApplication::translate("suyuan", "Batch %1 is %2 and cannot be processed.")
                               .arg(b.lot, b.status));
        }
        const QString unit = in.unit.isEmpty() ? b.unit : in.unit;
        if (unit != b.unit) {
            return invalid(QCoreApplication::translate("suyuan", "Batch %1 is counted in %2, not %3.")
                               .arg(b.lot, b.unit, unit));
        }
        if (!(in.quantity > 0) || in.quantity > b.available() + kQuantityEpsilon) {
            return invalid(QCoreApplication::translate(
                               "suyuan", "Batch %1 has %2 %3 available; %4 %3 cannot be taken from it.")
                               .arg(b.lot)
                               .arg(b.available())
                               .arg(b.unit)
                               .arg(in.quantity));
        }
        inBySum[unit] += in.quantity;
        inputs.append({b.batch, in.quantity, unit});
    }
    QHash<QString, double> outBySum;
    QList<Portion> outputs;
    QStringList ids;
    for (const NewBatch& out : t.outputs) {
        auto product = this->product(out.productKey);
        if (!product) {
            return product.error();
        }
        if (!product->has_value()) {
            return invalid(QCoreApplication::translate("suyuan", "There is no product \"%1\". Add it first.")
                               .arg(out.productKey));
        }
        if (auto lotOk = gs1::checkLot(out.lot); !lotOk) {
            return lotOk.error();
        }
        if (!(out.quantity > 0)) {
            return invalid(
                QCoreApplication::translate("suyuan", "Every output batch needs a quantity above zero."));
        }
        const QString unit = out.unit.isEmpty() ? product->value().unit : out.unit;
        const QString id = batchIdFor(product->value(), out.lot);
        auto existing = batch(id);
        if (existing && existing->has_value() && existing->value().status != QLatin1String("withdrawn")) {
            return invalid(QCoreApplication::translate("suyuan", "Batch %1 exists already.").arg(out.lot));
        }
        outBySum[unit] += out.quantity;
        outputs.append({id, out.quantity, unit});
        ids << id;
    }
    for (auto it = outBySum.cbegin(); it != outBySum.cend(); ++it) {
        const double in = inBySum.value(it.key());
        if (in > 0 && it.value() > in * (1 + kTransformGainAllowance) + kQuantityEpsilon) {
            return invalid(
                QCoreApplication::translate(
                    "suyuan", "The outputs (%1 %3) exceed the inputs (%2 %3) by more than the allowed %4%.")
                    .arg(it.value())
                    .arg(in)
                    .arg(it.key())
                    .arg(kTransformGainAllowance * 100));
        }
    }
    QJsonObject event{{QStringLiteral("type"), QStringLiteral("TransformationEvent")},
                      {QStringLiteral("bizStep"), t.bizStep},
                      {QStringLiteral("disposition"), QStringLiteral("active")},
                      {QStringLiteral("inputQuantityList"), quantityList(inputs)},
                      {QStringLiteral("outputQuantityList"), quantityList(outputs)}};
    if (!t.locationKey.isEmpty()) {
        event.insert(QStringLiteral("bizLocation"), idObject(locationUri(t.locationKey)));
    }
    auto rec = appendEvent(event, t.eventTime, t.privateFields);
    if (!rec) {
        return rec.error();
    }
    return ids;
}

const QStringList& TraceService::transportModes()
{
    static const QStringList modes{QStringLiteral("road"), QStringLiteral("rail"), QStringLiteral("water"),
                                   QStringLiteral("air"), QStringLiteral("express")};
    return modes;
}

Result<Record> TraceService::ship(const QString& batchId, const QString& destinationParty,
                                  const QString& destinationLocation,
                                  const QList<QPair<QString, QString>>& bizTransactions,
                                  const QDateTime& eventTime, const QJsonObject& privateFields,
                                  const Transport& transport)
{
    if (!transport.mode.isEmpty() && !transportModes().contains(transport.mode)) {
        return invalid(QCoreApplication::translate("suyuan", "\"%1\" is not a way of transport (one of: %2).")
                           .arg(transport.mode, transportModes().join(QStringLiteral(", "))));
    }
    auto info = batch(batchId);
    if (!info) {
        return info.error();
    }
    if (!info->has_value()) {
        return invalid(QCoreApplication::translate("suyuan", "There is no batch %1.").arg(batchId));
    }
    const BatchInfo& b = info->value();
    if (b.status != QLatin1String("active")) {
        return invalid(QCoreApplication::translate("suyuan", "Batch %1 is %2 and cannot be shipped.")
                           .arg(b.lot, b.status));
    }
    if (destinationParty.isEmpty()) {
        return invalid(QCoreApplication::translate("suyuan", "A shipment needs a destination party."));
    }
    QJsonArray destinations{QJsonObject{{QStringLiteral("type"), QStringLiteral("owning_party")},
                                        {QStringLiteral("destination"), partyUri(destinationParty)}}};
    if (!destinationLocation.isEmpty()) {
        destinations.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("location")},
                                        {QStringLiteral("destination"), locationUri(destinationLocation)}});
    }
    QJsonObject event{{QStringLiteral("type"), QStringLiteral("ObjectEvent")},
                      {QStringLiteral("action"), QStringLiteral("OBSERVE")},
                      {QStringLiteral("bizStep"), QStringLiteral("shipping")},
                      {QStringLiteral("disposition"), QStringLiteral("in_transit")},
                      {QStringLiteral("epcList"), QJsonArray()},
                      {QStringLiteral("quantityList"), quantityList({{b.batch, b.available(), b.unit}})},
                      {QStringLiteral("destinationList"), destinations}};
    if (!b.location.isEmpty()) {
        event.insert(QStringLiteral("bizLocation"), idObject(b.location));
    }
    if (!bizTransactions.isEmpty()) {
        event.insert(QStringLiteral("bizTransactionList"), bizTransactionList(bizTransactions));
    }
    if (!transport.isEmpty()) {
        QJsonObject t;
        const auto put = [&t](const char* key, const QString& value) {
            if (!value.trimmed().isEmpty()) {
                t.insert(QLatin1String(key), value.trimmed());
            }
        };
        put("suyuan:mode", transport.mode);
        put("suyuan:carrier", transport.carrier);
        put("suyuan:vehicle", transport.vehicle);
        if (transport.coldChain) {
            t.insert(QStringLiteral("suyuan:coldChain"), true);
        }
        event.insert(QStringLiteral("suyuan:transport"), t);
    }
    return appendEvent(event, eventTime, privateFields);
}

Result<Record> TraceService::receive(const QString& batchId, const QString& locationKey,
                                     const QDateTime& eventTime, const QString& sourceParty,
                                     const QList<QPair<QString, QString>>& bizTransactions,
                                     const QJsonObject& privateFields)
{
    auto info = batch(batchId);
    if (!info) {
        return info.error();
    }
    if (!info->has_value()) {
        return invalid(QCoreApplication::translate("suyuan", "There is no batch %1.").arg(batchId));
    }
    const BatchInfo& b = info->value();
    if (locationKey.isEmpty()) {
        return invalid(
            QCoreApplication::translate("suyuan", "Receiving needs the location where the goods arrived."));
    }
    QJsonObject event{{QStringLiteral("type"), QStringLiteral("ObjectEvent")},
                      {QStringLiteral("action"), QStringLiteral("OBSERVE")},
                      {QStringLiteral("bizStep"), QStringLiteral("receiving")},
                      {QStringLiteral("disposition"), QStringLiteral("in_progress")},
                      {QStringLiteral("epcList"), QJsonArray()},
                      {QStringLiteral("quantityList"), quantityList({{b.batch, b.available(), b.unit}})},
                      {QStringLiteral("bizLocation"), idObject(locationUri(locationKey))},
                      {QStringLiteral("readPoint"), idObject(locationUri(locationKey))}};
    if (!sourceParty.isEmpty()) {
        event.insert(QStringLiteral("sourceList"),
                     QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("owning_party")},
                                            {QStringLiteral("source"), partyUri(sourceParty)}}});
    }
    if (!bizTransactions.isEmpty()) {
        event.insert(QStringLiteral("bizTransactionList"), bizTransactionList(bizTransactions));
    }
    return appendEvent(event, eventTime, privateFields);
}

Result<Record> TraceService::recall(const QString& batchId, const QString& reason, const QDateTime& eventTime)
{
    auto info = batch(batchId);
    if (!info) {
        return info.error();
    }
    if (!info->has_value()) {
        return invalid(QCoreApplication::translate("suyuan", "There is no batch %1.").arg(batchId));
    }
    const BatchInfo& b = info->value();
    QJsonObject event{{QStringLiteral("type"), QStringLiteral("ObjectEvent")},
                      {QStringLiteral("action"), QStringLiteral("OBSERVE")},
                      {QStringLiteral("bizStep"), QStringLiteral("holding")},
                      {QStringLiteral("disposition"), QStringLiteral("recalled")},
                      {QStringLiteral("epcList"), QJsonArray()},
                      {QStringLiteral("quantityList"), quantityList({{b.batch, b.available(), b.unit}})}};
    if (!reason.isEmpty()) {
        event.insert(QStringLiteral("suyuan:recallReason"), reason);
    }
    return appendEvent(event, eventTime);
}

Result<QString> TraceService::resolveBatch(const QString& input)
{
    const QString s = input.trimmed();
    QString candidate;
    // Labels print the scheme and host in capitals (QR alphanumeric mode): any case goes.
    if (s.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
        s.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        auto dl = gs1::parseDigitalLink(s);
        if (!dl) {
            return dl.error();
        }
        candidate = gs1::batchIdForGtin(dl->gtin14, dl->lot);
    } else if (s.startsWith(QLatin1String("urn:epc:class:lgtin:"))) {
        QString lot;
        auto gtin = gs1::lgtinUrnToGtin14(s, &lot);
        if (!gtin) {
            return gtin.error();
        }
        candidate = gs1::batchIdForGtin(gtin.value(), lot);
    } else if (s.startsWith(QLatin1String("urn:"))) {
        candidate = s;
    }
    if (!candidate.isEmpty()) {
        auto found = batch(candidate);
        if (!found) {
            return found.error();
        }
        if (!found->has_value()) {
            return invalid(
                QCoreApplication::translate("suyuan", "There is no batch %1 in this ledger.").arg(s));
        }
        return candidate;
    }
    // A bare lot code: it must name exactly one batch.
    auto st = m_ledger.database().prepare("SELECT batch FROM trace_batches WHERE lot = ? LIMIT 2;");
    st.bind(1, s);
    QStringList matches;
    while (st.step()) {
        matches << st.text(0);
    }
    if (matches.isEmpty()) {
        return invalid(QCoreApplication::translate("suyuan", "There is no batch with lot %1.").arg(s));
    }
    if (matches.size() > 1) {
        return invalid(QCoreApplication::translate(
                           "suyuan", "Several products have a batch with lot %1; give its full identifier.")
                           .arg(s));
    }
    return matches.first();
}

namespace {
constexpr char kBatchColumns[] =
    "SELECT batch, product_key, lot, uom, produced, consumed, status, holder, location, "
    "origin_location, created_ms FROM trace_batches ";
BatchInfo readBatch(const Statement& st)
{
    BatchInfo b;
    b.batch = st.text(0);
    b.productKey = st.text(1);
    b.lot = st.text(2);
    b.unit = st.text(3);
    b.produced = st.real(4);
    b.consumed = st.real(5);
    b.status = st.text(6);
    b.holder = st.text(7);
    b.location = st.text(8);
    b.originLocation = st.text(9);
    b.createdMs = st.int64(10);
    return b;
}
} // namespace

Result<std::optional<BatchInfo>> TraceService::batch(const QString& batchId)
{
    auto st = m_ledger.database().prepare((QByteArray(kBatchColumns) + "WHERE batch = ?;").constData());
    st.bind(1, batchId);
    if (st.step()) {
        return std::optional<BatchInfo>(readBatch(st));
    }
    if (!st.status()) {
        return st.status().error();
    }
    return std::optional<BatchInfo>();
}

Result<QList<BatchInfo>> TraceService::batches(int limit, const QString& afterBatch, qint64 afterCreatedMs)
{
    return batches(BatchFilter{}, limit, afterBatch, afterCreatedMs);
}

Result<QList<BatchInfo>> TraceService::batches(const BatchFilter& filter, int limit,
                                               const QString& afterBatch, qint64 afterCreatedMs)
{
    // Keyset paging (newest first) over the created index: a page costs the same on any
    // ledger size; filters narrow it in SQL, never in memory.
    QByteArray sql = kBatchColumns;
    QStringList where;
    QList<QVariant> values;
    if (afterCreatedMs >= 0) {
        where << QStringLiteral("(created_ms < ? OR (created_ms = ? AND batch < ?))");
        values << afterCreatedMs << afterCreatedMs << afterBatch;
    }
    const auto uriOrKey = [](const QString& v, const char* prefix) {
        return v.contains(QLatin1Char(':')) ? v : QLatin1String(prefix) + v;
    };
    if (!filter.productKey.isEmpty()) {
        where << QStringLiteral("product_key = ?");
        values << filter.productKey;
    }
    if (!filter.status.isEmpty()) {
        where << QStringLiteral("status = ?");
        values << filter.status;
    }
    if (!filter.location.isEmpty()) {
        where << QStringLiteral("location = ?");
        values << uriOrKey(filter.location, "urn:suyuan:location:");
    }
    if (!filter.holder.isEmpty()) {
        where << QStringLiteral("holder = ?");
        values << uriOrKey(filter.holder, "urn:suyuan:party:");
    }
    if (filter.createdFromMs >= 0) {
        where << QStringLiteral("created_ms >= ?");
        values << filter.createdFromMs;
    }
    if (filter.createdToMs >= 0) {
        where << QStringLiteral("created_ms < ?");
        values << filter.createdToMs;
    }
    if (!filter.text.isEmpty()) {
        where << QStringLiteral(
            "(lot LIKE ? ESCAPE '\\' OR batch LIKE ? ESCAPE '\\' OR product_key IN (SELECT key FROM "
            "trace_products WHERE name_zh LIKE ? ESCAPE '\\' OR name_en LIKE ? ESCAPE '\\'))");
        QString pattern = filter.text;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        values << pattern << pattern << pattern << pattern;
    }
    if (!filter.eventType.isEmpty()) {
        // Few such events (the dashboard keeps the count): read them through the type index
        // and keep their batches; many: walk the batches newest first and stop at a page.
        QString steps;
        for (qsizetype i = 0; i < filter.eventSteps.size(); ++i) {
            steps += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
        }
        const QString stepCondition =
            steps.isEmpty() ? QString() : QStringLiteral(" AND e.biz_step IN (%1)").arg(steps);
        qint64 matching = 0;
        {
            auto count = m_ledger.database().prepare(
                QStringLiteral(
                    "SELECT coalesce(sum(events), 0) FROM trace_stat_events e WHERE e.correction = 0 AND "
                    "e.type = ?%1;")
                    .arg(QString(stepCondition)
                             .replace(QStringLiteral("e.biz_step"), QStringLiteral("e.step")))
                    .toUtf8()
                    .constData());
            int n = 1;
            count.bind(n++, filter.eventType);
            for (const QString& step : filter.eventSteps) {
                count.bind(n++, step);
            }
            if (count.step()) {
                matching = count.int64(0);
            } else if (!count.status()) {
                return count.status().error();
            }
        }
        const QString events =
            QStringLiteral("SELECT b.batch FROM trace_events e JOIN trace_event_batches b ON b.rid = "
                           "e.rid WHERE e.type = ?%1 AND e.withdrawn = 0 AND e.error_declaration = 0")
                .arg(stepCondition);
        where << (matching <= m_fewEvents
                      ? QStringLiteral("batch IN (%1)").arg(events)
                      : QStringLiteral("EXISTS (%1 AND b.batch = trace_batches.batch)").arg(events));
        values << filter.eventType;
        for (const QString& step : filter.eventSteps) {
            values << step;
        }
    }
    if (!where.isEmpty()) {
        sql += "WHERE " + where.join(QStringLiteral(" AND ")).toUtf8() + ' ';
    }
    sql += "ORDER BY created_ms DESC, batch DESC LIMIT ?;";
    auto st = m_ledger.database().prepare(sql.constData());
    int i = 1;
    for (const QVariant& v : std::as_const(values)) {
        if (v.typeId() == QMetaType::LongLong) {
            st.bind(i++, v.toLongLong());
        } else {
            st.bind(i++, v.toString());
        }
    }
    st.bind(i, static_cast<qint64>(limit));
    return collect<BatchInfo>(std::move(st), [](const Statement& row) { return readBatch(row); });
}

Result<QList<EventInfo>> TraceService::events(const QString& batchId)
{
    auto st = m_ledger.database().prepare(
        "SELECT * FROM (SELECT e.rid, e.event_id, e.type, e.action, e.biz_step, e.disposition, e.event_ms, "
        "e.tz, b.role, b.quantity, b.uom, a.key, e.withdrawn, r.id, r.seq FROM trace_event_batches b JOIN "
        "trace_events e "
        "ON e.rid = b.rid JOIN records r ON r.rid = e.rid JOIN authors a ON a.aid = r.aid WHERE b.batch = ?1 "
        // Field work on the plot the batch came from, in the year before it was created (the
        // literal bizStep is kFieldWorkStep, spelt out so that the partial index applies).
        "UNION ALL SELECT e.rid, e.event_id, e.type, e.action, e.biz_step, e.disposition, e.event_ms, e.tz, "
        "'origin', 0, '', a.key, e.withdrawn, r.id, r.seq FROM trace_batches t JOIN trace_events e ON "
        "e.biz_location = "
        "t.origin_location AND e.biz_step = 'https://suyuan.example/ns/field_work' AND e.event_ms <= "
        "t.created_ms AND e.event_ms > t.created_ms "
        "- 366 * 86400000 JOIN records r ON r.rid = e.rid JOIN authors a ON a.aid = r.aid WHERE t.batch = ?1 "
        "AND t.origin_location <> '' AND NOT EXISTS (SELECT 1 FROM trace_event_batches x WHERE x.rid = e.rid "
        "AND x.batch = ?1)) ORDER BY 7, 1;");
    st.bind(1, batchId);
    QList<EventInfo> out;
    while (st.step()) {
        EventInfo e;
        e.rid = st.int64(0);
        e.eventId = st.text(1);
        e.type = st.text(2);
        e.action = st.text(3);
        e.bizStep = st.text(4);
        e.disposition = st.text(5);
        e.eventMs = st.int64(6);
        e.timeZone = st.text(7);
        e.role = st.text(8);
        e.quantity = st.real(9);
        e.unit = st.text(10);
        e.author = st.blob(11);
        e.withdrawn = st.int64(12) != 0;
        e.recordId = st.blob(13);
        e.seq = st.int64(14);
        out.append(e);
    }
    if (!st.status()) {
        return st.status().error();
    }
    return out;
}

Result<QList<GenealogyEdge>> TraceService::walk(const QString& batchId, bool up)
{
    // A recursive walk over the edge index: its cost follows the size of the genealogy,
    // not the size of the ledger.
    const char* sql = up ? "WITH RECURSIVE g(parent, child, quantity, uom, depth) AS ("
                           " SELECT parent, child, quantity, uom, 1 FROM trace_edges WHERE child = ?"
                           " UNION SELECT e.parent, e.child, e.quantity, e.uom, g.depth + 1"
                           " FROM trace_edges e JOIN g ON e.child = g.parent WHERE g.depth < 64)"
                           " SELECT parent, child, quantity, uom, min(depth) FROM g GROUP BY parent, child"
                           " ORDER BY 5, 1, 2;"
                         : "WITH RECURSIVE g(parent, child, quantity, uom, depth) AS ("
                           " SELECT parent, child, quantity, uom, 1 FROM trace_edges WHERE parent = ?"
                           " UNION SELECT e.parent, e.child, e.quantity, e.uom, g.depth + 1"
                           " FROM trace_edges e JOIN g ON e.parent = g.child WHERE g.depth < 64)"
                           " SELECT parent, child, quantity, uom, min(depth) FROM g GROUP BY parent, child"
                           " ORDER BY 5, 1, 2;";
    auto st = m_ledger.database().prepare(sql);
    st.bind(1, batchId);
    QList<GenealogyEdge> out;
    while (st.step()) {
        out.append({st.text(0), st.text(1), st.real(2), st.text(3), static_cast<int>(st.int64(4))});
    }
    if (!st.status()) {
        return st.status().error();
    }
    return out;
}

Result<QList<GenealogyEdge>> TraceService::upstream(const QString& batchId)
{
    return walk(batchId, true);
}

Result<QList<GenealogyEdge>> TraceService::downstream(const QString& batchId)
{
    return walk(batchId, false);
}

} // namespace suyuan::trace
