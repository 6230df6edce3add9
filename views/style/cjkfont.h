#pragma once

#include <QFont>
#include <QString>

namespace Anchorline::Views {

// The Noto CJK face (installed by ./dev, package fonts-noto-cjk) for text in `language`:
// Japanese gets "Noto Sans CJK JP", Korean KR, Traditional Chinese TC, other Chinese SC.
// Han characters are drawn differently in each, so the face follows the data language rather
// than whatever fontconfig finds first; any other language gets the Japanese face.
QString cjkFamilyFor(const QString &language);

// `font` with that face appended to its families: Latin text keeps its own face, Japanese
// labels get a CJK one with the same size and weight.
QFont withCjkFallback(QFont font, const QString &language);

} // namespace Anchorline::Views
