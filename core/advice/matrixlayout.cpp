#include "advice/matrixlayout.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace akkoord {

namespace {

bool crossesAny(const QRectF &rect, const QVector<QLineF> &lines)
{
    const QLineF edges[] = {{rect.topLeft(), rect.topRight()},
                            {rect.topRight(), rect.bottomRight()},
                            {rect.bottomRight(), rect.bottomLeft()},
                            {rect.bottomLeft(), rect.topLeft()}};
    for (const QLineF &line : lines) {
        if (rect.contains(line.p1()) || rect.contains(line.p2())) {
            return true;
        }
        for (const QLineF &edge : edges) {
            if (line.intersects(edge, nullptr) == QLineF::BoundedIntersection) {
                return true;
            }
        }
    }
    return false;
}

MatrixLayout::Arrow arrowBetween(const QPointF &from, const QPointF &to, ChartArrow::Kind kind)
{
    MatrixLayout::Arrow a;
    a.line = QLineF(from, to);
    a.kind = kind;
    QLineF shaft(from, to);
    if (shaft.length() <= 14) {
        return a; // the points nearly coincide: an arrow would be only a head
    }
    shaft.setLength(shaft.length() - 9);
    a.shaft = shaft;
    a.drawn = true;
    const double angle = std::atan2(-shaft.dy(), shaft.dx());
    const QPointF tip = shaft.p2();
    const double head = 10;
    a.head[0] = tip;
    a.head[1] =
        tip - QPointF(std::cos(angle - M_PI / 7) * head, -std::sin(angle - M_PI / 7) * head);
    a.head[2] =
        tip - QPointF(std::cos(angle + M_PI / 7) * head, -std::sin(angle + M_PI / 7) * head);
    return a;
}

} // namespace

QPointF MatrixLayout::map(const QRectF &plot, double x, double y)
{
    return {plot.left() + (x + Range) / (2 * Range) * plot.width(),
            plot.bottom() - (y + Range) / (2 * Range) * plot.height()};
}

MatrixLayout MatrixLayout::place(const MatrixChartState &state, const QRectF &plot,
                                 const TextSizes &sizes)
{
    MatrixLayout out;
    out.plot = plot;
    QVector<QRectF> taken; // what placed texts and the markers already cover

    // Quadrant names in the outer corners.
    for (int q = 0; q < 4; ++q) {
        const QSizeF box = sizes.quadrants[q];
        const qreal left = (q % 2 == 0) ? plot.left() + 6 : plot.right() - box.width() - 6;
        const qreal top = (q < 2) ? plot.top() + 4 : plot.bottom() - box.height() - 4;
        out.quadrants[q] = QRectF(QPointF(left, top), box);
        taken << out.quadrants[q];
    }
    // Markers.
    QVector<QPointF> at;
    for (const ChartPoint &p : state.points) {
        at << map(plot, p.x, p.y);
        taken << QRectF(at.last() - QPointF(6, 6), QSizeF(12, 12));
    }
    // The poles at the ends of the cross, the axis names outside the plot.
    const QPointF middle = map(plot, 0, 0);
    for (int i = 0; i < 4; ++i) {
        const QSizeF box = sizes.poles[i];
        switch (i) {
        case 0:
            out.poles[i] = QRectF(QPointF(plot.left() + 4, middle.y() - box.height() - 2), box);
            break;
        case 1:
            out.poles[i] =
                QRectF(QPointF(plot.right() - box.width() - 4, middle.y() - box.height() - 2), box);
            break;
        case 2:
            out.poles[i] =
                QRectF(QPointF(middle.x() + 6, plot.bottom() - 2 * box.height() - 6), box);
            break;
        case 3:
            out.poles[i] = QRectF(QPointF(middle.x() + 6, plot.top() + box.height() + 6), box);
            break;
        }
        taken << out.poles[i];
    }
    out.axisNames[0] =
        QPointF(plot.center().x() - sizes.axisNames[0].width() / 2, plot.bottom() + 4);
    out.axisNames[1] = QPointF(plot.left() - sizes.axisNames[1].height() - 4,
                               plot.center().y() + sizes.axisNames[1].width() / 2);
    // Arrows: situation to starting point, on to the goal, baseline to variants.
    QVector<QLineF> lines;
    for (const ChartArrow &a : state.arrows) {
        out.arrows << arrowBetween(map(plot, a.x1, a.y1), map(plot, a.x2, a.y2), a.kind);
        lines << out.arrows.last().line;
    }

    out.placeLabels(state, sizes, at, lines, taken);
    return out;
}

void MatrixLayout::placeLabels(const MatrixChartState &state, const TextSizes &sizes,
                               const QVector<QPointF> &at, const QVector<QLineF> &lines,
                               QVector<QRectF> taken)
{
    // Which labels get the best places first: the scenario, the goal, starting points, examples;
    // the emphasised one of each kind before the others.
    QVector<int> order(state.points.size());
    std::iota(order.begin(), order.end(), 0);
    const auto rank = [&state](int i) {
        static const int priority[] = {0, 3, 2, 1}; // by ChartPoint::Kind
        const ChartPoint &p = state.points[i];
        return priority[p.kind] * 2 + (p.emphasised ? 0 : 1);
    };
    std::stable_sort(order.begin(), order.end(),
                     [&rank](int a, int b) { return rank(a) < rank(b); });

    // Each label beside its marker, on the first side where it covers no other text, marker or
    // arrow and stays inside the plot; failing that, the first that only crosses an arrow;
    // crowded points fall back to the right-hand side.
    labels.resize(state.points.size());
    for (int i : std::as_const(order)) {
        const QSizeF box = i < sizes.labels.size() ? sizes.labels[i] : QSizeF();
        const qreal w = box.width();
        const qreal h = box.height();
        const QPointF p = at[i];
        const QPointF candidates[] = {
            {p.x() + 9, p.y() - h / 2}, {p.x() - 9 - w, p.y() - h / 2}, {p.x() + 7, p.y() - h - 3},
            {p.x() + 7, p.y() + 3},     {p.x() - 7 - w, p.y() - h - 3}, {p.x() - 7 - w, p.y() + 3}};
        QPointF chosen = candidates[0];
        bool found = false;
        for (const bool avoidArrows : {true, false}) {
            for (const QPointF &candidate : candidates) {
                const QRectF rect(candidate, box);
                if (!plot.contains(rect) || (avoidArrows && crossesAny(rect, lines))) {
                    continue;
                }
                const bool clear =
                    std::none_of(taken.cbegin(), taken.cend(),
                                 [&rect](const QRectF &t) { return t.intersects(rect); });
                if (clear) {
                    chosen = candidate;
                    found = true;
                    break;
                }
            }
            if (found) {
                break;
            }
        }
        if (!found && chosen.x() + w > plot.right()) {
            chosen.setX(p.x() - 9 - w);
        }
        chosen.setY(qBound(plot.top(), chosen.y(), plot.bottom() - h));
        labels[i] = QRectF(chosen, box);
        taken << labels[i];
    }
}

} // namespace akkoord
