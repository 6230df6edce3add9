#pragma once

#include "charts/chartview.h"

class QAbstractItemModel;

namespace Anchorline::Model {
class Document;
class EventFilterProxy;
} // namespace Anchorline::Model

namespace Anchorline::Views {

// Theme frequency over time: visible events per theme per year, for the most frequent themes.
class ThemeFrequencyChart final : public ChartView
{
    Q_OBJECT

public:
    ThemeFrequencyChart(Model::Document &document, Model::EventFilterProxy &filter,
                        QWidget *parent = nullptr);
    ~ThemeFrequencyChart() override;
    Q_DISABLE_COPY_MOVE(ThemeFrequencyChart)

    QString title() const override;
    QAbstractItemModel *model() const override;

protected:
    QWidget *chartWidget() const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Anchorline::Views
