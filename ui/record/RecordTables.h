#pragma once

#include "RecordForm.h"

#include <QHash>
#include <QTableWidget>

class QLineEdit;
class QPushButton;

namespace suyuan::ui {

// A table whose cells are widgets (line edits, combos, labels), one row per entry, with a
// Remove button at the end of each row. Tab moves through the cell widgets.
class RowTable : public QTableWidget
{
    Q_OBJECT

public:
    RowTable(const QStringList& headers, QWidget* parent = nullptr);

    // Appends a row; the table takes the widgets, and the items for the cells whose widget is
    // nullptr (read-only text). Returns the row.
    int addRow(const QList<QWidget*>& cells, const QList<QTableWidgetItem*>& items = {});
    // This column takes the room left (a product name).
    void setStretchColumn(int column);
    template <typename T> T* cell(int row, int column) const
    {
        return qobject_cast<T*>(cellWidget(row, column));
    }
    void clearRows();
    QSize sizeHint() const override;

Q_SIGNALS:
    // A row was added or removed, or a cell's content changed.
    void rowsChanged();

private:
    void removeRowOf(QObject* button);
    // Every column as wide as its widest cell (widgets included) or its header.
    void fitColumns();
    int m_stretch = -1;
};

// Batches with quantities: the inputs of processing, the contents of a case. A batch field
// with an Add button (Enter in it adds), and one row per batch showing its product, its
// available quantity and unit, and the quantity to take (all that is available at first).
class PortionTable : public QWidget
{
    Q_OBJECT

public:
    PortionTable(trace::TraceService& trace, QWidget* parent = nullptr);

    // When set (processing, packing), a quantity above what a batch has is refused.
    void setCheckAvailable(bool check) { m_checkAvailable = check; }
    void setStatusFilter(const QString& status);
    // Adds a batch (quantity 0: all that is available); an existing row is kept.
    void addBatch(const QString& batchId, double quantity = 0);
    void clear();
    int count() const { return m_table->rowCount(); }
    // The portions as typed; a row with an empty or unreadable quantity has quantity -1.
    QList<trace::Portion> portions() const;
    // What is wrong, one sentence per row; empty when every row is fine.
    QStringList problems() const;
    BatchEdit* batchEdit() const { return m_batchEdit; }
    RowTable* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    // The batch typed in the field does not resolve: why (empty otherwise).
    QString pendingProblem() const;

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addTyped();

    trace::TraceService& m_trace;
    BatchEdit* m_batchEdit = nullptr;
    QPushButton* m_add = nullptr;
    RowTable* m_table = nullptr;
    QHash<QString, trace::BatchInfo> m_info; // by batch id, for the rows
    bool m_checkAvailable = true;
};

} // namespace suyuan::ui
