#pragma once

#include "labels/LabelRender.h"
#include "labels/LabelTemplate.h"
#include "trace/TraceService.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPrinter;
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

    // Asks for a printer (QPrintDialog), then printTo() it.
    void print();
    // Prints the current labels on printer as it is set up (a printer from the print dialog,
    // or a PDF file: QPrinter::PdfFormat with an output file name): stores the base address,
    // signs the labels, renders them full page at the template's page size and says so in the
    // message line. Nothing is printed when the base address or a label is invalid; the
    // error is shown and returned.
    Status printTo(QPrinter& printer);
    // .pdf, .png or .svg (numbered files for several labels); nothing is written on error.
    Status exportTo(const QString& path);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updatePreview();
    void paintPreview(); // m_previewLabel at the preview's current size
    void chooseExport();
    Status saveBase();
    // saveBase() and labels(), with any error shown in the message line.
    Result<QList<labels::LabelContent>> prepare();
    Status render(QPrinter& printer, const QList<labels::LabelContent>& contents);
    void showStatus(const Status& st, const QString& success);

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
    std::optional<labels::LabelContent> m_previewLabel;
};

} // namespace suyuan::ui
