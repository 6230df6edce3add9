#pragma once

#include "core/dataset.h"

#include <QString>

namespace Anchorline::Model {

// Names the user reads for values the file writes in English. The file keeps its keys; these
// are translated (contexts "Anchorline::Model::EventKind" and "Anchorline::Model::Assertion").
// The relation words are relationTypeForward() and relationTypeBackward() in core/dataset.h.

// An event kind: the kinds docs/format.md lists translated ("strategy-document": "strategy
// document", Japanese "戦略文書"), any other kind with spaces for its hyphens.
QString eventKindDisplayName(const QString &kind);
// An assertion: "attributed-view": "attributed view", Japanese "他者の見解".
QString assertionDisplayName(Assertion assertion);

} // namespace Anchorline::Model
