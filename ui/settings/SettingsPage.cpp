#include "SettingsPage.h"

#include "common/Style.h"
#include "scan/ScanField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace suyuan::ui {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kLockKey = QStringLiteral("ui/lockMinutes");
constexpr int kDefaultLockMinutes = 15;
} // namespace

QString SettingsPage::language()
{
    return QSettings().value(kLanguageKey).toString();
}

int SettingsPage::lockMinutes()
{
    return QSettings().value(kLockKey, kDefaultLockMinutes).toInt();
}

SettingsPage::SettingsPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);

    auto* languageBox = new QGroupBox(tr("Language"), this);
    auto* languageForm = new QFormLayout(languageBox);
    m_language = new QComboBox(languageBox);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    // Each language is named in itself, so that anyone can find their own.
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language())));
    auto* languageLabel = new QLabel(tr("&Language:"), languageBox);
    languageLabel->setBuddy(m_language);
    languageForm->addRow(languageLabel, m_language);
    m_languageNote = new QLabel(languageBox);
    m_languageNote->setObjectName(QStringLiteral("languageNoteLabel"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setText(tr("The new language is used from the next start. Nothing you have recorded is "
                               "lost by restarting."));
    setTone(m_languageNote, Tone::Hint);
    auto* restart = new QPushButton(tr("&Restart Now"), languageBox);
    restart->setObjectName(QStringLiteral("restartPushButton"));
    restart->setEnabled(false);
    connect(restart, &QPushButton::clicked, this, &SettingsPage::restartRequested);
    languageForm->addRow(m_languageNote);
    languageForm->addRow(QString(), restart);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this, restart] {
        languageChosen();
        restart->setEnabled(true);
    });
    layout->addWidget(languageBox);

    auto* lockBox = new QGroupBox(tr("Security"), this);
    auto* lockForm = new QFormLayout(lockBox);
    m_lockMinutes = new QSpinBox(lockBox);
    m_lockMinutes->setObjectName(QStringLiteral("lockMinutesSpinBox"));
    m_lockMinutes->setRange(0, 240);
    m_lockMinutes->setSuffix(tr(" min"));
    m_lockMinutes->setSpecialValueText(tr("Never"));
    m_lockMinutes->setValue(lockMinutes());
    m_lockMinutes->setToolTip(tr("After this long without keyboard or mouse input the window locks and asks "
                                 "for the passphrase. Work in progress stays as it is."));
    auto* lockLabel = new QLabel(tr("Lock after &idle time:"), lockBox);
    lockLabel->setBuddy(m_lockMinutes);
    lockForm->addRow(lockLabel, m_lockMinutes);
    connect(m_lockMinutes, &QSpinBox::valueChanged, this, [this](int minutes) {
        QSettings().setValue(kLockKey, minutes);
        Q_EMIT lockMinutesChanged(minutes);
    });
    layout->addWidget(lockBox);

    // USB scanners type what they read; many add a prefix or a suffix (set on the scanner).
    auto* scannerBox = new QGroupBox(tr("Barcode scanner"), this);
    auto* scannerForm = new QFormLayout(scannerBox);
    auto* prefix = new QLineEdit(QSettings().value(ScanField::prefixKey()).toString(), scannerBox);
    prefix->setObjectName(QStringLiteral("scannerPrefixEdit"));
    prefix->setToolTip(tr("Characters your scanner sends before each code, if it is set to send any. "
                          "They are taken off."));
    auto* prefixLabel = new QLabel(tr("&Prefix:"), scannerBox);
    prefixLabel->setBuddy(prefix);
    scannerForm->addRow(prefixLabel, prefix);
    auto* suffix = new QLineEdit(escaped(QSettings().value(ScanField::suffixKey()).toString()), scannerBox);
    suffix->setObjectName(QStringLiteral("scannerSuffixEdit"));
    suffix->setToolTip(
        tr("Characters your scanner sends after each code, before Enter. Write \\t for a Tab."));
    auto* suffixLabel = new QLabel(tr("S&uffix:"), scannerBox);
    suffixLabel->setBuddy(suffix);
    scannerForm->addRow(suffixLabel, suffix);
    auto* tryField = new ScanField(scannerBox);
    tryField->setObjectName(QStringLiteral("scannerTryField"));
    tryField->setPlaceholderText(tr("Scan any label here to try the scanner"));
    auto* tryLabel = new QLabel(tr("&Try it:"), scannerBox);
    tryLabel->setBuddy(tryField);
    scannerForm->addRow(tryLabel, tryField);
    auto* tryResult = new QLabel(scannerBox);
    tryResult->setObjectName(QStringLiteral("scannerTryResultLabel"));
    tryResult->setWordWrap(true);
    tryResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTone(tryResult, Tone::Hint);
    tryResult->setText(tr("The code read appears here without the prefix and suffix. If a character is "
                          "missing or extra, check the scanner's settings and the fields above."));
    scannerForm->addRow(QString(), tryResult);
    const auto saveAffixes = [prefix, suffix, tryField] {
        const QString unescapedSuffix = unescaped(suffix->text());
        QSettings settings;
        settings.setValue(ScanField::prefixKey(), prefix->text());
        settings.setValue(ScanField::suffixKey(), unescapedSuffix);
        tryField->setAffixes(prefix->text(), unescapedSuffix);
    };
    connect(prefix, &QLineEdit::textEdited, this, saveAffixes);
    connect(suffix, &QLineEdit::textEdited, this, saveAffixes);
    connect(tryField, &ScanField::scanned, this, [tryResult](const QString& code) {
        setTone(tryResult, Tone::Normal);
        tryResult->setText(tr("Read: %1 (%2 characters)").arg(code).arg(code.size()));
    });
    layout->addWidget(scannerBox);
    layout->addStretch(1);
}

QString SettingsPage::escaped(const QString& affix)
{
    QString out = affix;
    return out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('\t'), QStringLiteral("\\t"));
}

QString SettingsPage::unescaped(const QString& text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar next = text.at(i + 1);
            if (next == QLatin1Char('t')) {
                out += QLatin1Char('\t');
                ++i;
                continue;
            }
            if (next == QLatin1Char('\\')) {
                out += QLatin1Char('\\');
                ++i;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

void SettingsPage::languageChosen()
{
    QSettings().setValue(kLanguageKey, m_language->currentData().toString());
}

} // namespace suyuan::ui
