#pragma once

#include "anchoring/anchorplace.h"
#include "core/dataset.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>
#include <cstdint>
#include <memory>
#include <vector>

namespace Anchorline::Model {

// How an anchor was placed, from most to least trustworthy (docs/architecture.md §5).
enum class AnchorMethod : std::uint8_t { Position, Exact, Normalized, Fuzzy };
QString anchorMethodName(AnchorMethod method); // "position", "exact", "normalized", "fuzzy"

enum class AnchorFailure : std::uint8_t {
    None,
    EmptyQuote, // nothing to look for
    NotFound,   // no place is close enough
    Ambiguous,  // several places are equally good and nothing tells them apart
    NoText,     // the source's text is not available (set by callers, never by the resolver)
};

struct AnchorResolution
{
    // UTF-16 range [start, end) in the resolver's text; -1 when the anchor failed.
    qsizetype start = -1;
    qsizetype end = -1;
    AnchorMethod method = AnchorMethod::Exact;
    double score = 0; // 0..1, 1 for a position or exact match with matching context
    AnchorFailure failure = AnchorFailure::NotFound;
    int candidates = 0; // places found; for Ambiguous, how many tie

    bool ok() const { return failure == AnchorFailure::None; }
    // "not found", "ambiguous: 3 candidates", "empty quote", "no text for source"; "" when ok.
    QString reason() const;
};

// Places anchors in one source text. Indexes are built once, on first need, and shared by all
// later calls, so one resolver should be reused for every anchor of its source. resolve() is
// const and safe to call from several threads at once.
class AnchorResolver final
{
public:
    // `text` as readSourceText returns it (LF line endings): anchor position hints count code
    // points in it, and results are UTF-16 indexes into it.
    explicit AnchorResolver(QString text);
    ~AnchorResolver();

    AnchorResolution resolve(const Anchor &anchor) const;

    const QString &text() const;
    // Code point offset <-> UTF-16 index in text(); utf16Offset returns -1 beyond the end.
    qsizetype utf16Offset(qint64 codePoint) const;
    qint64 codePointOffset(qsizetype utf16) const;

private:
    struct Private;
    std::unique_ptr<Private> d;

    Q_DISABLE_COPY_MOVE(AnchorResolver)
};

// One anchor of a dataset with its RFC 6901 JSON pointer ("/events/3/evidence/0"). The anchor
// pointer is valid as long as the dataset is alive and unchanged.
struct AnchorLocation
{
    QString pointer;
    const Anchor *anchor = nullptr;
};

// Every anchor of the dataset in file order (forEachAnchor), each with its pointer spelled out:
// for callers that print them. Callers that only look at some anchors use forEachAnchor.
std::vector<AnchorLocation> anchorLocations(const Dataset &dataset);

struct ResolvedAnchor
{
    AnchorLocation location;
    AnchorResolution resolution;
};

// Resolves every anchor of `dataset` whose source is `sourceId` against `resolver`.
std::vector<ResolvedAnchor> resolveSourceAnchors(const Dataset &dataset, QStringView sourceId,
                                                 const AnchorResolver &resolver);

} // namespace Anchorline::Model
