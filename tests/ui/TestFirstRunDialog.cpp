#include "UiTestSupport.h"

#include "crypto/Kdf.h"
#include "ledger/Profile.h"
#include "mainwindow/MainWindow.h"
#include "profile/FirstRunDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace suyuan;
using namespace suyuan::test;
using suyuan::ui::FirstRunDialog;

class TestFirstRunDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void freshDialogIsQuietAndCannotCreate();
    void validation_data();
    void validation();
    void fixingTheInputClearsTheMessage();
    void enterDoesNothingWhileInvalid();
    void createsProfile();
    void enterCreatesWhenValid();
    void failureIsShownAndInputStaysUsable();
    void cancelRejects();

private:
    struct Widgets
    {
        QLineEdit* organisation = nullptr;
        QLineEdit* passphrase = nullptr;
        QLineEdit* confirm = nullptr;
        QPushButton* create = nullptr;
        QPushButton* cancel = nullptr;
        QLabel* error = nullptr;
        QProgressBar* busy = nullptr;
        bool complete() const
        {
            return organisation && passphrase && confirm && create && cancel && error && busy;
        }
    };
    static Widgets widgetsOf(const FirstRunDialog& dialog);
    static void fill(const Widgets& w, const QString& organisation, const QString& passphrase,
                     const QString& confirm);

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_dir;
};

TestFirstRunDialog::Widgets TestFirstRunDialog::widgetsOf(const FirstRunDialog& dialog)
{
    Widgets w;
    w.organisation = find<QLineEdit>(&dialog, "organisationLineEdit");
    w.passphrase = find<QLineEdit>(&dialog, "passphraseLineEdit");
    w.confirm = find<QLineEdit>(&dialog, "confirmLineEdit");
    w.create = find<QPushButton>(&dialog, "createPushButton");
    w.cancel = find<QPushButton>(&dialog, "cancelPushButton");
    w.error = find<QLabel>(&dialog, "errorLabel");
    w.busy = find<QProgressBar>(&dialog, "busyProgressBar");
    return w;
}

void TestFirstRunDialog::fill(const Widgets& w, const QString& organisation, const QString& passphrase,
                              const QString& confirm)
{
    typeText(w.organisation, organisation);
    typeText(w.passphrase, passphrase);
    typeText(w.confirm, confirm);
}

void TestFirstRunDialog::initTestCase()
{
    initGuiTest();
}

void TestFirstRunDialog::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_dir = m_tmp->filePath(QStringLiteral("profile"));
}

void TestFirstRunDialog::cleanup()
{
    m_tmp.reset();
}

void TestFirstRunDialog::freshDialogIsQuietAndCannotCreate()
{
    FirstRunDialog dialog(m_dir, crypto::testKdfParams());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Widgets w = widgetsOf(dialog);
    QVERIFY(w.complete());
    QVERIFY(!w.create->isEnabled());
    QVERIFY(w.error->text().isEmpty());
    QVERIFY(!w.busy->isVisible());
    QCOMPARE(w.passphrase->echoMode(), QLineEdit::Password);
    QCOMPARE(w.confirm->echoMode(), QLineEdit::Password);
    QVERIFY(find<QLabel>(&dialog, "directoryLabel")->text().contains(QDir::toNativeSeparators(m_dir)));
}

void TestFirstRunDialog::validation_data()
{
    QTest::addColumn<QString>("organisation");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("confirm");
    QTest::addColumn<QString>("message"); // expected part of the message; empty = none
    QTest::addColumn<bool>("canCreate");

    QTest::newRow("empty name") << QString() << QStringLiteral("long enough") << QStringLiteral("long enough")
                                << QStringLiteral("name of your organisation") << false;
    QTest::newRow("blank name") << QStringLiteral("   ") << QStringLiteral("long enough")
                                << QStringLiteral("long enough")
                                << QStringLiteral("name of your organisation") << false;
    QTest::newRow("too short") << QStringLiteral("Co-op") << QStringLiteral("short")
                               << QStringLiteral("short")
                               << QStringLiteral("too short: use at least 8 characters") << false;
    QTest::newRow("seven characters") << QStringLiteral("Co-op") << QStringLiteral("1234567")
                                      << QStringLiteral("1234567") << QStringLiteral("too short") << false;
    QTest::newRow("mismatch") << QStringLiteral("Co-op") << QStringLiteral("long enough 1")
                              << QStringLiteral("long enough 2") << QStringLiteral("do not match") << false;
    QTest::newRow("confirm missing") << QStringLiteral("Co-op") << QStringLiteral("long enough") << QString()
                                     << QString() << false; // not reached yet: no complaint, no button
    QTest::newRow("eight characters") << QStringLiteral("Co-op") << QStringLiteral("12345678")
                                      << QStringLiteral("12345678") << QString() << true;
    QTest::newRow("non-ASCII") << QStringLiteral("Co-op")
                               << QStringLiteral("\u00e4\u00f6\u00fc\u00df\u00e4\u00f6\u00fc\u00df")
                               << QStringLiteral("\u00e4\u00f6\u00fc\u00df\u00e4\u00f6\u00fc\u00df")
                               << QString() << true;
    // Characters, not bytes or UTF-16 units: eight Chinese characters are long enough, four are not.
    const QString eight = QStringLiteral("\u6eaf\u6e90\u53f0\u8d26\u8109\u6a59\u82b1\u6912");
    QTest::newRow("eight CJK characters")
        << QStringLiteral("\u5408\u4f5c\u793e") << eight << eight << QString() << true;
    QTest::newRow("four CJK characters") << QStringLiteral("\u5408\u4f5c\u793e") << eight.left(4)
                                         << eight.left(4) << QStringLiteral("too short") << false;
    const QString emoji = QString::fromUcs4(U"\U0001F34A\U0001F34A\U0001F34A\U0001F34A"); // 8 UTF-16 units
    QTest::newRow("four emoji") << QStringLiteral("Co-op") << emoji << emoji << QStringLiteral("too short")
                                << false;
}

void TestFirstRunDialog::validation()
{
    QFETCH(QString, organisation);
    QFETCH(QString, passphrase);
    QFETCH(QString, confirm);
    QFETCH(QString, message);
    QFETCH(bool, canCreate);

    FirstRunDialog dialog(m_dir, crypto::testKdfParams());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Widgets w = widgetsOf(dialog);
    QVERIFY(w.complete());
    fill(w, organisation, passphrase, confirm);

    if (message.isEmpty()) {
        QVERIFY2(w.error->text().isEmpty(), qPrintable(w.error->text()));
    } else {
        QVERIFY2(w.error->text().contains(message), qPrintable(w.error->text()));
    }
    QCOMPARE(w.create->isEnabled(), canCreate);
    if (QByteArray(QTest::currentDataTag()) == "mismatch") {
        saveScreenshot(&dialog, QStringLiteral("first-run-mismatch"));
    }
    QVERIFY(!Profile::exists(m_dir));
}

void TestFirstRunDialog::fixingTheInputClearsTheMessage()
{
    FirstRunDialog dialog(m_dir, crypto::testKdfParams());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Widgets w = widgetsOf(dialog);
    QVERIFY(w.complete());
    fill(w, QStringLiteral("Co-op"), QStringLiteral("long enough"), QStringLiteral("long enougx"));
    QVERIFY(w.error->text().contains(QStringLiteral("do not match")));
    QVERIFY(!w.create->isEnabled());

    QTest::keyClick(w.confirm, Qt::Key_Backspace);
    QTest::keyClicks(w.confirm, QStringLiteral("h"));
    QVERIFY2(w.error->text().isEmpty(), qPrintable(w.error->text()));
    QVERIFY(w.create->isEnabled());

    // Emptying the name again disables Create and says why.
    w.organisation->selectAll();
    QTest::keyClick(w.organisation, Qt::Key_Delete);
    QVERIFY(w.error->text().contains(QStringLiteral("name of your organisation")));
    QVERIFY(!w.create->isEnabled());
}

void TestFirstRunDialog::enterDoesNothingWhileInvalid()
{
    FirstRunDialog dialog(m_dir, crypto::testKdfParams());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Widgets w = widgetsOf(dialog);
    QVERIFY(w.complete());
    fill(w, QStringLiteral("Co-op"), QStringLiteral("short"), QStringLiteral("short"));
    QTest::keyClick(w.confirm, Qt::Key_Return);
    QVERIFY(!dialog.isBusy());
    QVERIFY(dialog.isVisible());
    QVERIFY(w.confirm->isEnabled());
    QVERIFY(!Profile::exists(m_dir));
    QVERIFY(!dialog.takeLedger());
}

void TestFirstRunDialog::createsProfile()
{
    FirstRunDialog dialog(m_dir, crypto::testKdfParams());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Widgets w = widgetsOf(dialog);
    QVERIFY(w.complete());
    const QString organisation = QStringLiteral("Fengjie Navel Orange Co-operative");
    fill(w, organisation, QString::fromLatin1(kPassphrase), QString::fromLatin1(kPassphrase));
    QVERIFY(w.create->isEnabled());
    saveScreenshot(&dialog, QStringLiteral("first-run"));

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(w.create, Qt::LeftButton);
    // The worker reports through the event loop, which has not run yet: the dialog is busy.
    QVERIFY(dialog.isBusy());
    QVERIFY(!w.organisation->isEnabled());
    QVERIFY(!w.passphrase->isEnabled());
    QVERIFY(!w.confirm->isEnabled());
    QVERIFY(!w.create->isEnabled());
    QVERIFY(!w.cancel->isEnabled());
    QVERIFY(w.busy->isVisible());
    saveScreenshot(&dialog, QStringLiteral("first-run-busy"));
    dialog.reject(); // cannot be abandoned half-way
    QVERIFY(dialog.isVisible());

    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kAsyncTimeoutMs);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QVERIFY(w.passphrase->text().isEmpty());
    QVERIFY(w.confirm->text().isEmpty());

    std::unique_ptr<Ledger> ledger = dialog.takeLedger();
    QVERIFY(ledger);
    QVERIFY(!dialog.takeLedger());
    QCOMPARE(ledger->organisationName(), organisation);
    QCOMPARE(ledger->profileDir(), m_dir);
    QVERIFY(Profile::exists(m_dir));
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

void TestFirstRunDialog::enterCreatesWhenValid()
{
    FirstRunDialog dialog(m_dir, crypto::testKdfParams());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Widgets w = widgetsOf(dialog);
    QVERIFY(w.complete());
    fill(w, QStringLiteral("Co-op"), QString::fromLatin1(kPassphrase), QString::fromLatin1(kPassphrase));
    QTest::keyClick(w.confirm, Qt::Key_Return);
    QVERIFY(dialog.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), kAsyncTimeoutMs);
    QVERIFY(dialog.takeLedger());
    QVERIFY(Profile::exists(m_dir));
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
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Widgets w = widgetsOf(dialog);
    QVERIFY(w.complete());
    QSignalSpy finished(&dialog, &QDialog::finished);
    fill(w, QStringLiteral("Co-op"), QString::fromLatin1(kPassphrase), QString::fromLatin1(kPassphrase));
    QTest::mouseClick(w.create, Qt::LeftButton);
    QVERIFY(dialog.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kAsyncTimeoutMs);

    QCOMPARE(w.error->text(), expected.error().message);
    QVERIFY(dialog.isVisible());
    QCOMPARE(finished.count(), 0);
    QVERIFY(w.organisation->isEnabled());
    QVERIFY(w.passphrase->isEnabled());
    QVERIFY(w.confirm->isEnabled());
    QVERIFY(w.create->isEnabled());
    QVERIFY(w.cancel->isEnabled());
    QVERIFY(!w.busy->isVisible());
    QVERIFY(!dialog.takeLedger());
    QCOMPARE(snapshotFiles(m_dir), before);
}

void TestFirstRunDialog::cancelRejects()
{
    FirstRunDialog dialog(m_dir, crypto::testKdfParams());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Widgets w = widgetsOf(dialog);
    QVERIFY(w.complete());
    QTest::mouseClick(w.cancel, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
    QVERIFY(!Profile::exists(m_dir));
}

QTEST_MAIN(TestFirstRunDialog)
#include "TestFirstRunDialog.moc"
