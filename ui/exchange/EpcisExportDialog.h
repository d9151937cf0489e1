#pragma once

#include "trace/Epcis.h"
#include "trace/TraceService.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace suyuan::ui {

// Asks which events an EPCIS export holds: everything, the events of a date range (local
// days, both inclusive), or the genealogy of one batch (typed or scanned: a lot, batch id or
// Digital Link). The batch is looked up as it is typed (an indexed query), so the Export
// button is enabled only for a batch the ledger holds. Runs on the GUI thread: open it only
// while no worker holds the ledger.
class EpcisExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EpcisExportDialog(trace::TraceService& trace, QWidget* parent = nullptr);

    // What was chosen (meaningful once accepted). A genealogy names the resolved batch id.
    trace::EpcisSelection selection() const;
    // A short name for the file name suggested next: "all", "2026-01-01_2026-01-31", the lot.
    QString fileNameHint() const;

    void accept() override;

private:
    bool validate();

    trace::TraceService& m_trace;
    QRadioButton* m_allRadio = nullptr;
    QRadioButton* m_rangeRadio = nullptr;
    QRadioButton* m_batchRadio = nullptr;
    QDateEdit* m_fromEdit = nullptr;
    QDateEdit* m_toEdit = nullptr;
    QLineEdit* m_batchEdit = nullptr;
    QLabel* m_batchLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QString m_resolvedBatch;
    QString m_resolvedLot;
};

} // namespace suyuan::ui
