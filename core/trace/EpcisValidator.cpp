#include "EpcisValidator.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace suyuan::trace {

namespace {

using Words = QStringList;

QStringList words(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* w : list) {
        out << QString::fromLatin1(w);
    }
    return out;
}

// The vocabularies of tests/data/epcis/EPCIS-JSON-Schema.json, in its order.
// clang-format off
const Words kActions = words({"OBSERVE", "ADD", "DELETE"});
const Words kBizSteps = words({"accepting", "arriving", "assembling", "collecting", "commissioning",
    "consigning", "creating_class_instance", "cycle_counting", "decommissioning", "departing", "destroying",
    "disassembling", "dispensing", "encoding", "entering_exiting", "holding", "inspecting", "installing",
    "killing", "loading", "other", "packing", "picking", "receiving", "removing", "repackaging", "repairing",
    "replacing", "reserving", "retail_selling", "shipping", "staging_outbound", "stock_taking", "stocking",
    "storing", "transporting", "unloading", "unpacking", "void_shipping", "sensor_reporting", "sampling"});
const Words kDispositions = words({"active", "container_closed", "damaged", "destroyed", "dispensed",
    "disposed", "encoded", "expired", "in_progress", "in_transit", "inactive", "no_pedigree_match",
    "non_sellable_other", "partially_dispensed", "recalled", "reserved", "retail_sold", "returned",
    "sellable_accessible", "sellable_not_accessible", "stolen", "unknown", "available",
    "completeness_verified", "completeness_inferred", "conformant", "container_open", "mismatch_instance",
    "mismatch_class", "mismatch_quantity", "needs_replacement", "non_conformant", "unavailable"});
const Words kBizTransactionTypes = words({"bol", "cert", "desadv", "inv", "pedigree", "po", "poc",
    "prodorder", "recadv", "rma", "testprd", "testres", "upevt"});
const Words kSourceDestTypes = words({"owning_party", "possessing_party", "location"});
const Words kErrorReasons = words({"did_not_occur", "incorrect_data"});
const Words kSensorAlertTypes = words({"ALARM_CONDITION", "ERROR_CONDITION"});
const Words kComponents =
    words({"x", "y", "z", "axial_distance", "azimuth", "height", "spherical_radius", "polar_angle",
           "elevation_angle", "easting", "northing", "latitude", "longitude", "altitude"});
const Words kMeasurementTypes = words({"AbsoluteHumidity", "AbsorbedDose", "AbsorbedDoseRate", "Acceleration",
    "Radioactivity", "Altitude", "AmountOfSubstance", "AmountOfSubstancePerUnitVolume", "Angle",
    "AngularAcceleration", "AngularMomentum", "AngularVelocity", "Area", "Capacitance", "Conductance",
    "Conductivity", "Count", "Density", "Dimensionless", "DoseEquivalent", "DoseEquivalentRate",
    "DynamicViscosity", "ElectricCharge", "ElectricCurrent", "ElectricCurrentDensity",
    "ElectricFieldStrength", "Energy", "Exposure", "Force", "Frequency", "Illuminance", "Inductance",
    "Irradiance", "KinematicViscosity", "Length", "LinearMomentum", "Luminance", "LuminousFlux",
    "LuminousIntensity", "MagneticFlux", "MagneticFluxDensity", "MagneticVectorPotential", "Mass",
    "MassConcentration", "MassFlowRate", "MassPerAreaTime", "MemoryCapacity", "MolalityOfSolute",
    "MolarEnergy", "MolarMass", "MolarVolume", "Power", "Pressure", "RadiantFlux", "RadiantIntensity",
    "RelativeHumidity", "Resistance", "Resistivity", "SolidAngle", "SpecificVolume", "Speed",
    "SurfaceDensity", "SurfaceTension", "Temperature", "Time", "Torque", "Voltage", "Volume",
    "VolumeFlowRate", "VolumeFraction", "VolumetricFlux", "Wavenumber"});

// Members every event may have ("common-event-properties").
const Words kCommonMembers = words({"@context", "type", "eventTime", "recordTime", "eventTimeZoneOffset",
    "eventID", "certificationInfo", "errorDeclaration"});
// clang-format on

struct EventRules
{
    QString type;
    Words required; // besides type, in the order they are reported
    Words members;  // besides kCommonMembers
};

const QList<EventRules> kEventRules = {
    {QStringLiteral("ObjectEvent"), words({"eventTime", "eventTimeZoneOffset", "action"}),
     words({"action", "epcList", "quantityList", "bizStep", "disposition", "persistentDisposition",
            "readPoint", "bizLocation", "bizTransactionList", "sourceList", "destinationList",
            "sensorElementList", "ilmd"})},
    {QStringLiteral("AggregationEvent"), words({"eventTime", "eventTimeZoneOffset", "action"}),
     words({"parentID", "childEPCs", "childQuantityList", "action", "bizStep", "disposition", "readPoint",
            "bizLocation", "bizTransactionList", "sourceList", "destinationList", "sensorElementList"})},
    {QStringLiteral("TransformationEvent"), words({"eventTime", "eventTimeZoneOffset"}),
     words({"inputEPCList", "inputQuantityList", "outputEPCList", "outputQuantityList", "transformationID",
            "bizStep", "disposition", "persistentDisposition", "readPoint", "bizLocation",
            "bizTransactionList", "sourceList", "destinationList", "sensorElementList", "ilmd"})},
    {QStringLiteral("AssociationEvent"), words({"eventTime", "eventTimeZoneOffset", "action", "parentID"}),
     words({"parentID", "childEPCs", "childQuantityList", "action", "bizStep", "disposition", "readPoint",
            "bizLocation", "bizTransactionList", "sourceList", "destinationList", "sensorElementList"})},
    {QStringLiteral("TransactionEvent"),
     words({"eventTime", "eventTimeZoneOffset", "bizTransactionList", "action"}),
     words({"bizTransactionList", "parentID", "epcList", "quantityList", "action", "bizStep", "disposition",
            "readPoint", "bizLocation", "sourceList", "destinationList", "sensorElementList"})},
};

constexpr double kMaxExactInteger = 9007199254740991.0; // 2^53 − 1

bool contains(const Words& words, const QString& s)
{
    return words.contains(s);
}

bool contains(std::initializer_list<const char*> names, const QString& s)
{
    for (const char* n : names) {
        if (s == QLatin1String(n)) {
            return true;
        }
    }
    return false;
}

QString joined(const Words& words)
{
    return words.join(QStringLiteral(", "));
}

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

// True when element i of a equals an earlier one (JSON Schema "uniqueItems").
bool repeats(const QJsonArray& a, qsizetype i)
{
    for (qsizetype j = 0; j < i; ++j) {
        if (a.at(j) == a.at(i)) {
            return true;
        }
    }
    return false;
}

bool isAsciiAlpha(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

// Every character is unreserved, a sub-delim, one of extra, or part of a %XX escape.
bool uriChars(QStringView s, QLatin1String extra)
{
    static const QLatin1String plain("-._~!$&'()*+,;=");
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == QLatin1Char('%')) {
            if (i + 2 >= s.size() || !isHexDigit(s[i + 1]) || !isHexDigit(s[i + 2])) {
                return false;
            }
            i += 2;
        } else if (!isAsciiAlpha(c) && !isAsciiDigit(c) && !plain.contains(c) && !extra.contains(c)) {
            return false;
        }
    }
    return true;
}

bool isIpv4(QStringView s)
{
    const QList<QStringView> parts = s.split(QLatin1Char('.'));
    if (parts.size() != 4) {
        return false;
    }
    for (QStringView p : parts) {
        // dec-octet: 0–255 without leading zeros
        if (p.isEmpty() || p.size() > 3 || (p.size() > 1 && p.front() == QLatin1Char('0')) ||
            !std::all_of(p.begin(), p.end(), isAsciiDigit) || p.toInt() > 255) {
            return false;
        }
    }
    return true;
}

bool isIpv6(QStringView s)
{
    const auto groups = [](QStringView part, bool last, int& count) {
        if (part.isEmpty()) {
            return true;
        }
        const QList<QStringView> items = part.split(QLatin1Char(':'));
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QStringView g = items.at(i);
            if (last && i == items.size() - 1 && g.contains(QLatin1Char('.'))) {
                if (!isIpv4(g)) {
                    return false;
                }
                count += 2;
            } else if (g.isEmpty() || g.size() > 4 || !std::all_of(g.begin(), g.end(), isHexDigit)) {
                return false;
            } else {
                ++count;
            }
        }
        return true;
    };
    int count = 0;
    const qsizetype gap = s.indexOf(QLatin1String("::"));
    if (gap < 0) {
        return groups(s, true, count) && count == 8;
    }
    if (s.indexOf(QLatin1String("::"), gap + 1) >= 0) {
        return false;
    }
    return groups(s.left(gap), false, count) && groups(s.mid(gap + 2), true, count) && count <= 7;
}

// [ userinfo "@" ] host [ ":" port ], host an IP literal in brackets, IPv4 or a reg-name.
bool isAuthority(QStringView a)
{
    if (const qsizetype at = a.lastIndexOf(QLatin1Char('@')); at >= 0) {
        if (!uriChars(a.left(at), QLatin1String(":"))) {
            return false;
        }
        a = a.mid(at + 1);
    }
    QStringView port;
    if (a.startsWith(QLatin1Char('['))) {
        const qsizetype close = a.indexOf(QLatin1Char(']'));
        if (close < 0) {
            return false;
        }
        const QStringView literal = a.mid(1, close - 1);
        static const QRegularExpression future(
            QStringLiteral("^[vV][0-9A-Fa-f]+\\.[A-Za-z0-9\\-._~!$&'()*+,;=:]+$"));
        if (!isIpv6(literal) && !future.match(literal.toString()).hasMatch()) {
            return false;
        }
        port = a.mid(close + 1);
    } else {
        const qsizetype colon = a.indexOf(QLatin1Char(':'));
        if (!uriChars(colon < 0 ? a : a.left(colon), QLatin1String())) {
            return false;
        }
        port = colon < 0 ? QStringView() : a.mid(colon);
    }
    return port.isEmpty() ||
           (port.front() == QLatin1Char(':') && std::all_of(port.begin() + 1, port.end(), isAsciiDigit));
}

// A CBV value written as a URN or a GS1 vocabulary URI that the schema reserves for the bare word.
bool isReservedCbvUri(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^(urn:epcglobal:cbv|https?://ns\\.gs1\\.org/cbv/)"));
    return re.match(s).hasMatch();
}

bool isGs1WebVocUri(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^https?://(www\\.)?gs1\\.org/voc/"));
    return re.match(s).hasMatch();
}

// The bare CBV word for a URN or URI spelling, for the hint in the message.
QString bareWord(const QString& s)
{
    QString word = s.mid(s.lastIndexOf(QRegularExpression(QStringLiteral("[:/]"))) + 1);
    const qsizetype dash = word.indexOf(QLatin1Char('-'));
    return dash >= 0 ? word.mid(dash + 1) : word;
}

// Walks a document and keeps the first problem.
class Checker
{
public:
    Status status() const { return m_status; }

    bool fail(const QString& message)
    {
        if (m_status.ok()) {
            m_status = Error(ErrorCode::Malformed, message);
        }
        return false;
    }

    bool required(const QString& path)
    {
        return fail(QCoreApplication::translate("suyuan", "%1: is required").arg(path));
    }
    bool unexpected(const QString& path)
    {
        return fail(QCoreApplication::translate("suyuan", "%1: unexpected member").arg(path));
    }
    bool unknownMember(const QString& path)
    {
        return fail(QCoreApplication::translate("suyuan",
                                                "%1: is not an EPCIS member; an extension member must be "
                                                "named by a URI or a prefixed name such as example:myField")
                        .arg(path));
    }

    bool object(const QJsonValue& v, const QString& path)
    {
        return v.isObject() || fail(QCoreApplication::translate("suyuan", "%1: must be an object").arg(path));
    }
    bool array(const QJsonValue& v, const QString& path)
    {
        return v.isArray() || fail(QCoreApplication::translate("suyuan", "%1: must be an array").arg(path));
    }
    bool string(const QJsonValue& v, const QString& path)
    {
        return v.isString() || fail(QCoreApplication::translate("suyuan", "%1: must be a string").arg(path));
    }
    bool number(const QJsonValue& v, const QString& path)
    {
        return v.isDouble() || fail(QCoreApplication::translate("suyuan", "%1: must be a number").arg(path));
    }
    bool boolean(const QJsonValue& v, const QString& path)
    {
        return v.isBool() ||
               fail(QCoreApplication::translate("suyuan", "%1: must be true or false").arg(path));
    }
    bool minItems(const QJsonArray& a, qsizetype n, const QString& path)
    {
        return a.size() >= n ||
               fail(QCoreApplication::translate("suyuan", "%1: must not be empty").arg(path));
    }

    bool uri(const QJsonValue& v, const QString& path)
    {
        return string(v, path) &&
               (EpcisValidator::isUri(v.toString()) ||
                fail(QCoreApplication::translate(
                         "suyuan", "%1: must be a URI (a scheme such as urn: or https:, then URI characters)")
                         .arg(path)));
    }

    bool time(const QJsonValue& v, const QString& path)
    {
        return string(v, path) &&
               (EpcisValidator::isDateTime(v.toString()) ||
                fail(QCoreApplication::translate("suyuan",
                                                 "%1: must be a date and time with Z or a UTC offset (RFC "
                                                 "3339, such as 2026-02-10T08:30:00.000+08:00)")
                         .arg(path)));
    }

    bool timeZoneOffset(const QJsonValue& v, const QString& path)
    {
        static const QRegularExpression re(QStringLiteral("^([+]|[-])((0[0-9]|1[0-3]):([0-5][0-9])|14:00)$"));
        return string(v, path) &&
               (re.match(v.toString()).hasMatch() ||
                fail(QCoreApplication::translate(
                         "suyuan", "%1: must be a UTC offset from -14:00 to +14:00, such as +08:00")
                         .arg(path)));
    }

    bool oneOf(const QJsonValue& v, const Words& words, const QString& path)
    {
        return string(v, path) &&
               (contains(words, v.toString()) ||
                fail(
                    QCoreApplication::translate("suyuan", "%1: must be one of %2").arg(path, joined(words))));
    }

    // A CBV word, or a URI that does not spell a CBV value in a namespace the schema
    // reserves ("vocab-other-uri").
    bool cbvOrUri(const QJsonValue& v, const Words& words, const QString& path)
    {
        if (!string(v, path)) {
            return false;
        }
        const QString s = v.toString();
        if (contains(words, s)) {
            return true;
        }
        if (isReservedCbvUri(s)) {
            return fail(
                QCoreApplication::translate(
                    "suyuan", "%1: write the CBV value as the bare word (%2), not as a URN or GS1 URI")
                    .arg(path, bareWord(s)));
        }
        return EpcisValidator::isUri(s) ||
               fail(QCoreApplication::translate("suyuan",
                                                "%1: \"%2\" is not a CBV 2.0 value; use one of %3, or a URI "
                                                "for a value of your own")
                        .arg(path, s, joined(words)));
    }

    // A GS1 value, or a URI outside the GS1 Web Vocabulary ("vocab-nonGS1WebVoc-uri").
    bool gs1OrUri(const QJsonValue& v, const Words& words, const QString& path)
    {
        if (!string(v, path)) {
            return false;
        }
        const QString s = v.toString();
        if (contains(words, s) || (EpcisValidator::isUri(s) && !isGs1WebVocUri(s))) {
            return true;
        }
        return fail(
            QCoreApplication::translate(
                "suyuan", "%1: \"%2\" is not a GS1 value; use one of %3, or a URI for a value of your own")
                .arg(path, s, joined(words)));
    }

    bool uriList(const QJsonValue& v, const QString& path, bool unique, qsizetype min = 0)
    {
        if (!array(v, path)) {
            return false;
        }
        const QJsonArray a = v.toArray();
        if (!minItems(a, min, path)) {
            return false;
        }
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString p = EpcisValidator::indexPath(path, i);
            if (!uri(a.at(i), p)) {
                return false;
            }
            if (unique && repeats(a, i)) {
                return fail(QCoreApplication::translate("suyuan", "%1: repeats an earlier element").arg(p));
            }
        }
        return true;
    }

    bool quantityElement(const QJsonValue& v, const QString& path)
    {
        if (!object(v, path)) {
            return false;
        }
        const QJsonObject o = v.toObject();
        if (!o.contains(QLatin1String("epcClass"))) {
            return required(EpcisValidator::memberPath(path, key("epcClass")));
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString p = EpcisValidator::memberPath(path, it.key());
            if (it.key() == QLatin1String("epcClass")) {
                if (!uri(it.value(), p)) {
                    return false;
                }
            } else if (it.key() == QLatin1String("quantity")) {
                if (!number(it.value(), p)) {
                    return false;
                }
            } else if (it.key() == QLatin1String("uom")) {
                if (!uom(it.value(), p)) {
                    return false;
                }
            } else {
                return unexpected(p);
            }
        }
        return true;
    }

    bool uom(const QJsonValue& v, const QString& path)
    {
        static const QRegularExpression re(QStringLiteral("^[A-Z0-9]{2,3}$"));
        return string(v, path) &&
               (re.match(v.toString()).hasMatch() ||
                fail(QCoreApplication::translate(
                         "suyuan",
                         "%1: must be a unit code of 2 or 3 capital letters or digits (UN/ECE Rec 20, "
                         "such as KGM)")
                         .arg(path)));
    }

    bool quantityList(const QJsonValue& v, const QString& path)
    {
        if (!array(v, path)) {
            return false;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!quantityElement(a.at(i), EpcisValidator::indexPath(path, i))) {
                return false;
            }
        }
        return true;
    }

    // readPoint, bizLocation: an object with an id; further members are extensions.
    bool idObject(const QJsonValue& v, const QString& path)
    {
        if (!object(v, path)) {
            return false;
        }
        const QJsonObject o = v.toObject();
        if (!o.contains(QLatin1String("id"))) {
            return required(EpcisValidator::memberPath(path, key("id")));
        }
        return uri(o.value(QLatin1String("id")), EpcisValidator::memberPath(path, key("id")));
    }

    bool bizTransactionList(const QJsonValue& v, const QString& path, qsizetype min)
    {
        if (!array(v, path)) {
            return false;
        }
        const QJsonArray a = v.toArray();
        if (!minItems(a, min, path)) {
            return false;
        }
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString p = EpcisValidator::indexPath(path, i);
            if (!object(a.at(i), p)) {
                return false;
            }
            const QJsonObject o = a.at(i).toObject();
            if (!o.contains(QLatin1String("bizTransaction"))) {
                return required(EpcisValidator::memberPath(p, key("bizTransaction")));
            }
            for (auto it = o.begin(); it != o.end(); ++it) {
                const QString mp = EpcisValidator::memberPath(p, it.key());
                if (it.key() == QLatin1String("bizTransaction")) {
                    if (!uri(it.value(), mp)) {
                        return false;
                    }
                } else if (it.key() == QLatin1String("type")) {
                    if (!cbvOrUri(it.value(), kBizTransactionTypes, mp)) {
                        return false;
                    }
                } else {
                    return unexpected(mp);
                }
            }
        }
        return true;
    }

    // sourceList / destinationList: elements {type, source} / {type, destination}.
    bool sourceDestList(const QJsonValue& v, const QString& path, const QString& member)
    {
        if (!array(v, path)) {
            return false;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString p = EpcisValidator::indexPath(path, i);
            if (!object(a.at(i), p)) {
                return false;
            }
            const QJsonObject o = a.at(i).toObject();
            for (const QString& req : {QStringLiteral("type"), member}) {
                if (!o.contains(req)) {
                    return required(EpcisValidator::memberPath(p, req));
                }
            }
            for (auto it = o.begin(); it != o.end(); ++it) {
                const QString mp = EpcisValidator::memberPath(p, it.key());
                if (it.key() == member) {
                    if (!uri(it.value(), mp)) {
                        return false;
                    }
                } else if (it.key() == QLatin1String("type")) {
                    if (!cbvOrUri(it.value(), kSourceDestTypes, mp)) {
                        return false;
                    }
                } else {
                    return unexpected(mp);
                }
            }
        }
        return true;
    }

    bool dispositionList(const QJsonValue& v, const QString& path)
    {
        if (!array(v, path)) {
            return false;
        }
        const QJsonArray a = v.toArray();
        if (!minItems(a, 1, path)) {
            return false;
        }
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString p = EpcisValidator::indexPath(path, i);
            if (!cbvOrUri(a.at(i), kDispositions, p)) {
                return false;
            }
            if (repeats(a, i)) {
                return fail(QCoreApplication::translate("suyuan", "%1: repeats an earlier element").arg(p));
            }
        }
        return true;
    }

    bool persistentDisposition(const QJsonValue& v, const QString& path)
    {
        if (!object(v, path)) {
            return false;
        }
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString p = EpcisValidator::memberPath(path, it.key());
            if (it.key() != QLatin1String("set") && it.key() != QLatin1String("unset")) {
                return unexpected(p);
            }
            if (!dispositionList(it.value(), p)) {
                return false;
            }
        }
        return !o.isEmpty() ||
               fail(QCoreApplication::translate("suyuan", "%1: needs set or unset (or both)").arg(path));
    }

    // Member names of objects whose other members must be extensions named by URIs.
    bool extensionName(const QString& name, const QString& path)
    {
        return EpcisValidator::isUri(name) || unknownMember(path);
    }

    bool sensorMetadata(const QJsonValue& v, const QString& path)
    {
        if (!object(v, path)) {
            return false;
        }
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString p = EpcisValidator::memberPath(path, it.key());
            const QString& k = it.key();
            bool ok = true;
            if (contains({"time", "startTime", "endTime"}, k)) {
                ok = time(it.value(), p);
            } else if (contains({"deviceID", "deviceMetadata", "rawData", "dataProcessingMethod", "bizRules"},
                                k)) {
                ok = uri(it.value(), p);
            } else {
                ok = extensionName(k, p);
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    bool sensorReport(const QJsonValue& v, const QString& path)
    {
        if (!object(v, path)) {
            return false;
        }
        const QJsonObject o = v.toObject();
        if (!o.contains(QLatin1String("type"))) {
            return required(EpcisValidator::memberPath(path, key("type")));
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString p = EpcisValidator::memberPath(path, it.key());
            const QString& k = it.key();
            const QJsonValue& value = it.value();
            bool ok = true;
            if (k == QLatin1String("type")) {
                ok = gs1OrUri(value, kMeasurementTypes, p);
            } else if (k == QLatin1String("exception")) {
                ok = gs1OrUri(value, kSensorAlertTypes, p);
            } else if (contains({"deviceID", "deviceMetadata", "rawData", "dataProcessingMethod", "bizRules",
                                 "microorganism", "chemicalSubstance", "coordinateReferenceSystem",
                                 "uriValue"},
                                k)) {
                ok = uri(value, p);
            } else if (k == QLatin1String("time")) {
                ok = time(value, p);
            } else if (contains(
                           {"value", "minValue", "maxValue", "meanValue", "sDev", "percRank", "percValue"},
                           k)) {
                ok = number(value, p);
            } else if (k == QLatin1String("component")) {
                ok = cbvOrUri(value, kComponents, p);
            } else if (k == QLatin1String("stringValue") || k == QLatin1String("uom")) {
                ok = string(value, p);
            } else if (k == QLatin1String("booleanValue")) {
                ok = boolean(value, p);
            } else if (k == QLatin1String("hexBinaryValue")) {
                static const QRegularExpression hex(QStringLiteral("^[A-Fa-f0-9]+$"));
                ok = string(value, p) &&
                     (hex.match(value.toString()).hasMatch() ||
                      fail(QCoreApplication::translate("suyuan", "%1: must be hexadecimal digits").arg(p)));
            } else {
                ok = extensionName(k, p);
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    bool sensorElementList(const QJsonValue& v, const QString& path)
    {
        if (!array(v, path)) {
            return false;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString p = EpcisValidator::indexPath(path, i);
            if (!object(a.at(i), p)) {
                return false;
            }
            const QJsonObject o = a.at(i).toObject();
            if (!o.contains(QLatin1String("sensorReport"))) {
                return required(EpcisValidator::memberPath(p, key("sensorReport")));
            }
            for (auto it = o.begin(); it != o.end(); ++it) {
                const QString mp = EpcisValidator::memberPath(p, it.key());
                bool ok = true;
                if (it.key() == QLatin1String("sensorMetadata")) {
                    ok = sensorMetadata(it.value(), mp);
                } else if (it.key() == QLatin1String("sensorReport")) {
                    ok = array(it.value(), mp) && minItems(it.value().toArray(), 1, mp);
                    const QJsonArray reports = it.value().toArray();
                    for (qsizetype r = 0; ok && r < reports.size(); ++r) {
                        ok = sensorReport(reports.at(r), EpcisValidator::indexPath(mp, r));
                    }
                } else {
                    ok = extensionName(it.key(), mp);
                }
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    bool errorDeclaration(const QJsonValue& v, const QString& path)
    {
        if (!object(v, path)) {
            return false;
        }
        const QJsonObject o = v.toObject();
        if (!o.contains(QLatin1String("declarationTime"))) {
            return required(EpcisValidator::memberPath(path, key("declarationTime")));
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString p = EpcisValidator::memberPath(path, it.key());
            bool ok = true;
            if (it.key() == QLatin1String("declarationTime")) {
                ok = time(it.value(), p);
            } else if (it.key() == QLatin1String("reason")) {
                ok = cbvOrUri(it.value(), kErrorReasons, p);
            } else if (it.key() == QLatin1String("correctiveEventIDs")) {
                ok = uriList(it.value(), p, false);
            } else {
                ok = extensionName(it.key(), p);
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    bool certificationInfo(const QJsonValue& v, const QString& path)
    {
        return v.isArray() ? uriList(v, path, false) : uri(v, path);
    }

    bool ilmd(const QJsonValue& v, const QString& path)
    {
        if (!object(v, path)) {
            return false;
        }
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!extensionName(it.key(), EpcisValidator::memberPath(path, it.key()))) {
                return false;
            }
        }
        return true;
    }

    // "@context": a URI, an object, or an array of distinct URIs and objects.
    bool context(const QJsonValue& v, const QString& path)
    {
        if (v.isObject()) {
            return true;
        }
        if (v.isString()) {
            return uri(v, path);
        }
        if (!v.isArray()) {
            return fail(
                QCoreApplication::translate("suyuan", "%1: must be a URI, an object, or an array of them")
                    .arg(path));
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString p = EpcisValidator::indexPath(path, i);
            if (!a.at(i).isObject() && !a.at(i).isString()) {
                return fail(QCoreApplication::translate("suyuan", "%1: must be a URI or an object").arg(p));
            }
            if (a.at(i).isString() && !uri(a.at(i), p)) {
                return false;
            }
            if (repeats(a, i)) {
                return fail(QCoreApplication::translate("suyuan", "%1: repeats an earlier element").arg(p));
            }
        }
        return true;
    }

    bool eventMember(const QString& type, const QString& name, const QJsonValue& v, const QString& p)
    {
        const auto is = [&name](const char* n) { return name == QLatin1String(n); };
        if (is("@context")) {
            return context(v, p);
        }
        if (is("eventTime") || is("recordTime")) {
            return time(v, p);
        }
        if (is("eventTimeZoneOffset")) {
            return timeZoneOffset(v, p);
        }
        if (is("eventID") || is("parentID") || is("transformationID")) {
            return uri(v, p);
        }
        if (is("certificationInfo")) {
            return certificationInfo(v, p);
        }
        if (is("errorDeclaration")) {
            return errorDeclaration(v, p);
        }
        if (is("action")) {
            return oneOf(v, kActions, p);
        }
        if (is("epcList")) {
            // The schema's epcList definition (ObjectEvent) has distinct items; the
            // TransactionEvent's own epcList does not.
            return uriList(v, p, type == QLatin1String("ObjectEvent"));
        }
        if (is("inputEPCList") || is("outputEPCList")) {
            return uriList(v, p, true);
        }
        if (is("childEPCs")) {
            return uriList(v, p, false);
        }
        if (is("quantityList") || is("childQuantityList") || is("inputQuantityList") ||
            is("outputQuantityList")) {
            return quantityList(v, p);
        }
        if (is("bizStep")) {
            return cbvOrUri(v, kBizSteps, p);
        }
        if (is("disposition")) {
            return cbvOrUri(v, kDispositions, p);
        }
        if (is("persistentDisposition")) {
            return persistentDisposition(v, p);
        }
        if (is("readPoint") || is("bizLocation")) {
            return idObject(v, p);
        }
        if (is("bizTransactionList")) {
            return bizTransactionList(v, p, type == QLatin1String("TransactionEvent") ? 1 : 0);
        }
        if (is("sourceList")) {
            return sourceDestList(v, p, QStringLiteral("source"));
        }
        if (is("destinationList")) {
            return sourceDestList(v, p, QStringLiteral("destination"));
        }
        if (is("sensorElementList")) {
            return sensorElementList(v, p);
        }
        if (is("ilmd")) {
            return ilmd(v, p);
        }
        return true; // "type" was checked before
    }

    // What the schema's anyOf branches ask of each event type.
    bool eventShape(const QString& type, const QJsonObject& e, const QString& path)
    {
        const auto nonEmpty = [&e](const char* name) {
            return !e.value(QLatin1String(name)).toArray().isEmpty();
        };
        const QString action = e.value(QLatin1String("action")).toString();
        if (type == QLatin1String("ObjectEvent")) {
            if (!e.contains(QLatin1String("epcList")) && !nonEmpty("quantityList") &&
                !(nonEmpty("sensorElementList") && e.contains(QLatin1String("readPoint")))) {
                return fail(QCoreApplication::translate(
                                "suyuan", "%1: an ObjectEvent needs an epcList, a non-empty "
                                          "quantityList, or a sensorElementList with a readPoint")
                                .arg(path));
            }
            if (e.contains(QLatin1String("ilmd")) && action != QLatin1String("ADD")) {
                return fail(QCoreApplication::translate("suyuan", "%1: is only allowed when action is ADD")
                                .arg(EpcisValidator::memberPath(path, key("ilmd"))));
            }
        } else if (type == QLatin1String("AggregationEvent") || type == QLatin1String("AssociationEvent")) {
            if (action != QLatin1String("DELETE") && !nonEmpty("childEPCs") &&
                !nonEmpty("childQuantityList")) {
                return fail(QCoreApplication::translate(
                                "suyuan",
                                "%1: needs a non-empty childEPCs or childQuantityList unless action is "
                                "DELETE")
                                .arg(path));
            }
        } else if (type == QLatin1String("TransactionEvent")) {
            if (action != QLatin1String("DELETE") && !e.contains(QLatin1String("epcList")) &&
                !nonEmpty("quantityList")) {
                return fail(QCoreApplication::translate(
                                "suyuan", "%1: needs an epcList or a non-empty quantityList unless action is "
                                          "DELETE")
                                .arg(path));
            }
        } else if (type == QLatin1String("TransformationEvent")) {
            const bool in = nonEmpty("inputEPCList") || nonEmpty("inputQuantityList");
            const bool out = nonEmpty("outputEPCList") || nonEmpty("outputQuantityList");
            if (!(in && out) && !(e.contains(QLatin1String("transformationID")) && (in || out))) {
                return fail(QCoreApplication::translate(
                                "suyuan", "%1: a TransformationEvent needs inputs and outputs, or a "
                                          "transformationID with inputs or outputs")
                                .arg(path));
            }
        }
        return true;
    }

    // A record holds numbers as IEEE 754 doubles (docs/record-format.md).
    bool exactNumbers(const QJsonValue& v, const QString& path)
    {
        if (v.isDouble()) {
            const double d = v.toDouble();
            const bool tooLarge = std::isfinite(d) && std::abs(d) > kMaxExactInteger && d == std::floor(d);
            const bool lost = v.toVariant().typeId() == QMetaType::LongLong &&
                              std::abs(static_cast<double>(v.toInteger())) > kMaxExactInteger;
            return !(tooLarge || lost) ||
                   fail(QCoreApplication::translate("suyuan",
                                                    "%1: is too large to be stored exactly (integers up to "
                                                    "2^53 - 1); write it as a string")
                            .arg(path));
        }
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                if (!exactNumbers(a.at(i), EpcisValidator::indexPath(path, i))) {
                    return false;
                }
            }
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (!exactNumbers(it.value(), EpcisValidator::memberPath(path, it.key()))) {
                    return false;
                }
            }
        }
        return true;
    }

    bool event(const QJsonValue& v, const QString& path)
    {
        if (!object(v, path)) {
            return false;
        }
        const QJsonObject e = v.toObject();
        const QString typePath = EpcisValidator::memberPath(path, key("type"));
        if (!e.contains(QLatin1String("type"))) {
            return required(typePath);
        }
        if (!string(e.value(QLatin1String("type")), typePath)) {
            return false;
        }
        const QString type = e.value(QLatin1String("type")).toString();
        const EventRules* rules = nullptr;
        for (const EventRules& r : kEventRules) {
            if (type == r.type) {
                rules = &r;
            }
        }
        if (!rules) {
            return fail(QCoreApplication::translate("suyuan",
                                                    "%1: unknown event type \"%2\"; expected ObjectEvent, "
                                                    "AggregationEvent, TransformationEvent, AssociationEvent "
                                                    "or TransactionEvent")
                            .arg(typePath, type));
        }
        for (const QString& req : rules->required) {
            if (!e.contains(req)) {
                return required(EpcisValidator::memberPath(path, req));
            }
        }
        for (auto it = e.begin(); it != e.end(); ++it) {
            const QString p = EpcisValidator::memberPath(path, it.key());
            if (contains(kCommonMembers, it.key()) || contains(rules->members, it.key())) {
                if (!eventMember(type, it.key(), it.value(), p)) {
                    return false;
                }
            } else if (!extensionName(it.key(), p)) {
                return false;
            }
        }
        return eventShape(type, e, path) && exactNumbers(e, path);
    }

    bool vocabulary(const QJsonValue& v, const QString& path)
    {
        if (!object(v, path)) {
            return false;
        }
        const QJsonObject o = v.toObject();
        if (!o.contains(QLatin1String("type"))) {
            return required(EpcisValidator::memberPath(path, key("type")));
        }
        if (!uri(o.value(QLatin1String("type")), EpcisValidator::memberPath(path, key("type")))) {
            return false;
        }
        if (!o.contains(QLatin1String("vocabularyElementList"))) {
            return true;
        }
        const QString listPath = EpcisValidator::memberPath(path, key("vocabularyElementList"));
        const QJsonValue list = o.value(QLatin1String("vocabularyElementList"));
        if (!array(list, listPath)) {
            return false;
        }
        for (qsizetype i = 0; i < list.toArray().size(); ++i) {
            const QString p = EpcisValidator::indexPath(listPath, i);
            const QJsonValue element = list.toArray().at(i);
            if (!object(element, p)) {
                return false;
            }
            const QJsonObject el = element.toObject();
            if (!el.contains(QLatin1String("id"))) {
                return required(EpcisValidator::memberPath(p, key("id")));
            }
            if (!uri(el.value(QLatin1String("id")), EpcisValidator::memberPath(p, key("id")))) {
                return false;
            }
            if (el.contains(QLatin1String("children")) &&
                !uriList(el.value(QLatin1String("children")), EpcisValidator::memberPath(p, key("children")),
                         false)) {
                return false;
            }
            if (!el.contains(QLatin1String("attributes"))) {
                continue;
            }
            const QString attrsPath = EpcisValidator::memberPath(p, key("attributes"));
            const QJsonValue attrs = el.value(QLatin1String("attributes"));
            if (!array(attrs, attrsPath)) {
                return false;
            }
            for (qsizetype a = 0; a < attrs.toArray().size(); ++a) {
                const QString ap = EpcisValidator::indexPath(attrsPath, a);
                const QJsonValue attr = attrs.toArray().at(a);
                if (!object(attr, ap)) {
                    return false;
                }
                const QJsonObject at = attr.toObject();
                if (!at.contains(QLatin1String("id"))) {
                    return required(EpcisValidator::memberPath(ap, key("id")));
                }
                if (!uri(at.value(QLatin1String("id")), EpcisValidator::memberPath(ap, key("id")))) {
                    return false;
                }
                const QJsonValue value = at.value(QLatin1String("attribute"));
                if (at.contains(QLatin1String("attribute")) && !value.isDouble() && !value.isString() &&
                    !value.isObject()) {
                    return fail(
                        QCoreApplication::translate("suyuan", "%1: must be a number, a string or an object")
                            .arg(EpcisValidator::memberPath(ap, key("attribute"))));
                }
            }
        }
        return true;
    }

    bool header(const QJsonValue& v, const QString& path)
    {
        if (!object(v, path)) {
            return false;
        }
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString p = EpcisValidator::memberPath(path, it.key());
            if (it.key() != QLatin1String("epcisMasterData")) {
                if (!extensionName(it.key(), p)) {
                    return false;
                }
                continue;
            }
            if (!object(it.value(), p)) {
                return false;
            }
            const QJsonObject md = it.value().toObject();
            if (!md.contains(QLatin1String("vocabularyList"))) {
                continue;
            }
            const QString lp = EpcisValidator::memberPath(p, key("vocabularyList"));
            const QJsonValue list = md.value(QLatin1String("vocabularyList"));
            if (!array(list, lp)) {
                return false;
            }
            for (qsizetype i = 0; i < list.toArray().size(); ++i) {
                if (!vocabulary(list.toArray().at(i), EpcisValidator::indexPath(lp, i))) {
                    return false;
                }
            }
        }
        return true;
    }

    bool body(const QJsonValue& v, const QString& path)
    {
        if (!object(v, path)) {
            return false;
        }
        const QJsonObject o = v.toObject();
        const QString listPath = EpcisValidator::memberPath(path, key("eventList"));
        if (!o.contains(QLatin1String("eventList"))) {
            return required(listPath);
        }
        const QJsonValue list = o.value(QLatin1String("eventList"));
        if (!array(list, listPath)) {
            return false;
        }
        const QJsonArray events = list.toArray();
        for (qsizetype i = 0; i < events.size(); ++i) {
            if (!event(events.at(i), EpcisValidator::indexPath(listPath, i))) {
                return false;
            }
        }
        return true;
    }

    bool document(const QJsonObject& d)
    {
        const QString root = QStringLiteral("$");
        const QString typePath = EpcisValidator::memberPath(root, key("type"));
        if (!d.contains(QLatin1String("type"))) {
            return required(typePath);
        }
        if (d.value(QLatin1String("type")) != QJsonValue(QStringLiteral("EPCISDocument"))) {
            return fail(QCoreApplication::translate("suyuan", "%1: must be \"EPCISDocument\"").arg(typePath));
        }
        for (const char* req : {"@context", "schemaVersion", "creationDate", "epcisBody"}) {
            if (!d.contains(QLatin1String(req))) {
                return required(EpcisValidator::memberPath(root, key(req)));
            }
        }
        static const QRegularExpression version(QStringLiteral("^[0-9]+(\\.[0-9]+)*$"));
        for (auto it = d.begin(); it != d.end(); ++it) {
            const QString p = EpcisValidator::memberPath(root, it.key());
            const QString& k = it.key();
            bool ok = true;
            if (k == QLatin1String("type")) {
                continue;
            } else if (k == QLatin1String("@context")) {
                ok = context(it.value(), p);
            } else if (k == QLatin1String("id")) {
                ok = uri(it.value(), p);
            } else if (k == QLatin1String("schemaVersion")) {
                ok = string(it.value(), p) &&
                     (version.match(it.value().toString()).hasMatch() ||
                      fail(QCoreApplication::translate("suyuan", "%1: must be a version number such as 2.0")
                               .arg(p)));
            } else if (k == QLatin1String("creationDate")) {
                ok = time(it.value(), p);
            } else if (contains({"instanceIdentifier", "sender", "receiver"}, k)) {
                ok = string(it.value(), p);
            } else if (k == QLatin1String("epcisHeader")) {
                ok = header(it.value(), p);
            } else if (k == QLatin1String("epcisBody")) {
                ok = body(it.value(), p);
            } else {
                ok = extensionName(k, p);
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

private:
    Status m_status;
};

} // namespace

Status EpcisValidator::validateDocument(const QJsonObject& document) const
{
    Checker checker;
    checker.document(document);
    return checker.status();
}

Status EpcisValidator::validateEvent(const QJsonObject& event, const QString& path) const
{
    Checker checker;
    checker.event(event, path);
    return checker.status();
}

QStringList EpcisValidator::eventTypes()
{
    QStringList out;
    for (const EventRules& r : kEventRules) {
        out << r.type;
    }
    return out;
}

bool EpcisValidator::isUri(QStringView s)
{
    // RFC 3986 "URI": scheme ":" hier-part [ "?" query ] [ "#" fragment ], ASCII only.
    if (s.isEmpty() || !isAsciiAlpha(s.front())) {
        return false;
    }
    qsizetype i = 1;
    while (i < s.size() && (isAsciiAlpha(s[i]) || isAsciiDigit(s[i]) || s[i] == QLatin1Char('+') ||
                            s[i] == QLatin1Char('-') || s[i] == QLatin1Char('.'))) {
        ++i;
    }
    if (i >= s.size() || s[i] != QLatin1Char(':')) {
        return false;
    }
    QStringView rest = s.mid(i + 1);
    if (const qsizetype hash = rest.indexOf(QLatin1Char('#')); hash >= 0) {
        if (!uriChars(rest.mid(hash + 1), QLatin1String(":@/?"))) {
            return false;
        }
        rest = rest.left(hash);
    }
    if (const qsizetype question = rest.indexOf(QLatin1Char('?')); question >= 0) {
        if (!uriChars(rest.mid(question + 1), QLatin1String(":@/?"))) {
            return false;
        }
        rest = rest.left(question);
    }
    if (rest.startsWith(QLatin1String("//"))) {
        rest = rest.mid(2);
        const qsizetype slash = rest.indexOf(QLatin1Char('/'));
        if (!isAuthority(slash < 0 ? rest : rest.left(slash))) {
            return false;
        }
        rest = slash < 0 ? QStringView() : rest.mid(slash);
    }
    return uriChars(rest, QLatin1String(":@/"));
}

bool EpcisValidator::isDateTime(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):"
                       "([0-9]{2})(\\.[0-9]+)?([Zz]|[+-]([0-9]{2}):([0-9]{2}))$"));
    const QRegularExpressionMatch m = re.match(text.toString());
    if (!m.hasMatch()) {
        return false;
    }
    const auto n = [&m](int i) { return m.capturedView(i).toInt(); };
    if (!QDate::isValid(n(1), n(2), n(3)) || n(4) > 23 || n(5) > 59 || n(6) > 60) { // 60: a leap second
        return false;
    }
    return !m.hasCaptured(9) || (n(9) <= 23 && n(10) <= 59);
}

QString EpcisValidator::memberPath(const QString& path, const QString& name)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_@$][A-Za-z0-9_@$]*$"));
    if (identifier.match(name).hasMatch()) {
        return path + QLatin1Char('.') + name;
    }
    // ["name"], quoted as JSON.
    return path + QString::fromUtf8(QJsonDocument(QJsonArray{name}).toJson(QJsonDocument::Compact));
}

QString EpcisValidator::indexPath(const QString& path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace suyuan::trace
