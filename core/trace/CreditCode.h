#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

// The unified social credit code (统一社会信用代码, GB 32100-2015) that Chinese
// traceability platforms use as an organisation's entity code (主体码): 18 characters
// from an alphabet of digits and capital letters without I, O, S, V and Z, the last a
// check character over the first 17.
namespace suyuan::trace {

inline constexpr char kCreditCodeAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

// Whether c occurs in a credit code.
bool isCreditCodeCharacter(QChar c);
// The check character for these 17 characters; a null QChar if they are not 17 characters
// of the alphabet.
QChar creditCodeCheckCharacter(QStringView first17);
// 18 characters of the alphabet whose last is the right check character.
bool isValidCreditCode(QStringView code);

} // namespace suyuan::trace
