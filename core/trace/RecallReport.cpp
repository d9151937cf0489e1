#include "RecallReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace suyuan::trace {

Result<RecallImpact> recallImpact(TraceService& trace, const QString& batchId)
{
    RecallImpact impact;
    auto origin = trace.batch(batchId);
    if (!origin) {
        return origin.error();
    }
    if (!origin->has_value()) {
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("suyuan", "There is no batch %1.").arg(batchId));
    }
    impact.origin = origin->value();
    impact.affected.append(impact.origin);
    auto edges = trace.downstream(batchId);
    if (!edges) {
        return edges.error();
    }
    QSet<QString> seen{batchId};
    for (const GenealogyEdge& e : edges.value()) {
        if (seen.contains(e.child)) {
            continue;
        }
        seen.insert(e.child);
        auto info = trace.batch(e.child);
        if (!info) {
            return info.error();
        }
        if (info->has_value()) {
            impact.affected.append(info->value());
        }
    }
    impact.generatedMs = trace.ledger().now();
    return impact;
}

QByteArray recallCsv(const RecallImpact& impact)
{
    const auto field = [](const QString& v) {
        QString s = v;
        s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return (QLatin1Char('"') + s + QLatin1Char('"')).toUtf8();
    };
    QByteArray out = "\xEF\xBB\xBF";
    out += "batch,product,lot,status,holder,location,available,unit\r\n";
    for (const BatchInfo& b : impact.affected) {
        out += field(b.batch) + ',' + field(b.productKey) + ',' + field(b.lot) + ',' + field(b.status) + ',' +
               field(b.holder) + ',' + field(b.location) + ',' + QByteArray::number(b.available()) + ',' +
               field(b.unit) + "\r\n";
    }
    return out;
}

Status writeRecallPdf(TraceService& trace, const RecallImpact& impact, const QString& path)
{
    QHash<QString, QString> productNames;
    if (auto products = trace.products(); products) {
        for (const Product& p : products.value()) {
            productNames.insert(p.key,
                                p.nameZh.isEmpty() ? p.nameEn : p.nameZh + QStringLiteral(" ") + p.nameEn);
        }
    }
    // Show people's names for the URIs inside events.
    QHash<QString, QString> places;
    if (auto locations = trace.locations(); locations) {
        for (const Location& l : locations.value()) {
            places.insert(QStringLiteral("urn:suyuan:location:") + l.key,
                          l.nameZh.isEmpty() ? l.nameEn : l.nameZh);
        }
    }
    if (auto parties = trace.parties(); parties) {
        for (const Party& p : parties.value()) {
            places.insert(QStringLiteral("urn:suyuan:party:") + p.key,
                          p.nameZh.isEmpty() ? p.nameEn : p.nameZh);
        }
    }
    places.insert(QStringLiteral("urn:suyuan:node:") + trace.ledger().nodeId(),
                  trace.ledger().organisationName());
    const auto name = [&places](const QString& uri) { return places.value(uri, uri); };
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    const QLocale locale;
    QString html;
    html +=
        QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans', 'Noto Sans CJK SC', sans-serif;\">");
    html +=
        QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("suyuan", "Recall impact report")));
    html += QStringLiteral("<p>%1<br/>%2<br/>%3</p>")
                .arg(esc(QCoreApplication::translate("suyuan", "Batch: %1 (lot %2)")
                             .arg(impact.origin.batch, impact.origin.lot)),
                     esc(QCoreApplication::translate("suyuan", "Product: %1")
                             .arg(productNames.value(impact.origin.productKey, impact.origin.productKey))),
                     esc(QCoreApplication::translate("suyuan", "Generated %1 by node %2")
                             .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(impact.generatedMs),
                                                  QLocale::LongFormat),
                                  trace.ledger().nodeId())));
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(QCoreApplication::translate("suyuan", "%1 batches are affected.")
                             .arg(impact.affected.size())));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                           "<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                .arg(esc(QCoreApplication::translate("suyuan", "Lot")),
                     esc(QCoreApplication::translate("suyuan", "Product")),
                     esc(QCoreApplication::translate("suyuan", "Status")),
                     esc(QCoreApplication::translate("suyuan", "Available")),
                     esc(QCoreApplication::translate("suyuan", "Holder")),
                     esc(QCoreApplication::translate("suyuan", "Location")));
    for (const BatchInfo& b : impact.affected) {
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=\"right\">%4 %5</td><td>%6</td>"
                           "<td>%7</td></tr>")
                .arg(esc(b.lot), esc(productNames.value(b.productKey, b.productKey)), esc(b.status),
                     locale.toString(b.available()), esc(b.unit), esc(name(b.holder)), esc(name(b.location)));
    }
    html += QStringLiteral("</table></body></html>");

    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(QCoreApplication::translate("suyuan", "Recall impact report"));
    writer.setCreator(QStringLiteral("Suyuan"));
    QTextDocument doc;
    doc.setHtml(html);
    doc.print(&writer);
    if (!QFileInfo::exists(path)) {
        return Error(ErrorCode::Io, QCoreApplication::translate("suyuan", "Cannot write %1.").arg(path));
    }
    return {};
}

} // namespace suyuan::trace
