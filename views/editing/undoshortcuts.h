#pragma once

#include <QKeySequence>
#include <QList>

namespace Anchorline::Views {

// The keys of Redo: the platform's own, then Ctrl+Shift+Z where the platform has not already
// bound it (on Linux it has). Each sequence once: the same sequence twice on one action is an
// ambiguous shortcut to Qt, and then the key does nothing at all.
QList<QKeySequence> redoShortcuts();

} // namespace Anchorline::Views
