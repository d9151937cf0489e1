#pragma once

#include <QFont>

class QLabel;
class QWidget;

namespace suyuan::ui {

// Small, shared touches of presentation, so that every window marks errors, successes
// and hints the same way, in light and dark palettes alike.
enum class Tone
{
    Normal,
    Hint,
    Error,
    Success
};
void setTone(QLabel* label, Tone tone);

// Makes a label the bold heading of its window.
void makeHeading(QLabel* label, qreal scale = 1.4);

// Keeps a widget's place in its layout while hidden, so that showing a busy indicator
// or a message does not make the window jump.
void keepSpaceWhenHidden(QWidget* widget);

// A fixed-width font for node IDs and other codes read aloud or compared by eye.
QFont codeFont(const QFont& base, qreal scale = 1.0);

} // namespace suyuan::ui
