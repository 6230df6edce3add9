#pragma once

#include "core/dataset.h"
#include "core/displaytext.h"

#include <QWidget>

class QComboBox;

namespace Anchorline::Views {

// A searchable choice of one event: type part of a title, date or id. Titles are shown in the
// data language (`text`, usually Document::text()). Optional pickers offer "(none)" first.
class EventPicker final : public QWidget
{
    Q_OBJECT

public:
    EventPicker(const Model::Dataset &dataset, const Model::DisplayText &text, bool optional,
                QWidget *parent = nullptr);

    // Id of the chosen event; empty for none or when the typed text names no event.
    QString eventId() const;
    void setEventId(const QString &id);
    // True when the text names an event (or is empty/"(none)" for an optional picker).
    bool isAcceptable() const;
    QComboBox *comboBox() const { return m_combo; }

signals:
    void changed();

private:
    QComboBox *m_combo = nullptr;
    bool m_optional = false;
};

} // namespace Anchorline::Views
