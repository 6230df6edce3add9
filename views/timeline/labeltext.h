#pragma once

#include <QString>

namespace Anchorline::Views {

// The most characters a label can show: wider than any export (7680 px of 3 px glyphs). Text from
// a data file can be any length (a valid file may hold a 100 MB title), and shaping it whole costs
// seconds and gigabytes and makes the font engine warn for every glyph it cannot place, so every
// label is cut to this before it is measured, elided or drawn.
inline constexpr qsizetype MaxLabelCharacters = 4096;

// `text`, cut to what a label can show (never inside a surrogate pair); shares the data when it is
// short enough, as it almost always is.
inline QString shownText(const QString &text)
{
    if (text.size() <= MaxLabelCharacters)
        return text;
    qsizetype n = MaxLabelCharacters;
    if (text.at(n - 1).isHighSurrogate())
        --n;
    return text.left(n);
}

} // namespace Anchorline::Views
