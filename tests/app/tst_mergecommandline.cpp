#include "io/datasetreader.h"
#include "io/datasetwriter.h"
#include "merge/datasetjson.h"
#include "model/merge/mergefixture.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline::Model;
using namespace Anchorline::Testing;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// Runs a program as a user (or Git) would, with a Git that reads no user or system config.
Run run(const QString &program, const QStringList &args, const QString &folder)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), folder);
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Test"));
    env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("test@example.org"));
    env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Test"));
    env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("test@example.org"));
    env.insert(QStringLiteral("GIT_PAGER"), QStringLiteral("cat"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(folder);
    process.start(program, args);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

Run anchorline(const QStringList &args, const QString &folder)
{
    return run(QStringLiteral(ANCHORLINE_EXECUTABLE), args, folder);
}

void write(const QString &path, const Json &json)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(DatasetWriter::toBytes(toDataset(json))) < 0)
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// `anchorline diff` and `anchorline merge`, run as programs and as Git's drivers.
class TestMergeCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void help_printsUsageAndExitsZero_data();
    void help_printsUsageAndExitsZero();
    void unknownOption_isAUsageErrorExitingTwo_data();
    void unknownOption_isAUsageErrorExitingTwo();
    void diff_exitCodes_textAndJson();
    void diff_unreadableFile_saysWhereAndExitsTwo();
    void merge_clean_writesOut();
    void merge_conflict_keepsOursListsItAndExitsOne();
    void merge_invalidInput_writesNothingAndExitsTwo();
    void git_usesTheDrivers();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const char *name) const { return m_dir->filePath(QString::fromLatin1(name)); }
};

void TestMergeCommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Json base = mergeBase();
    write(path("base.anchorline.json"), base);
}

// What the parser of every subcommand decides before the command runs (app/subcommandparser.h);
// tests/fixtures/cli/subcommands.cmake checks the same for the other subcommands.
void TestMergeCommandLine::help_printsUsageAndExitsZero_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("diff") << QStringLiteral("diff");
    QTest::newRow("merge") << QStringLiteral("merge");
}

void TestMergeCommandLine::help_printsUsageAndExitsZero()
{
    QFETCH(QString, command);
    for (const QString &option : {QStringLiteral("--help"), QStringLiteral("--help-all")}) {
        const Run help = anchorline({command, option}, m_dir->path());
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.startsWith(QStringLiteral("usage: anchorline ") + command) &&
                     help.out.contains(QStringLiteral("\nOptions:\n")) &&
                     help.out.contains(QStringLiteral("--help")),
                 qPrintable(option + QLatin1Char('\n') + help.out));
        QCOMPARE(help.err, QString());
    }
}

void TestMergeCommandLine::unknownOption_isAUsageErrorExitingTwo_data()
{
    help_printsUsageAndExitsZero_data();
}

void TestMergeCommandLine::unknownOption_isAUsageErrorExitingTwo()
{
    QFETCH(QString, command);
    const Run bogus = anchorline({command, QStringLiteral("--bogus"), path("base.anchorline.json")},
                                 m_dir->path());
    QCOMPARE(bogus.code, 2);
    QCOMPARE(bogus.out, QString());
    QVERIFY2(bogus.err.startsWith(command +
                                  QStringLiteral(": Unknown option 'bogus'.\nusage: "
                                                 "anchorline ") +
                                  command),
             qPrintable(bogus.err));
    // Subcommands have no --version of their own (only `anchorline --version`).
    const Run version = anchorline({command, QStringLiteral("--version")}, m_dir->path());
    QCOMPARE(version.code, 2);
    QCOMPARE(version.out, QString());
    QVERIFY2(version.err.startsWith(command + QStringLiteral(": Unknown option 'version'.")),
             qPrintable(version.err));
}

void TestMergeCommandLine::diff_exitCodes_textAndJson()
{
    Json changed = mergeBase();
    item(changed, "events", "ev-plan")["title"] = "Board adopts the plan";
    write(path("changed.anchorline.json"), changed);
    const Run same = anchorline(
        {QStringLiteral("diff"), path("base.anchorline.json"), path("base.anchorline.json")},
        m_dir->path());
    QCOMPARE(same.code, 0);
    QCOMPARE(same.out, QString());
    const Run different = anchorline(
        {QStringLiteral("diff"), path("base.anchorline.json"), path("changed.anchorline.json")},
        m_dir->path());
    QCOMPARE(different.code, 1);
    QCOMPARE(different.out, QStringLiteral("events:\n  ~ ev-plan\n      title: \"Board drafts a "
                                           "dredging plan\" → \"Board adopts the plan\"\n"));
    const Run json = anchorline({QStringLiteral("diff"), QStringLiteral("--json"),
                                 path("base.anchorline.json"), path("changed.anchorline.json")},
                                m_dir->path());
    QCOMPARE(json.code, 1);
    const Json parsed = Json::parse(json.out.toStdString());
    QVERIFY(parsed["equal"] == false);
    QVERIFY(parsed["changes"][0]["id"] == "ev-plan");
    QVERIFY(parsed["changes"][0]["fields"][0]["new"] == "Board adopts the plan");
}

void TestMergeCommandLine::diff_unreadableFile_saysWhereAndExitsTwo()
{
    QFile broken(path("broken.anchorline.json"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\n  \"format\": \"anchorline\",\n  \"version\": 1,\n  \"title\": \n}\n");
    broken.close();
    const Run result = anchorline(
        {QStringLiteral("diff"), path("base.anchorline.json"), path("broken.anchorline.json")},
        m_dir->path());
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(path("broken.anchorline.json") + QStringLiteral(":5:1: ")),
             qPrintable(result.err));
    // As Git's driver it must exit 0 (Git stops otherwise) and says why in the diff instead.
    const Run git = anchorline(
        {QStringLiteral("diff"), QStringLiteral("--git"), QStringLiteral("broken.anchorline.json"),
         path("base.anchorline.json"), QStringLiteral("0000000"), QStringLiteral("100644"),
         path("broken.anchorline.json"), QStringLiteral("0000000"), QStringLiteral("100644")},
        m_dir->path());
    QCOMPARE(git.code, 0);
    QVERIFY2(git.out.startsWith(QStringLiteral("anchorline diff broken.anchorline.json: cannot "
                                               "compare, a version does not load")) &&
                 git.out.contains(path("broken.anchorline.json") + QStringLiteral(":5:1: ")),
             qPrintable(git.out));
}

void TestMergeCommandLine::merge_clean_writesOut()
{
    Json ours = mergeBase();
    Json theirs = mergeBase();
    item(ours, "events", "ev-plan")["title"] = "Plan (ours)";
    item(theirs, "events", "ev-vote")["note"] = "Their note";
    write(path("ours.anchorline.json"), ours);
    write(path("theirs.anchorline.json"), theirs);
    const Run result = anchorline({QStringLiteral("merge"), path("base.anchorline.json"),
                                   path("ours.anchorline.json"), path("theirs.anchorline.json"),
                                   QStringLiteral("-o"), path("out.anchorline.json")},
                                  m_dir->path());
    QCOMPARE(result.code, 0);
    QCOMPARE(result.err, QString());
    const LoadResult read = DatasetReader::readFile(path("out.anchorline.json"));
    QVERIFY2(read.ok(), qPrintable(read.errorText()));
    const Dataset &d = *read.dataset;
    QCOMPARE(d.events[std::size_t(d.indexOfEvent(u"ev-plan"))].title,
             QStringLiteral("Plan (ours)"));
    QCOMPARE(d.events[std::size_t(d.indexOfEvent(u"ev-vote"))].note, QStringLiteral("Their note"));
    QVERIFY(d.conflicts.empty());
    // Canonical, and no backup file beside it.
    QCOMPARE(contents(path("out.anchorline.json")), DatasetWriter::toBytes(d));
    QVERIFY(!QFileInfo::exists(path("out.anchorline.json~")));
}

void TestMergeCommandLine::merge_conflict_keepsOursListsItAndExitsOne()
{
    Json ours = mergeBase();
    Json theirs = mergeBase();
    item(ours, "events", "ev-plan")["title"] = "Ours";
    item(theirs, "events", "ev-plan")["title"] = "Theirs";
    write(path("ours.anchorline.json"), ours);
    write(path("theirs.anchorline.json"), theirs);
    // Without -o, as Git calls it: the result replaces OURS.
    const Run result = anchorline({QStringLiteral("merge"), path("base.anchorline.json"),
                                   path("ours.anchorline.json"), path("theirs.anchorline.json")},
                                  m_dir->path());
    QCOMPARE(result.code, 1);
    QVERIFY2(result.err.contains(QStringLiteral("conflict: events \"ev-plan\" title: changed "
                                                "differently on both sides; base \"Board drafts "
                                                "a dredging plan\", ours \"Ours\", theirs "
                                                "\"Theirs\"")),
             qPrintable(result.err));
    const LoadResult read = DatasetReader::readFile(path("ours.anchorline.json"));
    QVERIFY2(read.ok(), qPrintable(read.errorText()));
    QCOMPARE(read.dataset->conflicts.size(), std::size_t(1));
    QCOMPARE(read.dataset->events[std::size_t(read.dataset->indexOfEvent(u"ev-plan"))].title,
             QStringLiteral("Ours"));
    // validate flags it, as a warning at its pointer, and still passes the file.
    const Run validate =
        anchorline({QStringLiteral("validate"), path("ours.anchorline.json")}, m_dir->path());
    QCOMPARE(validate.code, 0);
    QVERIFY2(validate.err.contains(QStringLiteral(": warning: /conflicts/0: unresolved merge "
                                                  "conflict on events \"ev-plan\" field "
                                                  "\"title\"")),
             qPrintable(validate.err));
    QVERIFY2(validate.out.contains(QStringLiteral("1 warning")), qPrintable(validate.out));
}

void TestMergeCommandLine::merge_invalidInput_writesNothingAndExitsTwo()
{
    Json ours = mergeBase();
    item(ours, "events", "ev-plan")["title"] = "Ours";
    write(path("ours.anchorline.json"), ours);
    const QByteArray before = contents(path("ours.anchorline.json"));
    QFile theirs(path("theirs.anchorline.json"));
    QVERIFY(theirs.open(QIODevice::WriteOnly));
    theirs.write(contents(path("base.anchorline.json")).replace("\"2022\"", "\"2022-13\""));
    theirs.close();
    const Run result = anchorline({QStringLiteral("merge"), path("base.anchorline.json"),
                                   path("ours.anchorline.json"), path("theirs.anchorline.json")},
                                  m_dir->path());
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(path("theirs.anchorline.json") + QLatin1Char(':')) &&
                 result.err.contains(QStringLiteral("/events/2/date")) &&
                 result.err.contains(QStringLiteral("nothing written")),
             qPrintable(result.err));
    QCOMPARE(contents(path("ours.anchorline.json")), before);
}

void TestMergeCommandLine::git_usesTheDrivers()
{
    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (git.isEmpty())
        QSKIP("git is not installed");
    const QString repo = m_dir->path();
    auto g = [&](const QStringList &args) { return run(git, args, repo); };
    const QString exe = QStringLiteral(ANCHORLINE_EXECUTABLE);
    QCOMPARE(g({"init", "-q", "-b", "main"}).code, 0);
    QCOMPARE(g({"config", "merge.anchorline.name", "Anchorline dataset merge"}).code, 0);
    QCOMPARE(g({"config", "merge.anchorline.driver", exe + " merge %O %A %B --name %P"}).code, 0);
    QCOMPARE(g({"config", "diff.anchorline.command", exe + " diff --git"}).code, 0);
    QFile attributes(path(".gitattributes"));
    QVERIFY(attributes.open(QIODevice::WriteOnly));
    attributes.write("*.anchorline.json merge=anchorline diff=anchorline\n");
    attributes.close();
    const QString file = QStringLiteral("base.anchorline.json");
    QCOMPARE(g({"add", ".gitattributes", file}).code, 0);
    QCOMPARE(g({"commit", "-q", "-m", "base"}).code, 0);

    // Two branches edit different events (and one adds an event): a clean merge.
    QCOMPARE(g({"checkout", "-q", "-b", "theirs"}).code, 0);
    Json theirs = mergeBase();
    item(theirs, "events", "ev-vote")["title"] = "Council adopts the plan";
    theirs["events"].push_back(newEvent("ev-theirs", "Added on their branch"));
    write(path("base.anchorline.json"), theirs);
    QCOMPARE(g({"commit", "-q", "-am", "their edit"}).code, 0);
    QCOMPARE(g({"checkout", "-q", "main"}).code, 0);
    Json ours = mergeBase();
    item(ours, "events", "ev-start")["date"] = "2022-09";
    ours["events"].push_back(newEvent("ev-ours", "Added on our branch"));
    write(path("base.anchorline.json"), ours);
    QCOMPARE(g({"commit", "-q", "-am", "our edit"}).code, 0);

    // git diff shows the semantic change through the external driver.
    Json edited = ours;
    item(edited, "events", "ev-plan")["summary"] = "A new summary.";
    write(path("base.anchorline.json"), edited);
    const Run diff = g({"diff"});
    QCOMPARE(diff.code, 0);
    QVERIFY2(diff.out.contains(QStringLiteral("anchorline diff base.anchorline.json\nevents:\n  ~ "
                                              "ev-plan\n      summary: \"The board drafts a plan "
                                              "to deepen the channel.\" → \"A new summary.\"")),
             qPrintable(diff.out + diff.err));
    QCOMPARE(g({"checkout", "-q", "--", file}).code, 0);

    const Run clean = g({"merge", "-q", "--no-edit", "theirs"});
    QVERIFY2(clean.code == 0, qPrintable(clean.out + clean.err));
    LoadResult read = DatasetReader::readFile(path("base.anchorline.json"));
    QVERIFY2(read.ok(), qPrintable(read.errorText()));
    QVERIFY(read.dataset->conflicts.empty());
    const Dataset &merged = *read.dataset;
    QCOMPARE(merged.events[std::size_t(merged.indexOfEvent(u"ev-vote"))].title,
             QStringLiteral("Council adopts the plan"));
    QCOMPARE(merged.events[std::size_t(merged.indexOfEvent(u"ev-start"))].date,
             QStringLiteral("2022-09"));
    QVERIFY(merged.indexOfEvent(u"ev-ours") >= 0 && merged.indexOfEvent(u"ev-theirs") >= 0);

    // The same field changed on both branches: Git reports the conflict, the file still loads.
    QCOMPARE(g({"checkout", "-q", "-b", "theirs2"}).code, 0);
    Json next = DatasetJson::toJson(merged);
    item(next, "events", "ev-plan")["title"] = "Their title";
    write(path("base.anchorline.json"), next);
    QCOMPARE(g({"commit", "-q", "-am", "their title"}).code, 0);
    QCOMPARE(g({"checkout", "-q", "main"}).code, 0);
    item(next, "events", "ev-plan")["title"] = "Our title";
    write(path("base.anchorline.json"), next);
    QCOMPARE(g({"commit", "-q", "-am", "our title"}).code, 0);
    const Run conflicting = g({"merge", "--no-edit", "theirs2"});
    QVERIFY2(conflicting.code != 0 && conflicting.out.contains(QStringLiteral("CONFLICT")),
             qPrintable(conflicting.out + conflicting.err));
    // The driver names the file, not Git's temporary copy of it.
    QVERIFY2(conflicting.err.contains(QStringLiteral("base.anchorline.json: conflict: events "
                                                     "\"ev-plan\" title")),
             qPrintable(conflicting.err));
    read = DatasetReader::readFile(path("base.anchorline.json"));
    QVERIFY2(read.ok(), qPrintable(read.errorText()));
    QCOMPARE(read.dataset->conflicts.size(), std::size_t(1));
    QCOMPARE(read.dataset->conflicts.front().field, QStringLiteral("title"));
    QVERIFY(read.dataset->conflicts.front().theirs == Json("Their title"));
    QVERIFY(!contents(path("base.anchorline.json")).contains("<<<<<<<"));
}

QTEST_GUILESS_MAIN(TestMergeCommandLine)
#include "tst_mergecommandline.moc"
