#pragma once

#include "ledger/Ledger.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

// Signed QR label codes (docs/labels.md): a GS1 Digital Link URI on the label base URL, with
// a short Ed25519 signature by the issuing node over the label's identifiers in the query, so
// that any node that knows the issuer tells a genuine label from a forged or altered one
// offline. Scanning also accepts EPC URNs, the local batch URN and plain lot codes.
namespace suyuan::labels {

// The identifiers a label carries. Exactly one of gtin14 and productCode is set; an empty
// serial and a null expiry are absent.
struct LabelIds
{
    QString gtin14;      // GTIN-14 (8/12/13 digits are accepted when building and padded)
    QString productCode; // a product without a GTIN: our local product code
    QString lot;
    QString serial;
    QDate expiry; // AI 17

    bool operator==(const LabelIds&) const = default;
};

// The context tag in front of every label message: a label signature can never be taken for
// a record or checkpoint signature, nor for anything else the node signs.
inline constexpr char labelContext[] = "suyuan-label-v1\n";

// Why these identifiers cannot go on a label: neither or both of GTIN and product code, a
// bad GTIN (which digit), a lot or serial against the AI 10/21 rules (which character), an
// expiry outside 2000-2099. Products without a GTIN accept any code, lot and serial text
// without line breaks or control characters.
Status checkLabelIds(const LabelIds& ids);

// The element string the signature covers, human-readable GS1 form with absent AIs left out:
// "(01)06901234567892(10)FJ-251205(21)0001(17)261231", or "(suyuan)CODE(10)…" without a
// GTIN. In values "%", "(" and ")" are written %25, %28, %29 so that a lot like "A(21)B"
// cannot pass for lot A with serial B. Independent of the base URL and of URI encoding.
QString elementString(const LabelIds& ids);

// labelContext + elementString as UTF-8: the exact bytes the issuer signs.
QByteArray labelMessage(const LabelIds& ids);

// The issuer hint k: the first 6 bytes of SHA-256(public key), base32 (RFC 4648, upper case,
// no padding; 10 characters).
QString issuerHint(const QByteArray& publicKey);

// Checks and normalises a label base URL: http or https with a host, no query, no fragment, no
// user name; trailing slashes trimmed.
Result<QString> normaliseLabelBase(const QString& base);

// The address of a product without a GTIN after the base: /p/{code}/10/{lot}, each value
// percent-encoded (the labels print it; the consumer site puts the batch page there).
QString localLabelPath(const QString& productCode, const QString& lot);

// Assembles a signed label URI from its parts (checkLabelIds, normaliseLabelBase first):
//   GTIN:    {BASE}/01/{gtin14}/10/{lot}[/21/{serial}]?[17=YYMMDD&]k={hint}&s={signature}
//   no GTIN: {BASE}/p/{code}/10/{lot}[/21/{serial}]?…
// with values percent-encoded, k and s in base32, and the scheme and host in upper case so
// that the long parts fit the QR alphanumeric mode (measurements in docs/labels.md).
Result<QString> labelUri(const QString& base, const LabelIds& ids, const QByteArray& issuerPublicKey,
                         const QByteArray& signature);

// Signs the identifiers with the ledger's node key and returns the label URI.
Result<QString> buildLabelUri(const QString& base, const LabelIds& ids, Ledger& issuer);

enum class ScanKind
{
    DigitalLink, // GS1 Digital Link on any host (ours signed or not, or anyone's)
    LocalPath,   // our {base}/p/{code}/10/{lot} path for products without a GTIN
    LgtinUrn,    // urn:epc:class:lgtin:…
    SgtinUrn,    // urn:epc:id:sgtin:…
    LocalUrn,    // urn:suyuan:lot:{code}:{lot}
    PlainLot     // a bare lot code, typed or from a 1-D barcode
};

// Stable name for JSON output: digital_link, local_path, lgtin_urn, sgtin_urn, local_urn, plain_lot.
QString scanKindName(ScanKind kind);

struct ScannedLabel
{
    ScanKind kind = ScanKind::PlainLot;
    QString text;                   // the input, trimmed
    QString base;                   // URIs: scheme, host and base path as scanned
    LabelIds ids;                   // PlainLot: only lot
    QString issuerHint;             // k as scanned, empty when absent
    QString signature;              // s as scanned, empty when absent
    bool repeatedSignature = false; // k or s appears more than once
};

// Reads what a scanner or a person gives: a Digital Link (any host, any case of scheme and
// host), our no-GTIN path, an LGTIN or SGTIN EPC URN, the local batch URN, or a plain lot code
// (1-64 characters, no spaces or control characters). Surrounding whitespace and CR/LF are
// ignored. The error names what is wrong (which AI, which character).
Result<ScannedLabel> parseScan(const QString& text);

struct LabelCheck
{
    enum class Verdict
    {
        Genuine,       // signed by a known author over exactly these identifiers
        Forged,        // a signature is there but does not verify (or is damaged): forged or altered
        UnknownIssuer, // signed, but no author this ledger holds matches the issuer hint k
        Unsigned       // no k and no s (an ordinary Digital Link, a URN, a lot code)
    };
    Verdict verdict = Verdict::Unsigned;
    QString reason;    // translated: why the verdict (empty for Genuine)
    QByteArray issuer; // public key of the issuer (Genuine) or of the author k names (Forged)
    QString issuerNodeId;
    QString issuerName; // organisation, when the ledger knows it
    AuthorStatus issuerStatus = AuthorStatus::Unknown;
};

// Stable name for JSON output: genuine, forged, unknown_issuer, unsigned.
QString verdictName(LabelCheck::Verdict verdict);

// Checks the signature of a scanned label against every author the ledger holds (its own key
// included). Never fails: a damaged k or s is a Forged verdict with the reason.
LabelCheck verifyScan(const ScannedLabel& label, Ledger& ledger);

// RFC 4648 base32 (upper case, no padding) and its strict inverse (either case accepted;
// padding, other characters or non-zero trailing bits refused): exposed for the tests.
QString base32Encode(const QByteArray& bytes);
std::optional<QByteArray> base32Decode(const QString& text);

} // namespace suyuan::labels
