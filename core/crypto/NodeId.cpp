#include "NodeId.h"

#include "Hash.h"

namespace suyuan::crypto {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kDataChars = 31;

int valueOf(QChar c)
{
    for (int i = 0; i < 32; ++i) {
        if (c == QLatin1Char(kAlphabet[i])) {
            return i;
        }
    }
    return -1;
}

// Luhn mod N over the base32 values (N = 32).
QChar checkCharacter(const QString& data)
{
    int factor = 2;
    int sum = 0;
    for (qsizetype i = data.size() - 1; i >= 0; --i) {
        int addend = factor * valueOf(data.at(i));
        factor = factor == 2 ? 1 : 2;
        addend = addend / 32 + addend % 32;
        sum += addend;
    }
    return QLatin1Char(kAlphabet[(32 - sum % 32) % 32]);
}

QString group(const QString& plain)
{
    QString out;
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (i > 0 && i % 4 == 0) {
            out += QLatin1Char('-');
        }
        out += plain.at(i);
    }
    return out;
}
} // namespace

QString nodeIdFromPublicKey(const QByteArray& publicKey)
{
    const QByteArray digest = sha256(publicKey);
    QString data;
    quint32 buffer = 0;
    int bits = 0;
    int byteIndex = 0;
    while (data.size() < kDataChars) {
        if (bits < 5) {
            buffer = (buffer << 8) | static_cast<quint8>(digest.at(byteIndex++));
            bits += 8;
        }
        data += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]);
        bits -= 5;
    }
    return group(data + checkCharacter(data));
}

QString normaliseNodeId(const QString& input)
{
    QString plain;
    for (QChar c : input) {
        if (c == QLatin1Char('-') || c.isSpace()) {
            continue;
        }
        c = c.toUpper();
        if (c == QLatin1Char('I') || c == QLatin1Char('L')) {
            c = QLatin1Char('1');
        } else if (c == QLatin1Char('O')) {
            c = QLatin1Char('0');
        }
        if (valueOf(c) < 0) {
            return {};
        }
        plain += c;
    }
    if (plain.size() != kDataChars + 1) {
        return {};
    }
    if (checkCharacter(plain.left(kDataChars)) != plain.at(kDataChars)) {
        return {};
    }
    return group(plain);
}

} // namespace suyuan::crypto
