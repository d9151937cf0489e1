#include "SettingsPage.h"

#include "common/Style.h"
#include "labels/BatchLabels.h"
#include "scan/ScanField.h"
#include "trace/TraceService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
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

SettingsPage::SettingsPage(QWidget* parent, trace::TraceService* trace) : QWidget(parent), m_trace(trace)
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

    if (m_trace) {
        // The web address in every QR label, where the consumer site is published.
        auto* labelsBox = new QGroupBox(tr("Labels"), this);
        auto* labelsForm = new QFormLayout(labelsBox);
        auto* baseRow = new QHBoxLayout;
        m_labelBase = new QLineEdit(labels::labelBase(m_trace->ledger()), labelsBox);
        m_labelBase->setObjectName(QStringLiteral("labelBaseEdit"));
        m_labelBase->setPlaceholderText(QStringLiteral("https://trace.example.cn"));
        m_labelBase->setToolTip(
            tr("The web address the QR codes on your labels point to. Publish the consumer "
               "site (File → Export consumer site) at this address."));
        m_labelBaseSave = new QPushButton(tr("Sa&ve"), labelsBox);
        m_labelBaseSave->setObjectName(QStringLiteral("labelBaseSavePushButton"));
        m_labelBaseSave->setEnabled(false);
        baseRow->addWidget(m_labelBase, 1);
        baseRow->addWidget(m_labelBaseSave);
        auto* baseLabel = new QLabel(tr("Label &address:"), labelsBox);
        baseLabel->setBuddy(m_labelBase);
        labelsForm->addRow(baseLabel, baseRow);
        m_labelBaseNote = new QLabel(labelsBox);
        m_labelBaseNote->setObjectName(QStringLiteral("labelBaseNoteLabel"));
        m_labelBaseNote->setWordWrap(true);
        labelsForm->addRow(QString(), m_labelBaseNote);
        const auto describe = [this] {
            const bool example =
                labels::labelBase(m_trace->ledger()) == QLatin1String(labels::exampleLabelBase);
            setTone(m_labelBaseNote, example ? Tone::Error : Tone::Hint);
            m_labelBaseNote->setText(
                example
                    ? tr("This is an example address. Set the address of your own website before you print "
                         "labels, or consumers' phones will not find your pages.")
                    : tr("New labels and the consumer site use this address. Labels already printed keep the "
                         "address they were printed with."));
        };
        describe();
        connect(m_labelBase, &QLineEdit::textEdited, this, [this] {
            m_labelBaseSave->setEnabled(m_labelBase->text().trimmed() !=
                                        labels::labelBase(m_trace->ledger()));
        });
        connect(m_labelBase, &QLineEdit::returnPressed, this, &SettingsPage::saveLabelBase);
        connect(m_labelBaseSave, &QPushButton::clicked, this, &SettingsPage::saveLabelBase);
        connect(this, &SettingsPage::labelBaseSaved, this, describe);
        layout->addWidget(labelsBox);
    }
    layout->addStretch(1);
}

void SettingsPage::saveLabelBase()
{
    const QString text = m_labelBase->text().trimmed();
    if (text == labels::labelBase(m_trace->ledger())) {
        return;
    }
    if (auto st = labels::setLabelBase(m_trace->ledger(), text); !st) {
        setTone(m_labelBaseNote, Tone::Error);
        m_labelBaseNote->setText(tr("Not saved: %1").arg(st.error().message));
        m_labelBase->setFocus();
        return;
    }
    m_labelBase->setText(labels::labelBase(m_trace->ledger()));
    m_labelBaseSave->setEnabled(false);
    Q_EMIT labelBaseSaved();
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
