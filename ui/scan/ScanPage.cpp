#include "ScanPage.h"

#include "ScanField.h"
#include "batches/BatchText.h"
#include "common/Background.h"
#include "common/Style.h"
#include "labels/BatchLabels.h"
#include "labels/ImageDecode.h"
#include "trace/Gs1.h"

#include <QCamera>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStyle>
#include <QVBoxLayout>
#include <QVideoFrame>
#include <QVideoSink>

#include <algorithm>
#include <atomic>
#include <memory>

namespace suyuan::ui {

namespace {

using Verdict = labels::LabelCheck::Verdict;

// Reads codes from camera frames: shows the picture, decodes a frame at a time on a worker
// and accepts the first code found.
class CameraScanDialog : public QDialog
{
public:
    CameraScanDialog(const QCameraDevice& device, QWidget* parent) : QDialog(parent), m_camera(device)
    {
        setWindowTitle(ScanPage::tr("Scan with the camera"));
        auto* layout = new QVBoxLayout(this);
        m_view = new QLabel(this);
        m_view->setMinimumSize(480, 360);
        m_view->setAlignment(Qt::AlignCenter);
        m_view->setText(ScanPage::tr("Starting the camera…"));
        layout->addWidget(m_view, 1);
        auto* hint = new QLabel(ScanPage::tr("Hold the label's QR code in front of the camera."), this);
        setTone(hint, Tone::Hint);
        layout->addWidget(hint);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
        m_session.setCamera(&m_camera);
        m_session.setVideoSink(&m_sink);
        connect(&m_sink, &QVideoSink::videoFrameChanged, this, &CameraScanDialog::frame);
        connect(&m_camera, &QCamera::errorOccurred, this, [this](QCamera::Error, const QString& message) {
            m_view->setText(ScanPage::tr("The camera cannot be used: %1").arg(message));
        });
        m_camera.start();
    }
    ~CameraScanDialog() override
    {
        m_camera.stop();
        // A decode may still run on a worker: it only touches its own copy of the frame.
        m_future.waitForFinished();
    }
    QString code() const { return m_code; }

private:
    void frame(const QVideoFrame& frame)
    {
        const QImage image = frame.toImage();
        if (image.isNull()) {
            return;
        }
        m_view->setPixmap(QPixmap::fromImage(image.scaled(m_view->size(), Qt::KeepAspectRatio)));
        if (m_busy || !m_code.isEmpty()) {
            return;
        }
        m_busy = true;
        m_future = runInBackground(
            this, [image] { return labels::decodeImage(image); },
            [this](const QList<labels::DecodedCode>& codes) {
                m_busy = false;
                if (!codes.isEmpty() && m_code.isEmpty()) {
                    m_code = codes.first().text;
                    accept();
                }
            });
    }

    QCamera m_camera;
    QMediaCaptureSession m_session;
    QVideoSink m_sink;
    QLabel* m_view = nullptr;
    QFuture<QList<labels::DecodedCode>> m_future;
    bool m_busy = false;
    QString m_code;
};

} // namespace

ScanPage::ScanPage(trace::TraceService& trace, QWidget* parent) : Page(trace, parent)
{
    setObjectName(QStringLiteral("scanPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    auto* heading = new QLabel(tr("Scan"), this);
    makeHeading(heading);
    layout->addWidget(heading);
    auto* intro = new QLabel(tr("Scan a label with the USB scanner, or type a lot code and press Enter. The "
                                "label's signature is checked on this computer, without the network."),
                             this);
    intro->setWordWrap(true);
    setTone(intro, Tone::Hint);
    layout->addWidget(intro);

    auto* row = new QHBoxLayout;
    auto* fieldLabel = new QLabel(tr("&Code:"), this);
    m_field = new ScanField(this);
    m_field->setObjectName(QStringLiteral("scanField"));
    m_field->setPlaceholderText(tr("Scan here (the cursor waits in this field)"));
    fieldLabel->setBuddy(m_field);
    row->addWidget(fieldLabel);
    row->addWidget(m_field, 1);
    m_imageButton = new QPushButton(tr("Read from &Image…"), this);
    m_imageButton->setObjectName(QStringLiteral("imagePushButton"));
    m_imageButton->setToolTip(tr("Read the QR code in a photo or a scanned picture of a label."));
    row->addWidget(m_imageButton);
    m_cameraButton = new QPushButton(tr("Use &Camera…"), this);
    m_cameraButton->setObjectName(QStringLiteral("cameraPushButton"));
    row->addWidget(m_cameraButton);
    layout->addLayout(row);
    m_cameraNote = new QLabel(this);
    m_cameraNote->setObjectName(QStringLiteral("cameraNoteLabel"));
    setTone(m_cameraNote, Tone::Hint);
    layout->addWidget(m_cameraNote);
    // Item-level labels (with a serial) are recorded where they are scanned, so that a
    // serial seen at two places at once shows up as a possible cloned label.
    auto* placeRow = new QHBoxLayout;
    auto* placeLabel = new QLabel(tr("Scanning &at:"), this);
    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("scanLocationComboBox"));
    m_location->setToolTip(
        tr("Where you are scanning. Scans of item labels (with a serial number) are recorded "
           "here, so that a copied label seen in two places is noticed."));
    placeLabel->setBuddy(m_location);
    placeRow->addWidget(placeLabel);
    placeRow->addWidget(m_location, 1);
    placeRow->addStretch(1);
    layout->addLayout(placeRow);

    m_verdictLabel = new QLabel(tr("Nothing scanned yet."), this);
    m_verdictLabel->setObjectName(QStringLiteral("verdictLabel"));
    setTone(m_verdictLabel, Tone::Hint);
    m_verdictLabel->setWordWrap(true);
    m_verdictLabel->setMargin(10);
    layout->addWidget(m_verdictLabel);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("detailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);
    m_batchLabel = new QLabel(this);
    m_batchLabel->setObjectName(QStringLiteral("batchLabel"));
    m_batchLabel->setWordWrap(true);
    layout->addWidget(m_batchLabel);
    m_sightingLabel = new QLabel(this);
    m_sightingLabel->setObjectName(QStringLiteral("sightingLabel"));
    m_sightingLabel->setWordWrap(true);
    m_sightingLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sightingLabel->setTextFormat(Qt::PlainText);
    // Never squeezed below its text by the history list: the warning must be read whole.
    m_sightingLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_sightingLabel->hide();
    layout->addWidget(m_sightingLabel);

    auto* actions = new QHBoxLayout;
    m_openButton = new QPushButton(tr("&Open Batch"), this);
    m_openButton->setObjectName(QStringLiteral("openPushButton"));
    m_receiveButton = new QPushButton(tr("&Receive…"), this);
    m_receiveButton->setObjectName(QStringLiteral("receivePushButton"));
    m_shipButton = new QPushButton(tr("S&hip…"), this);
    m_shipButton->setObjectName(QStringLiteral("shipPushButton"));
    for (QPushButton* b : {m_openButton, m_receiveButton, m_shipButton}) {
        b->setEnabled(false);
        actions->addWidget(b);
    }
    actions->addStretch(1);
    layout->addLayout(actions);

    auto* historyLabel = new QLabel(tr("Scanned &this session:"), this);
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("historyList"));
    historyLabel->setBuddy(m_history);
    layout->addWidget(historyLabel);
    layout->addWidget(m_history, 1);

    connect(m_field, &ScanField::scanned, this, &ScanPage::handleCode);
    connect(m_imageButton, &QPushButton::clicked, this, &ScanPage::readImage);
    connect(m_cameraButton, &QPushButton::clicked, this, &ScanPage::useCamera);
    connect(m_location, &QComboBox::activated, this,
            [this] { QSettings().setValue(locationKey(), m_location->currentData().toString()); });
    connect(m_openButton, &QPushButton::clicked, this, [this] { Q_EMIT batchRequested(m_batchId); });
    connect(m_receiveButton, &QPushButton::clicked, this,
            [this] { Q_EMIT actionRequested(QStringLiteral("receive"), m_batchId); });
    connect(m_shipButton, &QPushButton::clicked, this,
            [this] { Q_EMIT actionRequested(QStringLiteral("ship"), m_batchId); });
    setFocusProxy(m_field);
    refresh();
}

QString ScanPage::title() const
{
    return tr("Scan");
}

QIcon ScanPage::icon() const
{
    // A small QR code: three finder squares and a few modules.
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        const qreal m = size / 8.0;
        const QColor ink(0x26, 0x32, 0x38);
        for (const QPointF corner : {QPointF(0, 0), QPointF(5 * m, 0), QPointF(0, 5 * m)}) {
            p.fillRect(QRectF(corner, QSizeF(3 * m, 3 * m)), ink);
            p.fillRect(QRectF(corner + QPointF(m / 2, m / 2), QSizeF(2 * m, 2 * m)), Qt::white);
            p.fillRect(QRectF(corner + QPointF(m, m), QSizeF(m, m)), ink);
        }
        for (const QPointF module : {QPointF(4, 4), QPointF(6, 4), QPointF(5, 5), QPointF(7, 6),
                                     QPointF(4, 7), QPointF(6, 7), QPointF(4, 1), QPointF(1, 4)}) {
            p.fillRect(QRectF(module * m, QSizeF(m, m)), ink);
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void ScanPage::refresh()
{
    const bool camera = !QMediaDevices::videoInputs().isEmpty();
    m_cameraButton->setEnabled(camera);
    m_cameraNote->setText(camera ? QString()
                                 : tr("No camera was found on this computer: use the USB scanner, or read a "
                                      "photo of the label with Read from Image."));
    m_cameraNote->setVisible(!camera);

    // The places of this ledger; the one chosen before, else the first warehouse.
    const QString chosen = m_location->count() > 0 ? m_location->currentData().toString()
                                                   : QSettings().value(locationKey()).toString();
    m_location->clear();
    auto places = m_trace.locations();
    if (!places || places->isEmpty()) {
        m_location->addItem(tr("No places yet: add your warehouse under Master data"), QString());
        m_location->setEnabled(false);
        return;
    }
    m_location->setEnabled(true);
    NameCache names;
    names.load(m_trace);
    int pick = -1;
    for (const trace::Location& l : std::as_const(places.value())) {
        if (l.key == chosen) {
            pick = m_location->count();
        } else if (pick < 0 && chosen.isEmpty() && l.type == QLatin1String("warehouse")) {
            pick = m_location->count();
        }
        m_location->addItem(names.locationName(l.key), l.key);
    }
    m_location->setCurrentIndex(std::max(pick, 0));
}

void ScanPage::handleCode(const QString& code)
{
    auto label = labels::parseScan(code);
    if (!label) {
        showError(code, label.error().message);
        return;
    }
    showVerdict(label.value(), labels::verifyScan(label.value(), m_trace.ledger()));
}

void ScanPage::showVerdict(const labels::ScannedLabel& label, const labels::LabelCheck& check)
{
    m_verdict = check.verdict;
    QString verdict;
    Tone tone = Tone::Normal;
    const QString issuer = check.issuerName.isEmpty()
                               ? check.issuerNodeId
                               : tr("%1 (node %2)").arg(check.issuerName, check.issuerNodeId);
    switch (check.verdict) {
    case Verdict::Genuine:
        verdict = tr("✔ Genuine label, signed by %1.").arg(issuer);
        tone = Tone::Success;
        break;
    case Verdict::Forged:
        verdict = tr("✖ FORGED OR ALTERED LABEL. Its signature does not match what it says. Do not accept "
                     "these goods; set them aside and tell the sender.");
        tone = Tone::Error;
        break;
    case Verdict::UnknownIssuer:
        verdict = tr("⚠ Signed by a node this ledger does not know, so it cannot tell whether the label is "
                     "genuine. Get the sender's records (sync or a bundle) and scan again.");
        tone = Tone::Error;
        break;
    case Verdict::Unsigned:
        verdict =
            tr("This code carries no signature: it names a batch but does not prove who made the label.");
        tone = Tone::Hint;
        break;
    }
    m_verdictLabel->setText(verdict);
    setTone(m_verdictLabel, tone);
    QFont f = font();
    f.setBold(check.verdict != Verdict::Unsigned);
    f.setPointSizeF(font().pointSizeF() * (check.verdict == Verdict::Forged ? 1.5 : 1.15));
    m_verdictLabel->setFont(f);
    m_verdictLabel->setStyleSheet(
        check.verdict == Verdict::Forged
            ? QStringLiteral("QLabel { background: #FDECEA; border: 2px solid #C62828; }")
            : QString());

    QStringList lines;
    if (!label.ids.gtin14.isEmpty()) {
        lines << tr("GTIN: %1").arg(label.ids.gtin14);
    } else if (!label.ids.productCode.isEmpty()) {
        lines << tr("Product code: %1").arg(label.ids.productCode);
    }
    lines << tr("Lot: %1").arg(label.ids.lot);
    if (!label.ids.serial.isEmpty()) {
        lines << tr("Serial: %1").arg(label.ids.serial);
    }
    if (label.ids.expiry.isValid()) {
        lines << tr("Best before: %1").arg(QLocale().toString(label.ids.expiry, QLocale::ShortFormat));
    }
    if (!check.reason.isEmpty() && check.verdict != Verdict::Unsigned) {
        lines << tr("Why: %1").arg(check.reason);
    }
    m_details->setText(lines.join(QLatin1Char('\n')));

    m_batchId.clear();
    auto resolved = m_trace.resolveBatch(labels::scannedBatchId(label));
    std::optional<trace::BatchInfo> batch;
    if (resolved) {
        if (auto b = m_trace.batch(resolved.value()); b && b->has_value()) {
            batch = b->value();
        }
    }
    if (batch) {
        m_batchId = batch->batch;
        NameCache names;
        names.load(m_trace);
        m_batchLabel->setText(
            tr("Batch in this ledger: %1 · lot %2 · %3 · held by %4")
                .arg(names.productName(batch->productKey), batch->lot, BatchText::statusText(batch->status),
                     batch->holder.isEmpty() ? tr("not recorded") : names.partyName(batch->holder)));
        setTone(m_batchLabel, Tone::Normal);
    } else {
        m_batchLabel->setText(tr("This ledger holds no batch with these identifiers."));
        setTone(m_batchLabel, Tone::Hint);
    }
    const bool found = batch.has_value();
    const bool trusted = check.verdict == Verdict::Genuine || check.verdict == Verdict::Unsigned;
    m_openButton->setEnabled(found);
    // A forged label is never the start of a receipt or a shipment.
    m_receiveButton->setEnabled(found && trusted && batch->status == QLatin1String("in_transit"));
    m_shipButton->setEnabled(found && trusted && batch->status == QLatin1String("active"));
    if (found && m_receiveButton->isEnabled()) {
        m_receiveButton->setDefault(true);
    }
    m_sightingLabel->hide();
    if (found && !label.ids.serial.isEmpty()) {
        recordSighting(label, check);
    }
    addToHistory(label.text, verdict.section(QLatin1Char('\n'), 0, 0),
                 check.verdict == Verdict::Forged || check.verdict == Verdict::UnknownIssuer);
    m_field->setFocus();
}

void ScanPage::recordSighting(const labels::ScannedLabel& label, const labels::LabelCheck& check)
{
    m_sightingLabel->show();
    m_sightingLabel->setStyleSheet(QString());
    const QString place = m_location->currentData().toString();
    if (place.isEmpty()) {
        m_sightingLabel->setText(tr("This item label was not recorded: choose where you are scanning above. "
                                    "Recorded scans show copied labels."));
        setTone(m_sightingLabel, Tone::Hint);
        return;
    }
    auto recorded = m_trace.recordLabelScan(m_batchId, label.ids.serial, place,
                                            labels::verdictName(check.verdict), label.text);
    if (!recorded) {
        m_sightingLabel->setText(tr("The scan could not be recorded: %1").arg(recorded.error().message));
        setTone(m_sightingLabel, Tone::Error);
        return;
    }
    Q_EMIT ledgerChanged();
    auto sightings = m_trace.labelSightings(m_batchId, label.ids.serial);
    auto warnings = sightings ? m_trace.cloneWarnings(m_batchId, sightings.value())
                              : Result<QList<trace::CloneWarning>>(sightings.error());
    if (!sightings || !warnings) {
        m_sightingLabel->setText(tr("The scan was recorded, but its sightings could not be read: %1")
                                     .arg(!sightings ? sightings.error().message : warnings.error().message));
        setTone(m_sightingLabel, Tone::Error);
        return;
    }
    NameCache names;
    names.load(m_trace);
    if (check.verdict == Verdict::Forged) {
        // Not a sighting of the genuine item (cloneWarnings leaves it out): no reassurance.
        m_sightingLabel->setText(
            tr("The scan of this forged label was recorded at %1, for the record; it says "
               "nothing about where the genuine item is.")
                .arg(names.locationName(place)));
        setTone(m_sightingLabel, Tone::Hint);
        return;
    }
    if (warnings->isEmpty()) {
        m_sightingLabel->setText(
            tr("Serial %1: scan recorded at %2. Scans of this serial so far: %3, each where the batch's "
               "own records put it.")
                .arg(label.ids.serial, names.locationName(place))
                .arg(sightings->size()));
        setTone(m_sightingLabel, Tone::Success);
        return;
    }
    QStringList lines{tr("⚠ POSSIBLE COPIED LABEL. This serial number has been scanned where the batch's own "
                         "records cannot explain it. Set the item aside and check where it came from.")};
    for (const trace::CloneWarning& w : std::as_const(warnings.value())) {
        lines << QStringLiteral("• ") + m_trace.cloneWarningText(w);
    }
    m_sightingLabel->setText(lines.join(QLatin1Char('\n')));
    setTone(m_sightingLabel, Tone::Error);
    m_sightingLabel->setStyleSheet(QStringLiteral("QLabel { background: #FDECEA; border: 2px solid #C62828; "
                                                  "padding: 8px; font-weight: bold; }"));
}

void ScanPage::showError(const QString& code, const QString& message)
{
    m_verdict = Verdict::Unsigned;
    m_batchId.clear();
    m_verdictLabel->setText(tr("This is not a code Suyuan can read: %1").arg(message));
    setTone(m_verdictLabel, Tone::Error);
    m_verdictLabel->setStyleSheet(QString());
    m_details->clear();
    m_batchLabel->clear();
    for (QPushButton* b : {m_openButton, m_receiveButton, m_shipButton}) {
        b->setEnabled(false);
    }
    addToHistory(code, tr("not readable"), true);
    m_field->setFocus();
}

void ScanPage::addToHistory(const QString& code, const QString& verdictText, bool bad)
{
    auto* item = new QListWidgetItem(
        tr("%1  %2 — %3")
            .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat), code, verdictText));
    if (bad) {
        item->setForeground(QColor(0xC6, 0x28, 0x28));
    }
    m_history->insertItem(0, item);
}

void ScanPage::readImage()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("scan/imageDir")).toString();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Read a Label from an Image"), dir,
                                     tr("Images (*.png *.jpg *.jpeg *.bmp *.webp);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    settings.setValue(QStringLiteral("scan/imageDir"), QFileInfo(path).absolutePath());
    auto codes = labels::decodeImageFile(path);
    if (!codes) {
        showError(QFileInfo(path).fileName(), codes.error().message);
        return;
    }
    if (codes->isEmpty()) {
        showError(QFileInfo(path).fileName(), tr("no QR code or barcode was found in the picture."));
        return;
    }
    handleCode(codes->first().text);
}

void ScanPage::useCamera()
{
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    if (cameras.isEmpty()) {
        refresh();
        return;
    }
    CameraScanDialog dialog(QMediaDevices::defaultVideoInput(), this);
    if (dialog.exec() == QDialog::Accepted && !dialog.code().isEmpty()) {
        handleCode(dialog.code());
    }
}

} // namespace suyuan::ui
