#pragma once

#include "TraceProjector.h"
#include "ledger/Ledger.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace suyuan::trace {

class AttachmentStore;

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
    QString status;            // active, in_transit, recalled, destroyed, sold, withdrawn
    QString location;          // location key or URI
    QString holder;            // party key or URI, or urn:suyuan:node:…
    qint64 createdFromMs = -1; // created at or after
    qint64 createdToMs = -1;   // created before
    QString text;              // part of the lot, the batch id or the product's name
    // Batches named by at least one standing event (not withdrawn, not a declaration) of
    // this EPCIS type, and of one of these business steps when any are given (as the
    // projection stores them: CBV short names, our own steps as URIs).
    QString eventType;
    QStringList eventSteps;
};

// How the goods travel, carried in the shipping event as suyuan:transport.
struct Transport
{
    QString mode;    // one of TraceService::transportModes(); empty: not said
    QString carrier; // the haulier's name (承运人)
    QString vehicle; // plate, wagon, vessel or flight (车牌号 …)
    bool coldChain = false;
    bool isEmpty() const { return mode.isEmpty() && carrier.isEmpty() && vehicle.isEmpty() && !coldChain; }
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
    QString role; // of the batch asked about: object, input, output, child, parent, correction (an
                  // error declaration of an event of the batch), origin (field work on its plot)
    double quantity = 0;
    QString unit;
    QByteArray author;
    bool withdrawn = false;
    QByteArray recordId; // the signed record holding the event (Ledger::recordById)
    qint64 seq = 0;      // its place in its author's chain
};

// One scan of an item-level label (a serial) at a place: a signed "label.scan" record,
// synced like any other, so that every node sees where each serial has been.
struct LabelSighting
{
    QString batch;
    QString serial;
    QString location; // location URI (as in events' bizLocation)
    qint64 scanMs = 0;
    QString verdict;   // the label check at the scanning node: genuine, forged, unknown_issuer, unsigned
    QByteArray author; // the scanning node
};

// A sighting that the batch's own events cannot explain: a possible cloned label.
struct CloneWarning
{
    enum class Kind
    {
        OffRoute,       // scanned where the batch never was (no event of it there)
        UnexplainedMove // scanned at another place than the sighting before, with no arrival
                        // of the batch there in between (two places at once, or back again)
    };
    Kind kind = Kind::OffRoute;
    LabelSighting sighting;
    LabelSighting previous; // for UnexplainedMove
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
    // Certificates, lab reports, photos: events name them by SHA-256 (Observation::attachments).
    AttachmentStore& attachments() { return *m_attachments; }

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
    // The EPCIS event harvest() signs, checked (product, lot, quantity, batch not in the ledger
    // yet, EPCIS 2.0 rules) and complete (eventTime, offset, eventID) but not stored. The batch
    // id is quantityList[0].epcClass.
    Result<QJsonObject> harvestEvent(const Harvest& harvest);
    // Several harvests in one transaction (Ledger::appendBatch): every one is checked first, a
    // batch may appear only once, and nothing is stored unless all are valid. Returns the
    // batch ids in order.
    Result<QStringList> harvestMany(const QList<Harvest>& harvests);
    struct Transform
    {
        QList<Portion> inputs;
        QList<NewBatch> outputs;
        QString bizStep = QStringLiteral("commissioning");
        QString locationKey;
        QDateTime eventTime;
        QJsonObject privateFields; // see appendEvent
    };
    Result<QStringList> transform(const Transform& transform); // returns the output batch ids
    static const QStringList& transportModes();
    Result<Record> ship(const QString& batch, const QString& destinationParty,
                        const QString& destinationLocation,
                        const QList<QPair<QString, QString>>& bizTransactions = {},
                        const QDateTime& eventTime = {}, const QJsonObject& privateFields = {},
                        const Transport& transport = {});
    // Receiving names the party that sent the goods (sourceList) when known, and the
    // receipt documents (bizTransactionList: recadv, desadv, po …).
    Result<Record> receive(const QString& batch, const QString& locationKey, const QDateTime& eventTime = {},
                           const QString& sourceParty = {},
                           const QList<QPair<QString, QString>>& bizTransactions = {},
                           const QJsonObject& privateFields = {});
    Result<Record> recall(const QString& batch, const QString& reason, const QDateTime& eventTime = {});

    // Field work, inspection and lab test (TraceOperations.cpp): ObjectEvent OBSERVE.
    struct Measurement
    {
        QString type; // EPCIS measurement type: MassConcentration, Temperature, Dimensionless …
        double value = 0;
        QString uom;                 // UN/ECE Rec 20 (CEL, P1, NA …)
        QString substance;           // chemicalSubstance URI (pesticide residue …), optional
        QString name;                // what was measured, in the operator's words ("毒死蜱残留")
        std::optional<double> limit; // the legal or contractual limit, when there is one
    };
    struct Observation
    {
        enum class Kind
        {
            FieldWork,  // fertilising, plant protection, irrigation … on a plot or batches
            Inspection, // bizStep inspecting
            LabTest     // bizStep sampling, with measured results
        };
        Kind kind = Kind::Inspection;
        QStringList batches; // batch ids; field work on a plot may name none
        QString locationKey; // the plot, warehouse or lab; required when no batch is named
        QString workType;    // field work: fertilising, plant_protection, irrigation, weeding, pruning, other
        QString input;       // fertiliser or pesticide (name and registration number)
        double dose = 0;     // of the input, in doseUnit
        QString doseUnit;    // KGM, LTR …
        int safetyIntervalDays = -1; // pesticide pre-harvest interval (安全间隔期)
        QList<Measurement> measurements;
        std::optional<bool> passed; // inspection result: conformant / non_conformant
        QStringList certifications; // certificationInfo: certificate URIs
        QString inspector;          // party key of the inspector or laboratory
        QString note;
        QStringList attachments; // SHA-256 of attachments already stored (AttachmentStore)
        QDateTime eventTime;
    };
    Result<Record> observe(const Observation& observation);

    // Packing batches (portions) into a case or pallet: AggregationEvent ADD; unpacking:
    // DELETE (no children named = everything in it). parentId: an 18-digit SSCC, an SSCC
    // URN, or a local case code (urn:suyuan:case:…).
    Result<Record> pack(const QString& parentId, const QList<Portion>& children, const QString& locationKey,
                        const QDateTime& eventTime = {});
    Result<Record> unpack(const QString& parentId, const QList<Portion>& children, const QString& locationKey,
                          const QDateTime& eventTime = {});
    // Takes quantity (0: all that is available) out of a batch: destroyed (bizStep destroying,
    // disposition destroyed) or sold to consumers (retail_selling, retail_sold). The batch is
    // destroyed or sold out once nothing is left.
    Result<Record> destroy(const QString& batch, double quantity, const QString& reason,
                           const QDateTime& eventTime = {});
    Result<Record> sell(const QString& batch, double quantity, const QString& locationKey,
                        const QDateTime& eventTime = {}, const QJsonObject& privateFields = {});
    // Correction: an EPCIS error declaration of an event this ledger holds (the event
    // again, with errorDeclaration). The original stays, marked withdrawn; its quantities
    // and links are taken back. reason: incorrect_data or did_not_occur. The corrected
    // event is then recorded as usual (a batch whose every event is withdrawn may be
    // recorded again); correctiveEventIds name it when it is known already.
    Result<Record> declareError(const QString& eventId, const QString& reason, const QString& note = {},
                                const QStringList& correctiveEventIds = {});
    // Business-private fields (price, customer contract …) of an event. They are not a
    // ledger record: the canonical JSON {"eventID", "fields", "salt": 16 random bytes,
    // base64} stays in this node's encrypted database (table private_fields), and the
    // signed public event names it only by "suyuan:private": the hex SHA-256 of those
    // bytes. The signature over the event thus vouches for the private part too, records
    // synced or exported carry no private data and leave no gap in the author's chain, and
    // the salt keeps anyone from confirming a guessed price against the hash. Returns
    // nothing when the event has no private part; an error when the private part is not
    // here (another node's event) or does not match the hash.
    Result<std::optional<QJsonObject>> privateFields(const QString& eventId);
    // The event body (EPCIS JSON) of the newest non-declaration record with this eventID.
    Result<std::optional<QJsonObject>> eventBody(const QString& eventId);

    // Queries.
    Result<QString> resolveBatch(const QString& idOrLot); // lot code, Digital Link, LGTIN URN, local URN
    Result<std::optional<BatchInfo>> batch(const QString& batchId);
    Result<QList<BatchInfo>> batches(const BatchFilter& filter, int limit = 100,
                                     const QString& afterBatch = {}, qint64 afterCreatedMs = -1);
    Result<QList<BatchInfo>> batches(int limit = 100, const QString& afterBatch = {},
                                     qint64 afterCreatedMs = -1);
    // An event filter (BatchFilter::eventType) matching at most this many events reads the
    // events first; above it, the batches are checked newest first (tests set both ways).
    void setEventFilterThreshold(qint64 events) { m_fewEvents = events; }
    Result<QList<EventInfo>> events(const QString& batchId);
    Result<QList<GenealogyEdge>> upstream(const QString& batchId);
    Result<QList<GenealogyEdge>> downstream(const QString& batchId);

    QString batchIdFor(const Product& product, const QString& lot) const;

    // Item-level label scans (core/trace/LabelScans.cpp). Records a scan of serial of batch
    // at one of this ledger's locations (a signed "label.scan" record).
    Result<LabelSighting> recordLabelScan(const QString& batchId, const QString& serial,
                                          const QString& locationKey, const QString& verdict,
                                          const QString& code, const QDateTime& scanTime = {});
    // Every sighting of the serial, oldest first.
    Result<QList<LabelSighting>> labelSightings(const QString& batchId, const QString& serial);
    // The sightings the batch's events do not explain (see CloneWarning), oldest first. An
    // arrival is an event of the batch at a place (received there, made there, inspected
    // there …; a shipment counts for its origin only up to the shipment): a sighting
    // within kArrivalGraceMs before an arrival is explained by it too, since a warehouse
    // may scan before it records the receipt.
    static constexpr qint64 kArrivalGraceMs = 24LL * 3600 * 1000;
    Result<QList<CloneWarning>> cloneWarnings(const QString& batchId, const QString& serial);
    // The same for sightings already read (labelSightings) of one serial of the batch.
    Result<QList<CloneWarning>> cloneWarnings(const QString& batchId, const QList<LabelSighting>& sightings);
    // The warning in the operator's words, with place names.
    QString cloneWarningText(const CloneWarning& warning);

private:
    explicit TraceService(Ledger& ledger);
    // Completes (eventTime, offset, eventID), validates and signs an event; private fields
    // are stored with it in one transaction (see privateFields()).
    Result<Record> appendEvent(QJsonObject event, const QDateTime& eventTime,
                               const QJsonObject& privateFields = {});
    // The "suyuan:attachments" entries for attachments held complete in this ledger.
    Result<QJsonArray> attachmentRefs(const QStringList& sha256s);
    // Resolves each batch and checks its unit; quantity 0 means all that is available.
    Result<QList<Portion>> checkedPortions(const QList<Portion>& portions, bool mustBeAvailable);
    Result<Record> takeOut(const QString& batch, double quantity, bool sold, const QString& text,
                           const QDateTime& eventTime, const QJsonObject& privateFields = {});
    Result<QList<GenealogyEdge>> walk(const QString& batchId, bool up);
    Ledger& m_ledger;
    TraceProjector m_projector;
    qint64 m_fewEvents = 20000;
    std::unique_ptr<AttachmentStore> m_attachments;
};

// The bizStep of field work (CBV has none): our own vocabulary term.
inline const QString kFieldWorkStep = QStringLiteral("https://suyuan.example/ns/field_work");

// A quantity check that leaves some room for floating-point noise.
constexpr double kQuantityEpsilon = 1e-9;
// Processing may not create mass: the outputs of a transformation in the same unit as
// its inputs may exceed them by at most this fraction (brine, water uptake …).
constexpr double kTransformGainAllowance = 0.05;

} // namespace suyuan::trace
