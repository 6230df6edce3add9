#pragma once

#include "core/dataset.h"

#include <QString>
#include <optional>
#include <vector>

namespace Anchorline::Model {

// One problem found in a file: where (file, JSON pointer, line:column) and what.
struct LoadError
{
    QString file;
    QString pointer; // RFC 6901 JSON pointer, "" for the whole document
    int line = 0;    // 1-based; 0 when unknown
    int column = 0;  // 1-based, in characters; 0 when unknown
    QString message; // says what was expected and what was found

    // "file:line:col: /pointer: message", the form `anchorline validate` prints.
    QString toString() const;
    // "file:line:col: warning: /pointer: message", for a problem the reader worked around.
    QString toWarningString() const;
};

struct LoadResult
{
    std::optional<Dataset> dataset; // set by the reader only when there are no errors
    std::vector<LoadError> errors;
    // What the reader filled in with a default (a minimal file from another tool: an actor
    // without "color", an event without "kind"); the dataset is still read.
    std::vector<LoadError> warnings;
    bool truncated = false; // more errors existed than the cap

    bool ok() const { return errors.empty(); }
    // All errors, one per line, as `anchorline validate` prints them.
    QString errorText() const;
    // All warnings, one "warning:" line each.
    QString warningText() const;
};

} // namespace Anchorline::Model
