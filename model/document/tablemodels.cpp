#include "document/tablemodels.h"

#include "core/displaynames.h"
#include "core/roles.h"
#include "document/document.h"

#include <QColor>
#include <QLocale>
#include <QTextDocument>
#include <utility>

namespace Anchorline::Model {

DatasetTableModel::DatasetTableModel(const Document &document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{}

bool DatasetTableModel::isValidIndex(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.row() >= 0 &&
           index.row() < rowCount() && index.column() >= 0 && index.column() < columnCount();
}

// Tooltips are shown as rich text when they look like it (Qt::mightBeRichText): text from a
// file goes in escaped, inside a paragraph that keeps its line breaks.
static QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
}

// ---- events

EventModel::EventModel(Document &document, QObject *parent)
    : DatasetTableModel(document, parent)
    , m_editable(document)
{}

Qt::ItemFlags EventModel::flags(const QModelIndex &index) const
{
    if (!isValidIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    switch (index.column()) {
    case DateColumn:
    case TitleColumn:
    case KindColumn:
        flags |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return flags;
}

bool EventModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    m_lastEditError.clear();
    if (!isValidIndex(index))
        return false;
    EventField field;
    if (role == SummaryRole) {
        field = EventField::Summary;
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case DateColumn:
            field = EventField::Date;
            break;
        case TitleColumn:
            field = EventField::Title;
            break;
        case KindColumn:
            field = EventField::Kind;
            break;
        default:
            m_lastEditError = tr("this column cannot be edited here");
            return false;
        }
    } else {
        return false;
    }
    const Event &event = m_document.dataset().events[std::size_t(index.row())];
    // A translation on show is what the editor opened with, so it is what the edit changes
    // (docs/format.md, Translations); emptying it shows the original again.
    if (const QString translated = translatedField(index.row(), field); !translated.isEmpty()) {
        const QString &language = m_document.text().language();
        if (value.toString() == event.translations.text(language, translated))
            return true; // nothing to undo
        Event edited = event;
        edited.translations.setText(TranslatedKind::Event, language, translated,
                                    value.toString().trimmed().isEmpty() ? QString()
                                                                         : value.toString());
        return m_editable.replaceEvent(index.row(), std::move(edited), &m_lastEditError);
    }
    const QString current = field == EventField::Summary ? event.summary
                            : field == EventField::Date  ? event.date
                            : field == EventField::Title ? event.title
                                                         : event.kind;
    if (value.toString() == current)
        return true; // nothing to undo
    // The document emits the change; its row signal becomes our dataChanged.
    return m_editable.setEventField(index.row(), field, value, &m_lastEditError);
}

QString EventModel::translatedField(int row, EventField field) const
{
    const QString &language = m_document.text().language();
    if (language.isEmpty() || row < 0 || row >= rowCount())
        return {};
    const QString name = field == EventField::Title     ? QStringLiteral("title")
                         : field == EventField::Summary ? QStringLiteral("summary")
                                                        : QString();
    const Event &event = m_document.dataset().events[std::size_t(row)];
    return !name.isEmpty() && event.translations.has(language, name) ? name : QString();
}

int EventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document.dataset().events.size());
}

int EventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString namesOf(const QStringList &ids, const auto &items, const DisplayText &text)
{
    QStringList names;
    for (const QString &id : ids) {
        const auto it = std::find_if(items.begin(), items.end(),
                                     [&](const auto &item) { return item.id == id; });
        names << (it == items.end() ? id : text.name(*it));
    }
    return names.join(QStringLiteral(", "));
}

QVariant EventModel::data(const QModelIndex &index, int role) const
{
    if (!isValidIndex(index))
        return {};
    const Dataset &dataset = m_document.dataset();
    const Event &event = dataset.events[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return event.id;
        case DateColumn:
            return event.parsed.toDisplayString(QLocale());
        case TitleColumn:
            return m_document.text().title(event);
        case ActorsColumn:
            return namesOf(event.actors, dataset.actors, m_document.text());
        case KindColumn:
            return eventKindDisplayName(event.kind);
        case ThemesColumn:
            return namesOf(event.themes, dataset.themes, m_document.text());
        }
        return {};
    case Qt::EditRole:
        // What the editor starts from: the text as written, not its display form.
        switch (index.column()) {
        case DateColumn:
            return event.date;
        case TitleColumn: // the translation when one is on show, as setData() edits it
            return m_document.text().title(event);
        case KindColumn:
            return event.kind;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DateColumn)
            return QStringLiteral("%1 (%2)").arg(event.date,
                                                 precisionDisplayName(event.parsed.precision()));
        return index.column() == TitleColumn ? plainToolTip(m_document.text().summary(event))
                                             : QVariant();
    case IdRole:
        return event.id;
    case DatasetIndexRole:
        return index.row();
    case EarliestDayRole:
        return qlonglong(event.parsed.earliest());
    case LatestDayRole:
        return qlonglong(event.parsed.latest());
    case DateTextRole:
        return event.date;
    case PrecisionRole:
        return precisionName(event.parsed.precision());
    case ActorIdsRole:
        return event.actors;
    case ThemeIdsRole:
        return event.themes;
    case KindRole:
        return event.kind;
    case SummaryRole: // the editable value: the text as written, or the translation on show
        return m_document.text().summary(event);
    case EvidenceCountRole:
        return int(event.evidence.size());
    case ColorRole: {
        if (event.actors.isEmpty())
            return QColor(Qt::gray);
        const int actor = dataset.indexOfActor(event.actors.front());
        return actor < 0 ? QColor(Qt::gray) : dataset.actors[std::size_t(actor)].color;
    }
    default:
        return {};
    }
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Title");
    case ActorsColumn:
        return tr("Actors");
    case KindColumn:
        return tr("Kind");
    case ThemesColumn:
        return tr("Themes");
    }
    return {};
}

// ---- relations

int RelationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document.dataset().relations.size());
}

int RelationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RelationModel::data(const QModelIndex &index, int role) const
{
    if (!isValidIndex(index))
        return {};
    const Dataset &dataset = m_document.dataset();
    const Relation &relation = dataset.relations[std::size_t(index.row())];
    auto titleOf = [&](const QString &id) {
        const int at = m_document.eventIndexById(id);
        return at < 0 ? id : m_document.text().title(dataset.events[std::size_t(at)]);
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FromColumn:
            return titleOf(relation.from);
        case TypeColumn:
            return relationTypeForward(relation.type);
        case ToColumn:
            return titleOf(relation.to);
        case AssertionColumn:
            return assertionDisplayName(relation.assertion);
        case EvidenceColumn:
            return int(relation.evidence.size());
        }
        return {};
    case IdRole:
        return relation.id;
    case DatasetIndexRole:
        return index.row();
    case RelationTypeRole:
        return relationTypeName(relation.type);
    case FromIdRole:
        return relation.from;
    case ToIdRole:
        return relation.to;
    case AssertionRole:
        return assertionName(relation.assertion);
    case EvidenceCountRole:
        return int(relation.evidence.size());
    default:
        return {};
    }
}

QVariant RelationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FromColumn:
        return tr("From");
    case TypeColumn:
        return tr("Relation");
    case ToColumn:
        return tr("To");
    case AssertionColumn:
        return tr("Asserted as");
    case EvidenceColumn:
        return tr("Evidence");
    }
    return {};
}

// ---- sources

SourceModel::SourceModel(const Document &document, QObject *parent)
    : DatasetTableModel(document, parent)
{
    // setDataset() replaces the data inside a model reset: forget the counts before views ask.
    connect(this, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_anchorCounts.clear();
        m_countsValid = false;
        m_announcedCounts.clear();
        m_announcePending = false;
    });
    // Anchors live in events and relations. The document signals each item it changes and then
    // contentChanged once per edit (undo and redo included).
    auto onItem = [this](Collection collection, int) {
        if (collection == Collection::Events || collection == Collection::Relations)
            invalidateCounts();
    };
    connect(&document, &Document::itemInserted, this, onItem);
    connect(&document, &Document::itemRemoved, this, onItem);
    connect(&document, &Document::itemChanged, this, onItem);
    connect(&document, &Document::contentChanged, this, &SourceModel::announceCounts);
}

int SourceModel::anchorCount(const QString &sourceId) const
{
    if (!m_countsValid) {
        m_anchorCounts.clear();
        const Dataset &dataset = m_document.dataset();
        auto add = [this](const std::vector<Anchor> &evidence) {
            for (const Anchor &anchor : evidence)
                ++m_anchorCounts[anchor.source];
        };
        for (const Event &event : dataset.events) {
            add(event.evidence);
            for (const DateClaim &claim : event.dateClaims)
                add(claim.evidence);
        }
        for (const Relation &relation : dataset.relations)
            add(relation.evidence);
        m_countsValid = true;
    }
    return m_anchorCounts.value(sourceId, 0);
}

void SourceModel::invalidateCounts()
{
    // Keep what views were shown (if they were shown anything) to tell which rows changed.
    if (!m_announcePending && m_countsValid) {
        m_announcedCounts = std::move(m_anchorCounts);
        m_announcePending = true;
    }
    m_anchorCounts.clear();
    m_countsValid = false;
}

void SourceModel::announceCounts()
{
    if (!m_announcePending)
        return;
    m_announcePending = false;
    const QHash<QString, int> before = std::exchange(m_announcedCounts, {});
    const auto &sources = m_document.dataset().sources;
    for (int row = 0; row < int(sources.size()); ++row) {
        const QString &id = sources[std::size_t(row)].id;
        if (anchorCount(id) != before.value(id, 0)) {
            const QModelIndex cell = index(row, AnchorsColumn);
            emit dataChanged(cell, cell, {Qt::DisplayRole, EvidenceCountRole});
        }
    }
}

int SourceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document.dataset().sources.size());
}

int SourceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceModel::data(const QModelIndex &index, int role) const
{
    if (!isValidIndex(index))
        return {};
    const Dataset &dataset = m_document.dataset();
    const Source &source = dataset.sources[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ReferenceColumn:
            return source.shortReference();
        case TitleColumn:
            return source.title;
        case IssuedColumn:
            return source.issuedDate.toDisplayString(QLocale());
        case PerspectiveColumn:
            return source.perspective;
        case AnchorsColumn:
            return anchorCount(source.id);
        }
        return {};
    case Qt::ToolTipRole:
        return plainToolTip(source.title);
    case IdRole:
        return source.id;
    case DatasetIndexRole:
        return index.row();
    case EvidenceCountRole:
        return anchorCount(source.id);
    default:
        return {};
    }
}

QVariant SourceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReferenceColumn:
        return tr("Source");
    case TitleColumn:
        return tr("Title");
    case IssuedColumn:
        return tr("Issued");
    case PerspectiveColumn:
        return tr("Perspective");
    case AnchorsColumn:
        return tr("Anchors");
    }
    return {};
}

} // namespace Anchorline::Model
