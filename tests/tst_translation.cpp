#include "mainwindow.h"
#include "partialdate.h"

#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace Anchorline;

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
    void qtsOwnJapaneseTranslation_translatesStandardButtons();

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

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
