#include "UiTestSupport.h"

#include "crypto/Kdf.h"
#include "ledger/Profile.h"
#include "mainwindow/MainWindow.h"
#include "profile/FirstRunDialog.h"
#include "settings/SettingsPage.h"
#include "trace/TraceService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace suyuan;
using namespace suyuan::test;
using suyuan::ui::FirstRunDialog;

namespace {

// Two codes made by the demo's generator (and checked there independently), and one with a
// wrong check character.
const QString kValidCode = QStringLiteral("91500102MA5U7GW259");
const QString kOtherValidCode = QStringLiteral("93500236MA5YQ4K744");
const QString kWrongCheckCode = QStringLiteral("91500102MA5U7GW25A");
// 奉节县脐橙专业合作社
const QString kChineseName = QStringLiteral("\u5949\u8282\u53bf\u8110\u6a59\u4e13\u4e1a\u5408\u4f5c\u793e");

} // namespace

class TestFirstRunDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void freshWizardIsQuiet();
    void organisationNameIsRequired();
    void entityCode_data();
    void entityCode();
    void validation_data();
    void validation();
    void strengthHint_data();
    void strengthHint();
    void fixingTheInputClearsTheMessage();
    void enterDoesNothingWhileInvalid();
    void keyboardWalkThroughWithDemo();
    void createsProfileWithoutDemo();
    void chineseLiveAndCancelWritesNothing();
    void failureIsShownAndInputStaysUsable();
    void cancelRejects();

private:
    struct Widgets
    {
        QComboBox* language = nullptr;
        QLineEdit* organisation = nullptr;
        QComboBox* role = nullptr;
        QLineEdit* entityCode = nullptr;
        QLabel* organisationError = nullptr;
        QLineEdit* passphrase = nullptr;
        QLineEdit* confirm = nullptr;
        QProgressBar* strengthBar = nullptr;
        QLabel* strength = nullptr;
        QLabel* passphraseError = nullptr;
        QCheckBox* demo = nullptr;
        QLabel* error = nullptr;
        QProgressBar* busy = nullptr;
        QPushButton* next = nullptr;
        QPushButton* back = nullptr;
        QPushButton* create = nullptr;
        QPushButton* cancel = nullptr;
        bool complete() const
        {
            return language && organisation && role && entityCode && organisationError && passphrase &&
                   confirm && strengthBar && strength && passphraseError && demo && error && busy && next &&
                   back && create && cancel;
        }
    };
    static Widgets widgetsOf(const FirstRunDialog& dialog);
    // Shows a fresh wizard; the widgets are checked.
    static bool show(FirstRunDialog& dialog, Widgets& w);
    // Fills the organisation page (from the language page) and goes on with Enter.
    static void passOrganisation(FirstRunDialog& dialog, const Widgets& w,
                                 const QString& organisation = QStringLiteral("Co-op"));
    static void fillPassphrases(const Widgets& w, const QString& passphrase, const QString& confirm);

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_dir;
};

TestFirstRunDialog::Widgets TestFirstRunDialog::widgetsOf(const FirstRunDialog& dialog)
{
    Widgets w;
    w.language = find<QComboBox>(&dialog, "languageComboBox");
    w.organisation = find<QLineEdit>(&dialog, "organisationLineEdit");
    w.role = find<QComboBox>(&dialog, "roleComboBox");
    w.entityCode = find<QLineEdit>(&dialog, "entityCodeLineEdit");
    w.organisationError = find<QLabel>(&dialog, "organisationErrorLabel");
    w.passphrase = find<QLineEdit>(&dialog, "passphraseLineEdit");
    w.confirm = find<QLineEdit>(&dialog, "confirmLineEdit");
    w.strengthBar = find<QProgressBar>(&dialog, "strengthProgressBar");
    w.strength = find<QLabel>(&dialog, "strengthLabel");
    w.passphraseError = find<QLabel>(&dialog, "passphraseErrorLabel");
    w.demo = find<QCheckBox>(&dialog, "demoCheckBox");
    w.error = find<QLabel>(&dialog, "errorLabel");
    w.busy = find<QProgressBar>(&dialog, "busyProgressBar");
    w.next = find<QPushButton>(&dialog, "nextPushButton");
    w.back = find<QPushButton>(&dialog, "backPushButton");
    w.create = find<QPushButton>(&dialog, "createPushButton");
    w.cancel = find<QPushButton>(&dialog, "cancelPushButton");
    return w;
}

bool TestFirstRunDialog::show(FirstRunDialog& dialog, Widgets& w)
{
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog)) {
        return false;
    }
    w = widgetsOf(dialog);
    return w.complete() && dialog.currentId() == FirstRunDialog::LanguagePage;
}

void TestFirstRunDialog::passOrganisation(FirstRunDialog& dialog, const Widgets& w,
                                          const QString& organisation)
{
    QTest::keyClick(w.language, Qt::Key_Return);
    QCOMPARE(dialog.currentId(), int(FirstRunDialog::OrganisationPage));
    QVERIFY(w.organisation->hasFocus());
    typeText(w.organisation, organisation);
    QTest::keyClick(w.organisation, Qt::Key_Return);
    QCOMPARE(dialog.currentId(), int(FirstRunDialog::PassphrasePage));
    QVERIFY(w.passphrase->hasFocus());
}

void TestFirstRunDialog::fillPassphrases(const Widgets& w, const QString& passphrase, const QString& confirm)
{
    typeText(w.passphrase, passphrase);
    typeText(w.confirm, confirm);
}

void TestFirstRunDialog::initTestCase()
{
    initGuiTest();
}

void TestFirstRunDialog::init()
{
    QSettings().remove(QStringLiteral("ui/language"));
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_dir = m_tmp->filePath(QStringLiteral("profile"));
}

void TestFirstRunDialog::cleanup()
{
    m_tmp.reset();
}

void TestFirstRunDialog::freshWizardIsQuiet()
{
    FirstRunDialog dialog(m_dir, crypto::testKdfParams());
    Widgets w;
    QVERIFY(show(dialog, w));
    QVERIFY(w.language->hasFocus());
    QVERIFY(!w.back->isVisible());
    QVERIFY(w.next->isEnabled());
    QVERIFY(w.next->isDefault());
    saveScreenshot(&dialog, QStringLiteral("first-run-1-language"));

    QTest::keyClick(w.language, Qt::Key_Return);
    QCOMPARE(dialog.currentId(), int(FirstRunDialog::OrganisationPage));
    QVERIFY(!w.next->isEnabled());
    QVERIFY(w.organisationError->text().isEmpty());
    QCOMPARE(w.role->currentIndex(), 1); // cooperative
    QCOMPARE(w.passphrase->echoMode(), QLineEdit::Password);
    QCOMPARE(w.confirm->echoMode(), QLineEdit::Password);
    QVERIFY(find<QLabel>(&dialog, "directoryLabel")->text().contains(QDir::toNativeSeparators(m_dir)));
    QVERIFY(!Profile::exists(m_dir));
}

void TestFirstRunDialog::organisationNameIsRequired()
{
    FirstRunDialog dialog(m_dir, crypto::testKdfParams());
    Widgets w;
    QVERIFY(show(dialog, w));
    QTest::keyClick(w.language, Qt::Key_Return);
    QTest::keyClicks(w.organisation, QStringLiteral("   "));
    QVERIFY(!w.next->isEnabled());
    QTest::keyClick(w.organisation, Qt::Key_Return);
    QCOMPARE(dialog.currentId(), int(FirstRunDialog::OrganisationPage));
    QTest::keyClicks(w.organisation, QStringLiteral("Co-op"));
    QVERIFY(w.next->isEnabled());
}

void TestFirstRunDialog::entityCode_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("leave");      // Tab out of the field afterwards
    QTest::addColumn<QString>("message"); // expected part of the message; empty = none
    QTest::addColumn<bool>("canGoOn");
    QTest::addColumn<QString>("shown"); // the field's text afterwards

    QTest::newRow("none") << QString() << true << QString() << true << QString();
    QTest::newRow("valid") << kValidCode << false << QString() << true << kValidCode;
    QTest::newRow("other valid") << kOtherValidCode << true << QString() << true << kOtherValidCode;
    QTest::newRow("lower case") << kValidCode.toLower() << false << QString() << true << kValidCode;
    QTest::newRow("wrong check") << kWrongCheckCode << false << QStringLiteral("would be \u201c9\u201d")
                                 << false << kWrongCheckCode;
    QTest::newRow("letter I") << QStringLiteral("91500102MI") << false
                              << QStringLiteral("\u201cI\u201d does not occur") << false
                              << QStringLiteral("91500102MI");
    QTest::newRow("typing") << kValidCode.left(10) << false << QString() << false << kValidCode.left(10);
    QTest::newRow("17 then Tab") << kValidCode.left(17) << true << QStringLiteral("this one has 17") << false
                                 << kValidCode.left(17);
    QTest::newRow("too long") << kValidCode + QStringLiteral("0") << false << QString() << true << kValidCode;
}

void TestFirstRunDialog::entityCode()
{
    QFETCH(QString, typed);
    QFETCH(bool, leave);
    QFETCH(QString, message);
    QFETCH(bool, canGoOn);
    QFETCH(QString, shown);

    FirstRunDialog dialog(m_dir, crypto::testKdfParams());
    Widgets w;
    QVERIFY(show(dialog, w));
    QTest::keyClick(w.language, Qt::Key_Return);
    QTest::keyClicks(w.organisation, QStringLiteral("Co-op"));
    QTest::keyClick(w.organisation, Qt::Key_Tab);
    QVERIFY(w.role->hasFocus());
    QTest::keyClick(w.role, Qt::Key_Tab);
    QVERIFY(w.entityCode->hasFocus());
    QTest::keyClicks(w.entityCode, typed);
    if (leave) {
        QTest::keyClick(w.entityCode, Qt::Key_Tab);
    }
    QCOMPARE(w.entityCode->text(), shown);
    if (message.isEmpty()) {
        QVERIFY2(w.organisationError->text().isEmpty(), qPrintable(w.organisationError->text()));
    } else {
        QVERIFY2(w.organisationError->text().contains(message), qPrintable(w.organisationError->text()));
        QVERIFY(w.organisationError->isVisible());
    }
    QCOMPARE(w.next->isEnabled(), canGoOn);
    if (QByteArray(QTest::currentDataTag()) == "wrong check") {
        saveScreenshot(&dialog, QStringLiteral("first-run-entity-code-error"));
    }
    // Enter goes on only with a valid page.
    w.organisation->setFocus();
    QTest::keyClick(w.organisation, Qt::Key_Return);
    QCOMPARE(dialog.currentId(),
             int(canGoOn ? FirstRunDialog::PassphrasePage : FirstRunDialog::OrganisationPage));
}

void TestFirstRunDialog::validation_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("confirm");
    QTest::addColumn<QString>("message"); // expected part of the message; empty = none
    QTest::addColumn<bool>("canGoOn");

    QTest::newRow("too short") << QStringLiteral("short") << QStringLiteral("short")
                               << QStringLiteral("too short: use at least 8 characters") << false;
    QTest::newRow("seven characters")
        << QStringLiteral("1234567") << QStringLiteral("1234567") << QStringLiteral("too short") << false;
    QTest::newRow("mismatch") << QStringLiteral("long enough 1") << QStringLiteral("long enough 2")
                              << QStringLiteral("do not match") << false;
    QTest::newRow("confirm missing") << QStringLiteral("long enough") << QString() << QString()
                                     << false; // not reached yet: no complaint, no button
    QTest::newRow("eight characters")
        << QStringLiteral("12345678") << QStringLiteral("12345678") << QString() << true; // weak, but allowed
    QTest::newRow("non-ASCII") << QStringLiteral("\u00e4\u00f6\u00fc\u00df\u00e4\u00f6\u00fc\u00df")
                               << QStringLiteral("\u00e4\u00f6\u00fc\u00df\u00e4\u00f6\u00fc\u00df")
                               << QString() << true;
    // Characters, not bytes or UTF-16 units: eight Chinese characters are long enough, four are not.
    const QString eight = QStringLiteral("\u6eaf\u6e90\u53f0\u8d26\u8109\u6a59\u82b1\u6912");
    QTest::newRow("eight CJK characters") << eight << eight << QString() << true;
    QTest::newRow("four CJK characters")
        << eight.left(4) << eight.left(4) << QStringLiteral("too short") << false;
    const QString emoji = QString::fromUcs4(U"\U0001F34A\U0001F34A\U0001F34A\U0001F34A"); // 8 UTF-16 units
    QTest::newRow("four emoji") << emoji << emoji << QStringLiteral("too short") << false;
}

void TestFirstRunDialog::validation()
{
    QFETCH(QString, passphrase);
    QFETCH(QString, confirm);
    QFETCH(QString, message);
    QFETCH(bool, canGoOn);

    FirstRunDialog dialog(m_dir, crypto::testKdfParams());
    Widgets w;
    QVERIFY(show(dialog, w));
    passOrganisation(dialog, w);
    if (QTest::currentTestFailed()) {
        return;
    }
    fillPassphrases(w, passphrase, confirm);

    if (message.isEmpty()) {
        QVERIFY2(w.passphraseError->text().isEmpty(), qPrintable(w.passphraseError->text()));
    } else {
        QVERIFY2(w.passphraseError->text().contains(message), qPrintable(w.passphraseError->text()));
    }
    QCOMPARE(w.next->isEnabled(), canGoOn);
    if (QByteArray(QTest::currentDataTag()) == "mismatch") {
        saveScreenshot(&dialog, QStringLiteral("first-run-mismatch"));
    }
    // A mismatch or a short passphrase is refused: Enter stays on the page.
    QTest::keyClick(w.confirm, Qt::Key_Return);
    QCOMPARE(dialog.currentId(), int(canGoOn ? FirstRunDialog::FinishPage : FirstRunDialog::PassphrasePage));
    QVERIFY(!Profile::exists(m_dir));
}

void TestFirstRunDialog::strengthHint_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<int>("level"); // 1 weak, 2 fair, 3 strong
    QTest::addColumn<QString>("message");

    QTest::newRow("short") << QStringLiteral("abc") << 1 << QStringLiteral("Too short");
    QTest::newRow("digits in a row") << QStringLiteral("12345678") << 1 << QStringLiteral("common word");
    QTest::newRow("password") << QStringLiteral("MyPassword!") << 1 << QStringLiteral("common word");
    QTest::newRow("organisation") << QStringLiteral("fengjie coop 2025") << 1
                                  << QStringLiteral("name of your organisation");
    QTest::newRow("repeated") << QStringLiteral("zzzzzzzzzz") << 1 << QStringLiteral("too few different");
    QTest::newRow("eight lower") << QStringLiteral("kjhgfdsm") << 1 << QStringLiteral("make it longer");
    QTest::newRow("two words") << QStringLiteral("long enough") << 2 << QStringLiteral("Fair");
    QTest::newRow("mixed") << QStringLiteral("Tr0ub4dor&3") << 2 << QStringLiteral("Fair");
    QTest::newRow("three words") << QString::fromLatin1(kPassphrase) << 3 << QStringLiteral("Strong");
    QTest::newRow("Chinese") << QStringLiteral("\u6eaf\u6e90\u53f0\u8d26\u8109\u6a59\u82b1\u6912\u597d\u5403")
                             << 3 << QStringLiteral("Strong");
}

void TestFirstRunDialog::strengthHint()
{
    QFETCH(QString, passphrase);
    QFETCH(int, level);
    QFETCH(QString, message);

    FirstRunDialog dialog(m_dir, crypto::testKdfParams());
    Widgets w;
    QVERIFY(show(dialog, w));
    passOrganisation(dialog, w, QStringLiteral("Fengjie Coop"));
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(w.strength->text().isEmpty());
    typeText(w.passphrase, passphrase);
    QVERIFY2(w.strength->text().contains(message), qPrintable(w.strength->text()));
    QCOMPARE(w.strengthBar->value(), level);
    if (QByteArray(QTest::currentDataTag()) == "digits in a row") {
        saveScreenshot(&dialog, QStringLiteral("first-run-weak"));
    }
}

void TestFirstRunDialog::fixingTheInputClearsTheMessage()
{
    FirstRunDialog dialog(m_dir, crypto::testKdfParams());
    Widgets w;
    QVERIFY(show(dialog, w));
    passOrganisation(dialog, w);
    fillPassphrases(w, QStringLiteral("long enough"), QStringLiteral("long enougx"));
    QVERIFY(w.passphraseError->text().contains(QStringLiteral("do not match")));
    QVERIFY(!w.next->isEnabled());

    QTest::keyClick(w.confirm, Qt::Key_Backspace);
    QTest::keyClicks(w.confirm, QStringLiteral("h"));
    QVERIFY2(w.passphraseError->text().isEmpty(), qPrintable(w.passphraseError->text()));
    QVERIFY(w.next->isEnabled());

    // Back on the organisation page, emptying the name disables Next again.
    QTest::mouseClick(w.back, Qt::LeftButton);
    QCOMPARE(dialog.currentId(), int(FirstRunDialog::OrganisationPage));
    w.organisation->selectAll();
    QTest::keyClick(w.organisation, Qt::Key_Delete);
    QVERIFY(!w.next->isEnabled());
    // A wrong entity code, then its correction.
    QTest::keyClicks(w.organisation, QStringLiteral("Co-op"));
    QTest::keyClicks(w.entityCode, kWrongCheckCode);
    QVERIFY(w.organisationError->text().contains(QStringLiteral("check character")));
    QVERIFY(!w.next->isEnabled());
    QTest::keyClick(w.entityCode, Qt::Key_Backspace);
    QTest::keyClicks(w.entityCode, QStringLiteral("9"));
    QVERIFY2(w.organisationError->text().isEmpty(), qPrintable(w.organisationError->text()));
    QVERIFY(w.next->isEnabled());
}

void TestFirstRunDialog::enterDoesNothingWhileInvalid()
{
    FirstRunDialog dialog(m_dir, crypto::testKdfParams());
    Widgets w;
    QVERIFY(show(dialog, w));
    QTest::keyClick(w.language, Qt::Key_Return);
    QTest::keyClick(w.organisation, Qt::Key_Return);
    QCOMPARE(dialog.currentId(), int(FirstRunDialog::OrganisationPage));
    QTest::keyClicks(w.organisation, QStringLiteral("Co-op"));
    QTest::keyClick(w.organisation, Qt::Key_Return);
    fillPassphrases(w, QStringLiteral("short"), QStringLiteral("short"));
    QTest::keyClick(w.confirm, Qt::Key_Return);
    QCOMPARE(dialog.currentId(), int(FirstRunDialog::PassphrasePage));
    QVERIFY(!dialog.isBusy());
    QVERIFY(dialog.isVisible());
    QVERIFY(!Profile::exists(m_dir));
    QVERIFY(!dialog.takeLedger());
}

// The whole wizard with the keyboard alone: Chinese name, a role, an entity code, the demo.
void TestFirstRunDialog::keyboardWalkThroughWithDemo()
{
    FirstRunDialog dialog(m_dir, crypto::testKdfParams());
    Widgets w;
    QVERIFY(show(dialog, w));
    QSignalSpy accepted(&dialog, &QDialog::accepted);

    // English: the third entry.
    QTest::keyClick(w.language, Qt::Key_Down);
    QTest::keyClick(w.language, Qt::Key_Down);
    QCOMPARE(dialog.language(), QStringLiteral("en"));
    QTest::keyClick(w.language, Qt::Key_Return);

    QCOMPARE(dialog.currentId(), int(FirstRunDialog::OrganisationPage));
    typeText(w.organisation, kChineseName);
    QTest::keyClick(w.organisation, Qt::Key_Tab);
    QTest::keyClick(w.role, Qt::Key_Up); // from the cooperative up to the family farm
    QCOMPARE(w.role->currentIndex(), 0);
    QTest::keyClick(w.role, Qt::Key_Down); // back to the cooperative
    QTest::keyClick(w.role, Qt::Key_Tab);
    QTest::keyClicks(w.entityCode, kOtherValidCode.toLower());
    saveScreenshot(&dialog, QStringLiteral("first-run-2-organisation"));
    QTest::keyClick(w.entityCode, Qt::Key_Return);

    QCOMPARE(dialog.currentId(), int(FirstRunDialog::PassphrasePage));
    QTest::keyClicks(w.passphrase, QString::fromLatin1(kPassphrase));
    QTest::keyClick(w.passphrase, Qt::Key_Tab);
    QVERIFY(w.confirm->hasFocus());
    QTest::keyClicks(w.confirm, QString::fromLatin1(kPassphrase));
    QVERIFY(w.strength->text().contains(QStringLiteral("Strong")));
    saveScreenshot(&dialog, QStringLiteral("first-run-3-passphrase"));
    QTest::keyClick(w.confirm, Qt::Key_Return);

    QCOMPARE(dialog.currentId(), int(FirstRunDialog::FinishPage));
    QVERIFY(w.demo->hasFocus());
    QVERIFY(!w.demo->isChecked());
    QTest::keyClick(w.demo, Qt::Key_Space);
    QVERIFY(w.demo->isChecked());
    const QString summary = find<QLabel>(&dialog, "summaryLabel")->text();
    QVERIFY2(summary.contains(kChineseName) && summary.contains(kOtherValidCode), qPrintable(summary));
    saveScreenshot(&dialog, QStringLiteral("first-run-4-finish"));
    QVERIFY(w.create->isDefault());
    QTest::keyClick(w.demo, Qt::Key_Return);
    QVERIFY(dialog.isBusy());
    QVERIFY(!w.create->isEnabled());
    QVERIFY(!w.back->isEnabled());
    QVERIFY(!w.cancel->isEnabled());
    QVERIFY(w.busy->isVisible());
    saveScreenshot(&dialog, QStringLiteral("first-run-5-busy"));
    QTest::keyClick(&dialog, Qt::Key_Escape); // cannot be abandoned half-way
    QVERIFY(dialog.isVisible());

    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kAsyncTimeoutMs);
    QVERIFY(w.passphrase->text().isEmpty());
    QVERIFY(w.confirm->text().isEmpty());
    QCOMPARE(ui::SettingsPage::language(), QStringLiteral("en"));

    std::unique_ptr<Ledger> ledger = dialog.takeLedger();
    QVERIFY(ledger);
    QCOMPARE(ledger->organisationName(), kChineseName);
    auto trace = trace::TraceService::open(*ledger);
    QVERIFY(trace.ok());
    auto batches = (*trace)->batches(500);
    QVERIFY(batches.ok());
    QCOMPARE(batches.value().size(), 22);
    auto parties = (*trace)->parties();
    QVERIFY(parties.ok());
    const auto self = std::find_if(parties.value().cbegin(), parties.value().cend(),
                                   [](const trace::Party& p) { return p.key == QLatin1String("self"); });
    QVERIFY(self != parties.value().cend());
    QCOMPARE(self->nameZh, kChineseName);
    QVERIFY(self->nameEn.isEmpty());
    QCOMPARE(self->role, QStringLiteral("cooperative"));
    QCOMPARE(self->entityCode, kOtherValidCode);
    QVERIFY(parties.value().size() > 1); // the demo's
}

void TestFirstRunDialog::createsProfileWithoutDemo()
{
    FirstRunDialog dialog(m_dir, crypto::testKdfParams());
    Widgets w;
    QVERIFY(show(dialog, w));
    const QString organisation = QStringLiteral("Fengjie Navel Orange Co-operative");
    QTest::keyClick(w.language, Qt::Key_Return);
    QTest::keyClicks(w.organisation, organisation);
    w.role->setCurrentIndex(2); // processor
    QTest::mouseClick(w.next, Qt::LeftButton);
    fillPassphrases(w, QString::fromLatin1(kPassphrase), QString::fromLatin1(kPassphrase));
    QTest::mouseClick(w.next, Qt::LeftButton);
    QCOMPARE(dialog.currentId(), int(FirstRunDialog::FinishPage));

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(w.create, Qt::LeftButton);
    // The worker reports through the event loop, which has not run yet: the dialog is busy.
    QVERIFY(dialog.isBusy());
    QVERIFY(!w.demo->isEnabled());
    QVERIFY(!w.create->isEnabled());
    QVERIFY(!w.cancel->isEnabled());
    dialog.reject(); // cannot be abandoned half-way
    QVERIFY(dialog.isVisible());

    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kAsyncTimeoutMs);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(ui::SettingsPage::language(), QString()); // the system's

    std::unique_ptr<Ledger> ledger = dialog.takeLedger();
    QVERIFY(ledger);
    QVERIFY(!dialog.takeLedger());
    QCOMPARE(ledger->organisationName(), organisation);
    QCOMPARE(ledger->profileDir(), m_dir);
    {
        auto trace = trace::TraceService::open(*ledger);
        QVERIFY(trace.ok());
        QCOMPARE((*trace)->batches(10).value().size(), 0);
        const QList<trace::Party> parties = (*trace)->parties().value();
        QCOMPARE(parties.size(), 1);
        QCOMPARE(parties.first().key, QStringLiteral("self"));
        QCOMPARE(parties.first().nameEn, organisation);
        QVERIFY(parties.first().nameZh.isEmpty());
        QCOMPARE(parties.first().role, QStringLiteral("processor"));
        QVERIFY(parties.first().entityCode.isEmpty());
    }
    const QString nodeId = ledger->nodeId();
    ledger.reset();

    // The profile on disk opens with the passphrase typed into the dialog...
    auto reopened = Profile::open(m_dir, QByteArray(kPassphrase));
    QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().message));
    QCOMPARE(reopened.value()->nodeId(), nodeId);
    QVERIFY(!Profile::open(m_dir, QByteArray("not the passphrase")).ok());

    // ...and the main window shows that node.
    ui::MainWindow window(std::move(reopened).value());
    QLabel* nodeIdLabel = find<QLabel>(&window, "nodeIdLabel");
    QVERIFY(nodeIdLabel);
    QCOMPARE(nodeIdLabel->text(), nodeId);
}

// Choosing Chinese retranslates the wizard at once; Esc cancels and nothing is written, and
// the wizard's language goes with it.
void TestFirstRunDialog::chineseLiveAndCancelWritesNothing()
{
    const QString english = QStringLiteral("Create Profile");
    {
        FirstRunDialog dialog(m_dir, crypto::testKdfParams());
        Widgets w;
        QVERIFY(show(dialog, w));
        QTRY_COMPARE(dialog.windowTitle(), english);
        QTest::keyClick(w.language, Qt::Key_Down);
        QCOMPARE(dialog.language(), QStringLiteral("zh_CN"));
        QTRY_VERIFY(dialog.windowTitle() != english);
        QVERIFY2(dialog.windowTitle().contains(QChar(0x6863)), qPrintable(dialog.windowTitle())); // 档
        QCOMPARE(w.language->currentIndex(), 1);
        saveScreenshot(&dialog, QStringLiteral("first-run-zh-1-language"));

        QTest::keyClick(w.language, Qt::Key_Return);
        typeText(w.organisation, kChineseName);
        QTest::keyClick(w.organisation, Qt::Key_Tab);
        QTest::keyClick(w.role, Qt::Key_Tab);
        QTest::keyClicks(w.entityCode, kWrongCheckCode);
        QVERIFY(!w.organisationError->text().isEmpty());
        saveScreenshot(&dialog, QStringLiteral("first-run-zh-2-organisation"));
        QTest::keyClick(w.entityCode, Qt::Key_Backspace);
        QTest::keyClicks(w.entityCode, QStringLiteral("9"));
        QTest::keyClick(w.entityCode, Qt::Key_Return);
        QCOMPARE(dialog.currentId(), int(FirstRunDialog::PassphrasePage));
        fillPassphrases(w, QStringLiteral("long enough"), QStringLiteral("long enougx"));
        saveScreenshot(&dialog, QStringLiteral("first-run-zh-3-passphrase"));
        QTest::keyClick(w.confirm, Qt::Key_Backspace);
        QTest::keyClicks(w.confirm, QStringLiteral("h"));
        QTest::keyClick(w.confirm, Qt::Key_Return);
        QCOMPARE(dialog.currentId(), int(FirstRunDialog::FinishPage));
        saveScreenshot(&dialog, QStringLiteral("first-run-zh-4-finish"));

        QTest::keyClick(w.demo, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
        QVERIFY(!Profile::exists(m_dir));
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    }
    QCOMPARE(QCoreApplication::translate("FirstRunDialog", "Create Profile"), english);
}

void TestFirstRunDialog::failureIsShownAndInputStaysUsable()
{
    createProfile(m_dir).reset();
    const auto expected =
        Profile::create(m_dir, QByteArray(kPassphrase), QStringLiteral("Co-op"), crypto::testKdfParams());
    QVERIFY(!expected.ok());
    QCOMPARE(expected.error().code, ErrorCode::ProfileExists);
    const auto before = snapshotFiles(m_dir);

    FirstRunDialog dialog(m_dir, crypto::testKdfParams());
    Widgets w;
    QVERIFY(show(dialog, w));
    QSignalSpy finished(&dialog, &QDialog::finished);
    passOrganisation(dialog, w);
    fillPassphrases(w, QString::fromLatin1(kPassphrase), QString::fromLatin1(kPassphrase));
    QTest::keyClick(w.confirm, Qt::Key_Return);
    QTest::keyClick(w.demo, Qt::Key_Space);
    QTest::mouseClick(w.create, Qt::LeftButton);
    QVERIFY(dialog.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kAsyncTimeoutMs);

    QCOMPARE(w.error->text(), expected.error().message);
    QVERIFY(dialog.isVisible());
    QCOMPARE(finished.count(), 0);
    QVERIFY(w.demo->isEnabled());
    QVERIFY(w.create->isEnabled());
    QVERIFY(w.back->isEnabled());
    QVERIFY(w.cancel->isEnabled());
    QVERIFY(!w.busy->isVisible());
    QVERIFY(!dialog.takeLedger());
    QCOMPARE(snapshotFiles(m_dir), before);
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    // The input is still there to correct.
    QTest::mouseClick(w.back, Qt::LeftButton);
    QCOMPARE(w.passphrase->text(), QString::fromLatin1(kPassphrase));
}

void TestFirstRunDialog::cancelRejects()
{
    FirstRunDialog dialog(m_dir, crypto::testKdfParams());
    Widgets w;
    QVERIFY(show(dialog, w));
    QTest::keyClick(w.language, Qt::Key_Return);
    QTest::mouseClick(w.cancel, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
    QVERIFY(!Profile::exists(m_dir));
}

QTEST_MAIN(TestFirstRunDialog)
#include "TestFirstRunDialog.moc"
