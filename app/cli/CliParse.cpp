#include "CliParse.h"

#include "trace/TraceService.h"

#include "Cli.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

namespace suyuan::cli {

std::optional<int> parseCommand(QCommandLineParser& parser, const QString& name, const QString& synopsis,
                                const QString& description, const QStringList& args, QTextStream& out,
                                QTextStream& err, int minPositional, int maxPositional)
{
    parser.setApplicationDescription(description);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("suyuan-cli", "Show this help."));
    parser.addOption(help);
    const auto usageText = [&] {
        QString text = parser.helpText();
        const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
        return QCoreApplication::translate("suyuan-cli", "Usage: suyuan-cli [--profile DIR] %1 %2")
                   .arg(name, synopsis) +
               text.mid(firstLineEnd);
    };
    if (!parser.parse(QStringList{QStringLiteral("suyuan-cli")} + args)) {
        err << QCoreApplication::translate("suyuan-cli", "suyuan-cli %1: %2").arg(name, parser.errorText())
            << '\n'
            << usageText();
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out << usageText();
        return ExitOk;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional || n > maxPositional) {
        err << QCoreApplication::translate("suyuan-cli", "suyuan-cli %1: wrong number of arguments").arg(name)
            << '\n'
            << usageText();
        return ExitUsage;
    }
    return std::nullopt;
}

QString localTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QDateTime parseTime(const QString& text, bool* ok)
{
    *ok = true;
    if (text.isEmpty()) {
        return {};
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    *ok = t.isValid();
    return t;
}

// "ID:QTY[:UNIT]" — splits from the right so that Digital Links (with ':') work.
bool parsePortion(const QString& text, trace::Portion* out)
{
    QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() < 2) {
        return false;
    }
    bool ok = false;
    double q = parts.last().toDouble(&ok);
    QString unit;
    if (!ok && parts.size() >= 3) {
        unit = parts.takeLast();
        q = parts.last().toDouble(&ok);
    }
    if (!ok) {
        return false;
    }
    parts.removeLast();
    *out = {parts.join(QLatin1Char(':')), q, unit};
    return true;
}

std::optional<QJsonObject> jsonObjectOption(const QString& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isObject() ? std::optional<QJsonObject>(doc.object()) : std::nullopt;
}

QCommandLineOption privateFieldsOption()
{
    return QCommandLineOption(
        QStringLiteral("private"),
        QCoreApplication::translate("suyuan-cli",
                                    "Business-private fields as a JSON object (price, contract …): "
                                    "kept on this node, named in the event only by a salted hash."),
        QStringLiteral("JSON"));
}

} // namespace suyuan::cli
