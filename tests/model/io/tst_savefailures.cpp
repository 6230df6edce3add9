#include "document/document.h"
#include "io/datasetwriter.h"
#include "io/savebackups.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Anchorline::Model;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isRoot()
{
    return ::geteuid() == 0;
}

// Mounts a small tmpfs (root only, where the container allows it); false when it cannot.
bool mountTmpfs(const QString &where, const QString &options)
{
    if (!isRoot())
        return false;
    return QProcess::execute(QStringLiteral("mount"),
                             {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                              options, QStringLiteral("tmpfs"), where}) == 0;
}

void unmount(const QString &where)
{
    QProcess::execute(QStringLiteral("umount"), {where});
}

Dataset bigDataset(int events)
{
    Dataset d = Anchorline::Testing::smallDataset();
    for (int i = 0; i < events; ++i) {
        Event e = d.events.front();
        e.id = QStringLiteral("ev-%1").arg(i);
        e.summary = QString(200, QLatin1Char('x'));
        d.events.push_back(std::move(e));
    }
    return d;
}

} // namespace

// A failed save keeps the old file and the data in memory, and says why; a good save keeps
// one backup of the previous version.
class TestSaveFailures final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void secondSave_keepsThePreviousVersionAsBackup();
    void firstSave_writesNoBackup();
    void saveAfterTheFileWasRemoved_recreatesItWithoutBackup();
    void saveOntoAFolder_failsAndSaysWhy();
    void saveIntoARemovedFolder_failsAndSaysWhy();
    void saveOntoAFifo_isRefusedWithoutTouchingIt();
    void saveIntoAReadOnlyFolder_failsAndKeepsTheOldFile();
    void saveOntoAReadOnlyFile_failsAndKeepsIt();
    void saveWithFileSizeLimit_failsAndKeepsOldFileAndBackup();
    void saveOntoAFullDisk_failsAndKeepsOldFileAndBackup();
    void saveThroughASymlink_keepsTheLinkAndBacksUpTheTarget();
    void failedDocumentSave_keepsTheDataModified();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    Dataset m_v1;
    Dataset m_v2;
};

void TestSaveFailures::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_v1 = Anchorline::Testing::smallDataset();
    m_v2 = m_v1;
    m_v2.title = QStringLiteral("Second version");
}

void TestSaveFailures::secondSave_keepsThePreviousVersionAsBackup()
{
    // Given a file saved twice
    const QString path = m_dir->filePath(QStringLiteral("a.anchorline.json"));
    QVERIFY(DatasetWriter::writeFile(m_v1, path).ok);
    QVERIFY(DatasetWriter::writeFile(m_v2, path).ok);
    // Then the file is the new version and FILE~ the previous one
    QCOMPARE(readAll(path), DatasetWriter::toBytes(m_v2));
    QCOMPARE(SaveBackups::backupPath(path), path + QLatin1Char('~'));
    QCOMPARE(readAll(path + QLatin1Char('~')), DatasetWriter::toBytes(m_v1));
    // When saved a third time, the backup moves on by one version, and only one is kept
    Dataset v3 = m_v2;
    v3.title = QStringLiteral("Third");
    QVERIFY(DatasetWriter::writeFile(v3, path).ok);
    QCOMPARE(readAll(path + QLatin1Char('~')), DatasetWriter::toBytes(m_v2));
    const QStringList left = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(left, QStringList({QStringLiteral("a.anchorline.json"),
                                QStringLiteral("a.anchorline.json~")}));
}

void TestSaveFailures::firstSave_writesNoBackup()
{
    const QString path = m_dir->filePath(QStringLiteral("new.anchorline.json"));
    QVERIFY(DatasetWriter::writeFile(m_v1, path).ok);
    QVERIFY(!QFile::exists(path + QLatin1Char('~')));
}

void TestSaveFailures::saveAfterTheFileWasRemoved_recreatesItWithoutBackup()
{
    const QString path = m_dir->filePath(QStringLiteral("a.anchorline.json"));
    QVERIFY(DatasetWriter::writeFile(m_v1, path).ok);
    QVERIFY(QFile::remove(path));
    const SaveResult result = DatasetWriter::writeFile(m_v2, path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(readAll(path), DatasetWriter::toBytes(m_v2));
    QVERIFY(!QFile::exists(path + QLatin1Char('~')));
}

void TestSaveFailures::saveOntoAFolder_failsAndSaysWhy()
{
    const QString path = m_dir->filePath(QStringLiteral("folder.anchorline.json"));
    QVERIFY(QDir().mkpath(path));
    const SaveResult result = DatasetWriter::writeFile(m_v1, path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("folder")), qPrintable(result.error));
    QVERIFY(result.error.contains(QStringLiteral("not changed")));
    QVERIFY(QFileInfo(path).isDir());
}

void TestSaveFailures::saveIntoARemovedFolder_failsAndSaysWhy()
{
    const QString folder = m_dir->filePath(QStringLiteral("gone"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/a.anchorline.json");
    QVERIFY(DatasetWriter::writeFile(m_v1, path).ok);
    QVERIFY(QDir(folder).removeRecursively());
    const SaveResult result = DatasetWriter::writeFile(m_v2, path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("does not exist")), qPrintable(result.error));
}

void TestSaveFailures::saveOntoAFifo_isRefusedWithoutTouchingIt()
{
    // QSaveFile alone would rename a regular file over it (as root even over /dev/full).
    const QString path = m_dir->filePath(QStringLiteral("pipe.anchorline.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    const SaveResult result = DatasetWriter::writeFile(m_v1, path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("not a regular file")), qPrintable(result.error));
    struct stat status = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
    QVERIFY(S_ISFIFO(status.st_mode));
}

void TestSaveFailures::saveIntoAReadOnlyFolder_failsAndKeepsTheOldFile()
{
    const QString folder = m_dir->filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/a.anchorline.json");
    bool mounted = false;
    auto restore = qScopeGuard([&] {
        if (mounted)
            unmount(folder);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    if (isRoot()) {
        // Permissions do not stop root: a read-only file system does. Put the old file on a
        // tmpfs, then remount it read-only.
        if (!mountTmpfs(folder, QStringLiteral("size=1m")))
            QSKIP("root without permission to mount a read-only tmpfs");
        mounted = true;
        QVERIFY(DatasetWriter::writeFile(m_v1, path).ok);
        QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                                   {QStringLiteral("-o"), QStringLiteral("remount,ro"), folder}),
                 0);
    } else {
        QVERIFY(DatasetWriter::writeFile(m_v1, path).ok);
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    }
    const SaveResult result = DatasetWriter::writeFile(m_v2, path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("read-only")) ||
                 result.error.contains(QStringLiteral("ermission")),
             qPrintable(result.error));
    QCOMPARE(readAll(path), DatasetWriter::toBytes(m_v1));
}

void TestSaveFailures::saveOntoAReadOnlyFile_failsAndKeepsIt()
{
    if (isRoot())
        QSKIP("root may write read-only files");
    const QString path = m_dir->filePath(QStringLiteral("a.anchorline.json"));
    QVERIFY(DatasetWriter::writeFile(m_v1, path).ok);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    const SaveResult result = DatasetWriter::writeFile(m_v2, path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("read-only")), qPrintable(result.error));
    QCOMPARE(readAll(path), DatasetWriter::toBytes(m_v1));
}

void TestSaveFailures::saveWithFileSizeLimit_failsAndKeepsOldFileAndBackup()
{
    // Given a file with a backup, and a process limited to 64 KiB files (EFBIG, as a full
    // disk gives ENOSPC: writes fail part way)
    const QString path = m_dir->filePath(QStringLiteral("a.anchorline.json"));
    QVERIFY(DatasetWriter::writeFile(m_v1, path).ok);
    QVERIFY(DatasetWriter::writeFile(m_v2, path).ok);
    const QByteArray before = readAll(path);
    const QByteArray backupBefore = readAll(path + QLatin1Char('~'));
    const Dataset big = bigDataset(2000);
    QVERIFY(DatasetWriter::toBytes(big).size() > 64 * 1024);

    rlimit old = {};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = old;
    limited.rlim_cur = 64 * 1024;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);
    const SaveResult result = DatasetWriter::writeFile(big, path);
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);

    // Then the save fails with the reason, and nothing on disk changed, no temporary is left
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("too large")) ||
                 result.error.contains(QStringLiteral("full")),
             qPrintable(result.error));
    QCOMPARE(readAll(path), before);
    QCOMPARE(readAll(path + QLatin1Char('~')), backupBefore);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestSaveFailures::saveOntoAFullDisk_failsAndKeepsOldFileAndBackup()
{
    // A real ENOSPC: a 256 KiB tmpfs (root only).
    const QString folder = m_dir->filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(folder));
    if (!mountTmpfs(folder, QStringLiteral("size=256k")))
        QSKIP("needs root with permission to mount a tmpfs");
    auto restore = qScopeGuard([&] { unmount(folder); });
    const QString path = folder + QStringLiteral("/a.anchorline.json");
    QVERIFY(DatasetWriter::writeFile(m_v1, path).ok);
    QVERIFY(DatasetWriter::writeFile(m_v2, path).ok);
    const SaveResult result = DatasetWriter::writeFile(bigDataset(3000), path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("space")) ||
                 result.error.contains(QStringLiteral("full")),
             qPrintable(result.error));
    QCOMPARE(readAll(path), DatasetWriter::toBytes(m_v2));
    QCOMPARE(readAll(path + QLatin1Char('~')), DatasetWriter::toBytes(m_v1));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestSaveFailures::saveThroughASymlink_keepsTheLinkAndBacksUpTheTarget()
{
    const QString target = m_dir->filePath(QStringLiteral("real.anchorline.json"));
    const QString link = m_dir->filePath(QStringLiteral("link.anchorline.json"));
    QVERIFY(DatasetWriter::writeFile(m_v1, target).ok);
    QVERIFY(QFile::link(target, link));
    QVERIFY(DatasetWriter::writeFile(m_v2, link).ok);
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(readAll(target), DatasetWriter::toBytes(m_v2));
    QCOMPARE(readAll(target + QLatin1Char('~')), DatasetWriter::toBytes(m_v1));
}

void TestSaveFailures::failedDocumentSave_keepsTheDataModified()
{
    // Given an edited document whose folder has gone
    const QString folder = m_dir->filePath(QStringLiteral("gone"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/a.anchorline.json");
    QVERIFY(DatasetWriter::writeFile(m_v1, path).ok);
    Document document;
    QVERIFY(document.load(path).ok());
    QVERIFY(document.setEventField(0, EventField::Title, QStringLiteral("Edited")));
    QVERIFY(QDir(folder).removeRecursively());
    // When it is saved
    const SaveResult result = document.saveAs(path);
    // Then the save fails, the edit is still there and still unsaved
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(document.isModified());
    QCOMPARE(document.dataset().events[0].title, QStringLiteral("Edited"));
    QCOMPARE(document.filePath(), path);
}

QTEST_GUILESS_MAIN(TestSaveFailures)
#include "tst_savefailures.moc"
