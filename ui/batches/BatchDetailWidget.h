#pragma once

#include "BatchText.h"
#include "RecordCheck.h"
#include "trace/TraceService.h"

#include <QStringList>
#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace suyuan::ui {

// One batch in full: what it is (product, lot, origin, available quantity, holder, status; a
// recall in red at the top), its timeline (one row per event: kind, local time with the
// offset it was recorded in, who, where, role and quantity; withdrawn events struck
// through, corrections marked, a verification mark per record), its genealogy upstream
// and downstream (activate an entry to show that batch; Back returns) and the attachments
// its events name (images as thumbnails; activating one opens it in the system viewer).
// The main window shows it when a page emits batchRequested.
class BatchDetailWidget : public QWidget
{
    Q_OBJECT

public:
    explicit BatchDetailWidget(trace::TraceService& trace, QWidget* parent = nullptr);

    QString batchId() const { return m_batchId; }
    // Product and lot of the batch shown, for a window title.
    QString title() const;
    // Events in the timeline (the timeline lists at most kMaxEvents).
    static constexpr int kMaxEvents = 100;
    // Set when an opener other than QDesktopServices is wanted (tests). Returns success.
    using UrlOpener = std::function<bool(const QUrl&)>;
    static void setUrlOpener(UrlOpener opener);

public Q_SLOTS:
    // Shows this batch (any id resolveBatch accepts: batch id, lot, Digital Link).
    void showBatch(const QString& batchId);
    // Re-reads the batch shown (the ledger changed).
    void refresh();
    void back();
    // Checks the records of the events on screen now (showBatch schedules it).
    void checkRecords();

Q_SIGNALS:
    void batchShown(const QString& batchId);
    void statusMessage(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void load(const QString& batchId, bool remember);
    void fillHeader(const trace::BatchInfo& batch);
    void fillTimeline();
    void fitTimelineColumns();
    void fillGenealogy();
    void addGenealogy(QTreeWidgetItem* top, const QList<trace::GenealogyEdge>& edges, bool up);
    void fillAttachments();
    void openAttachment(QListWidgetItem* item);
    void genealogyActivated(QTreeWidgetItem* item);
    QString whoText(const QByteArray& author);
    QString batchLabel(const QString& batchId);
    QString timeText(qint64 ms, const QString& offset, QString* tooltip) const;

    trace::TraceService& m_trace;
    NameCache m_names;
    QString m_batchId;
    QStringList m_history;
    QList<trace::EventInfo> m_events;
    QHash<QString, QJsonObject> m_bodies; // eventId → body, for the events on screen
    QHash<QByteArray, QString> m_who;
    QHash<QString, QString> m_batchLabels;

    QPushButton* m_back = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_id = nullptr;
    QLabel* m_recall = nullptr;
    QLabel* m_product = nullptr;
    QLabel* m_lot = nullptr;
    QLabel* m_origin = nullptr;
    QLabel* m_available = nullptr;
    QLabel* m_holder = nullptr;
    QLabel* m_location = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_created = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_timelineNote = nullptr;
    QTreeWidget* m_timeline = nullptr;
    QTreeWidget* m_genealogy = nullptr;
    QListWidget* m_attachments = nullptr;
    QLabel* m_attachmentsNote = nullptr;
};

} // namespace suyuan::ui
