#include "Cli.h"

#include "crypto/SelfTest.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("suyuan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUYUAN_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("suyuan"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&translator);
    }
    if (auto st = suyuan::crypto::runSelfTest(); !st) {
        std::fprintf(stderr, "%s\n", st.error().message.toLocal8Bit().constData());
        return 1;
    }
    suyuan::cli::Cli cli;
    return cli.run(app.arguments().mid(1));
}
