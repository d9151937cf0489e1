#include "RecordForms.h"

#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimeZone>

namespace suyuan::ui {

namespace {
bool stepIs(const trace::EventInfo& e, const char* step)
{
    return e.bizStep == QLatin1String(step) || e.bizStep.endsWith(QLatin1Char('/') + QLatin1String(step)) ||
           e.bizStep.endsWith(QLatin1Char(':') + QLatin1String(step));
}
} // namespace

QString eventName(const trace::EventInfo& e)
{
    if (e.type == QLatin1String("TransformationEvent")) {
        return CorrectionForm::tr("Processing");
    }
    if (e.type == QLatin1String("AggregationEvent")) {
        return e.action == QLatin1String("DELETE") ? CorrectionForm::tr("Unpacking")
                                                   : CorrectionForm::tr("Packing");
    }
    if (stepIs(e, "commissioning")) {
        return CorrectionForm::tr("Harvest");
    }
    if (stepIs(e, "field_work")) {
        return CorrectionForm::tr("Field work");
    }
    if (stepIs(e, "inspecting")) {
        return CorrectionForm::tr("Inspection");
    }
    if (stepIs(e, "sampling")) {
        return CorrectionForm::tr("Lab test");
    }
    if (stepIs(e, "shipping")) {
        return CorrectionForm::tr("Shipment");
    }
    if (stepIs(e, "receiving")) {
        return CorrectionForm::tr("Receipt");
    }
    if (e.disposition == QLatin1String("recalled") || e.disposition.endsWith(QLatin1String(":recalled"))) {
        return CorrectionForm::tr("Recall");
    }
    if (stepIs(e, "retail_selling")) {
        return CorrectionForm::tr("Sale");
    }
    if (stepIs(e, "destroying")) {
        return CorrectionForm::tr("Destruction");
    }
    return e.bizStep.section(QLatin1Char('/'), -1).section(QLatin1Char(':'), -1);
}

QString actionForEvent(const trace::EventInfo& e)
{
    if (e.type == QLatin1String("TransformationEvent")) {
        return QStringLiteral("process");
    }
    if (e.type == QLatin1String("AggregationEvent")) {
        return QStringLiteral("pack");
    }
    if (stepIs(e, "commissioning")) {
        return QStringLiteral("harvest");
    }
    if (stepIs(e, "field_work")) {
        return QStringLiteral("fieldwork");
    }
    if (stepIs(e, "inspecting") || stepIs(e, "sampling")) {
        return QStringLiteral("inspect");
    }
    if (stepIs(e, "shipping")) {
        return QStringLiteral("ship");
    }
    if (stepIs(e, "receiving")) {
        return QStringLiteral("receive");
    }
    if (e.disposition == QLatin1String("recalled") || e.disposition.endsWith(QLatin1String(":recalled"))) {
        return QStringLiteral("recall");
    }
    if (stepIs(e, "retail_selling") || stepIs(e, "destroying")) {
        return QStringLiteral("sell");
    }
    return {};
}

CorrectionForm::CorrectionForm(trace::TraceService& trace, QWidget* parent) : RecordForm(trace, parent)
{
    setObjectName(QStringLiteral("correctionForm"));
    setIntro(tr("Correct a mistake"),
             tr("Records are never deleted. A wrong event is declared wrong: it stays in the history, "
                "marked withdrawn, and its quantities and links are taken back. Then record the right "
                "event."));
    m_batch = new BatchEdit(trace, this);
    m_batch->setObjectName(QStringLiteral("batchEdit"));
    m_batchLine = addField(tr("&Batch:"), m_batch);
    m_event = new QComboBox(this);
    m_event->setObjectName(QStringLiteral("eventCombo"));
    m_eventLine = addField(tr("&Event:"), m_event, tr("The wrong event, by its time and what it recorded"));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reasonCombo"));
    m_reason->addItem(tr("Its data are wrong (quantity, lot, place …)"), QStringLiteral("incorrect_data"));
    m_reason->addItem(tr("It did not happen"), QStringLiteral("did_not_occur"));
    addField(tr("&Why:"), m_reason);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("e.g. 18,500 kg typed instead of 1,850 kg"));
    addField(tr("&Note:"), m_note, tr("What was wrong, for whoever reads the history later"));
    finish(tr("&Declare wrong…"));
    connect(m_batch, &BatchEdit::batchChanged, this, &CorrectionForm::fillEvents);
    reload();
}

QString CorrectionForm::title() const
{
    return tr("Correct a mistake");
}

void CorrectionForm::reload()
{
    RecordForm::reload();
    m_eventsOf.clear();
    m_batch->resolve();
}

void CorrectionForm::prefill(const QString& batchId)
{
    m_batch->setBatch(batchId);
}

void CorrectionForm::fillEvents()
{
    const QString batch = m_batch->batch() ? m_batch->batch()->batch : QString();
    if (batch == m_eventsOf && !batch.isEmpty()) {
        return;
    }
    m_eventsOf = batch;
    m_events.clear();
    const QSignalBlocker block(m_event);
    m_event->clear();
    if (!batch.isEmpty()) {
        auto events = m_trace.events(batch);
        if (events) {
            for (const trace::EventInfo& e : events.value()) {
                if (e.withdrawn || e.role == QLatin1String("correction")) {
                    continue;
                }
                m_events.append(e);
                const QDateTime when = QDateTime::fromMSecsSinceEpoch(e.eventMs).toLocalTime();
                QString text = tr("%1 — %2", "time — what")
                                   .arg(QLocale().toString(when, QLocale::ShortFormat), eventName(e));
                if (e.quantity > 0) {
                    text += tr(" — %1").arg(formatAmount(e.quantity, e.unit));
                }
                m_event->addItem(text, e.eventId);
            }
        }
        // The newest first: a mistake is usually noticed soon.
        if (m_event->count() > 0) {
            m_event->setCurrentIndex(m_event->count() - 1);
        }
    }
    validate();
}

const trace::EventInfo* CorrectionForm::currentEvent() const
{
    const QString id = m_event->currentData().toString();
    for (const trace::EventInfo& e : m_events) {
        if (e.eventId == id) {
            return &e;
        }
    }
    return nullptr;
}

void CorrectionForm::check()
{
    checkBatch(m_batchLine, m_batch, tr("Type or scan the batch whose event is wrong."));
    if (m_batch->batch() && m_event->count() == 0) {
        fail(m_eventLine, tr("This batch has no event that could be declared wrong."));
    } else if (!currentEvent()) {
        missing(m_eventLine, tr("Choose the wrong event."));
    }
}

bool CorrectionForm::aboutToWrite()
{
    const trace::EventInfo* e = currentEvent();
    return confirm(tr("Declare the event wrong?"),
                   tr("The %1 of %2 (batch %3) will be declared wrong.\n\nIt stays visible in the batch's "
                      "history, marked withdrawn, and its quantities and links are taken back. The "
                      "correction is itself a signed record and cannot be taken back.")
                       .arg(eventName(*e),
                            QLocale().toString(QDateTime::fromMSecsSinceEpoch(e->eventMs).toLocalTime(),
                                               QLocale::ShortFormat),
                            m_batch->batch()->lot),
                   tr("&Declare wrong"));
}

Result<QString> CorrectionForm::write()
{
    const trace::EventInfo e = *currentEvent();
    const QString reason = m_reason->currentData().toString();
    auto rec = m_trace.declareError(e.eventId, reason, m_note->text().trimmed());
    if (!rec) {
        return rec.error();
    }
    m_nextAction = reason == QLatin1String("incorrect_data") ? actionForEvent(e) : QString();
    m_nextBatch = m_batch->batch()->batch;
    return tr("Correction recorded: the %1 of batch %2 is withdrawn")
        .arg(eventName(e), m_batch->batch()->lot);
}

void CorrectionForm::afterWrite()
{
    const QString action = m_nextAction;
    const QString batch = m_nextBatch;
    m_nextAction.clear();
    m_nextBatch.clear();
    if (action.isEmpty()) {
        return;
    }
    if (confirm(tr("Record the right event?"),
                tr("The wrong event is withdrawn. Open the form to record what really happened?"),
                tr("&Open the form"))) {
        Q_EMIT actionRequested(action, batch);
    }
}

void CorrectionForm::clearForm()
{
    m_batch->clear();
    m_note->clear();
    m_reason->setCurrentIndex(0);
    m_eventsOf.clear();
    fillEvents();
    m_batch->setFocus();
}

} // namespace suyuan::ui
