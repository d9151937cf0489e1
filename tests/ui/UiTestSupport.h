#pragma once

#include "ledger/Ledger.h"

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QString>

#include <memory>

class QWidget;

namespace suyuan::test {

inline constexpr char kPassphrase[] = "correct horse battery";
inline constexpr int kAsyncTimeoutMs = 20000;

// Settings and standard paths of the tests live apart from the user's and other runs'.
void initGuiTest();

// A profile made with cheap KDF parameters (the scrypt cost is not under test here).
std::unique_ptr<Ledger> createProfile(const QString& dir,
                                      const QString& organisation = QStringLiteral("Test co-op"));

// Every file of a profile directory: name → bytes, and name → modification time (ms).
QMap<QString, QByteArray> snapshotFiles(const QString& dir);
QMap<QString, qint64> snapshotMtimes(const QString& dir);

// The child widget with this object name, or nullptr.
template <typename T> T* find(const QObject* root, const char* objectName)
{
    return root->findChild<T*>(QString::fromLatin1(objectName));
}

// Types text into a widget the way a user would: ASCII as key clicks, anything else as
// an input method commit (how Chinese text arrives from an IME).
void typeText(QWidget* widget, const QString& text);

// Saves widget->grab() as name.png into $SUYUAN_SCREENSHOT_DIR, if that is set.
void saveScreenshot(QWidget* widget, const QString& name);

} // namespace suyuan::test
