#include "document/document.h"
#include "panels/eventdetailspanel.h"
#include "testdata.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Anchorline::Model;
using Anchorline::Views::EventDetailsPanel;

class TestEventDetailsPanel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void noCurrentEvent_showsEmptyState();
    void currentEvent_showsTitleDateKindActorsThemesAndSummary();
    void currentEventChanged_updatesThePanel();
    void editOfTheShownEvent_updatesThePanelAndUndoRestoresIt();
    void dateClaims_showTheirSourceAndNote();
    void themeChipClick_emitsThemeActivated();
    void showInSourceButton_emitsEventAndEvidenceIndex();
    void htmlInData_isShownLiterally();
    void keyboard_tabReachesThemeChipsAndEvidenceButtons();
    void media_listsLinks_opensOnlyWebLinksOnClick();

private:
    QString labelText(const QString &objectName) const;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<EventDetailsPanel> m_panel;
};

void TestEventDetailsPanel::init()
{
    Dataset dataset = Anchorline::Testing::smallDataset();
    dataset.sources[0].author.push_back(
        Person{QStringLiteral("Doe"), QStringLiteral("Jane"), {}, {}});
    dataset.sources[0].issued = QStringLiteral("2023");
    dataset.sources[0].issuedDate = PartialDate::fromString(dataset.sources[0].issued);
    dataset.events[3].dateClaims.push_back(
        Anchorline::Testing::makeDateClaim("2022-12", "src-a", QStringLiteral("Month only.")));
    dataset.events[3].summary = QStringLiteral("Keeps the three pillars.");
    dataset.events[3].note = QStringLiteral("Day from general knowledge.");
    m_document = std::make_unique<Document>();
    m_document->setDataset(std::move(dataset), QString());
    m_panel = std::make_unique<EventDetailsPanel>(*m_document);
    m_panel->resize(400, 700);
    m_panel->show();
}

void TestEventDetailsPanel::cleanup()
{
    m_panel.reset();
    m_document.reset();
}

QString TestEventDetailsPanel::labelText(const QString &objectName) const
{
    const auto *label = m_panel->findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}

void TestEventDetailsPanel::noCurrentEvent_showsEmptyState()
{
    // Given a document without a current event
    // Then the panel says what to do
    QCOMPARE(m_panel->shownEvent(), -1);
    QVERIFY(labelText(QStringLiteral("emptyState")).startsWith(QStringLiteral("Select an event")));
}

void TestEventDetailsPanel::currentEvent_showsTitleDateKindActorsThemesAndSummary()
{
    // When the 2022 strategy becomes current
    m_document->setCurrentEvent(3);
    QApplication::processEvents();

    // Then its fields are shown
    QCOMPARE(m_panel->shownEvent(), 3);
    QCOMPARE(labelText(QStringLiteral("title")), QStringLiteral("Second strategy"));
    const QString date = labelText(QStringLiteral("date"));
    QVERIFY2(date.contains(QStringLiteral("2022-12-16")), qPrintable(date));
    QVERIFY2(date.contains(QStringLiteral("precision: day")), qPrintable(date));
    QVERIFY2(date.contains(QStringLiteral("on 16 December 2022")), qPrintable(date));
    QCOMPARE(labelText(QStringLiteral("kind")), QStringLiteral("Strategy document"));
    QCOMPARE(labelText(QStringLiteral("actor")), QStringLiteral("Japan"));
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("swatch")));
    QCOMPARE(labelText(QStringLiteral("summary")), QStringLiteral("Keeps the three pillars."));
    QCOMPARE(labelText(QStringLiteral("note")), QStringLiteral("Day from general knowledge."));
    QVERIFY(m_panel->findChild<QPushButton *>(QStringLiteral("theme:three-pillars")));
    auto *chip = m_panel->findChild<QPushButton *>(QStringLiteral("theme:defence-spending"));
    QVERIFY(chip);
    QCOMPARE(chip->text(), QStringLiteral("Defence spending"));
    QCOMPARE(labelText(QStringLiteral("quote")), QStringLiteral("“a remarkable passage”"));
    QVERIFY(labelText(QStringLiteral("source")).startsWith(QStringLiteral("Doe 2023")));
}

void TestEventDetailsPanel::currentEventChanged_updatesThePanel()
{
    // Given one event shown
    m_document->setCurrentEvent(3);
    // When the selection moves to a fiscal-year event
    m_document->setCurrentEvent(2);
    QApplication::processEvents();
    // Then the panel follows, with the fiscal year's interval in words
    QCOMPARE(labelText(QStringLiteral("title")), QStringLiteral("Two percent target"));
    const QString date = labelText(QStringLiteral("date"));
    QVERIFY2(date.contains(QStringLiteral("precision: fiscal year")), qPrintable(date));
    QVERIFY2(date.contains(QStringLiteral("between 1 April 2025 and 31 March 2026")),
             qPrintable(date));
    // And back to the empty state when nothing is current
    m_document->setCurrentEvent(-1);
    QApplication::processEvents();
    QCOMPARE(m_panel->shownEvent(), -1);
    QVERIFY(!labelText(QStringLiteral("emptyState")).isEmpty());
}

void TestEventDetailsPanel::editOfTheShownEvent_updatesThePanelAndUndoRestoresIt()
{
    // Given the 2022 strategy shown
    m_document->setCurrentEvent(3);
    QCOMPARE(labelText(QStringLiteral("title")), QStringLiteral("Second strategy"));
    // When its title and date are edited while it stays the current event
    QVERIFY(m_document->setEventField(3, EventField::Title, QStringLiteral("Renamed strategy")));
    QVERIFY(m_document->setEventField(3, EventField::Date, QStringLiteral("2021-05-04")));
    QApplication::processEvents();
    // Then the panel shows the new values at once
    QCOMPARE(m_panel->shownEvent(), 3);
    QCOMPARE(labelText(QStringLiteral("title")), QStringLiteral("Renamed strategy"));
    QVERIFY2(labelText(QStringLiteral("date")).contains(QStringLiteral("2021-05-04")),
             qPrintable(labelText(QStringLiteral("date"))));
    // And undo brings the old title back into the panel
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QApplication::processEvents();
    QCOMPARE(labelText(QStringLiteral("title")), QStringLiteral("Second strategy"));
}

void TestEventDetailsPanel::dateClaims_showTheirSourceAndNote()
{
    m_document->setCurrentEvent(3);
    const QString claim = labelText(QStringLiteral("dateClaim0"));
    QVERIFY2(claim.contains(QStringLiteral("2022-12")), qPrintable(claim));
    QVERIFY2(claim.contains(QStringLiteral("between 1 December 2022 and 31 December 2022")),
             qPrintable(claim));
    QVERIFY2(claim.contains(QStringLiteral("Doe 2023")), qPrintable(claim));
    QVERIFY2(claim.contains(QStringLiteral("Month only.")), qPrintable(claim));
}

void TestEventDetailsPanel::themeChipClick_emitsThemeActivated()
{
    // Given the 2022 strategy shown
    m_document->setCurrentEvent(3);
    QSignalSpy spy(m_panel.get(), &EventDetailsPanel::themeActivated);
    // When the user clicks its "Defence spending" chip
    auto *chip = m_panel->findChild<QPushButton *>(QStringLiteral("theme:defence-spending"));
    QVERIFY(chip);
    QTest::mouseClick(chip, Qt::LeftButton);
    // Then the panel asks for that theme
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("defence-spending"));
}

void TestEventDetailsPanel::showInSourceButton_emitsEventAndEvidenceIndex()
{
    m_document->setCurrentEvent(3);
    QSignalSpy spy(m_panel.get(), &EventDetailsPanel::showInSource);
    auto *button = m_panel->findChild<QPushButton *>(QStringLiteral("showInSource"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 3);
    QCOMPARE(spy.at(0).at(1).toInt(), 0);
}

void TestEventDetailsPanel::htmlInData_isShownLiterally()
{
    // Given an event whose title, summary and quote contain markup
    Dataset dataset = Anchorline::Testing::smallDataset();
    const QString markup = QStringLiteral("<b>bold</b> <img src=x>");
    dataset.events[3].title = markup;
    dataset.events[3].summary = markup + QStringLiteral(" summary");
    dataset.events[3].evidence[0].exact = markup + QStringLiteral(" quote");
    m_document->setDataset(std::move(dataset), QString());
    // When it is shown
    m_document->setCurrentEvent(3);
    // Then the markup is text, not formatting
    auto *title = m_panel->findChild<QLabel *>(QStringLiteral("title"));
    QVERIFY(title);
    QCOMPARE(title->text(), markup);
    QCOMPARE(title->textFormat(), Qt::PlainText);
    const auto labels = m_panel->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        QCOMPARE(label->textFormat(), Qt::PlainText);
    QCOMPARE(labelText(QStringLiteral("summary")), markup + QStringLiteral(" summary"));
    QCOMPARE(labelText(QStringLiteral("quote")),
             QStringLiteral("“") + markup + QStringLiteral(" quote”"));
}

void TestEventDetailsPanel::keyboard_tabReachesThemeChipsAndEvidenceButtons()
{
    // Given the 2022 strategy shown in an active window
    m_document->setCurrentEvent(3);
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    auto *title = m_panel->findChild<QLabel *>(QStringLiteral("title"));
    title->setFocus();
    // When the user presses Tab repeatedly
    QSet<QWidget *> reached;
    for (int i = 0; i < 40; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached.insert(QApplication::focusWidget());
    }
    // Then the theme chips and the 'Show in source' button take focus
    QVERIFY(reached.contains(
        m_panel->findChild<QPushButton *>(QStringLiteral("theme:defence-spending"))));
    QVERIFY(reached.contains(m_panel->findChild<QPushButton *>(QStringLiteral("showInSource"))));
    // And Space on a chip activates it
    QSignalSpy spy(m_panel.get(), &EventDetailsPanel::themeActivated);
    auto *chip = m_panel->findChild<QPushButton *>(QStringLiteral("theme:three-pillars"));
    chip->setFocus();
    QTest::keyClick(chip, Qt::Key_Space);
    QCOMPARE(spy.count(), 1);
}

void TestEventDetailsPanel::media_listsLinks_opensOnlyWebLinksOnClick()
{
    // Given an event with a web link, a javascript: url and markup in a caption
    Dataset dataset = Anchorline::Testing::smallDataset();
    Media web;
    web.url = QStringLiteral("https://example.org/a.jpg");
    web.caption = QStringLiteral("<b>Harbour</b> at dawn");
    web.credit = QStringLiteral("Example Agency");
    web.thumbnail = QStringLiteral("https://example.org/a-small.jpg");
    Media script;
    script.url = QStringLiteral("javascript:alert(1)");
    dataset.events[3].media = {web, script};
    m_document->setDataset(std::move(dataset), QString());
    QSignalSpy spy(m_panel.get(), &EventDetailsPanel::openLink);

    // When it is shown
    m_document->setCurrentEvent(3);

    // Then each is listed as plain text, and nothing is opened without a click
    auto *first = m_panel->findChild<QWidget *>(QStringLiteral("media0"));
    auto *second = m_panel->findChild<QWidget *>(QStringLiteral("media1"));
    QVERIFY(first && second);
    auto *caption = first->findChild<QLabel *>(QStringLiteral("caption"));
    QVERIFY(caption);
    QCOMPARE(caption->text(), web.caption);
    QCOMPARE(caption->textFormat(), Qt::PlainText);
    QCOMPARE(first->findChild<QLabel *>(QStringLiteral("credit"))->text(),
             QStringLiteral("Credit: Example Agency"));
    QCOMPARE(first->findChild<QLabel *>(QStringLiteral("url"))->text(), web.url);
    QVERIFY(
        first->findChild<QLabel *>(QStringLiteral("thumbnail"))->text().contains(web.thumbnail));
    QCOMPARE(spy.count(), 0);
    // only the web link has an Open button, and a click opens just that
    QVERIFY(!second->findChild<QPushButton *>(QStringLiteral("openLink")));
    QVERIFY(second->findChild<QLabel *>(QStringLiteral("notOpened")));
    auto *open = first->findChild<QPushButton *>(QStringLiteral("openLink"));
    QVERIFY(open);
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toUrl(), QUrl(web.url));
}

QTEST_MAIN(TestEventDetailsPanel)
#include "tst_eventdetailspanel.moc"
