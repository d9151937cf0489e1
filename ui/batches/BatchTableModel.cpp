#include "BatchTableModel.h"

#include <QBrush>
#include <QCollator>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace suyuan::ui {

BatchTableModel::BatchTableModel(trace::TraceService& trace, QObject* parent)
    : QAbstractTableModel(parent), m_trace(trace)
{
}

void BatchTableModel::setFilter(const trace::BatchFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_names.load(m_trace);
    m_rows.clear();
    m_lastBatch.clear();
    m_lastCreatedMs = -1;
    m_hasMore = true;
    m_error.clear();
    QList<trace::BatchInfo> page;
    fetchPage(&page);
    m_rows = page;
    if (m_clientSorted) {
        sortLoaded();
    }
    endResetModel();
    Q_EMIT loaded();
}

void BatchTableModel::reload()
{
    const qsizetype wanted = std::max<qsizetype>(m_rows.size(), 1);
    beginResetModel();
    m_names.load(m_trace);
    m_rows.clear();
    m_lastBatch.clear();
    m_lastCreatedMs = -1;
    m_hasMore = true;
    m_error.clear();
    while (m_hasMore && m_rows.size() < wanted) {
        QList<trace::BatchInfo> page;
        if (!fetchPage(&page)) {
            break;
        }
        m_rows += page;
    }
    if (m_clientSorted) {
        sortLoaded();
    }
    endResetModel();
    Q_EMIT loaded();
}

bool BatchTableModel::fetchPage(QList<trace::BatchInfo>* into)
{
    auto page = m_trace.batches(m_filter, kPageSize, m_lastBatch, m_lastCreatedMs);
    if (!page) {
        m_error = page.error().message;
        m_hasMore = false;
        return false;
    }
    *into = page.value();
    m_hasMore = into->size() >= kPageSize;
    if (!into->isEmpty()) {
        m_lastBatch = into->constLast().batch;
        m_lastCreatedMs = into->constLast().createdMs;
    }
    return true;
}

int BatchTableModel::rowOf(const QString& batchId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).batch == batchId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int BatchTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BatchTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const trace::BatchInfo& b = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProductColumn:
            return m_names.productName(b.productKey);
        case LotColumn:
            return b.lot;
        case AvailableColumn:
            return BatchText::quantityText(b.available(), b.unit);
        case StatusColumn:
            return BatchText::statusText(b.status);
        case HolderColumn:
            return m_names.partyName(b.holder);
        case LocationColumn:
            return m_names.locationName(b.location);
        case CreatedColumn:
            return BatchText::localTime(b.createdMs);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == LotColumn || index.column() == ProductColumn) {
            return b.batch;
        }
        if (index.column() == HolderColumn) {
            return b.holder;
        }
        if (index.column() == LocationColumn) {
            return b.location;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AvailableColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && b.status == QLatin1String("recalled")) {
            return QBrush(QColor(0xC6, 0x28, 0x28));
        }
        if (b.status == QLatin1String("withdrawn") || b.status == QLatin1String("destroyed") ||
            b.status == QLatin1String("sold")) {
            return QBrush(QColor(0x80, 0x80, 0x80));
        }
        return {};
    case Qt::FontRole:
        if (index.column() == StatusColumn && b.status == QLatin1String("recalled")) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case BatchIdRole:
        return b.batch;
    case StatusRole:
        return b.status;
    default:
        return {};
    }
}

QVariant BatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ProductColumn:
        return tr("Product");
    case LotColumn:
        return tr("Lot");
    case AvailableColumn:
        return tr("Available");
    case StatusColumn:
        return tr("Status");
    case HolderColumn:
        return tr("Holder");
    case LocationColumn:
        return tr("Location");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

bool BatchTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_clientSorted;
}

void BatchTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    QList<trace::BatchInfo> page;
    if (!fetchPage(&page) || page.isEmpty()) {
        Q_EMIT loaded();
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_rows += page;
    endInsertRows();
    Q_EMIT loaded();
}

void BatchTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    const bool coreOrder = column == CreatedColumn && order == Qt::DescendingOrder;
    if (column == m_sortColumn && order == m_sortOrder && coreOrder != m_clientSorted) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    if (coreOrder) {
        if (m_clientSorted) {
            m_clientSorted = false;
            reload();
        }
        return;
    }
    m_clientSorted = true;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QString> ids;
    for (const QModelIndex& i : before) {
        ids << m_rows.value(i.row()).batch;
    }
    sortLoaded();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOf(ids.at(i));
        after << (row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT loaded();
}

void BatchTableModel::sortLoaded()
{
    QCollator collator;
    collator.setNumericMode(true);
    const int column = m_sortColumn;
    const auto textOf = [this, column](const trace::BatchInfo& b) {
        switch (column) {
        case ProductColumn:
            return m_names.productName(b.productKey);
        case StatusColumn:
            return BatchText::statusText(b.status);
        case HolderColumn:
            return m_names.partyName(b.holder);
        case LocationColumn:
            return m_names.locationName(b.location);
        default:
            return b.lot;
        }
    };
    const auto less = [&](const trace::BatchInfo& a, const trace::BatchInfo& b) {
        int c = 0;
        if (column == AvailableColumn) {
            c = a.available() < b.available() ? -1 : (a.available() > b.available() ? 1 : 0);
        } else if (column == CreatedColumn) {
            c = a.createdMs < b.createdMs ? -1 : (a.createdMs > b.createdMs ? 1 : 0);
        } else {
            c = collator.compare(textOf(a), textOf(b));
        }
        if (c == 0) {
            // Ties keep the core's order (newest first) whatever the direction.
            return a.createdMs != b.createdMs ? a.createdMs > b.createdMs : a.batch > b.batch;
        }
        return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    };
    std::stable_sort(m_rows.begin(), m_rows.end(), less);
}

} // namespace suyuan::ui
