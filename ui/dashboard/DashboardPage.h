#pragma once

#include "common/Page.h"
#include "trace/TraceStats.h"

#include <QHash>
#include <QList>

#include <functional>
#include <memory>

class QAbstractSeries;
class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QStackedLayout;
class QTableWidget;

namespace suyuan::ui {

// The manager's overview: five charts over the ledger's aggregate figures (core/trace/
// TraceStats.h) — batches created per week, volume by product, events by type, shipments
// by destination, open recalls by holder — and the open recalls as a table. Clicking a bar
// or slice asks for the batch list filtered to it (batchesRequested); double-clicking a
// recall opens the batch (batchRequested). refresh() re-reads the figures; while the page
// is hidden it only notes that they are stale and reads them when shown again, so that a
// ledger change does not cost the aggregate queries for a page nobody looks at.
class DashboardPage : public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(trace::TraceService& trace, QWidget* parent = nullptr);
    ~DashboardPage() override;

    QString title() const override;
    QIcon icon() const override;

    // How many weeks the weekly chart shows (12, 26 or 52), ending with the current week
    // (or, if the ledger has no batch in that span, with the week of the newest batch).
    int weeks() const;
    void setWeeks(int weeks);

public Q_SLOTS:
    void refresh() override;

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Card
    {
        QChartView* view = nullptr;
        QLabel* empty = nullptr;
        QStackedLayout* stack = nullptr;
    };
    Card makeCard(const char* name);
    void showChart(Card& card, QChart* chart);
    void showEmpty(Card& card, const QString& text);
    QChart* newChart(const QString& title) const;
    // Category labels on the left of a horizontal bar chart.
    void attachCategoryAxis(QChart* chart, QAbstractSeries* series, const QStringList& labels) const;
    // One bar set of counts per category (shipments by destination, recalls by holder).
    QChart* horizontalCountChart(const QString& title, QBarSet* set, const QStringList& labels, qint64 max,
                                 const QString& countTitle) const;
    void reload();
    void continueScan();
    void loadNames();
    void loadWeekly(const QList<trace::WeekCount>& counts);
    void loadVolume(const QList<trace::ProductVolume>& volumes);
    void loadEvents(const QList<trace::EventTypeCount>& counts);
    void loadDestinations(const QList<trace::DestinationShipments>& shipments);
    void loadRecalls(const QList<trace::BatchInfo>& recalls);
    void fail(const QString& what, const QString& message);
    QString productName(const QString& key) const;
    QString holderName(const QString& uri) const;
    QString quantityText(double quantity, const QString& unit) const;
    void showTip(const QString& text);

    QLabel* m_heading = nullptr;
    QLabel* m_updated = nullptr;
    QLabel* m_error = nullptr;
    QComboBox* m_period = nullptr;
    Card m_weekly;
    Card m_volume;
    Card m_events;
    Card m_destinations;
    Card m_recallsChart;
    QLabel* m_recallsHeading = nullptr;
    QTableWidget* m_recalls = nullptr;
    std::function<void()> m_retranslate;
    bool m_stale = true;
    bool m_hasBatches = false;
    qint64 m_weeksFrom = 0;                   // start of the weekly chart's first week
    std::unique_ptr<trace::StatsScan> m_scan; // figures being read, in slices
    int m_generation = 0;                     // of the scan: a newer one supersedes it

    QHash<QString, QString> m_productNames; // key → name in the UI's language
    QHash<QString, QString> m_partyNames;   // urn:suyuan:party:key → name
};

} // namespace suyuan::ui
