#pragma once

#include "crypto/Kdf.h"
#include "ledger/Ledger.h"
#include "util/Result.h"

#include <QDialog>
#include <QString>

#include <memory>
#include <optional>

namespace Ui {
class FirstRunDialog;
}

namespace suyuan::ui {

// Creates a profile (organisation name and passphrase) on the first start. The key
// derivation takes about a second, so Profile::create runs on a worker while the dialog
// shows that it is busy; on success the dialog is accepted and holds the open ledger.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kMinPassphraseLength = 8;

    // kdf: empty = calibrate on this machine (the apps); tests pass cheap parameters.
    explicit FirstRunDialog(QString profileDir, std::optional<crypto::KdfParams> kdf = std::nullopt,
                            QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    QString profileDir() const { return m_profileDir; }
    bool isBusy() const { return m_busy; }
    // The ledger of the new profile, once the dialog has been accepted.
    std::unique_ptr<Ledger> takeLedger();

public Q_SLOTS:
    void reject() override;

private:
    enum class Field
    {
        None,
        Organisation,
        Passphrase,
        Confirm
    };

    void fieldEdited(Field field);
    bool validate();
    void create();
    void setBusy(bool busy);
    void created(Result<std::unique_ptr<Ledger>> result);

    std::unique_ptr<::Ui::FirstRunDialog> m_ui;
    QString m_profileDir;
    std::optional<crypto::KdfParams> m_kdf;
    Field m_furthestEdited = Field::None;
    bool m_busy = false;
    std::unique_ptr<Ledger> m_ledger;
};

} // namespace suyuan::ui
