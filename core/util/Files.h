#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace suyuan {

// Writes a file so that a crash leaves either the old or the new content: write to a
// temporary file in the same directory, fsync it, rename over the target, fsync the
// directory.
Status writeFileAtomically(const QString& path, const QByteArray& content);
Status syncDirectory(const QString& dir);
Status syncFile(const QString& path);

} // namespace suyuan
