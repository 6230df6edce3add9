#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;
class QLineEdit;
class QTableView;

namespace Anchorline::Model {
class Document;
class EventFilterProxy;
} // namespace Anchorline::Model

namespace Anchorline::App {

// The one place where the Document, the models and the views are created and wired together.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    Model::Document &document() const { return *m_document; }
    Model::EventFilterProxy &filter() const { return *m_filter; }

    void openBundledDataset();
    // Returns false and shows the reader's message when the file cannot be opened; whatever was
    // open stays open.
    bool openFile(const QString &path);

    static QString bundledDatasetPath();

private:
    void createActions();
    void updateTitle();
    void updateStatus();
    void showOpenDialog();
    bool saveAs();

    std::unique_ptr<Model::Document> m_document;
    Model::EventFilterProxy *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_statusCount = nullptr;
};

} // namespace Anchorline::App
