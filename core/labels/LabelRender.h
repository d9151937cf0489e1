#pragma once

#include "labels/LabelTemplate.h"
#include "labels/QrCode.h"
#include "ledger/Ledger.h" // ProgressFn
#include "util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

class QPainter;
class QPagedPaintDevice;

// Rendering labels (docs/label-templates.md). One painting routine, paintLabel(), draws a label
// for every output: PDF (QPdfWriter), PNG, SVG (QSvgGenerator), a printer (QPrinter, through
// renderPages) and the GUI preview, so the preview is what prints. Text is laid out in
// device-independent units (1/100 mm, fonts sized in those units), so line breaks and elision
// are the same on every device. Everything here needs a QGuiApplication (fonts); a headless
// process can use the offscreen platform.
namespace suyuan::labels {

// What goes on one label. Empty strings, null dates and a zero quantity are left out
// (the pledge certificate shows its fields with a blank line to write on instead).
struct LabelContent
{
    QString uri;       // what the QR holds (a signed Digital Link from buildLabelUri)
    QString productZh; // 食用农产品名称 / product name in Chinese
    QString productEn; // and in English
    QString lot;
    QString serial;       // item serial of this copy (expandCopies)
    QDate productionDate; // harvest or production date
    QDate expiry;
    QString origin;          // 产地: place of origin
    QString producerName;    // 生产者
    QString entityCode;      // 主体码: unified social credit code or registration number
    QString producerContact; // 联系方式: telephone (or address)
    double netQuantity = 0;  // 数量（重量）; 0: not shown
    QString unit;            // a UN/ECE Rec 20 code (KGM, GRM, TNE, LTR, MLT, H87 …) or text as printed
    // 承诺达标合格证 (pledge template only)
    QStringList pledgeStatements; // empty: defaultPledgeStatements()
    QDate issueDate;              // 开具日期

    bool operator==(const LabelContent&) const = default;
};

// The four statements of the 承诺达标合格证, in Chinese whatever the screen's language (the certificate
// is a Chinese form; without the zh_CN catalogue linked in, the screen's language):
// no banned or restricted pesticides and veterinary drugs; no illegal additives; pesticide
// pre-harvest intervals and veterinary drug withdrawal periods observed; the produce sold meets
// the mandatory national food safety standards for pesticide and veterinary drug residues.
QStringList defaultPledgeStatements();

// How a quantity and its unit are printed: "12.5 kg", "500 g", "6 个" (Rec 20 codes for mass and
// volume as symbols, other known codes by their translated name), joined by a no-break space.
QString quantityText(double quantity, const QString& unit);

// Where each part of a label went, in label millimetres (for tests and the preview).
struct LabelLayout
{
    struct Line
    {
        QString text;
        QRectF rectMm; // the line box: width as laid out, height one line
        bool bold = false;
        bool mono = false;
        double pt = 0;
    };
    QRectF qrMm;                // the square given to the QR (quiet zone included)
    QList<Line> lines;          // every text line, in painting order
    QList<QRectF> checkBoxesMm; // pledge: a ticked box in front of each statement
    QList<QLineF> rulesMm;      // pledge: the rule under the title, blank lines to write on
    QRectF frameMm;             // pledge: the certificate's border (null for other layouts)
    QList<LabelField> dropped;  // fields with content that did not fit and were left out
    bool elided = false;        // some text was shortened with "…"
    QRectF inkBoundsMm() const; // union of the QR square and every line box
};

// Lays out one label (no painting): where the QR and every line go.
LabelLayout layoutLabel(const LabelTemplate& tmpl, const LabelContent& content);

// Paints one label into target (painter coordinates), scaled from the template's label size;
// target should have the label's aspect ratio. The QR is encoded here (use the overload with a
// QrCode to reuse one). Nothing is drawn outside target. Fails only when the URI does not fit a
// QR code (then nothing is drawn).
Status paintLabel(QPainter& painter, const QRectF& target, const LabelTemplate& tmpl,
                  const LabelContent& content);
void paintLabel(QPainter& painter, const QRectF& target, const LabelTemplate& tmpl,
                const LabelContent& content, const QrCode& qr, const LabelLayout& layout);

struct PageOptions
{
    int skipPositions = 0; // sheets: leave the first N positions of the first page empty (a part-used sheet)
    QString title;         // PDF document title
};

// Pages for the labels in order on any paged device (QPdfWriter, or a QPrinter on which the
// caller has called setFullPage(true)): sets the page size to the template's page and the
// margins to zero, one label per page on thermal templates, sheets filled row by row.
// Progress counts labels; returning false cancels (ErrorCode::Cancelled). QR codes are encoded on
// worker threads ahead of the painting.
Status renderPages(QPagedPaintDevice& device, const LabelTemplate& tmpl, const QList<LabelContent>& labels,
                   const ProgressFn& progress = {}, const PageOptions& options = {});

// renderPages into a PDF file, written through a temporary file and renamed into place, so a
// failed or cancelled export leaves no partial file (an existing file is kept).
Status writePdf(const QString& path, const LabelTemplate& tmpl, const QList<LabelContent>& labels,
                const ProgressFn& progress = {}, const PageOptions& options = {});

// One label as an image of the label's size at dpi (white background, dots per metre set).
// A null image when the URI does not fit a QR code.
QImage renderPng(const LabelTemplate& tmpl, const LabelContent& content, int dpi);
Status writePng(const QString& path, const LabelTemplate& tmpl, const LabelContent& content, int dpi);

// One label as SVG (QSvgGenerator; width and height in millimetres, viewBox in 1/10 mm); the QR
// is one <path>, text is <text> in the label's fonts. Empty when the URI does not fit a QR code.
QByteArray renderSvg(const LabelTemplate& tmpl, const LabelContent& content);
Status writeSvg(const QString& path, const LabelTemplate& tmpl, const LabelContent& content);

struct CopyOptions
{
    int copies = 1;
    bool serials = false; // number the copies: serial firstSerial, firstSerial + 1 …
    int firstSerial = 1;
    int serialDigits = 4; // zero-padded: 0001 … (more digits when the numbers need them)
};

// N copies of one label. With serials each copy gets its serial and the URI uriForSerial
// returns for it (the caller signs it, e.g. with buildLabelUri); without, N identical copies.
// The first error from uriForSerial is returned.
Result<QList<LabelContent>>
expandCopies(const LabelContent& content, const CopyOptions& options,
             const std::function<Result<QString>(const QString& serial)>& uriForSerial = {});

} // namespace suyuan::labels
