#include "anchoring/quotelimit.h"

#include "anchoring/textnormalize.h"

#include <QList>
#include <QStringTokenizer>

namespace Anchorline::Model {

QuoteLength quoteLength(QStringView quote)
{
    const QString text = normalizeText(quote);
    int letters = 0;
    int unspaced = 0;
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (isNormalizationSpace(c))
            continue;
        ++letters;
        if (isUnspacedCjk(c))
            ++unspaced;
    }
    QuoteLength length;
    if (letters > 0 && 2 * unspaced >= letters) {
        length.characters = true;
        length.count = letters;
        length.limit = QuoteMaxCjkCharacters;
        return length;
    }
    // normalizeText leaves single spaces between words.
    for (const auto word : QStringTokenizer{QStringView(text), u' ', Qt::SkipEmptyParts}) {
        Q_UNUSED(word)
        ++length.count;
    }
    length.limit = QuoteMaxWords;
    return length;
}

} // namespace Anchorline::Model
