#include "UiTestSupport.h"

#include "mainwindow/MainWindow.h"
#include "settings/SettingsPage.h"
#include "trace/Demo.h"
#include "trace/TraceService.h"

#include <QAbstractButton>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace suyuan;
using namespace suyuan::test;

// Walks every page of the main window (and a batch's detail) in zh_CN and fails if a
// visible label, button, group box, tab or table header still shows English: either a
// source text of our catalogue shown untranslated, or any text of Latin words only that is
// not a code, a unit or data.
class TestChineseUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyPageIsChinese();

private:
    QStringList englishIn(QWidget* root) const;
    QSet<QString> m_sources; // catalogue source texts, without mnemonics
    QTranslator m_translator;
};

namespace {

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?=\\S)")));
    text.remove(QRegularExpression(QStringLiteral("\\(&?.\\)$")));
    return text.trimmed();
}

// Words that stay as they are in a Chinese UI: codes, standards, units, brand and data.
bool allowedLatin(const QString& text)
{
    static const QRegularExpression latinOnly(QStringLiteral("^[A-Za-z][A-Za-z .,'/()-]*$"));
    if (!latinOnly.match(text).hasMatch()) {
        return true; // has Chinese, digits or symbols: not an English phrase
    }
    static const QStringList kept = {
        QStringLiteral("GTIN"),    QStringLiteral("GLN"),    QStringLiteral("SSCC"), QStringLiteral("EPCIS"),
        QStringLiteral("CSV"),     QStringLiteral("PDF"),    QStringLiteral("OK"),   QStringLiteral("CN"),
        QStringLiteral("English"), QStringLiteral("Suyuan"), QStringLiteral("URI"),  QStringLiteral("ID")};
    const QStringList words =
        text.split(QRegularExpression(QStringLiteral("[ .,'/()-]+")), Qt::SkipEmptyParts);
    for (const QString& w : words) {
        if (!kept.contains(w) && !(w.size() <= 4 && w == w.toUpper())) {
            return false;
        }
    }
    return true;
}

} // namespace

void TestChineseUi::initTestCase()
{
    initGuiTest();
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QVERIFY(m_translator.load(QStringLiteral(":/i18n/suyuan_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_translator);
    QFile ts(QStringLiteral(SUYUAN_TS_DIR "/suyuan_zh_CN.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("source")) {
            const QString source = plain(xml.readElementText());
            if (!source.isEmpty()) {
                m_sources.insert(source);
            }
        }
    }
    QVERIFY(m_sources.size() > 500);
}

QStringList TestChineseUi::englishIn(QWidget* root) const
{
    QStringList found;
    const auto check = [&](const QString& raw, const QObject* where) {
        const QString text = plain(raw);
        if (text.isEmpty()) {
            return;
        }
        const bool untranslated = m_sources.contains(text) && !allowedLatin(text);
        if (untranslated || !allowedLatin(text)) {
            found << QStringLiteral("%1 (%2 %3)")
                         .arg(text, QString::fromLatin1(where->metaObject()->className()),
                              where->objectName());
        }
    };
    for (QLabel* label : root->findChildren<QLabel*>()) {
        // Labels that show data (names, lots) carry an object name ending in "Value" or are
        // not form labels; form labels (with a buddy) and headings are ours.
        if (label->isVisible() && (label->buddy() || label->font().bold())) {
            check(label->text(), label);
        }
    }
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (button->isVisible()) {
            check(button->text(), button);
        }
    }
    for (QGroupBox* box : root->findChildren<QGroupBox*>()) {
        if (box->isVisible()) {
            check(box->title(), box);
        }
    }
    for (QTabBar* tabs : root->findChildren<QTabBar*>()) {
        for (int i = 0; tabs->isVisible() && i < tabs->count(); ++i) {
            check(tabs->tabText(i), tabs);
        }
    }
    for (QHeaderView* header : root->findChildren<QHeaderView*>()) {
        if (!header->isVisible() || !header->model()) {
            continue;
        }
        for (int i = 0; i < header->count(); ++i) {
            check(header->model()->headerData(i, header->orientation()).toString(), header);
        }
    }
    return found;
}

void TestChineseUi::everyPageIsChinese()
{
    // The check itself: without the catalogue, English is found.
    QCoreApplication::removeTranslator(&m_translator);
    {
        ui::SettingsPage english;
        english.show();
        QVERIFY(QTest::qWaitForWindowExposed(&english));
        QVERIFY(englishIn(&english).size() >= 3);
    }
    QCoreApplication::installTranslator(&m_translator);

    QTemporaryDir dir;
    auto ledger = createProfile(dir.path(), QStringLiteral("溯源测试合作社"));
    {
        auto trace = trace::TraceService::open(*ledger);
        QVERIFY(trace.ok());
        QVERIFY(trace::fillDemoLedger(*trace.value(), {}).ok());
    }
    ui::MainWindow window(std::move(ledger));
    window.resize(1280, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("pageStack"));
    QVERIFY(stack && stack->count() >= 6);
    QStringList problems;
    for (int i = 0; i < stack->count(); ++i) {
        window.showPage(stack->widget(i)->objectName());
        QTest::qWait(100);
        for (const QString& p : englishIn(&window)) {
            problems << stack->widget(i)->objectName() + QStringLiteral(": ") + p;
        }
    }
    window.showBatch(window.trace()->resolveBatch(QStringLiteral("FJ5A-251218")).value());
    QTest::qWait(100);
    auto* detail = window.findChild<QWidget*>(QStringLiteral("batchWindow"));
    QVERIFY(detail && detail->isVisible());
    for (const QString& p : englishIn(detail)) {
        problems << QStringLiteral("batchWindow: ") + p;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestChineseUi)
#include "TestChineseUi.moc"
