#include "widgets/colorfield.h"

#include <QColorDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace Anchorline::Views {

namespace {

const QRegularExpression &colorPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return pattern;
}

} // namespace

ColorField::ColorField(const QColor &color, bool required, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_swatch(new QPushButton(this))
    , m_required(required)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_swatch);
    m_edit->setPlaceholderText(QStringLiteral("#rrggbb"));
    m_swatch->setText(tr("Choose…"));
    m_swatch->setObjectName(QStringLiteral("chooseColor"));
    setFocusProxy(m_edit);
    setColor(color);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        updateSwatch();
        emit changed();
    });
    connect(m_swatch, &QPushButton::clicked, this, &ColorField::pick);
}

QColor ColorField::color() const
{
    const QString text = m_edit->text().trimmed();
    return colorPattern().match(text).hasMatch() ? QColor(text) : QColor();
}

void ColorField::setColor(const QColor &color)
{
    m_edit->setText(color.isValid() ? color.name(QColor::HexRgb) : QString());
    updateSwatch();
}

QString ColorField::error() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return m_required ? tr("A colour is required.") : QString();
    return color().isValid() ? QString() : tr("A colour is written #rrggbb, e.g. #0072b2.");
}

void ColorField::updateSwatch()
{
    const QColor c = color();
    QPixmap pixmap(16, 16);
    pixmap.fill(c.isValid() ? c : QColor(Qt::transparent));
    m_swatch->setIcon(QIcon(pixmap));
}

void ColorField::pick()
{
    const QColor chosen =
        QColorDialog::getColor(color().isValid() ? color() : QColor(Qt::gray), this);
    if (chosen.isValid())
        setColor(chosen);
}

} // namespace Anchorline::Views
