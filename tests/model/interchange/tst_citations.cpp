#include "interchange/citations.h"
#include "io/datasetreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Anchorline::Model;

namespace {

Source makeSource(const char *id, const char *family, const char *issued, const char *type)
{
    Source s;
    s.id = QLatin1String(id);
    s.title = QStringLiteral("Title of %1").arg(QLatin1String(id));
    if (family) {
        Person p;
        p.family = QString::fromUtf8(family);
        p.given = QStringLiteral("Ann");
        s.author.push_back(p);
    }
    s.issued = QLatin1String(issued);
    s.issuedDate = PartialDate::fromString(s.issued);
    s.type = QLatin1String(type);
    return s;
}

} // namespace

class TestCitations final : public QObject
{
    Q_OBJECT

private slots:
    void cslJson_hasDatePartsWithTheDatesPrecision_andCirca();
    void cslJson_isDeterministic_andValidJson();
    void bibTeX_keysAreStableAndUnique();
    void bibTeX_escapesSpecials_andChoosesEntryTypes();
    void bibTeX_keysAreTheCslIds();
    void bibTeX_keysNeverRepeat();
    void bibTeX_urlIsLiteral_typesAndDatesReadable();
    void bundledDataset_exportsEverySource();
};

void TestCitations::cslJson_hasDatePartsWithTheDatesPrecision_andCirca()
{
    std::vector<Source> sources = {makeSource("src-a", "Lee", "2026-01-15", "report"),
                                   makeSource("src-b", "Kim", "2023-04~", "article-journal"),
                                   makeSource("src-c", nullptr, "2023-21", "webpage"),
                                   makeSource("src-d", "Ota", "2020/2022", "article")};
    sources[2].containerTitle = QStringLiteral("The Outlet");
    const QJsonArray items = QJsonDocument::fromJson(sourcesToCslJson(sources)).array();
    QCOMPARE(items.size(), 4);
    const QJsonObject a = items[0].toObject();
    QCOMPARE(a[QStringLiteral("id")].toString(), QStringLiteral("src-a"));
    QCOMPARE(a[QStringLiteral("type")].toString(), QStringLiteral("report"));
    QCOMPARE(
        a[QStringLiteral("author")].toArray()[0].toObject()[QStringLiteral("family")].toString(),
        QStringLiteral("Lee"));
    QCOMPARE(QJsonDocument(a[QStringLiteral("issued")].toObject()).toJson(QJsonDocument::Compact),
             QByteArray(R"({"date-parts":[[2026,1,15]]})"));
    QCOMPARE(QJsonDocument(items[1].toObject()[QStringLiteral("issued")].toObject())
                 .toJson(QJsonDocument::Compact),
             QByteArray(R"({"circa":true,"date-parts":[[2023,4]]})"));
    QCOMPARE(QJsonDocument(items[2].toObject()[QStringLiteral("issued")].toObject())
                 .toJson(QJsonDocument::Compact),
             QByteArray(R"({"date-parts":[[2023]],"season":1})"));
    QCOMPARE(QJsonDocument(items[3].toObject()[QStringLiteral("issued")].toObject())
                 .toJson(QJsonDocument::Compact),
             QByteArray(R"({"date-parts":[[2020],[2022]]})"));
    QCOMPARE(items[2].toObject()[QStringLiteral("container-title")].toString(),
             QStringLiteral("The Outlet"));
}

void TestCitations::cslJson_isDeterministic_andValidJson()
{
    const std::vector<Source> sources = {makeSource("src-a", "Lee", "2026-01-15", "report")};
    QCOMPARE(sourcesToCslJson(sources), sourcesToCslJson(sources));
    QJsonParseError error;
    QJsonDocument::fromJson(sourcesToCslJson(sources), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(sourcesToCslJson(sources).endsWith('\n'));
    QCOMPARE(sourcesToCslJson({}), QByteArray("[]\n"));
}

void TestCitations::bibTeX_keysAreStableAndUnique()
{
    // Ids BibTeX cannot use (empty, a space, a comma) get made-up keys.
    std::vector<Source> sources = {makeSource("", "Lee", "2026-01-15", "report"),
                                   makeSource("no good", "Lee", "2026-03", "report"),
                                   makeSource("a,b", "Ōta-Smith", "2023", "article"),
                                   makeSource("", nullptr, "", "webpage"),
                                   makeSource("{x}", "Lee", "2026", "report")};
    sources[3].containerTitle = QStringLiteral("Sejong Focus");
    const std::vector<QString> keys = bibTeXKeys(sources);
    QCOMPARE(keys, (std::vector<QString>{QStringLiteral("lee2026"), QStringLiteral("lee2026a"),
                                         QStringLiteral("ota2023"), QStringLiteral("sejong"),
                                         QStringLiteral("lee2026b")}));
    QCOMPARE(sourcesToBibTeX(sources), sourcesToBibTeX(sources));
}

void TestCitations::bibTeX_escapesSpecials_andChoosesEntryTypes()
{
    Source journal = makeSource("src-a", "Lee", "2026-01-15", "article-journal");
    journal.title = QStringLiteral("50% of {braces} & R_D #1 \\ ~ ^");
    journal.containerTitle = QStringLiteral("Journal");
    Source report = makeSource("src-b", "Kim", "2023~", "report");
    Person org;
    org.literal = QStringLiteral("Ministry of Defense");
    report.author = {org};
    journal.id.clear(); // made-up keys
    report.id.clear();
    const QString bib = QString::fromUtf8(sourcesToBibTeX({journal, report}));
    QVERIFY2(bib.startsWith(QLatin1String("@article{lee2026,\n")), qPrintable(bib));
    QVERIFY2(bib.contains(
                 QLatin1String("title = {{50\\% of \\{braces\\} \\& R\\_D \\#1 \\textbackslash{} "
                               "\\textasciitilde{} \\textasciicircum{}}}")),
             qPrintable(bib));
    QVERIFY(bib.contains(QLatin1String("journal = {Journal}")));
    QVERIFY(bib.contains(QLatin1String("month = jan")));
    QVERIFY(bib.contains(QLatin1String("date = {2026-01-15}")));
    QVERIFY(bib.contains(QLatin1String("@techreport{ministry2023,")));
    QVERIFY(bib.contains(QLatin1String("author = {{Ministry of Defense}}")));
    QVERIFY(bib.contains(QLatin1String("note = {Date approximate: c. 2023}")));
    // Every entry closes, and braces balance.
    QCOMPARE(bib.count(QLatin1Char('{')) - bib.count(QLatin1String("\\{")),
             bib.count(QLatin1Char('}')) - bib.count(QLatin1String("\\}")));
}

void TestCitations::bibTeX_keysAreTheCslIds()
{
    const std::vector<Source> sources = {makeSource("src-lee-2026", "Lee", "2026", "report"),
                                         makeSource("tokuchi:2023", "Tokuchi", "2023", "book")};
    QCOMPARE(bibTeXKeys(sources), (std::vector<QString>{QStringLiteral("src-lee-2026"),
                                                        QStringLiteral("tokuchi:2023")}));
    const QJsonArray items = QJsonDocument::fromJson(sourcesToCslJson(sources)).array();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0].toObject()[QStringLiteral("id")].toString(), QStringLiteral("src-lee-2026"));
    const QString bib = QString::fromUtf8(sourcesToBibTeX(sources));
    QVERIFY2(bib.contains(QLatin1String("{src-lee-2026,\n")), qPrintable(bib));
    QVERIFY2(bib.contains(QLatin1String("{tokuchi:2023,\n")), qPrintable(bib));
}

void TestCitations::bibTeX_keysNeverRepeat()
{
    // Undated "Lee", "Lee", "Leea" once gave lee, leea, leea.
    const std::vector<Source> sources = {
        makeSource("", "Lee", "", "report"), makeSource("", "Lee", "", "report"),
        makeSource("", "Leea", "", "report"), makeSource("", "Leea", "", "report"),
        makeSource("lee", "Someone", "", "report")};
    const std::vector<QString> keys = bibTeXKeys(sources);
    QCOMPARE(keys.size(), sources.size());
    const QSet<QString> distinct(keys.begin(), keys.end());
    QCOMPARE(distinct.size(), qsizetype(keys.size()));
    // The id "lee" keeps its key; the made-up keys go around it.
    QCOMPARE(keys[4], QStringLiteral("lee"));
}

void TestCitations::bibTeX_urlIsLiteral_typesAndDatesReadable()
{
    Source book = makeSource("src-book", "Lee", "2026-01~", "book");
    book.url = QStringLiteral("https://example.org/a_b%20c?x=1&y=2#frag");
    book.publisher = QStringLiteral("Press & Co");
    Source report = makeSource("src-report", "Kim", "2023?", "report");
    report.publisher = QStringLiteral("Institute");
    report.url = QStringLiteral("https://example.org/{odd}~user");
    const QString bib = QString::fromUtf8(sourcesToBibTeX({book, report}));
    QVERIFY2(bib.contains(QLatin1String("@book{src-book,\n")), qPrintable(bib));
    QVERIFY2(bib.contains(QLatin1String("@techreport{src-report,\n")), qPrintable(bib));
    QVERIFY2(bib.contains(QLatin1String("url = {https://example.org/a_b%20c?x=1&y=2#frag}")),
             qPrintable(bib));
    QVERIFY2(bib.contains(QLatin1String("url = {https://example.org/%7Bodd%7D~user}")),
             qPrintable(bib));
    QVERIFY2(bib.contains(QLatin1String("institution = {Institute}")), qPrintable(bib));
    QVERIFY2(bib.contains(QLatin1String("publisher = {Press \\& Co}")), qPrintable(bib));
    QVERIFY2(bib.contains(QLatin1String("note = {Date approximate: c. Jan 2026}")),
             qPrintable(bib));
    QVERIFY2(bib.contains(QLatin1String("note = {Date uncertain: 2023?}")), qPrintable(bib));
    QVERIFY2(!bib.contains(QLatin1String("textasciitilde")), qPrintable(bib));
}

void TestCitations::bundledDataset_exportsEverySource()
{
    const LoadResult loaded = DatasetReader::readFile(
        QStringLiteral(ANCHORLINE_SOURCE_DIR "/resources/data/japan-security.anchorline.json"));
    QVERIFY(loaded.ok());
    const auto &sources = loaded.dataset->sources;
    const QJsonArray items = QJsonDocument::fromJson(sourcesToCslJson(sources)).array();
    QCOMPARE(items.size(), qsizetype(sources.size()));
    const QString bib = QString::fromUtf8(sourcesToBibTeX(sources));
    QCOMPARE(bib.count(QLatin1Char('@')) - bib.count(QLatin1String("\\@")),
             qsizetype(sources.size()));
    QVERIFY(bib.contains(QLatin1String("{src-lee-2026-sejong,")));
}

QTEST_GUILESS_MAIN(TestCitations)
#include "tst_citations.moc"
