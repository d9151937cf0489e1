#include "BatchLabels.h"

#include "trace/Gs1.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QTimeZone>

namespace suyuan::labels {

QString labelBase(Ledger& ledger)
{
    const auto stored = ledger.setting(QString::fromLatin1(labelBaseSetting));
    return stored && !stored->isEmpty() ? stored.value() : QString::fromLatin1(exampleLabelBase);
}

Status setLabelBase(Ledger& ledger, const QString& base)
{
    auto checked = normaliseLabelBase(base);
    if (!checked) {
        return checked.error();
    }
    return ledger.setSetting(QString::fromLatin1(labelBaseSetting), checked.value());
}

Result<LabelIds> batchLabelIds(const QString& batchId)
{
    LabelIds ids;
    if (const auto link = gs1::parseDigitalLink(batchId)) {
        ids.gtin14 = link->gtin14;
        ids.lot = link->lot;
    } else if (const auto local = gs1::parseLocalBatchUri(batchId)) {
        ids.productCode = local->first;
        ids.lot = local->second;
    } else {
        return Error(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("suyuan", "Batch %1 has no GS1 or local identifier to print.")
                .arg(batchId));
    }
    return ids;
}

Result<BatchLabel> batchLabel(trace::TraceService& trace, const QString& batchId,
                              const BatchLabelOptions& options)
{
    auto found = trace.batch(batchId);
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return Error(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("suyuan", "There is no batch %1 in this ledger.").arg(batchId));
    }
    const trace::BatchInfo& b = found->value();
    BatchLabel out;
    auto ids = batchLabelIds(b.batch);
    if (!ids) {
        return ids.error();
    }
    out.ids = ids.value();
    out.ids.expiry = options.expiry;
    if (auto st = checkLabelIds(out.ids); !st) {
        return st.error();
    }

    LabelContent& c = out.content;
    if (auto product = trace.product(b.productKey); product && product->has_value()) {
        c.productZh = product->value().nameZh;
        c.productEn = product->value().nameEn;
    }
    c.lot = b.lot;
    // The day it was harvested or made, in China Standard Time like the events.
    c.productionDate = QDateTime::fromMSecsSinceEpoch(b.createdMs, QTimeZone(8 * 3600)).date();
    c.issueDate = QDateTime::currentDateTime().toTimeZone(QTimeZone(8 * 3600)).date();
    c.expiry = options.expiry;
    if (!b.originLocation.isEmpty()) {
        const QString key = b.originLocation.section(QLatin1Char(':'), -1);
        if (auto locations = trace.locations()) {
            for (const trace::Location& l : locations.value()) {
                if (l.key == key) {
                    c.origin = l.nameZh.isEmpty() ? l.nameEn : l.nameZh;
                    if (!l.address.isEmpty() && !c.origin.contains(l.address)) {
                        c.origin += QStringLiteral(" · ") + l.address;
                    }
                }
            }
        }
    }
    // The producer is this node's own party ("self", made by the first-run wizard).
    c.producerName = trace.ledger().organisationName();
    if (auto parties = trace.parties()) {
        for (const trace::Party& p : parties.value()) {
            if (p.key == QLatin1String("self")) {
                if (!p.nameZh.isEmpty() || !p.nameEn.isEmpty()) {
                    c.producerName = p.nameZh.isEmpty() ? p.nameEn : p.nameZh;
                }
                c.entityCode = p.entityCode;
                c.producerContact = p.contact.value(QStringLiteral("phone")).toString();
                if (c.producerContact.isEmpty()) {
                    c.producerContact = p.contact.value(QStringLiteral("address")).toString();
                }
            }
        }
    }
    if (options.netQuantity > 0) {
        c.netQuantity = options.netQuantity;
        c.unit = b.unit;
    }
    return out;
}

Result<QList<LabelContent>> batchLabels(trace::TraceService& trace, const QString& batchId,
                                        const BatchLabelOptions& options)
{
    auto label = batchLabel(trace, batchId, options);
    if (!label) {
        return label.error();
    }
    const QString base = options.base.isEmpty() ? labelBase(trace.ledger()) : options.base;
    Ledger& ledger = trace.ledger();
    const LabelIds ids = label->ids;
    const auto uriFor = [&](const QString& serial) -> Result<QString> {
        LabelIds copy = ids;
        copy.serial = serial;
        return buildLabelUri(base, copy, ledger);
    };
    auto first = uriFor(QString());
    if (!first) {
        return first.error();
    }
    label->content.uri = first.value();
    return expandCopies(label->content, options.copies,
                        options.copies.serials ? std::function<Result<QString>(const QString&)>(uriFor)
                                               : std::function<Result<QString>(const QString&)>());
}

Result<QStringList> writeLabelFiles(const QString& path, const LabelTemplate& tmpl,
                                    const QList<LabelContent>& labels, int dpi)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("pdf")) {
        if (auto st = writePdf(path, tmpl, labels); !st) {
            return st.error();
        }
        return QStringList{path};
    }
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg")) {
        return Error(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("suyuan", "Labels are written as .pdf, .png or .svg, not %1.")
                .arg(info.fileName()));
    }
    QStringList files;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString file = labels.size() == 1
                                 ? path
                                 : info.path() + QLatin1Char('/') + info.completeBaseName() +
                                       QStringLiteral("-%1.").arg(i + 1, 4, 10, QLatin1Char('0')) +
                                       info.suffix();
        const Status st = suffix == QLatin1String("png") ? writePng(file, tmpl, labels.at(i), dpi)
                                                         : writeSvg(file, tmpl, labels.at(i));
        if (!st) {
            return st.error();
        }
        files << file;
    }
    return files;
}

QString scannedBatchId(const ScannedLabel& label)
{
    if (label.kind == ScanKind::PlainLot || (label.ids.gtin14.isEmpty() && label.ids.productCode.isEmpty())) {
        return label.ids.lot;
    }
    return gs1::canonicalBatchId(label.ids.gtin14, label.ids.productCode, label.ids.lot);
}

} // namespace suyuan::labels
