// writeHandout: a PDF with one page per step, fixed metadata, and the notes on the pages.

#include "document/document.h"
#include "presentation/handout.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Anchorline::Model;
using namespace Anchorline::Views;

namespace {

int pageCount(const QByteArray &pdf)
{
    // Page objects: "/Type /Page" but not the "/Type /Pages" tree node.
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int count = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++count;
    return count;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestHandout final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void bundledTour_hasOnePagePerStep();
    void sameTour_givesTheSameBytes();
    void pages_carryNoteQuoteCitationAndFooter();
    void pdf_readersReportNoProblem();
    void pages_areFilledDownToTheFooter();
    void emptyTour_isRefused();
    void unwritablePath_saysWhy();

private:
    const Tour &tour() const { return m_document->dataset().tours[0]; }
    std::unique_ptr<Document> m_document;
    QTemporaryDir m_dir;
};

void TestHandout::init()
{
    QVERIFY(m_dir.isValid());
    m_document = std::make_unique<Document>();
    m_document->load(
        QStringLiteral(ANCHORLINE_SOURCE_DIR "/resources/data/japan-security.anchorline.json"));
    QCOMPARE(m_document->dataset().tours.size(), std::size_t(1));
}

void TestHandout::bundledTour_hasOnePagePerStep()
{
    const QString path = m_dir.filePath(QStringLiteral("tour.pdf"));
    QString error;
    QVERIFY2(writeHandout(*m_document, tour(), path, &error), qPrintable(error));
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-1.6"));
    QCOMPARE(pageCount(pdf), int(tour().steps.size()));
    QCOMPARE(pageCount(pdf), 14);
    // A4 portrait: 595 x 842 points
    QVERIFY(pdf.contains("/MediaBox [0 0 595"));
    // Every page has a snapshot and text: far more than an empty page each
    QVERIFY2(pdf.size() > 14 * 8000, qPrintable(QString::number(pdf.size())));

    // A shorter tour, fewer pages
    Tour two = tour();
    two.steps.resize(2);
    QVERIFY(writeHandout(*m_document, two, path, &error));
    QCOMPARE(pageCount(readAll(path)), 2);
}

void TestHandout::sameTour_givesTheSameBytes()
{
    const QString a = m_dir.filePath(QStringLiteral("a.pdf"));
    const QString b = m_dir.filePath(QStringLiteral("b.pdf"));
    QVERIFY(writeHandout(*m_document, tour(), a, nullptr));
    QVERIFY(writeHandout(*m_document, tour(), b, nullptr));
    const QByteArray pdf = readAll(a);
    QCOMPARE(readAll(b), pdf);
    QVERIFY(pdf.contains("D:20000101000000Z"));
}

void TestHandout::pages_carryNoteQuoteCitationAndFooter()
{
    // The content streams are compressed; poppler's pdftotext reads them when it is installed.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString path = m_dir.filePath(QStringLiteral("tour.pdf"));
    QVERIFY(writeHandout(*m_document, tour(), path, nullptr));
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY(pages.size() >= 14);
    // NFKC: the PDF's text has ligatures ("ﬁ") where the note has letters
    auto simplified = [](const QString &s) {
        return s.normalized(QString::NormalizationForm_KC).simplified();
    };
    const Dataset &data = m_document->dataset();
    for (int i = 0; i < 14; ++i) {
        const QString page = simplified(pages[i]);
        const TourStep &step = tour().steps[std::size_t(i)];
        // The first words of the note (line breaks differ), the footer, the event's title
        const QString start = step.note.section(QLatin1Char(' '), 0, 5);
        QVERIFY2(page.contains(start),
                 qPrintable(QStringLiteral("page %1: %2").arg(i + 1).arg(start)));
        QVERIFY(page.contains(QStringLiteral("Step %1 of 14").arg(i + 1)));
        const Event &event = data.events[std::size_t(data.indexOfEvent(step.event))];
        if (!event.evidence.empty()) {
            const Anchor &anchor = event.evidence.front();
            const Source &source = data.sources[std::size_t(data.indexOfSource(anchor.source))];
            QVERIFY2(
                page.contains(source.shortReference()),
                qPrintable(QStringLiteral("page %1: %2").arg(i + 1).arg(source.shortReference())));
        }
    }
}

// Issue 18, item 11: poppler and qpdf read the handout without a warning (a closepath with no
// current point was written four times).
void TestHandout::pdf_readersReportNoProblem()
{
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (qpdf.isEmpty() || pdftoppm.isEmpty())
        QSKIP("qpdf and pdftoppm (packages qpdf, poppler-utils) are not installed");
    const QString path = m_dir.filePath(QStringLiteral("tour.pdf"));
    QVERIFY(writeHandout(*m_document, tour(), path, nullptr));
    QProcess check;
    check.start(qpdf, {QStringLiteral("--check"), path});
    QVERIFY(check.waitForFinished(60000));
    const QString checked =
        QString::fromUtf8(check.readAllStandardOutput() + check.readAllStandardError());
    QVERIFY2(check.exitCode() == 0 && !checked.contains(QLatin1String("WARNING")),
             qPrintable(checked));
    QProcess render;
    render.start(pdftoppm, {QStringLiteral("-r"), QStringLiteral("20"), QStringLiteral("-png"),
                            path, m_dir.filePath(QStringLiteral("page"))});
    QVERIFY(render.waitForFinished(60000));
    const QString errors = QString::fromUtf8(render.readAllStandardError());
    QCOMPARE(render.exitCode(), 0);
    QVERIFY2(errors.trimmed().isEmpty(), qPrintable(errors));
}

// Issue 18, item 11: a page is not half empty: no blank band of more than a tenth of the page
// between the heading and the footer.
void TestHandout::pages_areFilledDownToTheFooter()
{
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed");
    const QString path = m_dir.filePath(QStringLiteral("tour.pdf"));
    QVERIFY(writeHandout(*m_document, tour(), path, nullptr));
    QProcess render;
    render.start(pdftoppm, {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"),
                            path, m_dir.filePath(QStringLiteral("fill"))});
    QVERIFY(render.waitForFinished(60000));
    const QStringList pages =
        QDir(m_dir.path()).entryList({QStringLiteral("fill*.png")}, QDir::Files, QDir::Name);
    QCOMPARE(pages.size(), int(tour().steps.size()));
    for (const QString &name : pages) {
        const QImage page(m_dir.filePath(name));
        QVERIFY(!page.isNull());
        // The footer's rule is the last drawn row band; look above the bottom tenth.
        const int bottom = page.height() * 88 / 100;
        int blankRun = 0;
        int longest = 0;
        for (int y = page.height() / 10; y < bottom; ++y) {
            bool blank = true;
            for (int x = page.width() / 20; x < page.width() * 19 / 20 && blank; ++x)
                blank = qGray(page.pixel(x, y)) > 245;
            blankRun = blank ? blankRun + 1 : 0;
            longest = std::max(longest, blankRun);
        }
        QVERIFY2(longest < page.height() / 10, qPrintable(QStringLiteral("%1: %2 blank rows of %3")
                                                              .arg(name)
                                                              .arg(longest)
                                                              .arg(page.height())));
    }
}

void TestHandout::emptyTour_isRefused()
{
    Tour empty;
    empty.id = QStringLiteral("tour-empty");
    empty.title = QStringLiteral("Empty");
    const QString path = m_dir.filePath(QStringLiteral("empty.pdf"));
    QString error;
    QVERIFY(!writeHandout(*m_document, empty, path, &error));
    QVERIFY(error.contains(QStringLiteral("no steps")));
    QVERIFY(!QFile::exists(path));
}

void TestHandout::unwritablePath_saysWhy()
{
    QString error;
    QVERIFY(!writeHandout(*m_document, tour(),
                          m_dir.filePath(QStringLiteral("missing/dir/tour.pdf")), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestHandout)
#include "tst_handout.moc"
