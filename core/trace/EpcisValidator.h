#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace suyuan::trace {

// Checks EPCIS 2.0 JSON / JSON-LD before it is imported, following the official GS1 schema
// (tests/data/epcis/EPCIS-JSON-Schema.json, JSON Schema draft 7) for everything that
// matters to a ledger that keeps events as they were given:
//
// - the document: type "EPCISDocument" (an EPCISQueryDocument is refused), @context,
//   schemaVersion, creationDate, epcisHeader, epcisBody.eventList, and no unknown members;
// - every event: type (one of the five EPCIS 2.0 event types), the members each type
//   requires (eventTime, eventTimeZoneOffset; action; parentID for AssociationEvent;
//   bizTransactionList for TransactionEvent), the type and shape of every member
//   (epcList strings, quantityList elements {epcClass, quantity number, uom}, readPoint /
//   bizLocation objects with an id, bizTransactionList / sourceList / destinationList
//   elements, persistentDisposition, sensorElementList, errorDeclaration,
//   certificationInfo, ilmd), the CBV words allowed for action, bizStep, disposition and
//   the type lists, and the rules that span members (an ObjectEvent names what it is
//   about, ilmd only with action ADD, a TransformationEvent has inputs and outputs …);
// - formats the schema names: "uri" (RFC 3986 absolute URI: a scheme, then only URI
//   characters and valid %XX escapes) and "date-time" (RFC 3339, with Z or an offset);
//   a member that is not an EPCIS member must be an extension named by a URI or a
//   compact IRI such as example:myField.
//
// Stricter than the schema on purpose: an event type that is not one of the five (the
// schema lets a URI-named extension event through) is refused because nothing here can
// interpret it, and an integral number beyond ±(2^53 − 1) is refused because a record
// cannot hold it exactly (docs/record-format.md).
//
// The first problem found is reported as ErrorCode::Malformed with a translated message
// "PATH: problem", PATH being a JSONPath such as $.epcisBody.eventList[2].quantityList[0].quantity.
// Members are visited in a fixed order (required members first, then the others sorted by
// name, then the rules that span members), so the same document always gives the same report.
class EpcisValidator
{
public:
    Status validateDocument(const QJsonObject& document) const;
    // One event, reported under path (e.g. "$" for an event on its own).
    Status validateEvent(const QJsonObject& event, const QString& path = QStringLiteral("$")) const;

    // The five EPCIS 2.0 event types, in the standard's order.
    static QStringList eventTypes();
    static bool isUri(QStringView text);
    static bool isDateTime(QStringView text);
    // JSONPath of a member / an array element below path, in the same spelling the
    // validator reports ($.a.b, $.a["example:x"], $.a[3]).
    static QString memberPath(const QString& path, const QString& name);
    static QString indexPath(const QString& path, qsizetype index);
};

} // namespace suyuan::trace
