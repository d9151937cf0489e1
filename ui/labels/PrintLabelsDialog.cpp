#include "PrintLabelsDialog.h"

#include "common/Style.h"
#include "labels/BatchLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace suyuan::ui {

PrintLabelsDialog::PrintLabelsDialog(trace::TraceService& trace, const QString& batchId, QWidget* parent)
    : QDialog(parent), m_trace(trace), m_batchId(batchId)
{
    setObjectName(QStringLiteral("printLabelsDialog"));
    setWindowTitle(tr("Print Labels"));
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    auto* form = new QFormLayout;
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("templateComboBox"));
    for (const QString& name : labels::templateNames()) {
        if (auto t = labels::templateByName(name)) {
            m_template->addItem(t->description(), name);
        }
    }
    const QString last =
        QSettings().value(QStringLiteral("labels/template"), labels::defaultTemplateName()).toString();
    m_template->setCurrentIndex(std::max(0, m_template->findData(last)));
    auto* templateLabel = new QLabel(tr("&Template:"), this);
    templateLabel->setBuddy(m_template);
    form->addRow(templateLabel, m_template);
    m_copies = new QSpinBox(this);
    m_copies->setObjectName(QStringLiteral("copiesSpinBox"));
    m_copies->setRange(1, 10000);
    auto* copiesLabel = new QLabel(tr("&Copies:"), this);
    copiesLabel->setBuddy(m_copies);
    form->addRow(copiesLabel, m_copies);
    m_serials = new QCheckBox(tr("Number each label (item &serials)"), this);
    m_serials->setObjectName(QStringLiteral("serialsCheckBox"));
    m_serials->setToolTip(tr("Each copy gets its own serial number and its own signed code, so that every "
                             "package can be told apart and a copied label stands out."));
    form->addRow(QString(), m_serials);
    m_net = new QDoubleSpinBox(this);
    m_net->setObjectName(QStringLiteral("netSpinBox"));
    m_net->setRange(0, 1e6);
    m_net->setDecimals(3);
    m_net->setSpecialValueText(tr("not printed"));
    auto* netLabel = new QLabel(tr("&Net quantity per package:"), this);
    netLabel->setBuddy(m_net);
    form->addRow(netLabel, m_net);
    m_hasExpiry = new QCheckBox(tr("&Best before:"), this);
    m_hasExpiry->setObjectName(QStringLiteral("expiryCheckBox"));
    m_expiry = new QDateEdit(QDate::currentDate().addMonths(3), this);
    m_expiry->setObjectName(QStringLiteral("expiryDateEdit"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setEnabled(false);
    form->addRow(m_hasExpiry, m_expiry);
    m_base = new QLineEdit(labels::labelBase(trace.ledger()), this);
    m_base->setObjectName(QStringLiteral("baseLineEdit"));
    m_base->setToolTip(tr("Where the consumer pages are published: a phone that scans the label opens "
                          "this address followed by the batch's code."));
    auto* baseLabel = new QLabel(tr("Web &address:"), this);
    baseLabel->setBuddy(m_base);
    form->addRow(baseLabel, m_base);
    left->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    left->addWidget(m_message);
    left->addStretch(1);
    auto* buttons = new QDialogButtonBox(this);
    auto* printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::AcceptRole);
    printButton->setObjectName(QStringLiteral("printPushButton"));
    auto* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportPushButton"));
    buttons->addButton(QDialogButtonBox::Close);
    left->addWidget(buttons);
    layout->addLayout(left);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_preview->setMinimumSize(360, 360);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    layout->addWidget(m_preview, 1);

    connect(m_template, &QComboBox::currentIndexChanged, this, &PrintLabelsDialog::updatePreview);
    connect(m_serials, &QCheckBox::toggled, this, &PrintLabelsDialog::updatePreview);
    connect(m_net, &QDoubleSpinBox::valueChanged, this, &PrintLabelsDialog::updatePreview);
    connect(m_hasExpiry, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    connect(m_hasExpiry, &QCheckBox::toggled, this, &PrintLabelsDialog::updatePreview);
    connect(m_expiry, &QDateEdit::dateChanged, this, &PrintLabelsDialog::updatePreview);
    connect(m_base, &QLineEdit::editingFinished, this, &PrintLabelsDialog::updatePreview);
    connect(printButton, &QPushButton::clicked, this, &PrintLabelsDialog::print);
    connect(exportButton, &QPushButton::clicked, this, &PrintLabelsDialog::chooseExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

labels::LabelTemplate PrintLabelsDialog::currentTemplate() const
{
    auto t = labels::templateByName(m_template->currentData().toString());
    return t ? t.value() : labels::templateByName(labels::defaultTemplateName()).value();
}

Result<QList<labels::LabelContent>> PrintLabelsDialog::labels()
{
    labels::BatchLabelOptions options;
    options.base = m_base->text().trimmed();
    options.netQuantity = m_net->value();
    if (m_hasExpiry->isChecked()) {
        options.expiry = m_expiry->date();
    }
    options.copies.copies = m_copies->value();
    options.copies.serials = m_serials->isChecked();
    return labels::batchLabels(m_trace, m_batchId, options);
}

void PrintLabelsDialog::updatePreview()
{
    labels::BatchLabelOptions options;
    options.base = m_base->text().trimmed();
    options.netQuantity = m_net->value();
    if (m_hasExpiry->isChecked()) {
        options.expiry = m_expiry->date();
    }
    options.copies.serials = m_serials->isChecked();
    auto one = labels::batchLabels(m_trace, m_batchId, options);
    if (!one) {
        m_message->setText(one.error().message);
        setTone(m_message, Tone::Error);
        m_previewLabel.reset();
        m_preview->clear();
        return;
    }
    m_previewLabel = one->first();
    paintPreview();
    const labels::LabelTemplate tmpl = currentTemplate();
    const bool example = m_base->text().trimmed().contains(QLatin1String("example"), Qt::CaseInsensitive);
    m_message->setText(example ? tr("The web address is an example: replace it with the address where your "
                                    "consumer pages will be published before you print for real.")
                               : tr("%1. The code is signed with this node's key.").arg(tmpl.description()));
    setTone(m_message, example ? Tone::Error : Tone::Hint);
}

void PrintLabelsDialog::paintPreview()
{
    if (!m_previewLabel) {
        return;
    }
    const labels::LabelTemplate tmpl = currentTemplate();
    // The preview is the print: the same painting at about screen size.
    const QSizeF mm = tmpl.labelMm;
    const double scale = std::min(m_preview->width() / mm.width(), m_preview->height() / mm.height()) * 0.9;
    QImage image(QSize(qRound(mm.width() * scale), qRound(mm.height() * scale)), QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        (void)labels::paintLabel(painter, QRectF(QPointF(0, 0), QSizeF(image.size())), tmpl, *m_previewLabel);
    }
    m_preview->setPixmap(QPixmap::fromImage(image));
}

Status PrintLabelsDialog::saveBase()
{
    if (auto st = labels::setLabelBase(m_trace.ledger(), m_base->text().trimmed()); !st) {
        m_message->setText(st.error().message);
        setTone(m_message, Tone::Error);
        m_base->setFocus();
        return st;
    }
    QSettings().setValue(QStringLiteral("labels/template"), m_template->currentData().toString());
    return {};
}

Result<QList<labels::LabelContent>> PrintLabelsDialog::prepare()
{
    if (auto st = saveBase(); !st) {
        return st.error();
    }
    auto contents = labels();
    if (!contents) {
        m_message->setText(contents.error().message);
        setTone(m_message, Tone::Error);
    }
    return contents;
}

void PrintLabelsDialog::showStatus(const Status& st, const QString& success)
{
    m_message->setText(st ? success : st.error().message);
    setTone(m_message, st ? Tone::Success : Tone::Error);
}

void PrintLabelsDialog::print()
{
    // The labels are checked and signed before the printer is chosen, so that an error shows
    // at once, not after the print dialog.
    auto contents = prepare();
    if (!contents) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Labels"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    (void)render(printer, contents.value());
}

Status PrintLabelsDialog::printTo(QPrinter& printer)
{
    auto contents = prepare();
    if (!contents) {
        return contents.error();
    }
    return render(printer, contents.value());
}

Status PrintLabelsDialog::render(QPrinter& printer, const QList<labels::LabelContent>& contents)
{
    printer.setFullPage(true); // renderPages places the labels on the whole sheet
    const Status st = labels::renderPages(printer, currentTemplate(), contents);
    // "Print to file" (PDF) has no printer name: say where the file went.
    const bool toFile = printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty();
    showStatus(st, toFile ? tr("%1 labels written to %2.")
                                .arg(contents.size())
                                .arg(QDir::toNativeSeparators(printer.outputFileName()))
                          : tr("%1 labels sent to %2.").arg(contents.size()).arg(printer.printerName()));
    return st;
}

void PrintLabelsDialog::chooseExport()
{
    const QString dir = QSettings().value(QStringLiteral("labels/exportDir")).toString();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Labels"), QDir(dir).filePath(tr("labels.pdf")),
                                     tr("PDF (*.pdf);;PNG image (*.png);;SVG image (*.svg)"));
    if (path.isEmpty()) {
        return;
    }
    QSettings().setValue(QStringLiteral("labels/exportDir"), QFileInfo(path).absolutePath());
    (void)exportTo(path);
}

Status PrintLabelsDialog::exportTo(const QString& path)
{
    auto contents = prepare();
    if (!contents) {
        return contents.error();
    }
    const auto files = labels::writeLabelFiles(path, currentTemplate(), contents.value());
    const Status st = files ? Status() : Status(files.error());
    showStatus(st, tr("%1 labels written to %2.").arg(contents->size()).arg(QDir::toNativeSeparators(path)));
    return st;
}

void PrintLabelsDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    // The preview is painted for the size it is shown at (the layout has placed it by now).
    paintPreview();
}

} // namespace suyuan::ui
