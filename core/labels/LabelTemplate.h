#pragma once

#include "labels/QrCode.h"
#include "util/Result.h"

#include <QFlags>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

// Label templates (docs/label-templates.md): the geometry of one label and of the page it is
// printed on (a thermal label is its own page; A4 sheets hold a grid of die-cut labels), where
// the QR goes, the font sizes and which fields are shown. All lengths in millimetres, font
// sizes in points, label coordinates from the label's top-left corner.
namespace suyuan::labels {

// The human-readable fields a template can show.
enum class LabelField : unsigned
{
    Product = 0x1, // name in Chinese and English where set
    Lot = 0x2,
    Serial = 0x4,      // item serial (per copy)
    Date = 0x8,        // harvest or production date
    Expiry = 0x10,     // best before / use by
    Origin = 0x20,     // 产地
    Producer = 0x40,   // producer name
    EntityCode = 0x80, // 主体码: the producer's unified social credit code or registration number
    Contact = 0x100,   // producer's telephone or address
    NetQuantity = 0x200,
    Uri = 0x400 // the code under the QR: the URI it holds, small monospace, wrapped
};
Q_DECLARE_FLAGS(LabelFields, LabelField)
Q_DECLARE_OPERATORS_FOR_FLAGS(LabelFields)

struct LabelTemplate
{
    enum class Layout
    {
        Standard, // QR on the left, fields beside it (then below it), the URI along the bottom
        Pledge    // 证码合一: 承诺达标合格证 (pledge statements and fields) with the trace QR
    };

    QString name; // stable: "60x40", "a4-3x8", "pledge-100x100" …
    Layout layout = Layout::Standard;
    QSizeF labelMm;         // one label
    QSizeF pageMm;          // the page: the label itself on thermal printers, 210 × 297 for A4 sheets
    int columns = 1;        // labels per row on a page
    int rows = 1;           // rows per page
    QPointF firstLabelMm;   // top-left corner of the first label on the page
    QSizeF pitchMm;         // from one label's corner to the next one's (label size + gap)
    double paddingMm = 1.5; // text keeps this far from the label's edge
    QRectF qrMm;            // the QR square with its quiet zone, in label coordinates (its light
                            // quiet zone may lie over the padding: both are blank)
    double gapMm = 1.0;     // between the QR, the text and the URI
    double titlePt = 8;     // product name
    double textPt = 6;      // the other fields
    double codePt = 4.5;    // the URI under the QR (monospace)
    int titleLines = 2;     // the product name wraps to at most this many lines, then is elided
    LabelFields fields;
    QrEcc ecc = QrCode::defaultEcc;

    bool isSheet() const { return columns * rows > 1; }
    int labelsPerPage() const { return columns * rows; }
    // Position `index` (0 … labelsPerPage − 1, row by row) on its page, in page millimetres.
    QRectF labelRectMm(int index) const;
    // Translated one-line description ("Thermal label 60 × 40 mm", "A4 sheet, 3 × 8 labels of …").
    QString description() const;
};

// Names of the built-in templates, in the order a picker lists them.
QStringList templateNames();

// The default template for thermal printers: "60x40".
QString defaultTemplateName();

// A built-in template by name; the error lists the names.
Result<LabelTemplate> templateByName(const QString& name);

} // namespace suyuan::labels
