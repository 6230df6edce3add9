#pragma once

#include "core/dataset.h"

#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace Anchorline::Model {

// How a source's text was found in the library, from most to least certain.
// Content (most of the source's quotes are in the text) and Title come before FileName: a file
// name is the weakest sign, since an edited copy may be saved under another source's name.
enum class SourceMatch : std::uint8_t { None, Fingerprint, Content, Title, FileName };
// "none", "fingerprint", "content", "title", "file name"
QString sourceMatchName(SourceMatch match);

// True when a text attached to a source places too few of its anchors to be that source's text:
// fewer than half of them (and at least one anchor to place).
bool looksUnlikeSource(int placed, int total);

// One readable text file of the library.
struct LibraryFile
{
    QString path;        // as found: directory + relative path
    QString relative;    // relative to the scanned directory, '/'-separated
    QString fingerprint; // "sha256:<hex>" of the normalised text
    QString text;        // plain text with LF line endings (readSourceText)
    QString head;        // normalised, case-folded start of the text, for title matching
    QString folded;      // the whole text normalised and case-folded, for quotes
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

// A folder of source texts (.txt, .md, .html, .htm, .pdf) matched to a dataset's sources: by
// fingerprint first, then by content (the text holds most of the source's quotes), then by the
// source's title near the start of the text, and by the source's `file` name last. Files are
// read once, when added.
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

    // `quotes`: the exact text of the source's anchors (quotesOf); without them, content is the
    // title alone.
    SourceText match(const Source &source, const QStringList &quotes = {}) const;
    // The exact quotes of every anchor that cites `sourceId`, in file order.
    static QStringList quotesOf(const Dataset &dataset, const QString &sourceId);
    // One entry per source of the dataset, in its order.
    std::vector<SourceText> matchAll(const Dataset &dataset) const;

    // Text files the library reads, by suffix.
    static bool isTextFile(const QString &fileName);

private:
    friend QString sourceIdForText(const Dataset &dataset, const QString &text,
                                   const QString &fileName);
    std::vector<LibraryFile> m_files;
    QStringList m_problems;
};

// The id of the source a single text file belongs to, in the order SourceLibrary::match uses:
// the source whose fingerprint is the text's, else the one most of whose quotes the text holds,
// else the one whose title starts the text, else the one whose `file` is the file's name; empty
// when none is.
QString sourceIdForText(const Dataset &dataset, const QString &text, const QString &fileName);

} // namespace Anchorline::Model
