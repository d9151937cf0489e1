#pragma once

#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// GS1 identifiers used by the trace model: GTIN / GLN check digits, lot and serial rules
// (AI 10 / AI 21), GS1 Digital Link URIs, EPC class/instance URNs, the local batch URN for
// products without a GTIN, and the UN/ECE Rec 20 units quantities are recorded in.
// Everything here is pure string work (QtCore only) so it can run in the CLI, the node and
// the GUI alike; errors are values with a translated message naming what is wrong.
namespace suyuan::gs1 {

// ---- check digits -------------------------------------------------------------------------

// GS1 mod-10 check digit (weights 3,1,3,… from the right) for a run of ASCII digits without
// its check digit; a null QChar when the input is empty or not all ASCII digits.
QChar gs1CheckDigit(const QString& digitsWithoutCheck);

// True for exactly 8, 12, 13 or 14 ASCII digits ending in the correct check digit.
bool isValidGtin(const QString& digits);

// Accepts what a person types or a scanner sends (spaces anywhere, full-width digits from a
// Chinese IME) for a GTIN-8/12/13/14 and returns the 14-digit form, left-padded with zeros;
// the error says whether a character, the length or the check digit (and which one) is wrong.
Result<QString> normaliseGtin(const QString& input);

// True for exactly 13 ASCII digits ending in the correct check digit (a GS1 Global Location Number).
bool isValidGln(const QString& digits);

// ---- lots and serials ---------------------------------------------------------------------

// Maximum length of a batch/lot number (AI 10) and of a serial number (AI 21).
inline constexpr int maxLotLength = 20;
inline constexpr int maxSerialLength = 20;

// True when c is in GS1 AI encodable character set 82, the only characters allowed in AI 10/21.
bool isCset82(QChar c);

// True for 1–20 characters of CSET 82 (AI 10). Chinese and other non-ASCII text is NOT allowed.
bool isValidLot(const QString& lot);

// True for 1–20 characters of CSET 82 (AI 21).
bool isValidSerial(const QString& serial);

// Why a lot is not valid (empty, too long, or the first character outside CSET 82); ok otherwise.
Status checkLot(const QString& lot);

// Why a serial is not valid (empty, too long, or the first character outside CSET 82).
Status checkSerial(const QString& serial);

// ---- GS1 Digital Link ---------------------------------------------------------------------

// The canonical resolver base; batch identifiers inside EPCIS events use it so that every
// node derives the same string for the same GTIN + lot whatever base its labels print.
inline constexpr char canonicalDigitalLinkBase[] = "https://id.gs1.org";

// The parts of an uncompressed GS1 Digital Link with primary key AI 01. Empty lot/serial and
// a null expiry mean "absent"; query holds every query parameter other than 17, in order.
struct DigitalLink
{
    QString base; // scheme, host and any custom path prefix, without a trailing slash
    QString gtin14;
    QString lot;
    QString serial;
    QDate expiry; // AI 17
    QList<QPair<QString, QString>> query;

    bool operator==(const DigitalLink&) const = default;
};

// Strict percent-decoding: a stray "%" or bytes that are not UTF-8 give nothing, so a
// damaged code is reported instead of becoming another identifier.
std::optional<QString> percentDecode(QStringView text);

// Percent-encodes UTF-8 as GS1 Digital Link (RFC 3986) requires: everything outside
// A-Z a-z 0-9 - . _ ~ becomes %XX with upper-case hex (so "/" in a lot becomes %2F).
QString percentEncode(const QString& text);

// Builds {base}/01/{gtin14}[/10/{lot}][/21/{serial}][?17=YYMMDD][&k=v…]; empty lot/serial are
// left out. Query keys and values are encoded like path values except that ":" and "/" stay
// readable (linkType=gs1:pip, as the standard writes it). This only encodes, it does not
// validate (use checkedDigitalLinkUri for that): a lot outside CSET 82 is still encoded
// byte-wise (批 → %E6%89%B9) but parseDigitalLink and checkDigitalLink refuse it.
QString digitalLinkUri(const QString& base, const QString& gtin14, const QString& lot,
                       const QString& serial = {}, const QDate& expiry = {},
                       const QList<QPair<QString, QString>>& extraQuery = {});

// Same as above from the struct form; parse → build reproduces the canonical spelling.
QString digitalLinkUri(const DigitalLink& link);

// Why a DigitalLink cannot be put on a label: GTIN not 14 digits or bad check digit, lot or
// serial outside the AI 10/21 rules, or an expiry outside 2000–2099 (YY can only say that).
Status checkDigitalLink(const DigitalLink& link);

// checkDigitalLink, then digitalLinkUri: what label printing should call.
Result<QString> checkedDigitalLinkUri(const DigitalLink& link);

// Parses an uncompressed Digital Link on any http(s) host and base path: finds the /01/
// segment, accepts a GTIN-8/12/13/14 (returned as 14 digits), percent-decodes and validates
// lot (10) and serial (21), reads 17=YYMMDD (DD=00 = last day of the month) and keeps the
// other query parameters in order. "+" is a literal plus, never a space.
// Simplification: YY is read as 20YY, not with the GS1 sliding-century rule, so the result
// does not depend on today's date (ledger verification must be deterministic).
Result<DigitalLink> parseDigitalLink(const QString& uri);

// Reads a GS1 date field YYMMDD (AI 11/13/15/16/17) as 20YY; DD=00 means the month's last day.
Result<QDate> parseGs1Date(const QString& yymmdd);

// ---- EPC URNs (EPC Tag Data Standard) -------------------------------------------------------

// urn:epc:class:lgtin:{companyPrefix}.{indicator+itemRef}.{lot} → GTIN-14; the lot is
// %XX-decoded into *lot (when lot is not null) and must satisfy the AI 10 rules.
Result<QString> lgtinUrnToGtin14(const QString& urn, QString* lot);

// GTIN (8/12/13/14 digits) + company prefix length (6–12) + lot → LGTIN class URN, with the
// lot escaped as TDS requires (" % & / < > ? as %XX, everything else of CSET 82 literal).
Result<QString> gtin14ToLgtinUrn(const QString& gtin14, int companyPrefixLength, const QString& lot);

// urn:epc:id:sgtin:{companyPrefix}.{indicator+itemRef}.{serial} → GTIN-14 and *serial.
Result<QString> sgtinUrnToGtin14(const QString& urn, QString* serial);

// GTIN + company prefix length + serial → SGTIN pure identity URN.
Result<QString> gtin14ToSgtinUrn(const QString& gtin14, int companyPrefixLength, const QString& serial);

// ---- batch identifiers --------------------------------------------------------------------

// urn:suyuan:lot:{code}:{lot} for products without a GTIN, both parts percent-encoded (so any
// text, Chinese included, is allowed and ":" inside a part cannot split it). Does not validate.
QString localBatchUri(const QString& productCode, const QString& lot);

// Inverse of localBatchUri: (productCode, lot); both must be non-empty and valid UTF-8.
Result<QPair<QString, QString>> parseLocalBatchUri(const QString& uri);

// https://id.gs1.org/01/{gtin14}/10/{lot}: the EPCIS identifier of a GTIN batch (unvalidated).
QString batchIdForGtin(const QString& gtin14, const QString& lot);

// The EPCIS identifier of a batch: batchIdForGtin when gtin is not empty (a valid GTIN-8/12/13
// is first padded to 14 digits so both spellings give one id), else localBatchUri.
// Does not validate; use checkedBatchId where the input comes from a person.
QString canonicalBatchId(const QString& gtin, const QString& productCode, const QString& lot);

// canonicalBatchId after validation: a GTIN batch needs a valid GTIN (any length, normalised
// to 14) and a CSET 82 lot; a local batch needs a product code and a lot (any characters).
Result<QString> checkedBatchId(const QString& gtin, const QString& productCode, const QString& lot);

// ---- units (UN/ECE Recommendation 20, package codes from Rec 21 with the X prefix) ----------

// True for the unit codes the trace model offers (KGM, GRM, TNE, LTR, MLT, H87, C62, XBX, …).
bool isKnownUnit(const QString& code);

// Translated name of a known unit ("kilogram"); an unknown code is returned unchanged.
QString unitName(const QString& code);

// The known unit codes, in the order a unit picker should list them.
QStringList knownUnits();

} // namespace suyuan::gs1
