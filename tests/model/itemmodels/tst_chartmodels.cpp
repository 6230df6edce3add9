#include "core/roles.h"
#include "document/document.h"
#include "io/datasetreader.h"
#include "itemmodels/chartmodels.h"
#include "itemmodels/eventfilterproxy.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <map>

using namespace Anchorline::Model;

namespace {
Dataset readBundled()
{
    LoadResult result = DatasetReader::readFile(
        QStringLiteral(ANCHORLINE_SOURCE_DIR "/resources/data/japan-security.anchorline.json"));
    return result.ok() ? std::move(*result.dataset) : Dataset{};
}

Year yearOf(DayNumber day)
{
    Year year = 0;
    int month = 0;
    int dayOfMonth = 0;
    civilFromDays(day, year, month, dayOfMonth);
    return year;
}

// (year, lane actor id) -> events, counted here without the model.
std::map<std::pair<Year, QString>, int> countsPerYearAndLane(const Dataset &dataset,
                                                             const EventFilterProxy &filter)
{
    std::map<std::pair<Year, QString>, int> counts;
    for (int i = 0; i < int(dataset.events.size()); ++i) {
        const Event &event = dataset.events[std::size_t(i)];
        if (filter.acceptsEvent(i))
            ++counts[{yearOf(event.parsed.earliest()), event.actors.value(0)}];
    }
    return counts;
}

std::map<std::pair<Year, QString>, int> countsOfModel(const EventsPerYearModel &model)
{
    std::map<std::pair<Year, QString>, int> counts;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const int count = model.index(row, column).data().toInt();
            if (count > 0)
                counts[{model.year(row), model.actorId(column)}] = count;
        }
    }
    return counts;
}
} // namespace

class TestChartModels final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void models_passTheModelTester_acrossFiltersAndResets();
    void eventsPerYear_bundled_matchesAnIndependentCount();
    void eventsPerYear_followsTheFilter();
    void eventsPerYear_headersNameAndColourTheActors();
    void metricPoints_bundled_areTheDefenceSpendingTargetsInDateOrder();
    void metricPoints_hideThePointsOfFilteredEvents();
    void themeFrequency_bundled_countsTheMostFrequentThemesPerYear();
    void deepTime_rowsArePeriods_andEveryEventIsCountedOnce();

private:
    Document m_document;
};

void TestChartModels::initTestCase()
{
    Dataset dataset = readBundled();
    QVERIFY(!dataset.events.empty());
    m_document.setDataset(std::move(dataset), QString());
}

void TestChartModels::models_passTheModelTester_acrossFiltersAndResets()
{
    // Given a separate document, a filter, the three chart models and testers on them
    Document document;
    EventFilterProxy filter(document);
    EventsPerYearModel perYear(document, filter);
    MetricPointsModel metric(document, filter, 0);
    ThemeFrequencyModel themes(document, filter, 4);
    using Tester = QAbstractItemModelTester;
    Tester t1(&perYear, Tester::FailureReportingMode::QtTest);
    Tester t2(&metric, Tester::FailureReportingMode::QtTest);
    Tester t3(&themes, Tester::FailureReportingMode::QtTest);
    QSignalSpy resets(&perYear, &QAbstractItemModel::modelReset);

    // When data is loaded, filtered, unfiltered and replaced
    document.setDataset(readBundled(), QString());
    filter.setActors({QStringLiteral("japan")});
    filter.setDateWindow(daysFromCivil(2022, 1, 1), daysFromCivil(2022, 12, 31));
    filter.setText(QStringLiteral("no event has this text"));
    QCOMPARE(perYear.rowCount(), 0);
    QCOMPARE(themes.rowCount(), 0);
    filter.clearFilters();
    document.setDataset(Dataset{}, QString());
    QCOMPARE(metric.rowCount(), 0);

    // Then every change reset the models and the testers were content
    QVERIFY(resets.count() >= 6);
    QCOMPARE(themes.columnCount(), 1);
}

void TestChartModels::eventsPerYear_bundled_matchesAnIndependentCount()
{
    // Given the bundled dataset with no filter
    EventFilterProxy filter(m_document);
    EventsPerYearModel model(m_document, filter);

    // Then each (year, lane) count is what a plain loop counts, and every event counts once
    QCOMPARE(countsOfModel(model), countsPerYearAndLane(m_document.dataset(), filter));
    int total = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            total += model.count(row, column);
    }
    QCOMPARE(total, int(m_document.dataset().events.size()));
    // And the years run without a gap, empty years included, so gaps show on the axis
    QVERIFY(model.rowCount() > 2);
    for (int row = 1; row < model.rowCount(); ++row)
        QCOMPARE(model.year(row), model.year(row - 1) + 1);
    QCOMPARE(model.year(0), 1945);
    int emptyYears = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        int sum = 0;
        for (int column = 0; column < model.columnCount(); ++column)
            sum += model.count(row, column);
        emptyYears += sum == 0 ? 1 : 0;
    }
    QVERIFY(emptyYears > 0);
}

void TestChartModels::eventsPerYear_followsTheFilter()
{
    // Given the bundled dataset
    EventFilterProxy filter(m_document);
    EventsPerYearModel model(m_document, filter);

    // When only strategy documents are shown
    filter.setKinds({QStringLiteral("strategy-document")});

    // Then the chart counts only them
    QCOMPARE(countsOfModel(model), countsPerYearAndLane(m_document.dataset(), filter));
    int total = 0;
    for (const auto &[key, count] : countsOfModel(model))
        total += count;
    QCOMPARE(total, 9);

    // When the filter is the year 2022 and Japan (what a click on a bar does)
    filter.setKinds({});
    filter.setActors({QStringLiteral("japan")});
    filter.setDateWindow(daysFromCivil(2022, 1, 1), daysFromCivil(2022, 12, 31));

    // Then the counts still match the independent ones
    QCOMPARE(countsOfModel(model), countsPerYearAndLane(m_document.dataset(), filter));
    QVERIFY(model.rowCount() >= 1);
}

void TestChartModels::eventsPerYear_headersNameAndColourTheActors()
{
    EventFilterProxy filter(m_document);
    EventsPerYearModel model(m_document, filter);
    QCOMPARE(model.actorId(0), QStringLiteral("japan"));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Japan"));
    QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DecorationRole).value<QColor>(),
             QColor(QStringLiteral("#d55e00")));
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("1945"));
}

void TestChartModels::metricPoints_bundled_areTheDefenceSpendingTargetsInDateOrder()
{
    // Given the bundled dataset's one metric
    EventFilterProxy filter(m_document);
    MetricPointsModel model(m_document, filter, 0);
    const Metric &metric = m_document.dataset().metrics.at(0);

    // Then every point is a row, in date order, with its value and event
    QCOMPARE(model.rowCount(), int(metric.points.size()));
    QCOMPARE(model.unit(), QStringLiteral("% of GDP"));
    double previous = -1e300;
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        const double x = model.index(row, MetricPointsModel::TimeColumn).data().toDouble();
        QVERIFY(x >= previous);
        previous = x;
        values << model.index(row, MetricPointsModel::ValueColumn).data().toString();
        const MetricPoint &point = metric.points[std::size_t(model.pointIndex(row))];
        QCOMPARE(model.eventOf(row), m_document.eventIndexById(point.event));
        QCOMPARE(model.index(row, 0).data(IdRole).toString(), point.event);
    }
    QCOMPARE(values, QStringList({"2", "2", "2", "3.5", "3.5", "2"}));
    // And the first point (16 Dec 2022) sits at noon of that day
    QCOMPARE(model.index(0, 0).data().toDouble(),
             MetricPointsModel::msecsForDay(daysFromCivil(2022, 12, 16)));
    QCOMPARE(model.rowNearest(model.index(3, 0).data().toDouble(), 3.4), 3);
}

void TestChartModels::metricPoints_hideThePointsOfFilteredEvents()
{
    // Given the metric and a filter to the year 2022
    EventFilterProxy filter(m_document);
    MetricPointsModel model(m_document, filter, 0);
    filter.setDateWindow(daysFromCivil(2022, 1, 1), daysFromCivil(2022, 12, 31));

    // Then only the 2022 target remains
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(IdRole).toString(),
             QStringLiteral("ev-jp-three-security-documents-2022"));
}

void TestChartModels::themeFrequency_bundled_countsTheMostFrequentThemesPerYear()
{
    // Given the bundled dataset and the top 5 themes
    EventFilterProxy filter(m_document);
    ThemeFrequencyModel model(m_document, filter, 5);
    const Dataset &dataset = m_document.dataset();

    // Then the themes are the five most frequent ones, counted here independently
    std::vector<int> totals(dataset.themes.size(), 0);
    for (const Event &event : dataset.events) {
        for (const QString &theme : event.themes)
            ++totals[std::size_t(dataset.indexOfTheme(theme))];
    }
    QCOMPARE(model.themeCount(), 5);
    for (int column = 1; column <= 5; ++column) {
        const int theme = model.themeIndex(column);
        for (std::size_t other = 0; other < totals.size(); ++other) {
            bool shown = false;
            for (int c = 1; c <= 5; ++c)
                shown = shown || model.themeIndex(c) == int(other);
            if (!shown)
                QVERIFY(totals[std::size_t(theme)] >= totals[other]);
        }
        // And each year's count is the number of events of that year with the theme
        int sum = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            int expected = 0;
            for (const Event &event : dataset.events) {
                if (yearOf(event.parsed.earliest()) == model.year(row) &&
                    event.themes.contains(dataset.themes[std::size_t(theme)].id))
                    ++expected;
            }
            QCOMPARE(model.index(row, column).data().toInt(), expected);
            QCOMPARE(model.index(row, 0).data().toInt(), model.year(row));
            sum += expected;
        }
        QCOMPARE(sum, totals[std::size_t(theme)]);
    }
    for (int row = 1; row < model.rowCount(); ++row)
        QCOMPARE(model.year(row), model.year(row - 1) + 1);
}

QTEST_GUILESS_MAIN(TestChartModels)
void TestChartModels::deepTime_rowsArePeriods_andEveryEventIsCountedOnce()
{
    // Given events from the Big Bang to 2022: a row per year would be 13.8 billion rows
    using Anchorline::Testing::makeEvent;
    Dataset dataset;
    Actor nature;
    nature.id = QStringLiteral("nature");
    nature.name = QStringLiteral("Nature");
    dataset.actors.push_back(nature);
    const char *dates[] = {"Y-13800000000", "Y-13600000000", "Y-4540000000", "Y-66000000",
                           "Y-300000",      "1969-07-20",    "2022-12-16"};
    int n = 0;
    for (const char *date : dates) {
        const QByteArray id = "e" + QByteArray::number(++n);
        dataset.events.push_back(
            makeEvent(id.constData(), date, "Deep", {QStringLiteral("nature")}, {"cosmos"}));
        QVERIFY(dataset.events.back().parsed.isValid());
    }
    Theme cosmos;
    cosmos.id = QStringLiteral("cosmos");
    cosmos.name = QStringLiteral("Cosmos");
    dataset.themes.push_back(cosmos);
    Document document;
    document.setDataset(std::move(dataset), QString());
    EventFilterProxy filter(document);
    EventsPerYearModel perYear(document, filter);
    ThemeFrequencyModel themes(document, filter, 3);
    QAbstractItemModelTester t1(&perYear, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&themes, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Then the rows are periods of a round number of years, at most MaxPeriodRows of them
    QVERIFY(perYear.periodYears() >= 10'000'000);
    QVERIFY(perYear.rowCount() > 1 && perYear.rowCount() <= MaxPeriodRows);
    QCOMPARE(themes.periodYears(), perYear.periodYears());
    QVERIFY(themes.rowCount() <= MaxPeriodRows);
    // every event is counted once, in the period that holds its year
    int total = 0, themeTotal = 0;
    for (int row = 0; row < perYear.rowCount(); ++row) {
        total += perYear.count(row, 0);
        if (row > 0) // no period is skipped: empty ones are gaps the reader sees
            QCOMPARE(perYear.year(row) - perYear.year(row - 1), perYear.periodYears());
    }
    for (int row = 0; row < themes.rowCount(); ++row)
        themeTotal += themes.count(row, 1);
    QCOMPARE(total, n);
    QCOMPARE(themeTotal, n);
    QCOMPARE(perYear.year(0) % perYear.periodYears(), Year(0)); // periods start on round years
    QVERIFY(perYear.year(0) <= -13'800'000'000 &&
            perYear.year(0) + perYear.periodYears() > -13'800'000'000);
    QCOMPARE(perYear.count(0, 0), 1);
    // and a row names its period in words
    QVERIFY2(perYear.periodLabel(0).contains(QLatin1String("billion years ago")),
             qPrintable(perYear.periodLabel(0)));
}

#include "tst_chartmodels.moc"
