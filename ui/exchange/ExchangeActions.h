#pragma once

#include "trace/CsvImport.h"
#include "trace/Epcis.h"
#include "trace/TraceService.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QMessageBox;
class QProgressDialog;
class QWidget;

namespace suyuan::ui {

// Import and export from the File menu: EPCIS documents in and out, harvests from a CSV
// spreadsheet (and its template), and the recall report of a batch (PDF and CSV).
//
// Each operation asks for what it needs on the GUI thread (file, selection, lot; any lookup
// in the ledger happens here, before the work starts), then runs the work on a worker
// thread with a progress dialog whose Cancel button reaches the core's progress callback,
// and finally shows a summary in a message box (objectName exchangeSummaryMessageBox,
// opened, not executed: the caller's event loop goes on).
//
// The ledger is not thread-safe: between busyChanged(true) and busyChanged(false) the worker
// has it, and nothing else may use the TraceService (the main window disables its pages and
// other ledger actions). The destructor cancels and waits for a running worker.
class ExchangeActions : public QObject
{
    Q_OBJECT

public:
    // What a file dialog is asked for; tests answer it with setFileChooser.
    struct FileRequest
    {
        enum class Mode
        {
            Open,
            Save,
            Folder // an existing (or new, empty) folder
        };
        Mode mode = Mode::Open;
        QString purpose; // importEpcis, exportEpcis, importCsv, csvTemplate, recallReport, exportSite
        QString caption;
        QString suggestedPath; // the last folder used, with a suggested name when saving
        QString filter;
    };
    using FileChooser = std::function<QString(const FileRequest& request)>; // empty: cancelled
    struct ExportChoice
    {
        trace::EpcisSelection selection;
        QString nameHint; // part of the suggested file name
    };
    using SelectionChooser = std::function<std::optional<ExportChoice>()>; // nullopt: cancelled
    using TextPrompt = std::function<QString(const QString& title, const QString& label)>; // empty: cancelled

    ExchangeActions(trace::TraceService& trace, QWidget* window);
    ~ExchangeActions() override;

    // Ready for a File menu: importEpcisAction, exportEpcisAction, importCsvAction,
    // saveCsvTemplateAction, exportRecallAction, exportSiteAction. Disabled while busy.
    QList<QAction*> actions() const { return m_actions; }
    bool isBusy() const { return m_busy; }
    // Cancels a running worker and waits for it (its result is dropped). The owner of the
    // TraceService calls this (or deletes this object) before the TraceService goes away.
    void cancelAndWait();
    // The text of the last summary shown (also in the message box).
    QString lastSummary() const { return m_lastSummary; }

    // The defaults are QFileDialog, EpcisExportDialog and QInputDialog.
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setSelectionChooser(SelectionChooser chooser) { m_chooseSelection = std::move(chooser); }
    void setTextPrompt(TextPrompt prompt) { m_prompt = std::move(prompt); }

public Q_SLOTS:
    void importEpcis();
    void exportEpcis();
    // A dry run first: rows with problems are listed and nothing is stored; otherwise the
    // user confirms "Import N batches?" and the file is imported for real.
    void importCsv();
    void saveCsvTemplate();
    // Asks for the lot when batchId is empty; writes NAME.pdf and NAME.csv.
    void exportRecallReport(const QString& batchId = {});
    // The consumer site (docs/site-format.md) of every batch into a chosen folder; a folder
    // exported before is brought up to date (only changed files are rewritten).
    void exportSite();

Q_SIGNALS:
    void busyChanged(bool busy);
    void ledgerChanged();
    void statusMessage(const QString& message);

private:
    QString chooseFile(FileRequest::Mode mode, const QString& purpose, const QString& caption,
                       const QString& suggestedName, const QString& filter);
    // Runs work(progress) on a worker, then done(result) here. progressFormat ("%1 of %2
    // rows"): the work reports progress and can be cancelled; empty: it cannot.
    template <typename Work, typename Done>
    void start(const QString& label, const QString& progressFormat, Work work, Done done);
    void setBusy(bool busy);
    void showProgress(qint64 done, qint64 total);
    void finishJob();
    void showSummary(bool ok, const QString& title, const QString& text, const QString& informative = {},
                     const QString& details = {});
    void confirmCsvImport(const QString& path, const trace::HarvestCsvReport& report);
    void runCsvImport(const QString& path);
    void showCsvErrors(const QString& path, const trace::HarvestCsvReport& report);
    void exportSiteTo(const QString& base);

    trace::TraceService& m_trace;
    QPointer<QWidget> m_window;
    QList<QAction*> m_actions;
    FileChooser m_chooseFile;
    SelectionChooser m_chooseSelection;
    TextPrompt m_prompt;
    bool m_busy = false;
    QString m_progressText;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::function<void()> m_waitForWorker;
    QString m_lastSummary;
};

} // namespace suyuan::ui
