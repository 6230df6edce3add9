#pragma once

#include "core/dataset.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace Anchorline::Model {

// Bibliographies of a dataset's sources for reference managers. Both forms are deterministic:
// the same sources give the same bytes (source order is kept, keys never depend on the clock).

// CSL-JSON: an array of CSL items. "issued" becomes {"date-parts": [[y, m, d]]} with only the
// parts the date has ([[y1..], [y2..]] for an interval, "season" for EDTF seasons) and
// "circa": true when the date is approximate or uncertain. Ends with a newline.
QByteArray sourcesToCslJson(const std::vector<Source> &sources);

// BibTeX: @article for journal, magazine and newspaper articles (and any article with an
// outlet), @book for books, @techreport for reports (publisher as institution), @misc for the
// rest. Keys are the sources' ids, as in CSL-JSON; an id BibTeX cannot use as a key gets the
// first author's family name (or the organisation's or outlet's first word), folded to ASCII
// lower case, plus the year: "lee2026", then "lee2026a", "lee2026b", never a key given out
// already. TeX specials are escaped, except in `url`, which BibTeX tools read literally;
// approximate and uncertain dates are noted in words ("Date approximate: c. 2023").
QByteArray sourcesToBibTeX(const std::vector<Source> &sources);

// The keys sourcesToBibTeX() gives, in source order (for tests and for citing from captions).
std::vector<QString> bibTeXKeys(const std::vector<Source> &sources);

// Escapes TeX specials (\ { } $ & % # _ ^ ~) so a field reads back as the same text.
QString escapeBibTeX(const QString &text);

} // namespace Anchorline::Model
