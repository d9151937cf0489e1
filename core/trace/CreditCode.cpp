#include "CreditCode.h"

#include <array>
#include <cstring>

namespace suyuan::trace {

namespace {

int valueOf(QChar c)
{
    if (c.unicode() == 0 || c.unicode() > 0x7f) {
        return -1;
    }
    const char* p = std::strchr(kCreditCodeAlphabet, static_cast<char>(c.unicode()));
    return p ? static_cast<int>(p - kCreditCodeAlphabet) : -1;
}

} // namespace

bool isCreditCodeCharacter(QChar c)
{
    return valueOf(c) >= 0;
}

QChar creditCodeCheckCharacter(QStringView first17)
{
    // GB 32100-2015: weight of position i is 3^i mod 31.
    static constexpr std::array<int, 17> kWeights = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                                     29, 25, 13, 8,  24, 10, 30, 28};
    if (first17.size() != 17) {
        return {};
    }
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        const int v = valueOf(first17.at(i));
        if (v < 0) {
            return {};
        }
        sum += v * kWeights[static_cast<size_t>(i)];
    }
    return QLatin1Char(kCreditCodeAlphabet[(31 - sum % 31) % 31]);
}

bool isValidCreditCode(QStringView code)
{
    if (code.size() != 18) {
        return false;
    }
    const QChar check = creditCodeCheckCharacter(code.left(17));
    return !check.isNull() && code.at(17) == check;
}

} // namespace suyuan::trace
