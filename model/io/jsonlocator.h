#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <vector>

namespace Anchorline::Model {

// Finds where values start in JSON text, by RFC 6901 pointer. Used only to put line:column on
// errors, so it runs once per failed load and only collects the pointers asked for.
QHash<QString, qsizetype> locateJsonPointers(const QByteArray &json, qsizetype begin,
                                             const QSet<QString> &pointers);

// A key that occurs twice in one JSON object: a JSON parser keeps only the last value, so a merge
// gone wrong (a second "events": []) would lose data without a word.
struct DuplicateKey
{
    QString pointer;  // RFC 6901 pointer of the member ("/events")
    qsizetype first;  // byte offset of the first occurrence of the key
    qsizetype second; // byte offset of the repeated key
};

// Every repeated key, in the order they occur. One pass over the text with a set of keys per open
// object; the reader runs it only when it builds a DOM (the streaming reader falls back to the DOM
// reader on a repeated key).
std::vector<DuplicateKey> findDuplicateKeys(const QByteArray &json, qsizetype begin);

} // namespace Anchorline::Model
