// Work prepared on the loader's worker (issue 10, the hand-over after a large file is read):
// Preparations runs the jobs, the document hands their results to their owners only while it
// takes the dataset, the views use them, and what they show is what they would have built
// themselves. Also: the loader's content hash reaches the change watcher, and a chart that is
// not on screen is brought up to date when it is shown.

#include "anchoring/anchorplace.h"
#include "charts/chartspanel.h"
#include "charts/themefrequencychart.h"
#include "document/document.h"
#include "document/externalchangewatcher.h"
#include "document/tablemodels.h"
#include "io/datasetloader.h"
#include "io/datasetreader.h"
#include "itemmodels/eventfilterproxy.h"
#include "itemmodels/themematrixmodel.h"
#include "panels/searchpanel.h"
#include "source/sourcetextview.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Anchorline;
using namespace Anchorline::Model;

namespace {

QString bundledPath()
{
    return QStringLiteral(ANCHORLINE_SOURCE_DIR "/resources/data/japan-security.anchorline.json");
}

// How many anchors quote the dataset's first source (whose passages the source view lists first).
int anchorsOfFirstSource(const Dataset &dataset)
{
    int count = 0;
    forEachAnchor(dataset, [&](const AnchorPlace &, const Anchor &anchor) {
        count += anchor.source == dataset.sources.front().id ? 1 : 0;
    });
    return count;
}

Dataset bundled()
{
    LoadResult result = DatasetReader::readFile(bundledPath());
    return result.ok() ? std::move(*result.dataset) : Dataset();
}

// Every row's display text of a list or table model, for comparisons.
QStringList rowsOf(const QAbstractItemModel *model)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data().toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

// The models and views that prepare work, over one document.
struct Consumers
{
    Document document;
    EventFilterProxy filter{document};
    ThemeMatrixModel matrix{document};
    Anchorline::Views::SearchPanel search{document, filter};
    Anchorline::Views::SourceTextView sources{document};
    Anchorline::Views::TimelineView timeline{document, filter};

    QAbstractItemModel *passages() const
    {
        return sources.findChild<QListView *>(QStringLiteral("passages"))->model();
    }
    QStringList searchRows(const QString &query)
    {
        search.setQuery(query);
        return rowsOf(search.resultsModel());
    }
    QStringList filteredRows(const QString &text)
    {
        filter.setText(text);
        QStringList rows = rowsOf(&filter);
        filter.setText({});
        return rows;
    }
    // The facet lists of the search panel (actors, themes, kinds with their counts).
    QStringList facetItems() const
    {
        QStringList items;
        for (const QListWidget *list : search.findChildren<QListWidget *>()) {
            for (int row = 0; row < list->count(); ++row)
                items << list->item(row)->text();
        }
        return items;
    }
    QStringList matrixCounts() const
    {
        QStringList counts;
        for (int row = 0; row < matrix.rowCount(); ++row) {
            for (int column = 0; column < matrix.columnCount(); ++column)
                counts << matrix.index(row, column).data().toString();
        }
        return counts;
    }
};

} // namespace

class TestPreparation : public QObject
{
    Q_OBJECT

private slots:
    void preparations_runEveryJobOnce();
    void preparations_handOutOnlyTheTypeTheJobMakes();
    void preparations_cancelledBeforeStarting_runsNothing();
    void document_handsResultsOverOnlyWhileTakingTheDataset();
    void document_forgetsThePreparerOfADestroyedOwner();
    void loader_runsThePreparationsAndHashesTheBytesItRead();
    void views_useWhatWasPrepared();
    void views_showTheSameWithOrWithoutPreparation();
    void filter_takesThePreparedRows_unlessAFilterIsSet();
    void watcher_takesTheLoadersHash();
    void hiddenChart_isUpToDateWhenShown();
};

void TestPreparation::preparations_runEveryJobOnce()
{
    Preparations preparations;
    int first = 0;
    int second = 0;
    preparations.add<int>(
        &first, [](const Dataset &d) { return std::make_shared<int>(int(d.events.size())); });
    preparations.add<int>(&second, [](const Dataset &) { return std::make_shared<int>(-1); });
    // A second job for the same owner replaces the first.
    preparations.add<int>(
        &second, [](const Dataset &d) { return std::make_shared<int>(int(d.actors.size())); });
    QCOMPARE(preparations.jobCount(), 2);
    QVERIFY(!preparations.result<int>(&first));

    const Dataset dataset = bundled();
    QVERIFY(!dataset.events.empty());
    preparations.run(dataset);

    QCOMPARE(preparations.jobsDone(), 2);
    QCOMPARE(*preparations.result<int>(&first), int(dataset.events.size()));
    QCOMPARE(*preparations.result<int>(&second), int(dataset.actors.size()));
    int stranger = 0;
    QVERIFY(!preparations.result<int>(&stranger));
}

void TestPreparation::preparations_handOutOnlyTheTypeTheJobMakes()
{
    // Given jobs that make an int and a QString
    Preparations preparations;
    int counter = 0;
    int namer = 0;
    preparations.add<int>(
        &counter, [](const Dataset &d) { return std::make_shared<int>(int(d.events.size())); });
    preparations.add<QString>(
        &namer, [](const Dataset &d) { return std::make_shared<QString>(d.events.front().id); });
    const Dataset dataset = bundled();
    QVERIFY(!dataset.events.empty());
    preparations.run(dataset);

    // Then each result comes out as its own type, and asking for another type gives nothing
    // (before the cache was typed, this was a static_pointer_cast to the wrong type)
    QVERIFY(preparations.result<int>(&counter));
    QVERIFY(preparations.result<QString>(&namer));
    QVERIFY(!preparations.result<QString>(&counter));
    QVERIFY(!preparations.result<int>(&namer));
    QVERIFY(!preparations.result<double>(&counter));
    // And a job that replaces another of a different type changes what the owner gives
    preparations.add<QString>(&counter, [](const Dataset &) {
        return std::make_shared<QString>(QStringLiteral("now a string"));
    });
    preparations.run(dataset);
    QVERIFY(!preparations.result<int>(&counter));
    QCOMPARE(*preparations.result<QString>(&counter), QStringLiteral("now a string"));

    // And the document does the same
    Document document;
    QObject owner;
    document.addPreparer<int>(&owner, [] {
        return [](const Dataset &d) { return std::make_shared<int>(int(d.events.size())); };
    });
    Preparations forDocument = document.preparations();
    forDocument.run(dataset);
    std::shared_ptr<int> asInt;
    std::shared_ptr<QString> asString;
    connect(&document, &Document::datasetReset, &owner, [&] {
        asInt = document.prepared<int>(&owner);
        asString = document.prepared<QString>(&owner);
    });
    document.setDataset(dataset, QString(), std::move(forDocument));
    QVERIFY(asInt);
    QCOMPARE(*asInt, int(dataset.events.size()));
    QVERIFY(!asString);
}

void TestPreparation::preparations_cancelledBeforeStarting_runsNothing()
{
    Preparations preparations;
    int owner = 0;
    bool ran = false;
    preparations.add<int>(&owner, [&ran](const Dataset &) {
        ran = true;
        return std::make_shared<int>(1);
    });
    const std::atomic<bool> cancel{true};
    preparations.run(Dataset(), &cancel);
    QVERIFY(!ran);
    QVERIFY(!preparations.result<int>(&owner));
}

void TestPreparation::document_handsResultsOverOnlyWhileTakingTheDataset()
{
    Document document;
    QObject owner;
    int made = 0;
    document.addPreparer<int>(&owner, [&made] {
        ++made; // on the GUI thread, when a load starts
        return [](const Dataset &d) { return std::make_shared<int>(int(d.events.size())); };
    });
    Preparations preparations = document.preparations();
    QCOMPARE(made, 1);
    const Dataset dataset = bundled();
    preparations.run(dataset);
    preparations.contentHash = QByteArrayLiteral("hash");

    int seen = -1;
    QByteArray seenHash;
    connect(&document, &Document::datasetReset, &owner, [&] {
        if (const std::shared_ptr<int> prepared = document.prepared<int>(&owner))
            seen = *prepared;
        seenHash = document.loadedContentHash();
    });
    document.setDataset(dataset, QString(), std::move(preparations));
    QCOMPARE(seen, int(dataset.events.size()));
    QCOMPARE(seenHash, QByteArrayLiteral("hash"));
    // Afterwards nothing is left over, and a plain setDataset() carries nothing.
    QVERIFY(!document.prepared<int>(&owner));
    QVERIFY(document.loadedContentHash().isEmpty());
    seen = -1;
    document.setDataset(dataset, QString());
    QCOMPARE(seen, -1);
}

void TestPreparation::document_forgetsThePreparerOfADestroyedOwner()
{
    Document document;
    const int own = document.preparations().jobCount(); // the document's own event index
    auto owner = std::make_unique<QObject>();
    document.addPreparer<int>(
        owner.get(), [] { return [](const Dataset &) { return std::shared_ptr<int>(); }; });
    QCOMPARE(document.preparations().jobCount(), own + 1);
    owner.reset();
    QCOMPARE(document.preparations().jobCount(), own);
}

void TestPreparation::loader_runsThePreparationsAndHashesTheBytesItRead()
{
    Document document;
    QObject owner;
    document.addPreparer<QString>(&owner, [] {
        return [](const Dataset &d) { return std::make_shared<QString>(d.events.front().id); };
    });
    DatasetLoader loader;
    QSignalSpy finished(&loader, &DatasetLoader::finished);
    loader.start(bundledPath(), {}, document.preparations());
    QVERIFY(finished.wait(20000));
    LoadResult result = loader.takeResult();
    QVERIFY(result.ok());
    Preparations prepared = loader.takePreparations();

    QFile file(bundledPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(prepared.contentHash,
             QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    const std::shared_ptr<QString> id = prepared.result<QString>(&owner);
    QVERIFY(id);
    QCOMPARE(*id, result.dataset->events.front().id);

    // A failed read prepares nothing.
    loader.start(QStringLiteral("/no/such/file.anchorline.json"), {}, document.preparations());
    QVERIFY(finished.wait(20000));
    QVERIFY(!loader.takeResult().ok());
    QVERIFY(!loader.takePreparations().result<QString>(&owner));
}

void TestPreparation::views_useWhatWasPrepared()
{
    // Given preparations run on a copy whose titles and quotes carry a marker, and whose events
    // quote only the first source
    Consumers views;
    const Dataset dataset = bundled();
    Dataset marked = dataset;
    for (Event &event : marked.events) {
        event.kind = QStringLiteral("zqxkind");
        event.parsed = PartialDate::fromString(QStringLiteral("1801-02-03"));
        event.title += QStringLiteral(" zqxmarker");
        for (Anchor &anchor : event.evidence) {
            anchor.exact += QStringLiteral(" zqxmarker");
            anchor.source = marked.sources.front().id;
        }
    }
    QVERIFY(anchorsOfFirstSource(marked) > anchorsOfFirstSource(dataset));
    Preparations preparations = views.document.preparations();
    preparations.run(marked);

    // When the document takes the unmarked dataset with them
    QSignalSpy matrixResets(&views.matrix, &QAbstractItemModel::modelReset);
    views.document.setDataset(dataset, QString(), std::move(preparations));
    // (The load resets three of the document's models; the prepared matrix resets its views
    // once.)
    QCOMPARE(matrixResets.size(), 1);

    // Then the filter (text and facets), the facet counts, and the passage list show what the
    // worker made (the list, which makes its texts as it shows them, lists the anchors the
    // worker found); the search indexes the document's own events when it is first asked
    QCOMPARE(views.filteredRows(QStringLiteral("zqxmarker")).size(), int(dataset.events.size()));
    views.filter.setKinds({QStringLiteral("zqxkind")});
    QCOMPARE(views.filter.rowCount(), int(dataset.events.size()));
    views.filter.setKinds({});
    QVERIFY(views.facetItems().contains(QStringLiteral("zqxkind (%1)").arg(dataset.events.size())));
    QVERIFY(views.searchRows(QStringLiteral("zqxmarker")).isEmpty());
    QVERIFY(!views.searchRows(dataset.events.front().title).isEmpty());
    QCOMPARE(views.passages()->rowCount(), anchorsOfFirstSource(marked));
    const DayNumber marker = daysFromCivil(1801, 2, 3);
    QCOMPARE(views.timeline.index().firstDay(), marker);

    // And a reset without preparations builds from the dataset itself again
    views.document.setDataset(dataset, QString());
    QVERIFY(views.filteredRows(QStringLiteral("zqxmarker")).isEmpty());
    views.filter.setKinds({QStringLiteral("zqxkind")});
    QCOMPARE(views.filter.rowCount(), 0);
    views.filter.setKinds({});
    QVERIFY(views.searchRows(QStringLiteral("zqxmarker")).isEmpty());
    QCOMPARE(views.passages()->rowCount(), anchorsOfFirstSource(dataset));
    QVERIFY(views.timeline.index().firstDay() != marker);
}

void TestPreparation::views_showTheSameWithOrWithoutPreparation()
{
    const Dataset dataset = bundled();
    Consumers prepared;
    Consumers built;
    Preparations preparations = prepared.document.preparations();
    preparations.run(dataset);
    prepared.document.setDataset(dataset, bundledPath(), std::move(preparations));
    built.document.setDataset(dataset, bundledPath());

    QCOMPARE(rowsOf(&prepared.filter), rowsOf(&built.filter));
    for (const QString &text : {QStringLiteral("defense"), QStringLiteral("2022"),
                                QStringLiteral("counterstrike capabilities")})
        QCOMPARE(prepared.filteredRows(text), built.filteredRows(text));
    for (auto *consumers : {&prepared, &built}) {
        consumers->filter.setActors({QStringLiteral("japan")});
        consumers->filter.setKinds({QStringLiteral("strategy-document")});
    }
    QVERIFY(prepared.filter.rowCount() > 0);
    QCOMPARE(rowsOf(&prepared.filter), rowsOf(&built.filter));
    for (auto *consumers : {&prepared, &built})
        consumers->filter.clearFilters();
    for (const QString &query : {QStringLiteral("strategy"), QStringLiteral("Takaichi")})
        QCOMPARE(prepared.searchRows(query), built.searchRows(query));
    QVERIFY(!prepared.facetItems().isEmpty());
    QCOMPARE(prepared.facetItems(), built.facetItems());
    QCOMPARE(prepared.matrix.rowCount(), built.matrix.rowCount());
    QCOMPARE(prepared.matrix.columnCount(), built.matrix.columnCount());
    QCOMPARE(prepared.matrixCounts(), built.matrixCounts());
    QVERIFY(prepared.passages()->rowCount() > 0);
    QCOMPARE(rowsOf(prepared.passages()), rowsOf(built.passages()));
    for (const Event &event : dataset.events)
        QCOMPARE(prepared.document.eventIndexById(event.id),
                 built.document.eventIndexById(event.id));
    const EventIndex &a = prepared.timeline.index();
    const EventIndex &b = built.timeline.index();
    QCOMPARE(a.eventCount(), b.eventCount());
    QCOMPARE(a.firstDay(), b.firstDay());
    QCOMPARE(a.lastDay(), b.lastDay());
    QCOMPARE(a.visibleCount(), b.visibleCount());
    for (int event = 0; event < a.eventCount(); ++event) {
        QCOMPARE(a.laneOf(event), b.laneOf(event));
        QCOMPARE(a.isVisible(event), b.isVisible(event));
    }
    // The dates in the passage labels are written for people, not as EDTF.
    const QString labels = rowsOf(prepared.passages()).join(QLatin1Char('\n'));
    QVERIFY2(!labels.contains(QStringLiteral("(2022-12-16)")), qPrintable(labels.left(400)));
}

void TestPreparation::filter_takesThePreparedRows_unlessAFilterIsSet()
{
    // Given preparations run on a copy whose dates run backwards through the file
    const Dataset dataset = bundled();
    const int count = int(dataset.events.size());
    QVERIFY(count > 10);
    Dataset marked = dataset;
    for (int i = 0; i < count; ++i)
        marked.events[std::size_t(i)].parsed =
            PartialDate::fromString(QDate(2000, 1, 1).addDays(-i).toString(Qt::ISODate));

    // When the document takes the dataset with them and nothing is filtered
    Consumers views;
    Preparations preparations = views.document.preparations();
    preparations.run(marked);
    views.document.setDataset(dataset, QString(), std::move(preparations));

    // Then the rows are the worker's order, last event first, and both row maps agree
    QCOMPARE(views.filter.rowCount(), count);
    for (int row = 0; row < count; ++row) {
        QCOMPARE(views.filter.eventIndexAt(row), count - 1 - row);
        QCOMPARE(views.filter.proxyRowOf(count - 1 - row), row);
    }

    // And when a filter is set while the file loads, the prepared rows (every event) give way
    // to the events it accepts
    Consumers filtered;
    filtered.filter.setText(QStringLiteral("defense"));
    preparations = filtered.document.preparations();
    preparations.run(marked);
    filtered.document.setDataset(dataset, QString(), std::move(preparations));
    Consumers built; // the same filter over the dataset without preparations
    built.filter.setText(QStringLiteral("defense"));
    built.document.setDataset(dataset, QString());
    QVERIFY(built.filter.rowCount() > 0);
    QVERIFY(built.filter.rowCount() < count);
    QCOMPARE(filtered.filter.rowCount(), built.filter.rowCount());
    for (int event = 0; event < count; ++event) {
        const int row = filtered.filter.proxyRowOf(event);
        QCOMPARE(row >= 0, built.filter.proxyRowOf(event) >= 0);
        if (row >= 0)
            QCOMPARE(filtered.filter.eventIndexAt(row), event);
    }
    // Still in the prepared (backwards) order
    for (int row = 1; row < filtered.filter.rowCount(); ++row)
        QVERIFY(filtered.filter.eventIndexAt(row) < filtered.filter.eventIndexAt(row - 1));
}

void TestPreparation::watcher_takesTheLoadersHash()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("watched.anchorline.json"));
    QVERIFY(QFile::copy(bundledPath(), path));
    Document document;
    ExternalChangeWatcher watcher(document);
    watcher.setSettleInterval(20);
    QSignalSpy changed(&watcher, &ExternalChangeWatcher::changedOnDisk);

    DatasetLoader loader;
    QSignalSpy finished(&loader, &DatasetLoader::finished);
    loader.start(path, {}, document.preparations());
    QVERIFY(finished.wait(20000));
    LoadResult result = loader.takeResult();
    QVERIFY(result.ok());
    document.setDataset(std::move(*result.dataset), path, loader.takePreparations());

    // The file as loaded is not a change
    watcher.checkNow();
    QCOMPARE(changed.count(), 0);
    // Another program's edit is
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("\n");
    file.close();
    watcher.checkNow();
    QTRY_COMPARE(changed.count(), 1);
}

void TestPreparation::hiddenChart_isUpToDateWhenShown()
{
    Document document;
    QVERIFY(document.load(bundledPath()).ok());
    EventFilterProxy filter(document);
    // The chart on a tab that is not the current one, as in the charts panel.
    QTabWidget tabs;
    tabs.addTab(new QWidget, QStringLiteral("other"));
    auto *chart = new Anchorline::Views::ThemeFrequencyChart(document, filter);
    tabs.addTab(chart, QStringLiteral("chart"));
    tabs.resize(800, 500);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    auto exported = [&] {
        QString error;
        if (!chart->exportImage(svg, &error))
            return error;
        QFile file(svg);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    const QString noThemes = QStringLiteral("No themes among the visible events");

    // While the chart is not on screen, the filter leaves no event
    QVERIFY(!chart->isVisible());
    filter.setText(QStringLiteral("zqx no event has this"));
    QCOMPARE(filter.rowCount(), 0);
    // Then, once its tab is shown, the chart says so
    tabs.setCurrentIndex(1);
    QVERIFY(chart->isVisible());
    // (Qt Charts lays out the new title when the event loop turns.)
    QTRY_VERIFY(exported().contains(noThemes));

    // And a chart on screen follows the filter at once
    filter.setText({});
    QTRY_VERIFY(!exported().contains(noThemes));
}

QTEST_MAIN(TestPreparation)
#include "tst_preparation.moc"
