// Item-level label scans and possible cloned labels (TraceService, see TraceService.h).
#include "TraceInternal.h"
#include "TraceService.h"

#include "crypto/NodeId.h"
#include "ledger/Database.h"

#include <QDateTime>
#include <QTimeZone>

namespace suyuan::trace {

using detail::invalid;
using detail::locationUri;

namespace {

const QStringList kVerdicts{QStringLiteral("genuine"), QStringLiteral("forged"),
                            QStringLiteral("unknown_issuer"), QStringLiteral("unsigned")};

} // namespace

Result<LabelSighting> TraceService::recordLabelScan(const QString& batchId, const QString& serial,
                                                    const QString& locationKey, const QString& verdict,
                                                    const QString& code, const QDateTime& scanTime)
{
    if (serial.trimmed().isEmpty()) {
        return invalid(QCoreApplication::translate(
            "suyuan", "Only item-level labels (with a serial number) are recorded as scans."));
    }
    if (!kVerdicts.contains(verdict)) {
        return invalid(
            QCoreApplication::translate("suyuan", "\"%1\" is not a label check result (one of: %2).")
                .arg(verdict, kVerdicts.join(QStringLiteral(", "))));
    }
    auto batchInfo = batch(batchId);
    if (!batchInfo) {
        return batchInfo.error();
    }
    if (!batchInfo.value()) {
        return Error(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("suyuan", "The batch %1 is not in this ledger.").arg(batchId));
    }
    auto known = locations();
    if (!known) {
        return known.error();
    }
    const QString uri = locationUri(locationKey.trimmed());
    const bool found = std::any_of(known->cbegin(), known->cend(),
                                   [&uri](const Location& l) { return locationUri(l.key) == uri; });
    if (locationKey.trimmed().isEmpty() || !found) {
        return invalid(QCoreApplication::translate(
                           "suyuan", "Choose where the label was scanned: \"%1\" is not a location of this "
                                     "ledger (add it under Master data).")
                           .arg(locationKey));
    }
    QDateTime when =
        scanTime.isValid() ? scanTime : QDateTime::fromMSecsSinceEpoch(m_ledger.now(), QTimeZone(8 * 3600));
    if (when.timeSpec() != Qt::OffsetFromUTC) {
        when = when.toOffsetFromUtc(when.offsetFromUtc());
    }
    const QJsonObject body{{QStringLiteral("batch"), batchInfo.value()->batch},
                           {QStringLiteral("serial"), serial.trimmed()},
                           {QStringLiteral("location"), uri},
                           {QStringLiteral("scanTime"), when.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("verdict"), verdict},
                           {QStringLiteral("code"), code}};
    auto rec = m_ledger.append(QStringLiteral("label.scan"), body);
    if (!rec) {
        return rec.error();
    }
    LabelSighting s;
    s.batch = batchInfo.value()->batch;
    s.serial = serial.trimmed();
    s.location = uri;
    s.scanMs = when.toMSecsSinceEpoch();
    s.verdict = verdict;
    s.author = rec->author;
    return s;
}

Result<QList<LabelSighting>> TraceService::labelSightings(const QString& batchId, const QString& serial)
{
    auto st = m_ledger.database().prepare(
        "SELECT s.batch, s.serial, s.location, s.scan_ms, s.verdict, a.key FROM trace_label_scans s JOIN "
        "records r ON r.rid = s.rid JOIN authors a ON a.aid = r.aid WHERE s.batch = ? AND s.serial = ? "
        "ORDER BY s.scan_ms, s.rid;");
    st.bind(1, batchId).bind(2, serial);
    QList<LabelSighting> out;
    while (st.step()) {
        LabelSighting s;
        s.batch = st.text(0);
        s.serial = st.text(1);
        s.location = st.text(2);
        s.scanMs = st.int64(3);
        s.verdict = st.text(4);
        s.author = st.blob(5);
        out.append(s);
    }
    if (!st.status()) {
        return st.status().error();
    }
    return out;
}

Result<QList<CloneWarning>> TraceService::cloneWarnings(const QString& batchId, const QString& serial)
{
    auto sightings = labelSightings(batchId, serial);
    if (!sightings) {
        return sightings.error();
    }
    return cloneWarnings(batchId, sightings.value());
}

Result<QList<CloneWarning>> TraceService::cloneWarnings(const QString& batchId,
                                                        const QList<LabelSighting>& sightings)
{
    // Where the batch's own events put it: every place of an event of it (standing, not a
    // correction), and when it arrived there (any step but leaving: shipping, departing).
    struct Presence
    {
        QString location;
        qint64 ms;
        bool leaving;
    };
    QList<Presence> presence;
    auto st = m_ledger.database().prepare(
        "SELECT e.biz_location, e.event_ms, e.biz_step IN ('shipping', 'departing') FROM trace_event_batches "
        "b JOIN trace_events e ON e.rid = b.rid WHERE b.batch = ? AND b.role <> 'correction' AND "
        "e.withdrawn = 0 AND e.error_declaration = 0 AND coalesce(e.biz_location, '') <> '';");
    st.bind(1, batchId);
    while (st.step()) {
        presence.append({st.text(0), st.int64(1), st.int64(2) != 0});
    }
    if (!st.status()) {
        return st.status().error();
    }
    QList<CloneWarning> out;
    const LabelSighting* previous = nullptr;
    for (const LabelSighting& s : sightings) {
        if (s.verdict == QLatin1String("forged")) {
            continue; // a forgery, told as such when it was scanned; not evidence of a route
        }
        const bool onRoute = std::any_of(presence.cbegin(), presence.cend(),
                                         [&s](const Presence& p) { return p.location == s.location; });
        if (!onRoute) {
            out.append({CloneWarning::Kind::OffRoute, s, {}});
        } else if (previous && previous->location != s.location) {
            const bool arrived = std::any_of(presence.cbegin(), presence.cend(), [&](const Presence& p) {
                return p.location == s.location && !p.leaving && p.ms > previous->scanMs - kArrivalGraceMs &&
                       p.ms <= s.scanMs + kArrivalGraceMs;
            });
            if (!arrived) {
                out.append({CloneWarning::Kind::UnexplainedMove, s, *previous});
            }
        }
        previous = &s;
    }
    return out;
}

QString TraceService::cloneWarningText(const CloneWarning& warning)
{
    QHash<QString, QString> names;
    const bool zh = QLocale().language() == QLocale::Chinese;
    if (auto known = locations()) {
        for (const Location& l : std::as_const(known.value())) {
            const QString name =
                zh ? (l.nameZh.isEmpty() ? l.nameEn : l.nameZh) : (l.nameEn.isEmpty() ? l.nameZh : l.nameEn);
            names.insert(locationUri(l.key), name.isEmpty() ? l.key : name);
        }
    }
    const auto place = [&names](const QString& uri) { return names.value(uri, uri); };
    const auto when = [](qint64 ms) {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
    };
    const LabelSighting& s = warning.sighting;
    if (warning.kind == CloneWarning::Kind::OffRoute) {
        return QCoreApplication::translate(
                   "suyuan", "Possible copied label: serial %1 was scanned at %2 (%3), where this "
                             "batch has never been.")
            .arg(s.serial, place(s.location), when(s.scanMs));
    }
    return QCoreApplication::translate(
               "suyuan", "Possible copied label: serial %1 was scanned at %2 (%3) after %4 (%5), "
                         "and the batch was not received at %2 in between.")
        .arg(s.serial, place(s.location), when(s.scanMs), place(warning.previous.location),
             when(warning.previous.scanMs));
}

} // namespace suyuan::trace
