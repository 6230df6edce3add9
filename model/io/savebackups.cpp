#include "io/savebackups.h"

#include "io/datasetreader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cerrno>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Anchorline::Model {

// The previous version of a saved file is kept as "FILE~". It is linked (or copied) under a
// hidden temporary name before the new version is committed, because QSaveFile's rename drops
// the old inode, and it takes the backup name only after the new version is in place: a failed
// save never touches the last good backup.
static QString pendingBackupPrefix(const QString &target)
{
    const QFileInfo info(target);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral("~.");
}

// Only regular files get a backup: never a device (/dev/full), a FIFO or a folder.
bool SaveBackups::isRegularFile(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 && S_ISREG(status.st_mode);
#else
    return QFileInfo(path).isFile();
#endif
}

QString SaveBackups::preserve(const QString &target)
{
    if (!isRegularFile(target))
        return {};
    const QString prefix = pendingBackupPrefix(target);
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString name = prefix + QString::number(QRandomGenerator::global()->generate64(), 36);
        if (QFileInfo::exists(name))
            continue;
#ifdef Q_OS_UNIX
        if (::link(QFile::encodeName(target).constData(), QFile::encodeName(name).constData()) == 0)
            return name;
        if (errno == EEXIST)
            continue;
#endif
        // No hard links here (e.g. FAT, some network file systems): copy instead.
        return QFile::copy(target, name) ? name : QString();
    }
    return {};
}

// Pending backups left behind by a save that was killed between link and rename.
void SaveBackups::removeStalePending(const QString &target)
{
    const QFileInfo info(target);
    const QDir folder(info.absolutePath());
    const QString pattern = QStringLiteral(".") + info.fileName() + QStringLiteral("~.*");
    for (const QString &name : folder.entryList({pattern}, QDir::Files | QDir::Hidden))
        QFile::remove(folder.filePath(name));
}

// QSaveFile's temporary name: the final name, a dot and six random letters.
static bool looksLikeSaveTemporary(const QString &finalName, const QString &name)
{
    if (name.size() != finalName.size() + 7 || !name.startsWith(finalName) ||
        name.at(finalName.size()) != QLatin1Char('.'))
        return false;
    for (qsizetype i = finalName.size() + 1; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
              (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))))
            return false;
    }
    return true;
}

static QByteArray readWhole(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList SaveBackups::removeStaleTemporaries(const QString &path, int minimumAgeSeconds)
{
    QStringList removed;
    const QFileInfo info(path);
    const QString target = info.isSymLink() ? info.symLinkTarget() : info.absoluteFilePath();
    const QFileInfo targetInfo(target);
    const QDir folder(targetInfo.absolutePath());
    const QString finalName = targetInfo.fileName();
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-minimumAgeSeconds);
    // Only what a dataset writer produces: the canonical output always starts like this.
    static const QByteArray header = QByteArrayLiteral("{\n  \"format\": \"anchorline\"");
    const QStringList candidates =
        folder.entryList({finalName + QStringLiteral(".??????")}, QDir::Files | QDir::Hidden);
    QByteArray current;
    QByteArray backup;
    bool comparedLoaded = false;
    for (const QString &name : candidates) {
        if (!looksLikeSaveTemporary(finalName, name))
            continue;
        const QString candidate = folder.filePath(name);
        const QFileInfo candidateInfo(candidate);
        // A save in progress (this or another instance) keeps its temporary fresh.
        if (candidateInfo.isSymLink() || !isRegularFile(candidate) ||
            candidateInfo.lastModified().toUTC() > cutoff)
            continue;
        const QByteArray bytes = readWhole(candidate);
        if (!bytes.startsWith(header))
            continue; // not ours: leave it alone
        bool redundant = !DatasetReader::readBytes(bytes, candidate).ok();
        if (!redundant) {
            if (!comparedLoaded) {
                current = readWhole(target);
                backup = readWhole(backupPath(target));
                comparedLoaded = true;
            }
            redundant = bytes == current || bytes == backup;
        }
        // A complete version that exists nowhere else is kept: it may be the only copy.
        if (redundant && QFile::remove(candidate))
            removed.append(candidate);
    }
    return removed;
}

QString SaveBackups::backupPath(const QString &path)
{
    return path + QLatin1Char('~');
}

} // namespace Anchorline::Model
