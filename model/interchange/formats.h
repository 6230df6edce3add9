#pragma once

#include "core/dataset.h"
#include "interchange/timelinejs.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <span>
#include <vector>

namespace Anchorline::Model {

// Every file format Anchorline reads or writes, in one table that the command line (`anchorline
// convert`) and the window's File menu (import, Export Data) share, so that a file name means the
// same format to both.
enum class FileFormat : std::uint8_t { Anchorline, TimelineJs, Csv, CslJson, BibTeX, Unknown };

struct FileFormatInfo
{
    FileFormat format;
    const char *suffix;   // what a file name of this format ends with, lower case: ".csv"
    const char *patterns; // a file dialog's patterns: "*.csl.json *.json"
    const char *name;     // the format's own name (never translated): "CSL-JSON"
    bool importable;      // can be read as a new dataset (import, or the input of convert)
};

// The rows, most specific suffix first: ".anchorline.json" and ".csl.json" before ".json".
std::span<const FileFormatInfo> fileFormats();
// The row of a format (Unknown has none: the Anchorline row is not returned for it; asserts).
const FileFormatInfo &fileFormatInfo(FileFormat format);
// The format a file name says, by its suffix (case-insensitive); Unknown when none fits.
FileFormat fileFormatOf(const QString &path);
// "CSV (*.csv)": a file dialog's filter for one format.
QString fileDialogFilter(FileFormat format);
// Appends the format's suffix to a path that has none at all ("events" -> "events.csv").
QString withSuffix(const QString &path, FileFormat format);

// Reads an importable interchange format (TimelineJs or Csv) into a new dataset.
ImportResult importBytes(FileFormat format, const QByteArray &bytes, const QString &fileName);
// The whole dataset in a format: every event, with the CSV's title and era rows; the
// bibliographies hold the sources. Empty for Unknown.
QByteArray exportBytes(FileFormat format, const Dataset &dataset);
// Only the given events (CSV: no title or era rows; TimelineJS: these events); the bibliographies
// hold every source whatever the events. Empty for Anchorline and Unknown.
QByteArray exportEvents(FileFormat format, const Dataset &dataset, const std::vector<int> &events);

} // namespace Anchorline::Model
