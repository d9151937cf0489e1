#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QLabel;
class QPushButton;
class QSpinBox;

namespace suyuan::trace {
class TraceService;
}

namespace suyuan::ui {

// Preferences kept in QSettings: the language (takes effect at the next start; the page
// offers to restart now), the idle time after which the window locks and the barcode
// scanner's prefix and suffix. With a ledger, also the profile's label base address (kept in
// the ledger's encrypted database: labels/BatchLabels labelBase).
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget* parent = nullptr, trace::TraceService* trace = nullptr);

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
    void labelBaseSaved();

private:
    void languageChosen();
    void saveLabelBase();

    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QSpinBox* m_lockMinutes = nullptr;
    trace::TraceService* m_trace = nullptr;
    QLineEdit* m_labelBase = nullptr;
    QPushButton* m_labelBaseSave = nullptr;
    QLabel* m_labelBaseNote = nullptr;
};

} // namespace suyuan::ui
