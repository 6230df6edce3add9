#include "interchange/formats.h"

#include "interchange/citations.h"
#include "interchange/csvio.h"
#include "io/datasetwriter.h"

#include <QFileInfo>
#include <array>

namespace Anchorline::Model {

namespace {

constexpr std::array<FileFormatInfo, 5> Formats{{
    {FileFormat::Anchorline, ".anchorline.json", "*.anchorline.json *.json", "Anchorline", false},
    {FileFormat::CslJson, ".csl.json", "*.csl.json *.json", "CSL-JSON", false},
    {FileFormat::TimelineJs, ".json", "*.json", "TimelineJS3 JSON", true},
    {FileFormat::Csv, ".csv", "*.csv", "CSV", true},
    {FileFormat::BibTeX, ".bib", "*.bib", "BibTeX", false},
}};

} // namespace

std::span<const FileFormatInfo> fileFormats()
{
    return Formats;
}

const FileFormatInfo &fileFormatInfo(FileFormat format)
{
    for (const FileFormatInfo &info : Formats) {
        if (info.format == format)
            return info;
    }
    Q_ASSERT_X(false, "fileFormatInfo", "FileFormat::Unknown has no row");
    return Formats.front();
}

FileFormat fileFormatOf(const QString &path)
{
    for (const FileFormatInfo &info : Formats) {
        if (path.endsWith(QLatin1String(info.suffix), Qt::CaseInsensitive))
            return info.format;
    }
    return FileFormat::Unknown;
}

QString fileDialogFilter(FileFormat format)
{
    const FileFormatInfo &info = fileFormatInfo(format);
    return QStringLiteral("%1 (%2)").arg(QLatin1String(info.name), QLatin1String(info.patterns));
}

QString withSuffix(const QString &path, FileFormat format)
{
    const QLatin1String suffix(fileFormatInfo(format).suffix);
    if (path.endsWith(suffix, Qt::CaseInsensitive) || !QFileInfo(path).suffix().isEmpty())
        return path;
    return path + suffix;
}

ImportResult importBytes(FileFormat format, const QByteArray &bytes, const QString &fileName)
{
    if (format == FileFormat::Csv)
        return CsvIo::import(bytes, fileName);
    return TimelineJs::import(bytes, fileName);
}

QByteArray exportBytes(FileFormat format, const Dataset &dataset)
{
    switch (format) {
    case FileFormat::Anchorline:
        return DatasetWriter::toBytes(dataset);
    case FileFormat::TimelineJs:
        return TimelineJs::toJson(dataset);
    case FileFormat::Csv:
        return CsvIo::toCsv(dataset);
    case FileFormat::CslJson:
        return sourcesToCslJson(dataset.sources);
    case FileFormat::BibTeX:
        return sourcesToBibTeX(dataset.sources);
    case FileFormat::Unknown:
        break;
    }
    return {};
}

QByteArray exportEvents(FileFormat format, const Dataset &dataset, const std::vector<int> &events)
{
    switch (format) {
    case FileFormat::Csv:
        return CsvIo::eventsToCsv(dataset, events);
    case FileFormat::TimelineJs:
        return TimelineJs::toJson(dataset, events);
    case FileFormat::CslJson:
    case FileFormat::BibTeX:
        return exportBytes(format, dataset);
    case FileFormat::Anchorline:
    case FileFormat::Unknown:
        break;
    }
    return {};
}

} // namespace Anchorline::Model
