#pragma once

#include "core/dataset.h"

#include <QByteArray>
#include <QString>

namespace Anchorline::Model {

struct SaveResult
{
    bool ok = false;
    QString error; // why the save failed; the old file is untouched then
};

// Writes the canonical form described in docs/format.md.
class DatasetWriter final
{
public:
    static QByteArray toBytes(const Dataset &dataset);
    // Atomic: QSaveFile, so a failed or interrupted save leaves the old file as it was. When a
    // regular file is replaced, its previous version is kept as SaveBackups::backupPath(path)
    // ("FILE~"), written only once the new version is in place.
    static SaveResult writeFile(const Dataset &dataset, const QString &path);
};

// Writes bytes already made (an export in another format) through QSaveFile, so that a failed
// write leaves any old file as it was. False, with QSaveFile's message in *error, on failure.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace Anchorline::Model
