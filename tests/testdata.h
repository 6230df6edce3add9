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

} // namespace Anchorline::Testing
