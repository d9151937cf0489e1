#include "FirstRunDialog.h"
#include "ui_FirstRunDialog.h"

#include "common/Background.h"
#include "common/Style.h"
#include "crypto/Hash.h"
#include "ledger/Profile.h"

#include <QDir>
#include <QPushButton>

namespace suyuan::ui {

FirstRunDialog::FirstRunDialog(QString profileDir, std::optional<crypto::KdfParams> kdf, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::FirstRunDialog>()), m_profileDir(std::move(profileDir)),
      m_kdf(std::move(kdf))
{
    m_ui->setupUi(this);

    makeHeading(m_ui->titleLabel);
    setTone(m_ui->hintLabel, Tone::Hint);
    setTone(m_ui->directoryLabel, Tone::Hint);
    setTone(m_ui->errorLabel, Tone::Error);
    m_ui->directoryLabel->setText(
        tr("The profile will be stored in %1").arg(QDir::toNativeSeparators(m_profileDir)));
    // Reserve room for a two-line message so that the dialog does not jump while typing.
    m_ui->errorLabel->setMinimumHeight(2 * m_ui->errorLabel->fontMetrics().lineSpacing());
    m_ui->errorLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    keepSpaceWhenHidden(m_ui->busyProgressBar);
    keepSpaceWhenHidden(m_ui->statusLabel);
    m_ui->busyProgressBar->hide();
    m_ui->statusLabel->hide();

    connect(m_ui->organisationLineEdit, &QLineEdit::textEdited, this,
            [this] { fieldEdited(Field::Organisation); });
    connect(m_ui->passphraseLineEdit, &QLineEdit::textEdited, this,
            [this] { fieldEdited(Field::Passphrase); });
    connect(m_ui->confirmLineEdit, &QLineEdit::textEdited, this, [this] { fieldEdited(Field::Confirm); });
    // The Create button is the dialog's default button: Enter clicks it, but only while it
    // is enabled, that is while the input is valid.
    connect(m_ui->createPushButton, &QPushButton::clicked, this, &FirstRunDialog::create);
    connect(m_ui->cancelPushButton, &QPushButton::clicked, this, &FirstRunDialog::reject);

    validate();
    m_ui->organisationLineEdit->setFocus();
}

FirstRunDialog::~FirstRunDialog() = default;

std::unique_ptr<Ledger> FirstRunDialog::takeLedger()
{
    return std::move(m_ledger);
}

void FirstRunDialog::reject()
{
    // Profile::create cannot be interrupted half-way; let it finish.
    if (m_busy) {
        return;
    }
    QDialog::reject();
}

void FirstRunDialog::fieldEdited(Field field)
{
    m_furthestEdited = std::max(m_furthestEdited, field);
    validate();
}

bool FirstRunDialog::validate()
{
    const QString passphrase = m_ui->passphraseLineEdit->text();
    const bool nameOk = !m_ui->organisationLineEdit->text().trimmed().isEmpty();
    const bool longEnough = passphrase.toUcs4().size() >= kMinPassphraseLength;
    const bool matching = passphrase == m_ui->confirmLineEdit->text();

    // Complain only about fields the user has reached, so that a fresh dialog is not red.
    QString problem;
    if (!nameOk && m_furthestEdited >= Field::Organisation) {
        problem = tr("Enter the name of your organisation.");
    } else if (!longEnough && m_furthestEdited >= Field::Passphrase) {
        problem = tr("The passphrase is too short: use at least %1 characters.").arg(kMinPassphraseLength);
    } else if (!matching && m_furthestEdited >= Field::Confirm) {
        problem = tr("The two passphrases do not match.");
    }
    m_ui->errorLabel->setText(problem);

    const bool valid = nameOk && longEnough && matching;
    m_ui->createPushButton->setEnabled(valid && !m_busy);
    return valid;
}

void FirstRunDialog::create()
{
    if (m_busy || !validate()) {
        return;
    }
    setBusy(true);
    m_ui->errorLabel->clear();
    runInBackground(
        this,
        [dir = m_profileDir, passphrase = m_ui->passphraseLineEdit->text().toUtf8(),
         organisation = m_ui->organisationLineEdit->text().trimmed(), kdf = m_kdf]() mutable {
            auto result = Profile::create(dir, passphrase, organisation, kdf);
            crypto::wipe(passphrase);
            return result;
        },
        [this](Result<std::unique_ptr<Ledger>> result) { created(std::move(result)); });
}

void FirstRunDialog::created(Result<std::unique_ptr<Ledger>> result)
{
    setBusy(false);
    if (!result) {
        validate();
        m_ui->errorLabel->setText(result.error().message);
        m_ui->organisationLineEdit->setFocus();
        return;
    }
    m_ledger = std::move(result).value();
    m_ui->passphraseLineEdit->clear();
    m_ui->confirmLineEdit->clear();
    accept();
}

void FirstRunDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->organisationLineEdit->setEnabled(!busy);
    m_ui->passphraseLineEdit->setEnabled(!busy);
    m_ui->confirmLineEdit->setEnabled(!busy);
    m_ui->cancelPushButton->setEnabled(!busy);
    m_ui->createPushButton->setEnabled(!busy);
    m_ui->busyProgressBar->setVisible(busy);
    m_ui->statusLabel->setVisible(busy);
}

} // namespace suyuan::ui
