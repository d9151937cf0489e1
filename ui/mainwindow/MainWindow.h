#pragma once

#include "ledger/Audit.h"
#include "ledger/Ledger.h"
#include "util/Result.h"

#include <QFuture>
#include <QKeySequence>
#include <QMainWindow>

#include <atomic>
#include <memory>
#include <optional>

class QAction;
class QGroupBox;
class QVBoxLayout;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace suyuan::trace {
class TraceService;
struct BatchFilter;
} // namespace suyuan::trace

namespace suyuan::ui {

class BatchDetailWidget;
class ExchangeActions;
class Page;

// The operator's workspace: a list of pages (Dashboard, Batches, Record, Master data, Audit,
// Settings) over one ledger and its TraceService, a status bar with the node ID, record
// count and last audit, menus with every action and its shortcut, and a lock after an
// idle time. The Audit page shows who this node is and runs the audit on a worker; while
// it runs the window leaves the ledger alone (Ledger is not thread-safe): the other pages
// are disabled until it finishes or is cancelled.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Ledger> ledger, QWidget* parent = nullptr);
    ~MainWindow() override;

    bool isAuditRunning() const { return m_auditRunning; }
    bool isLocked() const { return m_locked; }
    // What the user asked for when the window closed: nothing more, a new passphrase (the
    // ledger must be closed for that), or another profile (nextProfileDir()).
    enum class NextStep
    {
        Quit,
        ChangePassphrase,
        SwitchProfile
    };
    NextStep nextStep() const { return m_nextStep; }
    QString nextProfileDir() const { return m_nextProfileDir; }
    trace::TraceService* trace() const { return m_trace.get(); }
    // The page with this object name (dashboardPage, batchesPage, recordPage, masterDataPage,
    // auditPage, settingsPage), made current.
    QWidget* showPage(const QString& objectName);

public Q_SLOTS:
    void verifyLedger();
    void cancelAudit();
    void refresh();
    void lock();
    // The detail window of a batch (id, lot code or Digital Link).
    void showBatch(const QString& batchId);

Q_SIGNALS:
    // A page asked for the batch list with this filter (a dashboard bar was clicked).
    void batchFilterRequested(const suyuan::trace::BatchFilter& filter);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    QWidget* createAuditPage();
    void createPages();
    void addPage(QWidget* page, const QString& title, const QIcon& icon, const QKeySequence& shortcut);
    void pageWroteLedger();
    void restartIdleTimer();
    void createStatusBar();
    void restoreSettings();
    void saveSettings();
    void setAuditRunning(bool running);
    void setPagesWaiting(bool waiting, const QString& why);
    void auditProgress(qint64 done, qint64 total);
    void auditFinished(Result<AuditReport> result);
    void showFailures(bool show);
    void waitForAudit();
    void showAbout();
    void copyNodeId();
    QString lastAuditText(const std::optional<LastAudit>& audit) const;

    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<trace::TraceService> m_trace;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_auditPage = nullptr;
    QList<Page*> m_pages;
    QWidget* m_batchWindow = nullptr;
    ExchangeActions* m_exchange = nullptr;
    QList<QAction*> m_exchangeActions;
    bool m_busyWithExchange = false;
    BatchDetailWidget* m_batchDetail = nullptr;
    QMenu* m_viewMenu = nullptr;
    QAction* m_lockAction = nullptr;
    QTimer* m_idleTimer = nullptr;
    bool m_locked = false;
    NextStep m_nextStep = NextStep::Quit;
    QString m_nextProfileDir;
    QString m_nodeId; // cached: the ledger is off limits while an audit runs
    QFuture<Result<AuditReport>> m_audit;
    std::atomic<bool> m_cancelRequested = false;
    bool m_auditRunning = false;

    QAction* m_verifyAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;

    QVBoxLayout* m_centralLayout = nullptr;
    QGroupBox* m_ledgerBox = nullptr;
    QLabel* m_organisationLabel = nullptr;
    QLabel* m_profileLabel = nullptr;
    QLabel* m_nodeIdLabel = nullptr;
    QLabel* m_recordCountLabel = nullptr;
    QLabel* m_lastAuditLabel = nullptr;
    QPushButton* m_verifyButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QLabel* m_auditSummaryLabel = nullptr;
    QListWidget* m_failuresList = nullptr;

    QLabel* m_statusNodeIdLabel = nullptr;
    QLabel* m_statusRecordsLabel = nullptr;
    QLabel* m_statusAuditLabel = nullptr;
};

// Saves a PNG of every page (and of a batch's detail) of the window into dir, named
// PAGE-LANG.png: what tools/screenshots.sh runs for docs/screenshots.
bool saveScreenshots(MainWindow& window, const QString& dir);

} // namespace suyuan::ui
