#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>

class QPainter;

// QR codes for labels (docs/label-templates.md), a thin wrapper over libqrencode 4.1.
//
// Encoding: QRcode_encodeString(utf8, version 0 = smallest that fits, level, QR_MODE_8,
// casesensitive 1). With the 8-bit hint and case sensitivity libqrencode splits the input into
// numeric, alphanumeric (0-9 A-Z space $ % * + - . / :) and 8-bit segments where that makes the
// symbol smaller, so an upper-case host, digits and base32 runs of a Digital Link cost 5.5 or
// 3.3 bits a character instead of 8. No ECI header is written: the text is UTF-8 in 8-bit
// segments, which phone readers and zbar take as UTF-8 (label URIs are ASCII anyway).
namespace suyuan::labels {

// Error-correction level: the share of the symbol that can be damaged and still read.
enum class QrEcc
{
    L, // ~7 %
    M, // ~15 %
    Q, // ~25 %: the default for labels (see QrCode::defaultEcc)
    H  // ~30 %
};

// "L", "M", "Q", "H".
QString qrEccName(QrEcc ecc);

class QrCode
{
public:
    // Thermal labels get smudged, scratched and rubbed in the cold chain, thermal heads lose
    // dots, and cheap direct-thermal stock greys with heat: level Q recovers ~25 % of the
    // codewords at a cost of one or two versions over M for a Digital Link of ~150 characters.
    static constexpr QrEcc defaultEcc = QrEcc::Q;
    // ISO/IEC 18004 asks for a light margin of 4 modules on every side.
    static constexpr int quietZone = 4;

    QrCode() = default;

    // Fails for empty text and for text that does not fit version 40 at this level.
    static Result<QrCode> encode(const QString& text, QrEcc ecc = defaultEcc);

    bool isNull() const { return m_size == 0; }
    int version() const { return m_version; }
    QrEcc ecc() const { return m_ecc; }
    // Modules per side without the quiet zone: 21 + 4 × (version − 1).
    int size() const { return m_size; }
    // Modules per side with the quiet zone on both sides.
    int sizeWithQuietZone() const { return m_size + 2 * quietZone; }
    // Module (x, y) of the symbol (0-based, quiet zone not included); false outside.
    bool isDark(int x, int y) const;

    // The dark modules as one path: the outlines of the dark areas (non-zero fill rule), the
    // symbol's top-left module at symbolTopLeft; quiet zone not included.
    QPainterPath path(double moduleSize, QPointF symbolTopLeft = {}) const;

    // Paints the symbol with its quiet zone (filled light) as the largest square that fits in
    // rect (painter coordinates), centred. When the painter maps rect to the device without
    // rotation and a module covers at least 2 device pixels, modules are snapped to whole
    // device pixels (crisp on 203/300 dpi thermal heads; the symbol shrinks by less than one
    // pixel a module), except on SVG, which is resolution-free. The dark modules are filled as
    // one path of outlines (path()), so anti-aliased renderers show no seams between modules
    // and PDF renderers draw them sharp at any resolution.
    // Returns the square actually painted (quiet zone included) in painter coordinates.
    QRectF paint(QPainter& painter, const QRectF& rect, bool light = true) const;

    // SVG path data of the dark modules' outlines ("M4 4H11V11H4Z…", fill-rule nonzero), in
    // module units with the symbol's top-left module at (originX, originY).
    QString svgPathData(int originX = quietZone, int originY = quietZone) const;

    // A standalone SVG document: viewBox in modules with the quiet zone, a light background and
    // one <path> of the dark modules; width and height moduleMm × modules in millimetres.
    QByteArray svg(double moduleMm = 0.5) const;

private:
    // The dark modules into symbol (the symbol without its quiet zone).
    void drawModules(QPainter& painter, const QRectF& symbol) const;

    int m_version = 0;
    int m_size = 0;
    QrEcc m_ecc = defaultEcc;
    QByteArray m_modules; // m_size × m_size, row-major, 1 = dark
};

} // namespace suyuan::labels
