#pragma once

#include <QImage>
#include <QObject>
#include <QSize>
#include <QString>
#include <memory>

class QThread;

namespace Anchorline::Views {

// Renders pages of one PDF on a thread of its own, so that scrolling through a long PDF never
// waits for PDFium on the GUI thread. The thread has its own QPdfDocument (PDFium is not
// reentrant; QtPdf serialises calls with a global mutex, so a page being rendered delays the
// view's text look-ups by at most that page). Requests are taken newest first, and requests for
// pages that are no longer wanted (scrolled past) are dropped before they are rendered.
class PdfPageRenderer final : public QObject
{
    Q_OBJECT

public:
    explicit PdfPageRenderer(QObject *parent = nullptr);
    ~PdfPageRenderer() override;
    Q_DISABLE_COPY_MOVE(PdfPageRenderer)

    // Renders pages of `path` from now on; results for the previous file are not delivered.
    void open(const QString &path);
    // Asks for `page` rendered at `pixelSize` (once per page and size until it arrives).
    void request(int page, QSize pixelSize);
    // Pages outside [first, last] are not rendered any more if still queued.
    void setWantedPages(int first, int last);
    // Requests not yet rendered, for tests and the view's progress label.
    int queued() const;

signals:
    void rendered(int page, QSize pixelSize, const QImage &image);

private:
    struct Shared;
    void deliver(quint64 generation, int page, QSize pixelSize, const QImage &image);

    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
};

} // namespace Anchorline::Views
