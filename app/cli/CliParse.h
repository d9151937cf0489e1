#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace suyuan::cli {

// Parses a command's options; returns an exit code when the command should stop here
// (--help, or a usage error).
std::optional<int> parseCommand(QCommandLineParser& parser, const QString& name, const QString& synopsis,
                                const QString& description, const QStringList& args, QTextStream& out,
                                QTextStream& err, int minPositional = 0, int maxPositional = 0);

// A time for people: the user's locale, local time zone.
QString localTime(qint64 msSinceEpoch);

} // namespace suyuan::cli
