#include "document.h"
#include "eventfilterproxy.h"
#include "itemmodels.h"
#include "roles.h"
#include "testdata.h"

#include <QSignalSpy>
#include <QTest>

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
    void sort_byTitleColumn_reordersRowsKeepingTheFilter();
    void facets_withMoreThan64ActorsOrThemes_stillFilterExactly();
    void actorsThemesKinds_restrictToAnyOfTheGivenIds();
    void dateWindow_keepsEventsThatOverlapIt();
    void clearFilters_showsEverythingAndSignalsOnce();
    void mapping_betweenEventIndexesAndRows();

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

QTEST_MAIN(TestEventFilterProxy)
#include "tst_eventfilterproxy.moc"
