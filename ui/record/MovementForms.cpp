#include "RecordForms.h"

#include "common/Style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

namespace suyuan::ui {

namespace {
// A business document as the CLI names it: ("po", "urn:suyuan:po:4500012345").
void addDocument(QList<QPair<QString, QString>>& docs, const char* type, const QLineEdit* edit)
{
    const QString number = edit->text().trimmed();
    if (!number.isEmpty()) {
        docs.append(
            {QLatin1String(type), QStringLiteral("urn:suyuan:%1:").arg(QLatin1String(type)) + number});
    }
}

// Document numbers end up inside a URN: no spaces.
bool documentNumberOk(const QLineEdit* edit)
{
    return !edit->text().trimmed().contains(QLatin1Char(' '));
}
} // namespace

// ---- ShipForm ---------------------------------------------------------------------------------

ShipForm::ShipForm(trace::TraceService& trace, QWidget* parent) : RecordForm(trace, parent)
{
    setObjectName(QStringLiteral("shipForm"));
    setIntro(tr("Ship"), tr("A whole batch leaves for another party (to ship part of a batch, split it "
                            "first under Process). It is in transit until received."));
    m_batch = new BatchEdit(trace, this);
    m_batch->setObjectName(QStringLiteral("batchEdit"));
    m_batch->setStatusFilter(QStringLiteral("active"));
    m_batchLine = addField(tr("&Batch:"), m_batch);
    m_party = new QComboBox(this);
    m_party->setObjectName(QStringLiteral("partyCombo"));
    m_partyLine = addField(tr("&To party:"), m_party, tr("Who receives and owns the goods"));
    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("locationCombo"));
    addField(tr("To &location:"), m_location, tr("Where the goods go (a warehouse, a port, a store)"));
    m_po = new QLineEdit(this);
    m_po->setObjectName(QStringLiteral("poEdit"));
    addField(tr("Purchase &order no.:"), m_po);
    m_despatch = new QLineEdit(this);
    m_despatch->setObjectName(QStringLiteral("despatchEdit"));
    addField(tr("&Despatch advice no.:"), m_despatch,
             tr("The delivery note / despatch advice (发货单) number"));
    m_bol = new QLineEdit(this);
    m_bol->setObjectName(QStringLiteral("bolEdit"));
    m_docsLine =
        addField(tr("Bill o&f lading no.:"), m_bol, tr("The transport document (提单 / waybill) number"));
    m_transport = new QComboBox(this);
    m_transport->setObjectName(QStringLiteral("transportCombo"));
    m_transport->addItem(tr("(not said)"), QString());
    const std::pair<const char*, QString> modes[] = {{"road", tr("Road")},
                                                     {"rail", tr("Rail")},
                                                     {"water", tr("Water")},
                                                     {"air", tr("Air")},
                                                     {"express", tr("Express parcel")}};
    for (const auto& [code, name] : modes) {
        m_transport->addItem(name, QString::fromLatin1(code));
    }
    m_coldChain = new QCheckBox(tr("Col&d chain (refrigerated)"), this);
    m_coldChain->setObjectName(QStringLiteral("coldChainCheckBox"));
    addField(tr("Trans&port:"), pair(m_transport, m_coldChain), tr("How the goods travel"));
    m_carrier = new QLineEdit(this);
    m_carrier->setObjectName(QStringLiteral("carrierEdit"));
    addField(tr("Ca&rrier:"), m_carrier, tr("The haulier (承运人), if not the receiving party"));
    m_vehicle = new QLineEdit(this);
    m_vehicle->setObjectName(QStringLiteral("vehicleEdit"));
    m_vehicle->setPlaceholderText(tr("e.g. 渝A·12345"));
    addField(tr("&Vehicle:"), m_vehicle, tr("Plate number, wagon, vessel or flight"));

    auto* hidden = new QGroupBox(tr("Private (stays on this node)"), this);
    hidden->setObjectName(QStringLiteral("privateGroupBox"));
    auto* hiddenLayout = new QFormLayout(hidden);
    auto* hint = new QLabel(tr("Price and contract are kept in this node's encrypted database. The signed "
                               "record only carries a salted fingerprint of them, so partners and consumers "
                               "never see them."),
                            hidden);
    hint->setWordWrap(true);
    setTone(hint, Tone::Hint);
    hiddenLayout->addRow(hint);
    m_price = new QLineEdit(hidden);
    m_price->setObjectName(QStringLiteral("priceEdit"));
    m_currency = new QComboBox(hidden);
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_currency->addItems({QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("SGD"),
                          QStringLiteral("EUR"), QStringLiteral("THB"), QStringLiteral("VND")});
    auto* priceLabel = new QLabel(tr("&Price:"), hidden);
    QWidget* priceRow = pair(m_price, m_currency);
    priceLabel->setBuddy(priceRow);
    priceRow->setToolTip(tr("The price of the whole shipment"));
    hiddenLayout->addRow(priceLabel, priceRow);
    m_priceLine = newLine(hidden);
    m_priceLine->setObjectName(QStringLiteral("priceEditMessage"));
    hiddenLayout->addRow(QString(), m_priceLine);
    addLine(m_priceLine);
    m_contract = new QLineEdit(hidden);
    m_contract->setObjectName(QStringLiteral("contractEdit"));
    auto* contractLabel = new QLabel(tr("&Contract:"), hidden);
    contractLabel->setBuddy(m_contract);
    hiddenLayout->addRow(contractLabel, m_contract);
    watch(m_contract);
    addWide(hidden);

    m_time = makeTimeEdit();
    m_timeLine = addField(tr("T&ime:"), m_time, tr("When the goods left (local time)"));
    finish(tr("&Record shipment"));
    reload();
}

QString ShipForm::title() const
{
    return tr("Ship");
}

void ShipForm::reload()
{
    RecordForm::reload();
    fillParties(m_party, false);
    fillLocations(m_location, true);
    m_batch->resolve();
}

void ShipForm::prefill(const QString& batchId)
{
    m_batch->setBatch(batchId);
}

void ShipForm::check()
{
    checkBatch(m_batchLine, m_batch, tr("Type or scan the batch shipped."));
    if (m_batch->batch() && m_batch->batch()->status != QLatin1String("active")) {
        fail(m_batchLine, tr("This batch is %1; only batches in stock can be shipped.")
                              .arg(batchStatusName(m_batch->batch()->status)));
    }
    if (m_party->count() == 0) {
        fail(m_partyLine, tr("There are no parties yet: add the customer under Master data first."));
    }
    for (QLineEdit* doc : {m_po, m_despatch, m_bol}) {
        if (!documentNumberOk(doc)) {
            fail(m_docsLine, tr("Document numbers may not contain spaces."));
        }
    }
    if (!m_price->text().trimmed().isEmpty()) {
        if (auto p = parseQuantity(m_price->text()); !p || *p < 0) {
            fail(m_priceLine, tr("The price must be a number."));
        }
    }
    checkTime(m_timeLine, m_time);
}

Result<QString> ShipForm::write()
{
    QList<QPair<QString, QString>> docs;
    addDocument(docs, "po", m_po);
    addDocument(docs, "desadv", m_despatch);
    addDocument(docs, "bol", m_bol);
    QJsonObject privateFields;
    if (auto price = parseQuantity(m_price->text())) {
        privateFields.insert(QStringLiteral("price"), *price);
        privateFields.insert(QStringLiteral("currency"), m_currency->currentText());
    }
    if (!m_contract->text().trimmed().isEmpty()) {
        privateFields.insert(QStringLiteral("contract"), m_contract->text().trimmed());
    }
    trace::Transport transport;
    transport.mode = m_transport->currentData().toString();
    transport.carrier = m_carrier->text().trimmed();
    transport.vehicle = m_vehicle->text().trimmed();
    transport.coldChain = m_coldChain->isChecked();
    const trace::BatchInfo b = *m_batch->batch();
    auto rec = m_trace.ship(b.batch, m_party->currentData().toString(), m_location->currentData().toString(),
                            docs, timeOf(m_time), privateFields, transport);
    if (!rec) {
        return rec.error();
    }
    return tr("Shipment recorded: batch %1 to %2").arg(b.lot, m_party->currentText());
}

void ShipForm::clearForm()
{
    m_batch->clear();
    for (QLineEdit* e : {m_po, m_despatch, m_bol, m_carrier, m_vehicle, m_price, m_contract}) {
        e->clear();
    }
    m_transport->setCurrentIndex(0);
    m_coldChain->setChecked(false);
    m_time->setDateTime(QDateTime::currentDateTime());
    m_batch->setFocus();
}

// ---- ReceiveForm ------------------------------------------------------------------------------

ReceiveForm::ReceiveForm(trace::TraceService& trace, QWidget* parent) : RecordForm(trace, parent)
{
    setObjectName(QStringLiteral("receiveForm"));
    setIntro(tr("Receive"), tr("A batch arrives: where it was put and who sent it. Scan the label into "
                               "the batch field."));
    m_batch = new BatchEdit(trace, this);
    m_batch->setObjectName(QStringLiteral("batchEdit"));
    m_batch->setStatusFilter(QStringLiteral("in_transit"));
    m_batchLine = addField(tr("&Batch:"), m_batch);
    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("locationCombo"));
    m_locationLine = addField(tr("&Location:"), m_location, tr("Where the goods were received"));
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("fromCombo"));
    addField(tr("&From party:"), m_from, tr("Who sent the goods"));
    m_advice = new QLineEdit(this);
    m_advice->setObjectName(QStringLiteral("adviceEdit"));
    m_adviceLine =
        addField(tr("Receiving &advice no.:"), m_advice, tr("The receiving note (收货单) number, if any"));
    m_time = makeTimeEdit();
    m_timeLine = addField(tr("T&ime:"), m_time, tr("When the goods arrived (local time)"));
    finish(tr("&Record receipt"));
    reload();
}

QString ReceiveForm::title() const
{
    return tr("Receive");
}

void ReceiveForm::reload()
{
    RecordForm::reload();
    fillLocations(m_location, false, QStringLiteral("warehouse"));
    fillParties(m_from, true);
    m_batch->resolve();
}

void ReceiveForm::prefill(const QString& batchId)
{
    m_batch->setBatch(batchId);
}

void ReceiveForm::check()
{
    checkBatch(m_batchLine, m_batch, tr("Type or scan the batch received."));
    if (m_location->count() == 0) {
        fail(m_locationLine, tr("There are no locations yet: add one under Master data first."));
    }
    if (!documentNumberOk(m_advice)) {
        fail(m_adviceLine, tr("Document numbers may not contain spaces."));
    }
    checkTime(m_timeLine, m_time);
}

Result<QString> ReceiveForm::write()
{
    QList<QPair<QString, QString>> docs;
    addDocument(docs, "recadv", m_advice);
    const trace::BatchInfo b = *m_batch->batch();
    auto rec = m_trace.receive(b.batch, m_location->currentData().toString(), timeOf(m_time),
                               m_from->currentData().toString(), docs);
    if (!rec) {
        return rec.error();
    }
    return tr("Receipt recorded: batch %1 at %2").arg(b.lot, m_location->currentText());
}

void ReceiveForm::clearForm()
{
    m_batch->clear();
    m_advice->clear();
    m_time->setDateTime(QDateTime::currentDateTime());
    m_batch->setFocus();
}

// ---- RecallForm -------------------------------------------------------------------------------

RecallForm::RecallForm(trace::TraceService& trace, QWidget* parent) : RecordForm(trace, parent)
{
    setObjectName(QStringLiteral("recallForm"));
    setIntro(tr("Recall"), tr("A batch is recalled: it may no longer be processed or sold. Whoever holds "
                              "what was made from it is found under Recall in the batch's trace."));
    m_batch = new BatchEdit(trace, this);
    m_batch->setObjectName(QStringLiteral("batchEdit"));
    m_batchLine = addField(tr("&Batch:"), m_batch);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("e.g. pesticide residue above the limit"));
    m_reasonLine = addField(tr("Reaso&n:"), m_reason, tr("Why the batch is recalled; partners will read it"));
    m_time = makeTimeEdit();
    m_timeLine = addField(tr("T&ime:"), m_time);
    finish(tr("&Record recall"));
    reload();
}

QString RecallForm::title() const
{
    return tr("Recall");
}

void RecallForm::prefill(const QString& batchId)
{
    m_batch->setBatch(batchId);
}

void RecallForm::check()
{
    checkBatch(m_batchLine, m_batch, tr("Type or scan the batch recalled."));
    if (m_batch->batch() && m_batch->batch()->status == QLatin1String("recalled")) {
        fail(m_batchLine, tr("This batch is recalled already."));
    }
    if (m_reason->text().trimmed().isEmpty()) {
        missing(m_reasonLine, tr("A recall needs its reason."));
    }
    checkTime(m_timeLine, m_time);
}

Result<QString> RecallForm::write()
{
    const trace::BatchInfo b = *m_batch->batch();
    auto rec = m_trace.recall(b.batch, m_reason->text().trimmed(), timeOf(m_time));
    if (!rec) {
        return rec.error();
    }
    return tr("Recall recorded: batch %1").arg(b.lot);
}

void RecallForm::clearForm()
{
    m_batch->clear();
    m_reason->clear();
    m_time->setDateTime(QDateTime::currentDateTime());
    m_batch->setFocus();
}

// ---- SellForm ---------------------------------------------------------------------------------

SellForm::SellForm(trace::TraceService& trace, QWidget* parent) : RecordForm(trace, parent)
{
    setObjectName(QStringLiteral("sellForm"));
    setIntro(tr("Sell / destroy"), tr("Goods leave the chain: sold to consumers, or destroyed (spoiled, "
                                      "failed a test). The batch is closed once nothing is left."));
    auto* modes = new QWidget(this);
    auto* modeRow = new QHBoxLayout(modes);
    modeRow->setContentsMargins(0, 0, 0, 0);
    m_sell = new QRadioButton(tr("&Sold"), modes);
    m_sell->setObjectName(QStringLiteral("sellRadioButton"));
    m_destroy = new QRadioButton(tr("&Destroyed"), modes);
    m_destroy->setObjectName(QStringLiteral("destroyRadioButton"));
    m_sell->setChecked(true);
    modeRow->addWidget(m_sell);
    modeRow->addWidget(m_destroy);
    modeRow->addStretch(1);
    modes->setFocusProxy(m_sell);
    addField(tr("What happened:"), modes);
    watch(m_destroy);
    m_batch = new BatchEdit(trace, this);
    m_batch->setObjectName(QStringLiteral("batchEdit"));
    m_batch->setStatusFilter(QStringLiteral("active"));
    m_batchLine = addField(tr("&Batch:"), m_batch);
    m_quantity = new QLineEdit(this);
    m_quantity->setObjectName(QStringLiteral("quantityEdit"));
    m_quantityLine = addField(tr("&Quantity:"), m_quantity, tr("Leave empty for all that is available"));
    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("locationCombo"));
    addField(tr("&Where:"), m_location, tr("The store where it was sold"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonLine = addField(tr("Reaso&n:"), m_reason, tr("Why it was destroyed"));
    m_time = makeTimeEdit();
    m_timeLine = addField(tr("T&ime:"), m_time);
    finish(tr("&Record"));
    reload();
}

QString SellForm::title() const
{
    return tr("Sell / destroy");
}

void SellForm::reload()
{
    RecordForm::reload();
    fillLocations(m_location, true, QStringLiteral("store"));
    m_batch->resolve();
}

void SellForm::prefill(const QString& batchId)
{
    m_batch->setBatch(batchId);
}

void SellForm::check()
{
    const bool destroying = m_destroy->isChecked();
    m_location->setEnabled(!destroying);
    m_reason->setEnabled(destroying);
    checkBatch(m_batchLine, m_batch, tr("Type or scan the batch."));
    const std::optional<trace::BatchInfo>& b = m_batch->batch();
    m_quantity->setPlaceholderText(b ? tr("all: %1").arg(formatAmount(b->available(), b->unit)) : QString());
    if (b && !(b->available() > 0)) {
        fail(m_batchLine, tr("Nothing of this batch is left."));
    }
    if (!m_quantity->text().trimmed().isEmpty()) {
        const auto q = parseQuantity(m_quantity->text());
        if (!q || !(*q > 0)) {
            fail(m_quantityLine, tr("The quantity must be a number above zero (or empty for all)."));
        } else if (b && *q > b->available() + trace::kQuantityEpsilon) {
            fail(m_quantityLine,
                 tr("Only %1 of this batch is available.").arg(formatAmount(b->available(), b->unit)));
        }
    }
    if (destroying && m_reason->text().trimmed().isEmpty()) {
        missing(m_reasonLine, tr("Say why it was destroyed."));
    }
    checkTime(m_timeLine, m_time);
}

Result<QString> SellForm::write()
{
    const trace::BatchInfo b = *m_batch->batch();
    const double q = parseQuantity(m_quantity->text()).value_or(0);
    const bool destroying = m_destroy->isChecked();
    auto rec = destroying ? m_trace.destroy(b.batch, q, m_reason->text().trimmed(), timeOf(m_time))
                          : m_trace.sell(b.batch, q, m_location->currentData().toString(), timeOf(m_time));
    if (!rec) {
        return rec.error();
    }
    const QString amount = formatAmount(q > 0 ? q : b.available(), b.unit);
    return destroying ? tr("Destruction recorded: %1 of batch %2").arg(amount, b.lot)
                      : tr("Sale recorded: %1 of batch %2").arg(amount, b.lot);
}

void SellForm::clearForm()
{
    m_batch->clear();
    m_quantity->clear();
    m_reason->clear();
    m_time->setDateTime(QDateTime::currentDateTime());
    m_batch->setFocus();
}

} // namespace suyuan::ui
