// DatasetLoader and loadWithProgress (issue 10): reading off the GUI thread with progress and
// cancel, errors passed on intact, and an event loop that keeps ticking while a large file loads.

#include "document/document.h"
#include "io/datasetloader.h"
#include "io/datasetreader.h"
#include "io/datasetwriter.h"
#include "loading/loadprogress.h"
#include "testdata.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Anchorline::Model;
using namespace Anchorline::Views;

class tst_DatasetLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void progressReachesOneAndTheDatasetArrives();
    void errorsArriveIntact();
    void cancelGivesOneCancelledError();
    void cancelInTheDialogLeavesTheDocumentUnchanged();
    void eventLoopKeepsTickingWhileLoading();
    void smallFilesLoadSynchronously();

private:
    QTemporaryDir m_dir;
    QString m_large; // over DatasetLoader::synchronousLimit
    int m_largeEvents = 0;
};

void tst_DatasetLoader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_largeEvents = 40000;
    const Dataset data = Anchorline::Testing::largeDataset(m_largeEvents);
    m_large = m_dir.filePath(QStringLiteral("large.anchorline.json"));
    QVERIFY(DatasetWriter::writeFile(data, m_large).ok);
    QVERIFY(QFileInfo(m_large).size() > DatasetLoader::synchronousLimit);
}

void tst_DatasetLoader::progressReachesOneAndTheDatasetArrives()
{
    DatasetLoader loader;
    QSignalSpy finished(&loader, &DatasetLoader::finished);
    double last = 0;
    bool monotonic = true;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        const double now = loader.progress();
        monotonic = monotonic && now >= last;
        last = now;
    });
    poll.start(5);
    loader.start(m_large);
    QVERIFY(loader.isRunning());
    QVERIFY(finished.wait(60000));
    QVERIFY(monotonic);
    QCOMPARE(loader.progress(), 1.0);
    QVERIFY(!loader.isRunning());
    const LoadResult result = loader.takeResult();
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(int(result.dataset->events.size()), m_largeEvents);
}

void tst_DatasetLoader::errorsArriveIntact()
{
    const QString path = QStringLiteral(ANCHORLINE_FIXTURES "/invalid/references.anchorline.json");
    const LoadResult expected = DatasetReader::readFile(path);
    QVERIFY(!expected.ok());
    DatasetLoader loader;
    QSignalSpy finished(&loader, &DatasetLoader::finished);
    loader.start(path);
    QVERIFY(finished.wait(30000));
    const LoadResult result = loader.takeResult();
    QCOMPARE(result.errorText(), expected.errorText());
    QVERIFY(!result.dataset);
}

void tst_DatasetLoader::cancelGivesOneCancelledError()
{
    DatasetLoader loader;
    QSignalSpy finished(&loader, &DatasetLoader::finished);
    loader.start(m_large);
    loader.cancel();
    QVERIFY(finished.wait(60000));
    const LoadResult result = loader.takeResult();
    QCOMPARE(int(result.errors.size()), 1);
    QCOMPARE(result.errors.front().message, DatasetReader::cancelledMessage());
    QVERIFY(!result.dataset);
}

void tst_DatasetLoader::cancelInTheDialogLeavesTheDocumentUnchanged()
{
    Document document;
    const QString small = QStringLiteral(ANCHORLINE_FIXTURES "/valid/full.anchorline.json");
    QVERIFY(loadWithProgress(document, small, nullptr));
    const QByteArray before = DatasetWriter::toBytes(document.dataset());
    const QString pathBefore = document.filePath();

    // Press Cancel as soon as the dialog shows.
    QTimer press;
    connect(&press, &QTimer::timeout, this, [&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QProgressDialog *>(widget);
            if (dialog && dialog->isVisible()) {
                if (auto *button = dialog->findChild<QPushButton *>())
                    button->click(); // as the user does
            }
        }
    });
    press.start(1);
    LoadResult result;
    QVERIFY(!loadWithProgress(document, m_large, nullptr, &result));
    press.stop();
    QCOMPARE(int(result.errors.size()), 1);
    QCOMPARE(result.errors.front().message, DatasetReader::cancelledMessage());
    QCOMPARE(DatasetWriter::toBytes(document.dataset()), before);
    QCOMPARE(document.filePath(), pathBefore);
}

void tst_DatasetLoader::eventLoopKeepsTickingWhileLoading()
{
    QElapsedTimer clock;
    qint64 lastTick = -1;
    qint64 maxGap = 0;
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        if (lastTick >= 0)
            maxGap = std::max(maxGap, now - lastTick);
        lastTick = now;
        ++ticks;
    });
    DatasetLoader loader;
    QSignalSpy finished(&loader, &DatasetLoader::finished);
    clock.start();
    ticker.start(10);
    loader.start(m_large);
    QVERIFY(finished.wait(60000));
    const qint64 loading = clock.elapsed();
    ticker.stop();
    LoadResult result = loader.takeResult();
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    qInfo("loading took %lld ms: %d ticks, longest gap %lld ms", qlonglong(loading), ticks,
          qlonglong(maxGap));
    // The parse runs on the worker while the GUI thread keeps turning: the timer fired during
    // the load. How long the longest gap is depends on the machine, so it is printed here and
    // measured by `anchorline-bench all` (open.100k.loading.longest-stall, target 50 ms).
    QVERIFY(ticks > 1);

    // Handing the dataset to the document is the one step left on the GUI thread.
    Document document;
    clock.restart();
    document.setDataset(std::move(*result.dataset), m_large);
    qInfo("Document::setDataset of %d events: %lld ms", m_largeEvents, qlonglong(clock.elapsed()));
}

void tst_DatasetLoader::smallFilesLoadSynchronously()
{
    const QString small = QStringLiteral(ANCHORLINE_FIXTURES "/valid/full.anchorline.json");
    QVERIFY(DatasetLoader::loadsSynchronously(small));
    QVERIFY(!DatasetLoader::loadsSynchronously(m_large));
    Document document;
    LoadResult result;
    QVERIFY(loadWithProgress(document, small, nullptr, &result));
    QVERIFY(result.ok());
    QCOMPARE(int(document.dataset().events.size()), 4);
    QCOMPARE(document.filePath(), small);
}

QTEST_MAIN(tst_DatasetLoader)
#include "tst_datasetloader.moc"
