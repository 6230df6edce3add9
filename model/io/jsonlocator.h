#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

namespace Anchorline::Model {

// Finds where values start in JSON text, by RFC 6901 pointer. Used only to put line:column on
// errors, so it runs once per failed load and only collects the pointers asked for.
QHash<QString, qsizetype> locateJsonPointers(const QByteArray &json, qsizetype begin,
                                             const QSet<QString> &pointers);

} // namespace Anchorline::Model
