#include "labels/LabelRender.h"
#include "labels/LabelTemplate.h"
#include "labels/QrCode.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFontInfo>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace suyuan;
using namespace suyuan::labels;

// Label templates and rendering, checked with independent readers: every output is rasterised
// (poppler's pdftoppm for PDF, QtSvg for SVG) and decoded with zbar's zbarimg, which must give
// back exactly the URI each label was made for.
class TestLabelRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void qrEncoding();
    void qrSnapsToDevicePixels();
    void templates();
    void everyTemplatePdfDecodes_data();
    void everyTemplatePdfDecodes();
    void pngDecodesAt203And300Dpi_data();
    void pngDecodesAt203And300Dpi();
    void svgIsWellFormedAndDecodes();
    void longTextStaysInsideTheLabel_data();
    void longTextStaysInsideTheLabel();
    void pledgeCertificate();
    void copiesAndSerials();
    void partUsedSheet();
    void cancelledExportLeavesNoFile();
    void thousandLabelsToOnePdf();

private:
    QTemporaryDir m_tmp;
};

namespace {

// A realistic signed Digital Link of ~150 characters: 64 signature bytes in base64url (86
// characters) that differ per label.
QString sampleUri(int n, const QString& serial = QString())
{
    QByteArray seed = QByteArray::number(n);
    QByteArray sig = QCryptographicHash::hash(seed, QCryptographicHash::Sha512);
    const QString s =
        QString::fromLatin1(sig.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    return QStringLiteral(
               "https://trace.example.cn/01/06901234567892/10/FJ-251205%1?17=261231&k=AbCdEfGh&s=%2")
        .arg(serial.isEmpty() ? QString() : QStringLiteral("/21/") + serial, s);
}

// The same in the upper-case form the label code module aims at (alphanumeric QR segments).
QString alphanumericUri(int n)
{
    QByteArray sig = QCryptographicHash::hash(QByteArray::number(n), QCryptographicHash::Sha512);
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QString b32;
    for (int i = 0; i < 103; ++i) {
        b32 += QLatin1Char(alphabet[quint8(sig.at(i % sig.size())) % 32]);
    }
    return QStringLiteral(
               "HTTPS://TRACE.EXAMPLE.CN/01/06901234567892/10/FJ-251205?17=261231&k=ABCDEFGHIJ&s=") +
           b32;
}

LabelContent chineseContent(const QString& uri)
{
    LabelContent c;
    c.uri = uri;
    c.productZh = QStringLiteral("安溪铁观音");
    c.productEn = QStringLiteral("Anxi Tieguanyin oolong tea");
    c.lot = QStringLiteral("FJ-251205");
    c.productionDate = QDate(2025, 12, 5);
    c.expiry = QDate(2026, 12, 31);
    c.origin = QStringLiteral("福建省泉州市安溪县感德镇");
    c.producerName = QStringLiteral("安溪县感德镇茶叶专业合作社");
    c.entityCode = QStringLiteral("93350524MA2Y8K3L7X");
    c.producerContact = QStringLiteral("0595-23456789");
    c.netQuantity = 0.5;
    c.unit = QStringLiteral("KGM");
    c.issueDate = QDate(2025, 12, 6);
    return c;
}

QString tool(const QString& name)
{
    return QStandardPaths::findExecutable(name);
}

// Every QR code zbarimg finds in the image, one string per symbol.
QStringList zbar(const QString& image)
{
    QProcess p;
    p.start(tool(QStringLiteral("zbarimg")),
            {QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("-Sdisable"),
             QStringLiteral("-Sqrcode.enable"), image});
    if (!p.waitForFinished(180000)) {
        return {QStringLiteral("<zbarimg timed out>")};
    }
    QStringList out;
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    for (const QByteArray& l : lines) {
        if (!l.isEmpty()) {
            out << QString::fromUtf8(l);
        }
    }
    out.sort();
    return out;
}

// One page of a PDF as a PNG at dpi (pdftoppm).
QString rasterise(const QString& pdf, int page, int dpi, const QString& prefix)
{
    QProcess p;
    p.start(tool(QStringLiteral("pdftoppm")),
            {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), QStringLiteral("-f"),
             QString::number(page), QStringLiteral("-l"), QString::number(page),
             QStringLiteral("-singlefile"), pdf, prefix});
    if (!p.waitForFinished(180000) || p.exitCode() != 0) {
        return QString();
    }
    return prefix + QStringLiteral(".png");
}

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(tool(program), args);
    p.waitForFinished(180000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Part of a PDF page (millimetres) as a PNG at dpi.
QString rasteriseArea(const QString& pdf, int page, int dpi, const QRectF& mm, const QString& prefix)
{
    const auto px = [dpi](double v) { return QString::number(qRound(v / 25.4 * dpi)); };
    QProcess p;
    p.start(tool(QStringLiteral("pdftoppm")),
            {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), QStringLiteral("-f"),
             QString::number(page), QStringLiteral("-l"), QString::number(page), QStringLiteral("-x"),
             px(mm.x()), QStringLiteral("-y"), px(mm.y()), QStringLiteral("-W"), px(mm.width()),
             QStringLiteral("-H"), px(mm.height()), QStringLiteral("-singlefile"), pdf, prefix});
    if (!p.waitForFinished(180000) || p.exitCode() != 0) {
        return QString();
    }
    return prefix + QStringLiteral(".png");
}

int pdfPages(const QString& pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    for (const QString& line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:"))) {
            return line.mid(6).trimmed().toInt();
        }
    }
    return -1;
}

QString pdfPageSize(const QString& pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    for (const QString& line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Page size:"))) {
            return line.mid(10).trimmed();
        }
    }
    return QString();
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

} // namespace

void TestLabelRender::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    if (qEnvironmentVariableIsSet("SUYUAN_KEEP_TEST_FILES")) {
        m_tmp.setAutoRemove(false);
        qInfo("rendered labels are kept in %s", qPrintable(m_tmp.path()));
    }
    for (const QString& t : {QStringLiteral("zbarimg"), QStringLiteral("pdftoppm"), QStringLiteral("pdfinfo"),
                             QStringLiteral("pdffonts"), QStringLiteral("pdftotext")}) {
        QVERIFY2(!tool(t).isEmpty(),
                 qPrintable(t + QStringLiteral(" is needed (zbar-tools, poppler-utils)")));
    }
    // The fonts the labels name must be installed, or Chinese would come out of a fallback.
    QCOMPARE(QFontInfo(QFont(QStringLiteral("Noto Sans CJK SC"))).family(),
             QStringLiteral("Noto Sans CJK SC"));
    QCOMPARE(QFontInfo(QFont(QStringLiteral("DejaVu Sans"))).family(), QStringLiteral("DejaVu Sans"));
}

void TestLabelRender::qrEncoding()
{
    auto qr = QrCode::encode(sampleUri(1));
    QVERIFY(qr.ok());
    QCOMPARE(qr->ecc(), QrEcc::Q);
    QVERIFY(qr->version() >= 1 && qr->version() <= 40);
    QCOMPARE(qr->size(), 21 + 4 * (qr->version() - 1));
    QCOMPARE(qr->sizeWithQuietZone(), qr->size() + 8);
    // Finder pattern corners are dark, the separator light, outside nothing.
    QVERIFY(qr->isDark(0, 0) && qr->isDark(6, 6) && qr->isDark(qr->size() - 1, 0));
    QVERIFY(!qr->isDark(7, 7) && !qr->isDark(-1, 0) && !qr->isDark(qr->size(), 0));

    // Mixed modes: upper-case text goes into alphanumeric segments and needs a smaller symbol
    // than the same text in lower case (8-bit only).
    const QString upper = QStringLiteral("HTTPS://TRACE.EXAMPLE.CN/") + QString(75, QLatin1Char('A'));
    auto a = QrCode::encode(upper);
    auto b = QrCode::encode(upper.toLower());
    QVERIFY(a.ok() && b.ok());
    QVERIFY2(a->version() < b->version(),
             qPrintable(QStringLiteral("%1 vs %2").arg(a->version()).arg(b->version())));
    // More error correction, a bigger symbol.
    QVERIFY(QrCode::encode(sampleUri(1), QrEcc::H)->version() >
            QrCode::encode(sampleUri(1), QrEcc::L)->version());

    QCOMPARE(QrCode::encode(QString()).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(QrCode::encode(QString(5000, QLatin1Char('x'))).error().code, ErrorCode::TooLarge);

    const QString d = qr->svgPathData();
    // The top-left finder pattern: its outer ring (clockwise) and the hole in it (counter-clockwise).
    QVERIFY2(d.startsWith(QLatin1String("M4 4H11V11H4Z")), qPrintable(d.left(80)));
    QVERIFY(d.contains(QLatin1String("M5 5V10H10V5Z")));
    const QByteArray svg = qr->svg(0.5);
    QXmlStreamReader xml(svg);
    int paths = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("path")) {
            ++paths;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(paths, 1);

    // The standalone SVG decodes (drawn by QtSvg at 10 px a module).
    QSvgRenderer renderer(svg);
    QImage img(qr->sizeWithQuietZone() * 10, qr->sizeWithQuietZone() * 10, QImage::Format_RGB32);
    img.fill(Qt::white);
    {
        QPainter p(&img);
        renderer.render(&p);
    }
    const QString png = m_tmp.filePath(QStringLiteral("qr.png"));
    QVERIFY(img.save(png));
    QCOMPARE(zbar(png), QStringList{sampleUri(1)});

    for (int n : {1, 2}) {
        qInfo("QR of a %d-character URI at Q: base64url form version %d, upper-case form (%d characters) "
              "version %d",
              int(sampleUri(n).size()), QrCode::encode(sampleUri(n))->version(),
              int(alphanumericUri(n).size()), QrCode::encode(alphanumericUri(n))->version());
    }
}

void TestLabelRender::qrSnapsToDevicePixels()
{
    auto qr = QrCode::encode(sampleUri(3));
    QVERIFY(qr.ok());
    // 26.2 mm at 203 dpi is 3.0x dots a module: drawn at exactly 3 device pixels a module.
    const double px = 26.2 * 203 / 25.4;
    QImage img(int(px) + 10, int(px) + 10, QImage::Format_RGB32);
    img.fill(Qt::gray);
    QRectF painted;
    {
        QPainter p(&img);
        p.scale(203 / 25.4, 203 / 25.4); // millimetres
        painted = qr->paint(p, QRectF(0.5, 0.5, 26.2, 26.2));
    }
    const int module = int(std::floor(px / qr->sizeWithQuietZone()));
    const QRectF dev(painted.x() * 203 / 25.4, painted.y() * 203 / 25.4, painted.width() * 203 / 25.4,
                     painted.height() * 203 / 25.4);
    QVERIFY2(std::abs(dev.width() - module * qr->sizeWithQuietZone()) < 0.01,
             qPrintable(QString::number(dev.width())));
    QVERIFY(std::abs(dev.x() - std::round(dev.x())) < 0.01);
    // Every pixel is pure black or white inside (no anti-aliased module edges) and each module
    // is uniform.
    const int x0 = int(std::round(dev.x())) + QrCode::quietZone * module;
    const int y0 = int(std::round(dev.y())) + QrCode::quietZone * module;
    for (int y = 0; y < qr->size(); ++y) {
        for (int x = 0; x < qr->size(); ++x) {
            for (int dy = 0; dy < module; ++dy) {
                for (int dx = 0; dx < module; ++dx) {
                    const QRgb c = img.pixel(x0 + x * module + dx, y0 + y * module + dy);
                    const QRgb want = qr->isDark(x, y) ? qRgb(0, 0, 0) : qRgb(255, 255, 255);
                    if (c != want) {
                        QFAIL(qPrintable(
                            QStringLiteral("module %1,%2 pixel %3,%4").arg(x).arg(y).arg(dx).arg(dy)));
                    }
                }
            }
        }
    }
    // The quiet zone is light.
    for (int i = 0; i < QrCode::quietZone * module; ++i) {
        QCOMPARE(img.pixel(int(std::round(dev.x())) + i, y0 + 3), qRgb(255, 255, 255));
    }
}

void TestLabelRender::templates()
{
    const QStringList names = templateNames();
    QCOMPARE(names, (QStringList{QStringLiteral("40x30"), QStringLiteral("60x40"), QStringLiteral("100x50"),
                                 QStringLiteral("100x100"), QStringLiteral("a4-3x8"),
                                 QStringLiteral("a4-2x5"), QStringLiteral("pledge-100x100")}));
    QVERIFY(names.contains(defaultTemplateName()));
    auto missing = templateByName(QStringLiteral("50x30"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::InvalidArgument);
    QVERIFY(missing.error().message.contains(QLatin1String("50x30")));
    QVERIFY(missing.error().message.contains(QLatin1String("a4-3x8")));
    QCOMPARE(templateByName(QStringLiteral(" A4-2X5 "))->name, QStringLiteral("a4-2x5"));

    for (const QString& name : names) {
        const LabelTemplate t = templateByName(name).value();
        QCOMPARE(t.name, name);
        QVERIFY(!t.description().isEmpty());
        const QRectF page(QPointF(0, 0), t.pageMm);
        const QRectF label(QPointF(0, 0), t.labelMm);
        QVERIFY2(label.contains(t.qrMm), qPrintable(name));
        QVERIFY2(t.qrMm.width() == t.qrMm.height(), qPrintable(name));
        for (int i = 0; i < t.labelsPerPage(); ++i) {
            QVERIFY2(page.contains(t.labelRectMm(i)), qPrintable(name + QString::number(i)));
            for (int j = 0; j < i; ++j) {
                QVERIFY(!t.labelRectMm(i).intersected(t.labelRectMm(j)).isValid() ||
                        t.labelRectMm(i).intersected(t.labelRectMm(j)).isEmpty());
            }
        }
    }
    const LabelTemplate a = templateByName(QStringLiteral("a4-3x8")).value();
    QCOMPARE(a.labelsPerPage(), 24);
    QCOMPARE(a.labelRectMm(23), QRectF(140, 0.5 + 7 * 37, 70, 37));
    const LabelTemplate b = templateByName(QStringLiteral("a4-2x5")).value();
    QCOMPARE(b.labelsPerPage(), 10);
    QCOMPARE(b.labelRectMm(9), QRectF(105, 6 + 4 * 57, 105, 57));

    // QR versions and module sizes, for the notes.
    for (const QString& name : names) {
        const LabelTemplate t = templateByName(name).value();
        const QrCode qr = QrCode::encode(sampleUri(7), t.ecc).value();
        const double module = t.qrMm.width() / qr.sizeWithQuietZone();
        qInfo("%-15s label %gx%g mm, QR %g mm: version %d (%d modules + quiet zone), %.3f mm a module, "
              "%d dots at 203 dpi, %d at 300 dpi",
              qPrintable(name), t.labelMm.width(), t.labelMm.height(), t.qrMm.width(), qr.version(),
              qr.size(), module, int(std::floor(module * 203 / 25.4 + 1e-9)),
              int(std::floor(module * 300 / 25.4 + 1e-9)));
    }
}

void TestLabelRender::everyTemplatePdfDecodes_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& name : templateNames()) {
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestLabelRender::everyTemplatePdfDecodes()
{
    QFETCH(QString, name);
    const LabelTemplate t = templateByName(name).value();
    // Thermal: two labels, two pages. Sheets: a full page and two labels on the next.
    const int count = t.isSheet() ? t.labelsPerPage() + 2 : 2;
    QList<LabelContent> labels;
    QStringList uris;
    for (int i = 0; i < count; ++i) {
        const QString serial = QStringLiteral("%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        labels << chineseContent(sampleUri(100 + i, serial));
        labels.last().serial = serial;
        uris << labels.last().uri;
    }
    const QString pdf = m_tmp.filePath(name + QStringLiteral(".pdf"));
    qint64 lastDone = 0;
    auto st = writePdf(pdf, t, labels, [&](qint64 done, qint64 total) {
        lastDone = done;
        return total == count;
    });
    QVERIFY2(st.ok(), qPrintable(st.error().message));
    QCOMPARE(lastDone, qint64(count));
    const int pages = t.isSheet() ? 2 : count;
    QCOMPARE(pdfPages(pdf), pages);
    // The page is the label (thermal) or A4, in points, upright.
    const QStringList size = pdfPageSize(pdf).split(QLatin1Char(' '));
    QVERIFY2(size.size() >= 3, qPrintable(size.join(QLatin1Char(' '))));
    QVERIFY2(std::abs(size.at(0).toDouble() - t.pageMm.width() / 25.4 * 72) < 1 &&
                 std::abs(size.at(2).toDouble() - t.pageMm.height() / 25.4 * 72) < 1,
             qPrintable(size.join(QLatin1Char(' '))));

    for (int page = 1; page <= pages; ++page) {
        const QString png =
            rasterise(pdf, page, 300, m_tmp.filePath(QStringLiteral("%1-p%2").arg(name).arg(page)));
        QVERIFY2(!png.isEmpty(), "pdftoppm failed");
        const int first = t.isSheet() ? (page - 1) * t.labelsPerPage() : page - 1;
        const int last = t.isSheet() ? std::min(count, page * t.labelsPerPage()) : page;
        const QStringList want = sorted(uris.mid(first, last - first));
        QCOMPARE(zbar(png), want);
    }
    // And at a thermal head's 203 dpi (renderers that smooth scaled-up images would fail here),
    // label by label (zbar misses the odd symbol among 24 on a whole page at this resolution).
    for (int i = 0; i < (t.isSheet() ? t.labelsPerPage() : 1); ++i) {
        const QString png = rasteriseArea(pdf, 1, 203, t.labelRectMm(i),
                                          m_tmp.filePath(QStringLiteral("%1-203dpi-%2").arg(name).arg(i)));
        QCOMPARE(zbar(png), QStringList{uris.at(i)});
    }
    // Chinese text is in the PDF with the CJK font embedded.
    const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
    QVERIFY2(fonts.contains(QLatin1String("NotoSansCJK")), qPrintable(fonts));
    const QString text = run(QStringLiteral("pdftotext"),
                             {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY2(text.contains(QStringLiteral("安溪")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("FJ-251205")), qPrintable(text));
}

void TestLabelRender::pngDecodesAt203And300Dpi_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("dpi");
    for (const QString& name : templateNames()) {
        for (int dpi : {203, 300}) {
            QTest::newRow(qPrintable(QStringLiteral("%1@%2").arg(name).arg(dpi))) << name << dpi;
        }
    }
}

void TestLabelRender::pngDecodesAt203And300Dpi()
{
    QFETCH(QString, name);
    QFETCH(int, dpi);
    const LabelTemplate t = templateByName(name).value();
    const LabelContent c = chineseContent(sampleUri(dpi));
    const QImage image = renderPng(t, c, dpi);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), int(std::lround(t.labelMm.width() * dpi / 25.4)));
    QCOMPARE(image.height(), int(std::lround(t.labelMm.height() * dpi / 25.4)));
    const QString png = m_tmp.filePath(QStringLiteral("%1-%2.png").arg(name).arg(dpi));
    QVERIFY(writePng(png, t, c, dpi).ok());
    QImage back(png);
    QCOMPARE(back.size(), image.size());
    QCOMPARE(qRound(back.dotsPerMeterX() * 0.0254), dpi);
    QCOMPARE(zbar(png), QStringList{c.uri});
    // The product name's line has ink (the Chinese glyphs were drawn).
    const LabelLayout layout = layoutLabel(t, c);
    bool found = false;
    for (const LabelLayout::Line& l : layout.lines) {
        if (!l.text.contains(QStringLiteral("安溪"))) {
            continue;
        }
        found = true;
        const QRect r(int(l.rectMm.x() * dpi / 25.4), int(l.rectMm.y() * dpi / 25.4),
                      int(l.rectMm.width() * dpi / 25.4), int(l.rectMm.height() * dpi / 25.4));
        int ink = 0;
        for (int y = r.top(); y <= r.bottom(); ++y) {
            for (int x = r.left(); x <= r.right(); ++x) {
                ink += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
            }
        }
        QVERIFY2(ink > r.width() * r.height() / 20, qPrintable(l.text));
        break;
    }
    QVERIFY(found);
}

void TestLabelRender::svgIsWellFormedAndDecodes()
{
    const LabelTemplate t = templateByName(QStringLiteral("60x40")).value();
    const LabelContent c = chineseContent(sampleUri(42));
    const QByteArray svg = renderSvg(t, c);
    QVERIFY(!svg.isEmpty());
    QXmlStreamReader xml(svg);
    int bigPaths = 0;
    QString text;
    QString width;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == QLatin1String("svg")) {
            width = xml.attributes().value(QLatin1String("width")).toString();
        } else if (xml.name() == QLatin1String("path") &&
                   xml.attributes().value(QLatin1String("d")).count(QLatin1Char('M')) > 100) {
            ++bigPaths;
        } else if (xml.name() == QLatin1String("text")) {
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(bigPaths, 1); // the QR: one path of module runs
    QVERIFY2(text.contains(QStringLiteral("安溪铁观音")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("FJ-251205")), qPrintable(text));
    QVERIFY2(width.startsWith(QLatin1String("60")) && width.endsWith(QLatin1String("mm")), qPrintable(width));
    QVERIFY(svg.contains("font-family=\"DejaVu Sans, Noto Sans CJK SC, sans-serif\""));

    // Drawn back by QtSvg at 300 dpi, it decodes.
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QImage img(int(60 * 300 / 25.4), int(40 * 300 / 25.4), QImage::Format_RGB32);
    img.fill(Qt::white);
    {
        QPainter p(&img);
        renderer.render(&p);
    }
    const QString png = m_tmp.filePath(QStringLiteral("svg.png"));
    QVERIFY(img.save(png));
    QCOMPARE(zbar(png), QStringList{c.uri});

    const QString path = m_tmp.filePath(QStringLiteral("label.svg"));
    QVERIFY(writeSvg(path, t, c).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), svg);
}

void TestLabelRender::longTextStaysInsideTheLabel_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& name : templateNames()) {
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestLabelRender::longTextStaysInsideTheLabel()
{
    QFETCH(QString, name);
    const LabelTemplate t = templateByName(name).value();
    LabelContent c = chineseContent(sampleUri(9));
    c.productZh = QString(12, QChar(0x6C38)) + QStringLiteral("安溪铁观音特级浓香型乌龙茶礼盒装") +
                  QString(60, QChar(0x8336));
    c.productEn = QStringLiteral("Anxi Tieguanyin ") + QString(40, QLatin1Char('W')) +
                  QStringLiteral(" extra long English product name that goes on and on");
    c.origin = QString(80, QChar(0x5C71));
    c.producerName = QStringLiteral("Supercalifragilisticexpialidocious") + QString(50, QLatin1Char('M'));
    c.uri += QString(120, QLatin1Char('x')); // a longer URI than the URI line holds

    const LabelLayout layout = layoutLabel(t, c);
    QVERIFY(layout.elided);
    const double pad = t.paddingMm;
    const QRectF inner(pad, pad, t.labelMm.width() - 2 * pad, t.labelMm.height() - 2 * pad);
    int titleLines = 0;
    for (const LabelLayout::Line& l : layout.lines) {
        QVERIFY2(inner.adjusted(-1e-6, -1e-6, 1e-6, 1e-6).contains(l.rectMm),
                 qPrintable(QStringLiteral("%1: (%2, %3 %4×%5)")
                                .arg(l.text)
                                .arg(l.rectMm.x())
                                .arg(l.rectMm.y())
                                .arg(l.rectMm.width())
                                .arg(l.rectMm.height())));
        QVERIFY2(!l.rectMm.intersects(layout.qrMm), qPrintable(l.text));
        titleLines += l.bold ? 1 : 0;
    }
    if (t.layout == LabelTemplate::Layout::Standard) {
        QCOMPARE(titleLines, t.titleLines);
    }
    // The lines do not overlap one another.
    for (int i = 0; i < layout.lines.size(); ++i) {
        for (int j = 0; j < i; ++j) {
            const QRectF overlap = layout.lines.at(i).rectMm.intersected(layout.lines.at(j).rectMm);
            QVERIFY2(overlap.isEmpty() || overlap.height() < 1e-6,
                     qPrintable(layout.lines.at(i).text + QStringLiteral(" / ") + layout.lines.at(j).text));
        }
    }

    // Rendered, no ink falls in the label's padding except the QR's quiet zone and the
    // certificate's frame, and none outside the label (drawn into a bigger image).
    const int dpi = 300;
    const double s = dpi / 25.4;
    const int margin = 60;
    QImage img(int(t.labelMm.width() * s) + 2 * margin, int(t.labelMm.height() * s) + 2 * margin,
               QImage::Format_RGB32);
    img.fill(Qt::white);
    {
        QPainter p(&img);
        QVERIFY(
            paintLabel(p, QRectF(margin, margin, t.labelMm.width() * s, t.labelMm.height() * s), t, c).ok());
    }
    const auto toPx = [&](const QRectF& mm) {
        return QRectF(margin + mm.x() * s, margin + mm.y() * s, mm.width() * s, mm.height() * s);
    };
    const QRectF allowedText = toPx(inner).adjusted(-1, -1, 1, 1);
    const QRectF allowedQr = toPx(layout.qrMm).adjusted(-1, -1, 1, 1);
    const QRectF frame = toPx(layout.frameMm);
    int stray = 0;
    QPoint example;
    for (int y = 0; y < img.height(); ++y) {
        for (int x = 0; x < img.width(); ++x) {
            if (qGray(img.pixel(x, y)) > 200) {
                continue;
            }
            const QPointF pt(x + 0.5, y + 0.5);
            if (allowedText.contains(pt) || allowedQr.contains(pt)) {
                continue;
            }
            if (!layout.frameMm.isNull() && frame.adjusted(-3, -3, 3, 3).contains(pt) &&
                !frame.adjusted(0.5 * s, 0.5 * s, -0.5 * s, -0.5 * s).contains(pt)) {
                continue;
            }
            if (stray++ == 0) {
                example = QPoint(x, y);
            }
        }
    }
    QVERIFY2(stray == 0, qPrintable(QStringLiteral("%1 stray dark pixels, first at %2,%3 (px, margin %4)")
                                        .arg(stray)
                                        .arg(example.x())
                                        .arg(example.y())
                                        .arg(margin)));
    // Still scannable.
    const QString png = m_tmp.filePath(QStringLiteral("long-%1.png").arg(name));
    QVERIFY(img.save(png));
    QCOMPARE(zbar(png), QStringList{c.uri});
}

void TestLabelRender::pledgeCertificate()
{
    const LabelTemplate t = templateByName(QStringLiteral("pledge-100x100")).value();
    QCOMPARE(t.layout, LabelTemplate::Layout::Pledge);
    LabelContent c = chineseContent(sampleUri(77));
    const LabelLayout layout = layoutLabel(t, c);
    QCOMPARE(layout.checkBoxesMm.size(), defaultPledgeStatements().size());
    QCOMPARE(defaultPledgeStatements().size(), 4);
    QVERIFY2(layout.dropped.isEmpty(), "every certificate field fits");
    QStringList texts;
    for (const LabelLayout::Line& l : layout.lines) {
        texts << l.text;
    }
    const QString all = texts.join(QLatin1Char('\n'));
    for (const QString& part : {c.productZh, c.origin, c.producerName, c.producerContact, c.entityCode}) {
        QVERIFY2(all.contains(part), qPrintable(part + QStringLiteral(" in\n") + all));
    }
    QVERIFY(all.contains(QLatin1String("2025-12-06"))); // issue date
    QVERIFY(all.contains(QStringLiteral("0.5\u00a0kg")));
    QCOMPARE(quantityText(12.5, QStringLiteral("KGM")), QStringLiteral("12.5\u00a0kg"));
    QCOMPARE(quantityText(3, QString()), QStringLiteral("3"));
    QCOMPARE(quantityText(6, QStringLiteral("箱")), QStringLiteral("6\u00a0箱"));
    for (const QString& s : defaultPledgeStatements()) {
        QVERIFY2(all.contains(s.left(10)), qPrintable(s));
    }
    // Empty required fields get a line to write on; optional ones are left out.
    LabelContent blank = c;
    blank.producerContact.clear();
    blank.issueDate = QDate();
    blank.entityCode.clear();
    const LabelLayout withBlanks = layoutLabel(t, blank);
    QCOMPARE(withBlanks.rulesMm.size(), layout.rulesMm.size() + 2);
    // The certificate is a Chinese form: its own words are in Chinese whatever the screen's
    // language (this test runs with no translator installed, in the source language).
    QVERIFY2(all.contains(QStringLiteral("承诺达标合格证")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("食用农产品名称")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("pledge")), qPrintable(all));
    QCOMPARE(defaultPledgeStatements().at(1), QStringLiteral("不使用非法添加物"));
    const QString pdf = m_tmp.filePath(QStringLiteral("pledge.pdf"));
    QVERIFY(writePdf(pdf, t, {c}).ok());
    const QString text = run(QStringLiteral("pdftotext"),
                             {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY2(text.contains(QStringLiteral("承诺达标合格证")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("感德镇")), qPrintable(text));
    const QString png = rasterise(pdf, 1, 300, m_tmp.filePath(QStringLiteral("pledge")));
    QCOMPARE(zbar(png), QStringList{c.uri});
}

void TestLabelRender::copiesAndSerials()
{
    LabelContent c = chineseContent(sampleUri(5));
    auto plain = expandCopies(c, {3, false, 1, 4});
    QVERIFY(plain.ok());
    QCOMPARE(plain->size(), 3);
    QVERIFY(plain->at(0) == c && plain->at(2) == c);

    QStringList asked;
    auto numbered = expandCopies(c, {3, true, 9998, 4}, [&](const QString& serial) -> Result<QString> {
        asked << serial;
        return sampleUri(5, serial);
    });
    QVERIFY(numbered.ok());
    QCOMPARE(asked, (QStringList{QStringLiteral("9998"), QStringLiteral("9999"), QStringLiteral("10000")}));
    QCOMPARE(numbered->at(1).serial, QStringLiteral("9999"));
    QCOMPARE(numbered->at(2).uri, sampleUri(5, QStringLiteral("10000")));
    QCOMPARE(numbered->at(0).productZh, c.productZh);
    QCOMPARE(expandCopies(c, {2, true, 1, 4})->at(1).serial, QStringLiteral("0002"));

    auto failing = expandCopies(c, {5, true, 1, 4}, [](const QString& serial) -> Result<QString> {
        if (serial == QLatin1String("0003")) {
            return Error(ErrorCode::InvalidArgument, QStringLiteral("no 3"));
        }
        return sampleUri(1, serial);
    });
    QVERIFY(!failing.ok());
    QCOMPARE(failing.error().message, QStringLiteral("no 3"));
    QVERIFY(!expandCopies(c, {0, false, 1, 4}).ok());

    // Each copy prints its own serial and URI.
    const LabelTemplate t = templateByName(QStringLiteral("40x30")).value();
    const QString pdf = m_tmp.filePath(QStringLiteral("serials.pdf"));
    QVERIFY(writePdf(pdf, t, numbered.value()).ok());
    QCOMPARE(pdfPages(pdf), 3);
    const QString png = rasterise(pdf, 3, 300, m_tmp.filePath(QStringLiteral("serials-3")));
    QCOMPARE(zbar(png), QStringList{sampleUri(5, QStringLiteral("10000"))});
    const QString text = run(QStringLiteral("pdftotext"),
                             {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY2(text.contains(QLatin1String("10000")), qPrintable(text));
}

void TestLabelRender::partUsedSheet()
{
    // Eight of the ten labels of an A4 sheet are used: start at position 8 (0-based).
    const LabelTemplate t = templateByName(QStringLiteral("a4-2x5")).value();
    QList<LabelContent> labels;
    for (int i = 0; i < 3; ++i) {
        labels << chineseContent(sampleUri(200 + i));
    }
    PageOptions options;
    options.skipPositions = 8;
    const QString pdf = m_tmp.filePath(QStringLiteral("skip.pdf"));
    QVERIFY(writePdf(pdf, t, labels, {}, options).ok());
    QCOMPARE(pdfPages(pdf), 2);
    const QString first = rasterise(pdf, 1, 300, m_tmp.filePath(QStringLiteral("skip-1")));
    QCOMPARE(zbar(first), sorted({labels.at(0).uri, labels.at(1).uri}));
    for (int position = 0; position < 8; ++position) {
        const QString png = rasteriseArea(pdf, 1, 150, t.labelRectMm(position),
                                          m_tmp.filePath(QStringLiteral("skip-empty-%1").arg(position)));
        QImage img(png);
        QVERIFY(!img.isNull());
        bool blank = true;
        for (int y = 0; y < img.height() && blank; ++y) {
            for (int x = 0; x < img.width() && blank; ++x) {
                blank = qGray(img.pixel(x, y)) > 250;
            }
        }
        QVERIFY2(blank, qPrintable(QString::number(position)));
    }
    QCOMPARE(zbar(rasteriseArea(pdf, 1, 300, t.labelRectMm(9), m_tmp.filePath(QStringLiteral("skip-9")))),
             QStringList{labels.at(1).uri});
    QCOMPARE(zbar(rasterise(pdf, 2, 300, m_tmp.filePath(QStringLiteral("skip-2")))),
             QStringList{labels.at(2).uri});
}

void TestLabelRender::cancelledExportLeavesNoFile()
{
    const LabelTemplate t = templateByName(QStringLiteral("60x40")).value();
    QList<LabelContent> labels;
    for (int i = 0; i < 20; ++i) {
        labels << chineseContent(sampleUri(i));
    }
    const QString pdf = m_tmp.filePath(QStringLiteral("cancel.pdf"));
    auto st = writePdf(pdf, t, labels, [](qint64 done, qint64) { return done < 5; });
    QCOMPARE(st.error().code, ErrorCode::Cancelled);
    QVERIFY(!QFile::exists(pdf));
    // An existing file is kept as it was.
    {
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    QVERIFY(!writePdf(pdf, t, labels, [](qint64 done, qint64) { return done < 5; }).ok());
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("old"));
    // A label whose URI does not fit a QR code fails the export and names the label.
    labels[3].uri = QString(4000, QLatin1Char('x'));
    st = writePdf(pdf, t, labels);
    QCOMPARE(st.error().code, ErrorCode::TooLarge);
    QVERIFY2(st.error().message.contains(QLatin1String("4")), qPrintable(st.error().message));
    QVERIFY(!writePdf(pdf, t, {}).ok());
}

void TestLabelRender::thousandLabelsToOnePdf()
{
    const LabelTemplate t = templateByName(QStringLiteral("60x40")).value();
    QList<LabelContent> labels;
    for (int i = 0; i < 1000; ++i) {
        const QString serial = QStringLiteral("%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        labels << chineseContent(sampleUri(i, serial));
        labels.last().serial = serial;
    }
    const QString pdf = m_tmp.filePath(QStringLiteral("thousand.pdf"));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(writePdf(pdf, t, labels).ok());
    const qint64 ms = timer.elapsed();
    qInfo("1000 labels (60x40, Chinese text, distinct URIs) to one PDF: %lld ms, %lld bytes", ms,
          QFileInfo(pdf).size());
    QCOMPARE(pdfPages(pdf), 1000);
    const QString png = rasterise(pdf, 1000, 300, m_tmp.filePath(QStringLiteral("thousand-last")));
    QCOMPARE(zbar(png), QStringList{labels.last().uri});
}

QTEST_MAIN(TestLabelRender)
#include "TestLabelRender.moc"
