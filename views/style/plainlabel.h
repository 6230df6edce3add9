#pragma once

#include <QString>

class QLabel;

namespace Anchorline::Views {

// A label for text from a data file: plain text (never HTML), wrapped, selectable by mouse and
// keyboard (so keyboard users can tab to it), top-left aligned. A long unbreakable word (a
// fingerprint, a URL) is clipped rather than widening the panel.
QLabel *plainLabel(const QString &text, const QString &objectName = {});

// A tooltip for text from a data file: Qt shows tooltips that look like HTML as rich text, so the
// text goes in escaped (and wraps at word boundaries).
QString plainToolTip(const QString &text);

} // namespace Anchorline::Views
