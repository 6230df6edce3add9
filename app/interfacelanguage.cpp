#include "interfacelanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Anchorline::App {

void installInterfaceLanguage(QCoreApplication &app, const QLocale &locale)
{
    auto *own = new QTranslator(&app);
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    app.setProperty("anchorlineInterfaceLanguage",
                    english ? QStringLiteral("en") : locale.name().section(QLatin1Char('_'), 0, 0));
    if ((!english && own->load(locale, QStringLiteral("anchorline"), QStringLiteral("_"),
                               QStringLiteral(":/i18n"))) ||
        own->load(QStringLiteral(":/i18n/anchorline_en.qm")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    if (english)
        return;
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace Anchorline::App
