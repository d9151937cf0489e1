#include "MainWindow.h"

#include "batches/BatchDetailWidget.h"
#include "batches/BatchesPage.h"
#include "common/Background.h"
#include "common/Page.h"
#include "common/Style.h"
#include "dashboard/DashboardPage.h"
#include "exchange/ExchangeActions.h"
#include "masterdata/MasterDataPage.h"
#include "profile/UnlockDialog.h"
#include "record/RecordPage.h"
#include "scan/ScanPage.h"
#include "settings/SettingsPage.h"
#include "trace/TraceService.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
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

    // The trace model's tables follow the records; after an upgrade they may need to catch
    // up (or be rebuilt) before the pages can use them.
    {
        QProgressDialog progress(tr("Bringing the batch tables up to date…"), QString(), 0, 1000, this);
        progress.setWindowModality(Qt::ApplicationModal);
        progress.setMinimumDuration(500);
        auto trace = trace::TraceService::open(*m_ledger, [&progress](qint64 done, qint64 total) {
            if (total > 0) {
                progress.setValue(clampToInt(std::min(done, total) * 1000 / total));
            }
            QCoreApplication::processEvents();
            return true;
        });
        if (trace) {
            m_trace = std::move(trace.value());
        } else {
            QMessageBox::critical(this, tr("Suyuan"),
                                  tr("The batch tables could not be opened: %1").arg(trace.error().message));
        }
    }

    createActions();
    if (m_trace) {
        // Import and export (EPCIS, CSV, recall report) in the File menu; while one runs on
        // its worker, the pages wait as they do for an audit.
        m_exchange = new ExchangeActions(*m_trace, this);
        m_exchangeActions = m_exchange->actions();
        QMenu* fileMenu = menuBar()->actions().first()->menu();
        QAction* first = fileMenu->actions().first();
        for (QAction* action : std::as_const(m_exchangeActions)) {
            fileMenu->insertAction(first, action);
        }
        fileMenu->insertSeparator(first);
        connect(m_exchange, &ExchangeActions::busyChanged, this, [this](bool busy) {
            m_busyWithExchange = busy;
            setPagesWaiting(busy || m_auditRunning, tr("Waiting for the import or export to finish."));
            m_verifyAction->setEnabled(!busy && !m_auditRunning);
            m_verifyButton->setEnabled(!busy && !m_auditRunning);
        });
        connect(m_exchange, &ExchangeActions::ledgerChanged, this, &MainWindow::pageWroteLedger);
        connect(m_exchange, &ExchangeActions::statusMessage, this,
                [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    }
    createPages();
    createStatusBar();
    restoreSettings();
    setAuditRunning(false);
    refresh();

    m_idleTimer = new QTimer(this);
    m_idleTimer->setObjectName(QStringLiteral("idleTimer"));
    m_idleTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, &MainWindow::lock);
    qApp->installEventFilter(this);
    restartIdleTimer();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    // The workers hold references to the ledger and trace service this window owns.
    waitForAudit();
    if (m_exchange) {
        m_exchange->cancelAndWait();
        delete m_exchange;
    }
    // Pages use the trace service, which uses the ledger: tear down in that order.
    delete m_batchWindow;
    delete m_stack;
    m_pages.clear();
    m_trace.reset();
}

void MainWindow::createActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    m_quitAction = fileMenu->addAction(tr("&Quit"));
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_lockAction = fileMenu->addAction(tr("&Lock"));
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setStatusTip(tr("Hide the ledger until the passphrase is entered again."));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);
    fileMenu->insertAction(m_quitAction, m_lockAction);
    QAction* passphrase = new QAction(tr("Change &Passphrase…"), this);
    passphrase->setObjectName(QStringLiteral("changePassphraseAction"));
    passphrase->setStatusTip(tr("Close the ledger, give it a new passphrase and open it again."));
    connect(passphrase, &QAction::triggered, this, [this] {
        m_nextStep = NextStep::ChangePassphrase;
        close();
    });
    fileMenu->insertAction(m_quitAction, passphrase);
    QAction* switchProfile = new QAction(tr("S&witch Profile…"), this);
    switchProfile->setObjectName(QStringLiteral("switchProfileAction"));
    switchProfile->setStatusTip(
        tr("Open another profile (another organisation's ledger), or create one in an "
           "empty folder."));
    connect(switchProfile, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Choose the profile folder (an empty folder makes a new profile)"),
            QFileInfo(m_ledger->profileDir()).absolutePath());
        if (dir.isEmpty() || QDir(dir) == QDir(m_ledger->profileDir())) {
            return;
        }
        m_nextStep = NextStep::SwitchProfile;
        m_nextProfileDir = dir;
        close();
    });
    fileMenu->insertAction(m_quitAction, switchProfile);
    fileMenu->insertSeparator(m_quitAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));

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

void MainWindow::createPages()
{
    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto* row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    row->addWidget(m_navigation);
    row->addWidget(m_stack, 1);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0) {
            return;
        }
        m_stack->setCurrentIndex(row);
        if (auto* page = qobject_cast<Page*>(m_stack->currentWidget())) {
            page->refresh();
        }
    });

    // Pages over the trace model come first: they are the daily work.
    if (m_trace) {
        auto* batches = new BatchesPage(*m_trace, m_stack);
        auto* record = new RecordPage(*m_trace, m_stack);
        auto* scan = new ScanPage(*m_trace, m_stack);
        m_pages << new DashboardPage(*m_trace, m_stack) << batches << record << scan
                << new MasterDataPage(*m_trace, m_stack);
        // A scanned label's next step (receive, ship) opens the Record page's form for it.
        connect(scan, &ScanPage::actionRequested, this,
                [this, record](const QString& action, const QString& batch) {
                    showPage(record->objectName());
                    record->startAction(action, batch);
                });
        connect(this, &MainWindow::batchFilterRequested, batches,
                [this, batches](const trace::BatchFilter& f) {
                    batches->setFilter(f);
                    showPage(batches->objectName());
                });
        for (Page* page : std::as_const(m_pages)) {
            addPage(page, page->title(), page->icon(), {});
        }
    }
    m_auditPage = createAuditPage();
    addPage(m_auditPage, tr("Audit"), style()->standardIcon(QStyle::SP_DialogApplyButton), {});
    auto* settings = new SettingsPage(m_stack, m_trace.get());
    connect(settings, &SettingsPage::lockMinutesChanged, this, &MainWindow::restartIdleTimer);
    connect(settings, &SettingsPage::restartRequested, this, [this] {
        if (close()) {
            QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                    QCoreApplication::arguments().mid(1));
        }
    });
    addPage(settings, tr("Settings"), style()->standardIcon(QStyle::SP_FileDialogDetailedView), {});

    // Ctrl+1 … for the pages, in their order; listed in the View menu.
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction* action = m_viewMenu->addAction(m_navigation->item(i)->icon(), m_navigation->item(i)->text());
        action->setObjectName(m_stack->widget(i)->objectName() + QStringLiteral("Action"));
        if (i < 9) {
            action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        }
        connect(action, &QAction::triggered, this, [this, i] { m_navigation->setCurrentRow(i); });
    }
    for (Page* page : std::as_const(m_pages)) {
        connect(page, &Page::batchRequested, this, &MainWindow::showBatch);
        connect(page, &Page::batchesRequested, this, &MainWindow::batchFilterRequested);
        connect(page, &Page::ledgerChanged, this, &MainWindow::pageWroteLedger);
        connect(page, &Page::statusMessage, this,
                [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    }
    m_navigation->setCurrentRow(0);
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() + 24);
    setCentralWidget(central);
}

void MainWindow::addPage(QWidget* page, const QString& title, const QIcon& icon, const QKeySequence&)
{
    m_stack->addWidget(page);
    auto* item = new QListWidgetItem(icon, title, m_navigation);
    item->setSizeHint(QSize(item->sizeHint().width(), 36));
}

QWidget* MainWindow::showPage(const QString& objectName)
{
    for (int i = 0; i < m_stack->count(); ++i) {
        if (m_stack->widget(i)->objectName() == objectName) {
            m_navigation->setCurrentRow(i);
            return m_stack->widget(i);
        }
    }
    return nullptr;
}

void MainWindow::showBatch(const QString& batchId)
{
    if (!m_trace || m_auditRunning || m_busyWithExchange) {
        return;
    }
    // One detail window, kept beside the list and reused, so that a warehouse worker can
    // scan one label after another.
    if (!m_batchWindow) {
        m_batchWindow = new QWidget(this, Qt::Window);
        m_batchWindow->setObjectName(QStringLiteral("batchWindow"));
        auto* layout = new QVBoxLayout(m_batchWindow);
        layout->setContentsMargins(0, 0, 0, 0);
        m_batchDetail = new BatchDetailWidget(*m_trace, m_batchWindow);
        layout->addWidget(m_batchDetail);
        connect(m_batchDetail, &BatchDetailWidget::batchShown, this,
                [this] { m_batchWindow->setWindowTitle(tr("Batch %1").arg(m_batchDetail->title())); });
        connect(m_batchDetail, &BatchDetailWidget::statusMessage, this,
                [this](const QString& message) { statusBar()->showMessage(message, 5000); });
        auto* close = new QAction(m_batchWindow);
        close->setShortcut(QKeySequence(Qt::Key_Escape));
        connect(close, &QAction::triggered, m_batchWindow, &QWidget::close);
        m_batchWindow->addAction(close);
        const QSettings settings;
        if (!m_batchWindow->restoreGeometry(
                settings.value(QStringLiteral("BatchWindow/geometry")).toByteArray())) {
            m_batchWindow->resize(900, 700);
        }
    }
    m_batchDetail->showBatch(batchId);
    m_batchWindow->show();
    m_batchWindow->raise();
    m_batchWindow->activateWindow();
}

void MainWindow::pageWroteLedger()
{
    for (Page* page : std::as_const(m_pages)) {
        if (page != sender()) {
            page->refresh();
        }
    }
    if (m_batchWindow && m_batchWindow->isVisible()) {
        m_batchDetail->refresh();
    }
    refresh();
}

void MainWindow::restartIdleTimer()
{
    const int minutes = SettingsPage::lockMinutes();
    if (minutes <= 0 || m_locked) {
        m_idleTimer->stop();
        return;
    }
    m_idleTimer->start(minutes * 60 * 1000);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!m_locked && m_idleTimer && m_idleTimer->isActive() &&
            m_idleTimer->remainingTime() < m_idleTimer->interval() - 1000) {
            restartIdleTimer(); // at most once a second
        }
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::lock()
{
    if (m_locked) {
        return;
    }
    m_locked = true;
    m_idleTimer->stop();
    // Nothing of the ledger stays on screen; an audit that runs goes on.
    centralWidget()->hide();
    menuBar()->setEnabled(false);
    const QString windowTitle = this->windowTitle();
    for (;;) {
        UnlockDialog dialog(m_ledger->profileDir(), this);
        dialog.setObjectName(QStringLiteral("lockUnlockDialog"));
        dialog.setWindowTitle(tr("Suyuan is locked"));
        if (dialog.exec() == QDialog::Accepted) {
            dialog.takeLedger(); // the passphrase is right; this window keeps its own connection
            break;
        }
        if (QMessageBox::question(this, tr("Suyuan is locked"),
                                  tr("The window stays locked until the passphrase is entered. Quit Suyuan?"),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes) {
            m_locked = false;
            close();
            return;
        }
    }
    m_locked = false;
    centralWidget()->show();
    menuBar()->setEnabled(true);
    setWindowTitle(windowTitle);
    restartIdleTimer();
    refresh();
}

QWidget* MainWindow::createAuditPage()
{
    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("auditPage"));
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
    return central;
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
        resize(1200, 800);
    }
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    if (m_batchWindow) {
        settings.setValue(QStringLiteral("BatchWindow/geometry"), m_batchWindow->saveGeometry());
    }
}

void MainWindow::refresh()
{
    if (m_auditRunning || m_busyWithExchange) {
        return; // the worker has the ledger; it refreshes when it ends
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
    if (m_auditRunning || m_busyWithExchange) {
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

void MainWindow::setPagesWaiting(bool waiting, const QString& why)
{
    // A worker has the ledger: the pages over it (and the batch window) wait.
    for (int i = 0; i < m_stack->count(); ++i) {
        if (auto* page = qobject_cast<Page*>(m_stack->widget(i))) {
            page->setEnabled(!waiting);
            QListWidgetItem* item = m_navigation->item(i);
            item->setFlags(waiting ? item->flags() & ~Qt::ItemIsEnabled : item->flags() | Qt::ItemIsEnabled);
            item->setToolTip(waiting ? why : QString());
        }
    }
    if (m_batchWindow) {
        m_batchWindow->setEnabled(!waiting);
    }
}

void MainWindow::setAuditRunning(bool running)
{
    m_auditRunning = running;
    setPagesWaiting(running || (m_exchange && m_exchange->isBusy()),
                    tr("Waiting for the audit to finish (or cancel it)."));
    for (QAction* action : m_exchangeActions) {
        action->setEnabled(!running && !(m_exchange && m_exchange->isBusy()));
    }
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
    for (Page* page : std::as_const(m_pages)) {
        page->refresh();
    }
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
    if (m_exchange) {
        m_exchange->cancelAndWait();
    }
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

bool saveScreenshots(MainWindow& window, const QString& dir)
{
    QDir().mkpath(dir);
    const QString lang =
        QLocale().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
    const auto settle = [] {
        for (int i = 0; i < 40; ++i) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
    };
    settle();
    bool ok = true;
    auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("pageStack"));
    for (int i = 0; stack && i < stack->count(); ++i) {
        const QString name = stack->widget(i)->objectName();
        window.showPage(name);
        settle();
        const QString file = QStringLiteral("%1/%2-%3.png").arg(dir, name, lang);
        ok = window.grab().save(file) && ok;
    }
    // The detail of the exported orange cartons, beside the batch list.
    if (auto* trace = window.trace()) {
        if (auto id = trace->resolveBatch(QStringLiteral("FJ5A-251218")); id) {
            window.showBatch(id.value());
            settle();
            if (auto* detail = window.findChild<QWidget*>(QStringLiteral("batchWindow"))) {
                detail->resize(1240, 820);
                settle();
                ok = detail->grab().save(QStringLiteral("%1/batchDetail-%2.png").arg(dir, lang)) && ok;
            }
        }
    }
    return ok;
}

} // namespace suyuan::ui
