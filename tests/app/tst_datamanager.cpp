#include "document/document.h"
#include "editing/datamanager/collectionpage.h"
#include "editing/datamanager/datamanagerdialog.h"
#include "editing/datamanager/metricvaluespanel.h"
#include "editing/editdialog.h"
#include "editing/records/metricpointdialog.h"
#include "io/datasetwriter.h"
#include "io/validation.h"
#include "itemmodels/collectionmodel.h"
#include "mainwindow.h"
#include "testdata.h"
#include "widgets/dateedit.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Anchorline::Model;
using namespace Anchorline::Views;

namespace {

// The dialog a button just opened: open() shows it at once, and a closed one is hidden before
// it is deleted.
template<typename T> T *visibleChild(QObject *parent)
{
    for (T *widget : parent->findChildren<T *>()) {
        if (widget->isVisible())
            return widget;
    }
    return nullptr;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

QPushButton *okButton(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

QByteArray bytes(const Document &document)
{
    return DatasetWriter::toBytes(document.dataset());
}

Source source(const char *id, const char *title)
{
    Source s;
    s.id = QString::fromLatin1(id);
    s.title = QString::fromLatin1(title);
    return s;
}

} // namespace

// Edit ▸ Manage Data: every collection is listed, created, edited and deleted through the UI, each
// change one undo step, and deleting what others refer to either takes the references along in
// the same step or is refused with the reason.
class TestDataManager final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void editMenu_opensOneManagerOnTheChosenPage();

    void collectionModels_followEveryEditUndoAndReset();
    void metricPointModel_followsTheChosenMetric();

    void page_createsEditsAndDeletesThroughTheDialogs_data();
    void page_createsEditsAndDeletesThroughTheDialogs();
    void deletingAUsedActor_listsTheConsequencesAndCascadesInOneStep();
    void deletingAUsedTheme_takesTheTagOffItsEvents();
    void deletingAQuotedSource_isRefusedNamingHowMuchQuotesIt();
    void deletingASourceNamedByClaimsAndValues_clearsThemInOneStep();
    void cancellingTheConfirmation_changesNothing();
    void metricValues_areAddedEditedAndDeletedOneStepEach();
    void relationsPage_editsAndDeletesRelations();

    void removeItem_refusesEveryKindOfDanglingReference();
    void removeItemAndReferences_undoRestoresTheBytes_data();
    void removeItemAndReferences_undoRestoresTheBytes();
    void references_countWhatRefersToAnItem();

private:
    CollectionPage *openPage(DataManagerDialog::Page page);

    std::unique_ptr<Document> m_document;
    std::unique_ptr<DataManagerDialog> m_manager;
};

void TestDataManager::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnchorlineTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_datamanager"));
    QSettings().clear();
}

void TestDataManager::editMenu_opensOneManagerOnTheChosenPage()
{
    Anchorline::App::MainWindow window;
    window.setDiscardUnsavedWhenHidden(true);
    window.openBundledDataset();
    auto *manage = window.findChild<QMenu *>(QStringLiteral("manageDataMenu"));
    QVERIFY(manage);
    auto trigger = [manage](const QString &text) {
        for (QAction *action : manage->actions()) {
            if (action->text() == text) {
                action->trigger();
                return true;
            }
        }
        return false;
    };
    QVERIFY(trigger(QStringLiteral("&Actors…")));
    auto *manager = window.findChild<DataManagerDialog *>();
    QVERIFY(manager);
    QVERIFY(manager->isVisible());
    QCOMPARE(manager->page(), DataManagerDialog::ActorsPage);
    QCOMPARE(manager->collectionPage(DataManagerDialog::ActorsPage)->view()->model()->rowCount(),
             int(window.document().dataset().actors.size()));
    QVERIFY(trigger(QStringLiteral("&Metrics…")));
    QCOMPARE(window.findChildren<DataManagerDialog *>().size(), 1);
    QCOMPARE(manager->page(), DataManagerDialog::MetricsPage);
}

void TestDataManager::init()
{
    Dataset d = Anchorline::Testing::smallDataset();
    d.sources.push_back(source("src-b", "Another article"));
    d.eras.push_back(
        Anchorline::Testing::makeEra("era-abe", "Abe", "2012-12-26/2020-09-16", "japan"));
    Metric metric;
    metric.id = QStringLiteral("met-gdp");
    metric.name = QStringLiteral("Defence spending");
    metric.unit = QStringLiteral("% of GDP");
    MetricPoint first;
    first.date = QStringLiteral("2022");
    first.parsed = PartialDate::fromString(first.date);
    first.value = 1.1;
    first.source = QStringLiteral("src-b");
    MetricPoint second;
    second.date = QStringLiteral("FY2027");
    second.parsed = PartialDate::fromString(second.date);
    second.value = 2;
    second.event = QStringLiteral("ev-target");
    metric.points = {first, second};
    d.metrics.push_back(metric);
    d.events[0].dateClaims.push_back(Anchorline::Testing::makeDateClaim(
        "2025-12-05", "src-b", QStringLiteral("published a day later")));
    m_document = std::make_unique<Document>();
    m_document->setDataset(std::move(d), QString());
    QVERIFY(validateDataset(m_document->dataset(), QStringLiteral("fixture")).empty());
}

void TestDataManager::cleanup()
{
    m_manager.reset();
    m_document.reset();
}

CollectionPage *TestDataManager::openPage(DataManagerDialog::Page page)
{
    if (!m_manager) {
        m_manager = std::make_unique<DataManagerDialog>(*m_document);
        m_manager->show();
    }
    m_manager->setPage(page);
    return m_manager->collectionPage(page);
}

void TestDataManager::collectionModels_followEveryEditUndoAndReset()
{
    std::vector<std::unique_ptr<CollectionModel>> models;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (Collection c :
         {Collection::Actors, Collection::Themes, Collection::Eras, Collection::Metrics}) {
        models.push_back(std::make_unique<CollectionModel>(*m_document, c));
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            models.back().get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    CollectionModel &actors = *models[0];
    QCOMPARE(actors.rowCount(), 2);
    QCOMPARE(actors.index(0, 0).data().toString(), QStringLiteral("Japan"));
    // The Events column counts the events that list the actor
    QCOMPARE(actors.index(0, 3).data().toString(), QStringLiteral("3"));
    Actor china{QStringLiteral("china"),
                QStringLiteral("China"),
                QStringLiteral("CN"),
                QColor("#cc79a7"),
                {},
                {}};
    QVERIFY(m_document->insertActor(1, china));
    QCOMPARE(actors.rowCount(), 3);
    QCOMPARE(actors.index(1, 0).data().toString(), QStringLiteral("China"));
    QCOMPARE(actors.index(1, 2).data(Qt::DecorationRole).value<QColor>(), QColor("#cc79a7"));
    QVERIFY(m_document->setEventField(0, EventField::Actors, QStringList{"china"}));
    QCOMPARE(actors.index(1, 3).data().toString(), QStringLiteral("1"));
    QVERIFY(m_document->removeItemAndReferences(Collection::Actors, 0));
    QCOMPARE(actors.rowCount(), 2);
    QCOMPARE(models[2]->index(0, 3).data().toString(), QString()); // the era left the lane
    while (m_document->undoStack()->canUndo())
        m_document->undoStack()->undo();
    QCOMPARE(actors.rowCount(), 2);
    QCOMPARE(models[2]->index(0, 3).data().toString(), QStringLiteral("Japan"));
    while (m_document->undoStack()->canRedo())
        m_document->undoStack()->redo();
    QVERIFY(m_document->removeItem(Collection::Metrics, 0));
    QCOMPARE(models[3]->rowCount(), 0);
    m_document->setDataset(Anchorline::Testing::smallDataset(), QString());
    QCOMPARE(actors.rowCount(), 2);
    QCOMPARE(models[2]->rowCount(), 0);
}

void TestDataManager::metricPointModel_followsTheChosenMetric()
{
    MetricPointModel model(*m_document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setMetric(0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, MetricPointModel::EventColumn).data().toString(),
             QStringLiteral("Two percent target"));
    QCOMPARE(model.index(0, MetricPointModel::SourceColumn).data().toString(),
             QStringLiteral("Another article"));
    // A metric inserted before it moves its index; the model stays on the same metric
    Metric other;
    other.id = QStringLiteral("met-other");
    other.name = QStringLiteral("Other");
    QVERIFY(m_document->insertMetric(0, other));
    QCOMPARE(model.metric(), 1);
    QCOMPARE(model.rowCount(), 2);
    Metric changed = m_document->dataset().metrics[1];
    changed.points.pop_back();
    QVERIFY(m_document->replaceMetric(1, changed));
    QCOMPARE(model.rowCount(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(m_document->removeItem(Collection::Metrics, 1));
    QCOMPARE(model.metric(), -1);
    QCOMPARE(model.rowCount(), 0);
}

using Fill = std::function<void(QDialog *)>;
Q_DECLARE_METATYPE(Fill)

void TestDataManager::page_createsEditsAndDeletesThroughTheDialogs_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<Fill>("fill");
    QTest::addColumn<QString>("nameField");
    auto name = [](const char *field) {
        return Fill([field](QDialog *dialog) {
            typeInto(dialog->findChild<QLineEdit *>(QLatin1String(field)),
                     QStringLiteral("Fresh item"));
        });
    };
    QTest::newRow("sources") << int(DataManagerDialog::SourcesPage) << name("title") << "title";
    QTest::newRow("actors") << int(DataManagerDialog::ActorsPage) << name("name") << "name";
    QTest::newRow("themes") << int(DataManagerDialog::ThemesPage) << name("name") << "name";
    QTest::newRow("eras") << int(DataManagerDialog::ErasPage) << Fill([](QDialog *dialog) {
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("name")),
                 QStringLiteral("Fresh item"));
        typeInto(dialog->findChild<DateEdit *>(QStringLiteral("date"))->lineEdit(),
                 QStringLiteral("2021-10-04/2024-10-01"));
    }) << "name";
    QTest::newRow("metrics") << int(DataManagerDialog::MetricsPage) << name("name") << "name";
}

void TestDataManager::page_createsEditsAndDeletesThroughTheDialogs()
{
    QFETCH(int, page);
    QFETCH(Fill, fill);
    QFETCH(QString, nameField);
    CollectionPage *list = openPage(DataManagerDialog::Page(page));
    QVERIFY(list);
    QCOMPARE(m_manager->tabs()->currentIndex(), page);
    const int before = list->view()->model()->rowCount();
    const QByteArray original = bytes(*m_document);

    // Given the page, when the user presses New…, fills in the dialog and presses OK
    QTest::mouseClick(list->findChild<QPushButton *>(QStringLiteral("new")), Qt::LeftButton);
    auto *dialog = visibleChild<EditDialog>(list);
    QVERIFY(dialog);
    QVERIFY(dialog->isNew());
    QVERIFY(!okButton(dialog)->isEnabled()); // live validation: nothing typed yet
    fill(dialog);
    QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog->validationError()));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    // Then the item is listed, chosen, and one undo step
    QCOMPARE(list->view()->model()->rowCount(), before + 1);
    QCOMPARE(list->currentItem(), before);
    QCOMPARE(m_document->undoStack()->count(), 1);
    QVERIFY(list->statusText().contains(QStringLiteral("Fresh item")));
    QVERIFY(!visibleChild<EditDialog>(list));

    // When the user presses Return on it and renames it
    QTest::keyClick(list->view(), Qt::Key_Return);
    dialog = visibleChild<EditDialog>(list);
    QVERIFY(dialog);
    QVERIFY(!dialog->isNew());
    QCOMPARE(dialog->index(), before);
    typeInto(dialog->findChild<QLineEdit *>(nameField), QStringLiteral("Renamed item"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(m_document->undoStack()->count(), 2);
    bool renamed = false;
    for (int c = 0; c < list->view()->model()->columnCount(); ++c)
        renamed =
            renamed || list->view()->model()->index(list->view()->currentIndex().row(), c).data() ==
                           QStringLiteral("Renamed item");
    QVERIFY(renamed);

    // When the user presses Delete and confirms
    QTest::keyClick(list->view(), Qt::Key_Delete);
    auto *box = visibleChild<QMessageBox>(list);
    QVERIFY(box);
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QVERIFY2(box->text().contains(QStringLiteral("Nothing else refers to it.")),
             qPrintable(box->text()));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDelete")),
                      Qt::LeftButton);
    QCOMPARE(list->view()->model()->rowCount(), before);
    QCOMPARE(m_document->undoStack()->count(), 3);

    // And three undos give back the very bytes the page started from
    for (int i = 0; i < 3; ++i)
        m_document->undoStack()->undo();
    QCOMPARE(bytes(*m_document), original);
}

void TestDataManager::relationsPage_editsAndDeletesRelations()
{
    CollectionPage *list = openPage(DataManagerDialog::RelationsPage);
    QVERIFY(list);
    QCOMPARE(list->view()->model()->rowCount(), 1);
    const QByteArray original = bytes(*m_document);
    list->setCurrentItem(0);

    // Return opens the relation dialog on the chosen relation; changing its type is one step
    QTest::keyClick(list->view(), Qt::Key_Return);
    auto *dialog = visibleChild<EditDialog>(list);
    QVERIFY(dialog);
    QVERIFY(!dialog->isNew());
    auto *type = dialog->findChild<QComboBox *>(QStringLiteral("type"));
    QVERIFY(type);
    const int before = type->currentIndex();
    type->setCurrentIndex(before == 0 ? 1 : 0);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(m_document->undoStack()->count(), 1);
    QVERIFY(m_document->dataset().relations[0].type != RelationType::Supersedes);

    // Delete asks, naming both events, and removes the relation in one step
    QTest::keyClick(list->view(), Qt::Key_Delete);
    auto *box = visibleChild<QMessageBox>(list);
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("Second strategy → First strategy")),
             qPrintable(box->text()));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDelete")),
                      Qt::LeftButton);
    QCOMPARE(list->view()->model()->rowCount(), 0);
    QVERIFY(m_document->dataset().relations.empty());
    QCOMPARE(m_document->undoStack()->count(), 2);
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(bytes(*m_document), original);
}

void TestDataManager::deletingAUsedActor_listsTheConsequencesAndCascadesInOneStep()
{
    CollectionPage *list = openPage(DataManagerDialog::ActorsPage);
    const QByteArray before = bytes(*m_document);
    list->setCurrentItem(0); // Japan: three events, one era
    QTest::mouseClick(list->findChild<QPushButton *>(QStringLiteral("delete")), Qt::LeftButton);
    auto *box = visibleChild<QMessageBox>(list);
    QVERIFY(box);
    const QString text = box->text();
    QVERIFY2(text.contains(QStringLiteral("Delete the actor “Japan”?")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("3 event(s) list this actor")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("3 event(s) will have no actor left")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1 era(s)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("First strategy")), qPrintable(text));
    // A question with consequences does not default to deleting
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDelete")),
                      Qt::LeftButton);

    const Dataset &d = m_document->dataset();
    QCOMPARE(d.indexOfActor(u"japan"), -1);
    for (const Event &event : d.events)
        QVERIFY(!event.actors.contains(QStringLiteral("japan")));
    QVERIFY(d.eras[0].actor.isEmpty());
    QVERIFY(validateDataset(d, QStringLiteral("edited")).empty());
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Delete actor \"Japan\""));
    m_document->undoStack()->undo();
    QCOMPARE(bytes(*m_document), before);
}

void TestDataManager::deletingAUsedTheme_takesTheTagOffItsEvents()
{
    CollectionPage *list = openPage(DataManagerDialog::ThemesPage);
    const QByteArray before = bytes(*m_document);
    list->setCurrentItem(1); // defence-spending: two events
    QTest::keyClick(list->view(), Qt::Key_Delete);
    auto *box = visibleChild<QMessageBox>(list);
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("2 event(s) are tagged")),
             qPrintable(box->text()));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDelete")),
                      Qt::LeftButton);
    QCOMPARE(m_document->dataset().indexOfTheme(u"defence-spending"), -1);
    QCOMPARE(m_document->dataset().events[3].themes, QStringList{"three-pillars"});
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(bytes(*m_document), before);
}

void TestDataManager::deletingAQuotedSource_isRefusedNamingHowMuchQuotesIt()
{
    CollectionPage *list = openPage(DataManagerDialog::SourcesPage);
    const QByteArray before = bytes(*m_document);
    list->setCurrentItem(0); // src-a: quoted by an event and by a relation
    QTest::keyClick(list->view(), Qt::Key_Delete);
    auto *box = visibleChild<QMessageBox>(list);
    QVERIFY(box);
    QCOMPARE(box->objectName(), QStringLiteral("refusal"));
    QCOMPARE(box->textFormat(), Qt::PlainText);
    const QString text = box->text();
    QVERIFY2(text.contains(QStringLiteral("2 evidence passage(s) quote it")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1 event(s)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1 relation(s)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Second strategy")), qPrintable(text));
    QVERIFY(!box->findChild<QPushButton *>(QStringLiteral("confirmDelete")));
    box->accept();
    QCOMPARE(bytes(*m_document), before);
    QCOMPARE(m_document->undoStack()->count(), 0);
    QVERIFY(list->statusText().contains(QStringLiteral("still quoted")));
}

void TestDataManager::deletingASourceNamedByClaimsAndValues_clearsThemInOneStep()
{
    CollectionPage *list = openPage(DataManagerDialog::SourcesPage);
    const QByteArray before = bytes(*m_document);
    list->setCurrentItem(1); // src-b: a date claim and a metric value name it, nothing quotes it
    QTest::keyClick(list->view(), Qt::Key_Delete);
    auto *box = visibleChild<QMessageBox>(list);
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("1 date claim(s)")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("1 metric value(s)")), qPrintable(box->text()));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDelete")),
                      Qt::LeftButton);
    const Dataset &d = m_document->dataset();
    QCOMPARE(d.indexOfSource(u"src-b"), -1);
    QVERIFY(d.events[0].dateClaims[0].source.isEmpty());
    QCOMPARE(d.events[0].dateClaims[0].date, QStringLiteral("2025-12-05")); // the claim stays
    QVERIFY(d.metrics[0].points[0].source.isEmpty());
    QVERIFY(validateDataset(d, QStringLiteral("edited")).empty());
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(bytes(*m_document), before);
    m_document->undoStack()->redo();
    m_document->undoStack()->undo();
    QCOMPARE(bytes(*m_document), before);
}

void TestDataManager::cancellingTheConfirmation_changesNothing()
{
    CollectionPage *list = openPage(DataManagerDialog::ErasPage);
    list->setCurrentItem(0);
    QTest::keyClick(list->view(), Qt::Key_Delete);
    auto *box = visibleChild<QMessageBox>(list);
    QVERIFY(box);
    QTest::keyClick(box, Qt::Key_Escape);
    QVERIFY(!box->isVisible());
    QCOMPARE(m_document->dataset().eras.size(), std::size_t(1));
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestDataManager::metricValues_areAddedEditedAndDeletedOneStepEach()
{
    CollectionPage *list = openPage(DataManagerDialog::MetricsPage);
    MetricValuesPanel *values = m_manager->metricValues();
    QVERIFY(values);
    const QByteArray before = bytes(*m_document);
    // The first metric is chosen when the page opens, and its values are listed
    QCOMPARE(list->currentItem(), 0);
    QCOMPARE(values->metric(), 0);
    QVERIFY(values->findChild<QPushButton *>(QStringLiteral("newValue"))->isEnabled());
    QCOMPARE(values->view()->model()->rowCount(), 2);
    QVERIFY(values->findChild<QLabel *>(QStringLiteral("heading"))
                ->text()
                .contains(QStringLiteral("Defence spending")));

    // New value
    QTest::mouseClick(values->findChild<QPushButton *>(QStringLiteral("newValue")), Qt::LeftButton);
    auto *dialog = visibleChild<MetricPointDialog>(values);
    QVERIFY(dialog);
    typeInto(dialog->findChild<DateEdit *>(QStringLiteral("date"))->lineEdit(),
             QStringLiteral("FY2025"));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("value")), QStringLiteral("1.8"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(values->view()->model()->rowCount(), 3);
    QCOMPARE(values->currentPoint(), 2);
    QCOMPARE(m_document->dataset().metrics[0].points[2].value, 1.8);
    QCOMPARE(m_document->undoStack()->count(), 1);

    // Edit it with Return
    QTest::keyClick(values->view(), Qt::Key_Return);
    dialog = visibleChild<MetricPointDialog>(values);
    QVERIFY(dialog);
    QCOMPARE(dialog->pointIndex(), 2);
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("value")), QStringLiteral("1.9"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(m_document->dataset().metrics[0].points[2].value, 1.9);
    QCOMPARE(m_document->undoStack()->count(), 2);

    // Delete it with the Delete key
    QTest::keyClick(values->view(), Qt::Key_Delete);
    QCOMPARE(m_document->dataset().metrics[0].points.size(), std::size_t(2));
    QCOMPARE(m_document->undoStack()->count(), 3);
    QCOMPARE(values->view()->model()->rowCount(), 2);
    while (m_document->undoStack()->canUndo())
        m_document->undoStack()->undo();
    QCOMPARE(bytes(*m_document), before);
}

void TestDataManager::removeItem_refusesEveryKindOfDanglingReference()
{
    // A source quoted only by a relation, an actor used only by an era: removeItem() keeps
    // refusing; nothing is left dangling.
    Dataset d = Anchorline::Testing::smallDataset();
    d.events[3].evidence.clear();
    Actor korea{QStringLiteral("korea"), QStringLiteral("ROK"), {}, QColor("#009e73"), {}, {}};
    d.actors.push_back(korea);
    d.eras.push_back(
        Anchorline::Testing::makeEra("era-yoon", "Yoon", "2022-05-10/2025-04-04", "korea"));
    m_document->setDataset(std::move(d), QString());
    const QByteArray before = bytes(*m_document);
    QString error;
    QVERIFY(!m_document->removeItem(Collection::Sources, 0, &error));
    QCOMPARE(error, QStringLiteral("source \"src-a\" is still quoted by relation \"rel-1\""));
    QVERIFY(!m_document->removeItem(Collection::Actors, 2, &error));
    QCOMPARE(error, QStringLiteral("actor \"korea\" is still used by era \"era-yoon\""));
    QVERIFY(!m_document->removeItemAndReferences(Collection::Sources, 0, &error));
    QVERIFY2(error.contains(QStringLiteral("quoted by 1 evidence passage")), qPrintable(error));
    QVERIFY(!m_document->removeItemAndReferences(Collection::Themes, 7, &error));
    QCOMPARE(bytes(*m_document), before);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

using Remove = std::function<bool(Document &)>;
Q_DECLARE_METATYPE(Remove)

void TestDataManager::removeItemAndReferences_undoRestoresTheBytes_data()
{
    QTest::addColumn<int>("collection");
    QTest::addColumn<int>("index");
    QTest::newRow("used actor") << int(Collection::Actors) << 0;
    QTest::newRow("lane of one event") << int(Collection::Actors) << 1;
    QTest::newRow("used theme") << int(Collection::Themes) << 0;
    QTest::newRow("source named by a claim and a value") << int(Collection::Sources) << 1;
    QTest::newRow("era") << int(Collection::Eras) << 0;
    QTest::newRow("metric with values") << int(Collection::Metrics) << 0;
    QTest::newRow("event with relation and value") << int(Collection::Events) << 3;
}

void TestDataManager::removeItemAndReferences_undoRestoresTheBytes()
{
    QFETCH(int, collection);
    QFETCH(int, index);
    const QByteArray before = bytes(*m_document);
    QString error;
    QVERIFY2(m_document->removeItemAndReferences(Collection(collection), index, &error),
             qPrintable(error));
    const QByteArray after = bytes(*m_document);
    QVERIFY(after != before);
    QVERIFY(validateDataset(m_document->dataset(), QStringLiteral("edited")).empty());
    QCOMPARE(m_document->undoStack()->count(), 1);
    for (int round = 0; round < 2; ++round) {
        m_document->undoStack()->undo();
        QCOMPARE(bytes(*m_document), before);
        m_document->undoStack()->redo();
        QCOMPARE(bytes(*m_document), after);
    }
    for (int i = 0; i < int(m_document->dataset().events.size()); ++i)
        QCOMPARE(m_document->eventIndexById(m_document->dataset().events[std::size_t(i)].id), i);
}

void TestDataManager::references_countWhatRefersToAnItem()
{
    const ItemReferences japan = m_document->references(Collection::Actors, 0);
    QCOMPARE(japan.events, 3);
    QCOMPARE(japan.eventsLeftWithoutActor, 3);
    QCOMPARE(japan.eras, 1);
    QCOMPARE(japan.eventTitles.size(), 3);
    const ItemReferences srcA = m_document->references(Collection::Sources, 0);
    QCOMPARE(srcA.anchors, 2);
    QCOMPARE(srcA.events, 1);
    QCOMPARE(srcA.relations, 1);
    const ItemReferences srcB = m_document->references(Collection::Sources, 1);
    QCOMPARE(srcB.anchors, 0);
    QCOMPARE(srcB.dateClaims, 1);
    QCOMPARE(srcB.metricPoints, 1);
    const ItemReferences target = m_document->references(Collection::Events, 2);
    QCOMPARE(target.metricPoints, 1);
    QVERIFY(m_document->references(Collection::Eras, 0).isEmpty());
    QVERIFY(m_document->references(Collection::Actors, 99).isEmpty());
}

QTEST_MAIN(TestDataManager)
#include "tst_datamanager.moc"
