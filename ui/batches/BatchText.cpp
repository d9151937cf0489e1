#include "BatchText.h"

#include "trace/Gs1.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace suyuan::ui {

namespace {
const QString kPartyPrefix = QStringLiteral("urn:suyuan:party:");
const QString kLocationPrefix = QStringLiteral("urn:suyuan:location:");
const QString kNodePrefix = QStringLiteral("urn:suyuan:node:");

bool stepIs(const QString& bizStep, const char* name)
{
    // CBV terms arrive as bare words, URNs or Web URIs (…/BizStep-shipping); ours as URIs.
    const QLatin1String word(name);
    return bizStep == word || bizStep.endsWith(QLatin1Char('-') + word) ||
           bizStep.endsWith(QLatin1Char(':') + word) || bizStep.endsWith(QLatin1Char('/') + word);
}
} // namespace

QString BatchText::statusText(const QString& status)
{
    if (status == QLatin1String("active")) {
        return tr("In stock");
    }
    if (status == QLatin1String("in_transit")) {
        return tr("In transit");
    }
    if (status == QLatin1String("recalled")) {
        return tr("Recalled");
    }
    if (status == QLatin1String("destroyed")) {
        return tr("Destroyed");
    }
    if (status == QLatin1String("sold")) {
        return tr("Sold out");
    }
    if (status == QLatin1String("withdrawn")) {
        return tr("Withdrawn");
    }
    return status;
}

QStringList BatchText::statuses()
{
    return {QStringLiteral("active"),    QStringLiteral("in_transit"), QStringLiteral("recalled"),
            QStringLiteral("destroyed"), QStringLiteral("sold"),       QStringLiteral("withdrawn")};
}

QString BatchText::unitText(const QString& code)
{
    if (code == QLatin1String("KGM")) {
        return tr("kg");
    }
    if (code == QLatin1String("TNE")) {
        return tr("t");
    }
    if (code == QLatin1String("GRM")) {
        return tr("g");
    }
    if (code == QLatin1String("LTR")) {
        return tr("L");
    }
    if (code == QLatin1String("MLT")) {
        return tr("mL");
    }
    if (code == QLatin1String("H87")) {
        return tr("pcs");
    }
    return gs1::unitName(code);
}

QString BatchText::quantityText(double quantity, const QString& unit)
{
    return tr("%1 %2").arg(QLocale().toString(quantity, 'f', QLocale::FloatingPointShortest), unitText(unit));
}

QString BatchText::roleText(const QString& role)
{
    if (role == QLatin1String("object")) {
        return tr("this batch");
    }
    if (role == QLatin1String("input")) {
        return tr("input");
    }
    if (role == QLatin1String("output")) {
        return tr("output");
    }
    if (role == QLatin1String("child")) {
        return tr("packed");
    }
    if (role == QLatin1String("parent")) {
        return tr("container");
    }
    if (role == QLatin1String("correction")) {
        return tr("correction");
    }
    if (role == QLatin1String("origin")) {
        return tr("on the origin plot");
    }
    return role;
}

BatchText::EventKind BatchText::eventKind(const trace::EventInfo& e)
{
    const auto kind = [](const QString& name, QRgb color) {
        return EventKind{name, name.left(1).toUpper(), QColor::fromRgb(color)};
    };
    if (e.role == QLatin1String("correction")) {
        return kind(tr("Correction"), 0xE65100);
    }
    if (e.disposition.endsWith(QLatin1String("recalled"))) {
        return kind(tr("Recall"), 0xC62828);
    }
    if (e.type == QLatin1String("TransformationEvent")) {
        return kind(tr("Processing"), 0x6A1B9A);
    }
    if (e.type == QLatin1String("AggregationEvent")) {
        return e.action == QLatin1String("DELETE") ? kind(tr("Unpacking"), 0x795548)
                                                   : kind(tr("Packing"), 0x8D6E63);
    }
    if (stepIs(e.bizStep, "destroying") || e.disposition.endsWith(QLatin1String("destroyed"))) {
        return kind(tr("Destroyed"), 0x616161);
    }
    if (stepIs(e.bizStep, "retail_selling")) {
        return kind(tr("Sale"), 0x455A64);
    }
    if (stepIs(e.bizStep, "shipping")) {
        return kind(tr("Shipping"), 0x1565C0);
    }
    if (stepIs(e.bizStep, "receiving")) {
        return kind(tr("Receiving"), 0x0277BD);
    }
    if (stepIs(e.bizStep, "field_work")) {
        return kind(tr("Field work"), 0x558B2F);
    }
    if (stepIs(e.bizStep, "inspecting")) {
        return kind(tr("Inspection"), 0x00796B);
    }
    if (stepIs(e.bizStep, "sampling")) {
        return kind(tr("Lab test"), 0x00838F);
    }
    if (stepIs(e.bizStep, "commissioning") && e.action == QLatin1String("ADD")) {
        return kind(tr("Harvest"), 0x2E7D32);
    }
    return kind(tr("Event"), 0x757575);
}

QString BatchText::transportText(const QJsonObject& transport)
{
    QStringList parts;
    const QString mode = transport.value(QStringLiteral("suyuan:mode")).toString();
    if (mode == QLatin1String("road")) {
        parts << tr("by road");
    } else if (mode == QLatin1String("rail")) {
        parts << tr("by rail");
    } else if (mode == QLatin1String("water")) {
        parts << tr("by water");
    } else if (mode == QLatin1String("air")) {
        parts << tr("by air");
    } else if (mode == QLatin1String("express")) {
        parts << tr("by express parcel");
    } else if (!mode.isEmpty()) {
        parts << mode;
    }
    for (const char* key : {"suyuan:carrier", "suyuan:vehicle"}) {
        const QString value = transport.value(QLatin1String(key)).toString();
        if (!value.isEmpty()) {
            parts << value;
        }
    }
    if (transport.value(QStringLiteral("suyuan:coldChain")).toBool()) {
        parts << tr("cold chain");
    }
    return parts.join(QStringLiteral(" · "));
}

QIcon BatchText::badge(const QString& glyph, const QColor& color)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
        QFont font;
        font.setBold(true);
        font.setPixelSize(std::max(8, size * 9 / 16));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, glyph);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString BatchText::displayName(const QString& zh, const QString& en)
{
    if (zh.isEmpty()) {
        return en;
    }
    if (en.isEmpty() || en == zh) {
        return zh;
    }
    return tr("%1 %2").arg(zh, en);
}

QString BatchText::localTime(qint64 msSinceEpoch)
{
    const QLocale locale;
    return locale.toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toLocalTime(),
                           locale.dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm"));
}

void NameCache::load(trace::TraceService& trace)
{
    m_products.clear();
    m_parties.clear();
    m_locations.clear();
    m_productList.clear();
    m_partyList.clear();
    if (auto products = trace.products(); products) {
        m_productList = products.value();
        for (const trace::Product& p : std::as_const(m_productList)) {
            m_products.insert(p.key, p);
        }
    }
    if (auto parties = trace.parties(); parties) {
        m_partyList = parties.value();
        for (const trace::Party& p : std::as_const(m_partyList)) {
            m_parties.insert(kPartyPrefix + p.key, p.nameZh.isEmpty() ? p.nameEn : p.nameZh);
        }
    }
    if (auto locations = trace.locations(); locations) {
        for (const trace::Location& l : locations.value()) {
            m_locations.insert(kLocationPrefix + l.key, l.nameZh.isEmpty() ? l.nameEn : l.nameZh);
        }
    }
    Ledger& ledger = trace.ledger();
    m_parties.insert(kNodePrefix + ledger.nodeId(), ledger.organisationName());
    if (auto authors = ledger.authors(); authors) {
        for (const AuthorInfo& a : authors.value()) {
            if (!a.name.isEmpty() && a.status != AuthorStatus::Self) {
                m_parties.insert(kNodePrefix + a.nodeId, a.name);
            }
        }
    }
}

QString NameCache::productName(const QString& key) const
{
    const auto it = m_products.constFind(key);
    return it == m_products.cend() ? key : BatchText::displayName(it->nameZh, it->nameEn);
}

QString NameCache::shortProductName(const QString& key) const
{
    const auto it = m_products.constFind(key);
    return it == m_products.cend() ? key : (it->nameZh.isEmpty() ? it->nameEn : it->nameZh);
}

std::optional<trace::Product> NameCache::product(const QString& key) const
{
    const auto it = m_products.constFind(key);
    return it == m_products.cend() ? std::nullopt : std::optional<trace::Product>(*it);
}

QString NameCache::partyName(const QString& uriOrKey) const
{
    if (uriOrKey.isEmpty()) {
        return {};
    }
    const QString uri = uriOrKey.contains(QLatin1Char(':')) ? uriOrKey : kPartyPrefix + uriOrKey;
    if (const auto it = m_parties.constFind(uri); it != m_parties.cend()) {
        return *it;
    }
    if (uri.startsWith(kNodePrefix)) {
        return BatchText::tr("node %1").arg(uri.mid(kNodePrefix.size()).left(9));
    }
    return uriOrKey;
}

QString NameCache::locationName(const QString& uriOrKey) const
{
    if (uriOrKey.isEmpty()) {
        return {};
    }
    const QString uri = uriOrKey.contains(QLatin1Char(':')) ? uriOrKey : kLocationPrefix + uriOrKey;
    const auto it = m_locations.constFind(uri);
    return it == m_locations.cend() ? uriOrKey : *it;
}

} // namespace suyuan::ui
