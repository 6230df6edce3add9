#pragma once

class QLabel;
class QWidget;

// The labels of the editing forms: text from the user or a file shown as plain text only, and
// a message turned red when it reports an error.
namespace Anchorline::Views::FormLabels {

// A word-wrapped, selectable label that never interprets its text as rich text.
QLabel *plain(QWidget *parent);
// Red text on the palette's base, readable in light and dark themes; false restores the colour.
void setError(QLabel *label, bool error);

} // namespace Anchorline::Views::FormLabels
