#pragma once

#include <QStringView>

namespace Anchorline::Model {

// How long an evidence quote is, in the unit its script is measured in. Quotes are at most 20
// words; Japanese and Chinese put no spaces between words, so a quote written mostly in those
// scripts is measured in characters instead, at most 40 (about as much text as 20 English
// words carry). Korean spaces its words and is counted in words.
struct QuoteLength
{
    int count = 0;           // words or characters (code points, white space not counted)
    bool characters = false; // true when counted in characters
    int limit = 20;          // 20 words or 40 characters

    bool tooLong() const { return count > limit; }
};

inline constexpr int QuoteMaxWords = 20;
inline constexpr int QuoteMaxCjkCharacters = 40;

// Measures `quote` after normalizeText: characters when at least half of its non-space code
// points are Han, kana or CJK punctuation, else words.
QuoteLength quoteLength(QStringView quote);

} // namespace Anchorline::Model
