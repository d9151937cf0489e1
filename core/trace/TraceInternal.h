#pragma once

// Helpers shared by the files that implement TraceService (not part of its interface).

#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace suyuan::trace {

struct Portion;

namespace detail {

inline Error invalid(const QString& message)
{
    return Error(ErrorCode::InvalidArgument, message);
}

QJsonArray quantityList(const QList<Portion>& portions);
// (type, id) pairs: po, desadv, recadv, bol … (CBV short names) and the document number.
QJsonArray bizTransactionList(const QList<QPair<QString, QString>>& transactions);

inline QJsonObject idObject(const QString& id)
{
    return QJsonObject{{QStringLiteral("id"), id}};
}

// Master data keys become URIs inside events so that EPCIS consumers can dereference them.
inline QString locationUri(const QString& key)
{
    return key.contains(QLatin1Char(':')) ? key : QStringLiteral("urn:suyuan:location:") + key;
}

inline QString partyUri(const QString& key)
{
    return key.contains(QLatin1Char(':')) ? key : QStringLiteral("urn:suyuan:party:") + key;
}

} // namespace detail
} // namespace suyuan::trace
