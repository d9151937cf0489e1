#include "BatchesPage.h"

#include "BatchTableModel.h"
#include "BatchText.h"
#include "common/Style.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace suyuan::ui {

namespace {
const QString kGroup = QStringLiteral("batches");
const QString kNodePrefix = QStringLiteral("urn:suyuan:node:");
// The "no limit" value of the date fields: their minimum, shown as special text.
const QDate kNoLimit(2000, 1, 1);

// Moves the focus from the search field into the table with the Down key.
class DownToTable : public QObject
{
public:
    DownToTable(QTableView* view, QObject* parent) : QObject(parent), m_view(view) {}
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down &&
            m_view->model()->rowCount() > 0) {
            m_view->setFocus(Qt::TabFocusReason);
            if (!m_view->currentIndex().isValid()) {
                m_view->setCurrentIndex(m_view->model()->index(0, 0));
            }
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView* m_view;
};

QDateEdit* makeDateEdit(QWidget* parent, const QString& objectName, const QString& noLimit)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoLimit);
    edit->setSpecialValueText(noLimit);
    edit->setDate(kNoLimit);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

void selectData(QComboBox* combo, const QString& value)
{
    int i = combo->findData(value);
    if (i < 0 && !value.isEmpty()) {
        // Not (or no longer) in the master data: keep the filter visible as it is.
        combo->addItem(value, value);
        i = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(0, i));
}
} // namespace

BatchesPage::BatchesPage(trace::TraceService& trace, QWidget* parent) : Page(trace, parent)
{
    setObjectName(QStringLiteral("batchesPage"));
    m_model = new BatchTableModel(trace, this);
    buildUi();
    fillCombos();
    restoreFilter();
}

QString BatchesPage::title() const
{
    return tr("Batches");
}

QIcon BatchesPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

void BatchesPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);

    auto* heading = new QLabel(tr("Batches"), this);
    makeHeading(heading);
    layout->addWidget(heading);

    auto* searchRow = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Lot, batch ID or product name (Ctrl+F)"));
    m_search->setToolTip(tr("Finds batches whose lot, batch ID or product name contains this text. A "
                            "scanned label works too. Enter opens the batch when only one is found."));
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);

    auto* filterRow = new QHBoxLayout;
    filterRow->setSpacing(6);
    const auto addField = [this, filterRow](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        filterRow->addWidget(label);
        filterRow->addWidget(field);
        filterRow->addSpacing(8);
    };
    m_product = new QComboBox(this);
    m_product->setObjectName(QStringLiteral("productComboBox"));
    m_product->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_product->setMinimumContentsLength(12);
    addField(tr("&Product:"), m_product);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusComboBox"));
    addField(tr("Sta&tus:"), m_status);
    m_holder = new QComboBox(this);
    m_holder->setObjectName(QStringLiteral("holderComboBox"));
    m_holder->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_holder->setMinimumContentsLength(12);
    m_holder->setToolTip(tr("The party that holds the batch now (the receiver of its last shipment)."));
    addField(tr("&Holder:"), m_holder);
    m_from = makeDateEdit(this, QStringLiteral("fromDateEdit"), tr("No limit"));
    m_from->setToolTip(tr("Batches created on or after this day. The earliest date means no limit."));
    addField(tr("Created &from:"), m_from);
    m_to = makeDateEdit(this, QStringLiteral("toDateEdit"), tr("No limit"));
    m_to->setToolTip(tr("Batches created on or before this day. The earliest date means no limit."));
    addField(tr("t&o:"), m_to);
    filterRow->addStretch(1);
    layout->addLayout(filterRow);
    m_clear = new QPushButton(tr("C&lear Filters"), this);
    m_clear->setObjectName(QStringLiteral("clearFiltersPushButton"));
    searchRow->addWidget(m_clear);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("batchesTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(BatchTableModel::CreatedColumn, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setToolTip(
        tr("Newest first pages through every batch. Other orders sort the batches loaded so far."));
    m_view->setToolTip(tr("Enter or double-click opens the batch."));
    layout->addWidget(m_view, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &BatchesPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_updating) {
            m_searchTimer->start();
        }
    });
    connect(m_search, &QLineEdit::returnPressed, this, &BatchesPage::searchEntered);
    m_search->installEventFilter(new DownToTable(m_view, this));
    const auto changed = [this] {
        if (!m_updating) {
            applyFilter();
        }
    };
    connect(m_product, &QComboBox::currentIndexChanged, this, changed);
    connect(m_status, &QComboBox::currentIndexChanged, this, changed);
    connect(m_holder, &QComboBox::currentIndexChanged, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_clear, &QPushButton::clicked, this, &BatchesPage::clearFilters);
    connect(m_view, &QTableView::activated, this, &BatchesPage::openCurrent);
    connect(m_model, &BatchTableModel::loaded, this, &BatchesPage::updateSummary);
    connect(m_model, &BatchTableModel::modelReset, this, [this] {
        m_view->resizeColumnsToContents();
        // Long names must not push the created column out of sight.
        for (int c = 0; c < BatchTableModel::ColumnCount; ++c) {
            m_view->setColumnWidth(c,
                                   std::min(m_view->columnWidth(c), fontMetrics().averageCharWidth() * 32));
        }
    });

    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
}

void BatchesPage::fillCombos()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const QString product = m_product->currentData().toString();
    const QString status = m_status->currentData().toString();
    const QString holder = m_holder->currentData().toString();

    m_product->clear();
    m_product->addItem(tr("All products"), QString());
    if (auto products = m_trace.products(); products) {
        for (const trace::Product& p : products.value()) {
            m_product->addItem(BatchText::displayName(p.nameZh, p.nameEn), p.key);
        }
    }
    m_status->clear();
    m_status->addItem(tr("All statuses"), QString());
    for (const QString& s : BatchText::statuses()) {
        m_status->addItem(BatchText::statusText(s), s);
    }
    m_holder->clear();
    m_holder->addItem(tr("All holders"), QString());
    m_holder->addItem(tr("This node (%1)").arg(m_trace.ledger().organisationName()),
                      kNodePrefix + m_trace.ledger().nodeId());
    if (auto parties = m_trace.parties(); parties) {
        for (const trace::Party& p : parties.value()) {
            m_holder->addItem(BatchText::displayName(p.nameZh, p.nameEn),
                              QStringLiteral("urn:suyuan:party:") + p.key);
        }
    }
    selectData(m_product, product);
    selectData(m_status, status);
    selectData(m_holder, holder);
    m_updating = wasUpdating;
}

trace::BatchFilter BatchesPage::currentFilter() const
{
    trace::BatchFilter f;
    f.text = m_search->text().trimmed();
    f.productKey = m_product->currentData().toString();
    f.status = m_status->currentData().toString();
    f.holder = m_holder->currentData().toString();
    f.location = m_location;
    f.eventType = m_eventType;
    f.eventSteps = m_eventSteps;
    if (m_from->date() > kNoLimit) {
        f.createdFromMs = QDateTime(m_from->date(), QTime(0, 0)).toMSecsSinceEpoch();
    }
    if (m_to->date() > kNoLimit) {
        f.createdToMs = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    }
    return f;
}

void BatchesPage::applyFilter()
{
    if (!isEnabled()) {
        m_searchTimer->start(); // a worker holds the ledger (not thread-safe): try again later
        return;
    }
    m_searchTimer->stop();
    const QString selected = m_model->batchIdAt(m_view->currentIndex().row());
    m_model->setFilter(currentFilter());
    if (const int row = m_model->rowOf(selected); row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, 0));
    }
    saveFilter();
}

void BatchesPage::showWidgets(const trace::BatchFilter& filter)
{
    m_updating = true;
    m_search->setText(filter.text);
    selectData(m_product, filter.productKey);
    selectData(m_status, filter.status);
    selectData(m_holder, filter.holder.isEmpty() || filter.holder.contains(QLatin1Char(':'))
                             ? filter.holder
                             : QStringLiteral("urn:suyuan:party:") + filter.holder);
    m_from->setDate(filter.createdFromMs >= 0 ? QDateTime::fromMSecsSinceEpoch(filter.createdFromMs).date()
                                              : kNoLimit);
    // createdToMs is exclusive: the day before it is the last one shown.
    m_to->setDate(filter.createdToMs >= 0 ? QDateTime::fromMSecsSinceEpoch(filter.createdToMs - 1).date()
                                          : kNoLimit);
    m_location = filter.location;
    m_eventType = filter.eventType;
    m_eventSteps = filter.eventSteps;
    m_updating = false;
}

void BatchesPage::setFilter(const trace::BatchFilter& filter)
{
    showWidgets(filter);
    applyFilter();
}

void BatchesPage::clearFilters()
{
    setFilter(trace::BatchFilter{});
    m_search->setFocus(Qt::OtherFocusReason);
}

void BatchesPage::saveFilter() const
{
    const trace::BatchFilter f = currentFilter();
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("text"), f.text);
    settings.setValue(QStringLiteral("product"), f.productKey);
    settings.setValue(QStringLiteral("status"), f.status);
    settings.setValue(QStringLiteral("holder"), f.holder);
    settings.setValue(QStringLiteral("location"), f.location);
    settings.setValue(QStringLiteral("createdFromMs"), f.createdFromMs);
    settings.setValue(QStringLiteral("createdToMs"), f.createdToMs);
    settings.setValue(QStringLiteral("eventType"), f.eventType);
    settings.setValue(QStringLiteral("eventSteps"), f.eventSteps);
    settings.endGroup();
}

void BatchesPage::restoreFilter()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    trace::BatchFilter f;
    f.text = settings.value(QStringLiteral("text")).toString();
    f.productKey = settings.value(QStringLiteral("product")).toString();
    f.status = settings.value(QStringLiteral("status")).toString();
    f.holder = settings.value(QStringLiteral("holder")).toString();
    f.location = settings.value(QStringLiteral("location")).toString();
    f.createdFromMs = settings.value(QStringLiteral("createdFromMs"), -1).toLongLong();
    f.createdToMs = settings.value(QStringLiteral("createdToMs"), -1).toLongLong();
    f.eventType = settings.value(QStringLiteral("eventType")).toString();
    f.eventSteps = settings.value(QStringLiteral("eventSteps")).toStringList();
    settings.endGroup();
    setFilter(f);
}

void BatchesPage::refresh()
{
    fillCombos();
    const QString selected = m_model->batchIdAt(m_view->currentIndex().row());
    m_model->reload();
    if (const int row = m_model->rowOf(selected); row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, 0));
    }
}

void BatchesPage::updateSummary()
{
    QStringList parts;
    if (!m_model->lastError().isEmpty()) {
        setTone(m_summary, Tone::Error);
        m_summary->setText(tr("The batches could not be read: %1").arg(m_model->lastError()));
        return;
    }
    setTone(m_summary, Tone::Hint);
    const int rows = m_model->rowCount();
    const trace::BatchFilter f = m_model->filter();
    const bool filtered = !f.text.isEmpty() || !f.productKey.isEmpty() || !f.status.isEmpty() ||
                          !f.holder.isEmpty() || !f.location.isEmpty() || f.createdFromMs >= 0 ||
                          f.createdToMs >= 0 || !f.eventType.isEmpty();
    if (rows == 0) {
        parts << (filtered ? tr("No batch matches these filters.") : tr("No batches yet."));
    } else if (m_model->isPartial()) {
        parts << tr("Sorted among the %1 batches loaded so far. Sort by Created (newest first) to "
                    "page through all of them.")
                     .arg(QLocale().toString(rows));
    } else if (m_model->hasMore()) {
        parts << tr("%1 batches shown; more load as you scroll.").arg(QLocale().toString(rows));
    } else {
        parts << tr("Batches: %1").arg(QLocale().toString(rows));
    }
    if (!f.location.isEmpty()) {
        parts << tr("Only at %1.").arg(m_model->names().locationName(f.location));
    }
    if (!f.eventType.isEmpty()) {
        trace::EventInfo kind;
        kind.type = f.eventType;
        kind.bizStep = f.eventSteps.value(0);
        kind.action = f.eventSteps.contains(QLatin1String("unpacking")) ? QStringLiteral("DELETE")
                                                                        : QStringLiteral("ADD");
        if (f.eventSteps.contains(QLatin1String("holding"))) {
            kind.disposition = QStringLiteral("recalled");
        }
        parts << tr("Only batches with an event of this kind: %1.").arg(BatchText::eventKind(kind).name);
    }
    m_summary->setText(parts.join(QLatin1Char(' ')));
    m_clear->setEnabled(filtered);
}

void BatchesPage::openCurrent()
{
    const QString id = m_model->batchIdAt(m_view->currentIndex().row());
    if (!id.isEmpty()) {
        Q_EMIT batchRequested(id);
    }
}

void BatchesPage::searchEntered()
{
    applyFilter();
    if (m_model->rowCount() == 1 && !m_model->hasMore()) {
        m_view->setCurrentIndex(m_model->index(0, 0));
        Q_EMIT batchRequested(m_model->batchIdAt(0));
    } else if (m_model->rowCount() > 0) {
        m_view->setFocus(Qt::OtherFocusReason);
        m_view->setCurrentIndex(m_model->index(0, 0));
    }
}

} // namespace suyuan::ui
