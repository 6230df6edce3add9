#pragma once

// A small dataset built in code, shared by the model and view tests.

#include "core/dataset.h"

#include <QColor>

namespace Anchorline::Testing {

inline Model::Event makeEvent(const char *id, const char *date, const char *title,
                              QStringList actors, QStringList themes = {},
                              const char *kind = "speech")
{
    Model::Event event;
    event.id = QString::fromUtf8(id);
    event.date = QString::fromUtf8(date);
    event.parsed = Model::PartialDate::fromString(event.date);
    event.title = QString::fromUtf8(title);
    event.actors = std::move(actors);
    event.themes = std::move(themes);
    event.kind = QString::fromUtf8(kind);
    return event;
}

// An era over `date` (EDTF), in the lane of `actor` or, with no actor, in the band `group`.
inline Model::Era makeEra(const char *id, const char *name, const char *date,
                          const char *actor = "", const char *group = "")
{
    Model::Era era;
    era.id = QString::fromUtf8(id);
    era.name = QString::fromUtf8(name);
    era.date = QString::fromUtf8(date);
    era.parsed = Model::PartialDate::fromString(era.date);
    era.actor = QString::fromUtf8(actor);
    era.group = QString::fromUtf8(group);
    return era;
}

// The date `date` (EDTF) as `source` gives it, with a note.
inline Model::DateClaim makeDateClaim(const char *date, const char *source, const QString &note)
{
    Model::DateClaim claim;
    claim.date = QString::fromUtf8(date);
    claim.parsed = Model::PartialDate::fromString(claim.date);
    claim.source = QString::fromUtf8(source);
    claim.note = note;
    return claim;
}

inline Model::Dataset smallDataset()
{
    using namespace Anchorline::Model;
    Dataset d;
    d.title = QStringLiteral("Small");
    d.actors = {Actor{QStringLiteral("japan"),
                      QStringLiteral("Japan"),
                      QStringLiteral("JP"),
                      QColor("#0072b2"),
                      {},
                      {}},
                Actor{QStringLiteral("united-states"),
                      QStringLiteral("United States"),
                      QStringLiteral("US"),
                      QColor("#d55e00"),
                      {},
                      {}}};
    d.themes = {
        Theme{QStringLiteral("three-pillars"), QStringLiteral("Three pillars"), {}, {}},
        Theme{QStringLiteral("defence-spending"), QStringLiteral("Defence spending"), {}, {}}};
    Source source;
    source.id = QStringLiteral("src-a");
    source.title = QStringLiteral("An article");
    d.sources.push_back(source);
    d.events.push_back(makeEvent("ev-us-nss-2025", "2025-12-04", "US strategy", {"united-states"},
                                 {}, "strategy-document"));
    d.events.push_back(makeEvent("ev-nss-2013", "2013-12-17", "First strategy", {"japan"},
                                 {"three-pillars"}, "strategy-document"));
    d.events.push_back(makeEvent("ev-target", "FY2025", "Two percent target", {"japan"},
                                 {"defence-spending"}, "budget"));
    d.events.push_back(makeEvent("ev-nss-2022", "2022-12-16", "Second strategy", {"japan"},
                                 {"three-pillars", "defence-spending"}, "strategy-document"));
    d.events[1].summary = QStringLiteral("The first one, with three pillars.");
    Anchor anchor;
    anchor.source = QStringLiteral("src-a");
    anchor.exact = QStringLiteral("a remarkable passage");
    d.events[3].evidence.push_back(anchor);
    Relation relation;
    relation.id = QStringLiteral("rel-1");
    relation.from = QStringLiteral("ev-nss-2022");
    relation.to = QStringLiteral("ev-nss-2013");
    relation.type = RelationType::Supersedes;
    relation.evidence.push_back(anchor);
    d.relations.push_back(relation);
    return d;
}

// `count` plain events of one actor with 240-character summaries, about 330 bytes each once
// written: a file over DatasetLoader::synchronousLimit from about 16,000 events, for the tests
// of loading behind the progress dialog.
inline Model::Dataset largeDataset(int count)
{
    Model::Dataset data;
    data.title = QStringLiteral("Large");
    Model::Actor actor;
    actor.id = QStringLiteral("a");
    actor.name = QStringLiteral("Actor");
    actor.color = QColor(QStringLiteral("#D55E00"));
    data.actors.push_back(actor);
    const QString summary = QString(QLatin1Char('x')).repeated(240);
    for (int i = 0; i < count; ++i) {
        Model::Event event;
        event.id = QStringLiteral("e%1").arg(i);
        event.title = QStringLiteral("Event %1").arg(i);
        event.date = QStringLiteral("%1-01-15").arg(1900 + i % 120);
        event.kind = QStringLiteral("speech");
        event.actors = {QStringLiteral("a")};
        event.summary = summary;
        data.events.push_back(event);
    }
    return data;
}

// `count` events whose searchable texts mix the cases the search and the filter fold: upper and
// lower case, curly and straight quotes, full-width and accented letters, Japanese, odd spaces,
// notes, translations (title, shortTitle, summary, note) and quotes of three sources; kinds
// the app names and one it does not. The same `seed` gives the same events. No line breaks:
// the search joins Japanese across them, the filter does not.
inline Model::Dataset variedTextDataset(int count, quint32 seed)
{
    static const char *const words[] = {"Strategy",
                                        "strategy",
                                        "PILLAR",
                                        "pillars",
                                        "don\u2019t",
                                        "don't",
                                        "\u201cquoted\u201d",
                                        "\"quoted\"",
                                        "\uff21\uff22\uff23",
                                        "abc",
                                        "caf\u00e9",
                                        "CAF\u00c9",
                                        "\u9632\u885b",
                                        "\u8a08\u753b",
                                        "\u9632\u885b\u8a08\u753b",
                                        "\uff8a\uff9f\uff9d",
                                        "\u30d1\u30f3",
                                        "x~y",
                                        "two\u00a0words",
                                        "budget",
                                        "speech",
                                        "ev-7",
                                        "note-only",
                                        "shared"};
    static const char *const kinds[] = {"strategy-document", "budget", "speech", "odd-kind"};
    const auto pick = [](quint32 &state) {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    const auto phrase = [&](quint32 &state, int length) {
        QStringList parts;
        for (int i = 0; i < length; ++i)
            parts << QString::fromUtf8(words[pick(state) % std::size(words)]);
        return parts.join(QLatin1Char(' '));
    };
    quint32 state = seed;
    Model::Dataset data;
    for (const char *id : {"src-a", "src-b", "src-c"}) {
        Model::Source source;
        source.id = QString::fromUtf8(id);
        source.title = source.id;
        data.sources.push_back(source);
    }
    for (int i = 0; i < count; ++i) {
        Model::Event event;
        event.id = QStringLiteral("ev-%1").arg(i);
        event.title = phrase(state, 1 + int(pick(state) % 3));
        event.date = QStringLiteral("%1").arg(1950 + i % 70);
        event.parsed = Model::PartialDate::fromString(event.date);
        event.kind = QString::fromUtf8(kinds[pick(state) % std::size(kinds)]);
        if (pick(state) % 2)
            event.summary = phrase(state, 1 + int(pick(state) % 4));
        if (pick(state) % 3 == 0)
            event.note = phrase(state, 2) + QStringLiteral(" note-only");
        for (int q = int(pick(state) % 3); q > 0; --q) {
            Model::Anchor anchor;
            anchor.source = data.sources[pick(state) % 3].id;
            anchor.exact = phrase(state, 2);
            event.evidence.push_back(anchor);
        }
        if (pick(state) % 3 == 0) {
            for (const char *field : {"title", "shortTitle", "summary", "note"}) {
                if (pick(state) % 2)
                    event.translations.setText(Model::TranslatedKind::Event, QStringLiteral("ja"),
                                               QString::fromUtf8(field), phrase(state, 1));
            }
        }
        data.events.push_back(event);
    }
    return data;
}

} // namespace Anchorline::Testing
