#include "core/eventidindex.h"

#include <QHash>
#include <QTest>

using namespace Anchorline::Model;

class TestEventIdIndex final : public QObject
{
    Q_OBJECT

private slots:
    void find_givesWhatAHashOfTheIdsGives_data();
    void find_givesWhatAHashOfTheIdsGives();
    void emptyIndex_findsNothing();
};

namespace {

std::vector<Event> eventsWithIds(const QStringList &ids)
{
    std::vector<Event> events;
    for (const QString &id : ids) {
        Event event;
        event.id = id;
        events.push_back(event);
    }
    return events;
}

} // namespace

void TestEventIdIndex::find_givesWhatAHashOfTheIdsGives_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("one") << QStringList{QStringLiteral("ev-a")};
    QTest::newRow("a few, one repeated")
        << QStringList{QStringLiteral("ev-a"), QStringLiteral("ev-b"), QStringLiteral("ev-a"),
                       QStringLiteral(""),     QStringLiteral("日本"), QStringLiteral("ev-c")};
    QStringList many;
    for (int i = 0; i < 5000; ++i)
        many << QStringLiteral("ev-%1").arg(i * 7919 % 6007); // some repeat
    QTest::newRow("thousands") << many;
    QStringList power;
    for (int i = 0; i < 4096; ++i)
        power << QString::number(i, 2); // a table exactly two slots an event
    QTest::newRow("a power of two") << power;
}

void TestEventIdIndex::find_givesWhatAHashOfTheIdsGives()
{
    // Given events with these ids
    QFETCH(QStringList, ids);
    const std::vector<Event> events = eventsWithIds(ids);
    QHash<QString, int> expected;
    for (int i = 0; i < int(ids.size()); ++i)
        expected.insert(ids[i], i); // a repeated id: the later event
    // When they are indexed
    const EventIdIndex index(events);
    // Then every id finds what the hash finds, and others find nothing
    for (const QString &id : std::as_const(ids))
        QCOMPARE(index.find(events, id), expected.value(id));
    for (const QString &absent :
         {QStringLiteral("ev-"), QStringLiteral("ev-a "), QStringLiteral("EV-A"),
          QStringLiteral("ev-99999"), QStringLiteral("2")}) {
        if (!expected.contains(absent))
            QCOMPARE(index.find(events, absent), -1);
    }
}

void TestEventIdIndex::emptyIndex_findsNothing()
{
    const std::vector<Event> none;
    QCOMPARE(EventIdIndex().find(none, u"ev-a"), -1);
    QCOMPARE(EventIdIndex(none).find(none, u""), -1);
    // A table of other events answers only for the ids it holds
    const std::vector<Event> events = eventsWithIds({QStringLiteral("ev-a")});
    QCOMPARE(EventIdIndex().find(events, u"ev-a"), -1);
}

QTEST_GUILESS_MAIN(TestEventIdIndex)
#include "tst_eventidindex.moc"
