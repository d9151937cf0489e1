#include "ScanField.h"

#include <QKeyEvent>
#include <QSettings>

namespace suyuan::ui {

QString ScanField::prefixKey()
{
    return QStringLiteral("scanner/prefix");
}

QString ScanField::suffixKey()
{
    return QStringLiteral("scanner/suffix");
}

ScanField::ScanField(QWidget* parent) : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    // Scanned URIs are long; a scanner does not need an input method.
    setMaxLength(4096);
    setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhPreferLatin);
    const QSettings settings;
    m_prefix = settings.value(prefixKey()).toString();
    m_suffix = settings.value(suffixKey()).toString();
}

void ScanField::setAffixes(const QString& prefix, const QString& suffix)
{
    m_prefix = prefix;
    m_suffix = suffix;
}

QString ScanField::clean(const QString& raw, const QString& prefix, const QString& suffix)
{
    QString code = raw;
    const auto trimControls = [](QString& s) {
        qsizetype begin = 0;
        qsizetype end = s.size();
        while (begin < end && (s.at(begin).isSpace() || s.at(begin).category() == QChar::Other_Control)) {
            ++begin;
        }
        while (end > begin && (s.at(end - 1).isSpace() || s.at(end - 1).category() == QChar::Other_Control)) {
            --end;
        }
        s = s.mid(begin, end - begin);
    };
    trimControls(code);
    if (!prefix.isEmpty() && code.startsWith(prefix)) {
        code.remove(0, prefix.size());
    }
    if (!suffix.isEmpty() && code.endsWith(suffix)) {
        code.chop(suffix.size());
    }
    trimControls(code);
    return code;
}

bool ScanField::event(QEvent* event)
{
    // A scanner set to end codes with Tab: the Tab is its suffix, not a move to the next
    // field (QWidget::event would move the focus before keyPressEvent sees it).
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Tab &&
        m_suffix == QLatin1String("\t") && !text().isEmpty()) {
        event->accept();
        finish();
        return true;
    }
    return QLineEdit::event(event);
}

void ScanField::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        finish();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void ScanField::finish()
{
    const QString code = clean(text(), m_prefix, m_suffix);
    clear();
    if (!code.isEmpty()) {
        Q_EMIT scanned(code);
    }
}

} // namespace suyuan::ui
