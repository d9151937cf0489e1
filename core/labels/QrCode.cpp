#include "QrCode.h"

#include <QCoreApplication>
#include <QPaintEngine>
#include <QPainter>
#include <QTransform>

#include <qrencode.h>

#include <array>
#include <cerrno>
#include <cmath>
#include <memory>
#include <vector>

namespace suyuan::labels {

namespace {

QRecLevel toLevel(QrEcc ecc)
{
    switch (ecc) {
    case QrEcc::L:
        return QR_ECLEVEL_L;
    case QrEcc::M:
        return QR_ECLEVEL_M;
    case QrEcc::Q:
        return QR_ECLEVEL_Q;
    case QrEcc::H:
        return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_Q;
}

struct QrFree
{
    void operator()(QRcode* code) const { QRcode_free(code); }
};

// The outlines of the dark modules: closed polygons on the module grid with a vertex only
// where the outline turns. Every dark module edge that borders a light module (or the edge of
// the symbol) is a directed edge going clockwise around the dark side (y down), so outer
// outlines run clockwise and holes counter-clockwise, and the non-zero fill rule fills exactly
// the dark modules however the edges are joined into loops (two loops may touch at a corner
// where modules meet diagonally). A version 10-11 symbol comes to ~2000 vertices, against
// ~4500 points for one rectangle a run.
QList<QList<QPoint>> traceOutlines(const QByteArray& modules, int size)
{
    const int n = size + 1; // corner points per side
    const auto dark = [&](int x, int y) {
        return x >= 0 && y >= 0 && x < size && y < size && modules.at(qsizetype(y) * size + x) != 0;
    };
    // Up to two outgoing edges a corner point (two at a diagonal meeting); -1 = none.
    std::vector<std::array<int, 2>> out(size_t(n) * n, {-1, -1});
    const auto add = [&](int x0, int y0, int x1, int y1) {
        auto& slots = out[size_t(y0) * n + x0];
        slots[slots[0] < 0 ? 0 : 1] = y1 * n + x1;
    };
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            if (!dark(x, y)) {
                continue;
            }
            if (!dark(x, y - 1)) {
                add(x, y, x + 1, y); // top, rightwards
            }
            if (!dark(x + 1, y)) {
                add(x + 1, y, x + 1, y + 1); // right, downwards
            }
            if (!dark(x, y + 1)) {
                add(x + 1, y + 1, x, y + 1); // bottom, leftwards
            }
            if (!dark(x - 1, y)) {
                add(x, y + 1, x, y); // left, upwards
            }
        }
    }
    QList<QList<QPoint>> loops;
    for (int start = 0; start < n * n; ++start) {
        while (out[size_t(start)][0] >= 0 || out[size_t(start)][1] >= 0) {
            QList<QPoint> corners;
            QPoint lastDir;
            int cur = start;
            do {
                auto& slots = out[size_t(cur)];
                const int k = slots[0] >= 0 ? 0 : 1;
                const int next = slots[k];
                slots[k] = -1;
                const QPoint dir(next % n - cur % n, next / n - cur / n);
                if (dir != lastDir) {
                    corners << QPoint(cur % n, cur / n);
                    lastDir = dir;
                }
                cur = next;
            } while (cur != start);
            // The start point lies on a straight stretch when the loop ends going the way it began.
            if (corners.size() > 2 && corners.size() % 2 == 1) {
                corners.removeFirst();
            }
            loops << corners;
        }
    }
    return loops;
}

} // namespace

QString qrEccName(QrEcc ecc)
{
    switch (ecc) {
    case QrEcc::L:
        return QStringLiteral("L");
    case QrEcc::M:
        return QStringLiteral("M");
    case QrEcc::Q:
        return QStringLiteral("Q");
    case QrEcc::H:
        return QStringLiteral("H");
    }
    return QString();
}

Result<QrCode> QrCode::encode(const QString& text, QrEcc ecc)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty()) {
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("suyuan", "There is nothing to put in the QR code."));
    }
    if (utf8.contains('\0')) {
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("suyuan", "The QR code text contains a NUL character."));
    }
    errno = 0;
    std::unique_ptr<QRcode, QrFree> code(
        QRcode_encodeString(utf8.constData(), 0, toLevel(ecc), QR_MODE_8, 1));
    if (!code) {
        if (errno == ERANGE) {
            return Error(
                ErrorCode::TooLarge,
                QCoreApplication::translate(
                    "suyuan", "The text is too long for a QR code (%1 bytes at error correction %2).")
                    .arg(utf8.size())
                    .arg(qrEccName(ecc)));
        }
        return Error(
            ErrorCode::Internal,
            QCoreApplication::translate("suyuan", "The QR code cannot be made (error %1).").arg(errno));
    }
    QrCode qr;
    qr.m_version = code->version;
    qr.m_size = code->width;
    qr.m_ecc = ecc;
    qr.m_modules.resize(qsizetype(code->width) * code->width);
    for (qsizetype i = 0; i < qr.m_modules.size(); ++i) {
        // Bit 0 of each byte is the module colour (1 = dark); the other bits describe its role.
        qr.m_modules[i] = char(code->data[i] & 1);
    }
    return qr;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size) {
        return false;
    }
    return m_modules.at(qsizetype(y) * m_size + x) != 0;
}

QPainterPath QrCode::path(double moduleSize, QPointF symbolTopLeft) const
{
    QPainterPath p;
    p.setFillRule(Qt::WindingFill);
    for (const QList<QPoint>& loop : traceOutlines(m_modules, m_size)) {
        p.moveTo(symbolTopLeft + QPointF(loop.first()) * moduleSize);
        for (qsizetype i = 1; i < loop.size(); ++i) {
            p.lineTo(symbolTopLeft + QPointF(loop.at(i)) * moduleSize);
        }
        p.closeSubpath();
    }
    return p;
}

QRectF QrCode::paint(QPainter& painter, const QRectF& rect, bool light) const
{
    if (isNull() || rect.isEmpty()) {
        return {};
    }
    const int total = sizeWithQuietZone();
    const QTransform device = painter.deviceTransform();
    const bool vector = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::SVG;
    const bool axisAligned = device.type() <= QTransform::TxScale && device.m11() > 0 && device.m22() > 0;
    if (!vector && axisAligned) {
        const QRectF dev = device.mapRect(rect);
        const double side = std::min(dev.width(), dev.height());
        const int px = int(std::floor(side / total + 1e-9));
        if (px >= 2) {
            const int span = px * total;
            const QPointF c = dev.center();
            const QPoint topLeft(int(std::lround(c.x() - span / 2.0)), int(std::lround(c.y() - span / 2.0)));
            const QRect square(topLeft, QSize(span, span));
            painter.save();
            painter.resetTransform();
            painter.setRenderHint(QPainter::Antialiasing, false);
            if (light) {
                painter.fillRect(square, Qt::white);
            }
            drawModules(painter, QRectF(topLeft.x() + quietZone * px, topLeft.y() + quietZone * px,
                                        m_size * px, m_size * px));
            painter.restore();
            return device.inverted().mapRect(QRectF(square));
        }
    }
    const double side = std::min(rect.width(), rect.height());
    const double module = side / total;
    const QRectF square(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    painter.save();
    if (light) {
        painter.fillRect(square, Qt::white);
    }
    drawModules(painter, QRectF(square.topLeft() + QPointF(quietZone * module, quietZone * module),
                                QSizeF(m_size * module, m_size * module)));
    painter.restore();
    return square;
}

void QrCode::drawModules(QPainter& painter, const QRectF& symbol) const
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    painter.drawPath(path(symbol.width() / m_size, symbol.topLeft()));
}

QString QrCode::svgPathData(int originX, int originY) const
{
    // Axis-parallel outlines: M to the first corner, then H and V alternately, Z.
    QString d;
    d.reserve(m_size * m_size);
    for (const QList<QPoint>& loop : traceOutlines(m_modules, m_size)) {
        d += QStringLiteral("M%1 %2").arg(originX + loop.first().x()).arg(originY + loop.first().y());
        for (qsizetype i = 1; i < loop.size(); ++i) {
            const QPoint& a = loop.at(i - 1);
            const QPoint& b = loop.at(i);
            d += a.y() == b.y() ? QStringLiteral("H%1").arg(originX + b.x())
                                : QStringLiteral("V%1").arg(originY + b.y());
        }
        d += QLatin1Char('Z');
    }
    return d;
}

QByteArray QrCode::svg(double moduleMm) const
{
    const int total = sizeWithQuietZone();
    const QString mm = QString::number(total * moduleMm, 'f', 3);
    QString out = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                 "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%1mm\" "
                                 "height=\"%1mm\" viewBox=\"0 0 %2 %2\" shape-rendering=\"crispEdges\">\n"
                                 "<rect width=\"%2\" height=\"%2\" fill=\"#fff\"/>\n"
                                 "<path fill=\"#000\" d=\"%3\"/>\n"
                                 "</svg>\n")
                      .arg(mm)
                      .arg(total)
                      .arg(svgPathData());
    return out.toUtf8();
}

} // namespace suyuan::labels
