#pragma once

// What the three charts share: their frame, their layout and the line colours.

#include <QColor>
#include <QLabel>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <array>

namespace Anchorline::Views {

namespace {

inline QChartView *makeChartView(QChart *chart, QWidget *parent)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(11);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    // Small enough that the timeline above can take most of a laptop screen.
    view->setMinimumSize(280, 150);
    return view;
}

inline QVBoxLayout *chartLayout(QWidget *widget, QChartView *view, QLabel *hint)
{
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(view, 1);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    return layout;
}

// Okabe & Ito: distinguishable with every common colour-vision deficiency (yellow left out, it
// does not read on white).
inline const std::array<QColor, 7> lineColors{QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00),
                                              QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                              QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9),
                                              QColor(0x00, 0x00, 0x00)};

} // namespace

} // namespace Anchorline::Views
