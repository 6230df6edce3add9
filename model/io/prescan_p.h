#pragma once

// Internal to the reader (datasetreader.cpp, savebackups.cpp): checks on the raw bytes of a file.

#include <QByteArray>
#include <QString>

namespace Anchorline::Model::Detail {

// One pass over the raw bytes before parsing: valid UTF-8 (with the offset of the first bad
// byte) and nesting depth, so a hostile file is refused before a DOM is built for it.
bool prescan(const QByteArray &bytes, qsizetype begin, int maxDepth, qsizetype &badOffset,
             QString &message);

// 1-based line and column (in characters) of a byte offset.
void lineColumn(const QByteArray &bytes, qsizetype offset, int &line, int &column);

} // namespace Anchorline::Model::Detail
