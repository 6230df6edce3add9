#pragma once

#include <QWidget>

class QLabel;
class QScrollArea;
class QUrl;
class QVBoxLayout;

namespace Anchorline::Model {
class Document;
} // namespace Anchorline::Model

namespace Anchorline::Views {

// Shows everything about the Document's current event: title, date with its precision and
// interval, alternative date claims, actors, kind, themes, summary, media links, note and evidence
// passages. Every string from the dataset is shown as plain text (docs/architecture.md §7); media
// are never loaded, and only http(s) links get an Open button.
class EventDetailsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit EventDetailsPanel(Model::Document &document, QWidget *parent = nullptr);
    ~EventDetailsPanel() override;
    Q_DISABLE_COPY_MOVE(EventDetailsPanel)

    // Index of the event shown, or -1 for the empty state.
    int shownEvent() const { return m_shown; }

signals:
    // A theme chip was clicked: the lead wires this to the filter.
    void themeActivated(const QString &themeId);
    // 'Show in source' for event.evidence[evidenceIndex].
    void showInSource(int eventIndex, int evidenceIndex);
    // The Open button of an http(s) media link was clicked: the lead opens it in the browser.
    void openLink(const QUrl &url);

private:
    void rebuild();
    void showEmptyState();
    void displayEvent(int eventIndex);
    void onFocusChanged(QWidget *old, QWidget *now);

    Model::Document &m_document;
    QScrollArea *m_scroll = nullptr;
    int m_shown = -1;
};

} // namespace Anchorline::Views
