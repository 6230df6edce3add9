#pragma once

#include <QObject>
#include <QStringList>

namespace Anchorline::Model {

class Document;

// Back / Forward through the events the user has looked at, like a browser's history. It records
// every change of the Document's current event except the ones it makes itself.
class SelectionHistory final : public QObject
{
    Q_OBJECT

public:
    explicit SelectionHistory(Document &document, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SelectionHistory)

    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < m_ids.size(); }
    void back();
    void forward();
    QStringList entries() const { return m_ids; }
    int position() const { return m_position; }

    static constexpr int maximumEntries = 200;

signals:
    void changed();

private:
    void onCurrentEventChanged(int eventIndex);
    void go(int position);

    Document &m_document;
    QStringList m_ids;
    int m_position = -1;
    bool m_navigating = false;
};

} // namespace Anchorline::Model
