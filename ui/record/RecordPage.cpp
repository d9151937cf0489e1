#include "RecordPage.h"

#include "record/RecordForms.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>

namespace suyuan::ui {

RecordPage::RecordPage(trace::TraceService& trace, QWidget* parent) : Page(trace, parent)
{
    setObjectName(QStringLiteral("recordPage"));
    auto* layout = new QHBoxLayout(this);
    m_actions = new QListWidget(this);
    m_actions->setObjectName(QStringLiteral("actionsList"));
    m_actions->setAccessibleName(tr("Actions"));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("formsStack"));

    m_forms = {new HarvestForm(trace),   new FieldWorkForm(trace), new InspectionForm(trace),
               new ProcessForm(trace),   new PackForm(trace),      new ShipForm(trace),
               new ReceiveForm(trace),   new RecallForm(trace),    new SellForm(trace),
               new CorrectionForm(trace)};
    const QStringList hints = {
        tr("A new batch from the field"),
        tr("Fertilising, plant protection, irrigation … on a plot"),
        tr("An inspection or a lab result, with the report attached"),
        tr("Input batches become new batches"),
        tr("Batches into or out of a case or pallet"),
        tr("A batch leaves for another party"),
        tr("A batch arrives here"),
        tr("Stop a batch from being processed or sold"),
        tr("Goods sold to consumers or destroyed"),
        tr("Declare a wrong event withdrawn, then record the right one"),
    };
    for (int i = 0; i < m_forms.size(); ++i) {
        RecordForm* form = m_forms.at(i);
        auto* item = new QListWidgetItem(form->title(), m_actions);
        item->setData(Qt::UserRole, form->action());
        item->setToolTip(hints.value(i));
        auto* scroll = new QScrollArea(m_stack);
        scroll->setObjectName(form->action() + QStringLiteral("ScrollArea"));
        scroll->setWidgetResizable(true);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // forms follow the width
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(form);
        m_stack->addWidget(scroll);
        connect(form, &RecordForm::recorded, this, [this](const QString& message) {
            Q_EMIT ledgerChanged();
            Q_EMIT statusMessage(message);
        });
        connect(form, &RecordForm::actionRequested, this, &RecordPage::startAction);
    }
    // As wide as the longest action, no wider: the forms get the room.
    m_actions->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    int width = 0;
    for (int i = 0; i < m_actions->count(); ++i) {
        width = std::max(width, m_actions->fontMetrics().horizontalAdvance(m_actions->item(i)->text()));
    }
    m_actions->setFixedWidth(width + m_actions->fontMetrics().averageCharWidth() * 6);
    m_actions->setSpacing(2);
    layout->addWidget(m_actions);
    layout->addWidget(m_stack, 1);
    connect(m_actions, &QListWidget::currentRowChanged, this, &RecordPage::showForm);
    m_actions->setCurrentRow(0);
}

QString RecordPage::title() const
{
    return tr("Record");
}

QIcon RecordPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("document-edit"),
                            style()->standardIcon(QStyle::SP_FileDialogContentsView));
}

RecordForm* RecordPage::form(const QString& action) const
{
    for (RecordForm* f : m_forms) {
        if (f->action() == action) {
            return f;
        }
    }
    return nullptr;
}

RecordForm* RecordPage::currentForm() const
{
    const int row = m_actions->currentRow();
    return row >= 0 && row < m_forms.size() ? m_forms.at(row) : nullptr;
}

void RecordPage::setConfirmation(const ConfirmFn& confirm)
{
    for (RecordForm* f : m_forms) {
        f->setConfirmation(confirm);
    }
}

void RecordPage::refresh()
{
    if (RecordForm* f = currentForm()) {
        f->reload();
        f->validate();
    }
}

void RecordPage::showForm(int row)
{
    if (row < 0 || row >= m_forms.size()) {
        return;
    }
    m_stack->setCurrentIndex(row);
    // Master data may have changed while another form was shown.
    m_forms.at(row)->reload();
    m_forms.at(row)->validate();
}

void RecordPage::startAction(const QString& action, const QString& batchId)
{
    const int row = static_cast<int>(m_forms.indexOf(form(action)));
    if (row < 0) {
        return;
    }
    m_actions->setCurrentRow(row);
    RecordForm* f = m_forms.at(row);
    if (!batchId.isEmpty()) {
        f->prefill(batchId);
    }
    f->validate();
    f->focusFirstField();
}

} // namespace suyuan::ui
