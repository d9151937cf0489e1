#include "RecordForms.h"
#include "RecordTables.h"

#include "trace/Gs1.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace suyuan::ui {

// ---- ProcessForm ------------------------------------------------------------------------------

namespace {
enum OutputColumn
{
    ProductColumn,
    LotColumn,
    QuantityColumn,
    UnitColumn
};
} // namespace

ProcessForm::ProcessForm(trace::TraceService& trace, QWidget* parent) : RecordForm(trace, parent)
{
    setObjectName(QStringLiteral("processForm"));
    setIntro(tr("Process / split / merge"),
             tr("Input batches (all or part of each) become new batches: grading, pickling, drying, "
                "splitting one batch or merging several. The inputs' available quantities are shown."));
    m_inputs = new PortionTable(trace, this);
    m_inputs->setObjectName(QStringLiteral("inputsTable"));
    m_inputs->setStatusFilter(QStringLiteral("active"));
    m_inputsLine = addField(tr("&Inputs:"), m_inputs,
                            tr("The batches used and how much of each (at most what is available)"));
    connect(m_inputs, &PortionTable::changed, this, &ProcessForm::validate);

    auto* outputs = new QWidget(this);
    auto* outputsLayout = new QVBoxLayout(outputs);
    outputsLayout->setContentsMargins(0, 0, 0, 0);
    m_outputs = new RowTable({tr("Product"), tr("Lot code"), tr("Quantity"), tr("Unit")}, outputs);
    m_outputs->setObjectName(QStringLiteral("outputsTable"));
    m_outputs->setStretchColumn(ProductColumn);
    connect(m_outputs, &RowTable::rowsChanged, this, &ProcessForm::validate);
    auto* add = new QPushButton(tr("Add o&utput"), outputs);
    add->setObjectName(QStringLiteral("addOutputPushButton"));
    connect(add, &QPushButton::clicked, this, &ProcessForm::addOutput);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(add);
    addRow->addStretch(1);
    outputsLayout->addWidget(m_outputs);
    outputsLayout->addLayout(addRow);
    outputs->setFocusProxy(add);
    m_outputsLine = addField(tr("Outputs:"), outputs,
                             tr("The new batches made: product, lot code and quantity. Outputs may exceed "
                                "inputs of the same unit by at most 5 % (brine, water)."));

    m_step = new QComboBox(this);
    m_step->setObjectName(QStringLiteral("stepCombo"));
    m_step->addItem(tr("Processing (general)"), QStringLiteral("commissioning"));
    m_step->addItem(tr("Grading and packing"), QStringLiteral("packing"));
    m_step->addItem(tr("Repacking / splitting"), QStringLiteral("repackaging"));
    m_step->addItem(tr("Pickling (腌制)"), suyuanStep("pickling"));
    m_step->addItem(tr("Drying"), suyuanStep("drying"));
    m_step->addItem(tr("Washing"), suyuanStep("washing"));
    addField(tr("&Step:"), m_step, tr("What was done (a GS1 CBV business step, or ours where CBV has none)"));
    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("locationCombo"));
    addField(tr("&Where:"), m_location);
    m_time = makeTimeEdit();
    m_timeLine = addField(tr("&Time:"), m_time);
    finish(tr("&Record processing"));
    reload();
    addOutput();
}

QString ProcessForm::title() const
{
    return tr("Process / split / merge");
}

void ProcessForm::reload()
{
    RecordForm::reload();
    fillLocations(m_location, true, QStringLiteral("processing_site"));
    for (int r = 0; r < m_outputs->rowCount(); ++r) {
        fillProducts(m_outputs->cell<QComboBox>(r, ProductColumn));
    }
    validate();
}

void ProcessForm::prefill(const QString& batchId)
{
    m_inputs->addBatch(batchId);
}

void ProcessForm::addOutput()
{
    auto* product = new QComboBox;
    product->setObjectName(QStringLiteral("outputProductCombo"));
    fillProducts(product);
    auto* lot = new QLineEdit;
    lot->setObjectName(QStringLiteral("outputLotEdit"));
    lot->setToolTip(tr("The new batch's lot code (up to 20 letters, digits and - . / _)"));
    auto* quantity = new QLineEdit;
    quantity->setObjectName(QStringLiteral("outputQuantityEdit"));
    quantity->setAlignment(Qt::AlignRight);
    auto* unit = new QLabel;
    unit->setContentsMargins(4, 0, 4, 0);
    const auto showUnit = [this, product, unit] {
        for (const trace::Product& p : products()) {
            if (p.key == product->currentData().toString()) {
                unit->setText(gs1::unitName(p.unit));
                unit->setProperty("unit", p.unit);
            }
        }
    };
    connect(product, &QComboBox::currentIndexChanged, unit, showUnit);
    showUnit();
    m_outputs->addRow({product, lot, quantity, unit});
}

void ProcessForm::check()
{
    const QStringList inputProblems = m_inputs->problems();
    if (!m_inputs->batchEdit()->text().trimmed().isEmpty() && !m_inputs->batchEdit()->batch()) {
        fail(m_inputsLine, m_inputs->pendingProblem());
    } else if (!inputProblems.isEmpty()) {
        fail(m_inputsLine, inputProblems.join(QLatin1Char('\n')));
    } else if (m_inputs->count() == 0) {
        missing(m_inputsLine, tr("Add at least one input batch."));
    }
    QHash<QString, double> in;
    for (const trace::Portion& p : m_inputs->portions()) {
        in[p.unit] += p.quantity;
    }
    QHash<QString, double> out;
    QStringList lots;
    if (m_outputs->rowCount() == 0) {
        missing(m_outputsLine, tr("Add at least one output batch."));
    }
    for (int r = 0; r < m_outputs->rowCount(); ++r) {
        auto* product = m_outputs->cell<QComboBox>(r, ProductColumn);
        const QString lot = m_outputs->cell<QLineEdit>(r, LotColumn)->text().trimmed();
        const QString quantity = m_outputs->cell<QLineEdit>(r, QuantityColumn)->text();
        const QString unit = m_outputs->cell<QLabel>(r, UnitColumn)->property("unit").toString();
        const auto q = parseQuantity(quantity);
        if (product->count() == 0) {
            fail(m_outputsLine, tr("There are no products yet: add one under Master data first."));
        } else if (lot.isEmpty()) {
            missing(m_outputsLine, tr("Output %1: type the lot code.").arg(r + 1));
        } else if (auto ok = gs1::checkLot(lot); !ok) {
            fail(m_outputsLine, tr("Output %1: %2").arg(r + 1).arg(ok.error().message));
        } else if (lots.contains(lot)) {
            fail(m_outputsLine, tr("Output %1: lot %2 is named twice.").arg(r + 1).arg(lot));
        } else if (quantity.trimmed().isEmpty()) {
            missing(m_outputsLine, tr("Output %1: type the quantity.").arg(r + 1));
        } else if (!q || !(*q > 0)) {
            fail(m_outputsLine, tr("Output %1: the quantity must be a number above zero.").arg(r + 1));
        } else {
            for (const trace::Product& p : products()) {
                if (p.key != product->currentData().toString()) {
                    continue;
                }
                auto existing = m_trace.batch(m_trace.batchIdFor(p, lot));
                if (existing && existing->has_value() &&
                    existing->value().status != QLatin1String("withdrawn")) {
                    fail(m_outputsLine, tr("Output %1: batch %2 exists already.").arg(r + 1).arg(lot));
                }
            }
            out[unit] += *q;
        }
        lots << lot;
    }
    for (auto it = out.cbegin(); it != out.cend(); ++it) {
        const double input = in.value(it.key());
        if (input > 0 &&
            it.value() > input * (1 + trace::kTransformGainAllowance) + trace::kQuantityEpsilon) {
            fail(m_outputsLine, tr("The outputs (%1) exceed the inputs (%2) by more than %3 %.")
                                    .arg(formatAmount(it.value(), it.key()), formatAmount(input, it.key()))
                                    .arg(trace::kTransformGainAllowance * 100));
        }
    }
    checkTime(m_timeLine, m_time);
}

Result<QString> ProcessForm::write()
{
    trace::TraceService::Transform t;
    t.inputs = m_inputs->portions();
    QStringList lots;
    for (int r = 0; r < m_outputs->rowCount(); ++r) {
        trace::NewBatch b;
        b.productKey = m_outputs->cell<QComboBox>(r, ProductColumn)->currentData().toString();
        b.lot = m_outputs->cell<QLineEdit>(r, LotColumn)->text().trimmed();
        b.quantity = parseQuantity(m_outputs->cell<QLineEdit>(r, QuantityColumn)->text()).value_or(0);
        t.outputs.append(b);
        lots << b.lot;
    }
    t.bizStep = m_step->currentData().toString();
    t.locationKey = m_location->currentData().toString();
    t.eventTime = timeOf(m_time);
    auto ids = m_trace.transform(t);
    if (!ids) {
        return ids.error();
    }
    return tr("Processing recorded: new batches %1").arg(lots.join(QStringLiteral(", ")));
}

void ProcessForm::clearForm()
{
    m_inputs->clear();
    m_outputs->clearRows();
    addOutput();
    m_time->setDateTime(QDateTime::currentDateTime());
    m_inputs->setFocus();
}

// ---- PackForm ---------------------------------------------------------------------------------

namespace {
// The case or pallet code, as TraceService accepts it: why not, or empty when it is fine.
QString parentProblem(const QString& raw)
{
    const QString id = raw.trimmed();
    if (id.startsWith(QLatin1String("urn:")) || id.startsWith(QLatin1String("http"))) {
        return {};
    }
    bool digits = id.size() == 18;
    for (const QChar c : id) {
        digits = digits && c.isDigit() && c.unicode() < 128;
    }
    if (digits) {
        return gs1::gs1CheckDigit(id.left(17)) == id.back()
                   ? QString()
                   : PackForm::tr("%1 is not a valid SSCC: its check digit should be %2.")
                         .arg(id, gs1::gs1CheckDigit(id.left(17)));
    }
    for (const QChar c : id) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('_') &&
            c != QLatin1Char('.')) {
            return PackForm::tr("A case code may use only letters, digits, - _ and . (not \"%1\").").arg(c);
        }
    }
    return {};
}
} // namespace

PackForm::PackForm(trace::TraceService& trace, QWidget* parent) : RecordForm(trace, parent)
{
    setObjectName(QStringLiteral("packForm"));
    setIntro(tr("Pack / unpack"), tr("Batches go into a case or onto a pallet (its SSCC or our own case "
                                     "code), or come out of it again."));
    auto* modes = new QWidget(this);
    auto* modeRow = new QHBoxLayout(modes);
    modeRow->setContentsMargins(0, 0, 0, 0);
    m_pack = new QRadioButton(tr("&Pack"), modes);
    m_pack->setObjectName(QStringLiteral("packRadioButton"));
    m_unpack = new QRadioButton(tr("&Unpack"), modes);
    m_unpack->setObjectName(QStringLiteral("unpackRadioButton"));
    m_pack->setChecked(true);
    modeRow->addWidget(m_pack);
    modeRow->addWidget(m_unpack);
    modeRow->addStretch(1);
    modes->setFocusProxy(m_pack);
    addField(tr("Action:"), modes);
    watch(m_unpack);
    m_parent = new QLineEdit(this);
    m_parent->setObjectName(QStringLiteral("parentEdit"));
    m_parent->setPlaceholderText(tr("SSCC (18 digits) or case code"));
    m_parentLine = addField(tr("&Case or pallet:"), m_parent,
                            tr("The SSCC on the pallet label (18 digits), or a case code of your own "
                               "(letters, digits, - _ .)"));
    m_children = new PortionTable(trace, this);
    m_children->setObjectName(QStringLiteral("childrenTable"));
    m_childrenLine = addField(tr("&Batches:"), m_children, tr("The batches packed and how much of each"));
    connect(m_children, &PortionTable::changed, this, &PackForm::validate);
    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("locationCombo"));
    addField(tr("&Where:"), m_location);
    m_time = makeTimeEdit();
    m_timeLine = addField(tr("&Time:"), m_time);
    finish(tr("&Record"));
    reload();
}

QString PackForm::title() const
{
    return tr("Pack / unpack");
}

void PackForm::reload()
{
    RecordForm::reload();
    fillLocations(m_location, true, QStringLiteral("processing_site"));
    validate();
}

void PackForm::prefill(const QString& batchId)
{
    m_children->addBatch(batchId);
}

void PackForm::check()
{
    const bool packing = m_pack->isChecked();
    m_children->setCheckAvailable(packing);
    if (m_parent->text().trimmed().isEmpty()) {
        missing(m_parentLine, tr("Type or scan the case or pallet code."));
    } else if (const QString problem = parentProblem(m_parent->text()); !problem.isEmpty()) {
        fail(m_parentLine, problem);
    }
    const QStringList problems = m_children->problems();
    if (!m_children->batchEdit()->text().trimmed().isEmpty() && !m_children->batchEdit()->batch()) {
        fail(m_childrenLine, m_children->pendingProblem());
    } else if (!problems.isEmpty()) {
        fail(m_childrenLine, problems.join(QLatin1Char('\n')));
    } else if (packing && m_children->count() == 0) {
        missing(m_childrenLine, tr("Add the batches packed."));
    } else if (!packing && m_children->count() == 0) {
        note(m_childrenLine, tr("No batch named: everything in it is unpacked."));
    }
    checkTime(m_timeLine, m_time);
}

Result<QString> PackForm::write()
{
    const QString parent = m_parent->text().trimmed();
    const auto rec = m_pack->isChecked()
                         ? m_trace.pack(parent, m_children->portions(), m_location->currentData().toString(),
                                        timeOf(m_time))
                         : m_trace.unpack(parent, m_children->portions(),
                                          m_location->currentData().toString(), timeOf(m_time));
    if (!rec) {
        return rec.error();
    }
    return m_pack->isChecked() ? tr("Packed into %1").arg(parent) : tr("Unpacked from %1").arg(parent);
}

void PackForm::clearForm()
{
    m_parent->clear();
    m_children->clear();
    m_time->setDateTime(QDateTime::currentDateTime());
    m_parent->setFocus();
}

} // namespace suyuan::ui
