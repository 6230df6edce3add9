#include "io/datasetreader.h"
#include "io/datasetwriter.h"
#include "testdata.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace Anchorline::Model;

namespace {

constexpr auto childArgument = "--save-forever";

#if defined(__SANITIZE_ADDRESS__)
constexpr int eventCount = 6000; // the sanitizer build is several times slower
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr int eventCount = 6000;
#else
constexpr int eventCount = 36000;
#endif
#else
constexpr int eventCount = 36000;
#endif

// About 20 MB in the canonical form (3 MB under the sanitizers); `version` changes the title so the
// two differ.
Dataset largeDataset(int version)
{
    Dataset d = Anchorline::Testing::smallDataset();
    d.title = QStringLiteral("Version %1").arg(version);
    const Event model = d.events[3];
    d.events.reserve(d.events.size() + eventCount);
    for (int i = 0; i < eventCount; ++i) {
        Event e = model;
        e.id = QStringLiteral("ev-generated-%1").arg(i);
        e.title = QStringLiteral("Generated event number %1").arg(i);
        e.summary =
            QStringLiteral("A summary long enough to make the file large: %1 ").arg(i).repeated(5);
        d.events.push_back(std::move(e));
    }
    return d;
}

QByteArray hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QByteArray hashOfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

// The child: saves the two versions in turn until it is killed.
int saveForever(const QString &path)
{
    const Dataset versions[] = {largeDataset(1), largeDataset(2)};
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (int i = 1;; ++i) {
        const SaveResult result = DatasetWriter::writeFile(versions[i % 2], path);
        if (!result.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error));
            return 1;
        }
    }
}

} // namespace

// A save killed at any instant leaves either the old or the new file, never a mix, and the file
// always loads. docs/architecture.md §7.
class TestCrashSave final : public QObject
{
    Q_OBJECT

private slots:
    void killedWhileSaving_leavesTheOldOrTheNewFile();
};

void TestCrashSave::killedWhileSaving_leavesTheOldOrTheNewFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("large.anchorline.json"));
    const QByteArray one = DatasetWriter::toBytes(largeDataset(1));
    const QByteArray two = DatasetWriter::toBytes(largeDataset(2));
    QVERIFY2(one.size() > eventCount * 500, qPrintable(QString::number(one.size())));
    qInfo("file size: %.1f MB", double(one.size()) / (1024 * 1024));
    QVERIFY(DatasetReader::readBytes(one, path).ok());
    QVERIFY(DatasetReader::readBytes(two, path).ok());
    const QByteArray hashes[] = {hashOf(one), hashOf(two)};
    QVERIFY(DatasetWriter::writeFile(largeDataset(1), path).ok);

    QElapsedTimer total;
    total.start();
    int kills = 0;
    int loads = 0;
    QSet<int> seen; // which version each kill left
    // About 16 s of kills, but at least 12 of them however slow a loaded machine starts the
    // children (a wall-clock budget alone let a busy CI machine fall short).
    while (kills < 40 && (total.elapsed() < 16000 || (kills < 12 && total.elapsed() < 120000))) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QLatin1String(childArgument), path});
        QVERIFY(child.waitForStarted());
        QVERIFY2(child.waitForReadyRead(20000), qPrintable(child.readAllStandardError()));
        QCOMPARE(child.readLine().trimmed(), QByteArray("ready"));
        // Somewhere in a save: serialising, writing, syncing, renaming, linking the backup
        QTest::qSleep(int(QRandomGenerator::global()->bounded(20, 600)));
        QCOMPARE(child.state(), QProcess::Running); // it did not fail on its own
        child.kill();                               // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        ++kills;

        const QByteArray onDisk = hashOfFile(path);
        const int version = onDisk == hashes[0] ? 1 : onDisk == hashes[1] ? 2 : 0;
        QVERIFY2(version != 0, qPrintable(QStringLiteral("after kill %1 the file is neither "
                                                         "the old nor the new version")
                                              .arg(kills)));
        seen.insert(version);
        // The backup, when there is one, is a whole version too
        if (QFile::exists(path + QLatin1Char('~'))) {
            const QByteArray backup = hashOfFile(path + QLatin1Char('~'));
            QVERIFY(backup == hashes[0] || backup == hashes[1]);
        }
        if (kills % 8 == 1) { // a full load now and then (the bytes already match a good file)
            const LoadResult loaded = DatasetReader::readFile(path);
            QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
            ++loads;
        }
    }
    qInfo("%d kills, %d full loads, versions seen: %d, %lld ms", kills, loads, int(seen.size()),
          total.elapsed());
    QVERIFY(kills >= 10);
    // QSaveFile's temporaries from killed saves are all that may be left; never a partial FILE
    const QStringList names = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    QVERIFY(names.contains(QStringLiteral("large.anchorline.json")));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], childArgument) == 0)
        return saveForever(QString::fromLocal8Bit(argv[2]));
    TestCrashSave test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsave.moc"
