#pragma once

#include "util/Result.h"

#include <QImage>
#include <QList>
#include <QString>

// Reads QR codes (and the 1-D and 2-D barcodes a label may carry) from an image: a photo
// of a label, a scan, a rendered PNG, a camera frame. ZXing-C++ does the decoding; rotated,
// scaled and noisy pictures are tried harder before giving up.
namespace suyuan::labels {

struct DecodedCode
{
    QString text;   // the code's content (UTF-8 as read)
    QString format; // QRCode, DataMatrix, Code128, EAN-13 …
};

// Every code found in the image, QR codes first; an empty list when there is none.
QList<DecodedCode> decodeImage(const QImage& image);

// The same for an image file; the error names the file and why it could not be read.
Result<QList<DecodedCode>> decodeImageFile(const QString& path);

} // namespace suyuan::labels
