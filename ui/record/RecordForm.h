#pragma once

#include "trace/TraceService.h"
#include "util/Result.h"

#include <QLineEdit>
#include <QList>
#include <QString>
#include <QWidget>

#include <functional>
#include <optional>

class QAbstractButton;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QVBoxLayout;

namespace suyuan::ui {

// Asks the operator to confirm a step that cannot be taken back (a correction). Returns true
// to go ahead. The Record page uses a QMessageBox; tests may put their own.
using ConfirmFn = std::function<bool(QWidget* parent, const QString& title, const QString& text,
                                     const QString& acceptText)>;

// ---- small helpers shared by the forms -------------------------------------------------------

// "奉节脐橙 (Fengjie navel orange)": the Chinese name first when there is one.
QString displayName(const QString& nameZh, const QString& nameEn, const QString& fallback);
// A quantity in the operator's locale, without needless decimals: "18,500", "12.5".
QString formatQuantity(double quantity);
// A quantity with its unit's translated name: "18,500 kilogram".
QString formatAmount(double quantity, const QString& unit);
// Reads a quantity typed in the operator's locale (or with a plain "."); nullopt if not a number.
std::optional<double> parseQuantity(const QString& text);
// Items typed as a list: commas (also the Chinese ， and 、) and semicolons separate.
QStringList splitList(const QString& text);
// The translated word for a batch status (active, in_transit …).
QString batchStatusName(const QString& status);

// A line edit that names a batch: a lot code, a Digital Link or an identifier, with suggestions
// (lot — product — available) from the ledger as the operator types. It resolves what is typed
// with TraceService::resolveBatch and keeps the batch it names.
class BatchEdit : public QLineEdit
{
    Q_OBJECT

public:
    BatchEdit(trace::TraceService& trace, QWidget* parent = nullptr);

    // Suggest only batches in this status (empty: any); typed batches are still resolved.
    void setStatusFilter(const QString& status) { m_status = status; }
    // Shows the batch by its lot code (or its id when the lot is ambiguous).
    void setBatch(const QString& batchId);
    // The batch typed, when it resolves; the reason it does not otherwise (nothing typed: empty).
    const std::optional<trace::BatchInfo>& batch() const { return m_batch; }
    const QString& problem() const { return m_problem; }
    // Re-reads the batch (its quantities change as the ledger does).
    void resolve();

Q_SIGNALS:
    void batchChanged();

private:
    void suggest(const QString& text);

    trace::TraceService& m_trace;
    QString m_status;
    QStandardItemModel* m_model = nullptr;
    std::optional<trace::BatchInfo> m_batch;
    QString m_problem;
};

// One operator action as a form: fields with their labels, an inline message under each field,
// and a submit button that stays disabled until the form is valid. Enter submits a valid form.
// Nothing is written until the form is valid; core's checks then have the last word and their
// (translated) message is shown inline under the form.
class RecordForm : public QWidget
{
    Q_OBJECT

public:
    RecordForm(trace::TraceService& trace, QWidget* parent = nullptr);

    // "harvest", "fieldwork", "inspect", "process", "pack", "ship", "receive", "recall",
    // "sell", "correct".
    virtual QString action() const = 0;
    // The name in the list of actions.
    virtual QString title() const = 0;
    // Re-reads master data (products, parties, locations) and the batches shown.
    virtual void reload();
    // Opens the form for this batch (from the scan page, a batch's detail, a correction).
    virtual void prefill(const QString& batchId) { Q_UNUSED(batchId) }

    bool isValid() const { return m_valid; }
    QPushButton* submitButton() const { return m_submit; }
    void setConfirmation(ConfirmFn confirm) { m_confirm = std::move(confirm); }
    // Puts the keyboard focus into the first field that takes it.
    void focusFirstField();

public Q_SLOTS:
    // Checks every field, shows the messages and enables the submit button when all is well.
    void validate();
    // Writes the record if the form is valid; returns whether it was written.
    bool submit();

Q_SIGNALS:
    // A record was written; message is for the status bar.
    void recorded(const QString& message);
    // Open another form for a batch (after a correction: record the right event).
    void actionRequested(const QString& action, const QString& batchId);

protected:
    // ---- building (in the constructor of a form) ----
    // Heading and one line saying what the form records.
    void setIntro(const QString& heading, const QString& text);
    // A labelled row (the label's & gives the mnemonic, the field is its buddy) with a message
    // line under it; returns the message line, for check().
    QLabel* addField(const QString& label, QWidget* field, const QString& toolTip = {});
    // A widget spanning the form (a table, a group).
    void addWide(QWidget* widget);
    // A message line for a field in a QFormLayout of a group inside the form: make it with
    // newLine(), put it under the field, then addLine() it.
    QLabel* newLine(QWidget* parent);
    void addLine(QLabel* line);
    // Puts the status line and the submit button under the fields; call last.
    void finish(const QString& submitText);
    // Revalidate when this field changes (line edits, combos, spin boxes, date-times, buttons).
    void watch(QWidget* field);
    // A time field: local time, calendar popup, defaults to now.
    QDateTimeEdit* makeTimeEdit();
    // The time of a time field with its UTC offset, as events carry it (a local-time QDateTime
    // would be written without one, and the EPCIS check refuses that).
    static QDateTime timeOf(const QDateTimeEdit* edit);
    // A unit picker (UN/ECE Rec 20 codes with their translated names).
    QComboBox* makeUnitCombo(const QString& objectName);
    // Two fields side by side in one form row (quantity and unit); the first takes the focus.
    QWidget* pair(QWidget* first, QWidget* second);
    // Combos over master data; "(none)" first when optional.
    void fillParties(QComboBox* combo, bool optional);
    void fillLocations(QComboBox* combo, bool optional, const QString& typeFirst = {});
    void fillProducts(QComboBox* combo);
    QString productName(const QString& key) const;
    QString partyName(const QString& key) const;
    QString locationName(const QString& keyOrUri) const;
    const QList<trace::Product>& products() const { return m_products; }
    // Keeps a combo's current data across a refill.
    static void keepData(QComboBox* combo, const std::function<void()>& refill);

    // ---- validation (in check()) ----
    virtual void check() = 0;
    // The field is wrong: shown at once.
    void fail(QLabel* line, const QString& message);
    // The field is required and empty: the button stays off; the message is shown once the
    // operator has tried to submit.
    void missing(QLabel* line, const QString& message);
    // A hint under the field (what a batch holds, a unit).
    void note(QLabel* line, const QString& message);
    // The batch field's message: the batch's summary, or why it does not resolve.
    void checkBatch(QLabel* line, BatchEdit* edit, const QString& missingText);
    // An event time may not lie in the future.
    void checkTime(QLabel* line, QDateTimeEdit* edit);

    // ---- writing ----
    // Writes the record; returns the status bar message or core's error.
    virtual Result<QString> write() = 0;
    // Empties the form after a success, keeping sensible defaults.
    virtual void clearForm() = 0;
    // Just before write(): a last question (a correction's confirmation); false: nothing is written.
    virtual bool aboutToWrite() { return true; }
    // After a success has been reported (a correction offers the right form).
    virtual void afterWrite() {}
    bool confirm(const QString& title, const QString& text, const QString& acceptText);

    void keyPressEvent(QKeyEvent* event) override;

    trace::TraceService& m_trace;

private:
    void showLine(QLabel* line, bool show);

    QVBoxLayout* m_layout = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_submit = nullptr;
    QList<QLabel*> m_lines;
    bool m_valid = false;
    bool m_showMissing = false;
    bool m_checking = false;
    ConfirmFn m_confirm;
    QList<trace::Product> m_products;
    QList<trace::Party> m_parties;
    QList<trace::Location> m_locations;
};

} // namespace suyuan::ui
