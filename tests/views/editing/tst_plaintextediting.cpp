#include "core/roles.h"
#include "document/document.h"
#include "document/tablemodels.h"
#include "editing/event/eventeditdialog.h"
#include "editing/records/actoreditdialog.h"
#include "editing/records/eraeditdialog.h"
#include "editing/records/relationeditdialog.h"
#include "editing/records/sourceeditdialog.h"
#include "source/anchorselection.h"
#include "testdata.h"
#include "widgets/eventpicker.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextDocument>

using namespace Anchorline::Model;
using namespace Anchorline::Views;

namespace {

const QString hostile =
    QStringLiteral("<img src=x> <b>bold</b> &amp; <a href=\"http://e\">link</a>");

// What a user sees when Qt shows `text` where rich text is allowed (tooltips, AutoText labels).
QString asShown(const QString &text, Qt::TextFormat format = Qt::AutoText)
{
    if (format == Qt::PlainText || (format == Qt::AutoText && !Qt::mightBeRichText(text)))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

// Every label and tooltip of a dialog that shows data shows it literally.
void verifyNothingRendersAsHtml(QWidget *root)
{
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->text().contains(QLatin1Char('<')))
            continue;
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
    }
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const QString tip = widget->toolTip();
        if (tip.contains(QStringLiteral("img")))
            QVERIFY2(asShown(tip).contains(QStringLiteral("<img src=x>")), qPrintable(tip));
    }
    for (QListWidget *list : root->findChildren<QListWidget *>()) {
        for (int i = 0; i < list->count(); ++i) {
            const QString tip = list->item(i)->toolTip();
            if (tip.contains(QStringLiteral("img")))
                QVERIFY2(asShown(tip).contains(QStringLiteral("<img src=x>")), qPrintable(tip));
        }
    }
}

} // namespace

// Text from files never renders as HTML: titles, summaries, quotes and ids such as
// "<img src=x> <b>bold</b>" appear literally in the models and dialogs of the editing UI.
class TestPlainTextEditing final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void itemModels_returnLiteralTextAndEscapedToolTips();
    void eventDialog_showsEverythingLiterally();
    void dateErrors_quoteTypedMarkupLiterally();
    void otherDialogs_showEverythingLiterally();
    void anchorDialog_showsTheQuoteLiterally();

private:
    std::unique_ptr<Document> m_document;
};

void TestPlainTextEditing::init()
{
    Dataset d = Anchorline::Testing::smallDataset();
    d.events[1].title = hostile;
    d.events[1].summary = hostile + QStringLiteral("\nsecond line");
    d.events[1].note = hostile;
    d.actors[0].name = hostile;
    d.themes[0].name = hostile;
    d.sources[0].title = hostile;
    Event tagged = d.events[2];
    tagged.id = QStringLiteral("<img src=x>");
    d.events.push_back(tagged);
    m_document = std::make_unique<Document>();
    m_document->setDataset(std::move(d), QString());
}

void TestPlainTextEditing::itemModels_returnLiteralTextAndEscapedToolTips()
{
    QAbstractItemModel *events = m_document->eventModel();
    const QModelIndex title = events->index(1, EventModel::TitleColumn);
    QCOMPARE(title.data().toString(), hostile);
    QCOMPARE(title.data(Qt::EditRole).toString(), hostile);
    QCOMPARE(title.data(SummaryRole).toString(), hostile + QStringLiteral("\nsecond line"));
    // A tooltip is rich text when it looks like it: what shows is the summary itself
    QCOMPARE(asShown(title.data(Qt::ToolTipRole).toString()),
             hostile + QStringLiteral("\nsecond line"));
    QVERIFY(events->index(1, EventModel::ActorsColumn).data().toString().contains(hostile));
    QAbstractItemModel *sources = m_document->sourceModel();
    QCOMPARE(sources->index(0, SourceModel::TitleColumn).data().toString(), hostile);
    QCOMPARE(asShown(sources->index(0, SourceModel::TitleColumn).data(Qt::ToolTipRole).toString()),
             hostile);
    QVERIFY(m_document->relationModel()->index(0, RelationModel::ToColumn).data().toString() ==
            hostile);
}

void TestPlainTextEditing::eventDialog_showsEverythingLiterally()
{
    EventEditDialog dialog(*m_document, 1);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("title"))->text(), hostile);
    QCOMPARE(dialog.findChild<QPlainTextEdit *>(QStringLiteral("summary"))->toPlainText(),
             hostile + QStringLiteral("\nsecond line"));
    auto *actors = dialog.findChild<QListWidget *>(QStringLiteral("actors"));
    QCOMPARE(actors->item(0)->text(), hostile);
    verifyNothingRendersAsHtml(&dialog);
    // Saving it back keeps the text byte for byte
    dialog.accept();
    QCOMPARE(m_document->dataset().events[1].title, hostile);
    QCOMPARE(m_document->dataset().events[1].note, hostile);
}

void TestPlainTextEditing::dateErrors_quoteTypedMarkupLiterally()
{
    EventEditDialog dialog(*m_document, 1);
    dialog.dateEdit()->lineEdit()->setText(QStringLiteral("<b>2020</b>"));
    QLabel *label = dialog.dateEdit()->interpretationLabel();
    QVERIFY(label->text().contains(QStringLiteral("<b>2020</b>")));
    QCOMPARE(label->textFormat(), Qt::PlainText);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("validationError"));
    QVERIFY(error->text().contains(QStringLiteral("<b>2020</b>")));
    QCOMPARE(error->textFormat(), Qt::PlainText);
    verifyNothingRendersAsHtml(&dialog);
}

void TestPlainTextEditing::otherDialogs_showEverythingLiterally()
{
    {
        RelationEditDialog dialog(*m_document, 0);
        auto *to = dialog.findChild<EventPicker *>(QStringLiteral("to"));
        QVERIFY(to->comboBox()->currentText().startsWith(hostile));
        verifyNothingRendersAsHtml(&dialog);
    }
    {
        SourceEditDialog dialog(*m_document, 0);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("title"))->text(), hostile);
        verifyNothingRendersAsHtml(&dialog);
    }
    {
        ActorEditDialog dialog(*m_document, 0);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("name"))->text(), hostile);
        verifyNothingRendersAsHtml(&dialog);
    }
    {
        EraEditDialog dialog(*m_document, -1);
        auto *actor = dialog.findChild<QComboBox *>(QStringLiteral("actor"));
        QCOMPARE(actor->itemText(1), hostile);
        verifyNothingRendersAsHtml(&dialog);
    }
}

void TestPlainTextEditing::anchorDialog_showsTheQuoteLiterally()
{
    const QString text = QStringLiteral("before ") + hostile + QStringLiteral(" after");
    const AnchorFromSelection built =
        anchorFromSelection(QStringLiteral("src-a"), text, 7, 7 + hostile.size());
    QCOMPARE(built.anchor.exact, hostile);
    AnchorSelectionDialog dialog(*m_document, built.anchor);
    auto *quote = dialog.findChild<QLabel *>(QStringLiteral("quote"));
    QVERIFY(quote->text().contains(hostile));
    QCOMPARE(quote->textFormat(), Qt::PlainText);
    bool listed = false;
    for (int i = 0; i < dialog.eventList()->count(); ++i)
        listed = listed || dialog.eventList()->item(i)->text().contains(hostile);
    QVERIFY(listed);
    verifyNothingRendersAsHtml(&dialog);
}

QTEST_MAIN(TestPlainTextEditing)
#include "tst_plaintextediting.moc"
