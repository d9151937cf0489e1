#pragma once

#include "common/Page.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace suyuan::ui {

class BatchTableModel;

// The batch list: a lazy table (BatchTableModel) with a search field and filters by
// product, status, holder and creation date. Enter or a double click on a row asks for
// its detail (batchRequested). The filters are remembered (QSettings group "batches") and
// restored the next time; the dashboard can set them (setFilter).
class BatchesPage : public Page
{
    Q_OBJECT

public:
    explicit BatchesPage(trace::TraceService& trace, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;

    // The filter the widgets show now.
    trace::BatchFilter currentFilter() const;
    BatchTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    // Milliseconds the search field waits after the last key before it searches.
    static constexpr int kSearchDelayMs = 250;

public Q_SLOTS:
    void refresh() override;
    // Shows the list with this filter (a dashboard bar or slice was clicked).
    void setFilter(const suyuan::trace::BatchFilter& filter);
    void clearFilters();

private:
    void buildUi();
    void fillCombos();
    void applyFilter();
    void saveFilter() const;
    void restoreFilter();
    void showWidgets(const trace::BatchFilter& filter);
    void updateSummary();
    void openCurrent();
    void searchEntered();

    BatchTableModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_product = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_holder = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_clear = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QTimer* m_searchTimer = nullptr;
    // A location asked for by setFilter(): no widget of its own, shown in the summary.
    QString m_location;
    QString m_eventType; // the event filter (BatchFilter::eventType/eventSteps) a dashboard click set
    QStringList m_eventSteps;
    bool m_updating = false;
};

} // namespace suyuan::ui
