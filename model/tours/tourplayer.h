#pragma once

#include "core/dataset.h"
#include "core/displaytext.h"

#include <QObject>
#include <QString>
#include <cstdint>
#include <utility>
#include <vector>

namespace Anchorline::Model {

class EventIndex;

// Steps through a tour without any widget: which step is current, where the view goes for it
// and which event it is about. The presentation window and the handout both read it.
class TourPlayer final : public QObject
{
    Q_OBJECT

public:
    struct Step
    {
        QString eventId;
        int event = -1; // index into Dataset::events, -1 when the event is missing
        QString note;
        double startDay = 0; // the window the view shows: days [startDay, endDay)
        double endDay = 365;
    };

    explicit TourPlayer(QObject *parent = nullptr);
    ~TourPlayer() override;
    Q_DISABLE_COPY_MOVE(TourPlayer)

    // Copies what it needs: later edits of the dataset do not reach the player until the next
    // setTour(). Starts at the first step (-1 when the tour has none) and emits stepChanged.
    // The notes and the title in `text`'s language (docs/format.md, Translations).
    void setTour(const Dataset &dataset, const Tour &tour, int step = 0,
                 const DisplayText &text = DisplayText());
    void clear();

    QString tourId() const { return m_tourId; }
    QString tourTitle() const { return m_tourTitle; }
    int stepCount() const { return int(m_steps.size()); }
    int currentStep() const { return m_current; }
    const Step *step(int index) const;
    const Step *current() const { return step(m_current); }
    bool isFirst() const { return m_current <= 0; }
    bool isLast() const { return m_current >= stepCount() - 1; }

    // Each returns whether the step changed.
    bool setCurrentStep(int index);
    bool next();
    bool previous();
    bool first();
    bool last();

    // The window of a step: its EDTF window when it has one, else padded around its event.
    static std::pair<double, double> windowOf(const Dataset &dataset, const TourStep &step);
    // A window around [earliest, latest] with room for context: a quarter of a year at least,
    // and half the event's length on either side.
    static std::pair<double, double> paddedWindow(DayNumber earliest, DayNumber latest);
    // Per event, 1 when the event is lit: `event` itself and every event related to it, in
    // either direction. Empty when `event` is out of range.
    static std::vector<std::uint8_t> spotlight(const Dataset &dataset, int event);
    // Lanes with a visible event in the days [startDay, endDay), and the lane of `event`, in
    // lane order: a projector or a printed page has no room for empty lanes.
    static std::vector<int> lanesInWindow(const EventIndex &index, double startDay, double endDay,
                                          int event = -1);

signals:
    void stepChanged(int step);

private:
    std::vector<Step> m_steps;
    QString m_tourId;
    QString m_tourTitle;
    int m_current = -1;
};

} // namespace Anchorline::Model
