#pragma once

#include "common/Page.h"
#include "labels/LabelCode.h"

#include <QDateTime>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace suyuan::ui {

class ScanField;

// The Scan page: a warehouse worker scans a label with a USB scanner (or reads a photo, or
// a camera where the computer has one) and sees at once whether the label is genuine, what
// it says, and which batch of this ledger it names, with the next step one key away: open
// the batch, receive it, ship it. A forged or altered label gets an unmistakable warning
// and offers no receive or ship.
class ScanPage : public Page
{
    Q_OBJECT

public:
    explicit ScanPage(trace::TraceService& trace, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;

    // What the last scan gave (tests, and the actions below).
    labels::LabelCheck::Verdict lastVerdict() const { return m_verdict; }
    QString lastBatch() const { return m_batchId; }
    // The QSettings key of the place scans are recorded at (a location key).
    static QString locationKey() { return QStringLiteral("scanner/location"); }

public Q_SLOTS:
    void refresh() override;
    // Reads a code as if it had been scanned.
    void handleCode(const QString& code);

Q_SIGNALS:
    // Open the Record page's form for this action (receive, ship) on the batch.
    void actionRequested(const QString& action, const QString& batchId);

private:
    void readImage();
    void useCamera();
    void showVerdict(const labels::ScannedLabel& label, const labels::LabelCheck& check);
    void showError(const QString& code, const QString& message);
    void addToHistory(const QString& code, const QString& verdictText, bool bad);
    // An item-level label (with a serial) of a batch here: the scan is recorded at the chosen
    // place, and the serial's sightings are checked against the batch's route.
    void recordSighting(const labels::ScannedLabel& label, const labels::LabelCheck& check);

    ScanField* m_field = nullptr;
    QPushButton* m_imageButton = nullptr;
    QPushButton* m_cameraButton = nullptr;
    QLabel* m_cameraNote = nullptr;
    QLabel* m_verdictLabel = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_batchLabel = nullptr;
    QComboBox* m_location = nullptr;
    QLabel* m_sightingLabel = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_receiveButton = nullptr;
    QPushButton* m_shipButton = nullptr;
    QListWidget* m_history = nullptr;
    labels::LabelCheck::Verdict m_verdict = labels::LabelCheck::Verdict::Unsigned;
    QString m_batchId;
};

} // namespace suyuan::ui
