#include "io/loadresult.h"

#include <QStringList>

namespace Anchorline::Model {

QString LoadError::toString() const
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    QString text = where + QStringLiteral(": ");
    if (!pointer.isEmpty())
        text += pointer + QStringLiteral(": ");
    return text + message;
}

QString LoadError::toWarningString() const
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    QString text = where + QStringLiteral(": warning: ");
    if (!pointer.isEmpty())
        text += pointer + QStringLiteral(": ");
    return text + message;
}

QString LoadResult::warningText() const
{
    QStringList lines;
    for (const LoadError &warning : warnings)
        lines << warning.toWarningString();
    return lines.join(QLatin1Char('\n'));
}

QString LoadResult::errorText() const
{
    QStringList lines;
    for (const LoadError &error : errors)
        lines << error.toString();
    if (truncated)
        lines << QStringLiteral("(more errors not shown)");
    return lines.join(QLatin1Char('\n'));
}

} // namespace Anchorline::Model
