// PresentationWindow: every key of classroom mode, the animation's end state, the spotlight, and
// free presentation without a tour.

#include "core/dataset.h"
#include "document/document.h"
#include "index/eventindex.h"
#include "io/loadresult.h"
#include "itemmodels/eventfilterproxy.h"
#include "presentation/presentationwindow.h"
#include "timeline/timelinerenderer.h"
#include "tours/tourplayer.h"

#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace Anchorline::Model;
using namespace Anchorline::Views;

class TestPresentationWindow final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tour_startsAtItsFirstStepWithWindowNoteAndPassage();
    void nextKeys_rightSpacePageDownDown_advanceOneStep();
    void previousKeys_leftPageUpUpShiftSpace_goBackOneStep();
    void homeAndEnd_jumpToFirstAndLastStep();
    void stepping_selectsTheStepsEventInTheDocument();
    void escape_leavesAndEmitsClosed();
    void controlDigits_setTheTypeScale();
    void typeScales_onALaptopScreen_clipNothingAndGoBack();
    void everyStep_atEveryTypeScale_labelsItsEventInFull();
    void keyH_togglesHighContrast();
    void keyS_togglesSpotlightOnTheStepAndItsRelations();
    void animation_endsOnTheStepWindowAfterAbout400ms();
    void animationsOff_jumpToTheStepWindow();
    void noTour_arrowsStepThroughVisibleEventsInTime();
    void noTour_followsTheSelectionMadeElsewhere();
    void tourRemovedWhilePresenting_fallsBackToFreePresentation();
    void dataText_isShownAsPlainText();

private:
    const Tour &tour() const { return m_document->dataset().tours[std::size_t(m_tour)]; }
    std::pair<double, double> windowOfStep(int step) const;
    void expectStep(int step);
    void expectWindow(double from, double to);

    std::unique_ptr<Document> m_document;
    std::unique_ptr<EventFilterProxy> m_filter;
    std::unique_ptr<PresentationWindow> m_window;
    int m_tour = -1;
};

void TestPresentationWindow::init()
{
    // Any Qt warning fails the test (the offscreen platform's notes on what it cannot do aside).
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support).*")));
    m_document = std::make_unique<Document>();
    const LoadResult result = m_document->load(
        QStringLiteral(ANCHORLINE_SOURCE_DIR "/resources/data/japan-security.anchorline.json"));
    QVERIFY(result.dataset || !m_document->dataset().events.empty());
    const auto &tours = m_document->dataset().tours;
    for (std::size_t i = 0; i < tours.size(); ++i) {
        if (tours[i].id == QLatin1String("tour-2013-to-takaichi"))
            m_tour = int(i);
    }
    QVERIFY(m_tour >= 0);
    m_filter = std::make_unique<EventFilterProxy>(*m_document);
    m_window = std::make_unique<PresentationWindow>(*m_document, *m_filter);
    m_window->setAnimationsEnabled(false);
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->setTour(m_tour);
}

void TestPresentationWindow::cleanup()
{
    m_window.reset();
    m_filter.reset();
    m_document.reset();
}

std::pair<double, double> TestPresentationWindow::windowOfStep(int step) const
{
    return TourPlayer::windowOf(m_document->dataset(), tour().steps[std::size_t(step)]);
}

void TestPresentationWindow::expectStep(int step)
{
    QCOMPARE(m_window->currentStep(), step);
    QCOMPARE(m_window->stepText(),
             QStringLiteral("Step %1 of %2").arg(step + 1).arg(tour().steps.size()));
    QCOMPARE(m_document->currentEventId(), tour().steps[std::size_t(step)].event);
}

// The step's window as the tour gives it, or slid later (never zoomed) by less than its span so
// that the event's title fits beside it.
void TestPresentationWindow::expectWindow(double from, double to)
{
    QCOMPARE(m_window->visibleEnd() - m_window->visibleStart(), to - from);
    QVERIFY2(m_window->visibleStart() >= from - 1e-6 && m_window->visibleStart() < to,
             qPrintable(QStringLiteral("window starts at day %1, the tour's at %2")
                            .arg(m_window->visibleStart())
                            .arg(from)));
}

void TestPresentationWindow::tour_startsAtItsFirstStepWithWindowNoteAndPassage()
{
    // Given the bundled tour on show
    const Dataset &data = m_document->dataset();
    const TourStep &first = tour().steps.front();

    // Then the first step is on show: its window, note, passage and progress
    expectStep(0);
    QCOMPARE(m_window->tourIndex(), m_tour);
    QCOMPARE(m_window->stepText(), QStringLiteral("Step 1 of 14"));
    const auto [from, to] = windowOfStep(0);
    QCOMPARE(m_window->visibleStart(), from);
    QCOMPARE(m_window->visibleEnd(), to);
    QCOMPARE(m_window->noteText(), first.note);
    const Event &event = data.events[std::size_t(data.indexOfEvent(first.event))];
    QVERIFY(m_window->titleText().startsWith(event.title));
    QVERIFY(!event.evidence.empty());
    const Anchor &anchor = event.evidence.front();
    const QString reference =
        data.sources[std::size_t(data.indexOfSource(anchor.source))].shortReference();
    QVERIFY2(m_window->passageText().contains(anchor.exact.simplified()),
             qPrintable(m_window->passageText()));
    QVERIFY(m_window->passageText().endsWith(reference));
    auto *progress = m_window->findChild<QProgressBar *>(QStringLiteral("progress"));
    QVERIFY(progress);
    QCOMPARE(progress->maximum(), 14);
    QCOMPARE(progress->value(), 1);
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("note"))->text(), first.note);
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("step"))->text(),
             QStringLiteral("Step 1 of 14"));
}

void TestPresentationWindow::nextKeys_rightSpacePageDownDown_advanceOneStep()
{
    QSignalSpy spy(m_window.get(), &PresentationWindow::stepChanged);
    int step = 0;
    for (Qt::Key key : {Qt::Key_Right, Qt::Key_Space, Qt::Key_PageDown, Qt::Key_Down}) {
        QTest::keyClick(m_window.get(), key);
        ++step;
        expectStep(step);
        const auto [from, to] = windowOfStep(step);
        QCOMPARE(m_window->visibleStart(), from);
        QCOMPARE(m_window->visibleEnd(), to);
    }
    QCOMPARE(spy.count(), 4);
    QCOMPARE(m_window->findChild<QProgressBar *>(QStringLiteral("progress"))->value(), 5);
}

void TestPresentationWindow::previousKeys_leftPageUpUpShiftSpace_goBackOneStep()
{
    QTest::keyClick(m_window.get(), Qt::Key_End);
    expectStep(13);
    QTest::keyClick(m_window.get(), Qt::Key_Left);
    expectStep(12);
    QTest::keyClick(m_window.get(), Qt::Key_PageUp);
    expectStep(11);
    QTest::keyClick(m_window.get(), Qt::Key_Up);
    expectStep(10);
    QTest::keyClick(m_window.get(), Qt::Key_Space, Qt::ShiftModifier);
    expectStep(9);
}

void TestPresentationWindow::homeAndEnd_jumpToFirstAndLastStep()
{
    QTest::keyClick(m_window.get(), Qt::Key_End);
    expectStep(13);
    // At the end, next stays
    QTest::keyClick(m_window.get(), Qt::Key_Right);
    expectStep(13);
    QTest::keyClick(m_window.get(), Qt::Key_Home);
    expectStep(0);
    // At the start, previous stays
    QTest::keyClick(m_window.get(), Qt::Key_Left);
    expectStep(0);
    const auto [from, to] = windowOfStep(0);
    QCOMPARE(m_window->visibleStart(), from);
    QCOMPARE(m_window->visibleEnd(), to);
}

void TestPresentationWindow::stepping_selectsTheStepsEventInTheDocument()
{
    QSignalSpy spy(m_document.get(), &Document::currentEventChanged);
    for (int step = 1; step < 14; ++step) {
        QTest::keyClick(m_window.get(), Qt::Key_Right);
        QCOMPARE(m_document->currentEventId(), tour().steps[std::size_t(step)].event);
        QCOMPARE(m_document->selectionModel()->currentIndex().row(), m_document->currentEvent());
    }
    QCOMPARE(spy.count(), 13);
}

void TestPresentationWindow::escape_leavesAndEmitsClosed()
{
    QSignalSpy closed(m_window.get(), &PresentationWindow::closed);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QCOMPARE(closed.count(), 1);
    QVERIFY(!m_window->isVisible());
}

void TestPresentationWindow::controlDigits_setTheTypeScale()
{
    auto *note = m_window->findChild<QLabel *>(QStringLiteral("note"));
    // A projector's screen and a short note, so that nothing has to shrink much to fit
    m_window->resize(1920, 1080);
    QCoreApplication::processEvents();
    QTest::keyClick(m_window.get(), Qt::Key_Right);
    QCOMPARE(m_window->scale(), 1.5);
    const int small = note->font().pixelSize();
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->scale(), 2.0);
    const int medium = note->font().pixelSize();
    QVERIFY2(medium > small, qPrintable(QStringLiteral("%1 %2").arg(small).arg(medium)));
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->scale(), 3.0);
    // (a long note may have to shrink at 3x to fit)
    QVERIFY(note->font().pixelSize() >= small);
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->scale(), 1.5);
    QCOMPARE(note->font().pixelSize(), small);
    // Whatever the scale, the text fits: the caption never takes more than about half
    for (Qt::Key key : {Qt::Key_1, Qt::Key_2, Qt::Key_3}) {
        QTest::keyClick(m_window.get(), key, Qt::ControlModifier);
        for (int step = 0; step < 14; ++step) {
            m_window->setTour(m_tour, step);
            QCoreApplication::processEvents();
            auto *caption = m_window->findChild<QWidget *>(QStringLiteral("caption"));
            QVERIFY(caption->height() <= m_window->height() * 0.6);
            QVERIFY(note->height() >= note->heightForWidth(note->width()));
        }
    }
}

void TestPresentationWindow::typeScales_onALaptopScreen_clipNothingAndGoBack()
{
    // Given a 1366x768 laptop screen and every step of the tour
    m_window->resize(1366, 768);
    QCoreApplication::processEvents();
    const QList<QLabel *> labels =
        m_window->findChild<QWidget *>(QStringLiteral("caption"))->findChildren<QLabel *>();
    QVERIFY(labels.size() >= 5);
    auto checkFits = [&](const char *when) {
        for (QLabel *label : labels) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            const QString what = QStringLiteral("%1 at %2: %3 (%4)")
                                     .arg(label->objectName(), QLatin1String(when))
                                     .arg(m_window->scale())
                                     .arg(label->text().left(40));
            // Wide enough for the text on one line, or wrapped into its height
            const QSize hint = label->sizeHint();
            const bool wraps = label->wordWrap();
            QVERIFY2(wraps || hint.width() <= label->width(), qPrintable(what));
            QVERIFY2(!wraps || label->heightForWidth(label->width()) <= label->height(),
                     qPrintable(what));
            // And inside the window
            const QRect shown(label->mapTo(m_window.get(), QPoint(0, 0)), label->size());
            QVERIFY2(m_window->rect().contains(shown), qPrintable(what));
        }
        // The window itself was never made wider or taller than the screen
        QCOMPARE(m_window->size(), QSize(1366, 768));
    };
    double previousLabels = 0;
    for (Qt::Key key : {Qt::Key_1, Qt::Key_2, Qt::Key_3}) {
        // When the type scale grows
        QTest::keyClick(m_window.get(), key, Qt::ControlModifier);
        // Then the timeline's labels grow with it
        QVERIFY(m_window->timelineLabelPixels() > previousLabels);
        previousLabels = m_window->timelineLabelPixels();
        // And on every step nothing is clipped
        for (int step = 0; step < int(tour().steps.size()); ++step) {
            m_window->setTour(m_tour, step);
            QCoreApplication::processEvents();
            checkFits("growing");
        }
    }
    // When going back to a smaller size, on step 4 (the three documents of 2022)
    m_window->setTour(m_tour, 3);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCoreApplication::processEvents();
    // Then the layout is as it was at that size
    checkFits("back");
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCoreApplication::processEvents();
    checkFits("back");
}

void TestPresentationWindow::everyStep_atEveryTypeScale_labelsItsEventInFull()
{
    // Given a 1366x768 laptop screen and a tour with steps
    m_window->resize(1366, 768);
    QVERIFY(!tour().steps.empty());
    for (Qt::Key key : {Qt::Key_1, Qt::Key_2, Qt::Key_3}) {
        QTest::keyClick(m_window.get(), key, Qt::ControlModifier);
        for (int step = 0; step < int(tour().steps.size()); ++step) {
            // When the step is shown
            m_window->setTour(m_tour, step);
            QCoreApplication::processEvents();
            const int event =
                m_document->dataset().indexOfEvent(tour().steps[std::size_t(step)].event);
            if (event < 0)
                continue;
            // Then its event is drawn with its whole title, never folded into '+N' or cut
            m_window->grab(); // paints now
            const TimelineFrame &frame = m_window->timelineFrame();
            bool full = false;
            QString drawn = QStringLiteral("no label");
            for (std::size_t i = 0; i < frame.labelEvents.size(); ++i) {
                if (frame.labelEvents[i] != event)
                    continue;
                full = frame.labelStyles[i] == TimelineFrame::LabelStyle::Full;
                drawn = full ? QStringLiteral("full")
                        : frame.labelStyles[i] == TimelineFrame::LabelStyle::Short
                            ? QStringLiteral("short title")
                            : QStringLiteral("cut");
            }
            QVERIFY2(full,
                     qPrintable(
                         QStringLiteral("step %1 at Ctrl+%2: %3 (%4)")
                             .arg(step + 1)
                             .arg(key - Qt::Key_0)
                             .arg(m_document->dataset().events[std::size_t(event)].title, drawn)));
        }
    }
}

void TestPresentationWindow::keyH_togglesHighContrast()
{
    QVERIFY(!m_window->isHighContrast());
    QTest::keyClick(m_window.get(), Qt::Key_H);
    QVERIFY(m_window->isHighContrast());
    QCOMPARE(m_window->palette().color(QPalette::Window), QColor(Qt::black));
    QCOMPARE(m_window->palette().color(QPalette::WindowText), QColor(Qt::white));
    QTest::keyClick(m_window.get(), Qt::Key_H);
    QVERIFY(!m_window->isHighContrast());
    QCOMPARE(m_window->palette().color(QPalette::Window), QColor(Qt::white));
}

void TestPresentationWindow::keyS_togglesSpotlightOnTheStepAndItsRelations()
{
    const Dataset &data = m_document->dataset();
    QVERIFY(m_window->spotlightFlags().empty());

    // When S is pressed on step 4 (the 2022 security documents)
    m_window->setTour(m_tour, 3);
    QTest::keyClick(m_window.get(), Qt::Key_S);
    QVERIFY(m_window->isSpotlight());

    // Then the step's event and every event related to it, in either direction, are lit
    const int event = data.indexOfEvent(tour().steps[3].event);
    const QString &id = data.events[std::size_t(event)].id;
    const auto &flags = m_window->spotlightFlags();
    QCOMPARE(flags.size(), data.events.size());
    QVERIFY(flags[std::size_t(event)]);
    int lit = 0;
    for (std::size_t i = 0; i < flags.size(); ++i) {
        bool related = int(i) == event;
        for (const Relation &r : data.relations) {
            related = related || (r.from == id && r.to == data.events[i].id) ||
                      (r.to == id && r.from == data.events[i].id);
        }
        QCOMPARE(bool(flags[i]), related);
        lit += flags[i];
    }
    QVERIFY(lit > 2);
    QVERIFY(lit < int(data.events.size()) / 2);

    // And it follows the next step
    QTest::keyClick(m_window.get(), Qt::Key_Right);
    const int next = data.indexOfEvent(tour().steps[4].event);
    QCOMPARE(m_window->spotlightFlags(), TourPlayer::spotlight(data, next));

    // And S again switches it off
    QTest::keyClick(m_window.get(), Qt::Key_S);
    QVERIFY(!m_window->isSpotlight());
    QVERIFY(m_window->spotlightFlags().empty());
}

void TestPresentationWindow::animation_endsOnTheStepWindowAfterAbout400ms()
{
    m_window->setAnimationsEnabled(true);
    const auto [fromBefore, toBefore] = windowOfStep(0);
    const auto [from, to] = windowOfStep(1);
    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(m_window.get(), Qt::Key_Right);
    // The step changes at once; the view moves there
    expectStep(1);
    QVERIFY(m_window->isAnimating());
    QCOMPARE(m_window->visibleStart(), fromBefore);
    QCOMPARE(m_window->visibleEnd(), toBefore);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isAnimating(), 3000);
    QVERIFY2(clock.elapsed() >= 350, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(m_window->visibleStart(), from);
    QCOMPARE(m_window->visibleEnd(), to);

    // Leaving in the middle of a move leaves the view on the target
    QTest::keyClick(m_window.get(), Qt::Key_Right);
    QVERIFY(m_window->isAnimating());
    m_window->setAnimationsEnabled(false);
    QVERIFY(!m_window->isAnimating());
    const auto [from2, to2] = windowOfStep(2);
    QCOMPARE(m_window->visibleStart(), from2);
    QCOMPARE(m_window->visibleEnd(), to2);
}

void TestPresentationWindow::animationsOff_jumpToTheStepWindow()
{
    for (int step = 1; step < 14; ++step) {
        QTest::keyClick(m_window.get(), Qt::Key_PageDown);
        QVERIFY(!m_window->isAnimating());
        const auto [from, to] = windowOfStep(step);
        expectWindow(from, to);
    }
}

void TestPresentationWindow::noTour_arrowsStepThroughVisibleEventsInTime()
{
    // Given free presentation with a filter: only Japan's events
    m_filter->setActors({QStringLiteral("japan")});
    m_window->setTour(-1);
    QCOMPARE(m_window->tourIndex(), -1);
    QCOMPARE(m_window->currentStep(), -1);
    EventIndex index;
    index.build(m_document->dataset());
    index.refilter([this](int e) { return m_filter->acceptsEvent(e); });

    // When Home is pressed, the first visible event in time is on show
    QTest::keyClick(m_window.get(), Qt::Key_Home);
    int expected = index.firstVisible();
    QCOMPARE(m_document->currentEvent(), expected);
    QCOMPARE(m_window->stepText(), QStringLiteral("Event 1 of %1").arg(index.visibleCount()));

    // Then → walks the visible events in time order, and ← walks back
    for (int i = 0; i < 6; ++i) {
        QTest::keyClick(m_window.get(), Qt::Key_Right);
        expected = index.nextVisible(expected);
        QCOMPARE(m_document->currentEvent(), expected);
        QVERIFY(m_filter->acceptsEvent(expected));
        const auto [from, to] =
            TourPlayer::paddedWindow(index.earliestOf(expected), index.latestOf(expected));
        expectWindow(from, to);
    }
    QCOMPARE(m_window->stepText(), QStringLiteral("Event 7 of %1").arg(index.visibleCount()));
    QTest::keyClick(m_window.get(), Qt::Key_Left);
    QCOMPARE(m_document->currentEvent(), index.previousVisible(expected));
    QTest::keyClick(m_window.get(), Qt::Key_End);
    QCOMPARE(m_document->currentEvent(), index.lastVisible());
    QTest::keyClick(m_window.get(), Qt::Key_Space);
    QCOMPARE(m_document->currentEvent(), index.lastVisible());
    // The note is the event's own summary
    QCOMPARE(m_window->noteText(),
             m_document->dataset().events[std::size_t(index.lastVisible())].summary.trimmed());
}

void TestPresentationWindow::noTour_followsTheSelectionMadeElsewhere()
{
    m_window->setTour(-1);
    const Dataset &data = m_document->dataset();
    const int event = data.indexOfEvent(u"ev-us-nss-2025-released");
    QVERIFY(event >= 0);
    m_document->setCurrentEvent(event);
    QVERIFY(m_window->titleText().startsWith(data.events[std::size_t(event)].title));
    const auto [from, to] =
        TourPlayer::paddedWindow(data.events[std::size_t(event)].parsed.earliest(),
                                 data.events[std::size_t(event)].parsed.latest());
    QCOMPARE(m_window->visibleStart(), from);
    QCOMPARE(m_window->visibleEnd(), to);
}

void TestPresentationWindow::tourRemovedWhilePresenting_fallsBackToFreePresentation()
{
    QTest::keyClick(m_window.get(), Qt::Key_Right);
    QVERIFY(m_document->removeItem(Collection::Tours, m_tour));
    QCOMPARE(m_window->tourIndex(), -1);
    QVERIFY(m_window->stepText().startsWith(QStringLiteral("Event ")));
    // Undo brings the tour back, but the window stays in free presentation until told
    m_document->undoStack()->undo();
    QCOMPARE(m_document->dataset().tours.size(), std::size_t(m_tour + 1));
    m_window->setTour(m_tour, 2);
    expectStep(2);
}

void TestPresentationWindow::dataText_isShownAsPlainText()
{
    for (const char *name : {"title", "step", "note", "passage", "hint"}) {
        auto *label = m_window->findChild<QLabel *>(QString::fromLatin1(name));
        QVERIFY2(label, name);
        QCOMPARE(label->textFormat(), Qt::PlainText);
    }
}

QTEST_MAIN(TestPresentationWindow)
#include "tst_presentationwindow.moc"
