#pragma once

#include "document/document.h"

#include <QDialog>
#include <QWidget>
#include <memory>

class QTabWidget;

namespace Anchorline::Model {
class CollectionModel;
} // namespace Anchorline::Model

namespace Anchorline::Views {

class CollectionPage;
class MetricValuesPanel;

// Edit ▸ Manage Data: sources, actors, themes, eras and metrics (with their values) in tabs.
// Not modal, so the timeline shows each change as it is made; Ctrl+Z and Ctrl+Shift+Z work here
// too.
class DataManagerDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Page {
        SourcesPage,
        ActorsPage,
        ThemesPage,
        ErasPage,
        MetricsPage,
        RelationsPage,
        PageCount
    };

    explicit DataManagerDialog(Model::Document &document, QWidget *parent = nullptr);
    ~DataManagerDialog() override;
    Q_DISABLE_COPY_MOVE(DataManagerDialog)

    void setPage(Page page);
    Page page() const;
    QTabWidget *tabs() const { return m_tabs; }
    CollectionPage *collectionPage(Page page) const;
    MetricValuesPanel *metricValues() const { return m_values; }

private:
    Model::Document &m_document;
    std::vector<std::unique_ptr<Model::CollectionModel>> m_models;
    QTabWidget *m_tabs = nullptr;
    std::vector<CollectionPage *> m_pages;
    MetricValuesPanel *m_values = nullptr;
};

} // namespace Anchorline::Views
