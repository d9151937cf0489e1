#include "RecordTables.h"

#include "common/Style.h"
#include "trace/Gs1.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace suyuan::ui {

// ---- RowTable ---------------------------------------------------------------------------------

RowTable::RowTable(const QStringList& headers, QWidget* parent) : QTableWidget(parent)
{
    setColumnCount(static_cast<int>(headers.size()) + 1);
    setHorizontalHeaderLabels(QStringList(headers) << QString());
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setFocusPolicy(Qt::NoFocus);
    setTabKeyNavigation(false);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
}

void RowTable::setStretchColumn(int column)
{
    m_stretch = column;
    horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

void RowTable::fitColumns()
{
    for (int c = 0; c < columnCount(); ++c) {
        if (c == m_stretch) {
            continue;
        }
        int width = std::max(sizeHintForColumn(c), horizontalHeader()->sectionSizeHint(c));
        for (int r = 0; r < rowCount(); ++r) {
            if (QWidget* w = cellWidget(r, c)) {
                width = std::max(width, w->sizeHint().width());
            }
        }
        setColumnWidth(c, width);
    }
}

int RowTable::addRow(const QList<QWidget*>& cells, const QList<QTableWidgetItem*>& items)
{
    const int row = rowCount();
    insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        QWidget* w = cells.at(c);
        if (!w) {
            if (QTableWidgetItem* item = items.value(c)) {
                item->setFlags(Qt::ItemIsEnabled);
                setItem(row, c, item);
            }
            continue;
        }
        setCellWidget(row, c, w);
        if (auto* edit = qobject_cast<QLineEdit*>(w)) {
            connect(edit, &QLineEdit::textChanged, this, &RowTable::rowsChanged);
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            connect(combo, &QComboBox::currentIndexChanged, this, &RowTable::rowsChanged);
            if (combo->isEditable()) {
                connect(combo, &QComboBox::editTextChanged, this, &RowTable::rowsChanged);
            }
        }
    }
    auto* remove = new QPushButton(tr("Remove"));
    remove->setObjectName(QStringLiteral("removeRowPushButton"));
    remove->setToolTip(tr("Remove this row"));
    connect(remove, &QPushButton::clicked, this, [this, remove] { removeRowOf(remove); });
    setCellWidget(row, columnCount() - 1, remove);
    fitColumns();
    resizeRowsToContents();
    updateGeometry();
    Q_EMIT rowsChanged();
    return row;
}

void RowTable::removeRowOf(QObject* button)
{
    for (int r = 0; r < rowCount(); ++r) {
        if (cellWidget(r, columnCount() - 1) == button) {
            removeRow(r);
            updateGeometry();
            Q_EMIT rowsChanged();
            return;
        }
    }
}

void RowTable::clearRows()
{
    setRowCount(0);
    updateGeometry();
    Q_EMIT rowsChanged();
}

QSize RowTable::sizeHint() const
{
    // Room for the header and a few rows, growing with the rows up to about eight.
    QSize hint = QTableWidget::sizeHint();
    const int row = rowCount() > 0 ? rowHeight(0) : fontMetrics().height() * 2;
    const int shown = std::clamp(rowCount(), 2, 8);
    hint.setHeight(horizontalHeader()->sizeHint().height() + row * shown + 2 * frameWidth() + 4);
    return hint;
}

// ---- PortionTable -----------------------------------------------------------------------------

namespace {
enum PortionColumn
{
    BatchColumn,
    ProductColumn,
    AvailableColumn,
    QuantityColumn,
    UnitColumn
};
} // namespace

PortionTable::PortionTable(trace::TraceService& trace, QWidget* parent) : QWidget(parent), m_trace(trace)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* addRow = new QHBoxLayout;
    m_batchEdit = new BatchEdit(trace, this);
    m_batchEdit->setObjectName(QStringLiteral("addBatchEdit"));
    m_batchEdit->installEventFilter(this);
    m_add = new QPushButton(tr("&Add batch"), this);
    m_add->setObjectName(QStringLiteral("addBatchPushButton"));
    m_add->setToolTip(tr("Add the batch typed on the left (Enter in the field does the same)."));
    m_add->setEnabled(false);
    addRow->addWidget(m_batchEdit, 1);
    addRow->addWidget(m_add);
    layout->addLayout(addRow);
    m_table = new RowTable({tr("Batch"), tr("Product"), tr("Available"), tr("Quantity"), tr("Unit")}, this);
    m_table->setStretchColumn(ProductColumn);
    m_table->setObjectName(QStringLiteral("portionTable"));
    layout->addWidget(m_table);
    setFocusProxy(m_batchEdit);

    connect(m_batchEdit, &BatchEdit::batchChanged, this, [this] {
        m_add->setEnabled(m_batchEdit->batch().has_value());
        Q_EMIT changed();
    });
    connect(m_add, &QPushButton::clicked, this, &PortionTable::addTyped);
    connect(m_table, &RowTable::rowsChanged, this, &PortionTable::changed);
}

void PortionTable::setStatusFilter(const QString& status)
{
    m_batchEdit->setStatusFilter(status);
}

bool PortionTable::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_batchEdit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && !m_batchEdit->text().trimmed().isEmpty()) {
            // Enter here (a scanner's, too) adds the batch; it does not submit the form.
            if (m_batchEdit->completer()) {
                m_batchEdit->completer()->popup()->hide();
            }
            addTyped();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PortionTable::addTyped()
{
    if (!m_batchEdit->batch()) {
        return;
    }
    addBatch(m_batchEdit->batch()->batch);
    m_batchEdit->clear();
    m_batchEdit->setFocus();
}

void PortionTable::addBatch(const QString& batchId, double quantity)
{
    auto info = m_trace.batch(batchId);
    if (!info || !info->has_value()) {
        return;
    }
    const trace::BatchInfo& b = info->value();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, BatchColumn)->data(Qt::UserRole).toString() == b.batch) {
            if (auto* q = m_table->cell<QLineEdit>(r, QuantityColumn)) {
                q->setFocus();
                q->selectAll();
            }
            return;
        }
    }
    m_info.insert(b.batch, b);
    auto* lot = new QTableWidgetItem(b.lot);
    lot->setData(Qt::UserRole, b.batch);
    lot->setToolTip(b.batch);
    QString product = b.productKey;
    if (auto p = m_trace.product(b.productKey); p && p->has_value()) {
        product = displayName(p->value().nameZh, p->value().nameEn, b.productKey);
    }
    auto* productItem = new QTableWidgetItem(product);
    productItem->setToolTip(product);
    auto* available = new QTableWidgetItem(formatQuantity(b.available()));
    available->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* qty = new QLineEdit(formatQuantity(quantity > 0 ? quantity : b.available()));
    qty->setObjectName(QStringLiteral("portionQuantityEdit"));
    qty->setAlignment(Qt::AlignRight);
    qty->setToolTip(tr("How much of this batch, in its unit"));
    auto* unit = new QTableWidgetItem(gs1::unitName(b.unit));
    unit->setToolTip(b.unit);
    m_table->addRow({nullptr, nullptr, nullptr, qty, nullptr}, {lot, productItem, available, nullptr, unit});
}

void PortionTable::clear()
{
    m_table->clearRows();
    m_info.clear();
    m_batchEdit->clear();
}

QList<trace::Portion> PortionTable::portions() const
{
    QList<trace::Portion> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString id = m_table->item(r, BatchColumn)->data(Qt::UserRole).toString();
        const auto q = parseQuantity(m_table->cell<QLineEdit>(r, QuantityColumn)->text());
        out.append({id, q ? *q : -1, m_info.value(id).unit});
    }
    return out;
}

QStringList PortionTable::problems() const
{
    QStringList out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString id = m_table->item(r, BatchColumn)->data(Qt::UserRole).toString();
        const trace::BatchInfo b = m_info.value(id);
        const auto q = parseQuantity(m_table->cell<QLineEdit>(r, QuantityColumn)->text());
        if (!q || !(*q > 0)) {
            out << tr("Batch %1: type a quantity above zero.").arg(b.lot);
        } else if (m_checkAvailable && *q > b.available() + trace::kQuantityEpsilon) {
            out << tr("Batch %1 has only %2 available; %3 cannot be taken from it.")
                       .arg(b.lot, formatAmount(b.available(), b.unit), formatAmount(*q, b.unit));
        }
    }
    return out;
}

QString PortionTable::pendingProblem() const
{
    return m_batchEdit->problem();
}

} // namespace suyuan::ui
