// TraceService operations beyond harvest, processing and shipping: field work,
// inspection and lab tests, packing, destruction and sale, corrections.

#include "Attachments.h"
#include "Epcis.h"
#include "EpcisValidator.h"
#include "Gs1.h"
#include "TraceInternal.h"
#include "TraceService.h"
#include "ledger/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <cmath>

namespace suyuan::trace {

using detail::idObject;
using detail::invalid;
using detail::locationUri;
using detail::partyUri;
using detail::quantityList;

namespace {

QString suyuanTerm(const char* name)
{
    return QLatin1String(kSuyuanNamespace) + QLatin1String(name);
}

const QStringList& fieldWorkTypes()
{
    static const QStringList types = {QStringLiteral("fertilising"), QStringLiteral("plant_protection"),
                                      QStringLiteral("irrigation"),  QStringLiteral("weeding"),
                                      QStringLiteral("pruning"),     QStringLiteral("other")};
    return types;
}

// The EPCIS 2.0 measurement types (the schema's enumeration) an operator may pick.
bool isMeasurementType(const QString& type)
{
    static const QStringList types = {QStringLiteral("AbsoluteHumidity"),
                                      QStringLiteral("Count"),
                                      QStringLiteral("Density"),
                                      QStringLiteral("Dimensionless"),
                                      QStringLiteral("Length"),
                                      QStringLiteral("Mass"),
                                      QStringLiteral("MassConcentration"),
                                      QStringLiteral("Pressure"),
                                      QStringLiteral("RelativeHumidity"),
                                      QStringLiteral("Temperature"),
                                      QStringLiteral("Time"),
                                      QStringLiteral("Volume"),
                                      QStringLiteral("VolumeFraction"),
                                      QStringLiteral("AmountOfSubstancePerUnitVolume"),
                                      QStringLiteral("Speed"),
                                      QStringLiteral("Illuminance"),
                                      QStringLiteral("Conductivity")};
    return types.contains(type) || type.startsWith(QLatin1String("http"));
}

bool finite(double v)
{
    return std::isfinite(v);
}

} // namespace

Result<QJsonArray> TraceService::attachmentRefs(const QStringList& sha256s)
{
    QJsonArray out;
    for (const QString& raw : sha256s) {
        auto ref = m_attachments->info(raw.trimmed().toLower());
        if (!ref) {
            return ref.error();
        }
        if (!ref->has_value()) {
            return invalid(QCoreApplication::translate(
                               "suyuan", "There is no attachment %1 in this ledger. Add the file first.")
                               .arg(raw));
        }
        const AttachmentRef& a = ref->value();
        if (!a.complete) {
            return invalid(
                QCoreApplication::translate("suyuan", "Attachment %1 is incomplete: %2 of %3 parts are here.")
                    .arg(raw)
                    .arg(a.held)
                    .arg(a.parts));
        }
        out.append(QJsonObject{{QStringLiteral("suyuan:sha256"), a.sha256},
                               {QStringLiteral("suyuan:name"), a.name},
                               {QStringLiteral("suyuan:mediaType"), a.mediaType},
                               {QStringLiteral("suyuan:size"), a.size}});
    }
    return out;
}

Result<Record> TraceService::observe(const Observation& o)
{
    using Kind = Observation::Kind;
    if (o.batches.isEmpty() && o.locationKey.isEmpty()) {
        return invalid(QCoreApplication::translate(
            "suyuan", "Name the batches or the place (plot, warehouse) this record is about."));
    }
    QList<Portion> portions;
    for (const QString& id : o.batches) {
        auto resolved = resolveBatch(id);
        if (!resolved) {
            return resolved.error();
        }
        auto info = batch(resolved.value());
        if (!info) {
            return info.error();
        }
        portions.append({info->value().batch, info->value().available(), info->value().unit});
    }
    QJsonObject event{{QStringLiteral("type"), QStringLiteral("ObjectEvent")},
                      {QStringLiteral("action"), QStringLiteral("OBSERVE")},
                      {QStringLiteral("epcList"), QJsonArray()}};
    if (!portions.isEmpty()) {
        event.insert(QStringLiteral("quantityList"), quantityList(portions));
    }
    if (!o.locationKey.isEmpty()) {
        event.insert(QStringLiteral("bizLocation"), idObject(locationUri(o.locationKey)));
        event.insert(QStringLiteral("readPoint"), idObject(locationUri(o.locationKey)));
    }
    switch (o.kind) {
    case Kind::FieldWork: {
        if (!fieldWorkTypes().contains(o.workType)) {
            return invalid(
                QCoreApplication::translate("suyuan", "\"%1\" is not a kind of field work (one of: %2).")
                    .arg(o.workType, fieldWorkTypes().join(QStringLiteral(", "))));
        }
        event.insert(QStringLiteral("bizStep"), kFieldWorkStep);
        event.insert(QStringLiteral("suyuan:workType"), o.workType);
        if (!o.input.isEmpty()) {
            event.insert(QStringLiteral("suyuan:input"), o.input);
        }
        if (o.dose != 0 || !o.doseUnit.isEmpty()) {
            if (!(o.dose > 0) || !finite(o.dose)) {
                return invalid(
                    QCoreApplication::translate("suyuan", "The dose must be a number above zero."));
            }
            if (!gs1::isKnownUnit(o.doseUnit)) {
                return invalid(
                    QCoreApplication::translate(
                        "suyuan",
                        "\"%1\" is not a known unit (UN/ECE Rec 20 codes such as KGM, TNE, LTR, H87).")
                        .arg(o.doseUnit));
            }
            event.insert(QStringLiteral("suyuan:dose"),
                         QJsonObject{{QStringLiteral("suyuan:quantity"), o.dose},
                                     {QStringLiteral("suyuan:uom"), o.doseUnit}});
        }
        if (o.safetyIntervalDays >= 0) {
            event.insert(QStringLiteral("suyuan:safetyIntervalDays"), o.safetyIntervalDays);
        }
        if ((o.workType == QLatin1String("fertilising") || o.workType == QLatin1String("plant_protection")) &&
            (o.input.trimmed().isEmpty() || !(o.dose > 0))) {
            return invalid(QCoreApplication::translate(
                "suyuan", "Fertilising and plant protection need the product used and its dose."));
        }
        break;
    }
    case Kind::Inspection:
    case Kind::LabTest:
        event.insert(QStringLiteral("bizStep"),
                     o.kind == Kind::LabTest ? QStringLiteral("sampling") : QStringLiteral("inspecting"));
        if (o.passed) {
            event.insert(QStringLiteral("disposition"),
                         *o.passed ? QStringLiteral("conformant") : QStringLiteral("non_conformant"));
        }
        if (o.kind == Kind::LabTest && o.measurements.isEmpty()) {
            return invalid(
                QCoreApplication::translate("suyuan", "A lab test needs at least one measured result."));
        }
        break;
    }
    if (!o.measurements.isEmpty()) {
        QJsonArray reports;
        for (const Measurement& m : o.measurements) {
            if (!isMeasurementType(m.type)) {
                return invalid(QCoreApplication::translate("suyuan",
                                                           "\"%1\" is not an EPCIS measurement type (such as "
                                                           "Temperature, MassConcentration, Dimensionless).")
                                   .arg(m.type));
            }
            if (!finite(m.value)) {
                return invalid(QCoreApplication::translate("suyuan", "The result of \"%1\" is not a number.")
                                   .arg(m.name.isEmpty() ? m.type : m.name));
            }
            QJsonObject r{{QStringLiteral("type"), m.type}, {QStringLiteral("value"), m.value}};
            if (!m.uom.isEmpty()) {
                r.insert(QStringLiteral("uom"), m.uom);
            }
            if (!m.substance.isEmpty()) {
                r.insert(QStringLiteral("chemicalSubstance"), m.substance);
            }
            if (!m.name.isEmpty()) {
                r.insert(QStringLiteral("suyuan:name"), m.name);
            }
            if (m.limit) {
                r.insert(QStringLiteral("suyuan:limit"), *m.limit);
            }
            reports.append(r);
        }
        QJsonObject element{{QStringLiteral("sensorReport"), reports}};
        if (o.eventTime.isValid()) {
            element.insert(QStringLiteral("sensorMetadata"),
                           QJsonObject{{QStringLiteral("time"), o.eventTime.toString(Qt::ISODateWithMs)}});
        }
        event.insert(QStringLiteral("sensorElementList"), QJsonArray{element});
    }
    if (!o.certifications.isEmpty()) {
        QJsonArray certs;
        for (const QString& c : o.certifications) {
            certs.append(c.trimmed());
        }
        event.insert(QStringLiteral("certificationInfo"),
                     certs.size() == 1 ? certs.first() : QJsonValue(certs));
    }
    if (!o.inspector.isEmpty()) {
        event.insert(QStringLiteral("sourceList"),
                     QJsonArray{QJsonObject{{QStringLiteral("type"), suyuanTerm("inspector")},
                                            {QStringLiteral("source"), partyUri(o.inspector)}}});
    }
    if (!o.note.isEmpty()) {
        event.insert(QStringLiteral("suyuan:note"), o.note);
    }
    if (!o.attachments.isEmpty()) {
        auto refs = attachmentRefs(o.attachments);
        if (!refs) {
            return refs.error();
        }
        event.insert(QStringLiteral("suyuan:attachments"), refs.value());
    }
    return appendEvent(event, o.eventTime);
}

namespace {

// An SSCC (18 digits, with its check digit) or an SSCC URN stays GS1; anything else names
// a case or pallet of our own.
Result<QString> parentUri(const QString& raw)
{
    const QString id = raw.trimmed();
    if (id.isEmpty()) {
        return invalid(QCoreApplication::translate("suyuan", "Name the case or pallet (an SSCC or a code)."));
    }
    if (id.startsWith(QLatin1String("urn:")) || id.startsWith(QLatin1String("http"))) {
        return id;
    }
    bool digits = id.size() == 18;
    for (const QChar c : id) {
        digits = digits && c.isDigit();
    }
    if (digits) {
        if (gs1::gs1CheckDigit(id.left(17)) != id.back()) {
            return invalid(
                QCoreApplication::translate("suyuan", "%1 is not a valid SSCC: its check digit is wrong.")
                    .arg(id));
        }
        return QStringLiteral("https://id.gs1.org/00/") + id;
    }
    for (const QChar c : id) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('_') &&
            c != QLatin1Char('.')) {
            return invalid(QCoreApplication::translate(
                               "suyuan", "A case code may use only letters, digits, - _ and . (not \"%1\").")
                               .arg(c));
        }
    }
    return QStringLiteral("urn:suyuan:case:") + id;
}

} // namespace

Result<QList<Portion>> TraceService::checkedPortions(const QList<Portion>& portions, bool mustBeAvailable)
{
    QList<Portion> out;
    for (const Portion& p : portions) {
        auto resolved = resolveBatch(p.batch);
        if (!resolved) {
            return resolved.error();
        }
        auto info = batch(resolved.value());
        if (!info) {
            return info.error();
        }
        const BatchInfo& b = info->value();
        const QString unit = p.unit.isEmpty() ? b.unit : p.unit;
        if (unit != b.unit) {
            return invalid(QCoreApplication::translate("suyuan", "Batch %1 is counted in %2, not %3.")
                               .arg(b.lot, b.unit, unit));
        }
        const double q = p.quantity > 0 ? p.quantity : b.available();
        if (mustBeAvailable && (!(q > 0) || q > b.available() + kQuantityEpsilon)) {
            return invalid(QCoreApplication::translate(
                               "suyuan", "Batch %1 has %2 %3 available; %4 %3 cannot be taken from it.")
                               .arg(b.lot)
                               .arg(b.available())
                               .arg(b.unit)
                               .arg(q));
        }
        out.append({b.batch, q, unit});
    }
    return out;
}

Result<Record> TraceService::pack(const QString& parentId, const QList<Portion>& children,
                                  const QString& locationKey, const QDateTime& eventTime)
{
    auto parent = parentUri(parentId);
    if (!parent) {
        return parent.error();
    }
    if (children.isEmpty()) {
        return invalid(QCoreApplication::translate("suyuan", "Packing needs at least one batch to pack."));
    }
    auto portions = checkedPortions(children, true);
    if (!portions) {
        return portions.error();
    }
    QJsonObject event{{QStringLiteral("type"), QStringLiteral("AggregationEvent")},
                      {QStringLiteral("action"), QStringLiteral("ADD")},
                      {QStringLiteral("bizStep"), QStringLiteral("packing")},
                      {QStringLiteral("disposition"), QStringLiteral("in_progress")},
                      {QStringLiteral("parentID"), parent.value()},
                      {QStringLiteral("childEPCs"), QJsonArray()},
                      {QStringLiteral("childQuantityList"), quantityList(portions.value())}};
    if (!locationKey.isEmpty()) {
        event.insert(QStringLiteral("bizLocation"), idObject(locationUri(locationKey)));
        event.insert(QStringLiteral("readPoint"), idObject(locationUri(locationKey)));
    }
    return appendEvent(event, eventTime);
}

Result<Record> TraceService::unpack(const QString& parentId, const QList<Portion>& children,
                                    const QString& locationKey, const QDateTime& eventTime)
{
    auto parent = parentUri(parentId);
    if (!parent) {
        return parent.error();
    }
    auto packed = m_ledger.database().prepare(
        "SELECT count(*) FROM trace_event_batches b JOIN trace_events e ON e.rid = b.rid WHERE b.batch = ? "
        "AND b.role = 'parent' AND e.withdrawn = 0;");
    packed.bind(1, parent.value());
    if (!packed.step() || packed.int64(0) == 0) {
        return invalid(QCoreApplication::translate("suyuan", "Nothing was packed into %1.").arg(parentId));
    }
    auto portions = checkedPortions(children, false);
    if (!portions) {
        return portions.error();
    }
    QJsonObject event{{QStringLiteral("type"), QStringLiteral("AggregationEvent")},
                      {QStringLiteral("action"), QStringLiteral("DELETE")},
                      {QStringLiteral("bizStep"), QStringLiteral("unpacking")},
                      {QStringLiteral("disposition"), QStringLiteral("in_progress")},
                      {QStringLiteral("parentID"), parent.value()}};
    if (!portions->isEmpty()) {
        event.insert(QStringLiteral("childEPCs"), QJsonArray());
        event.insert(QStringLiteral("childQuantityList"), quantityList(portions.value()));
    }
    if (!locationKey.isEmpty()) {
        event.insert(QStringLiteral("bizLocation"), idObject(locationUri(locationKey)));
        event.insert(QStringLiteral("readPoint"), idObject(locationUri(locationKey)));
    }
    return appendEvent(event, eventTime);
}

Result<Record> TraceService::takeOut(const QString& batchId, double quantity, bool sold, const QString& text,
                                     const QDateTime& eventTime, const QJsonObject& privateFields)
{
    auto portions = checkedPortions({{batchId, quantity, QString()}}, true);
    if (!portions) {
        return portions.error();
    }
    auto info = batch(portions->first().batch);
    if (!info) {
        return info.error();
    }
    const QString status = info->value().status;
    if (status == QLatin1String("recalled") && sold) {
        return invalid(QCoreApplication::translate("suyuan", "Batch %1 is recalled and must not be sold.")
                           .arg(info->value().lot));
    }
    QJsonObject event{
        {QStringLiteral("type"), QStringLiteral("ObjectEvent")},
        {QStringLiteral("action"), sold ? QStringLiteral("OBSERVE") : QStringLiteral("DELETE")},
        {QStringLiteral("bizStep"), sold ? QStringLiteral("retail_selling") : QStringLiteral("destroying")},
        {QStringLiteral("disposition"), sold ? QStringLiteral("retail_sold") : QStringLiteral("destroyed")},
        {QStringLiteral("epcList"), QJsonArray()},
        {QStringLiteral("quantityList"), quantityList(portions.value())}};
    if (sold) {
        if (!text.isEmpty()) {
            event.insert(QStringLiteral("bizLocation"), idObject(locationUri(text)));
            event.insert(QStringLiteral("readPoint"), idObject(locationUri(text)));
        }
    } else {
        if (text.trimmed().isEmpty()) {
            return invalid(QCoreApplication::translate("suyuan", "Say why the goods are destroyed."));
        }
        event.insert(QStringLiteral("suyuan:reason"), text.trimmed());
        if (!info->value().location.isEmpty()) {
            event.insert(QStringLiteral("bizLocation"), idObject(info->value().location));
        }
    }
    return appendEvent(event, eventTime, privateFields);
}

Result<Record> TraceService::destroy(const QString& batchId, double quantity, const QString& reason,
                                     const QDateTime& eventTime)
{
    return takeOut(batchId, quantity, false, reason, eventTime);
}

Result<Record> TraceService::sell(const QString& batchId, double quantity, const QString& locationKey,
                                  const QDateTime& eventTime, const QJsonObject& privateFields)
{
    return takeOut(batchId, quantity, true, locationKey, eventTime, privateFields);
}

Result<std::optional<QJsonObject>> TraceService::eventBody(const QString& eventId)
{
    auto st = m_ledger.database().prepare(
        "SELECT r.bytes FROM trace_events e JOIN records r ON r.rid = e.rid WHERE e.event_id = ? AND "
        "e.error_declaration = 0 ORDER BY e.rid DESC LIMIT 1;");
    st.bind(1, eventId);
    if (!st.step()) {
        if (!st.status()) {
            return st.status().error();
        }
        return std::optional<QJsonObject>();
    }
    Record record;
    record.bytes = st.blob(0);
    return std::optional<QJsonObject>(record.body());
}

Result<Record> TraceService::declareError(const QString& eventId, const QString& reason, const QString& note,
                                          const QStringList& correctiveEventIds)
{
    if (reason != QLatin1String("incorrect_data") && reason != QLatin1String("did_not_occur")) {
        return invalid(
            QCoreApplication::translate(
                "suyuan", "\"%1\" is not a reason for a correction (incorrect_data or did_not_occur).")
                .arg(reason));
    }
    auto state = m_ledger.database().prepare(
        "SELECT max(withdrawn) FROM trace_events WHERE event_id = ? AND error_declaration = 0;");
    state.bind(1, eventId);
    if (state.step() && state.int64(0) == 1) {
        return invalid(
            QCoreApplication::translate("suyuan", "Event %1 has been declared wrong already.").arg(eventId));
    }
    auto original = eventBody(eventId);
    if (!original) {
        return original.error();
    }
    if (!original->has_value()) {
        return invalid(
            QCoreApplication::translate("suyuan", "There is no event %1 in this ledger.").arg(eventId));
    }
    QJsonObject event = original->value();
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(m_ledger.now(), QTimeZone(8 * 3600));
    QJsonObject declaration{{QStringLiteral("declarationTime"), when.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("reason"), reason}};
    if (!correctiveEventIds.isEmpty()) {
        declaration.insert(QStringLiteral("correctiveEventIDs"),
                           QJsonArray::fromStringList(correctiveEventIds));
    }
    if (!note.isEmpty()) {
        declaration.insert(QStringLiteral("suyuan:note"), note);
    }
    event.insert(QStringLiteral("errorDeclaration"), declaration);
    // The declaration repeats the event as it was (eventTime included): store it as is.
    if (auto valid = EpcisValidator().validateEvent(event, QStringLiteral("$")); !valid) {
        return Error(ErrorCode::InvalidArgument, valid.error().message);
    }
    return m_ledger.append(QStringLiteral("epcis.event"), event);
}

} // namespace suyuan::trace
