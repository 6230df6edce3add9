// anchorline-rendericon: renders the SVG application icon to a square PNG at build time, so the
// repository holds only the SVG and every PNG size stays in step with it.
//   anchorline-rendericon INPUT.svg SIZE OUTPUT.png
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    const QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        err << "usage: anchorline-rendericon INPUT.svg SIZE OUTPUT.png\n";
        return 2;
    }
    bool sizeOk = false;
    const int size = args.at(2).toInt(&sizeOk);
    if (!sizeOk || size < 1 || size > 4096) {
        err << "anchorline-rendericon: SIZE must be a number of pixels from 1 to 4096, not '"
            << args.at(2) << "'\n";
        return 2;
    }

    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "anchorline-rendericon: " << args.at(1) << ": not a valid SVG file\n";
        return 1;
    }

    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    if (!image.save(args.at(3), "PNG")) {
        err << "anchorline-rendericon: cannot write " << args.at(3) << '\n';
        return 1;
    }
    return 0;
}
