#include "LabelRender.h"

#include "trace/Gs1.h"
#include "util/Files.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextLayout>
#include <QTranslator>

#include <algorithm>
#include <cmath>
#include <future>
#include <vector>

namespace suyuan::labels {

namespace {

// Layout units: fonts are sized in whole "pixels" of 1/100 mm so that text metrics do not
// depend on the device (and pixel sizes are integers).
constexpr double unitsPerMm = 100;
// Lines are set at a fixed leading whatever fonts a line falls back to (Noto Sans CJK's own
// line height is 1.45 em, DejaVu Sans's 1.16 em); the baseline sits this far below the top.
constexpr double leadingEm = 1.25;
constexpr double baselineEm = 0.98;

// Text needs fonts, and fonts a QGuiApplication: without one Qt aborts.
bool haveGui()
{
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr;
}

Error noGui()
{
    return Error(ErrorCode::Internal,
                 QCoreApplication::translate("suyuan",
                                             "Labels need fonts, and so a graphical application object "
                                             "(QGuiApplication; the offscreen platform will do)."));
}

struct FontSpec
{
    double pt = 6;
    bool bold = false;
    bool mono = false;
};

double emMm(double pt)
{
    return pt * 25.4 / 72.0;
}

double leadingMm(double pt)
{
    return emMm(pt) * leadingEm;
}

QFont makeFont(const FontSpec& spec)
{
    QFont font;
    // DejaVu for Latin text, Noto Sans CJK SC for Chinese (Simplified Chinese glyph forms).
    font.setFamilies(
        spec.mono ? QStringList{QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans Mono CJK SC")}
                  : QStringList{QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    font.setPixelSize(std::max(1, int(std::lround(emMm(spec.pt) * unitsPerMm))));
    font.setBold(spec.bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(true);
    return font;
}

// Fonts are looked up once per size and style (a label uses three or four).
QFont cachedFont(const FontSpec& spec)
{
    struct Entry
    {
        FontSpec spec;
        QFont font;
    };
    thread_local std::vector<Entry> cache;
    for (const Entry& e : cache) {
        if (e.spec.pt == spec.pt && e.spec.bold == spec.bold && e.spec.mono == spec.mono) {
            return e.font;
        }
    }
    if (cache.size() > 32) {
        cache.clear();
    }
    cache.push_back({spec, makeFont(spec)});
    return cache.back().font;
}

QString oneLine(const QString& text)
{
    return text.simplified();
}

// Wraps text to lines no wider than widthMm; more than maxLines and the last is elided.
QStringList wrapText(const QString& text, const FontSpec& spec, double widthMm, int maxLines, bool anywhere,
                     bool* elided)
{
    QStringList lines;
    if (text.isEmpty() || maxLines < 1 || widthMm <= 0) {
        return lines;
    }
    const QFont font = cachedFont(spec);
    const double width = widthMm * unitsPerMm;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(anywhere ? QTextOption::WrapAnywhere : QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QList<int> starts;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid()) {
            break;
        }
        line.setLineWidth(width);
        if (starts.size() == maxLines) {
            // More text than lines: the last line takes the rest, elided.
            starts << -1;
            break;
        }
        starts << line.textStart();
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    if (starts.size() > maxLines) {
        const QString rest = text.mid(starts.at(maxLines - 1)).trimmed();
        lines[maxLines - 1] = QFontMetricsF(font).elidedText(rest, Qt::ElideRight, width);
        *elided = true;
    }
    // A single glyph wider than the line (never with sane sizes) is elided away rather than
    // drawn past the edge.
    for (QString& l : lines) {
        if (QFontMetricsF(font).horizontalAdvance(l) > width) {
            l = QFontMetricsF(font).elidedText(l, Qt::ElideRight, width);
            *elided = true;
        }
    }
    return lines;
}

double textWidthMm(const QString& text, const FontSpec& spec)
{
    return QFontMetricsF(cachedFont(spec)).horizontalAdvance(text) / unitsPerMm;
}

struct Block
{
    LabelField field = LabelField::Product;
    QString text;
    FontSpec font;
    int maxLines = 2;
    int dropRank = 0;        // 0: always kept; otherwise the highest rank is dropped first
    bool centred = false;    // the pledge title
    bool checkBox = false;   // a pledge statement: ticked box in front
    bool blankLine = false;  // an empty certificate field: a line to write on after the text
    double spaceAfterEm = 0; // extra space after the block
};

struct Flow
{
    LabelLayout* layout = nullptr;
    QList<QRectF> regions;
    int region = 0;
    double y = 0;
};

void addLine(LabelLayout& layout, const QString& text, const FontSpec& spec, double x, double y)
{
    LabelLayout::Line line;
    line.text = text;
    line.rectMm = QRectF(x, y, textWidthMm(text, spec), leadingMm(spec.pt));
    line.bold = spec.bold;
    line.mono = spec.mono;
    line.pt = spec.pt;
    layout.lines << line;
}

// Places the blocks in order into the regions (moving on to the next region when a block does
// not fit the rest of this one). Returns the index of the first block that did not fit
// anywhere, or -1. With truncate, that block gets the lines that fit, the last one elided.
int flowBlocks(Flow& flow, const QList<Block>& blocks, bool truncate)
{
    LabelLayout& out = *flow.layout;
    if (flow.regions.isEmpty()) {
        return blocks.isEmpty() ? -1 : 0;
    }
    for (int i = 0; i < blocks.size(); ++i) {
        const Block& b = blocks.at(i);
        const double lead = leadingMm(b.font.pt);
        const double em = emMm(b.font.pt);
        const double indent = b.checkBox ? em * 1.15 : 0;
        for (;;) {
            if (flow.region >= flow.regions.size()) {
                return i;
            }
            const QRectF reg = flow.regions.at(flow.region);
            const int avail = int(std::floor((reg.bottom() - flow.y) / lead + 1e-6));
            const double width = reg.width() - indent;
            bool elided = false;
            QStringList lines;
            if (avail >= 1 && width > em) {
                lines = wrapText(b.text, b.font, width, b.maxLines, false, &elided);
            }
            const bool last = flow.region + 1 >= flow.regions.size();
            if (lines.isEmpty() || lines.size() > avail) {
                if (truncate && last && avail >= 1 && width > em) {
                    lines = wrapText(b.text, b.font, width, avail, false, &elided);
                } else {
                    ++flow.region;
                    if (flow.region < flow.regions.size()) {
                        flow.y = flow.regions.at(flow.region).top();
                    }
                    continue;
                }
            }
            out.elided = out.elided || elided;
            for (int l = 0; l < lines.size(); ++l) {
                const double y = flow.y + l * lead;
                double x = reg.left() + indent;
                if (b.centred) {
                    x = reg.left() + (reg.width() - textWidthMm(lines.at(l), b.font)) / 2;
                }
                addLine(out, lines.at(l), b.font, x, y);
                if (l == 0 && b.checkBox) {
                    const double side = em * 0.78;
                    out.checkBoxesMm << QRectF(reg.left() + em * 0.05, y + (baselineEm - 0.84) * em, side,
                                               side);
                }
            }
            if (b.blankLine) {
                const QRectF& r = out.lines.constLast().rectMm;
                const double x0 = r.right() + em * 0.3;
                const double base = r.top() + (baselineEm + 0.12) * em;
                if (reg.right() - x0 > em * 2) {
                    out.rulesMm << QLineF(x0, base, reg.right(), base);
                }
            }
            flow.y += lines.size() * lead + b.spaceAfterEm * em;
            break;
        }
    }
    return -1;
}

// Flows the blocks, dropping the highest-ranked optional ones until the rest fit; if even the
// essential ones do not, they are cut to what fits. Records the dropped fields.
void placeBlocks(LabelLayout& layout, QList<Block> blocks, const QList<QRectF>& regions)
{
    for (;;) {
        LabelLayout trial = layout;
        Flow flow{&trial, regions, 0, regions.isEmpty() ? 0 : regions.first().top()};
        if (flowBlocks(flow, blocks, false) < 0) {
            layout = trial;
            return;
        }
        int drop = -1;
        for (int i = 0; i < blocks.size(); ++i) {
            if (blocks.at(i).dropRank > 0 && (drop < 0 || blocks.at(i).dropRank > blocks.at(drop).dropRank)) {
                drop = i;
            }
        }
        if (drop < 0) {
            Flow cut{&layout, regions, 0, regions.isEmpty() ? 0 : regions.first().top()};
            const int first = flowBlocks(cut, blocks, true);
            for (int i = first; i >= 0 && i < blocks.size(); ++i) {
                if (!layout.dropped.contains(blocks.at(i).field)) {
                    layout.dropped << blocks.at(i).field;
                }
            }
            return;
        }
        if (!layout.dropped.contains(blocks.at(drop).field)) {
            layout.dropped << blocks.at(drop).field;
        }
        blocks.removeAt(drop);
    }
}

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

void addField(QList<Block>& blocks, const LabelTemplate& t, LabelField field, const QString& text, int rank,
              int maxLines = 2)
{
    if (!t.fields.testFlag(field) || text.isEmpty()) {
        return;
    }
    Block b;
    b.field = field;
    b.text = text;
    b.font = {t.textPt, false, false};
    b.dropRank = rank;
    b.maxLines = maxLines;
    blocks << b;
}

QList<Block> standardBlocks(const LabelTemplate& t, const LabelContent& c)
{
    QList<Block> blocks;
    const QString zh = oneLine(c.productZh);
    const QString en = oneLine(c.productEn);
    if (t.fields.testFlag(LabelField::Product) && !(zh.isEmpty() && en.isEmpty())) {
        Block title;
        title.field = LabelField::Product;
        title.text = zh.isEmpty() ? en : zh;
        title.font = {t.titlePt, true, false};
        title.maxLines = t.titleLines;
        title.spaceAfterEm = 0.1;
        blocks << title;
        if (!zh.isEmpty() && !en.isEmpty()) {
            Block second;
            second.field = LabelField::Product;
            second.text = en;
            second.font = {t.textPt, false, false};
            second.maxLines = 2;
            second.dropRank = 8;
            blocks << second;
        }
    }
    // Drop ranks: on a label too small for everything, contact goes first, then expiry, the
    // English name, the entity code, the producer, origin, date, quantity and the serial.
    addField(blocks, t, LabelField::Lot, QCoreApplication::translate("suyuan", "Lot: %1").arg(oneLine(c.lot)),
             0);
    if (!c.serial.isEmpty()) {
        addField(blocks, t, LabelField::Serial,
                 QCoreApplication::translate("suyuan", "Serial: %1").arg(oneLine(c.serial)), 1);
    }
    if (c.productionDate.isValid()) {
        addField(blocks, t, LabelField::Date,
                 QCoreApplication::translate("suyuan", "Produced: %1").arg(isoDate(c.productionDate)), 3);
    }
    if (c.expiry.isValid()) {
        addField(blocks, t, LabelField::Expiry,
                 QCoreApplication::translate("suyuan", "Best before: %1").arg(isoDate(c.expiry)), 9);
    }
    if (c.netQuantity > 0) {
        addField(blocks, t, LabelField::NetQuantity,
                 QCoreApplication::translate("suyuan", "Net: %1").arg(quantityText(c.netQuantity, c.unit)),
                 2);
    }
    if (!c.origin.isEmpty()) {
        addField(blocks, t, LabelField::Origin,
                 QCoreApplication::translate("suyuan", "Origin: %1").arg(oneLine(c.origin)), 4);
    }
    if (!c.producerName.isEmpty()) {
        addField(blocks, t, LabelField::Producer,
                 QCoreApplication::translate("suyuan", "Producer: %1").arg(oneLine(c.producerName)), 6);
    }
    if (!c.entityCode.isEmpty()) {
        addField(blocks, t, LabelField::EntityCode,
                 QCoreApplication::translate("suyuan", "Entity code: %1").arg(oneLine(c.entityCode)), 7);
    }
    if (!c.producerContact.isEmpty()) {
        addField(blocks, t, LabelField::Contact,
                 QCoreApplication::translate("suyuan", "Contact: %1").arg(oneLine(c.producerContact)), 10);
    }
    if (c.lot.isEmpty()) {
        blocks.erase(std::remove_if(blocks.begin(), blocks.end(),
                                    [](const Block& b) { return b.field == LabelField::Lot; }),
                     blocks.end());
    }
    return blocks;
}

// The URI along the bottom of `area` (monospace, wrapped anywhere); returns its top, or
// area.bottom() when there is no URI or no room.
double placeUri(LabelLayout& layout, const LabelTemplate& t, const LabelContent& c, const QRectF& area)
{
    if (!t.fields.testFlag(LabelField::Uri) || c.uri.isEmpty()) {
        return area.bottom();
    }
    const FontSpec code{t.codePt, false, true};
    const double lead = leadingMm(t.codePt);
    const int avail = int(std::floor(area.height() / lead + 1e-6));
    bool elided = false;
    const QStringList lines = wrapText(c.uri, code, area.width(), avail, true, &elided);
    if (lines.isEmpty()) {
        layout.dropped << LabelField::Uri;
        return area.bottom();
    }
    const double top = area.bottom() - lines.size() * lead;
    for (int i = 0; i < lines.size(); ++i) {
        addLine(layout, lines.at(i), code, area.left(), top + i * lead);
    }
    layout.elided = layout.elided || elided;
    return top;
}

LabelLayout layoutStandard(const LabelTemplate& t, const LabelContent& c)
{
    LabelLayout layout;
    layout.qrMm = t.qrMm;
    const double pad = t.paddingMm;
    const QRectF inner(pad, pad, t.labelMm.width() - 2 * pad, t.labelMm.height() - 2 * pad);
    const QRectF qr = t.qrMm;
    const double below = qr.bottom() + t.gapMm;
    double bottom = inner.bottom();
    if (below < inner.bottom()) {
        const double uriTop =
            placeUri(layout, t, c, QRectF(inner.left(), below, inner.width(), inner.bottom() - below));
        if (uriTop < inner.bottom()) {
            bottom = uriTop - t.gapMm / 2;
        }
    } else if (t.fields.testFlag(LabelField::Uri) && !c.uri.isEmpty()) {
        layout.dropped << LabelField::Uri;
    }
    QList<QRectF> regions;
    const double besideLeft = qr.right() + t.gapMm;
    if (inner.right() - besideLeft > 0 && qr.bottom() > inner.top()) {
        regions << QRectF(besideLeft, inner.top(), inner.right() - besideLeft,
                          std::min(qr.bottom(), bottom) - inner.top());
    }
    if (bottom - below > 0) {
        regions << QRectF(inner.left(), below, inner.width(), bottom - below);
    }
    placeBlocks(layout, standardBlocks(t, c), regions);
    return layout;
}

// The certificate's own words: the 承诺达标合格证 is a Chinese form (the pledge a producer signs
// under the Ministry of Agriculture and Rural Affairs' scheme), so it is printed in Chinese
// whatever the language of the screen. The texts are written in English in the source like
// every other string and translated through the zh_CN catalogue; without that catalogue (a
// build without translations) they fall back to the screen's language.
QString pledgeText(const char* source)
{
    static const QTranslator* const zh = [] {
        auto* t = new QTranslator;
        if (!t->load(QStringLiteral(":/i18n/suyuan_zh_CN.qm"))) {
            delete t;
            return static_cast<QTranslator*>(nullptr);
        }
        return t;
    }();
    if (zh) {
        const QString text = zh->translate("suyuan", source);
        if (!text.isEmpty()) {
            return text;
        }
    }
    return QCoreApplication::translate("suyuan", source);
}

QList<Block> pledgeFieldBlocks(const LabelTemplate& t, const LabelContent& c)
{
    QList<Block> blocks;
    const auto field = [&](LabelField f, const QString& format, const QString& value, int rank,
                           bool required) {
        if (!t.fields.testFlag(f) || (value.isEmpty() && !required)) {
            return;
        }
        Block b;
        b.field = f;
        b.text = value.isEmpty() ? format.arg(QString()).trimmed() : format.arg(value);
        b.font = {t.textPt, false, false};
        b.dropRank = rank;
        b.blankLine = value.isEmpty();
        b.spaceAfterEm = 0.15;
        blocks << b;
    };
    const QString zh = oneLine(c.productZh);
    const QString en = oneLine(c.productEn);
    QString product = zh.isEmpty() ? en : zh;
    if (!zh.isEmpty() && !en.isEmpty()) {
        product += QStringLiteral(" ") + en;
    }
    field(LabelField::Product, pledgeText(QT_TRANSLATE_NOOP("suyuan", "Edible farm produce: %1")), product, 0,
          true);
    field(LabelField::NetQuantity, pledgeText(QT_TRANSLATE_NOOP("suyuan", "Quantity (weight): %1")),
          c.netQuantity > 0 ? quantityText(c.netQuantity, c.unit) : QString(), 0, true);
    field(LabelField::Origin, pledgeText(QT_TRANSLATE_NOOP("suyuan", "Origin: %1")), oneLine(c.origin), 0,
          true);
    field(LabelField::Producer, pledgeText(QT_TRANSLATE_NOOP("suyuan", "Producer: %1")),
          oneLine(c.producerName), 0, true);
    field(LabelField::EntityCode, pledgeText(QT_TRANSLATE_NOOP("suyuan", "Entity code: %1")),
          oneLine(c.entityCode), 4, false);
    field(LabelField::Contact, pledgeText(QT_TRANSLATE_NOOP("suyuan", "Contact: %1")),
          oneLine(c.producerContact), 0, true);
    field(LabelField::Date, pledgeText(QT_TRANSLATE_NOOP("suyuan", "Issue date: %1")),
          c.issueDate.isValid() ? isoDate(c.issueDate) : QString(), 0, true);
    field(LabelField::Lot, pledgeText(QT_TRANSLATE_NOOP("suyuan", "Lot: %1")), oneLine(c.lot), 3, false);
    field(LabelField::Serial, pledgeText(QT_TRANSLATE_NOOP("suyuan", "Serial: %1")), oneLine(c.serial), 2,
          false);
    if (c.productionDate.isValid()) {
        field(LabelField::Date, pledgeText(QT_TRANSLATE_NOOP("suyuan", "Produced: %1")),
              isoDate(c.productionDate), 5, false);
    }
    return blocks;
}

LabelLayout layoutPledge(const LabelTemplate& t, const LabelContent& c)
{
    LabelLayout layout;
    layout.qrMm = t.qrMm;
    layout.frameMm = QRectF(QPointF(0, 0), t.labelMm).adjusted(1, 1, -1, -1);
    const double pad = t.paddingMm;
    const QRectF inner(pad, pad, t.labelMm.width() - 2 * pad, t.labelMm.height() - 2 * pad);
    const QRectF qr = t.qrMm;

    // The certificate's heading and pledge, across the label above the QR.
    Block title;
    title.text = pledgeText(QT_TRANSLATE_NOOP("suyuan", "Compliance pledge certificate"));
    title.font = {t.titlePt, true, false};
    title.maxLines = 1;
    title.centred = true;
    QList<Block> head{title};
    Block intro;
    intro.text = pledgeText(
        QT_TRANSLATE_NOOP("suyuan", "For the edible farm produce I produce and sell, I pledge to:"));
    intro.font = {t.textPt, false, false};
    intro.maxLines = 2;
    intro.spaceAfterEm = 0.2;
    head << intro;
    const QStringList statements =
        c.pledgeStatements.isEmpty() ? defaultPledgeStatements() : c.pledgeStatements;
    for (const QString& s : statements) {
        Block b;
        b.text = oneLine(s);
        b.font = {t.textPt, false, false};
        b.maxLines = 3;
        b.checkBox = true;
        b.spaceAfterEm = 0.1;
        head << b;
    }
    Block closing;
    closing.text = pledgeText(QT_TRANSLATE_NOOP(
        "suyuan", "and I am responsible for the quality and safety of the produce and for the truth of this "
                  "certificate."));
    closing.font = {t.textPt, false, false};
    closing.maxLines = 2;
    head << closing;
    const QRectF headArea(inner.left(), inner.top(), inner.width(), qr.top() - t.gapMm - inner.top());
    Flow headFlow{&layout, {headArea}, 0, headArea.top()};
    // The rule under the title goes after its line.
    const int firstCut = flowBlocks(headFlow, {title}, true);
    Q_UNUSED(firstCut);
    const double ruleY = headFlow.y + t.gapMm / 2;
    layout.rulesMm << QLineF(inner.left(), ruleY, inner.right(), ruleY);
    headFlow.y = ruleY + t.gapMm / 2;
    head.removeFirst();
    flowBlocks(headFlow, head, true);

    // Fields to the left of the QR, the URI under them.
    const double top = std::min(headFlow.y + t.gapMm, qr.top());
    const QRectF left(inner.left(), top, qr.left() - t.gapMm - inner.left(), inner.bottom() - top);
    double bottom = left.bottom();
    if (left.width() > 0 && left.height() > 0) {
        const double uriTop = placeUri(layout, t, c, left);
        if (uriTop < left.bottom()) {
            bottom = uriTop - t.gapMm / 2;
        }
    }
    QList<QRectF> regions;
    if (bottom - top > 0 && left.width() > 0) {
        regions << QRectF(left.left(), top, left.width(), bottom - top);
    }
    placeBlocks(layout, pledgeFieldBlocks(t, c), regions);
    return layout;
}

} // namespace

QRectF LabelLayout::inkBoundsMm() const
{
    QRectF r = qrMm;
    for (const Line& l : lines) {
        r = r.united(l.rectMm);
    }
    for (const QRectF& b : checkBoxesMm) {
        r = r.united(b);
    }
    for (const QLineF& l : rulesMm) {
        r = r.united(QRectF(l.p1(), l.p2()).normalized());
    }
    if (!frameMm.isNull()) {
        r = r.united(frameMm);
    }
    return r;
}

QStringList defaultPledgeStatements()
{
    return {
        pledgeText(QT_TRANSLATE_NOOP("suyuan", "use no banned or restricted pesticides or veterinary drugs")),
        pledgeText(QT_TRANSLATE_NOOP("suyuan", "use no illegal additives")),
        pledgeText(QT_TRANSLATE_NOOP("suyuan", "observe the pre-harvest intervals for pesticides and the "
                                               "withdrawal periods for veterinary drugs")),
        pledgeText(QT_TRANSLATE_NOOP(
            "suyuan",
            "sell only edible farm produce that meets the mandatory national food safety standards for "
            "pesticide and veterinary drug residues"))};
}

QString quantityText(double quantity, const QString& unit)
{
    const QString number = QLocale().toString(quantity, 'f', QLocale::FloatingPointShortest);
    QString symbol;
    if (unit == QLatin1String("KGM")) {
        symbol = QStringLiteral("kg");
    } else if (unit == QLatin1String("GRM")) {
        symbol = QStringLiteral("g");
    } else if (unit == QLatin1String("TNE")) {
        symbol = QStringLiteral("t");
    } else if (unit == QLatin1String("LTR")) {
        symbol = QStringLiteral("L");
    } else if (unit == QLatin1String("MLT")) {
        symbol = QStringLiteral("mL");
    } else if (gs1::isKnownUnit(unit)) {
        symbol = gs1::unitName(unit);
    } else {
        symbol = unit.trimmed();
    }
    // A no-break space: the number and its unit stay on one line.
    return symbol.isEmpty() ? number : number + QChar(0x00A0) + symbol;
}

LabelLayout layoutLabel(const LabelTemplate& tmpl, const LabelContent& content)
{
    return tmpl.layout == LabelTemplate::Layout::Pledge ? layoutPledge(tmpl, content)
                                                        : layoutStandard(tmpl, content);
}

void paintLabel(QPainter& painter, const QRectF& target, const LabelTemplate& tmpl,
                const LabelContent& content, const QrCode& qr, const LabelLayout& layout)
{
    Q_UNUSED(content);
    if (target.isEmpty() || tmpl.labelMm.isEmpty()) {
        return;
    }
    painter.save();
    painter.setClipRect(target, painter.hasClipping() ? Qt::IntersectClip : Qt::ReplaceClip);
    painter.translate(target.topLeft());
    painter.scale(target.width() / (tmpl.labelMm.width() * unitsPerMm),
                  target.height() / (tmpl.labelMm.height() * unitsPerMm));
    const auto u = [](const QRectF& mm) {
        return QRectF(mm.x() * unitsPerMm, mm.y() * unitsPerMm, mm.width() * unitsPerMm,
                      mm.height() * unitsPerMm);
    };
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);

    if (!layout.frameMm.isNull()) {
        painter.setPen(QPen(Qt::black, 0.3 * unitsPerMm));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(u(layout.frameMm).adjusted(15, 15, -15, -15));
    }
    if (!qr.isNull()) {
        qr.paint(painter, u(layout.qrMm));
    }
    painter.setPen(QPen(Qt::black, 0));
    painter.setBrush(Qt::NoBrush);
    double lastPt = -1;
    bool lastBold = false;
    bool lastMono = false;
    for (const LabelLayout::Line& line : layout.lines) {
        if (line.pt != lastPt || line.bold != lastBold || line.mono != lastMono) {
            painter.setFont(cachedFont({line.pt, line.bold, line.mono}));
            lastPt = line.pt;
            lastBold = line.bold;
            lastMono = line.mono;
        }
        const double baseline = line.rectMm.top() + baselineEm * emMm(line.pt);
        painter.drawText(QPointF(line.rectMm.left() * unitsPerMm, baseline * unitsPerMm), line.text);
    }
    for (const QRectF& box : layout.checkBoxesMm) {
        const QRectF b = u(box);
        painter.setPen(QPen(Qt::black, b.width() * 0.09));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(b);
        QPainterPath tick;
        tick.moveTo(b.left() + b.width() * 0.2, b.top() + b.height() * 0.52);
        tick.lineTo(b.left() + b.width() * 0.42, b.top() + b.height() * 0.76);
        tick.lineTo(b.left() + b.width() * 0.82, b.top() + b.height() * 0.24);
        painter.setPen(QPen(Qt::black, b.width() * 0.14, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(tick);
    }
    if (!layout.rulesMm.isEmpty()) {
        painter.setPen(QPen(Qt::black, 0.2 * unitsPerMm));
        for (const QLineF& l : layout.rulesMm) {
            painter.drawLine(QLineF(l.p1() * unitsPerMm, l.p2() * unitsPerMm));
        }
    }
    painter.restore();
}

Status paintLabel(QPainter& painter, const QRectF& target, const LabelTemplate& tmpl,
                  const LabelContent& content)
{
    if (!haveGui()) {
        return noGui();
    }
    auto qr = QrCode::encode(content.uri, tmpl.ecc);
    if (!qr) {
        return qr.error();
    }
    paintLabel(painter, target, tmpl, content, qr.value(), layoutLabel(tmpl, content));
    return {};
}

Status renderPages(QPagedPaintDevice& device, const LabelTemplate& tmpl, const QList<LabelContent>& labels,
                   const ProgressFn& progress, const PageOptions& options)
{
    if (!haveGui()) {
        return noGui();
    }
    if (labels.isEmpty()) {
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("suyuan", "There are no labels to print."));
    }
    const QPageLayout pageLayout(
        QPageSize(tmpl.pageMm, QPageSize::Millimeter, tmpl.name, QPageSize::ExactMatch),
        QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    if (!device.setPageLayout(pageLayout)) {
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("suyuan", "The device does not take pages of %1 × %2 mm.")
                         .arg(tmpl.pageMm.width())
                         .arg(tmpl.pageMm.height()));
    }
    // QR codes are encoded a chunk ahead on another thread while this one paints.
    constexpr qsizetype chunk = 64;
    const QrEcc ecc = tmpl.ecc;
    const auto encode = [&labels, ecc](qsizetype begin, qsizetype end) {
        return std::async(std::launch::async, [&labels, ecc, begin, end] {
            std::vector<Result<QrCode>> codes;
            codes.reserve(size_t(end - begin));
            for (qsizetype i = begin; i < end; ++i) {
                if (i > begin && labels.at(i).uri == labels.at(i - 1).uri) {
                    codes.push_back(codes.back());
                } else {
                    codes.push_back(QrCode::encode(labels.at(i).uri, ecc));
                }
            }
            return codes;
        });
    };
    const qsizetype total = labels.size();
    std::future<std::vector<Result<QrCode>>> next = encode(0, std::min(chunk, total));

    QPainter painter;
    if (!painter.begin(&device)) {
        next.wait();
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("suyuan", "Cannot start printing the labels."));
    }
    // Device pixels per millimetre (the painter starts at the page's corner: no margins).
    const double scale = device.logicalDpiX() / 25.4;
    const double scaleY = device.logicalDpiY() / 25.4;
    const int perPage = tmpl.labelsPerPage();
    int position = tmpl.isSheet() ? std::clamp(options.skipPositions, 0, perPage - 1) : 0;
    LabelLayout layout;
    const LabelContent* laidOut = nullptr;
    for (qsizetype begin = 0; begin < total; begin += chunk) {
        const qsizetype end = std::min(total, begin + chunk);
        std::vector<Result<QrCode>> codes = next.get();
        if (end < total) {
            next = encode(end, std::min(total, end + chunk));
        }
        for (qsizetype i = begin; i < end; ++i) {
            const Result<QrCode>& qr = codes.at(size_t(i - begin));
            if (!qr) {
                painter.end();
                if (next.valid()) {
                    next.wait();
                }
                return Error(
                    qr.error().code,
                    QCoreApplication::translate("suyuan", "Label %1: %2").arg(i + 1).arg(qr.error().message));
            }
            if (position == perPage) {
                device.newPage();
                position = 0;
            }
            if (!laidOut || !(*laidOut == labels.at(i))) {
                layout = layoutLabel(tmpl, labels.at(i));
                laidOut = &labels.at(i);
            }
            const QRectF mm = tmpl.labelRectMm(position);
            const QRectF target(mm.x() * scale, mm.y() * scaleY, mm.width() * scale, mm.height() * scaleY);
            paintLabel(painter, target, tmpl, labels.at(i), qr.value(), layout);
            ++position;
            if (progress && !progress(i + 1, total)) {
                painter.end();
                if (next.valid()) {
                    next.wait();
                }
                return Error(ErrorCode::Cancelled,
                             QCoreApplication::translate("suyuan", "Printing the labels was cancelled."));
            }
        }
    }
    if (!painter.end()) {
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("suyuan", "The labels could not be printed."));
    }
    return {};
}

Status writePdf(const QString& path, const LabelTemplate& tmpl, const QList<LabelContent>& labels,
                const ProgressFn& progress, const PageOptions& options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(
            ErrorCode::Io,
            QCoreApplication::translate("suyuan", "Cannot write %1: %2").arg(path, file.errorString()));
    }
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("Suyuan"));
        writer.setTitle(options.title.isEmpty() ? QCoreApplication::translate("suyuan", "Labels")
                                                : options.title);
        writer.setResolution(1200);
        if (auto st = renderPages(writer, tmpl, labels, progress, options); !st) {
            file.cancelWriting();
            return st;
        }
    }
    if (!file.commit()) {
        return Error(
            ErrorCode::Io,
            QCoreApplication::translate("suyuan", "Cannot write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

QImage renderPng(const LabelTemplate& tmpl, const LabelContent& content, int dpi)
{
    auto qr = QrCode::encode(content.uri, tmpl.ecc);
    if (!qr || dpi < 10 || dpi > 4800 || !haveGui()) {
        return {};
    }
    const QSize size(int(std::lround(tmpl.labelMm.width() * dpi / 25.4)),
                     int(std::lround(tmpl.labelMm.height() * dpi / 25.4)));
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    const int dpm = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    {
        QPainter painter(&image);
        paintLabel(painter, QRectF(QPointF(0, 0), QSizeF(size)), tmpl, content, qr.value(),
                   layoutLabel(tmpl, content));
    }
    QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    gray.setDotsPerMeterX(dpm);
    gray.setDotsPerMeterY(dpm);
    return gray;
}

Status writePng(const QString& path, const LabelTemplate& tmpl, const LabelContent& content, int dpi)
{
    if (!haveGui()) {
        return noGui();
    }
    if (auto qr = QrCode::encode(content.uri, tmpl.ecc); !qr) {
        return qr.error();
    }
    const QImage image = renderPng(tmpl, content, dpi);
    if (image.isNull()) {
        return Error(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("suyuan", "%1 dpi is not a resolution labels can be drawn at.")
                .arg(dpi));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        return Error(ErrorCode::Internal,
                     QCoreApplication::translate("suyuan", "The PNG image could not be made."));
    }
    return writeFileAtomically(path, png);
}

QByteArray renderSvg(const LabelTemplate& tmpl, const LabelContent& content)
{
    auto qr = QrCode::encode(content.uri, tmpl.ecc);
    if (!qr || !haveGui()) {
        return {};
    }
    // 10 user units a millimetre: QSvgGenerator writes the size in millimetres from it.
    constexpr int perMm = 10;
    const QSizeF size(tmpl.labelMm.width() * perMm, tmpl.labelMm.height() * perMm);
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(int(std::lround(perMm * 25.4)));
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    // QSvgGenerator writes title and description as they are: escape them.
    generator.setTitle((content.productZh.isEmpty() ? content.productEn : content.productZh).toHtmlEscaped());
    generator.setDescription(content.uri.toHtmlEscaped());
    {
        QPainter painter(&generator);
        painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
        paintLabel(painter, QRectF(QPointF(0, 0), size), tmpl, content, qr.value(),
                   layoutLabel(tmpl, content));
    }
    // QSvgGenerator names only a font's first family; name the CJK fallback too, so that a
    // viewer draws Chinese in Simplified Chinese forms wherever Noto Sans CJK SC is installed.
    out.replace("font-family=\"DejaVu Sans Mono\"",
                "font-family=\"DejaVu Sans Mono, Noto Sans Mono CJK SC, monospace\"");
    out.replace("font-family=\"DejaVu Sans\"", "font-family=\"DejaVu Sans, Noto Sans CJK SC, sans-serif\"");
    return out;
}

Status writeSvg(const QString& path, const LabelTemplate& tmpl, const LabelContent& content)
{
    if (!haveGui()) {
        return noGui();
    }
    if (auto qr = QrCode::encode(content.uri, tmpl.ecc); !qr) {
        return qr.error();
    }
    return writeFileAtomically(path, renderSvg(tmpl, content));
}

Result<QList<LabelContent>>
expandCopies(const LabelContent& content, const CopyOptions& options,
             const std::function<Result<QString>(const QString& serial)>& uriForSerial)
{
    if (options.copies < 1) {
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("suyuan", "The number of copies must be at least 1."));
    }
    QList<LabelContent> out;
    out.reserve(options.copies);
    if (!options.serials) {
        for (int i = 0; i < options.copies; ++i) {
            out << content;
        }
        return out;
    }
    if (options.firstSerial < 0 || qint64(options.firstSerial) + options.copies - 1 > 999999999) {
        return Error(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("suyuan", "The serial numbers must lie between 0 and 999999999."));
    }
    for (int i = 0; i < options.copies; ++i) {
        LabelContent copy = content;
        copy.serial = QStringLiteral("%1").arg(options.firstSerial + i,
                                               std::clamp(options.serialDigits, 1, 9), 10, QLatin1Char('0'));
        if (uriForSerial) {
            auto uri = uriForSerial(copy.serial);
            if (!uri) {
                return uri.error();
            }
            copy.uri = uri.value();
        }
        out << std::move(copy);
    }
    return out;
}

} // namespace suyuan::labels
