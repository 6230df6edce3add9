#pragma once

#include "export/timelineexport.h"

#include <QDialog>
#include <QFutureWatcher>
#include <vector>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPrinter;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimer;

namespace Anchorline::Model {
class Document;
class EventFilterProxy;
} // namespace Anchorline::Model

namespace Anchorline::Views {

class DateEdit;

// "Export timeline": PNG, SVG or PDF of the current view (or a date window), chosen lanes and
// the current filters, with a live preview drawn by the same TimelineExporter that writes the
// file. Also prints (with a preview and 'fit to N pages wide').
//
// The main window opens it with its TimelineView's visible range:
//   ExportDialog dialog(document, filter, view->visibleStart(), view->visibleEnd(), this);
//   dialog.exec();
// and prints directly with ExportDialog::print(document, filter, start, end, this, preview).
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(Model::Document &document, Model::EventFilterProxy &filter, double visibleStartDay,
                 double visibleEndDay, QWidget *parent = nullptr);
    ~ExportDialog() override;
    Q_DISABLE_COPY_MOVE(ExportDialog)

    // The options the controls describe now.
    ExportOptions options() const;
    // Linear or focus time scale; the main window passes the timeline's choice.
    void setFocusScale(bool on);
    // The preview as last drawn (for tests); null before the first one.
    QImage previewImage() const { return m_previewImage; }
    // Draws the preview now instead of after the debounce delay.
    void updatePreviewNow();
    // Writes the file chosen without asking (tests, and the Export… button after its file
    // dialog). Runs off the GUI thread; exportFinished() reports the result.
    void exportTo(const QString &path);
    bool isExporting() const { return m_watcher.isRunning(); }

    // Prints the current view with default options: a print dialog, or a print preview.
    static void print(Model::Document &document, Model::EventFilterProxy &filter,
                      double visibleStartDay, double visibleEndDay, QWidget *parent,
                      bool withPreview = true);

signals:
    void exportFinished(bool ok, const QString &message);

private:
    void buildUi();
    void schedulePreview();
    void updateControls();
    void chooseFileAndExport();
    void printWithPreview();
    void printDirect();
    std::unique_ptr<TimelineExporter> makeExporter(const ExportOptions &options) const;
    // Empty when the custom window's dates can be used; else what is wrong with them.
    QString windowError() const;

    Model::Document &m_document;
    Model::EventFilterProxy &m_filter;
    double m_viewStart = 0;
    double m_viewEnd = 365;

    QComboBox *m_format = nullptr;
    QComboBox *m_size = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QSpinBox *m_dpi = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_scale = nullptr;
    QCheckBox *m_showTitle = nullptr;
    QLineEdit *m_title = nullptr;
    QCheckBox *m_legend = nullptr;
    QCheckBox *m_caption = nullptr;
    QRadioButton *m_currentView = nullptr;
    QRadioButton *m_customWindow = nullptr;
    DateEdit *m_from = nullptr;
    DateEdit *m_to = nullptr;
    QListWidget *m_lanes = nullptr;
    QCheckBox *m_useFilters = nullptr;
    QSpinBox *m_pagesWide = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_exportButton = nullptr;
    std::vector<QPushButton *> m_outputButtons; // export, print and print preview
    QString m_lastWindowError;
    QTimer *m_previewTimer = nullptr;
    QImage m_previewImage;
    QFutureWatcher<ExportResult> m_watcher;
};

} // namespace Anchorline::Views
