#include "UiTestSupport.h"

#include "exchange/EpcisExportDialog.h"
#include "exchange/ExchangeActions.h"
#include "labels/BatchLabels.h"
#include "site/SiteExport.h"
#include "trace/CsvImport.h"
#include "trace/Demo.h"
#include "trace/Epcis.h"
#include "trace/TraceService.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

using namespace suyuan;
using namespace suyuan::test;
using suyuan::ui::EpcisExportDialog;
using suyuan::ui::ExchangeActions;

namespace {

// A main window stand-in and the actions over one ledger, with the file dialogs answered
// from a table (purpose → path).
struct Harness
{
    QWidget window;
    std::unique_ptr<ExchangeActions> actions;
    QMap<QString, QString> files;
    QStringList asked; // purposes asked for, in order

    explicit Harness(trace::TraceService& trace)
    {
        window.setObjectName(QStringLiteral("window"));
        window.resize(900, 600);
        window.show();
        actions = std::make_unique<ExchangeActions>(trace, &window);
        actions->setFileChooser([this](const ExchangeActions::FileRequest& request) {
            asked << request.purpose;
            return files.value(request.purpose);
        });
    }
    ~Harness()
    {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (qobject_cast<QMessageBox*>(w) || qobject_cast<QDialog*>(w)) {
                w->close();
            }
        }
        actions.reset();
    }
};

// Waits until the actions are idle again (busyChanged(false)).
bool waitIdle(ExchangeActions& actions, int timeoutMs = kAsyncTimeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (actions.isBusy() && clock.elapsed() < timeoutMs) {
        QTest::qWait(10);
    }
    return !actions.isBusy();
}

QMessageBox* summaryBox(QWidget& window)
{
    return window.findChild<QMessageBox*>(QStringLiteral("exchangeSummaryMessageBox"));
}

// The summary's text and informative text, after which the box is closed.
QString takeSummary(QWidget& window)
{
    QMessageBox* box = summaryBox(window);
    if (!box) {
        return {};
    }
    const QString text = box->text() + QLatin1Char('\n') + box->informativeText();
    box->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return text;
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void actionsForTheFileMenu();
    void exportAllEpcis();
    void importIntoAFreshLedger();
    void invalidDocumentStoresNothing();
    void exportDialog();
    void exportGenealogyThroughTheDialog();
    void csvTemplateImport();
    void brokenCsvStoresNothing();
    void recallReport();
    void consumerSite();
    void eventLoopKeepsRunning();
    void screenshots_data();
    void screenshots();

private:
    qint64 records() { return m_ledger->recordCount().value(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<trace::TraceService> m_trace;
    trace::DemoSummary m_demo;
};

void TestExchange::initTestCase()
{
    initGuiTest();
    m_ledger = createProfile(m_dir.filePath(QStringLiteral("demo")));
    auto trace = trace::TraceService::open(*m_ledger);
    QVERIFY(trace);
    m_trace = std::move(trace.value());
    auto demo = trace::fillDemoLedger(*m_trace, {});
    QVERIFY(demo);
    m_demo = demo.value();
}

void TestExchange::cleanupTestCase()
{
    m_trace.reset();
    m_ledger.reset();
}

void TestExchange::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestExchange::actionsForTheFileMenu()
{
    Harness h(*m_trace);
    const QList<QAction*> actions = h.actions->actions();
    QStringList names;
    for (QAction* action : actions) {
        names << action->objectName();
        QVERIFY2(action->text().contains(QLatin1Char('&')), qPrintable(action->text()));
        QVERIFY2(action->text().endsWith(QStringLiteral("…")), qPrintable(action->text()));
        QVERIFY(!action->statusTip().isEmpty());
    }
    QCOMPARE(names, (QStringList{QStringLiteral("importEpcisAction"), QStringLiteral("exportEpcisAction"),
                                 QStringLiteral("importCsvAction"), QStringLiteral("saveCsvTemplateAction"),
                                 QStringLiteral("exportRecallAction"), QStringLiteral("exportSiteAction")}));
    QCOMPARE(actions.at(0)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QCOMPARE(actions.at(1)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(actions.at(2)->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QCOMPARE(actions.at(5)->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
}

void TestExchange::exportAllEpcis()
{
    Harness h(*m_trace);
    const QString path = m_dir.filePath(QStringLiteral("all.json"));
    h.files[QStringLiteral("exportEpcis")] = path;
    h.actions->setSelectionChooser([] {
        return ExchangeActions::ExportChoice{trace::EpcisSelection::all(), QStringLiteral("all")};
    });
    QSignalSpy busy(h.actions.get(), &ExchangeActions::busyChanged);
    QSignalSpy changed(h.actions.get(), &ExchangeActions::ledgerChanged);
    QSignalSpy status(h.actions.get(), &ExchangeActions::statusMessage);
    h.actions->actions().at(1)->trigger();
    QCOMPARE(busy.count(), 1);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    for (QAction* action : h.actions->actions()) {
        QVERIFY(!action->isEnabled()); // no second job while the worker has the ledger
    }
    QVERIFY(waitIdle(*h.actions));
    QCOMPARE(busy.count(), 2);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!status.isEmpty());
    QCOMPARE(h.asked, QStringList{QStringLiteral("exportEpcis")});

    const QJsonObject doc = readJson(path);
    QCOMPARE(doc.value(QLatin1String("type")).toString(), QStringLiteral("EPCISDocument"));
    const int events = static_cast<int>(
        doc.value(QLatin1String("epcisBody")).toObject().value(QLatin1String("eventList")).toArray().size());
    QCOMPARE(events, static_cast<int>(m_demo.events));
    const QString summary = takeSummary(h.window);
    QVERIFY2(summary.contains(QStringLiteral("Exported %1 events").arg(QLocale().toString(events))),
             qPrintable(summary));
}

void TestExchange::importIntoAFreshLedger()
{
    const QString path = m_dir.filePath(QStringLiteral("all.json"));
    if (!QFile::exists(path)) {
        QSKIP("needs exportAllEpcis");
    }
    const int events = static_cast<int>(readJson(path)
                                            .value(QLatin1String("epcisBody"))
                                            .toObject()
                                            .value(QLatin1String("eventList"))
                                            .toArray()
                                            .size());
    auto ledger = createProfile(m_dir.filePath(QStringLiteral("fresh")));
    auto trace = trace::TraceService::open(*ledger);
    QVERIFY(trace);
    {
        Harness h(*trace.value());
        h.files[QStringLiteral("importEpcis")] = path;
        QSignalSpy busy(h.actions.get(), &ExchangeActions::busyChanged);
        QSignalSpy changed(h.actions.get(), &ExchangeActions::ledgerChanged);
        h.actions->importEpcis();
        QVERIFY(waitIdle(*h.actions));
        QCOMPARE(busy.count(), 2);
        QCOMPARE(changed.count(), 1);
        QString summary = takeSummary(h.window);
        QVERIFY2(summary.contains(QStringLiteral("Imported %1 events").arg(QLocale().toString(events))),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Object events")), qPrintable(summary));

        // Again: nothing new, nothing stored.
        const qint64 before = ledger->recordCount().value();
        h.actions->importEpcis();
        QVERIFY(waitIdle(*h.actions));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(ledger->recordCount().value(), before);
        summary = takeSummary(h.window);
        QVERIFY2(summary.contains(QStringLiteral("Nothing new")), qPrintable(summary));
    }
    trace.value().reset();
}

void TestExchange::invalidDocumentStoresNothing()
{
    QJsonObject doc = trace::exportEpcisDocument(*m_trace, trace::EpcisSelection::all()).value();
    QJsonObject body = doc.value(QLatin1String("epcisBody")).toObject();
    QJsonArray list = body.value(QLatin1String("eventList")).toArray();
    QJsonObject second = list.at(1).toObject();
    second.remove(QStringLiteral("eventTime"));
    second.insert(QStringLiteral("eventID"), QStringLiteral("urn:uuid:8f7b7f0e-6d8c-4d44-9f3e-000000000001"));
    list.replace(1, second);
    body.insert(QStringLiteral("eventList"), list);
    doc.insert(QStringLiteral("epcisBody"), body);
    const QString path = m_dir.filePath(QStringLiteral("invalid.json"));
    QVERIFY(writeFile(path, QJsonDocument(doc).toJson()));

    Harness h(*m_trace);
    h.files[QStringLiteral("importEpcis")] = path;
    QSignalSpy changed(h.actions.get(), &ExchangeActions::ledgerChanged);
    const qint64 before = records();
    h.actions->importEpcis();
    QVERIFY(waitIdle(*h.actions));
    QCOMPARE(records(), before);
    QCOMPARE(changed.count(), 0);
    QMessageBox* box = summaryBox(h.window);
    QVERIFY(box);
    QCOMPARE(box->icon(), QMessageBox::Warning);
    const QString summary = takeSummary(h.window);
    QVERIFY2(summary.contains(QStringLiteral("$.epcisBody.eventList[1]")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("nothing was stored")), qPrintable(summary));
}

void TestExchange::exportDialog()
{
    EpcisExportDialog dialog(*m_trace);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* exportButton = find<QPushButton>(&dialog, "exportPushButton");
    auto* error = find<QLabel>(&dialog, "errorLabel");
    QVERIFY(find<QRadioButton>(&dialog, "allRadioButton")->isChecked());
    QVERIFY(exportButton->isEnabled());
    QCOMPARE(dialog.selection().kind, trace::EpcisSelection::Kind::All);

    // A date range the wrong way round.
    auto* from = find<QDateEdit>(&dialog, "fromDateEdit");
    auto* to = find<QDateEdit>(&dialog, "toDateEdit");
    from->setDate(QDate(2026, 3, 1));
    to->setDate(QDate(2026, 2, 1));
    QVERIFY(find<QRadioButton>(&dialog, "rangeRadioButton")->isChecked());
    QVERIFY(!exportButton->isEnabled());
    QVERIFY(!error->text().isEmpty());
    to->setDate(QDate(2026, 3, 31));
    QVERIFY(exportButton->isEnabled());
    const trace::EpcisSelection range = dialog.selection();
    QCOMPARE(range.kind, trace::EpcisSelection::Kind::TimeRange);
    QCOMPARE(range.from, QDateTime(QDate(2026, 3, 1), QTime(0, 0)));
    QCOMPARE(range.to, QDateTime(QDate(2026, 4, 1), QTime(0, 0))); // the last day included
    QCOMPARE(dialog.fileNameHint(), QStringLiteral("2026-03-01_2026-03-31"));

    // A batch the ledger does not hold, then one it does; Enter exports.
    auto* batch = find<QLineEdit>(&dialog, "batchLineEdit");
    batch->setFocus();
    typeText(batch, QStringLiteral("NO-SUCH-LOT"));
    QVERIFY(find<QRadioButton>(&dialog, "batchRadioButton")->isChecked());
    QVERIFY(!exportButton->isEnabled());
    QVERIFY2(error->text().contains(QStringLiteral("NO-SUCH-LOT")), qPrintable(error->text()));
    QTest::keyClick(batch, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    batch->clear();
    typeText(batch, QStringLiteral("JJHJ250-260812B"));
    QVERIFY(exportButton->isEnabled());
    QVERIFY(error->text().isEmpty());
    QVERIFY2(find<QLabel>(&dialog, "batchFoundLabel")->text().contains(QStringLiteral("JJHJ250-260812B")),
             qPrintable(find<QLabel>(&dialog, "batchFoundLabel")->text()));
    QTest::keyClick(batch, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.selection().kind, trace::EpcisSelection::Kind::Genealogy);
    QCOMPARE(dialog.selection().batch, m_demo.recalledBatch);
    QCOMPARE(dialog.fileNameHint(), QStringLiteral("JJHJ250-260812B"));
}

void TestExchange::exportGenealogyThroughTheDialog()
{
    Harness h(*m_trace);
    const QString path = m_dir.filePath(QStringLiteral("genealogy.json"));
    h.files[QStringLiteral("exportEpcis")] = path;
    // The default selection chooser: the real dialog, answered once it is open.
    QTimer::singleShot(0, &h.window, [] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<EpcisExportDialog*>(w)) {
                auto* batch = find<QLineEdit>(dialog, "batchLineEdit");
                typeText(batch, QStringLiteral("JJHJ250-260812B"));
                QTest::keyClick(batch, Qt::Key_Return);
            }
        }
    });
    h.actions->exportEpcis();
    QVERIFY(waitIdle(*h.actions));
    const auto expected =
        trace::exportEpcisDocument(*m_trace, trace::EpcisSelection::genealogy(m_demo.recalledBatch));
    QVERIFY(expected);
    const QJsonArray events = readJson(path)
                                  .value(QLatin1String("epcisBody"))
                                  .toObject()
                                  .value(QLatin1String("eventList"))
                                  .toArray();
    QVERIFY(!events.isEmpty());
    QVERIFY(events.size() < m_demo.events);
    QCOMPARE(events, expected.value()
                         .value(QLatin1String("epcisBody"))
                         .toObject()
                         .value(QLatin1String("eventList"))
                         .toArray());
    QVERIFY(takeSummary(h.window).contains(QStringLiteral("Exported")));
}

void TestExchange::csvTemplateImport()
{
    Harness h(*m_trace);
    const QString path = m_dir.filePath(QStringLiteral("template.csv"));
    h.files[QStringLiteral("csvTemplate")] = path;
    h.files[QStringLiteral("importCsv")] = path;
    h.actions->saveCsvTemplate();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), trace::harvestCsvTemplate(false));
    file.close();

    QSignalSpy busy(h.actions.get(), &ExchangeActions::busyChanged);
    QSignalSpy changed(h.actions.get(), &ExchangeActions::ledgerChanged);
    const qint64 before = records();
    h.actions->importCsv(); // the dry run
    QVERIFY(waitIdle(*h.actions));
    QCOMPARE(records(), before);
    auto* confirm = h.window.findChild<QMessageBox*>(QStringLiteral("csvConfirmMessageBox"));
    QVERIFY(confirm);
    QCOMPARE(confirm->text(), QStringLiteral("Import 3 batches?"));
    QVERIFY(confirm->informativeText().contains(QStringLiteral("FJ-251215-AP")));
    QTest::mouseClick(find<QPushButton>(confirm, "csvConfirmImportPushButton"), Qt::LeftButton);
    QVERIFY(busy.count() >= 3);
    QVERIFY(waitIdle(*h.actions));
    QCOMPARE(busy.count(), 4);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(records(), before + 3);
    const QString summary = takeSummary(h.window);
    QVERIFY2(summary.contains(QStringLiteral("Imported 3 batches")), qPrintable(summary));
    for (const QString& lot : {QStringLiteral("FJ-251215-AP"), QStringLiteral("QCT-260218-NT1"),
                               QStringLiteral("JJHJ-260818-ML")}) {
        QVERIFY2(m_trace->resolveBatch(lot).ok(), qPrintable(lot));
    }
}

void TestExchange::brokenCsvStoresNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.csv"));
    QVERIFY(writeFile(path,
                      QByteArrayLiteral("product,lot,quantity,unit,location,harvest_date\r\n"
                                        "06937651000117,FJ-261201-X,many,KGM,fj-plot-anping,2026-12-01\r\n"
                                        "NO-SUCH-PRODUCT,FJ-261201-Y,100,KGM,fj-plot-anping,2026-12-01\r\n"
                                        "06937651000117,FJ-261201-Z,100,KGM,fj-plot-anping,2026-12-01\r\n")));
    Harness h(*m_trace);
    h.files[QStringLiteral("importCsv")] = path;
    QSignalSpy changed(h.actions.get(), &ExchangeActions::ledgerChanged);
    const qint64 before = records();
    h.actions->importCsv();
    QVERIFY(waitIdle(*h.actions));
    QCOMPARE(records(), before);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!h.window.findChild<QMessageBox*>(QStringLiteral("csvConfirmMessageBox")));
    auto* dialog = h.window.findChild<QDialog*>(QStringLiteral("csvErrorsDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto* table = find<QTableWidget>(dialog, "csvErrorsTable");
    QVERIFY(table->rowCount() >= 2);
    QStringList rows;
    for (int i = 0; i < table->rowCount(); ++i) {
        rows << table->item(i, 0)->text() + QLatin1Char('|') + table->item(i, 1)->text();
        QVERIFY(!table->item(i, 2)->text().isEmpty());
    }
    QVERIFY2(rows.contains(QStringLiteral("2|quantity")), qPrintable(rows.join(QLatin1Char(' '))));
    QVERIFY2(rows.contains(QStringLiteral("3|product")), qPrintable(rows.join(QLatin1Char(' '))));
    QVERIFY(h.actions->lastSummary().contains(QStringLiteral("nothing was stored")));
    QVERIFY(!m_trace->resolveBatch(QStringLiteral("FJ-261201-Z")).ok());
    dialog->close();
}

void TestExchange::recallReport()
{
    Harness h(*m_trace);
    const QString base = m_dir.filePath(QStringLiteral("recall-JJHJ250-260812B"));
    h.files[QStringLiteral("recallReport")] = base + QStringLiteral(".pdf");
    QSignalSpy busy(h.actions.get(), &ExchangeActions::busyChanged);
    // The lot is asked for when none is given.
    QStringList prompts;
    h.actions->setTextPrompt([&prompts](const QString&, const QString& label) {
        prompts << label;
        return QStringLiteral("JJHJ250-260812B");
    });
    h.actions->exportRecallReport();
    QCOMPARE(prompts.size(), 1);
    QVERIFY(waitIdle(*h.actions));
    QCOMPARE(busy.count(), 2);
    QFile pdf(base + QStringLiteral(".pdf"));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5).startsWith("%PDF"));
    QFile csv(base + QStringLiteral(".csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readAll().contains("JJHJ250-260812B"));
    const QString summary = takeSummary(h.window);
    QVERIFY2(summary.contains(QStringLiteral("JJHJ250-260812B")), qPrintable(summary));

    // Given a batch id, nothing is asked; an unknown lot is reported and nothing is written.
    h.actions->exportRecallReport(m_demo.recalledBatch);
    QCOMPARE(prompts.size(), 1);
    QVERIFY(waitIdle(*h.actions));
    QVERIFY(takeSummary(h.window).contains(QStringLiteral("Recall report of lot JJHJ250-260812B")));
    h.asked.clear();
    h.actions->exportRecallReport(QStringLiteral("NO-SUCH-LOT"));
    QVERIFY(h.asked.isEmpty());
    QVERIFY(!h.actions->isBusy());
    QVERIFY(takeSummary(h.window).contains(QStringLiteral("NO-SUCH-LOT")));
}

void TestExchange::consumerSite()
{
    Harness h(*m_trace);
    const QString dir = m_dir.filePath(QStringLiteral("site"));
    QVERIFY(QDir().mkpath(dir));
    h.files[QStringLiteral("exportSite")] = dir;
    QAction* action = h.actions->actions().at(5);
    // Still on the example address: asked first; cancelling does nothing.
    action->trigger();
    auto* box = h.window.findChild<QMessageBox*>(QStringLiteral("siteBaseConfirmMessageBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String(labels::exampleLabelBase)), qPrintable(box->text()));
    QTest::keyClick(box, Qt::Key_Escape);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(h.asked.isEmpty());
    QVERIFY(!h.actions->isBusy());
    // With the cooperative's own address: the folder is asked for, and the pages written.
    QVERIFY(labels::setLabelBase(*m_ledger, QStringLiteral("https://trace.coop.example.cn")).ok());
    QSignalSpy busy(h.actions.get(), &ExchangeActions::busyChanged);
    action->trigger();
    QVERIFY(!h.window.findChild<QMessageBox*>(QStringLiteral("siteBaseConfirmMessageBox")));
    QCOMPARE(h.asked, QStringList{QStringLiteral("exportSite")});
    QVERIFY(waitIdle(*h.actions));
    QCOMPARE(busy.count(), 2);
    const QString first = takeSummary(h.window);
    QVERIFY2(first.contains(QStringLiteral("https://trace.coop.example.cn")), qPrintable(first));
    QVERIFY(QFileInfo::exists(QDir(dir).filePath(QStringLiteral("index.html"))));
    const std::optional<QString> folder = site::batchFolder(m_demo.recalledBatch);
    QVERIFY(folder);
    QFile page(QDir(dir).filePath(*folder + QStringLiteral("/index.html")));
    QVERIFY(page.open(QIODevice::ReadOnly));
    QVERIFY(page.readAll().contains("https://trace.coop.example.cn"));
    // Again: nothing changed, nothing written.
    action->trigger();
    QVERIFY(waitIdle(*h.actions));
    const QString second = takeSummary(h.window);
    QVERIFY2(second.contains(QStringLiteral("0 files written")), qPrintable(second));
    QVERIFY(labels::setLabelBase(*m_ledger, QLatin1String(labels::exampleLabelBase)).ok());
}

void TestExchange::eventLoopKeepsRunning()
{
    auto ledger = createProfile(m_dir.filePath(QStringLiteral("scale")));
    auto trace = trace::TraceService::open(*ledger);
    QVERIFY(trace);
    trace::DemoOptions options;
    options.scale = 20000;
    auto demo = trace::fillDemoLedger(*trace.value(), options);
    QVERIFY(demo);
    {
        Harness h(*trace.value());
        const QString path = m_dir.filePath(QStringLiteral("scale.json"));
        h.files[QStringLiteral("exportEpcis")] = path;
        h.actions->setSelectionChooser([] {
            return ExchangeActions::ExportChoice{trace::EpcisSelection::all(), QStringLiteral("all")};
        });

        QElapsedTimer clock;
        qint64 last = -1;
        qint64 longest = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, &ticker, [&] {
            const qint64 now = clock.elapsed();
            if (last >= 0) {
                longest = std::max(longest, now - last);
            }
            last = now;
        });
        QElapsedTimer total;
        total.start();
        clock.start();
        ticker.start();
        h.actions->exportEpcis();
        QVERIFY(h.actions->isBusy());
        while (h.actions->isBusy() && total.elapsed() < 120000) {
            QTest::qWait(5);
        }
        ticker.stop();
        QVERIFY(!h.actions->isBusy());
        const qint64 events = demo->events;
        qInfo("EPCIS export of %lld events took %lld ms; longest event-loop stall: %lld ms (budget 100 ms)",
              events, total.elapsed(), longest);
        QVERIFY2(longest < 750, qPrintable(QString::number(longest)));
        const QString summary = takeSummary(h.window);
        QVERIFY2(summary.contains(QStringLiteral("Exported %1 events").arg(QLocale().toString(events))),
                 qPrintable(summary));

        // Cancelling through the progress dialog: the file is not written.
        const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.json"));
        h.files[QStringLiteral("exportEpcis")] = cancelled;
        h.actions->exportEpcis();
        QPointer<QProgressDialog> dialog =
            h.window.findChild<QProgressDialog*>(QStringLiteral("exchangeProgressDialog"));
        QVERIFY(dialog);
        dialog->show(); // it shows itself after 300 ms; this export may take less
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        saveScreenshot(dialog, QStringLiteral("exchange-progress-en"));
        auto* cancelButton = dialog->findChild<QPushButton*>();
        QVERIFY(cancelButton);
        cancelButton->click();
        QVERIFY(waitIdle(*h.actions));
        QVERIFY(!dialog); // closed and gone
        QVERIFY(!QFile::exists(cancelled));
        QVERIFY(!summaryBox(h.window));
        QVERIFY2(h.actions->lastSummary().contains(QStringLiteral("cancelled")),
                 qPrintable(h.actions->lastSummary()));
    }
    trace.value().reset();
}

void TestExchange::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestExchange::screenshots()
{
    QFETCH(QString, language);
    // Chinese: the project's catalogue, plus (until merged into it) a catalogue of these
    // strings named by SUYUAN_EXTRA_QM, and Qt's own.
    QTranslator app;
    QTranslator extra;
    QTranslator qt;
    if (language != QLatin1String("en")) {
        QLocale::setDefault(QLocale(language));
        if (app.load(QStringLiteral(":/i18n/suyuan_%1.qm").arg(language))) {
            QApplication::installTranslator(&app);
        }
        if (extra.load(qEnvironmentVariable("SUYUAN_EXTRA_QM"))) {
            QApplication::installTranslator(&extra);
        }
        if (qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QApplication::installTranslator(&qt);
        }
    }
    {
        EpcisExportDialog dialog(*m_trace);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeText(find<QLineEdit>(&dialog, "batchLineEdit"), QStringLiteral("JJHJ250-260812B"));
        saveScreenshot(&dialog, QStringLiteral("exchange-export-dialog-") + language);
        find<QLineEdit>(&dialog, "batchLineEdit")->clear();
        typeText(find<QLineEdit>(&dialog, "batchLineEdit"), QStringLiteral("JJHJ-99"));
        saveScreenshot(&dialog, QStringLiteral("exchange-export-dialog-error-") + language);
    }
    {
        Harness h(*m_trace);
        const QString broken = m_dir.filePath(QStringLiteral("broken-shot.csv"));
        QVERIFY(writeFile(
            broken, QByteArrayLiteral("产品,批号,数量,单位,地点,采收日期\r\n"
                                      "06937651000117,FJ-261202-X,很多,KGM,fj-plot-anping,2026-12-01\r\n"
                                      "NO-SUCH-PRODUCT,FJ-261202-Y,100,KGM,fj-plot-anping,2026-12-01\r\n"
                                      "06937651000117,FJ-261202-Z,100,KGM,no-such-plot,2026-13-01\r\n")));
        h.files[QStringLiteral("importCsv")] = broken;
        h.actions->importCsv();
        QVERIFY(waitIdle(*h.actions));
        auto* dialog = h.window.findChild<QDialog*>(QStringLiteral("csvErrorsDialog"));
        QVERIFY(dialog);
        QTest::qWait(50);
        saveScreenshot(dialog, QStringLiteral("exchange-csv-errors-") + language);
        dialog->close();

        const QString good = m_dir.filePath(QStringLiteral("template-shot.csv"));
        QVERIFY(writeFile(good, trace::harvestCsvTemplate(language != QLatin1String("en"))
                                    .replace("FJ-251215-AP", "FJ-251215-S" + language.toLatin1())
                                    .replace("QCT-260218-NT1", "QCT-260218-S" + language.toLatin1())
                                    .replace("JJHJ-260818-ML", "JJHJ-260818-S" + language.toLatin1())));
        h.files[QStringLiteral("importCsv")] = good;
        h.actions->importCsv();
        QVERIFY(waitIdle(*h.actions));
        auto* confirm = h.window.findChild<QMessageBox*>(QStringLiteral("csvConfirmMessageBox"));
        QVERIFY(confirm);
        QTest::qWait(50);
        saveScreenshot(confirm, QStringLiteral("exchange-csv-confirm-") + language);
        confirm->close(); // cancelled: nothing stored

        h.files[QStringLiteral("recallReport")] = m_dir.filePath(QStringLiteral("recall-shot.pdf"));
        h.actions->exportRecallReport(QStringLiteral("JJHJ250-260812B"));
        QVERIFY(waitIdle(*h.actions));
        QMessageBox* box = summaryBox(h.window);
        QVERIFY(box);
        QTest::qWait(50);
        saveScreenshot(box, QStringLiteral("exchange-recall-summary-") + language);
        box->close();

        const QString invalid = m_dir.filePath(QStringLiteral("invalid.json"));
        if (QFile::exists(invalid)) {
            h.files[QStringLiteral("importEpcis")] = invalid;
            h.actions->importEpcis();
            QVERIFY(waitIdle(*h.actions));
            box = summaryBox(h.window);
            QVERIFY(box);
            QTest::qWait(50);
            saveScreenshot(box, QStringLiteral("exchange-epcis-invalid-") + language);
            box->close();
        }
    }
    QApplication::removeTranslator(&app);
    QApplication::removeTranslator(&extra);
    QApplication::removeTranslator(&qt);
}

QTEST_MAIN(TestExchange)
#include "TestExchange.moc"
