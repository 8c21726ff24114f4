#pragma once

#include "matrixchart.h"

#include <QChartView>
#include <QList>

class QGraphicsItem;
class QScatterSeries;

namespace akkoord::ui {

// The one class that touches Qt Charts: paints a MatrixChartState (axes with their poles, named
// quadrants, practice examples, starting points, the scenario and the arrows between them).
class StrategyMatrixView : public QChartView
{
    Q_OBJECT

public:
    explicit StrategyMatrixView(QWidget *parent = nullptr);

    void setState(const MatrixChartState &state);
    const MatrixChartState &state() const { return m_state; }

    // Where every text inside the plot (the points' labels, quadrant names and poles) and every
    // arrow is drawn now, in scene coordinates: what a reader sees, so that tests can check that
    // texts keep clear of each other and of the arrows.
    QVector<QPair<QString, QRectF>> textGeometry() const;
    QVector<QLineF> arrowGeometry() const;

    bool exportPng(const QString &path, const QSize &size = QSize(1200, 900));
    bool exportSvg(const QString &path, const QSize &size = QSize(1200, 900));

Q_SIGNALS:
    void referenceCaseActivated(const QString &id);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void placeOverlay();
    void applyPalette();
    QScatterSeries *addSeries(ChartPoint::Kind kind, const QColor &color, qreal size, int shape);

    MatrixChartState m_state;
    QList<QGraphicsItem *> m_overlay;
    QList<QPair<QGraphicsItem *, QPointF>> m_anchored; // item and the chart value it sits at
};

} // namespace akkoord::ui
