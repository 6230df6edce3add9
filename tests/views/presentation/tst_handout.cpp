// writeHandout: a PDF with one page per step, fixed metadata, and the notes on the pages.

#include "document/document.h"
#include "presentation/handout.h"

#include <QFile>
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
