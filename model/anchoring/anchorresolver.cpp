#include "anchoring/anchorresolver.h"

#include "anchoring/textnormalize.h"

#include <QChar>
#include <algorithm>
#include <cstring>
#include <limits>
#include <mutex>
#include <span>

namespace Anchorline::Model {

namespace {

// Exact and normalised searches go through an index of all 8-unit substrings: a quote is
// looked up by its rarest 8-gram and only the few places holding it are compared, so 10k
// anchors cost 10k small lookups instead of 10k scans of the text.
constexpr qsizetype GramLength = 8;
// More places than this are not kept: the anchor is ambiguous anyway.
constexpr std::size_t MaxHits = 4096;
// Fuzzy search: at most a quarter of the quote may differ, quotes shorter than this are too
// short to be matched approximately without false hits, and a whole-text scan is only done
// when it costs fewer DP cells than this.
constexpr double MaxEditFraction = 0.25;
constexpr qsizetype MinFuzzyLength = 10;
constexpr qsizetype MaxFullScanCells = 30'000'000;
constexpr std::size_t MaxSeedBucket = 64;
constexpr std::size_t MaxFuzzyWindows = 12;
constexpr double FuzzyThreshold = 0.65;
constexpr double Epsilon = 1e-9;

class GramIndex final
{
public:
    // Only every Step-th position is indexed: building is what costs (10 MB of text means
    // millions of scattered writes), and a quote of at least GramLength + Step - 1 units still
    // has one gram on an indexed position in every one of its occurrences.
    static constexpr qsizetype Step = 4;

    void build(QStringView text)
    {
        m_text = text;
        if (text.size() < GramLength ||
            text.size() > qsizetype(std::numeric_limits<quint32>::max()))
            return;
        const qsizetype count = (text.size() - GramLength) / Step + 1;
        int bits = 8;
        while (bits < 24 && (qsizetype(1) << (bits + 3)) < count)
            ++bits;
        m_shift = 64 - bits;
        const std::size_t buckets = std::size_t(1) << bits;
        m_starts.assign(buckets + 1, 0);
        for (qsizetype i = 0; i < count; ++i)
            ++m_starts[bucketAt(i * Step) + 1];
        for (std::size_t b = 0; b < buckets; ++b)
            m_starts[b + 1] += m_starts[b];
        std::vector<quint32> cursor(m_starts.begin(), m_starts.end() - 1);
        m_positions.resize(std::size_t(count));
        for (qsizetype i = 0; i < count; ++i)
            m_positions[cursor[bucketAt(i * Step)]++] = quint32(i * Step);
        m_ready = true;
    }

    bool ready() const { return m_ready; }

    // Indexed places (ascending) whose 8-gram hashes like `gram`'s first 8 units; a superset
    // of the indexed places holding it.
    std::span<const quint32> candidates(QStringView gram) const
    {
        const std::size_t b = bucketOf(gram.data());
        return {m_positions.data() + m_starts[b], m_positions.data() + m_starts[b + 1]};
    }

private:
    std::size_t bucketAt(qsizetype i) const { return bucketOf(m_text.data() + i); }

    std::size_t bucketOf(const QChar *p) const
    {
        static_assert(sizeof(QChar) == 2);
        quint64 a = 0;
        quint64 b = 0;
        std::memcpy(&a, p, 8);
        std::memcpy(&b, p + 4, 8);
        quint64 h = a * 0x9E3779B97F4A7C15ULL ^ (b + 0x632BE59BD9B4E019ULL) * 0xC2B2AE3D27D4EB4FULL;
        h ^= h >> 32;
        h *= 0xD6E8FEB86659FD93ULL;
        h ^= h >> 29;
        return std::size_t(h >> m_shift);
    }

    QStringView m_text;
    int m_shift = 63;
    bool m_ready = false;
    std::vector<quint32> m_starts;
    std::vector<quint32> m_positions;
};

// Every place of `needle` in `haystack`, ascending, at most MaxHits.
std::vector<qsizetype> findAll(QStringView haystack, const GramIndex &index, QStringView needle)
{
    std::vector<qsizetype> hits;
    const qsizetype m = needle.size();
    if (m == 0 || m > haystack.size())
        return hits;
    constexpr qsizetype Step = GramIndex::Step;
    if (index.ready() && m >= GramLength + Step - 1) {
        // Every occurrence has exactly one of Step consecutive quote offsets on an indexed
        // position: take the Step consecutive offsets whose buckets are smallest together.
        std::vector<std::size_t> sizes;
        for (qsizetype o = 0; o + GramLength <= m; ++o)
            sizes.push_back(index.candidates(needle.sliced(o)).size());
        qsizetype bestFirst = 0;
        std::size_t bestSum = std::numeric_limits<std::size_t>::max();
        for (qsizetype first = 0; first + Step <= qsizetype(sizes.size()); ++first) {
            std::size_t sum = 0;
            for (qsizetype o = first; o < first + Step; ++o)
                sum += sizes[std::size_t(o)];
            if (sum < bestSum) {
                bestSum = sum;
                bestFirst = first;
            }
        }
        for (qsizetype o = bestFirst; o < bestFirst + Step && hits.size() < MaxHits; ++o) {
            for (const quint32 place : index.candidates(needle.sliced(o))) {
                const qsizetype start = qsizetype(place) - o;
                if (start >= 0 && start + m <= haystack.size() &&
                    haystack.sliced(start, m) == needle) {
                    hits.push_back(start);
                    if (hits.size() >= MaxHits)
                        break;
                }
            }
        }
        std::sort(hits.begin(), hits.end());
        return hits;
    }
    for (qsizetype from = 0; hits.size() < MaxHits;) {
        const qsizetype at = haystack.indexOf(needle, from);
        if (at < 0)
            break;
        hits.push_back(at);
        from = at + 1;
    }
    return hits;
}

QString matchNormalize(QStringView text)
{
    return normalizeTextMapped(text, MatchFolding::Matching).text;
}

int editDistance(QStringView a, QStringView b)
{
    std::vector<int> row(std::size_t(b.size()) + 1);
    for (std::size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[std::size_t(j)];
            row[std::size_t(j)] = std::min({above + 1, row[std::size_t(j - 1)] + 1,
                                            diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row.back();
}

double similarity(QStringView a, QStringView b)
{
    const qsizetype longest = std::max(a.size(), b.size());
    return longest == 0 ? 1.0 : 1.0 - double(editDistance(a, b)) / double(longest);
}

// How well the text around [start, end) agrees with the anchor's prefix and suffix (already
// match-normalised): 0..1, or -1 when the anchor has neither.
double contextSimilarity(QStringView haystack, qsizetype start, qsizetype end,
                         const QString &prefix, const QString &suffix, bool haystackNormalized)
{
    const auto prepare = [haystackNormalized](QStringView window) {
        return haystackNormalized ? window.trimmed().toString() : matchNormalize(window);
    };
    double sum = 0;
    int parts = 0;
    if (!prefix.isEmpty()) {
        const qsizetype from = std::max<qsizetype>(0, start - 2 * prefix.size() - 16);
        const QString before = prepare(haystack.sliced(from, start - from));
        sum += similarity(prefix, QStringView(before).right(prefix.size()));
        ++parts;
    }
    if (!suffix.isEmpty()) {
        const qsizetype to = std::min(haystack.size(), end + 2 * suffix.size() + 16);
        const QString after = prepare(haystack.sliced(end, to - end));
        sum += similarity(suffix, QStringView(after).left(suffix.size()));
        ++parts;
    }
    return parts == 0 ? -1.0 : sum / parts;
}

struct Candidate
{
    qsizetype start = 0;  // in the searched text
    qsizetype end = 0;    // in the searched text
    qsizetype origin = 0; // start in the original text, for distance to the hint
    double score = 0;
};

struct Choice
{
    int index = -1; // into the candidates, -1 when ambiguous
    int ties = 0;
};

// The best candidate; equal scores are split by closeness to the hint, else ambiguous.
Choice choose(const std::vector<Candidate> &candidates, qsizetype hint)
{
    double best = -1;
    for (const Candidate &c : candidates)
        best = std::max(best, c.score);
    std::vector<int> tied;
    for (int i = 0; i < int(candidates.size()); ++i) {
        if (candidates[std::size_t(i)].score >= best - Epsilon)
            tied.push_back(i);
    }
    if (tied.size() == 1)
        return {tied.front(), 1};
    if (hint >= 0) {
        const auto distance = [&](int i) {
            return std::abs(candidates[std::size_t(i)].origin - hint);
        };
        std::sort(tied.begin(), tied.end(),
                  [&](int a, int b) { return distance(a) < distance(b); });
        if (distance(tied[0]) < distance(tied[1]))
            return {tied[0], int(tied.size())};
    }
    return {-1, int(tied.size())};
}

// One approximate occurrence of the pattern found by the dynamic programme below.
struct FuzzyHit
{
    qsizetype start = 0;
    qsizetype end = 0;
    int distance = 0;
};

// Sellers' algorithm (edit distance with free start and end in the text) over text[from, to).
// Each run of consecutive end positions within `maxDistance` yields its best end, with the
// start of its alignment tracked alongside the costs.
std::vector<FuzzyHit> approximateMatches(QStringView text, QStringView pattern, int maxDistance,
                                         qsizetype from, qsizetype to)
{
    const std::size_t m = std::size_t(pattern.size());
    std::vector<int> cost(m + 1);
    std::vector<qsizetype> origin(m + 1, from);
    for (std::size_t i = 0; i <= m; ++i)
        cost[i] = int(i);
    std::vector<FuzzyHit> hits;
    bool inRun = false;
    FuzzyHit runBest;
    for (qsizetype j = from; j < to; ++j) {
        const QChar t = text[j];
        int diagonalCost = cost[0];
        qsizetype diagonalOrigin = origin[0];
        cost[0] = 0;
        origin[0] = j + 1;
        for (std::size_t i = 1; i <= m; ++i) {
            const int leftCost = cost[i];
            const qsizetype leftOrigin = origin[i];
            int best = diagonalCost + (pattern[qsizetype(i - 1)] == t ? 0 : 1);
            qsizetype bestOrigin = diagonalOrigin;
            if (leftCost + 1 < best) {
                best = leftCost + 1;
                bestOrigin = leftOrigin;
            }
            if (cost[i - 1] + 1 < best) {
                best = cost[i - 1] + 1;
                bestOrigin = origin[i - 1];
            }
            diagonalCost = leftCost;
            diagonalOrigin = leftOrigin;
            cost[i] = best;
            origin[i] = bestOrigin;
        }
        if (cost[m] <= maxDistance) {
            if (!inRun || cost[m] < runBest.distance)
                runBest = {origin[m], j + 1, cost[m]};
            inRun = true;
        } else if (inRun) {
            hits.push_back(runBest);
            inRun = false;
        }
    }
    if (inRun)
        hits.push_back(runBest);
    return hits;
}

} // namespace

struct AnchorResolver::Private
{
    QString text;
    // UTF-16 index of the high surrogate of every surrogate pair, and its code point offset.
    std::vector<qsizetype> pairUtf16;
    std::vector<qint64> pairCodePoint;

    mutable std::once_flag exactOnce;
    mutable GramIndex exactIndex;
    mutable std::once_flag normalizedOnce;
    mutable NormalizedText normalized;
    mutable GramIndex normalizedIndex;

    const GramIndex &exact() const
    {
        std::call_once(exactOnce, [this] { exactIndex.build(text); });
        return exactIndex;
    }

    const NormalizedText &normal() const
    {
        std::call_once(normalizedOnce, [this] {
            normalized = normalizeTextMapped(text, MatchFolding::Matching);
            normalizedIndex.build(normalized.text);
        });
        return normalized;
    }

    // Original end of a match that ends before normalised index `end`: just past the unit the
    // last matched unit came from, widened over a surrogate's second half and over combining
    // marks that NFC folded into it.
    qsizetype originalEnd(qsizetype end) const
    {
        qsizetype at = normalized.toOriginal[std::size_t(end - 1)] + 1;
        if (at < text.size() && text[at].isLowSurrogate() && text[at - 1].isHighSurrogate())
            ++at;
        while (at < text.size()) {
            const bool pair =
                text[at].isHighSurrogate() && at + 1 < text.size() && text[at + 1].isLowSurrogate();
            const char32_t c = pair ? QChar::surrogateToUcs4(text[at], text[at + 1])
                                    : char32_t(text[at].unicode());
            if (QChar::combiningClass(c) == 0)
                break;
            at += pair ? 2 : 1;
        }
        return at;
    }

    AnchorResolution searchExact(const Anchor &anchor, qsizetype hint) const;
    AnchorResolution searchNormalized(const QString &quote, const Anchor &anchor,
                                      qsizetype hint) const;
    AnchorResolution searchFuzzy(const QString &quote, const Anchor &anchor, qsizetype hint) const;
};

QString anchorMethodName(AnchorMethod method)
{
    switch (method) {
    case AnchorMethod::Position:
        return QStringLiteral("position");
    case AnchorMethod::Exact:
        return QStringLiteral("exact");
    case AnchorMethod::Normalized:
        return QStringLiteral("normalized");
    case AnchorMethod::Fuzzy:
        return QStringLiteral("fuzzy");
    }
    return {};
}

QString AnchorResolution::reason() const
{
    switch (failure) {
    case AnchorFailure::None:
        return {};
    case AnchorFailure::EmptyQuote:
        return QStringLiteral("empty quote");
    case AnchorFailure::NotFound:
        return QStringLiteral("not found");
    case AnchorFailure::Ambiguous:
        return QStringLiteral("ambiguous: %1 candidates").arg(candidates);
    case AnchorFailure::NoText:
        return QStringLiteral("no text for source");
    }
    return {};
}

AnchorResolver::AnchorResolver(QString text)
    : d(std::make_unique<Private>())
{
    d->text = std::move(text);
    const QString &t = d->text;
    for (qsizetype i = 0; i + 1 < t.size(); ++i) {
        if (t[i].isHighSurrogate() && t[i + 1].isLowSurrogate()) {
            d->pairCodePoint.push_back(qint64(i) - qint64(d->pairUtf16.size()));
            d->pairUtf16.push_back(i);
            ++i;
        }
    }
}

AnchorResolver::~AnchorResolver() = default;

const QString &AnchorResolver::text() const
{
    return d->text;
}

qsizetype AnchorResolver::utf16Offset(qint64 codePoint) const
{
    if (codePoint < 0)
        return -1;
    // Every pair that starts before the code point adds one UTF-16 unit.
    const auto pairsBefore =
        std::lower_bound(d->pairCodePoint.begin(), d->pairCodePoint.end(), codePoint) -
        d->pairCodePoint.begin();
    const qint64 utf16 = codePoint + pairsBefore;
    return utf16 <= d->text.size() ? qsizetype(utf16) : -1;
}

qint64 AnchorResolver::codePointOffset(qsizetype utf16) const
{
    utf16 = std::clamp<qsizetype>(utf16, 0, d->text.size());
    // Pairs that end at or before utf16 count as one code point for two units.
    const auto pairsBefore = std::upper_bound(d->pairUtf16.begin(), d->pairUtf16.end(), utf16 - 2) -
                             d->pairUtf16.begin();
    return qint64(utf16) - pairsBefore;
}

AnchorResolution AnchorResolver::resolve(const Anchor &anchor) const
{
    AnchorResolution result;
    const bool blank = std::all_of(anchor.exact.cbegin(), anchor.exact.cend(), [](QChar c) {
        return isNormalizationSpace(c.unicode()) || c == QChar(0xFEFF) || c == QChar(0x00AD);
    });
    if (blank) {
        result.failure = AnchorFailure::EmptyQuote;
        return result;
    }

    // The hint is usable only when it lies inside the text.
    qsizetype hintStart = -1;
    qsizetype hintEnd = -1;
    if (anchor.start >= 0) {
        const qint64 endCodePoint =
            anchor.end >= 0 ? anchor.end : anchor.start + codePointCount(anchor.exact);
        hintStart = utf16Offset(anchor.start);
        hintEnd = utf16Offset(endCodePoint);
        if (hintStart < 0 || hintEnd < hintStart) {
            hintStart = -1;
            hintEnd = -1;
        }
    }

    // 1. The position hint, when it reproduces the quote.
    if (hintStart >= 0 &&
        QStringView(d->text).sliced(hintStart, hintEnd - hintStart) == anchor.exact) {
        result.start = hintStart;
        result.end = hintEnd;
        result.method = AnchorMethod::Position;
        result.score = 1.0;
        result.failure = AnchorFailure::None;
        result.candidates = 1;
        return result;
    }

    // 2. The quote as written, 3. the same on normalised text, 4. approximately.
    result = d->searchExact(anchor, hintStart);
    if (result.ok() || result.failure == AnchorFailure::Ambiguous)
        return result;
    const QString quote = matchNormalize(anchor.exact);
    result = d->searchNormalized(quote, anchor, hintStart);
    if (result.ok() || result.failure == AnchorFailure::Ambiguous)
        return result;
    return d->searchFuzzy(quote, anchor, hintStart);
}

AnchorResolution AnchorResolver::Private::searchExact(const Anchor &anchor, qsizetype hint) const
{
    AnchorResolution result;
    const std::vector<qsizetype> hits = findAll(text, exact(), anchor.exact);
    if (hits.empty())
        return result;
    const qsizetype length = anchor.exact.size();
    result.method = AnchorMethod::Exact;
    result.candidates = int(hits.size());
    if (hits.size() == 1) {
        result.start = hits.front();
        result.end = hits.front() + length;
        result.score = 1.0;
        result.failure = AnchorFailure::None;
        return result;
    }
    const QString prefix = matchNormalize(anchor.prefix);
    const QString suffix = matchNormalize(anchor.suffix);
    std::vector<Candidate> candidates;
    candidates.reserve(hits.size());
    for (const qsizetype hit : hits) {
        const double context = contextSimilarity(text, hit, hit + length, prefix, suffix, false);
        candidates.push_back({hit, hit + length, hit, context < 0 ? 1.0 : 0.8 + 0.2 * context});
    }
    const Choice choice = choose(candidates, hint);
    if (choice.index < 0) {
        result.failure = AnchorFailure::Ambiguous;
        result.candidates = choice.ties;
        return result;
    }
    const Candidate &chosen = candidates[std::size_t(choice.index)];
    result.start = chosen.start;
    result.end = chosen.end;
    result.score = chosen.score;
    result.failure = AnchorFailure::None;
    return result;
}

AnchorResolution AnchorResolver::Private::searchNormalized(const QString &quote,
                                                           const Anchor &anchor,
                                                           qsizetype hint) const
{
    AnchorResolution result;
    const NormalizedText &norm = normal();
    const std::vector<qsizetype> hits = findAll(norm.text, normalizedIndex, quote);
    if (hits.empty())
        return result;
    const QString prefix = matchNormalize(anchor.prefix);
    const QString suffix = matchNormalize(anchor.suffix);
    std::vector<Candidate> candidates;
    candidates.reserve(hits.size());
    for (const qsizetype hit : hits) {
        const qsizetype end = hit + quote.size();
        const double context =
            hits.size() == 1 ? -1.0 : contextSimilarity(norm.text, hit, end, prefix, suffix, true);
        const double score = 0.95 * (context < 0 ? 1.0 : 0.8 + 0.2 * context);
        candidates.push_back({hit, end, norm.toOriginal[std::size_t(hit)], score});
    }
    result.method = AnchorMethod::Normalized;
    result.candidates = int(hits.size());
    const Choice choice = choose(candidates, hint);
    if (choice.index < 0) {
        result.failure = AnchorFailure::Ambiguous;
        result.candidates = choice.ties;
        return result;
    }
    const Candidate &chosen = candidates[std::size_t(choice.index)];
    result.start = chosen.origin;
    result.end = originalEnd(chosen.end);
    result.score = chosen.score;
    result.failure = AnchorFailure::None;
    return result;
}

AnchorResolution AnchorResolver::Private::searchFuzzy(const QString &quote, const Anchor &anchor,
                                                      qsizetype hint) const
{
    AnchorResolution result;
    const qsizetype m = quote.size();
    if (m < MinFuzzyLength)
        return result;
    const NormalizedText &norm = normal();
    const QStringView haystack = norm.text;
    const qsizetype n = haystack.size();
    const int maxDistance = std::max(1, int(double(m) * MaxEditFraction));

    std::vector<FuzzyHit> hits;
    if (n * m <= MaxFullScanCells) {
        hits = approximateMatches(haystack, quote, maxDistance, 0, n);
    } else {
        // Seeds: 8-grams of the quote that survive in the text vote for the diagonal (the text
        // position where the quote would start); the best-supported diagonals, plus the hint,
        // are then checked with the exact edit distance in a small window each.
        std::vector<qsizetype> diagonals;
        if (normalizedIndex.ready()) {
            for (qsizetype o = 0; o + GramLength <= m; ++o) {
                const auto places = normalizedIndex.candidates(QStringView(quote).sliced(o));
                if (places.size() > MaxSeedBucket)
                    continue;
                for (const quint32 place : places) {
                    if (haystack.sliced(place, GramLength) ==
                        QStringView(quote).sliced(o, GramLength))
                        diagonals.push_back(qsizetype(place) - o);
                }
            }
        }
        std::sort(diagonals.begin(), diagonals.end());
        std::vector<std::pair<int, qsizetype>> groups; // votes, first diagonal
        for (std::size_t i = 0; i < diagonals.size();) {
            std::size_t j = i;
            while (j < diagonals.size() && diagonals[j] - diagonals[i] <= maxDistance)
                ++j;
            groups.emplace_back(int(j - i), diagonals[i]);
            i = j;
        }
        std::sort(groups.begin(), groups.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        // A diagonal with a fraction of the best one's votes shares only chance grams with the
        // quote; a second real place would have about as many votes as the first.
        const int enough = groups.empty() ? 0 : std::max(2, groups.front().first / 3);
        std::erase_if(groups, [enough](const auto &group) { return group.first < enough; });
        if (groups.size() > MaxFuzzyWindows)
            groups.resize(MaxFuzzyWindows);
        if (hint >= 0) {
            const auto at = std::lower_bound(norm.toOriginal.begin(), norm.toOriginal.end(), hint);
            groups.emplace_back(0, qsizetype(at - norm.toOriginal.begin()));
        }
        for (const auto &group : groups) {
            const qsizetype from = std::max<qsizetype>(0, group.second - 2 * maxDistance - 8);
            const qsizetype to = std::min(n, group.second + m + 3 * maxDistance + 8);
            if (from >= to)
                continue;
            const std::vector<FuzzyHit> found =
                approximateMatches(haystack, quote, maxDistance, from, to);
            hits.insert(hits.end(), found.begin(), found.end());
        }
    }

    // One candidate per place: the best of overlapping hits.
    std::sort(hits.begin(), hits.end(), [](const FuzzyHit &a, const FuzzyHit &b) {
        return a.distance != b.distance ? a.distance < b.distance : a.start < b.start;
    });
    std::vector<FuzzyHit> places;
    for (const FuzzyHit &hit : hits) {
        const bool overlaps = std::any_of(places.begin(), places.end(), [&](const FuzzyHit &p) {
            return hit.start < p.end && p.start < hit.end;
        });
        if (!overlaps)
            places.push_back(hit);
    }
    if (places.empty())
        return result;

    const QString prefix = matchNormalize(anchor.prefix);
    const QString suffix = matchNormalize(anchor.suffix);
    const double hintScale = std::max(2000.0, double(text.size()) / 20.0);
    std::vector<Candidate> candidates;
    for (FuzzyHit hit : places) {
        while (hit.start < hit.end && haystack[hit.start] == u' ')
            ++hit.start;
        while (hit.end > hit.start && haystack[hit.end - 1] == u' ')
            --hit.end;
        if (hit.start >= hit.end)
            continue;
        const double quoteScore = 1.0 - double(hit.distance) / double(m);
        const double context =
            contextSimilarity(haystack, hit.start, hit.end, prefix, suffix, true);
        const qsizetype origin = norm.toOriginal[std::size_t(hit.start)];
        const double closeness =
            hint < 0 ? -1.0 : std::max(0.0, 1.0 - double(std::abs(origin - hint)) / hintScale);
        // Missing context or hint neither helps nor hurts: its weight goes to the quote.
        const double score = 0.7 * quoteScore + 0.2 * (context < 0 ? quoteScore : context) +
                             0.1 * (closeness < 0 ? quoteScore : closeness);
        candidates.push_back({hit.start, hit.end, origin, score});
    }
    if (candidates.empty())
        return result;
    result.method = AnchorMethod::Fuzzy;
    result.candidates = int(candidates.size());
    const Choice choice = choose(candidates, hint);
    if (choice.index < 0) {
        const auto best = std::max_element(
            candidates.begin(), candidates.end(),
            [](const Candidate &a, const Candidate &b) { return a.score < b.score; });
        if (best->score < FuzzyThreshold)
            return result;
        result.failure = AnchorFailure::Ambiguous;
        result.candidates = choice.ties;
        return result;
    }
    const Candidate &chosen = candidates[std::size_t(choice.index)];
    if (chosen.score < FuzzyThreshold)
        return result;
    result.start = chosen.origin;
    result.end = originalEnd(chosen.end);
    result.score = chosen.score;
    result.failure = AnchorFailure::None;
    return result;
}

std::vector<AnchorLocation> anchorLocations(const Dataset &dataset)
{
    std::vector<AnchorLocation> locations;
    forEachAnchor(dataset, [&locations](const AnchorPlace &place, const Anchor &anchor) {
        locations.push_back({place.pointer(), &anchor});
    });
    return locations;
}

std::vector<ResolvedAnchor> resolveSourceAnchors(const Dataset &dataset, QStringView sourceId,
                                                 const AnchorResolver &resolver)
{
    std::vector<ResolvedAnchor> resolved;
    // Pointers only for this source's anchors.
    forEachAnchor(dataset, [&](const AnchorPlace &place, const Anchor &anchor) {
        if (anchor.source == sourceId)
            resolved.push_back({{place.pointer(), &anchor}, resolver.resolve(anchor)});
    });
    return resolved;
}

} // namespace Anchorline::Model
