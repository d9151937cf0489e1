// suyuan-cli commands of the trace model: master data, batches, events, genealogy, recall.
#include "Cli.h"
#include "CliParse.h"

#include "crypto/Hash.h"
#include "crypto/NodeId.h"
#include "ledger/Profile.h"
#include "trace/Demo.h"
#include "trace/Epcis.h"
#include "trace/Gs1.h"
#include "trace/RecallReport.h"
#include "trace/TraceService.h"
#include "util/Files.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimeZone>

#include <unistd.h>

namespace suyuan::cli {

namespace {

using trace::TraceService;

QJsonObject toJson(const trace::BatchInfo& b)
{
    return QJsonObject{{QStringLiteral("id"), b.batch},
                       {QStringLiteral("product"), b.productKey},
                       {QStringLiteral("lot"), b.lot},
                       {QStringLiteral("unit"), b.unit},
                       {QStringLiteral("produced"), b.produced},
                       {QStringLiteral("consumed"), b.consumed},
                       {QStringLiteral("available"), b.available()},
                       {QStringLiteral("status"), b.status},
                       {QStringLiteral("holder"), b.holder},
                       {QStringLiteral("location"), b.location},
                       {QStringLiteral("origin"), b.originLocation},
                       {QStringLiteral("created"), formatRecordTime(b.createdMs)}};
}

QJsonObject toJson(const trace::EventInfo& e)
{
    return QJsonObject{{QStringLiteral("event_id"), e.eventId},
                       {QStringLiteral("type"), e.type},
                       {QStringLiteral("action"), e.action},
                       {QStringLiteral("biz_step"), e.bizStep},
                       {QStringLiteral("disposition"), e.disposition},
                       {QStringLiteral("time"), formatRecordTime(e.eventMs)},
                       {QStringLiteral("time_zone"), e.timeZone},
                       {QStringLiteral("role"), e.role},
                       {QStringLiteral("quantity"), e.quantity},
                       {QStringLiteral("unit"), e.unit},
                       {QStringLiteral("author"), crypto::nodeIdFromPublicKey(e.author)},
                       {QStringLiteral("withdrawn"), e.withdrawn}};
}

QJsonArray toJson(const QList<trace::GenealogyEdge>& edges)
{
    QJsonArray out;
    for (const trace::GenealogyEdge& e : edges) {
        out.append(QJsonObject{{QStringLiteral("parent"), e.parent},
                               {QStringLiteral("child"), e.child},
                               {QStringLiteral("quantity"), e.quantity},
                               {QStringLiteral("unit"), e.unit},
                               {QStringLiteral("depth"), e.depth}});
    }
    return out;
}

QString displayName(const QString& zh, const QString& en)
{
    if (zh.isEmpty()) {
        return en;
    }
    return en.isEmpty() ? zh : zh + QStringLiteral(" / ") + en;
}

} // namespace

int Cli::cmdMaster(const QString& kind, const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub != QLatin1String("add") && sub != QLatin1String("list") && sub != QLatin1String("show")) {
        if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            m_out << QCoreApplication::translate("suyuan-cli",
                                                 "Usage: suyuan-cli %1 add|list|show … (--help after "
                                                 "the subcommand for its options)\n")
                         .arg(kind);
            return ExitOk;
        }
        return usage(QCoreApplication::translate("suyuan-cli", "%1 needs add, list or show").arg(kind));
    }
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("suyuan-cli", "Print JSON."));
    const QCommandLineOption nameZh(QStringLiteral("name-zh"),
                                    QCoreApplication::translate("suyuan-cli", "Chinese name."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption nameEn(QStringLiteral("name-en"),
                                    QCoreApplication::translate("suyuan-cli", "English name."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption gtin(QStringLiteral("gtin"),
                                  QCoreApplication::translate("suyuan-cli", "GTIN (8, 12, 13 or 14 digits)."),
                                  QStringLiteral("GTIN"));
    const QCommandLineOption code(
        QStringLiteral("code"),
        QCoreApplication::translate("suyuan-cli", "Local product code, for products without a GTIN."),
        QStringLiteral("CODE"));
    const QCommandLineOption unit(
        QStringLiteral("unit"),
        QCoreApplication::translate("suyuan-cli", "Default unit (UN/ECE Rec 20: KGM, TNE, LTR, H87 …)."),
        QStringLiteral("UNIT"));
    const QCommandLineOption category(QStringLiteral("category"),
                                      QCoreApplication::translate("suyuan-cli", "Category."),
                                      QStringLiteral("TEXT"));
    const QCommandLineOption role(
        QStringLiteral("role"),
        QCoreApplication::translate("suyuan-cli",
                                    "Role: farm, cooperative, processor, logistics, retailer, importer."),
        QStringLiteral("ROLE"));
    const QCommandLineOption type(
        QStringLiteral("type"),
        QCoreApplication::translate("suyuan-cli", "Type: plot, warehouse, processing_site, port, store."),
        QStringLiteral("TYPE"));
    const QCommandLineOption gln(QStringLiteral("gln"),
                                 QCoreApplication::translate("suyuan-cli", "GLN (13 digits)."),
                                 QStringLiteral("GLN"));
    const QCommandLineOption entity(QStringLiteral("entity-code"),
                                    QCoreApplication::translate("suyuan-cli", "Entity code (主体码)."),
                                    QStringLiteral("CODE"));
    const QCommandLineOption address(QStringLiteral("address"),
                                     QCoreApplication::translate("suyuan-cli", "Address."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption party(
        QStringLiteral("party"),
        QCoreApplication::translate("suyuan-cli", "The party that runs this location."),
        QStringLiteral("KEY"));
    const QCommandLineOption lat(
        QStringLiteral("lat"), QCoreApplication::translate("suyuan-cli", "Latitude."), QStringLiteral("DEG"));
    const QCommandLineOption lon(QStringLiteral("lon"),
                                 QCoreApplication::translate("suyuan-cli", "Longitude."),
                                 QStringLiteral("DEG"));
    p.addOption(json);
    int positional = sub == QLatin1String("list") ? 0 : 1;
    if (sub == QLatin1String("add")) {
        p.addOptions({nameZh, nameEn});
        if (kind == QLatin1String("product")) {
            p.addOptions({gtin, code, unit, category});
            positional = 0;
        } else if (kind == QLatin1String("party")) {
            p.addOptions({role, gln, entity});
        } else {
            p.addOptions({type, gln, address, party, lat, lon});
        }
    }
    const QString synopsis =
        sub == QLatin1String("list")   ? QStringLiteral("[--json]")
        : sub == QLatin1String("show") ? QStringLiteral("KEY [--json]")
        : kind == QLatin1String("product")
            ? QStringLiteral("--name-zh TEXT --name-en TEXT (--gtin GTIN | --code CODE) [--unit UNIT]")
            : QStringLiteral("KEY --name-zh TEXT --name-en TEXT [options]");
    if (auto rc = parseCommand(p, kind + QLatin1Char(' ') + sub, synopsis,
                               QCoreApplication::translate("suyuan-cli",
                                                           "Master data: an edit is a new signed record; "
                                                           "the newest one is shown."),
                               args.mid(1), m_out, m_err, positional, positional)) {
        return *rc;
    }
    auto opened = openTrace();
    if (!opened) {
        return fail(opened.error());
    }
    TraceService& t = *opened->trace;
    if (sub == QLatin1String("add")) {
        Result<Record> rec = Error();
        if (kind == QLatin1String("product")) {
            trace::Product prod;
            prod.gtin = p.value(gtin);
            prod.code = p.value(code);
            prod.nameZh = p.value(nameZh);
            prod.nameEn = p.value(nameEn);
            prod.category = p.value(category);
            if (p.isSet(unit)) {
                prod.unit = p.value(unit);
            }
            rec = t.saveProduct(prod);
        } else if (kind == QLatin1String("party")) {
            trace::Party pa;
            pa.key = p.positionalArguments().first();
            pa.nameZh = p.value(nameZh);
            pa.nameEn = p.value(nameEn);
            pa.role = p.value(role);
            pa.gln = p.value(gln);
            pa.entityCode = p.value(entity);
            rec = t.saveParty(pa);
        } else {
            trace::Location l;
            l.key = p.positionalArguments().first();
            l.nameZh = p.value(nameZh);
            l.nameEn = p.value(nameEn);
            l.type = p.value(type);
            l.gln = p.value(gln);
            l.address = p.value(address);
            l.party = p.value(party);
            if (p.isSet(lat) && p.isSet(lon)) {
                l.lat = p.value(lat).toDouble();
                l.lon = p.value(lon).toDouble();
            }
            rec = t.saveLocation(l);
        }
        if (!rec) {
            return failOperation(rec.error());
        }
        m_out << QCoreApplication::translate("suyuan-cli", "Saved %1 (record %2).")
                     .arg(rec->body().value(QStringLiteral("id")).toString(), rec->idHex().left(16))
              << '\n';
        return ExitOk;
    }
    const QString key = p.positionalArguments().value(0);
    QJsonArray rows;
    if (kind == QLatin1String("product")) {
        auto all = t.products();
        if (!all) {
            return failOperation(all.error());
        }
        for (const trace::Product& x : all.value()) {
            if (key.isEmpty() || x.key == key || x.gtin == key || x.code == key) {
                rows.append(QJsonObject{{QStringLiteral("key"), x.key},
                                        {QStringLiteral("gtin"), x.gtin},
                                        {QStringLiteral("code"), x.code},
                                        {QStringLiteral("name_zh"), x.nameZh},
                                        {QStringLiteral("name_en"), x.nameEn},
                                        {QStringLiteral("unit"), x.unit},
                                        {QStringLiteral("category"), x.category}});
            }
        }
    } else if (kind == QLatin1String("party")) {
        auto all = t.parties();
        if (!all) {
            return failOperation(all.error());
        }
        for (const trace::Party& x : all.value()) {
            if (key.isEmpty() || x.key == key) {
                rows.append(QJsonObject{{QStringLiteral("key"), x.key},
                                        {QStringLiteral("name_zh"), x.nameZh},
                                        {QStringLiteral("name_en"), x.nameEn},
                                        {QStringLiteral("role"), x.role},
                                        {QStringLiteral("gln"), x.gln},
                                        {QStringLiteral("entity_code"), x.entityCode}});
            }
        }
    } else {
        auto all = t.locations();
        if (!all) {
            return failOperation(all.error());
        }
        for (const trace::Location& x : all.value()) {
            if (key.isEmpty() || x.key == key) {
                rows.append(QJsonObject{{QStringLiteral("key"), x.key},
                                        {QStringLiteral("name_zh"), x.nameZh},
                                        {QStringLiteral("name_en"), x.nameEn},
                                        {QStringLiteral("type"), x.type},
                                        {QStringLiteral("gln"), x.gln},
                                        {QStringLiteral("address"), x.address},
                                        {QStringLiteral("party"), x.party}});
            }
        }
    }
    if (!key.isEmpty() && rows.isEmpty()) {
        return failOperation(
            Error(ErrorCode::InvalidArgument,
                  QCoreApplication::translate("suyuan-cli", "There is no %1 \"%2\".").arg(kind, key)));
    }
    if (p.isSet(json)) {
        m_out << QJsonDocument(key.isEmpty() ? QJsonDocument(rows) : QJsonDocument(rows.first().toObject()))
                     .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const QJsonValue& v : rows) {
        const QJsonObject o = v.toObject();
        m_out << o.value(QStringLiteral("key")).toString() << "  "
              << displayName(o.value(QStringLiteral("name_zh")).toString(),
                             o.value(QStringLiteral("name_en")).toString());
        for (const char* extra : {"unit", "role", "type", "gln", "entity_code"}) {
            const QString value = o.value(QLatin1String(extra)).toString();
            if (!value.isEmpty()) {
                m_out << "  " << extra << '=' << value;
            }
        }
        m_out << '\n';
    }
    return ExitOk;
}

int Cli::cmdBatch(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub != QLatin1String("list") && sub != QLatin1String("show")) {
        if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            m_out << QCoreApplication::translate("suyuan-cli",
                                                 "Usage: suyuan-cli batch list [--json] [--limit N]\n"
                                                 "       suyuan-cli batch show ID [--json]\n"
                                                 "ID: a lot code, a GS1 Digital Link or an LGTIN URN.\n");
            return ExitOk;
        }
        return usage(QCoreApplication::translate("suyuan-cli", "batch needs list or show"));
    }
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("suyuan-cli", "Print JSON."));
    const QCommandLineOption limit(
        QStringLiteral("limit"),
        QCoreApplication::translate("suyuan-cli", "Show at most N batches (default 100)."),
        QStringLiteral("N"));
    const QCommandLineOption product(QStringLiteral("product"),
                                     QCoreApplication::translate("suyuan-cli", "Only this product."),
                                     QStringLiteral("KEY"));
    const QCommandLineOption status(
        QStringLiteral("status"),
        QCoreApplication::translate("suyuan-cli", "Only this status (active, in_transit, recalled …)."),
        QStringLiteral("STATUS"));
    const QCommandLineOption location(
        QStringLiteral("location"),
        QCoreApplication::translate("suyuan-cli", "Only batches at this location."), QStringLiteral("KEY"));
    const QCommandLineOption holder(
        QStringLiteral("holder"),
        QCoreApplication::translate("suyuan-cli", "Only batches held by this party."), QStringLiteral("KEY"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QCoreApplication::translate("suyuan-cli", "Created on or after this date."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                QCoreApplication::translate("suyuan-cli", "Created before this date."),
                                QStringLiteral("DATE"));
    const QCommandLineOption search(
        QStringLiteral("search"),
        QCoreApplication::translate("suyuan-cli", "Text in the lot, identifier or product name."),
        QStringLiteral("TEXT"));
    p.addOption(json);
    if (sub == QLatin1String("list")) {
        p.addOptions({limit, product, status, location, holder, from, to, search});
    }
    const int positional = sub == QLatin1String("show") ? 1 : 0;
    if (auto rc = parseCommand(
            p, QStringLiteral("batch ") + sub,
            positional ? QStringLiteral("ID [--json]")
                       : QStringLiteral("[--json] [--limit N] [--product KEY] [--status S] [--location KEY] "
                                        "[--holder KEY] [--from DATE] [--to DATE] [--search TEXT]"),
            QCoreApplication::translate("suyuan-cli", "Batches (lots): quantity, holder, status and "
                                                      "events."),
            args.mid(1), m_out, m_err, positional, positional)) {
        return *rc;
    }
    auto opened = openTrace();
    if (!opened) {
        return fail(opened.error());
    }
    TraceService& t = *opened->trace;
    if (sub == QLatin1String("list")) {
        trace::BatchFilter filter;
        filter.productKey = p.value(product);
        filter.status = p.value(status);
        filter.location = p.value(location);
        filter.holder = p.value(holder);
        filter.text = p.value(search);
        for (const auto& [option, target] :
             {std::pair{&from, &filter.createdFromMs}, std::pair{&to, &filter.createdToMs}}) {
            if (!p.isSet(*option)) {
                continue;
            }
            QDateTime when = QDateTime::fromString(p.value(*option), Qt::ISODateWithMs);
            if (!when.isValid()) {
                const QDate day = QDate::fromString(p.value(*option), Qt::ISODate);
                when = day.isValid() ? QDateTime(day, QTime(0, 0), QTimeZone(8 * 3600)) : QDateTime();
            }
            if (!when.isValid()) {
                return usage(QCoreApplication::translate(
                    "suyuan-cli", "--from and --to take a date (2026-02-01) or an ISO 8601 time"));
            }
            *target = when.toMSecsSinceEpoch();
        }
        auto rows = t.batches(filter, p.isSet(limit) ? p.value(limit).toInt() : 100);
        if (!rows) {
            return failOperation(rows.error());
        }
        QJsonArray arr;
        for (const trace::BatchInfo& b : rows.value()) {
            if (p.isSet(json)) {
                arr.append(toJson(b));
            } else {
                m_out << b.lot.leftJustified(20) << "  " << b.productKey.leftJustified(16) << "  "
                      << QLocale().toString(b.available()) << ' ' << b.unit << "  " << b.status << '\n';
            }
        }
        if (p.isSet(json)) {
            m_out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        }
        return ExitOk;
    }
    auto id = t.resolveBatch(p.positionalArguments().first());
    if (!id) {
        return failOperation(id.error());
    }
    auto info = t.batch(id.value());
    auto events = t.events(id.value());
    if (!info || !events) {
        return failOperation(!info ? info.error() : events.error());
    }
    const trace::BatchInfo& b = info->value();
    if (p.isSet(json)) {
        QJsonObject obj = toJson(b);
        QJsonArray evs;
        for (const trace::EventInfo& e : events.value()) {
            evs.append(toJson(e));
        }
        obj.insert(QStringLiteral("events"), evs);
        m_out << QJsonDocument(obj).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    m_out << QCoreApplication::translate("suyuan-cli", "Batch: %1").arg(b.batch) << '\n'
          << QCoreApplication::translate("suyuan-cli", "Product: %1, lot %2").arg(b.productKey, b.lot) << '\n'
          << QCoreApplication::translate("suyuan-cli", "Available: %1 %2 (produced %3, used %4)")
                 .arg(QLocale().toString(b.available()), b.unit, QLocale().toString(b.produced),
                      QLocale().toString(b.consumed))
          << '\n'
          << QCoreApplication::translate("suyuan-cli", "Status: %1; holder: %2; location: %3")
                 .arg(b.status, b.holder, b.location)
          << '\n';
    for (const trace::EventInfo& e : events.value()) {
        m_out << "  " << localTime(e.eventMs) << "  " << e.type << ' ' << e.bizStep << "  " << e.role << ' '
              << QLocale().toString(e.quantity) << ' ' << e.unit << "  "
              << crypto::nodeIdFromPublicKey(e.author).left(9)
              << (e.withdrawn ? QCoreApplication::translate("suyuan-cli", "  (withdrawn)") : QString())
              << '\n';
    }
    return ExitOk;
}

int Cli::cmdEvent(const QStringList& args)
{
    const QString what = args.value(1);
    if (args.value(0) == QLatin1String("correct")) {
        return cmdEventCorrect(args.mid(1));
    }
    if (args.value(0) == QLatin1String("private")) {
        return cmdEventPrivate(args.mid(1));
    }
    if (args.value(0) == QLatin1String("record") && isMoreEventAction(what)) {
        return cmdEventMore(what, args.mid(2));
    }
    static const QStringList kActions = {QStringLiteral("harvest"), QStringLiteral("process"),
                                         QStringLiteral("ship"), QStringLiteral("receive"),
                                         QStringLiteral("recall")};
    if (args.value(0) != QLatin1String("record") || !kActions.contains(what)) {
        if (args.value(0) == QLatin1String("--help") || args.value(0) == QLatin1String("-h")) {
            m_out << QCoreApplication::translate(
                "suyuan-cli",
                "Usage: suyuan-cli event record harvest --product KEY --lot LOT --quantity Q [--unit U] "
                "[--location KEY] [--time ISO] [--ilmd JSON]\n"
                "       suyuan-cli event record process --input ID:QTY … --output PRODUCT:LOT:QTY … [--step "
                "STEP] "
                "[--location KEY]\n"
                "       suyuan-cli event record ship --batch ID --to PARTY [--to-location KEY] [--po N] "
                "[--despatch N] [--bol N] [--transport MODE] [--carrier NAME] [--vehicle ID] [--cold-chain]\n"
                "       suyuan-cli event record receive --batch ID --location KEY [--from PARTY] [--receipt "
                "N]\n"
                "       suyuan-cli event record recall --batch ID --reason TEXT\n"
                "       suyuan-cli event record fieldwork --location KEY --work KIND [--input TEXT --dose Q "
                "--dose-unit U]\n"
                "       suyuan-cli event record inspect|labtest --batch ID [--result "
                "TYPE:VALUE:UOM:NAME:LIMIT] "
                "[--pass|--fail]\n"
                "       suyuan-cli event record pack|unpack --parent SSCC|CODE --batch ID[:QTY] …\n"
                "       suyuan-cli event record destroy --batch ID [--quantity Q] --reason TEXT\n"
                "       suyuan-cli event record sell --batch ID [--quantity Q] [--location KEY]\n"
                "       suyuan-cli event correct EVENT_ID [--reason incorrect_data|did_not_occur] [--note "
                "TEXT]\n"
                "       suyuan-cli event private EVENT_ID\n"
                "(suyuan-cli event record ACTION --help lists the options of each action.)\n");
            return ExitOk;
        }
        return usage(QCoreApplication::translate(
            "suyuan-cli", "event needs: record harvest|process|ship|receive|recall|fieldwork|inspect|labtest|"
                          "pack|unpack|destroy|sell, correct EVENT_ID or private EVENT_ID"));
    }
    QCommandLineParser p;
    const QCommandLineOption product(QStringLiteral("product"),
                                     QCoreApplication::translate("suyuan-cli", "Product key."),
                                     QStringLiteral("KEY"));
    const QCommandLineOption lot(QStringLiteral("lot"),
                                 QCoreApplication::translate("suyuan-cli", "Lot code (GS1 AI 10)."),
                                 QStringLiteral("LOT"));
    const QCommandLineOption quantity(QStringLiteral("quantity"),
                                      QCoreApplication::translate("suyuan-cli", "Quantity."),
                                      QStringLiteral("Q"));
    const QCommandLineOption unit(QStringLiteral("unit"),
                                  QCoreApplication::translate("suyuan-cli", "Unit (default: the product's)."),
                                  QStringLiteral("UNIT"));
    const QCommandLineOption location(QStringLiteral("location"),
                                      QCoreApplication::translate("suyuan-cli", "Location key."),
                                      QStringLiteral("KEY"));
    const QCommandLineOption time(
        QStringLiteral("time"),
        QCoreApplication::translate("suyuan-cli", "Event time, ISO 8601 with offset (default: now)."),
        QStringLiteral("ISO"));
    const QCommandLineOption ilmd(
        QStringLiteral("ilmd"),
        QCoreApplication::translate(
            "suyuan-cli",
            "Harvest data as a JSON object with prefixed keys (cbvmda:harvestStartDate, suyuan:variety …)."),
        QStringLiteral("JSON"));
    const QCommandLineOption input(QStringLiteral("input"),
                                   QCoreApplication::translate("suyuan-cli", "An input batch and quantity."),
                                   QStringLiteral("ID:QTY"));
    const QCommandLineOption output(
        QStringLiteral("output"),
        QCoreApplication::translate("suyuan-cli", "An output batch: product, lot and quantity."),
        QStringLiteral("PRODUCT:LOT:QTY"));
    const QCommandLineOption step(
        QStringLiteral("step"),
        QCoreApplication::translate("suyuan-cli", "CBV business step (default commissioning)."),
        QStringLiteral("STEP"));
    const QCommandLineOption batch(QStringLiteral("batch"),
                                   QCoreApplication::translate("suyuan-cli", "The batch."),
                                   QStringLiteral("ID"));
    const QCommandLineOption to(QStringLiteral("to"),
                                QCoreApplication::translate("suyuan-cli", "Destination party key."),
                                QStringLiteral("PARTY"));
    const QCommandLineOption toLocation(
        QStringLiteral("to-location"), QCoreApplication::translate("suyuan-cli", "Destination location key."),
        QStringLiteral("KEY"));
    const QCommandLineOption po(QStringLiteral("po"),
                                QCoreApplication::translate("suyuan-cli", "Purchase order number."),
                                QStringLiteral("N"));
    const QCommandLineOption despatch(QStringLiteral("despatch"),
                                      QCoreApplication::translate("suyuan-cli", "Despatch advice number."),
                                      QStringLiteral("N"));
    const QCommandLineOption bol(QStringLiteral("bol"),
                                 QCoreApplication::translate("suyuan-cli", "Bill of lading number."),
                                 QStringLiteral("N"));
    const QCommandLineOption transportMode(
        QStringLiteral("transport"),
        QCoreApplication::translate("suyuan-cli", "How the goods travel: road, rail, water, air or express."),
        QStringLiteral("MODE"));
    const QCommandLineOption carrier(QStringLiteral("carrier"),
                                     QCoreApplication::translate("suyuan-cli", "The haulier's name."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption vehicle(
        QStringLiteral("vehicle"),
        QCoreApplication::translate("suyuan-cli", "Vehicle plate, wagon, vessel or flight."),
        QStringLiteral("ID"));
    const QCommandLineOption coldChain(QStringLiteral("cold-chain"),
                                       QCoreApplication::translate("suyuan-cli", "Shipped refrigerated."));
    const QCommandLineOption reason(
        QStringLiteral("reason"), QCoreApplication::translate("suyuan-cli", "Why."), QStringLiteral("TEXT"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QCoreApplication::translate("suyuan-cli", "The party that sent the goods."),
                                  QStringLiteral("PARTY"));
    const QCommandLineOption hidden = privateFieldsOption();
    const QCommandLineOption receipt(QStringLiteral("receipt"),
                                     QCoreApplication::translate("suyuan-cli", "Receiving advice number."),
                                     QStringLiteral("N"));
    if (what == QLatin1String("harvest")) {
        p.addOptions({product, lot, quantity, unit, location, time, ilmd});
    } else if (what == QLatin1String("process")) {
        p.addOptions({input, output, step, location, time});
    } else if (what == QLatin1String("ship")) {
        p.addOptions({batch, to, toLocation, po, despatch, bol, transportMode, carrier, vehicle, coldChain,
                      hidden, time});
    } else if (what == QLatin1String("receive")) {
        p.addOptions({batch, location, from, receipt, despatch, hidden, time});
    } else {
        p.addOptions({batch, reason, time});
    }
    if (auto rc = parseCommand(p, QStringLiteral("event record ") + what, QStringLiteral("[options]"),
                               QCoreApplication::translate("suyuan-cli",
                                                           "Record what happened to a batch; it is signed "
                                                           "as a GS1 EPCIS 2.0 event."),
                               args.mid(2), m_out, m_err)) {
        return *rc;
    }
    bool timeOk = false;
    const QDateTime when = parseTime(p.value(time), &timeOk);
    if (!timeOk) {
        return usage(QCoreApplication::translate("suyuan-cli", "--time needs an ISO 8601 time such as "
                                                               "2026-02-10T09:30:00+08:00"));
    }
    auto opened = openTrace();
    if (!opened) {
        return fail(opened.error());
    }
    TraceService& t = *opened->trace;
    const auto resolve = [&t](const QString& id) { return t.resolveBatch(id); };
    if (what == QLatin1String("harvest")) {
        TraceService::Harvest h;
        bool ok = false;
        h.batch = {p.value(product), p.value(lot), p.value(quantity).toDouble(&ok), p.value(unit)};
        if (!ok || !p.isSet(product) || !p.isSet(lot)) {
            return usage(QCoreApplication::translate(
                "suyuan-cli", "harvest needs --product, --lot and a numeric --quantity"));
        }
        h.locationKey = p.value(location);
        h.eventTime = when;
        if (p.isSet(ilmd)) {
            const auto harvestData = jsonObjectOption(p.value(ilmd));
            if (!harvestData) {
                return usage(QCoreApplication::translate("suyuan-cli", "--ilmd must be a JSON object"));
            }
            h.ilmd = *harvestData;
        }
        auto id = t.harvest(h);
        if (!id) {
            return failOperation(id.error());
        }
        m_out << QCoreApplication::translate("suyuan-cli", "Recorded harvest: batch %1").arg(id.value())
              << '\n';
        return ExitOk;
    }
    if (what == QLatin1String("process")) {
        TraceService::Transform tr;
        if (p.isSet(step)) {
            tr.bizStep = p.value(step);
        }
        tr.locationKey = p.value(location);
        tr.eventTime = when;
        for (const QString& in : p.values(input)) {
            trace::Portion portion;
            if (!parsePortion(in, &portion)) {
                return usage(
                    QCoreApplication::translate("suyuan-cli", "--input takes ID:QTY, not %1").arg(in));
            }
            auto id = resolve(portion.batch);
            if (!id) {
                return failOperation(id.error());
            }
            portion.batch = id.value();
            tr.inputs.append(portion);
        }
        for (const QString& out : p.values(output)) {
            const QStringList parts = out.split(QLatin1Char(':'));
            bool ok = false;
            const double q = parts.value(parts.size() - 1).toDouble(&ok);
            if (parts.size() < 3 || !ok) {
                return usage(
                    QCoreApplication::translate("suyuan-cli", "--output takes PRODUCT:LOT:QTY, not %1")
                        .arg(out));
            }
            // A product key may itself contain ':' (code:QCT); the lot is the part before the quantity.
            tr.outputs.append(
                {parts.mid(0, parts.size() - 2).join(QLatin1Char(':')), parts.at(parts.size() - 2), q, {}});
        }
        auto ids = t.transform(tr);
        if (!ids) {
            return failOperation(ids.error());
        }
        m_out << QCoreApplication::translate("suyuan-cli", "Recorded processing: %1")
                     .arg(ids->join(QStringLiteral(", ")))
              << '\n';
        return ExitOk;
    }
    auto id = resolve(p.value(batch));
    if (!id) {
        return failOperation(id.error());
    }
    Result<Record> rec = Error();
    QList<QPair<QString, QString>> docs;
    for (const auto& [option, type] : {std::pair{&po, "po"}, std::pair{&despatch, "desadv"},
                                       std::pair{&bol, "bol"}, std::pair{&receipt, "recadv"}}) {
        if (p.optionNames().contains(option->names().first())) { // set, and defined for this action
            docs.append({QLatin1String(type),
                         QStringLiteral("urn:suyuan:%1:").arg(QLatin1String(type)) + p.value(*option)});
        }
    }
    QJsonObject privateFields;
    if (p.optionNames().contains(hidden.names().first())) {
        const auto fields = jsonObjectOption(p.value(hidden));
        if (!fields) {
            return usage(QCoreApplication::translate("suyuan-cli", "--private must be a JSON object"));
        }
        privateFields = *fields;
    }
    if (what == QLatin1String("ship")) {
        trace::Transport transport;
        transport.mode = p.value(transportMode);
        transport.carrier = p.value(carrier);
        transport.vehicle = p.value(vehicle);
        transport.coldChain = p.isSet(coldChain);
        rec = t.ship(id.value(), p.value(to), p.value(toLocation), docs, when, privateFields, transport);
    } else if (what == QLatin1String("receive")) {
        rec = t.receive(id.value(), p.value(location), when, p.value(from), docs, privateFields);
    } else {
        rec = t.recall(id.value(), p.value(reason), when);
    }
    if (!rec) {
        return failOperation(rec.error());
    }
    m_out << QCoreApplication::translate("suyuan-cli", "Recorded %1 of %2 (record %3).")
                 .arg(what, id.value(), rec->idHex().left(16))
          << '\n';
    return ExitOk;
}

int Cli::cmdTrace(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption up(
        QStringLiteral("up"),
        QCoreApplication::translate("suyuan-cli", "Upstream: everything that went into the batch."));
    const QCommandLineOption down(
        QStringLiteral("down"),
        QCoreApplication::translate("suyuan-cli", "Downstream: everywhere the batch went."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("suyuan-cli", "Print JSON."));
    p.addOptions({up, down, json});
    if (auto rc = parseCommand(p, QStringLiteral("trace"), QStringLiteral("--up|--down ID [--json]"),
                               QCoreApplication::translate("suyuan-cli",
                                                           "Genealogy of a batch through any number of "
                                                           "processing and packing steps."),
                               args, m_out, m_err, 1, 1)) {
        return *rc;
    }
    if (p.isSet(up) == p.isSet(down)) {
        return usage(QCoreApplication::translate("suyuan-cli", "trace needs exactly one of --up and --down"));
    }
    auto opened = openTrace();
    if (!opened) {
        return fail(opened.error());
    }
    TraceService& t = *opened->trace;
    auto id = t.resolveBatch(p.positionalArguments().first());
    if (!id) {
        return failOperation(id.error());
    }
    auto edges = p.isSet(up) ? t.upstream(id.value()) : t.downstream(id.value());
    if (!edges) {
        return failOperation(edges.error());
    }
    if (p.isSet(json)) {
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("batch"), id.value()},
                                           {QStringLiteral("direction"),
                                            p.isSet(up) ? QStringLiteral("up") : QStringLiteral("down")},
                                           {QStringLiteral("edges"), toJson(edges.value())}})
                     .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    m_out << id.value() << '\n';
    for (const trace::GenealogyEdge& e : edges.value()) {
        m_out << QString(e.depth * 2, QLatin1Char(' ')) << (p.isSet(up) ? e.parent : e.child) << "  "
              << QLocale().toString(e.quantity) << ' ' << e.unit << '\n';
    }
    return ExitOk;
}

int Cli::cmdRecall(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 QCoreApplication::translate("suyuan-cli", "Write the impact as CSV."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption pdf(QStringLiteral("pdf"),
                                 QCoreApplication::translate("suyuan-cli", "Write a printable PDF report."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("suyuan-cli", "Print JSON."));
    p.addOptions({csv, pdf, json});
    if (auto rc = parseCommand(
            p, QStringLiteral("recall"), QStringLiteral("ID [--csv FILE] [--pdf FILE] [--json]"),
            QCoreApplication::translate("suyuan-cli", "Recall impact: every batch downstream of ID "
                                                      "with its holder, location and quantity. "
                                                      "(Recording the recall itself: event record "
                                                      "recall.)"),
            args, m_out, m_err, 1, 1)) {
        return *rc;
    }
    auto opened = openTrace();
    if (!opened) {
        return fail(opened.error());
    }
    TraceService& t = *opened->trace;
    auto id = t.resolveBatch(p.positionalArguments().first());
    if (!id) {
        return failOperation(id.error());
    }
    auto impact = trace::recallImpact(t, id.value());
    if (!impact) {
        return failOperation(impact.error());
    }
    const QList<trace::BatchInfo>& rows = impact->affected;
    if (p.isSet(csv)) {
        if (auto st = writeFileAtomically(p.value(csv), trace::recallCsv(impact.value())); !st) {
            return failOperation(st.error());
        }
    }
    if (p.isSet(pdf)) {
        if (auto st = trace::writeRecallPdf(t, impact.value(), p.value(pdf)); !st) {
            return failOperation(st.error());
        }
    }
    if (p.isSet(json)) {
        QJsonArray arr;
        for (const trace::BatchInfo& b : rows) {
            arr.append(toJson(b));
        }
        m_out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    m_out << QCoreApplication::translate("suyuan-cli", "%1 batches affected:").arg(rows.size()) << '\n';
    for (const trace::BatchInfo& b : rows) {
        m_out << "  " << b.lot.leftJustified(20) << "  " << b.status.leftJustified(10) << "  "
              << QLocale().toString(b.available()) << ' ' << b.unit << "  " << b.holder << "  " << b.location
              << '\n';
    }
    return ExitOk;
}

int Cli::cmdEpcis(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub != QLatin1String("export") && sub != QLatin1String("import")) {
        if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            m_out << QCoreApplication::translate(
                "suyuan-cli", "Usage: suyuan-cli epcis export [--batch ID] [--from DATE --to DATE] FILE\n"
                              "       suyuan-cli epcis import FILE\n");
            return ExitOk;
        }
        return usage(QCoreApplication::translate("suyuan-cli", "epcis needs export or import"));
    }
    const bool isExport = sub == QLatin1String("export");
    QCommandLineParser p;
    const QCommandLineOption batch(
        QStringLiteral("batch"),
        QCoreApplication::translate("suyuan-cli", "Only the genealogy of this batch."), QStringLiteral("ID"));
    const QCommandLineOption from(
        QStringLiteral("from"),
        QCoreApplication::translate("suyuan-cli", "Events from this date or time on (ISO 8601)."),
        QStringLiteral("DATE"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        QCoreApplication::translate("suyuan-cli", "Events before this date or time (ISO 8601)."),
        QStringLiteral("DATE"));
    if (isExport) {
        p.addOptions({batch, from, to});
    }
    if (auto rc = parseCommand(
            p, QStringLiteral("epcis ") + sub,
            isExport ? QStringLiteral("[--batch ID] [--from DATE --to DATE] FILE") : QStringLiteral("FILE"),
            isExport ? QCoreApplication::translate("suyuan-cli",
                                                   "Write events as a GS1 EPCIS 2.0 document (JSON-LD).")
                     : QCoreApplication::translate("suyuan-cli",
                                                   "Import a GS1 EPCIS 2.0 document: every event is "
                                                   "checked first, then all are signed by this node in one "
                                                   "transaction; nothing is stored if any is invalid."),
            args.mid(1), m_out, m_err, 1, 1)) {
        return *rc;
    }
    const auto parseDate = [](const QString& text) {
        QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid()) {
            const QDate d = QDate::fromString(text, Qt::ISODate);
            if (d.isValid()) {
                t = QDateTime(d, QTime(0, 0), QTimeZone(8 * 3600)); // a bare date: midnight in Chongqing
            }
        }
        return t;
    };
    trace::EpcisSelection selection;
    if (isExport && p.isSet(batch) && (p.isSet(from) || p.isSet(to))) {
        return usage(
            QCoreApplication::translate("suyuan-cli", "Give either --batch or --from/--to, not both."));
    }
    if (isExport && (p.isSet(from) || p.isSet(to))) {
        const QDateTime f = parseDate(p.value(from));
        const QDateTime t = parseDate(p.value(to));
        if ((p.isSet(from) && !f.isValid()) || (p.isSet(to) && !t.isValid())) {
            return usage(QCoreApplication::translate(
                "suyuan-cli", "--from and --to take a date (2026-02-01) or an ISO 8601 time"));
        }
        selection = trace::EpcisSelection::timeRange(f, t);
    } else if (isExport && p.isSet(batch)) {
        selection = trace::EpcisSelection::genealogy(p.value(batch));
    }
    auto opened = openTrace();
    if (!opened) {
        return fail(opened.error());
    }
    TraceService& t = *opened->trace;
    const QString file = p.positionalArguments().first();
    // Progress on a terminal, for long files.
    const bool tty = isatty(STDERR_FILENO);
    bool shown = false;
    const auto progress = [&](const char* text) {
        return [&, text](qint64 done, qint64 total) {
            if (tty && total >= 10000) {
                m_err << '\r' << QCoreApplication::translate("suyuan-cli", text).arg(done).arg(total);
                m_err.flush();
                shown = true;
            }
            return true;
        };
    };
    if (isExport) {
        // Streamed: the document is never held in memory, whatever the ledger's size.
        auto written = trace::writeEpcisExport(
            t, selection, file, progress(QT_TRANSLATE_NOOP("suyuan-cli", "Exporting… %1 / %2")));
        if (shown) {
            m_err << '\n';
        }
        if (!written) {
            return failOperation(written.error());
        }
        m_out << QCoreApplication::translate("suyuan-cli", "Wrote %1 events to %2")
                     .arg(written->events)
                     .arg(file)
              << '\n';
        return ExitOk;
    }
    auto summary = trace::importEpcisFile(
        t, file, progress(QT_TRANSLATE_NOOP("suyuan-cli", "Checking events… %1 / %2")));
    if (shown) {
        m_err << '\n';
    }
    if (!summary) {
        return failOperation(summary.error());
    }
    m_out << QStringLiteral("imported: %1").arg(summary->imported) << '\n'
          << QStringLiteral("duplicates: %1").arg(summary->duplicates) << '\n';
    for (auto it = summary->byType.cbegin(); it != summary->byType.cend(); ++it) {
        m_out << "  " << it.key() << ": " << it.value() << '\n';
    }
    return ExitOk;
}

int Cli::cmdDemo(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption scale(
        QStringLiteral("scale"),
        QCoreApplication::translate("suyuan-cli", "Add N generated events after the scenario."),
        QStringLiteral("N"));
    const QCommandLineOption name(
        QStringLiteral("name"),
        QCoreApplication::translate("suyuan-cli", "Organisation name of the new profile."),
        QStringLiteral("ORG"));
    const QCommandLineOption ifMissing(
        QStringLiteral("if-missing"),
        QCoreApplication::translate("suyuan-cli",
                                    "Do nothing (and succeed) when the profile exists already."));
    p.addOptions({scale, name, ifMissing});
    if (auto rc = parseCommand(
            p, QStringLiteral("demo"), QStringLiteral("[--scale N] [--name ORG] [--if-missing]"),
            QCoreApplication::translate(
                "suyuan-cli", "Create a profile filled with the demo scenario as real signed records: "
                              "Fengjie navel oranges shipped to Singapore, Fuling zhacai, Jiangjin "
                              "Sichuan pepper."),
            args, m_out, m_err)) {
        return *rc;
    }
    bool ok = true;
    const qint64 n = p.isSet(scale) ? p.value(scale).toLongLong(&ok) : 0;
    if (!ok || n < 0) {
        return usage(QCoreApplication::translate("suyuan-cli", "--scale needs a whole number"));
    }
    if (p.isSet(ifMissing) && Profile::exists(m_profile)) {
        m_out << QCoreApplication::translate("suyuan-cli",
                                             "A profile exists in %1; the demo was not created.")
                     .arg(m_profile)
              << '\n';
        return ExitOk;
    }
    std::unique_ptr<Ledger> ledger;
    if (Profile::exists(m_profile)) {
        auto opened = unlock();
        if (!opened) {
            return fail(opened.error());
        }
        ledger = std::move(opened.value());
        if (ledger->recordCount().value() > 0) {
            return failOperation(
                Error(ErrorCode::InvalidArgument,
                      QCoreApplication::translate("suyuan-cli", "The profile in %1 already holds records; "
                                                                "the demo goes into a new profile.")
                          .arg(m_profile)));
        }
    } else {
        auto pass = readPassphrase(
            m_passphrase, QCoreApplication::translate("suyuan-cli", "New passphrase for %1: ").arg(m_profile),
            true);
        if (!pass) {
            return fail(pass.error());
        }
        auto created = Profile::create(
            m_profile, pass.value(), p.isSet(name) ? p.value(name) : QStringLiteral("溯源演示 Suyuan demo"));
        crypto::wipe(pass.value());
        if (!created) {
            return fail(created.error());
        }
        ledger = std::move(created.value());
    }
    auto opened = TraceService::open(*ledger);
    if (!opened) {
        return fail(opened.error());
    }
    trace::DemoOptions options;
    options.scale = n;
    const bool tty = isatty(STDERR_FILENO);
    auto summary = trace::fillDemoLedger(*opened.value(), options, [&](qint64 done, qint64 total) {
        if (tty) {
            m_err << '\r'
                  << QCoreApplication::translate("suyuan-cli", "Generating… %1 / %2").arg(done).arg(total);
            m_err.flush();
        }
        return true;
    });
    if (tty && n > 0) {
        m_err << '\n';
    }
    if (!summary) {
        return failOperation(summary.error());
    }
    m_out << QCoreApplication::translate("suyuan-cli",
                                         "Demo ledger in %1: %2 products, %3 parties, %4 locations, %5 "
                                         "batches, %6 events (%7 generated) in %8 s.")
                 .arg(m_profile)
                 .arg(summary->products)
                 .arg(summary->parties)
                 .arg(summary->locations)
                 .arg(summary->batches)
                 .arg(summary->events)
                 .arg(summary->generatedEvents)
                 .arg(static_cast<double>(summary->elapsedMs) / 1000.0, 0, 'f', 1)
          << '\n';
    return ExitOk;
}

} // namespace suyuan::cli
