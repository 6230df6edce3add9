#include "style/cjkfont.h"

#include <QStringList>
#include <algorithm>

namespace Anchorline::Views {

QString cjkFamilyFor(const QString &language)
{
    const QString tag = language.toLower();
    if (tag.startsWith(QLatin1String("ko")))
        return QStringLiteral("Noto Sans CJK KR");
    if (tag.startsWith(QLatin1String("zh"))) {
        const bool traditional = tag.contains(QLatin1String("hant")) ||
                                 tag.contains(QLatin1String("-tw")) ||
                                 tag.contains(QLatin1String("-hk"));
        return traditional ? QStringLiteral("Noto Sans CJK TC")
                           : QStringLiteral("Noto Sans CJK SC");
    }
    return QStringLiteral("Noto Sans CJK JP");
}

QFont withCjkFallback(QFont font, const QString &language)
{
    QStringList families = font.families();
    if (families.isEmpty())
        families << font.family();
    const QString cjk = cjkFamilyFor(language);
    // Another CJK face from an earlier language goes: the data language decides.
    families.erase(std::remove_if(families.begin(), families.end(),
                                  [&](const QString &f) {
                                      return f.startsWith(QLatin1String("Noto Sans CJK")) &&
                                             f != cjk;
                                  }),
                   families.end());
    if (!families.contains(cjk))
        families << cjk;
    font.setFamilies(families);
    return font;
}

} // namespace Anchorline::Views
