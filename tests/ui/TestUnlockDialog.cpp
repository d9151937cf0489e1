#include "UiTestSupport.h"

#include "ledger/Profile.h"
#include "profile/UnlockDialog.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace suyuan;
using namespace suyuan::test;
using suyuan::ui::UnlockDialog;

class TestUnlockDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsProfileAndNeedsPassphrase();
    void rightPassphraseUnlocks();
    void wrongPassphraseThenRight();
    void wrongPassphraseChangesNothingOnDisk();
    void retriesAreNotLimited();
    void damagedProfileShowsCoreMessage_data();
    void damagedProfileShowsCoreMessage();
    void quitRejects();

private:
    struct Widgets
    {
        QLineEdit* passphrase = nullptr;
        QPushButton* unlock = nullptr;
        QPushButton* quit = nullptr;
        QLabel* error = nullptr;
        QLabel* directory = nullptr;
        QProgressBar* busy = nullptr;
        bool complete() const { return passphrase && unlock && quit && error && directory && busy; }
    };
    static Widgets widgetsOf(const UnlockDialog& dialog);
    // Types the passphrase, clicks Unlock and waits until the worker has answered.
    static bool attempt(UnlockDialog& dialog, const Widgets& w, const QString& passphrase);

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_dir;
    QString m_nodeId;
};

TestUnlockDialog::Widgets TestUnlockDialog::widgetsOf(const UnlockDialog& dialog)
{
    Widgets w;
    w.passphrase = find<QLineEdit>(&dialog, "passphraseLineEdit");
    w.unlock = find<QPushButton>(&dialog, "unlockPushButton");
    w.quit = find<QPushButton>(&dialog, "quitPushButton");
    w.error = find<QLabel>(&dialog, "errorLabel");
    w.directory = find<QLabel>(&dialog, "directoryLabel");
    w.busy = find<QProgressBar>(&dialog, "busyProgressBar");
    return w;
}

bool TestUnlockDialog::attempt(UnlockDialog& dialog, const Widgets& w, const QString& passphrase)
{
    QTest::keyClicks(w.passphrase, passphrase);
    QTest::mouseClick(w.unlock, Qt::LeftButton);
    if (!dialog.isBusy() || w.passphrase->isEnabled() || !w.busy->isVisible()) {
        return false; // the click did not start an unlock
    }
    return QTest::qWaitFor([&dialog] { return !dialog.isBusy(); }, kAsyncTimeoutMs);
}

void TestUnlockDialog::initTestCase()
{
    initGuiTest();
}

void TestUnlockDialog::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_dir = m_tmp->filePath(QStringLiteral("profile"));
    auto ledger = createProfile(m_dir);
    QVERIFY(ledger->append(QStringLiteral("note"),
                           QJsonObject{{QStringLiteral("text"), QStringLiteral("first")}}));
    m_nodeId = ledger->nodeId();
}

void TestUnlockDialog::cleanup()
{
    m_tmp.reset();
}

void TestUnlockDialog::showsProfileAndNeedsPassphrase()
{
    UnlockDialog dialog(m_dir);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Widgets w = widgetsOf(dialog);
    QVERIFY(w.complete());
    QCOMPARE(w.directory->text(), QDir::toNativeSeparators(m_dir));
    QCOMPARE(w.passphrase->echoMode(), QLineEdit::Password);
    QVERIFY(w.error->text().isEmpty());
    QVERIFY(!w.unlock->isEnabled());
    QVERIFY(!w.busy->isVisible());

    QTest::keyClicks(w.passphrase, QStringLiteral("x"));
    QVERIFY(w.unlock->isEnabled());
    QTest::keyClick(w.passphrase, Qt::Key_Backspace);
    QVERIFY(!w.unlock->isEnabled());
    QTest::keyClick(w.passphrase, Qt::Key_Return); // Enter with nothing typed does nothing
    QVERIFY(!dialog.isBusy());
    QVERIFY(dialog.isVisible());
}

void TestUnlockDialog::rightPassphraseUnlocks()
{
    UnlockDialog dialog(m_dir);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Widgets w = widgetsOf(dialog);
    QVERIFY(w.complete());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClicks(w.passphrase, QString::fromLatin1(kPassphrase));
    QTest::keyClick(w.passphrase, Qt::Key_Return); // Enter unlocks
    QVERIFY(dialog.isBusy());
    dialog.reject(); // ignored while the key is being derived
    QVERIFY(dialog.isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kAsyncTimeoutMs);
    std::unique_ptr<Ledger> ledger = dialog.takeLedger();
    QVERIFY(ledger);
    QCOMPARE(ledger->nodeId(), m_nodeId);
    QCOMPARE(ledger->recordCount().value(), qint64(1));
    QVERIFY(w.passphrase->text().isEmpty());
}

void TestUnlockDialog::wrongPassphraseThenRight()
{
    UnlockDialog dialog(m_dir);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const Widgets w = widgetsOf(dialog);
    QVERIFY(w.complete());
    QSignalSpy finished(&dialog, &QDialog::finished);

    QVERIFY(attempt(dialog, w, QStringLiteral("wrong horse battery")));
    QCOMPARE(w.error->text(), QStringLiteral("Wrong passphrase. Nothing was changed; please try again."));
    QVERIFY(w.passphrase->text().isEmpty());
    QVERIFY(w.passphrase->isEnabled());
    QTRY_VERIFY(w.passphrase->hasFocus());
    QVERIFY(!w.unlock->isEnabled()); // the field is empty again
    QVERIFY(w.quit->isEnabled());
    QVERIFY(!w.busy->isVisible());
    QVERIFY(dialog.isVisible());
    QCOMPARE(finished.count(), 0);
    QVERIFY(!dialog.takeLedger());
    saveScreenshot(&dialog, QStringLiteral("unlock-wrong"));

    QVERIFY(attempt(dialog, w, QString::fromLatin1(kPassphrase)));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    std::unique_ptr<Ledger> ledger = dialog.takeLedger();
    QVERIFY(ledger);
    QCOMPARE(ledger->nodeId(), m_nodeId);
}

void TestUnlockDialog::wrongPassphraseChangesNothingOnDisk()
{
    const auto files = snapshotFiles(m_dir);
    const auto mtimes = snapshotMtimes(m_dir);
    QVERIFY(files.contains(QStringLiteral("profile.json")));

    UnlockDialog dialog(m_dir);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Widgets w = widgetsOf(dialog);
    QVERIFY(w.complete());
    QVERIFY(attempt(dialog, w, QStringLiteral("wrong horse battery")));
    QVERIFY(attempt(dialog, w, QStringLiteral("correct horse batter")));
    QVERIFY(!dialog.takeLedger());

    QCOMPARE(snapshotFiles(m_dir), files);
    QCOMPARE(snapshotMtimes(m_dir), mtimes);
}

void TestUnlockDialog::retriesAreNotLimited()
{
    UnlockDialog dialog(m_dir);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Widgets w = widgetsOf(dialog);
    QVERIFY(w.complete());
    for (int i = 0; i < 5; ++i) {
        QVERIFY(attempt(dialog, w, QStringLiteral("guess %1").arg(i)));
        QVERIFY(w.error->text().startsWith(QStringLiteral("Wrong passphrase")));
    }
    QVERIFY(attempt(dialog, w, QString::fromLatin1(kPassphrase)));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.takeLedger());
}

void TestUnlockDialog::damagedProfileShowsCoreMessage_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("database missing") << QStringLiteral("remove-db") << ErrorCode::DatabaseMissing;
    QTest::newRow("database truncated") << QStringLiteral("truncate-db") << ErrorCode::DatabaseTruncated;
    QTest::newRow("profile.json damaged") << QStringLiteral("garble-profile") << ErrorCode::ProfileInvalid;
}

void TestUnlockDialog::damagedProfileShowsCoreMessage()
{
    QFETCH(QString, damage);
    QFETCH(ErrorCode, code);
    const QDir dir(m_dir);
    const QString database = dir.filePath(QStringLiteral("ledger-1.db"));
    QVERIFY(QFile::exists(database));
    if (damage == QLatin1String("remove-db")) {
        QVERIFY(QFile::remove(database));
    } else if (damage == QLatin1String("truncate-db")) {
        QVERIFY(QFile::resize(database, 1000));
    } else {
        QFile file(Profile::profileFile(m_dir));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"format\": \"something else\"}");
    }
    const auto expected = Profile::open(m_dir, QByteArray(kPassphrase));
    QVERIFY(!expected.ok());
    QCOMPARE(expected.error().code, code);

    UnlockDialog dialog(m_dir);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Widgets w = widgetsOf(dialog);
    QVERIFY(w.complete());
    QVERIFY(attempt(dialog, w, QString::fromLatin1(kPassphrase)));
    QCOMPARE(w.error->text(), expected.error().message);
    QVERIFY(dialog.isVisible());
    QVERIFY(w.passphrase->isEnabled());
    QVERIFY(w.quit->isEnabled());
    QVERIFY(!dialog.takeLedger());
}

void TestUnlockDialog::quitRejects()
{
    UnlockDialog dialog(m_dir);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Widgets w = widgetsOf(dialog);
    QVERIFY(w.complete());
    QTest::mouseClick(w.quit, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
}

QTEST_MAIN(TestUnlockDialog)
#include "TestUnlockDialog.moc"
