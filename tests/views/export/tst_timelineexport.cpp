#include "document/document.h"
#include "export/exportdialog.h"
#include "export/timelineexport.h"
#include "io/datasetreader.h"
#include "itemmodels/eventfilterproxy.h"
#include "testdata.h"

#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Anchorline::Model;
using namespace Anchorline::Views;

namespace {

Dataset bundled()
{
    LoadResult r = DatasetReader::readFile(
        QStringLiteral(ANCHORLINE_SOURCE_DIR "/resources/data/japan-security.anchorline.json"));
    return r.ok() ? std::move(*r.dataset) : Dataset();
}

ExportOptions baseOptions(ExportFormat format)
{
    ExportOptions o;
    o.format = format;
    o.today = daysFromCivil(2026, 1, 15);
    o.startDay = daysFromCivil(2012, 1, 1);
    o.endDay = daysFromCivil(2027, 1, 1);
    return o;
}

// Text of every <text> element and the <title> of an SVG.
QStringList svgTexts(const QByteArray &svg, QString *title, int *elements)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        ++*elements;
        if (xml.name() == QLatin1String("title"))
            *title = xml.readElementText();
        else if (xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    }
    if (xml.hasError())
        texts << QStringLiteral("XML ERROR: ") + xml.errorString();
    return texts;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class TestTimelineExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void png_hasTheAskedSize_dpiAndContent();
    void png_isDeterministic();
    void svg_hasLanesLabelsAndTitle_andIsDeterministic();
    void pdf_hasOnePagePerPageWide_andIsDeterministic();
    void scale_followsSizeAndDpi();
    void caption_listsTheSourcesOfTheEventsShown();
    void lanesAndFilter_restrictWhatIsDrawn();
    void lanesFor_acceptsIdsShortNamesAndNames();
    void window_setsTheEventCountAndTheTitlesYears();
    void writeFile_unwritablePath_saysWhy();
    void dialog_previewFollowsOptions_andExportWritesTheFile();
    void svg_titlesWithCharactersXmlForbids_isWellFormed();
    void export_fewMegabyteTitle_finishesWithoutWarnings();
    void dialog_dateFieldsTakeAWholeTypedOrPastedDate();

private:
    Document m_document;
};

void TestTimelineExport::initTestCase()
{
    m_document.setDataset(bundled(), QStringLiteral(":/data/japan-security.anchorline.json"));
    QVERIFY(!m_document.dataset().events.empty());
}

void TestTimelineExport::png_hasTheAskedSize_dpiAndContent()
{
    ExportOptions o = baseOptions(ExportFormat::Png);
    o.pixelSize = QSize(3840, 2160);
    TimelineExporter exporter(TimelineExporter::inputFrom(m_document, nullptr, {}), o);
    QCOMPARE(exporter.scale(), 2.0);
    const QByteArray png = exporter.toPng();
    QVERIFY(png.startsWith("\x89PNG"));
    QBuffer buffer;
    buffer.setData(png);
    QImageReader reader(&buffer, "png");
    const QImage image = reader.read();
    QCOMPARE(image.size(), QSize(3840, 2160));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 192);
    // Non-trivial: lanes, markers, labels give many colours, not a blank page.
    QVERIFY2(distinctColours(image) > 40, qPrintable(QString::number(distinctColours(image))));
    // No text chunks (no time stamps) in the file.
    QVERIFY(!png.contains("tEXt"));
    QVERIFY(!png.contains("tIME"));
}

void TestTimelineExport::png_isDeterministic()
{
    const ExportOptions o = baseOptions(ExportFormat::Png);
    TimelineExporter first(TimelineExporter::inputFrom(m_document, nullptr, {}), o);
    TimelineExporter second(TimelineExporter::inputFrom(m_document, nullptr, {}), o);
    const QByteArray a = first.toPng();
    QCOMPARE(a, second.toPng());
    QCOMPARE(a, first.toPng()); // the same exporter again (label caches warm)
}

void TestTimelineExport::svg_hasLanesLabelsAndTitle_andIsDeterministic()
{
    ExportOptions o = baseOptions(ExportFormat::Svg);
    o.title = QStringLiteral("Export <test> & title");
    o.showCaption = true;
    TimelineExporter exporter(TimelineExporter::inputFrom(m_document, nullptr, {}), o);
    const QByteArray svg = exporter.toSvg();
    QString title;
    int elements = 0;
    const QStringList texts = svgTexts(svg, &title, &elements);
    QVERIFY2(!texts.join(QLatin1Char('|')).contains(QLatin1String("XML ERROR")),
             qPrintable(texts.join(QLatin1Char('|'))));
    QCOMPARE(title, o.title);
    const QString all = texts.join(QLatin1Char('|'));
    QVERIFY2(all.contains(o.title), qPrintable(all.left(400)));
    // lane names
    QVERIFY(all.contains(QLatin1String("Japan")));
    QVERIFY(all.contains(QLatin1String("United States")));
    // axis years and event labels
    QVERIFY(all.contains(QLatin1String("2022")));
    QVERIFY(exporter.visibleEventCount() > 50);
    // the caption with short references
    QVERIFY2(all.contains(QLatin1String("Sources:")), qPrintable(all.right(400)));
    QVERIFY(all.contains(QLatin1String("Lee 2026")));
    QVERIFY(elements > 200);
    QVERIFY(svg.contains("viewBox=\"0 0 1920 1080\""));
    TimelineExporter again(TimelineExporter::inputFrom(m_document, nullptr, {}), o);
    QCOMPARE(again.toSvg(), svg);
}

void TestTimelineExport::pdf_hasOnePagePerPageWide_andIsDeterministic()
{
    ExportOptions o = baseOptions(ExportFormat::Pdf);
    o.page = ExportPage::A4Landscape;
    o.pagesWide = 3;
    TimelineExporter exporter(TimelineExporter::inputFrom(m_document, nullptr, {}), o);
    const QByteArray pdf = exporter.toPdf();
    QVERIFY(pdf.startsWith("%PDF-1.6"));
    const qsizetype pages = pdf.count("/Type /Page\n") + pdf.count("/Type /Page ") +
                            pdf.count("/Type /Page/") + pdf.count("/Type /Page>") +
                            pdf.count("/Type/Page\n");
    QCOMPARE(pages, qsizetype(3));
    // Creator as UTF-16BE with a byte order mark.
    QByteArray creator("/Creator (\xfe\xff");
    for (char c : QByteArray("Anchorline"))
        creator.append('\0').append(c);
    QVERIFY(pdf.contains(creator));
    QVERIFY(pdf.contains("/CreationDate (D:20000101000000"));
    // The same input, the same bytes (creation date and document id are fixed).
    TimelineExporter again(TimelineExporter::inputFrom(m_document, nullptr, {}), o);
    QCOMPARE(again.toPdf(), pdf);
    o.pagesWide = 1;
    TimelineExporter single(TimelineExporter::inputFrom(m_document, nullptr, {}), o);
    const QByteArray one = single.toPdf();
    QCOMPARE(one.count("/Type /Page\n") + one.count("/Type /Page ") + one.count("/Type /Page/") +
                 one.count("/Type /Page>") + one.count("/Type/Page\n"),
             qsizetype(1));
    // A4 landscape: 842 x 595 points.
    QVERIFY(one.contains("/MediaBox [0 0 841.") || one.contains("/MediaBox [0 0 842"));
}

void TestTimelineExport::scale_followsSizeAndDpi()
{
    ExportOptions o;
    o.pixelSize = QSize(1920, 1080);
    QCOMPARE(TimelineExporter(ExportInput{}, o).scale(), 1.0);
    o.pixelSize = QSize(7680, 2160);
    QCOMPARE(TimelineExporter(ExportInput{}, o).scale(), 2.0);
    QCOMPARE(TimelineExporter(ExportInput{}, o).layoutSize(), QSizeF(3840, 1080));
    o.dpi = 288;
    QCOMPARE(TimelineExporter(ExportInput{}, o).scale(), 3.0);
    o.page = ExportPage::A4Landscape;
    o.dpi = 0;
    TimelineExporter a4(ExportInput{}, o);
    QCOMPARE(a4.resolution(), 300);
    QCOMPARE(a4.outputSize(), QSize(3508, 2480));
}

void TestTimelineExport::caption_listsTheSourcesOfTheEventsShown()
{
    ExportOptions o = baseOptions(ExportFormat::Png);
    TimelineExporter all(TimelineExporter::inputFrom(m_document, nullptr, {}), o);
    const QStringList refs = all.citedSources();
    QVERIFY(refs.size() >= 3);
    QVERIFY(std::is_sorted(refs.begin(), refs.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    }));
    QVERIFY(all.captionText().startsWith(QLatin1String("Sources: ")));
    // A window with no events cites nothing.
    o.startDay = daysFromCivil(1800, 1, 1);
    o.endDay = daysFromCivil(1801, 1, 1);
    TimelineExporter none(TimelineExporter::inputFrom(m_document, nullptr, {}), o);
    QVERIFY(none.citedSources().isEmpty());
    QCOMPARE(none.captionText(), QStringLiteral("Sources: none cited by the events shown."));
}

void TestTimelineExport::lanesAndFilter_restrictWhatIsDrawn()
{
    ExportOptions o = baseOptions(ExportFormat::Svg);
    o.lanes = TimelineExporter::lanesFor(m_document.dataset(), {QStringLiteral("us")});
    QCOMPARE(o.lanes.size(), std::size_t(1));
    TimelineExporter us(TimelineExporter::inputFrom(m_document, nullptr, {}), o);
    QString title;
    int elements = 0;
    const QString texts = svgTexts(us.toSvg(), &title, &elements).join(QLatin1Char('|'));
    QVERIFY(texts.contains(QLatin1String("United States")));
    QVERIFY(!texts.contains(QLatin1String("|Japan|")));
    // A filter text keeps only the matching events.
    const ExportInput filtered =
        TimelineExporter::inputFrom(m_document, nullptr, QStringLiteral("National Defense"));
    TimelineExporter f(filtered, baseOptions(ExportFormat::Png));
    QVERIFY(f.visibleEventCount() > 0);
    QVERIFY(f.visibleEventCount() < int(m_document.dataset().events.size()));
    // The proxy's filter is honoured too.
    EventFilterProxy proxy(m_document);
    proxy.setActors({QStringLiteral("china")});
    TimelineExporter p(TimelineExporter::inputFrom(m_document, &proxy, {}),
                       baseOptions(ExportFormat::Png));
    int china = 0;
    for (const Event &e : m_document.dataset().events)
        china += e.actors.contains(QStringLiteral("china")) ? 1 : 0;
    QCOMPARE(p.visibleEventCount(), china);
}

void TestTimelineExport::window_setsTheEventCountAndTheTitlesYears()
{
    // Given a window of 2013 to 2016 on the bundled dataset, whose title ends "2005–2026"
    ExportOptions o = baseOptions(ExportFormat::Svg);
    o.showTitle = true;
    o.startDay = daysFromCivil(2013, 1, 1);
    o.endDay = daysFromCivil(2017, 1, 1);
    QVERIFY(m_document.dataset().title.endsWith(QStringLiteral("2005–2026")));
    TimelineExporter exporter(TimelineExporter::inputFrom(m_document, nullptr, {}), o);
    // Then the count is of the events in the window, not of the whole dataset
    int inWindow = 0;
    for (const Event &event : m_document.dataset().events)
        inWindow += event.parsed.latest() >= *o.startDay && event.parsed.earliest() < *o.endDay;
    QVERIFY(inWindow > 0);
    QCOMPARE(exporter.visibleEventCount(), inWindow);
    QVERIFY(inWindow < int(m_document.dataset().events.size()));
    // And the heading names the window's years
    QVERIFY2(exporter.titleText().endsWith(QStringLiteral("2013–2016")),
             qPrintable(exporter.titleText()));
    QCOMPARE(TimelineExporter::windowedTitle(QStringLiteral("Alliance (1990-2000)"),
                                             daysFromCivil(1995, 3, 1), daysFromCivil(1996, 1, 1)),
             QStringLiteral("Alliance (1995)"));
    QCOMPARE(TimelineExporter::windowedTitle(QStringLiteral("Plain"), 0, 10),
             QStringLiteral("Plain"));
    // A Japanese title keeps its wave dash and its 年
    QCOMPARE(TimelineExporter::windowedTitle(QStringLiteral("日本の戦略 2005〜2026年"),
                                             daysFromCivil(2013, 1, 1), daysFromCivil(2017, 1, 1)),
             QStringLiteral("日本の戦略 2013〜2016年"));
    // And the range line abbreviates September as the window does ("Sep", never "Sept")
    ExportOptions september = o;
    september.startDay = daysFromCivil(2015, 9, 1);
    september.endDay = daysFromCivil(2015, 9, 30);
    TimelineExporter sep(TimelineExporter::inputFrom(m_document, nullptr, {}), september);
    QString title;
    int elements = 0;
    const QString texts = svgTexts(sep.toSvg(), &title, &elements).join(QLatin1Char('|'));
    QVERIFY2(texts.contains(QStringLiteral("1 Sep 2015")), qPrintable(texts));
    QVERIFY2(!texts.contains(QRegularExpression(QStringLiteral("\\bSept\\b"))), qPrintable(texts));
}

void TestTimelineExport::lanesFor_acceptsIdsShortNamesAndNames()
{
    QStringList unknown;
    const auto lanes = TimelineExporter::lanesFor(
        m_document.dataset(),
        {QStringLiteral("JP"), QStringLiteral("united-states"), QStringLiteral("china"),
         QStringLiteral("jp"), QStringLiteral("Atlantis")},
        &unknown);
    QCOMPARE(lanes, (std::vector<int>{0, 1, 2}));
    QCOMPARE(unknown, QStringList{QStringLiteral("Atlantis")});
}

void TestTimelineExport::writeFile_unwritablePath_saysWhy()
{
    TimelineExporter exporter(TimelineExporter::inputFrom(m_document, nullptr, {}),
                              baseOptions(ExportFormat::Png));
    const ExportResult r = exporter.writeFile(QStringLiteral("/nonexistent-dir/x.png"));
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QLatin1String("/nonexistent-dir/x.png")));
}

void TestTimelineExport::dialog_previewFollowsOptions_andExportWritesTheFile()
{
    EventFilterProxy proxy(m_document);
    ExportDialog dialog(m_document, proxy, daysFromCivil(2013, 1, 1), daysFromCivil(2027, 1, 1));
    dialog.resize(1200, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.updatePreviewNow();
    const QImage light = dialog.previewImage();
    QVERIFY(!light.isNull());
    // Changing the theme redraws the preview (after the debounce).
    const auto combos = dialog.findChildren<QComboBox *>();
    QComboBox *themeCombo = nullptr;
    for (QComboBox *c : combos) {
        if (c->accessibleName() == QLatin1String("Theme"))
            themeCombo = c;
    }
    QVERIFY(themeCombo);
    themeCombo->setFocus();
    QTest::keyClick(themeCombo, Qt::Key_Down);
    QCOMPARE(dialog.options().theme, TimelineTheme::Dark);
    QTRY_VERIFY(dialog.previewImage() != light);
    const QImage dark = dialog.previewImage();
    QVERIFY(qGray(dark.pixel(2, dark.height() / 2)) < qGray(light.pixel(2, light.height() / 2)));
    // Unchecking a lane leaves it out of the options.
    auto *lanes = dialog.findChild<QListWidget *>();
    QVERIFY(lanes);
    lanes->item(0)->setCheckState(Qt::Unchecked);
    QCOMPARE(dialog.options().lanes.front(), 1);
    // Every control that takes input has an accessible name or a label.
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if (qobject_cast<QComboBox *>(w) || qobject_cast<QListWidget *>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
    // Export writes the file off the GUI thread and reports back.
    QTemporaryDir dir;
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    const QString path = dir.filePath(QStringLiteral("out.svg"));
    dialog.exportTo(path);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(finished.at(0).at(0).toBool());
    QVERIFY(QFileInfo(path).size() > 1000);
}

void TestTimelineExport::svg_titlesWithCharactersXmlForbids_isWellFormed()
{
    // Given titles with U+0000 (valid JSON as "\u0000"), other C0 controls, a lone surrogate
    // and U+FFFF
    Dataset d = Anchorline::Testing::smallDataset();
    QVERIFY(d.events.size() >= 3);
    d.title = QStringLiteral("Title") + QChar(0) + QStringLiteral("end");
    d.events[0].title = QStringLiteral("Nul") + QChar(0) + QStringLiteral("here") + QChar(0x1B);
    d.events[1].title = QStringLiteral("Lone ") + QChar(0xD800) + QStringLiteral(" surrogate");
    d.events[2].title =
        QStringLiteral("Non") + QChar(0xFFFF) + QStringLiteral("char") + QChar(0x0B);
    Document document;
    document.setDataset(std::move(d), QStringLiteral("forbidden.anchorline.json"));
    ExportOptions o = baseOptions(ExportFormat::Svg);
    TimelineExporter exporter(TimelineExporter::inputFrom(document, nullptr, {}), o);
    // When it is exported as SVG
    const QByteArray svg = exporter.toSvg();
    QVERIFY(!svg.isEmpty());
    // Then the SVG parses, and the titles are there without the forbidden characters
    QString title;
    int elements = 0;
    const QString all = svgTexts(svg, &title, &elements).join(QLatin1Char('|'));
    QVERIFY2(!all.contains(QLatin1String("XML ERROR")), qPrintable(all.left(600)));
    QVERIFY(elements > 10);
    QCOMPARE(title, QStringLiteral("Titleend"));
    QVERIFY2(all.contains(QLatin1String("Nulhere")), qPrintable(all.left(600)));
    QVERIFY(!svg.contains('\0'));
}

namespace {
QStringList g_messages;
void collectMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages << message;
}
} // namespace

void TestTimelineExport::export_fewMegabyteTitle_finishesWithoutWarnings()
{
    // Given a valid dataset whose title and one event's title are 4 MB each
    Dataset d = Anchorline::Testing::smallDataset();
    QString huge;
    huge.reserve(4 << 20);
    while (huge.size() < (4 << 20))
        huge += QStringLiteral("A very long title, word after word. ");
    d.title = huge;
    d.events[0].title = huge;
    d.events[1].shortTitle = huge;
    Document document;
    document.setDataset(std::move(d), QStringLiteral("huge.anchorline.json"));
    // When it is exported as PNG and SVG
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectMessages);
    QElapsedTimer clock;
    clock.start();
    ExportOptions png = baseOptions(ExportFormat::Png);
    png.pixelSize = QSize(1280, 720);
    const QByteArray image =
        TimelineExporter(TimelineExporter::inputFrom(document, nullptr, {}), png).toPng();
    const QByteArray svg = TimelineExporter(TimelineExporter::inputFrom(document, nullptr, {}),
                                            baseOptions(ExportFormat::Svg))
                               .toSvg();
    const qint64 ms = clock.elapsed();
    qInstallMessageHandler(previous);
    // Then both are written, quickly (labels are cut before shaping), and nothing is printed
    qInfo("two exports with 4 MB titles: %lld ms", qlonglong(ms));
    QVERIFY(!image.isEmpty());
    QVERIFY(!svg.isEmpty());
    QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.mid(0, 3).join(QLatin1Char('\n'))));
    QString title;
    int elements = 0;
    const QString texts = svgTexts(svg, &title, &elements).join(QLatin1Char('|'));
    QVERIFY(!texts.contains(QLatin1String("XML ERROR")));
    QVERIFY(texts.contains(QLatin1String("A very long title")));
    QVERIFY(texts.size() < 200000); // the labels hold what can be shown, not 4 MB
}

// Issue 18, item 7: the window's dates can be typed or pasted whole, as in the edit dialogs.
void TestTimelineExport::dialog_dateFieldsTakeAWholeTypedOrPastedDate()
{
    EventFilterProxy proxy(m_document);
    ExportDialog dialog(m_document, proxy, daysFromCivil(2013, 1, 1), daysFromCivil(2027, 1, 1));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The field itself, or the line edit inside it, that carries the accessible name.
    const auto lineEditNamed = [&dialog](const QString &name) -> QLineEdit * {
        for (QWidget *w : dialog.findChildren<QWidget *>()) {
            if (w->accessibleName() != name)
                continue;
            if (auto *edit = qobject_cast<QLineEdit *>(w))
                return edit;
            return w->findChild<QLineEdit *>();
        }
        return nullptr;
    };
    QLineEdit *from = lineEditNamed(QStringLiteral("Window start date"));
    QLineEdit *to = lineEditNamed(QStringLiteral("Window end date"));
    QVERIFY(from && to);
    QRadioButton *custom = nullptr;
    for (QRadioButton *b : dialog.findChildren<QRadioButton *>()) {
        if (b->accessibleName() == QLatin1String("Custom date window"))
            custom = b;
    }
    QVERIFY(custom);
    custom->click();

    // Typed: select what is there and type a whole day.
    from->setFocus();
    from->selectAll();
    QTest::keyClicks(from, QStringLiteral("2015-09-19"));
    QCOMPARE(dialog.options().startDay.value_or(0), double(daysFromCivil(2015, 9, 19)));
    // Pasted: a month, which ends the window on its last day.
    QGuiApplication::clipboard()->setText(QStringLiteral("2016-02"));
    to->setFocus();
    to->selectAll();
    to->paste();
    QCOMPARE(to->text(), QStringLiteral("2016-02"));
    QCOMPARE(dialog.options().endDay.value_or(0), double(daysFromCivil(2016, 3, 1)));
    // A year from the start: 1 January.
    from->selectAll();
    QTest::keyClicks(from, QStringLiteral("2014"));
    QCOMPARE(dialog.options().startDay.value_or(0), double(daysFromCivil(2014, 1, 1)));
    // What the field read is shown, with "Sep" as everywhere else.
    from->selectAll();
    QTest::keyClicks(from, QStringLiteral("2015-09-19"));
    bool shown = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        shown = shown || label->text().startsWith(QLatin1String("19 Sep 2015"));
    QVERIFY(shown);

    // A date that cannot be read says why and blocks the export until it is fixed.
    QPushButton *exportButton = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text().contains(QLatin1String("Export")))
            exportButton = b;
    }
    QVERIFY(exportButton);
    QVERIFY(exportButton->isEnabled());
    to->selectAll();
    QTest::keyClicks(to, QStringLiteral("2016-13"));
    QVERIFY(!exportButton->isEnabled());
    to->selectAll();
    QTest::keyClicks(to, QStringLiteral("2016-12-31"));
    QVERIFY(exportButton->isEnabled());
    QCOMPARE(dialog.options().endDay.value_or(0), double(daysFromCivil(2017, 1, 1)));
}

QTEST_MAIN(TestTimelineExport)
#include "tst_timelineexport.moc"
