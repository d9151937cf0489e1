#include "UnlockDialog.h"
#include "ui_UnlockDialog.h"

#include "common/Background.h"
#include "common/Style.h"
#include "crypto/Hash.h"
#include "ledger/Profile.h"

#include <QDir>
#include <QPushButton>

namespace suyuan::ui {

UnlockDialog::UnlockDialog(QString profileDir, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::UnlockDialog>()), m_profileDir(std::move(profileDir))
{
    m_ui->setupUi(this);

    makeHeading(m_ui->titleLabel);
    m_ui->directoryLabel->setText(QDir::toNativeSeparators(m_profileDir));
    m_ui->directoryLabel->setToolTip(m_ui->directoryLabel->text());
    setTone(m_ui->errorLabel, Tone::Error);
    m_ui->errorLabel->setMinimumHeight(2 * m_ui->errorLabel->fontMetrics().lineSpacing());
    m_ui->errorLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    keepSpaceWhenHidden(m_ui->busyProgressBar);
    keepSpaceWhenHidden(m_ui->statusLabel);
    m_ui->busyProgressBar->hide();
    m_ui->statusLabel->hide();

    connect(m_ui->passphraseLineEdit, &QLineEdit::textChanged, this, &UnlockDialog::updateButtons);
    connect(m_ui->unlockPushButton, &QPushButton::clicked, this, &UnlockDialog::unlock);
    connect(m_ui->quitPushButton, &QPushButton::clicked, this, &UnlockDialog::reject);

    updateButtons();
    m_ui->passphraseLineEdit->setFocus();
}

UnlockDialog::~UnlockDialog() = default;

std::unique_ptr<Ledger> UnlockDialog::takeLedger()
{
    return std::move(m_ledger);
}

void UnlockDialog::reject()
{
    if (m_busy) {
        return;
    }
    QDialog::reject();
}

void UnlockDialog::updateButtons()
{
    m_ui->unlockPushButton->setEnabled(!m_busy && !m_ui->passphraseLineEdit->text().isEmpty());
}

void UnlockDialog::unlock()
{
    if (m_busy || m_ui->passphraseLineEdit->text().isEmpty()) {
        return;
    }
    setBusy(true);
    m_ui->errorLabel->clear();
    runInBackground(
        this,
        [dir = m_profileDir, passphrase = m_ui->passphraseLineEdit->text().toUtf8()]() mutable {
            auto result = Profile::open(dir, passphrase);
            crypto::wipe(passphrase);
            return result;
        },
        [this](Result<std::unique_ptr<Ledger>> result) { opened(std::move(result)); });
}

void UnlockDialog::opened(Result<std::unique_ptr<Ledger>> result)
{
    // Whatever happened, the typed passphrase is no longer needed.
    m_ui->passphraseLineEdit->clear();
    setBusy(false);
    if (!result) {
        // core's message is already translated; for a wrong passphrase it says that
        // nothing was changed and that the user may try again.
        m_ui->errorLabel->setText(result.error().message);
        m_ui->passphraseLineEdit->setFocus();
        return;
    }
    m_ledger = std::move(result).value();
    accept();
}

void UnlockDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->passphraseLineEdit->setEnabled(!busy);
    m_ui->quitPushButton->setEnabled(!busy);
    m_ui->busyProgressBar->setVisible(busy);
    m_ui->statusLabel->setVisible(busy);
    updateButtons();
}

} // namespace suyuan::ui
