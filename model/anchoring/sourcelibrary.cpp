#include "anchoring/sourcelibrary.h"

#include "anchoring/anchorresolver.h"
#include "anchoring/textnormalize.h"

#include <QDir>
#include <QFileInfo>

namespace Anchorline::Model {

namespace {

// Titles are looked for only near the top of a text, where articles print them: further in,
// a title is as likely to be a citation of another document.
constexpr qsizetype TitleSearchLength = 2000;

QString foldForTitle(QStringView text)
{
    return normalizeText(text).toCaseFolded();
}

} // namespace

QString sourceMatchName(SourceMatch match)
{
    switch (match) {
    case SourceMatch::None:
        return QStringLiteral("none");
    case SourceMatch::Fingerprint:
        return QStringLiteral("fingerprint");
    case SourceMatch::Content:
        return QStringLiteral("content");
    case SourceMatch::Title:
        return QStringLiteral("title");
    case SourceMatch::FileName:
        return QStringLiteral("file name");
    }
    return {};
}

bool looksUnlikeSource(int placed, int total)
{
    return total > 0 && placed * 2 < total;
}

QStringList SourceLibrary::quotesOf(const Dataset &dataset, const QString &sourceId)
{
    QStringList quotes;
    forEachAnchor(dataset, [&](const AnchorPlace &, const Anchor &anchor) {
        if (anchor.source == sourceId && !anchor.exact.trimmed().isEmpty())
            quotes << anchor.exact;
    });
    return quotes;
}

bool SourceLibrary::isTextFile(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == u"txt" || suffix == u"md" || suffix == u"markdown" || suffix == u"html" ||
           suffix == u"htm" || suffix == u"pdf";
}

bool SourceLibrary::addFile(const QString &path, const QString &relative)
{
    QString error;
    QString text = readSourceText(path, &error);
    if (text.isNull()) {
        m_problems.append(error);
        return false;
    }
    LibraryFile file;
    file.path = path;
    file.relative = relative.isEmpty() ? QFileInfo(path).fileName() : relative;
    file.fingerprint = fingerprintOfText(text);
    file.head = foldForTitle(QStringView(text).left(TitleSearchLength));
    file.folded = foldForTitle(text);
    file.text = std::move(text);
    m_files.push_back(std::move(file));
    return true;
}

bool SourceLibrary::scan(const QString &directory, QString *error)
{
    const QDir root(directory);
    if (!root.exists() || !root.isReadable()) {
        if (error)
            *error = QStringLiteral("%1: not a readable directory").arg(directory);
        return false;
    }
    const auto addFilesOf = [this](const QDir &dir, const QString &relativeDir) {
        const QStringList names = dir.entryList(QDir::Files | QDir::Readable, QDir::Name);
        for (const QString &name : names) {
            if (isTextFile(name))
                addFile(dir.filePath(name), relativeDir + name);
        }
    };
    addFilesOf(root, QString());
    const QStringList subdirectories =
        root.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable, QDir::Name);
    for (const QString &name : subdirectories)
        addFilesOf(QDir(root.filePath(name)), name + u'/');
    return true;
}

SourceText SourceLibrary::match(const Source &source, const QStringList &quotes) const
{
    SourceText result;
    result.sourceId = source.id;
    const auto take = [&result](const LibraryFile &file, SourceMatch how) {
        result.path = file.path;
        result.match = how;
        result.text = file.text;
        return result;
    };
    if (!source.fingerprint.isEmpty()) {
        for (const LibraryFile &file : m_files) {
            if (file.fingerprint.compare(source.fingerprint, Qt::CaseInsensitive) == 0)
                return take(file, SourceMatch::Fingerprint);
        }
    }
    // Content: the text that holds most of the source's quotes (more than half), the most first.
    if (!quotes.isEmpty()) {
        QStringList folded;
        for (const QString &quote : quotes)
            folded << foldForTitle(quote);
        const LibraryFile *best = nullptr;
        qsizetype bestFound = 0;
        for (const LibraryFile &file : m_files) {
            qsizetype found = 0;
            for (const QString &quote : folded)
                found += file.folded.contains(quote) ? 1 : 0;
            if (found * 2 > folded.size() && found > bestFound) {
                best = &file;
                bestFound = found;
            }
        }
        if (best)
            return take(*best, SourceMatch::Content);
    }
    const QString title = foldForTitle(source.title);
    if (!title.isEmpty()) {
        // Several files may carry the title (an article quoting another's title): the one that
        // prints it earliest is most likely the article itself.
        const LibraryFile *best = nullptr;
        qsizetype bestAt = -1;
        for (const LibraryFile &file : m_files) {
            const qsizetype at = file.head.indexOf(title);
            if (at >= 0 && (best == nullptr || at < bestAt)) {
                best = &file;
                bestAt = at;
            }
        }
        if (best)
            return take(*best, SourceMatch::Title);
    }
    // The file name last: the weakest sign (an edited copy may carry another source's name).
    if (!source.file.isEmpty()) {
        const QString wanted = QDir::fromNativeSeparators(source.file);
        const QString wantedName = QFileInfo(wanted).fileName();
        // A relative path wins over a bare file name that happens to match in a subfolder.
        for (const LibraryFile &file : m_files) {
            if (file.relative == wanted)
                return take(file, SourceMatch::FileName);
        }
        for (const LibraryFile &file : m_files) {
            if (QFileInfo(file.relative).fileName() == wantedName)
                return take(file, SourceMatch::FileName);
        }
    }
    return result;
}

std::vector<SourceText> SourceLibrary::matchAll(const Dataset &dataset) const
{
    std::vector<SourceText> texts;
    texts.reserve(dataset.sources.size());
    for (const Source &source : dataset.sources)
        texts.push_back(match(source, quotesOf(dataset, source.id)));
    return texts;
}

QString sourceIdForText(const Dataset &dataset, const QString &text, const QString &fileName)
{
    // The text as a one-file library, matched as a folder would be, the most certain way first.
    SourceLibrary library;
    LibraryFile file;
    file.path = fileName;
    file.relative = fileName;
    file.fingerprint = fingerprintOfText(text);
    file.head = foldForTitle(QStringView(text).left(TitleSearchLength));
    file.folded = foldForTitle(text);
    file.text = text;
    library.m_files.push_back(std::move(file));
    for (const SourceMatch level : {SourceMatch::Fingerprint, SourceMatch::Content,
                                    SourceMatch::Title, SourceMatch::FileName}) {
        for (const Source &source : dataset.sources) {
            if (library.match(source, SourceLibrary::quotesOf(dataset, source.id)).match == level)
                return source.id;
        }
    }
    return {};
}

} // namespace Anchorline::Model
