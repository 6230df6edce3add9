// The streaming pass of DatasetReader (see datasetstream_p.h): nlohmann_json's SAX parser with a
// handler that builds Event and Relation values field by field as the callbacks arrive. No
// nlohmann DOM node is made for an event or a relation (only for their unknown keys, kept in
// `extra`), keys are matched without allocating, and repeated short strings (kinds, actor and
// theme ids, anchor sources, dates with their parsed value) and whole actor/theme lists are
// shared.

#include "io/datasetreader.h"
#include "io/datasetstream_p.h"

#include <QStringList>
#include <array>
#include <cstdint>
#include <iterator>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace Anchorline::Model::Detail {

namespace {

using Json = nlohmann::ordered_json;

// A byte iterator that publishes its position, so the handler can report progress.
class TrackedIterator
{
public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = const char &;

    TrackedIterator(const char *position, const char **shared)
        : m_position(position)
        , m_shared(shared)
    {}
    reference operator*() const { return *m_position; }
    TrackedIterator &operator++()
    {
        *m_shared = ++m_position;
        return *this;
    }
    TrackedIterator operator++(int)
    {
        TrackedIterator before = *this;
        ++*this;
        return before;
    }
    bool operator==(const TrackedIterator &other) const { return m_position == other.m_position; }
    bool operator!=(const TrackedIterator &other) const { return m_position != other.m_position; }

private:
    const char *m_position;
    const char **m_shared;
};

// As QString::trimmed().isEmpty(), without making the trimmed copy.
bool isBlank(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

enum class Kind : std::uint8_t {
    Root,           // the document's object: a DOM, except "events" and "relations"
    Dom,            // an object or array inside the root DOM or inside an `extra` value
    EventsArray,    // root "events"
    Event,          //
    StringList,     // an event's "actors" or "themes"
    EvidenceArray,  // "evidence" of an event, a date claim or a relation
    Anchor,         //
    ClaimsArray,    // an event's "dateClaims"
    Claim,          //
    RelationsArray, // root "relations"
    Relation,       //
};

// The keys the reader knows for each streamed object, in the order of datasetio.cpp; the index
// of a key is its bit in Frame::seen.
enum EventKey {
    EvId,
    EvTitle,
    EvDate,
    EvKind,
    EvActors,
    EvThemes,
    EvSummary,
    EvEvidence,
    EvDateClaims,
    EvNote,
    EvShortTitle,
    EvPriority
};
constexpr std::array<std::string_view, 12> eventKeys = {
    "id",      "title",    "date",       "kind", "actors",     "themes",
    "summary", "evidence", "dateClaims", "note", "shortTitle", "priority"};
enum AnchorKey { AnSource, AnExact, AnPrefix, AnSuffix, AnStart, AnEnd };
constexpr std::array<std::string_view, 6> anchorKeys = {"source", "exact", "prefix",
                                                        "suffix", "start", "end"};
enum ClaimKey { ClDate, ClSource, ClNote, ClEvidence };
constexpr std::array<std::string_view, 4> claimKeys = {"date", "source", "note", "evidence"};
enum RelationKey { RlId, RlFrom, RlTo, RlType, RlAssertion, RlEvidence, RlNote };
constexpr std::array<std::string_view, 7> relationKeys = {"id",        "from",     "to",  "type",
                                                          "assertion", "evidence", "note"};
constexpr int UnknownKey = -1;

template<std::size_t N>
int keyIndex(const std::array<std::string_view, N> &keys, const std::string &name)
{
    const std::string_view view(name);
    for (std::size_t i = 0; i < N; ++i) {
        if (keys[i] == view)
            return int(i);
    }
    return UnknownKey;
}

constexpr std::uint32_t bit(int key)
{
    return std::uint32_t(1) << key;
}

struct Frame
{
    Kind kind;
    void *item = nullptr;   // Event, Anchor, DateClaim, Relation, std::vector<Anchor>, QStringList
                            // or, for Root and Dom, the Json container
    std::uint32_t seen = 0; // known keys met so far (bits of the *Key enums)
};

class StreamHandler
{
public:
    using number_integer_t = Json::number_integer_t;
    using number_unsigned_t = Json::number_unsigned_t;
    using number_float_t = Json::number_float_t;
    using string_t = Json::string_t;
    using binary_t = Json::binary_t;

    StreamHandler(Json &root, StreamedItems &items, const char *base, const ReadOptions &options)
        : m_root(root)
        , m_items(items)
        , m_base(base)
        , m_position(base)
        , m_options(options)
    {
        m_frames.reserve(16);
    }

    const char **positionSlot() { return &m_position; }
    bool cancelled() const { return m_cancelled; }
    bool finished() const { return m_frames.empty() && m_started; }

    // --- scalars ---------------------------------------------------------------------------

    bool null() { return domValue(Json(nullptr)); }
    bool boolean(bool v) { return domValue(Json(v)); }
    bool number_float(number_float_t v, const string_t &) { return domValue(Json(v)); }
    bool binary(binary_t &) { return false; }

    bool number_integer(number_integer_t v)
    {
        if (v >= 0 && isPosition())
            return position(qint64(v));
        return domValue(Json(v));
    }

    bool number_unsigned(number_unsigned_t v)
    {
        if (isPosition()) {
            if (v > number_unsigned_t(std::numeric_limits<qint64>::max()))
                return false;
            return position(qint64(v));
        }
        return domValue(Json(v));
    }

    bool string(string_t &v)
    {
        if (m_frames.empty())
            return false;
        Frame &top = m_frames.back();
        switch (top.kind) {
        case Kind::Event:
            return m_key == UnknownKey ? domValue(Json(std::move(v)))
                                       : eventString(*static_cast<Event *>(top.item), v);
        case Kind::Anchor:
            return m_key == UnknownKey ? domValue(Json(std::move(v)))
                                       : anchorString(*static_cast<Anchor *>(top.item), v);
        case Kind::Claim:
            return m_key == UnknownKey ? domValue(Json(std::move(v)))
                                       : claimString(*static_cast<DateClaim *>(top.item), v);
        case Kind::Relation:
            return m_key == UnknownKey ? domValue(Json(std::move(v)))
                                       : relationString(*static_cast<Relation *>(top.item), v);
        case Kind::StringList:
            if (m_listKey.size() < 1024) {
                m_listKey += v;
                m_listKey += '\0';
            } else {
                m_listKey.clear();
                m_listUncacheable = true;
            }
            m_listItems.push_back(intern(v));
            return true;
        default:
            return domValue(Json(std::move(v)));
        }
    }

    // --- containers ------------------------------------------------------------------------

    bool start_object(std::size_t)
    {
        if (++m_depth > m_options.maxDepth)
            return false; // the prescan of the DOM reader says how deep
        if (m_frames.empty()) {
            if (m_started)
                return false;
            m_started = true;
            m_root = Json::object();
            m_frames.push_back({Kind::Root, &m_root});
            return true;
        }
        Frame &top = m_frames.back();
        switch (top.kind) {
        case Kind::EventsArray:
            m_frames.push_back({Kind::Event, &m_items.events.emplace_back()});
            return true;
        case Kind::RelationsArray:
            m_frames.push_back({Kind::Relation, &m_items.relations.emplace_back()});
            return true;
        case Kind::EvidenceArray:
            m_frames.push_back(
                {Kind::Anchor, &static_cast<std::vector<Anchor> *>(top.item)->emplace_back()});
            return true;
        case Kind::ClaimsArray:
            m_frames.push_back(
                {Kind::Claim, &static_cast<std::vector<DateClaim> *>(top.item)->emplace_back()});
            return true;
        default:
            break;
        }
        Json *slot = domSlot();
        if (!slot)
            return false; // an object where the reader expects something else
        *slot = Json::object();
        m_frames.push_back({Kind::Dom, slot});
        return true;
    }

    bool end_object()
    {
        --m_depth;
        const Frame frame = m_frames.back();
        m_frames.pop_back();
        switch (frame.kind) {
        case Kind::Event:
            return finishEvent(frame);
        case Kind::Anchor:
            return finishAnchor(frame);
        case Kind::Claim:
            return (frame.seen & bit(ClDate)) != 0;
        case Kind::Relation:
            return finishRelation(frame);
        default:
            return true;
        }
    }

    bool start_array(std::size_t)
    {
        if (++m_depth > m_options.maxDepth)
            return false;
        if (m_frames.empty())
            return false; // the document is not an object: the DOM reader says so
        Frame &top = m_frames.back();
        switch (top.kind) {
        case Kind::Root:
            if (m_rootSpecial == Kind::EventsArray) {
                m_root["events"] = Json::array();
                m_items.eventsRead = true;
                m_frames.push_back({Kind::EventsArray});
                return true;
            }
            if (m_rootSpecial == Kind::RelationsArray) {
                m_root["relations"] = Json::array();
                m_items.relationsRead = true;
                m_frames.push_back({Kind::RelationsArray});
                return true;
            }
            break;
        case Kind::Event: {
            auto *event = static_cast<Event *>(top.item);
            switch (m_key) {
            case EvActors:
            case EvThemes:
                m_listKey.clear();
                m_listItems.clear();
                m_listUncacheable = false;
                m_frames.push_back(
                    {Kind::StringList, m_key == EvActors ? &event->actors : &event->themes});
                return true;
            case EvEvidence:
                m_frames.push_back({Kind::EvidenceArray, &event->evidence});
                return true;
            case EvDateClaims:
                m_frames.push_back({Kind::ClaimsArray, &event->dateClaims});
                return true;
            default:
                break;
            }
            break;
        }
        case Kind::Claim:
            if (m_key == ClEvidence) {
                m_frames.push_back(
                    {Kind::EvidenceArray, &static_cast<DateClaim *>(top.item)->evidence});
                return true;
            }
            break;
        case Kind::Relation:
            if (m_key == RlEvidence) {
                m_frames.push_back(
                    {Kind::EvidenceArray, &static_cast<Relation *>(top.item)->evidence});
                return true;
            }
            break;
        default:
            break;
        }
        Json *slot = domSlot();
        if (!slot)
            return false;
        *slot = Json::array();
        m_frames.push_back({Kind::Dom, slot});
        return true;
    }

    bool end_array()
    {
        --m_depth;
        const Frame frame = m_frames.back();
        m_frames.pop_back();
        if (frame.kind == Kind::StringList)
            finishList(*static_cast<QStringList *>(frame.item));
        return true;
    }

    bool key(string_t &name)
    {
        Frame &top = m_frames.back();
        switch (top.kind) {
        case Kind::Root: {
            m_rootSpecial = Kind::Root;
            if (name == "events") {
                if (m_rootEventsKey)
                    return false; // "events" twice: the DOM reader takes the last one
                m_rootEventsKey = true;
                m_rootSpecial = Kind::EventsArray;
            } else if (name == "relations") {
                if (m_rootRelationsKey)
                    return false;
                m_rootRelationsKey = true;
                m_rootSpecial = Kind::RelationsArray;
            }
            if (m_root.contains(name))
                return false; // a repeated key: the DOM reader reports it
            m_domElement = &m_root[std::move(name)];
            return true;
        }
        case Kind::Dom: {
            Json &object = *static_cast<Json *>(top.item);
            if (object.contains(name))
                return false;
            m_domElement = &object[std::move(name)];
            return true;
        }
        case Kind::Event:
            return knownOrExtra(top, keyIndex(eventKeys, name), name,
                                static_cast<Event *>(top.item)->extra);
        case Kind::Anchor:
            return knownOrExtra(top, keyIndex(anchorKeys, name), name,
                                static_cast<Anchor *>(top.item)->extra);
        case Kind::Claim:
            return knownOrExtra(top, keyIndex(claimKeys, name), name,
                                static_cast<DateClaim *>(top.item)->extra);
        case Kind::Relation:
            return knownOrExtra(top, keyIndex(relationKeys, name), name,
                                static_cast<Relation *>(top.item)->extra);
        default:
            return false;
        }
    }

    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &)
    {
        return false;
    }

private:
    // A key of a streamed object: known ones are remembered in `seen` (twice -> fall back, as
    // the DOM reader would take the last value); unknown ones get a slot in `extra`.
    bool knownOrExtra(Frame &top, int index, string_t &name, ExtraFields &extra)
    {
        m_key = index;
        if (index != UnknownKey) {
            if (top.seen & bit(index))
                return false;
            top.seen |= bit(index);
            return true;
        }
        if (extra.is_object() && extra.contains(name))
            return false;
        m_domElement = &extra[std::move(name)];
        return true;
    }

    // Where a value goes when it is part of a DOM (the root's members, `extra` values, and
    // what is inside them); null when the value is a field of a streamed item.
    Json *domSlot()
    {
        Frame &top = m_frames.back();
        switch (top.kind) {
        case Kind::Root:
            return m_domElement;
        case Kind::Dom: {
            auto *container = static_cast<Json *>(top.item);
            if (container->is_array()) {
                container->push_back(nullptr);
                return &container->back();
            }
            return m_domElement;
        }
        case Kind::Event:
        case Kind::Anchor:
        case Kind::Claim:
        case Kind::Relation:
            return m_key == UnknownKey ? m_domElement : nullptr;
        default:
            return nullptr;
        }
    }

    bool domValue(Json &&value)
    {
        if (m_frames.empty())
            return false;
        Json *slot = domSlot();
        if (!slot)
            return false; // e.g. a number where a string is expected: the DOM reader says so
        *slot = std::move(value);
        return true;
    }

    bool isPosition() const
    {
        return !m_frames.empty() && m_frames.back().kind == Kind::Anchor &&
               (m_key == AnStart || m_key == AnEnd);
    }

    bool position(qint64 value)
    {
        auto *anchor = static_cast<Anchor *>(m_frames.back().item);
        (m_key == AnStart ? anchor->start : anchor->end) = value;
        return true;
    }

    QString intern(const std::string &text) { return m_interned(text); }

    // A required string must not be blank.
    static bool required(const QString &text) { return !isBlank(text); }

    // A date's text and value. Dates repeat (a million events fall on some 50,000 days): each
    // distinct text is parsed once and shared, which spares a string of 48 bytes per event.
    bool date(const std::string &v, QString &field, PartialDate &parsed)
    {
        const auto it = m_dates.find(v);
        if (it != m_dates.end()) {
            field = it->second.first;
            parsed = it->second.second;
            return true;
        }
        const QString text = fromStd(v);
        if (isBlank(text))
            return false;
        PartialDate::ParseResult result = PartialDate::parse(text);
        if (!result.ok())
            return false;
        field = text;
        parsed = result.date;
        if (v.size() <= 64 && m_dates.size() < MaxDates)
            m_dates.emplace(v, std::pair(text, result.date));
        return true;
    }

    bool eventString(Event &event, const std::string &v)
    {
        switch (m_key) {
        case EvId:
            event.id = fromStd(v);
            return required(event.id);
        case EvTitle:
            event.title = fromStd(v);
            return required(event.title);
        case EvDate:
            return date(v, event.date, event.parsed);
        case EvKind:
            event.kind = intern(v);
            return required(event.kind);
        case EvSummary:
            event.summary = fromStd(v);
            return true;
        case EvNote:
            event.note = fromStd(v);
            return true;
        case EvShortTitle:
            event.shortTitle = fromStd(v);
            return true;
        case EvPriority:
            // An unknown value goes to the DOM reader, which reports it.
            event.priority = fromStd(v);
            return isEventPriority(event.priority);
        default:
            return false; // a string for a list
        }
    }

    bool anchorString(Anchor &anchor, const std::string &v)
    {
        switch (m_key) {
        case AnSource:
            anchor.source = intern(v);
            return required(anchor.source);
        case AnExact:
            anchor.exact = fromStd(v);
            return required(anchor.exact);
        case AnPrefix:
            anchor.prefix = fromStd(v);
            return true;
        case AnSuffix:
            anchor.suffix = fromStd(v);
            return true;
        default:
            return false; // a string for a position
        }
    }

    bool claimString(DateClaim &claim, const std::string &v)
    {
        switch (m_key) {
        case ClDate:
            return date(v, claim.date, claim.parsed);
        case ClSource:
            claim.source = intern(v);
            return true;
        case ClNote:
            claim.note = fromStd(v);
            return true;
        default:
            return false;
        }
    }

    bool relationString(Relation &relation, const std::string &v)
    {
        switch (m_key) {
        case RlId:
            relation.id = fromStd(v);
            return required(relation.id);
        case RlFrom:
            relation.from = fromStd(v);
            return required(relation.from);
        case RlTo:
            relation.to = fromStd(v);
            return required(relation.to);
        case RlType: {
            const auto type = relationTypeFromName(intern(v));
            if (!type)
                return false;
            relation.type = *type;
            return true;
        }
        case RlAssertion: {
            if (v.empty())
                return true;
            const auto assertion = assertionFromName(intern(v));
            if (!assertion)
                return false;
            relation.assertion = *assertion;
            return true;
        }
        case RlNote:
            relation.note = fromStd(v);
            return true;
        default:
            return false;
        }
    }

    // A list of ids is shared with every earlier list of the same ids.
    void finishList(QStringList &list)
    {
        if (m_listItems.empty())
            return;
        if (!m_listUncacheable) {
            const auto it = m_lists.find(m_listKey);
            if (it != m_lists.end()) {
                list = it->second;
                return;
            }
        }
        list.reserve(qsizetype(m_listItems.size()));
        for (QString &item : m_listItems)
            list.append(std::move(item));
        m_listItems.clear();
        if (!m_listUncacheable && m_lists.size() < 4096)
            m_lists.emplace(m_listKey, list);
    }

    bool finishEvent(const Frame &frame)
    {
        constexpr std::uint32_t requiredKeys = bit(EvId) | bit(EvTitle) | bit(EvDate) | bit(EvKind);
        if ((frame.seen & requiredKeys) != requiredKeys)
            return false;
        return itemDone();
    }

    bool finishRelation(const Frame &frame)
    {
        constexpr std::uint32_t requiredKeys = bit(RlId) | bit(RlFrom) | bit(RlTo) | bit(RlType);
        if ((frame.seen & requiredKeys) != requiredKeys)
            return false;
        return itemDone();
    }

    static bool finishAnchor(const Frame &frame)
    {
        constexpr std::uint32_t requiredKeys = bit(AnSource) | bit(AnExact);
        if ((frame.seen & requiredKeys) != requiredKeys)
            return false;
        const auto *anchor = static_cast<const Anchor *>(frame.item);
        return !(anchor->start >= 0 && anchor->end >= 0 && anchor->end < anchor->start);
    }

    // After each event or relation: progress, and the cancel flag.
    bool itemDone()
    {
        if (m_options.progress)
            m_options.progress->store(qint64(m_position - m_base), std::memory_order_relaxed);
        if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) {
            m_cancelled = true;
            return false;
        }
        return true;
    }

    Json &m_root;
    StreamedItems &m_items;
    const char *m_base;
    const char *m_position;
    const ReadOptions &m_options;
    std::vector<Frame> m_frames;
    Json *m_domElement = nullptr;
    int m_depth = 0;
    int m_key = UnknownKey;          // the current key of the top streamed object
    Kind m_rootSpecial = Kind::Root; // what the current root key streams into
    bool m_rootEventsKey = false;
    bool m_rootRelationsKey = false;
    bool m_started = false;
    bool m_cancelled = false;
    StringInterner m_interned;
    // Valid dates by their text (date()); every day of 180 years fits.
    static constexpr std::size_t MaxDates = 65536;
    std::unordered_map<std::string, std::pair<QString, PartialDate>> m_dates;
    // The list being read: its interned items, and its items joined by '\0' as the cache key.
    std::vector<QString> m_listItems;
    std::string m_listKey;
    bool m_listUncacheable = false;
    std::unordered_map<std::string, QStringList> m_lists;
};

} // namespace

StreamOutcome streamDocument(const char *first, const char *last, const ReadOptions &options,
                             Json &root, StreamedItems &items)
{
    StreamHandler handler(root, items, first, options);
    // Publishing the position costs a store per byte: only when someone shows progress.
    const bool parsed =
        options.progress ? Json::sax_parse(TrackedIterator(first, handler.positionSlot()),
                                           TrackedIterator(last, handler.positionSlot()), &handler)
                         : Json::sax_parse(first, last, &handler);
    if (handler.cancelled())
        return StreamOutcome::Cancelled;
    if (!parsed || !handler.finished())
        return StreamOutcome::Fallback;
    return StreamOutcome::Ok;
}

} // namespace Anchorline::Model::Detail
