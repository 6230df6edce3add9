#pragma once

#include "dataset.h"

#include <QByteArray>
#include <QString>
#include <atomic>
#include <optional>
#include <vector>

namespace Anchorline::Model {

// One problem found in a file: where (file, JSON pointer, line:column) and what.
struct LoadError
{
    QString file;
    QString pointer; // RFC 6901 JSON pointer, "" for the whole document
    int line = 0;    // 1-based; 0 when unknown
    int column = 0;  // 1-based, in characters; 0 when unknown
    QString message; // says what was expected and what was found

    // "file:line:col: /pointer: message", the form `anchorline validate` prints.
    QString toString() const;
};

struct LoadResult
{
    std::optional<Dataset> dataset; // set by the reader only when there are no errors
    std::vector<LoadError> errors;
    bool truncated = false; // more errors existed than the cap

    bool ok() const { return errors.empty(); }
    // All errors, one per line, as `anchorline validate` prints them.
    QString errorText() const;
};

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

// Semantic checks over a dataset (duplicate ids, dangling references, dates, vocabularies).
// The reader runs them; editing code can run them again.
std::vector<LoadError> validateDataset(const Dataset &dataset, const QString &fileName);

struct SaveResult
{
    bool ok = false;
    QString error; // why the save failed; the old file is untouched then
};

// Writes the canonical form described in docs/format.md.
class DatasetWriter final
{
public:
    static QByteArray toBytes(const Dataset &dataset);
    // Atomic: QSaveFile, so a failed or interrupted save leaves the old file as it was. When a
    // regular file is replaced, its previous version is kept as backupPath(path) ("FILE~"),
    // written only once the new version is in place.
    static SaveResult writeFile(const Dataset &dataset, const QString &path);
    static QString backupPath(const QString &path);
    // A save killed between QSaveFile's write and its commit can leave the temporary file
    // ("FILE.XXXXXX") beside FILE on file systems without unnamed temporary files. Removes those
    // that are at least minimumAgeSeconds old and hold nothing that would otherwise be lost: an
    // incomplete dataset, or a copy of FILE or FILE~. Returns the names removed. writeFile calls
    // it before each save.
    static QStringList removeStaleTemporaries(const QString &path, int minimumAgeSeconds = 60);
};

} // namespace Anchorline::Model
