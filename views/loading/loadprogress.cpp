#include "loading/loadprogress.h"

#include "core/freedmemory.h"
#include "document/document.h"
#include "io/datasetloader.h"
#include "io/datasetreader.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QTimer>

namespace Anchorline::Views {

using namespace Anchorline::Model;

namespace {

LoadResult loadInBackground(const QString &path, QWidget *parent, Preparations &prepared)
{
    DatasetLoader loader;
    constexpr int steps = 1000;
    QProgressDialog dialog(
        QCoreApplication::translate("Anchorline", "Loading %1…").arg(QFileInfo(path).fileName()),
        QCoreApplication::translate("Anchorline", "Cancel"), 0, steps, parent);
    dialog.setWindowTitle(QCoreApplication::translate("Anchorline", "Opening"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setValue(0);

    QEventLoop loop;
    QTimer poll;
    bool preparing = false;
    poll.setInterval(30);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        if (dialog.wasCanceled())
            loader.cancel();
        if (loader.isPreparing() && !preparing) {
            preparing = true;
            dialog.setLabelText(QCoreApplication::translate("Anchorline", "Preparing the views…"));
        }
        dialog.setValue(int(loader.progress() * steps));
    });
    QObject::connect(&dialog, &QProgressDialog::canceled, &loader, &DatasetLoader::cancel);
    QObject::connect(&loader, &DatasetLoader::finished, &loop, &QEventLoop::quit);
    loader.start(path, {}, std::move(prepared));
    poll.start();
    dialog.show();
    if (loader.isRunning())
        loop.exec();
    poll.stop();
    dialog.setValue(steps);
    if (loader.isRunning()) {
        // The loop ended before the loader did: the application is quitting. The loader's
        // destructor stops the worker; the document is left as it was.
        loader.cancel();
        LoadResult cancelled;
        cancelled.errors.push_back(
            LoadError{path, QString(), 0, 0, DatasetReader::cancelledMessage()});
        return cancelled;
    }
    prepared = loader.takePreparations();
    return loader.takeResult();
}

} // namespace

bool loadWithProgress(Document &document, const QString &path, QWidget *parent, LoadResult *result,
                      const std::function<void()> &beforeLargeHandOver)
{
    // A small file is read here; the views then derive what they need from it themselves.
    Preparations prepared;
    LoadResult loaded;
    const bool large = !DatasetLoader::loadsSynchronously(path);
    if (large) {
        prepared = document.preparations();
        loaded = loadInBackground(path, parent, prepared);
    } else {
        loaded = DatasetReader::readFile(path);
    }
    const bool ok = loaded.ok() && loaded.dataset.has_value();
    if (ok) {
        if (large && beforeLargeHandOver)
            beforeLargeHandOver();
        document.setDataset(std::move(*loaded.dataset), path, std::move(prepared));
        loaded.dataset.reset();
    }
    // The file's bytes, the reader's and the preparers' working memory and the previous dataset
    // are freed now; a large load leaves much of it in the allocator's heaps (freedmemory.h).
    if (large)
        returnFreedMemory();
    if (result)
        *result = std::move(loaded);
    return ok;
}

} // namespace Anchorline::Views
