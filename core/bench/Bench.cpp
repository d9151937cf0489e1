#include "Bench.h"

#include "crypto/Ed25519.h"
#include "crypto/Kdf.h"
#include "labels/LabelRender.h"
#include "labels/LabelTemplate.h"
#include "labels/QrCode.h"
#include "ledger/Audit.h"
#include "ledger/Profile.h"
#include "trace/TraceProjector.h"
#include "util/Parallel.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QTemporaryDir>

namespace suyuan {

namespace {

double signRate(double seconds)
{
    const auto key = crypto::SigningKey::generate();
    crypto::Signer signer(key);
    const QByteArray message(300, 'x');
    QElapsedTimer timer;
    timer.start();
    qint64 n = 0;
    while (timer.nsecsElapsed() < static_cast<qint64>(seconds * 1e9)) {
        for (int i = 0; i < 100; ++i) {
            (void)signer.sign(message);
        }
        n += 100;
    }
    return static_cast<double>(n) / (static_cast<double>(timer.nsecsElapsed()) / 1e9);
}

double verifyRate(double seconds)
{
    const auto key = crypto::SigningKey::generate();
    const QByteArray message(300, 'x');
    const QByteArray sig = key.sign(message);
    crypto::Verifier verifier(key.publicKey());
    QElapsedTimer timer;
    timer.start();
    qint64 n = 0;
    while (timer.nsecsElapsed() < static_cast<qint64>(seconds * 1e9)) {
        for (int i = 0; i < 100; ++i) {
            if (!verifier.verify(message, sig)) {
                return 0;
            }
        }
        n += 100;
    }
    return static_cast<double>(n) / (static_cast<double>(timer.nsecsElapsed()) / 1e9);
}

// A body shaped like a typical EPCIS ObjectEvent of the trace model (about 500 bytes).
QJsonObject sampleBody(qint64 i)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("ObjectEvent")},
        {QStringLiteral("action"), QStringLiteral("OBSERVE")},
        {QStringLiteral("bizStep"), QStringLiteral("inspecting")},
        {QStringLiteral("disposition"), QStringLiteral("active")},
        {QStringLiteral("eventTime"), QStringLiteral("2026-11-20T08:30:00.000+08:00")},
        {QStringLiteral("eventTimeZoneOffset"), QStringLiteral("+08:00")},
        {QStringLiteral("epcList"),
         QJsonArray{QStringLiteral("https://id.gs1.org/01/06901234567892/10/FJ2026-%1").arg(i)}},
        {QStringLiteral("readPoint"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("urn:epc:id:sgln:6901234.00001.0")}}},
        {QStringLiteral("bizLocation"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("urn:epc:id:sgln:6901234.00002.0")}}},
        {QStringLiteral("sensorElementList"),
         QJsonArray{QJsonObject{
             {QStringLiteral("sensorReport"),
              QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("gs1:Temperature")},
                                     {QStringLiteral("value"), 6.5 + static_cast<double>(i % 10) / 10},
                                     {QStringLiteral("uom"), QStringLiteral("CEL")}}}}}}}};
}

QString fixed(double v, int decimals = 0)
{
    return QString::number(v, 'f', decimals);
}

} // namespace

Result<QList<QPair<QString, QString>>> runLedgerBench(const BenchOptions& options,
                                                      const std::function<void(const QString&)>& log)
{
    QList<QPair<QString, QString>> out;
    const auto say = [&log](const QString& s) {
        if (log) {
            log(s);
        }
    };
    say(QStringLiteral("measuring Ed25519 sign rate (one core)…"));
    const double signLimit = signRate(options.primitiveSeconds);
    say(QStringLiteral("measuring Ed25519 verify rate (one core)…"));
    const double verifyLimit = verifyRate(options.primitiveSeconds);
    const int cores = workerCount();

    QTemporaryDir dir;
    if (!dir.isValid()) {
        return Error(ErrorCode::Io, QStringLiteral("cannot create a temporary directory"));
    }
    // The KDF is not what is measured here; a cheap one keeps the bench short.
    auto ledger = Profile::create(dir.path(), QByteArrayLiteral("bench"), QStringLiteral("Bench"),
                                  crypto::testKdfParams());
    if (!ledger) {
        return ledger.error();
    }
    // The same appends with the trace projection attached (DESIGN.md: "projections included"),
    // to a second ledger. The two alternate transaction by transaction, so that whatever
    // else the machine does weighs on both alike.
    QTemporaryDir projectedDir;
    auto projected = Profile::create(projectedDir.path(), QByteArrayLiteral("bench"), QStringLiteral("Bench"),
                                     crypto::testKdfParams());
    if (!projected) {
        return projected.error();
    }
    trace::TraceProjector projector;
    if (auto st = projected.value()->attachProjector(&projector); !st) {
        return st.error();
    }
    say(QStringLiteral("appending %1 records in transactions of %2, without and with the trace projection…")
            .arg(options.records)
            .arg(options.batchSize));
    QList<Ledger::Draft> drafts;
    QElapsedTimer timer;
    qint64 appendNs = 0;
    qint64 projectedNs = 0;
    for (qint64 done = 0; done < options.records;) {
        drafts.clear();
        const qint64 n = std::min(options.batchSize, options.records - done);
        for (qint64 i = 0; i < n; ++i) {
            drafts.append({QStringLiteral("epcis.event"), sampleBody(done + i)});
        }
        // Building the drafts is the caller's work, not the ledger's: time only appendBatch.
        for (auto [target, ns] :
             {std::pair{ledger.value().get(), &appendNs}, std::pair{projected.value().get(), &projectedNs}}) {
            timer.start();
            auto res = target->appendBatch(drafts);
            *ns += timer.nsecsElapsed();
            if (!res) {
                return res.error();
            }
        }
        done += n;
    }
    projected.value()->detachProjector(&projector);
    const double appendRate = static_cast<double>(options.records) / (static_cast<double>(appendNs) / 1e9);
    const double projectedRate =
        static_cast<double>(options.records) / (static_cast<double>(projectedNs) / 1e9);

    // Single appends, each its own durable (fsync'd) transaction, for reference.
    const int singles = 200;
    timer.start();
    for (int i = 0; i < singles; ++i) {
        if (auto r = ledger.value()->append(QStringLiteral("note"), QJsonObject{{QStringLiteral("i"), i}});
            !r) {
            return r.error();
        }
    }
    const double singleRate = singles / (static_cast<double>(timer.nsecsElapsed()) / 1e9);

    say(QStringLiteral("auditing…"));
    AuditOptions auditOptions;
    auditOptions.integrityCheck = false;
    timer.start();
    auto report = runAudit(*ledger.value(), auditOptions);
    const double auditSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!report) {
        return report.error();
    }
    if (!report->clean()) {
        return Error(ErrorCode::Internal,
                     QStringLiteral("bench ledger failed its audit: ") + report->summary());
    }
    const double auditRate = static_cast<double>(report->checked) / auditSeconds;
    timer.start();
    auto integrity = ledger.value()->database().queryText("PRAGMA quick_check;");
    const double integrityMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;

    out.append({QStringLiteral("cores"), QString::number(cores)});
    out.append({QStringLiteral("sign_limit_per_s"), fixed(signLimit)});
    out.append({QStringLiteral("verify_limit_per_s"), fixed(verifyLimit)});
    out.append({QStringLiteral("records"), QString::number(options.records)});
    out.append({QStringLiteral("batch"), QString::number(options.batchSize)});
    out.append({QStringLiteral("append_per_s"), fixed(appendRate)});
    out.append({QStringLiteral("append_ratio"), fixed(appendRate / signLimit, 2)});
    out.append({QStringLiteral("append_projected_per_s"), fixed(projectedRate)});
    out.append({QStringLiteral("append_projected_ratio"), fixed(projectedRate / signLimit, 2)});
    out.append({QStringLiteral("append_single_durable_per_s"), fixed(singleRate)});
    out.append({QStringLiteral("audit_records"), QString::number(report->checked)});
    out.append({QStringLiteral("audit_per_s"), fixed(auditRate)});
    out.append({QStringLiteral("audit_ratio"), fixed(auditRate / (cores * verifyLimit), 2)});
    out.append({QStringLiteral("integrity_check_ms"), fixed(integrityMs, 1)});
    out.append({QStringLiteral("integrity"), integrity ? integrity.value() : integrity.error().message});
    out.append({QStringLiteral("budget_append_ratio"), QStringLiteral("0.70")});
    out.append({QStringLiteral("budget_audit_ratio"), QStringLiteral("0.80")});
    return out;
}

Result<QList<QPair<QString, QString>>> runLabelBench(const LabelBenchOptions& options,
                                                     const std::function<void(const QString&)>& log)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return Error(ErrorCode::Internal, QStringLiteral("the label bench needs a QGuiApplication (fonts)"));
    }
    auto tmpl = labels::templateByName(options.templateName);
    if (!tmpl) {
        return tmpl.error();
    }
    const int count = std::max(1, options.labels);
    // Labels as the label code module makes them: upper-case scheme and host, base32 signature.
    QList<labels::LabelContent> contents;
    contents.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QByteArray sig = QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha512);
        static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        QString b32;
        for (int j = 0; j < 103; ++j) {
            b32 += QLatin1Char(alphabet[static_cast<quint8>(sig.at(j % sig.size())) % 32]);
        }
        labels::LabelContent c;
        c.serial = QStringLiteral("%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        c.uri =
            QStringLiteral(
                "HTTPS://TRACE.EXAMPLE.CN/01/06901234567892/10/FJ-251205/21/%1?17=261231&k=ABCDEFGHIJ&s=%2")
                .arg(c.serial, b32);
        c.productZh = QStringLiteral("安溪铁观音");
        c.productEn = QStringLiteral("Anxi Tieguanyin oolong tea");
        c.lot = QStringLiteral("FJ-251205");
        c.productionDate = QDate(2025, 12, 5);
        c.expiry = QDate(2026, 12, 31);
        c.origin = QStringLiteral("福建省泉州市安溪县感德镇");
        c.producerName = QStringLiteral("安溪县感德镇茶叶专业合作社");
        c.entityCode = QStringLiteral("93350524MA2Y8K3L7X");
        c.netQuantity = 0.5;
        c.unit = QStringLiteral("KGM");
        contents << c;
    }
    const auto say = [&log](const QString& s) {
        if (log) {
            log(s);
        }
    };
    QTemporaryDir dir;
    if (!dir.isValid()) {
        return Error(ErrorCode::Io, QStringLiteral("cannot create a temporary directory"));
    }
    const QString path =
        options.pdfPath.isEmpty() ? dir.filePath(QStringLiteral("labels.pdf")) : options.pdfPath;
    // Fonts are loaded once per process: warm them up outside the measurement.
    if (auto st =
            labels::writePdf(dir.filePath(QStringLiteral("warm.pdf")), tmpl.value(), contents.mid(0, 2));
        !st) {
        return st.error();
    }
    say(QStringLiteral("exporting %1 %2 labels to one PDF…").arg(count).arg(tmpl->name));
    QElapsedTimer timer;
    timer.start();
    if (auto st = labels::writePdf(path, tmpl.value(), contents); !st) {
        return st.error();
    }
    const double pdfMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const qint64 bytes = QFileInfo(path).size();

    say(QStringLiteral("measuring libqrencode's encode rate (one core)…"));
    timer.restart();
    int version = 0;
    for (const labels::LabelContent& c : std::as_const(contents)) {
        auto qr = labels::QrCode::encode(c.uri, tmpl->ecc);
        if (!qr) {
            return qr.error();
        }
        version = std::max(version, qr->version());
    }
    const double qrRate = count / (static_cast<double>(timer.nsecsElapsed()) / 1e9);

    QList<QPair<QString, QString>> out;
    out.append({QStringLiteral("labels_template"), tmpl->name});
    out.append({QStringLiteral("labels_qr_version"),
                QStringLiteral("%1-%2").arg(version).arg(labels::qrEccName(tmpl->ecc))});
    out.append({QStringLiteral("labels_%1_pdf_ms").arg(count), fixed(pdfMs)});
    out.append({QStringLiteral("labels_pdf_per_s"), fixed(count / (pdfMs / 1000))});
    out.append({QStringLiteral("labels_pdf_bytes"), QString::number(bytes)});
    out.append({QStringLiteral("labels_qr_limit_per_s"), fixed(qrRate)});
    return out;
}

} // namespace suyuan
