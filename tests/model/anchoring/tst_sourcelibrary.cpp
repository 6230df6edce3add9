#include "anchoring/sourcelibrary.h"
#include "anchoring/textnormalize.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline::Model;

namespace {

const QString StrategyText = QStringLiteral(
    "Japan\u2019s New Strategy and the Region\n\nBy A. Writer\n\nThe strategy of 2022 changed "
    "the terms of the debate.\n");
const QString BudgetText =
    QStringLiteral("Notes on the defence budget\n\nSpending rises every year until 2027.\n");

void writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray bytes = text.toUtf8();
    QCOMPARE(file.write(bytes), bytes.size());
}

Source makeSource(const QString &id, const QString &title, const QString &fingerprint = {},
                  const QString &file = {})
{
    Source source;
    source.id = id;
    source.title = title;
    source.fingerprint = fingerprint;
    source.file = file;
    return source;
}

} // namespace

class TestSourceLibrary final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void scan_directory_readsTextFilesOneLevelDeep();
    void scan_missingDirectory_fails();
    void match_byFingerprint_evenWithOtherLineEndingsAndQuotes();
    void match_fingerprintWinsOverFileNameAndTitle();
    void match_byFileName_data();
    void match_byFileName();
    void match_byTitle_data();
    void match_byTitle();
    void match_titleFarIntoText_isNotMatched();
    void match_htmlFile_byTitleOfPlainText();
    void matchAll_dataset_oneEntryPerSourceInOrder();
    void match_contentBeatsAnotherSourcesFileName_andAWrongTextIsFlagged();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSourceLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSourceLibrary::scan_directory_readsTextFilesOneLevelDeep()
{
    // Given text files at the top, one and two levels down, and files that are not texts
    writeFile(m_dir->filePath(QStringLiteral("a.txt")), StrategyText);
    writeFile(m_dir->filePath(QStringLiteral("b.md")), BudgetText);
    writeFile(m_dir->filePath(QStringLiteral("sub/c.TXT")), BudgetText);
    writeFile(m_dir->filePath(QStringLiteral("sub/deeper/d.txt")), BudgetText);
    writeFile(m_dir->filePath(QStringLiteral("data.json")), QStringLiteral("{}"));
    writeFile(m_dir->filePath(QStringLiteral("scan.png")), QStringLiteral("PNG"));
    // PDFs are sources too (tst_pdftext); a damaged one is a problem, named, not dropped.
    writeFile(m_dir->filePath(QStringLiteral("paper.pdf")), QStringLiteral("%PDF"));

    // When the folder is scanned
    SourceLibrary library;
    QString error;
    const bool ok = library.scan(m_dir->path(), &error);

    // Then the text files of the folder and its subfolders are read, with fingerprints
    QVERIFY2(ok, qPrintable(error));
    QStringList relatives;
    for (const LibraryFile &file : library.files())
        relatives.append(file.relative);
    QCOMPARE(relatives, QStringList({QStringLiteral("a.txt"), QStringLiteral("b.md"),
                                     QStringLiteral("sub/c.TXT")}));
    QCOMPARE(library.files().front().fingerprint, fingerprintOfText(StrategyText));
    QCOMPARE(library.files().front().text, StrategyText);
    QCOMPARE(library.problems().size(), 1);
    QVERIFY2(library.problems().front().contains(QStringLiteral("paper.pdf: not a PDF")),
             qPrintable(library.problems().front()));
}

void TestSourceLibrary::scan_missingDirectory_fails()
{
    // Given a folder that does not exist
    SourceLibrary library;
    QString error;

    // When scanned, Then it fails and says which folder
    QVERIFY(!library.scan(m_dir->filePath(QStringLiteral("nowhere")), &error));
    QVERIFY(error.contains(u"nowhere"));
    QVERIFY(library.files().empty());
}

void TestSourceLibrary::match_byFingerprint_evenWithOtherLineEndingsAndQuotes()
{
    // Given a user's copy saved with CRLF, straight quotes and a no-break space, under an
    // unrelated name
    QString copy = StrategyText;
    copy.replace(u'\u2019', u'\'').replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    copy.replace(QStringLiteral("By A."), QStringLiteral("By\u00a0A."));
    writeFile(m_dir->filePath(QStringLiteral("download (1).txt")), copy);
    writeFile(m_dir->filePath(QStringLiteral("other.txt")), BudgetText);
    SourceLibrary library;
    QVERIFY(library.scan(m_dir->path()));

    // When a source carrying the original's fingerprint (and a title found nowhere) is matched
    const SourceText found =
        library.match(makeSource(QStringLiteral("src-a"), QStringLiteral("Unrelated title"),
                                 fingerprintOfText(StrategyText)));

    // Then the copy is recognised by its fingerprint, with LF line endings
    QCOMPARE(found.match, SourceMatch::Fingerprint);
    QCOMPARE(QFileInfo(found.path).fileName(), QStringLiteral("download (1).txt"));
    QVERIFY(!found.text.contains(u'\r'));
    QCOMPARE(found.sourceId, QStringLiteral("src-a"));
}

void TestSourceLibrary::match_fingerprintWinsOverFileNameAndTitle()
{
    // Given one file named as the source says and carrying its title, and another with its
    // fingerprint
    writeFile(m_dir->filePath(QStringLiteral("named.txt")), StrategyText + QStringLiteral("old"));
    writeFile(m_dir->filePath(QStringLiteral("zz.txt")), StrategyText);
    SourceLibrary library;
    QVERIFY(library.scan(m_dir->path()));

    // When matched
    const SourceText found = library.match(
        makeSource(QStringLiteral("src-a"), QStringLiteral("Japan's New Strategy"),
                   QStringLiteral("sha256:") + fingerprintOfText(StrategyText).mid(7).toUpper(),
                   QStringLiteral("named.txt")));

    // Then the fingerprint decides (compared without regard to hex case)
    QCOMPARE(found.match, SourceMatch::Fingerprint);
    QCOMPARE(QFileInfo(found.path).fileName(), QStringLiteral("zz.txt"));
}

void TestSourceLibrary::match_byFileName_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare name") << QStringLiteral("budget.md") << QStringLiteral("budget.md");
    QTest::newRow("name in subfolder")
        << QStringLiteral("notes.txt") << QStringLiteral("sub/notes.txt");
    QTest::newRow("relative path")
        << QStringLiteral("sub/notes.txt") << QStringLiteral("sub/notes.txt");
    QTest::newRow("stale fingerprint, name still matches")
        << QStringLiteral("budget.md") << QStringLiteral("budget.md");
}

void TestSourceLibrary::match_byFileName()
{
    // Given files whose text does not carry the source's title
    QFETCH(QString, file);
    QFETCH(QString, expected);
    writeFile(m_dir->filePath(QStringLiteral("budget.md")), BudgetText);
    writeFile(m_dir->filePath(QStringLiteral("sub/notes.txt")), BudgetText + u'!');
    SourceLibrary library;
    QVERIFY(library.scan(m_dir->path()));
    const QString staleFingerprint = QStringLiteral("sha256:") + QString(64, u'0');

    // When a source naming a file is matched
    const SourceText found = library.match(makeSource(
        QStringLiteral("src-b"), QStringLiteral("A title found nowhere"), staleFingerprint, file));

    // Then the file is found by its name
    QCOMPARE(found.match, SourceMatch::FileName);
    QVERIFY2(found.path.endsWith(expected), qPrintable(found.path));
}

void TestSourceLibrary::match_byTitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("matches");
    QTest::newRow("same title") << QStringLiteral("Japan\u2019s New Strategy and the Region")
                                << true;
    QTest::newRow("straight quote, other case")
        << QStringLiteral("japan's new strategy and THE region") << true;
    QTest::newRow("extra spaces") << QStringLiteral("  Japan's  New\nStrategy ") << true;
    QTest::newRow("other title") << QStringLiteral("Korea's New Strategy") << false;
    QTest::newRow("empty title") << QString() << false;
}

void TestSourceLibrary::match_byTitle()
{
    // Given a file that prints the article's title at the top
    QFETCH(QString, title);
    QFETCH(bool, matches);
    writeFile(m_dir->filePath(QStringLiteral("0001.txt")), BudgetText);
    writeFile(m_dir->filePath(QStringLiteral("0002.txt")), StrategyText);
    SourceLibrary library;
    QVERIFY(library.scan(m_dir->path()));

    // When a source without fingerprint or file is matched
    const SourceText found = library.match(makeSource(QStringLiteral("src-a"), title));

    // Then the title finds it, regardless of case, quote style and white space
    QCOMPARE(found.found(), matches);
    if (matches) {
        QCOMPARE(found.match, SourceMatch::Title);
        QCOMPARE(QFileInfo(found.path).fileName(), QStringLiteral("0002.txt"));
        QCOMPARE(found.text, StrategyText);
    } else {
        QVERIFY(found.path.isEmpty());
        QVERIFY(found.text.isEmpty());
    }
}

void TestSourceLibrary::match_titleFarIntoText_isNotMatched()
{
    // Given a text that mentions the title only after a long introduction
    writeFile(m_dir->filePath(QStringLiteral("long.txt")),
              QString(3000, u'x') + QStringLiteral(" Japan's New Strategy and the Region"));
    SourceLibrary library;
    QVERIFY(library.scan(m_dir->path()));

    // When matched by title, Then it is not taken for the article
    const SourceText found = library.match(
        makeSource(QStringLiteral("src-a"), QStringLiteral("Japan's New Strategy and the Region")));
    QVERIFY(!found.found());
    QCOMPARE(sourceMatchName(found.match), QStringLiteral("none"));
}

void TestSourceLibrary::match_htmlFile_byTitleOfPlainText()
{
    // Given a saved web page whose title is marked up and whose script mentions the title
    writeFile(m_dir->filePath(QStringLiteral("page.html")),
              QStringLiteral("<html><head><script>var t = 'Budget &amp; Power';</script></head>"
                             "<body><h1>Budget <em>&amp;</em> Power</h1><p>Text.</p></body>"
                             "</html>"));
    SourceLibrary library;
    QVERIFY(library.scan(m_dir->path()));

    // When matched by title
    const SourceText found =
        library.match(makeSource(QStringLiteral("src-h"), QStringLiteral("Budget & Power")));

    // Then the page's plain text is found and carries no markup
    QCOMPARE(found.match, SourceMatch::Title);
    QVERIFY(!found.text.contains(u'<'));
    QVERIFY(!found.text.contains(u"var t"));
    QCOMPARE(normalizeText(found.text), QStringLiteral("Budget & Power Text."));
}

void TestSourceLibrary::matchAll_dataset_oneEntryPerSourceInOrder()
{
    // Given a dataset with a source that has a text and one that has none
    writeFile(m_dir->filePath(QStringLiteral("a.txt")), StrategyText);
    SourceLibrary library;
    QVERIFY(library.scan(m_dir->path()));
    Dataset dataset;
    dataset.sources = {makeSource(QStringLiteral("src-none"), QStringLiteral("Missing")),
                       makeSource(QStringLiteral("src-a"), {}, fingerprintOfText(StrategyText))};

    // When all sources are matched
    const std::vector<SourceText> texts = library.matchAll(dataset);

    // Then each source has its entry, in the dataset's order
    QCOMPARE(texts.size(), std::size_t(2));
    QCOMPARE(texts[0].sourceId, QStringLiteral("src-none"));
    QVERIFY(!texts[0].found());
    QCOMPARE(texts[1].sourceId, QStringLiteral("src-a"));
    QCOMPARE(sourceMatchName(texts[1].match), QStringLiteral("fingerprint"));
}

void TestSourceLibrary::match_contentBeatsAnotherSourcesFileName_andAWrongTextIsFlagged()
{
    // Given an edited copy of the strategy article saved under the budget source's file name,
    // and the budget notes under a name of their own
    writeFile(m_dir->filePath(QStringLiteral("budget.md")),
              StrategyText + QStringLiteral("An added paragraph.\n"));
    writeFile(m_dir->filePath(QStringLiteral("spending.txt")), BudgetText);
    Dataset d;
    d.sources = {makeSource(QStringLiteral("src-strategy"), QStringLiteral("A title found nowhere"),
                            {}, QStringLiteral("strategy.txt")),
                 makeSource(QStringLiteral("src-budget"), QStringLiteral("Another missing title"),
                            {}, QStringLiteral("budget.md"))};
    Event e;
    e.id = QStringLiteral("ev");
    Anchor a;
    a.source = QStringLiteral("src-strategy");
    a.exact = QStringLiteral("changed the terms of the debate");
    e.evidence.push_back(a);
    a.exact = QStringLiteral("The strategy of 2022");
    e.evidence.push_back(a);
    a.source = QStringLiteral("src-budget");
    a.exact = QStringLiteral("Spending rises every year");
    e.evidence.push_back(a);
    a.exact = QStringLiteral("until 2027");
    e.evidence.push_back(a);
    d.events.push_back(e);
    QCOMPARE(SourceLibrary::quotesOf(d, QStringLiteral("src-budget")).size(), 2);

    SourceLibrary library;
    QVERIFY(library.scan(m_dir->path()));
    // Then each source gets the text that holds its quotes, whatever the file names say
    const std::vector<SourceText> texts = library.matchAll(d);
    QCOMPARE(texts.size(), std::size_t(2));
    QCOMPARE(texts[0].match, SourceMatch::Content);
    QVERIFY2(texts[0].path.endsWith(QLatin1String("budget.md")), qPrintable(texts[0].path));
    QCOMPARE(texts[1].match, SourceMatch::Content);
    QVERIFY2(texts[1].path.endsWith(QLatin1String("spending.txt")), qPrintable(texts[1].path));
    // And a single dropped file goes to the source whose quotes it holds
    QCOMPARE(sourceIdForText(d, StrategyText, QStringLiteral("budget.md")),
             QStringLiteral("src-strategy"));

    // Given only the misnamed copy, the budget source gets it by file name, and it is flagged
    QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("spending.txt"))));
    SourceLibrary alone;
    QVERIFY(alone.scan(m_dir->path()));
    const SourceText byName =
        alone.match(d.sources[1], SourceLibrary::quotesOf(d, QStringLiteral("src-budget")));
    QCOMPARE(byName.match, SourceMatch::FileName);
    QVERIFY(looksUnlikeSource(0, 2));
    QVERIFY(looksUnlikeSource(1, 3));
    QVERIFY(!looksUnlikeSource(2, 3));
    QVERIFY(!looksUnlikeSource(0, 0));
}

QTEST_GUILESS_MAIN(TestSourceLibrary)
#include "tst_sourcelibrary.moc"
