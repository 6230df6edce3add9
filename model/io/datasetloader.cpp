#include "io/datasetloader.h"

#include "core/backgroundpool.h"
#include "io/datasetreader.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>

namespace Anchorline::Model {

// Shared with the worker, so it outlives the loader if it must.
struct DatasetLoader::State
{
    std::atomic<qint64> progress{0};
    std::atomic<bool> cancel{false};
    std::atomic<bool> preparing{false};
    qint64 total = 0;
    Preparations preparations; // the worker's until it finishes
};

bool DatasetLoader::loadsSynchronously(const QString &path)
{
    return QFileInfo(path).size() < synchronousLimit;
}

DatasetLoader::DatasetLoader(QObject *parent)
    : QObject(parent)
    , m_state(std::make_shared<State>())
{
    connect(&m_watcher, &QFutureWatcher<LoadResult>::finished, this, [this] {
        m_result = m_watcher.future().takeResult();
        m_prepared = m_result.ok() ? std::move(m_state->preparations) : Preparations();
        m_running = false;
        m_state->progress.store(m_state->total);
        emit finished(m_result);
    });
}

DatasetLoader::~DatasetLoader()
{
    m_state->cancel.store(true);
    m_watcher.disconnect(this);
    // Only while running: after takeResult() the watcher's future is no longer valid.
    if (m_running)
        m_watcher.waitForFinished();
}

void DatasetLoader::start(const QString &path, const ReadOptions &options,
                          Preparations preparations)
{
    if (m_running)
        return;
    m_running = true;
    m_result = {};
    m_prepared = {};
    m_state = std::make_shared<State>();
    m_state->total = std::max<qint64>(1, QFileInfo(path).size());
    m_state->preparations = std::move(preparations);
    std::shared_ptr<State> state = m_state;
    ReadOptions readOptions = options;
    m_watcher.setFuture(QtConcurrent::run(backgroundPool(), [state, path, readOptions]() mutable {
        readOptions.progress = &state->progress;
        readOptions.cancel = &state->cancel;
        readOptions.contentHash = &state->preparations.contentHash;
        LoadResult result;
        if (!state->cancel.load())
            result = DatasetReader::readFile(path, readOptions);
        if (result.ok() && result.dataset && !state->cancel.load()) {
            state->preparing.store(true);
            state->preparations.run(*result.dataset, &state->cancel);
        }
        if (state->cancel.load()) {
            // Cancelled late (say while validating): the result is dropped all the same.
            result = {};
            result.errors.push_back(
                LoadError{path, QString(), 0, 0, DatasetReader::cancelledMessage()});
        }
        return result;
    }));
}

void DatasetLoader::cancel()
{
    m_state->cancel.store(true);
}

bool DatasetLoader::isRunning() const
{
    return m_running;
}

double DatasetLoader::progress() const
{
    const double read = std::clamp(
        double(m_state->progress.load()) / double(std::max<qint64>(1, m_state->total)), 0.0, 1.0);
    // Jobs are counted before the worker starts and not changed while it runs.
    const int jobs = m_running ? m_state->preparations.jobCount() : 0;
    if (jobs == 0)
        return read;
    // Reading is most of the work; the preparations take the rest.
    constexpr double readShare = 0.7;
    return readShare * read +
           (1.0 - readShare) * double(m_state->preparations.jobsDone()) / double(jobs);
}

bool DatasetLoader::isPreparing() const
{
    return m_running && m_state->preparing.load();
}

Preparations DatasetLoader::takePreparations()
{
    return std::move(m_prepared);
}

qint64 DatasetLoader::totalBytes() const
{
    return m_state->total;
}

LoadResult DatasetLoader::takeResult()
{
    return std::move(m_result);
}

} // namespace Anchorline::Model
