#pragma once

#include "ledger/Audit.h"
#include "ledger/Ledger.h"
#include "util/Result.h"

#include <QFuture>
#include <QMainWindow>

#include <atomic>
#include <memory>
#include <optional>

class QAction;
class QGroupBox;
class QVBoxLayout;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace suyuan::ui {

// The node's home: who this node is (organisation, node ID), how big its ledger is, and
// whether the last audit found it intact. The audit runs on a worker; while it runs the
// window leaves the ledger alone (Ledger is not thread-safe) and offers to cancel.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Ledger> ledger, QWidget* parent = nullptr);
    ~MainWindow() override;

    bool isAuditRunning() const { return m_auditRunning; }

public Q_SLOTS:
    void verifyLedger();
    void cancelAudit();
    void refresh();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createCentralWidget();
    void createStatusBar();
    void restoreSettings();
    void saveSettings();
    void setAuditRunning(bool running);
    void auditProgress(qint64 done, qint64 total);
    void auditFinished(Result<AuditReport> result);
    void showFailures(bool show);
    void waitForAudit();
    void showAbout();
    void copyNodeId();
    QString lastAuditText(const std::optional<LastAudit>& audit) const;

    std::unique_ptr<Ledger> m_ledger;
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

} // namespace suyuan::ui
