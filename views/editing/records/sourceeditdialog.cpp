#include "editing/records/sourceeditdialog.h"

#include "document/document.h"
#include "widgets/dateedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUrl>

namespace Anchorline::Views {

using namespace Anchorline::Model;

namespace {

QString authorLine(const Person &person)
{
    if (!person.literal.isEmpty())
        return person.literal;
    return person.given.isEmpty() ? person.family
                                  : person.family + QStringLiteral(", ") + person.given;
}

} // namespace

SourceEditDialog::SourceEditDialog(Document &document, int sourceIndex, QWidget *parent)
    : EditDialog(document, sourceIndex, sourceIndex < 0 ? tr("New Source") : tr("Edit Source"),
                 parent)
{
    const Dataset &d = document.dataset();
    if (!m_isNew)
        m_original = d.sources.at(std::size_t(sourceIndex));
    m_title = addLine(tr("&Title:"), m_original.title, "title");
    m_id = addId(m_original.id, QStringLiteral("src"), m_title);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    m_type->setEditable(true);
    m_type->addItems({QStringLiteral("article"), QStringLiteral("article-journal"),
                      QStringLiteral("article-magazine"), QStringLiteral("article-newspaper"),
                      QStringLiteral("webpage"), QStringLiteral("report"), QStringLiteral("book"),
                      QStringLiteral("chapter"), QStringLiteral("speech"),
                      QStringLiteral("legislation"), QStringLiteral("document")});
    m_type->setCurrentText(m_original.type);
    form()->addRow(tr("T&ype:"), m_type);
    QStringList authors;
    for (const Person &person : m_original.author)
        authors << authorLine(person);
    m_authors = addText(tr("&Authors:"), authors.join(QLatin1Char('\n')), "authors");
    m_authors->setPlaceholderText(
        tr("One per line: Family, Given — or an organisation's name without a comma"));
    m_issued = new DateEdit(false, this);
    m_issued->setObjectName(QStringLiteral("issued"));
    m_issued->setText(m_original.issued);
    form()->addRow(tr("&Issued:"), m_issued);
    connect(m_issued, &DateEdit::changed, this, &EditDialog::revalidate);
    m_container = addLine(tr("&Series or outlet:"), m_original.containerTitle, "containerTitle");
    m_publisher = addLine(tr("&Publisher:"), m_original.publisher, "publisher");
    m_url = addLine(tr("&URL:"), m_original.url, "url");
    m_license = addLine(tr("&Licence:"), m_original.license, "license");
    m_language = addLine(tr("&Language:"), m_original.language, "language");
    m_perspective = addLine(tr("P&erspective:"), m_original.perspective, "perspective");
    m_perspective->setPlaceholderText(tr("where the author writes from"));
    m_file = addLine(tr("Text &file:"), m_original.file, "file");
    m_note = addText(tr("&Note:"), m_original.note, "note");
    connect(m_type, &QComboBox::currentTextChanged, this, &EditDialog::revalidate);
    finish();
}

Source SourceEditDialog::source() const
{
    Source s = m_original;
    s.id = m_id->text().trimmed();
    s.type = m_type->currentText().trimmed();
    s.title = m_title->text();
    std::vector<Person> authors;
    for (const QString &raw : m_authors->toPlainText().split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        // Unchanged authors keep their unknown keys.
        const auto same = std::find_if(m_original.author.begin(), m_original.author.end(),
                                       [&](const Person &p) { return authorLine(p) == line; });
        if (same != m_original.author.end()) {
            authors.push_back(*same);
            continue;
        }
        Person person;
        const qsizetype comma = line.indexOf(QLatin1Char(','));
        if (comma < 0) {
            person.literal = line;
        } else {
            person.family = line.left(comma).trimmed();
            person.given = line.mid(comma + 1).trimmed();
        }
        authors.push_back(std::move(person));
    }
    s.author = std::move(authors);
    s.issued = m_issued->text();
    s.issuedDate = m_issued->date();
    s.containerTitle = m_container->text().trimmed();
    s.publisher = m_publisher->text().trimmed();
    s.url = m_url->text().trimmed();
    s.license = m_license->text().trimmed();
    s.language = m_language->text().trimmed();
    s.perspective = m_perspective->text().trimmed();
    s.file = m_file->text().trimmed();
    s.note = m_note->toPlainText();
    return s;
}

QString SourceEditDialog::validate() const
{
    if (m_title->text().trimmed().isEmpty())
        return tr("A source needs a title.");
    if (const QString e = idError(m_document.dataset().sources, m_id->text(), m_index);
        !e.isEmpty())
        return e;
    if (m_type->currentText().trimmed().isEmpty())
        return tr("A source needs a type (e.g. article).");
    if (!m_issued->error().isEmpty())
        return tr("Issued: %1").arg(m_issued->error());
    const QString url = m_url->text().trimmed();
    if (!url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() ||
            (parsed.scheme() != QLatin1String("http") &&
             parsed.scheme() != QLatin1String("https")) ||
            parsed.host().isEmpty())
            return tr("The URL must be a web address starting with http:// or https://.");
    }
    for (const QString &raw : m_authors->toPlainText().split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1Char(',')))
            return tr("Author \"%1\" needs a family name before the comma.").arg(line);
    }
    return {};
}

bool SourceEditDialog::apply(QString *error)
{
    if (m_isNew) {
        if (!m_document.insertSource(-1, source(), error))
            return false;
        m_index = int(m_document.dataset().sources.size()) - 1;
        return true;
    }
    return m_document.replaceSource(m_index, source(), error);
}

} // namespace Anchorline::Views
