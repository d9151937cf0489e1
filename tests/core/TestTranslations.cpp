#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// zh_CN is the language most users see: every entry must be translated, and the
// compiled catalogue embedded in the apps must actually be used.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zhCnIsComplete();
    void embeddedCatalogueTranslates();
};

void TestTranslations::zhCnIsComplete()
{
    QFile file(QStringLiteral(SUYUAN_TS_DIR "/suyuan_zh_CN.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList missing;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            QString text;
            bool hasNumerus = false;
            // Plural forms keep their text in <numerusform> children.
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) {
                    text += xml.text();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    hasNumerus = true;
                }
            }
            if (type == QLatin1String("unfinished") || type == QLatin1String("vanished") ||
                type == QLatin1String("obsolete") || (text.trimmed().isEmpty() && !hasNumerus)) {
                missing << source;
            }
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY2(messages > 50, "the catalogue looks empty: run the update_translations target");
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 zh_CN entries are not translated, e.g.:\n%3")
                            .arg(missing.size())
                            .arg(messages)
                            .arg(missing.mid(0, 10).join(QLatin1Char('\n')))));
}

void TestTranslations::embeddedCatalogueTranslates()
{
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("suyuan"),
                            QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&translator);
    const QString text =
        QCoreApplication::translate("suyuan", "Wrong passphrase. Nothing was changed; please try again.");
    QVERIFY2(text.contains(QStringLiteral("密码")), qPrintable(text));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
