#include "ChangePassphraseDialog.h"

#include "common/Background.h"
#include "common/Style.h"
#include "crypto/Hash.h"
#include "ledger/Profile.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace suyuan::ui {

namespace {
constexpr int kMinimumLength = 8;
}

ChangePassphraseDialog::ChangePassphraseDialog(QString profileDir, QWidget* parent)
    : QDialog(parent), m_profileDir(std::move(profileDir))
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    setWindowTitle(tr("Change Passphrase"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("The ledger is copied under the new passphrase; the old one stops working "
                      "when the copy is complete. Nothing recorded is lost if this is interrupted."),
                   this);
    intro->setWordWrap(true);
    setTone(intro, Tone::Hint);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    const auto field = [this, form](const QString& label, const char* name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setEchoMode(QLineEdit::Password);
        auto* l = new QLabel(label, this);
        l->setBuddy(edit);
        form->addRow(l, edit);
        connect(edit, &QLineEdit::textChanged, this, &ChangePassphraseDialog::updateState);
        return edit;
    };
    m_current = field(tr("&Current passphrase:"), "currentLineEdit");
    m_next = field(tr("&New passphrase:"), "newLineEdit");
    m_confirm = field(tr("&Repeat the new one:"), "confirmLineEdit");
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePassphraseDialog::reject);
    layout->addWidget(m_buttons);
    updateState();
}

ChangePassphraseDialog::~ChangePassphraseDialog() = default;

void ChangePassphraseDialog::updateState()
{
    QString problem;
    if (!m_next->text().isEmpty() && m_next->text().size() < kMinimumLength) {
        problem = tr("The new passphrase needs at least %1 characters.").arg(kMinimumLength);
    } else if (!m_confirm->text().isEmpty() && m_confirm->text() != m_next->text()) {
        problem = tr("The two new passphrases differ.");
    } else if (!m_next->text().isEmpty() && m_next->text() == m_current->text()) {
        problem = tr("The new passphrase is the current one.");
    }
    if (!m_busy) {
        m_message->setText(problem);
        setTone(m_message, Tone::Error);
    }
    const bool valid = problem.isEmpty() && !m_current->text().isEmpty() &&
                       m_next->text().size() >= kMinimumLength && m_confirm->text() == m_next->text();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid && !m_busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!m_busy);
    for (QLineEdit* edit : {m_current, m_next, m_confirm}) {
        edit->setEnabled(!m_busy);
    }
}

void ChangePassphraseDialog::accept()
{
    if (m_busy || !m_buttons->button(QDialogButtonBox::Ok)->isEnabled()) {
        return;
    }
    m_busy = true;
    m_message->setText(tr("Changing the passphrase…"));
    setTone(m_message, Tone::Hint);
    updateState();
    QByteArray current = m_current->text().toUtf8();
    QByteArray next = m_next->text().toUtf8();
    const QString dir = m_profileDir;
    runInBackground(
        this,
        [dir, current, next]() mutable -> Result<std::unique_ptr<Ledger>> {
            Status st = Profile::changePassphrase(dir, current, next);
            Result<std::unique_ptr<Ledger>> out =
                st ? Profile::open(dir, next) : Result<std::unique_ptr<Ledger>>(st.error());
            crypto::wipe(current);
            crypto::wipe(next);
            return out;
        },
        [this](Result<std::unique_ptr<Ledger>> result) { finished(std::move(result)); });
}

void ChangePassphraseDialog::finished(Result<std::unique_ptr<Ledger>> result)
{
    m_busy = false;
    if (!result) {
        updateState();
        m_message->setText(result.error().code == ErrorCode::WrongPassphrase
                               ? tr("The current passphrase is wrong. Nothing was changed.")
                               : tr("The passphrase was not changed: %1").arg(result.error().message));
        setTone(m_message, Tone::Error);
        m_current->selectAll();
        m_current->setFocus();
        return;
    }
    m_ledger = std::move(result.value());
    QDialog::accept();
}

void ChangePassphraseDialog::reject()
{
    if (!m_busy) {
        QDialog::reject();
    }
}

} // namespace suyuan::ui
