#include "io/datasetwriter.h"
#include "io/savebackups.h"
#include "testdata.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline::Model;

namespace {

bool writeBytes(const QString &path, const QByteArray &bytes, int ageSeconds)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
        return false; // flushed first: a later flush would set the time to now again
    return file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-ageSeconds),
                            QFileDevice::FileModificationTime);
}

QStringList namesIn(const QString &folder)
{
    QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    names.sort();
    return names;
}

} // namespace

// On file systems without unnamed temporary files, a save killed before QSaveFile's commit
// leaves "FILE.XXXXXX" beside FILE. The next save removes such leftovers, but only those that
// hold nothing the user could lose.
class TestSaveCleanup final : public QObject
{
    Q_OBJECT

private slots:
    void save_removesStaleIncompleteTemporaries();
    void cleanup_keepsWhatCouldBeTheOnlyCopy();
    void cleanup_leavesOtherFilesAlone();
};

void TestSaveCleanup::save_removesStaleIncompleteTemporaries()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("study.anchorline.json"));
    const Dataset dataset = Anchorline::Testing::smallDataset();
    QVERIFY(DatasetWriter::writeFile(dataset, path).ok);
    const QByteArray bytes = DatasetWriter::toBytes(dataset);
    // Killed half-way through writing, ten minutes ago
    QVERIFY(writeBytes(path + QStringLiteral(".qWeRty"), bytes.left(bytes.size() / 2), 600));
    // Killed after writing but before the rename: a whole copy of what is now on disk
    QVERIFY(writeBytes(path + QStringLiteral(".AbCdEf"), bytes, 600));
    // Being written right now by another instance: too fresh to touch
    QVERIFY(writeBytes(path + QStringLiteral(".ZyXwVu"), bytes.left(40), 0));

    QVERIFY(DatasetWriter::writeFile(dataset, path).ok);
    QCOMPARE(namesIn(dir.path()), QStringList({QStringLiteral("study.anchorline.json"),
                                               QStringLiteral("study.anchorline.json.ZyXwVu"),
                                               QStringLiteral("study.anchorline.json~")}));
}

void TestSaveCleanup::cleanup_keepsWhatCouldBeTheOnlyCopy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("study.anchorline.json"));
    Dataset dataset = Anchorline::Testing::smallDataset();
    QVERIFY(DatasetWriter::writeFile(dataset, path).ok);
    // A complete version that differs from the file and from its backup
    dataset.title = QStringLiteral("A version that was never committed");
    const QString unique = path + QStringLiteral(".uNiQue");
    QVERIFY(writeBytes(unique, DatasetWriter::toBytes(dataset), 600));

    QCOMPARE(SaveBackups::removeStaleTemporaries(path), QStringList());
    QVERIFY(QFile::exists(unique));
}

void TestSaveCleanup::cleanup_leavesOtherFilesAlone()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("study.anchorline.json"));
    QVERIFY(DatasetWriter::writeFile(Anchorline::Testing::smallDataset(), path).ok);
    const QStringList others = {
        path + QStringLiteral(".backup"),  // the right shape, but not a dataset
        path + QStringLiteral(".abc123"),  // digits: not a QSaveFile name
        path + QStringLiteral(".abcdefg"), // seven letters
        dir.filePath(QStringLiteral("other.anchorline.json.AbCdEf")),
    };
    for (const QString &name : others)
        QVERIFY(writeBytes(name, QByteArrayLiteral("user's own notes"), 600));
    // A truncated dataset under a name that is not this file's temporary
    const QByteArray truncated =
        DatasetWriter::toBytes(Anchorline::Testing::smallDataset()).left(60);
    QVERIFY(writeBytes(path + QStringLiteral(".abc123"), truncated, 600));

    QCOMPARE(SaveBackups::removeStaleTemporaries(path), QStringList());
    for (const QString &name : others)
        QVERIFY2(QFile::exists(name), qPrintable(name));
}

QTEST_GUILESS_MAIN(TestSaveCleanup)

#include "tst_savecleanup.moc"
