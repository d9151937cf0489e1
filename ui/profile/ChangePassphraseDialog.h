#pragma once

#include "ledger/Ledger.h"
#include "util/Result.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace suyuan::ui {

// Changes the passphrase of a profile that no window has open (the database is copied
// under the new key and the old copy removed, so no connection may stay on it), then opens
// the profile with the new passphrase. A wrong current passphrase changes nothing; the
// user may try again.
class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePassphraseDialog(QString profileDir, QWidget* parent = nullptr);
    ~ChangePassphraseDialog() override;

    std::unique_ptr<Ledger> takeLedger() { return std::move(m_ledger); }
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void updateState();
    void finished(Result<std::unique_ptr<Ledger>> result);

    QString m_profileDir;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_next = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_busy = false;
    std::unique_ptr<Ledger> m_ledger;
};

} // namespace suyuan::ui
