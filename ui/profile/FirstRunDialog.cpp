#include "FirstRunDialog.h"
#include "ui_FirstRunDialog.h"

#include "common/Background.h"
#include "common/Style.h"
#include "crypto/Hash.h"
#include "ledger/Profile.h"
#include "trace/CreditCode.h"
#include "trace/Demo.h"
#include "trace/TraceService.h"

#include <QAbstractButton>
#include <QDir>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QSet>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <array>

namespace suyuan::ui {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language"); // as SettingsPage::language()

// The roles of the combo box, in its order.
constexpr std::array<const char*, 5> kRoles = {"farm", "cooperative", "processor", "logistics", "retailer"};
constexpr int kDefaultRole = 1; // the cooperative: most profiles are made by one

// Answers every message with its source text, so that English wins over any catalogue that
// the application installed at start (a Chinese system, say), Qt's own strings included.
class SourceLanguageTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char*, const char* sourceText, const char* = nullptr, int = -1) const override
    {
        return QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

bool containsHan(const QString& text)
{
    for (const uint c : text.toUcs4()) {
        if (QChar::script(c) == QChar::Script_Han) {
            return true;
        }
    }
    return false;
}

// Lower-case fragments that make a passphrase easy to guess, whatever surrounds them.
constexpr std::array<const char*, 24> kCommonFragments = {
    "password", "passwort", "passwd", "qwerty",  "qwertz", "asdf",   "zxcv",   "1234",
    "2345",     "3456",     "4567",   "5678",    "6789",   "abcd",   "admin",  "welcome",
    "letmein",  "iloveyou", "woaini", "5201314", "1314",   "suyuan", "monkey", "dragon"};

} // namespace

FirstRunDialog::StrengthRating FirstRunDialog::ratePassphrase(const QString& passphrase,
                                                              const QString& organisation)
{
    const QList<uint> chars = passphrase.toUcs4();
    if (chars.size() < kMinPassphraseLength) {
        return {Strength::Weak, WeakReason::Short};
    }
    const QString lower = passphrase.toLower();
    for (const char* fragment : kCommonFragments) {
        if (lower.contains(QLatin1String(fragment))) {
            return {Strength::Weak, WeakReason::Common};
        }
    }
    const QString name = organisation.simplified().toLower();
    if (name.size() >= 3 && lower.contains(name)) {
        return {Strength::Weak, WeakReason::Organisation};
    }
    // Distinct characters and classes: lower, upper, digit, other ASCII, beyond ASCII.
    QSet<uint> distinct;
    std::array<bool, 5> classes{};
    qsizetype weight = 0;
    for (const uint c : chars) {
        distinct.insert(c);
        if (c >= 'a' && c <= 'z') {
            classes[0] = true;
        } else if (c >= 'A' && c <= 'Z') {
            classes[1] = true;
        } else if (c >= '0' && c <= '9') {
            classes[2] = true;
        } else if (c < 0x80) {
            classes[3] = true;
        } else {
            classes[4] = true;
        }
        weight += QChar::script(c) == QChar::Script_Han ? 2 : 1;
    }
    if (distinct.size() <= 3) {
        return {Strength::Weak, WeakReason::Repetitive};
    }
    const auto classCount = std::count(classes.begin(), classes.end(), true);
    const int points =
        (weight >= 12) + (weight >= 16) + (weight >= 20) + (classCount >= 2) + (classCount >= 3);
    if (points >= 3) {
        return {Strength::Strong, WeakReason::None};
    }
    if (points >= 1) {
        return {Strength::Fair, WeakReason::None};
    }
    return {Strength::Weak, WeakReason::Short};
}

struct FirstRunDialog::Outcome
{
    std::unique_ptr<Ledger> ledger;
    QString error;         // nothing was created
    QString followUpError; // the profile exists, the demo data or the party did not go in
};

FirstRunDialog::FirstRunDialog(QString profileDir, std::optional<crypto::KdfParams> kdf, QWidget* parent)
    : QWizard(parent), m_ui(std::make_unique<::Ui::FirstRunDialog>()), m_profileDir(std::move(profileDir)),
      m_kdf(std::move(kdf)), m_progress(std::make_shared<Progress>())
{
    m_ui->setupUi(this);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextPushButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backPushButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("createPushButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelPushButton"));

    setTone(m_ui->languageNoteLabel, Tone::Hint);
    setTone(m_ui->organisationErrorLabel, Tone::Error);
    setTone(m_ui->hintLabel, Tone::Hint);
    setTone(m_ui->passphraseErrorLabel, Tone::Error);
    setTone(m_ui->demoNoteLabel, Tone::Hint);
    setTone(m_ui->directoryLabel, Tone::Hint);
    setTone(m_ui->errorLabel, Tone::Error);
    // Reserve room for a two-line message so that a page does not jump while typing.
    for (QLabel* label :
         {m_ui->organisationErrorLabel, m_ui->passphraseErrorLabel, m_ui->errorLabel, m_ui->strengthLabel}) {
        label->setMinimumHeight(2 * label->fontMetrics().lineSpacing());
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    m_ui->entityCodeLineEdit->setFont(codeFont(m_ui->entityCodeLineEdit->font()));
    keepSpaceWhenHidden(m_ui->busyProgressBar);
    keepSpaceWhenHidden(m_ui->statusLabel);
    m_ui->busyProgressBar->hide();
    m_ui->statusLabel->hide();

    m_ui->languageComboBox->setItemData(0, QString());
    m_ui->languageComboBox->setItemData(1, QStringLiteral("zh_CN"));
    m_ui->languageComboBox->setItemData(2, QStringLiteral("en"));
    const QString stored = QSettings().value(kLanguageKey).toString();
    m_ui->languageComboBox->setCurrentIndex(std::max(0, m_ui->languageComboBox->findData(stored)));
    m_ui->roleComboBox->setCurrentIndex(kDefaultRole);

    m_ui->organisationPage->setCompleteCheck([this] { return organisationValid(); });
    m_ui->passphrasePage->setCompleteCheck([this] { return passphraseValid(); });
    m_ui->finishPage->setCompleteCheck([this] { return !m_busy; });

    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this, &FirstRunDialog::languageChosen);
    connect(m_ui->organisationLineEdit, &QLineEdit::textChanged, this, &FirstRunDialog::organisationEdited);
    connect(m_ui->entityCodeLineEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        // Codes are printed in capitals; accept them typed in either case.
        if (text != text.toUpper()) {
            const int cursor = m_ui->entityCodeLineEdit->cursorPosition();
            m_ui->entityCodeLineEdit->setText(text.toUpper());
            m_ui->entityCodeLineEdit->setCursorPosition(cursor);
        }
        organisationEdited();
    });
    connect(m_ui->entityCodeLineEdit, &QLineEdit::editingFinished, this, [this] {
        m_entityCodeLeft = true;
        organisationEdited();
    });
    connect(m_ui->passphraseLineEdit, &QLineEdit::textEdited, this, [this] { passphraseEdited(false); });
    connect(m_ui->confirmLineEdit, &QLineEdit::textEdited, this, [this] { passphraseEdited(true); });
    connect(this, &QWizard::currentIdChanged, this, &FirstRunDialog::pageShown);

    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &FirstRunDialog::showProgress);

    retranslate();
    languageChosen();
}

FirstRunDialog::~FirstRunDialog()
{
    // A worker still filling the demo data stops at its next step; the profile stays.
    m_progress->cancel = true;
    // Removing the translators while every member is still alive (the language changes back).
    m_translators.clear();
}

QString FirstRunDialog::language() const
{
    return m_ui->languageComboBox->currentData().toString();
}

std::unique_ptr<Ledger> FirstRunDialog::takeLedger()
{
    return std::move(m_ledger);
}

void FirstRunDialog::accept()
{
    if (m_busy) {
        return;
    }
    if (m_ledger) {
        QWizard::accept();
        return;
    }
    create();
}

void FirstRunDialog::reject()
{
    // Profile::create cannot be interrupted half-way; let it finish.
    if (m_busy) {
        return;
    }
    QWizard::reject();
}

void FirstRunDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWizard::changeEvent(event);
}

// Everything that retranslateUi() does not know: texts made here, and the wizard's buttons.
void FirstRunDialog::retranslate()
{
    setButtonText(QWizard::BackButton, tr("&Back"));
    setButtonText(QWizard::NextButton, tr("&Next"));
    setButtonText(QWizard::FinishButton, tr("&Create Profile"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    m_ui->directoryLabel->setText(
        tr("The profile will be stored in %1").arg(QDir::toNativeSeparators(m_profileDir)));
    organisationEdited();
    updateStrength();
    passphraseValid();
    updateSummary();
    if (!m_createError.isEmpty()) {
        m_ui->errorLabel->setText(m_createError);
    }
}

void FirstRunDialog::languageChosen()
{
    const QString chosen = language();
    m_translators.clear(); // removes them from the application
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        auto own = std::make_unique<QTranslator>();
        auto qt = std::make_unique<QTranslator>();
        if (own->load(locale, QStringLiteral("suyuan"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
            if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
                m_translators.push_back(std::move(qt));
            }
            m_translators.push_back(std::move(own));
        }
    }
    if (m_translators.empty()) {
        // English, or a language without a catalogue: the source texts.
        m_translators.push_back(std::make_unique<SourceLanguageTranslator>());
    }
    for (const auto& translator : m_translators) {
        QCoreApplication::installTranslator(translator.get());
    }
}

void FirstRunDialog::pageShown(int id)
{
    switch (id) {
    case LanguagePage:
        m_ui->languageComboBox->setFocus();
        break;
    case OrganisationPage:
        m_ui->organisationLineEdit->setFocus();
        break;
    case PassphrasePage:
        m_ui->passphraseLineEdit->setFocus();
        break;
    case FinishPage:
        updateSummary();
        m_ui->demoCheckBox->setFocus();
        break;
    default:
        break;
    }
}

void FirstRunDialog::organisationEdited()
{
    organisationValid();
    m_ui->organisationPage->updateComplete();
    updateSummary();
}

bool FirstRunDialog::organisationValid()
{
    const QString name = m_ui->organisationLineEdit->text().trimmed();
    const QString code = m_ui->entityCodeLineEdit->text().trimmed();
    QString problem;
    if (!code.isEmpty()) {
        qsizetype bad = -1;
        for (qsizetype i = 0; i < code.size() && bad < 0; ++i) {
            if (!trace::isCreditCodeCharacter(code.at(i))) {
                bad = i;
            }
        }
        if (bad >= 0) {
            problem = tr("“%1” does not occur in a unified social credit code (digits and capital letters "
                         "except I, O, S, V and Z).")
                          .arg(code.at(bad));
        } else if (code.size() == 18 && !trace::isValidCreditCode(code)) {
            problem = tr("The check character does not match: after these 17 characters it would be “%1”. "
                         "Look for a typing error.")
                          .arg(trace::creditCodeCheckCharacter(QStringView(code).left(17)));
        } else if (code.size() != 18 && m_entityCodeLeft) {
            problem = tr("A unified social credit code has 18 characters; this one has %1.").arg(code.size());
        }
    }
    m_ui->organisationErrorLabel->setText(problem);
    const bool codeOk = code.isEmpty() || trace::isValidCreditCode(code);
    return !name.isEmpty() && codeOk;
}

void FirstRunDialog::passphraseEdited(bool confirmField)
{
    m_confirmEdited = m_confirmEdited || confirmField;
    updateStrength();
    m_ui->passphrasePage->updateComplete();
}

bool FirstRunDialog::passphraseValid()
{
    const QString passphrase = m_ui->passphraseLineEdit->text();
    const bool longEnough = passphrase.toUcs4().size() >= kMinPassphraseLength;
    const bool matching = passphrase == m_ui->confirmLineEdit->text();
    // Complain once the confirmation has been reached, so that a fresh page is not red; while
    // the first field is typed, the strength hint says enough about the length.
    QString problem;
    if (m_confirmEdited && !longEnough) {
        problem = tr("The passphrase is too short: use at least %1 characters.").arg(kMinPassphraseLength);
    } else if (m_confirmEdited && !matching) {
        problem = tr("The two passphrases do not match.");
    }
    m_ui->passphraseErrorLabel->setText(problem);
    return longEnough && matching;
}

void FirstRunDialog::updateStrength()
{
    const QString passphrase = m_ui->passphraseLineEdit->text();
    if (passphrase.isEmpty()) {
        m_ui->strengthProgressBar->setValue(0);
        m_ui->strengthLabel->clear();
        return;
    }
    const StrengthRating rating = ratePassphrase(passphrase, m_ui->organisationLineEdit->text());
    QString text;
    Tone tone = Tone::Error;
    switch (rating.strength) {
    case Strength::Weak:
        switch (rating.reason) {
        case WeakReason::Common:
            text = tr("Weak: it contains a common word or sequence, such as “1234” or “password”.");
            break;
        case WeakReason::Organisation:
            text = tr("Weak: it contains the name of your organisation.");
            break;
        case WeakReason::Repetitive:
            text = tr("Weak: it repeats too few different characters.");
            break;
        case WeakReason::Short:
        case WeakReason::None:
            text = passphrase.toUcs4().size() < kMinPassphraseLength
                       ? tr("Too short: at least %1 characters.").arg(kMinPassphraseLength)
                       : tr("Weak: make it longer, or mix letters, digits and symbols.");
            break;
        }
        break;
    case Strength::Fair:
        text = tr("Fair: another word or two would make it strong.");
        tone = Tone::Normal;
        break;
    case Strength::Strong:
        text = tr("Strong.");
        tone = Tone::Success;
        break;
    }
    m_ui->strengthProgressBar->setValue(static_cast<int>(rating.strength) + 1);
    m_ui->strengthLabel->setText(text);
    setTone(m_ui->strengthLabel, tone);
    if (tone == Tone::Normal) {
        m_ui->strengthLabel->setPalette(m_ui->passphrasePage->palette());
    }
}

void FirstRunDialog::updateSummary()
{
    const QString code = m_ui->entityCodeLineEdit->text().trimmed();
    QStringList lines;
    lines << tr("Organisation: %1").arg(m_ui->organisationLineEdit->text().trimmed())
          << tr("Role: %1").arg(m_ui->roleComboBox->currentText())
          << tr("Entity code: %1").arg(code.isEmpty() ? tr("none (can be added later)") : code)
          << tr("Language: %1").arg(m_ui->languageComboBox->currentText());
    m_ui->summaryLabel->setText(lines.join(QLatin1Char('\n')));
}

void FirstRunDialog::create()
{
    if (m_busy || !organisationValid() || !passphraseValid()) {
        return;
    }
    setBusy(true);
    m_createError.clear();
    m_ui->errorLabel->clear();
    m_ui->statusLabel->setText(tr("Creating the profile and deriving its key…"));
    m_progress->done = 0;
    m_progress->total = 0;
    m_progress->cancel = false;

    const QString name = m_ui->organisationLineEdit->text().trimmed();
    trace::Party self;
    self.key = QString::fromLatin1(kSelfPartyKey);
    (containsHan(name) ? self.nameZh : self.nameEn) = name;
    self.role =
        QString::fromLatin1(kRoles.at(static_cast<size_t>(std::max(0, m_ui->roleComboBox->currentIndex()))));
    self.entityCode = m_ui->entityCodeLineEdit->text().trimmed();

    runInBackground(
        this,
        [dir = m_profileDir, passphrase = m_ui->passphraseLineEdit->text().toUtf8(), organisation = name,
         kdf = m_kdf, self, demo = m_ui->demoCheckBox->isChecked(), progress = m_progress]() mutable {
            Outcome outcome;
            auto created = Profile::create(dir, passphrase, organisation, kdf);
            crypto::wipe(passphrase);
            if (!created) {
                outcome.error = created.error().message;
                return outcome;
            }
            outcome.ledger = std::move(created).value();
            auto trace = trace::TraceService::open(*outcome.ledger);
            if (!trace) {
                outcome.followUpError = trace.error().message;
                return outcome;
            }
            // The demo goes only into an empty ledger: before the party "self".
            if (demo) {
                auto filled = trace::fillDemoLedger(**trace, trace::DemoOptions{},
                                                    [&progress](qint64 done, qint64 total) {
                                                        progress->total = total;
                                                        progress->done = done;
                                                        return !progress->cancel.load();
                                                    });
                if (!filled) {
                    outcome.followUpError = filled.error().message;
                }
            }
            if (auto saved = (*trace)->saveParty(self); !saved && outcome.followUpError.isEmpty()) {
                outcome.followUpError = saved.error().message;
            }
            return outcome;
        },
        [this](Outcome outcome) { created(std::move(outcome)); });
    if (m_ui->demoCheckBox->isChecked()) {
        m_progressTimer->start();
    }
}

void FirstRunDialog::showProgress()
{
    const qint64 total = m_progress->total;
    if (total <= 0) {
        return;
    }
    m_ui->statusLabel->setText(tr("Filling in the demo data…"));
    m_ui->busyProgressBar->setMaximum(static_cast<int>(std::min<qint64>(total, 1 << 30)));
    m_ui->busyProgressBar->setValue(static_cast<int>(std::min<qint64>(m_progress->done, 1 << 30)));
}

void FirstRunDialog::created(Outcome outcome)
{
    m_progressTimer->stop();
    setBusy(false);
    if (!outcome.ledger) {
        m_createError = outcome.error;
        m_ui->errorLabel->setText(m_createError);
        return;
    }
    m_ledger = std::move(outcome.ledger);
    m_ui->passphraseLineEdit->clear();
    m_ui->confirmLineEdit->clear();
    QSettings().setValue(kLanguageKey, language());
    if (!outcome.followUpError.isEmpty()) {
        // The profile exists and opens; say what is missing and let the user go on.
        m_createError =
            tr("The profile was created, but not everything went in: %1").arg(outcome.followUpError);
        m_ui->errorLabel->setText(m_createError);
        setButtonText(QWizard::FinishButton, tr("&Continue"));
        for (QWidget* w : std::initializer_list<QWidget*>{m_ui->demoCheckBox, button(QWizard::BackButton),
                                                          button(QWizard::CancelButton)}) {
            w->setEnabled(false);
        }
        return;
    }
    QWizard::accept();
}

void FirstRunDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->demoCheckBox->setEnabled(!busy);
    m_ui->finishPage->updateComplete();
    button(QWizard::BackButton)->setEnabled(!busy);
    button(QWizard::CancelButton)->setEnabled(!busy);
    m_ui->busyProgressBar->setMaximum(0);
    m_ui->busyProgressBar->setVisible(busy);
    m_ui->statusLabel->setVisible(busy);
}

} // namespace suyuan::ui
