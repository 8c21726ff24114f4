#pragma once

#include "agreements/progresschart.h"

#include <QWidget>

namespace akkoord::ui {

// The progress chart on screen: the report's ProgressPainter in the window's colours.
class ProgressView : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressView(QWidget *parent = nullptr);
    void setState(const ProgressChartState &state);
    const ProgressChartState &state() const { return m_state; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ProgressChartState m_state;
};

} // namespace akkoord::ui
