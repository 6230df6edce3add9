#include "core/displaynames.h"
#include "core/roles.h"
#include "document/document.h"
#include "document/tablemodels.h"
#include "index/searchindex.h"
#include "itemmodels/eventfilterproxy.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <algorithm>
#include <set>

using namespace Anchorline::Model;

class TestEventFilterProxy final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void rows_areSortedByDate();
    void text_matchesTitleSummaryAndQuotes_caseInsensitively();
    void text_wordsAreCombinedWithAnd();
    void text_foldsNonAsciiCaseAndMatchesJapanese();
    void text_wordsNeverMatchAcrossTwoEvents();
    void text_foldsLikeTheSearchPanel_quotesAndSpaces();
    void text_findsWhatAScanOfItsFieldsFinds();
    void sort_byTitleColumn_reordersRowsKeepingTheFilter();
    void facets_withMoreThan64ActorsOrThemes_stillFilterExactly();
    void actorsThemesKinds_restrictToAnyOfTheGivenIds();
    void dateWindow_keepsEventsThatOverlapIt();
    void clearFilters_showsEverythingAndSignalsOnce();
    void mapping_betweenEventIndexesAndRows();
    void edit_movesOnlyTheEditedRow_toWhereAFreshProxyPutsIt();
    void edit_thatChangesAMatch_insertsOrRemovesOnlyThatRow();
    void edit_withLongerOrShorterText_keepsEveryEventSearchable();
    void edit_underATextSort_placesTheRowByItsNewText();
    void edit_toANewKind_isFilteredByKinds();
    void edit_toAnActorAddedSince_isFilteredByIt();
    void edits_manyAtRandom_alwaysMatchAFreshProxy();

private:
    QStringList titles() const;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<EventFilterProxy> m_proxy;
};

void TestEventFilterProxy::init()
{
    m_proxy.reset();
    m_document = std::make_unique<Document>();
    m_document->setDataset(Anchorline::Testing::smallDataset(), QString());
    m_proxy = std::make_unique<EventFilterProxy>(*m_document);
}

QStringList TestEventFilterProxy::titles() const
{
    QStringList list;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        list << m_proxy->index(row, EventModel::TitleColumn).data().toString();
    return list;
}

void TestEventFilterProxy::rows_areSortedByDate()
{
    QCOMPARE(titles(), QStringList({"First strategy", "Second strategy", "Two percent target",
                                    "US strategy"}));
}

void TestEventFilterProxy::text_matchesTitleSummaryAndQuotes_caseInsensitively()
{
    m_proxy->setText(QStringLiteral("PILLARS"));
    QCOMPARE(titles(), QStringList({"First strategy"}));
    m_proxy->setText(QStringLiteral("remarkable"));
    QCOMPARE(titles(), QStringList({"Second strategy"}));
}

void TestEventFilterProxy::text_wordsAreCombinedWithAnd()
{
    m_proxy->setText(QStringLiteral("strategy second"));
    QCOMPARE(titles(), QStringList({"Second strategy"}));
}

void TestEventFilterProxy::text_foldsNonAsciiCaseAndMatchesJapanese()
{
    Dataset d = Anchorline::Testing::smallDataset();
    d.events[0].title = QStringLiteral("ÉCOLE of 国家安全保障戦略");
    m_proxy.reset();
    m_document->setDataset(d, QString());
    m_proxy = std::make_unique<EventFilterProxy>(*m_document);
    m_proxy->setText(QStringLiteral("école"));
    QCOMPARE(m_proxy->rowCount(), 1);
    m_proxy->setText(QStringLiteral("安全保障"));
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->eventIndexAt(0), 0);
}

void TestEventFilterProxy::text_wordsNeverMatchAcrossTwoEvents()
{
    // "strategy" ends one event's title and "two" begins another's: no event has both.
    m_proxy->setText(QStringLiteral("pillars budget"));
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setText(QStringLiteral("budget two"));
    QCOMPARE(titles(), QStringList({"Two percent target"}));
}

void TestEventFilterProxy::text_findsWhatAScanOfItsFieldsFinds()
{
    // Given events with every kind of field the filter reads, in every form it folds
    Document document;
    document.setDataset(Anchorline::Testing::variedTextDataset(400, 11), QString());
    EventFilterProxy proxy(document);
    const Dataset &dataset = document.dataset();
    // The fields the filter reads: id, title, summary, kind and its name, quotes and every
    // translation (the note only in its translations), folded; U+0000 between them
    const auto fields = [](const Event &event) {
        QStringList texts{event.id, event.title, event.summary, event.kind,
                          eventKindDisplayName(event.kind)};
        for (const Anchor &anchor : event.evidence)
            texts << anchor.exact;
        for (const Translation &language : event.translations.languages) {
            for (const auto &field : language.fields)
                texts << field.second;
        }
        return foldForSearch(texts.join(QChar(0)));
    };
    for (const QString &query : {QStringLiteral("strategy"),
                                 QStringLiteral("STRAT"),
                                 QStringLiteral("pillar"),
                                 QStringLiteral("illars strategy"),
                                 QStringLiteral("don't"),
                                 QStringLiteral("don\u2019t"),
                                 QStringLiteral("\u201cquoted\u201d"),
                                 QStringLiteral("\"quoted"),
                                 QStringLiteral("abc"),
                                 QStringLiteral("\uff41\uff42"),
                                 QStringLiteral("caf\u00e9"),
                                 QStringLiteral("CAF\u00c9 abc"),
                                 QStringLiteral("\u9632\u885b"),
                                 QStringLiteral("\u8a08\u753b \u9632\u885b"),
                                 QStringLiteral("\u30d1\u30f3"),
                                 QStringLiteral("\uff8a\uff9f\uff9d"),
                                 QStringLiteral("x~y"),
                                 QStringLiteral("~"),
                                 QStringLiteral("two words"),
                                 QStringLiteral("two\u00a0words"),
                                 QStringLiteral("note-only"),
                                 QStringLiteral("budget"),
                                 QStringLiteral("document"),
                                 QStringLiteral("ev-7"),
                                 QStringLiteral("ev-1 shared"),
                                 QStringLiteral("e"),
                                 QStringLiteral("shared speech pillars"),
                                 QStringLiteral("zzz")}) {
        // When the filter's text is set
        proxy.setText(query);
        // Then the rows are the events whose fields hold every word
        const QStringList words = searchWords(query);
        std::set<int> expected;
        for (std::size_t e = 0; e < dataset.events.size(); ++e) {
            const QString text = fields(dataset.events[e]);
            if (std::all_of(words.begin(), words.end(),
                            [&](const QString &word) { return text.contains(word); }))
                expected.insert(int(e));
        }
        std::set<int> found;
        for (int row = 0; row < proxy.rowCount(); ++row)
            found.insert(proxy.eventIndexAt(row));
        QVERIFY2(found == expected, qPrintable(query));
    }
}

void TestEventFilterProxy::sort_byTitleColumn_reordersRowsKeepingTheFilter()
{
    m_proxy->setKinds({QStringLiteral("strategy-document")});
    m_proxy->sort(EventModel::TitleColumn, Qt::DescendingOrder);
    QCOMPARE(titles(), QStringList({"US strategy", "Second strategy", "First strategy"}));
    m_proxy->sort(EventModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(titles(), QStringList({"First strategy", "Second strategy", "US strategy"}));
}

void TestEventFilterProxy::facets_withMoreThan64ActorsOrThemes_stillFilterExactly()
{
    // Given 70 actors and 70 themes (past the 64 that fit in a bit mask)
    Dataset d = Anchorline::Testing::smallDataset();
    for (int i = 0; i < 68; ++i) {
        d.actors.push_back(Actor{QStringLiteral("a%1").arg(i),
                                 QStringLiteral("A%1").arg(i),
                                 {},
                                 QColor("#777777"),
                                 {},
                                 {}});
        d.themes.push_back(
            Theme{QStringLiteral("t%1").arg(i), QStringLiteral("T%1").arg(i), {}, {}});
    }
    d.events[2].actors << QStringLiteral("a67");
    d.events[2].themes << QStringLiteral("t67");
    m_proxy.reset();
    m_document->setDataset(d, QString());
    m_proxy = std::make_unique<EventFilterProxy>(*m_document);
    // Then the last actor and theme filter exactly as the first ones do
    m_proxy->setActors({QStringLiteral("a67")});
    QCOMPARE(titles(), QStringList({"Two percent target"}));
    m_proxy->setActors({});
    m_proxy->setThemes({QStringLiteral("t67"), QStringLiteral("three-pillars")});
    QCOMPARE(titles(), QStringList({"First strategy", "Second strategy", "Two percent target"}));
}

void TestEventFilterProxy::actorsThemesKinds_restrictToAnyOfTheGivenIds()
{
    QSignalSpy spy(m_proxy.get(), &EventFilterProxy::filterChanged);
    m_proxy->setActors({QStringLiteral("united-states")});
    QCOMPARE(titles(), QStringList({"US strategy"}));
    m_proxy->setActors({});
    m_proxy->setThemes({QStringLiteral("defence-spending")});
    QCOMPARE(titles(), QStringList({"Second strategy", "Two percent target"}));
    m_proxy->setKinds({QStringLiteral("budget")});
    QCOMPARE(titles(), QStringList({"Two percent target"}));
    QCOMPARE(spy.count(), 4);
}

void TestEventFilterProxy::dateWindow_keepsEventsThatOverlapIt()
{
    // FY2025 runs to 31 Mar 2026, so a window starting in 2026 still shows it.
    m_proxy->setDateWindow(daysFromCivil(2026, 1, 1), std::nullopt);
    QCOMPARE(titles(), QStringList({"Two percent target"}));
    m_proxy->setDateWindow(std::nullopt, daysFromCivil(2013, 12, 31));
    QCOMPARE(titles(), QStringList({"First strategy"}));
}

void TestEventFilterProxy::clearFilters_showsEverythingAndSignalsOnce()
{
    m_proxy->setText(QStringLiteral("strategy"));
    m_proxy->setKinds({QStringLiteral("budget")});
    QVERIFY(m_proxy->isFiltering());
    QSignalSpy spy(m_proxy.get(), &EventFilterProxy::filterChanged);
    m_proxy->clearFilters();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m_proxy->rowCount(), 4);
    QVERIFY(!m_proxy->isFiltering());
}

void TestEventFilterProxy::mapping_betweenEventIndexesAndRows()
{
    QCOMPARE(m_proxy->eventIndexAt(0), 1); // the 2013 strategy is the second event of the file
    QCOMPARE(m_proxy->proxyRowOf(0), 3);
    m_proxy->setActors({QStringLiteral("japan")});
    QCOMPARE(m_proxy->proxyRowOf(0), -1);
    QCOMPARE(m_proxy->eventIndexAt(99), -1);
}

namespace {

// Event indexes in row order.
std::vector<int> rowsOf(const EventFilterProxy &proxy)
{
    std::vector<int> rows;
    for (int row = 0; row < proxy.rowCount(); ++row)
        rows.push_back(proxy.eventIndexAt(row));
    return rows;
}

// The rows a proxy built from scratch shows with the same filters and sort.
std::vector<int> freshRows(const Document &document, const EventFilterProxy &like)
{
    EventFilterProxy fresh(document);
    fresh.sort(like.sortColumn(), like.sortOrder());
    fresh.setText(like.text());
    fresh.setActors(like.actors());
    fresh.setThemes(like.themes());
    fresh.setKinds(like.kinds());
    fresh.setDateWindow(like.windowFrom(), like.windowTo());
    return rowsOf(fresh);
}

} // namespace

void TestEventFilterProxy::edit_movesOnlyTheEditedRow_toWhereAFreshProxyPutsIt()
{
    QAbstractItemModelTester tester(m_proxy.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(m_proxy.get(), &QAbstractItemModel::modelReset);
    QSignalSpy moves(m_proxy.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy changes(m_proxy.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy filter(m_proxy.get(), &EventFilterProxy::filterChanged);
    // Given the rows in date order, when the 2013 strategy is redated to 2024
    QVERIFY(m_document->setEventField(1, EventField::Date, QStringLiteral("2024-01-10")));
    // Then only its row moves, between the 2022 strategy and FY2025
    QCOMPARE(titles(), QStringList({"Second strategy", "First strategy", "Two percent target",
                                    "US strategy"}));
    QCOMPARE(rowsOf(*m_proxy), freshRows(*m_document, *m_proxy));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(moves.count(), 1);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.first().at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(filter.count(), 1);
    QCOMPARE(m_proxy->proxyRowOf(1), 1);
    QCOMPARE(m_proxy->proxyRowOf(3), 0);

    // When a title changes and the date does not, the row stays and only its data changes
    moves.clear();
    changes.clear();
    QVERIFY(m_document->setEventField(1, EventField::Title, QStringLiteral("Renamed")));
    QCOMPARE(moves.count(), 0);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(m_proxy->index(1, EventModel::TitleColumn).data().toString(),
             QStringLiteral("Renamed"));

    // And undo puts everything back
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(titles(), QStringList({"First strategy", "Second strategy", "Two percent target",
                                    "US strategy"}));
    QCOMPARE(resets.count(), 0);
}

void TestEventFilterProxy::edit_thatChangesAMatch_insertsOrRemovesOnlyThatRow()
{
    QAbstractItemModelTester tester(m_proxy.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy->setText(QStringLiteral("strategy"));
    QCOMPARE(m_proxy->rowCount(), 3);
    QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_proxy.get(), &QAbstractItemModel::rowsRemoved);
    // When the budget target's title comes to mention a strategy, it joins the rows
    QVERIFY(m_document->setEventField(2, EventField::Title, QStringLiteral("Budget strategy")));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(titles(),
             QStringList({"First strategy", "Second strategy", "Budget strategy", "US strategy"}));
    // When the US strategy's title no longer does (its summary and kind do not say it either),
    // it leaves
    QVERIFY(m_document->setEventField(0, EventField::Title, QStringLiteral("US plan")));
    QCOMPARE(titles(), QStringList({"First strategy", "Second strategy", "Budget strategy",
                                    "US plan"})); // its kind is strategy-document
    m_proxy->setText(QStringLiteral("strategy budget"));
    QVERIFY(m_document->setEventField(2, EventField::Title, QStringLiteral("Two percent")));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_proxy->rowCount(), 0);
    QCOMPARE(rowsOf(*m_proxy), freshRows(*m_document, *m_proxy));
    m_document->undoStack()->undo();
    QCOMPARE(titles(), QStringList({"Budget strategy"}));
}

void TestEventFilterProxy::edit_withLongerOrShorterText_keepsEveryEventSearchable()
{
    // Given a summary that grows far past its old place in the folded text
    QVERIFY(m_document->setEventField(
        0, EventField::Summary, QStringLiteral("Zebra ").repeated(50) + QStringLiteral("okapi")));
    m_proxy->setText(QStringLiteral("okapi"));
    QCOMPARE(titles(), QStringList({"US strategy"}));
    // Then the events after it in the file are still found by their own words
    m_proxy->setText(QStringLiteral("remarkable"));
    QCOMPARE(titles(), QStringList({"Second strategy"}));
    m_proxy->setText(QStringLiteral("pillars"));
    QCOMPARE(titles(), QStringList({"First strategy"}));
    // When it shrinks again, the old words are gone and nothing spans the padding
    QVERIFY(m_document->setEventField(0, EventField::Summary, QStringLiteral("Short")));
    m_proxy->setText(QStringLiteral("zebra"));
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setText(QStringLiteral("short"));
    QCOMPARE(titles(), QStringList({"US strategy"}));
    m_proxy->setText(QStringLiteral("short first"));
    QCOMPARE(m_proxy->rowCount(), 0);
}

void TestEventFilterProxy::edit_underATextSort_placesTheRowByItsNewText()
{
    QAbstractItemModelTester tester(m_proxy.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy->sort(EventModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(titles(), QStringList({"First strategy", "Second strategy", "Two percent target",
                                    "US strategy"}));
    QVERIFY(m_document->setEventField(2, EventField::Title, QStringLiteral("Alpha target")));
    QCOMPARE(titles(),
             QStringList({"Alpha target", "First strategy", "Second strategy", "US strategy"}));
    // Equal keys keep file order, as the full sort does
    QVERIFY(m_document->setEventField(0, EventField::Title, QStringLiteral("alpha TARGET")));
    QCOMPARE(rowsOf(*m_proxy), freshRows(*m_document, *m_proxy));
    QCOMPARE(m_proxy->eventIndexAt(0), 0);
    m_proxy->sort(EventModel::TitleColumn, Qt::DescendingOrder);
    QVERIFY(m_document->setEventField(3, EventField::Title, QStringLiteral("Zulu")));
    QCOMPARE(rowsOf(*m_proxy), freshRows(*m_document, *m_proxy));
    QCOMPARE(m_proxy->eventIndexAt(0), 3);
}

void TestEventFilterProxy::edit_toANewKind_isFilteredByKinds()
{
    m_proxy->setKinds({QStringLiteral("budget"), QStringLiteral("memo")});
    QCOMPARE(titles(), QStringList({"Two percent target"}));
    // A kind no event had when the proxy was built
    QVERIFY(m_document->setEventField(1, EventField::Kind, QStringLiteral("memo")));
    QCOMPARE(titles(), QStringList({"First strategy", "Two percent target"}));
    QVERIFY(m_document->setEventField(3, EventField::Kind, QStringLiteral("note")));
    QCOMPARE(titles(), QStringList({"First strategy", "Two percent target"}));
    m_proxy->setKinds({QStringLiteral("note")});
    QCOMPARE(titles(), QStringList({"Second strategy"}));
}

void TestEventFilterProxy::edit_toAnActorAddedSince_isFilteredByIt()
{
    QAbstractItemModelTester tester(m_proxy.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Given an actor added (first) after the proxy numbered the actors, and a filter on it
    QVERIFY(m_document->insertActor(
        0, Actor{QStringLiteral("china"), QStringLiteral("China"), {}, QColor("#e69f00"), {}, {}}));
    m_proxy->setActors({QStringLiteral("china")});
    QCOMPARE(m_proxy->rowCount(), 0);
    // When an event comes to name it
    QVERIFY(m_document->setEventField(2, EventField::Actors, QStringList{"china"}));
    // Then it shows, as in a proxy built now
    QCOMPARE(titles(), QStringList({"Two percent target"}));
    QCOMPARE(rowsOf(*m_proxy), freshRows(*m_document, *m_proxy));
    m_proxy->setActors({QStringLiteral("japan")});
    QCOMPARE(titles(), QStringList({"First strategy", "Second strategy"}));
}

void TestEventFilterProxy::edits_manyAtRandom_alwaysMatchAFreshProxy()
{
    // Given 60 events and a filter on text, actor and kind
    Dataset d = Anchorline::Testing::smallDataset();
    for (int i = 0; i < 56; ++i) {
        Event event = d.events[std::size_t(i % 4)];
        event.id = QStringLiteral("ev-%1").arg(i);
        event.date = QStringLiteral("20%1-0%2").arg(10 + i % 7).arg(1 + i % 9);
        event.parsed = PartialDate::fromString(event.date);
        d.events.push_back(event);
    }
    m_proxy.reset();
    m_document->setDataset(d, QString());
    m_proxy = std::make_unique<EventFilterProxy>(*m_document);
    QAbstractItemModelTester tester(m_proxy.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy->setText(QStringLiteral("strat"));
    m_proxy->setActors({QStringLiteral("japan")});
    const QStringList words = {"strategy", "plan", "target", "strategic review", "budget"};
    const QStringList kinds = {"speech", "budget", "strategy-document"};
    QRandomGenerator random(7);
    // When events are edited at random, under each sort
    for (int round = 0; round < 120; ++round) {
        if (round % 40 == 0)
            m_proxy->sort(round == 40 ? EventModel::TitleColumn : EventModel::DateColumn,
                          round == 80 ? Qt::DescendingOrder : Qt::AscendingOrder);
        const int event = random.bounded(int(d.events.size()));
        switch (random.bounded(5)) {
        case 0:
            QVERIFY(m_document->setEventField(event, EventField::Date,
                                              QStringLiteral("20%1-%2")
                                                  .arg(10 + random.bounded(15))
                                                  .arg(1 + random.bounded(9), 2, 10, QChar('0'))));
            break;
        case 1:
            QVERIFY(m_document->setEventField(event, EventField::Title,
                                              words[random.bounded(words.size())] +
                                                  QString::number(random.bounded(3))));
            break;
        case 2:
            QVERIFY(m_document->setEventField(event, EventField::Kind,
                                              kinds[random.bounded(kinds.size())]));
            break;
        case 3:
            QVERIFY(m_document->setEventField(
                event, EventField::Actors,
                QStringList{random.bounded(2) ? "japan" : "united-states"}));
            break;
        default:
            m_document->undoStack()->undo();
            break;
        }
        // Then the rows are those of a proxy built from scratch
        QCOMPARE(rowsOf(*m_proxy), freshRows(*m_document, *m_proxy));
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            QCOMPARE(m_proxy->proxyRowOf(m_proxy->eventIndexAt(row)), row);
    }
}

void TestEventFilterProxy::text_foldsLikeTheSearchPanel_quotesAndSpaces()
{
    // Given titles with a curly apostrophe and a no-break space
    Dataset d = Anchorline::Testing::smallDataset();
    d.events[0].title = QStringLiteral("We don\u2019t agree");
    d.events[1].title = QStringLiteral("It can't\u00A0wait");
    m_proxy.reset();
    m_document->setDataset(d, QString());
    m_proxy = std::make_unique<EventFilterProxy>(*m_document);
    // Then the filter bar matches them as the search panel (foldForSearch) does
    QCOMPARE(foldForSearch(u"DON'T"), foldForSearch(u"don\u2019t"));
    m_proxy->setText(QStringLiteral("don't"));
    QCOMPARE(titles(), QStringList{QStringLiteral("We don\u2019t agree")});
    m_proxy->setText(QStringLiteral("can\u2019t wait"));
    QCOMPARE(titles(), QStringList{QStringLiteral("It can't\u00A0wait")});
    m_proxy->setText(QStringLiteral("\u201CDON\u2019T\u201D"));
    QCOMPARE(m_proxy->rowCount(), 0); // quotes are kept as characters, only folded
}

QTEST_MAIN(TestEventFilterProxy)
#include "tst_eventfilterproxy.moc"
