#include "export/webexport.h"

#include "core/dataset.h"
#include "core/displaytext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTranslator>
#include <optional>

namespace Anchorline::Views {

using namespace Anchorline::Model;

namespace {

QString colorName(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

QByteArray resourceText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The page's own words in its interface language, whatever the app's: while it is alive this
// translator is asked first. Japanese comes from anchorline_ja.qm; English is the source text
// (with anchorline_en.qm's plural forms), so an English page from a Japanese app is English.
class PageTranslator final : public QTranslator
{
public:
    explicit PageTranslator(const QString &language)
        : m_english(language != QLatin1String("ja"))
    {
        if (!m_english)
            m_english = !m_own.load(QStringLiteral(":/i18n/anchorline_%1.qm").arg(language));
        if (m_english)
            (void)m_own.load(QStringLiteral(":/i18n/anchorline_en.qm"));
        QCoreApplication::installTranslator(this);
    }
    ~PageTranslator() override { QCoreApplication::removeTranslator(this); }
    Q_DISABLE_COPY_MOVE(PageTranslator)

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        const QString own = m_own.translate(context, sourceText, disambiguation, n);
        if (!own.isEmpty() || !m_english)
            return own;
        return QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }

private:
    QTranslator m_own;
    bool m_english = true;
};

// The event's place in the legend: "day" (exact), "coarse" (month, season, year), "uncertain".
QString dateStyle(const PartialDate &date)
{
    if (date.isApproximate() || date.isUncertain())
        return QStringLiteral("uncertain");
    return date.isExact() ? QStringLiteral("day") : QStringLiteral("coarse");
}

} // namespace

WebPageExporter::WebPageExporter(ExportInput input, ExportOptions options,
                                 QString interfaceLanguage)
{
    TimelineExporter exporter(std::move(input), std::move(options));
    build(exporter, interfaceLanguage);
}

int WebPageExporter::eventCount() const
{
    return int(m_data.value(QLatin1String("events")).toArray().size());
}

void WebPageExporter::build(TimelineExporter &exporter, const QString &interfaceLanguage)
{
    // One paint at layout size sets the renderer's lane colours and the lanes shown, in order.
    exporter.renderPreview(QSize(64, 36));
    const TimelineRenderer &renderer = exporter.renderer();
    const EventIndex &index = exporter.index();
    const ExportInput &input = exporter.input();
    const ExportOptions &options = exporter.options();
    const Dataset &dataset = *input.dataset;
    const DisplayText &text = input.text;
    const QString language =
        interfaceLanguage.isEmpty() ? QStringLiteral("en") : primaryLanguage(interfaceLanguage);
    // The app's own translator already speaks its interface language; installing another one
    // would retranslate every open window twice, so only a page in another language gets one.
    const QCoreApplication *app = QCoreApplication::instance();
    std::optional<PageTranslator> translator;
    if (!app || app->property("anchorlineInterfaceLanguage").toString() != language)
        translator.emplace(language);

    const auto [start, end] = exporter.window();
    const TimelinePalette pal = TimelinePalette::forTheme(options.theme);

    QJsonObject data;
    data.insert(QLatin1String("format"), 1);
    data.insert(QLatin1String("language"), language);
    data.insert(QLatin1String("title"),
                options.showTitle ? exporter.titleText() : text.title(dataset));
    data.insert(QLatin1String("description"), text.description(dataset));
    data.insert(QLatin1String("window"), QJsonArray{start, end});
    data.insert(QLatin1String("epoch"), double(daysFromCivil(1970, 1, 1)));
    const QDate now = QDate::currentDate();
    data.insert(
        QLatin1String("today"),
        double(options.today ? *options.today : daysFromCivil(now.year(), now.month(), now.day())));
    QJsonObject palette;
    palette.insert(QLatin1String("background"), colorName(pal.background));
    palette.insert(QLatin1String("laneAlternate"), colorName(pal.laneAlternate));
    palette.insert(QLatin1String("gutter"), colorName(pal.gutter));
    palette.insert(QLatin1String("text"), colorName(pal.text));
    palette.insert(QLatin1String("mutedText"), colorName(pal.mutedText));
    palette.insert(QLatin1String("grid"), colorName(pal.grid));
    palette.insert(QLatin1String("axisBackground"), colorName(pal.axisBackground));
    palette.insert(QLatin1String("today"), colorName(pal.today));
    palette.insert(QLatin1String("claim"), colorName(pal.claim));
    palette.insert(QLatin1String("badge"), colorName(pal.badge));
    palette.insert(QLatin1String("badgeText"), colorName(pal.badgeText));
    palette.insert(QLatin1String("selection"), colorName(pal.selection));
    data.insert(QLatin1String("palette"), palette);

    // Lanes: those the renderer showed, in its order, with its names and colours.
    const TimelineFrame &frame = renderer.lastFrame();
    QJsonArray lanes;
    std::vector<int> laneSlot(std::size_t(index.laneCount()), -1);
    for (const TimelineFrame::Lane &lane : frame.lanes) {
        if (lane.lane < 0 || lane.lane >= index.laneCount())
            continue;
        laneSlot[std::size_t(lane.lane)] = int(lanes.size());
        QJsonObject l;
        l.insert(QLatin1String("id"), lane.lane < int(dataset.actors.size())
                                          ? dataset.actors[std::size_t(lane.lane)].id
                                          : QString());
        l.insert(QLatin1String("name"), renderer.laneName(lane.lane));
        l.insert(QLatin1String("color"), colorName(renderer.laneColor(lane.lane)));
        lanes.append(l);
    }
    data.insert(QLatin1String("lanes"), lanes);

    QJsonArray eras;
    for (const Era &era : dataset.eras) {
        if (!era.parsed.isValid())
            continue;
        const int actor = era.actor.isEmpty() ? -1 : dataset.indexOfActor(era.actor);
        const int slot =
            actor >= 0 && actor < int(laneSlot.size()) ? laneSlot[std::size_t(actor)] : -1;
        if (actor >= 0 && slot < 0)
            continue; // the lane is not shown, as in the app
        QJsonObject e;
        e.insert(QLatin1String("name"), text.name(era));
        e.insert(QLatin1String("group"), text.group(era));
        e.insert(QLatin1String("start"), double(era.parsed.earliest()));
        e.insert(QLatin1String("end"), double(era.parsed.latest()) + 1);
        e.insert(QLatin1String("open"), era.parsed.hasOpenEnd());
        e.insert(QLatin1String("lane"), slot);
        const QColor base = era.color.isValid()
                                ? TimelineRenderer::legibleColor(era.color, options.theme)
                                : (actor >= 0 ? renderer.laneColor(actor) : pal.mutedText);
        e.insert(QLatin1String("color"), colorName(base));
        eras.append(e);
    }
    data.insert(QLatin1String("eras"), eras);

    // Events: every visible event in a shown lane, in dataset order.
    std::vector<int> slotOf(dataset.events.size(), -1);
    std::vector<int> exported;
    int hiddenLane = 0;
    int undated = 0;
    for (int i = 0; i < int(dataset.events.size()); ++i) {
        if (!index.isVisible(i))
            continue;
        const int lane = index.laneOf(i);
        if (lane < 0) {
            ++undated;
            continue;
        }
        if (laneSlot[std::size_t(lane)] < 0) {
            ++hiddenLane;
            continue;
        }
        slotOf[std::size_t(i)] = int(exported.size());
        exported.push_back(i);
    }
    auto sourceCite = [&](const QString &id, QString *url) {
        const int s = dataset.indexOfSource(id);
        if (s < 0)
            return id;
        const Source &source = dataset.sources[std::size_t(s)];
        if (url)
            *url = source.url;
        return source.shortReference();
    };
    auto quotes = [&](const std::vector<Anchor> &anchors) {
        QJsonArray list;
        for (const Anchor &a : anchors) {
            QString url;
            QJsonObject q;
            q.insert(QLatin1String("quote"), a.exact);
            q.insert(QLatin1String("cite"), sourceCite(a.source, &url));
            if (!url.isEmpty())
                q.insert(QLatin1String("url"), url);
            list.append(q);
        }
        return list;
    };
    int media = 0;
    QJsonArray events;
    for (int i : exported) {
        const Event &event = dataset.events[std::size_t(i)];
        QJsonObject e;
        e.insert(QLatin1String("id"), event.id);
        e.insert(QLatin1String("title"), text.title(event));
        const QString shortTitle = text.shortTitle(event);
        if (!shortTitle.isEmpty())
            e.insert(QLatin1String("short"), shortTitle);
        e.insert(QLatin1String("date"), event.date);
        e.insert(QLatin1String("start"), double(event.parsed.earliest()));
        e.insert(QLatin1String("end"), double(event.parsed.latest()) + 1);
        e.insert(QLatin1String("lane"), laneSlot[std::size_t(index.laneOf(i))]);
        e.insert(QLatin1String("style"), dateStyle(event.parsed));
        // Labelled first, as in the app: the documents the timeline is about are never "+N"
        if (const int rank = renderer.baseLabelRank(i); rank != 0)
            e.insert(QLatin1String("rank"), rank);
        if (event.parsed.isInterval())
            e.insert(QLatin1String("range"), true);
        if (event.parsed.hasOpenEnd())
            e.insert(QLatin1String("open"), true);
        if (!event.summary.isEmpty())
            e.insert(QLatin1String("summary"), text.summary(event));
        if (!event.note.isEmpty())
            e.insert(QLatin1String("note"), text.note(event));
        QJsonArray actors;
        for (const QString &id : event.actors) {
            const int a = dataset.indexOfActor(id);
            actors.append(a >= 0 ? text.name(dataset.actors[std::size_t(a)]) : id);
        }
        e.insert(QLatin1String("actors"), actors);
        QJsonArray themes;
        for (const QString &id : event.themes) {
            const int t = dataset.indexOfTheme(id);
            themes.append(t >= 0 ? text.name(dataset.themes[std::size_t(t)]) : id);
        }
        e.insert(QLatin1String("themes"), themes);
        e.insert(QLatin1String("evidence"), quotes(event.evidence));
        QJsonArray claims;
        for (const DateClaim &claim : event.dateClaims) {
            QJsonObject c;
            c.insert(QLatin1String("date"), claim.date);
            if (!claim.source.isEmpty())
                c.insert(QLatin1String("cite"), sourceCite(claim.source, nullptr));
            if (!claim.note.isEmpty())
                c.insert(QLatin1String("note"), claim.note);
            c.insert(QLatin1String("evidence"), quotes(claim.evidence));
            claims.append(c);
        }
        if (!claims.isEmpty())
            e.insert(QLatin1String("claims"), claims);
        QJsonArray links;
        for (const Media &m : event.media) {
            ++media; // pictures would need network or inline bytes; a link is kept instead
            QJsonObject l;
            l.insert(QLatin1String("url"), m.url);
            l.insert(QLatin1String("label"), m.caption.isEmpty() ? m.url : m.caption);
            links.append(l);
        }
        if (!links.isEmpty())
            e.insert(QLatin1String("media"), links);
        e.insert(QLatin1String("links"), QJsonArray());
        events.append(e);
    }
    // Cross-references: each relation between two exported events, on both cards, with the
    // quotes that support it.
    for (const Relation &relation : dataset.relations) {
        const int from = dataset.indexOfEvent(relation.from);
        const int to = dataset.indexOfEvent(relation.to);
        if (from < 0 || to < 0 || slotOf[std::size_t(from)] < 0 || slotOf[std::size_t(to)] < 0)
            continue;
        const QJsonArray evidence = quotes(relation.evidence);
        auto add = [&](int at, int other, const QString &label) {
            QJsonObject card = events[slotOf[std::size_t(at)]].toObject();
            QJsonArray links = card.value(QLatin1String("links")).toArray();
            QJsonObject link;
            link.insert(QLatin1String("to"), slotOf[std::size_t(other)]);
            link.insert(QLatin1String("label"), label);
            if (!evidence.isEmpty())
                link.insert(QLatin1String("evidence"), evidence);
            links.append(link);
            card.insert(QLatin1String("links"), links);
            events[slotOf[std::size_t(at)]] = card;
        };
        add(from, to, relationTypeForward(relation.type));
        add(to, from, relationTypeBackward(relation.type));
    }
    data.insert(QLatin1String("events"), events);

    QJsonArray tours;
    for (const Tour &tour : dataset.tours) {
        QJsonObject t;
        t.insert(QLatin1String("title"), text.title(tour));
        t.insert(QLatin1String("description"), text.description(tour));
        QJsonArray steps;
        for (const TourStep &step : tour.steps) {
            const int event = dataset.indexOfEvent(step.event);
            if (event < 0 || slotOf[std::size_t(event)] < 0)
                continue;
            QJsonObject s;
            s.insert(QLatin1String("event"), slotOf[std::size_t(event)]);
            s.insert(QLatin1String("note"), text.note(step));
            if (step.parsedWindow.isValid())
                s.insert(QLatin1String("window"),
                         QJsonArray{double(step.parsedWindow.earliest()),
                                    double(step.parsedWindow.latest()) + 1});
            steps.append(s);
        }
        if (!steps.isEmpty()) {
            t.insert(QLatin1String("steps"), steps);
            tours.append(t);
        }
    }
    data.insert(QLatin1String("tours"), tours);

    QJsonArray legend;
    const QStringList keys{QStringLiteral("day"),       QStringLiteral("coarse"),
                           QStringLiteral("uncertain"), QStringLiteral("range"),
                           QStringLiteral("open"),      QStringLiteral("claim"),
                           QStringLiteral("today")};
    const QStringList captions = TimelineRenderer::legendCaptions();
    for (int i = 0; i < keys.size(); ++i)
        legend.append(QJsonObject{{QLatin1String("kind"), keys[i]},
                                  {QLatin1String("label"), captions.value(i)}});
    data.insert(QLatin1String("legend"), options.showLegend ? legend : QJsonArray());

    QJsonObject words;
    words.insert(QLatin1String("search"), tr("Search events"));
    words.insert(QLatin1String("matches"), tr("%1 of %2 events"));
    words.insert(QLatin1String("tour"), tr("Tour"));
    words.insert(QLatin1String("noTour"), tr("No tour"));
    words.insert(QLatin1String("previous"), tr("Previous"));
    words.insert(QLatin1String("next"), tr("Next"));
    words.insert(QLatin1String("step"), tr("Step %1 of %2"));
    words.insert(QLatin1String("actors"), tr("Actors"));
    words.insert(QLatin1String("themes"), tr("Themes"));
    words.insert(QLatin1String("evidence"), tr("Evidence"));
    words.insert(QLatin1String("claims"), tr("Dates in the sources"));
    words.insert(QLatin1String("links"), tr("Related events"));
    words.insert(QLatin1String("media"), tr("Media"));
    words.insert(QLatin1String("note"), tr("Note"));
    words.insert(QLatin1String("zoomIn"), tr("Zoom in"));
    words.insert(QLatin1String("zoomOut"), tr("Zoom out"));
    words.insert(QLatin1String("reset"), tr("Whole window"));
    words.insert(QLatin1String("close"), tr("Close"));
    words.insert(QLatin1String("help"),
                 tr("Wheel or pinch to zoom, drag to pan, arrow keys to move; click an event for "
                    "its card."));
    words.insert(QLatin1String("noEvidence"), tr("No evidence quoted."));
    data.insert(QLatin1String("ui"), words);

    // What the page does not show, as the other exporters say it (interchange/exportlosses.h),
    // in the language of the app or command line that reports it, not the page's.
    translator.reset();
    m_leftOut.clear();
    if (hiddenLane > 0)
        m_leftOut << tr("%n event(s) in lanes not shown", nullptr, hiddenLane);
    if (undated > 0)
        m_leftOut << tr("%n event(s) without a usable date", nullptr, undated);
    if (!dataset.metrics.empty())
        m_leftOut << tr("%n metric(s)", nullptr, int(dataset.metrics.size()));
    if (media > 0)
        m_leftOut << tr("%n picture(s) (kept as links)", nullptr, media);
    data.insert(QLatin1String("leftOut"), QJsonArray::fromStringList(m_leftOut));
    m_data = data;
}

QByteArray WebPageExporter::scriptSafeJson(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 16);
    for (int i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '<')
            out += "\\u003c";
        else if (c == '>')
            out += "\\u003e";
        else if (c == '&')
            out += "\\u0026";
        else if (c == '\xe2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
                 (json[i + 2] == '\xa8' || json[i + 2] == '\xa9')) {
            out += json[i + 2] == '\xa8' ? "\\u2028" : "\\u2029";
            i += 2;
        } else
            out += c;
    }
    return out;
}

QByteArray WebPageExporter::toHtml() const
{
    const QByteArray page = resourceText(QStringLiteral(":/web/page.html"));
    const QByteArray style = resourceText(QStringLiteral(":/web/timeline.css"));
    const QByteArray script = resourceText(QStringLiteral(":/web/timeline.js"));
    auto hash = [](const QByteArray &bytes) {
        return "'sha256-" + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toBase64() +
               "'";
    };
    // Nothing from anywhere: only this page's own script and style (by hash, so an injected
    // element would not run), pictures only as data: URLs, no forms, no base, no connections
    // (default-src 'none' covers connect-src, font-src, frame-src, media-src and the rest).
    const QByteArray csp = "default-src 'none'; script-src " + hash(script) + "; style-src " +
                           hash(style) + "; img-src data:; base-uri 'none'; form-action 'none'";
    const QHash<QByteArray, QByteArray> values{
        {"LANG", m_data.value(QLatin1String("language")).toString().toHtmlEscaped().toUtf8()},
        {"CSP", csp},
        {"TITLE", m_data.value(QLatin1String("title")).toString().toHtmlEscaped().toUtf8()},
        {"STYLE", style},
        {"SCRIPT", script},
        {"DATA", scriptSafeJson(QJsonDocument(m_data).toJson(QJsonDocument::Compact))},
    };
    // One pass over the template: inserted text is never searched for placeholders again.
    QByteArray out;
    out.reserve(page.size() + values.value("DATA").size() + script.size() + style.size());
    qsizetype at = 0;
    while (true) {
        const qsizetype open = page.indexOf("@@", at);
        const qsizetype close = open < 0 ? -1 : page.indexOf("@@", open + 2);
        if (close < 0) {
            out += page.mid(at);
            break;
        }
        out += page.mid(at, open - at);
        out += values.value(page.mid(open + 2, close - open - 2));
        at = close + 2;
    }
    return out;
}

ExportResult WebPageExporter::writeFile(const QString &path) const
{
    ExportResult result;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return result;
    }
    file.write(toHtml());
    if (!file.commit()) {
        result.error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace Anchorline::Views
