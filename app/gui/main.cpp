#include "ApplicationIcon.h"
#include "crypto/SelfTest.h"
#include "ledger/Profile.h"
#include "mainwindow/MainWindow.h"
#include "profile/ChangePassphraseDialog.h"
#include "profile/FirstRunDialog.h"
#include "profile/UnlockDialog.h"
#include "settings/SettingsPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <memory>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("suyuan"));
    QApplication::setOrganizationName(QStringLiteral("Suyuan"));
    QApplication::setApplicationVersion(QStringLiteral(SUYUAN_VERSION));

    // Our own strings follow the system locale (Chinese on a Chinese system), and so do
    // Qt's standard dialogs and buttons.
    // Unless the user chose a language in Settings.
    const QString chosen = suyuan::ui::SettingsPage::language();
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    if (!chosen.isEmpty()) {
        QLocale::setDefault(locale);
    }
    QTranslator translator;
    if (translator.load(locale, QStringLiteral("suyuan"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&translator);
    }
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Suyuan"));
    QApplication::setWindowIcon(suyuan::applicationIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Traceability ledger for farm cooperatives, processors and warehouses."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "Use the profile in DIR (default: %1).")
            .arg(QDir::toNativeSeparators(suyuan::Profile::defaultDirectory())),
        QCoreApplication::translate("main", "DIR"), suyuan::Profile::defaultDirectory());
    parser.addOption(profileOption);
    // For docs/screenshots (tools/screenshots.sh): open the profile with the passphrase in
    // SUYUAN_PASSPHRASE, save a PNG of every page into DIR, and quit.
    QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QCoreApplication::translate("main", "Save a PNG of every page into DIR and quit."),
        QCoreApplication::translate("main", "DIR"));
    screenshotsOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotsOption);
    parser.process(app);
    const QString profileDir = QDir(parser.value(profileOption)).absolutePath();

    // Refuse to run on a build whose cryptography gives wrong answers.
    if (auto st = suyuan::crypto::runSelfTest(); !st) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "Suyuan cannot start"),
            QCoreApplication::translate(
                "main", "The cryptography self-test failed, so this build cannot be trusted to sign or "
                        "verify records.\n\n%1")
                .arg(st.error().message));
        return 1;
    }

    std::unique_ptr<suyuan::Ledger> ledger;
    if (parser.isSet(screenshotsOption)) {
        auto opened = suyuan::Profile::open(profileDir, qgetenv("SUYUAN_PASSPHRASE"));
        if (!opened) {
            qCritical("%s", qPrintable(opened.error().message));
            return 1;
        }
        suyuan::ui::MainWindow window(std::move(opened.value()));
        window.resize(1280, 860);
        window.show();
        return suyuan::ui::saveScreenshots(window, parser.value(screenshotsOption)) ? 0 : 1;
    }
    if (!suyuan::Profile::exists(profileDir)) {
        suyuan::ui::FirstRunDialog dialog(profileDir);
        if (dialog.exec() != QDialog::Accepted) {
            return 0;
        }
        ledger = dialog.takeLedger();
        // The wizard stored a language and showed itself in it: the main window follows
        // that choice now, not only at the next start.
        if (const QString language = suyuan::ui::SettingsPage::language(); language != chosen) {
            const QLocale now = language.isEmpty() ? QLocale::system() : QLocale(language);
            QLocale::setDefault(now);
            QApplication::removeTranslator(&translator);
            QApplication::removeTranslator(&qtTranslator);
            if (translator.load(now, QStringLiteral("suyuan"), QStringLiteral("_"),
                                QStringLiteral(":/i18n"))) {
                QApplication::installTranslator(&translator);
            }
            if (qtTranslator.load(now, QStringLiteral("qtbase"), QStringLiteral("_"),
                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
                QApplication::installTranslator(&qtTranslator);
            }
        }
    } else {
        suyuan::ui::UnlockDialog dialog(profileDir);
        if (dialog.exec() != QDialog::Accepted) {
            return 0;
        }
        ledger = dialog.takeLedger();
    }
    if (!ledger) {
        return 1;
    }

    // The window closes for good, or to let the ledger be re-keyed, or to open another
    // profile; then the next one opens.
    QString dir = profileDir;
    for (;;) {
        auto next = suyuan::ui::MainWindow::NextStep::Quit;
        QString nextDir;
        int rc = 0;
        {
            suyuan::ui::MainWindow window(std::move(ledger));
            window.show();
            rc = app.exec();
            next = window.nextStep();
            nextDir = window.nextProfileDir();
        } // the window and its ledger are closed here
        if (next == suyuan::ui::MainWindow::NextStep::Quit) {
            return rc;
        }
        if (next == suyuan::ui::MainWindow::NextStep::ChangePassphrase) {
            suyuan::ui::ChangePassphraseDialog change(dir);
            if (change.exec() == QDialog::Accepted) {
                ledger = change.takeLedger();
            }
        } else {
            dir = nextDir;
        }
        if (!ledger) {
            // Cancelled, or another profile: unlock (or create) it.
            if (!suyuan::Profile::exists(dir)) {
                suyuan::ui::FirstRunDialog dialog(dir);
                if (dialog.exec() != QDialog::Accepted) {
                    return 0;
                }
                ledger = dialog.takeLedger();
            } else {
                suyuan::ui::UnlockDialog dialog(dir);
                if (dialog.exec() != QDialog::Accepted) {
                    return 0;
                }
                ledger = dialog.takeLedger();
            }
            if (!ledger) {
                return 1;
            }
        }
    }
}
