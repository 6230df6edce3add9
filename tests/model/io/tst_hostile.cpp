#include "io/datasetreader.h"
#include "io/datasetwriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <unistd.h>

using namespace Anchorline::Model;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool underSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool underSanitizer = true;
#else
constexpr bool underSanitizer = false;
#endif
#else
constexpr bool underSanitizer = false;
#endif

// A hostile file must be refused (or read), never hang. Hangs are caught by the CTest TIMEOUT
// of this test; times are printed, never asserted (they depend on the machine and its load).
void reportTime(const QElapsedTimer &timer, const QString &what)
{
    qInfo("%s: %lld ms", qPrintable(what), timer.elapsed());
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(ANCHORLINE_FIXTURES "/valid/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray head()
{
    return R"({"format": "anchorline", "version": 1, "title": "Hostile")";
}

QByteArray withEvents(const QByteArray &events)
{
    return head() + R"(, "actors": [{"id": "a", "name": "A", "color": "#000000"}], "events": [)" +
           events + "]}";
}

QByteArray eventJson(const char *id, const QByteArray &date = "2020")
{
    return QByteArray(R"({"id": ")") + id + R"(", "title": "T", "date": ")" + date +
           R"(", "kind": "speech"})";
}

// Every error is complete and short enough to show: a 100 MB title must not become a 100 MB
// error message.
void verifyErrorsAreClear(const LoadResult &result)
{
    QVERIFY(!result.ok());
    QVERIFY(!result.dataset.has_value());
    QVERIFY(!result.errors.empty());
    QVERIFY(result.errors.size() <= 201);
    for (const LoadError &error : result.errors) {
        QVERIFY2(!error.message.isEmpty(), "an error without a message");
        QVERIFY2(error.message.size() < 2000,
                 qPrintable(QStringLiteral("message of %1 characters").arg(error.message.size())));
        QVERIFY(!error.file.isEmpty());
    }
}

} // namespace

// A corpus of hostile files, generated here: each gets a clear error (or loads, where the file
// is legal), none crashes or hangs, and memory stays bounded.
class TestHostile final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostileBytes_areRefusedWithAClearError_data();
    void hostileBytes_areRefusedWithAClearError();
    void legalButOdd_loads_data();
    void legalButOdd_loads();
    void truncationAtEveryByte_isAnErrorNeverACrash();
    void wrongTypesEverywhere_areReportedWhereTheyAre();
    void hundredMegabyteString_isRefusedOverALimitAndReadUnderIt();
    void millionErrors_areCappedQuickly();
    void emptyFile_directory_fifo_devices_andUnreadableFiles_areRefused();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    qint64 m_rssAtStart = 0;
};

void TestHostile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_rssAtStart = peakRssKb();
}

void TestHostile::hostileBytes_areRefusedWithAClearError_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nesting 100,000 deep")
        << QByteArray(100000, '[') + QByteArray(100000, ']') << "nesting deeper than 64";
    QByteArray objects;
    for (int i = 0; i < 100000; ++i)
        objects += "{\"a\":";
    QTest::newRow("objects 100,000 deep") << objects << "nesting deeper than 64";
    QTest::newRow("deep inside a valid head")
        << head() + ", \"x\": " + QByteArray(100000, '[') + QByteArray(100000, ']') + "}"
        << "nesting deeper than 64";

    QTest::newRow("utf-8 lone continuation") << head() + ", \"description\": \"\x80\"}"
                                             << "invalid UTF-8";
    QTest::newRow("utf-8 overlong") << head() + ", \"description\": \"\xC0\xAF\"}"
                                    << "invalid UTF-8";
    QTest::newRow("utf-8 surrogate") << head() + ", \"description\": \"\xED\xA0\x80\"}"
                                     << "invalid UTF-8";
    QTest::newRow("utf-8 beyond U+10FFFF") << head() + ", \"description\": \"\xF4\x90\x80\x80\"}"
                                           << "invalid UTF-8";
    QTest::newRow("utf-8 cut at the end") << head() + ", \"description\": \"\xE2\x82"
                                          << "invalid UTF-8";
    QTest::newRow("utf-8 in a key") << head() + ", \"\xFF\": 1}"
                                    << "invalid UTF-8";

    QTest::newRow("NaN") << withEvents(eventJson("e")).chopped(1) +
                                ", \"metrics\": [{\"id\": \"m\", \"name\": \"M\", \"points\": "
                                "[{\"date\": \"2020\", \"value\": NaN}]}]}"
                         << "syntax error";
    QTest::newRow("Infinity") << head() +
                                     ", \"metrics\": [{\"id\": \"m\", \"name\": \"M\", \"points\": "
                                     "[{\"date\": \"2020\", \"value\": Infinity}]}]}"
                              << "syntax error";
    QTest::newRow("1e400") << head() +
                                  ", \"metrics\": [{\"id\": \"m\", \"name\": \"M\", \"points\": "
                                  "[{\"date\": \"2020\", \"value\": 1e400}]}]}"
                           << "number overflow";
    QTest::newRow("-1e400") << head() +
                                   ", \"metrics\": [{\"id\": \"m\", \"name\": \"M\", \"points\": "
                                   "[{\"date\": \"2020\", \"value\": -1e400}]}]}"
                            << "number overflow";
    QTest::newRow("1e400 as version")
        << QByteArray(R"({"format": "anchorline", "version": 1e400, "title": "x"})")
        << "number overflow";
    QTest::newRow("huge integer position")
        << withEvents(R"({"id": "e", "title": "T", "date": "2020", "kind": "k", "evidence": )"
                      R"([{"source": "s", "exact": "q", "start": 99999999999999999999999}]})")
        << "non-negative integer";

    QTest::newRow("UTF-16 LE with BOM") << QByteArray("\xFF\xFE{\0\"\0f\0", 8) << "UTF-16";
    QTest::newRow("UTF-16 BE with BOM") << QByteArray("\xFE\xFF\0{\0\"\0f", 8) << "UTF-16";
    QTest::newRow("UTF-32 LE with BOM") << QByteArray("\xFF\xFE\0\0{\0\0\0", 8) << "UTF-32";
    // Without a byte order mark too (once "unexpected end of input").
    QTest::newRow("UTF-16 LE without BOM") << QByteArray("{\0\n\0 \0 \0\"\0f\0", 12)
                                           << "the file is UTF-16 (little-endian); Anchorline "
                                              "reads UTF-8: save it as UTF-8";
    QTest::newRow("UTF-16 BE without BOM")
        << QByteArray("\0{\0\"\0f", 6) << "is UTF-16 (big-endian)";
    QTest::newRow("UTF-32 LE without BOM")
        << QByteArray("{\0\0\0\"\0\0\0", 8) << "is UTF-32 (little-endian)";
    QTest::newRow("UTF-32 BE without BOM")
        << QByteArray("\0\0\0{\0\0\0\"", 8) << "is UTF-32 (big-endian)";

    QTest::newRow("duplicate event ids")
        << withEvents(eventJson("e1") + "," + eventJson("e1")) << "duplicate id \"e1\"";
    QTest::newRow("duplicate actor ids")
        << head() + R"(, "actors": [{"id": "a", "name": "A", "color": "#000000"},)"
                    R"({"id": "a", "name": "B", "color": "#ffffff"}]})"
        << "duplicate id \"a\"";
    QTest::newRow("year 99999") << withEvents(eventJson("e", "99999")) << "99999";
    QTest::newRow("year 99999 in an interval")
        << withEvents(eventJson("e", "2020/99999-01")) << "99999";
    QTest::newRow("fiscal year 99999") << withEvents(eventJson("e", "FY99999")) << "FY99999";
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("only white space") << QByteArray(" \n\t\r\n ") << "empty";
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << "empty";
    QTest::newRow("a string") << QByteArray("\"anchorline\"") << "expected an Anchorline";
    QTest::newRow("null") << QByteArray("null") << "expected an Anchorline";
    QTest::newRow("NUL bytes") << QByteArray(64, '\0') << "syntax error";
    QTest::newRow("two documents") << fixture("minimal.anchorline.json") + "{}"
                                   << "syntax error";
    QTest::newRow("self relation")
        << withEvents(eventJson("e1")).chopped(1) +
               R"(, "relations": [{"id": "r", "from": "e1", "to": "e1", "type": "cites"}]})"
        << "itself";
}

void TestHostile::hostileBytes_areRefusedWithAClearError()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QElapsedTimer timer;
    timer.start();
    const LoadResult result = DatasetReader::readBytes(bytes, QStringLiteral("hostile.json"));
    reportTime(timer, QString::fromLatin1(QTest::currentDataTag()));
    verifyErrorsAreClear(result);
    QVERIFY2(result.errorText().contains(expected, Qt::CaseInsensitive),
             qPrintable(result.errorText()));
    // Through a file, the same
    const QString path = m_dir.filePath(QStringLiteral("case.anchorline.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    const LoadResult fromFile = DatasetReader::readFile(path);
    verifyErrorsAreClear(fromFile);
    QCOMPARE(fromFile.errors.front().file, path);
}

void TestHostile::legalButOdd_loads_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("UTF-8 BOM") << "\xEF\xBB\xBF" + fixture("full.anchorline.json");
    QTest::newRow("two UTF-8 BOMs") << "\xEF\xBB\xBF\xEF\xBB\xBF" + fixture("full.anchorline.json");
    QTest::newRow("relation cycle of two")
        << withEvents(eventJson("e1") + "," + eventJson("e2")).chopped(1) +
               R"(, "relations": [{"id": "r1", "from": "e1", "to": "e2", "type": "supersedes"},)"
               R"({"id": "r2", "from": "e2", "to": "e1", "type": "supersedes"}]})";
    QTest::newRow("relation cycle of three")
        << withEvents(eventJson("e1") + "," + eventJson("e2") + "," + eventJson("e3")).chopped(1) +
               R"(, "relations": [{"id": "r1", "from": "e1", "to": "e2", "type": "prompts"},)"
               R"({"id": "r2", "from": "e2", "to": "e3", "type": "prompts"},)"
               R"({"id": "r3", "from": "e3", "to": "e1", "type": "prompts"}]})";
    QTest::newRow("year 9999 and -9999")
        << withEvents(eventJson("e1", "9999-12-31") + "," + eventJson("e2", "-9999/9999"));
    QTest::newRow("nesting of exactly 64")
        << head() + ", \"x\": " + QByteArray(63, '[') + QByteArray(63, ']') + "}";
    QTest::newRow("escaped NUL and surrogates in strings")
        << head() + R"(, "description": "a\u0000b \ud83d\ude00"})";
}

void TestHostile::legalButOdd_loads()
{
    QFETCH(QByteArray, bytes);
    const LoadResult result = DatasetReader::readBytes(bytes, QStringLiteral("odd.json"));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    // And it survives a save and a second load
    const QByteArray saved = DatasetWriter::toBytes(*result.dataset);
    const LoadResult again = DatasetReader::readBytes(saved, QStringLiteral("saved.json"));
    QVERIFY2(again.ok(), qPrintable(again.errorText()));
    QCOMPARE(DatasetWriter::toBytes(*again.dataset), saved);
}

void TestHostile::truncationAtEveryByte_isAnErrorNeverACrash()
{
    const QByteArray full = fixture("full.anchorline.json");
    QVERIFY(full.size() > 1000);
    const qsizetype lastBrace = full.lastIndexOf('}');
    QElapsedTimer timer;
    timer.start();
    for (qsizetype size = 0; size < full.size(); ++size) {
        const LoadResult result =
            DatasetReader::readBytes(full.left(size), QStringLiteral("truncated.json"));
        if (size <= lastBrace) {
            QVERIFY2(!result.ok(), qPrintable(QStringLiteral("cut at %1 loaded").arg(size)));
            QVERIFY(!result.errors.front().message.isEmpty());
            if (size > 0)
                QVERIFY2(result.errors.front().line > 0,
                         qPrintable(result.errors.front().toString()));
        } else {
            QVERIFY(result.ok()); // only the final newline is missing
        }
    }
    reportTime(timer, QStringLiteral("truncation at every byte"));
}

void TestHostile::wrongTypesEverywhere_areReportedWhereTheyAre()
{
    // Every value of a full file, replaced in turn by a value of each other JSON type
    using Json = nlohmann::ordered_json;
    const Json original = Json::parse(fixture("full.anchorline.json").toStdString());
    const Json replacements[] = {nullptr, true, 7, 1.5, "text", Json::array(), Json::object()};
    std::vector<Json::json_pointer> pointers;
    const auto flat = original.flatten();
    for (auto it = flat.begin(); it != flat.end(); ++it) {
        Json::json_pointer pointer(it.key());
        // Containers too: every parent of a leaf.
        for (Json::json_pointer p = pointer; !p.empty(); p = p.parent_pointer()) {
            if (std::find(pointers.begin(), pointers.end(), p) == pointers.end())
                pointers.push_back(p);
        }
    }
    QVERIFY(pointers.size() > 100);
    int refused = 0;
    int cases = 0;
    QElapsedTimer timer;
    timer.start();
    for (const auto &pointer : pointers) {
        for (const Json &replacement : replacements) {
            if (original.at(pointer).type() == replacement.type())
                continue;
            Json changed = original;
            changed.at(pointer) = replacement;
            const std::string text = changed.dump(2);
            const LoadResult result = DatasetReader::readBytes(
                QByteArray(text.data(), qsizetype(text.size())), QStringLiteral("typed.json"));
            ++cases;
            if (result.ok())
                continue; // e.g. a value of an unknown key, or a note that became an empty list
            ++refused;
            for (const LoadError &error : result.errors)
                QVERIFY(!error.message.isEmpty());
        }
    }
    QVERIFY(cases > 500);
    QVERIFY2(refused > cases * 3 / 4,
             qPrintable(QStringLiteral("%1 of %2").arg(refused).arg(cases)));
    reportTime(timer, QStringLiteral("wrong types everywhere"));

    // A wrong type is reported at its own place
    const QByteArray title = head().replace("\"Hostile\"", "[1, 2]") + "}";
    const LoadResult result = DatasetReader::readBytes(title, QStringLiteral("t.json"));
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.front().pointer, QStringLiteral("/title"));
    QVERIFY(result.errors.front().message.contains(QStringLiteral("expected a string")));
    QCOMPARE(result.errors.front().line, 1);
}

void TestHostile::hundredMegabyteString_isRefusedOverALimitAndReadUnderIt()
{
    const qsizetype hundredMb = 100 * 1024 * 1024;
    // The string where a version number belongs
    QByteArray bytes = R"({"format": "anchorline", "version": ")";
    bytes.reserve(hundredMb + 128);
    bytes.append(QByteArray(hundredMb, 'x'));
    bytes.append(R"(", "title": "t"})");
    // Under a 16 MiB limit: refused at once, from bytes and from a file
    ReadOptions small;
    small.maxFileSize = 16 * 1024 * 1024;
    QElapsedTimer timer;
    timer.start();
    LoadResult result = DatasetReader::readBytes(bytes, QStringLiteral("big.json"), small);
    verifyErrorsAreClear(result);
    QVERIFY(result.errorText().contains(QStringLiteral("limit")));
    const QString path = m_dir.filePath(QStringLiteral("big.anchorline.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    result = DatasetReader::readFile(path, small);
    verifyErrorsAreClear(result);
    QVERIFY(result.errorText().contains(QStringLiteral("limit")));
    reportTime(timer, QStringLiteral("size limit"));
    QFile::remove(path);

    // A real 100 MB string under the default limit: read to the end, refused with a short
    // message
    if (underSanitizer)
        QSKIP("the full 100 MB parse is measured in the optimised build only");
    timer.restart();
    result = DatasetReader::readBytes(bytes, QStringLiteral("big.json"));
    const qint64 elapsed = timer.elapsed();
    verifyErrorsAreClear(result);
    QVERIFY2(result.errorText().contains(QStringLiteral("version")),
             qPrintable(result.errorText()));
    qInfo("100 MB string read in %lld ms", elapsed);

    // The same string where a short value is expected and quoted: the message is not 100 MB
    bytes.clear();
    bytes.squeeze();
    QByteArray format = R"({"format": ")";
    format.append(QByteArray(hundredMb, 'y'));
    format.append(R"(", "version": 1})");
    result = DatasetReader::readBytes(format, QStringLiteral("format.json"));
    verifyErrorsAreClear(result);
}

void TestHostile::millionErrors_areCappedQuickly()
{
    QByteArray events;
    events.reserve(2 * 1000 * 1000);
    for (int i = 0; i < 1000 * 1000; ++i)
        events += i ? ",1" : "1";
    QElapsedTimer timer;
    timer.start();
    const LoadResult result =
        DatasetReader::readBytes(withEvents(events), QStringLiteral("m.json"));
    verifyErrorsAreClear(result);
    QVERIFY(result.truncated);
    QCOMPARE(int(result.errors.size()), ReadOptions().maxErrors);
    QVERIFY(result.errorText().contains(QStringLiteral("more errors")));
    reportTime(timer, QStringLiteral("many errors"));
}

void TestHostile::emptyFile_directory_fifo_devices_andUnreadableFiles_areRefused()
{
    struct Case
    {
        QString path;
        QString expected;
    };
    std::vector<Case> cases;
    const QString empty = m_dir.filePath(QStringLiteral("empty.anchorline.json"));
    QFile(empty).open(QIODevice::WriteOnly);
    cases.push_back({empty, QStringLiteral("empty")});
    const QString folder = m_dir.filePath(QStringLiteral("folder.anchorline.json"));
    QVERIFY(QDir().mkpath(folder));
    cases.push_back({folder, QStringLiteral("directory")});
    cases.push_back({m_dir.filePath(QStringLiteral("missing.json")), QStringLiteral("no such")});
    // Reading these would block (a FIFO without writer) or never end (/dev/zero): refused.
    const QString fifo = m_dir.filePath(QStringLiteral("fifo.anchorline.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    cases.push_back({fifo, QStringLiteral("not a regular file")});
    cases.push_back({QStringLiteral("/dev/zero"), QStringLiteral("not a regular file")});
    cases.push_back({QStringLiteral("/dev/urandom"), QStringLiteral("not a regular file")});
    // A regular file that fails to read even for root
    if (QFile::exists(QStringLiteral("/proc/self/mem")))
        cases.push_back({QStringLiteral("/proc/self/mem"), QStringLiteral("cannot")});
    const QString locked = m_dir.filePath(QStringLiteral("locked.anchorline.json"));
    {
        QFile file(locked);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(fixture("minimal.anchorline.json"));
    }
    QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
    if (::geteuid() != 0) // root reads it anyway
        cases.push_back({locked, QStringLiteral("cannot open")});

    for (const Case &c : cases) {
        QElapsedTimer timer;
        timer.start();
        const LoadResult result = DatasetReader::readFile(c.path);
        reportTime(timer, c.path);
        verifyErrorsAreClear(result);
        QVERIFY2(result.errorText().contains(c.expected, Qt::CaseInsensitive),
                 qPrintable(c.path + QStringLiteral(": ") + result.errorText()));
    }
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestHostile::cleanupTestCase()
{
    // The 100 MB cases hold the text, its DOM and its QString at once: bounded, not unbounded.
    const qint64 growthMb = (peakRssKb() - m_rssAtStart) / 1024;
    qInfo("peak RSS growth: %lld MB", growthMb);
    QVERIFY2(growthMb < (underSanitizer ? 3072 : 1024), qPrintable(QString::number(growthMb)));
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
