#include "core/displaynames.h"
#include "core/partialdate.h"
#include "core/roles.h"
#include "document/document.h"
#include "document/tablemodels.h"
#include "mainwindow.h"
#include "timeline/timelineview.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Anchorline;

namespace {

// One <message> of resources/translations/anchorline_ja.ts, as lupdate writes it.
struct TsMessage
{
    QString context;
    QString source;
    QString type;             // "unfinished", "vanished", "obsolete" or empty when finished
    QStringList translations; // one, or one per plural form for %n messages
};

QList<TsMessage> readTsFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            messages.append(TsMessage{context, {}, {}, {}});
        } else if (name == QLatin1String("source") && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (name == QLatin1String("translation") && !messages.isEmpty()) {
            messages.last().type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural messages hold <numerusform>s; the others their text directly.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    messages.last().translations << xml.readElementText();
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (messages.last().translations.isEmpty())
                messages.last().translations << text;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2").arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QList<TsMessage> japaneseTsMessages()
{
    QString error;
    const QList<TsMessage> messages = readTsFile(
        QStringLiteral(ANCHORLINE_SOURCE_DIR "/resources/translations/anchorline_ja.ts"), &error);
    if (!error.isEmpty())
        qWarning("anchorline_ja.ts: %s", qPrintable(error));
    return messages;
}

QString describe(const TsMessage &message, const QString &translation = {})
{
    return QStringLiteral("%1: \"%2\"%3")
        .arg(message.context, message.source,
             translation.isNull() ? QString() : QStringLiteral(" -> \"%1\"").arg(translation));
}

} // namespace

// The Japanese interface: the translation built from resources/translations/anchorline_ja.ts
// is embedded as :/i18n/anchorline_ja.qm and, once installed, every menu is Japanese.
class TestTranslation final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void japaneseTranslation_isEmbedded();
    void japaneseTranslator_showsJapaneseMenusAndActions();
    void withoutTranslator_menusAreEnglish();
    void languageMenu_storesTheChoiceForTheNextStart();
    void dates_followTheLocale();
    void statusBar_showsTheVisibleRangeTheJapaneseWay();
    void qtsOwnJapaneseTranslation_translatesStandardButtons();
    void kindsRelationsAndAssertions_areShownInJapaneseButKeptInEnglish();
    void japaneseWindow_atLaptopSize_cutsNoButtonText();
    void tsFile_hasNoUnfinishedOrEmptyTranslation();
    void tsFile_keepsPlaceholdersAcceleratorsAndShortcuts();
    void englishPlurals_areEmbeddedAndComplete();

private:
    static QStringList menuTitles(const App::MainWindow &window);
    static QStringList actionTexts(const App::MainWindow &window);
};

void TestTranslation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnchorlineTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translation"));
    QSettings().clear();
}

QStringList TestTranslation::menuTitles(const App::MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

QStringList TestTranslation::actionTexts(const App::MainWindow &window)
{
    QStringList texts;
    for (const QMenu *menu : window.findChildren<QMenu *>())
        for (QAction *action : menu->actions())
            texts << action->text();
    return texts;
}

void TestTranslation::japaneseTranslation_isEmbedded()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/anchorline_ja.qm")));
    QCOMPARE(translator.language(), QStringLiteral("ja_JP"));
    QCOMPARE(translator.translate("Anchorline::App::MainWindow", "&File"),
             QStringLiteral("ファイル(&F)"));
    // Messages of the views and the model are translated too.
    QCOMPARE(translator.translate("Anchorline::Views::SearchPanel", "No matches."),
             QStringLiteral("一致するものはありません。"));
    QCOMPARE(translator.translate("Anchorline::Model::EventModel", "Title"),
             QStringLiteral("タイトル"));
}

void TestTranslation::japaneseTranslator_showsJapaneseMenusAndActions()
{
    // Given the Japanese translation installed, as main() does for --language ja
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/anchorline_ja.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));

    // When a main window is made
    App::MainWindow window;
    window.openBundledDataset();

    // Then its menus, actions and docks are Japanese
    QCOMPARE(menuTitles(window),
             (QStringList{QStringLiteral("ファイル(&F)"), QStringLiteral("編集(&E)"),
                          QStringLiteral("表示(&V)"), QStringLiteral("移動(&G)"),
                          QStringLiteral("ヘルプ(&H)")}));
    const QStringList actions = actionTexts(window);
    for (const char *expected :
         {"開く(&O)…", "名前を付けて保存(&A)…", "終了(&Q)", "検索(&F)…", "全体を表示(&F)",
          "プレゼンテーション(&P)", "次のイベント(&N)", "ユーザーガイド(&U)", "言語(&L)"})
        QVERIFY2(actions.contains(QString::fromUtf8(expected)), expected);
    QStringList docks;
    for (const QDockWidget *dock : window.findChildren<QDockWidget *>())
        docks << dock->windowTitle();
    QVERIFY2(docks.contains(QStringLiteral("検索")), qPrintable(docks.join(u',')));
    QVERIFY(docks.contains(QStringLiteral("イベントの詳細")));
    QVERIFY(docks.contains(QStringLiteral("出典テキスト")));
    QVERIFY(docks.contains(QStringLiteral("相互参照")));

    QVERIFY(QCoreApplication::removeTranslator(&translator));
}

void TestTranslation::withoutTranslator_menusAreEnglish()
{
    App::MainWindow window;
    QCOMPARE(menuTitles(window),
             (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                          QStringLiteral("&Go"), QStringLiteral("&Help")}));
    QVERIFY(actionTexts(window).contains(QStringLiteral("&Open…")));
}

void TestTranslation::languageMenu_storesTheChoiceForTheNextStart()
{
    App::MainWindow window;
    QAction *japanese = nullptr;
    for (const QMenu *menu : window.findChildren<QMenu *>())
        for (QAction *action : menu->actions())
            if (action->data() == QStringLiteral("ja"))
                japanese = action;
    QVERIFY(japanese);
    japanese->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));
    QSettings().remove(QStringLiteral("ui/language"));
}

void TestTranslation::dates_followTheLocale()
{
    const QLocale japanese(QLocale::Japanese, QLocale::Japan);
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    using Model::PartialDate;
    QCOMPARE(PartialDate::fromString(u"2005-02-19").toDisplayString(japanese),
             QStringLiteral("2005年2月19日"));
    QCOMPARE(PartialDate::fromString(u"2025-11").toDisplayString(japanese),
             QStringLiteral("2025年11月"));
    QCOMPARE(PartialDate::fromString(u"2005-02-19").toDisplayString(english),
             QStringLiteral("19 Feb 2005"));
}

void TestTranslation::statusBar_showsTheVisibleRangeTheJapaneseWay()
{
    // Given the Japanese interface: its translation and locale, as main() sets them for ja
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/anchorline_ja.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    App::MainWindow window;
    window.openBundledDataset();

    // When the timeline shows 2 September 1941 to 31 December 1945
    window.timeline()->setVisibleRange(Model::daysFromCivil(1941, 9, 2),
                                       Model::daysFromCivil(1945, 12, 31));
    QStringList texts;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts << label->text();
    QLocale::setDefault(previous);
    QVERIFY(QCoreApplication::removeTranslator(&translator));

    // Then the status bar writes the range year first, as Japanese does
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("1941年9月2日〜1945年12月31日")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("1941/09/02")), qPrintable(all));
}

// Issue 18, item 12: the values the file writes in English are shown by their Japanese names;
// the file, the filter and the roles keep the English keys.
void TestTranslation::kindsRelationsAndAssertions_areShownInJapaneseButKeptInEnglish()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/anchorline_ja.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString kind = Model::eventKindDisplayName(QStringLiteral("strategy-document"));
    const QString unknownKind = Model::eventKindDisplayName(QStringLiteral("tea-ceremony"));
    const QString forward = Model::relationTypeForward(Model::RelationType::RespondsTo);
    const QString backward = Model::relationTypeBackward(Model::RelationType::RespondsTo);
    const QString assertion = Model::assertionDisplayName(Model::Assertion::AttributedView);
    Model::Document document;
    QVERIFY(document.load(App::MainWindow::bundledDatasetPath()).ok());
    QAbstractItemModel *events = document.eventModel();
    int row = -1;
    for (int r = 0; r < events->rowCount() && row < 0; ++r) {
        if (document.dataset().events[std::size_t(r)].kind == QLatin1String("strategy-document"))
            row = r;
    }
    QVERIFY(row >= 0);
    const QModelIndex cell = events->index(row, Model::EventModel::KindColumn);
    const QString shown = cell.data().toString();
    const QString edited = cell.data(Qt::EditRole).toString();
    const QString role = cell.data(Model::KindRole).toString();
    QVERIFY(QCoreApplication::removeTranslator(&translator));

    QCOMPARE(kind, QStringLiteral("戦略文書"));
    QCOMPARE(unknownKind, QStringLiteral("tea ceremony")); // free text: as written
    QCOMPARE(forward, QStringLiteral("応じる"));
    QCOMPARE(backward, QStringLiteral("応じられた"));
    QCOMPARE(assertion, QStringLiteral("他者の見解"));
    QCOMPARE(shown, QStringLiteral("戦略文書"));
    QCOMPARE(edited, QStringLiteral("strategy-document"));
    QCOMPARE(role, QStringLiteral("strategy-document"));
    // Without the translator, English words (never the file's hyphenated keys).
    QCOMPARE(Model::eventKindDisplayName(QStringLiteral("policy-shift")),
             QStringLiteral("policy shift"));
    QCOMPARE(Model::assertionDisplayName(Model::Assertion::AttributedView),
             QStringLiteral("attributed view"));
    QCOMPARE(Model::assertionName(Model::Assertion::AttributedView),
             QStringLiteral("attributed-view"));
}

// Issue 18, item 12: "プレゼンテーション" and every other button label fits at 1366x768.
void TestTranslation::japaneseWindow_atLaptopSize_cutsNoButtonText()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/anchorline_ja.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QStringList cut;
    int checked = 0;
    {
        App::MainWindow window;
        window.openBundledDataset();
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Every dock shown, the tours with their Present button among them.
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            dock->show();
        QTest::qWait(50);
        for (const QAbstractButton *button : window.findChildren<QAbstractButton *>())
            qDebug() << button->text() << button->isVisible() << button->geometry()
                     << button->sizeHint() << window.geometry();
        for (const QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
            if (!button->isVisible() || button->text().isEmpty() ||
                qobject_cast<const QCheckBox *>(button) ||
                qobject_cast<const QRadioButton *>(button))
                continue;
            ++checked;
            if (button->width() < button->sizeHint().width())
                cut << QStringLiteral("%1 (%2 < %3 px)")
                           .arg(button->text())
                           .arg(button->width())
                           .arg(button->sizeHint().width());
        }
    }
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QVERIFY2(checked > 5, "the window must show buttons to check");
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
}

void TestTranslation::qtsOwnJapaneseTranslation_translatesStandardButtons()
{
    // main() installs qtbase_ja (package qt6-translations-l10n) beside Anchorline's own.
    QTranslator qt;
    if (!qt.load(QLocale(QLocale::Japanese, QLocale::Japan), QStringLiteral("qtbase"),
                 QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QSKIP("qtbase_ja.qm is not installed (qt6-translations-l10n)");
    QVERIFY(QCoreApplication::installTranslator(&qt));
    QDialogButtonBox box(QDialogButtonBox::Close | QDialogButtonBox::Cancel);
    const QString close = box.button(QDialogButtonBox::Close)->text();
    const QString cancel = box.button(QDialogButtonBox::Cancel)->text();
    QVERIFY(QCoreApplication::removeTranslator(&qt));
    QVERIFY2(close.contains(QStringLiteral("閉じる")), qPrintable(close));
    QVERIFY2(cancel.contains(QStringLiteral("キャンセル")), qPrintable(cancel));
}

void TestTranslation::tsFile_hasNoUnfinishedOrEmptyTranslation()
{
    // Given the Japanese .ts, refreshed by `cmake --build <dir> --target update_translations`
    const QList<TsMessage> messages = japaneseTsMessages();
    QVERIFY(messages.size() > 600);

    // Then every message is translated and finished: a new English string in the sources
    // shows up here (as type="unfinished") until it has its Japanese text. lupdate runs with
    // -no-obsolete, so vanished or obsolete entries do not belong in the file either.
    QStringList problems;
    for (const TsMessage &message : messages) {
        if (!message.type.isEmpty())
            problems << message.type + QStringLiteral(" ") + describe(message);
        else if (message.translations.contains(QString()))
            problems << QStringLiteral("empty ") + describe(message);
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(
                 QStringLiteral("%1 of %2 messages:\n").arg(problems.size()).arg(messages.size()) +
                 problems.join(u'\n')));
}

void TestTranslation::tsFile_keepsPlaceholdersAcceleratorsAndShortcuts()
{
    const QList<TsMessage> messages = japaneseTsMessages();
    QVERIFY(!messages.isEmpty());
    static const QRegularExpression placeholder(QStringLiteral("%(?:L?\\d+|n)"));
    static const QRegularExpression accelerator(QStringLiteral("&([^&\\s])"));
    static const QRegularExpression shortcut(
        QStringLiteral("^(?:(?:Ctrl|Shift|Alt|Meta)\\+)+\\S+$|^F\\d{1,2}$"));
    const auto placeholders = [](const QString &text) {
        QStringList found;
        for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
            found << match.captured();
        found.sort();
        return found;
    };
    QStringList problems;
    for (const TsMessage &message : messages) {
        const QString source = QString(message.source).replace(QStringLiteral("&&"), QString());
        const QRegularExpressionMatch sourceKey = accelerator.match(source);
        for (const QString &translation : message.translations) {
            // %1 %2 … (and %n in plural messages) all kept, none added.
            const QStringList expected = placeholders(message.source);
            const QStringList actual = placeholders(translation);
            if (actual != expected)
                problems << QStringLiteral("placeholders ") + describe(message, translation);
            // Shortcuts are key names for QKeySequence, never translated.
            if (shortcut.match(message.source).hasMatch() && translation != message.source)
                problems << QStringLiteral("shortcut ") + describe(message, translation);
            // Accelerators the Japanese way: 「ファイル(&F)」, with the key of the English text.
            if (sourceKey.hasMatch()) {
                const QString key = QStringLiteral("(&%1)").arg(sourceKey.captured(1).toUpper());
                if (!translation.contains(key))
                    problems << QStringLiteral("accelerator ") + key + u' ' +
                                    describe(message, translation);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslation::englishPlurals_areEmbeddedAndComplete()
{
    // English is the source language, but "%n event(s)" needs its plural forms: main() installs
    // anchorline_en.qm (made from the -pluralonly anchorline_en.ts) for English and for
    // languages without a translation of their own.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/anchorline_en.qm")));
    QCOMPARE(translator.translate("Anchorline::Views::RelationGraph", "%n event(s)", nullptr, 1),
             QStringLiteral("%n event"));
    QCOMPARE(translator.translate("Anchorline::Views::RelationGraph", "%n event(s)", nullptr, 2),
             QStringLiteral("%n events"));
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(
        QCoreApplication::translate("Anchorline::Views::SourceTextView", "%n passages", nullptr, 1),
        QStringLiteral("1 passage"));
    QCoreApplication::removeTranslator(&translator);

    QString error;
    const QList<TsMessage> messages = readTsFile(
        QStringLiteral(ANCHORLINE_SOURCE_DIR "/resources/translations/anchorline_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 20);
    for (const TsMessage &message : messages) {
        QVERIFY2(message.type.isEmpty() && message.translations.size() == 2 &&
                     !message.translations.contains(QString()),
                 qPrintable(describe(message)));
        for (const QString &form : message.translations)
            QVERIFY2(form.contains(QLatin1String("%n")), qPrintable(describe(message)));
    }
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
