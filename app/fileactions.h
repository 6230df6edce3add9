#pragma once

#include "interchange/formats.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QMainWindow;

namespace Anchorline::Model {
class Document;
class EventFilterProxy;
} // namespace Anchorline::Model

namespace Anchorline::App {

// The File menu's work on files other than the open dataset: importing a TimelineJS3 or CSV
// timeline as a new dataset, exporting data (the visible events, or the sources as a
// bibliography) and attaching dropped source texts to their sources. The formats come from the
// one table in interchange/formats.h; reading, matching and writing are the model's, and this
// unit only asks and reports through the window (file dialogs, message boxes, the status bar).
class FileActions final : public QObject
{
    Q_OBJECT

public:
    FileActions(Model::Document &document, const Model::EventFilterProxy &filter,
                QMainWindow *window);

    // Asks for a timeline file to import; empty when the user cancels.
    QString chooseImportFile();
    // Imports a TimelineJS3 JSON or CSV file as a new, unsaved dataset. The problems, one a line,
    // go to *problems; false when no event could be read.
    bool importFile(const QString &path, QString *problems);
    // Asks where to and writes the visible events (CSV, TimelineJs) or every source (CslJson,
    // BibTeX).
    void exportData(Model::FileFormat format);
    // Asks where to and writes the visible events as one self-contained web page
    // (Views::WebPageExporter) opening on the days [start, end), in the interface language.
    void exportWebPage(double start, double end);
    // Attaches text files to the sources they belong to (by fingerprint or file name), else to
    // currentSourceId; each attachment is announced by sourceTextMatched.
    void attachSourceTexts(const QStringList &paths, const QString &currentSourceId);

signals:
    void sourceTextMatched(const QString &sourceId, const QString &path);

private:
    void showMessage(const QString &text, int timeout);

    Model::Document &m_document;
    const Model::EventFilterProxy &m_filter;
    QMainWindow *m_window;
};

} // namespace Anchorline::App
