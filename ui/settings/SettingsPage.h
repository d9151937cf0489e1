#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace suyuan::ui {

// Preferences kept in QSettings: the language (takes effect at the next start; the page
// offers to restart now) and the idle time after which the window locks.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget* parent = nullptr);

    // "" (the system's), "zh_CN" or "en".
    static QString language();
    // 0: never lock.
    static int lockMinutes();
    // The scanner suffix as typed in the field: a Tab written \t, a backslash \\.
    static QString escaped(const QString& affix);
    static QString unescaped(const QString& text);

Q_SIGNALS:
    void lockMinutesChanged(int minutes);
    void restartRequested();

private:
    void languageChosen();

    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QSpinBox* m_lockMinutes = nullptr;
};

} // namespace suyuan::ui
