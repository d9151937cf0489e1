#include "ExchangeActions.h"

#include "common/Background.h"
#include "exchange/EpcisExportDialog.h"
#include "labels/BatchLabels.h"
#include "site/SiteExport.h"
#include "trace/RecallReport.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace suyuan::ui {

namespace {

const QString kLastDirectoryKey = QStringLiteral("Exchange/lastDirectory");

// Progress reports cross to the GUI thread at most this often.
constexpr qint64 kProgressIntervalMs = 50;

// A spreadsheet with thousands of wrong rows: the first ones tell the story.
constexpr int kMaxListedRowErrors = 2000;

QString num(qint64 n)
{
    return QLocale().toString(n);
}

QString fileName(const QString& path)
{
    return QFileInfo(path).fileName();
}

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QAction* makeAction(QObject* parent, const char* objectName, const QString& text, const QString& tip,
                    const QKeySequence& shortcut = {})
{
    auto* action = new QAction(text, parent);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setStatusTip(tip);
    action->setToolTip(tip);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
    }
    return action;
}

Status writeBytes(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error(ErrorCode::Io, file.errorString());
    }
    return {};
}

// What the recall report's worker hands back.
struct RecallOutcome
{
    Status status;
    qsizetype affected = 0;
    QString pdf;
    QString csv;
};

} // namespace

ExchangeActions::ExchangeActions(trace::TraceService& trace, QWidget* window)
    : QObject(window), m_trace(trace), m_window(window)
{
    setObjectName(QStringLiteral("exchangeActions"));
    auto* importEpcisAction = makeAction(this, "importEpcisAction", tr("&Import EPCIS…"),
                                         tr("Read the events of an EPCIS 2.0 JSON file into the ledger."),
                                         QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(importEpcisAction, &QAction::triggered, this, &ExchangeActions::importEpcis);
    auto* exportEpcisAction =
        makeAction(this, "exportEpcisAction", tr("&Export EPCIS…"),
                   tr("Write all events, a date range or one batch's genealogy to an EPCIS 2.0 JSON file."),
                   QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportEpcisAction, &QAction::triggered, this, &ExchangeActions::exportEpcis);
    auto* importCsvAction =
        makeAction(this, "importCsvAction", tr("Import &harvests from CSV…"),
                   tr("Create batches from a spreadsheet saved as CSV; every row is checked before anything "
                      "is stored."),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(importCsvAction, &QAction::triggered, this, &ExchangeActions::importCsv);
    auto* templateAction = makeAction(
        this, "saveCsvTemplateAction", tr("Save the CSV &template…"),
        tr("Save a spreadsheet with the columns the harvest import reads and a few example rows."));
    connect(templateAction, &QAction::triggered, this, &ExchangeActions::saveCsvTemplate);
    auto* recallAction = makeAction(
        this, "exportRecallAction", tr("&Recall report…"),
        tr("Write a PDF and a CSV listing a batch, everything made from it, and who holds it now."));
    connect(recallAction, &QAction::triggered, this, [this] { exportRecallReport(); });
    auto* siteAction = makeAction(this, "exportSiteAction", tr("Export consumer &site…"),
                                  tr("Write the web pages the QR labels open: each batch's history, checked "
                                     "in the consumer's browser."),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(siteAction, &QAction::triggered, this, &ExchangeActions::exportSite);
    m_actions = {importEpcisAction, exportEpcisAction, importCsvAction,
                 templateAction,    recallAction,      siteAction};

    m_chooseFile = [this](const FileRequest& request) {
        if (request.mode == FileRequest::Mode::Open) {
            return QFileDialog::getOpenFileName(m_window, request.caption, request.suggestedPath,
                                                request.filter);
        }
        if (request.mode == FileRequest::Mode::Folder) {
            return QFileDialog::getExistingDirectory(m_window, request.caption, request.suggestedPath);
        }
        return QFileDialog::getSaveFileName(m_window, request.caption, request.suggestedPath, request.filter);
    };
    m_chooseSelection = [this]() -> std::optional<ExportChoice> {
        EpcisExportDialog dialog(m_trace, m_window);
        if (dialog.exec() != QDialog::Accepted) {
            return std::nullopt;
        }
        return ExportChoice{dialog.selection(), dialog.fileNameHint()};
    };
    m_prompt = [this](const QString& title, const QString& label) {
        return QInputDialog::getText(m_window, title, label).trimmed();
    };
}

ExchangeActions::~ExchangeActions()
{
    // The worker uses the TraceService and reports to this object: stop it and wait.
    cancelAndWait();
}

void ExchangeActions::cancelAndWait()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
    if (m_waitForWorker) {
        m_waitForWorker();
    }
}

QString ExchangeActions::chooseFile(FileRequest::Mode mode, const QString& purpose, const QString& caption,
                                    const QString& suggestedName, const QString& filter)
{
    QSettings settings;
    QString dir = settings.value(kLastDirectoryKey).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir()) {
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    FileRequest request;
    request.mode = mode;
    request.purpose = purpose;
    request.caption = caption;
    request.suggestedPath = suggestedName.isEmpty() ? dir : QDir(dir).filePath(suggestedName);
    request.filter = filter;
    const QString path = m_chooseFile ? m_chooseFile(request) : QString();
    if (!path.isEmpty()) {
        settings.setValue(kLastDirectoryKey, mode == FileRequest::Mode::Folder
                                                 ? QFileInfo(path).absoluteFilePath()
                                                 : QFileInfo(path).absolutePath());
    }
    return path;
}

template <typename Work, typename Done>
void ExchangeActions::start(const QString& label, const QString& progressFormat, Work work, Done done)
{
    const bool cancellable = !progressFormat.isEmpty();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_progressText = progressFormat;
    setBusy(true);

    auto* progress = new QProgressDialog(label, cancellable ? tr("Cancel") : QString(), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("exchangeProgressDialog"));
    progress->setWindowTitle(tr("Working…"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    progress->setMinimumDuration(300); // a quick job does not flash a window
    if (!cancellable) {
        // No Cancel button: Escape and closing do nothing either.
        progress->setCancelButton(nullptr);
    }
    connect(progress, &QProgressDialog::canceled, this, [this, cancellable, cancel = m_cancel] {
        if (!cancellable || cancel->load()) {
            return;
        }
        cancel->store(true);
        if (m_progress) {
            m_progress->setLabelText(tr("Cancelling…"));
        }
    });
    m_progress = progress;

    ProgressFn report = [this, cancel = m_cancel, clock = std::make_shared<QElapsedTimer>()](qint64 doneCount,
                                                                                             qint64 total) {
        if (cancel->load()) {
            return false;
        }
        if (!clock->isValid() || clock->elapsed() >= kProgressIntervalMs || doneCount >= total) {
            clock->restart();
            QMetaObject::invokeMethod(
                this, [this, doneCount, total] { showProgress(doneCount, total); }, Qt::QueuedConnection);
        }
        return true;
    };
    auto future = runInBackground(
        this, [work = std::move(work), report]() mutable { return work(report); },
        [this, done = std::move(done)](auto result) mutable {
            finishJob();
            done(std::move(result));
        });
    m_waitForWorker = [future]() mutable { future.waitForFinished(); };
}

void ExchangeActions::setBusy(bool busy)
{
    if (m_busy == busy) {
        return;
    }
    m_busy = busy;
    for (QAction* action : std::as_const(m_actions)) {
        action->setEnabled(!busy);
    }
    Q_EMIT busyChanged(busy);
}

void ExchangeActions::showProgress(qint64 done, qint64 total)
{
    if (!m_progress || !m_busy || (m_cancel && m_cancel->load())) {
        return;
    }
    if (total <= 0 || done <= 0 || m_progressText.isEmpty()) {
        return; // still busy, nothing to count yet (a first pass)
    }
    const int scale = 1000;
    m_progress->setRange(0, scale);
    m_progress->setValue(static_cast<int>(std::min(done, total) * scale / total));
    m_progress->setLabelText(m_progressText.arg(num(done), num(total)));
}

void ExchangeActions::finishJob()
{
    m_waitForWorker = nullptr;
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    setBusy(false);
}

void ExchangeActions::showSummary(bool ok, const QString& title, const QString& text,
                                  const QString& informative, const QString& details)
{
    m_lastSummary = informative.isEmpty() ? text : text + QLatin1Char('\n') + informative;
    auto* box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, title, text,
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("exchangeSummaryMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setInformativeText(informative);
    if (!details.isEmpty()) {
        box->setDetailedText(details);
    }
    box->open();
}

// ---- EPCIS ----------------------------------------------------------------------------------

namespace {

QString eventTypeName(const QString& type)
{
    if (type == QLatin1String("ObjectEvent")) {
        return ExchangeActions::tr("Object events (harvest, observation, shipping …)");
    }
    if (type == QLatin1String("AggregationEvent")) {
        return ExchangeActions::tr("Aggregation events (packing, unpacking)");
    }
    if (type == QLatin1String("TransformationEvent")) {
        return ExchangeActions::tr("Transformation events (processing)");
    }
    if (type == QLatin1String("TransactionEvent")) {
        return ExchangeActions::tr("Transaction events");
    }
    if (type == QLatin1String("AssociationEvent")) {
        return ExchangeActions::tr("Association events");
    }
    return type;
}

} // namespace

void ExchangeActions::importEpcis()
{
    if (m_busy) {
        return;
    }
    const QString path =
        chooseFile(FileRequest::Mode::Open, QStringLiteral("importEpcis"), tr("Import EPCIS"), {},
                   tr("EPCIS documents (*.json *.jsonld);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    trace::TraceService& trace = m_trace;
    start(
        tr("Checking and importing %1…").arg(fileName(path)), tr("Checking events: %1 of %2"),
        [&trace, path](const ProgressFn& progress) { return trace::importEpcisFile(trace, path, progress); },
        [this, path](Result<trace::EpcisImportSummary> result) {
            const QString title = tr("Import EPCIS");
            if (!result && result.error().code == ErrorCode::Cancelled) {
                m_lastSummary = tr("EPCIS import cancelled: nothing was stored.");
                Q_EMIT statusMessage(m_lastSummary);
                return;
            }
            if (!result) {
                showSummary(false, title, tr("%1 was not imported: nothing was stored.").arg(fileName(path)),
                            result.error().message);
                Q_EMIT statusMessage(tr("EPCIS import failed: nothing was stored."));
                return;
            }
            const trace::EpcisImportSummary& summary = result.value();
            if (summary.imported > 0) {
                Q_EMIT ledgerChanged();
            }
            QString text;
            if (summary.imported == 0 && summary.duplicates > 0) {
                text = tr("Nothing new in %1: all %2 events were in the ledger already.")
                           .arg(fileName(path), num(summary.duplicates));
            } else {
                text = tr("Imported %1 events from %2.").arg(num(summary.imported), fileName(path));
            }
            QStringList lines;
            for (auto it = summary.byType.cbegin(); it != summary.byType.cend(); ++it) {
                lines << tr("%1: %2").arg(eventTypeName(it.key()), num(it.value()));
            }
            if (summary.imported > 0 && summary.duplicates > 0) {
                lines << tr("%1 events were in the ledger already and were skipped.")
                             .arg(num(summary.duplicates));
            }
            QStringList details;
            if (summary.eventIdsAdded > 0) {
                details << tr("%1 events came without an eventID and were given one.")
                               .arg(num(summary.eventIdsAdded));
            }
            if (summary.contextsAdded > 0) {
                details << tr("%1 events were given the namespace definitions (@context) of the document.")
                               .arg(num(summary.contextsAdded));
            }
            showSummary(true, title, text, lines.join(QLatin1Char('\n')), details.join(QLatin1Char('\n')));
            Q_EMIT statusMessage(tr("EPCIS import: %1 events stored.").arg(num(summary.imported)));
        });
}

void ExchangeActions::exportEpcis()
{
    if (m_busy || !m_chooseSelection) {
        return;
    }
    const std::optional<ExportChoice> choice = m_chooseSelection();
    if (!choice) {
        return;
    }
    const QString suggested =
        tr("epcis-%1.json").arg(choice->nameHint.isEmpty() ? QStringLiteral("all") : choice->nameHint);
    const QString path = chooseFile(FileRequest::Mode::Save, QStringLiteral("exportEpcis"),
                                    tr("Export EPCIS"), suggested, tr("EPCIS documents (*.json *.jsonld)"));
    if (path.isEmpty()) {
        return;
    }
    trace::TraceService& trace = m_trace;
    start(
        tr("Exporting events to %1…").arg(fileName(path)), tr("Writing events: %1 of %2"),
        [&trace, path, selection = choice->selection](const ProgressFn& progress) {
            return trace::writeEpcisExport(trace, selection, path, progress);
        },
        [this, path](Result<trace::EpcisExportSummary> result) {
            const QString title = tr("Export EPCIS");
            if (!result) {
                if (result.error().code == ErrorCode::Cancelled) {
                    m_lastSummary = tr("Export cancelled: no file was written.");
                    Q_EMIT statusMessage(m_lastSummary);
                    return;
                }
                showSummary(false, title, tr("The events were not exported: no file was written."),
                            result.error().message);
                Q_EMIT statusMessage(tr("EPCIS export failed."));
                return;
            }
            const trace::EpcisExportSummary& summary = result.value();
            showSummary(
                true, title,
                tr("Exported %1 events (%2) to %3.")
                    .arg(num(summary.events), QLocale().formattedDataSize(summary.bytes), fileName(path)),
                nativePath(path));
            Q_EMIT statusMessage(
                tr("EPCIS export: %1 events written to %2.").arg(num(summary.events), nativePath(path)));
        });
}

// ---- Consumer site ----------------------------------------------------------------------------

void ExchangeActions::exportSite()
{
    if (m_busy) {
        return;
    }
    // Pages and labels must agree on the address: the pages go where the labels point.
    const QString base = labels::labelBase(m_trace.ledger());
    if (base != QLatin1String(labels::exampleLabelBase)) {
        exportSiteTo(base);
        return;
    }
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Export consumer site"),
        tr("The label base address is still the example %1: the pages would not be where printed labels "
           "point.")
            .arg(base),
        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("siteBaseConfirmMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Set your web address in Settings, under Labels, then print labels and export "
                               "the site. Export to look at the pages anyway?"));
    QPushButton* exportButton = box->addButton(tr("&Export anyway"), QMessageBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("siteBaseExportPushButton"));
    QPushButton* cancelButton = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancelButton);
    box->setEscapeButton(cancelButton);
    connect(box, &QMessageBox::finished, this, [this, box, exportButton, base] {
        if (box->clickedButton() == exportButton) {
            exportSiteTo(base);
        }
    });
    box->open();
}

void ExchangeActions::exportSiteTo(const QString& base)
{
    const QString title = tr("Export consumer site");
    const QString dir = chooseFile(FileRequest::Mode::Folder, QStringLiteral("exportSite"),
                                   tr("Choose the folder for the consumer site"), {}, {});
    if (dir.isEmpty()) {
        return;
    }
    trace::TraceService& trace = m_trace;
    const QString language =
        QLocale().language() == QLocale::Chinese ? QStringLiteral("zh-CN") : QStringLiteral("en");
    start(
        tr("Exporting the consumer site to %1…").arg(nativePath(dir)), tr("Writing batch pages: %1 of %2"),
        [&trace, dir, base, language](const ProgressFn& progress) {
            site::SiteExportOptions options;
            options.dir = dir;
            options.base = base;
            options.language = language;
            options.progress = progress;
            return site::exportSite(trace, options);
        },
        [this, dir, base, title](Result<site::SiteExportSummary> result) {
            if (!result) {
                if (result.error().code == ErrorCode::Cancelled) {
                    m_lastSummary = tr("Site export cancelled: the pages written so far are complete; run it "
                                       "again to finish.");
                    Q_EMIT statusMessage(m_lastSummary);
                    return;
                }
                showSummary(false, title, tr("The consumer site was not exported."), result.error().message);
                Q_EMIT statusMessage(tr("Site export failed."));
                return;
            }
            const site::SiteExportSummary& s = result.value();
            QStringList lines;
            lines << tr("%1 files written, %2 unchanged (%3 in all).")
                         .arg(num(s.filesWritten), num(s.filesUnchanged),
                              QLocale().formattedDataSize(s.bytes));
            lines << tr("Open %1 to look at the pages, then copy the folder to the web host at %2.")
                         .arg(nativePath(QDir(dir).filePath(QStringLiteral("index.html"))), base);
            if (s.attachmentsLeftOut > 0) {
                lines << tr("%1 attachments were too large for their page and are listed there as not "
                            "included.")
                             .arg(num(s.attachmentsLeftOut));
            }
            QString details;
            if (!s.skipped.isEmpty()) {
                lines << tr("%1 batches have no label address (no GTIN or product code with a lot) and got "
                            "no page.")
                             .arg(num(s.skipped.size()));
                details = s.skipped.join(QLatin1Char('\n'));
            }
            showSummary(true, title,
                        tr("Exported the pages of %1 batches to %2.").arg(num(s.batches), nativePath(dir)),
                        lines.join(QLatin1Char('\n')), details);
            Q_EMIT statusMessage(
                tr("Consumer site: %1 batch pages in %2.").arg(num(s.batches), nativePath(dir)));
        });
}

// ---- CSV ------------------------------------------------------------------------------------

void ExchangeActions::importCsv()
{
    if (m_busy) {
        return;
    }
    const QString path =
        chooseFile(FileRequest::Mode::Open, QStringLiteral("importCsv"), tr("Import harvests from CSV"), {},
                   tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    trace::TraceService& trace = m_trace;
    start(
        tr("Checking %1…").arg(fileName(path)), tr("Checking rows: %1 of %2"),
        [&trace, path](const ProgressFn& progress) {
            trace::HarvestCsvOptions options;
            options.dryRun = true;
            return trace::importHarvestCsvFile(trace, path, options, progress);
        },
        [this, path](Result<trace::HarvestCsvReport> result) {
            if (!result) {
                if (result.error().code == ErrorCode::Cancelled) {
                    m_lastSummary = tr("CSV import cancelled: nothing was stored.");
                    Q_EMIT statusMessage(m_lastSummary);
                    return;
                }
                showSummary(false, tr("Import harvests from CSV"),
                            tr("%1 could not be read: nothing was stored.").arg(fileName(path)),
                            result.error().message);
                return;
            }
            if (!result->ok()) {
                showCsvErrors(path, result.value());
                return;
            }
            confirmCsvImport(path, result.value());
        });
}

void ExchangeActions::showCsvErrors(const QString& path, const trace::HarvestCsvReport& report)
{
    m_lastSummary =
        tr("%1 has %2 problems: nothing was stored.").arg(fileName(path), num(report.errors.size()));
    Q_EMIT statusMessage(m_lastSummary);

    auto* dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("csvErrorsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Import harvests from CSV"));
    auto* layout = new QVBoxLayout(dialog);
    auto* label = new QLabel(tr("%1 was not imported: nothing was stored. Correct these rows in the "
                                "spreadsheet, save it as CSV again and import it once more.")
                                 .arg(fileName(path)),
                             dialog);
    label->setObjectName(QStringLiteral("csvErrorsLabel"));
    label->setWordWrap(true);
    layout->addWidget(label);

    auto* table = new QTableWidget(dialog);
    table->setObjectName(QStringLiteral("csvErrorsTable"));
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    table->setToolTip(tr("Rows are numbered as in the spreadsheet: the header is row 1."));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Long messages wrap rather than end in "…".
    table->setWordWrap(true);
    table->setTextElideMode(Qt::ElideNone);
    const qsizetype listed = std::min<qsizetype>(report.errors.size(), kMaxListedRowErrors);
    table->setRowCount(static_cast<int>(listed));
    for (qsizetype i = 0; i < listed; ++i) {
        const trace::CsvRowError& error = report.errors.at(i);
        const int r = static_cast<int>(i);
        auto* row = new QTableWidgetItem(error.row > 0 ? num(error.row) : tr("whole file"));
        row->setData(Qt::UserRole, error.row);
        row->setTextAlignment(Qt::AlignRight | Qt::AlignTop);
        table->setItem(r, 0, row);
        auto* column = new QTableWidgetItem(error.column.isEmpty() ? tr("whole row") : error.column);
        column->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        table->setItem(r, 1, column);
        auto* message = new QTableWidgetItem(error.message);
        message->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        message->setToolTip(error.message);
        table->setItem(r, 2, message);
    }
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnToContents(0);
    table->resizeColumnToContents(1);
    // Row heights follow the message column's width.
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, table,
            [table] { table->resizeRowsToContents(); });
    layout->addWidget(table, 1);
    if (listed < report.errors.size()) {
        auto* more = new QLabel(
            tr("The first %1 of %2 problems are listed.").arg(num(listed), num(report.errors.size())),
            dialog);
        more->setObjectName(QStringLiteral("csvMoreErrorsLabel"));
        layout->addWidget(more);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton* templateButton = buttons->addButton(tr("Save the &template…"), QDialogButtonBox::ActionRole);
    templateButton->setObjectName(QStringLiteral("saveTemplatePushButton"));
    templateButton->setToolTip(
        tr("A spreadsheet with the columns the import reads and a few example rows to overwrite."));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closePushButton"));
    connect(templateButton, &QPushButton::clicked, this, &ExchangeActions::saveCsvTemplate);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    const QFontMetrics metrics = dialog->fontMetrics();
    dialog->resize(metrics.averageCharWidth() * 120, metrics.lineSpacing() * 24);
    dialog->open();
}

void ExchangeActions::confirmCsvImport(const QString& path, const trace::HarvestCsvReport& report)
{
    const qsizetype n = report.batches.size();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Import harvests from CSV"),
                                n == 1 ? tr("Import 1 batch?") : tr("Import %1 batches?").arg(num(n)),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("csvConfirmMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QStringList lots = report.lots.mid(0, 12);
    if (report.lots.size() > lots.size()) {
        lots << QStringLiteral("…");
    }
    box->setInformativeText(tr("Every row of %1 was checked.\nLots: %2")
                                .arg(fileName(path), lots.join(tr(", ", "between lot codes"))));
    box->setDetailedText(report.lots.join(QLatin1Char('\n')));
    QPushButton* importButton = box->addButton(tr("&Import"), QMessageBox::AcceptRole);
    importButton->setObjectName(QStringLiteral("csvConfirmImportPushButton"));
    QPushButton* cancelButton = box->addButton(QMessageBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("csvConfirmCancelPushButton"));
    box->setDefaultButton(importButton);
    box->setEscapeButton(cancelButton);
    connect(box, &QMessageBox::finished, this, [this, box, importButton, path] {
        if (box->clickedButton() == importButton) {
            runCsvImport(path);
        } else {
            m_lastSummary = tr("CSV import cancelled: nothing was stored.");
            Q_EMIT statusMessage(m_lastSummary);
        }
    });
    box->open();
}

void ExchangeActions::runCsvImport(const QString& path)
{
    if (m_busy) {
        return;
    }
    trace::TraceService& trace = m_trace;
    start(
        tr("Importing %1…").arg(fileName(path)), tr("Checking rows: %1 of %2"),
        [&trace, path](const ProgressFn& progress) {
            return trace::importHarvestCsvFile(trace, path, {}, progress);
        },
        [this, path](Result<trace::HarvestCsvReport> result) {
            const QString title = tr("Import harvests from CSV");
            if (!result) {
                if (result.error().code == ErrorCode::Cancelled) {
                    m_lastSummary = tr("CSV import cancelled: nothing was stored.");
                    Q_EMIT statusMessage(m_lastSummary);
                    return;
                }
                showSummary(false, title, tr("%1 was not imported: nothing was stored.").arg(fileName(path)),
                            result.error().message);
                return;
            }
            if (!result->ok() || !result->stored) {
                // The file changed since it was checked.
                showCsvErrors(path, result.value());
                return;
            }
            Q_EMIT ledgerChanged();
            const qsizetype n = result->batches.size();
            showSummary(true, title,
                        n == 1 ? tr("Imported 1 batch from %1.").arg(fileName(path))
                               : tr("Imported %1 batches from %2.").arg(num(n), fileName(path)),
                        tr("Their harvests are recorded and signed; the batches are in the batch list."),
                        result->lots.join(QLatin1Char('\n')));
            Q_EMIT statusMessage(tr("CSV import: %1 batches created.").arg(num(n)));
        });
}

void ExchangeActions::saveCsvTemplate()
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const QString path =
        chooseFile(FileRequest::Mode::Save, QStringLiteral("csvTemplate"), tr("Save the CSV template"),
                   tr("harvest-template.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    if (auto written = writeBytes(path, trace::harvestCsvTemplate(chinese)); !written) {
        showSummary(false, tr("Save the CSV template"), tr("The template was not saved."),
                    written.error().message);
        return;
    }
    m_lastSummary = tr("Template saved to %1. Fill in one row per batch, save as CSV and import it.")
                        .arg(nativePath(path));
    Q_EMIT statusMessage(m_lastSummary);
}

// ---- recall report ---------------------------------------------------------------------------

void ExchangeActions::exportRecallReport(const QString& batchId)
{
    if (m_busy) {
        return;
    }
    const QString title = tr("Recall report");
    QString wanted = batchId.trimmed();
    if (wanted.isEmpty()) {
        wanted = m_prompt ? m_prompt(title, tr("&Lot of the batch (or scan its label):")) : QString();
        if (wanted.isEmpty()) {
            return;
        }
    }
    // The lookups happen here, before the worker has the ledger.
    auto id = m_trace.resolveBatch(wanted);
    auto info = id ? m_trace.batch(id.value()) : Result<std::optional<trace::BatchInfo>>(id.error());
    if (!info || !info.value()) {
        showSummary(false, title, tr("The ledger holds no batch “%1”.").arg(wanted),
                    info ? QString() : info.error().message);
        return;
    }
    const trace::BatchInfo batch = *info.value();
    QString path = chooseFile(FileRequest::Mode::Save, QStringLiteral("recallReport"), title,
                              tr("recall-%1.pdf").arg(batch.lot), tr("PDF and CSV (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    const QFileInfo chosen(path);
    const QString suffix = chosen.suffix().toLower();
    const QString base = suffix == QLatin1String("pdf") || suffix == QLatin1String("csv")
                             ? chosen.dir().filePath(chosen.completeBaseName())
                             : path;
    const QString pdf = base + QStringLiteral(".pdf");
    const QString csv = base + QStringLiteral(".csv");

    trace::TraceService& trace = m_trace;
    start(
        tr("Writing the recall report of lot %1…").arg(batch.lot), {},
        [&trace, id = batch.batch, pdf, csv](const ProgressFn&) {
            RecallOutcome outcome;
            outcome.pdf = pdf;
            outcome.csv = csv;
            auto impact = trace::recallImpact(trace, id);
            if (!impact) {
                outcome.status = impact.error();
                return outcome;
            }
            outcome.affected = impact->affected.size();
            if (auto written = writeBytes(csv, trace::recallCsv(impact.value())); !written) {
                outcome.status = written;
                return outcome;
            }
            outcome.status = trace::writeRecallPdf(trace, impact.value(), pdf);
            return outcome;
        },
        [this, title, lot = batch.lot](RecallOutcome outcome) {
            if (!outcome.status) {
                showSummary(false, title, tr("The recall report of lot %1 was not written.").arg(lot),
                            outcome.status.error().message);
                return;
            }
            showSummary(
                true, title,
                outcome.affected <= 1
                    ? tr("Recall report of lot %1: no other batch was made from it.").arg(lot)
                    : tr("Recall report of lot %1: %2 batches affected.").arg(lot, num(outcome.affected)),
                tr("PDF: %1\nCSV: %2").arg(nativePath(outcome.pdf), nativePath(outcome.csv)));
            Q_EMIT statusMessage(tr("Recall report written to %1.").arg(nativePath(outcome.pdf)));
        });
}

} // namespace suyuan::ui
