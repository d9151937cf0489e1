#include "ImageDecode.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>

// text() as UTF-8 std::string (the 1.4 API offers both; the wide one is going away).
#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

#include <algorithm>

namespace suyuan::labels {

QList<DecodedCode> decodeImage(const QImage& image)
{
    if (image.isNull()) {
        return {};
    }
    // ZXing reads luminance; one byte per pixel, rows as Qt stores them.
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    hints.setTryDownscale(true);
    hints.setFormats(ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::MicroQRCode |
                     ZXing::BarcodeFormat::DataMatrix | ZXing::BarcodeFormat::Code128 |
                     ZXing::BarcodeFormat::EAN13 | ZXing::BarcodeFormat::EAN8 | ZXing::BarcodeFormat::UPCA);
    QList<DecodedCode> out;
    for (const ZXing::Result& r : ZXing::ReadBarcodes(view, hints)) {
        if (!r.isValid()) {
            continue;
        }
        const std::string text = r.text();
        out.append({QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())),
                    QString::fromLatin1(ZXing::ToString(r.format()))});
    }
    std::stable_sort(out.begin(), out.end(), [](const DecodedCode& a, const DecodedCode& b) {
        return (a.format == QLatin1String("QRCode")) > (b.format == QLatin1String("QRCode"));
    });
    return out;
}

Result<QList<DecodedCode>> decodeImageFile(const QString& path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // a phone photo's EXIF orientation
    const QImage image = reader.read();
    if (image.isNull()) {
        return Error(ErrorCode::Io, QCoreApplication::translate("suyuan", "Cannot read the image %1: %2")
                                        .arg(QFileInfo(path).fileName(), reader.errorString()));
    }
    return decodeImage(image);
}

} // namespace suyuan::labels
