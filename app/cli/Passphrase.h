#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace suyuan::cli {

// Where a passphrase comes from, in order: --passphrase-file, the environment variable,
// a no-echo prompt on the terminal.
struct PassphraseSource
{
    QString file;
    const char* envVar = "SUYUAN_PASSPHRASE";
};

Result<QByteArray> readPassphrase(const PassphraseSource& source, const QString& prompt, bool confirm);

} // namespace suyuan::cli
