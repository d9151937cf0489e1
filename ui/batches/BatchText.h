#pragma once

#include "trace/TraceService.h"

#include <QCoreApplication>
#include <QHash>
#include <QIcon>
#include <QJsonObject>
#include <QString>

namespace suyuan::ui {

// The words and names the batch list and the batch detail share: statuses, units, event
// kinds, and the people's names of the URIs inside batches and events (product, party,
// location, node). Names are read once per refresh (master data is small) and looked up
// from memory, so that a page of rows costs no query.
class BatchText
{
    Q_DECLARE_TR_FUNCTIONS(BatchText)

public:
    // A status of the projection (active, in_transit, recalled, destroyed, sold, withdrawn).
    static QString statusText(const QString& status);
    static QStringList statuses();
    // A UN/CEFACT unit code as a short symbol (kg, t, L …) or its name.
    static QString unitText(const QString& code);
    static QString quantityText(double quantity, const QString& unit);
    // The role of a batch in an event (object, input, output, child, parent, correction, origin).
    static QString roleText(const QString& role);

    // What an event was, in the operator's words, with a one-character badge for its icon.
    struct EventKind
    {
        QString name;
        QString glyph;
        QColor color;
    };
    static EventKind eventKind(const trace::EventInfo& event);
    static QIcon badge(const QString& glyph, const QColor& color);

    // A shipping event's suyuan:transport in words ("road · 渝A·12345 · cold chain").
    static QString transportText(const QJsonObject& transport);

    // Chinese name first when there is one ("奉节脐橙 Fengjie navel orange").
    static QString displayName(const QString& zh, const QString& en);
    // A local date and time, short format.
    static QString localTime(qint64 msSinceEpoch);
};

// Names of master data and nodes, read once from the TraceService.
class NameCache
{
public:
    void load(trace::TraceService& trace);
    QString productName(const QString& key) const;
    // The Chinese name alone when there is one, else the English one.
    QString shortProductName(const QString& key) const;
    std::optional<trace::Product> product(const QString& key) const;
    // A party, location or node URI (or a bare key) to a name; the input when unknown.
    QString partyName(const QString& uriOrKey) const;
    QString locationName(const QString& uriOrKey) const;
    const QList<trace::Product>& products() const { return m_productList; }
    const QList<trace::Party>& parties() const { return m_partyList; }

private:
    QHash<QString, trace::Product> m_products;
    QList<trace::Product> m_productList;
    QList<trace::Party> m_partyList;
    QHash<QString, QString> m_parties;   // party and node URIs → name
    QHash<QString, QString> m_locations; // location URIs → name
};

} // namespace suyuan::ui
