// The files that make Anchorline a desktop citizen (packaging/): the .desktop entry, the
// AppStream metainfo, the MIME type and the icon. `appstreamcli validate` and
// `desktop-file-validate` check the formats in CTest when installed; this checks what we rely on.
#include <QDate>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString packagingDir = QStringLiteral(ANCHORLINE_SOURCE_DIR "/packaging");
const QString appId = QStringLiteral("io.github.anchorline.Anchorline");
const QString mimeType = QStringLiteral("application/x-anchorline+json");
// Made at configure time from packaging/<appId>.metainfo.xml.in (the screenshots' base URL).
const QString metainfoFile = QStringLiteral(ANCHORLINE_METAINFO_FILE);
const QString screenshotBaseUrl = QStringLiteral(ANCHORLINE_SCREENSHOT_BASE_URL);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The keys of the [Desktop Entry] group; localised keys (Name[ja]) are kept under their full name.
QHash<QString, QString> desktopEntry(const QByteArray &text)
{
    QHash<QString, QString> keys;
    QString group;
    for (const QByteArray &rawLine : text.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            group = line.mid(1, line.size() - 2);
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (group == QLatin1String("Desktop Entry") && equals > 0)
            keys.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    return keys;
}

struct Metainfo
{
    QString componentType;
    QString id;
    QString name;
    QString summary;
    QString metadataLicense;
    QString projectLicense;
    QString launchableType;
    QString launchable;
    QStringList releaseVersions;
    QStringList releaseDates;
    QString contentRatingType;
    QStringList binaries;
    QStringList mediatypes;
    QStringList screenshotImages;
    int descriptionParagraphs = 0;
    QString error;
};

Metainfo readMetainfo(const QByteArray &text)
{
    Metainfo info;
    QXmlStreamReader xml(text);
    QStringList path;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            path.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QString element = xml.name().toString();
        const QString parent = path.isEmpty() ? QString() : path.last();
        path.append(element);
        const QXmlStreamAttributes attributes = xml.attributes();
        if (element == QLatin1String("component") && parent.isEmpty()) {
            info.componentType = attributes.value(QLatin1String("type")).toString();
        } else if (parent == QLatin1String("component")) {
            if (element == QLatin1String("launchable"))
                info.launchableType = attributes.value(QLatin1String("type")).toString();
            if (element == QLatin1String("content_rating"))
                info.contentRatingType = attributes.value(QLatin1String("type")).toString();
            if (element == QLatin1String("id") || element == QLatin1String("name") ||
                element == QLatin1String("summary") || element == QLatin1String("launchable") ||
                element == QLatin1String("metadata_license") ||
                element == QLatin1String("project_license")) {
                const QString value = xml.readElementText().trimmed();
                path.removeLast(); // readElementText consumed the end element
                if (element == QLatin1String("id"))
                    info.id = value;
                else if (element == QLatin1String("name"))
                    info.name = value;
                else if (element == QLatin1String("summary"))
                    info.summary = value;
                else if (element == QLatin1String("launchable"))
                    info.launchable = value;
                else if (element == QLatin1String("metadata_license"))
                    info.metadataLicense = value;
                else
                    info.projectLicense = value;
            }
        } else if (element == QLatin1String("p") && parent == QLatin1String("description") &&
                   path.size() == 3) {
            ++info.descriptionParagraphs;
        } else if (element == QLatin1String("release") && parent == QLatin1String("releases")) {
            info.releaseVersions.append(attributes.value(QLatin1String("version")).toString());
            info.releaseDates.append(attributes.value(QLatin1String("date")).toString());
        } else if (parent == QLatin1String("provides") &&
                   (element == QLatin1String("binary") || element == QLatin1String("mediatype"))) {
            const QString value = xml.readElementText().trimmed();
            path.removeLast();
            (element == QLatin1String("binary") ? info.binaries : info.mediatypes).append(value);
        } else if (element == QLatin1String("image") && parent == QLatin1String("screenshot")) {
            info.screenshotImages.append(xml.readElementText().trimmed());
            path.removeLast();
        }
    }
    if (xml.hasError())
        info.error = QStringLiteral("%1:%2: %3")
                         .arg(xml.lineNumber())
                         .arg(xml.columnNumber())
                         .arg(xml.errorString());
    return info;
}

} // namespace

class TestPackaging final : public QObject
{
    Q_OBJECT

private slots:
    void desktopFile_hasRequiredKeys();
    void desktopFile_opensDatasetsWithTheBinary();
    void metainfo_parsesWithIdLaunchableReleasesAndContentRating();
    void metainfo_latestReleaseIsTheProjectVersion();
    void mimeType_declaresGlobAndJsonParent();
    void icon_rendersToNonEmptyImage_data();
    void icon_rendersToNonEmptyImage();
};

void TestPackaging::desktopFile_hasRequiredKeys()
{
    // Given the desktop entry
    const QByteArray text = readFile(packagingDir + u'/' + appId + QStringLiteral(".desktop"));
    QVERIFY2(!text.isEmpty(), "the .desktop file is missing or empty");

    // When its [Desktop Entry] group is read
    const QHash<QString, QString> keys = desktopEntry(text);

    // Then every key a menu and a file manager need is there
    for (const char *key : {"Type", "Name", "GenericName", "Comment", "Exec", "Icon", "Categories",
                            "MimeType", "Keywords"})
        QVERIFY2(!keys.value(QLatin1String(key)).isEmpty(), key);
    QCOMPARE(keys.value(QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(keys.value(QStringLiteral("Name")), QStringLiteral("Anchorline"));
    QCOMPARE(keys.value(QStringLiteral("Icon")), appId);
    QCOMPARE(keys.value(QStringLiteral("Categories")), QStringLiteral("Education;Science;Office;"));
    QVERIFY(keys.value(QStringLiteral("Keywords")).endsWith(u';'));
}

void TestPackaging::desktopFile_opensDatasetsWithTheBinary()
{
    const QHash<QString, QString> keys =
        desktopEntry(readFile(packagingDir + u'/' + appId + QStringLiteral(".desktop")));

    // %f: one file per instance, which is what `anchorline [FILE]` takes.
    QCOMPARE(keys.value(QStringLiteral("Exec")), QStringLiteral("anchorline %f"));
    QCOMPARE(keys.value(QStringLiteral("MimeType")), mimeType + u';');
}

void TestPackaging::metainfo_parsesWithIdLaunchableReleasesAndContentRating()
{
    // Given the AppStream metainfo
    const QByteArray text = readFile(metainfoFile);
    QVERIFY2(!text.isEmpty(), "the metainfo file is missing or empty");

    // When it is parsed
    const Metainfo info = readMetainfo(text);

    // Then it is well-formed and describes the desktop application that the .desktop file starts
    QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
    QCOMPARE(info.componentType, QStringLiteral("desktop-application"));
    QCOMPARE(info.id, appId);
    QCOMPARE(info.name, QStringLiteral("Anchorline"));
    QVERIFY(!info.summary.isEmpty());
    QCOMPARE(info.metadataLicense, QStringLiteral("CC0-1.0"));
    QCOMPARE(info.projectLicense, QStringLiteral("MIT"));
    QVERIFY(info.descriptionParagraphs >= 2);
    QCOMPARE(info.launchableType, QStringLiteral("desktop-id"));
    QCOMPARE(info.launchable, appId + QStringLiteral(".desktop"));
    QVERIFY(!info.releaseVersions.isEmpty());
    QCOMPARE(info.contentRatingType, QStringLiteral("oars-1.1"));
    QCOMPARE(info.binaries, QStringList{QStringLiteral("anchorline")});
    QCOMPARE(info.mediatypes, QStringList{mimeType});
    // The screenshots are the user guide's, published under the configured base URL; with an
    // empty ANCHORLINE_SCREENSHOT_BASE_URL there are none rather than dead links.
    if (screenshotBaseUrl.isEmpty()) {
        QVERIFY(info.screenshotImages.isEmpty());
        return;
    }
    QVERIFY(!info.screenshotImages.isEmpty());
    for (const QString &image : info.screenshotImages) {
        QVERIFY2(image.startsWith(screenshotBaseUrl + u'/'), qPrintable(image));
        QVERIFY2(image.startsWith(QLatin1String("https://")), qPrintable(image));
        const QString shipped = QStringLiteral(ANCHORLINE_SOURCE_DIR "/docs/screenshots/") +
                                image.mid(screenshotBaseUrl.size() + 1);
        QVERIFY2(!QImage(shipped).isNull(), qPrintable(shipped));
    }
}

void TestPackaging::metainfo_latestReleaseIsTheProjectVersion()
{
    // A version bump in CMakeLists.txt needs a <release> entry, newest first, with a date.
    const Metainfo info = readMetainfo(readFile(metainfoFile));
    QVERIFY(!info.releaseVersions.isEmpty());
    QCOMPARE(info.releaseVersions.first(), QStringLiteral(ANCHORLINE_VERSION));
    for (const QString &date : info.releaseDates)
        QVERIFY2(QDate::fromString(date, Qt::ISODate).isValid(), qPrintable(date));
}

void TestPackaging::mimeType_declaresGlobAndJsonParent()
{
    // Given the shared-mime-info package file
    QXmlStreamReader xml(readFile(packagingDir + QStringLiteral("/anchorline-mime.xml")));
    QString type;
    QString glob;
    QString weight;
    QString parent;
    QString comment;
    QString rootNamespace;

    // When it is read
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("mime-info")) {
            rootNamespace = xml.namespaceUri().toString();
        } else if (xml.name() == QLatin1String("mime-type")) {
            type = xml.attributes().value(QLatin1String("type")).toString();
        } else if (xml.name() == QLatin1String("glob")) {
            glob = xml.attributes().value(QLatin1String("pattern")).toString();
            weight = xml.attributes().value(QLatin1String("weight")).toString();
        } else if (xml.name() == QLatin1String("sub-class-of")) {
            parent = xml.attributes().value(QLatin1String("type")).toString();
        } else if (xml.name() == QLatin1String("comment")) {
            comment = xml.readElementText();
        }
    }

    // Then *.anchorline.json maps to our type, ahead of the weight-50 *.json of application/json
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    // update-mime-database ignores files outside this namespace.
    QCOMPARE(rootNamespace,
             QStringLiteral("http://www.freedesktop.org/standards/shared-mime-info"));
    QCOMPARE(type, mimeType);
    QCOMPARE(glob, QStringLiteral("*.anchorline.json"));
    QCOMPARE(weight, QStringLiteral("60"));
    QCOMPARE(parent, QStringLiteral("application/json"));
    QVERIFY(!comment.isEmpty());
}

void TestPackaging::icon_rendersToNonEmptyImage_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("16 px") << 16;
    QTest::newRow("256 px") << 256;
}

void TestPackaging::icon_rendersToNonEmptyImage()
{
    QFETCH(int, size);

    // Given the scalable icon
    QSvgRenderer renderer(packagingDir + QStringLiteral("/icons/anchorline.svg"));
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBoxF().width(), renderer.viewBoxF().height());

    // When it is rendered as the build renders the PNG sizes
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }

    // Then over half the square is painted, the centre is opaque and more than one colour shows
    int opaque = 0;
    QHash<QRgb, int> colours;
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qAlpha(pixel) == 255) {
                ++opaque;
                ++colours[pixel];
            }
        }
    }
    QVERIFY2(opaque > size * size / 2, qPrintable(QString::number(opaque)));
    QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
    QVERIFY(colours.size() >= 3);
}

QTEST_MAIN(TestPackaging)
#include "tst_packaging.moc"
