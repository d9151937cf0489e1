// suyuan-cli scan and label-uri: signed QR label codes (docs/labels.md).
#include "Cli.h"
#include "CliParse.h"

#include "labels/BatchLabels.h"
#include "labels/ImageDecode.h"
#include "labels/LabelCode.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace suyuan::cli {

namespace {

using labels::LabelCheck;
using labels::ScanKind;

QString kindText(ScanKind kind)
{
    switch (kind) {
    case ScanKind::DigitalLink:
        return QCoreApplication::translate("suyuan-cli", "GS1 Digital Link");
    case ScanKind::LocalPath:
        return QCoreApplication::translate("suyuan-cli", "label address of a product without a GTIN");
    case ScanKind::LgtinUrn:
        return QCoreApplication::translate("suyuan-cli", "EPC class URN (LGTIN)");
    case ScanKind::SgtinUrn:
        return QCoreApplication::translate("suyuan-cli", "EPC instance URN (SGTIN)");
    case ScanKind::LocalUrn:
        return QCoreApplication::translate("suyuan-cli", "local batch URN");
    case ScanKind::PlainLot:
        return QCoreApplication::translate("suyuan-cli", "plain lot code");
    }
    return {};
}

QString verdictText(LabelCheck::Verdict verdict)
{
    switch (verdict) {
    case LabelCheck::Verdict::Genuine:
        return QCoreApplication::translate("suyuan-cli", "genuine");
    case LabelCheck::Verdict::Forged:
        return QCoreApplication::translate("suyuan-cli", "FORGED OR ALTERED");
    case LabelCheck::Verdict::UnknownIssuer:
        return QCoreApplication::translate("suyuan-cli", "cannot be checked: unknown issuer");
    case LabelCheck::Verdict::Unsigned:
        return QCoreApplication::translate("suyuan-cli", "none");
    }
    return {};
}

QString productName(const trace::Product& product)
{
    if (product.nameZh.isEmpty()) {
        return product.nameEn;
    }
    return product.nameEn.isEmpty() ? product.nameZh
                                    : product.nameZh + QStringLiteral(" / ") + product.nameEn;
}

} // namespace

int Cli::cmdScan(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("suyuan-cli", "Print one JSON object."));
    const QCommandLineOption image(
        QStringLiteral("image"),
        QCoreApplication::translate("suyuan-cli", "Read the code from a photo or scan of the label instead."),
        QStringLiteral("FILE"));
    const QCommandLineOption record(
        QStringLiteral("record"),
        QCoreApplication::translate("suyuan-cli",
                                    "Record the scan of an item label (one with a serial) at --location, and "
                                    "check the serial's scans against the batch's route (copied labels)."));
    const QCommandLineOption location(
        QStringLiteral("location"),
        QCoreApplication::translate("suyuan-cli",
                                    "With --record: where the label was scanned (a location key)."),
        QStringLiteral("KEY"));
    p.addOptions({json, image, record, location});
    if (auto rc = parseCommand(
            p, QStringLiteral("scan"), QStringLiteral("TEXT|--image FILE [--json] [--record --location KEY]"),
            QCoreApplication::translate(
                "suyuan-cli",
                "Read what a scanner gives (a GS1 Digital Link, an EPC URN, a local batch URN or "
                "a lot code), show what it says and the batch it names in this ledger, and "
                "check the label's signature. Exit code 0: genuine or unsigned; 1: forged or "
                "altered, or a possible copied label; 2: not a label code."),
            args, m_out, m_err, 0, 1)) {
        return *rc;
    }
    if (p.isSet(record) != p.isSet(location)) {
        return usage(QCoreApplication::translate("suyuan-cli", "--record and --location go together"));
    }
    QString text;
    if (p.isSet(image)) {
        if (!p.positionalArguments().isEmpty()) {
            return usage(
                QCoreApplication::translate("suyuan-cli", "scan takes TEXT or --image FILE, not both"));
        }
        auto codes = labels::decodeImageFile(p.value(image));
        if (!codes) {
            return fail(codes.error());
        }
        if (codes->isEmpty()) {
            return fail(
                Error(ErrorCode::InvalidArgument,
                      QCoreApplication::translate("suyuan-cli", "No QR code or barcode was found in %1.")
                          .arg(p.value(image))));
        }
        text = codes->first().text;
    } else if (p.positionalArguments().size() == 1) {
        text = p.positionalArguments().first();
    } else {
        return usage(QCoreApplication::translate("suyuan-cli", "scan needs TEXT or --image FILE"));
    }
    const auto scanned = labels::parseScan(text);
    if (!scanned) {
        return fail(Error(ErrorCode::InvalidArgument, scanned.error().message));
    }
    const labels::ScannedLabel& label = scanned.value();
    auto opened = openTrace();
    if (!opened) {
        return fail(opened.error());
    }
    Ledger& ledger = *opened->ledger;
    trace::TraceService& t = *opened->trace;
    const LabelCheck check = labels::verifyScan(label, ledger);

    // The batch the code names in this ledger, when it is here.
    QString batchId;
    if (!label.ids.lot.isEmpty()) {
        const Result<QString> resolved = t.resolveBatch(labels::scannedBatchId(label));
        batchId = resolved ? resolved.value() : QString();
    }
    std::optional<trace::BatchInfo> batch;
    std::optional<trace::Product> product;
    if (!batchId.isEmpty()) {
        auto found = t.batch(batchId);
        if (!found) {
            return failOperation(found.error());
        }
        batch = found.value();
        if (batch) {
            auto prod = t.product(batch->productKey);
            if (!prod) {
                return failOperation(prod.error());
            }
            product = prod.value();
        }
    }
    // An item label scanned at a place: recorded, and its serial's scans checked.
    std::optional<trace::LabelSighting> recorded;
    QList<trace::LabelSighting> sightings;
    QList<trace::CloneWarning> warnings;
    if (p.isSet(record)) {
        if (!batch) {
            return failOperation(
                Error(ErrorCode::InvalidArgument,
                      QCoreApplication::translate(
                          "suyuan-cli", "Not recorded: this ledger holds no batch with these identifiers.")));
        }
        auto r = t.recordLabelScan(batch->batch, label.ids.serial, p.value(location),
                                   labels::verdictName(check.verdict), label.text);
        if (!r) {
            return failOperation(r.error());
        }
        recorded = r.value();
        auto s = t.labelSightings(batch->batch, label.ids.serial);
        auto w = s ? t.cloneWarnings(batch->batch, s.value()) : Result<QList<trace::CloneWarning>>(s.error());
        if (!s || !w) {
            return failOperation(!s ? s.error() : w.error());
        }
        sightings = s.value();
        warnings = w.value();
    }
    const int rc = check.verdict == LabelCheck::Verdict::Forged || !warnings.isEmpty() ? ExitProblem : ExitOk;
    const QString expiry = label.ids.expiry.isValid() ? label.ids.expiry.toString(Qt::ISODate) : QString();

    if (p.isSet(json)) {
        QJsonObject o{{QStringLiteral("input"), label.text},
                      {QStringLiteral("kind"), labels::scanKindName(label.kind)},
                      {QStringLiteral("gtin"), label.ids.gtin14},
                      {QStringLiteral("product_code"), label.ids.productCode},
                      {QStringLiteral("lot"), label.ids.lot},
                      {QStringLiteral("serial"), label.ids.serial},
                      {QStringLiteral("expiry"), expiry},
                      {QStringLiteral("base"), label.base},
                      {QStringLiteral("verdict"), labels::verdictName(check.verdict)},
                      {QStringLiteral("reason"), check.reason}};
        o.insert(QStringLiteral("issuer"),
                 check.issuer.isEmpty()
                     ? QJsonValue()
                     : QJsonObject{{QStringLiteral("key"), QString::fromLatin1(check.issuer.toHex())},
                                   {QStringLiteral("node_id"), check.issuerNodeId},
                                   {QStringLiteral("name"), check.issuerName},
                                   {QStringLiteral("status"), authorStatusName(check.issuerStatus)}});
        o.insert(QStringLiteral("batch"),
                 !batch ? QJsonValue()
                        : QJsonObject{
                              {QStringLiteral("id"), batch->batch},
                              {QStringLiteral("product_key"), batch->productKey},
                              {QStringLiteral("product_name"), product ? productName(*product) : QString()},
                              {QStringLiteral("status"), batch->status}});
        if (recorded) {
            QJsonArray texts;
            for (const trace::CloneWarning& w : std::as_const(warnings)) {
                texts.append(t.cloneWarningText(w));
            }
            o.insert(QStringLiteral("recorded"),
                     QJsonObject{{QStringLiteral("location"), recorded->location},
                                 {QStringLiteral("sightings"), static_cast<qint64>(sightings.size())},
                                 {QStringLiteral("copied_label_warnings"), texts}});
        }
        m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        return rc;
    }

    const auto line = [this](const QString& text) { m_out << text << '\n'; };
    line(QCoreApplication::translate("suyuan-cli", "Code:      %1").arg(kindText(label.kind)));
    if (!label.ids.gtin14.isEmpty()) {
        line(QCoreApplication::translate("suyuan-cli", "GTIN:      %1").arg(label.ids.gtin14));
    }
    if (!label.ids.productCode.isEmpty()) {
        line(QCoreApplication::translate("suyuan-cli", "Product:   %1").arg(label.ids.productCode));
    }
    if (!label.ids.lot.isEmpty()) {
        line(QCoreApplication::translate("suyuan-cli", "Lot:       %1").arg(label.ids.lot));
    }
    if (!label.ids.serial.isEmpty()) {
        line(QCoreApplication::translate("suyuan-cli", "Serial:    %1").arg(label.ids.serial));
    }
    if (!expiry.isEmpty()) {
        line(QCoreApplication::translate("suyuan-cli", "Expiry:    %1").arg(expiry));
    }
    if (batch) {
        line(QCoreApplication::translate("suyuan-cli", "Batch:     %1").arg(batch->batch));
        line(QCoreApplication::translate("suyuan-cli", "           %1, status %2")
                 .arg(product ? productName(*product) : batch->productKey, batch->status));
    } else {
        line(QCoreApplication::translate("suyuan-cli", "Batch:     not in this ledger"));
    }
    if (!check.issuer.isEmpty()) {
        line(check.issuerName.isEmpty()
                 ? QCoreApplication::translate("suyuan-cli", "Issuer:    %1 (%2)")
                       .arg(check.issuerNodeId, authorStatusName(check.issuerStatus))
                 : QCoreApplication::translate("suyuan-cli", "Issuer:    %1, %2 (%3)")
                       .arg(check.issuerName, check.issuerNodeId, authorStatusName(check.issuerStatus)));
    }
    line(QCoreApplication::translate("suyuan-cli", "Signature: %1").arg(verdictText(check.verdict)));
    if (!check.reason.isEmpty()) {
        line(QStringLiteral("           ") + check.reason);
    }
    if (check.verdict == LabelCheck::Verdict::Genuine && check.issuerStatus == AuthorStatus::Revoked) {
        line(QCoreApplication::translate("suyuan-cli",
                                         "           Warning: the issuer's key has been revoked; labels "
                                         "signed with it may have been made after it was stolen."));
    }
    if (recorded) {
        line(QCoreApplication::translate("suyuan-cli", "Recorded:  at %1; scans of serial %2 so far: %3")
                 .arg(recorded->location, recorded->serial)
                 .arg(sightings.size()));
        for (const trace::CloneWarning& w : std::as_const(warnings)) {
            line(QStringLiteral("           ") + t.cloneWarningText(w));
        }
    }
    return rc;
}

int Cli::cmdLabelUri(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption batchOption(
        QStringLiteral("batch"),
        QCoreApplication::translate("suyuan-cli", "The batch: lot code, Digital Link or batch URN."),
        QStringLiteral("ID"));
    const QCommandLineOption serial(
        QStringLiteral("serial"),
        QCoreApplication::translate("suyuan-cli", "Serial number, for an item-level label (AI 21)."),
        QStringLiteral("S"));
    const QCommandLineOption expiryOption(
        QStringLiteral("expiry"),
        QCoreApplication::translate("suyuan-cli", "Expiry date (AI 17), YYYY-MM-DD."),
        QStringLiteral("DATE"));
    const QCommandLineOption base(
        QStringLiteral("base"),
        QCoreApplication::translate("suyuan-cli",
                                    "The base address labels point to (default: the profile's label base "
                                    "address, see label-base)."),
        QStringLiteral("URL"));
    p.addOptions({batchOption, serial, expiryOption, base});
    if (auto rc =
            parseCommand(p, QStringLiteral("label-uri"),
                         QStringLiteral("--batch ID [--serial S] [--expiry YYYY-MM-DD] [--base URL]"),
                         QCoreApplication::translate(
                             "suyuan-cli", "Print the text of a batch's QR label: a GS1 Digital Link on "
                                           "the base address, signed with this node's key."),
                         args, m_out, m_err)) {
        return *rc;
    }
    if (!p.isSet(batchOption)) {
        return usage(QCoreApplication::translate("suyuan-cli", "label-uri needs --batch ID"));
    }
    QDate expiry;
    if (p.isSet(expiryOption)) {
        expiry = QDate::fromString(p.value(expiryOption), Qt::ISODate);
        if (!expiry.isValid()) {
            return usage(
                QCoreApplication::translate("suyuan-cli", "--expiry takes a date such as 2026-12-31, not %1")
                    .arg(p.value(expiryOption)));
        }
    }
    auto opened = openTrace();
    if (!opened) {
        return fail(opened.error());
    }
    const Result<QString> checkedBase =
        labels::normaliseLabelBase(p.isSet(base) ? p.value(base) : labels::labelBase(*opened->ledger));
    if (!checkedBase) {
        return fail(checkedBase.error());
    }
    trace::TraceService& t = *opened->trace;
    const Result<QString> batchId = t.resolveBatch(p.value(batchOption));
    if (!batchId) {
        return failOperation(batchId.error());
    }
    auto labelIds = labels::batchLabelIds(batchId.value());
    if (!labelIds) {
        return failOperation(labelIds.error());
    }
    labels::LabelIds ids = labelIds.value();
    ids.serial = p.value(serial);
    ids.expiry = expiry;
    const Result<QString> uri = labels::buildLabelUri(checkedBase.value(), ids, *opened->ledger);
    if (!uri) {
        return fail(uri.error());
    }
    m_out << uri.value() << '\n';
    return ExitOk;
}

int Cli::cmdLabelBase(const QStringList& args)
{
    QCommandLineParser p;
    if (auto rc = parseCommand(p, QStringLiteral("label-base"), QStringLiteral("[URL]"),
                               QCoreApplication::translate(
                                   "suyuan-cli",
                                   "Print this profile's label base address, or check and set it: the web "
                                   "address the QR codes point to, where the consumer site is published."),
                               args, m_out, m_err, 0, 1)) {
        return *rc;
    }
    auto opened = openTrace();
    if (!opened) {
        return fail(opened.error());
    }
    Ledger& ledger = *opened->ledger;
    if (!p.positionalArguments().isEmpty()) {
        if (auto st = labels::setLabelBase(ledger, p.positionalArguments().first()); !st) {
            return failOperation(st.error());
        }
    }
    const QString base = labels::labelBase(ledger);
    m_out << base << '\n';
    if (base == QLatin1String(labels::exampleLabelBase)) {
        m_err << QCoreApplication::translate(
                     "suyuan-cli", "This is the example address: set your own before printing labels.")
              << '\n';
    }
    return ExitOk;
}

} // namespace suyuan::cli
