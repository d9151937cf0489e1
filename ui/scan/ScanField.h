#pragma once

#include <QLineEdit>

namespace suyuan::ui {

// A field for USB (keyboard-wedge) scanners: a scanner types a code as a burst of
// keystrokes and ends it with Enter. The field collects the burst, takes off the prefix and
// suffix the scanner is set to add (Settings → Scanner; e.g. "]Q1" or a Tab), and emits
// scanned() with the code, then clears itself for the next one. A person can type a lot code
// and press Enter the same way. Nothing is done per keystroke, so no character is lost at
// scanner speed however slow the reaction to a code.
class ScanField : public QLineEdit
{
    Q_OBJECT

public:
    explicit ScanField(QWidget* parent = nullptr);

    // What the scanner adds before and after each code (empty: nothing); read from
    // QSettings by default, set here for tests and for the Settings page's preview.
    void setAffixes(const QString& prefix, const QString& suffix);
    QString prefix() const { return m_prefix; }
    QString suffix() const { return m_suffix; }

    // The code inside one raw scan: affixes, surrounding white space and control characters
    // (CR, LF, Tab, GS that some scanners send) taken off.
    static QString clean(const QString& raw, const QString& prefix, const QString& suffix);

    // QSettings keys (Settings page).
    static QString prefixKey();
    static QString suffixKey();

Q_SIGNALS:
    void scanned(const QString& code);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void finish();

    QString m_prefix;
    QString m_suffix;
};

} // namespace suyuan::ui
