#include "RecordForms.h"
#include "RecordTables.h"

#include "trace/Attachments.h"
#include "trace/Gs1.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace suyuan::ui {

// ---- FieldWorkForm ----------------------------------------------------------------------------

FieldWorkForm::FieldWorkForm(trace::TraceService& trace, QWidget* parent) : RecordForm(trace, parent)
{
    setObjectName(QStringLiteral("fieldWorkForm"));
    setIntro(tr("Field work"), tr("Work on a plot: fertilising, plant protection, irrigation … The batches "
                                  "later harvested there show it in their history."));
    m_plot = new QComboBox(this);
    m_plot->setObjectName(QStringLiteral("plotCombo"));
    m_plotLine = addField(tr("P&lot:"), m_plot, tr("The plot worked on; the farm plots come first"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("Fertilising"), QStringLiteral("fertilising"));
    m_kind->addItem(tr("Plant protection (spraying)"), QStringLiteral("plant_protection"));
    m_kind->addItem(tr("Irrigation"), QStringLiteral("irrigation"));
    m_kind->addItem(tr("Weeding"), QStringLiteral("weeding"));
    m_kind->addItem(tr("Pruning"), QStringLiteral("pruning"));
    m_kind->addItem(tr("Other"), QStringLiteral("other"));
    addField(tr("&Kind of work:"), m_kind);
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("inputEdit"));
    m_input->setPlaceholderText(tr("e.g. 有机肥 / 阿维菌素 PD20080123"));
    m_inputLine = addField(tr("&Input used:"), m_input,
                           tr("The fertiliser or pesticide used: its name and registration number"));
    m_dose = new QLineEdit(this);
    m_dose->setObjectName(QStringLiteral("doseEdit"));
    m_doseUnit = makeUnitCombo(QStringLiteral("doseUnitCombo"));
    m_doseLine = addField(tr("&Dose:"), pair(m_dose, m_doseUnit),
                          tr("How much of the input, in the unit on the right"));
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("intervalSpinBox"));
    m_interval->setRange(-1, 365);
    m_interval->setValue(-1);
    m_interval->setSpecialValueText(tr("not applicable"));
    m_interval->setSuffix(tr(" days"));
    addField(tr("&Safety interval:"), m_interval,
             tr("Pre-harvest interval of a pesticide (安全间隔期): days to wait before harvesting"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    addField(tr("&Note:"), m_note);
    m_time = makeTimeEdit();
    m_timeLine = addField(tr("&Time:"), m_time, tr("When the work was done (local time)"));
    finish(tr("&Record field work"));
    reload();
}

QString FieldWorkForm::title() const
{
    return tr("Field work");
}

void FieldWorkForm::reload()
{
    RecordForm::reload();
    fillLocations(m_plot, false, QStringLiteral("plot"));
    validate();
}

void FieldWorkForm::check()
{
    if (m_plot->count() == 0) {
        fail(m_plotLine, tr("There are no locations yet: add the plot under Master data first."));
    }
    const QString kind = m_kind->currentData().toString();
    const bool needsInput = kind == QLatin1String("fertilising") || kind == QLatin1String("plant_protection");
    if (needsInput && m_input->text().trimmed().isEmpty()) {
        missing(m_inputLine, tr("Fertilising and plant protection need the product used."));
    }
    const auto dose = parseQuantity(m_dose->text());
    if (!m_dose->text().trimmed().isEmpty() && (!dose || !(*dose > 0))) {
        fail(m_doseLine, tr("The dose must be a number above zero."));
    } else if (needsInput && !dose) {
        missing(m_doseLine, tr("Type the dose."));
    }
    checkTime(m_timeLine, m_time);
}

Result<QString> FieldWorkForm::write()
{
    trace::TraceService::Observation o;
    o.kind = trace::TraceService::Observation::Kind::FieldWork;
    o.locationKey = m_plot->currentData().toString();
    o.workType = m_kind->currentData().toString();
    o.input = m_input->text().trimmed();
    if (auto dose = parseQuantity(m_dose->text())) {
        o.dose = *dose;
        o.doseUnit = m_doseUnit->currentData().toString();
    }
    o.safetyIntervalDays = m_interval->value();
    o.note = m_note->text().trimmed();
    o.eventTime = timeOf(m_time);
    auto rec = m_trace.observe(o);
    if (!rec) {
        return rec.error();
    }
    return tr("Field work recorded: %1 on %2").arg(m_kind->currentText(), m_plot->currentText());
}

void FieldWorkForm::clearForm()
{
    m_input->clear();
    m_dose->clear();
    m_interval->setValue(-1);
    m_note->clear();
    m_time->setDateTime(QDateTime::currentDateTime());
    m_plot->setFocus();
}

// ---- InspectionForm ---------------------------------------------------------------------------

namespace {
enum ResultColumn
{
    TypeColumn,
    NameColumn,
    ValueColumn,
    UomColumn,
    LimitColumn
};

void addMeasurementTypes(QComboBox* combo)
{
    combo->addItem(InspectionForm::tr("Residue / content"), QStringLiteral("MassConcentration"));
    combo->addItem(InspectionForm::tr("Ratio / index"), QStringLiteral("Dimensionless"));
    combo->addItem(InspectionForm::tr("Temperature"), QStringLiteral("Temperature"));
    combo->addItem(InspectionForm::tr("Relative humidity"), QStringLiteral("RelativeHumidity"));
    combo->addItem(InspectionForm::tr("Mass"), QStringLiteral("Mass"));
    combo->addItem(InspectionForm::tr("Length / size"), QStringLiteral("Length"));
    combo->addItem(InspectionForm::tr("Count"), QStringLiteral("Count"));
    combo->addItem(InspectionForm::tr("Density"), QStringLiteral("Density"));
    combo->addItem(InspectionForm::tr("Volume fraction"), QStringLiteral("VolumeFraction"));
}

void addMeasurementUnits(QComboBox* combo)
{
    combo->setEditable(true);
    combo->addItem(QStringLiteral("NA")); // mg/kg
    combo->setItemData(0, InspectionForm::tr("milligram per kilogram (mg/kg)"), Qt::ToolTipRole);
    combo->addItem(QStringLiteral("P1")); // percent
    combo->setItemData(1, InspectionForm::tr("percent"), Qt::ToolTipRole);
    combo->addItem(QStringLiteral("CEL"));
    combo->setItemData(2, InspectionForm::tr("degree Celsius"), Qt::ToolTipRole);
    combo->addItem(QStringLiteral("GRM"));
    combo->setItemData(3, InspectionForm::tr("gram"), Qt::ToolTipRole);
    combo->addItem(QStringLiteral("KGM"));
    combo->setItemData(4, InspectionForm::tr("kilogram"), Qt::ToolTipRole);
    combo->addItem(QStringLiteral("MMT"));
    combo->setItemData(5, InspectionForm::tr("millimetre"), Qt::ToolTipRole);
    combo->setToolTip(InspectionForm::tr("UN/ECE Rec 20 unit code: NA = mg/kg, P1 = %, CEL = °C"));
}

// A certificate number becomes a URI (certificationInfo must be one); URIs stay as typed.
QString certificateUri(const QString& text)
{
    if (text.contains(QLatin1Char(':'))) {
        return text;
    }
    return QStringLiteral("urn:suyuan:cert:") + QString::fromLatin1(QUrl::toPercentEncoding(text));
}
} // namespace

InspectionForm::InspectionForm(trace::TraceService& trace, QWidget* parent) : RecordForm(trace, parent)
{
    setObjectName(QStringLiteral("inspectionForm"));
    setIntro(tr("Inspection / lab test"),
             tr("The result of an inspection or a laboratory test of a batch, with the measured values "
                "and the report attached."));
    auto* kinds = new QWidget(this);
    auto* kindRow = new QHBoxLayout(kinds);
    kindRow->setContentsMargins(0, 0, 0, 0);
    m_inspection = new QRadioButton(tr("I&nspection"), kinds);
    m_inspection->setObjectName(QStringLiteral("inspectionRadioButton"));
    m_labTest = new QRadioButton(tr("Lab &test (with measured results)"), kinds);
    m_labTest->setObjectName(QStringLiteral("labTestRadioButton"));
    m_inspection->setChecked(true);
    kindRow->addWidget(m_inspection);
    kindRow->addWidget(m_labTest);
    kindRow->addStretch(1);
    kinds->setFocusProxy(m_inspection);
    addField(tr("Kind:"), kinds);
    watch(m_labTest);
    m_batch = new BatchEdit(trace, this);
    m_batch->setObjectName(QStringLiteral("batchEdit"));
    m_batchLine = addField(tr("&Batch:"), m_batch);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
    m_outcome->addItem(tr("Passed (conformant)"), QStringLiteral("pass"));
    m_outcome->addItem(tr("Failed (non-conformant)"), QStringLiteral("fail"));
    m_outcome->addItem(tr("No verdict"), QString());
    addField(tr("Verdi&ct:"), m_outcome);

    auto* results = new QWidget(this);
    auto* resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    m_results = new RowTable({tr("Measured"), tr("What"), tr("Value"), tr("Unit"), tr("Limit")}, results);
    m_results->setObjectName(QStringLiteral("resultsTable"));
    m_results->setStretchColumn(NameColumn);
    auto* addResultButton = new QPushButton(tr("Add r&esult"), results);
    addResultButton->setObjectName(QStringLiteral("addResultPushButton"));
    connect(addResultButton, &QPushButton::clicked, this, &InspectionForm::addResult);
    connect(m_results, &RowTable::rowsChanged, this, &InspectionForm::validate);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(addResultButton);
    addRow->addStretch(1);
    resultsLayout->addLayout(addRow);
    resultsLayout->addWidget(m_results);
    results->setFocusProxy(addResultButton);
    m_resultsLine =
        addField(tr("Measured results:"), results,
                 tr("Each value measured, e.g. a pesticide residue in mg/kg with its legal limit"));

    m_inspector = new QComboBox(this);
    m_inspector->setObjectName(QStringLiteral("inspectorCombo"));
    addField(tr("Ins&pector / laboratory:"), m_inspector);
    m_certificates = new QLineEdit(this);
    m_certificates->setObjectName(QStringLiteral("certificatesEdit"));
    m_certificates->setPlaceholderText(tr("e.g. CQAQ-2025-12-0412"));
    addField(tr("Certificate&s:"), m_certificates,
             tr("Numbers of the certificates or reports issued, separated by commas"));

    auto* files = new QWidget(this);
    auto* filesLayout = new QHBoxLayout(files);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    m_attachments = new QListWidget(files);
    m_attachments->setObjectName(QStringLiteral("attachmentsList"));
    m_attachments->setMaximumHeight(m_attachments->fontMetrics().height() * 5);
    auto* fileButtons = new QVBoxLayout;
    auto* attach = new QPushButton(tr("Attach &file…"), files);
    attach->setObjectName(QStringLiteral("attachPushButton"));
    attach->setToolTip(tr("Attach the lab report, a certificate or a photo (up to 32 MiB each); it is "
                          "stored signed and encrypted with the record."));
    connect(attach, &QPushButton::clicked, this, &InspectionForm::chooseFiles);
    auto* detach = new QPushButton(tr("Remo&ve"), files);
    detach->setObjectName(QStringLiteral("detachPushButton"));
    connect(detach, &QPushButton::clicked, this, [this] {
        delete m_attachments->currentItem();
        validate();
    });
    fileButtons->addWidget(attach);
    fileButtons->addWidget(detach);
    fileButtons->addStretch(1);
    filesLayout->addWidget(m_attachments, 1);
    filesLayout->addLayout(fileButtons);
    files->setFocusProxy(attach);
    m_attachmentsLine = addField(tr("Attachments:"), files);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    addField(tr("N&ote:"), m_note);
    m_time = makeTimeEdit();
    m_timeLine =
        addField(tr("T&ime:"), m_time, tr("When the inspection or sampling took place (local time)"));
    finish(tr("&Record result"));
    reload();
}

QString InspectionForm::title() const
{
    return tr("Inspection / lab test");
}

void InspectionForm::reload()
{
    RecordForm::reload();
    fillParties(m_inspector, true);
    m_batch->resolve();
}

void InspectionForm::prefill(const QString& batchId)
{
    m_batch->setBatch(batchId);
}

void InspectionForm::addResult()
{
    auto* type = new QComboBox;
    type->setObjectName(QStringLiteral("measurementTypeCombo"));
    addMeasurementTypes(type);
    auto* name = new QLineEdit;
    name->setObjectName(QStringLiteral("measurementNameEdit"));
    name->setPlaceholderText(tr("e.g. 毒死蜱残留"));
    auto* value = new QLineEdit;
    value->setObjectName(QStringLiteral("measurementValueEdit"));
    auto* uom = new QComboBox;
    uom->setObjectName(QStringLiteral("measurementUnitCombo"));
    addMeasurementUnits(uom);
    auto* limit = new QLineEdit;
    limit->setObjectName(QStringLiteral("measurementLimitEdit"));
    limit->setPlaceholderText(tr("none"));
    limit->setToolTip(tr("The legal or contractual limit, if there is one"));
    m_results->addRow({type, name, value, uom, limit});
    type->setFocus();
}

bool InspectionForm::attachFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        return false;
    }
    for (int i = 0; i < m_attachments->count(); ++i) {
        if (m_attachments->item(i)->data(Qt::UserRole).toString() == info.absoluteFilePath()) {
            return true;
        }
    }
    auto* item = new QListWidgetItem(
        tr("%1 (%2)", "file name (size)").arg(info.fileName(), QLocale().formattedDataSize(info.size())));
    item->setData(Qt::UserRole, info.absoluteFilePath());
    item->setData(Qt::UserRole + 1, info.size());
    item->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
    m_attachments->addItem(item);
    validate();
    return true;
}

void InspectionForm::chooseFiles()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Attach files"), QString(),
                                      tr("Reports and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc "
                                         "*.docx *.xls *.xlsx);;All files (*)"));
    for (const QString& f : files) {
        attachFile(f);
    }
}

void InspectionForm::check()
{
    checkBatch(m_batchLine, m_batch, tr("Type or scan the batch inspected."));
    if (m_labTest->isChecked() && m_results->rowCount() == 0) {
        missing(m_resultsLine, tr("A lab test needs at least one measured result: Add result."));
    }
    for (int r = 0; r < m_results->rowCount(); ++r) {
        const QString value = m_results->cell<QLineEdit>(r, ValueColumn)->text();
        const QString limit = m_results->cell<QLineEdit>(r, LimitColumn)->text();
        if (value.trimmed().isEmpty()) {
            missing(m_resultsLine, tr("Row %1: type the measured value.").arg(r + 1));
        } else if (!parseQuantity(value)) {
            fail(m_resultsLine, tr("Row %1: the value must be a number.").arg(r + 1));
        } else if (!limit.trimmed().isEmpty() && !parseQuantity(limit)) {
            fail(m_resultsLine, tr("Row %1: the limit must be a number (or left empty).").arg(r + 1));
        }
    }
    for (int i = 0; i < m_attachments->count(); ++i) {
        if (m_attachments->item(i)->data(Qt::UserRole + 1).toLongLong() > trace::kMaxAttachmentSize) {
            fail(m_attachmentsLine, tr("%1 is larger than the %2 an attachment may have.")
                                        .arg(m_attachments->item(i)->text(),
                                             QLocale().formattedDataSize(trace::kMaxAttachmentSize)));
        }
    }
    checkTime(m_timeLine, m_time);
}

Result<QString> InspectionForm::write()
{
    using Kind = trace::TraceService::Observation::Kind;
    trace::TraceService::Observation o;
    o.kind = m_labTest->isChecked() ? Kind::LabTest : Kind::Inspection;
    o.batches = {m_batch->batch()->batch};
    const QString outcome = m_outcome->currentData().toString();
    if (!outcome.isEmpty()) {
        o.passed = outcome == QLatin1String("pass");
    }
    for (int r = 0; r < m_results->rowCount(); ++r) {
        trace::TraceService::Measurement m;
        m.type = m_results->cell<QComboBox>(r, TypeColumn)->currentData().toString();
        m.name = m_results->cell<QLineEdit>(r, NameColumn)->text().trimmed();
        m.value = parseQuantity(m_results->cell<QLineEdit>(r, ValueColumn)->text()).value_or(0);
        m.uom = m_results->cell<QComboBox>(r, UomColumn)->currentText().trimmed();
        if (auto limit = parseQuantity(m_results->cell<QLineEdit>(r, LimitColumn)->text())) {
            m.limit = *limit;
        }
        o.measurements.append(m);
    }
    o.inspector = m_inspector->currentData().toString();
    for (const QString& c : splitList(m_certificates->text())) {
        o.certifications << certificateUri(c);
    }
    o.note = m_note->text().trimmed();
    o.eventTime = timeOf(m_time);
    // The files are stored now that the form is complete (adding is idempotent: a file stored
    // before is not stored twice).
    for (int i = 0; i < m_attachments->count(); ++i) {
        auto ref = m_trace.attachments().addFile(m_attachments->item(i)->data(Qt::UserRole).toString());
        if (!ref) {
            return ref.error();
        }
        o.attachments << ref->sha256;
    }
    auto rec = m_trace.observe(o);
    if (!rec) {
        return rec.error();
    }
    return o.kind == Kind::LabTest ? tr("Lab test recorded: batch %1").arg(m_batch->batch()->lot)
                                   : tr("Inspection recorded: batch %1").arg(m_batch->batch()->lot);
}

void InspectionForm::clearForm()
{
    m_batch->clear();
    m_results->clearRows();
    m_certificates->clear();
    m_attachments->clear();
    m_note->clear();
    m_outcome->setCurrentIndex(0);
    m_time->setDateTime(QDateTime::currentDateTime());
    m_batch->setFocus();
}

} // namespace suyuan::ui
