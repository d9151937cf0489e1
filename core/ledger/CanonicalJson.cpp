#include "CanonicalJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace suyuan {

namespace {

void writeNumber(QByteArray& out, double d)
{
    if (!std::isfinite(d)) {
        out += "null"; // JSON has no NaN or Infinity; Qt never produces them from parsing
        return;
    }
    if (d == 0) {
        out += '0';
        return;
    }
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    std::string_view sci(buf, static_cast<size_t>(res.ptr - buf));
    bool negative = false;
    if (sci.front() == '-') {
        negative = true;
        sci.remove_prefix(1);
    }
    const size_t ePos = sci.find('e');
    std::string digits;
    for (char c : sci.substr(0, ePos)) {
        if (c != '.') {
            digits += c;
        }
    }
    int exponent = 0;
    const std::string_view expText = sci.substr(ePos + 1);
    std::from_chars(expText.data() + (expText.front() == '+' ? 1 : 0), expText.data() + expText.size(),
                    exponent);
    // ECMAScript: value = digits × 10^(n − k)
    const int k = static_cast<int>(digits.size());
    const int n = exponent + 1;
    if (negative) {
        out += '-';
    }
    if (k <= n && n <= 21) {
        out += QByteArray::fromStdString(digits);
        out += QByteArray(n - k, '0');
    } else if (0 < n && n <= 21) {
        out += QByteArray::fromStdString(digits.substr(0, static_cast<size_t>(n)));
        out += '.';
        out += QByteArray::fromStdString(digits.substr(static_cast<size_t>(n)));
    } else if (-6 < n && n <= 0) {
        out += "0.";
        out += QByteArray(-n, '0');
        out += QByteArray::fromStdString(digits);
    } else {
        out += digits.front();
        if (k > 1) {
            out += '.';
            out += QByteArray::fromStdString(digits.substr(1));
        }
        out += 'e';
        out += (n - 1 >= 0) ? '+' : '-';
        out += QByteArray::number(std::abs(n - 1));
    }
}

void writeString(QByteArray& out, const QString& s)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

void writeValue(QByteArray& out, const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        writeNumber(out, v.toDouble());
        break;
    case QJsonValue::String:
        writeString(out, v.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        bool first = true;
        for (const QJsonValue& item : v.toArray()) {
            if (!first) {
                out += ',';
            }
            first = false;
            writeValue(out, item);
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject obj = v.toObject();
        QStringList keys = obj.keys();
        // QString's operator< compares UTF-16 code units, which is what JCS specifies.
        std::sort(keys.begin(), keys.end());
        out += '{';
        bool first = true;
        for (const QString& key : keys) {
            if (!first) {
                out += ',';
            }
            first = false;
            writeString(out, key);
            out += ':';
            writeValue(out, obj.value(key));
        }
        out += '}';
        break;
    }
    }
}

} // namespace

QByteArray canonicalJson(const QJsonValue& value)
{
    QByteArray out;
    writeValue(out, value);
    return out;
}

bool isCanonicalJson(const QByteArray& bytes, QJsonValue* parsed)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        return false;
    }
    const QJsonValue value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    if (canonicalJson(value) != bytes) {
        return false;
    }
    if (parsed) {
        *parsed = value;
    }
    return true;
}

} // namespace suyuan
