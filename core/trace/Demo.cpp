#include "Demo.h"

#include "CreditCode.h"
#include "Epcis.h"
#include "Gs1.h"
#include "ledger/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <deque>
#include <functional>
#include <future>
#include <vector>

namespace suyuan::trace {

namespace {

// Chongqing and Singapore are both UTC+08:00.
constexpr int kUtcPlus8 = 8 * 3600;

QDateTime at(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(kUtcPlus8));
}

// Twelve digits and their GS1 check digit: a GTIN-13 or a GLN.
QString withCheckDigit(const char* twelveDigits)
{
    const QString digits = QString::fromLatin1(twelveDigits);
    return digits + gs1::gs1CheckDigit(digits);
}

// The 14-digit form TraceService keys GTIN products by.
QString gtin14(const char* twelveDigits)
{
    return QStringLiteral("0") + withCheckDigit(twelveDigits);
}

// A unified social credit code (统一社会信用代码, GB 32100-2015): registration authority and
// entity type, administrative division, organisation code (GB 11714: eight characters and a
// check character) and the final check character. The demo's codes are invented but
// well-formed, so a validator accepts them.
QString creditCode(const char* authorityTypeDivision, const char* organisation)
{
    static const int kOrgWeights[] = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const char c = organisation[i];
        sum += (c >= '0' && c <= '9' ? c - '0' : c - 'A' + 10) * kOrgWeights[i];
    }
    const int orgCheck = 11 - sum % 11;
    QByteArray code = QByteArray(authorityTypeDivision) + QByteArray(organisation, 8);
    code += orgCheck == 10 ? 'X' : orgCheck == 11 ? '0' : static_cast<char>('0' + orgCheck);
    const QString first17 = QString::fromLatin1(code);
    const QChar check = creditCodeCheckCharacter(first17);
    Q_ASSERT(!check.isNull());
    return first17 + check;
}

// What TraceService writes for a location key inside an event.
QString locationUri(const QString& key)
{
    return key.contains(QLatin1Char(':')) ? key : QStringLiteral("urn:suyuan:location:") + key;
}

QString eventTimeText(const QDateTime& when)
{
    return when.toString(Qt::ISODateWithMs);
}

// Harvest data (ilmd). EPCIS wants every ilmd member named by a prefix: the CBV master data
// attributes where CBV has one (harvest date, country of origin), ours for the rest.
const QString kHarvestDate = QStringLiteral("cbvmda:harvestStartDate");

QJsonObject harvestData(const QDate& date, const QString& variety, const QStringList& certifications)
{
    QJsonObject ilmd{{kHarvestDate, date.toString(Qt::ISODate)},
                     {QStringLiteral("cbvmda:countryOfOrigin"), QStringLiteral("CN")},
                     {QStringLiteral("suyuan:variety"), variety}};
    if (!certifications.isEmpty()) {
        ilmd.insert(QStringLiteral("suyuan:certifications"), QJsonArray::fromStringList(certifications));
    }
    return ilmd;
}

template <typename T> Status statusOf(const Result<T>& result)
{
    return result ? Status() : Status(result.error());
}

// ---- the scenario -------------------------------------------------------------------------

struct Take
{
    QString lot;
    double kg = 0;
};

// The scenario as a list of steps, each one TraceService call, so that progress can be
// reported (and cancelled) between them. Batches are named by their lot codes, which are
// unique across the scenario, and resolved to batch ids as they are made.
class Scenario
{
public:
    explicit Scenario(TraceService& trace) : m_trace(trace) {}

    qsizetype size() const { return static_cast<qsizetype>(m_steps.size()); }
    Status run(qsizetype i) { return m_steps[static_cast<size_t>(i)](); }
    qint64 events() const { return m_events; }
    QString batch(const QString& lot) const { return m_batches.value(lot); }

    void product(const Product& p)
    {
        m_steps.push_back([this, p] { return statusOf(m_trace.saveProduct(p)); });
    }
    void party(const Party& p)
    {
        m_steps.push_back([this, p] { return statusOf(m_trace.saveParty(p)); });
    }
    void location(const Location& l)
    {
        m_steps.push_back([this, l] { return statusOf(m_trace.saveLocation(l)); });
    }

    void harvest(const QString& productKey, const QString& lot, double kg, const QString& plot,
                 const QDateTime& when, const QString& variety, const QStringList& certifications)
    {
        ++m_events;
        m_steps.push_back([=, this] {
            TraceService::Harvest h;
            h.batch = {productKey, lot, kg, {}};
            h.locationKey = plot;
            h.eventTime = when;
            h.ilmd = harvestData(when.date(), variety, certifications);
            auto id = m_trace.harvest(h);
            if (!id) {
                return Status(id.error());
            }
            m_batches.insert(lot, id.value());
            return Status();
        });
    }

    void transform(const QString& bizStep, const QString& locationKey, const QDateTime& when,
                   const QList<Take>& inputs, const QList<NewBatch>& outputs)
    {
        ++m_events;
        m_steps.push_back([=, this] {
            TraceService::Transform t;
            t.bizStep = bizStep;
            t.locationKey = locationKey;
            t.eventTime = when;
            for (const Take& in : inputs) {
                t.inputs.append({m_batches.value(in.lot), in.kg, {}});
            }
            t.outputs = outputs;
            auto ids = m_trace.transform(t);
            if (!ids) {
                return Status(ids.error());
            }
            for (qsizetype i = 0; i < outputs.size(); ++i) {
                m_batches.insert(outputs.at(i).lot, ids->at(i));
            }
            return Status();
        });
    }

    void ship(const QString& lot, const QString& party, const QString& locationKey, const QDateTime& when,
              const QList<QPair<QString, QString>>& bizTransactions = {}, const Transport& transport = {})
    {
        ++m_events;
        m_steps.push_back([=, this] {
            return statusOf(
                m_trace.ship(m_batches.value(lot), party, locationKey, bizTransactions, when, {}, transport));
        });
    }

    void receive(const QString& lot, const QString& locationKey, const QDateTime& when,
                 const QString& fromParty = {}, const QString& receipt = {})
    {
        ++m_events;
        m_steps.push_back([=, this] {
            QList<QPair<QString, QString>> docs;
            if (!receipt.isEmpty()) {
                docs.append({QStringLiteral("recadv"), QStringLiteral("urn:suyuan:recadv:") + receipt});
            }
            return statusOf(m_trace.receive(m_batches.value(lot), locationKey, when, fromParty, docs));
        });
    }

    // Field work, inspections and lab tests; batches are named by lot.
    void observe(TraceService::Observation o)
    {
        ++m_events;
        m_steps.push_back([=, this]() mutable {
            for (QString& lot : o.batches) {
                lot = m_batches.value(lot);
            }
            return statusOf(m_trace.observe(o));
        });
    }

    void sell(const QString& lot, double kg, const QString& store, const QDateTime& when)
    {
        ++m_events;
        m_steps.push_back(
            [=, this] { return statusOf(m_trace.sell(m_batches.value(lot), kg, store, when)); });
    }

    void destroy(const QString& lot, double kg, const QString& reason, const QDateTime& when)
    {
        ++m_events;
        m_steps.push_back(
            [=, this] { return statusOf(m_trace.destroy(m_batches.value(lot), kg, reason, when)); });
    }

    void recall(const QString& lot, const QString& reason, const QDateTime& when)
    {
        ++m_events;
        m_steps.push_back([=, this] { return statusOf(m_trace.recall(m_batches.value(lot), reason, when)); });
    }

private:
    TraceService& m_trace;
    std::vector<std::function<Status()>> m_steps;
    QHash<QString, QString> m_batches; // lot → batch id
    qint64 m_events = 0;
};

// Products of the scenario and of the generated part.
struct DemoProducts
{
    QString orange = gtin14("693765100011");    // 奉节脐橙 fresh fruit, ungraded
    QString orange5kg = gtin14("693765100028"); // premium 5 kg cartons
    QString orange10kg = gtin14("693765100035");
    QString tuberCode = QStringLiteral("QCT-FL"); // 青菜头: no GTIN, a local code
    QString tuber = QStringLiteral("code:QCT-FL");
    QString zhacaiBulkCode = QStringLiteral("FLZC-BULK"); // pickled, in the salting pools
    QString zhacaiBulk = QStringLiteral("code:FLZC-BULK");
    QString zhacai80g = gtin14("694218301017");
    QString pepperBulk = gtin14("695190700014");
    QString pepper250g = gtin14("695190700021");
};

void addMasterData(Scenario& s, const DemoProducts& k)
{
    const auto product = [&s](const QString& key, const QString& zh, const QString& en,
                              const QString& category) {
        Product p;
        if (key.startsWith(QLatin1String("code:"))) {
            p.code = key.mid(5);
        } else {
            p.gtin = key;
        }
        p.nameZh = zh;
        p.nameEn = en;
        p.category = category;
        s.product(p);
    };
    product(k.orange, QStringLiteral("奉节脐橙（鲜果，统货）"),
            QStringLiteral("Fengjie navel orange, fresh, ungraded"), QStringLiteral("fruit"));
    product(k.orange5kg, QStringLiteral("奉节脐橙 特级 5 kg 礼盒装"),
            QStringLiteral("Fengjie navel orange, premium grade, 5 kg carton"), QStringLiteral("fruit"));
    product(k.orange10kg, QStringLiteral("奉节脐橙 一级 10 kg 箱装"),
            QStringLiteral("Fengjie navel orange, class I, 10 kg carton"), QStringLiteral("fruit"));
    product(k.tuber, QStringLiteral("青菜头（鲜，涪陵）"), QStringLiteral("Mustard tuber, fresh (Fuling)"),
            QStringLiteral("vegetable"));
    product(k.zhacaiBulk, QStringLiteral("涪陵榨菜 盐渍菜坯（散装）"),
            QStringLiteral("Fuling zhacai, salt-cured tuber (bulk)"), QStringLiteral("processed_vegetable"));
    product(k.zhacai80g, QStringLiteral("涪陵榨菜 鲜脆榨菜丝 80 g 袋装"),
            QStringLiteral("Fuling zhacai, shredded, 80 g pouch"), QStringLiteral("processed_vegetable"));
    product(k.pepperBulk, QStringLiteral("江津花椒 九叶青干花椒（散装）"),
            QStringLiteral("Jiangjin Sichuan pepper, dried green Jiuyeqing (bulk)"), QStringLiteral("spice"));
    product(k.pepper250g, QStringLiteral("江津花椒 九叶青 250 g 袋装"),
            QStringLiteral("Jiangjin Sichuan pepper, Jiuyeqing, 250 g bag"), QStringLiteral("spice"));

    const auto party = [&s](const char* key, const QString& zh, const QString& en, const char* role,
                            const QString& entityCode, const QString& gln = {},
                            const QJsonObject& contact = {}) {
        Party p;
        p.key = QString::fromLatin1(key);
        p.nameZh = zh;
        p.nameEn = en;
        p.role = QString::fromLatin1(role);
        p.entityCode = entityCode;
        p.gln = gln;
        p.contact = contact;
        s.party(p);
    };
    // Registration authority + type: 93 farmers' cooperative, 92 individual business
    // (family farm), 91 enterprise; then the district code (奉节县 500236, 涪陵区 500102,
    // 江津区 500116, 渝北区 500112, 沙坪坝区 500106, 渝中区 500103).
    party("fengjie-coop", QStringLiteral("奉节县草堂镇鑫橙脐橙专业合作社"),
          QStringLiteral("Fengjie Caotang Xincheng Navel Orange Cooperative"), "cooperative",
          creditCode("93500236", "MA5YQ4K7"), withCheckDigit("693765100004"),
          QJsonObject{{QStringLiteral("address"), QStringLiteral("重庆市奉节县草堂镇石马村")}});
    party("nantuo-coop", QStringLiteral("涪陵区南沱镇青菜头种植专业合作社"),
          QStringLiteral("Fuling Nantuo Mustard Tuber Growers' Cooperative"), "cooperative",
          creditCode("93500102", "MA60BC2N"), {},
          QJsonObject{{QStringLiteral("address"), QStringLiteral("重庆市涪陵区南沱镇睦和村")}});
    party("baisheng-farm", QStringLiteral("涪陵区百胜镇紫竹家庭农场"),
          QStringLiteral("Zizhu Family Farm, Baisheng, Fuling"), "farm", creditCode("92500102", "MA6DRL3P"),
          {}, QJsonObject{{QStringLiteral("address"), QStringLiteral("重庆市涪陵区百胜镇紫竹村")}});
    party("zhenxi-coop", QStringLiteral("涪陵区珍溪镇绿丰蔬菜专业合作社"),
          QStringLiteral("Fuling Zhenxi Lüfeng Vegetable Cooperative"), "cooperative",
          creditCode("93500102", "MA5XKT9H"), {},
          QJsonObject{{QStringLiteral("address"), QStringLiteral("重庆市涪陵区珍溪镇西汇村")}});
    party("fuzhou-zhacai", QStringLiteral("重庆涪州榨菜食品有限公司"),
          QStringLiteral("Chongqing Fuzhou Zhacai Foods Co., Ltd."), "processor",
          creditCode("91500102", "MA5U7GW2"), withCheckDigit("694218300003"),
          QJsonObject{{QStringLiteral("address"), QStringLiteral("重庆市涪陵区李渡工业园区")}});
    party("jiangjin-coop", QStringLiteral("江津区先锋镇九叶青花椒专业合作社"),
          QStringLiteral("Jiangjin Xianfeng Jiuyeqing Sichuan Pepper Cooperative"), "cooperative",
          creditCode("93500116", "MA5YHN4E"), withCheckDigit("695190700007"),
          QJsonObject{{QStringLiteral("address"), QStringLiteral("重庆市江津区先锋镇麻柳村")}});
    party("yuxin-logistics", QStringLiteral("重庆渝新冷链物流有限公司（两路寸滩保税港区）"),
          QStringLiteral(
              "Chongqing Yuxin Cold-Chain Logistics Co., Ltd. (Lianglu-Cuntan Free Trade Port Area)"),
          "logistics", creditCode("91500112", "MA5UL8RB"), withCheckDigit("693880200001"));
    party("luhai-forwarding", QStringLiteral("重庆陆海通国际货运代理有限公司"),
          QStringLiteral("Chongqing Luhaitong International Freight Forwarding Co., Ltd."), "logistics",
          creditCode("91500106", "MA60Q2TC"), withCheckDigit("693880300000"));
    party("lioncity-fresh", QStringLiteral("狮城鲜果进口有限公司"), QStringLiteral("Lion City Fresh Pte Ltd"),
          "importer", QStringLiteral("201934567K"), withCheckDigit("888512340001"),
          QJsonObject{{QStringLiteral("country"), QStringLiteral("SG")},
                      {QStringLiteral("address"), QStringLiteral("Pandan Loop, Singapore")}});
    party("yuwei-market", QStringLiteral("渝味优选超市（解放碑店）"),
          QStringLiteral("Yuwei Select Supermarket (Jiefangbei)"), "retailer",
          creditCode("91500103", "MA61F5XA"));
    party("shancheng-shop", QStringLiteral("山城好物电子商务有限公司"),
          QStringLiteral("Shancheng Haowu E-commerce Co., Ltd."), "retailer",
          creditCode("91500112", "MA5YE7M3"));
    party("cq-agri-lab", QStringLiteral("重庆市农产品质量安全检测中心"),
          QStringLiteral("Chongqing Agricultural Product Quality and Safety Testing Centre"), "laboratory",
          creditCode("12500000", "MB1C3D4E"));

    const auto location = [&s](const char* key, const QString& zh, const QString& en, const char* type,
                               const char* partyKey, double lat, double lon, const QString& address,
                               const QString& gln = {}) {
        Location l;
        l.key = QString::fromLatin1(key);
        l.nameZh = zh;
        l.nameEn = en;
        l.type = QString::fromLatin1(type);
        l.party = QString::fromLatin1(partyKey);
        l.lat = lat;
        l.lon = lon;
        l.address = address;
        l.gln = gln;
        s.location(l);
    };
    location("fj-plot-shima", QStringLiteral("石马村脐橙园 3 号地块"),
             QStringLiteral("Shima orchard, plot 3"), "plot", "fengjie-coop", 31.0853, 109.5312,
             QStringLiteral("重庆市奉节县草堂镇石马村三组"));
    location("fj-plot-baidi", QStringLiteral("八阵村脐橙园"), QStringLiteral("Bazhen orchard"), "plot",
             "fengjie-coop", 31.0412, 109.5570, QStringLiteral("重庆市奉节县白帝镇八阵村"));
    location("fj-plot-anping", QStringLiteral("三沱村脐橙园"), QStringLiteral("Santuo orchard"), "plot",
             "fengjie-coop", 30.9830, 109.3910, QStringLiteral("重庆市奉节县安坪镇三沱村"));
    location("fj-plot-yongle", QStringLiteral("长凼村脐橙园"), QStringLiteral("Changdang orchard"), "plot",
             "fengjie-coop", 30.9735, 109.4521, QStringLiteral("重庆市奉节县永乐镇长凼村"));
    location("fj-packhouse", QStringLiteral("奉节脐橙分级包装中心"),
             QStringLiteral("Fengjie navel orange grading & packing house"), "processing_site",
             "fengjie-coop", 31.0188, 109.4649, QStringLiteral("重庆市奉节县永安街道朝阳工业园"),
             withCheckDigit("693765100103"));
    location("fl-plot-nantuo-1", QStringLiteral("睦和村青菜头基地 1 号田"),
             QStringLiteral("Muhe tuber field 1"), "plot", "nantuo-coop", 29.8410, 107.5220,
             QStringLiteral("重庆市涪陵区南沱镇睦和村"));
    location("fl-plot-nantuo-2", QStringLiteral("连丰村青菜头基地 2 号田"),
             QStringLiteral("Lianfeng tuber field 2"), "plot", "nantuo-coop", 29.8285, 107.5468,
             QStringLiteral("重庆市涪陵区南沱镇连丰村"));
    location("fl-plot-baisheng", QStringLiteral("紫竹家庭农场青菜头地"),
             QStringLiteral("Zizhu farm tuber field"), "plot", "baisheng-farm", 29.5822, 107.4630,
             QStringLiteral("重庆市涪陵区百胜镇紫竹村"));
    location("fl-plot-zhenxi", QStringLiteral("西汇村青菜头基地"), QStringLiteral("Xihui tuber field"),
             "plot", "zhenxi-coop", 29.8812, 107.4430, QStringLiteral("重庆市涪陵区珍溪镇西汇村"));
    location("fl-plant", QStringLiteral("涪州榨菜李渡加工厂"), QStringLiteral("Fuzhou Zhacai plant, Lidu"),
             "processing_site", "fuzhou-zhacai", 29.7680, 107.3260,
             QStringLiteral("重庆市涪陵区李渡工业园区"), withCheckDigit("694218300102"));
    location("jj-plot-maliu", QStringLiteral("麻柳村花椒基地"), QStringLiteral("Maliu pepper grove"), "plot",
             "jiangjin-coop", 29.1985, 106.2735, QStringLiteral("重庆市江津区先锋镇麻柳村"));
    location("jj-plot-jiaoyuan", QStringLiteral("椒园村花椒基地"), QStringLiteral("Jiaoyuan pepper grove"),
             "plot", "jiangjin-coop", 29.2140, 106.2890, QStringLiteral("重庆市江津区先锋镇椒园村"));
    location("jj-packhouse", QStringLiteral("先锋花椒烘干分装车间"),
             QStringLiteral("Xianfeng pepper drying & packing workshop"), "processing_site", "jiangjin-coop",
             29.2050, 106.2810, QStringLiteral("重庆市江津区先锋镇"), withCheckDigit("695190700106"));
    location("cq-lianglu-wh", QStringLiteral("两路寸滩保税港区 渝新冷链仓库"),
             QStringLiteral("Yuxin cold store, Lianglu-Cuntan Free Trade Port Area"), "warehouse",
             "yuxin-logistics", 29.6155, 106.6012, QStringLiteral("重庆市两路寸滩保税港区寸滩港区"),
             withCheckDigit("693880200100"));
    location("cq-rail-hub", QStringLiteral("重庆国际物流枢纽园区 团结村铁路口岸（西部陆海新通道）"),
             QStringLiteral("Chongqing Tuanjiecun Railway Port, New International Land-Sea Trade Corridor"),
             "port", "luhai-forwarding", 29.6116, 106.3996, QStringLiteral("重庆市沙坪坝区团结村"),
             withCheckDigit("693880300108"));
    location("sg-lioncity-wh", QStringLiteral("狮城鲜果 班丹冷库"),
             QStringLiteral("Lion City Fresh cold store, Pandan Loop"), "warehouse", "lioncity-fresh", 1.3093,
             103.7497, QStringLiteral("Pandan Loop, Singapore"), withCheckDigit("888512340100"));
    location("cq-store-jiefangbei", QStringLiteral("渝味优选超市 解放碑店"),
             QStringLiteral("Yuwei Select Supermarket, Jiefangbei"), "store", "yuwei-market", 29.5578,
             106.5772, QStringLiteral("重庆市渝中区解放碑步行街"));
    location("cq-shancheng-wh", QStringLiteral("山城好物 空港电商仓"),
             QStringLiteral("Shancheng Haowu fulfilment centre, Konggang"), "warehouse", "shancheng-shop",
             29.7290, 106.6390, QStringLiteral("重庆市渝北区空港工业园区"));
}

// CBV has no step for pickling (腌制): our own vocabulary term.
const QString kPickling = QLatin1String(kSuyuanNamespace) + QStringLiteral("pickling");

void addEvents(Scenario& s, const DemoProducts& k)
{
    const QString newhall = QStringLiteral("纽荷尔 Newhall");
    const QStringList orangeCerts{QStringLiteral("绿色食品 Green Food"),
                                  QStringLiteral("地理标志产品 Geographical Indication")};
    const QString po = QStringLiteral("po");
    const QString desadv = QStringLiteral("desadv");
    const QString bol = QStringLiteral("bol");

    // The season's field work on the Shima plot, and the lab test of its harvest.
    TraceService::Observation fert;
    fert.kind = TraceService::Observation::Kind::FieldWork;
    fert.locationKey = QStringLiteral("fj-plot-shima");
    fert.workType = QStringLiteral("fertilising");
    fert.input = QStringLiteral("腐熟菜籽饼有机肥 Composted rapeseed-cake manure");
    fert.dose = 4500;
    fert.doseUnit = QStringLiteral("KGM");
    fert.eventTime = at(2025, 3, 12, 8, 0);
    s.observe(fert);
    TraceService::Observation spray;
    spray.kind = TraceService::Observation::Kind::FieldWork;
    spray.locationKey = QStringLiteral("fj-plot-shima");
    spray.workType = QStringLiteral("plant_protection");
    spray.input = QStringLiteral("矿物油乳剂 99% (PD20121676) Mineral oil 99% EC");
    spray.dose = 60;
    spray.doseUnit = QStringLiteral("LTR");
    spray.safetyIntervalDays = 15;
    spray.note = QStringLiteral("防治红蜘蛛 Against citrus red mite");
    spray.eventTime = at(2025, 8, 20, 7, 0);
    s.observe(spray);
    TraceService::Observation water;
    water.kind = TraceService::Observation::Kind::FieldWork;
    water.locationKey = QStringLiteral("fj-plot-shima");
    water.workType = QStringLiteral("irrigation");
    water.dose = 180000;
    water.doseUnit = QStringLiteral("LTR");
    water.eventTime = at(2025, 9, 2, 18, 0);
    s.observe(water);

    // Fengjie navel oranges: harvested per plot, graded and packed into carton lots; the premium
    // lot goes through the Lianglu-Cuntan cold store and the corridor rail port to Singapore.
    s.harvest(k.orange, QStringLiteral("FJ-251205-SM"), 18500, QStringLiteral("fj-plot-shima"),
              at(2025, 12, 5, 8, 30), newhall, orangeCerts);
    s.harvest(k.orange, QStringLiteral("FJ-251208-BD"), 22300, QStringLiteral("fj-plot-baidi"),
              at(2025, 12, 8, 8, 0), newhall, orangeCerts);
    TraceService::Observation orangeTest;
    orangeTest.kind = TraceService::Observation::Kind::LabTest;
    orangeTest.batches = {QStringLiteral("FJ-251205-SM")};
    orangeTest.inspector = QStringLiteral("cq-agri-lab");
    orangeTest.measurements = {{QStringLiteral("Dimensionless"),
                                13.2,
                                QStringLiteral("P1"),
                                {},
                                QStringLiteral("可溶性固形物 Soluble solids"),
                                std::nullopt},
                               {QStringLiteral("MassConcentration"),
                                0.01,
                                QStringLiteral("NA"),
                                {},
                                QStringLiteral("毒死蜱残留 Chlorpyrifos residue (mg/kg)"),
                                1.0}};
    orangeTest.passed = true;
    orangeTest.certifications = {QStringLiteral("urn:suyuan:cert:CQAQ-2025-12-0412")};
    orangeTest.eventTime = at(2025, 12, 9, 15, 0);
    s.observe(orangeTest);
    s.transform(QStringLiteral("packing"), QStringLiteral("fj-packhouse"), at(2025, 12, 18, 14, 0),
                {{QStringLiteral("FJ-251205-SM"), 18500}, {QStringLiteral("FJ-251208-BD"), 22300}},
                {{k.orange5kg, QStringLiteral("FJ5A-251218"), 16000, {}},
                 {k.orange10kg, QStringLiteral("FJ10-251218"), 19500, {}}});
    const auto transport = [](const char* mode, const QString& carrier, const QString& vehicle, bool cold) {
        return Transport{QString::fromLatin1(mode), carrier, vehicle, cold};
    };
    s.ship(QStringLiteral("FJ5A-251218"), QStringLiteral("yuxin-logistics"), QStringLiteral("cq-lianglu-wh"),
           at(2025, 12, 20, 6, 30), {{desadv, QStringLiteral("urn:suyuan:desadv:FJ-DA-251220-01")}},
           transport("road", QString(), QStringLiteral("渝F·3Q218"), true));
    s.receive(QStringLiteral("FJ5A-251218"), QStringLiteral("cq-lianglu-wh"), at(2025, 12, 20, 13, 10),
              QStringLiteral("fengjie-coop"), QStringLiteral("YX-RA-251220-07"));
    s.ship(QStringLiteral("FJ5A-251218"), QStringLiteral("luhai-forwarding"), QStringLiteral("cq-rail-hub"),
           at(2026, 1, 5, 9, 0));
    s.receive(QStringLiteral("FJ5A-251218"), QStringLiteral("cq-rail-hub"), at(2026, 1, 5, 11, 40),
              QStringLiteral("yuxin-logistics"));
    s.ship(QStringLiteral("FJ5A-251218"), QStringLiteral("lioncity-fresh"), QStringLiteral("sg-lioncity-wh"),
           at(2026, 1, 6, 16, 0),
           {{po, QStringLiteral("urn:suyuan:po:LCF-PO-2025-1187")},
            {desadv, QStringLiteral("urn:suyuan:desadv:FJ-DA-260106-01")},
            {bol, QStringLiteral("urn:suyuan:bol:ILSTC-CKG-SIN-260106-017")}},
           transport("rail", QStringLiteral("西部陆海新通道 ILSTC rail-sea"), QStringLiteral("X8011"), true));
    s.receive(QStringLiteral("FJ5A-251218"), QStringLiteral("sg-lioncity-wh"), at(2026, 1, 15, 10, 20),
              QStringLiteral("luhai-forwarding"), QStringLiteral("LCF-GRN-260115-004"));
    s.harvest(k.orange, QStringLiteral("FJ-260108-AP"), 15800, QStringLiteral("fj-plot-anping"),
              at(2026, 1, 8, 8, 15), newhall, orangeCerts);
    s.harvest(k.orange, QStringLiteral("FJ-260112-YL"), 26400, QStringLiteral("fj-plot-yongle"),
              at(2026, 1, 12, 7, 45), newhall, orangeCerts);
    s.transform(QStringLiteral("packing"), QStringLiteral("fj-packhouse"), at(2026, 1, 16, 14, 30),
                {{QStringLiteral("FJ-260108-AP"), 15800}, {QStringLiteral("FJ-260112-YL"), 20000}},
                {{k.orange5kg, QStringLiteral("FJ5A-260116"), 14200, {}},
                 {k.orange10kg, QStringLiteral("FJ10-260116"), 18600, {}}});
    s.ship(QStringLiteral("FJ10-260116"), QStringLiteral("shancheng-shop"), QStringLiteral("cq-shancheng-wh"),
           at(2026, 1, 18, 7, 0), {{po, QStringLiteral("urn:suyuan:po:SCHW-20260115-032")}});
    s.receive(QStringLiteral("FJ10-260116"), QStringLiteral("cq-shancheng-wh"), at(2026, 1, 18, 15, 30),
              QStringLiteral("fengjie-coop"), QStringLiteral("SCHW-RA-0118-12"));

    // Fuling zhacai: three farms' tubers go into the salting pools together (腌制), then the
    // cured tuber is packed into retail lots.
    const QString yongan = QStringLiteral("永安小叶 Yong'an small-leaf");
    const QStringList tuberCerts{QStringLiteral("地理标志产品 Geographical Indication")};
    s.harvest(k.tuber, QStringLiteral("QCT-260210-NT1"), 28600, QStringLiteral("fl-plot-nantuo-1"),
              at(2026, 2, 10, 7, 30), yongan, tuberCerts);
    s.harvest(k.tuber, QStringLiteral("QCT-260212-NT2"), 19400, QStringLiteral("fl-plot-nantuo-2"),
              at(2026, 2, 12, 7, 50), yongan, tuberCerts);
    s.harvest(k.tuber, QStringLiteral("QCT-260214-BS"), 12800, QStringLiteral("fl-plot-baisheng"),
              at(2026, 2, 14, 8, 10), yongan, tuberCerts);
    s.harvest(k.tuber, QStringLiteral("QCT-260216-ZX"), 23900, QStringLiteral("fl-plot-zhenxi"),
              at(2026, 2, 16, 7, 40), yongan, {});
    s.transform(kPickling, QStringLiteral("fl-plant"), at(2026, 2, 20, 9, 0),
                {{QStringLiteral("QCT-260210-NT1"), 28600},
                 {QStringLiteral("QCT-260214-BS"), 12800},
                 {QStringLiteral("QCT-260216-ZX"), 23900}},
                {{k.zhacaiBulk, QStringLiteral("FLZC-2602-P01"), 26000, {}},
                 {k.zhacaiBulk, QStringLiteral("FLZC-2602-P02"), 13000, {}}});
    s.transform(kPickling, QStringLiteral("fl-plant"), at(2026, 2, 24, 9, 0),
                {{QStringLiteral("QCT-260212-NT2"), 19400}},
                {{k.zhacaiBulk, QStringLiteral("FLZC-2602-P03"), 11600, {}}});
    s.transform(QStringLiteral("packing"), QStringLiteral("fl-plant"), at(2026, 4, 15, 10, 0),
                {{QStringLiteral("FLZC-2602-P01"), 26000}},
                {{k.zhacai80g, QStringLiteral("ZC80-260415A"), 12000, {}},
                 {k.zhacai80g, QStringLiteral("ZC80-260415B"), 12800, {}}});
    s.ship(QStringLiteral("ZC80-260415A"), QStringLiteral("yuwei-market"),
           QStringLiteral("cq-store-jiefangbei"), at(2026, 4, 20, 6, 0),
           {{po, QStringLiteral("urn:suyuan:po:YW-2026-04-0388")}},
           transport("road", QStringLiteral("重庆渝运冷链 Yuyun Cold Chain"), QStringLiteral("渝A·7K562"),
                     false));
    s.receive(QStringLiteral("ZC80-260415A"), QStringLiteral("cq-store-jiefangbei"), at(2026, 4, 20, 11, 30),
              QStringLiteral("fuzhou-zhacai"));

    // Jiangjin Sichuan pepper: dried bulk per grove, bagged into retail lots; one of them is
    // recalled after a residue finding.
    const QString jiuyeqing = QStringLiteral("九叶青 Jiuyeqing");
    const QStringList pepperCerts{QStringLiteral("绿色食品 Green Food"),
                                  QStringLiteral("地理标志产品 Geographical Indication")};
    s.harvest(k.pepperBulk, QStringLiteral("JJHJ-260722-ML"), 3800, QStringLiteral("jj-plot-maliu"),
              at(2026, 7, 22, 6, 30), jiuyeqing, pepperCerts);
    s.harvest(k.pepperBulk, QStringLiteral("JJHJ-260805-JY"), 4200, QStringLiteral("jj-plot-jiaoyuan"),
              at(2026, 8, 5, 6, 30), jiuyeqing, pepperCerts);
    s.transform(QStringLiteral("packing"), QStringLiteral("jj-packhouse"), at(2026, 8, 12, 9, 30),
                {{QStringLiteral("JJHJ-260722-ML"), 3800}},
                {{k.pepper250g, QStringLiteral("JJHJ250-260812A"), 1500, {}},
                 {k.pepper250g, QStringLiteral("JJHJ250-260812B"), 1500, {}},
                 {k.pepper250g, QStringLiteral("JJHJ250-260812C"), 750, {}}});
    s.ship(QStringLiteral("JJHJ250-260812A"), QStringLiteral("yuwei-market"),
           QStringLiteral("cq-store-jiefangbei"), at(2026, 8, 15, 6, 0),
           {{po, QStringLiteral("urn:suyuan:po:YW-2026-08-0912")}});
    s.receive(QStringLiteral("JJHJ250-260812A"), QStringLiteral("cq-store-jiefangbei"),
              at(2026, 8, 15, 10, 45));
    s.ship(QStringLiteral("JJHJ250-260812B"), QStringLiteral("yuwei-market"),
           QStringLiteral("cq-store-jiefangbei"), at(2026, 8, 15, 6, 0),
           {{po, QStringLiteral("urn:suyuan:po:YW-2026-08-0912")}});
    s.receive(QStringLiteral("JJHJ250-260812B"), QStringLiteral("cq-store-jiefangbei"),
              at(2026, 8, 15, 10, 45));
    TraceService::Observation sampling;
    sampling.kind = TraceService::Observation::Kind::LabTest;
    sampling.batches = {QStringLiteral("JJHJ250-260812B")};
    sampling.inspector = QStringLiteral("cq-agri-lab");
    sampling.locationKey = QStringLiteral("cq-store-jiefangbei");
    sampling.measurements = {{QStringLiteral("MassConcentration"),
                              0.62,
                              QStringLiteral("NA"),
                              {},
                              QStringLiteral("毒死蜱残留 Chlorpyrifos residue (mg/kg)"),
                              0.05}};
    sampling.passed = false;
    sampling.eventTime = at(2026, 9, 1, 10, 0);
    s.observe(sampling);
    s.sell(QStringLiteral("JJHJ250-260812A"), 420, QStringLiteral("cq-store-jiefangbei"),
           at(2026, 8, 31, 21, 0));
    s.sell(QStringLiteral("ZC80-260415A"), 3600, QStringLiteral("cq-store-jiefangbei"),
           at(2026, 5, 31, 21, 0));
    s.destroy(QStringLiteral("FJ10-251218"), 300,
              QStringLiteral("冷库温控故障致部分腐烂 Partly rotten after a cold-store fault"),
              at(2026, 1, 9, 10, 0));
    s.recall(QStringLiteral("JJHJ250-260812B"),
             QStringLiteral("市场监管抽检发现毒死蜱残留超过 GB 2763 限量，召回本批次。"
                            "Routine market sampling found chlorpyrifos residue above the GB 2763 limit; "
                            "this lot is recalled."),
             at(2026, 9, 3, 15, 0));
}

// ---- the generated part -------------------------------------------------------------------

struct OpenBatch
{
    QString batch;
    qint64 kg = 0; // whole kilograms, so sums are exact
};

struct GenProduct
{
    QString gtin; // 14 digits, or empty for a local code
    QString code;
    QString lotPrefix;
};

GenProduct withGtin(const QString& gtin, const char* lotPrefix)
{
    return {gtin, {}, QString::fromLatin1(lotPrefix)};
}

GenProduct withCode(const QString& code, const char* lotPrefix)
{
    return {{}, code, QString::fromLatin1(lotPrefix)};
}

// Builds EPCIS events in exactly the shape TraceService::harvest / transform produce, keeping
// every batch's remaining quantity here instead of asking the projection. Chains are
// harvest → grading (oranges), harvest → pickling → retail packs (tubers), harvest → retail
// bags (pepper): depth 2 at most. Open batches are used oldest first, so the pools stay small.
class Generator
{
public:
    Generator(const DemoProducts& k, quint64 seed)
        : m_zone(kUtcPlus8), m_ms(at(2023, 1, 3, 8, 0).toMSecsSinceEpoch()),
          m_orange(withGtin(k.orange, "FJ")), m_orange5kg(withGtin(k.orange5kg, "FJ5A")),
          m_orange10kg(withGtin(k.orange10kg, "FJ10")), m_tuber(withCode(k.tuberCode, "QCT")),
          m_zhacaiBulk(withCode(k.zhacaiBulkCode, "FLZC")), m_zhacai80g(withGtin(k.zhacai80g, "ZC80")),
          m_pepperBulk(withGtin(k.pepperBulk, "JJHJ")), m_pepper250g(withGtin(k.pepper250g, "JJHJ250"))
    {
        const quint32 words[2] = {static_cast<quint32>(seed), static_cast<quint32>(seed >> 32)};
        m_rng = QRandomGenerator(words, 2);
        for (const char* plot : {"fj-plot-shima", "fj-plot-baidi", "fj-plot-anping", "fj-plot-yongle"}) {
            m_orangePlots << locationUri(QString::fromLatin1(plot));
        }
        for (const char* plot :
             {"fl-plot-nantuo-1", "fl-plot-nantuo-2", "fl-plot-baisheng", "fl-plot-zhenxi"}) {
            m_tuberPlots << locationUri(QString::fromLatin1(plot));
        }
        for (const char* plot : {"jj-plot-maliu", "jj-plot-jiaoyuan"}) {
            m_pepperPlots << locationUri(QString::fromLatin1(plot));
        }
        m_orangeIlmd = harvestData(
            {}, QStringLiteral("纽荷尔 Newhall"),
            {QStringLiteral("绿色食品 Green Food"), QStringLiteral("地理标志产品 Geographical Indication")});
        m_tuberIlmd = harvestData({}, QStringLiteral("永安小叶 Yong'an small-leaf"),
                                  {QStringLiteral("地理标志产品 Geographical Indication")});
        m_pepperIlmd = harvestData(
            {}, QStringLiteral("九叶青 Jiuyeqing"),
            {QStringLiteral("绿色食品 Green Food"), QStringLiteral("地理标志产品 Geographical Indication")});
    }

    QJsonObject next()
    {
        // Between 30 s and 2 min apart: a million events span about two and a half years.
        m_ms += 30'000 + m_rng.bounded(90'000);
        const int pick = static_cast<int>(m_rng.bounded(100));
        const bool full = m_orangeOpen.size() > kPoolLimit || m_tuberOpen.size() > kPoolLimit ||
                          m_bulkOpen.size() > kPoolLimit || m_pepperOpen.size() > kPoolLimit;
        if (pick >= 40 || full) {
            for (int i = 0; i < 4; ++i) {
                const int kind = (m_rotation + i) % 4;
                if (!pool(kind).empty() && (!full || pool(kind).size() > kPoolLimit)) {
                    m_rotation = kind + 1;
                    return transformation(kind);
                }
            }
        }
        const int family = static_cast<int>(m_rng.bounded(100));
        if (family < 45) {
            return harvest(m_orange, m_orangePlots, m_orangeIlmd, 2000, 30000, m_orangeOpen);
        }
        if (family < 80) {
            return harvest(m_tuber, m_tuberPlots, m_tuberIlmd, 3000, 30000, m_tuberOpen);
        }
        return harvest(m_pepperBulk, m_pepperPlots, m_pepperIlmd, 500, 5000, m_pepperOpen);
    }

private:
    static constexpr size_t kPoolLimit = 64;

    std::deque<OpenBatch>& pool(int kind)
    {
        switch (kind) {
        case 0:
            return m_orangeOpen;
        case 1:
            return m_tuberOpen;
        case 2:
            return m_bulkOpen;
        default:
            return m_pepperOpen;
        }
    }

    QString newLot(const GenProduct& p)
    {
        return p.lotPrefix + QStringLiteral("-G") +
               QString::number(++m_lots).rightJustified(8, QLatin1Char('0'));
    }

    static QString batchId(const GenProduct& p, const QString& lot)
    {
        return p.gtin.isEmpty() ? gs1::localBatchUri(p.code, lot) : gs1::batchIdForGtin(p.gtin, lot);
    }

    static QJsonObject quantity(const QString& batch, qint64 kg)
    {
        return QJsonObject{{QStringLiteral("epcClass"), batch},
                           {QStringLiteral("quantity"), static_cast<double>(kg)},
                           {QStringLiteral("uom"), QStringLiteral("KGM")}};
    }

    void stamp(QJsonObject& event) const
    {
        event.insert(QStringLiteral("eventTime"),
                     eventTimeText(QDateTime::fromMSecsSinceEpoch(m_ms, m_zone)));
        event.insert(QStringLiteral("eventTimeZoneOffset"), QStringLiteral("+08:00"));
        event.insert(QStringLiteral("eventID"),
                     QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    }

    QJsonObject harvest(const GenProduct& product, const QStringList& plots, QJsonObject ilmd, int minKg,
                        int maxKg, std::deque<OpenBatch>& pool)
    {
        const QString id = batchId(product, newLot(product));
        const qint64 kg = minKg + m_rng.bounded(maxKg - minKg + 1);
        const QJsonObject plot{{QStringLiteral("id"), plots.at(static_cast<qsizetype>(
                                                          m_rng.bounded(static_cast<int>(plots.size()))))}};
        ilmd.insert(kHarvestDate, QDateTime::fromMSecsSinceEpoch(m_ms, m_zone).date().toString(Qt::ISODate));
        QJsonObject event{{QStringLiteral("type"), QStringLiteral("ObjectEvent")},
                          {QStringLiteral("action"), QStringLiteral("ADD")},
                          {QStringLiteral("bizStep"), QStringLiteral("commissioning")},
                          {QStringLiteral("disposition"), QStringLiteral("active")},
                          {QStringLiteral("epcList"), QJsonArray()},
                          {QStringLiteral("quantityList"), QJsonArray{quantity(id, kg)}},
                          {QStringLiteral("bizLocation"), plot},
                          {QStringLiteral("readPoint"), plot},
                          {QStringLiteral("ilmd"), ilmd}};
        stamp(event);
        pool.push_back({id, kg});
        return event;
    }

    QJsonObject transformation(int kind)
    {
        // Which pool feeds it, how many inputs at most, what comes out and where.
        std::deque<OpenBatch>& inputs = pool(kind);
        const int maxInputs = kind == 0 ? 3 : kind == 1 ? 4 : kind == 2 ? 2 : 1;
        const int ratioMin = kind == 0 ? 850 : kind == 1 ? 550 : 960; // output per mille of input
        const int ratioMax = kind == 0 ? 950 : kind == 1 ? 650 : 1000;
        const int outputsWanted = kind == 0   ? 1 + m_rng.bounded(2)
                                  : kind == 1 ? 1 + m_rng.bounded(2)
                                              : 2 + m_rng.bounded(2);
        static const QString locations[] = {
            locationUri(QStringLiteral("fj-packhouse")), locationUri(QStringLiteral("fl-plant")),
            locationUri(QStringLiteral("fl-plant")), locationUri(QStringLiteral("jj-packhouse"))};

        QJsonArray in;
        qint64 total = 0;
        const int wanted = 1 + m_rng.bounded(maxInputs);
        for (int i = 0; i < wanted && !inputs.empty(); ++i) {
            OpenBatch& b = inputs.front();
            qint64 take = b.kg;
            const bool partial = b.kg >= 10 && m_rng.bounded(100) < 30;
            if (partial) {
                take = std::max<qint64>(1, b.kg * (30 + m_rng.bounded(61)) / 100);
            }
            in.append(quantity(b.batch, take));
            total += take;
            b.kg -= take;
            if (b.kg > 0) {
                break; // it stays first in line; the next transformation takes the rest
            }
            inputs.pop_front();
        }
        const qint64 produced =
            std::clamp<qint64>(total * (ratioMin + m_rng.bounded(ratioMax - ratioMin + 1)) / 1000, 1, total);
        const qint64 n = std::min<qint64>(outputsWanted, produced);
        QJsonArray out;
        for (qint64 i = 0; i < n; ++i) {
            const GenProduct& product = kind == 0   ? (i == 0 ? m_orange5kg : m_orange10kg)
                                        : kind == 1 ? m_zhacaiBulk
                                        : kind == 2 ? m_zhacai80g
                                                    : m_pepper250g;
            const qint64 kg = i + 1 < n ? produced / n : produced - produced / n * (n - 1);
            const QString id = batchId(product, newLot(product));
            out.append(quantity(id, kg));
            if (kind == 1) {
                m_bulkOpen.push_back({id, kg});
            }
        }
        QJsonObject event{
            {QStringLiteral("type"), QStringLiteral("TransformationEvent")},
            {QStringLiteral("bizStep"), kind == 1 ? kPickling : QStringLiteral("packing")},
            {QStringLiteral("disposition"), QStringLiteral("active")},
            {QStringLiteral("inputQuantityList"), in},
            {QStringLiteral("outputQuantityList"), out},
            {QStringLiteral("bizLocation"), QJsonObject{{QStringLiteral("id"), locations[kind]}}}};
        stamp(event);
        return event;
    }

    QRandomGenerator m_rng;
    QTimeZone m_zone;
    qint64 m_ms = 0;
    qint64 m_lots = 0;
    int m_rotation = 0;
    GenProduct m_orange, m_orange5kg, m_orange10kg, m_tuber, m_zhacaiBulk, m_zhacai80g, m_pepperBulk,
        m_pepper250g;
    QStringList m_orangePlots, m_tuberPlots, m_pepperPlots;
    QJsonObject m_orangeIlmd, m_tuberIlmd, m_pepperIlmd;
    std::deque<OpenBatch> m_orangeOpen, m_tuberOpen, m_bulkOpen, m_pepperOpen;
};

Result<qint64> count(Database& db, const char* sql)
{
    auto st = db.prepare(sql);
    if (!st.step() && !st.status()) {
        return st.status().error();
    }
    return st.int64(0);
}

Error cancelled()
{
    return Error(
        ErrorCode::Cancelled,
        QCoreApplication::translate(
            "suyuan", "Filling the demo ledger was cancelled; what was written so far stays in the ledger."));
}

} // namespace

Result<DemoSummary> fillDemoLedger(TraceService& trace, const DemoOptions& options,
                                   const ProgressFn& progress)
{
    QElapsedTimer timer;
    timer.start();
    Database& db = trace.ledger().database();
    if (options.scale < 0 || options.chunkSize < 1) {
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("suyuan",
                                                 "The demo size must be zero or more events, in chunks of "
                                                 "at least one."));
    }
    auto existing =
        count(db, "SELECT (SELECT count(*) FROM trace_products) + (SELECT count(*) FROM trace_parties) + "
                  "(SELECT count(*) FROM trace_locations) + (SELECT count(*) FROM trace_events);");
    if (!existing) {
        return existing.error();
    }
    if (existing.value() > 0) {
        return Error(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("suyuan", "The demo data can only go into a new, empty profile."));
    }

    const DemoProducts products;
    Scenario scenario(trace);
    addMasterData(scenario, products);
    addEvents(scenario, products);
    const qint64 total = scenario.size() + options.scale;
    for (qsizetype i = 0; i < scenario.size(); ++i) {
        if (auto st = scenario.run(i); !st) {
            return st.error();
        }
        if (progress && !progress(i + 1, total)) {
            return cancelled();
        }
    }

    DemoSummary summary;
    summary.scenarioEvents = scenario.events();
    summary.exportBatch = scenario.batch(QStringLiteral("FJ5A-251218"));
    summary.zhacaiRetailBatch = scenario.batch(QStringLiteral("ZC80-260415A"));
    summary.recalledBatch = scenario.batch(QStringLiteral("JJHJ250-260812B"));

    QElapsedTimer generation;
    generation.start();
    // The ledger's thread is the bottleneck (projection and SQLite), so the next chunk is built
    // on another thread while this one is stored. The generator is only ever used by one
    // thread at a time: each build starts after the previous one was collected.
    Generator generator(products, options.seed);
    const QString kind = QStringLiteral("epcis.event");
    const auto build = [&generator, kind](qint64 n) {
        QList<Ledger::Draft> drafts;
        drafts.reserve(n);
        for (qint64 i = 0; i < n; ++i) {
            drafts.append({kind, generator.next()});
        }
        return drafts;
    };
    std::future<QList<Ledger::Draft>> next;
    if (options.scale > 0) {
        next = std::async(std::launch::async, build, std::min<qint64>(options.chunkSize, options.scale));
    }
    for (qint64 done = 0; done < options.scale;) {
        const QList<Ledger::Draft> drafts = next.get();
        const qint64 n = drafts.size();
        if (done + n < options.scale) {
            next = std::async(std::launch::async, build,
                              std::min<qint64>(options.chunkSize, options.scale - done - n));
        }
        // On an early return the pending build is waited for by the future's destructor.
        if (auto stored = trace.ledger().appendBatch(drafts); !stored) {
            return stored.error();
        }
        done += n;
        summary.generatedEvents = done;
        if (progress && !progress(scenario.size() + done, total)) {
            return cancelled();
        }
    }
    summary.generationMs = generation.elapsed();

    const std::pair<qint64*, const char*> counts[] = {
        {&summary.products, "SELECT count(*) FROM trace_products;"},
        {&summary.parties, "SELECT count(*) FROM trace_parties;"},
        {&summary.locations, "SELECT count(*) FROM trace_locations;"},
        {&summary.batches, "SELECT count(*) FROM trace_batches;"},
        {&summary.events, "SELECT count(*) FROM trace_events;"}};
    for (const auto& [target, sql] : counts) {
        auto n = count(db, sql);
        if (!n) {
            return n.error();
        }
        *target = n.value();
    }
    summary.elapsedMs = timer.elapsed();
    return summary;
}

} // namespace suyuan::trace
