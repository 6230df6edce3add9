#pragma once

#include "core/dataset.h"

#include <QColor>

// Colours that more than one view draws with, so that a relation looks the same in the
// timeline, the relation graph and every export.
namespace Anchorline::Views::Palette {

// The colour of a relation type: Paul Tol's "vivid" and "muted" schemes, distinguishable with
// common colour-vision deficiencies; "cites" is grey because it is the weakest link.
QColor relationColor(Model::RelationType type);

} // namespace Anchorline::Views::Palette
