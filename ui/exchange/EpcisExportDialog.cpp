#include "EpcisExportDialog.h"

#include "batches/BatchText.h"
#include "common/Style.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace suyuan::ui {

namespace {

QFormLayout* indentedForm(QVBoxLayout* parent, QWidget* owner)
{
    auto* form = new QFormLayout;
    // Indent the fields of an option under its radio button's text.
    const int indent = owner->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                       owner->style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    form->setContentsMargins(indent, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    parent->addLayout(form);
    return form;
}

} // namespace

EpcisExportDialog::EpcisExportDialog(trace::TraceService& trace, QWidget* parent)
    : QDialog(parent), m_trace(trace)
{
    setObjectName(QStringLiteral("epcisExportDialog"));
    setWindowTitle(tr("Export EPCIS"));
    auto* layout = new QVBoxLayout(this);

    auto* heading = new QLabel(tr("Which events should the file hold?"), this);
    heading->setObjectName(QStringLiteral("headingLabel"));
    makeHeading(heading, 1.15);
    layout->addWidget(heading);

    auto* group = new QButtonGroup(this);
    m_allRadio = new QRadioButton(tr("&All events in the ledger"), this);
    m_allRadio->setObjectName(QStringLiteral("allRadioButton"));
    m_allRadio->setChecked(true);
    group->addButton(m_allRadio);
    layout->addWidget(m_allRadio);

    m_rangeRadio = new QRadioButton(tr("Events in a &date range"), this);
    m_rangeRadio->setObjectName(QStringLiteral("rangeRadioButton"));
    m_rangeRadio->setToolTip(tr("Events that happened on these days (local time), the last day included."));
    group->addButton(m_rangeRadio);
    layout->addWidget(m_rangeRadio);
    QFormLayout* rangeForm = indentedForm(layout, this);
    const QDate today = QDate::currentDate();
    // The locale's short date, with the year in full (en_US gives "M/d/yy").
    QString dateFormat = QLocale().dateFormat(QLocale::ShortFormat);
    if (!dateFormat.contains(QLatin1String("yyyy"))) {
        dateFormat.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    }
    m_fromEdit = new QDateEdit(today.addMonths(-1), this);
    m_fromEdit->setObjectName(QStringLiteral("fromDateEdit"));
    m_toEdit = new QDateEdit(today, this);
    m_toEdit->setObjectName(QStringLiteral("toDateEdit"));
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateFormat);
    }
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_fromEdit);
    auto* toLabel = new QLabel(tr("&To (included):"), this);
    toLabel->setBuddy(m_toEdit);
    rangeForm->addRow(fromLabel, m_fromEdit);
    rangeForm->addRow(toLabel, m_toEdit);

    m_batchRadio = new QRadioButton(tr("The &genealogy of one batch"), this);
    m_batchRadio->setObjectName(QStringLiteral("batchRadioButton"));
    m_batchRadio->setToolTip(tr("The batch, every batch it came from or went into, and all their events: "
                                "what a recall or an auditor asks for."));
    group->addButton(m_batchRadio);
    layout->addWidget(m_batchRadio);
    QFormLayout* batchForm = indentedForm(layout, this);
    m_batchEdit = new QLineEdit(this);
    m_batchEdit->setObjectName(QStringLiteral("batchLineEdit"));
    m_batchEdit->setPlaceholderText(tr("Lot, batch id or scanned label"));
    m_batchEdit->setToolTip(tr("Type the lot code, or scan the QR label of the batch."));
    m_batchEdit->setClearButtonEnabled(true);
    auto* batchLabel = new QLabel(tr("&Batch:"), this);
    batchLabel->setBuddy(m_batchEdit);
    batchForm->addRow(batchLabel, m_batchEdit);
    m_batchLabel = new QLabel(this);
    m_batchLabel->setObjectName(QStringLiteral("batchFoundLabel"));
    m_batchLabel->setWordWrap(true);
    setTone(m_batchLabel, Tone::Hint);
    // Room for a product name in two languages, so that the dialog does not jump.
    m_batchLabel->setMinimumHeight(3 * m_batchLabel->fontMetrics().lineSpacing() +
                                   m_batchLabel->fontMetrics().descent());
    m_batchLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    batchForm->addRow(QString(), m_batchLabel);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    setTone(m_errorLabel, Tone::Error);
    m_errorLabel->setMinimumHeight(m_errorLabel->fontMetrics().lineSpacing());
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Export…"));
    ok->setObjectName(QStringLiteral("exportPushButton"));
    ok->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EpcisExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EpcisExportDialog::reject);
    layout->addWidget(m_buttons);

    // Choosing an option's field chooses the option.
    connect(m_fromEdit, &QDateEdit::dateChanged, this, [this] {
        m_rangeRadio->setChecked(true);
        validate();
    });
    connect(m_toEdit, &QDateEdit::dateChanged, this, [this] {
        m_rangeRadio->setChecked(true);
        validate();
    });
    connect(m_batchEdit, &QLineEdit::textEdited, this, [this] {
        m_batchRadio->setChecked(true);
        validate();
    });
    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool checked) {
        if (checked) {
            validate();
        }
    });

    setTabOrder(m_allRadio, m_rangeRadio);
    setTabOrder(m_rangeRadio, m_fromEdit);
    setTabOrder(m_fromEdit, m_toEdit);
    setTabOrder(m_toEdit, m_batchRadio);
    setTabOrder(m_batchRadio, m_batchEdit);
    setTabOrder(m_batchEdit, m_buttons);

    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    validate();
    m_allRadio->setFocus();
}

bool EpcisExportDialog::validate()
{
    QString problem;
    m_resolvedBatch.clear();
    m_resolvedLot.clear();
    m_batchLabel->clear();
    const QString text = m_batchEdit->text().trimmed();
    if (!text.isEmpty()) {
        auto id = m_trace.resolveBatch(text);
        auto info = id ? m_trace.batch(id.value()) : Result<std::optional<trace::BatchInfo>>(id.error());
        if (info && info.value()) {
            const trace::BatchInfo& batch = *info.value();
            m_resolvedBatch = batch.batch;
            m_resolvedLot = batch.lot;
            QString name = batch.productKey;
            if (auto product = m_trace.product(batch.productKey); product && product.value()) {
                const trace::Product& p = *product.value();
                // The Chinese name alone in a Chinese interface; both otherwise, Chinese first.
                name = QLocale().language() == QLocale::Chinese && !p.nameZh.isEmpty()
                           ? p.nameZh
                           : BatchText::displayName(p.nameZh, p.nameEn);
            }
            m_batchLabel->setText(
                tr("%1, lot %2, %3 produced")
                    .arg(name, batch.lot, BatchText::quantityText(batch.produced, batch.unit)));
        }
    }
    if (m_rangeRadio->isChecked() && m_fromEdit->date() > m_toEdit->date()) {
        problem = tr("The first day comes after the last one.");
    } else if (m_batchRadio->isChecked()) {
        if (text.isEmpty()) {
            problem = tr("Enter the lot of the batch.");
        } else if (m_resolvedBatch.isEmpty()) {
            problem = tr("The ledger holds no batch “%1”.").arg(text);
        }
    }
    m_errorLabel->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    return problem.isEmpty();
}

void EpcisExportDialog::accept()
{
    if (validate()) {
        QDialog::accept();
    }
}

trace::EpcisSelection EpcisExportDialog::selection() const
{
    if (m_rangeRadio->isChecked()) {
        return trace::EpcisSelection::timeRange(QDateTime(m_fromEdit->date(), QTime(0, 0)),
                                                QDateTime(m_toEdit->date().addDays(1), QTime(0, 0)));
    }
    if (m_batchRadio->isChecked()) {
        return trace::EpcisSelection::genealogy(m_resolvedBatch);
    }
    return trace::EpcisSelection::all();
}

QString EpcisExportDialog::fileNameHint() const
{
    if (m_rangeRadio->isChecked()) {
        return m_fromEdit->date().toString(Qt::ISODate) + QLatin1Char('_') +
               m_toEdit->date().toString(Qt::ISODate);
    }
    if (m_batchRadio->isChecked()) {
        return m_resolvedLot;
    }
    return QStringLiteral("all");
}

} // namespace suyuan::ui
