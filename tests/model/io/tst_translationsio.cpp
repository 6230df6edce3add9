// "translations" on every object with display text, through both readers, the canonical writer
// and validation (docs/format.md, Translations).
#include "io/datasetreader.h"
#include "io/datasetwriter.h"

#include <QTest>

using namespace Anchorline::Model;

namespace {

// Canonical: every kind that may be translated, a second language ("tlh", which Anchorline
// knows nothing about) that must be kept, and an unknown key after the translations.
const QByteArray fixture = R"({
  "format": "anchorline",
  "version": 1,
  "title": "Harbour records",
  "description": "A town and its harbour.",
  "language": "en",
  "translations": {
    "ja": {
      "title": "港の記録",
      "description": "町と港の歩み。"
    }
  },
  "actors": [
    {
      "id": "town",
      "name": "Town council",
      "shortName": "Town",
      "color": "#336699",
      "translations": {
        "ja": {
          "name": "町議会",
          "shortName": "町"
        }
      }
    }
  ],
  "themes": [
    {
      "id": "trade",
      "name": "Trade",
      "definition": "Goods in and out.",
      "translations": {
        "ja": {
          "name": "交易",
          "definition": "物の出入り。"
        }
      }
    }
  ],
  "eras": [
    {
      "id": "era-old",
      "name": "Old pier",
      "date": "2001/2010",
      "translations": {
        "ja": {
          "name": "旧桟橋の時代"
        }
      }
    }
  ],
  "events": [
    {
      "id": "ev-pier",
      "title": "The new pier opens",
      "shortTitle": "New pier",
      "date": "2011-04-02",
      "kind": "institution",
      "actors": [
        "town"
      ],
      "summary": "The council opens a longer pier.",
      "note": "From the town's notice board.",
      "translations": {
        "ja": {
          "title": "新しい桟橋が開く",
          "shortTitle": "新桟橋",
          "summary": "町議会がより長い桟橋を開いた。",
          "note": "町の掲示板による。"
        },
        "tlh": {
          "title": "qach chu'"
        }
      },
      "colour": "kept"
    }
  ],
  "metrics": [
    {
      "id": "met-ships",
      "name": "Ships",
      "unit": "per year",
      "points": [
        {
          "date": "2011",
          "value": 12
        }
      ],
      "translations": {
        "ja": {
          "name": "入港船数",
          "unit": "隻／年"
        }
      }
    }
  ],
  "tours": [
    {
      "id": "tour-harbour",
      "title": "The harbour",
      "description": "Ten years in one walk.",
      "steps": [
        {
          "event": "ev-pier",
          "note": "Look at the pier.",
          "translations": {
            "ja": {
              "note": "桟橋に注目。"
            }
          }
        }
      ],
      "translations": {
        "ja": {
          "title": "港めぐり",
          "description": "十年をひと歩きで。"
        }
      }
    }
  ]
}
)";

LoadResult read(const QByteArray &bytes, bool streaming)
{
    ReadOptions options;
    options.streaming = streaming;
    return DatasetReader::readBytes(bytes, QStringLiteral("f.json"), options);
}

} // namespace

class TestTranslationsIo final : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_keepsEveryTranslation_data();
    void roundTrip_keepsEveryTranslation();
    void writer_fixedOrder_whateverOrderTheFieldsWereSet();
    void unknownFieldInATranslation_isAnErrorWithItsPointer();
    void badShapes_areErrors();
};

void TestTranslationsIo::roundTrip_keepsEveryTranslation_data()
{
    QTest::addColumn<bool>("streaming");
    QTest::newRow("streaming reader") << true;
    QTest::newRow("DOM reader") << false;
}

void TestTranslationsIo::roundTrip_keepsEveryTranslation()
{
    QFETCH(bool, streaming);
    // Given a canonical file with translations on every kind of object
    // When it is read
    const LoadResult r = read(fixture, streaming);
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    const Dataset &d = *r.dataset;
    // Then each translation is a known field of its object, not an unknown key
    QCOMPARE(d.translations.text(u"ja", u"title"), QStringLiteral("港の記録"));
    QCOMPARE(d.actors[0].translations.text(u"ja", u"shortName"), QStringLiteral("町"));
    QCOMPARE(d.themes[0].translations.text(u"ja", u"definition"), QStringLiteral("物の出入り。"));
    QCOMPARE(d.eras[0].translations.text(u"ja", u"name"), QStringLiteral("旧桟橋の時代"));
    const Event &e = d.events[0];
    QCOMPARE(e.translations.text(u"ja", u"summary"),
             QStringLiteral("町議会がより長い桟橋を開いた。"));
    QCOMPARE(e.translations.text(u"JA", u"title"), QStringLiteral("新しい桟橋が開く"));
    QCOMPARE(e.translations.languageTags(),
             QStringList({QStringLiteral("ja"), QStringLiteral("tlh")}));
    QCOMPARE(e.translations.text(u"tlh", u"title"), QStringLiteral("qach chu'"));
    QVERIFY(!e.extra.contains("translations"));
    QVERIFY(e.extra.contains("colour"));
    QCOMPARE(d.metrics[0].translations.text(u"ja", u"unit"), QStringLiteral("隻／年"));
    QCOMPARE(d.tours[0].translations.text(u"ja", u"title"), QStringLiteral("港めぐり"));
    QCOMPARE(d.tours[0].steps[0].translations.text(u"ja", u"note"), QStringLiteral("桟橋に注目。"));
    // And writing it back gives the same bytes
    QCOMPARE(DatasetWriter::toBytes(d), fixture);
}

void TestTranslationsIo::writer_fixedOrder_whateverOrderTheFieldsWereSet()
{
    // Given an event whose translation was filled in the reverse order, as an editor might
    Dataset d;
    d.title = QStringLiteral("t");
    Event e;
    e.id = QStringLiteral("e");
    e.title = QStringLiteral("T");
    e.date = QStringLiteral("2020");
    e.kind = QStringLiteral("speech");
    e.translations.setText(TranslatedKind::Event, QStringLiteral("ja"), QStringLiteral("note"),
                           QStringLiteral("注"));
    e.translations.setText(TranslatedKind::Event, QStringLiteral("ja"), QStringLiteral("title"),
                           QStringLiteral("題"));
    d.events.push_back(e);
    // When it is written
    const QByteArray bytes = DatasetWriter::toBytes(d);
    // Then the title comes before the note, as docs/format.md fixes it
    const qsizetype title = bytes.indexOf("\"title\": \"題\"");
    const qsizetype note = bytes.indexOf("\"note\": \"注\"");
    QVERIFY(title > 0 && note > 0);
    QVERIFY(title < note);
    // And clearing the last field removes the language
    e.translations.setText(TranslatedKind::Event, QStringLiteral("ja"), QStringLiteral("note"), {});
    e.translations.setText(TranslatedKind::Event, QStringLiteral("ja"), QStringLiteral("title"),
                           {});
    QVERIFY(e.translations.isEmpty());
}

void TestTranslationsIo::unknownFieldInATranslation_isAnErrorWithItsPointer()
{
    // Given a translation with a misspelt field, and one field an actor cannot translate
    QByteArray bad = fixture;
    bad.replace("\"shortTitle\": \"新桟橋\"", "\"shortTitel\": \"新桟橋\"");
    bad.replace("\"shortName\": \"町\"", "\"summary\": \"町\"");
    for (bool streaming : {true, false}) {
        // When it is read, by either reader
        const LoadResult r = read(bad, streaming);
        // Then the file is refused with each problem at its pointer and line
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), std::size_t(2));
        QCOMPARE(r.errors[0].pointer, QStringLiteral("/actors/0/translations/ja/summary"));
        QCOMPARE(r.errors[1].pointer, QStringLiteral("/events/0/translations/ja/shortTitel"));
        QVERIFY(r.errors[1].line > 0);
        QVERIFY2(r.errors[1].message.contains(QStringLiteral("unknown field \"shortTitel\"")),
                 qPrintable(r.errors[1].message));
    }
}

void TestTranslationsIo::badShapes_areErrors()
{
    const QList<std::pair<QByteArray, QString>> cases = {
        {"\"translations\": []", QStringLiteral("/translations")},
        {"\"translations\": {\"ja\": \"港\"}", QStringLiteral("/translations/ja")},
        {"\"translations\": {\"日本語\": {}}", QStringLiteral("/translations/日本語")},
        {"\"translations\": {\"ja\": {\"title\": 3}}", QStringLiteral("/translations/ja/title")},
    };
    for (const auto &[replacement, pointer] : cases) {
        // Given a dataset whose own translations have a wrong shape
        QByteArray bad = fixture;
        const qsizetype from = bad.indexOf("\"translations\"");
        const qsizetype to = bad.indexOf("\"actors\"");
        bad.replace(from, to - from, replacement + ",\n  ");
        // When it is read
        const LoadResult r = read(bad, false);
        // Then it is refused at the pointer of the wrong value
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.front().pointer, pointer);
    }
}

QTEST_GUILESS_MAIN(TestTranslationsIo)
#include "tst_translationsio.moc"
