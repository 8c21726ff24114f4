#pragma once

#include "advice/matrixchart.h"
#include "advice/matrixlayout.h"

#include <QChartView>
#include <QList>

#include <functional>

class QGraphicsItem;
class QGraphicsLineItem;
class QGraphicsPathItem;
class QGraphicsSimpleTextItem;
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
    // The axes' names beside the plot, in the viewport's coordinates (textGeometry gives the
    // scene's): what a test compares with the area the chart is drawn in.
    QVector<QPair<QString, QRectF>> axisNameGeometry() const;
    QVector<QLineF> arrowGeometry() const;
    // The lines drawn from markers to their names where a name stands further off, in scene
    // coordinates.
    QVector<QLineF> leaderGeometry() const;
    // Where everything went (MatrixLayout::collisions says what a reader would trip over).
    const MatrixLayout &layout() const { return m_layout; }

    // Whether the chart names itself above the plot. Where the name stands beside the view
    // already (the matrix pane's choice), the plot takes that line; a saved picture always
    // carries its name.
    void setTitleShown(bool shown);

    // What hovering over a point shows: its name, what it is, and its place on both axes.
    QString pointToolTip(const ChartPoint &p) const;

    bool exportPng(const QString &path, const QSize &size = QSize(1200, 900));
    bool exportSvg(const QString &path, const QSize &size = QSize(1200, 900));

Q_SIGNALS:
    void referenceCaseActivated(const QString &id);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    // The parts of rebuild(): Qt Charts' series and axes; quadrant names, poles and axis names;
    // arrows and the points' labels. placeOverlay() then puts them where MatrixLayout says.
    void addSeriesAndAxes(bool dark);
    void addTexts();
    void addArrowsAndLabels(bool dark);
    void placeOverlay();
    void applyPalette();
    // Draws the chart as a picture on its own: at size, with its name; then puts the view back.
    void drawStandalone(const QSize &size, const std::function<void()> &draw);
    // The markers of one kind; rings: only the scenarios that cover another marker (drawn
    // hollow), otherwise all others of that kind.
    QScatterSeries *addSeries(ChartPoint::Kind kind, const QColor &color, qreal size, int shape,
                              bool rings = false);

    MatrixChartState m_state;
    QList<QGraphicsItem *> m_overlay; // everything below, to delete on rebuild
    QGraphicsSimpleTextItem *m_quadrants[4] = {};
    QGraphicsSimpleTextItem *m_poles[4] = {};
    QGraphicsSimpleTextItem *m_axisNames[2] = {};
    QList<QGraphicsSimpleTextItem *> m_labels; // one per point of the state
    QList<QGraphicsPathItem *> m_arrows;       // one per arrow of the state
    QList<QGraphicsLineItem *> m_leaders;      // one per point of the state
    MatrixLayout m_layout;
    bool m_titleShown = true;
};

} // namespace akkoord::ui
