#pragma once

#include "export/timelineexport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Anchorline::Views {

// The timeline as ONE self-contained web page (issue 19): `anchorline export FILE -o OUT.html`
// and File ▸ Export ▸ Web Page…. The page holds its data (JSON), script and styles inline
// (resources/web/), loads nothing from anywhere (a Content-Security-Policy meta tag forbids it)
// and inserts data text only as text (textContent), never as markup.
//
// Parity with the desktop app: lanes, their names and colours, era colours and the legend's
// captions come from the TimelineExporter's own TimelineRenderer after a paint of the same
// window, so the page shows what an image export of the same options shows.
class WebPageExporter final
{
    Q_DECLARE_TR_FUNCTIONS(Anchorline::Views::WebPageExporter)

public:
    // `interfaceLanguage`: "ja" or "en" for the page's own words (buttons, headings, legend);
    // the data language of titles and names is in `input.text`.
    WebPageExporter(ExportInput input, ExportOptions options, QString interfaceLanguage);

    // The data the page embeds: title, window, palette, lanes, eras, events, tours, legend, ui.
    const QJsonObject &data() const { return m_data; }
    // What the page leaves out, "3 metrics" (it shows events, eras and tours); empty: nothing.
    const QStringList &leftOut() const { return m_leftOut; }
    int eventCount() const;

    QByteArray toHtml() const;
    ExportResult writeFile(const QString &path) const;

    // `json` made safe inside a <script> element: "<", ">", "&" and U+2028/9 as \u escapes.
    static QByteArray scriptSafeJson(const QByteArray &json);

private:
    void build(TimelineExporter &exporter, const QString &interfaceLanguage);

    QJsonObject m_data;
    QStringList m_leftOut;
};

} // namespace Anchorline::Views
