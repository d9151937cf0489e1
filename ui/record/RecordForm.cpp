#include "RecordForm.h"

#include "common/Style.h"
#include "labels/BatchLabels.h"
#include "trace/Gs1.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace suyuan::ui {

QString displayName(const QString& nameZh, const QString& nameEn, const QString& fallback)
{
    if (!nameZh.isEmpty() && !nameEn.isEmpty() && nameZh != nameEn) {
        return QStringLiteral("%1 (%2)").arg(nameZh, nameEn);
    }
    if (!nameZh.isEmpty()) {
        return nameZh;
    }
    return nameEn.isEmpty() ? fallback : nameEn;
}

QString formatQuantity(double quantity)
{
    return QLocale().toString(quantity, 'f', QLocale::FloatingPointShortest);
}

QString formatAmount(double quantity, const QString& unit)
{
    return RecordForm::tr("%1 %2", "quantity and unit").arg(formatQuantity(quantity), gs1::unitName(unit));
}

std::optional<double> parseQuantity(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    double value = QLocale().toDouble(t, &ok);
    if (!ok) {
        value = QLocale::c().toDouble(t, &ok);
    }
    if (!ok || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

QStringList splitList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,\uFF0C\u3001;\uFF1B]"));
    QStringList out;
    for (const QString& part : text.split(separators)) {
        if (!part.trimmed().isEmpty()) {
            out << part.trimmed();
        }
    }
    return out;
}

QString batchStatusName(const QString& status)
{
    if (status == QLatin1String("active")) {
        return RecordForm::tr("in stock");
    }
    if (status == QLatin1String("in_transit")) {
        return RecordForm::tr("in transit");
    }
    if (status == QLatin1String("recalled")) {
        return RecordForm::tr("recalled");
    }
    if (status == QLatin1String("destroyed")) {
        return RecordForm::tr("destroyed");
    }
    if (status == QLatin1String("sold")) {
        return RecordForm::tr("sold");
    }
    if (status == QLatin1String("withdrawn")) {
        return RecordForm::tr("withdrawn");
    }
    return status;
}

// ---- BatchEdit --------------------------------------------------------------------------------

namespace {
constexpr int kSuggestions = 12;
}

BatchEdit::BatchEdit(trace::TraceService& trace, QWidget* parent) : QLineEdit(parent), m_trace(trace)
{
    setPlaceholderText(tr("Lot code, or scan the label"));
    setToolTip(tr("Type a lot code (suggestions appear as you type) or scan a label: a Digital Link or "
                  "a batch identifier is accepted too."));
    setClearButtonEnabled(true);
    m_model = new QStandardItemModel(this);
    // Suggestions first, then the completer: it must see the new suggestions.
    connect(this, &QLineEdit::textEdited, this, &BatchEdit::suggest);
    auto* completer = new QCompleter(m_model, this);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCompletionRole(Qt::UserRole);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    setCompleter(completer);
    connect(this, &QLineEdit::textChanged, this, &BatchEdit::resolve);
}

void BatchEdit::setBatch(const QString& batchId)
{
    QString text = batchId;
    if (auto info = m_trace.batch(batchId); info && info->has_value()) {
        auto resolved = m_trace.resolveBatch(info->value().lot);
        if (resolved && resolved.value() == batchId) {
            text = info->value().lot;
        }
    }
    setText(text);
    resolve();
}

void BatchEdit::suggest(const QString& text)
{
    m_model->clear();
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        return;
    }
    trace::BatchFilter filter;
    filter.text = t;
    filter.status = m_status;
    auto found = m_trace.batches(filter, kSuggestions);
    if (!found) {
        return;
    }
    QStringList lots;
    for (const trace::BatchInfo& b : found.value()) {
        lots << b.lot;
    }
    QString productText;
    for (const trace::BatchInfo& b : found.value()) {
        QString product = b.productKey;
        if (auto p = m_trace.product(b.productKey); p && p->has_value()) {
            product = displayName(p->value().nameZh, p->value().nameEn, b.productKey);
        }
        auto* item = new QStandardItem(tr("%1 — %2 — %3 available", "lot — product — quantity")
                                           .arg(b.lot, product, formatAmount(b.available(), b.unit)));
        item->setData(lots.count(b.lot) > 1 ? b.batch : b.lot, Qt::UserRole);
        item->setToolTip(b.batch);
        m_model->appendRow(item);
    }
}

void BatchEdit::resolve()
{
    m_batch.reset();
    m_problem.clear();
    QString t = text().trimmed();
    // A scanned label that carries a signature is checked before it names a batch: goods
    // under a forged or altered label are never received or shipped without notice.
    if (auto label = labels::parseScan(t); label && label->kind != labels::ScanKind::PlainLot) {
        t = labels::scannedBatchId(label.value());
        const labels::LabelCheck check = labels::verifyScan(label.value(), m_trace.ledger());
        if (check.verdict == labels::LabelCheck::Verdict::Forged) {
            m_problem =
                tr("✖ FORGED OR ALTERED LABEL: its signature does not match what it says. Do not accept "
                   "these goods; set them aside and tell the sender.");
            Q_EMIT batchChanged();
            return;
        }
    }
    if (!t.isEmpty()) {
        auto id = m_trace.resolveBatch(t);
        if (!id) {
            m_problem = id.error().message;
        } else if (auto info = m_trace.batch(id.value()); !info) {
            m_problem = info.error().message;
        } else if (info->has_value()) {
            m_batch = info->value();
        } else {
            m_problem = tr("There is no batch %1 in this ledger.").arg(t);
        }
    }
    Q_EMIT batchChanged();
}

// ---- RecordForm ---------------------------------------------------------------------------------

namespace {
// A wrapping message under a field. QFormLayout gives height-for-width labels the height of
// their narrowest layout (leaving gaps); this one asks for the height its text needs at the
// width it was given, and asks again when that width changes.
class MessageLabel : public QLabel
{
public:
    explicit MessageLabel(QWidget* parent) : QLabel(parent)
    {
        setWordWrap(true);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        setAlignment(Qt::AlignLeft | Qt::AlignTop);
        setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    bool hasHeightForWidth() const override { return false; }
    QSize sizeHint() const override
    {
        const int w =
            width() > fontMetrics().averageCharWidth() * 10 ? width() : fontMetrics().averageCharWidth() * 60;
        return {fontMetrics().averageCharWidth() * 10, heightForWidth(w)};
    }
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QLabel::resizeEvent(event);
        if (heightForWidth(width()) != height()) {
            updateGeometry();
        }
    }
};
} // namespace

RecordForm::RecordForm(trace::TraceService& trace, QWidget* parent) : QWidget(parent), m_trace(trace)
{
    m_layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("formHeadingLabel"));
    makeHeading(m_heading, 1.3);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("formIntroLabel"));
    m_intro->setWordWrap(true);
    setTone(m_intro, Tone::Hint);
    m_layout->addWidget(m_heading);
    m_layout->addWidget(m_intro);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_layout->addLayout(m_form);
}

void RecordForm::reload()
{
    auto products = m_trace.products();
    m_products = products ? products.value() : QList<trace::Product>();
    auto parties = m_trace.parties();
    m_parties = parties ? parties.value() : QList<trace::Party>();
    auto locations = m_trace.locations();
    m_locations = locations ? locations.value() : QList<trace::Location>();
}

void RecordForm::setIntro(const QString& heading, const QString& text)
{
    m_heading->setText(heading);
    m_intro->setText(text);
}

QLabel* RecordForm::addField(const QString& label, QWidget* field, const QString& toolTip)
{
    auto* name = new QLabel(label, this);
    name->setBuddy(field);
    if (!toolTip.isEmpty()) {
        name->setToolTip(toolTip);
        field->setToolTip(toolTip);
    }
    m_form->addRow(name, field);
    auto* line = new MessageLabel(this);
    line->setObjectName(field->objectName() + QStringLiteral("Message"));
    m_form->addRow(QString(), line);
    m_form->setRowVisible(line, false);
    m_lines << line;
    watch(field);
    return line;
}

void RecordForm::addWide(QWidget* widget)
{
    m_form->addRow(widget);
}

QLabel* RecordForm::newLine(QWidget* parent)
{
    return new MessageLabel(parent);
}

void RecordForm::addLine(QLabel* line)
{
    m_lines << line;
    showLine(line, false);
}

void RecordForm::showLine(QLabel* line, bool show)
{
    // The form's own layout, or the form layout of a group inside the form.
    QFormLayout* form =
        m_form->indexOf(line) >= 0 ? m_form : qobject_cast<QFormLayout*>(line->parentWidget()->layout());
    if (form) {
        form->setRowVisible(line, show);
    } else {
        line->setVisible(show);
    }
}

void RecordForm::finish(const QString& submitText)
{
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_layout->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_submit = new QPushButton(submitText, this);
    m_submit->setObjectName(QStringLiteral("submitPushButton"));
    m_submit->setToolTip(tr("Sign and record (Enter). It stays disabled until the form is complete."));
    connect(m_submit, &QPushButton::clicked, this, &RecordForm::submit);
    buttons->addWidget(m_submit);
    m_layout->addLayout(buttons);
    m_layout->addStretch(1);
}

void RecordForm::watch(QWidget* field)
{
    if (auto* edit = qobject_cast<QLineEdit*>(field)) {
        connect(edit, &QLineEdit::textChanged, this, &RecordForm::validate);
    } else if (auto* combo = qobject_cast<QComboBox*>(field)) {
        connect(combo, &QComboBox::currentIndexChanged, this, &RecordForm::validate);
        if (combo->isEditable()) {
            connect(combo, &QComboBox::editTextChanged, this, &RecordForm::validate);
        }
    } else if (auto* time = qobject_cast<QDateTimeEdit*>(field)) {
        connect(time, &QDateTimeEdit::dateTimeChanged, this, &RecordForm::validate);
    } else if (auto* spin = qobject_cast<QSpinBox*>(field)) {
        connect(spin, &QSpinBox::valueChanged, this, &RecordForm::validate);
    } else if (auto* button = qobject_cast<QAbstractButton*>(field)) {
        connect(button, &QAbstractButton::toggled, this, &RecordForm::validate);
    }
    if (auto* batch = qobject_cast<BatchEdit*>(field)) {
        connect(batch, &BatchEdit::batchChanged, this, &RecordForm::validate);
    }
}

QDateTimeEdit* RecordForm::makeTimeEdit()
{
    auto* edit = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    edit->setObjectName(QStringLiteral("timeEdit"));
    edit->setCalendarPopup(true);
    edit->setTimeSpec(Qt::LocalTime);
    return edit;
}

QComboBox* RecordForm::makeUnitCombo(const QString& objectName)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    for (const QString& code : gs1::knownUnits()) {
        combo->addItem(tr("%1 (%2)", "unit name (code)").arg(gs1::unitName(code), code), code);
    }
    combo->setCurrentIndex(combo->findData(QStringLiteral("KGM")));
    return combo;
}

QWidget* RecordForm::pair(QWidget* first, QWidget* second)
{
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(first, 2);
    row->addWidget(second, 1);
    box->setFocusProxy(first);
    watch(first);
    watch(second);
    return box;
}

QDateTime RecordForm::timeOf(const QDateTimeEdit* edit)
{
    const QDateTime local = edit->dateTime();
    return local.toOffsetFromUtc(local.offsetFromUtc());
}

void RecordForm::keepData(QComboBox* combo, const std::function<void()>& refill)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker block(combo);
    combo->clear();
    refill();
    const int i = combo->findData(current);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

void RecordForm::fillParties(QComboBox* combo, bool optional)
{
    keepData(combo, [&] {
        if (optional) {
            combo->addItem(tr("(none)"), QString());
        }
        for (const trace::Party& p : m_parties) {
            combo->addItem(displayName(p.nameZh, p.nameEn, p.key), p.key);
        }
    });
}

void RecordForm::fillLocations(QComboBox* combo, bool optional, const QString& typeFirst)
{
    QList<trace::Location> sorted = m_locations;
    std::stable_sort(sorted.begin(), sorted.end(), [&](const trace::Location& a, const trace::Location& b) {
        return (a.type == typeFirst) > (b.type == typeFirst);
    });
    keepData(combo, [&] {
        if (optional) {
            combo->addItem(tr("(none)"), QString());
        }
        for (const trace::Location& l : sorted) {
            combo->addItem(displayName(l.nameZh, l.nameEn, l.key), l.key);
            if (!l.address.isEmpty()) {
                combo->setItemData(combo->count() - 1, l.address, Qt::ToolTipRole);
            }
        }
    });
}

void RecordForm::fillProducts(QComboBox* combo)
{
    keepData(combo, [&] {
        for (const trace::Product& p : m_products) {
            combo->addItem(displayName(p.nameZh, p.nameEn, p.key), p.key);
        }
    });
}

QString RecordForm::productName(const QString& key) const
{
    for (const trace::Product& p : m_products) {
        if (p.key == key) {
            return displayName(p.nameZh, p.nameEn, key);
        }
    }
    return key;
}

QString RecordForm::partyName(const QString& key) const
{
    for (const trace::Party& p : m_parties) {
        if (p.key == key || key.endsWith(QLatin1Char(':') + p.key)) {
            return displayName(p.nameZh, p.nameEn, key);
        }
    }
    return key;
}

QString RecordForm::locationName(const QString& keyOrUri) const
{
    for (const trace::Location& l : m_locations) {
        if (l.key == keyOrUri || keyOrUri.endsWith(QLatin1Char(':') + l.key)) {
            return displayName(l.nameZh, l.nameEn, keyOrUri);
        }
    }
    return keyOrUri;
}

void RecordForm::focusFirstField()
{
    for (int row = 0; row < m_form->rowCount(); ++row) {
        QLayoutItem* item = m_form->itemAt(row, QFormLayout::FieldRole);
        QWidget* w = item ? item->widget() : nullptr;
        if (w && w->isEnabled() && (w->focusPolicy() != Qt::NoFocus || w->focusProxy())) {
            w->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void RecordForm::validate()
{
    if (m_checking || !m_submit) {
        return;
    }
    m_checking = true;
    for (QLabel* line : std::as_const(m_lines)) {
        line->clear();
        showLine(line, false);
    }
    if (m_status && m_status->property("tone").toString() == QLatin1String("error")) {
        m_status->hide();
    }
    m_valid = true;
    check();
    m_submit->setEnabled(m_valid);
    m_checking = false;
}

void RecordForm::fail(QLabel* line, const QString& message)
{
    m_valid = false;
    if (!line->text().isEmpty() && line->property("tone").toString() == QLatin1String("error")) {
        return; // the first problem of a field is the one to fix first
    }
    line->setText(message);
    line->setProperty("tone", QStringLiteral("error"));
    setTone(line, Tone::Error);
    showLine(line, true);
}

void RecordForm::missing(QLabel* line, const QString& message)
{
    if (m_showMissing) {
        fail(line, message);
    } else {
        m_valid = false;
    }
}

void RecordForm::note(QLabel* line, const QString& message)
{
    if (!line->text().isEmpty()) {
        return;
    }
    line->setText(message);
    line->setProperty("tone", QStringLiteral("hint"));
    setTone(line, Tone::Hint);
    showLine(line, true);
}

void RecordForm::checkBatch(QLabel* line, BatchEdit* edit, const QString& missingText)
{
    if (edit->text().trimmed().isEmpty()) {
        missing(line, missingText);
    } else if (!edit->batch()) {
        fail(line, edit->problem());
    } else {
        const trace::BatchInfo& b = *edit->batch();
        QString where = b.location.isEmpty() ? QString() : locationName(b.location);
        QString text = tr("%1 · %2 available · %3", "product · quantity · status")
                           .arg(productName(b.productKey), formatAmount(b.available(), b.unit),
                                batchStatusName(b.status));
        if (!where.isEmpty()) {
            text += tr(" · at %1").arg(where);
        }
        note(line, text);
    }
}

void RecordForm::checkTime(QLabel* line, QDateTimeEdit* edit)
{
    // A few minutes of leeway: the clock of the form was read when it was filled in.
    if (edit->dateTime() > QDateTime::currentDateTime().addSecs(5 * 60)) {
        fail(line, tr("This time is in the future; record what has happened."));
    }
}

bool RecordForm::submit()
{
    validate();
    if (!m_valid) {
        m_showMissing = true;
        validate();
        return false;
    }
    if (!aboutToWrite()) {
        return false;
    }
    auto written = write();
    if (!written) {
        m_status->setText(written.error().message);
        m_status->setProperty("tone", QStringLiteral("error"));
        setTone(m_status, Tone::Error);
        m_status->show();
        return false;
    }
    m_showMissing = false;
    clearForm();
    validate();
    m_status->setText(written.value());
    m_status->setProperty("tone", QStringLiteral("success"));
    setTone(m_status, Tone::Success);
    m_status->show();
    Q_EMIT recorded(written.value());
    afterWrite();
    return true;
}

bool RecordForm::confirm(const QString& title, const QString& text, const QString& acceptText)
{
    if (m_confirm) {
        return m_confirm(this, title, text, acceptText);
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmMessageBox"));
    QPushButton* accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("confirmAcceptButton"));
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void RecordForm::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        submit();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace suyuan::ui
