#pragma once

#include "ledger/Ledger.h"
#include "util/Result.h"

#include <QDialog>
#include <QString>

#include <memory>

namespace Ui {
class UnlockDialog;
}

namespace suyuan::ui {

// Asks for the passphrase of an existing profile and opens it on a worker (the key
// derivation takes about a second). A wrong passphrase changes nothing on disk; the user
// may simply try again, as often as needed. On success the dialog is accepted and holds
// the open ledger.
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UnlockDialog(QString profileDir, QWidget* parent = nullptr);
    ~UnlockDialog() override;

    QString profileDir() const { return m_profileDir; }
    bool isBusy() const { return m_busy; }
    std::unique_ptr<Ledger> takeLedger();

public Q_SLOTS:
    void reject() override;

private:
    void unlock();
    void setBusy(bool busy);
    void updateButtons();
    void opened(Result<std::unique_ptr<Ledger>> result);

    std::unique_ptr<::Ui::UnlockDialog> m_ui;
    QString m_profileDir;
    bool m_busy = false;
    std::unique_ptr<Ledger> m_ledger;
};

} // namespace suyuan::ui
