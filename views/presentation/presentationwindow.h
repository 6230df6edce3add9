#pragma once

#include <QString>
#include <QWidget>
#include <cstdint>
#include <memory>
#include <vector>

class QLabel;
class QProgressBar;
class QVariantAnimation;

namespace Anchorline::Model {
class Document;
class EventFilterProxy;
class TourPlayer;
} // namespace Anchorline::Model

namespace Anchorline::Views {

class PresentationTimeline;
struct TimelineFrame;

// Classroom mode: a full-screen window with the timeline above and, below it in large type, the
// current step's note and its source passage. Steps with →/←, Space, PageDown/PageUp (what
// presentation clickers send), Home/End; S toggles the spotlight, H high contrast, Ctrl+1/2/3
// the type scale (1.5×, 2×, 3×); Esc leaves. Each step zooms and pans to its window and selects
// its event in every view (Document::setCurrentEvent). Without a tour it follows the current
// event and the arrows step through the visible events in time.
class PresentationWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit PresentationWindow(Model::Document &document, Model::EventFilterProxy &filter,
                                QWidget *parent = nullptr);
    ~PresentationWindow() override;
    Q_DISABLE_COPY_MOVE(PresentationWindow)

    // Plays Dataset::tours[tourIndex] from `step`; -1 (or an index out of range) presents freely.
    void setTour(int tourIndex, int step = 0);
    // Index into Dataset::tours of the tour being played, -1 in free presentation.
    int tourIndex() const;
    const Model::TourPlayer &player() const { return *m_player; }
    // The current step, or -1 in free presentation.
    int currentStep() const;
    // Full screen on the screen of the parent window, with the keyboard.
    void present();

    void next();
    void previous();
    void first();
    void last();

    // Type scale for the room: 1.5, 2 or 3 (anything from 1 to 4 is accepted).
    void setScale(double scale);
    double scale() const { return m_scale; }
    // The pixel size of the timeline's labels; it grows with the type scale.
    double timelineLabelPixels() const;
    // What the timeline drew last (labels, markers, badges), for tests and checks.
    const TimelineFrame &timelineFrame() const;
    void setHighContrast(bool on);
    bool isHighContrast() const { return m_highContrast; }
    void setSpotlight(bool on);
    bool isSpotlight() const { return m_spotlight; }
    // The time scale of the main timeline: linear, or focus (long empty stretches compressed).
    void setFocusScale(bool on);
    bool isFocusScale() const;
    // Per event (Dataset::events order) 1 = lit; empty while the spotlight is off.
    const std::vector<std::uint8_t> &spotlightFlags() const { return m_spotlightFlags; }
    // About 400 ms of zoom and pan per step; off: every step jumps (tests, slow machines).
    void setAnimationsEnabled(bool on);
    bool animationsEnabled() const { return m_animationsEnabled; }
    bool isAnimating() const;

    double visibleStart() const;
    double visibleEnd() const;
    // What the room reads, for tests and screen readers.
    QString stepText() const;    // "Step 3 of 12"
    QString titleText() const;   // the event's title and date
    QString noteText() const;    // the step's note (free presentation: the event's summary)
    QString passageText() const; // first evidence quote and the source's short reference

signals:
    void closed();
    void stepChanged(int step);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    bool handlesKey(const QKeyEvent *event) const;
    void reloadTour();
    void onStepChanged(int step);
    void onCurrentEventChanged(int eventIndex);
    void display(int eventIndex, double startDay, double endDay);
    void stepFree(int direction); // -2 first, -1 previous, 1 next, 2 last
    void moveTo(double startDay, double endDay);
    void updateSpotlight();
    void updateTexts();
    void applyLook();
    void fitText();

    Model::Document &m_document;
    Model::EventFilterProxy &m_filter;
    std::unique_ptr<Model::TourPlayer> m_player;
    PresentationTimeline *m_timeline = nullptr; // child widgets are owned by Qt's parent
    QWidget *m_caption = nullptr;
    QLabel *m_step = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_passage = nullptr;
    QLabel *m_hint = nullptr;
    QVariantAnimation *m_animation = nullptr;
    QString m_tourId; // the tour follows its id through edits; empty in free presentation
    int m_event = -1; // the event on show
    std::vector<std::uint8_t> m_spotlightFlags;
    double m_fromStart = 0;
    double m_fromEnd = 0;
    double m_toStart = 0;
    double m_toEnd = 0;
    double m_scale = 1.5;
    bool m_highContrast = false;
    bool m_spotlight = false;
    bool m_animationsEnabled = true;
    bool m_selecting = false; // this window is the origin of a selection change
};

} // namespace Anchorline::Views
