#include "fileactions.h"

#include "anchoring/sourcelibrary.h"
#include "anchoring/textnormalize.h"
#include "document/document.h"
#include "export/webexport.h"
#include "interchange/csvio.h"
#include "interchange/exportlosses.h"
#include "io/datasetwriter.h"
#include "io/loadresult.h"
#include "itemmodels/eventfilterproxy.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

namespace Anchorline::App {

using namespace Anchorline::Model;

FileActions::FileActions(Document &document, const EventFilterProxy &filter, QMainWindow *window)
    : QObject(window)
    , m_document(document)
    , m_filter(filter)
    , m_window(window)
{}

void FileActions::showMessage(const QString &text, int timeout)
{
    m_window->statusBar()->showMessage(text, timeout);
}

QString FileActions::chooseImportFile()
{
    return QFileDialog::getOpenFileName(m_window, tr("Import timeline"), QString(),
                                        tr("TimelineJS3 JSON or CSV (*.json *.csv)"));
}

bool FileActions::importFile(const QString &path, QString *problemText)
{
    // A CSV file that cannot be read is a problem of the import; any other file is read here.
    ImportResult result;
    const FileFormat format =
        fileFormatOf(path) == FileFormat::Csv ? FileFormat::Csv : FileFormat::TimelineJs;
    if (format == FileFormat::Csv) {
        result = CsvIo::importFile(path);
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *problemText = tr("%1: cannot open: %2").arg(path, file.errorString());
            showMessage(*problemText, 10000);
            return false;
        }
        result = importBytes(format, file.readAll(), path);
    }
    QStringList problems;
    for (const LoadError &problem : result.problems)
        problems << problem.toString();
    *problemText = problems.join(QLatin1Char('\n'));
    if (result.dataset.events.empty()) {
        showMessage(tr("Nothing could be imported from %1").arg(path), 10000);
        if (m_window->isVisible()) {
            QMessageBox box(QMessageBox::Warning, tr("Cannot import"),
                            tr("No event could be read from %1.").arg(path), QMessageBox::Ok,
                            m_window);
            box.setTextFormat(Qt::PlainText);
            box.setDetailedText(*problemText);
            box.exec();
        }
        return false;
    }
    // An import is a new, unsaved dataset: Save asks where to put it.
    m_document.setDataset(std::move(result.dataset), QString());
    showMessage(tr("Imported %1 events from %2").arg(m_document.dataset().events.size()).arg(path),
                8000);
    if (!problems.isEmpty() && m_window->isVisible()) {
        QMessageBox box(
            QMessageBox::Information, tr("Imported with problems"),
            tr("%n entries could not be used and were left out.", nullptr, int(problems.size())),
            QMessageBox::Ok, m_window);
        box.setTextFormat(Qt::PlainText);
        box.setDetailedText(*problemText);
        box.exec();
    }
    return true;
}

void FileActions::exportData(FileFormat format)
{
    // The dialog's caption for each format the Export Data menu offers.
    QString caption;
    switch (format) {
    case FileFormat::Csv:
        caption = tr("Export visible events as CSV");
        break;
    case FileFormat::TimelineJs:
        caption = tr("Export visible events as TimelineJS3");
        break;
    case FileFormat::CslJson:
        caption = tr("Export sources as CSL-JSON");
        break;
    case FileFormat::BibTeX:
        caption = tr("Export sources as BibTeX");
        break;
    case FileFormat::Anchorline:
    case FileFormat::Unknown:
        return;
    }
    QString path =
        QFileDialog::getSaveFileName(m_window, caption, QString(), fileDialogFilter(format));
    if (path.isEmpty())
        return;
    path = withSuffix(path, format);
    std::vector<int> visible;
    visible.reserve(std::size_t(m_filter.rowCount()));
    for (int row = 0; row < m_filter.rowCount(); ++row)
        visible.push_back(m_filter.eventIndexAt(row));
    const QByteArray bytes = exportEvents(format, m_document.dataset(), visible);
    QString error;
    if (!writeFileAtomically(path, bytes, &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot export"), tr("%1: %2").arg(path, error),
                        QMessageBox::Ok, m_window);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    // What the format could not hold, as `anchorline convert` prints it
    // (interchange/exportlosses.h).
    const QString leftOut = leftOutSummary(format, m_document.dataset(), visible);
    if (leftOut.isEmpty())
        showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
    else
        showMessage(tr("Exported %1; %2").arg(QDir::toNativeSeparators(path), leftOut), 15000);
}

void FileActions::exportWebPage(double start, double end)
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export as web page"), QString(),
                                                tr("Web page (*.html)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) &&
        !path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive))
        path += QLatin1String(".html");
    Views::ExportOptions options;
    options.startDay = start;
    options.endDay = end;
    const QString language =
        qApp->property("anchorlineInterfaceLanguage").toString() == QLatin1String("ja")
            ? QStringLiteral("ja")
            : QStringLiteral("en");
    const Views::WebPageExporter page(
        Views::TimelineExporter::inputFrom(m_document, &m_filter, QString()), options, language);
    const Views::ExportResult result = page.writeFile(path);
    if (!result.ok) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot export"), result.error, QMessageBox::Ok,
                        m_window);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    if (page.leftOut().isEmpty())
        showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
    else
        showMessage(tr("Exported %1; %2")
                        .arg(QDir::toNativeSeparators(path),
                             tr("left out: %1").arg(page.leftOut().join(QStringLiteral(", ")))),
                    15000);
}

void FileActions::attachSourceTexts(const QStringList &paths, const QString &currentSourceId)
{
    // A dropped text belongs to the source whose fingerprint or file name it has; otherwise to
    // the source on show in the source view.
    for (const QString &path : paths) {
        QString error;
        const QString text = readSourceText(path, &error);
        if (!error.isEmpty()) {
            showMessage(tr("Cannot read %1: %2").arg(path, error), 10000);
            continue;
        }
        const QString fileName = QFileInfo(path).fileName();
        QString target = sourceIdForText(m_document.dataset(), text, fileName);
        if (target.isEmpty())
            target = currentSourceId;
        if (target.isEmpty()) {
            showMessage(tr("%1 matches no source; pick a source in the Source Text panel first.")
                            .arg(fileName),
                        10000);
            continue;
        }
        emit sourceTextMatched(target, path);
        showMessage(tr("Attached %1 to %2").arg(fileName, target), 5000);
    }
}

} // namespace Anchorline::App
