#pragma once

#include "core/dataset.h"
#include "io/loadresult.h"

#include <QByteArray>
#include <QString>
#include <atomic>

namespace Anchorline::Model {

struct ReadOptions
{
    // A million events of the benchmark's synthetic data take 367 MiB.
    qint64 maxFileSize = qint64(1024) * 1024 * 1024;
    int maxDepth = 64;
    int maxErrors = 200;
    // Optional, for reading on a worker thread: the reader stores how many bytes it has parsed
    // into `progress` now and then, and stops with the single error cancelledMessage() soon
    // after `cancel` becomes true. Both must outlive the read.
    std::atomic<qint64> *progress = nullptr;
    const std::atomic<bool> *cancel = nullptr;
    // Optional: receives the SHA-256 of the file's bytes (readFile only), hashed on another
    // thread while they are parsed; stays empty when the file cannot be read.
    QByteArray *contentHash = nullptr;
    // false: skip the streaming reader and always build the whole document as a DOM (slower;
    // for tests that compare the two readers).
    bool streaming = true;
};

// Reads *.anchorline.json. Never throws; never touches anything but its result.
class DatasetReader final
{
public:
    static LoadResult readFile(const QString &path, const ReadOptions &options = {});
    // `fileName` is only used in error messages.
    static LoadResult readBytes(const QByteArray &bytes, const QString &fileName,
                                const ReadOptions &options = {});
    // The message of the one error of a cancelled read: "cancelled".
    static QString cancelledMessage();
};

} // namespace Anchorline::Model
