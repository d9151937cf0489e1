#include "DashboardPage.h"

#include "common/Style.h"
#include "trace/Gs1.h"
#include "trace/TraceStats.h"

#include <QAbstractItemView>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QStackedLayout>
#include <QStyle>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace suyuan::ui {

namespace {

constexpr qint64 kWeekMs = 7 * 86'400'000LL;
constexpr int kBatchIdRole = Qt::UserRole;
// Long product and party names are cut on the category axes; the tooltip has them whole.
constexpr int kMaxCategoryChars = 20;
// How many open recalls the table and the chart show at most.
constexpr int kMaxRecalls = 500;
// The figures are read in steps for at most this long per turn of the event loop.
constexpr qint64 kScanBudgetMs = 40;

bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

// Cut to about kMaxCategoryChars Latin characters' width (fewer Chinese ones, which are wider).
QString elided(const QFont& font, const QString& text)
{
    const QFontMetrics metrics(font);
    // Measured in digits, not the font's average (a CJK font's average is a CJK glyph's width).
    return metrics.elidedText(text, Qt::ElideRight,
                              metrics.horizontalAdvance(QLatin1Char('0')) * kMaxCategoryChars);
}

// Category labels a little smaller than the text around them, so that eight products fit
// one above the other in Chinese too.
QFont categoryFont(const QFont& base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.9);
    return f;
}

// Category axes drop duplicate labels; a product or party name can repeat, and unlabelled
// weeks are blanks. Zero-width spaces keep each one distinct without showing.
QStringList uniqueCategories(const QStringList& labels)
{
    QStringList out;
    for (const QString& label : labels) {
        // QBarCategoryAxis::append() skips null strings: a blank label is a zero-width space.
        QString l = label.isEmpty() ? QString(QChar(0x200B)) : label;
        while (out.contains(l)) {
            l += QChar(0x200B);
        }
        out << l;
    }
    return out;
}

// Light or dark charts, following the window's palette.
QChart::ChartTheme themeFor(const QWidget* widget)
{
    return widget->palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark
                                                                       : QChart::ChartThemeLight;
}

QValueAxis* countAxis(qint64 max)
{
    auto* axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setMin(0);
    // Whole numbers with at most five ticks: 0 … a round maximum above the largest count.
    const qint64 top = std::max<qint64>(4, max);
    const qint64 step = std::max<qint64>(1, static_cast<qint64>(std::ceil(static_cast<double>(top) / 4.0)));
    axis->setMax(static_cast<double>(step * 4));
    axis->setTickCount(5);
    return axis;
}

} // namespace

DashboardPage::DashboardPage(trace::TraceService& trace, QWidget* parent) : Page(trace, parent)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);

    auto* header = new QHBoxLayout;
    m_heading = new QLabel(content);
    m_heading->setObjectName(QStringLiteral("dashboardHeadingLabel"));
    makeHeading(m_heading);
    header->addWidget(m_heading);
    header->addStretch(1);
    m_updated = new QLabel(content);
    m_updated->setObjectName(QStringLiteral("updatedLabel"));
    setTone(m_updated, Tone::Hint);
    header->addWidget(m_updated);
    m_period = new QComboBox(content);
    m_period->setObjectName(QStringLiteral("periodComboBox"));
    for (int weeks : {12, 26, 52}) {
        m_period->addItem(QString(), weeks);
    }
    m_period->setCurrentIndex(1);
    auto* periodLabel = new QLabel(content);
    periodLabel->setObjectName(QStringLiteral("periodLabel"));
    periodLabel->setBuddy(m_period);
    header->addSpacing(12);
    header->addWidget(periodLabel);
    header->addWidget(m_period);
    auto* refreshButton = new QPushButton(content);
    refreshButton->setObjectName(QStringLiteral("refreshPushButton"));
    refreshButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    refreshButton->setShortcut(QKeySequence::Refresh);
    header->addWidget(refreshButton);
    layout->addLayout(header);

    m_error = new QLabel(content);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    setTone(m_error, Tone::Error);
    m_error->hide();
    layout->addWidget(m_error);

    auto* grid = new QGridLayout;
    grid->setSpacing(12);
    m_weekly = makeCard("weekly");
    m_volume = makeCard("volume");
    m_events = makeCard("events");
    m_destinations = makeCard("destinations");
    m_recallsChart = makeCard("recalls");
    const auto add = [grid](const Card& card, int row, int column, int columnSpan) {
        auto* holder = new QWidget;
        holder->setLayout(card.stack);
        holder->setMinimumSize(300, 240);
        grid->addWidget(holder, row, column, 1, columnSpan);
    };
    add(m_weekly, 0, 0, 2);
    add(m_events, 0, 2, 1);
    add(m_volume, 1, 0, 1);
    add(m_destinations, 1, 1, 1);
    add(m_recallsChart, 1, 2, 1);
    for (int c = 0; c < 3; ++c) {
        grid->setColumnStretch(c, 1);
    }
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 3);
    layout->addLayout(grid, 4);

    m_recallsHeading = new QLabel(content);
    m_recallsHeading->setObjectName(QStringLiteral("recallsHeadingLabel"));
    makeHeading(m_recallsHeading, 1.1);
    layout->addWidget(m_recallsHeading);
    m_recalls = new QTableWidget(0, 5, content);
    m_recalls->setObjectName(QStringLiteral("recallsTable"));
    m_recalls->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recalls->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recalls->setSelectionMode(QAbstractItemView::SingleSelection);
    m_recalls->setAlternatingRowColors(true);
    m_recalls->verticalHeader()->hide();
    m_recalls->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_recalls->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_recalls->setMinimumHeight(m_recalls->fontMetrics().height() * 6);
    m_recallsHeading->setBuddy(m_recalls);
    layout->addWidget(m_recalls, 1);
    connect(m_recalls, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        const QTableWidgetItem* first = m_recalls->item(item->row(), 0);
        if (first) {
            Q_EMIT batchRequested(first->data(kBatchIdRole).toString());
        }
    });

    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);

    // Texts (tr) in one place, so that a language change can set them again.
    const auto retranslate = [this, periodLabel, refreshButton] {
        m_heading->setText(tr("Dashboard"));
        periodLabel->setText(tr("&Period:"));
        m_period->setItemText(0, tr("Last 12 weeks"));
        m_period->setItemText(1, tr("Last 26 weeks"));
        m_period->setItemText(2, tr("Last 52 weeks"));
        m_period->setToolTip(tr("How many weeks the chart of batches created per week shows."));
        refreshButton->setText(tr("&Refresh"));
        refreshButton->setToolTip(tr("Read the figures from the ledger again (F5)."));
        m_recallsHeading->setText(tr("&Open recalls"));
        m_recalls->setHorizontalHeaderLabels(
            {tr("Lot"), tr("Product"), tr("Holder"), tr("Quantity"), tr("Batch created")});
        m_recalls->setToolTip(tr("Double-click a recalled batch (or press Enter) to open it."));
    };
    retranslate();
    m_retranslate = retranslate;
}

DashboardPage::~DashboardPage() = default;

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

QIcon DashboardPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogInfoView);
}

int DashboardPage::weeks() const
{
    return m_period->currentData().toInt();
}

void DashboardPage::setWeeks(int weeks)
{
    const int i = m_period->findData(weeks);
    if (i >= 0) {
        m_period->setCurrentIndex(i);
    }
}

DashboardPage::Card DashboardPage::makeCard(const char* name)
{
    Card card;
    card.view = new QChartView;
    card.view->setObjectName(QLatin1String(name) + QStringLiteral("ChartView"));
    card.view->setRenderHint(QPainter::Antialiasing);
    card.view->setFrameShape(QFrame::StyledPanel);
    card.empty = new QLabel;
    card.empty->setObjectName(QLatin1String(name) + QStringLiteral("EmptyLabel"));
    card.empty->setAlignment(Qt::AlignCenter);
    card.empty->setWordWrap(true);
    card.empty->setFrameShape(QFrame::StyledPanel);
    card.empty->setMargin(16);
    setTone(card.empty, Tone::Hint);
    card.stack = new QStackedLayout;
    card.stack->addWidget(card.view);
    card.stack->addWidget(card.empty);
    return card;
}

void DashboardPage::attachCategoryAxis(QChart* chart, QAbstractSeries* series,
                                       const QStringList& labels) const
{
    auto* axisY = new QBarCategoryAxis;
    axisY->append(uniqueCategories(labels));
    axisY->setTruncateLabels(false); // already cut to kMaxCategoryChars
    axisY->setLabelsFont(categoryFont(font()));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
}

QChart* DashboardPage::horizontalCountChart(const QString& title, QBarSet* set, const QStringList& labels,
                                            qint64 max, const QString& countTitle) const
{
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    QChart* chart = newChart(title);
    chart->addSeries(series);
    attachCategoryAxis(chart, series, labels);
    QValueAxis* axisX = countAxis(max);
    axisX->setTitleText(countTitle);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->hide();
    return chart;
}

QChart* DashboardPage::newChart(const QString& title) const
{
    auto* chart = new QChart;
    chart->setTheme(themeFor(this));
    chart->setTitle(title);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setFont(categoryFont(font()));
    return chart;
}

void DashboardPage::showChart(Card& card, QChart* chart)
{
    QChart* old = card.view->chart();
    card.view->setChart(chart);
    // The view gives up the previous chart without deleting it.
    delete old;
    card.stack->setCurrentWidget(card.view);
}

void DashboardPage::showEmpty(Card& card, const QString& text)
{
    card.empty->setText(text);
    card.stack->setCurrentWidget(card.empty);
}

void DashboardPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (m_stale) {
        reload();
    }
}

void DashboardPage::changeEvent(QEvent* event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_retranslate) {
        m_retranslate();
        m_stale = true;
        if (isVisible()) {
            reload();
        }
    }
}

void DashboardPage::refresh()
{
    if (!isVisible() || !isEnabled()) {
        m_stale = true;
        return;
    }
    reload();
}

void DashboardPage::reload()
{
    m_stale = false;
    m_error->hide();
    loadNames();
    // The weekly window: the chosen number of weeks up to the current one, or up to the
    // newest batch's week when none is that recent (a ledger not written to for a while).
    const int n = weeks();
    qint64 end = trace::weekStartMs(QDateTime::currentMSecsSinceEpoch()) + kWeekMs;
    auto newest = trace::newestBatchMs(m_trace);
    if (!newest) {
        fail(tr("Batches per week"), newest.error().message);
        return;
    }
    m_hasBatches = newest->has_value();
    if (m_hasBatches && **newest < end - n * kWeekMs) {
        end = trace::weekStartMs(**newest) + kWeekMs;
    }
    m_weeksFrom = end - n * kWeekMs;
    m_scan = std::make_unique<trace::StatsScan>(m_trace, kMaxRecalls);
    m_scan->setWeeks(m_weeksFrom, end);
    ++m_generation;
    continueScan();
}

void DashboardPage::continueScan()
{
    if (!m_scan) {
        return;
    }
    // Disabled: a worker (audit, import) holds the ledger, which is not thread-safe. Wait.
    if (!isEnabled()) {
        const int generation = m_generation;
        QTimer::singleShot(100, this, [this, generation] {
            if (generation == m_generation) {
                continueScan();
            }
        });
        return;
    }
    // A week of the weekly chart per step (a dense week of a large ledger is thousands of
    // index rows), then the kept totals; between steps the window keeps answering (the
    // ledger stays on this thread; it is not thread-safe).
    QElapsedTimer timer;
    timer.start();
    while (!m_scan->done() && timer.elapsed() < kScanBudgetMs) {
        auto step = m_scan->step();
        if (!step) {
            fail(tr("The figures"), step.error().message);
            m_scan.reset();
            return;
        }
    }
    if (!m_scan->done()) {
        const QString text = tr("Counting… %1%").arg(qRound(m_scan->progress() * 100));
        for (Card* card : {&m_weekly, &m_volume, &m_events, &m_destinations, &m_recallsChart}) {
            if (!card->view->chart() || card->stack->currentWidget() == card->empty) {
                showEmpty(*card, text);
            }
        }
        const int generation = m_generation;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation) {
                continueScan();
            }
        });
        return;
    }
    const std::unique_ptr<trace::StatsScan> scan = std::move(m_scan);
    loadWeekly(scan->weeks());
    loadVolume(scan->volumes());
    loadEvents(scan->eventTypes());
    loadDestinations(scan->shipments());
    loadRecalls(scan->recalls());
    m_updated->setText(tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

void DashboardPage::fail(const QString& what, const QString& message)
{
    m_error->setText(tr("%1 could not be read: %2").arg(what, message));
    m_error->show();
}

void DashboardPage::loadNames()
{
    m_productNames.clear();
    m_partyNames.clear();
    const bool zh = chineseUi();
    const auto pick = [zh](const QString& nameZh, const QString& nameEn, const QString& key) {
        const QString first = zh ? nameZh : nameEn;
        const QString second = zh ? nameEn : nameZh;
        return !first.isEmpty() ? first : !second.isEmpty() ? second : key;
    };
    if (auto products = m_trace.products()) {
        for (const trace::Product& p : *products) {
            m_productNames.insert(p.key, pick(p.nameZh, p.nameEn, p.key));
        }
    }
    if (auto parties = m_trace.parties()) {
        for (const trace::Party& p : *parties) {
            m_partyNames.insert(QStringLiteral("urn:suyuan:party:") + p.key, pick(p.nameZh, p.nameEn, p.key));
        }
    }
}

QString DashboardPage::productName(const QString& key) const
{
    return m_productNames.value(key, key);
}

QString DashboardPage::holderName(const QString& uri) const
{
    if (const auto it = m_partyNames.constFind(uri); it != m_partyNames.cend()) {
        return it.value();
    }
    const QString node = QStringLiteral("urn:suyuan:node:");
    if (uri.startsWith(node)) {
        return uri.mid(node.size()) == m_trace.ledger().nodeId()
                   ? tr("This node")
                   : tr("Node %1").arg(uri.mid(node.size()).left(8));
    }
    const QString party = QStringLiteral("urn:suyuan:party:");
    return uri.startsWith(party) ? uri.mid(party.size()) : uri;
}

QString DashboardPage::quantityText(double quantity, const QString& unit) const
{
    const QLocale locale;
    const double rounded = std::round(quantity * 1000.0) / 1000.0;
    const int decimals = rounded == std::floor(rounded) ? 0 : 3;
    QString number = locale.toString(rounded, 'f', decimals);
    if (decimals > 0) {
        while (number.endsWith(QLatin1Char('0'))) {
            number.chop(1);
        }
    }
    return tr("%1 %2", "quantity and unit").arg(number, gs1::unitName(unit));
}

void DashboardPage::showTip(const QString& text)
{
    QToolTip::showText(QCursor::pos(), text, this);
}

void DashboardPage::loadWeekly(const QList<trace::WeekCount>& counts)
{
    if (!m_hasBatches) {
        showEmpty(m_weekly, tr("No batches yet — record a harvest."));
        return;
    }
    const int n = weeks();
    const qint64 from = m_weeksFrom;
    QList<qint64> values(n, 0);
    qint64 max = 0;
    for (const trace::WeekCount& w : counts) {
        const qsizetype i = (w.weekStartMs - from) / kWeekMs;
        if (i >= 0 && i < n) {
            values[i] = w.batches;
            max = std::max(max, w.batches);
        }
    }
    // Every k-th week is labelled, the current (last) one always.
    const int k = std::max(1, (n + 7) / 8);
    const QLocale locale;
    QStringList labels;
    QList<QDate> dates;
    auto* set = new QBarSet(tr("Batches created"));
    for (int i = 0; i < n; ++i) {
        const QDate date = trace::weekStartDate(from + i * kWeekMs);
        dates << date;
        labels << ((n - 1 - i) % k == 0 ? locale.toString(date, tr("MMM d", "week label on the chart axis"))
                                        : QString());
        *set << static_cast<double>(values.at(i));
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.8);
    QChart* chart = newChart(tr("Batches created per week"));
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(uniqueCategories(labels));
    // Blank neighbours leave room: a label may be wider than its own bar.
    axisX->setTruncateLabels(false);
    axisX->setTitleText(tr("Week starting"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QValueAxis* axisY = countAxis(max);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->hide();
    connect(set, &QBarSet::hovered, this, [this, dates, values](bool on, int index) {
        if (on && index >= 0 && index < dates.size()) {
            showTip(tr("Week of %1: %2 batches created\nClick to list them.")
                        .arg(QLocale().toString(dates.at(index), QLocale::LongFormat))
                        .arg(values.at(index)));
        }
    });
    connect(set, &QBarSet::clicked, this, [this, from](int index) {
        trace::BatchFilter filter;
        filter.createdFromMs = from + index * kWeekMs;
        filter.createdToMs = filter.createdFromMs + kWeekMs;
        Q_EMIT batchesRequested(filter);
    });
    showChart(m_weekly, chart);
}

void DashboardPage::loadVolume(const QList<trace::ProductVolume>& list)
{
    const QList<trace::ProductVolume>* volumes = &list;
    if (volumes->isEmpty()) {
        showEmpty(m_volume, tr("No batches yet — record a harvest."));
        return;
    }
    QSet<QString> units;
    double max = 0;
    for (const trace::ProductVolume& v : *volumes) {
        units.insert(v.unit);
        max = std::max(max, v.produced);
    }
    // Kilograms in the tens of thousands read better as tonnes.
    const bool oneUnit = units.size() == 1;
    const bool tonnes = oneUnit && volumes->first().unit == QLatin1String("KGM") && max >= 10000;
    const double scale = tonnes ? 0.001 : 1.0;
    auto* produced = new QBarSet(tr("Produced"));
    auto* available = new QBarSet(tr("Available"));
    QStringList labels;
    QList<trace::ProductVolume> rows = *volumes;
    // Horizontal bars are drawn from the bottom up: the largest goes last, to the top.
    std::reverse(rows.begin(), rows.end());
    for (const trace::ProductVolume& v : std::as_const(rows)) {
        QString label = elided(categoryFont(font()), productName(v.productKey));
        if (!oneUnit) {
            label += QStringLiteral(" (%1)").arg(gs1::unitName(v.unit));
        }
        labels << label;
        *produced << v.produced * scale;
        *available << v.available * scale;
    }
    auto* series = new QHorizontalBarSeries;
    series->append(produced);
    series->append(available);
    QChart* chart = newChart(QString());
    chart->addSeries(series);
    attachCategoryAxis(chart, series, labels);
    auto* axisX = new QValueAxis;
    axisX->setMin(0);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    // The unit goes into the title: an axis title would take a line of the category labels' room.
    chart->setTitle(tonnes    ? tr("Volume by product (%1)").arg(gs1::unitName(QStringLiteral("TNE")))
                    : oneUnit ? tr("Volume by product (%1)").arg(gs1::unitName(volumes->first().unit))
                              : tr("Volume by product (each in its product's unit)"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    axisX->setTickCount(5);
    axisX->applyNiceNumbers();
    chart->legend()->setAlignment(Qt::AlignBottom);
    const auto tip = [this, rows](int index) {
        if (index < 0 || index >= rows.size()) {
            return;
        }
        const trace::ProductVolume& v = rows.at(index);
        showTip(tr("%1\nProduced: %2\nAvailable: %3\nBatches: %4\nClick to list its batches.")
                    .arg(productName(v.productKey), quantityText(v.produced, v.unit),
                         quantityText(v.available, v.unit))
                    .arg(v.batches));
    };
    const auto click = [this, rows](int index) {
        if (index >= 0 && index < rows.size()) {
            trace::BatchFilter filter;
            filter.productKey = rows.at(index).productKey;
            Q_EMIT batchesRequested(filter);
        }
    };
    for (QBarSet* set : {produced, available}) {
        connect(set, &QBarSet::hovered, this, [tip](bool on, int index) {
            if (on) {
                tip(index);
            }
        });
        connect(set, &QBarSet::clicked, this, click);
    }
    showChart(m_volume, chart);
}

void DashboardPage::loadEvents(const QList<trace::EventTypeCount>& list)
{
    const QList<trace::EventTypeCount>* counts = &list;
    if (counts->isEmpty()) {
        showEmpty(m_events, tr("No events yet — record a harvest."));
        return;
    }
    // The operator's words for the EPCIS steps; several steps may share one (processing).
    struct Group
    {
        QString label;
        // The batch list a click opens: batches with such an event, or (corrections) with
        // this status; nothing for the rest.
        QString status;
        QString eventType;
        QStringList eventSteps;
        qint64 events = 0;
    };
    QList<Group> groups;
    const QString ns = QStringLiteral("https://suyuan.example/ns/");
    for (const trace::EventTypeCount& c : *counts) {
        QString label;
        QString status;
        const QString step = c.bizStep.startsWith(ns) ? c.bizStep.mid(ns.size()) : c.bizStep;
        if (c.correction) {
            label = tr("Corrections");
            status = QStringLiteral("withdrawn");
        } else if (c.type == QLatin1String("TransformationEvent")) {
            label = tr("Processing");
        } else if (c.type == QLatin1String("AggregationEvent")) {
            label = step == QLatin1String("unpacking") ? tr("Unpacking") : tr("Packing into cases");
        } else if (step == QLatin1String("commissioning")) {
            label = tr("Harvests");
        } else if (step == QLatin1String("field_work")) {
            label = tr("Field work");
        } else if (step == QLatin1String("inspecting")) {
            label = tr("Inspections");
        } else if (step == QLatin1String("sampling")) {
            label = tr("Lab tests");
        } else if (step == QLatin1String("shipping") || step == QLatin1String("departing")) {
            label = tr("Shipments");
        } else if (step == QLatin1String("receiving") || step == QLatin1String("arriving")) {
            label = tr("Receipts");
        } else if (step == QLatin1String("retail_selling")) {
            label = tr("Sales");
        } else if (step == QLatin1String("destroying")) {
            label = tr("Destructions");
        } else if (step == QLatin1String("holding")) {
            label = tr("Recalls");
        } else {
            label = step.isEmpty() ? tr("Other") : step;
        }
        const bool other = label == tr("Other");
        auto it =
            std::find_if(groups.begin(), groups.end(), [&label](const Group& g) { return g.label == label; });
        if (it == groups.end()) {
            Group g{label, c.correction ? status : QString(), {}, {}, 0};
            if (!c.correction && !other) {
                g.eventType = c.type;
                // Processing is any transformation, whatever its step.
                if (c.type != QLatin1String("TransformationEvent")) {
                    g.eventSteps << c.bizStep;
                }
            }
            it = groups.insert(groups.end(), g);
        } else if (!it->eventType.isEmpty() && it->eventType == c.type && !it->eventSteps.isEmpty() &&
                   !it->eventSteps.contains(c.bizStep)) {
            it->eventSteps << c.bizStep;
        }
        it->events += c.events;
    }
    std::stable_sort(groups.begin(), groups.end(),
                     [](const Group& a, const Group& b) { return a.events > b.events; });
    qint64 total = 0;
    for (const Group& g : std::as_const(groups)) {
        total += g.events;
    }
    auto* series = new QPieSeries;
    series->setPieSize(0.8);
    series->setHorizontalPosition(0.5);
    series->setHoleSize(0.35);
    const QLocale locale;
    for (const Group& g : std::as_const(groups)) {
        QPieSlice* slice = series->append(tr("%1 (%2)").arg(g.label, locale.toString(g.events)),
                                          static_cast<double>(g.events));
        slice->setLabelVisible(false);
        const double share =
            total > 0 ? 100.0 * static_cast<double>(g.events) / static_cast<double>(total) : 0;
        const QString tipText = tr("%1: %2 events (%3%)")
                                    .arg(g.label, locale.toString(g.events), locale.toString(share, 'f', 1)) +
                                (g.status.isEmpty() && g.eventType.isEmpty()
                                     ? QString()
                                     : QLatin1Char('\n') + tr("Click to list the batches."));
        connect(slice, &QPieSlice::hovered, this, [this, slice, tipText](bool on) {
            slice->setExploded(on);
            if (on) {
                showTip(tipText);
            }
        });
        trace::BatchFilter filter;
        filter.status = g.status;
        filter.eventType = g.eventType;
        filter.eventSteps = g.eventSteps;
        connect(slice, &QPieSlice::clicked, this, [this, filter] {
            if (!filter.status.isEmpty() || !filter.eventType.isEmpty()) {
                Q_EMIT batchesRequested(filter);
            }
        });
    }
    QChart* chart = newChart(tr("Events by type"));
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    showChart(m_events, chart);
}

void DashboardPage::loadDestinations(const QList<trace::DestinationShipments>& list)
{
    const QList<trace::DestinationShipments>* shipments = &list;
    // One bar per destination; several units of one destination are summed in the tooltip.
    struct Row
    {
        QString destination;
        qint64 shipments = 0;
        QStringList quantities;
    };
    QList<Row> rows;
    for (const trace::DestinationShipments& d : *shipments) {
        auto it = std::find_if(rows.begin(), rows.end(),
                               [&d](const Row& r) { return r.destination == d.destination; });
        if (it == rows.end()) {
            rows.append({d.destination, 0, {}});
            it = rows.end() - 1;
        }
        it->shipments += d.shipments;
        it->quantities << quantityText(d.quantity, d.unit);
    }
    if (rows.isEmpty()) {
        showEmpty(m_destinations, tr("No shipments yet."));
        return;
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.shipments > b.shipments; });
    std::reverse(rows.begin(), rows.end());
    auto* set = new QBarSet(tr("Shipments"));
    QStringList labels;
    qint64 max = 0;
    for (const Row& r : std::as_const(rows)) {
        labels << elided(categoryFont(font()), holderName(r.destination));
        *set << static_cast<double>(r.shipments);
        max = std::max(max, r.shipments);
    }
    QChart* chart = horizontalCountChart(tr("Shipments by destination"), set, labels, max, tr("Shipments"));
    connect(set, &QBarSet::hovered, this, [this, rows](bool on, int index) {
        if (on && index >= 0 && index < rows.size()) {
            const Row& r = rows.at(index);
            showTip(tr("%1\n%2 shipments, %3\nClick to list the batches it holds.")
                        .arg(holderName(r.destination))
                        .arg(r.shipments)
                        .arg(r.quantities.join(QStringLiteral(", "))));
        }
    });
    connect(set, &QBarSet::clicked, this, [this, rows](int index) {
        if (index >= 0 && index < rows.size()) {
            trace::BatchFilter filter;
            filter.holder = rows.at(index).destination;
            Q_EMIT batchesRequested(filter);
        }
    });
    showChart(m_destinations, chart);
}

void DashboardPage::loadRecalls(const QList<trace::BatchInfo>& list)
{
    const QList<trace::BatchInfo>* recalls = &list;
    const QLocale locale;
    m_recalls->setSortingEnabled(false);
    m_recalls->setRowCount(static_cast<int>(recalls->size()));
    int row = 0;
    for (const trace::BatchInfo& b : *recalls) {
        auto* lot = new QTableWidgetItem(b.lot);
        lot->setData(kBatchIdRole, b.batch);
        lot->setToolTip(b.batch);
        m_recalls->setItem(row, 0, lot);
        m_recalls->setItem(row, 1, new QTableWidgetItem(productName(b.productKey)));
        m_recalls->setItem(row, 2, new QTableWidgetItem(holderName(b.holder)));
        auto* quantity = new QTableWidgetItem(quantityText(b.available(), b.unit));
        quantity->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_recalls->setItem(row, 3, quantity);
        m_recalls->setItem(row, 4,
                           new QTableWidgetItem(locale.toString(QDateTime::fromMSecsSinceEpoch(b.createdMs),
                                                                QLocale::ShortFormat)));
        ++row;
    }

    struct Row
    {
        QString holder;
        qint64 batches = 0;
    };
    QList<Row> rows;
    for (const trace::BatchInfo& b : *recalls) {
        auto it = std::find_if(rows.begin(), rows.end(), [&b](const Row& r) { return r.holder == b.holder; });
        if (it == rows.end()) {
            rows.append({b.holder, 1});
        } else {
            ++it->batches;
        }
    }
    if (rows.isEmpty()) {
        showEmpty(m_recallsChart, tr("No open recalls."));
        m_recalls->hide();
        m_recallsHeading->setText(tr("&Open recalls: none"));
        return;
    }
    m_recalls->show();
    m_recallsHeading->setText(tr("&Open recalls"));
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.batches > b.batches; });
    std::reverse(rows.begin(), rows.end());
    auto* set = new QBarSet(tr("Recalled batches"));
    set->setColor(QColor(0xc6, 0x28, 0x28));
    QStringList labels;
    qint64 max = 0;
    for (const Row& r : std::as_const(rows)) {
        labels << elided(categoryFont(font()), holderName(r.holder));
        *set << static_cast<double>(r.batches);
        max = std::max(max, r.batches);
    }
    QChart* chart =
        horizontalCountChart(tr("Open recalls by holder"), set, labels, max, tr("Recalled batches"));
    connect(set, &QBarSet::hovered, this, [this, rows](bool on, int index) {
        if (on && index >= 0 && index < rows.size()) {
            showTip(tr("%1 holds %2 recalled batches.\nClick to list them.")
                        .arg(holderName(rows.at(index).holder))
                        .arg(rows.at(index).batches));
        }
    });
    connect(set, &QBarSet::clicked, this, [this, rows](int index) {
        if (index >= 0 && index < rows.size()) {
            trace::BatchFilter filter;
            filter.status = QStringLiteral("recalled");
            filter.holder = rows.at(index).holder;
            Q_EMIT batchesRequested(filter);
        }
    });
    showChart(m_recallsChart, chart);
}

} // namespace suyuan::ui
