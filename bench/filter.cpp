// anchorline-bench filter: a filter or search keystroke to an updated view, and full-text search
// over attached source text (docs/architecture.md §6: ≤ 30 ms at 100k events; ≤ 50 ms per query
// over 50 MB).

#include "commands.h"
#include "document/document.h"
#include "index/eventindex.h"
#include "index/searchindex.h"
#include "itemmodels/eventfilterproxy.h"
#include "syntheticdata.h"
#include "timeline/timelinerenderer.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>
#include <functional>

namespace Anchorline::Bench {

using namespace Anchorline::Model;
using namespace Anchorline::Views;

namespace {

void print(const QString &name, double value, const char *unit, double target)
{
    std::printf("%s %.2f %s (target %g)\n", qPrintable(name), value, unit, target);
    std::fflush(stdout);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

double worst(const std::vector<double> &values)
{
    return values.empty() ? 0 : *std::max_element(values.begin(), values.end());
}

// Words from a small vocabulary, so queries hit often and rarely, like real text.
QString syntheticText(qsizetype characters, quint32 seed)
{
    static const char *const words[] = {
        "alliance",    "deterrence", "strategy", "security", "maritime", "defence", "budget",
        "partnership", "cabinet",    "document", "revision", "island",   "chain",   "counterstrike",
        "the",         "of",         "and",      "to",       "in",       "a",       "with",
        "for",         "policy",     "region",   "pillar"};
    QRandomGenerator random(seed);
    QString text;
    text.reserve(characters + 32);
    while (text.size() < characters) {
        text += QLatin1String(words[random.bounded(int(std::size(words)))]);
        text += random.bounded(12) == 0 ? QStringLiteral(".\n") : QStringLiteral(" ");
    }
    return text;
}

} // namespace

int runFilter(const QStringList &args)
{
    int events = 100000;
    for (qsizetype i = 0; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--events"))
            events = args.at(i + 1).toInt();
    }
    const QString size = sizeLabel(events);
    Document document;
    document.setDataset(makeSyntheticDataset(SyntheticOptions{events, 8, 42}), QString());
    EventFilterProxy proxy(document);
    EventIndex index;
    index.build(document.dataset());
    TimelineRenderer renderer;
    renderer.setData(&document.dataset(), &index);
    RenderOptions options;
    options.font = QFont(QStringLiteral("DejaVu Sans"), 9);
    QImage image(1600, 900, QImage::Format_ARGB32_Premultiplied);
    const auto [first, last] = renderer.overviewRange();
    TimelineViewState state;
    state.startDay = first;
    state.endDay = last;

    // What one keystroke costs: the proxy filters and re-sorts, the timeline's index takes the
    // new visibility, and the timeline paints one frame.
    auto keystroke = [&](const std::function<void()> &change) {
        QElapsedTimer timer;
        timer.start();
        change();
        index.refilter([&](int event) { return proxy.acceptsEvent(event); });
        QPainter painter(&image);
        renderer.render(painter, QRectF(0, 0, 1600, 900), state, options);
        painter.end();
        return timer.nsecsElapsed() / 1e6;
    };

    // The timeline is on screen before anyone types: its first frame (fonts, glyph caches) is
    // not part of a keystroke.
    {
        QPainter painter(&image);
        renderer.render(painter, QRectF(0, 0, 1600, 900), state, options);
    }

    std::vector<double> typing;
    const QString word = QStringLiteral("event 42");
    for (qsizetype n = 1; n <= word.size(); ++n)
        typing.push_back(keystroke([&] { proxy.setText(word.left(n)); }));
    for (qsizetype n = word.size() - 1; n >= 0; --n)
        typing.push_back(keystroke([&] { proxy.setText(word.left(n)); }));
    print(QStringLiteral("filter.text.%1.median").arg(size), median(typing), "ms", 30);
    print(QStringLiteral("filter.text.%1.max").arg(size), worst(typing), "ms", 30);

    std::vector<double> facets;
    const QString actor = document.dataset().actors.front().id;
    facets.push_back(keystroke([&] { proxy.setActors({actor}); }));
    facets.push_back(keystroke([&] { proxy.setActors({}); }));
    facets.push_back(keystroke(
        [&] { proxy.setDateWindow(daysFromCivil(1950, 1, 1), daysFromCivil(1990, 12, 31)); }));
    facets.push_back(keystroke([&] { proxy.clearFilters(); }));
    print(QStringLiteral("filter.facet.%1.median").arg(size), median(facets), "ms", 30);
    print(QStringLiteral("filter.facet.%1.max").arg(size), worst(facets), "ms", 30);

    // Search as the search panel runs it: event fields, then 50 MB of attached text.
    SearchIndex search;
    QElapsedTimer timer;
    timer.start();
    search.setEvents(document.dataset());
    print(QStringLiteral("search.index.events.%1").arg(size), timer.nsecsElapsed() / 1e6, "ms",
          1000);
    std::vector<double> eventQueries;
    for (const char *query : {"e", "ev", "eve", "event", "event 4", "event 42", "event 421"}) {
        timer.restart();
        const auto results = search.query(QString::fromLatin1(query));
        eventQueries.push_back(timer.nsecsElapsed() / 1e6);
        Q_UNUSED(results)
    }
    print(QStringLiteral("search.events.%1.median").arg(size), median(eventQueries), "ms", 30);
    print(QStringLiteral("search.events.%1.max").arg(size), worst(eventQueries), "ms", 30);

    QHash<QString, QString> texts;
    for (int i = 0; i < 10; ++i)
        texts.insert(QStringLiteral("src-%1").arg(i),
                     syntheticText(5 * 1000 * 1000, quint32(i + 1)));
    timer.restart();
    search.setSourceTexts(texts);
    print(QStringLiteral("search.index.text.50MB"), timer.nsecsElapsed() / 1e6, "ms", 5000);
    std::vector<double> textQueries;
    for (const char *query : {"counterstrike", "island chain", "maritime partnership",
                              "deterrence.", "pillar of the", "zebra", "al"}) {
        timer.restart();
        const auto results = search.query(QString::fromLatin1(query));
        textQueries.push_back(timer.nsecsElapsed() / 1e6);
        Q_UNUSED(results)
    }
    print(QStringLiteral("search.text.50MB.median"), median(textQueries), "ms", 50);
    print(QStringLiteral("search.text.50MB.max"), worst(textQueries), "ms", 50);
    return 0;
}

} // namespace Anchorline::Bench
