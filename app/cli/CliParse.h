#pragma once

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace suyuan::trace {
struct Portion;
}

namespace suyuan::cli {

// Parses a command's options; returns an exit code when the command should stop here
// (--help, or a usage error).
std::optional<int> parseCommand(QCommandLineParser& parser, const QString& name, const QString& synopsis,
                                const QString& description, const QStringList& args, QTextStream& out,
                                QTextStream& err, int minPositional = 0, int maxPositional = 0);

// A time for people: the user's locale, local time zone.
QString localTime(qint64 msSinceEpoch);

// An ISO 8601 time; empty text is "now" (an invalid QDateTime) with *ok true.
QDateTime parseTime(const QString& text, bool* ok);

// "ID:QTY[:UNIT]" — splits from the right so that Digital Links (with ':') work.
bool parsePortion(const QString& text, trace::Portion* out);

// The JSON object a --ilmd / --private option holds; nothing when the text is not one.
std::optional<QJsonObject> jsonObjectOption(const QString& text);

// --private JSON: business-private fields of an event (ship, receive, sell).
QCommandLineOption privateFieldsOption();

} // namespace suyuan::cli
