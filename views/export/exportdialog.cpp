#include "export/exportdialog.h"

#include "core/backgroundpool.h"
#include "core/dataset.h"
#include "document/document.h"
#include "index/sharedeventindex.h"
#include "itemmodels/eventfilterproxy.h"
#include "widgets/dateedit.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

namespace Anchorline::Views {

using namespace Anchorline::Model;

namespace {

enum SizePreset : std::uint8_t { FullHd, Uhd, WideUhd, A4, A3, Custom };

// A day as the date fields take it: "2022-12-16"; deep time as EDTF's long year
// ("Y-13800000000"), the only form the fields read for it.
QString isoOfDay(double day)
{
    const auto number = DayNumber(std::floor(day));
    Year y = 0;
    int m = 0, d = 0;
    civilFromDays(number, y, m, d);
    if (isDeepYear(y))
        return QLatin1Char('Y') + QString::number(y);
    return isoDayString(number);
}

} // namespace

ExportDialog::ExportDialog(Document &document, EventFilterProxy &filter, double visibleStartDay,
                           double visibleEndDay, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_filter(filter)
    , m_viewStart(visibleStartDay)
    , m_viewEnd(visibleEndDay > visibleStartDay ? visibleEndDay : visibleStartDay + 365)
{
    setWindowTitle(tr("Export Timeline"));
    setAccessibleName(tr("Export timeline"));
    buildUi();
    connect(&m_watcher, &QFutureWatcher<ExportResult>::finished, this, [this] {
        const ExportResult result = m_watcher.result();
        m_status->setText(result.ok ? tr("Exported.") : result.error);
        updateControls();
        emit exportFinished(result.ok, result.error);
    });
    updateControls();
    updatePreviewNow();
}

ExportDialog::~ExportDialog()
{
    // The export thread reads the document: let it finish before anything goes away.
    m_watcher.waitForFinished();
}

void ExportDialog::buildUi()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_format = new QComboBox(this);
    m_format->addItem(tr("PNG image"), int(ExportFormat::Png));
    m_format->addItem(tr("SVG drawing"), int(ExportFormat::Svg));
    m_format->addItem(tr("PDF document"), int(ExportFormat::Pdf));
    m_format->setAccessibleName(tr("Format"));
    form->addRow(tr("&Format:"), m_format);

    m_size = new QComboBox(this);
    m_size->addItem(tr("1920 × 1080 (Full HD)"), int(FullHd));
    m_size->addItem(tr("3840 × 2160 (4K)"), int(Uhd));
    m_size->addItem(tr("7680 × 2160 (wide 4K)"), int(WideUhd));
    m_size->addItem(tr("A4 landscape"), int(A4));
    m_size->addItem(tr("A3 landscape"), int(A3));
    m_size->addItem(tr("Custom"), int(Custom));
    m_size->setAccessibleName(tr("Size"));
    form->addRow(tr("&Size:"), m_size);

    m_width = new QSpinBox(this);
    m_width->setRange(16, 32768);
    m_width->setValue(1920);
    m_width->setSuffix(tr(" px"));
    m_width->setAccessibleName(tr("Width in pixels"));
    m_height = new QSpinBox(this);
    m_height->setRange(16, 32768);
    m_height->setValue(1080);
    m_height->setSuffix(tr(" px"));
    m_height->setAccessibleName(tr("Height in pixels"));
    auto *custom = new QHBoxLayout;
    custom->addWidget(m_width);
    custom->addWidget(new QLabel(QStringLiteral("×"), this));
    custom->addWidget(m_height);
    auto *customLabel = new QLabel(tr("&Width × height:"), this);
    customLabel->setBuddy(m_width);
    form->addRow(customLabel, custom);

    m_dpi = new QSpinBox(this);
    m_dpi->setRange(0, 1200);
    m_dpi->setSingleStep(24);
    m_dpi->setSpecialValueText(tr("Automatic"));
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setAccessibleName(tr("Resolution in dots per inch"));
    m_dpi->setToolTip(tr("Sets how large the text is in a pixel export (96 dpi: as on a "
                         "standard screen) and the resolution of page exports."));
    form->addRow(tr("&Resolution:"), m_dpi);

    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Light"), int(TimelineTheme::Light));
    m_theme->addItem(tr("Dark"), int(TimelineTheme::Dark));
    m_theme->addItem(tr("High contrast"), int(TimelineTheme::HighContrast));
    m_theme->setAccessibleName(tr("Theme"));
    form->addRow(tr("T&heme:"), m_theme);

    m_scale = new QComboBox(this);
    m_scale->addItem(tr("Linear"), false);
    m_scale->addItem(tr("Focus (compress empty stretches)"), true);
    m_scale->setAccessibleName(tr("Time scale"));
    m_scale->setToolTip(tr("Focus draws long stretches without events narrow, marked as breaks "
                           "on the axis, so the busy years get the width."));
    form->addRow(tr("Time &scale:"), m_scale);

    m_showTitle = new QCheckBox(tr("&Title:"), this);
    m_showTitle->setChecked(true);
    m_showTitle->setAccessibleName(tr("Show title"));
    m_title = new QLineEdit(m_document.dataset().title, this);
    m_title->setAccessibleName(tr("Title text"));
    m_title->setCursorPosition(0); // show the start of a long title
    form->addRow(m_showTitle, m_title);

    m_legend = new QCheckBox(tr("Show the &legend"), this);
    m_legend->setChecked(true);
    m_caption = new QCheckBox(tr("&Caption with the cited sources"), this);
    m_caption->setToolTip(tr("Short references of the sources behind the events shown."));
    auto *extras = new QVBoxLayout;
    extras->addWidget(m_legend);
    extras->addWidget(m_caption);
    form->addRow(QString(), extras);

    // Date window.
    m_currentView = new QRadioButton(
        tr("Current &view (%1 – %2)")
            .arg(dayDisplayString(DayNumber(std::floor(m_viewStart)), QLocale()),
                 dayDisplayString(DayNumber(std::floor(m_viewEnd - 1)), QLocale())),
        this);
    m_customWindow = new QRadioButton(tr("From:"), this);
    m_customWindow->setAccessibleName(tr("Custom date window"));
    m_currentView->setChecked(true);
    auto *windowGroup = new QButtonGroup(this);
    windowGroup->addButton(m_currentView);
    windowGroup->addButton(m_customWindow);
    // The form's date field: a whole date can be typed or pasted, in any EDTF precision
    // ("2015", "2015-09", "FY2014"), and what it reads is shown under it. A year or a month
    // starts the window on its first day and ends it on its last.
    m_from = new DateEdit(true, this);
    m_to = new DateEdit(true, this);
    m_from->setText(isoOfDay(m_viewStart));
    m_to->setText(isoOfDay(m_viewEnd - 1));
    m_from->lineEdit()->setAccessibleName(tr("Window start date"));
    m_to->lineEdit()->setAccessibleName(tr("Window end date"));
    auto *windowBox = new QGroupBox(tr("Dates"), this);
    auto *windowLayout = new QVBoxLayout(windowBox);
    windowLayout->addWidget(m_currentView);
    auto *customRow = new QHBoxLayout;
    customRow->addWidget(m_customWindow, 0, Qt::AlignTop);
    customRow->addWidget(m_from, 1);
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    customRow->addWidget(toLabel, 0, Qt::AlignTop);
    customRow->addWidget(m_to, 1);
    windowLayout->addLayout(customRow);

    // Lanes and filters.
    auto *lanesBox = new QGroupBox(tr("Lanes"), this);
    auto *lanesLayout = new QVBoxLayout(lanesBox);
    m_lanes = new QListWidget(this);
    m_lanes->setAccessibleName(tr("Lanes to export"));
    m_lanes->setToolTip(tr("Space toggles a lane."));
    const auto &actors = m_document.dataset().actors;
    for (std::size_t i = 0; i < actors.size(); ++i) {
        auto *item = new QListWidgetItem(actors[i].name, m_lanes);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
        item->setData(Qt::UserRole, int(i));
    }
    m_lanes->setMinimumHeight(90);
    lanesLayout->addWidget(m_lanes);
    m_useFilters = new QCheckBox(tr("Apply the current &filters"), this);
    m_useFilters->setChecked(m_filter.isFiltering());
    m_useFilters->setEnabled(m_filter.isFiltering());
    if (!m_filter.isFiltering())
        m_useFilters->setToolTip(tr("No filter is set: every event is shown."));
    lanesLayout->addWidget(m_useFilters);

    m_pagesWide = new QSpinBox(this);
    m_pagesWide->setRange(1, 20);
    m_pagesWide->setAccessibleName(tr("Fit to pages wide"));
    m_pagesWide->setToolTip(tr("PDF and print: split the date window over this many pages."));
    auto *pagesLabel = new QLabel(tr("Fit to &pages wide (PDF, print):"), this);
    pagesLabel->setBuddy(m_pagesWide);
    auto *pagesRow = new QHBoxLayout;
    pagesRow->addWidget(pagesLabel);
    pagesRow->addWidget(m_pagesWide);
    pagesRow->addStretch();

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(windowBox);
    left->addWidget(lanesBox, 1);
    left->addLayout(pagesRow);

    m_preview = new QLabel(this);
    m_preview->setMinimumSize(560, 320);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Export status"));
    auto *right = new QVBoxLayout;
    right->addWidget(m_preview, 1);
    right->addWidget(m_summary);
    right->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    QPushButton *printButton = buttons->addButton(tr("P&rint…"), QDialogButtonBox::ActionRole);
    QPushButton *previewButton =
        buttons->addButton(tr("Print Pre&view…"), QDialogButtonBox::ActionRole);
    m_outputButtons = {m_exportButton, printButton, previewButton};
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(printButton, &QPushButton::clicked, this, &ExportDialog::printDirect);
    connect(previewButton, &QPushButton::clicked, this, &ExportDialog::printWithPreview);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 0);
    columns->addLayout(right, 1);
    auto *main = new QVBoxLayout(this);
    main->addLayout(columns, 1);
    main->addWidget(buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreviewNow);

    auto changed = [this] {
        updateControls();
        schedulePreview();
    };
    connect(m_format, &QComboBox::currentIndexChanged, this, changed);
    connect(m_size, &QComboBox::currentIndexChanged, this, changed);
    connect(m_width, &QSpinBox::valueChanged, this, changed);
    connect(m_height, &QSpinBox::valueChanged, this, changed);
    connect(m_dpi, &QSpinBox::valueChanged, this, changed);
    connect(m_theme, &QComboBox::currentIndexChanged, this, changed);
    connect(m_scale, &QComboBox::currentIndexChanged, this, changed);
    connect(m_showTitle, &QCheckBox::toggled, this, changed);
    connect(m_title, &QLineEdit::textChanged, this, changed);
    connect(m_legend, &QCheckBox::toggled, this, changed);
    connect(m_caption, &QCheckBox::toggled, this, changed);
    connect(m_currentView, &QRadioButton::toggled, this, changed);
    connect(m_from, &DateEdit::changed, this, changed);
    connect(m_to, &DateEdit::changed, this, changed);
    connect(m_lanes, &QListWidget::itemChanged, this, changed);
    connect(m_useFilters, &QCheckBox::toggled, this, changed);
    connect(m_pagesWide, &QSpinBox::valueChanged, this, changed);

    // Tab order follows the reading order: settings first, then the buttons.
    setTabOrder(m_format, m_size);
    setTabOrder(m_size, m_width);
    setTabOrder(m_width, m_height);
    setTabOrder(m_height, m_dpi);
    setTabOrder(m_dpi, m_theme);
    setTabOrder(m_theme, m_scale);
    setTabOrder(m_scale, m_showTitle);
    setTabOrder(m_showTitle, m_title);
    setTabOrder(m_title, m_legend);
    setTabOrder(m_legend, m_caption);
    setTabOrder(m_caption, m_currentView);
    setTabOrder(m_currentView, m_customWindow);
    setTabOrder(m_customWindow, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_lanes);
    setTabOrder(m_lanes, m_useFilters);
    setTabOrder(m_useFilters, m_pagesWide);
    m_format->setFocus();
}

void ExportDialog::updateControls()
{
    const bool custom = m_size->currentData().toInt() == Custom;
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    switch (m_size->currentData().toInt()) {
    case FullHd:
        m_width->setValue(1920);
        m_height->setValue(1080);
        break;
    case Uhd:
        m_width->setValue(3840);
        m_height->setValue(2160);
        break;
    case WideUhd:
        m_width->setValue(7680);
        m_height->setValue(2160);
        break;
    default:
        break;
    }
    m_title->setEnabled(m_showTitle->isChecked());
    const bool window = m_customWindow->isChecked();
    m_from->setEnabled(window);
    m_to->setEnabled(window);
    const auto format = ExportFormat(m_format->currentData().toInt());
    m_pagesWide->setEnabled(format == ExportFormat::Pdf);
    const QString error = windowError();
    for (QPushButton *button : m_outputButtons)
        button->setEnabled(error.isEmpty() && !m_watcher.isRunning());
    if (!error.isEmpty())
        m_status->setText(error);
    else if (m_status->text() == m_lastWindowError)
        m_status->clear();
    m_lastWindowError = error;
}

QString ExportDialog::windowError() const
{
    if (!m_customWindow->isChecked())
        return {};
    if (!m_from->error().isEmpty())
        return tr("Start date: %1").arg(m_from->error());
    if (!m_to->error().isEmpty())
        return tr("End date: %1").arg(m_to->error());
    if (m_to->date().latest() < m_from->date().earliest())
        return tr("The end date is before the start date.");
    return {};
}

void ExportDialog::setFocusScale(bool on)
{
    m_scale->setCurrentIndex(m_scale->findData(on));
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.format = ExportFormat(m_format->currentData().toInt());
    switch (m_size->currentData().toInt()) {
    case A4:
        o.page = ExportPage::A4Landscape;
        break;
    case A3:
        o.page = ExportPage::A3Landscape;
        break;
    default:
        o.pixelSize = QSize(m_width->value(), m_height->value());
        break;
    }
    o.dpi = m_dpi->value();
    o.theme = TimelineTheme(m_theme->currentData().toInt());
    o.focusScale = m_scale->currentData().toBool();
    o.showTitle = m_showTitle->isChecked();
    o.title = m_title->text();
    o.showLegend = m_legend->isChecked();
    o.showCaption = m_caption->isChecked();
    if (m_customWindow->isChecked() && windowError().isEmpty()) {
        // From the first day the start date may mean to the last day the end date may mean.
        o.startDay = double(m_from->date().earliest());
        o.endDay = std::max(*o.startDay + 1, double(m_to->date().latest()) + 1);
    } else {
        o.startDay = m_viewStart;
        o.endDay = m_viewEnd;
    }
    bool all = true;
    std::vector<int> lanes;
    for (int row = 0; row < m_lanes->count(); ++row) {
        const QListWidgetItem *item = m_lanes->item(row);
        if (item->checkState() == Qt::Checked)
            lanes.push_back(item->data(Qt::UserRole).toInt());
        else
            all = false;
    }
    if (!all)
        o.lanes = lanes.empty() ? std::vector<int>{-1} : lanes; // -1: no lane at all
    o.pagesWide = o.format == ExportFormat::Pdf ? m_pagesWide->value() : 1;
    return o;
}

std::unique_ptr<TimelineExporter> ExportDialog::makeExporter(const ExportOptions &options) const
{
    const bool filtered = m_useFilters->isChecked() && m_filter.isFiltering();
    ExportInput input = TimelineExporter::inputFrom(m_document, filtered ? &m_filter : nullptr, {});
    // With no filter set, the window's index shows every event too: one index, not one per
    // preview (issue 25).
    if (!m_filter.isFiltering())
        input.index = m_filter.sharedIndex().snapshot();
    return std::make_unique<TimelineExporter>(std::move(input), options);
}

void ExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ExportDialog::updatePreviewNow()
{
    m_previewTimer->stop();
    const ExportOptions o = options();
    auto exporter = makeExporter(o);
    const qreal dpr = devicePixelRatioF();
    QImage image = exporter->renderPreview(m_preview->contentsRect().size() * dpr);
    image.setDevicePixelRatio(dpr);
    m_previewImage = image;
    m_preview->setPixmap(QPixmap::fromImage(image));
    const QSize out = exporter->outputSize();
    QString summary =
        o.format == ExportFormat::Pdf && o.page != ExportPage::None
            ? tr("%1 page").arg(o.page == ExportPage::A3Landscape ? tr("A3") : tr("A4"))
            : tr("%1 × %2 px").arg(out.width()).arg(out.height());
    summary += tr(", %1 dpi, %n event(s) shown", nullptr, exporter->visibleEventCount())
                   .arg(exporter->resolution());
    if (o.pagesWide > 1)
        summary += tr(", %1 pages").arg(o.pagesWide);
    m_summary->setText(summary);
}

void ExportDialog::exportTo(const QString &path)
{
    if (m_watcher.isRunning())
        return;
    ExportOptions o = options();
    if (const auto format = exportFormatForPath(path))
        o.format = *format;
    // The exporter is built here (it reads the filter) and runs on a worker thread; the dialog
    // is modal, so the document does not change meanwhile.
    std::shared_ptr<TimelineExporter> exporter = makeExporter(o);
    m_exportButton->setEnabled(false);
    m_status->setText(tr("Exporting %1…").arg(QFileInfo(path).fileName()));
    m_watcher.setFuture(QtConcurrent::run(Model::backgroundPool(),
                                          [exporter, path] { return exporter->writeFile(path); }));
}

void ExportDialog::chooseFileAndExport()
{
    const ExportOptions o = options();
    const QString suffix = exportFormatSuffix(o.format);
    QString base = QFileInfo(m_document.filePath()).completeBaseName();
    if (base.endsWith(QLatin1String(".anchorline")))
        base.chop(11);
    if (base.isEmpty())
        base = QStringLiteral("timeline");
    const QString filter = tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix);
    QString path = QFileDialog::getSaveFileName(this, tr("Export Timeline"),
                                                base + QLatin1Char('.') + suffix, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    exportTo(path);
}

void ExportDialog::printDirect()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ExportOptions o = options();
    o.pagesWide = m_pagesWide->value();
    makeExporter(o)->print(printer);
}

void ExportDialog::printWithPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialog(&printer, this);
    ExportOptions o = options();
    o.pagesWide = m_pagesWide->value();
    auto exporter = makeExporter(o);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&exporter](QPrinter *target) { exporter->print(*target); });
    dialog.exec();
}

void ExportDialog::print(Document &document, EventFilterProxy &filter, double visibleStartDay,
                         double visibleEndDay, QWidget *parent, bool withPreview)
{
    ExportOptions o;
    o.startDay = visibleStartDay;
    o.endDay = visibleEndDay;
    o.showCaption = true;
    TimelineExporter exporter(
        TimelineExporter::inputFrom(document, filter.isFiltering() ? &filter : nullptr, {}), o);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    if (withPreview) {
        QPrintPreviewDialog dialog(&printer, parent);
        QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                         [&exporter](QPrinter *target) { exporter.print(*target); });
        dialog.exec();
        return;
    }
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() == QDialog::Accepted)
        exporter.print(printer);
}

} // namespace Anchorline::Views
