#include "core/dataset.h"

#include <QFile>
#include <QTest>
#include <nlohmann/json.hpp>

using namespace Anchorline::Model;

// The JSON Schema is documentation that tools read: it must say what the code accepts.
class TestSchema final : public QObject
{
    Q_OBJECT

private slots:
    void schema_isValidJsonAndNamesTheFormat();
    void schema_relationVocabularies_matchTheCode();

private:
    static nlohmann::json schema();
};

nlohmann::json TestSchema::schema()
{
    QFile file(QStringLiteral(ANCHORLINE_SOURCE_DIR "/resources/schema/anchorline.schema.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    return nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
}

void TestSchema::schema_isValidJsonAndNamesTheFormat()
{
    const nlohmann::json s = schema();
    QVERIFY(!s.is_discarded());
    QCOMPARE(s["properties"]["format"]["const"].get<std::string>(), std::string("anchorline"));
    QCOMPARE(s["properties"]["version"]["const"].get<int>(), 1);
}

void TestSchema::schema_relationVocabularies_matchTheCode()
{
    const nlohmann::json relation = schema()["$defs"]["relation"]["properties"];
    QStringList types;
    for (const auto &name : relation["type"]["enum"])
        types << QString::fromStdString(name.get<std::string>());
    QStringList expectedTypes;
    for (int i = 0; i < RelationTypeCount; ++i)
        expectedTypes << relationTypeName(RelationType(i));
    QCOMPARE(types, expectedTypes);
    QStringList assertions;
    for (const auto &name : relation["assertion"]["enum"])
        assertions << QString::fromStdString(name.get<std::string>());
    QStringList expectedAssertions;
    for (int i = 0; i < AssertionCount; ++i)
        expectedAssertions << assertionName(Assertion(i));
    QCOMPARE(assertions, expectedAssertions);
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
