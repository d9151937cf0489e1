#pragma once

#include "labels/LabelRender.h"
#include "labels/LabelTemplate.h"
#include "trace/TraceService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace suyuan::ui {

// Prints a batch's QR labels (or exports them to PDF, PNG, SVG): template, copies, item
// serials, net quantity and best-before date, with a preview painted by the same routine
// as the print (labels::paintLabel), so what is seen is what prints.
class PrintLabelsDialog : public QDialog
{
    Q_OBJECT

public:
    PrintLabelsDialog(trace::TraceService& trace, const QString& batchId, QWidget* parent = nullptr);

    // The labels the current choices give (signed codes), or the error shown in the dialog.
    Result<QList<labels::LabelContent>> labels();
    labels::LabelTemplate currentTemplate() const;

    void print();
    void exportTo(const QString& path); // .pdf, .png or .svg (numbered files for several labels)

private:
    void updatePreview();
    void chooseExport();
    bool saveBase();

    trace::TraceService& m_trace;
    QString m_batchId;
    QComboBox* m_template = nullptr;
    QSpinBox* m_copies = nullptr;
    QCheckBox* m_serials = nullptr;
    QDoubleSpinBox* m_net = nullptr;
    QCheckBox* m_hasExpiry = nullptr;
    QDateEdit* m_expiry = nullptr;
    QLineEdit* m_base = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace suyuan::ui
