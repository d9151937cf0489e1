// `event record fieldwork|inspect|labtest|pack|unpack|destroy|sell` and `event correct`.

#include "Cli.h"
#include "CliParse.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace suyuan::cli {

using trace::TraceService;

namespace {

// "TYPE:VALUE[:UOM[:NAME[:LIMIT]]]", e.g. MassConcentration:0.002:NA:毒死蜱残留:0.5
bool parseMeasurement(const QString& text, TraceService::Measurement* out)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    bool ok = false;
    out->type = parts.value(0);
    out->value = parts.value(1).toDouble(&ok);
    if (parts.size() < 2 || parts.size() > 5 || !ok || out->type.isEmpty()) {
        return false;
    }
    out->uom = parts.value(2);
    out->name = parts.value(3);
    if (parts.size() == 5) {
        out->limit = parts.at(4).toDouble(&ok);
    }
    return ok;
}

// "ID" (all that is available) or "ID:QTY[:UNIT]".
trace::Portion portionOf(const QString& text)
{
    trace::Portion p;
    if (!parsePortion(text, &p)) {
        p = {text, 0, {}};
    }
    return p;
}

} // namespace

bool Cli::isMoreEventAction(const QString& what)
{
    static const QStringList actions = {QStringLiteral("fieldwork"), QStringLiteral("inspect"),
                                        QStringLiteral("labtest"),   QStringLiteral("pack"),
                                        QStringLiteral("unpack"),    QStringLiteral("destroy"),
                                        QStringLiteral("sell")};
    return actions.contains(what);
}

int Cli::cmdEventMore(const QString& what, const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption batch(
        QStringLiteral("batch"),
        QCoreApplication::translate("suyuan-cli", "A batch (ID, or ID:QTY for part of it); may be repeated."),
        QStringLiteral("ID[:QTY]"));
    const QCommandLineOption location(QStringLiteral("location"),
                                      QCoreApplication::translate("suyuan-cli", "Location key."),
                                      QStringLiteral("KEY"));
    const QCommandLineOption time(
        QStringLiteral("time"),
        QCoreApplication::translate("suyuan-cli", "Event time, ISO 8601 with offset (default: now)."),
        QStringLiteral("ISO"));
    const QCommandLineOption work(
        QStringLiteral("work"),
        QCoreApplication::translate("suyuan-cli",
                                    "Kind of field work: fertilising, plant_protection, irrigation, weeding, "
                                    "pruning, other."),
        QStringLiteral("KIND"));
    const QCommandLineOption input(
        QStringLiteral("input"),
        QCoreApplication::translate("suyuan-cli", "Fertiliser or pesticide used (name, registration)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption dose(QStringLiteral("dose"),
                                  QCoreApplication::translate("suyuan-cli", "Dose of the input."),
                                  QStringLiteral("Q"));
    const QCommandLineOption doseUnit(
        QStringLiteral("dose-unit"),
        QCoreApplication::translate("suyuan-cli", "Unit of the dose (KGM, LTR …)."), QStringLiteral("UNIT"));
    const QCommandLineOption interval(
        QStringLiteral("interval"),
        QCoreApplication::translate("suyuan-cli", "Pre-harvest safety interval in days."),
        QStringLiteral("DAYS"));
    const QCommandLineOption result(
        QStringLiteral("result"),
        QCoreApplication::translate("suyuan-cli",
                                    "A measured result: TYPE:VALUE[:UOM[:NAME[:LIMIT]]]; may be repeated."),
        QStringLiteral("RESULT"));
    const QCommandLineOption pass(
        QStringLiteral("pass"),
        QCoreApplication::translate("suyuan-cli", "The inspection passed (conformant)."));
    const QCommandLineOption failed(
        QStringLiteral("fail"),
        QCoreApplication::translate("suyuan-cli", "The inspection failed (non-conformant)."));
    const QCommandLineOption cert(
        QStringLiteral("cert"),
        QCoreApplication::translate("suyuan-cli", "A certificate URI; may be repeated."),
        QStringLiteral("URI"));
    const QCommandLineOption inspector(
        QStringLiteral("inspector"),
        QCoreApplication::translate("suyuan-cli", "Party key of the inspector or laboratory."),
        QStringLiteral("PARTY"));
    const QCommandLineOption note(
        QStringLiteral("note"), QCoreApplication::translate("suyuan-cli", "A note."), QStringLiteral("TEXT"));
    const QCommandLineOption attach(
        QStringLiteral("attach"),
        QCoreApplication::translate("suyuan-cli", "SHA-256 of a stored attachment; may be repeated."),
        QStringLiteral("SHA256"));
    const QCommandLineOption parent(
        QStringLiteral("parent"),
        QCoreApplication::translate("suyuan-cli", "The case or pallet: an SSCC or a code."),
        QStringLiteral("ID"));
    const QCommandLineOption quantity(
        QStringLiteral("quantity"),
        QCoreApplication::translate("suyuan-cli", "Quantity (default: all that is available)."),
        QStringLiteral("Q"));
    const QCommandLineOption hidden = privateFieldsOption();
    const QCommandLineOption reason(
        QStringLiteral("reason"), QCoreApplication::translate("suyuan-cli", "Why."), QStringLiteral("TEXT"));
    QString synopsis;
    if (what == QLatin1String("fieldwork")) {
        p.addOptions({location, batch, work, input, dose, doseUnit, interval, note, attach, time});
        synopsis =
            QStringLiteral("--location KEY --work KIND [--input TEXT --dose Q --dose-unit U] [options]");
    } else if (what == QLatin1String("inspect") || what == QLatin1String("labtest")) {
        p.addOptions({batch, location, result, pass, failed, cert, inspector, note, attach, time});
        synopsis =
            QStringLiteral("--batch ID … [--result TYPE:VALUE:UOM:NAME:LIMIT …] [--pass|--fail] [options]");
    } else if (what == QLatin1String("pack") || what == QLatin1String("unpack")) {
        p.addOptions({parent, batch, location, time});
        synopsis = QStringLiteral("--parent SSCC|CODE --batch ID[:QTY] … [--location KEY]");
    } else if (what == QLatin1String("destroy")) {
        p.addOptions({batch, quantity, reason, time});
        synopsis = QStringLiteral("--batch ID [--quantity Q] --reason TEXT");
    } else {
        p.addOptions({batch, quantity, location, hidden, time});
        synopsis = QStringLiteral("--batch ID [--quantity Q] [--location KEY]");
    }
    if (auto rc = parseCommand(
            p, QStringLiteral("event record ") + what, synopsis,
            QCoreApplication::translate(
                "suyuan-cli", "Record what happened to a batch; it is signed as a GS1 EPCIS 2.0 event."),
            args, m_out, m_err)) {
        return *rc;
    }
    // Each action defines only its own options; asking the parser about another one is a
    // programming error it complains about, so ask through these.
    const auto has = [&p](const QCommandLineOption& o) {
        return p.optionNames().contains(o.names().first());
    };
    const auto value = [&](const QCommandLineOption& o) {
        return has(o) ? p.values(o).constLast() : QString();
    };
    const auto values = [&](const QCommandLineOption& o) { return has(o) ? p.values(o) : QStringList(); };
    bool ok = false;
    const QDateTime when = parseTime(value(time), &ok);
    if (!ok) {
        return usage(QCoreApplication::translate(
            "suyuan-cli", "--time needs an ISO 8601 time such as 2026-02-10T09:30:00+08:00"));
    }
    double q = 0;
    if (has(quantity)) {
        q = value(quantity).toDouble(&ok);
        if (!ok || !(q > 0)) {
            return usage(QCoreApplication::translate("suyuan-cli", "--quantity needs a number above zero"));
        }
    }
    auto opened = openTrace();
    if (!opened) {
        return fail(opened.error());
    }
    TraceService& t = *opened->trace;
    Result<Record> rec = Error();
    if (what == QLatin1String("fieldwork") || what == QLatin1String("inspect") ||
        what == QLatin1String("labtest")) {
        TraceService::Observation o;
        o.kind = what == QLatin1String("fieldwork") ? TraceService::Observation::Kind::FieldWork
                 : what == QLatin1String("inspect") ? TraceService::Observation::Kind::Inspection
                                                    : TraceService::Observation::Kind::LabTest;
        o.batches = values(batch);
        o.locationKey = value(location);
        o.workType = value(work);
        o.input = value(input);
        if (has(dose)) {
            o.dose = value(dose).toDouble(&ok);
            if (!ok) {
                return usage(QCoreApplication::translate("suyuan-cli", "--dose needs a number"));
            }
        }
        o.doseUnit = value(doseUnit);
        if (has(interval)) {
            o.safetyIntervalDays = value(interval).toInt(&ok);
            if (!ok || o.safetyIntervalDays < 0) {
                return usage(QCoreApplication::translate("suyuan-cli", "--interval needs a number of days"));
            }
        }
        for (const QString& r : values(result)) {
            TraceService::Measurement m;
            if (!parseMeasurement(r, &m)) {
                return usage(QCoreApplication::translate(
                                 "suyuan-cli", "--result takes TYPE:VALUE[:UOM[:NAME[:LIMIT]]], not %1")
                                 .arg(r));
            }
            o.measurements.append(m);
        }
        if (has(pass) && has(failed)) {
            return usage(QCoreApplication::translate("suyuan-cli", "give --pass or --fail, not both"));
        }
        if (has(pass) || has(failed)) {
            o.passed = has(pass);
        }
        o.certifications = values(cert);
        o.inspector = value(inspector);
        o.note = value(note);
        o.attachments = values(attach);
        o.eventTime = when;
        rec = t.observe(o);
    } else if (what == QLatin1String("pack") || what == QLatin1String("unpack")) {
        QList<trace::Portion> children;
        for (const QString& b : values(batch)) {
            children.append(portionOf(b));
        }
        rec = what == QLatin1String("pack") ? t.pack(value(parent), children, value(location), when)
                                            : t.unpack(value(parent), children, value(location), when);
    } else {
        if (!has(batch)) {
            return usage(QCoreApplication::translate("suyuan-cli", "%1 needs --batch").arg(what));
        }
        QJsonObject privateFields;
        if (what == QLatin1String("sell") && has(hidden)) {
            const auto fields = jsonObjectOption(value(hidden));
            if (!fields) {
                return usage(QCoreApplication::translate("suyuan-cli", "--private must be a JSON object"));
            }
            privateFields = *fields;
        }
        rec = what == QLatin1String("destroy")
                  ? t.destroy(value(batch), q, value(reason), when)
                  : t.sell(value(batch), q, value(location), when, privateFields);
    }
    if (!rec) {
        return failOperation(rec.error());
    }
    m_out << QCoreApplication::translate("suyuan-cli", "Recorded %1: event %2 (record %3).")
                 .arg(what, rec->body().value(QStringLiteral("eventID")).toString(), rec->idHex().left(16))
          << '\n';
    return ExitOk;
}

int Cli::cmdEventCorrect(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption reason(
        QStringLiteral("reason"),
        QCoreApplication::translate("suyuan-cli", "incorrect_data (the default) or did_not_occur."),
        QStringLiteral("REASON"));
    const QCommandLineOption note(
        QStringLiteral("note"), QCoreApplication::translate("suyuan-cli", "A note."), QStringLiteral("TEXT"));
    const QCommandLineOption corrective(
        QStringLiteral("corrected-by"),
        QCoreApplication::translate("suyuan-cli", "eventID of the event that corrects it; may be repeated."),
        QStringLiteral("EVENT_ID"));
    p.addOptions({reason, note, corrective});
    if (auto rc = parseCommand(
            p, QStringLiteral("event correct"), QStringLiteral("EVENT_ID [--reason R] [--note T]"),
            QCoreApplication::translate("suyuan-cli",
                                        "Declare an event wrong (EPCIS error declaration). The event "
                                        "stays, marked withdrawn; its quantities are taken back. Then "
                                        "record the right one."),
            args, m_out, m_err, 1, 1)) {
        return *rc;
    }
    auto opened = openTrace();
    if (!opened) {
        return fail(opened.error());
    }
    const QString eventId = p.positionalArguments().first();
    auto rec = opened->trace->declareError(
        eventId, p.isSet(reason) ? p.value(reason) : QStringLiteral("incorrect_data"), p.value(note),
        p.values(corrective));
    if (!rec) {
        return failOperation(rec.error());
    }
    m_out << QCoreApplication::translate("suyuan-cli", "Event %1 is declared wrong (record %2).")
                 .arg(eventId, rec->idHex().left(16))
          << '\n';
    return ExitOk;
}

int Cli::cmdEventPrivate(const QStringList& args)
{
    QCommandLineParser p;
    if (auto rc = parseCommand(p, QStringLiteral("event private"), QStringLiteral("EVENT_ID"),
                               QCoreApplication::translate(
                                   "suyuan-cli", "Show the business-private fields of an event recorded "
                                                 "on this node, checked against the hash the event names."),
                               args, m_out, m_err, 1, 1)) {
        return *rc;
    }
    auto opened = openTrace();
    if (!opened) {
        return fail(opened.error());
    }
    auto fields = opened->trace->privateFields(p.positionalArguments().first());
    if (!fields) {
        return failOperation(fields.error());
    }
    if (!fields->has_value()) {
        m_out << QCoreApplication::translate("suyuan-cli", "This event has no private fields.") << '\n';
        return ExitOk;
    }
    m_out << QJsonDocument(fields->value()).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace suyuan::cli
