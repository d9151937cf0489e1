#include "MasterDataPage.h"

#include "common/Style.h"
#include "crypto/NodeId.h"
#include "trace/Gs1.h"
#include "trace/TraceStats.h"

#include <QCollator>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace suyuan::ui {

namespace {

constexpr int kKeyRole = Qt::UserRole;
const QString kProductKind = QStringLiteral("master.product");
const QString kPartyKind = QStringLiteral("master.party");
const QString kLocationKind = QStringLiteral("master.location");

// Party and location keys name them inside every event (urn:suyuan:party:{key}): short,
// lower case, no spaces or colons, so that they read well in URIs and never change.
const QRegularExpression& keyPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,39}$"));
    return re;
}

// A local product code goes into the batch identifier (urn:suyuan:lot:{code}:{lot}).
const QRegularExpression& codePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$"));
    return re;
}

// Columns fit their contents, but no column takes more than about 32 characters' width.
void fitColumns(QTableWidget* table)
{
    table->resizeColumnsToContents();
    const int cap = table->fontMetrics().averageCharWidth() * 32;
    for (int c = 0; c < table->columnCount(); ++c) {
        table->setColumnWidth(c, std::min(table->columnWidth(c), cap));
    }
}

QTableWidgetItem* item(const QString& text)
{
    auto* i = new QTableWidgetItem(text);
    i->setToolTip(text.size() > 24 ? text : QString());
    return i;
}

// Reads a decimal typed in the user's locale or with a dot.
std::optional<double> parseNumber(const QString& text)
{
    bool ok = false;
    double v = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok) {
        v = QLocale::c().toDouble(text.trimmed(), &ok);
    }
    return ok ? std::optional<double>(v) : std::nullopt;
}

// After filling a form, long texts show their beginning.
void showBeginnings(const QWidget* form)
{
    for (QLineEdit* edit : form->findChildren<QLineEdit*>()) {
        edit->setCursorPosition(0);
    }
}

void selectKey(QTableWidget* table, const QString& key)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0) && table->item(r, 0)->data(kKeyRole).toString() == key) {
            table->setCurrentCell(r, 0);
            table->scrollToItem(table->item(r, 0));
            return;
        }
    }
}

void setComboData(QComboBox* combo, const QString& value)
{
    int i = combo->findData(value);
    if (i < 0 && !value.isEmpty()) {
        // A value recorded elsewhere that this build does not list: keep it as it is.
        combo->addItem(value, value);
        i = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(0, i));
}

} // namespace

MasterDataPage::MasterDataPage(trace::TraceService& trace, QWidget* parent) : Page(trace, parent)
{
    setObjectName(QStringLiteral("masterDataPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    auto* heading = new QLabel(tr("Master data"));
    heading->setObjectName(QStringLiteral("masterDataHeadingLabel"));
    makeHeading(heading);
    layout->addWidget(heading);
    auto* intro =
        new QLabel(tr("Products, parties and locations that batches and events refer to. Saving a "
                      "change records a new version; earlier versions stay in the ledger (History)."),
                   this);
    intro->setWordWrap(true);
    setTone(intro, Tone::Hint);
    layout->addWidget(intro);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("masterDataTabs"));
    m_tabs->addTab(buildProducts(), tr("&Products"));
    m_tabs->addTab(buildParties(), tr("P&arties"));
    m_tabs->addTab(buildLocations(), tr("&Locations"));
    layout->addWidget(m_tabs, 1);

    newProduct();
    newParty();
    newLocation();
    refresh();
}

QString MasterDataPage::title() const
{
    return tr("Master data");
}

QIcon MasterDataPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogListView);
}

void MasterDataPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

void MasterDataPage::refresh()
{
    loadProducts(m_productKey);
    loadParties(m_partyEditing);
    loadLocations(m_locationEditing);
}

// ---- building blocks ------------------------------------------------------------------------

QLabel* MasterDataPage::addRow(QFormLayout* form, const QString& label, QWidget* field, const char* name,
                               const QString& toolTip)
{
    auto* l = new QLabel(label);
    l->setBuddy(field);
    field->setObjectName(QLatin1String(name));
    if (!toolTip.isEmpty()) {
        field->setToolTip(toolTip);
        l->setToolTip(toolTip);
    }
    form->addRow(l, field);
    return l;
}

QLabel* MasterDataPage::addError(QFormLayout* form, const char* name)
{
    auto* error = new QLabel;
    error->setObjectName(QLatin1String(name));
    error->setWordWrap(true);
    setTone(error, Tone::Error);
    error->hide();
    form->addRow(QString(), error);
    return error;
}

QTableWidget* MasterDataPage::makeTable(const char* name, const QStringList& headers)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()));
    table->setObjectName(QLatin1String(name));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->setMinimumWidth(table->fontMetrics().averageCharWidth() * 50);
    return table;
}

QWidget* MasterDataPage::buildButtons(const char* prefix, QPushButton** save, QPushButton** history,
                                      const std::function<void()>& onNew, const std::function<void()>& onSave,
                                      const std::function<void()>& onHistory)
{
    auto* row = new QWidget;
    auto* box = new QHBoxLayout(row);
    box->setContentsMargins(0, 0, 0, 0);
    auto* newButton = new QPushButton(tr("&New"), row);
    newButton->setObjectName(QLatin1String(prefix) + QStringLiteral("NewButton"));
    newButton->setToolTip(tr("Clear the form to enter a new entry."));
    *history = new QPushButton(tr("&History…"), row);
    (*history)->setObjectName(QLatin1String(prefix) + QStringLiteral("HistoryButton"));
    (*history)->setToolTip(tr("Every version of the selected entry, newest first."));
    *save = new QPushButton(tr("&Save"), row);
    (*save)->setObjectName(QLatin1String(prefix) + QStringLiteral("SaveButton"));
    (*save)->setDefault(true);
    (*save)->setToolTip(tr("Record this entry in the ledger, signed by this node (Enter)."));
    box->addWidget(newButton);
    box->addWidget(*history);
    box->addStretch(1);
    box->addWidget(*save);
    connect(newButton, &QPushButton::clicked, this, onNew);
    connect(*save, &QPushButton::clicked, this, onSave);
    connect(*history, &QPushButton::clicked, this, onHistory);
    return row;
}

void MasterDataPage::connectSubmit(QWidget* tab, const std::function<void()>& submit)
{
    for (QLineEdit* edit : tab->findChildren<QLineEdit*>()) {
        connect(edit, &QLineEdit::returnPressed, this, submit);
    }
}

void MasterDataPage::setError(QLabel* error, const QString& text)
{
    error->setText(text);
    error->setVisible(!text.isEmpty());
}

void MasterDataPage::reportFailure(QLabel* status, const QString& message)
{
    status->setText(message);
    setTone(status, Tone::Error);
    status->show();
}

QString MasterDataPage::keyError(const QString& key) const
{
    if (key.isEmpty()) {
        return {};
    }
    return keyPattern().match(key).hasMatch() ? QString()
                                              : tr("Use 1–40 lower-case letters, digits, \"-\", \"_\" or "
                                                   "\".\", starting with a letter or digit "
                                                   "(e.g. fengjie-coop).");
}

QString MasterDataPage::glnError(const QString& gln) const
{
    if (gln.isEmpty()) {
        return {};
    }
    if (gln.size() != 13 || !std::all_of(gln.begin(), gln.end(), [](QChar c) { return c.isDigit(); })) {
        return tr("A GLN has exactly 13 digits.");
    }
    if (!gs1::isValidGln(gln)) {
        return tr("The check digit is wrong: it should be %1.").arg(gs1::gs1CheckDigit(gln.left(12)));
    }
    return {};
}

QString MasterDataPage::nameError(const QString& zh, const QString& en) const
{
    return zh.trimmed().isEmpty() && en.trimmed().isEmpty() ? tr("Enter a name in Chinese or English.")
                                                            : QString();
}

// ---- products -----------------------------------------------------------------------------

QWidget* MasterDataPage::buildProducts()
{
    auto* tab = new QWidget;
    tab->setObjectName(QStringLiteral("productsTab"));
    auto* split = new QSplitter(Qt::Horizontal, tab);
    split->setChildrenCollapsible(false);
    auto* tabLayout = new QHBoxLayout(tab);
    tabLayout->addWidget(split);

    m_products = makeTable("productsTable", {tr("Chinese name"), tr("English name"), tr("GTIN / local code"),
                                             tr("Category"), tr("Unit")});
    split->addWidget(m_products);
    connect(m_products, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0) {
            editProduct(row);
        }
    });

    auto* box = new QGroupBox(tr("Product"));
    auto* boxLayout = new QVBoxLayout(box);
    m_productMode = new QLabel(box);
    m_productMode->setObjectName(QStringLiteral("productModeLabel"));
    setTone(m_productMode, Tone::Hint);
    boxLayout->addWidget(m_productMode);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_productNameZh = new QLineEdit;
    addRow(form, tr("&Chinese name:"), m_productNameZh, "productNameZhEdit");
    m_productNameZh->setPlaceholderText(tr("e.g. 奉节脐橙"));
    m_productNameEn = new QLineEdit;
    addRow(form, tr("&English name:"), m_productNameEn, "productNameEnEdit");
    m_productNameEn->setPlaceholderText(tr("e.g. Fengjie navel orange"));
    m_productNameError = addError(form, "productNameError");
    m_productGtin = new QLineEdit;
    addRow(form, tr("&GTIN:"), m_productGtin, "productGtinEdit",
           tr("The product's GS1 trade item number: 8, 12, 13 or 14 digits ending in a check digit, as "
              "under its barcode. Leave it empty for a product without one."));
    m_productGtin->setPlaceholderText(tr("optional, e.g. 6937651000114"));
    m_productGtinError = addError(form, "productGtinError");
    m_productCode = new QLineEdit;
    addRow(
        form, tr("Local c&ode:"), m_productCode, "productCodeEdit",
        tr("For a product without a GTIN: your own short code, used in its batch numbers (letters, digits, "
           "\"-\", \"_\", \".\"; up to 20)."));
    m_productCode->setPlaceholderText(tr("needed without a GTIN, e.g. QCT-FL"));
    m_productCodeError = addError(form, "productCodeError");
    m_productCategory = new QComboBox;
    const QList<QPair<QString, QString>> categories{
        {QStringLiteral("fruit"), tr("Fruit")},
        {QStringLiteral("vegetable"), tr("Vegetable")},
        {QStringLiteral("processed_vegetable"), tr("Processed vegetable")},
        {QStringLiteral("spice"), tr("Spice")},
        {QStringLiteral("grain"), tr("Grain")},
        {QStringLiteral("tea"), tr("Tea")},
        {QStringLiteral("meat"), tr("Meat")},
        {QStringLiteral("aquatic"), tr("Aquatic product")},
        {QStringLiteral("other"), tr("Other")}};
    for (const auto& [code, name] : categories) {
        m_productCategory->addItem(name, code);
    }
    addRow(form, tr("Ca&tegory:"), m_productCategory, "productCategoryComboBox");
    m_productUnit = new QComboBox;
    for (const QString& unit : gs1::knownUnits()) {
        m_productUnit->addItem(tr("%1 — %2", "unit code — unit name").arg(unit, gs1::unitName(unit)), unit);
    }
    addRow(form, tr("Default &unit:"), m_productUnit, "productUnitComboBox",
           tr("The unit batches of this product are counted in unless a batch says otherwise (UN/ECE "
              "Recommendation 20 codes)."));
    boxLayout->addLayout(form);
    m_productStatus = new QLabel(box);
    m_productStatus->setObjectName(QStringLiteral("productStatusLabel"));
    m_productStatus->setWordWrap(true);
    m_productStatus->hide();
    boxLayout->addWidget(m_productStatus);
    boxLayout->addStretch(1);
    QPushButton* save = nullptr;
    boxLayout->addWidget(buildButtons(
        "product", &save, &m_productHistory, [this] { newProduct(); }, [this] { saveProduct(); },
        [this] {
            if (!m_productKey.isEmpty()) {
                showHistory(kProductKind, m_productKey,
                            m_productNameZh->text() + QLatin1Char(' ') + m_productNameEn->text());
            }
        }));
    split->addWidget(box);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({600, 400});

    for (QLineEdit* edit : {m_productGtin, m_productCode}) {
        connect(edit, &QLineEdit::textChanged, this, [this] { validateProduct(false); });
    }
    connect(m_productNameZh, &QLineEdit::textChanged, this, [this] {
        if (m_productNameError->isVisible()) {
            validateProduct(false);
        }
    });
    connect(m_productNameEn, &QLineEdit::textChanged, this, [this] {
        if (m_productNameError->isVisible()) {
            validateProduct(false);
        }
    });
    connectSubmit(box, [this] { saveProduct(); });
    QWidget::setTabOrder(m_products, m_productNameZh);
    return tab;
}

void MasterDataPage::loadProducts(const QString& select)
{
    auto products = m_trace.products();
    if (!products) {
        reportFailure(m_productStatus, products.error().message);
        return;
    }
    QList<trace::Product> list = *products;
    // Chinese names first, in the order a Chinese reader expects.
    const QCollator pinyin(QLocale(QLocale::Chinese, QLocale::China));
    std::stable_sort(list.begin(), list.end(), [&pinyin](const trace::Product& a, const trace::Product& b) {
        return pinyin.compare(a.nameZh.isEmpty() ? a.nameEn : a.nameZh,
                              b.nameZh.isEmpty() ? b.nameEn : b.nameZh) < 0;
    });
    const QSignalBlocker block(m_products);
    m_products->setRowCount(static_cast<int>(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const trace::Product& p = list.at(r);
        auto* first = item(p.nameZh);
        first->setData(kKeyRole, p.key);
        m_products->setItem(r, 0, first);
        m_products->setItem(r, 1, item(p.nameEn));
        m_products->setItem(r, 2, item(p.gtin.isEmpty() ? p.code : p.gtin));
        const int c = m_productCategory->findData(p.category);
        m_products->setItem(r, 3, item(c >= 0 ? m_productCategory->itemText(c) : p.category));
        m_products->setItem(r, 4, item(gs1::unitName(p.unit)));
    }
    fitColumns(m_products);
    if (!select.isEmpty()) {
        selectKey(m_products, select);
    }
}

void MasterDataPage::newProduct()
{
    m_productKey.clear();
    {
        const QSignalBlocker block(m_products);
        m_products->clearSelection();
        m_products->setCurrentCell(-1, -1);
    }
    for (QLineEdit* e : {m_productNameZh, m_productNameEn, m_productGtin, m_productCode}) {
        e->clear();
    }
    m_productGtin->setReadOnly(false);
    m_productCode->setReadOnly(false);
    m_productCategory->setCurrentIndex(0);
    setComboData(m_productUnit, QStringLiteral("KGM"));
    for (QLabel* l : {m_productNameError, m_productGtinError, m_productCodeError}) {
        setError(l, {});
    }
    m_productMode->setText(tr("New product. The GTIN or local code cannot be changed once saved."));
    m_productHistory->setEnabled(false);
    m_productNameZh->setFocus();
}

void MasterDataPage::editProduct(int row)
{
    const QTableWidgetItem* first = m_products->item(row, 0);
    if (!first) {
        return;
    }
    auto product = m_trace.product(first->data(kKeyRole).toString());
    if (!product || !product->has_value()) {
        return;
    }
    const trace::Product& p = **product;
    m_productKey = p.key;
    m_productNameZh->setText(p.nameZh);
    m_productNameEn->setText(p.nameEn);
    m_productGtin->setText(p.gtin);
    m_productCode->setText(p.code);
    // The key names every batch of the product: an edit keeps it.
    m_productGtin->setReadOnly(true);
    m_productCode->setReadOnly(true);
    setComboData(m_productCategory, p.category);
    setComboData(m_productUnit, p.unit);
    for (QLabel* l : {m_productNameError, m_productGtinError, m_productCodeError}) {
        setError(l, {});
    }
    m_productMode->setText(
        tr("Editing %1. Saving records a new version.").arg(p.nameZh.isEmpty() ? p.nameEn : p.nameZh));
    m_productHistory->setEnabled(true);
    m_productStatus->hide();
    showBeginnings(m_productNameZh->parentWidget());
}

bool MasterDataPage::validateProduct(bool submitting)
{
    QWidget* firstBad = nullptr;
    const auto check = [this, &firstBad](QLabel* label, QWidget* field, const QString& error) {
        setError(label, error);
        if (!error.isEmpty() && !firstBad) {
            firstBad = field;
        }
    };
    if (submitting || m_productNameError->isVisible()) {
        check(m_productNameError, m_productNameZh,
              nameError(m_productNameZh->text(), m_productNameEn->text()));
    }
    const QString gtin = m_productGtin->text().trimmed();
    QString gtinError;
    QString key;
    if (!gtin.isEmpty()) {
        auto normal = gs1::normaliseGtin(gtin);
        if (normal) {
            key = normal.value();
        } else {
            gtinError = normal.error().message;
        }
    }
    check(m_productGtinError, m_productGtin, gtinError);
    const QString code = m_productCode->text().trimmed();
    QString codeError;
    if (gtin.isEmpty()) {
        if (code.isEmpty()) {
            if (submitting) {
                codeError = tr("Enter a GTIN, or a local code for a product without one.");
            }
        } else if (!codePattern().match(code).hasMatch()) {
            codeError =
                tr("Use up to 20 letters, digits, \"-\", \"_\" or \".\", starting with a letter or digit.");
        } else {
            key = QStringLiteral("code:") + code;
        }
    }
    check(m_productCodeError, m_productCode, codeError);
    if (submitting && m_productKey.isEmpty() && !key.isEmpty() && gtinError.isEmpty() &&
        codeError.isEmpty()) {
        auto existing = m_trace.product(key);
        if (existing && existing->has_value()) {
            check(gtin.isEmpty() ? m_productCodeError : m_productGtinError,
                  gtin.isEmpty() ? m_productCode : m_productGtin,
                  tr("This product exists already: select it in the list to edit it."));
        }
    }
    if (!gs1::isKnownUnit(m_productUnit->currentData().toString()) && !firstBad) {
        firstBad = m_productUnit;
    }
    if (firstBad && submitting) {
        firstBad->setFocus();
    }
    return !firstBad;
}

void MasterDataPage::saveProduct()
{
    m_productStatus->hide();
    if (!validateProduct(true)) {
        return;
    }
    trace::Product p;
    p.nameZh = m_productNameZh->text().trimmed();
    p.nameEn = m_productNameEn->text().trimmed();
    p.gtin = m_productGtin->text().trimmed();
    p.code = p.gtin.isEmpty() ? m_productCode->text().trimmed() : QString();
    if (!m_productKey.isEmpty()) {
        // An edit keeps the key exactly, including a local code recorded beside a GTIN.
        if (auto current = m_trace.product(m_productKey); current && current->has_value()) {
            p.gtin = (*current)->gtin;
            p.code = (*current)->code;
        }
    }
    p.category = m_productCategory->currentData().toString();
    p.unit = m_productUnit->currentData().toString();
    auto saved = m_trace.saveProduct(p);
    if (!saved) {
        reportFailure(m_productStatus, saved.error().message);
        return;
    }
    const QString key = saved->body().value(QStringLiteral("id")).toString();
    const QString name = p.nameZh.isEmpty() ? p.nameEn : p.nameZh;
    m_productKey = key;
    loadProducts(key);
    editProduct(m_products->currentRow());
    m_productStatus->setText(tr("Saved: %1.").arg(name));
    setTone(m_productStatus, Tone::Success);
    m_productStatus->show();
    Q_EMIT ledgerChanged();
    Q_EMIT statusMessage(tr("Product saved: %1").arg(name));
}

// ---- parties ------------------------------------------------------------------------------

QWidget* MasterDataPage::buildParties()
{
    auto* tab = new QWidget;
    tab->setObjectName(QStringLiteral("partiesTab"));
    auto* split = new QSplitter(Qt::Horizontal, tab);
    split->setChildrenCollapsible(false);
    auto* tabLayout = new QHBoxLayout(tab);
    tabLayout->addWidget(split);

    m_parties = makeTable("partiesTable", {tr("Chinese name"), tr("English name"), tr("Role"), tr("Key"),
                                           tr("GLN"), tr("Entity code")});
    split->addWidget(m_parties);
    connect(m_parties, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0) {
            editParty(row);
        }
    });

    auto* box = new QGroupBox(tr("Party"));
    auto* boxLayout = new QVBoxLayout(box);
    m_partyMode = new QLabel(box);
    m_partyMode->setObjectName(QStringLiteral("partyModeLabel"));
    setTone(m_partyMode, Tone::Hint);
    boxLayout->addWidget(m_partyMode);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_partyNameZh = new QLineEdit;
    addRow(form, tr("&Chinese name:"), m_partyNameZh, "partyNameZhEdit");
    m_partyNameZh->setPlaceholderText(tr("registered name, e.g. 奉节县鑫橙脐橙专业合作社"));
    m_partyNameEn = new QLineEdit;
    addRow(form, tr("&English name:"), m_partyNameEn, "partyNameEnEdit");
    m_partyNameError = addError(form, "partyNameError");
    m_partyKey = new QLineEdit;
    addRow(form, tr("&Key:"), m_partyKey, "partyKeyEdit",
           tr("A short code that names this party in every record (e.g. fengjie-coop). It cannot be changed "
              "once saved."));
    m_partyKeyError = addError(form, "partyKeyError");
    m_partyRole = new QComboBox;
    const QList<QPair<QString, QString>> roles{{QStringLiteral("farm"), tr("Farm")},
                                               {QStringLiteral("cooperative"), tr("Cooperative")},
                                               {QStringLiteral("processor"), tr("Processor")},
                                               {QStringLiteral("logistics"), tr("Logistics")},
                                               {QStringLiteral("retailer"), tr("Retailer")},
                                               {QStringLiteral("importer"), tr("Importer")},
                                               {QStringLiteral("laboratory"), tr("Laboratory")}};
    for (const auto& [code, name] : roles) {
        m_partyRole->addItem(name, code);
    }
    addRow(form, tr("&Role:"), m_partyRole, "partyRoleComboBox");
    m_partyGln = new QLineEdit;
    addRow(
        form, tr("&GLN:"), m_partyGln, "partyGlnEdit",
        tr("GS1 Global Location Number of the organisation: 13 digits ending in a check digit. Optional."));
    m_partyGln->setPlaceholderText(tr("optional, 13 digits"));
    m_partyGlnError = addError(form, "partyGlnError");
    m_partyEntityCode = new QLineEdit;
    addRow(form, tr("Entity c&ode:"), m_partyEntityCode, "partyEntityCodeEdit",
           tr("The entity code of the traceability platform, usually the unified social credit code (18 "
              "characters). Optional."));
    m_partyPerson = new QLineEdit;
    addRow(form, tr("Contact &person:"), m_partyPerson, "partyPersonEdit");
    m_partyPhone = new QLineEdit;
    addRow(form, tr("&Mobile / phone:"), m_partyPhone, "partyPhoneEdit");
    m_partyAddress = new QLineEdit;
    addRow(form, tr("A&ddress:"), m_partyAddress, "partyAddressEdit");
    boxLayout->addLayout(form);
    m_partyStatus = new QLabel(box);
    m_partyStatus->setObjectName(QStringLiteral("partyStatusLabel"));
    m_partyStatus->setWordWrap(true);
    m_partyStatus->hide();
    boxLayout->addWidget(m_partyStatus);
    boxLayout->addStretch(1);
    QPushButton* save = nullptr;
    boxLayout->addWidget(buildButtons(
        "party", &save, &m_partyHistory, [this] { newParty(); }, [this] { saveParty(); },
        [this] {
            if (!m_partyEditing.isEmpty()) {
                showHistory(kPartyKind, m_partyEditing,
                            m_partyNameZh->text() + QLatin1Char(' ') + m_partyNameEn->text());
            }
        }));
    split->addWidget(box);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({600, 400});

    for (QLineEdit* edit : {m_partyKey, m_partyGln}) {
        connect(edit, &QLineEdit::textChanged, this, [this] { validateParty(false); });
    }
    for (QLineEdit* edit : {m_partyNameZh, m_partyNameEn}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (m_partyNameError->isVisible()) {
                validateParty(false);
            }
        });
    }
    connectSubmit(box, [this] { saveParty(); });
    QWidget::setTabOrder(m_parties, m_partyNameZh);
    return tab;
}

void MasterDataPage::loadParties(const QString& select)
{
    auto parties = m_trace.parties();
    if (!parties) {
        reportFailure(m_partyStatus, parties.error().message);
        return;
    }
    const QSignalBlocker block(m_parties);
    m_parties->setRowCount(static_cast<int>(parties->size()));
    // The location form offers the parties as operators.
    const QString operatorKey = m_locationParty->currentData().toString();
    m_locationParty->clear();
    m_locationParty->addItem(tr("(none)"), QString());
    for (int r = 0; r < parties->size(); ++r) {
        const trace::Party& p = parties->at(r);
        auto* first = item(p.nameZh);
        first->setData(kKeyRole, p.key);
        m_parties->setItem(r, 0, first);
        m_parties->setItem(r, 1, item(p.nameEn));
        const int role = m_partyRole->findData(p.role);
        m_parties->setItem(r, 2, item(role >= 0 ? m_partyRole->itemText(role) : p.role));
        m_parties->setItem(r, 3, item(p.key));
        m_parties->setItem(r, 4, item(p.gln));
        m_parties->setItem(r, 5, item(p.entityCode));
        m_locationParty->addItem(p.nameZh.isEmpty() ? p.nameEn : p.nameZh, p.key);
    }
    setComboData(m_locationParty, operatorKey);
    fitColumns(m_parties);
    if (!select.isEmpty()) {
        selectKey(m_parties, select);
    }
}

void MasterDataPage::newParty()
{
    m_partyEditing.clear();
    m_partyContact = {};
    {
        const QSignalBlocker block(m_parties);
        m_parties->clearSelection();
        m_parties->setCurrentCell(-1, -1);
    }
    for (QLineEdit* e : {m_partyKey, m_partyNameZh, m_partyNameEn, m_partyGln, m_partyEntityCode,
                         m_partyPerson, m_partyPhone, m_partyAddress}) {
        e->clear();
    }
    m_partyKey->setReadOnly(false);
    m_partyRole->setCurrentIndex(1);
    for (QLabel* l : {m_partyNameError, m_partyKeyError, m_partyGlnError}) {
        setError(l, {});
    }
    m_partyMode->setText(tr("New party."));
    m_partyHistory->setEnabled(false);
}

void MasterDataPage::editParty(int row)
{
    const QTableWidgetItem* first = m_parties->item(row, 0);
    if (!first) {
        return;
    }
    const QString key = first->data(kKeyRole).toString();
    auto parties = m_trace.parties();
    if (!parties) {
        return;
    }
    for (const trace::Party& p : *parties) {
        if (p.key != key) {
            continue;
        }
        m_partyEditing = key;
        m_partyKey->setText(p.key);
        m_partyKey->setReadOnly(true);
        m_partyNameZh->setText(p.nameZh);
        m_partyNameEn->setText(p.nameEn);
        setComboData(m_partyRole, p.role);
        m_partyGln->setText(p.gln);
        m_partyEntityCode->setText(p.entityCode);
        m_partyContact = p.contact;
        m_partyPerson->setText(m_partyContact.value(QStringLiteral("person")).toString());
        m_partyPhone->setText(m_partyContact.value(QStringLiteral("phone")).toString());
        m_partyAddress->setText(m_partyContact.value(QStringLiteral("address")).toString());
        for (QLabel* l : {m_partyNameError, m_partyKeyError, m_partyGlnError}) {
            setError(l, {});
        }
        m_partyMode->setText(
            tr("Editing %1. Saving records a new version.").arg(p.nameZh.isEmpty() ? p.nameEn : p.nameZh));
        m_partyHistory->setEnabled(true);
        m_partyStatus->hide();
        showBeginnings(m_partyNameZh->parentWidget());
        return;
    }
}

bool MasterDataPage::validateParty(bool submitting)
{
    QWidget* firstBad = nullptr;
    const auto check = [this, &firstBad](QLabel* label, QWidget* field, const QString& error) {
        setError(label, error);
        if (!error.isEmpty() && !firstBad) {
            firstBad = field;
        }
    };
    if (submitting || m_partyNameError->isVisible()) {
        check(m_partyNameError, m_partyNameZh, nameError(m_partyNameZh->text(), m_partyNameEn->text()));
    }
    const QString key = m_partyKey->text().trimmed();
    QString error = keyError(key);
    if (error.isEmpty() && submitting && key.isEmpty()) {
        error = tr("Enter a key, a short code such as fengjie-coop.");
    }
    if (error.isEmpty() && submitting && m_partyEditing.isEmpty()) {
        if (auto parties = m_trace.parties()) {
            for (const trace::Party& p : *parties) {
                if (p.key == key) {
                    error = tr("This key is taken: select the party in the list to edit it.");
                }
            }
        }
    }
    check(m_partyKeyError, m_partyKey, error);
    check(m_partyGlnError, m_partyGln, glnError(m_partyGln->text().trimmed()));
    if (firstBad && submitting) {
        firstBad->setFocus();
    }
    return !firstBad;
}

void MasterDataPage::saveParty()
{
    m_partyStatus->hide();
    if (!validateParty(true)) {
        return;
    }
    trace::Party p;
    p.key = m_partyKey->text().trimmed();
    p.nameZh = m_partyNameZh->text().trimmed();
    p.nameEn = m_partyNameEn->text().trimmed();
    p.role = m_partyRole->currentData().toString();
    p.gln = m_partyGln->text().trimmed();
    p.entityCode = m_partyEntityCode->text().trimmed();
    QJsonObject contact = m_partyContact;
    for (const auto& [field, edit] : {std::pair{QStringLiteral("person"), m_partyPerson},
                                      std::pair{QStringLiteral("phone"), m_partyPhone},
                                      std::pair{QStringLiteral("address"), m_partyAddress}}) {
        if (edit->text().trimmed().isEmpty()) {
            contact.remove(field);
        } else {
            contact.insert(field, edit->text().trimmed());
        }
    }
    p.contact = contact;
    auto saved = m_trace.saveParty(p);
    if (!saved) {
        reportFailure(m_partyStatus, saved.error().message);
        return;
    }
    const QString name = p.nameZh.isEmpty() ? p.nameEn : p.nameZh;
    m_partyEditing = p.key;
    loadParties(p.key);
    editParty(m_parties->currentRow());
    m_partyStatus->setText(tr("Saved: %1.").arg(name));
    setTone(m_partyStatus, Tone::Success);
    m_partyStatus->show();
    Q_EMIT ledgerChanged();
    Q_EMIT statusMessage(tr("Party saved: %1").arg(name));
}

// ---- locations ----------------------------------------------------------------------------

QWidget* MasterDataPage::buildLocations()
{
    auto* tab = new QWidget;
    tab->setObjectName(QStringLiteral("locationsTab"));
    auto* split = new QSplitter(Qt::Horizontal, tab);
    split->setChildrenCollapsible(false);
    auto* tabLayout = new QHBoxLayout(tab);
    tabLayout->addWidget(split);

    m_locations = makeTable("locationsTable", {tr("Chinese name"), tr("English name"), tr("Type"), tr("Key"),
                                               tr("GLN"), tr("Address")});
    split->addWidget(m_locations);
    connect(m_locations, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0) {
            editLocation(row);
        }
    });

    auto* box = new QGroupBox(tr("Location"));
    auto* boxLayout = new QVBoxLayout(box);
    m_locationMode = new QLabel(box);
    m_locationMode->setObjectName(QStringLiteral("locationModeLabel"));
    setTone(m_locationMode, Tone::Hint);
    boxLayout->addWidget(m_locationMode);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_locationNameZh = new QLineEdit;
    addRow(form, tr("&Chinese name:"), m_locationNameZh, "locationNameZhEdit");
    m_locationNameZh->setPlaceholderText(tr("e.g. 石马村脐橙园 3 号地块"));
    m_locationNameEn = new QLineEdit;
    addRow(form, tr("&English name:"), m_locationNameEn, "locationNameEnEdit");
    m_locationNameError = addError(form, "locationNameError");
    m_locationKey = new QLineEdit;
    addRow(form, tr("&Key:"), m_locationKey, "locationKeyEdit",
           tr("A short code that names this location in every record (e.g. fj-plot-shima). It cannot be "
              "changed once saved."));
    m_locationKeyError = addError(form, "locationKeyError");
    m_locationType = new QComboBox;
    const QList<QPair<QString, QString>> types{{QStringLiteral("plot"), tr("Farm plot")},
                                               {QStringLiteral("warehouse"), tr("Warehouse")},
                                               {QStringLiteral("processing_site"), tr("Processing site")},
                                               {QStringLiteral("port"), tr("Port")},
                                               {QStringLiteral("store"), tr("Store")}};
    for (const auto& [code, name] : types) {
        m_locationType->addItem(name, code);
    }
    addRow(form, tr("&Type:"), m_locationType, "locationTypeComboBox");
    m_locationParty = new QComboBox;
    addRow(form, tr("Operated &by:"), m_locationParty, "locationPartyComboBox",
           tr("The party that runs this location. Optional."));
    m_locationGln = new QLineEdit;
    addRow(form, tr("&GLN:"), m_locationGln, "locationGlnEdit",
           tr("GS1 Global Location Number of the site: 13 digits ending in a check digit. Optional."));
    m_locationGln->setPlaceholderText(tr("optional, 13 digits"));
    m_locationGlnError = addError(form, "locationGlnError");
    m_locationAddress = new QLineEdit;
    addRow(form, tr("A&ddress:"), m_locationAddress, "locationAddressEdit");
    m_locationLat = new QLineEdit;
    addRow(form, tr("Lat&itude:"), m_locationLat, "locationLatEdit",
           tr("Decimal degrees, north positive (e.g. 31.0853). Optional; give both or neither."));
    m_locationLat->setPlaceholderText(tr("optional, e.g. 31.0853"));
    m_locationLon = new QLineEdit;
    addRow(form, tr("Longit&ude:"), m_locationLon, "locationLonEdit",
           tr("Decimal degrees, east positive (e.g. 109.5312). Optional; give both or neither."));
    m_locationLon->setPlaceholderText(tr("optional, e.g. 109.5312"));
    m_locationGeoError = addError(form, "locationGeoError");
    boxLayout->addLayout(form);
    m_locationStatus = new QLabel(box);
    m_locationStatus->setObjectName(QStringLiteral("locationStatusLabel"));
    m_locationStatus->setWordWrap(true);
    m_locationStatus->hide();
    boxLayout->addWidget(m_locationStatus);
    boxLayout->addStretch(1);
    QPushButton* save = nullptr;
    boxLayout->addWidget(buildButtons(
        "location", &save, &m_locationHistory, [this] { newLocation(); }, [this] { saveLocation(); },
        [this] {
            if (!m_locationEditing.isEmpty()) {
                showHistory(kLocationKind, m_locationEditing,
                            m_locationNameZh->text() + QLatin1Char(' ') + m_locationNameEn->text());
            }
        }));
    split->addWidget(box);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({600, 400});

    for (QLineEdit* edit : {m_locationKey, m_locationGln, m_locationLat, m_locationLon}) {
        connect(edit, &QLineEdit::textChanged, this, [this] { validateLocation(false); });
    }
    for (QLineEdit* edit : {m_locationNameZh, m_locationNameEn}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (m_locationNameError->isVisible()) {
                validateLocation(false);
            }
        });
    }
    connectSubmit(box, [this] { saveLocation(); });
    QWidget::setTabOrder(m_locations, m_locationNameZh);
    return tab;
}

void MasterDataPage::loadLocations(const QString& select)
{
    auto locations = m_trace.locations();
    if (!locations) {
        reportFailure(m_locationStatus, locations.error().message);
        return;
    }
    const QSignalBlocker block(m_locations);
    m_locations->setRowCount(static_cast<int>(locations->size()));
    for (int r = 0; r < locations->size(); ++r) {
        const trace::Location& l = locations->at(r);
        auto* first = item(l.nameZh);
        first->setData(kKeyRole, l.key);
        m_locations->setItem(r, 0, first);
        m_locations->setItem(r, 1, item(l.nameEn));
        const int type = m_locationType->findData(l.type);
        m_locations->setItem(r, 2, item(type >= 0 ? m_locationType->itemText(type) : l.type));
        m_locations->setItem(r, 3, item(l.key));
        m_locations->setItem(r, 4, item(l.gln));
        m_locations->setItem(r, 5, item(l.address));
    }
    fitColumns(m_locations);
    if (!select.isEmpty()) {
        selectKey(m_locations, select);
    }
}

void MasterDataPage::newLocation()
{
    m_locationEditing.clear();
    {
        const QSignalBlocker block(m_locations);
        m_locations->clearSelection();
        m_locations->setCurrentCell(-1, -1);
    }
    for (QLineEdit* e : {m_locationKey, m_locationNameZh, m_locationNameEn, m_locationGln, m_locationAddress,
                         m_locationLat, m_locationLon}) {
        e->clear();
    }
    m_locationKey->setReadOnly(false);
    m_locationType->setCurrentIndex(0);
    m_locationParty->setCurrentIndex(0);
    for (QLabel* l : {m_locationNameError, m_locationKeyError, m_locationGlnError, m_locationGeoError}) {
        setError(l, {});
    }
    m_locationMode->setText(tr("New location."));
    m_locationHistory->setEnabled(false);
}

void MasterDataPage::editLocation(int row)
{
    const QTableWidgetItem* first = m_locations->item(row, 0);
    if (!first) {
        return;
    }
    const QString key = first->data(kKeyRole).toString();
    auto locations = m_trace.locations();
    if (!locations) {
        return;
    }
    for (const trace::Location& l : *locations) {
        if (l.key != key) {
            continue;
        }
        m_locationEditing = key;
        m_locationKey->setText(l.key);
        m_locationKey->setReadOnly(true);
        m_locationNameZh->setText(l.nameZh);
        m_locationNameEn->setText(l.nameEn);
        setComboData(m_locationType, l.type);
        setComboData(m_locationParty, l.party);
        m_locationGln->setText(l.gln);
        m_locationAddress->setText(l.address);
        const QLocale locale;
        m_locationLat->setText(l.lat ? locale.toString(*l.lat, 'f', 6) : QString());
        m_locationLon->setText(l.lon ? locale.toString(*l.lon, 'f', 6) : QString());
        for (QLabel* e : {m_locationNameError, m_locationKeyError, m_locationGlnError, m_locationGeoError}) {
            setError(e, {});
        }
        m_locationMode->setText(
            tr("Editing %1. Saving records a new version.").arg(l.nameZh.isEmpty() ? l.nameEn : l.nameZh));
        m_locationHistory->setEnabled(true);
        m_locationStatus->hide();
        showBeginnings(m_locationNameZh->parentWidget());
        return;
    }
}

bool MasterDataPage::validateLocation(bool submitting)
{
    QWidget* firstBad = nullptr;
    const auto check = [this, &firstBad](QLabel* label, QWidget* field, const QString& error) {
        setError(label, error);
        if (!error.isEmpty() && !firstBad) {
            firstBad = field;
        }
    };
    if (submitting || m_locationNameError->isVisible()) {
        check(m_locationNameError, m_locationNameZh,
              nameError(m_locationNameZh->text(), m_locationNameEn->text()));
    }
    const QString key = m_locationKey->text().trimmed();
    QString error = keyError(key);
    if (error.isEmpty() && submitting && key.isEmpty()) {
        error = tr("Enter a key, a short code such as fj-plot-shima.");
    }
    if (error.isEmpty() && submitting && m_locationEditing.isEmpty()) {
        if (auto locations = m_trace.locations()) {
            for (const trace::Location& l : *locations) {
                if (l.key == key) {
                    error = tr("This key is taken: select the location in the list to edit it.");
                }
            }
        }
    }
    check(m_locationKeyError, m_locationKey, error);
    check(m_locationGlnError, m_locationGln, glnError(m_locationGln->text().trimmed()));
    QString geoError;
    const QString latText = m_locationLat->text().trimmed();
    const QString lonText = m_locationLon->text().trimmed();
    if (!latText.isEmpty() || !lonText.isEmpty()) {
        const auto lat = parseNumber(latText);
        const auto lon = parseNumber(lonText);
        if (!latText.isEmpty() && (!lat || *lat < -90 || *lat > 90)) {
            geoError = tr("The latitude is a number from -90 to 90.");
        } else if (!lonText.isEmpty() && (!lon || *lon < -180 || *lon > 180)) {
            geoError = tr("The longitude is a number from -180 to 180.");
        } else if (submitting && (latText.isEmpty() || lonText.isEmpty())) {
            geoError = tr("Give both latitude and longitude, or neither.");
        }
    }
    check(m_locationGeoError, latText.isEmpty() && !lonText.isEmpty() ? m_locationLon : m_locationLat,
          geoError);
    if (firstBad && submitting) {
        firstBad->setFocus();
    }
    return !firstBad;
}

void MasterDataPage::saveLocation()
{
    m_locationStatus->hide();
    if (!validateLocation(true)) {
        return;
    }
    trace::Location l;
    l.key = m_locationKey->text().trimmed();
    l.nameZh = m_locationNameZh->text().trimmed();
    l.nameEn = m_locationNameEn->text().trimmed();
    l.type = m_locationType->currentData().toString();
    l.party = m_locationParty->currentData().toString();
    l.gln = m_locationGln->text().trimmed();
    l.address = m_locationAddress->text().trimmed();
    if (!m_locationLat->text().trimmed().isEmpty()) {
        l.lat = parseNumber(m_locationLat->text());
        l.lon = parseNumber(m_locationLon->text());
    }
    auto saved = m_trace.saveLocation(l);
    if (!saved) {
        reportFailure(m_locationStatus, saved.error().message);
        return;
    }
    const QString name = l.nameZh.isEmpty() ? l.nameEn : l.nameZh;
    m_locationEditing = l.key;
    loadLocations(l.key);
    editLocation(m_locations->currentRow());
    m_locationStatus->setText(tr("Saved: %1.").arg(name));
    setTone(m_locationStatus, Tone::Success);
    m_locationStatus->show();
    Q_EMIT ledgerChanged();
    Q_EMIT statusMessage(tr("Location saved: %1").arg(name));
}

// ---- history ------------------------------------------------------------------------------

void MasterDataPage::showHistory(const QString& kind, const QString& key, const QString& name)
{
    auto history = trace::masterHistory(m_trace, kind, key);
    if (!history) {
        QLabel* status = kind == kProductKind ? m_productStatus
                         : kind == kPartyKind ? m_partyStatus
                                              : m_locationStatus;
        reportFailure(status, history.error().message);
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("historyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("History of %1").arg(name.trimmed()));
    auto* layout = new QVBoxLayout(dialog);
    auto* intro =
        new QLabel(tr("Every version recorded for %1, newest first. Each one is a signed record; the "
                      "first row is the one in use.")
                       .arg(name.trimmed()),
                   dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* table = new QTableWidget(static_cast<int>(history->size()), 5, dialog);
    table->setObjectName(QStringLiteral("historyTable"));
    table->setHorizontalHeaderLabels(
        {tr("Recorded"), tr("Recorded by"), tr("Chinese name"), tr("English name"), tr("Other fields")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    const QLocale locale;
    int row = 0;
    for (const trace::MasterVersion& v : *history) {
        QString when = locale.toString(QDateTime::fromMSecsSinceEpoch(v.timeMs), QLocale::ShortFormat);
        if (v.current) {
            when = tr("%1 (current)").arg(when);
        }
        table->setItem(row, 0, item(when));
        table->setItem(row, 1,
                       item(v.author == m_trace.ledger().publicKey()
                                ? tr("This node")
                                : crypto::nodeIdFromPublicKey(v.author).left(13)));
        const QJsonValue nameValue = v.body.value(QStringLiteral("name"));
        const QJsonObject names = nameValue.toObject();
        table->setItem(
            row, 2,
            item(nameValue.isString() ? nameValue.toString() : names.value(QStringLiteral("zh")).toString()));
        table->setItem(row, 3, item(names.value(QStringLiteral("en")).toString()));
        QJsonObject rest = v.body;
        rest.remove(QStringLiteral("name"));
        rest.remove(QStringLiteral("id"));
        QStringList parts;
        for (auto it = rest.constBegin(); it != rest.constEnd(); ++it) {
            const QJsonValue value = it.value();
            const QString text =
                value.isString() ? value.toString()
                : value.isDouble()
                    ? locale.toString(value.toDouble())
                    : QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
            parts << it.key() + QStringLiteral(": ") + text;
        }
        auto* other = item(parts.join(QStringLiteral("; ")));
        other->setToolTip(parts.join(QLatin1Char('\n')));
        table->setItem(row, 4, other);
        ++row;
    }
    for (int c = 0; c < 4; ++c) {
        table->resizeColumnToContents(c);
    }
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(dialog->fontMetrics().averageCharWidth() * 120, dialog->fontMetrics().height() * 18);
    dialog->open();
}

} // namespace suyuan::ui
