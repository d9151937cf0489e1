#include "UiTestSupport.h"

#include "ledger/Profile.h"
#include "mainwindow/MainWindow.h"
#include "profile/ChangePassphraseDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace suyuan;
using namespace suyuan::test;

class TestChangePassphraseDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initGuiTest(); }
    void changesAndReopens();
    void wrongCurrentChangesNothing();
    void windowClosesForTheChange();
};

namespace {
QPushButton* okButton(QDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}
} // namespace

void TestChangePassphraseDialog::changesAndReopens()
{
    QTemporaryDir dir;
    {
        auto ledger = createProfile(dir.path());
        QVERIFY(ledger->append(QStringLiteral("note"), {{QStringLiteral("i"), 1}}).ok());
    }
    ui::ChangePassphraseDialog dialog(dir.path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(find<QLineEdit>(&dialog, "currentLineEdit"), QString::fromLatin1(kPassphrase));
    QTest::keyClicks(find<QLineEdit>(&dialog, "newLineEdit"), QStringLiteral("short"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(find<QLabel>(&dialog, "messageLabel")->text().contains(QStringLiteral("8")));
    find<QLineEdit>(&dialog, "newLineEdit")->clear();
    typeText(find<QLineEdit>(&dialog, "newLineEdit"), QStringLiteral("新的密码 new one"));
    typeText(find<QLineEdit>(&dialog, "confirmLineEdit"), QStringLiteral("新的密码 new on"));
    QVERIFY(!okButton(dialog)->isEnabled()); // the two differ
    QTest::keyClicks(find<QLineEdit>(&dialog, "confirmLineEdit"), QStringLiteral("e"));
    QVERIFY(okButton(dialog)->isEnabled());
    QTest::keyClick(find<QLineEdit>(&dialog, "confirmLineEdit"), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted, kAsyncTimeoutMs);
    auto ledger = dialog.takeLedger();
    QVERIFY(ledger);
    QCOMPARE(ledger->recordCount().value(), qint64(1));
    ledger.reset();
    QVERIFY(!Profile::open(dir.path(), QByteArray(kPassphrase)).ok());
    QVERIFY(Profile::open(dir.path(), QStringLiteral("新的密码 new one").toUtf8()).ok());
}

void TestChangePassphraseDialog::wrongCurrentChangesNothing()
{
    QTemporaryDir dir;
    createProfile(dir.path());
    const auto before = snapshotFiles(dir.path());
    ui::ChangePassphraseDialog dialog(dir.path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(find<QLineEdit>(&dialog, "currentLineEdit"), QStringLiteral("not the passphrase"));
    QTest::keyClicks(find<QLineEdit>(&dialog, "newLineEdit"), QStringLiteral("another passphrase"));
    QTest::keyClicks(find<QLineEdit>(&dialog, "confirmLineEdit"), QStringLiteral("another passphrase"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kAsyncTimeoutMs);
    QVERIFY(dialog.isVisible());
    QVERIFY(find<QLabel>(&dialog, "messageLabel")->text().contains(QStringLiteral("wrong")));
    QCOMPARE(snapshotFiles(dir.path()), before);
    QVERIFY(Profile::open(dir.path(), QByteArray(kPassphrase)).ok());
}

void TestChangePassphraseDialog::windowClosesForTheChange()
{
    QTemporaryDir dir;
    ui::MainWindow window(createProfile(dir.path()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.nextStep(), ui::MainWindow::NextStep::Quit);
    window.findChild<QAction*>(QStringLiteral("changePassphraseAction"))->trigger();
    QVERIFY(!window.isVisible());
    QCOMPARE(window.nextStep(), ui::MainWindow::NextStep::ChangePassphrase);
}

QTEST_MAIN(TestChangePassphraseDialog)
#include "TestChangePassphraseDialog.moc"
