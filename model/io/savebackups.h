#pragma once

#include <QString>
#include <QStringList>

namespace Anchorline::Model {

// The previous version of a saved file ("FILE~") and the debris a killed save can leave: how
// DatasetWriter::writeFile keeps the last good version whatever happens during a save.
class SaveBackups final
{
public:
    static QString backupPath(const QString &path);
    // Links (or copies) `target` under a hidden pending name before the new version is
    // committed; returns that name, or "" when `target` is not a regular file.
    static QString preserve(const QString &target);
    // Pending backups left behind by a save that was killed between link and rename.
    static void removeStalePending(const QString &target);
    // A save killed between QSaveFile's write and its commit can leave the temporary file
    // ("FILE.XXXXXX") beside FILE on file systems without unnamed temporary files. Removes those
    // that are at least minimumAgeSeconds old and hold nothing that would otherwise be lost: an
    // incomplete dataset, or a copy of FILE or FILE~. Returns the names removed. writeFile calls
    // it before each save.
    static QStringList removeStaleTemporaries(const QString &path, int minimumAgeSeconds = 60);
    // Only regular files get a backup or are replaced: never a device (/dev/full), a FIFO or a
    // folder.
    static bool isRegularFile(const QString &path);
};

} // namespace Anchorline::Model
