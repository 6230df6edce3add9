#pragma once

#include "datasetio.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <memory>

namespace Anchorline::Model {

// Reads a dataset file on a worker thread (QtConcurrent), with progress and cancel. The GUI
// thread only polls progress() and receives finished(); the document is never touched here.
//
//     loader.start(path);           // returns at once
//     ... progress() goes 0 → 1 ...
//     loader.cancel();              // optional: finished() then carries one "cancelled" error
//     finished(result) → takeResult() to move the dataset out without copying it
class DatasetLoader final : public QObject
{
    Q_OBJECT

public:
    // Files smaller than this may be read synchronously on the GUI thread (design.md §5).
    static constexpr qint64 synchronousLimit = qint64(5) * 1024 * 1024;
    static bool loadsSynchronously(const QString &path);

    explicit DatasetLoader(QObject *parent = nullptr);
    // Cancels a running read and waits for the worker (it stops within one event).
    ~DatasetLoader() override;

    // Starts reading `path`; finished() follows, always asynchronously. Ignored while running.
    void start(const QString &path, const ReadOptions &options = {});
    void cancel();
    bool isRunning() const;

    // Bytes parsed over the file's size, 0..1; 1 once finished.
    double progress() const;
    qint64 totalBytes() const;

    // The result after finished(); moves it out (the dataset is not copied).
    LoadResult takeResult();

signals:
    // `result` is the reader's, untouched; or, after cancel(), one error with
    // DatasetReader::cancelledMessage(). Call takeResult() in the slot to keep the dataset.
    void finished(const Anchorline::Model::LoadResult &result);

private:
    struct State;
    std::shared_ptr<State> m_state;
    QFutureWatcher<LoadResult> m_watcher;
    LoadResult m_result;
    bool m_running = false;
};

} // namespace Anchorline::Model
