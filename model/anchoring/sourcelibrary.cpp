#include "anchoring/sourcelibrary.h"

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
    case SourceMatch::FileName:
        return QStringLiteral("file name");
    case SourceMatch::Title:
        return QStringLiteral("title");
    }
    return {};
}

bool SourceLibrary::isTextFile(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == u"txt" || suffix == u"md" || suffix == u"markdown" || suffix == u"html" ||
           suffix == u"htm";
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

SourceText SourceLibrary::match(const Source &source) const
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
    return result;
}

std::vector<SourceText> SourceLibrary::matchAll(const Dataset &dataset) const
{
    std::vector<SourceText> texts;
    texts.reserve(dataset.sources.size());
    for (const Source &source : dataset.sources)
        texts.push_back(match(source));
    return texts;
}

QString sourceIdForText(const Dataset &dataset, const QString &fingerprint, const QString &fileName)
{
    for (const Source &source : dataset.sources) {
        if (source.fingerprint == fingerprint ||
            (!source.file.isEmpty() && source.file == fileName))
            return source.id;
    }
    return {};
}

} // namespace Anchorline::Model
