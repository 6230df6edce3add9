#pragma once

#include "core/dataset.h"

#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace Anchorline::Model {

// How a source's text was found in the library, from most to least certain.
enum class SourceMatch : std::uint8_t { None, Fingerprint, FileName, Title };
QString sourceMatchName(SourceMatch match); // "none", "fingerprint", "file name", "title"

// One readable text file of the library.
struct LibraryFile
{
    QString path;        // as found: directory + relative path
    QString relative;    // relative to the scanned directory, '/'-separated
    QString fingerprint; // "sha256:<hex>" of the normalised text
    QString text;        // plain text with LF line endings (readSourceText)
    QString head;        // normalised, case-folded start of the text, for title matching
};

// The text found for one Source.
struct SourceText
{
    QString sourceId;
    QString path; // empty when nothing matched
    SourceMatch match = SourceMatch::None;
    QString text;

    bool found() const { return match != SourceMatch::None; }
};

// A folder of source texts (.txt, .md, .html, .htm) matched to a dataset's sources: by
// fingerprint first, else by the source's `file` name, else by its title appearing near the
// start of the text. Files are read once, when added.
class SourceLibrary final
{
public:
    SourceLibrary() = default;

    // Adds the text files directly in `directory` and in its immediate subdirectories, in
    // sorted order. Returns false (and sets *error) only when the directory cannot be listed;
    // unreadable files are skipped and listed in problems().
    bool scan(const QString &directory, QString *error = nullptr);
    // Adds one file, whatever its location; `relative` defaults to its file name.
    bool addFile(const QString &path, const QString &relative = {});

    const std::vector<LibraryFile> &files() const { return m_files; }
    const QStringList &problems() const { return m_problems; }

    SourceText match(const Source &source) const;
    // One entry per source of the dataset, in its order.
    std::vector<SourceText> matchAll(const Dataset &dataset) const;

    // Text files the library reads, by suffix.
    static bool isTextFile(const QString &fileName);

private:
    std::vector<LibraryFile> m_files;
    QStringList m_problems;
};

// The id of the source a single text file belongs to: the first whose fingerprint is the text's
// or whose `file` is the file's name; empty when none is. (A library folder matches more
// loosely, by title too: SourceLibrary::match.)
QString sourceIdForText(const Dataset &dataset, const QString &fingerprint,
                        const QString &fileName);

} // namespace Anchorline::Model
