#include "Files.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace suyuan {

namespace {
Error ioError(const QString& path, int err)
{
    return Error(ErrorCode::Io, QCoreApplication::translate("suyuan", "Cannot write %1: %2")
                                    .arg(path, QString::fromLocal8Bit(std::strerror(err))));
}
} // namespace

Status syncFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return ioError(path, errno);
    }
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0) {
        return ioError(path, err);
    }
    return {};
}

Status syncDirectory(const QString& dir)
{
    return syncFile(dir);
}

Status writeFileAtomically(const QString& path, const QByteArray& content)
{
    const QString tmp = path + QStringLiteral(".tmp");
    const QByteArray nativeTmp = QFile::encodeName(tmp);
    const int fd = ::open(nativeTmp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        return ioError(tmp, errno);
    }
    qsizetype written = 0;
    while (written < content.size()) {
        const ssize_t n =
            ::write(fd, content.constData() + written, static_cast<size_t>(content.size() - written));
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            const int err = errno;
            ::close(fd);
            return ioError(tmp, err);
        }
        written += n;
    }
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        return ioError(tmp, err);
    }
    ::close(fd);
    if (std::rename(nativeTmp.constData(), QFile::encodeName(path).constData()) != 0) {
        return ioError(path, errno);
    }
    return syncDirectory(QFileInfo(path).absolutePath());
}

} // namespace suyuan
