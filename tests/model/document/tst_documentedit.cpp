#include "document/document.h"
#include "io/datasetwriter.h"
#include "io/validation.h"
#include "itemmodels/eventfilterproxy.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Anchorline::Model;

// Every edit is an undo command: after undo the bytes are those before, after redo those after.
class TestDocumentEdit final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyCommand_undoRedoRoundTrip_data();
    void everyCommand_undoRedoRoundTrip();
    void typingIntoOneField_mergesIntoOneUndoStep();
    void editsOfDifferentFields_doNotMerge();
    void invalidValues_areRefusedWithAReasonAndChangeNothing();
    void removingAnEvent_takesItsRelationsAndTourStepsInOneStep();
    void removingAReferencedActor_isRefused();
    void edits_markTheDocumentModifiedUntilSaved();
    void edits_keepTheCurrentEventOnTheSameObject();

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<EventFilterProxy> m_proxy;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestDocumentEdit::init()
{
    m_document = std::make_unique<Document>();
    Dataset d = Anchorline::Testing::smallDataset();
    Tour tour;
    tour.id = QStringLiteral("tour-a");
    tour.title = QStringLiteral("Tour");
    tour.steps.push_back(
        TourStep{QStringLiteral("ev-nss-2013"), QStringLiteral("one"), {}, {}, {}});
    tour.steps.push_back(
        TourStep{QStringLiteral("ev-nss-2022"), QStringLiteral("two"), {}, {}, {}});
    d.tours.push_back(tour);
    m_document->setDataset(std::move(d), QString());
    m_proxy = std::make_unique<EventFilterProxy>(*m_document);
    for (QAbstractItemModel *model :
         {m_document->eventModel(), m_document->relationModel(), m_document->sourceModel(),
          static_cast<QAbstractItemModel *>(m_proxy.get())})
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
}

void TestDocumentEdit::cleanup()
{
    m_testers.clear();
    m_proxy.reset();
    m_document.reset();
}

using Edit = std::function<bool(Document &)>;
Q_DECLARE_METATYPE(Edit)

void TestDocumentEdit::everyCommand_undoRedoRoundTrip_data()
{
    QTest::addColumn<Edit>("edit");
    auto event = [] {
        return Anchorline::Testing::makeEvent("ev-new", "2024-05", "New", {"japan"});
    };
    QTest::newRow("title") << Edit([](Document &d) {
        return d.setEventField(0, EventField::Title, QStringLiteral("Renamed"));
    });
    QTest::newRow("date") << Edit([](Document &d) {
        return d.setEventField(0, EventField::Date, QStringLiteral("2025-12~"));
    });
    QTest::newRow("kind") << Edit(
        [](Document &d) { return d.setEventField(0, EventField::Kind, QStringLiteral("speech")); });
    QTest::newRow("actors") << Edit([](Document &d) {
        return d.setEventField(0, EventField::Actors, QStringList{"japan", "united-states"});
    });
    QTest::newRow("themes") << Edit([](Document &d) {
        return d.setEventField(0, EventField::Themes, QStringList{"three-pillars"});
    });
    QTest::newRow("summary") << Edit([](Document &d) {
        return d.setEventField(0, EventField::Summary, QStringLiteral("New words."));
    });
    QTest::newRow("note") << Edit([](Document &d) {
        return d.setEventField(0, EventField::Note, QStringLiteral("A note."));
    });
    QTest::newRow("dataset title")
        << Edit([](Document &d) { return d.setDatasetTitle(QStringLiteral("Retitled")); });
    QTest::newRow("insert event") << Edit(
        [event](Document &d) { return d.insertEvent(1, event()); });
    QTest::newRow("append event") << Edit(
        [event](Document &d) { return d.insertEvent(-1, event()); });
    QTest::newRow("replace event")
        << Edit([event](Document &d) { return d.replaceEvent(2, event()); });
    QTest::newRow("remove event") << Edit(
        [](Document &d) { return d.removeItem(Collection::Events, 1); });
    QTest::newRow("insert relation") << Edit([](Document &d) {
        Relation r;
        r.id = QStringLiteral("rel-new");
        r.from = QStringLiteral("ev-us-nss-2025");
        r.to = QStringLiteral("ev-nss-2022");
        r.type = RelationType::Shapes;
        r.assertion = Assertion::Interpretation;
        return d.insertRelation(0, r);
    });
    QTest::newRow("replace relation") << Edit([](Document &d) {
        Relation r = d.dataset().relations[0];
        r.type = RelationType::Revises;
        return d.replaceRelation(0, r);
    });
    QTest::newRow("remove relation")
        << Edit([](Document &d) { return d.removeItem(Collection::Relations, 0); });
    QTest::newRow("insert source") << Edit([](Document &d) {
        Source s;
        s.id = QStringLiteral("src-b");
        s.title = QStringLiteral("B");
        s.issued = QStringLiteral("2026-01~");
        return d.insertSource(-1, s);
    });
    QTest::newRow("insert actor") << Edit([](Document &d) {
        return d.insertActor(
            -1,
            Actor{QStringLiteral("china"), QStringLiteral("China"), {}, QColor("#009e73"), {}, {}});
    });
    QTest::newRow("replace actor") << Edit([](Document &d) {
        Actor a = d.dataset().actors[0];
        a.color = QColor("#000000");
        return d.replaceActor(0, a);
    });
    QTest::newRow("insert theme") << Edit([](Document &d) {
        return d.insertTheme(0, Theme{QStringLiteral("cyber"), QStringLiteral("Cyber"), {}, {}});
    });
    QTest::newRow("insert era") << Edit([](Document &d) {
        Era e;
        e.id = QStringLiteral("era-x");
        e.name = QStringLiteral("X");
        e.date = QStringLiteral("2021-10-04/2024-10-01");
        return d.insertEra(-1, e);
    });
    QTest::newRow("remove era after insert") << Edit([](Document &d) {
        Era e;
        e.id = QStringLiteral("era-x");
        e.name = QStringLiteral("X");
        e.date = QStringLiteral("2021/2024");
        Era f = e;
        f.id = QStringLiteral("era-y");
        return d.insertEra(-1, e) && d.insertEra(-1, f) && d.removeItem(Collection::Eras, 0);
    });
    QTest::newRow("insert metric with point") << Edit([](Document &d) {
        Metric m;
        m.id = QStringLiteral("met-x");
        m.name = QStringLiteral("Spending");
        m.points.push_back(MetricPoint{
            QStringLiteral("FY2025"), {}, 2, {}, QStringLiteral("ev-target"), {}, {}, {}, {}});
        return d.insertMetric(-1, m);
    });
    QTest::newRow("reorder tour steps") << Edit([](Document &d) {
        Tour t = d.dataset().tours[0];
        std::swap(t.steps[0], t.steps[1]);
        return d.replaceTour(0, t);
    });
    QTest::newRow("remove tour") << Edit(
        [](Document &d) { return d.removeItem(Collection::Tours, 0); });
}

void TestDocumentEdit::everyCommand_undoRedoRoundTrip()
{
    QFETCH(Edit, edit);
    // Given the bytes of the dataset before the edit
    const QByteArray before = DatasetWriter::toBytes(m_document->dataset());
    // When the edit is made
    QVERIFY(edit(*m_document));
    const QByteArray after = DatasetWriter::toBytes(m_document->dataset());
    QVERIFY(after != before);
    QVERIFY(validateDataset(m_document->dataset(), QStringLiteral("edited")).empty());
    // Then undo restores the bytes before, and redo those after, twice over
    for (int round = 0; round < 2; ++round) {
        while (m_document->undoStack()->canUndo())
            m_document->undoStack()->undo();
        QCOMPARE(DatasetWriter::toBytes(m_document->dataset()), before);
        while (m_document->undoStack()->canRedo())
            m_document->undoStack()->redo();
        QCOMPARE(DatasetWriter::toBytes(m_document->dataset()), after);
    }
    // And the event lookup follows the edits
    for (int i = 0; i < int(m_document->dataset().events.size()); ++i)
        QCOMPARE(m_document->eventIndexById(m_document->dataset().events[std::size_t(i)].id), i);
}

void TestDocumentEdit::typingIntoOneField_mergesIntoOneUndoStep()
{
    for (const char *text : {"F", "Fi", "Fir", "Firs", "First!"})
        QVERIFY(m_document->setEventField(1, EventField::Title, QString::fromLatin1(text)));
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->dataset().events[1].title, QStringLiteral("First strategy"));
    m_document->undoStack()->redo();
    QCOMPARE(m_document->dataset().events[1].title, QStringLiteral("First!"));
}

void TestDocumentEdit::editsOfDifferentFields_doNotMerge()
{
    QVERIFY(m_document->setEventField(1, EventField::Title, QStringLiteral("A")));
    QVERIFY(m_document->setEventField(1, EventField::Summary, QStringLiteral("B")));
    QVERIFY(m_document->setEventField(2, EventField::Summary, QStringLiteral("C")));
    QCOMPARE(m_document->undoStack()->count(), 3);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Edit summary"));
}

void TestDocumentEdit::invalidValues_areRefusedWithAReasonAndChangeNothing()
{
    const QByteArray before = DatasetWriter::toBytes(m_document->dataset());
    QString error;
    QVERIFY(!m_document->setEventField(0, EventField::Date, QStringLiteral("2025-13"), &error));
    QCOMPARE(error, QStringLiteral("invalid date \"2025-13\": month 13 is out of range (expected "
                                   "01-12, or 21-24 for a season)"));
    QVERIFY(!m_document->setEventField(0, EventField::Title, QStringLiteral("  "), &error));
    QVERIFY(!m_document->setEventField(0, EventField::Actors, QStringList{"atlantis"}, &error));
    QCOMPARE(error, QStringLiteral("unknown actor \"atlantis\""));
    QVERIFY(!m_document->insertEvent(
        0, Anchorline::Testing::makeEvent("ev-nss-2013", "2013", "Dup", {}), &error));
    QCOMPARE(error, QStringLiteral("the id \"ev-nss-2013\" is already used"));
    Relation self;
    self.id = QStringLiteral("rel-self");
    self.from = self.to = QStringLiteral("ev-nss-2013");
    QVERIFY(!m_document->insertRelation(0, self, &error));
    // A relation's evidence must quote a source of the dataset, as an event's must.
    Relation quoting = m_document->dataset().relations.front();
    quoting.evidence.push_back(
        Anchor{QStringLiteral("src-atlantis"), QStringLiteral("a quote"), {}, {}, -1, -1, {}});
    QVERIFY(!m_document->replaceRelation(0, quoting, &error));
    QCOMPARE(error, QStringLiteral("unknown source \"src-atlantis\""));
    QVERIFY(!m_document->removeItem(Collection::Events, 99, &error));
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(DatasetWriter::toBytes(m_document->dataset()), before);
}

void TestDocumentEdit::removingAnEvent_takesItsRelationsAndTourStepsInOneStep()
{
    const int index = m_document->eventIndexById(QStringLiteral("ev-nss-2013"));
    QSignalSpy removed(m_document.get(), &Document::itemRemoved);
    QVERIFY(m_document->removeItem(Collection::Events, index));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QVERIFY(m_document->dataset().relations.empty());
    QCOMPARE(m_document->dataset().tours[0].steps.size(), 1u);
    QCOMPARE(removed.count(), 2); // the relation, then the event
    m_document->undoStack()->undo();
    QCOMPARE(m_document->dataset().relations.size(), 1u);
    QCOMPARE(m_document->dataset().tours[0].steps.size(), 2u);
    QCOMPARE(m_document->eventIndexById(QStringLiteral("ev-nss-2013")), index);
}

void TestDocumentEdit::removingAReferencedActor_isRefused()
{
    QString error;
    QVERIFY(!m_document->removeItem(Collection::Actors, 0, &error));
    QVERIFY2(error.startsWith(QStringLiteral("actor \"japan\" is still used by event")),
             qPrintable(error));
    QVERIFY(!m_document->removeItem(Collection::Sources, 0, &error));
}

void TestDocumentEdit::edits_markTheDocumentModifiedUntilSaved()
{
    QSignalSpy modified(m_document.get(), &Document::modifiedChanged);
    QVERIFY(!m_document->isModified());
    QVERIFY(m_document->setEventField(0, EventField::Summary, QStringLiteral("x")));
    QVERIFY(m_document->isModified());
    m_document->undoStack()->undo();
    QVERIFY(!m_document->isModified());
    QVERIFY(modified.count() >= 2);
}

void TestDocumentEdit::edits_keepTheCurrentEventOnTheSameObject()
{
    m_document->setCurrentEvent(m_document->eventIndexById(QStringLiteral("ev-nss-2022")));
    QVERIFY(m_document->insertEvent(
        0, Anchorline::Testing::makeEvent("ev-first", "2000", "First", {})));
    QCOMPARE(m_document->currentEventId(), QStringLiteral("ev-nss-2022"));
    QVERIFY(m_document->removeItem(Collection::Events, 0));
    QCOMPARE(m_document->currentEventId(), QStringLiteral("ev-nss-2022"));
    QVERIFY(m_document->setEventField(m_document->currentEvent(), EventField::Title,
                                      QStringLiteral("Renamed")));
    QCOMPARE(m_document->currentEventId(), QStringLiteral("ev-nss-2022"));
}

QTEST_MAIN(TestDocumentEdit)
#include "tst_documentedit.moc"
