#include "BatchesTestSupport.h"
#include "UiTestSupport.h"

#include "batches/BatchDetailWidget.h"
#include "trace/Attachments.h"
#include "trace/Demo.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace suyuan;
using namespace suyuan::test;
using suyuan::ui::BatchDetailWidget;
using suyuan::ui::RecordCheck;

namespace {
constexpr int kMarkColumn = 5;
constexpr int kWhereColumn = 2;
constexpr int kWhoColumn = 6;

QStringList column(QTreeWidget* tree, int c)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        out << tree->topLevelItem(i)->text(c);
    }
    return out;
}

bool allMarks(QTreeWidget* timeline, RecordCheck::Mark mark)
{
    for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
        const QVariant m = timeline->topLevelItem(i)->data(kMarkColumn, Qt::UserRole);
        if (!m.isValid() || m.toInt() != static_cast<int>(mark)) {
            return false;
        }
    }
    return timeline->topLevelItemCount() > 0;
}
} // namespace

class TestBatchDetail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsExportBatch();
    void upstreamClickShowsBatchAndBackReturns();
    void recalledBatchShowsRecall();
    void attachmentsShownAndOpened();
    void correctionMarked();
    void tamperedRecordFails();
    void unknownBatchSaysSo();

private:
    std::unique_ptr<BatchDetailWidget> makeDetail();

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<trace::TraceService> m_trace;
    trace::DemoSummary m_demo;
    bool m_zh = false;
};

void TestBatchDetail::initTestCase()
{
    initGuiTest();
    m_zh = installZhDictionary();
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_ledger = createProfile(m_tmp->filePath(QStringLiteral("profile")), QStringLiteral("Fengjie Co-op"));
    auto trace = trace::TraceService::open(*m_ledger);
    QVERIFY(trace);
    m_trace = std::move(trace).value();
    auto demo = trace::fillDemoLedger(*m_trace, {});
    QVERIFY2(demo, qPrintable(demo ? QString() : demo.error().message));
    m_demo = demo.value();
}

void TestBatchDetail::cleanupTestCase()
{
    BatchDetailWidget::setUrlOpener({});
    m_trace.reset();
    m_ledger.reset();
}

std::unique_ptr<BatchDetailWidget> TestBatchDetail::makeDetail()
{
    auto detail = std::make_unique<BatchDetailWidget>(*m_trace);
    detail->resize(1280, 800);
    detail->show();
    if (!QTest::qWaitForWindowExposed(detail.get())) {
        return nullptr;
    }
    return detail;
}

void TestBatchDetail::showsExportBatch()
{
    auto detail = makeDetail();
    QVERIFY(detail);
    QSignalSpy shown(detail.get(), &BatchDetailWidget::batchShown);
    detail->showBatch(QStringLiteral("FJ5A-251218")); // a lot resolves to its batch
    QCOMPARE(detail->batchId(), m_demo.exportBatch);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(find<QLabel>(detail.get(), "lotLabel")->text(), QStringLiteral("FJ5A-251218"));
    QVERIFY(detail->title().contains(QStringLiteral("FJ5A-251218")));
    QVERIFY(!find<QLabel>(detail.get(), "productLabel")->text().isEmpty());
    QVERIFY(!find<QLabel>(detail.get(), "holderLabel")->text().isEmpty());
    QVERIFY(!find<QLabel>(detail.get(), "availableLabel")->text().isEmpty());
    QVERIFY(find<QLabel>(detail.get(), "recallLabel")->isHidden());

    auto* timeline = find<QTreeWidget>(detail.get(), "timelineTreeWidget");
    auto events = m_trace->events(m_demo.exportBatch);
    QVERIFY(events);
    QCOMPARE(timeline->topLevelItemCount(), events->size());
    QVERIFY(timeline->topLevelItemCount() >= 7); // made, shipped and received three times …
    if (!m_zh) {
        const QStringList kinds = column(timeline, 0);
        QVERIFY2(kinds.count(QStringLiteral("Shipping")) == 3, qPrintable(kinds.join(QLatin1Char('|'))));
        QVERIFY(kinds.count(QStringLiteral("Receiving")) == 3);
        QVERIFY(column(timeline, 1).at(0).contains(QStringLiteral("+08:00")));
    }
    QVERIFY(!timeline->topLevelItem(0)->icon(0).isNull());
    QVERIFY(!column(timeline, 2).at(0).isEmpty()); // who
    QVERIFY(!column(timeline, kWhereColumn).join(QString()).isEmpty());
    // Each record is checked: signature and chain link.
    QTRY_VERIFY(allMarks(timeline, RecordCheck::Mark::Verified));

    auto* genealogy = find<QTreeWidget>(detail.get(), "genealogyTreeWidget");
    QCOMPARE(genealogy->topLevelItemCount(), 2);
    QTreeWidgetItem* upstream = genealogy->topLevelItem(0);
    auto up = m_trace->upstream(m_demo.exportBatch);
    QVERIFY(up && !up->isEmpty());
    QVERIFY(upstream->childCount() > 0);
    QVERIFY(!upstream->child(0)->data(0, Qt::UserRole + 2).toString().isEmpty());
    saveScreenshot(detail.get(), m_zh ? QStringLiteral("batch-detail-zh") : QStringLiteral("batch-detail"));
}

void TestBatchDetail::upstreamClickShowsBatchAndBackReturns()
{
    auto detail = makeDetail();
    QVERIFY(detail);
    detail->showBatch(m_demo.exportBatch);
    auto* genealogy = find<QTreeWidget>(detail.get(), "genealogyTreeWidget");
    QTreeWidgetItem* input = genealogy->topLevelItem(0)->child(0);
    QVERIFY(input);
    const QString inputId = input->data(0, Qt::UserRole + 2).toString();
    QSignalSpy shown(detail.get(), &BatchDetailWidget::batchShown);
    genealogy->scrollToItem(input);
    const QRect rect = genealogy->visualItemRect(input);
    QTest::mouseClick(genealogy->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(shown.count(), 1);
    QCOMPARE(detail->batchId(), inputId);
    // The export batch is downstream of its input.
    auto* downstream = genealogy->topLevelItem(1);
    bool found = false;
    for (QTreeWidgetItemIterator it(downstream); *it && !found; ++it) {
        found = (*it)->data(0, Qt::UserRole + 2).toString() == m_demo.exportBatch;
    }
    QVERIFY(found);
    auto* back = find<QPushButton>(detail.get(), "backPushButton");
    QVERIFY(back->isEnabled());
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(detail->batchId(), m_demo.exportBatch);
    QVERIFY(!back->isEnabled());
}

void TestBatchDetail::recalledBatchShowsRecall()
{
    auto detail = makeDetail();
    QVERIFY(detail);
    detail->showBatch(m_demo.recalledBatch);
    auto* recall = find<QLabel>(detail.get(), "recallLabel");
    QVERIFY(recall->isVisible());
    QVERIFY(recall->text().size() > 20);
    QCOMPARE(recall->palette().color(QPalette::Window), QColor(0xC6, 0x28, 0x28));
    if (!m_zh) {
        QVERIFY(recall->text().contains(QStringLiteral("RECALLED")));
        QCOMPARE(find<QLabel>(detail.get(), "statusLabel")->text(), QStringLiteral("Recalled"));
        QVERIFY(column(find<QTreeWidget>(detail.get(), "timelineTreeWidget"), 0)
                    .contains(QStringLiteral("Recall")));
    }
    QTRY_VERIFY(allMarks(find<QTreeWidget>(detail.get(), "timelineTreeWidget"), RecordCheck::Mark::Verified));
    saveScreenshot(detail.get(),
                   m_zh ? QStringLiteral("batch-recalled-zh") : QStringLiteral("batch-recalled"));
}

void TestBatchDetail::attachmentsShownAndOpened()
{
    QImage image(120, 80, QImage::Format_RGB32);
    image.fill(QColor(0xF5, 0x7C, 0x00));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    auto photo = m_trace->attachments().add(png, QStringLiteral("橙子.png"));
    QVERIFY(photo);
    const QByteArray reportText = "Pesticide residue: none detected.\n";
    auto report = m_trace->attachments().add(reportText, QStringLiteral("lab-report.txt"));
    QVERIFY(report);
    trace::TraceService::Observation o;
    o.kind = trace::TraceService::Observation::Kind::Inspection;
    o.batches = {m_demo.exportBatch};
    o.passed = true;
    o.note = QStringLiteral("Export inspection");
    o.attachments = {photo->sha256, report->sha256};
    auto recorded = m_trace->observe(o);
    QVERIFY2(recorded, qPrintable(recorded ? QString() : recorded.error().message));

    QList<QUrl> opened;
    BatchDetailWidget::setUrlOpener([&opened](const QUrl& url) {
        opened << url;
        return true;
    });
    auto detail = makeDetail();
    QVERIFY(detail);
    detail->showBatch(m_demo.exportBatch);
    auto* list = find<QListWidget>(detail.get(), "attachmentsListWidget");
    QCOMPARE(list->count(), 2);
    QListWidgetItem* imageItem =
        list->item(0)->text() == QStringLiteral("橙子.png") ? list->item(0) : list->item(1);
    QListWidgetItem* textItem = imageItem == list->item(0) ? list->item(1) : list->item(0);
    QCOMPARE(imageItem->data(Qt::UserRole).toBool(), true); // a thumbnail of the image
    QVERIFY(!textItem->data(Qt::UserRole).toBool());
    QTRY_VERIFY(allMarks(find<QTreeWidget>(detail.get(), "timelineTreeWidget"), RecordCheck::Mark::Verified));
    saveScreenshot(detail.get(),
                   m_zh ? QStringLiteral("batch-attachments-zh") : QStringLiteral("batch-attachments"));

    list->setFocus();
    list->setCurrentItem(textItem);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QVERIFY(opened.at(0).isLocalFile());
    QFile file(opened.at(0).toLocalFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), reportText);
    QCOMPARE(QFileInfo(file).fileName(), QStringLiteral("lab-report.txt"));
}

void TestBatchDetail::correctionMarked()
{
    // Withdraw the inspection recorded above.
    auto events = m_trace->events(m_demo.exportBatch);
    QVERIFY(events);
    QString inspection;
    for (const trace::EventInfo& e : events.value()) {
        if (e.bizStep.endsWith(QLatin1String("inspecting"))) {
            inspection = e.eventId;
        }
    }
    QVERIFY(!inspection.isEmpty());
    QVERIFY(
        m_trace->declareError(inspection, QStringLiteral("did_not_occur"), QStringLiteral("wrong batch")));
    auto detail = makeDetail();
    QVERIFY(detail);
    detail->showBatch(m_demo.exportBatch);
    auto* timeline = find<QTreeWidget>(detail.get(), "timelineTreeWidget");
    int struck = 0;
    int corrections = 0;
    for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = timeline->topLevelItem(i);
        struck += item->font(0).strikeOut() ? 1 : 0;
        corrections += item->font(0).italic() ? 1 : 0;
    }
    QCOMPARE(struck, 1);
    QCOMPARE(corrections, 1);
    // The declaration is the same eventID as the original: both records are found and checked.
    QTRY_VERIFY(allMarks(timeline, RecordCheck::Mark::Verified));
    saveScreenshot(detail.get(),
                   m_zh ? QStringLiteral("batch-correction-zh") : QStringLiteral("batch-correction"));
}

void TestBatchDetail::tamperedRecordFails()
{
    auto events = m_trace->events(m_demo.recalledBatch);
    QVERIFY(events && !events->isEmpty());
    const qint64 rid = events->constLast().rid;
    // Spoil the signature of the newest event's record behind the ledger's back.
    QVERIFY(m_ledger->database().exec("DROP TRIGGER records_no_update;").ok());
    auto st = m_ledger->database().prepare("UPDATE records SET sig = ? WHERE rid = ?;");
    st.bind(1, QByteArray(64, '\x01')).bind(2, rid);
    QVERIFY(st.exec());
    auto detail = makeDetail();
    QVERIFY(detail);
    detail->showBatch(m_demo.recalledBatch);
    auto* timeline = find<QTreeWidget>(detail.get(), "timelineTreeWidget");
    QTreeWidgetItem* last = timeline->topLevelItem(timeline->topLevelItemCount() - 1);
    QTRY_COMPARE(last->data(kMarkColumn, Qt::UserRole).toInt(), static_cast<int>(RecordCheck::Mark::Failed));
    QTreeWidgetItem* first = timeline->topLevelItem(0);
    QCOMPARE(first->data(kMarkColumn, Qt::UserRole).toInt(), static_cast<int>(RecordCheck::Mark::Verified));
}

void TestBatchDetail::unknownBatchSaysSo()
{
    auto detail = makeDetail();
    QVERIFY(detail);
    detail->showBatch(QStringLiteral("NO-SUCH-LOT"));
    QVERIFY(find<QLabel>(detail.get(), "messageLabel")->isVisible());
    QVERIFY(detail->batchId().isEmpty());
}

QTEST_MAIN(TestBatchDetail)
#include "TestBatchDetail.moc"
