#include "tours/tourplayer.h"

#include "index/eventindex.h"

#include <QSet>
#include <algorithm>

namespace Anchorline::Model {

TourPlayer::TourPlayer(QObject *parent)
    : QObject(parent)
{}

TourPlayer::~TourPlayer() = default;

void TourPlayer::setTour(const Dataset &dataset, const Tour &tour, int step,
                         const DisplayText &text)
{
    m_steps.clear();
    m_steps.reserve(tour.steps.size());
    for (const TourStep &s : tour.steps) {
        Step resolved;
        resolved.eventId = s.event;
        resolved.event = dataset.indexOfEvent(s.event);
        resolved.note = text.note(s);
        std::tie(resolved.startDay, resolved.endDay) = windowOf(dataset, s);
        m_steps.push_back(std::move(resolved));
    }
    m_tourId = tour.id;
    m_tourTitle = text.title(tour);
    m_current = m_steps.empty() ? -1 : std::clamp(step, 0, stepCount() - 1);
    emit stepChanged(m_current);
}

void TourPlayer::clear()
{
    const bool had = m_current >= 0 || !m_steps.empty();
    m_steps.clear();
    m_tourId.clear();
    m_tourTitle.clear();
    m_current = -1;
    if (had)
        emit stepChanged(-1);
}

const TourPlayer::Step *TourPlayer::step(int index) const
{
    return index >= 0 && index < stepCount() ? &m_steps[std::size_t(index)] : nullptr;
}

bool TourPlayer::setCurrentStep(int index)
{
    if (m_steps.empty())
        return false;
    index = std::clamp(index, 0, stepCount() - 1);
    if (index == m_current)
        return false;
    m_current = index;
    emit stepChanged(m_current);
    return true;
}

bool TourPlayer::next()
{
    return !isLast() && setCurrentStep(m_current + 1);
}

bool TourPlayer::previous()
{
    return !isFirst() && setCurrentStep(m_current - 1);
}

bool TourPlayer::first()
{
    return setCurrentStep(0);
}

bool TourPlayer::last()
{
    return setCurrentStep(stepCount() - 1);
}

std::pair<double, double> TourPlayer::paddedWindow(DayNumber earliest, DayNumber latest)
{
    if (latest < earliest)
        std::swap(earliest, latest);
    const double length = double(latest) + 1 - double(earliest);
    const double pad = std::max(91.0, length / 2);
    return {double(earliest) - pad, double(latest) + 1 + pad};
}

std::pair<double, double> TourPlayer::windowOf(const Dataset &dataset, const TourStep &step)
{
    // The window as the file has it; parsedWindow is filled by the reader and by every edit,
    // but a step built in code may carry the text only.
    PartialDate window = step.parsedWindow;
    if (!window.isValid() && !step.window.isEmpty())
        window = PartialDate::fromString(step.window);
    if (window.isValid() && !window.hasOpenStart() && !window.hasOpenEnd())
        return {double(window.earliest()), double(window.latest()) + 1};
    const int event = dataset.indexOfEvent(step.event);
    if (event >= 0) {
        const PartialDate &date = dataset.events[std::size_t(event)].parsed;
        if (date.isValid())
            return paddedWindow(date.earliest(), date.latest());
    }
    if (window.isValid())
        return paddedWindow(window.earliest(), window.latest());
    return {0, 365};
}

std::vector<std::uint8_t> TourPlayer::spotlight(const Dataset &dataset, int event)
{
    std::vector<std::uint8_t> lit;
    if (event < 0 || event >= int(dataset.events.size()))
        return lit;
    lit.assign(dataset.events.size(), 0);
    lit[std::size_t(event)] = 1;
    // One pass over the relations, one over the events: no per-relation id lookups.
    const QString &id = dataset.events[std::size_t(event)].id;
    QSet<QString> related;
    for (const Relation &relation : dataset.relations) {
        if (relation.from == id)
            related.insert(relation.to);
        else if (relation.to == id)
            related.insert(relation.from);
    }
    if (related.isEmpty())
        return lit;
    for (std::size_t i = 0; i < dataset.events.size(); ++i) {
        if (related.contains(dataset.events[i].id))
            lit[i] = 1;
    }
    return lit;
}

std::vector<int> TourPlayer::lanesInWindow(const EventIndex &index, double startDay, double endDay,
                                           int event)
{
    std::vector<int> lanes;
    std::vector<int> found;
    for (int lane = 0; lane < index.laneCount(); ++lane) {
        found.clear();
        if (lane != index.laneOf(event))
            index.query(lane, startDay, endDay, found);
        if (!found.empty() || lane == index.laneOf(event))
            lanes.push_back(lane);
    }
    return lanes;
}

} // namespace Anchorline::Model
