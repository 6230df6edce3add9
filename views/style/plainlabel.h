#pragma once

#include <QString>

class QLabel;

namespace Anchorline::Views {

// A label for text from a data file: plain text (never HTML), wrapped, selectable by mouse and
// keyboard (so keyboard users can tab to it), top-left aligned. A long unbreakable word (a
// fingerprint, a URL) is clipped rather than widening the panel.
QLabel *plainLabel(const QString &text, const QString &objectName = {});

} // namespace Anchorline::Views
