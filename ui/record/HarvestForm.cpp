#include "RecordForms.h"

#include "trace/Gs1.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace suyuan::ui {

QString suyuanStep(const char* name)
{
    return QStringLiteral("https://suyuan.example/ns/") + QLatin1String(name);
}

HarvestForm::HarvestForm(trace::TraceService& trace, QWidget* parent) : RecordForm(trace, parent)
{
    setObjectName(QStringLiteral("harvestForm"));
    setIntro(tr("Harvest / new batch"),
             tr("A new batch enters the ledger: what was harvested, its lot code, how much and where. "
                "The lot code goes on the label."));
    m_product = new QComboBox(this);
    m_product->setObjectName(QStringLiteral("productCombo"));
    m_productLine = addField(tr("&Product:"), m_product, tr("The product of the new batch (Master data)"));
    m_lot = new QLineEdit(this);
    m_lot->setObjectName(QStringLiteral("lotEdit"));
    m_lot->setPlaceholderText(tr("e.g. FJ-251205-SM"));
    m_lotLine = addField(tr("&Lot code:"), m_lot,
                         tr("The batch/lot number printed on the label (GS1 AI 10): up to 20 letters, "
                            "digits and - . / _ ; no spaces or Chinese characters."));
    m_quantity = new QLineEdit(this);
    m_quantity->setObjectName(QStringLiteral("quantityEdit"));
    m_quantity->setPlaceholderText(tr("e.g. 1200"));
    m_unit = makeUnitCombo(QStringLiteral("unitCombo"));
    m_quantityLine = addField(tr("&Quantity:"), pair(m_quantity, m_unit),
                              tr("How much was harvested, in the unit on the right (the product's unit "
                                 "by default)"));
    m_plot = new QComboBox(this);
    m_plot->setObjectName(QStringLiteral("plotCombo"));
    addField(tr("Pl&ot:"), m_plot, tr("Where it was harvested; the farm plots come first"));
    m_time = makeTimeEdit();
    m_timeLine = addField(tr("Harvest t&ime:"), m_time, tr("When it was harvested (local time)"));
    m_variety = new QLineEdit(this);
    m_variety->setObjectName(QStringLiteral("varietyEdit"));
    m_variety->setPlaceholderText(tr("e.g. 纽荷尔 Newhall"));
    addField(tr("&Variety:"), m_variety);
    m_certifications = new QLineEdit(this);
    m_certifications->setObjectName(QStringLiteral("certificationsEdit"));
    m_certifications->setPlaceholderText(tr("e.g. 绿色食品, GAP"));
    addField(tr("&Certifications:"), m_certifications,
             tr("Certifications of the harvest (green food, organic, GAP …), separated by commas"));
    m_country = new QLineEdit(QStringLiteral("CN"), this);
    m_country->setObjectName(QStringLiteral("countryEdit"));
    m_country->setMaxLength(2);
    m_countryLine =
        addField(tr("Cou&ntry of origin:"), m_country, tr("Two-letter ISO country code (CN for China)"));
    finish(tr("&Record harvest"));
    connect(m_product, &QComboBox::currentIndexChanged, this, &HarvestForm::productChanged);
    reload();
}

QString HarvestForm::title() const
{
    return tr("Harvest / new batch");
}

void HarvestForm::reload()
{
    RecordForm::reload();
    fillProducts(m_product);
    fillLocations(m_plot, true, QStringLiteral("plot"));
    productChanged();
}

void HarvestForm::productChanged()
{
    for (const trace::Product& p : products()) {
        if (p.key == m_product->currentData().toString()) {
            const int i = m_unit->findData(p.unit);
            if (i >= 0) {
                m_unit->setCurrentIndex(i);
            }
        }
    }
    validate();
}

void HarvestForm::prefill(const QString& batchId)
{
    // Recording a batch again after its harvest was declared wrong: start from what it was.
    auto info = m_trace.batch(batchId);
    if (!info || !info->has_value()) {
        return;
    }
    const trace::BatchInfo& b = info->value();
    const int p = m_product->findData(b.productKey);
    if (p >= 0) {
        m_product->setCurrentIndex(p);
    }
    m_lot->setText(b.lot);
    if (b.produced > 0) {
        m_quantity->setText(formatQuantity(b.produced));
    }
    const int u = m_unit->findData(b.unit);
    if (u >= 0) {
        m_unit->setCurrentIndex(u);
    }
    const QString plot = b.originLocation.section(QLatin1Char(':'), -1);
    const int l = m_plot->findData(plot);
    if (l >= 0) {
        m_plot->setCurrentIndex(l);
    }
    validate();
}

void HarvestForm::check()
{
    if (m_product->count() == 0) {
        fail(m_productLine, tr("There are no products yet: add one under Master data first."));
    }
    const QString lot = m_lot->text().trimmed();
    if (lot.isEmpty()) {
        missing(m_lotLine, tr("Type the lot code."));
    } else if (auto ok = gs1::checkLot(lot); !ok) {
        fail(m_lotLine, ok.error().message);
    } else if (m_product->count() > 0) {
        for (const trace::Product& p : products()) {
            if (p.key != m_product->currentData().toString()) {
                continue;
            }
            auto existing = m_trace.batch(m_trace.batchIdFor(p, lot));
            if (existing && existing->has_value() && existing->value().status != QLatin1String("withdrawn")) {
                fail(m_lotLine,
                     tr("Batch %1 of this product exists already; choose another lot code.").arg(lot));
            }
        }
    }
    if (m_quantity->text().trimmed().isEmpty()) {
        missing(m_quantityLine, tr("Type the quantity harvested."));
    } else if (auto q = parseQuantity(m_quantity->text()); !q || !(*q > 0)) {
        fail(m_quantityLine, tr("The quantity must be a number above zero."));
    }
    checkTime(m_timeLine, m_time);
    static const QRegularExpression country(QStringLiteral("^[A-Z]{2}$"));
    if (!m_country->text().isEmpty() && !country.match(m_country->text()).hasMatch()) {
        fail(m_countryLine, tr("Use the two capital letters of the country (CN)."));
    }
}

trace::TraceService::Harvest HarvestForm::harvest() const
{
    trace::TraceService::Harvest h;
    h.batch.productKey = m_product->currentData().toString();
    h.batch.lot = m_lot->text().trimmed();
    h.batch.quantity = parseQuantity(m_quantity->text()).value_or(0);
    h.batch.unit = m_unit->currentData().toString();
    h.locationKey = m_plot->currentData().toString();
    h.eventTime = timeOf(m_time);
    // The keys the CLI and the demo write (docs/architecture.md, Trace model).
    h.ilmd.insert(QStringLiteral("cbvmda:harvestStartDate"), h.eventTime.date().toString(Qt::ISODate));
    if (!m_country->text().isEmpty()) {
        h.ilmd.insert(QStringLiteral("cbvmda:countryOfOrigin"), m_country->text());
    }
    if (!m_variety->text().trimmed().isEmpty()) {
        h.ilmd.insert(QStringLiteral("suyuan:variety"), m_variety->text().trimmed());
    }
    const QStringList certs = splitList(m_certifications->text());
    if (!certs.isEmpty()) {
        h.ilmd.insert(QStringLiteral("suyuan:certifications"), QJsonArray::fromStringList(certs));
    }
    return h;
}

Result<QString> HarvestForm::write()
{
    const trace::TraceService::Harvest h = harvest();
    auto id = m_trace.harvest(h);
    if (!id) {
        return id.error();
    }
    return tr("Harvest recorded: batch %1").arg(h.batch.lot);
}

void HarvestForm::clearForm()
{
    // Product, plot, variety and certifications stay: the next batch is often the same crop.
    m_lot->clear();
    m_quantity->clear();
    m_time->setDateTime(QDateTime::currentDateTime());
    m_lot->setFocus();
}

} // namespace suyuan::ui
