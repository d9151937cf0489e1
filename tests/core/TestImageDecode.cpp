#include "labels/ImageDecode.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>

#include <qrencode.h>

using namespace suyuan::labels;

namespace {

const QString kUri =
    QStringLiteral("HTTPS://TRACE.EXAMPLE.CN/01/06901234567892/10/FJ-251205?17=261231&k="
                   "ABCDEFGHIJ&s=MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43UOV3HO6DZPJQWEY3EMVTGO2DJNJVWY3LON5YHC");

// The QR of text drawn the way a printer would: black modules, 4-module quiet zone.
QImage qrImage(const QString& text, int moduleSize)
{
    QRcode* code = QRcode_encodeString(text.toUtf8().constData(), 0, QR_ECLEVEL_Q, QR_MODE_8, 1);
    if (!code) {
        return {};
    }
    const int n = code->width;
    QImage image((n + 8) * moduleSize, (n + 8) * moduleSize, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    for (int y = 0; y < n; ++y) {
        for (int x = 0; x < n; ++x) {
            if (code->data[y * n + x] & 1) {
                p.fillRect((x + 4) * moduleSize, (y + 4) * moduleSize, moduleSize, moduleSize, Qt::black);
            }
        }
    }
    p.end();
    QRcode_free(code);
    return image;
}

// A phone photo of a label on a box: rotated, smaller, on a brown background, uneven light
// and sensor noise.
QImage photoOf(const QImage& label, double degrees, double scale, int noise)
{
    QImage photo(1200, 900, QImage::Format_RGB32);
    photo.fill(QColor(150, 110, 70));
    QPainter p(&photo);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    QTransform t;
    t.translate(photo.width() / 2.0, photo.height() / 2.0);
    t.rotate(degrees);
    t.scale(scale, scale);
    t.translate(-label.width() / 2.0, -label.height() / 2.0);
    p.setTransform(t);
    p.drawImage(0, 0, label);
    p.resetTransform();
    QLinearGradient light(0, 0, photo.width(), photo.height());
    light.setColorAt(0, QColor(255, 255, 255, 40));
    light.setColorAt(1, QColor(0, 0, 0, 70));
    p.fillRect(photo.rect(), light);
    p.end();
    QRandomGenerator random(42);
    for (int y = 0; y < photo.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(photo.scanLine(y));
        for (int x = 0; x < photo.width(); ++x) {
            const int d = static_cast<int>(random.bounded(2 * noise + 1)) - noise;
            const QColor c(line[x]);
            line[x] = qRgb(std::clamp(c.red() + d, 0, 255), std::clamp(c.green() + d, 0, 255),
                           std::clamp(c.blue() + d, 0, 255));
        }
    }
    return photo;
}

} // namespace

class TestImageDecode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanImage();
    void photoLikeFile_data();
    void photoLikeFile();
    void nothingToRead();
    void unreadableFile();
};

void TestImageDecode::cleanImage()
{
    const QImage image = qrImage(kUri, 6);
    QVERIFY(!image.isNull());
    const QList<DecodedCode> codes = decodeImage(image);
    QCOMPARE(codes.size(), 1);
    QCOMPARE(codes.first().text, kUri);
    QCOMPARE(codes.first().format, QStringLiteral("QRCode"));
}

void TestImageDecode::photoLikeFile_data()
{
    QTest::addColumn<double>("degrees");
    QTest::addColumn<double>("scale");
    QTest::addColumn<int>("noise");
    QTest::newRow("tilted, small, noisy") << 17.0 << 0.8 << 30;
    QTest::newRow("upside down") << 183.0 << 1.1 << 20;
    QTest::newRow("sideways, large") << -88.0 << 1.4 << 25;
}

void TestImageDecode::photoLikeFile()
{
    QFETCH(double, degrees);
    QFETCH(double, scale);
    QFETCH(int, noise);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("photo.png"));
    QVERIFY(photoOf(qrImage(kUri, 8), degrees, scale, noise).save(path));
    auto codes = decodeImageFile(path);
    QVERIFY2(codes, qPrintable(codes ? QString() : codes.error().message));
    QCOMPARE(codes->size(), 1);
    QCOMPARE(codes->first().text, kUri);
}

void TestImageDecode::nothingToRead()
{
    QImage blank(400, 300, QImage::Format_RGB32);
    blank.fill(Qt::white);
    QVERIFY(decodeImage(blank).isEmpty());
    QVERIFY(decodeImage(QImage()).isEmpty());
}

void TestImageDecode::unreadableFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("label.png"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not an image");
    f.close();
    auto codes = decodeImageFile(path);
    QVERIFY(!codes);
    QVERIFY2(codes.error().message.contains(QStringLiteral("label.png")), qPrintable(codes.error().message));
    QVERIFY(!decodeImageFile(dir.filePath(QStringLiteral("missing.jpg"))));
}

QTEST_GUILESS_MAIN(TestImageDecode)
#include "TestImageDecode.moc"
