#include "source/pdfpagerenderer.h"

#include <QMutex>
#include <QMutexLocker>
#include <QPainter>
#include <QPdfDocument>
#include <QThread>
#include <QWaitCondition>
#include <deque>

namespace Anchorline::Views {

struct PdfPageRenderer::Shared
{
    struct Request
    {
        int page = 0;
        QSize size;
    };
    mutable QMutex mutex;
    QWaitCondition wake;
    QString path;
    quint64 generation = 0;
    std::deque<Request> queue; // newest at the back
    int firstWanted = 0;
    int lastWanted = -1; // none given yet: every page is wanted
    bool quit = false;
};

PdfPageRenderer::PdfPageRenderer(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_thread = QThread::create([shared = m_shared, self = this] {
        QPdfDocument document;
        QString loaded;
        for (;;) {
            QMutexLocker locker(&shared->mutex);
            while (shared->queue.empty() && !shared->quit)
                shared->wake.wait(&shared->mutex);
            if (shared->quit)
                return;
            const Shared::Request request = shared->queue.back();
            shared->queue.pop_back();
            const bool wanted =
                shared->lastWanted < shared->firstWanted ||
                (request.page >= shared->firstWanted && request.page <= shared->lastWanted);
            const QString path = shared->path;
            const quint64 generation = shared->generation;
            locker.unlock();
            if (path != loaded) {
                document.close();
                document.load(path);
                loaded = path;
            }
            QImage image;
            if (wanted && request.page < document.pageCount()) {
                // PDFium leaves what the page does not paint transparent: paper is white.
                image = QImage(request.size, QImage::Format_ARGB32_Premultiplied);
                image.fill(Qt::white);
                const QImage page = document.render(request.page, request.size);
                QPainter painter(&image);
                painter.drawImage(0, 0, page);
            }
            // Delivered on the GUI thread, and only while the renderer still exists.
            QMetaObject::invokeMethod(
                self,
                [self, generation, request, image] {
                    self->deliver(generation, request.page, request.size, image);
                },
                Qt::QueuedConnection);
        }
    });
    m_thread->setObjectName(QStringLiteral("PdfPageRenderer"));
    m_thread->start(QThread::LowPriority);
}

PdfPageRenderer::~PdfPageRenderer()
{
    {
        const QMutexLocker locker(&m_shared->mutex);
        m_shared->quit = true;
        m_shared->queue.clear();
    }
    m_shared->wake.wakeAll();
    m_thread->wait(); // at most the page being rendered
    delete m_thread;
}

void PdfPageRenderer::open(const QString &path)
{
    const QMutexLocker locker(&m_shared->mutex);
    m_shared->path = path;
    ++m_shared->generation;
    m_shared->queue.clear();
    m_shared->firstWanted = 0;
    m_shared->lastWanted = -1;
}

void PdfPageRenderer::request(int page, QSize pixelSize)
{
    {
        const QMutexLocker locker(&m_shared->mutex);
        for (const Shared::Request &queued : m_shared->queue) {
            if (queued.page == page && queued.size == pixelSize)
                return;
        }
        m_shared->queue.push_back(Shared::Request{page, pixelSize});
    }
    m_shared->wake.wakeOne();
}

void PdfPageRenderer::setWantedPages(int first, int last)
{
    const QMutexLocker locker(&m_shared->mutex);
    m_shared->firstWanted = first;
    m_shared->lastWanted = last;
}

int PdfPageRenderer::queued() const
{
    const QMutexLocker locker(&m_shared->mutex);
    return int(m_shared->queue.size());
}

void PdfPageRenderer::deliver(quint64 generation, int page, QSize pixelSize, const QImage &image)
{
    {
        const QMutexLocker locker(&m_shared->mutex);
        if (generation != m_shared->generation)
            return;
    }
    emit rendered(page, pixelSize, image);
}

} // namespace Anchorline::Views
