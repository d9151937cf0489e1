#pragma once

#include "BatchText.h"
#include "trace/TraceService.h"

#include <QAbstractTableModel>
#include <QList>

namespace suyuan::ui {

// The batch list as a lazy table: rows arrive in pages of kPageSize from
// TraceService::batches() (keyset paging over the created index, newest first), as the view
// scrolls (canFetchMore/fetchMore). A page costs the same on any ledger size, and the
// model never asks for everything.
//
// Sorting: the core pages in one order only, newest first. That order ("Created",
// descending) is the model's own and pages through the whole list. Any other column or
// direction sorts the rows loaded so far, in memory, and stops paging (fetching more would
// put rows out of order): isPartial() then tells the view to say that the order covers the
// loaded rows only. Once every matching row is loaded (a narrow filter) such a sort is
// complete. Sorting by created time descending again returns to paging.
class BatchTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ProductColumn,
        LotColumn,
        AvailableColumn,
        StatusColumn,
        HolderColumn,
        LocationColumn,
        CreatedColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    // Roles beyond Qt's: the batch id of a row, and the raw status word.
    static constexpr int BatchIdRole = Qt::UserRole + 1;
    static constexpr int StatusRole = Qt::UserRole + 2;

    explicit BatchTableModel(trace::TraceService& trace, QObject* parent = nullptr);

    // Starts over with this filter (re-reads names, loads the first page).
    void setFilter(const trace::BatchFilter& filter);
    const trace::BatchFilter& filter() const { return m_filter; }
    // Re-reads from the start, keeping the filter and as many rows as were loaded.
    void reload();

    const trace::BatchInfo& batchAt(int row) const { return m_rows.at(row); }
    QString batchIdAt(int row) const { return m_rows.value(row).batch; }
    int rowOf(const QString& batchId) const;
    // True until the last page has been seen.
    bool hasMore() const { return m_hasMore; }
    // Sorted in memory: the order covers the loaded rows only and paging has stopped.
    bool isPartial() const { return m_clientSorted && m_hasMore; }
    bool isClientSorted() const { return m_clientSorted; }
    // The last error of the core, or empty.
    QString lastError() const { return m_error; }
    const NameCache& names() const { return m_names; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // A page was loaded (or the list was started over).
    void loaded();

private:
    bool fetchPage(QList<trace::BatchInfo>* into);
    void sortLoaded();

    trace::TraceService& m_trace;
    trace::BatchFilter m_filter;
    NameCache m_names;
    QList<trace::BatchInfo> m_rows;
    // The keyset position of the last row fetched in core order.
    QString m_lastBatch;
    qint64 m_lastCreatedMs = -1;
    bool m_hasMore = true;
    bool m_clientSorted = false;
    int m_sortColumn = CreatedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QString m_error;
};

} // namespace suyuan::ui
