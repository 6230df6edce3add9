#pragma once

#include <QWidget>

class QAbstractItemModel;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Anchorline::Model {
class Document;
class EventFilterProxy;
class ThemeMatrixModel;
} // namespace Anchorline::Model

namespace Anchorline::Views {

// Document–theme matrix: policy documents as columns in date order, themes as rows, each cell
// the number of anchored passages tying the document to the theme on a sequential,
// colour-blind-safe scale (ColorBrewer YlGnBu) with a legend. Rows sort by name, by a document
// or by total (click a header). Clicking a cell lists its passages below (plain text, with the
// source's short reference); "Go to event" or Enter on a passage navigates. "Export CSV…"
// saves ThemeMatrixModel::toCsv(). See ThemeMatrixModel for the counting rule.
class DocumentThemeMatrix final : public QWidget
{
    Q_OBJECT

public:
    DocumentThemeMatrix(Model::Document &document, Model::EventFilterProxy &filter,
                        QWidget *parent = nullptr);
    ~DocumentThemeMatrix() override;
    Q_DISABLE_COPY_MOVE(DocumentThemeMatrix)

    QTableView *tableView() const { return m_table; }
    QListWidget *passageList() const { return m_passages; }
    QAbstractItemModel *model() const;
    QAbstractItemModel *sortedModel() const;
    // Lists the passages of a cell (indexes of the source model); what a click does.
    void showPassages(int themeRow, int column);
    // Navigates to the event of the passage in row `row` of the list.
    void goToPassage(int row);
    bool exportCsv(const QString &path, QString *error = nullptr) const;

    // The colour of a count on the scale whose largest value is `maximum`.
    static QColor cellColor(int count, int maximum);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void bindTable(bool bound);
    void fitColumns();
    void onCellClicked(const QModelIndex &proxyIndex);
    void chooseCsvFile();

    Model::Document &m_document;
    Model::ThemeMatrixModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_hideEmpty = nullptr;
    QWidget *m_legend = nullptr;
    QLabel *m_cellTitle = nullptr;
    QListWidget *m_passages = nullptr;
    QPushButton *m_goTo = nullptr;
    int m_documentWidth = 0;
    bool m_sortByTotal = true;
    bool m_columnsFitted = false;
    // What the table showed when it was last hidden, given back when it is shown again (unless
    // the matrix was rebuilt meanwhile): the current cell, in the matrix model's terms, and the
    // scroll position.
    struct Kept
    {
        bool valid = false;
        int row = -1;
        int column = -1;
        int horizontal = 0;
        int vertical = 0;
    };
    Kept m_kept;
};

} // namespace Anchorline::Views
