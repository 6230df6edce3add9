#pragma once

#include "core/preparation.h"
#include "io/datasetreader.h"

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
//
// Given Document::preparations(), the worker also runs them on the dataset it read (and hashes
// the file's bytes) before finished(), so the document's setDataset() has little left to do:
//     document.setDataset(std::move(*result.dataset), path, loader.takePreparations());
class DatasetLoader final : public QObject
{
    Q_OBJECT

public:
    // Files smaller than this may be read synchronously on the GUI thread (docs/architecture.md
    // §6).
    static constexpr qint64 synchronousLimit = qint64(5) * 1024 * 1024;
    static bool loadsSynchronously(const QString &path);

    explicit DatasetLoader(QObject *parent = nullptr);
    // Cancels a running read and waits for the worker (it stops within one event).
    ~DatasetLoader() override;

    // Starts reading `path`; finished() follows, always asynchronously. Ignored while running.
    // After a successful read the worker runs `preparations` on the dataset.
    void start(const QString &path, const ReadOptions &options = {},
               Preparations preparations = {});
    void cancel();
    bool isRunning() const;

    // 0..1, 1 once finished: bytes parsed over the file's size, then the preparations.
    double progress() const;
    // True once the file is read and the preparations run.
    bool isPreparing() const;
    qint64 totalBytes() const;

    // The result after finished(); moves it out (the dataset is not copied).
    LoadResult takeResult();
    // The preparations after finished(), run on the dataset (with the file's content hash);
    // empty after a failed or cancelled read.
    Preparations takePreparations();

signals:
    // `result` is the reader's, untouched; or, after cancel(), one error with
    // DatasetReader::cancelledMessage(). Call takeResult() in the slot to keep the dataset.
    void finished(const Anchorline::Model::LoadResult &result);

private:
    struct State;
    std::shared_ptr<State> m_state;
    QFutureWatcher<LoadResult> m_watcher;
    LoadResult m_result;
    Preparations m_prepared;
    bool m_running = false;
};

} // namespace Anchorline::Model
