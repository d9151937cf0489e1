#include "UiTestSupport.h"

#include "labels/BatchLabels.h"
#include "labels/LabelCode.h"
#include "labels/LabelTemplate.h"
#include "labels/PrintLabelsDialog.h"
#include "trace/Demo.h"
#include "trace/TraceService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QtPrintSupport/QPrintDialog>
#include <QtPrintSupport/QPrinter>
#include <QtTest>

#include <optional>

using namespace suyuan;
using suyuan::test::find;
using suyuan::ui::PrintLabelsDialog;
using Verdict = labels::LabelCheck::Verdict;

namespace {

// Runs a tool, returning its standard output, or nothing when it does not finish cleanly.
std::optional<QByteArray> run(const QString& program, const QStringList& args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning("%s %s failed: %s", qPrintable(program), qPrintable(args.join(QLatin1Char(' '))),
                 process.readAllStandardError().constData());
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

// The QR codes of every page of a PDF as zbarimg reads them from a 300 dpi raster, page by page.
QStringList decodePdf(const QString& pdf)
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    if (!run(QStringLiteral("pdftoppm"),
             {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"), pdf, prefix})) {
        return {};
    }
    QStringList pages;
    for (const QString& name : QDir(dir.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files)) {
        pages << dir.filePath(name);
    }
    // pdftoppm pads the page numbers to the same width, so the names sort in page order.
    pages.sort();
    QStringList args{QStringLiteral("--raw"), QStringLiteral("-q")};
    args << pages;
    const auto out = run(QStringLiteral("zbarimg"), args);
    if (!out) {
        return {};
    }
    return QString::fromUtf8(*out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

struct PdfInfo
{
    int pages = 0;
    QList<QSizeF> pageSizesPt;
};

PdfInfo pdfInfo(const QString& pdf)
{
    PdfInfo info;
    const QString out = QString::fromUtf8(
        run(QStringLiteral("pdfinfo"),
            {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("100000"), pdf})
            .value_or(QByteArray()));
    static const QRegularExpression pagesRe(QStringLiteral("^Pages:\\s+(\\d+)$"),
                                            QRegularExpression::MultilineOption);
    static const QRegularExpression sizeRe(QStringLiteral("^Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                                           QRegularExpression::MultilineOption);
    if (auto m = pagesRe.match(out); m.hasMatch()) {
        info.pages = m.captured(1).toInt();
    }
    for (auto it = sizeRe.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        info.pageSizesPt << QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
    }
    return info;
}

QStringList urisOf(const QList<labels::LabelContent>& contents)
{
    QStringList uris;
    for (const auto& c : contents) {
        uris << c.uri;
    }
    return uris;
}

// Replaces a line edit's or spin box's text the way a user does: select all, type.
void retype(QWidget* widget, const QString& text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(widget, text);
}

// Answers the next modal dialog (print or file dialog) from inside its exec(): records its
// class and rejects it. The timer checks on every turn of the event loop until one is open.
class ModalAnswer : public QObject
{
public:
    QString className;
    ModalAnswer()
    {
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                m_timer.stop();
                className = QString::fromLatin1(dialog->metaObject()->className());
                dialog->reject();
            }
        });
        m_timer.start();
    }

private:
    QTimer m_timer;
};

} // namespace

class TestPrintLabelsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void templatesOffered();
    void previewFollowsTemplate();
    void copiesWithSerials();
    void netQuantityAndExpiry();
    void invalidBaseAddress();
    void exportPdfDecodes();
    void printToPdfPrinter_data();
    void printToPdfPrinter();
    void keyboard();
    void screenshot();

private:
    QString batchId() const { return m_demo.exportBatch; }
    void setBase(const QString& base);
    void setCopies(int copies, bool serials);

    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<trace::TraceService> m_trace;
    trace::DemoSummary m_demo;
    std::unique_ptr<PrintLabelsDialog> m_dialog;
};

void TestPrintLabelsDialog::initTestCase()
{
    test::initGuiTest();
    m_ledger = test::createProfile(m_dir.filePath(QStringLiteral("p")));
    auto trace = trace::TraceService::open(*m_ledger);
    QVERIFY(trace);
    m_trace = std::move(trace.value());
    auto demo = trace::fillDemoLedger(*m_trace, {});
    QVERIFY(demo);
    m_demo = demo.value();
    QVERIFY(!batchId().isEmpty());
}

void TestPrintLabelsDialog::cleanupTestCase()
{
    m_dialog.reset();
    m_trace.reset();
    m_ledger.reset();
}

void TestPrintLabelsDialog::init()
{
    QSettings().clear();
    m_dialog = std::make_unique<PrintLabelsDialog>(*m_trace, batchId());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    setBase(QStringLiteral("https://trace.fengjie-orange.cn"));
}

void TestPrintLabelsDialog::cleanup()
{
    m_dialog.reset();
}

void TestPrintLabelsDialog::setBase(const QString& base)
{
    auto* edit = find<QLineEdit>(m_dialog.get(), "baseLineEdit");
    retype(edit, base);
    QTest::keyClick(edit, Qt::Key_Tab); // editingFinished
    QCOMPARE(edit->text(), base);
}

void TestPrintLabelsDialog::setCopies(int copies, bool serials)
{
    auto* spin = find<QSpinBox>(m_dialog.get(), "copiesSpinBox");
    retype(spin, QString::number(copies));
    QCOMPARE(spin->value(), copies);
    auto* box = find<QCheckBox>(m_dialog.get(), "serialsCheckBox");
    if (box->isChecked() != serials) {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    }
    QCOMPARE(box->isChecked(), serials);
}

void TestPrintLabelsDialog::templatesOffered()
{
    auto* combo = find<QComboBox>(m_dialog.get(), "templateComboBox");
    QVERIFY(combo);
    QCOMPARE(labels::defaultTemplateName(), QStringLiteral("60x40"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("60x40"));
    QCOMPARE(m_dialog->currentTemplate().name, QStringLiteral("60x40"));
    QCOMPARE(m_dialog->currentTemplate().labelMm, QSizeF(60, 40));
    const QStringList names = labels::templateNames();
    QCOMPARE(combo->count(), names.size());
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(combo->itemData(i).toString(), names.at(i));
        QCOMPARE(combo->itemText(i), labels::templateByName(names.at(i))->description());
    }
    QVERIFY(names.contains(QStringLiteral("a4-3x8")));
    QVERIFY(names.contains(QStringLiteral("pledge-100x100")));

    // The choice is remembered once labels are made with it.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    const QString chosen = combo->currentData().toString();
    QVERIFY(chosen != QStringLiteral("60x40"));
    QTemporaryDir out;
    QVERIFY(m_dialog->exportTo(out.filePath(QStringLiteral("l.pdf"))));
    m_dialog.reset();
    PrintLabelsDialog again(*m_trace, batchId());
    QCOMPARE(find<QComboBox>(&again, "templateComboBox")->currentData().toString(), chosen);
}

void TestPrintLabelsDialog::previewFollowsTemplate()
{
    auto* preview = find<QLabel>(m_dialog.get(), "previewLabel");
    auto* combo = find<QComboBox>(m_dialog.get(), "templateComboBox");
    const QImage first = preview->pixmap().toImage();
    QVERIFY(!first.isNull());
    // Painted for the size it is shown at (not for the widget's size before the layout ran).
    QVERIFY2(first.width() >= preview->width() * 0.8 || first.height() >= preview->height() * 0.8,
             qPrintable(QStringLiteral("%1x%2 in %3x%4")
                            .arg(first.width())
                            .arg(first.height())
                            .arg(preview->width())
                            .arg(preview->height())));
    // 60 × 40: landscape 3:2.
    QVERIFY(qAbs(double(first.width()) / first.height() - 1.5) < 0.02);

    combo->setFocus();
    const int square = combo->findData(QStringLiteral("100x100"));
    QVERIFY(square >= 0);
    while (combo->currentIndex() < square) {
        QTest::keyClick(combo, Qt::Key_Down);
    }
    QCOMPARE(combo->currentData().toString(), QStringLiteral("100x100"));
    const QImage second = preview->pixmap().toImage();
    QVERIFY(second != first);
    QCOMPARE(second.width(), second.height());

    QTest::keyClick(combo, Qt::Key_Down);
    QVERIFY(preview->pixmap().toImage() != second);

    // Bigger dialog, bigger preview.
    m_dialog->resize(m_dialog->width() + 300, m_dialog->height() + 200);
    QVERIFY(preview->pixmap().width() > second.width() || preview->pixmap().height() > second.height());
}

void TestPrintLabelsDialog::copiesWithSerials()
{
    setCopies(3, true);
    auto contents = m_dialog->labels();
    QVERIFY2(contents, qPrintable(contents.error().message));
    QCOMPARE(contents->size(), 3);
    QSet<QString> uris;
    for (int i = 0; i < 3; ++i) {
        const auto& c = contents->at(i);
        const QString serial = QStringLiteral("%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        QCOMPARE(c.serial, serial);
        QVERIFY2(c.uri.startsWith(QStringLiteral("HTTPS://TRACE.FENGJIE-ORANGE.CN/")), qPrintable(c.uri));
        QVERIFY2(c.uri.contains(QStringLiteral("/21/") + serial + QLatin1Char('?')), qPrintable(c.uri));
        auto scanned = labels::parseScan(c.uri);
        QVERIFY(scanned);
        QCOMPARE(scanned->ids.serial, serial);
        QCOMPARE(labels::scannedBatchId(scanned.value()), batchId());
        QCOMPARE(labels::verifyScan(scanned.value(), *m_ledger).verdict, Verdict::Genuine);
        uris.insert(c.uri);
    }
    QCOMPARE(uris.size(), 3); // each copy its own signature

    // Without serials: identical copies, no /21/.
    setCopies(2, false);
    contents = m_dialog->labels();
    QVERIFY(contents);
    QCOMPARE(contents->size(), 2);
    QCOMPARE(contents->at(0).uri, contents->at(1).uri);
    QVERIFY(contents->at(0).serial.isEmpty());
    QVERIFY(!contents->at(0).uri.contains(QStringLiteral("/21/")));
}

void TestPrintLabelsDialog::netQuantityAndExpiry()
{
    auto* net = find<QDoubleSpinBox>(m_dialog.get(), "netSpinBox");
    retype(net, net->locale().toString(2.5, 'f', 3));
    QCOMPARE(net->value(), 2.5);

    auto* hasExpiry = find<QCheckBox>(m_dialog.get(), "expiryCheckBox");
    auto* expiry = find<QDateEdit>(m_dialog.get(), "expiryDateEdit");
    QVERIFY(!expiry->isEnabled());
    hasExpiry->setFocus();
    QTest::keyClick(hasExpiry, Qt::Key_Space);
    QVERIFY(hasExpiry->isChecked());
    QVERIFY(expiry->isEnabled());
    const QDate date(2026, 12, 15);
    // As a user types a date: Tab into the edit selects its first section; each section is
    // typed as the edit shows it, Tab moves on when a section does not do so by itself.
    QTest::keyClick(hasExpiry, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), expiry);
    for (int i = 0; i < expiry->sectionCount(); ++i) {
        QCOMPARE(expiry->currentSectionIndex(), i);
        switch (expiry->sectionAt(i)) {
        case QDateTimeEdit::DaySection:
            QTest::keyClicks(expiry, QString::number(date.day()));
            break;
        case QDateTimeEdit::MonthSection:
            QTest::keyClicks(expiry, expiry->displayFormat().contains(QStringLiteral("MMM"))
                                         ? expiry->locale().monthName(date.month(), QLocale::ShortFormat)
                                         : QString::number(date.month()));
            break;
        case QDateTimeEdit::YearSection:
            QTest::keyClicks(expiry, QString::number(date.year()));
            break;
        default:
            QFAIL("unexpected section in the date edit");
        }
        if (expiry->currentSectionIndex() == i) {
            QTest::keyClick(expiry, Qt::Key_Tab);
        }
    }
    QCOMPARE(expiry->date(), date);

    auto contents = m_dialog->labels();
    QVERIFY2(contents, qPrintable(contents.error().message));
    QCOMPARE(contents->size(), 1);
    const auto& c = contents->first();
    QCOMPARE(c.netQuantity, 2.5);
    QCOMPARE(c.expiry, date);
    QVERIFY2(c.uri.contains(QStringLiteral("?17=261215&")), qPrintable(c.uri));
    auto scanned = labels::parseScan(c.uri);
    QVERIFY(scanned);
    QCOMPARE(scanned->ids.expiry, date);
    QCOMPARE(labels::verifyScan(scanned.value(), *m_ledger).verdict, Verdict::Genuine);

    // Unticked: neither on the label nor in the code.
    QTest::keyClick(hasExpiry, Qt::Key_Space);
    contents = m_dialog->labels();
    QVERIFY(contents);
    QVERIFY(contents->first().expiry.isNull());
    QVERIFY(!contents->first().uri.contains(QStringLiteral("17=")));
    QCOMPARE(contents->first().netQuantity, 2.5);
}

void TestPrintLabelsDialog::invalidBaseAddress()
{
    // A good address is stored when labels are made; a bad one must not replace it.
    QTemporaryDir out;
    QVERIFY(m_dialog->exportTo(out.filePath(QStringLiteral("good.pdf"))));
    const QString stored = labels::labelBase(*m_ledger);
    QVERIFY(stored.contains(QStringLiteral("fengjie"), Qt::CaseInsensitive));

    setBase(QStringLiteral("ftp://trace.fengjie-orange.cn"));
    auto* message = find<QLabel>(m_dialog.get(), "messageLabel");
    QVERIFY2(message->text().contains(QStringLiteral("http:// or https://")), qPrintable(message->text()));
    QVERIFY(message->text().contains(QStringLiteral("ftp://trace.fengjie-orange.cn")));
    QVERIFY(!m_dialog->labels());

    const QString pdf = out.filePath(QStringLiteral("bad.pdf"));
    const Status exported = m_dialog->exportTo(pdf);
    QVERIFY(!exported);
    QVERIFY(!QFileInfo::exists(pdf));
    QCOMPARE(message->text(), exported.error().message);
    QVERIFY(message->text().contains(QStringLiteral("http:// or https://")));

    const QString printed = out.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    QVERIFY(!m_dialog->printTo(printer));
    QVERIFY(!QFileInfo::exists(printed));
    QVERIFY(message->text().contains(QStringLiteral("http:// or https://")));
    QCOMPARE(QApplication::focusWidget(), find<QLineEdit>(m_dialog.get(), "baseLineEdit"));
    QCOMPARE(labels::labelBase(*m_ledger), stored);

    // Spaces are refused too, with the character named.
    setBase(QStringLiteral("https://trace fengjie.cn"));
    QVERIFY(!m_dialog->exportTo(pdf));
    QVERIFY(!QFileInfo::exists(pdf));
    QVERIFY2(message->text().contains(QStringLiteral("space")), qPrintable(message->text()));
}

void TestPrintLabelsDialog::exportPdfDecodes()
{
    setCopies(3, true);
    auto contents = m_dialog->labels();
    QVERIFY(contents);
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("labels.pdf"));
    QVERIFY(m_dialog->exportTo(pdf));
    QVERIFY(QFileInfo(pdf).size() > 0);
    auto* message = find<QLabel>(m_dialog.get(), "messageLabel");
    QVERIFY2(message->text().contains(QStringLiteral("3 labels written to")), qPrintable(message->text()));
    QCOMPARE(pdfInfo(pdf).pages, 3);
    // The same signatures as labels() gave: Ed25519 signing is deterministic.
    QCOMPARE(decodePdf(pdf), urisOf(contents.value()));
}

void TestPrintLabelsDialog::printToPdfPrinter_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<int>("copies");
    QTest::addColumn<int>("pages");
    QTest::addColumn<QSizeF>("pageMm");
    QTest::newRow("60x40") << QStringLiteral("60x40") << 2 << 2 << QSizeF(60, 40);
    QTest::newRow("100x50") << QStringLiteral("100x50") << 1 << 1 << QSizeF(100, 50);
    QTest::newRow("a4-2x5") << QStringLiteral("a4-2x5") << 3 << 1 << QSizeF(210, 297);
}

void TestPrintLabelsDialog::printToPdfPrinter()
{
    QFETCH(QString, templateName);
    QFETCH(int, copies);
    QFETCH(int, pages);
    QFETCH(QSizeF, pageMm);

    auto* combo = find<QComboBox>(m_dialog.get(), "templateComboBox");
    combo->setFocus();
    const int index = combo->findData(templateName);
    QVERIFY(index >= 0);
    while (combo->currentIndex() < index) {
        QTest::keyClick(combo, Qt::Key_Down);
    }
    QCOMPARE(m_dialog->currentTemplate().name, templateName);
    setCopies(copies, true);
    auto contents = m_dialog->labels();
    QVERIFY(contents);

    // What a CUPS printer gets, except that Qt's PDF engine writes the file instead of
    // handing it to the spooler: a HighResolution QPrinter.
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    const Status st = m_dialog->printTo(printer);
    QVERIFY2(st, qPrintable(st.error().message));
    auto* message = find<QLabel>(m_dialog.get(), "messageLabel");
    QVERIFY2(message->text().contains(QStringLiteral("%1 labels written to").arg(copies)),
             qPrintable(message->text()));
    QVERIFY(message->text().contains(QStringLiteral("printed.pdf")));

    const PdfInfo info = pdfInfo(pdf);
    QCOMPARE(info.pages, pages);
    QCOMPARE(info.pageSizesPt.size(), pages);
    const QSizeF pt = pageMm * 72.0 / 25.4;
    for (const QSizeF& size : info.pageSizesPt) {
        QVERIFY2(qAbs(size.width() - pt.width()) < 0.5 && qAbs(size.height() - pt.height()) < 0.5,
                 qPrintable(QStringLiteral("page %1 x %2 pt, expected %3 x %4")
                                .arg(size.width())
                                .arg(size.height())
                                .arg(pt.width())
                                .arg(pt.height())));
    }
    QStringList decoded = decodePdf(pdf);
    QStringList expected = urisOf(contents.value());
    if (m_dialog->currentTemplate().isSheet()) {
        // Several codes a page: zbarimg reports them in no particular order.
        decoded.sort();
        expected.sort();
    }
    QCOMPARE(decoded, expected);
}

void TestPrintLabelsDialog::keyboard()
{
    auto* print = find<QPushButton>(m_dialog.get(), "printPushButton");
    auto* exportButton = find<QPushButton>(m_dialog.get(), "exportPushButton");
    QVERIFY(print && exportButton);
    // Tab from the first field reaches every control, the buttons included.
    auto* combo = find<QComboBox>(m_dialog.get(), "templateComboBox");
    combo->setFocus();
    QCOMPARE(QApplication::focusWidget(), combo);
    QList<QWidget*> chain;
    for (int i = 0; i < 40 && !chain.contains(QApplication::focusWidget()); ++i) {
        chain << QApplication::focusWidget();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(QApplication::focusWidget(), combo); // a cycle back to the start
    QVERIFY(chain.contains(find<QSpinBox>(m_dialog.get(), "copiesSpinBox")));
    QVERIFY(chain.contains(find<QLineEdit>(m_dialog.get(), "baseLineEdit")));
    QVERIFY(chain.contains(print));
    QVERIFY(chain.contains(exportButton));
    QVERIFY(chain.indexOf(print) > chain.indexOf(find<QLineEdit>(m_dialog.get(), "baseLineEdit")));

    // Alt+P asks for a printer, Alt+E for a file; cancelling either leaves nothing behind.
    auto* message = find<QLabel>(m_dialog.get(), "messageLabel");
    const QString before = message->text();
    {
        ModalAnswer answer;
        QTest::keyClick(m_dialog.get(), Qt::Key_P, Qt::AltModifier);
        // A mnemonic clicks its button "animated" (pressed for a moment), hence the wait.
        QTRY_VERIFY(!answer.className.isEmpty());
        QVERIFY2(answer.className.contains(QStringLiteral("PrintDialog")), qPrintable(answer.className));
        QCOMPARE(message->text(), before);
        // The offscreen platform does not give the focus back by itself.
        m_dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    }
    {
        ModalAnswer answer;
        QTest::keyClick(m_dialog.get(), Qt::Key_E, Qt::AltModifier);
        QTRY_VERIFY(!answer.className.isEmpty());
        QCOMPARE(answer.className, QStringLiteral("QFileDialog"));
        QCOMPARE(message->text(), before);
        // The offscreen platform does not give the focus back by itself.
        m_dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    }
    // Mnemonics of the fields go to their buddies.
    QTest::keyClick(m_dialog.get(), Qt::Key_C, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), find<QSpinBox>(m_dialog.get(), "copiesSpinBox"));
    QTest::keyClick(m_dialog.get(), Qt::Key_A, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), find<QLineEdit>(m_dialog.get(), "baseLineEdit"));
    QTest::keyClick(m_dialog.get(), Qt::Key_T, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), combo);
    auto* serials = find<QCheckBox>(m_dialog.get(), "serialsCheckBox");
    QVERIFY(!serials->isChecked());
    QTest::keyClick(m_dialog.get(), Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(serials->isChecked());

    QVERIFY(m_dialog->isVisible());
}

void TestPrintLabelsDialog::screenshot()
{
    setCopies(12, true);
    auto* net = find<QDoubleSpinBox>(m_dialog.get(), "netSpinBox");
    retype(net, net->locale().toString(5.0, 'f', 3));
    m_dialog->adjustSize();
    QVERIFY(find<QLabel>(m_dialog.get(), "previewLabel")->pixmap().width() > 200);
    test::saveScreenshot(m_dialog.get(), QStringLiteral("print-labels"));
}

QTEST_MAIN(TestPrintLabelsDialog)
#include "TestPrintLabelsDialog.moc"
