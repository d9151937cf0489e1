#include "Cli.h"

#include "crypto/SelfTest.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char* argv[])
{
    // PDF reports and labels lay out text, which needs fonts and so a QGuiApplication; the
    // offscreen platform needs no display. Everything else runs on a plain QCoreApplication.
    bool needsGui = false;
    for (int i = 1; i < argc; ++i) {
        needsGui = needsGui || std::strcmp(argv[i], "--pdf") == 0 ||
                   std::strncmp(argv[i], "--pdf=", 6) == 0 || std::strcmp(argv[i], "label") == 0 ||
                   std::strcmp(argv[i], "--labels") == 0;
    }
    if (needsGui && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    std::unique_ptr<QCoreApplication> appHolder(needsGui ? new QGuiApplication(argc, argv)
                                                         : new QCoreApplication(argc, argv));
    QCoreApplication& app = *appHolder;
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
