#include "UiTestSupport.h"

#include "crypto/Kdf.h"
#include "ledger/Profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QPixmap>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWidget>
#include <QtTest>

namespace suyuan::test {

void initGuiTest()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SuyuanTest"));
    QCoreApplication::setApplicationName(QStringLiteral("suyuan-test"));
    // Settings of this process only: suites (and build directories) may run in parallel.
    static QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
}

std::unique_ptr<Ledger> createProfile(const QString& dir, const QString& organisation)
{
    auto ledger = Profile::create(dir, QByteArray(kPassphrase), organisation, crypto::testKdfParams());
    if (!ledger) {
        qFatal("cannot create a test profile in %s: %s", qPrintable(dir), qPrintable(ledger.error().message));
    }
    return std::move(ledger).value();
}

QMap<QString, QByteArray> snapshotFiles(const QString& dir)
{
    QMap<QString, QByteArray> files;
    const QDir d(dir);
    for (const QString& name : d.entryList(QDir::Files | QDir::Hidden)) {
        QFile file(d.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            files.insert(name, file.readAll());
        }
    }
    return files;
}

QMap<QString, qint64> snapshotMtimes(const QString& dir)
{
    QMap<QString, qint64> times;
    const QDir d(dir);
    for (const QFileInfo& info : d.entryInfoList(QDir::Files | QDir::Hidden)) {
        times.insert(info.fileName(), info.lastModified().toMSecsSinceEpoch());
    }
    return times;
}

void typeText(QWidget* widget, const QString& text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const bool ascii = text.at(i).unicode() >= 0x20 && text.at(i).unicode() < 0x7f;
        qsizetype end = i;
        while (end < text.size() &&
               (text.at(end).unicode() >= 0x20 && text.at(end).unicode() < 0x7f) == ascii) {
            ++end;
        }
        const QString run = text.mid(i, end - i);
        if (ascii) {
            QTest::keyClicks(widget, run);
        } else {
            QInputMethodEvent event;
            event.setCommitString(run);
            QCoreApplication::sendEvent(widget, &event);
        }
        i = end;
    }
}

void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("SUYUAN_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    QDir().mkpath(dir);
    // Let pending relayouts happen first, as the event loop would before the next paint.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        qWarning("cannot save the screenshot %s", qPrintable(path));
    }
}

} // namespace suyuan::test
