// Exports label in the data language: the same renderer, the translated titles, lane names
// and heading (docs/format.md, Translations).
#include "document/document.h"
#include "export/timelineexport.h"
#include "io/datasetreader.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace Anchorline::Model;
using namespace Anchorline::Views;

namespace {

const QByteArray fixture = R"({
  "format": "anchorline",
  "version": 1,
  "title": "Strategy papers",
  "language": "en",
  "translations": {"ja": {"title": "戦略文書"}},
  "actors": [
    {"id": "japan", "name": "Japan", "color": "#0072b2",
     "translations": {"ja": {"name": "日本"}}}
  ],
  "events": [
    {"id": "ev-nss", "title": "National Security Strategy", "date": "2022-12-16",
     "kind": "strategy-document", "actors": ["japan"],
     "translations": {"ja": {"title": "国家安全保障戦略"}}},
    {"id": "ev-plain", "title": "A speech", "date": "2023-03-20", "kind": "speech",
     "actors": ["japan"]}
  ]
}
)";

QStringList svgTexts(const QByteArray &svg)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    return texts;
}

QByteArray exportSvg(const QString &choice)
{
    LoadResult r = DatasetReader::readBytes(fixture, QStringLiteral("f.json"));
    if (!r.ok())
        return {};
    Document document;
    document.setDataLanguage(choice, QStringLiteral("en"));
    document.setDataset(std::move(*r.dataset), QString());
    ExportOptions options;
    options.format = ExportFormat::Svg;
    options.pixelSize = QSize(1920, 1080);
    options.dpi = 96;
    options.startDay = double(daysFromCivil(2022, 1, 1));
    options.endDay = double(daysFromCivil(2024, 1, 1));
    TimelineExporter exporter(TimelineExporter::inputFrom(document, nullptr, QString()), options);
    return exporter.toSvg();
}

QStringList exportTexts(const QString &choice)
{
    return svgTexts(exportSvg(choice));
}

} // namespace

class TestExportLanguage final : public QObject
{
    Q_OBJECT
private slots:
    void japanese_labelsTheStrategyDocumentInJapanese();
    void original_keepsTheFilesText();
    void svg_namesTheJapaneseFaceForItsViewer();
};

void TestExportLanguage::japanese_labelsTheStrategyDocumentInJapanese()
{
    // Given the Japanese data language
    const QStringList texts = exportTexts(QStringLiteral("ja"));
    QVERIFY(!texts.isEmpty());
    // Then the document, its lane and the heading are Japanese; the untranslated event is not
    QVERIFY2(texts.contains(QStringLiteral("国家安全保障戦略")), qPrintable(texts.join(u'|')));
    QVERIFY(!texts.contains(QStringLiteral("National Security Strategy")));
    QVERIFY(texts.contains(QStringLiteral("日本")));
    QVERIFY(texts.join(u'|').contains(QStringLiteral("戦略文書")));
    QVERIFY(texts.contains(QStringLiteral("A speech")));
}

void TestExportLanguage::original_keepsTheFilesText()
{
    const QStringList texts = exportTexts(QStringLiteral("original"));
    QVERIFY(texts.contains(QStringLiteral("National Security Strategy")));
    QVERIFY(!texts.contains(QStringLiteral("国家安全保障戦略")));
}

void TestExportLanguage::svg_namesTheJapaneseFaceForItsViewer()
{
    // Given a Japanese SVG export: a viewer of the file, not Qt, picks the face of each label
    const QByteArray svg = exportSvg(QStringLiteral("ja"));
    QVERIFY(svg.contains("国家安全保障戦略"));
    // Then every font-family names the Japanese face after the Latin one, and the file parses
    QVERIFY(svg.contains("font-family=\"DejaVu Sans, 'Noto Sans CJK JP'\""));
    QVERIFY(!svg.contains("font-family=\"DejaVu Sans\""));
    QVERIFY(!svgTexts(svg).isEmpty());
}

QTEST_MAIN(TestExportLanguage)
#include "tst_exportlanguage.moc"
