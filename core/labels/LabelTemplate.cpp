#include "LabelTemplate.h"

#include <QCoreApplication>

namespace suyuan::labels {

namespace {

constexpr LabelFields allFields = LabelFields(LabelField::Product) | LabelField::Lot | LabelField::Serial |
                                  LabelField::Date | LabelField::Expiry | LabelField::Origin |
                                  LabelField::Producer | LabelField::EntityCode | LabelField::Contact |
                                  LabelField::NetQuantity | LabelField::Uri;

LabelTemplate thermal(const QString& name, QSizeF size)
{
    LabelTemplate t;
    t.name = name;
    t.labelMm = size;
    t.pageMm = size;
    t.pitchMm = size;
    return t;
}

LabelTemplate a4Sheet(const QString& name, QSizeF label, int columns, int rows, QPointF first)
{
    LabelTemplate t;
    t.name = name;
    t.labelMm = label;
    t.pageMm = QSizeF(210, 297);
    t.columns = columns;
    t.rows = rows;
    t.firstLabelMm = first;
    t.pitchMm = label;
    return t;
}

// The geometry behind each name is documented in docs/label-templates.md; keep the two in step.
QList<LabelTemplate> builtIns()
{
    QList<LabelTemplate> list;

    // 40 × 30: the QR fills the height (26.2 mm: 3 dots a module at 203 dpi up to version 11
    // at level Q), the fields run down a narrow column beside it; no room for the URI text.
    LabelTemplate t = thermal(QStringLiteral("40x30"), QSizeF(40, 30));
    t.paddingMm = 1.2;
    t.qrMm = QRectF(0.6, 0.6, 26.2, 26.2);
    t.gapMm = 0.6;
    t.titlePt = 6.5;
    t.textPt = 5;
    t.fields = LabelFields(LabelField::Product) | LabelField::Lot | LabelField::Serial | LabelField::Date |
               LabelField::NetQuantity | LabelField::Origin | LabelField::Producer;
    list << t;

    // 60 × 40, the default: QR 29.6 mm, fields beside it, four lines of URI along the bottom.
    // (Snapped to whole dots a version 10-11 symbol is 3 dots a module at 203 dpi and 5 at
    // 300 dpi from 29.6 mm up to 31.2 mm, so the smaller square costs nothing on the printers.)
    t = thermal(QStringLiteral("60x40"), QSizeF(60, 40));
    t.paddingMm = 1.5;
    t.qrMm = QRectF(0.8, 0.8, 29.6, 29.6);
    t.gapMm = 0.8;
    t.titlePt = 8;
    t.textPt = 5.5;
    t.codePt = 4;
    t.fields = allFields & ~LabelFields(LabelField::Contact);
    list << t;

    t = thermal(QStringLiteral("100x50"), QSizeF(100, 50));
    t.paddingMm = 2;
    t.qrMm = QRectF(1.5, 1.5, 41, 41);
    t.gapMm = 1;
    t.titlePt = 11;
    t.textPt = 7.5;
    t.codePt = 5;
    t.fields = allFields;
    list << t;

    t = thermal(QStringLiteral("100x100"), QSizeF(100, 100));
    t.paddingMm = 3;
    t.qrMm = QRectF(2, 2, 56, 56);
    t.gapMm = 1.2;
    t.titlePt = 13;
    t.textPt = 9;
    t.codePt = 6;
    t.titleLines = 3;
    t.fields = allFields;
    list << t;

    // A4, 3 × 8 labels of 70 × 37 mm edge to edge (Avery 3474 and the common Chinese "A4 24格"
    // sheets): 0.5 mm top margin, no side margins. Text keeps 4 mm from the label edges so
    // that it stays inside a laser printer's printable area on the outer columns and rows.
    t = a4Sheet(QStringLiteral("a4-3x8"), QSizeF(70, 37), 3, 8, QPointF(0, 0.5));
    t.paddingMm = 4;
    t.qrMm = QRectF(2.5, 2, 33, 33);
    t.gapMm = 1;
    t.titlePt = 8;
    t.textPt = 6;
    t.fields = allFields & ~LabelFields(LabelField::Uri) & ~LabelFields(LabelField::Contact);
    list << t;

    // A4, 2 × 5 labels of 105 × 57 mm (Avery 3425, "A4 10格"): 6 mm top and bottom margins.
    t = a4Sheet(QStringLiteral("a4-2x5"), QSizeF(105, 57), 2, 5, QPointF(0, 6));
    t.paddingMm = 4;
    t.qrMm = QRectF(3, 3, 45, 45);
    t.gapMm = 1;
    t.titlePt = 11;
    t.textPt = 7.5;
    t.codePt = 4.5;
    t.fields = allFields;
    list << t;

    // 证码合一: the 承诺达标合格证 (compliance pledge certificate) with the trace QR, 100 × 100 mm.
    t = thermal(QStringLiteral("pledge-100x100"), QSizeF(100, 100));
    t.layout = LabelTemplate::Layout::Pledge;
    t.paddingMm = 3;
    t.qrMm = QRectF(59.5, 59.5, 39, 39);
    t.gapMm = 1.2;
    t.titlePt = 14;
    t.textPt = 7.5;
    t.codePt = 4.5;
    t.fields = LabelFields(LabelField::Product) | LabelField::NetQuantity | LabelField::Origin |
               LabelField::Producer | LabelField::EntityCode | LabelField::Contact | LabelField::Date |
               LabelField::Lot | LabelField::Serial | LabelField::Uri;
    list << t;
    return list;
}

} // namespace

QRectF LabelTemplate::labelRectMm(int index) const
{
    const int perPage = std::max(1, labelsPerPage());
    const int i = ((index % perPage) + perPage) % perPage;
    const int column = i % std::max(1, columns);
    const int row = i / std::max(1, columns);
    return QRectF(firstLabelMm.x() + column * pitchMm.width(), firstLabelMm.y() + row * pitchMm.height(),
                  labelMm.width(), labelMm.height());
}

QString LabelTemplate::description() const
{
    const QString w = QString::number(labelMm.width());
    const QString h = QString::number(labelMm.height());
    if (layout == Layout::Pledge) {
        return QCoreApplication::translate("suyuan",
                                           "Trace QR with compliance pledge certificate, %1 × %2 mm")
            .arg(w, h);
    }
    if (isSheet()) {
        return QCoreApplication::translate("suyuan", "A4 sheet of %1 × %2 labels, %3 × %4 mm each")
            .arg(columns)
            .arg(rows)
            .arg(w, h);
    }
    return QCoreApplication::translate("suyuan", "Thermal label %1 × %2 mm").arg(w, h);
}

QStringList templateNames()
{
    QStringList names;
    for (const LabelTemplate& t : builtIns()) {
        names << t.name;
    }
    return names;
}

QString defaultTemplateName()
{
    return QStringLiteral("60x40");
}

Result<LabelTemplate> templateByName(const QString& name)
{
    const QString wanted = name.trimmed().toLower();
    for (const LabelTemplate& t : builtIns()) {
        if (t.name == wanted) {
            return t;
        }
    }
    return Error(
        ErrorCode::InvalidArgument,
        QCoreApplication::translate("suyuan", "There is no label template \"%1\". The templates are: %2.")
            .arg(name, templateNames().join(QStringLiteral(", "))));
}

} // namespace suyuan::labels
