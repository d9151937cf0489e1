#pragma once

#include "TraceProjector.h"
#include "ledger/Ledger.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace suyuan::trace {

struct Product
{
    QString key; // GTIN-14 when there is one, else "code:<local code>"
    QString gtin;
    QString code;
    QString nameZh;
    QString nameEn;
    QString category;
    QString unit = QStringLiteral("KGM");
};

struct Party
{
    QString key;
    QString nameZh;
    QString nameEn;
    QString role; // farm, cooperative, processor, logistics, retailer, importer
    QString gln;
    QString entityCode; // 主体码
    QJsonObject contact;
};

struct Location
{
    QString key;
    QString nameZh;
    QString nameEn;
    QString type; // plot, warehouse, processing_site, port, store
    QString gln;
    QString address;
    QString party;
    std::optional<double> lat;
    std::optional<double> lon;
};

struct Portion
{
    QString batch; // batch id (Digital Link / local URN)
    double quantity = 0;
    QString unit;
};

struct NewBatch
{
    QString productKey;
    QString lot;
    double quantity = 0;
    QString unit; // empty: the product's default unit
};

struct BatchInfo
{
    QString batch;
    QString productKey;
    QString lot;
    QString unit;
    double produced = 0;
    double consumed = 0;
    double available() const
    {
        return status == QLatin1String("destroyed") || status == QLatin1String("sold") ? 0
                                                                                       : produced - consumed;
    }
    QString status;
    QString holder;
    QString location;
    QString originLocation;
    qint64 createdMs = 0;
};

// Filters of the batch list; empty fields do not filter.
struct BatchFilter
{
    QString productKey;
    QString status;            // active, in_transit, recalled, destroyed, sold
    QString location;          // location key or URI
    QString holder;            // party key or URI, or urn:suyuan:node:…
    qint64 createdFromMs = -1; // created at or after
    qint64 createdToMs = -1;   // created before
    QString text;              // part of the lot, the batch id or the product's name
};

struct EventInfo
{
    qint64 rid = 0;
    QString eventId;
    QString type;
    QString action;
    QString bizStep;
    QString disposition;
    qint64 eventMs = 0;
    QString timeZone;
    QString role; // of the batch asked about: object, input, output, child, parent
    double quantity = 0;
    QString unit;
    QByteArray author;
    bool withdrawn = false;
};

struct GenealogyEdge
{
    QString parent;
    QString child;
    double quantity = 0;
    QString unit;
    int depth = 0; // 1 = directly linked to the batch asked about
};

// The trace model in the operator's words (harvest, process, ship …), mapped to EPCIS
// 2.0 events signed into the ledger, and the queries over its projection. Attaches a
// TraceProjector to the ledger for its lifetime.
class TraceService
{
public:
    static Result<std::unique_ptr<TraceService>> open(Ledger& ledger, const ProgressFn& progress = {});
    ~TraceService();

    Ledger& ledger() { return m_ledger; }

    // Master data: an edit is a new record; the newest is the current view.
    Result<Record> saveProduct(const Product& product);
    Result<Record> saveParty(const Party& party);
    Result<Record> saveLocation(const Location& location);
    Result<QList<Product>> products();
    Result<std::optional<Product>> product(const QString& key);
    Result<QList<Party>> parties();
    Result<QList<Location>> locations();

    // Operator actions. eventTime defaults to now; shown in +08:00 unless given.
    struct Harvest
    {
        NewBatch batch;
        QString locationKey; // farm plot
        QDateTime eventTime;
        QJsonObject ilmd; // harvest data: harvestDate, variety, certifications …
    };
    Result<QString> harvest(const Harvest& harvest); // returns the batch id
    struct Transform
    {
        QList<Portion> inputs;
        QList<NewBatch> outputs;
        QString bizStep = QStringLiteral("commissioning");
        QString locationKey;
        QDateTime eventTime;
    };
    Result<QStringList> transform(const Transform& transform); // returns the output batch ids
    Result<Record> ship(const QString& batch, const QString& destinationParty,
                        const QString& destinationLocation,
                        const QList<QPair<QString, QString>>& bizTransactions = {},
                        const QDateTime& eventTime = {});
    Result<Record> receive(const QString& batch, const QString& locationKey, const QDateTime& eventTime = {});
    Result<Record> recall(const QString& batch, const QString& reason, const QDateTime& eventTime = {});

    // Queries.
    Result<QString> resolveBatch(const QString& idOrLot); // lot code, Digital Link, LGTIN URN, local URN
    Result<std::optional<BatchInfo>> batch(const QString& batchId);
    Result<QList<BatchInfo>> batches(const BatchFilter& filter, int limit = 100,
                                     const QString& afterBatch = {}, qint64 afterCreatedMs = -1);
    Result<QList<BatchInfo>> batches(int limit = 100, const QString& afterBatch = {},
                                     qint64 afterCreatedMs = -1);
    Result<QList<EventInfo>> events(const QString& batchId);
    Result<QList<GenealogyEdge>> upstream(const QString& batchId);
    Result<QList<GenealogyEdge>> downstream(const QString& batchId);

    QString batchIdFor(const Product& product, const QString& lot) const;

private:
    explicit TraceService(Ledger& ledger) : m_ledger(ledger) {}
    Result<Record> appendEvent(QJsonObject event, const QDateTime& eventTime);
    Result<QList<GenealogyEdge>> walk(const QString& batchId, bool up);
    Ledger& m_ledger;
    TraceProjector m_projector;
};

// A quantity check that leaves some room for floating-point noise.
constexpr double kQuantityEpsilon = 1e-9;
// Processing may not create mass: the outputs of a transformation in the same unit as
// its inputs may exceed them by at most this fraction (brine, water uptake …).
constexpr double kTransformGainAllowance = 0.05;

} // namespace suyuan::trace
