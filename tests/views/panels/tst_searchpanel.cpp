#include "document/document.h"
#include "itemmodels/eventfilterproxy.h"
#include "itemmodels/searchmodel.h"
#include "panels/searchpanel.h"
#include "testdata.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

using namespace Anchorline::Model;
using Anchorline::Views::SearchPanel;

class TestSearchPanel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typing_showsResultsAfterTheDebounce();
    void results_haveSnippetsWithTheMatchEmphasised();
    void activatingAnEventResult_selectsTheEvent();
    void activatingATextResult_asksToShowTheSourcePosition();
    void keyboard_downEntersTheResultsAndEnterActivates();
    void keyboard_enterInTheFieldActivatesTheFirstResult();
    void facets_driveTheFilterProxy();
    void actorFacet_saysWhatItCountsAndHowItDiffersFromTheLane();
    void facets_followFilterChangesMadeElsewhere();
    void facets_followEditsAndUndo();
    void yearRange_setsTheDateWindow();
    void clearFilters_resetsEverything();
    void facets_limitTheEventResults();
    void focusSearch_focusesTheField();
    void largeDataset_isIndexedOnAWorkerWhenASearchNeedsIt();
    void largeDataset_anEditWhileIndexingIsFound();

private:
    QListWidgetItem *facetItem(const char *list, const QString &id) const;
    QLineEdit *field() const
    {
        return m_panel->findChild<QLineEdit *>(QStringLiteral("searchField"));
    }
    QListView *results() const
    {
        return m_panel->findChild<QListView *>(QStringLiteral("results"));
    }

    std::unique_ptr<Document> m_document;
    std::unique_ptr<EventFilterProxy> m_proxy;
    std::unique_ptr<SearchPanel> m_panel;
};

void TestSearchPanel::init()
{
    Dataset dataset = Anchorline::Testing::smallDataset();
    dataset.events[0].summary = QStringLiteral("Washington's strategy, with pillars of its own.");
    m_document = std::make_unique<Document>();
    m_document->setDataset(std::move(dataset), QString());
    m_proxy = std::make_unique<EventFilterProxy>(*m_document);
    m_panel = std::make_unique<SearchPanel>(*m_document, *m_proxy);
    m_panel->resize(400, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
}

void TestSearchPanel::cleanup()
{
    m_panel.reset();
    m_proxy.reset();
    m_document.reset();
}

QListWidgetItem *TestSearchPanel::facetItem(const char *list, const QString &id) const
{
    auto *widget = m_panel->findChild<QListWidget *>(QString::fromUtf8(list));
    if (!widget)
        return nullptr;
    for (int row = 0; row < widget->count(); ++row) {
        if (widget->item(row)->data(Qt::UserRole).toString() == id)
            return widget->item(row);
    }
    return nullptr;
}

void TestSearchPanel::typing_showsResultsAfterTheDebounce()
{
    // When the user types a word
    field()->setFocus();
    QTest::keyClicks(field(), QStringLiteral("pillars"));
    // Then nothing is searched on every keystroke, and results come once typing pauses
    QCOMPARE(results()->model()->rowCount(), 0);
    QTRY_COMPARE(results()->model()->rowCount(), 2);
}

void TestSearchPanel::results_haveSnippetsWithTheMatchEmphasised()
{
    m_panel->setQuery(QStringLiteral("pillars"));
    QAbstractItemModel *model = results()->model();
    QCOMPARE(model->rowCount(), 2);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const QString snippet = index.data(SearchSnippetRole).toString();
        const QVariantList emphasis = index.data(SearchSnippetEmphasisRole).toList();
        QVERIFY2(!emphasis.isEmpty(), qPrintable(snippet));
        for (const QVariant &range : emphasis) {
            const QPoint r = range.toPoint();
            QCOMPARE(snippet.mid(r.x(), r.y()), QStringLiteral("pillars"));
        }
    }
    // And the heading names the event
    QVERIFY(
        model->index(0, 0).data(SearchHeadingRole).toString().contains(QStringLiteral("strategy")));
}

void TestSearchPanel::activatingAnEventResult_selectsTheEvent()
{
    m_panel->setQuery(QStringLiteral("remarkable"));
    QCOMPARE(results()->model()->rowCount(), 1);
    const QModelIndex index = results()->model()->index(0, 0);
    QTest::mouseClick(results()->viewport(), Qt::LeftButton, {},
                      results()->visualRect(index).center());
    QCOMPARE(m_document->currentEvent(), 3);
}

void TestSearchPanel::activatingATextResult_asksToShowTheSourcePosition()
{
    // Given an attached text that contains the query
    const QString text = QStringLiteral("Some words, then a tangible action, then more.");
    m_panel->setSourceTexts({{QStringLiteral("src-a"), text}});
    QTRY_VERIFY(!m_panel->isIndexing());
    m_panel->setQuery(QStringLiteral("Tangible action"));
    QAbstractItemModel *model = results()->model();
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(model->index(0, 0).data(SearchIsSourceTextRole).toBool());
    // When it is activated from the keyboard
    QSignalSpy spy(m_panel.get(), &SearchPanel::showSourcePosition);
    results()->setFocus();
    results()->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(results(), Qt::Key_Return);
    // Then the panel asks to show that place
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("src-a"));
    QCOMPARE(spy.at(0).at(1).toInt(), int(text.indexOf(QStringLiteral("tangible"))));
    QCOMPARE(spy.at(0).at(2).toInt(), int(QStringLiteral("tangible action").size()));
}

void TestSearchPanel::keyboard_downEntersTheResultsAndEnterActivates()
{
    // Given results for "strategy"
    field()->setFocus();
    QTest::keyClicks(field(), QStringLiteral("strategy"));
    // When the user presses Down at once (before the debounce) and then Down and Enter
    QTest::keyClick(field(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), results());
    QCOMPARE(results()->currentIndex().row(), 0);
    QTest::keyClick(results(), Qt::Key_Down);
    QCOMPARE(results()->currentIndex().row(), 1);
    const int expected = results()->currentIndex().data(SearchEventIndexRole).toInt();
    QTest::keyClick(results(), Qt::Key_Return);
    // Then that event is selected
    QCOMPARE(m_document->currentEvent(), expected);
    // And Up twice goes back to the field
    QTest::keyClick(results(), Qt::Key_Up);
    QTest::keyClick(results(), Qt::Key_Up);
    QCOMPARE(QApplication::focusWidget(), field());
    // And Tab moves on from the field to the results
    QTest::keyClick(field(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), results());
}

void TestSearchPanel::keyboard_enterInTheFieldActivatesTheFirstResult()
{
    field()->setFocus();
    QTest::keyClicks(field(), QStringLiteral("two percent"));
    QTest::keyClick(field(), Qt::Key_Return);
    QCOMPARE(m_document->currentEvent(), 2);
}

void TestSearchPanel::facets_driveTheFilterProxy()
{
    // When the user checks Japan and the 'budget' kind
    QListWidgetItem *japan = facetItem("actorFacet", QStringLiteral("japan"));
    QVERIFY(japan);
    QVERIFY(japan->text().startsWith(QStringLiteral("Japan (3 involve it")));
    japan->setCheckState(Qt::Checked);
    // Then the proxy keeps Japan's events
    QCOMPARE(m_proxy->actors(), QSet<QString>({QStringLiteral("japan")}));
    QCOMPARE(m_proxy->rowCount(), 3);
    facetItem("kindFacet", QStringLiteral("budget"))->setCheckState(Qt::Checked);
    QCOMPARE(m_proxy->rowCount(), 1);
    facetItem("themeFacet", QStringLiteral("three-pillars"))->setCheckState(Qt::Checked);
    QCOMPARE(m_proxy->themes(), QSet<QString>({QStringLiteral("three-pillars")}));
    QCOMPARE(m_proxy->rowCount(), 0);
    // And the summary says so
    auto *summary = m_panel->findChild<QLabel *>(QStringLiteral("filterSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("0 of 4")), qPrintable(summary->text()));
}

// Issue 18, item 9: the actor filter counts every event that lists the actor, the timeline's
// lane only those whose first actor it is; the facet names both.
void TestSearchPanel::actorFacet_saysWhatItCountsAndHowItDiffersFromTheLane()
{
    // An event in the United States' lane that involves Japan too.
    const int us = m_document->eventIndexById(QStringLiteral("ev-us-nss-2025"));
    QVERIFY(m_document->setEventField(
        us, EventField::Actors,
        QStringList({QStringLiteral("united-states"), QStringLiteral("japan")})));
    QTRY_VERIFY(facetItem("actorFacet", QStringLiteral("japan"))
                    ->text()
                    .startsWith(QStringLiteral("Japan (4")));
    const Dataset &data = m_document->dataset();
    int involved = 0;
    int inLane = 0;
    for (const Event &event : data.events) {
        involved += event.actors.contains(QStringLiteral("japan")) ? 1 : 0;
        inLane += event.actors.value(0) == QLatin1String("japan") ? 1 : 0;
    }
    QVERIFY2(involved > inLane, "the fixture must give the two counts a difference to explain");
    QListWidgetItem *japan = facetItem("actorFacet", QStringLiteral("japan"));
    QVERIFY(japan);
    QCOMPARE(japan->text(),
             QStringLiteral("Japan (%1 involve it · %2 in its lane)").arg(involved).arg(inLane));
    QVERIFY(japan->toolTip().contains(QStringLiteral("in its lane")));
}

void TestSearchPanel::facets_followFilterChangesMadeElsewhere()
{
    // When a theme chip elsewhere sets the theme filter
    m_proxy->setThemes({QStringLiteral("defence-spending")});
    // Then the facet shows it checked
    QCOMPARE(facetItem("themeFacet", QStringLiteral("defence-spending"))->checkState(),
             Qt::Checked);
    QCOMPARE(facetItem("themeFacet", QStringLiteral("three-pillars"))->checkState(), Qt::Unchecked);
}

void TestSearchPanel::facets_followEditsAndUndo()
{
    // When an event gains an actor, the count follows after the edit
    const int us = m_document->eventIndexById(QStringLiteral("ev-us-nss-2025"));
    QVERIFY(m_document->setEventField(
        us, EventField::Actors,
        QStringList({QStringLiteral("united-states"), QStringLiteral("japan")})));
    QTRY_VERIFY(facetItem("actorFacet", QStringLiteral("japan"))
                    ->text()
                    .startsWith(QStringLiteral("Japan (4 involve it")));
    // When the actor is deleted with its references, its facet entry goes
    const int japan = m_document->dataset().indexOfActor(QStringLiteral("japan"));
    QVERIFY(japan >= 0);
    QVERIFY(m_document->removeItemAndReferences(Collection::Actors, japan));
    QTRY_VERIFY(!facetItem("actorFacet", QStringLiteral("japan")));
    // And undo brings it back with its count
    m_document->undoStack()->undo();
    QTRY_VERIFY(facetItem("actorFacet", QStringLiteral("japan")));
    QVERIFY(facetItem("actorFacet", QStringLiteral("japan"))
                ->text()
                .startsWith(QStringLiteral("Japan (4 involve it")));
    m_document->undoStack()->undo();
    QTRY_VERIFY(facetItem("actorFacet", QStringLiteral("japan"))
                    ->text()
                    .startsWith(QStringLiteral("Japan (3 involve it")));
}

void TestSearchPanel::yearRange_setsTheDateWindow()
{
    auto *from = m_panel->findChild<QSpinBox *>(QStringLiteral("fromYear"));
    auto *to = m_panel->findChild<QSpinBox *>(QStringLiteral("toYear"));
    QVERIFY(from && to);
    QCOMPARE(from->text(), QStringLiteral("any"));
    // When the user types years
    from->setValue(2020);
    to->setValue(2023);
    // Then the window covers those years, whole
    QCOMPARE(m_proxy->windowFrom(), std::optional<DayNumber>(daysFromCivil(2020, 1, 1)));
    QCOMPARE(m_proxy->windowTo(), std::optional<DayNumber>(daysFromCivil(2023, 12, 31)));
    QCOMPARE(m_proxy->rowCount(), 1); // the 2022 strategy
    // And "any" opens the end again
    from->setValue(from->minimum());
    QVERIFY(!m_proxy->windowFrom());
}

void TestSearchPanel::clearFilters_resetsEverything()
{
    facetItem("actorFacet", QStringLiteral("japan"))->setCheckState(Qt::Checked);
    m_panel->findChild<QSpinBox *>(QStringLiteral("fromYear"))->setValue(2020);
    auto *clear = m_panel->findChild<QPushButton *>(QStringLiteral("clearFilters"));
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(!m_proxy->isFiltering());
    QCOMPARE(m_proxy->rowCount(), 4);
    QCOMPARE(facetItem("actorFacet", QStringLiteral("japan"))->checkState(), Qt::Unchecked);
    QCOMPARE(m_panel->findChild<QSpinBox *>(QStringLiteral("fromYear"))->text(),
             QStringLiteral("any"));
    QVERIFY(!clear->isEnabled());
}

void TestSearchPanel::facets_limitTheEventResults()
{
    m_panel->setQuery(QStringLiteral("strategy"));
    QCOMPARE(results()->model()->rowCount(), 3);
    facetItem("actorFacet", QStringLiteral("united-states"))->setCheckState(Qt::Checked);
    QTRY_COMPARE(results()->model()->rowCount(), 1);
    QCOMPARE(results()->model()->index(0, 0).data(SearchEventIndexRole).toInt(), 0);
}

void TestSearchPanel::focusSearch_focusesTheField()
{
    results()->setFocus();
    field()->setText(QStringLiteral("old"));
    m_panel->focusSearch();
    QCOMPARE(QApplication::focusWidget(), field());
    QCOMPARE(field()->selectedText(), QStringLiteral("old"));
}

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"

namespace {
// More events than the panel indexes on the spot.
constexpr int largeCount = SearchPanel::synchronousEventLimit + 500;
} // namespace

void TestSearchPanel::largeDataset_isIndexedOnAWorkerWhenASearchNeedsIt()
{
    // Given a dataset too large to index on the spot, with one event that stands out
    Dataset dataset = Anchorline::Testing::largeDataset(largeCount);
    dataset.events[largeCount - 3].title = QStringLiteral("Quokka treaty");
    results()->setFocus();
    m_document->setDataset(std::move(dataset), QString());
    // Then nothing is indexed while nobody is about to search
    QVERIFY(!m_panel->isIndexing());

    // When the search field takes the focus, the worker starts; when a search is asked for
    field()->setFocus();
    QVERIFY(m_panel->isIndexing());
    m_panel->setQuery(QStringLiteral("quokka"));
    // Then it says that the events are being indexed, shows no stale results, and runs the
    // query once the worker is done
    QVERIFY(m_panel->isIndexing());
    QCOMPARE(results()->model()->rowCount(), 0);
    auto *status = m_panel->findChild<QLabel *>(QStringLiteral("searchStatus"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QStringLiteral("Indexing")), qPrintable(status->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isIndexing(), 20000);
    QCOMPARE(results()->model()->rowCount(), 1);
    QCOMPARE(results()->model()->index(0, 0).data(SearchEventIndexRole).toInt(), largeCount - 3);

    // And a second search uses the index at once
    m_panel->setQuery(QStringLiteral("treaty"));
    QVERIFY(!m_panel->isIndexing());
    QCOMPARE(results()->model()->rowCount(), 1);
}

void TestSearchPanel::largeDataset_anEditWhileIndexingIsFound()
{
    // Given a large dataset being indexed for a search
    m_document->setDataset(Anchorline::Testing::largeDataset(largeCount), QString());
    m_panel->setQuery(QStringLiteral("wombat"));
    QVERIFY(m_panel->isIndexing());

    // When an event is edited before the worker is done
    QVERIFY(m_document->setEventField(7, EventField::Title, QStringLiteral("Wombat summit")));

    // Then the index the worker made of the old events is not used: another is made, and the
    // edited title is found
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isIndexing(), 20000);
    QCOMPARE(results()->model()->rowCount(), 1);
    QCOMPARE(results()->model()->index(0, 0).data(SearchEventIndexRole).toInt(), 7);
}
