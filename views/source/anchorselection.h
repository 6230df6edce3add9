#pragma once

#include "anchoring/quotelimit.h"
#include "core/dataset.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Anchorline::Model {
class Document;
}

namespace Anchorline::Views {

// The anchor for a selection in a source text, or why there is none.
struct AnchorFromSelection
{
    Model::Anchor anchor;
    QString error; // empty when `anchor` is usable
    int wordCount = 0;
    Model::QuoteLength length; // words, or characters for a Japanese or Chinese quote
    bool ok() const { return error.isEmpty(); }
};

// Builds the W3C TextQuoteSelector + TextPositionSelector of `text`[start, end): `start` and
// `end` are UTF-16 indexes (what QTextCursor gives) into the text as the source view shows it
// (line endings LF). White space at either end of the selection is left out; prefix and
// suffix are the 32 code points around the quote; start/end hints are code point offsets.
AnchorFromSelection anchorFromSelection(const QString &sourceId, const QString &text,
                                        qsizetype start, qsizetype end);

inline constexpr int AnchorContextLength = 32;
inline constexpr int AnchorMaxWords = Model::QuoteMaxWords;

// "Anchor selection to event…": shows the quote, lets the user find the event (the current
// event is preselected) and appends the anchor to its evidence (Document::replaceEvent, one undo
// step). The quote is shown as plain text.
class AnchorSelectionDialog final : public QDialog
{
    Q_OBJECT

public:
    AnchorSelectionDialog(Model::Document &document, Model::Anchor anchor,
                          QWidget *parent = nullptr);

    // Index into dataset().events of the chosen event, or -1.
    int chosenEvent() const;
    void setChosenEvent(int eventIndex);
    void setFilterText(const QString &text);
    QListWidget *eventList() const { return m_list; }
    QString validationError() const { return m_errorText; }
    void accept() override;

private:
    void applyFilter();
    void revalidate();

    Model::Document &m_document;
    Model::Anchor m_anchor;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_errorText;
};

// The whole action for the source view's context menu: builds the anchor, asks for the event
// and applies it. Returns true when an anchor was added; shows a message box when the
// selection cannot be anchored.
bool anchorSelectionToEvent(Model::Document &document, const QString &sourceId, const QString &text,
                            qsizetype start, qsizetype end, QWidget *parent);

} // namespace Anchorline::Views
