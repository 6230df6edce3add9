// The Document's data language: the table shows it, the filter and the search match both
// languages, evidence quotes stay as the source wrote them (docs/format.md, Translations).
#include "document/document.h"
#include "document/tablemodels.h"
#include "index/searchindex.h"
#include "itemmodels/eventfilterproxy.h"
#include "itemmodels/searchmodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Anchorline::Model;

class TestDataLanguage final : public QObject
{
    Q_OBJECT
private slots:
    void table_showsTheDataLanguage_andFollowsAChange();
    void filterAndSearch_matchBothLanguages();
    void evidence_isNeverTranslated();
};

namespace {

Dataset bilingual()
{
    Dataset d;
    d.title = QStringLiteral("Records");
    d.language = QStringLiteral("en");
    d.translations.setText(TranslatedKind::Dataset, QStringLiteral("ja"), QStringLiteral("title"),
                           QStringLiteral("記録"));
    Event e;
    e.id = QStringLiteral("ev-pier");
    e.title = QStringLiteral("The new pier opens");
    e.date = QStringLiteral("2011-04-02");
    e.parsed = PartialDate::fromString(e.date);
    e.kind = QStringLiteral("institution");
    e.summary = QStringLiteral("A longer pier for bigger ships.");
    e.evidence.push_back(
        Anchor{QStringLiteral("src"), QStringLiteral("the pier was opened"), {}, {}, -1, -1, {}});
    e.translations.setText(TranslatedKind::Event, QStringLiteral("ja"), QStringLiteral("title"),
                           QStringLiteral("新しい桟橋が開く"));
    e.translations.setText(TranslatedKind::Event, QStringLiteral("ja"), QStringLiteral("summary"),
                           QStringLiteral("大きな船のための長い桟橋。"));
    d.events.push_back(e);
    Event other = e;
    other.id = QStringLiteral("ev-other");
    other.title = QStringLiteral("A market day");
    other.summary.clear();
    other.evidence.clear();
    other.translations = {};
    d.events.push_back(other);
    return d;
}

} // namespace

void TestDataLanguage::table_showsTheDataLanguage_andFollowsAChange()
{
    // Given a bilingual dataset in a Japanese interface, Automatic
    Document document;
    document.setDataLanguage(QStringLiteral("auto"), QStringLiteral("ja_JP"));
    document.setDataset(bilingual(), QString());
    QAbstractItemModel *events = document.eventModel();
    const QModelIndex title = events->index(0, EventModel::TitleColumn);
    // Then the table and the window title are Japanese, and so is the editable value: an
    // in-place edit changes the translation on show (tst_tablemodels)
    QCOMPARE(title.data().toString(), QStringLiteral("新しい桟橋が開く"));
    QCOMPARE(title.data(Qt::EditRole).toString(), QStringLiteral("新しい桟橋が開く"));
    QCOMPARE(document.displayTitle(), QStringLiteral("記録"));
    // An event without a translation keeps its own title
    QCOMPARE(events->index(1, EventModel::TitleColumn).data().toString(),
             QStringLiteral("A market day"));
    // When the override asks for the dataset's own text
    QSignalSpy changed(&document, &Document::dataLanguageChanged);
    QSignalSpy rows(events, &QAbstractItemModel::dataChanged);
    document.setDataLanguage(QStringLiteral("original"), QStringLiteral("ja_JP"));
    // Then the views are told once and the table shows English
    QCOMPARE(changed.size(), 1);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(title.data().toString(), QStringLiteral("The new pier opens"));
    QCOMPARE(document.dataLanguageChoice(), QStringLiteral("original"));
}

void TestDataLanguage::filterAndSearch_matchBothLanguages()
{
    Document document;
    document.setDataLanguage(QStringLiteral("original"), QStringLiteral("en"));
    document.setDataset(bilingual(), QString());
    // Given English on show, a filter in Japanese still finds the event, and English too
    EventFilterProxy filter(document);
    filter.setText(QStringLiteral("桟橋"));
    QVERIFY(filter.acceptsEvent(0));
    QVERIFY(!filter.acceptsEvent(1));
    filter.setText(QStringLiteral("pier"));
    QVERIFY(filter.acceptsEvent(0));
    QVERIFY(!filter.acceptsEvent(1));
    // And the search finds the Japanese summary, showing the text it was found in
    SearchIndex index;
    index.setEvents(document.dataset());
    const SearchResults results = index.query(u"大きな船");
    QCOMPARE(results.events.size(), std::size_t(1));
    QCOMPARE(results.events[0].eventIndex, 0);
    QCOMPARE(index.fieldText(results.events[0], document.dataset()),
             QStringLiteral("大きな船のための長い桟橋。"));
    SearchModel model;
    model.setResults(results, index, document.dataset(), u"大きな船",
                     DisplayText(QStringLiteral("ja")));
    QVERIFY(model.rowCount() == 1);
    const QString shown = model.index(0, 0).data(Qt::DisplayRole).toString() +
                          model.index(0, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(shown.contains(QStringLiteral("新しい桟橋が開く")), qPrintable(shown));
}

void TestDataLanguage::evidence_isNeverTranslated()
{
    // Given a Japanese data language, the quote an event cites is still the source's words:
    // translations have no field for it, and the reader refuses one (tst_translationsio).
    QVERIFY(!isTranslatableField(TranslatedKind::Event, u"exact"));
    QVERIFY(!isTranslatableField(TranslatedKind::Event, u"evidence"));
    Document document;
    document.setDataLanguage(QStringLiteral("ja"), QStringLiteral("ja"));
    document.setDataset(bilingual(), QString());
    QCOMPARE(document.dataset().events[0].evidence[0].exact, QStringLiteral("the pier was opened"));
}

QTEST_GUILESS_MAIN(TestDataLanguage)
#include "tst_datalanguage.moc"
