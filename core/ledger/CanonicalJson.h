#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace suyuan {

// Canonical JSON as in RFC 8785 (JCS): object members sorted by their UTF-16 code units,
// no insignificant whitespace, strings with minimal escaping, numbers in the shortest
// form that round-trips (ECMAScript Number.prototype.toString). Records are signed over
// these exact bytes.
QByteArray canonicalJson(const QJsonValue& value);

// True if the bytes parse as JSON and are already in canonical form. A record whose
// bytes are not canonical is malformed: one content, one byte string, one id.
bool isCanonicalJson(const QByteArray& bytes, QJsonValue* parsed = nullptr);

} // namespace suyuan
