// The one resolver of display text (core/displaytext.h): a translation where there is one,
// else the original, field by field; and which data language Automatic picks.
#include "core/displaytext.h"

#include <QTest>

using namespace Anchorline::Model;

class TestDisplayText final : public QObject
{
    Q_OBJECT
private slots:
    void translatedField_elseOriginal();
    void shortTitle_notEnglishBesideAJapaneseTitle();
    void everyKind_resolves();
    void automatic_followsTheInterfaceOnlyWhenTranslated();
    void languages_inOrderFirstMet();
};

namespace {

Event bilingualEvent()
{
    Event e;
    e.id = QStringLiteral("ev");
    e.title = QStringLiteral("Harbour opens");
    e.shortTitle = QStringLiteral("Harbour");
    e.summary = QStringLiteral("The harbour opens.");
    e.note = QStringLiteral("From the notice board.");
    e.translations.setText(TranslatedKind::Event, QStringLiteral("ja"), QStringLiteral("title"),
                           QStringLiteral("港が開く"));
    e.translations.setText(TranslatedKind::Event, QStringLiteral("ja"), QStringLiteral("summary"),
                           QStringLiteral("港が開かれる。"));
    return e;
}

} // namespace

void TestDisplayText::translatedField_elseOriginal()
{
    const Event e = bilingualEvent();
    // Given the Japanese data language
    const DisplayText ja(QStringLiteral("ja"));
    // Then translated fields are Japanese and the note, not translated, is the original
    QCOMPARE(ja.title(e), QStringLiteral("港が開く"));
    QCOMPARE(ja.summary(e), QStringLiteral("港が開かれる。"));
    QCOMPARE(ja.note(e), QStringLiteral("From the notice board."));
    // And the original language, or one without translations, shows the file's text
    QCOMPARE(DisplayText().title(e), QStringLiteral("Harbour opens"));
    QCOMPARE(DisplayText(QStringLiteral("fr")).summary(e), QStringLiteral("The harbour opens."));
}

void TestDisplayText::shortTitle_notEnglishBesideAJapaneseTitle()
{
    Event e = bilingualEvent();
    const DisplayText ja(QStringLiteral("ja"));
    // Given a translated title but no translated short title: no short label at all
    QVERIFY(ja.shortTitle(e).isEmpty());
    QCOMPARE(DisplayText().shortTitle(e), QStringLiteral("Harbour"));
    // When the short title is translated too, it is used
    e.translations.setText(TranslatedKind::Event, QStringLiteral("ja"),
                           QStringLiteral("shortTitle"), QStringLiteral("港"));
    QCOMPARE(ja.shortTitle(e), QStringLiteral("港"));
}

void TestDisplayText::everyKind_resolves()
{
    const DisplayText ja(QStringLiteral("ja"));
    Actor actor{QStringLiteral("a"), QStringLiteral("Town"), QStringLiteral("T"), {}, {}, {}};
    actor.translations.setText(TranslatedKind::Actor, QStringLiteral("ja"), QStringLiteral("name"),
                               QStringLiteral("町"));
    QCOMPARE(ja.name(actor), QStringLiteral("町"));
    QCOMPARE(ja.shortName(actor), QStringLiteral("T"));
    Theme theme{QStringLiteral("t"), QStringLiteral("Trade"), QStringLiteral("Goods."), {}};
    theme.translations.setText(TranslatedKind::Theme, QStringLiteral("ja"),
                               QStringLiteral("definition"), QStringLiteral("物の出入り。"));
    QCOMPARE(ja.name(theme), QStringLiteral("Trade"));
    QCOMPARE(ja.definition(theme), QStringLiteral("物の出入り。"));
    Era era;
    era.name = QStringLiteral("Kishida");
    era.group = QStringLiteral("Prime Minister of Japan");
    era.translations.setText(TranslatedKind::Era, QStringLiteral("ja"), QStringLiteral("group"),
                             QStringLiteral("内閣総理大臣"));
    QCOMPARE(ja.group(era), QStringLiteral("内閣総理大臣"));
    QCOMPARE(ja.name(era), QStringLiteral("Kishida"));
    Tour tour;
    tour.title = QStringLiteral("Walk");
    TourStep step;
    step.note = QStringLiteral("Look.");
    step.translations.setText(TranslatedKind::TourStep, QStringLiteral("ja"),
                              QStringLiteral("note"), QStringLiteral("見よ。"));
    tour.steps.push_back(step);
    QCOMPARE(ja.note(tour.steps[0]), QStringLiteral("見よ。"));
    Dataset d;
    d.title = QStringLiteral("Records");
    d.translations.setText(TranslatedKind::Dataset, QStringLiteral("ja"), QStringLiteral("title"),
                           QStringLiteral("記録"));
    QCOMPARE(ja.title(d), QStringLiteral("記録"));
    Metric metric;
    metric.unit = QStringLiteral("% of GDP");
    metric.translations.setText(TranslatedKind::Metric, QStringLiteral("ja"),
                                QStringLiteral("unit"), QStringLiteral("対GDP比（％）"));
    QCOMPARE(ja.unit(metric), QStringLiteral("対GDP比（％）"));
}

void TestDisplayText::automatic_followsTheInterfaceOnlyWhenTranslated()
{
    Dataset d;
    d.language = QStringLiteral("en");
    d.events.push_back(bilingualEvent());
    // A Japanese interface (as QLocale names it) picks the Japanese translation
    QCOMPARE(effectiveDataLanguage(d, QStringLiteral("auto"), QStringLiteral("ja_JP")),
             QStringLiteral("ja"));
    // An English interface, or one the dataset has no translation for, shows the original
    QVERIFY(effectiveDataLanguage(d, QStringLiteral("auto"), QStringLiteral("en")).isEmpty());
    QVERIFY(effectiveDataLanguage(d, QStringLiteral("auto"), QStringLiteral("de_DE")).isEmpty());
    // The override wins over the interface: English data in a Japanese interface
    QVERIFY(effectiveDataLanguage(d, QStringLiteral("original"), QStringLiteral("ja")).isEmpty());
    QCOMPARE(effectiveDataLanguage(d, QStringLiteral("ja"), QStringLiteral("en")),
             QStringLiteral("ja"));
}

void TestDisplayText::languages_inOrderFirstMet()
{
    Dataset d;
    Event e = bilingualEvent();
    e.translations.setText(TranslatedKind::Event, QStringLiteral("ko"), QStringLiteral("title"),
                           QStringLiteral("항구"));
    d.events.push_back(e);
    d.events.push_back(bilingualEvent());
    QCOMPARE(translationLanguages(d), QStringList({QStringLiteral("ja"), QStringLiteral("ko")}));
}

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
