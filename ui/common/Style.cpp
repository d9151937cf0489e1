#include "Style.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPalette>

namespace suyuan::ui {

void setTone(QLabel* label, Tone tone)
{
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (tone) {
    case Tone::Normal:
        break;
    case Tone::Hint:
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
        break;
    case Tone::Error:
        palette.setColor(QPalette::WindowText, dark ? QColor(0xEF, 0x9A, 0x9A) : QColor(0xB7, 0x1C, 0x1C));
        break;
    case Tone::Success:
        palette.setColor(QPalette::WindowText, dark ? QColor(0xA5, 0xD6, 0xA7) : QColor(0x1B, 0x5E, 0x20));
        break;
    }
    label->setPalette(palette);
}

void makeHeading(QLabel* label, qreal scale)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
}

void keepSpaceWhenHidden(QWidget* widget)
{
    QSizePolicy policy = widget->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    widget->setSizePolicy(policy);
}

QFont codeFont(const QFont& base, qreal scale)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const qreal size = base.pointSizeF() > 0 ? base.pointSizeF() : 10.0;
    font.setPointSizeF(size * scale);
    font.setStyleHint(QFont::Monospace);
    return font;
}

} // namespace suyuan::ui
