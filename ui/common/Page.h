#pragma once

#include "trace/TraceService.h"

#include <QIcon>
#include <QString>
#include <QWidget>

namespace suyuan::ui {

// One page of the main window (Dashboard, Batches, Record, Master data, Audit …). The main
// window owns the ledger and the TraceService and hands every page the same one. Pages run
// their quick queries (a page of batches, one batch's events) on the GUI thread; those are
// indexed and cost milliseconds on any ledger size. Long work (audit, import, export) goes
// through the main window, which disables the pages while a worker holds the ledger
// (Ledger is not thread-safe): a page must not keep a pointer to rows across refresh().
class Page : public QWidget
{
    Q_OBJECT

public:
    Page(trace::TraceService& trace, QWidget* parent = nullptr) : QWidget(parent), m_trace(trace) {}

    // The page's name in the navigation list and window title; translated (tr()).
    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }

public Q_SLOTS:
    // The ledger changed (this page or another wrote, an import finished) or the page is
    // shown again: re-read what is on screen, keeping the selection and filters.
    virtual void refresh() {}

Q_SIGNALS:
    // Open the detail of a batch (batch id as TraceService uses it).
    void batchRequested(const QString& batchId);
    // Show the batch list with this filter (a dashboard bar or slice was clicked).
    void batchesRequested(const suyuan::trace::BatchFilter& filter);
    // This page wrote to the ledger: the others refresh, the status bar recounts.
    void ledgerChanged();
    // A short note for the status bar ("Harvest recorded: batch FJ-2611").
    void statusMessage(const QString& message);

protected:
    trace::TraceService& m_trace;
};

} // namespace suyuan::ui
