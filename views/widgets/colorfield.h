#pragma once

#include <QColor>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace Anchorline::Views {

// A colour as "#rrggbb" text with a swatch button that opens QColorDialog.
class ColorField final : public QWidget
{
    Q_OBJECT

public:
    ColorField(const QColor &color, bool required, QWidget *parent = nullptr);
    QColor color() const; // invalid when empty or not #rrggbb
    void setColor(const QColor &color);
    QString error() const;
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    void changed();

private:
    void updateSwatch();
    void pick();

    QLineEdit *m_edit = nullptr;
    QPushButton *m_swatch = nullptr;
    bool m_required = true;
};

} // namespace Anchorline::Views
