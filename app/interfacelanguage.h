#pragma once

#include <QLocale>

class QCoreApplication;

namespace Anchorline::App {

// Installs the interface language `locale`: Anchorline's own translation and Qt's (standard
// dialogs, buttons), and makes it QLocale's default, so that dates and numbers follow it. English,
// and any language without a translation of its own, gets the English plural forms. Records the
// primary tag (e.g. "ja") as the application property "anchorlineInterfaceLanguage", which the
// data language follows by default (MainWindow, View ▸ Data Language).
// The window calls it once at start-up; `anchorline export --language` too, so that the axis,
// the legend and the captions of an exported image speak the language of its labels.
void installInterfaceLanguage(QCoreApplication &app, const QLocale &locale);

} // namespace Anchorline::App
