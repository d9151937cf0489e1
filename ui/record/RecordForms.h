#pragma once

#include "RecordForm.h"

#include <QStringList>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace suyuan::ui {

class PortionTable;
class RowTable;

// Our processing steps that CBV has no term for (DESIGN.md: washing, drying, pickling).
QString suyuanStep(const char* name);

// Harvest / new batch: ObjectEvent ADD, commissioning, harvest data in ilmd.
class HarvestForm : public RecordForm
{
    Q_OBJECT

public:
    HarvestForm(trace::TraceService& trace, QWidget* parent = nullptr);
    QString action() const override { return QStringLiteral("harvest"); }
    QString title() const override;
    void reload() override;
    void prefill(const QString& batchId) override;

protected:
    void check() override;
    Result<QString> write() override;
    void clearForm() override;

private:
    void productChanged();
    trace::TraceService::Harvest harvest() const;

    QComboBox* m_product = nullptr;
    QLineEdit* m_lot = nullptr;
    QLineEdit* m_quantity = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_plot = nullptr;
    QDateTimeEdit* m_time = nullptr;
    QLineEdit* m_variety = nullptr;
    QLineEdit* m_certifications = nullptr;
    QLineEdit* m_country = nullptr;
    QLabel* m_productLine = nullptr;
    QLabel* m_lotLine = nullptr;
    QLabel* m_quantityLine = nullptr;
    QLabel* m_timeLine = nullptr;
    QLabel* m_countryLine = nullptr;
};

// Field work on a plot (fertilising, plant protection, irrigation …): ObjectEvent OBSERVE.
class FieldWorkForm : public RecordForm
{
    Q_OBJECT

public:
    FieldWorkForm(trace::TraceService& trace, QWidget* parent = nullptr);
    QString action() const override { return QStringLiteral("fieldwork"); }
    QString title() const override;
    void reload() override;

protected:
    void check() override;
    Result<QString> write() override;
    void clearForm() override;

private:
    QComboBox* m_plot = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_input = nullptr;
    QLineEdit* m_dose = nullptr;
    QComboBox* m_doseUnit = nullptr;
    QSpinBox* m_interval = nullptr;
    QLineEdit* m_note = nullptr;
    QDateTimeEdit* m_time = nullptr;
    QLabel* m_plotLine = nullptr;
    QLabel* m_inputLine = nullptr;
    QLabel* m_doseLine = nullptr;
    QLabel* m_timeLine = nullptr;
};

// Inspection or lab test of a batch, with results and attached reports: ObjectEvent OBSERVE.
class InspectionForm : public RecordForm
{
    Q_OBJECT

public:
    InspectionForm(trace::TraceService& trace, QWidget* parent = nullptr);
    QString action() const override { return QStringLiteral("inspect"); }
    QString title() const override;
    void reload() override;
    void prefill(const QString& batchId) override;
    // Adds a file to attach (stored when the record is written); false if it cannot be.
    bool attachFile(const QString& path);

protected:
    void check() override;
    Result<QString> write() override;
    void clearForm() override;

private:
    void addResult();
    void chooseFiles();

    QRadioButton* m_inspection = nullptr;
    QRadioButton* m_labTest = nullptr;
    BatchEdit* m_batch = nullptr;
    QComboBox* m_outcome = nullptr;
    RowTable* m_results = nullptr;
    QComboBox* m_inspector = nullptr;
    QLineEdit* m_certificates = nullptr;
    QListWidget* m_attachments = nullptr;
    QLineEdit* m_note = nullptr;
    QDateTimeEdit* m_time = nullptr;
    QLabel* m_batchLine = nullptr;
    QLabel* m_resultsLine = nullptr;
    QLabel* m_attachmentsLine = nullptr;
    QLabel* m_timeLine = nullptr;
};

// Processing, splitting, merging: TransformationEvent from input portions to new batches.
class ProcessForm : public RecordForm
{
    Q_OBJECT

public:
    ProcessForm(trace::TraceService& trace, QWidget* parent = nullptr);
    QString action() const override { return QStringLiteral("process"); }
    QString title() const override;
    void reload() override;
    void prefill(const QString& batchId) override;
    PortionTable* inputs() const { return m_inputs; }
    RowTable* outputs() const { return m_outputs; }
    void addOutput();

protected:
    void check() override;
    Result<QString> write() override;
    void clearForm() override;

private:
    PortionTable* m_inputs = nullptr;
    RowTable* m_outputs = nullptr;
    QComboBox* m_step = nullptr;
    QComboBox* m_location = nullptr;
    QDateTimeEdit* m_time = nullptr;
    QLabel* m_inputsLine = nullptr;
    QLabel* m_outputsLine = nullptr;
    QLabel* m_timeLine = nullptr;
};

// Packing batches into a case or pallet, and unpacking: AggregationEvent ADD / DELETE.
class PackForm : public RecordForm
{
    Q_OBJECT

public:
    PackForm(trace::TraceService& trace, QWidget* parent = nullptr);
    QString action() const override { return QStringLiteral("pack"); }
    QString title() const override;
    void reload() override;
    void prefill(const QString& batchId) override;

protected:
    void check() override;
    Result<QString> write() override;
    void clearForm() override;

private:
    QRadioButton* m_pack = nullptr;
    QRadioButton* m_unpack = nullptr;
    QLineEdit* m_parent = nullptr;
    PortionTable* m_children = nullptr;
    QComboBox* m_location = nullptr;
    QDateTimeEdit* m_time = nullptr;
    QLabel* m_parentLine = nullptr;
    QLabel* m_childrenLine = nullptr;
    QLabel* m_timeLine = nullptr;
};

// Shipping a whole batch to a party: ObjectEvent OBSERVE shipping, with its documents.
class ShipForm : public RecordForm
{
    Q_OBJECT

public:
    ShipForm(trace::TraceService& trace, QWidget* parent = nullptr);
    QString action() const override { return QStringLiteral("ship"); }
    QString title() const override;
    void reload() override;
    void prefill(const QString& batchId) override;

protected:
    void check() override;
    Result<QString> write() override;
    void clearForm() override;

private:
    BatchEdit* m_batch = nullptr;
    QComboBox* m_party = nullptr;
    QComboBox* m_location = nullptr;
    QLineEdit* m_po = nullptr;
    QLineEdit* m_despatch = nullptr;
    QLineEdit* m_bol = nullptr;
    QComboBox* m_transport = nullptr;
    QCheckBox* m_coldChain = nullptr;
    QLineEdit* m_carrier = nullptr;
    QLineEdit* m_vehicle = nullptr;
    QLineEdit* m_price = nullptr;
    QComboBox* m_currency = nullptr;
    QLineEdit* m_contract = nullptr;
    QDateTimeEdit* m_time = nullptr;
    QLabel* m_batchLine = nullptr;
    QLabel* m_partyLine = nullptr;
    QLabel* m_docsLine = nullptr;
    QLabel* m_priceLine = nullptr;
    QLabel* m_timeLine = nullptr;
};

// Receiving a batch at a location: ObjectEvent OBSERVE receiving.
class ReceiveForm : public RecordForm
{
    Q_OBJECT

public:
    ReceiveForm(trace::TraceService& trace, QWidget* parent = nullptr);
    QString action() const override { return QStringLiteral("receive"); }
    QString title() const override;
    void reload() override;
    void prefill(const QString& batchId) override;

protected:
    void check() override;
    Result<QString> write() override;
    void clearForm() override;

private:
    BatchEdit* m_batch = nullptr;
    QComboBox* m_location = nullptr;
    QComboBox* m_from = nullptr;
    QLineEdit* m_advice = nullptr;
    QDateTimeEdit* m_time = nullptr;
    QLabel* m_batchLine = nullptr;
    QLabel* m_locationLine = nullptr;
    QLabel* m_adviceLine = nullptr;
    QLabel* m_timeLine = nullptr;
};

// Recalling a batch: ObjectEvent OBSERVE, disposition recalled.
class RecallForm : public RecordForm
{
    Q_OBJECT

public:
    RecallForm(trace::TraceService& trace, QWidget* parent = nullptr);
    QString action() const override { return QStringLiteral("recall"); }
    QString title() const override;
    void prefill(const QString& batchId) override;

protected:
    void check() override;
    Result<QString> write() override;
    void clearForm() override;

private:
    BatchEdit* m_batch = nullptr;
    QLineEdit* m_reason = nullptr;
    QDateTimeEdit* m_time = nullptr;
    QLabel* m_batchLine = nullptr;
    QLabel* m_reasonLine = nullptr;
    QLabel* m_timeLine = nullptr;
};

// Selling to consumers or destroying (part of) a batch.
class SellForm : public RecordForm
{
    Q_OBJECT

public:
    SellForm(trace::TraceService& trace, QWidget* parent = nullptr);
    QString action() const override { return QStringLiteral("sell"); }
    QString title() const override;
    void reload() override;
    void prefill(const QString& batchId) override;

protected:
    void check() override;
    Result<QString> write() override;
    void clearForm() override;

private:
    QRadioButton* m_sell = nullptr;
    QRadioButton* m_destroy = nullptr;
    BatchEdit* m_batch = nullptr;
    QLineEdit* m_quantity = nullptr;
    QComboBox* m_location = nullptr;
    QLineEdit* m_reason = nullptr;
    QDateTimeEdit* m_time = nullptr;
    QLabel* m_batchLine = nullptr;
    QLabel* m_quantityLine = nullptr;
    QLabel* m_reasonLine = nullptr;
    QLabel* m_timeLine = nullptr;
};

// Correcting a mistake: an EPCIS error declaration of one event of a batch, after a
// confirmation; the event stays visible, marked withdrawn. Then offers the right form.
class CorrectionForm : public RecordForm
{
    Q_OBJECT

public:
    CorrectionForm(trace::TraceService& trace, QWidget* parent = nullptr);
    QString action() const override { return QStringLiteral("correct"); }
    QString title() const override;
    void reload() override;
    void prefill(const QString& batchId) override;

protected:
    void check() override;
    Result<QString> write() override;
    void clearForm() override;
    bool aboutToWrite() override;
    void afterWrite() override;

private:
    void fillEvents();
    const trace::EventInfo* currentEvent() const;

    BatchEdit* m_batch = nullptr;
    QComboBox* m_event = nullptr;
    QComboBox* m_reason = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_batchLine = nullptr;
    QLabel* m_eventLine = nullptr;
    QString m_eventsOf; // the batch m_event lists the events of
    QList<trace::EventInfo> m_events;
    QString m_nextAction; // the form for the right event, after a correction
    QString m_nextBatch;
};

// What an event was, in the operator's words ("Harvest", "Shipment"), and the form that
// records such an event ("harvest", "ship"; empty when none does).
QString eventName(const trace::EventInfo& event);
QString actionForEvent(const trace::EventInfo& event);

} // namespace suyuan::ui
