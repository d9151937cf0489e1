#pragma once

#include "crypto/Kdf.h"
#include "ledger/Ledger.h"
#include "util/Result.h"

#include <QString>
#include <QStringView>
#include <QWizard>
#include <QWizardPage>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QTimer;
class QTranslator;

namespace Ui {
class FirstRunDialog;
}

namespace suyuan::ui {

// A wizard page whose Next/Finish button follows a predicate of the wizard's.
class FirstRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FirstRunPage(QWidget* parent = nullptr) : QWizardPage(parent) {}

    void setCompleteCheck(std::function<bool()> check) { m_check = std::move(check); }
    bool isComplete() const override { return m_check ? m_check() : true; }
    void updateComplete() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> m_check;
};

// The first start: a short wizard for the language, the organisation (name, role, optional
// entity code 主体码), the passphrase (with confirmation and a strength hint) and an offer
// to fill the new profile with the demo ledger. Nothing is written before Finish. Then, on
// a worker (the key derivation takes about a second), Profile::create makes the profile,
// the demo data goes in if asked for, and the organisation is saved as the party "self";
// on success the dialog is accepted and holds the open ledger. The chosen language is
// stored in QSettings ("ui/language") and the wizard shows itself in it at once.
class FirstRunDialog : public QWizard
{
    Q_OBJECT

public:
    static constexpr int kMinPassphraseLength = 8;
    // The key under which the organisation of the profile is saved as a party.
    static constexpr char kSelfPartyKey[] = "self";

    enum PageId
    {
        LanguagePage,
        OrganisationPage,
        PassphrasePage,
        FinishPage
    };

    enum class Strength
    {
        Weak,
        Fair,
        Strong
    };
    enum class WeakReason
    {
        None,
        Short,
        Common,
        Organisation,
        Repetitive
    };
    struct StrengthRating
    {
        Strength strength = Strength::Weak;
        WeakReason reason = WeakReason::None;
    };
    // A rough rating of a passphrase (length, character classes, common words and sequences,
    // the organisation's name). Han characters count double: each carries more choice.
    static StrengthRating ratePassphrase(const QString& passphrase, const QString& organisation = {});

    // kdf: empty = calibrate on this machine (the apps); tests pass cheap parameters.
    explicit FirstRunDialog(QString profileDir, std::optional<crypto::KdfParams> kdf = std::nullopt,
                            QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    QString profileDir() const { return m_profileDir; }
    bool isBusy() const { return m_busy; }
    // The language chosen on the first page: "zh_CN", "en", or empty for the system's.
    QString language() const;
    // The ledger of the new profile, once the dialog has been accepted.
    std::unique_ptr<Ledger> takeLedger();

public Q_SLOTS:
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Outcome;

    void retranslate();
    void languageChosen();
    void pageShown(int id);
    void organisationEdited();
    void passphraseEdited(bool confirmField);
    bool organisationValid();
    bool passphraseValid();
    void updateStrength();
    void updateSummary();
    void create();
    void setBusy(bool busy);
    void showProgress();
    void created(Outcome outcome);

    std::unique_ptr<::Ui::FirstRunDialog> m_ui;
    QString m_profileDir;
    std::optional<crypto::KdfParams> m_kdf;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
    bool m_entityCodeLeft = false;
    bool m_confirmEdited = false;
    bool m_busy = false;
    QString m_createError;
    QTimer* m_progressTimer = nullptr;
    // Shared with the worker: how far the demo data has got, and whether to stop.
    struct Progress
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancel{false};
    };
    std::shared_ptr<Progress> m_progress;
    std::unique_ptr<Ledger> m_ledger;
};

} // namespace suyuan::ui
