#include "MainWindow.h"

#include "common/Background.h"
#include "common/Style.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace suyuan::ui {

namespace {

// Listing a million failures would freeze the window; the first ones tell the story.
constexpr int kMaxListedFailures = 1000;

const QString kGeometryKey = QStringLiteral("MainWindow/geometry");

int clampToInt(qint64 value)
{
    return static_cast<int>(std::clamp<qint64>(value, 0, std::numeric_limits<int>::max()));
}

QLabel* makeLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    return label;
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Ledger> ledger, QWidget* parent)
    : QMainWindow(parent), m_ledger(std::move(ledger))
{
    Q_ASSERT(m_ledger);
    m_nodeId = m_ledger->nodeId();
    setObjectName(QStringLiteral("MainWindow"));
    // The platform appends the application display name (Suyuan) to a title that does not
    // already end with it, so the organisation goes first.
    setWindowTitle(
        tr("%1 — Suyuan", "window title: organisation — application").arg(m_ledger->organisationName()));

    createActions();
    createCentralWidget();
    createStatusBar();
    restoreSettings();
    setAuditRunning(false);
    refresh();
}

MainWindow::~MainWindow()
{
    // The worker holds a reference to the ledger this window owns.
    waitForAudit();
}

void MainWindow::createActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    m_quitAction = fileMenu->addAction(tr("&Quit"));
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    QMenu* ledgerMenu = menuBar()->addMenu(tr("&Ledger"));
    m_verifyAction = ledgerMenu->addAction(tr("&Verify Ledger"));
    m_verifyAction->setObjectName(QStringLiteral("verifyAction"));
    m_verifyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_verifyAction->setStatusTip(tr("Check every record's signature and every author's chain."));
    connect(m_verifyAction, &QAction::triggered, this, &MainWindow::verifyLedger);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    m_aboutAction = helpMenu->addAction(tr("&About Suyuan"));
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    QAction* aboutQt = helpMenu->addAction(tr("About &Qt"));
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createCentralWidget()
{
    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto* layout = new QVBoxLayout(central);
    m_centralLayout = layout;
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);

    // Who: the organisation and where its profile lives.
    auto* header = new QHBoxLayout;
    header->setSpacing(16);
    auto* iconLabel = makeLabel(central, QStringLiteral("iconLabel"));
    const QIcon icon = QApplication::windowIcon();
    if (!icon.isNull()) {
        iconLabel->setPixmap(icon.pixmap(QSize(56, 56), devicePixelRatioF()));
    }
    iconLabel->setVisible(!icon.isNull());
    header->addWidget(iconLabel, 0, Qt::AlignTop);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(4);
    m_organisationLabel = makeLabel(central, QStringLiteral("organisationLabel"));
    makeHeading(m_organisationLabel, 1.6);
    m_organisationLabel->setWordWrap(true);
    m_organisationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_profileLabel = makeLabel(central, QStringLiteral("profileLabel"));
    m_profileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_profileLabel->setWordWrap(true);
    setTone(m_profileLabel, Tone::Hint);
    titles->addWidget(m_organisationLabel);
    titles->addWidget(m_profileLabel);
    header->addLayout(titles, 1);
    layout->addLayout(header);

    // This node's identity, as partners will type or scan it.
    auto* identityBox = new QGroupBox(tr("This node"), central);
    identityBox->setObjectName(QStringLiteral("identityGroupBox"));
    auto* identityLayout = new QVBoxLayout(identityBox);
    auto* nodeRow = new QHBoxLayout;
    m_nodeIdLabel = makeLabel(identityBox, QStringLiteral("nodeIdLabel"));
    m_nodeIdLabel->setFont(codeFont(font(), 1.5));
    m_nodeIdLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_nodeIdLabel->setToolTip(tr("Node ID: the fingerprint of this node's public signing key"));
    auto* copyButton = new QPushButton(tr("&Copy"), identityBox);
    copyButton->setObjectName(QStringLiteral("copyNodeIdPushButton"));
    copyButton->setToolTip(tr("Copy the node ID to the clipboard"));
    connect(copyButton, &QPushButton::clicked, this, &MainWindow::copyNodeId);
    nodeRow->addWidget(m_nodeIdLabel, 1);
    nodeRow->addWidget(copyButton);
    identityLayout->addLayout(nodeRow);
    auto* nodeHint = makeLabel(identityBox, QStringLiteral("nodeIdHintLabel"));
    nodeHint->setText(tr("Partners add this node by its ID. The last character is a check character, so a "
                         "mistyped ID is caught."));
    nodeHint->setWordWrap(true);
    setTone(nodeHint, Tone::Hint);
    identityLayout->addWidget(nodeHint);
    layout->addWidget(identityBox);

    // The ledger: its size and its last audit, and the audit itself.
    auto* ledgerBox = new QGroupBox(tr("Ledger"), central);
    m_ledgerBox = ledgerBox;
    ledgerBox->setObjectName(QStringLiteral("ledgerGroupBox"));
    auto* ledgerLayout = new QVBoxLayout(ledgerBox);
    auto* form = new QFormLayout;
    m_recordCountLabel = makeLabel(ledgerBox, QStringLiteral("recordCountLabel"));
    m_lastAuditLabel = makeLabel(ledgerBox, QStringLiteral("lastAuditLabel"));
    m_lastAuditLabel->setWordWrap(true);
    form->addRow(tr("Records:"), m_recordCountLabel);
    form->addRow(tr("Last audit:"), m_lastAuditLabel);
    ledgerLayout->addLayout(form);

    auto* auditRow = new QHBoxLayout;
    m_verifyButton = new QPushButton(tr("&Verify Ledger"), ledgerBox);
    m_verifyButton->setObjectName(QStringLiteral("verifyPushButton"));
    m_verifyButton->setToolTip(m_verifyAction->statusTip());
    connect(m_verifyButton, &QPushButton::clicked, this, &MainWindow::verifyLedger);
    m_progressBar = new QProgressBar(ledgerBox);
    m_progressBar->setObjectName(QStringLiteral("auditProgressBar"));
    m_cancelButton = new QPushButton(tr("Cancel"), ledgerBox);
    m_cancelButton->setObjectName(QStringLiteral("cancelAuditPushButton"));
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelAudit);
    keepSpaceWhenHidden(m_progressBar);
    keepSpaceWhenHidden(m_cancelButton);
    auditRow->addWidget(m_verifyButton);
    auditRow->addWidget(m_progressBar, 1);
    auditRow->addWidget(m_cancelButton);
    ledgerLayout->addLayout(auditRow);

    m_auditSummaryLabel = makeLabel(ledgerBox, QStringLiteral("auditSummaryLabel"));
    m_auditSummaryLabel->setWordWrap(true);
    m_auditSummaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ledgerLayout->addWidget(m_auditSummaryLabel);
    m_failuresList = new QListWidget(ledgerBox);
    m_failuresList->setObjectName(QStringLiteral("failuresListWidget"));
    m_failuresList->setWordWrap(true);
    m_failuresList->setAlternatingRowColors(true);
    m_failuresList->hide();
    ledgerLayout->addWidget(m_failuresList, 1);
    layout->addWidget(ledgerBox);
    layout->addStretch(1); // gives way to the list of failures when there is one

    setCentralWidget(central);
}

void MainWindow::createStatusBar()
{
    m_statusNodeIdLabel = makeLabel(statusBar(), QStringLiteral("statusNodeIdLabel"));
    m_statusRecordsLabel = makeLabel(statusBar(), QStringLiteral("statusRecordsLabel"));
    m_statusAuditLabel = makeLabel(statusBar(), QStringLiteral("statusAuditLabel"));
    statusBar()->addWidget(m_statusNodeIdLabel, 1);
    statusBar()->addPermanentWidget(m_statusRecordsLabel);
    statusBar()->addPermanentWidget(m_statusAuditLabel);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        resize(760, 500);
    }
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
}

void MainWindow::refresh()
{
    if (m_auditRunning) {
        return; // the worker has the ledger; the audit refreshes when it ends
    }
    const QLocale locale;
    m_organisationLabel->setText(m_ledger->organisationName());
    m_profileLabel->setText(tr("Profile: %1").arg(QDir::toNativeSeparators(m_ledger->profileDir())));
    m_nodeIdLabel->setText(m_nodeId);
    m_statusNodeIdLabel->setText(tr("Node ID: %1").arg(m_nodeId));

    QStringList problems;
    const auto count = m_ledger->recordCount();
    const QString countText = count ? locale.toString(count.value()) : tr("unknown");
    if (!count) {
        problems << count.error().message;
    }
    m_recordCountLabel->setText(countText);
    m_statusRecordsLabel->setText(tr("Records: %1").arg(countText));

    const auto last = m_ledger->lastAudit();
    if (last) {
        m_lastAuditLabel->setText(lastAuditText(last.value()));
        QString text = tr("Last audit: never");
        if (last.value() && last.value()->ok) {
            text = tr("Last audit: clean");
        } else if (last.value()) {
            text = tr("Last audit: problems found (%1)").arg(locale.toString(last.value()->failures));
        }
        m_statusAuditLabel->setText(text);
    } else {
        problems << last.error().message;
        m_lastAuditLabel->setText(tr("unknown"));
        m_statusAuditLabel->setText(tr("Last audit: unknown"));
    }
    if (!problems.isEmpty()) {
        statusBar()->showMessage(problems.join(QLatin1Char(' ')));
    }
}

QString MainWindow::lastAuditText(const std::optional<LastAudit>& audit) const
{
    if (!audit) {
        return tr("Never");
    }
    const QLocale locale;
    const QString when =
        locale.toString(QDateTime::fromMSecsSinceEpoch(audit->atMs).toLocalTime(), QLocale::ShortFormat);
    if (audit->ok) {
        return tr("%1 — clean; records checked: %2").arg(when, locale.toString(audit->checked));
    }
    return tr("%1 — problems found: %2; records checked: %3")
        .arg(when, locale.toString(audit->failures), locale.toString(audit->checked));
}

void MainWindow::verifyLedger()
{
    if (m_auditRunning) {
        return;
    }
    m_cancelRequested = false;
    m_auditSummaryLabel->clear();
    m_failuresList->clear();
    showFailures(false);
    setAuditRunning(true);

    Ledger& ledger = *m_ledger;
    m_audit = runInBackground(
        this,
        [this, &ledger] {
            return runAudit(ledger, AuditOptions{}, [this](qint64 done, qint64 total) {
                if (m_cancelRequested.load()) {
                    return false;
                }
                QMetaObject::invokeMethod(
                    this, [this, done, total] { auditProgress(done, total); }, Qt::QueuedConnection);
                return true;
            });
        },
        [this](Result<AuditReport> result) { auditFinished(std::move(result)); });
}

void MainWindow::cancelAudit()
{
    if (!m_auditRunning) {
        return;
    }
    m_cancelRequested = true;
    m_cancelButton->setEnabled(false);
    m_progressBar->setFormat(tr("Cancelling…"));
}

void MainWindow::setAuditRunning(bool running)
{
    m_auditRunning = running;
    m_verifyAction->setEnabled(!running);
    m_verifyButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_cancelButton->setVisible(running);
    m_progressBar->setVisible(running);
    if (running) {
        m_progressBar->setRange(0, 0); // busy until the first progress report
        m_progressBar->setFormat(tr("Verifying…"));
        m_lastAuditLabel->setText(tr("Verifying…"));
    }
}

void MainWindow::auditProgress(qint64 done, qint64 total)
{
    if (!m_auditRunning || m_cancelRequested.load() || total <= 0) {
        return;
    }
    const QLocale locale;
    m_progressBar->setRange(0, 1000);
    m_progressBar->setValue(clampToInt(std::min(done, total) * 1000 / total));
    m_progressBar->setFormat(tr("%1 of %2 records").arg(locale.toString(done), locale.toString(total)));
}

void MainWindow::auditFinished(Result<AuditReport> result)
{
    setAuditRunning(false);
    if (!result) {
        m_auditSummaryLabel->setText(tr("The audit could not run: %1").arg(result.error().message));
        setTone(m_auditSummaryLabel, Tone::Error);
        refresh();
        return;
    }
    const AuditReport& report = result.value();
    m_auditSummaryLabel->setText(report.summary());
    setTone(m_auditSummaryLabel, report.cancelled ? Tone::Normal
                                 : report.clean() ? Tone::Success
                                                  : Tone::Error);

    const qsizetype listed = std::min<qsizetype>(report.failures.size(), kMaxListedFailures);
    for (qsizetype i = 0; i < listed; ++i) {
        m_failuresList->addItem(report.failures.at(i).message);
    }
    if (report.failures.size() > listed) {
        m_failuresList->addItem(
            tr("… and %1 more.").arg(QLocale().toString(report.failures.size() - listed)));
    }
    showFailures(m_failuresList->count() > 0);
    refresh();
}

void MainWindow::showFailures(bool show)
{
    m_failuresList->setVisible(show);
    m_centralLayout->setStretchFactor(m_ledgerBox, show ? 1 : 0);
    m_centralLayout->setStretch(m_centralLayout->count() - 1, show ? 0 : 1);
}

void MainWindow::waitForAudit()
{
    if (!m_auditRunning) {
        return;
    }
    // Cancelling takes effect at the next chunk of records, so this wait is short.
    m_cancelRequested = true;
    m_audit.waitForFinished();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    waitForAudit();
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::copyNodeId()
{
    QGuiApplication::clipboard()->setText(m_nodeId);
    statusBar()->showMessage(tr("Node ID copied to the clipboard."), 3000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Suyuan"),
                       tr("<h3>Suyuan %1</h3>"
                          "<p>A traceability ledger for farm cooperatives, processors and warehouses.</p>"
                          "<p>Every record is signed by the node that made it and kept in an encrypted, "
                          "append-only ledger.</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace suyuan::ui
