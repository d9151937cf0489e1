#include "Passphrase.h"

#include "crypto/Hash.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace suyuan::cli {

namespace {

Result<QByteArray> promptNoEcho(const QString& prompt)
{
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty) {
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate(
                         "suyuan-cli",
                         "No passphrase given and no terminal to ask on: use --passphrase-file FILE or the "
                         "SUYUAN_PASSPHRASE environment variable."));
    }
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    termios old{};
    const int fd = fileno(tty);
    const bool isTerm = tcgetattr(fd, &old) == 0;
    if (isTerm) {
        termios silent = old;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(fd, TCSAFLUSH, &silent);
    }
    QByteArray line;
    int c;
    while ((c = std::fgetc(tty)) != EOF && c != '\n') {
        line.append(static_cast<char>(c));
    }
    if (isTerm) {
        tcsetattr(fd, TCSAFLUSH, &old);
    }
    std::fputc('\n', tty);
    std::fclose(tty);
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    return line;
}

} // namespace

Result<QByteArray> readPassphrase(const PassphraseSource& source, const QString& prompt, bool confirm)
{
    if (!source.file.isEmpty()) {
        QFile f(source.file);
        if (!f.open(QIODevice::ReadOnly)) {
            return Error(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("suyuan-cli", "Cannot read the passphrase file %1: %2")
                             .arg(source.file, f.errorString()));
        }
        QByteArray pass = f.read(4096);
        if (pass.endsWith('\n')) {
            pass.chop(1);
        }
        if (pass.endsWith('\r')) {
            pass.chop(1);
        }
        return pass;
    }
    const QByteArray env = qgetenv(source.envVar);
    if (!env.isEmpty()) {
        return env;
    }
    auto first = promptNoEcho(prompt);
    if (!first || !confirm) {
        return first;
    }
    auto second = promptNoEcho(QCoreApplication::translate("suyuan-cli", "Repeat the passphrase: "));
    if (!second) {
        return second;
    }
    if (first.value() != second.value()) {
        crypto::wipe(first.value());
        crypto::wipe(second.value());
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("suyuan-cli", "The two passphrases differ."));
    }
    crypto::wipe(second.value());
    return first;
}

} // namespace suyuan::cli
