#include "BatchDetailWidget.h"

#include "common/Style.h"
#include "crypto/NodeId.h"
#include "labels/PrintLabelsDialog.h"
#include "trace/Attachments.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace suyuan::ui {

namespace {
enum TimelineColumn
{
    KindColumn,
    WhenColumn,
    WhereColumn,
    RoleColumn,
    QuantityColumn,
    MarkColumn,
    WhoColumn,
    TimelineColumns
};
constexpr int kRidRole = Qt::UserRole + 1;
constexpr int kBatchRole = Qt::UserRole + 2;
constexpr int kShaRole = Qt::UserRole + 3;
constexpr int kNameRole = Qt::UserRole + 4;
// Genealogy entries shown at most (a recall of a big processing tree can be large).
constexpr int kMaxGenealogyItems = 500;
constexpr qint64 kMaxThumbnailSource = 16 * 1024 * 1024;

BatchDetailWidget::UrlOpener& urlOpener()
{
    static BatchDetailWidget::UrlOpener opener;
    return opener;
}

QLabel* valueLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

// "+08:00" → seconds ahead of UTC; nullopt when it is not an offset.
std::optional<int> offsetSeconds(const QString& text)
{
    if (text == QLatin1String("Z")) {
        return 0;
    }
    if (text.size() != 6 || (text.at(0) != QLatin1Char('+') && text.at(0) != QLatin1Char('-')) ||
        text.at(3) != QLatin1Char(':')) {
        return std::nullopt;
    }
    bool okH = false;
    bool okM = false;
    const int h = text.mid(1, 2).toInt(&okH);
    const int m = text.mid(4, 2).toInt(&okM);
    if (!okH || !okM) {
        return std::nullopt;
    }
    return (text.at(0) == QLatin1Char('-') ? -1 : 1) * (h * 3600 + m * 60);
}
} // namespace

void BatchDetailWidget::setUrlOpener(UrlOpener opener)
{
    urlOpener() = std::move(opener);
}

BatchDetailWidget::BatchDetailWidget(trace::TraceService& trace, QWidget* parent)
    : QWidget(parent), m_trace(trace)
{
    setObjectName(QStringLiteral("batchDetail"));
    buildUi();
}

void BatchDetailWidget::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);

    auto* top = new QHBoxLayout;
    m_back = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Back"), this);
    m_back->setObjectName(QStringLiteral("backPushButton"));
    m_back->setToolTip(tr("Back to the batch shown before (Alt+Left)."));
    m_back->setEnabled(false);
    connect(m_back, &QPushButton::clicked, this, &BatchDetailWidget::back);
    auto* backShortcut = new QShortcut(QKeySequence::Back, this);
    backShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(backShortcut, &QShortcut::activated, this, &BatchDetailWidget::back);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("headingLabel"));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    makeHeading(m_heading);
    auto* printLabels = new QPushButton(tr("Print &Labels…"), this);
    printLabels->setObjectName(QStringLiteral("printLabelsPushButton"));
    printLabels->setToolTip(tr("QR labels of this batch, signed by this node (Ctrl+P)."));
    printLabels->setShortcut(QKeySequence::Print);
    connect(printLabels, &QPushButton::clicked, this, [this] {
        if (m_batchId.isEmpty()) {
            return;
        }
        PrintLabelsDialog dialog(m_trace, m_batchId, this);
        dialog.exec();
    });
    top->addWidget(m_back);
    top->addWidget(m_heading, 1);
    top->addWidget(printLabels);
    layout->addLayout(top);

    m_id = valueLabel(this, "batchIdLabel");
    m_id->setFont(codeFont(font(), 0.9));
    setTone(m_id, Tone::Hint);
    layout->addWidget(m_id);

    m_recall = new QLabel(this);
    m_recall->setObjectName(QStringLiteral("recallLabel"));
    m_recall->setWordWrap(true);
    m_recall->setAutoFillBackground(true);
    {
        QPalette p = m_recall->palette();
        p.setColor(QPalette::Window, QColor(0xC6, 0x28, 0x28));
        p.setColor(QPalette::WindowText, Qt::white);
        m_recall->setPalette(p);
        QFont f = m_recall->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.15);
        m_recall->setFont(f);
        m_recall->setMargin(fontMetrics().height() / 2);
    }
    m_recall->hide();
    layout->addWidget(m_recall);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    setTone(m_message, Tone::Error);
    m_message->hide();
    layout->addWidget(m_message);

    auto* facts = new QGridLayout;
    facts->setHorizontalSpacing(12);
    facts->setVerticalSpacing(4);
    const auto addFact = [this, facts](int row, int column, const QString& name, QLabel* value) {
        auto* label = new QLabel(name, this);
        setTone(label, Tone::Hint);
        label->setBuddy(value);
        facts->addWidget(label, row, column * 2, Qt::AlignTop);
        facts->addWidget(value, row, column * 2 + 1, Qt::AlignTop);
    };
    m_product = valueLabel(this, "productLabel");
    m_lot = valueLabel(this, "lotLabel");
    m_origin = valueLabel(this, "originLabel");
    m_available = valueLabel(this, "availableLabel");
    m_holder = valueLabel(this, "holderLabel");
    m_location = valueLabel(this, "locationLabel");
    m_status = valueLabel(this, "statusLabel");
    m_created = valueLabel(this, "createdLabel");
    addFact(0, 0, tr("Product:"), m_product);
    addFact(1, 0, tr("Lot:"), m_lot);
    addFact(2, 0, tr("Origin:"), m_origin);
    addFact(3, 0, tr("Created:"), m_created);
    addFact(0, 1, tr("Available:"), m_available);
    addFact(1, 1, tr("Status:"), m_status);
    addFact(2, 1, tr("Holder:"), m_holder);
    addFact(3, 1, tr("Location:"), m_location);
    facts->setColumnStretch(1, 1);
    facts->setColumnStretch(3, 1);
    layout->addLayout(facts);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);

    auto* timelineBox = new QGroupBox(tr("Timeline"), split);
    auto* timelineLayout = new QVBoxLayout(timelineBox);
    m_timeline = new QTreeWidget(timelineBox);
    m_timeline->setObjectName(QStringLiteral("timelineTreeWidget"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(true);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setHeaderLabels(
        {tr("Event"), tr("When"), tr("Where"), tr("Role"), tr("Quantity"), tr("Verified"), tr("Who")});
    m_timeline->headerItem()->setToolTip(
        MarkColumn,
        tr("The record's signature and its link in its author's chain, checked on this computer."));
    m_timeline->header()->setStretchLastSection(false);
    m_timeline->viewport()->installEventFilter(this);
    timelineLayout->addWidget(m_timeline);
    m_timelineNote = new QLabel(timelineBox);
    m_timelineNote->setObjectName(QStringLiteral("timelineNoteLabel"));
    m_timelineNote->setWordWrap(true);
    setTone(m_timelineNote, Tone::Hint);
    m_timelineNote->hide();
    timelineLayout->addWidget(m_timelineNote);

    auto* side = new QSplitter(Qt::Vertical, split);
    side->setChildrenCollapsible(false);
    auto* genealogyBox = new QGroupBox(tr("Genealogy"), side);
    auto* genealogyLayout = new QVBoxLayout(genealogyBox);
    m_genealogy = new QTreeWidget(genealogyBox);
    m_genealogy->setObjectName(QStringLiteral("genealogyTreeWidget"));
    m_genealogy->setHeaderLabels({tr("Batch"), tr("Quantity")});
    m_genealogy->setToolTip(tr("Click a batch to show it."));
    genealogyLayout->addWidget(m_genealogy);
    connect(m_genealogy, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem* item) { genealogyActivated(item); });
    connect(m_genealogy, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { genealogyActivated(item); });

    auto* attachmentsBox = new QGroupBox(tr("Attachments"), side);
    auto* attachmentsLayout = new QVBoxLayout(attachmentsBox);
    m_attachments = new QListWidget(attachmentsBox);
    m_attachments->setObjectName(QStringLiteral("attachmentsListWidget"));
    m_attachments->setViewMode(QListView::IconMode);
    m_attachments->setResizeMode(QListView::Adjust);
    m_attachments->setMovement(QListView::Static);
    m_attachments->setWordWrap(true);
    const int thumb = fontMetrics().height() * 6;
    m_attachments->setIconSize(QSize(thumb, thumb));
    m_attachments->setGridSize(QSize(thumb * 3 / 2, thumb + fontMetrics().height() * 3));
    m_attachments->setToolTip(tr("Double-click or Enter opens the file in the system's viewer."));
    attachmentsLayout->addWidget(m_attachments);
    m_attachmentsNote = new QLabel(attachmentsBox);
    m_attachmentsNote->setObjectName(QStringLiteral("attachmentsNoteLabel"));
    m_attachmentsNote->setWordWrap(true);
    setTone(m_attachmentsNote, Tone::Hint);
    attachmentsLayout->addWidget(m_attachmentsNote);
    connect(m_attachments, &QListWidget::itemActivated, this, &BatchDetailWidget::openAttachment);

    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
}

QString BatchDetailWidget::title() const
{
    return m_heading->text();
}

void BatchDetailWidget::showBatch(const QString& batchId)
{
    load(batchId, true);
}

void BatchDetailWidget::refresh()
{
    if (!m_batchId.isEmpty()) {
        load(m_batchId, false);
    }
}

void BatchDetailWidget::back()
{
    if (m_history.isEmpty()) {
        return;
    }
    const QString previous = m_history.takeLast();
    load(previous, false);
}

void BatchDetailWidget::load(const QString& requested, bool remember)
{
    m_names.load(m_trace);
    m_who.clear();
    m_batchLabels.clear();
    m_bodies.clear();
    m_message->hide();

    QString id = requested;
    auto info = m_trace.batch(id);
    if (info && !info->has_value()) {
        // A lot code, Digital Link or URN: resolve it to the batch id.
        if (auto resolved = m_trace.resolveBatch(requested); resolved) {
            id = resolved.value();
            info = m_trace.batch(id);
        }
    }
    if (!info || !info->has_value()) {
        m_message->setText(info ? tr("No batch %1 in this ledger.").arg(requested)
                                : tr("The batch could not be read: %1").arg(info.error().message));
        m_message->show();
        return;
    }
    if (remember && !m_batchId.isEmpty() && m_batchId != id) {
        m_history << m_batchId;
    }
    m_back->setEnabled(!m_history.isEmpty());
    m_batchId = id;

    const trace::BatchInfo& batch = info->value();
    auto events = m_trace.events(id);
    m_events = events ? events.value() : QList<trace::EventInfo>();
    if (!events) {
        m_message->setText(tr("The events could not be read: %1").arg(events.error().message));
        m_message->show();
    }
    // The newest kMaxEvents: the core returns them oldest first.
    const qsizetype hidden = std::max<qsizetype>(0, m_events.size() - kMaxEvents);
    m_events = m_events.mid(hidden);
    for (const trace::EventInfo& e : std::as_const(m_events)) {
        if (!m_bodies.contains(e.eventId)) {
            if (auto body = m_trace.eventBody(e.eventId); body && body->has_value()) {
                m_bodies.insert(e.eventId, body->value());
            }
        }
    }
    m_timelineNote->setVisible(hidden > 0);
    m_timelineNote->setText(tr("The oldest %1 events are not shown.").arg(QLocale().toString(hidden)));
    fillHeader(batch);
    fillTimeline();
    fillGenealogy();
    fillAttachments();
    // The records are checked once the batch is on screen.
    QTimer::singleShot(0, this, &BatchDetailWidget::checkRecords);
    Q_EMIT batchShown(id);
}

void BatchDetailWidget::fillHeader(const trace::BatchInfo& b)
{
    const QString product = m_names.productName(b.productKey);
    m_heading->setText(tr("%1 · lot %2").arg(product, b.lot));
    m_id->setText(b.batch);
    m_product->setText(product);
    m_lot->setText(b.lot);
    m_origin->setText(b.originLocation.isEmpty() ? tr("not recorded")
                                                 : m_names.locationName(b.originLocation));
    m_available->setText(tr("%1 of %2")
                             .arg(BatchText::quantityText(b.available(), b.unit),
                                  BatchText::quantityText(b.produced, b.unit)));
    m_holder->setText(b.holder.isEmpty() ? tr("not recorded") : m_names.partyName(b.holder));
    m_holder->setToolTip(b.holder);
    m_location->setText(b.location.isEmpty() ? tr("not recorded") : m_names.locationName(b.location));
    m_location->setToolTip(b.location);
    m_created->setText(BatchText::localTime(b.createdMs));
    m_status->setText(BatchText::statusText(b.status));
    const bool recalled = b.status == QLatin1String("recalled");
    setTone(m_status, recalled ? Tone::Error : Tone::Normal);
    QFont f = m_status->font();
    f.setBold(recalled);
    m_status->setFont(f);
    if (recalled) {
        QString reason;
        QString when;
        for (const trace::EventInfo& e : std::as_const(m_events)) {
            if (e.disposition.endsWith(QLatin1String("recalled")) && !e.withdrawn) {
                when = BatchText::localTime(e.eventMs);
                reason = m_bodies.value(e.eventId).value(QStringLiteral("suyuan:recallReason")).toString();
            }
        }
        QString text = tr("RECALLED — do not sell, ship or process this batch.");
        if (!when.isEmpty()) {
            text += QLatin1Char('\n') + tr("Recalled on %1.").arg(when);
        }
        if (!reason.isEmpty()) {
            text += QLatin1Char(' ') + tr("Reason: %1").arg(reason);
        }
        m_recall->setText(text);
    }
    m_recall->setVisible(recalled);
}

QString BatchDetailWidget::whoText(const QByteArray& author)
{
    if (const auto it = m_who.constFind(author); it != m_who.cend()) {
        return *it;
    }
    const QString nodeId = crypto::nodeIdFromPublicKey(author);
    const QString shortId = nodeId.left(9);
    const QString name = m_names.partyName(QStringLiteral("urn:suyuan:node:") + nodeId);
    const QString text =
        name.isEmpty() || name.contains(shortId) ? shortId : tr("%1 (%2)").arg(name, shortId);
    m_who.insert(author, text);
    return text;
}

QString BatchDetailWidget::timeText(qint64 ms, const QString& offset, QString* tooltip) const
{
    const QLocale locale;
    const QString format = locale.dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm");
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const auto seconds = offsetSeconds(offset);
    if (!seconds) {
        return locale.toString(local, format);
    }
    const QDateTime recorded = QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, *seconds);
    *tooltip = tr("Recorded as %1 (UTC%2).").arg(locale.toString(recorded, format), offset);
    if (local.offsetFromUtc() == *seconds) {
        return tr("%1 (UTC%2)").arg(locale.toString(local, format), offset);
    }
    return tr("%1 (recorded %2, UTC%3)")
        .arg(locale.toString(local, format), locale.toString(recorded.time(), QStringLiteral("HH:mm")),
             offset);
}

void BatchDetailWidget::fillTimeline()
{
    m_timeline->clear();
    for (const trace::EventInfo& e : std::as_const(m_events)) {
        const QJsonObject body = m_bodies.value(e.eventId);
        BatchText::EventKind kind = BatchText::eventKind(e);
        if (e.role == QLatin1String("correction")) {
            trace::EventInfo original = e;
            original.role.clear();
            kind.name = tr("Correction of: %1").arg(BatchText::eventKind(original).name);
        }
        auto* item = new QTreeWidgetItem(m_timeline);
        item->setData(0, kRidRole, e.rid);
        item->setIcon(KindColumn, BatchText::badge(kind.glyph, kind.color));
        QString name = kind.name;
        if (e.withdrawn) {
            name = tr("%1 — withdrawn").arg(name);
        }
        item->setText(KindColumn, name);
        QString tooltip;
        item->setText(WhenColumn, timeText(e.eventMs, e.timeZone, &tooltip));
        item->setToolTip(WhenColumn, tooltip);
        item->setText(WhoColumn, whoText(e.author));
        item->setToolTip(WhoColumn, crypto::nodeIdFromPublicKey(e.author));
        // Where: the business location, else the read point; a shipment says where it goes.
        QString where =
            body.value(QStringLiteral("bizLocation")).toObject().value(QStringLiteral("id")).toString();
        if (where.isEmpty()) {
            where = body.value(QStringLiteral("readPoint")).toObject().value(QStringLiteral("id")).toString();
        }
        QString whereText = m_names.locationName(where);
        for (const QJsonValue& d : body.value(QStringLiteral("destinationList")).toArray()) {
            const QJsonObject o = d.toObject();
            if (o.value(QStringLiteral("type")).toString().endsWith(QLatin1String("location"))) {
                const QString to =
                    tr("to %1").arg(m_names.locationName(o.value(QStringLiteral("destination")).toString()));
                whereText = whereText.isEmpty() ? to : tr("%1, %2").arg(whereText, to);
            }
        }
        if (const QString transport =
                BatchText::transportText(body.value(QStringLiteral("suyuan:transport")).toObject());
            !transport.isEmpty()) {
            whereText = whereText.isEmpty() ? transport : tr("%1 (%2)").arg(whereText, transport);
        }
        item->setText(WhereColumn, whereText);
        item->setToolTip(WhereColumn, where.isEmpty() ? whereText : whereText + QLatin1Char('\n') + where);
        item->setText(RoleColumn, BatchText::roleText(e.role));
        if (!e.unit.isEmpty()) {
            item->setText(QuantityColumn, BatchText::quantityText(e.quantity, e.unit));
            item->setTextAlignment(QuantityColumn, Qt::AlignRight | Qt::AlignVCenter);
        }
        item->setText(MarkColumn, tr("…"));
        item->setToolTip(MarkColumn, tr("Being checked."));
        QString eventTip = e.eventId;
        const QString note = body.value(QStringLiteral("suyuan:note")).toString();
        if (!note.isEmpty()) {
            eventTip += QLatin1Char('\n') + note;
        }
        if (e.withdrawn) {
            eventTip += QLatin1Char('\n') +
                        tr("Withdrawn by a correction: its quantities and links no longer count.");
        }
        item->setToolTip(KindColumn, eventTip);
        if (e.withdrawn || e.role == QLatin1String("correction")) {
            for (int c = 0; c < MarkColumn; ++c) {
                QFont f = item->font(c);
                f.setStrikeOut(e.withdrawn);
                f.setItalic(e.role == QLatin1String("correction"));
                item->setFont(c, f);
                if (e.withdrawn) {
                    item->setForeground(c, m_timeline->palette().color(QPalette::Disabled, QPalette::Text));
                }
            }
        }
    }
    fitTimelineColumns();
}

void BatchDetailWidget::fitTimelineColumns()
{
    int total = 0;
    for (int c = 0; c < TimelineColumns; ++c) {
        m_timeline->resizeColumnToContents(c);
        total += m_timeline->columnWidth(c);
    }
    // When the window is too narrow for everything, who recorded it gives way first (down
    // to 8 characters), then the place (down to 12; the tooltips have them whole), so that
    // the verification mark stays in view.
    int excess = total - m_timeline->viewport()->width();
    const int character = fontMetrics().averageCharWidth();
    for (const auto& [column, least] : {std::pair{static_cast<int>(WhoColumn), 8 * character},
                                        std::pair{static_cast<int>(WhereColumn), 12 * character}}) {
        if (excess <= 0) {
            break;
        }
        const int width = m_timeline->columnWidth(column);
        const int cut = std::min(excess, std::max(0, width - least));
        m_timeline->setColumnWidth(column, width - cut);
        excess -= cut;
    }
}

bool BatchDetailWidget::eventFilter(QObject* watched, QEvent* event)
{
    // The timeline's viewport got its new width (window or splitter moved): fit again.
    if (watched == m_timeline->viewport() && event->type() == QEvent::Resize &&
        m_timeline->topLevelItemCount() > 0) {
        fitTimelineColumns();
    }
    return QWidget::eventFilter(watched, event);
}

void BatchDetailWidget::checkRecords()
{
    if (m_events.isEmpty() || !isEnabled()) {
        return; // (disabled: a worker holds the ledger, which is not thread-safe)
    }
    const auto marks = RecordCheck::check(m_trace.ledger(), m_events);
    const QColor ok(0x2E, 0x7D, 0x32);
    const QColor bad(0xC6, 0x28, 0x28);
    for (int i = 0; i < m_timeline->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_timeline->topLevelItem(i);
        const auto mark = marks.value(item->data(0, kRidRole).toLongLong());
        switch (mark.mark) {
        case RecordCheck::Mark::Verified:
            item->setText(MarkColumn, tr("✔ Signed"));
            item->setForeground(MarkColumn, ok);
            break;
        case RecordCheck::Mark::Failed:
            item->setText(MarkColumn, tr("✘ Invalid"));
            item->setForeground(MarkColumn, bad);
            break;
        case RecordCheck::Mark::Unchecked:
            item->setText(MarkColumn, tr("– Not checked"));
            break;
        }
        item->setData(MarkColumn, Qt::UserRole, static_cast<int>(mark.mark));
        item->setToolTip(MarkColumn, mark.detail);
    }
    m_timeline->resizeColumnToContents(MarkColumn);
}

QString BatchDetailWidget::batchLabel(const QString& batchId)
{
    if (const auto it = m_batchLabels.constFind(batchId); it != m_batchLabels.cend()) {
        return *it;
    }
    QString label = batchId;
    if (auto info = m_trace.batch(batchId); info && info->has_value()) {
        const trace::BatchInfo& b = info->value();
        label = tr("%1 · %2").arg(m_names.shortProductName(b.productKey), b.lot);
        if (b.status == QLatin1String("recalled")) {
            label = tr("%1 (recalled)").arg(label);
        }
    }
    m_batchLabels.insert(batchId, label);
    return label;
}

void BatchDetailWidget::fillGenealogy()
{
    m_genealogy->clear();
    auto* up = new QTreeWidgetItem(m_genealogy, {tr("Upstream: what went into it")});
    auto* down = new QTreeWidgetItem(m_genealogy, {tr("Downstream: where it went")});
    for (QTreeWidgetItem* top : {up, down}) {
        QFont f = top->font(0);
        f.setBold(true);
        top->setFont(0, f);
        top->setFlags(Qt::ItemIsEnabled);
    }
    const auto upstream = m_trace.upstream(m_batchId);
    const auto downstream = m_trace.downstream(m_batchId);
    addGenealogy(up, upstream ? upstream.value() : QList<trace::GenealogyEdge>(), true);
    addGenealogy(down, downstream ? downstream.value() : QList<trace::GenealogyEdge>(), false);
    m_genealogy->expandAll();
    m_genealogy->resizeColumnToContents(0);
}

void BatchDetailWidget::addGenealogy(QTreeWidgetItem* top, const QList<trace::GenealogyEdge>& edges, bool up)
{
    // Upstream, the batch's inputs are the parents of edges whose child it is; downstream,
    // its outputs (or the cases it was packed into) are the children of edges it parents.
    QMultiHash<QString, const trace::GenealogyEdge*> next;
    for (const trace::GenealogyEdge& e : edges) {
        next.insert(up ? e.child : e.parent, &e);
    }
    int shown = 0;
    const std::function<void(QTreeWidgetItem*, const QString&, QStringList&)> add =
        [&](QTreeWidgetItem* parent, const QString& from, QStringList& path) {
            QList<const trace::GenealogyEdge*> links = next.values(from);
            std::sort(links.begin(), links.end(), [up](const auto* a, const auto* b) {
                return (up ? a->parent : a->child) < (up ? b->parent : b->child);
            });
            for (const trace::GenealogyEdge* e : std::as_const(links)) {
                const QString other = up ? e->parent : e->child;
                if (path.contains(other) || shown >= kMaxGenealogyItems) {
                    continue;
                }
                ++shown;
                auto* item = new QTreeWidgetItem(parent);
                item->setText(0, batchLabel(other));
                item->setToolTip(0, other);
                item->setData(0, kBatchRole, other);
                if (!e->unit.isEmpty()) {
                    item->setText(1, BatchText::quantityText(e->quantity, e->unit));
                }
                path << other;
                add(item, other, path);
                path.removeLast();
            }
        };
    QStringList path{m_batchId};
    add(top, m_batchId, path);
    if (top->childCount() == 0) {
        auto* none = new QTreeWidgetItem(top, {up ? tr("Nothing: it was harvested or created here.")
                                                  : tr("Nothing yet: it was not processed or packed.")});
        none->setFlags(Qt::ItemIsEnabled);
    }
    if (shown >= kMaxGenealogyItems) {
        auto* more = new QTreeWidgetItem(top, {tr("More entries are not shown.")});
        more->setFlags(Qt::ItemIsEnabled);
    }
}

void BatchDetailWidget::genealogyActivated(QTreeWidgetItem* item)
{
    const QString id = item ? item->data(0, kBatchRole).toString() : QString();
    if (id.isEmpty() || id == m_batchId) {
        return;
    }
    if (auto info = m_trace.batch(id); !info || !info->has_value()) {
        Q_EMIT statusMessage(tr("%1 is a case or pallet, not a batch.").arg(id));
        return;
    }
    showBatch(id);
}

void BatchDetailWidget::fillAttachments()
{
    m_attachments->clear();
    QSet<QString> seen;
    for (const trace::EventInfo& e : std::as_const(m_events)) {
        const QJsonArray refs =
            m_bodies.value(e.eventId).value(QStringLiteral("suyuan:attachments")).toArray();
        for (const QJsonValue& v : refs) {
            const auto ref = trace::AttachmentRef::fromJson(v.toObject());
            if (!ref || seen.contains(ref->sha256)) {
                continue;
            }
            seen.insert(ref->sha256);
            auto* item = new QListWidgetItem(m_attachments);
            item->setText(ref->name.isEmpty() ? ref->sha256.left(12) : ref->name);
            item->setData(kShaRole, ref->sha256);
            item->setData(kNameRole, ref->name);
            item->setToolTip(tr("%1\n%2, %3 bytes\nFrom the event: %4 (%5)")
                                 .arg(ref->name, ref->mediaType, QLocale().toString(ref->size),
                                      BatchText::eventKind(e).name, BatchText::localTime(e.eventMs)));
            QIcon icon = style()->standardIcon(QStyle::SP_FileIcon);
            if (ref->mediaType.startsWith(QLatin1String("image/")) && ref->size <= kMaxThumbnailSource) {
                if (auto content = m_trace.attachments().get(ref->sha256); content) {
                    const QImage image = QImage::fromData(content.value());
                    if (!image.isNull()) {
                        const qreal dpr = devicePixelRatioF();
                        QPixmap pixmap = QPixmap::fromImage(image.scaled(
                            m_attachments->iconSize() * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation));
                        pixmap.setDevicePixelRatio(dpr);
                        icon = QIcon(pixmap);
                        item->setData(Qt::UserRole, true); // a thumbnail is shown
                    }
                } else {
                    item->setToolTip(item->toolTip() + QLatin1Char('\n') + content.error().message);
                }
            }
            item->setIcon(icon);
        }
    }
    m_attachmentsNote->setText(m_attachments->count() == 0 ? tr("No event of this batch names an attachment.")
                                                           : tr("Double-click a file to open it."));
}

void BatchDetailWidget::openAttachment(QListWidgetItem* item)
{
    if (!item) {
        return;
    }
    const QString sha = item->data(kShaRole).toString();
    QString name = item->data(kNameRole).toString();
    // Only the last part of the name, and nothing that could climb out of the folder.
    name = QFileInfo(name).fileName();
    if (name.isEmpty() || name.startsWith(QLatin1Char('.'))) {
        name = sha.left(16) + name;
    }
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                            .filePath(QStringLiteral("suyuan-attachments/") + sha.left(16));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name);
    if (auto st = m_trace.attachments().exportTo(sha, path); !st) {
        Q_EMIT statusMessage(tr("The attachment could not be opened: %1").arg(st.error().message));
        return;
    }
    const QUrl url = QUrl::fromLocalFile(path);
    const bool opened = urlOpener() ? urlOpener()(url) : QDesktopServices::openUrl(url);
    Q_EMIT statusMessage(opened ? tr("Opened %1.").arg(name)
                                : tr("No program to open %1; it was saved as %2.").arg(name, path));
}

} // namespace suyuan::ui
