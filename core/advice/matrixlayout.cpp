#include "advice/matrixlayout.h"

#include <algorithm>
#include <cmath>
#include <limits>
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
    if (shaft.length() <= 20) {
        return a; // the points nearly coincide: an arrow would be only a head
    }
    // From the edge of one marker to just short of the other: the head stays visible, and the
    // shaft does not start under the label beside the first marker.
    shaft.setLength(shaft.length() - 9);
    const QPointF start = QLineF(from, to).pointAt(6 / QLineF(from, to).length());
    shaft.setP1(start);
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

// The least that costOf adds for anything a reader would find hard to read.
constexpr qreal Conflict = 40;
constexpr qreal NearerAlike = 45;
constexpr qreal NearerOther = 20;

} // namespace

qreal MatrixLayout::gapTo(const QPointF &marker, const QRectF &rect)
{
    const qreal dx = std::max({rect.left() - marker.x(), 0.0, marker.x() - rect.right()});
    const qreal dy = std::max({rect.top() - marker.y(), 0.0, marker.y() - rect.bottom()});
    return std::hypot(dx, dy);
}

qreal MatrixLayout::markerRadius(ChartPoint::Kind kind)
{
    // The scenario's dot is 18 px across on screen; the layout keeps names 2 px clear of 16,
    // which leaves a name room between it and a nearby axis on a small chart. The others are
    // 11 to 16 px across: 12 keeps names clear of their edges.
    return kind == ChartPoint::Scenario ? 8 : 6;
}

QLineF MatrixLayout::leaderBetween(const QPointF &marker, ChartPoint::Kind kind, const QRectF &rect)
{
    if (gapTo(marker, rect) <= beside(kind)) {
        return {};
    }
    // To the name's nearest point, stopping a little short of its text; from the marker's edge.
    const QPointF nearest(qBound(rect.left(), marker.x(), rect.right()),
                          qBound(rect.top(), marker.y(), rect.bottom()));
    QLineF line(marker, nearest);
    line.setLength(line.length() - 2);
    line.setP1(line.pointAt((markerRadius(kind) + 1) / line.length()));
    return line;
}

QPointF MatrixLayout::map(const QRectF &plot, double x, double y)
{
    return {plot.left() + (x + Range) / (2 * Range) * plot.width(),
            plot.bottom() - (y + Range) / (2 * Range) * plot.height()};
}

QString MatrixLayout::poleText(const MatrixChartState &state, int i)
{
    switch (i) {
    case 0:
        return QStringLiteral("◀ ") + state.xNegative;
    case 1:
        return state.xPositive + QStringLiteral(" ▶");
    case 2:
        return QStringLiteral("▼ ") + state.yNegative;
    default:
        return QStringLiteral("▲ ") + state.yPositive;
    }
}

qreal MatrixLayout::quadrantWidth(const QRectF &plot)
{
    return plot.width() / 2 - 14;
}

QString MatrixLayout::inTwoLines(const QString &text)
{
    const qsizetype middle = text.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char(' ') &&
            (best < 0 || std::abs(i - middle) < std::abs(best - middle))) {
            best = i;
        }
    }
    if (best < 0) {
        return text;
    }
    QString out = text;
    out[best] = QLatin1Char('\n');
    return out;
}

MatrixLayout MatrixLayout::place(const MatrixChartState &state, const QRectF &plot,
                                 const TextSizes &sizes)
{
    MatrixLayout out;
    out.plot = plot;
    QVector<QRectF> taken; // what placed texts and the markers already cover
    const QPointF middle = map(plot, 0, 0);

    // Markers.
    QVector<QPointF> at;
    QVector<QRectF> markers;
    for (const ChartPoint &p : state.points) {
        at << map(plot, p.x, p.y);
        const qreal r = markerRadius(p.kind);
        markers << QRectF(at.last() - QPointF(r, r), QSizeF(2 * r, 2 * r));
    }
    // Arrows: situation to starting point, on to the goal, baseline to variants.
    for (const ChartArrow &a : state.arrows) {
        out.arrows << arrowBetween(map(plot, a.x1, a.y1), map(plot, a.x2, a.y2), a.kind);
    }
    const QVector<QLineF> lines = out.strokes();
    // Quadrant names in the outer corners; where a marker or an arrow is there (a scenario in
    // the corner of a small chart), at the other end of the same edge, by the cross.
    for (int q = 0; q < 4; ++q) {
        const QSizeF box = sizes.quadrants[q];
        const bool left = q % 2 == 0;
        const qreal top = (q < 2) ? plot.top() + 4 : plot.bottom() - box.height() - 4;
        const QRectF outer(QPointF(left ? plot.left() + 6 : plot.right() - box.width() - 6, top),
                           box);
        const QRectF inner(QPointF(left ? middle.x() - box.width() - 6 : middle.x() + 6, top), box);
        const auto clear = [&markers, &lines](const QRectF &rect) {
            return std::none_of(markers.begin(), markers.end(),
                                [&rect](const QRectF &m) { return m.intersects(rect); }) &&
                   !crossesAny(rect.adjusted(1, 1, -1, -1), lines.mid(2));
        };
        out.quadrants[q] = clear(outer) || !clear(inner) ? outer : inner;
    }
    taken << markers;
    out.axisNames[0] =
        QPointF(plot.center().x() - sizes.axisNames[0].width() / 2, plot.bottom() + 4);
    out.axisNames[1] = QPointF(plot.left() - sizes.axisNames[1].height() - 4,
                               plot.center().y() + sizes.axisNames[1].width() / 2);
    out.placeLabels(state, sizes, at, lines, taken);
    // The poles last: they can move along their axis, the points' names cannot move far from
    // their markers.
    for (int q = 0; q < 4; ++q) {
        if (!out.quadrantHidden[q]) {
            taken << out.quadrants[q];
        }
    }
    taken << out.labels;
    QVector<QLineF> leaderLines;
    for (const QLineF &leader : std::as_const(out.leaders)) {
        if (!leader.isNull()) {
            leaderLines << leader;
        }
    }
    // The poles at the ends of the cross: on the side of the axis (above or below it, left or
    // right of it) where they cover no marker and no arrow runs through them.
    for (int i = 0; i < 4; ++i) {
        const QSizeF box = sizes.poles[i];
        QPointF ends[2]; // at the axis's end, on one side of it and on the other
        switch (i) {
        case 0:
            ends[0] = {plot.left() + 4, middle.y() - box.height() - 2};
            ends[1] = {plot.left() + 4, middle.y() + 2};
            break;
        case 1:
            ends[0] = {plot.right() - box.width() - 4, middle.y() - box.height() - 2};
            ends[1] = {plot.right() - box.width() - 4, middle.y() + 2};
            break;
        case 2:
            ends[0] = {middle.x() + 6, plot.bottom() - 2 * box.height() - 6};
            ends[1] = {middle.x() - 6 - box.width(), plot.bottom() - 2 * box.height() - 6};
            break;
        default:
            ends[0] = {middle.x() + 6, plot.top() + box.height() + 6};
            ends[1] = {middle.x() - 6 - box.width(), plot.top() + box.height() + 6};
            break;
        }
        // Failing both, a little further in along the axis.
        QVector<QPointF> sides;
        const QPointF inward = i == 0   ? QPointF(1, 0)
                               : i == 1 ? QPointF(-1, 0)
                               : i == 2 ? QPointF(0, -1)
                                        : QPointF(0, 1);
        const QPointF away = i < 2 ? QPointF(0, 1) : QPointF(1, 0); // across the axis
        for (const qreal step : {0.0, 20.0, 40.0, 60.0, 90.0, 120.0, 160.0, 200.0}) {
            for (const qreal off : {0.0, 16.0, 32.0, 48.0, 64.0}) {
                sides << ends[0] + inward * step - away * off
                      << ends[1] + inward * step + away * off;
            }
        }
        int bestConflicts = std::numeric_limits<int>::max();
        for (const QPointF &side : sides) {
            QRectF rect(side, box);
            // Inside the plot even where the chart is narrower than the name is long.
            rect.moveLeft(qBound(plot.left(), rect.left(), plot.right() - box.width()));
            rect.moveTop(qBound(plot.top(), rect.top(), plot.bottom() - box.height()));
            // An arrow through a pole misleads more than the cross it belongs to. A pole sits
            // beside its own axis; moved in along it, it must stop short of the other one.
            // Past the middle it would name the opposite end: the worst of all.
            int conflicts =
                crossesAny(rect.adjusted(1, 1, -1, -1), lines.mid(2) + leaderLines) ? 2 : 0;
            conflicts += crossesAny(rect.adjusted(1, 1, -1, -1), {lines[i < 2 ? 1 : 0]}) ? 1 : 0;
            conflicts += out.poleInItsHalf(i, rect) ? 0 : 10;
            for (const QRectF &t : std::as_const(taken)) {
                conflicts += t.intersects(rect) ? 2 : 0; // text over text reads worst
            }
            if (conflicts < bestConflicts) {
                bestConflicts = conflicts;
                out.poles[i] = rect;
            }
        }
        taken << out.poles[i];
    }

    return out;
}

bool MatrixLayout::poleInItsHalf(int i, const QRectF &rect) const
{
    const QPointF middle = map(plot, 0, 0);
    switch (i) {
    case 0:
        return rect.right() <= middle.x();
    case 1:
        return rect.left() >= middle.x();
    case 2:
        return rect.top() >= middle.y();
    default:
        return rect.bottom() <= middle.y();
    }
}

bool MatrixLayout::acrossAnAxis(const QPointF &marker, const QRectF &label) const
{
    // A marker on an axis belongs to neither side. A name just over the axis from a marker close
    // to it (its near edge within about a line and a half of the marker) still reads as its own.
    constexpr qreal OnTheAxis = 6;
    constexpr qreal Near = 24;
    const QPointF middle = map(plot, 0, 0);
    return (marker.y() < middle.y() - OnTheAxis && label.top() >= middle.y() &&
            label.top() - marker.y() > Near) ||
           (marker.y() > middle.y() + OnTheAxis && label.bottom() <= middle.y() &&
            marker.y() - label.bottom() > Near) ||
           (marker.x() < middle.x() - OnTheAxis && label.left() >= middle.x() &&
            label.left() - marker.x() > Near) ||
           (marker.x() > middle.x() + OnTheAxis && label.right() <= middle.x() &&
            marker.x() - label.right() > Near);
}

QVector<QLineF> MatrixLayout::strokes() const
{
    QVector<QLineF> out;
    const QPointF middle = map(plot, 0, 0);
    out << QLineF(plot.left(), middle.y(), plot.right(), middle.y())
        << QLineF(middle.x(), plot.top(), middle.x(), plot.bottom());
    for (const Arrow &a : arrows) {
        if (!a.drawn) {
            continue;
        }
        out << a.shaft << QLineF(a.head[0], a.head[1]) << QLineF(a.head[1], a.head[2])
            << QLineF(a.head[2], a.head[0]);
    }
    return out;
}

QStringList MatrixLayout::collisions(const MatrixChartState &state) const
{
    QStringList found;
    QVector<QPair<QString, QRectF>> texts;
    for (int i = 0; i < labels.size() && i < state.points.size(); ++i) {
        if (!labelHidden.value(i)) {
            texts.append({state.points[i].label, labels[i]});
        }
    }
    for (int q = 0; q < 4; ++q) {
        if (!quadrantHidden[q]) {
            texts.append({state.quadrants[q], quadrants[q]});
        }
    }
    const QString poleNames[] = {state.xNegative, state.xPositive, state.yNegative,
                                 state.yPositive};
    for (int q = 0; q < 4; ++q) {
        texts.append({poleNames[q], poles[q]});
    }
    // A text's box is its glyphs' line height: a pixel of slack on each side keeps a line that
    // only grazes the box from counting.
    const auto inner = [](const QRectF &r) { return r.adjusted(1, 1, -1, -1); };
    const QVector<QLineF> lines = strokes();
    for (int q = 0; q < 4; ++q) {
        if (!poleInItsHalf(q, poles[q])) {
            found << QStringLiteral("“%1” stands in the opposite half").arg(poleNames[q]);
        }
    }
    QVector<QPointF> at;
    for (const ChartPoint &p : state.points) {
        at << map(plot, p.x, p.y);
    }
    // A marker as the screen draws it, less a pixel at its edge.
    const auto markerBox = [&](int k) {
        const qreal r = markerRadius(state.points[k].kind) - 1;
        return QRectF(at[k] - QPointF(r, r), QSizeF(2 * r, 2 * r));
    };
    for (int i = 0; i < labels.size() && i < state.points.size(); ++i) {
        if (labelHidden.value(i)) {
            continue;
        }
        // Further off than close beside its marker (across an axis from it, say), a name reads
        // as its own only with its line to it.
        if (leaders.value(i).isNull() && gapTo(at[i], labels[i]) > beside(state.points[i].kind)) {
            found << QStringLiteral("“%1” stands away from its marker without a line to it")
                         .arg(state.points[i].label);
        }
        // Close beside its own, a name still reads as another's that is clearly nearer to it
        // and looks the same (two examples' dots).
        for (int k = 0; k < at.size() && leaders.value(i).isNull(); ++k) {
            if (k != i && state.points[k].kind == state.points[i].kind &&
                QLineF(at[k], at[i]).length() > 4 &&
                gapTo(at[k], labels[i]) < gapTo(at[i], labels[i]) - 2) {
                found << QStringLiteral("“%1” stands nearer the marker of “%2” than its own")
                             .arg(state.points[i].label, state.points[k].label);
            }
        }
        for (int k = 0; k < at.size() && !leaders.value(i).isNull(); ++k) {
            if (k != i && crossesAny(markerBox(k), {leaders[i]})) {
                found << QStringLiteral("the line to “%1” runs over the marker of “%2”")
                             .arg(state.points[i].label, state.points[k].label);
            }
        }
    }
    for (int i = 0; i < texts.size(); ++i) {
        const auto &[name, rect] = texts[i];
        if (!plot.contains(rect)) {
            found << QStringLiteral("“%1” leaves the plot").arg(name);
        }
        for (int j = i + 1; j < texts.size(); ++j) {
            if (inner(rect).intersects(inner(texts[j].second))) {
                found << QStringLiteral("“%1” covers “%2”").arg(name, texts[j].first);
            }
        }
        for (int k = 0; k < state.points.size(); ++k) {
            if (inner(rect).intersects(markerBox(k))) {
                found << QStringLiteral("“%1” covers the marker of “%2”")
                             .arg(name, state.points[k].label);
            }
        }
        for (int l = 0; l < lines.size(); ++l) {
            if (crossesAny(inner(rect), {lines[l]})) {
                found << (l < 2 ? QStringLiteral("the axes' cross runs through “%1”")
                                : QStringLiteral("an arrow runs through “%1”"))
                             .arg(name);
                break;
            }
        }
        for (int k = 0; k < leaders.size() && k < state.points.size(); ++k) {
            if (!leaders[k].isNull() && (k >= labels.size() || labels[k] != rect) &&
                crossesAny(inner(rect), {leaders[k]})) {
                found << QStringLiteral("the line to “%1” runs through “%2”")
                             .arg(state.points[k].label, name);
            }
        }
    }
    return found;
}

void MatrixLayout::placeLabels(const MatrixChartState &state, const TextSizes &sizes,
                               const QVector<QPointF> &at, const QVector<QLineF> &lines,
                               const QVector<QRectF> &fixed)
{
    // Which labels get the best places first: the scenario, the goal, starting points, examples;
    // the emphasised one of each kind before the others.
    const int count = int(state.points.size());
    QVector<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    const auto rank = [&state](int i) {
        static const int priority[] = {0, 3, 2, 1, 1}; // by ChartPoint::Kind
        const ChartPoint &p = state.points[i];
        return priority[p.kind] * 2 + (p.emphasised ? 0 : 1);
    };
    std::stable_sort(order.begin(), order.end(),
                     [&rank](int a, int b) { return rank(a) < rank(b); });

    // Each label beside its marker, where it costs the reader least: it covers no other text or
    // marker, no line (an arrow's shaft or head, the axes' cross) runs through it, it stays on
    // its marker's side of both axes, and it stays inside the plot, in the first of the sides
    // below that manages all of that. Where none does (a crowded corner), the side that covers
    // least; a label is moved inside the plot rather than cut at its edge.
    labels.fill(QRectF(), count);
    labelInTwo.fill(false, count);
    QVector<bool> placed(count, false);
    const auto candidatesFor = [&](int i, const QSizeF &box) {
        const QPointF p = at[i];
        const qreal w = box.width();
        const qreal h = box.height();
        // Clear of the marker as the screen draws it: 9, 7 and 8 px out for an example's dot.
        const qreal r = markerRadius(state.points[i].kind);
        const qreal side = r + 3;
        const qreal corner = r + 1;
        const qreal edge = r - 3;
        const qreal middle = r + 2;
        // Close beside the marker first, then the same sides a step and two further out.
        QVector<QRectF> out;
        // Beside it level with the marker, or slid up or down as far as the marker's level stays
        // within the name's height (out from under a neighbour's line or name).
        const qreal slide = std::max(0.0, h / 2 - 5);
        QVector<QPointF> corners;
        for (const qreal d : {0.0, 12.0, 26.0, 40.0}) {
            for (const qreal dy : {0.0, -slide, slide}) {
                corners << QPointF(p.x() + side + d, p.y() - h / 2 + dy)
                        << QPointF(p.x() - side - w - d, p.y() - h / 2 + dy);
            }
            corners << QPointF(p.x() + corner, p.y() - h - edge - d)
                    << QPointF(p.x() + corner, p.y() + edge + d)
                    << QPointF(p.x() - corner - w, p.y() - h - edge - d)
                    << QPointF(p.x() - corner - w, p.y() + edge + d)
                    << QPointF(p.x() - w / 2, p.y() - h - middle - d)
                    << QPointF(p.x() - w / 2, p.y() + middle + d);
        }
        for (const QPointF &corner : std::as_const(corners)) {
            QRectF rect(corner, box);
            // Inside the plot, moved in from an edge rather than cut by it.
            rect.moveLeft(qBound(plot.left(), rect.left(), plot.right() - w));
            rect.moveTop(qBound(plot.top(), rect.top(), plot.bottom() - h));
            out << rect;
        }
        return out;
    };
    // What label i at rect costs, beside the fixed texts and markers and the other labels placed
    // so far (but for `skip`); beside the quadrants' names still shown, unless they would give
    // way (quadrantsGiveWay: what it would cost with none of them).
    const auto costOf = [&](int i, const QRectF &rect, int skip, bool quadrantsGiveWay = false) {
        const auto shown = [&](int q) { return !quadrantsGiveWay && !quadrantHidden[q]; };
        qreal cost = 0;
        const auto cover = [&cost, &rect](const QRectF &t) {
            const QRectF both = t.intersected(rect);
            cost += both.isEmpty() ? 0 : 100 + both.width() * both.height();
        };
        for (const QRectF &t : fixed) {
            cover(t);
        }
        for (int q = 0; q < 4; ++q) {
            if (shown(q)) {
                cover(quadrants[q]);
            }
        }
        for (int j = 0; j < count; ++j) {
            if (j != i && j != skip && placed[j]) {
                cover(labels[j]);
            }
        }
        // A leader line through a name strikes it out as an arrow does; this name's own line
        // through another name, or another's line through this one.
        const QLineF leader = leaderBetween(at[i], state.points[i].kind, rect);
        const auto struck = [](const QRectF &text, const QLineF &line) {
            return !line.isNull() && crossesAny(text.adjusted(1, 1, -1, -1), {line});
        };
        for (int q = 0; q < 4; ++q) {
            cost += shown(q) && struck(quadrants[q], leader) ? Conflict : 0;
        }
        for (const QRectF &marker : fixed) {
            cost += struck(marker, leader) ? Conflict : 0;
        }
        for (int j = 0; j < count; ++j) {
            if (j != i && j != skip && placed[j]) {
                cost += struck(labels[j], leader) ? Conflict : 0;
                cost += struck(rect, leaderBetween(at[j], state.points[j].kind, labels[j]))
                            ? Conflict
                            : 0;
            }
        }
        // An arrow through a name reads as striking it out; the thin cross, less so.
        for (int l = 0; l < lines.size(); ++l) {
            if (crossesAny(rect.adjusted(1, 1, -1, -1), {lines[l]})) {
                cost += l < 2 ? 40 : 90;
            }
        }
        // Across an axis from its marker a name reads as the neighbour's there.
        cost += acrossAnAxis(at[i], rect) ? 60 : 0;
        // Nearer another marker than its own, a name reads as that one's; most surely where
        // both have the same colour (two examples), less where the colours tell them apart.
        const qreal own = gapTo(at[i], rect);
        const qreal close = beside(state.points[i].kind);
        if (own > close) {
            qreal nearer = 0;
            for (int k = 0; k < count; ++k) {
                if (k != i && QLineF(at[k], at[i]).length() > 4 && gapTo(at[k], rect) < own) {
                    nearer = std::max(nearer, state.points[k].kind == state.points[i].kind
                                                  ? NearerAlike
                                                  : NearerOther);
                }
            }
            cost += nearer;
        }
        // Further from its marker than close beside it, it reads less surely as its own: a cost
        // that grows with the gap, but stays below any conflict's.
        cost += std::min(Conflict - 10, std::max(0.0, own - close) * 0.5);
        return cost;
    };
    struct Place
    {
        QRectF rect;
        bool inTwo = false;
        qreal cost = std::numeric_limits<qreal>::max();
    };
    const auto bestFor = [&](int i, int skip, bool quadrantsGiveWay = false) {
        Place best;
        for (const QRectF &rect : candidatesFor(i, sizes.labels.value(i))) {
            const qreal cost = costOf(i, rect, skip, quadrantsGiveWay);
            if (cost < best.cost) {
                best = {rect, false, cost};
            }
        }
        // A long name that finds no clear place on one line, or only one away from its marker,
        // may on two (distance alone costs less than any conflict).
        const bool away =
            !best.rect.isEmpty() && !leaderBetween(at[i], state.points[i].kind, best.rect).isNull();
        if ((best.cost >= Conflict || away) && !sizes.labelsInTwo.value(i).isEmpty()) {
            for (const QRectF &rect : candidatesFor(i, sizes.labelsInTwo[i])) {
                const qreal cost = costOf(i, rect, skip, quadrantsGiveWay);
                if (cost < best.cost) {
                    best = {rect, true, cost};
                }
            }
        }
        return best;
    };
    for (int i : std::as_const(order)) {
        const Place best = bestFor(i, -1);
        labels[i] = best.rect;
        labelInTwo[i] = best.inTwo;
        placed[i] = true;
    }
    // Label i to its best place with every other label known, where that costs less than now.
    const auto moveIfCheaper = [&](int i, qreal now) {
        const Place alone = bestFor(i, -1);
        if (alone.cost >= now - 1) {
            return false;
        }
        labels[i] = alone.rect;
        labelInTwo[i] = alone.inTwo;
        return true;
    };

    // Placed one by one, an early label may have taken the only clear place of a later one. A
    // label still in conflict tries each of its places that only another label is in the way of,
    // with that label moved to its own best place elsewhere; it is kept where both together cost
    // less.
    for (int round = 0; round < 2; ++round) {
        for (int i : std::as_const(order)) {
            const qreal now = costOf(i, labels[i], -1);
            if (now < Conflict) {
                continue;
            }
            if (moveIfCheaper(i, now)) {
                continue;
            }
            QVector<Place> options;
            for (const QRectF &rect : candidatesFor(i, sizes.labels.value(i))) {
                options.append({rect, false, 0});
            }
            for (const QRectF &rect : candidatesFor(i, sizes.labelsInTwo.value(i))) {
                options.append({rect, true, 0});
            }
            for (const Place &option : std::as_const(options)) {
                if (option.rect.isEmpty()) {
                    continue;
                }
                int inTheWay = -1;
                for (int j = 0; j < count && inTheWay != -2; ++j) {
                    if (j != i && labels[j].intersects(option.rect)) {
                        inTheWay = inTheWay == -1 ? j : -2; // one only
                    }
                }
                if (inTheWay < 0 || costOf(i, option.rect, inTheWay) >= Conflict) {
                    continue;
                }
                const int j = inTheWay;
                const qreal before = now + costOf(j, labels[j], -1);
                const QRectF was = labels[i];
                labels[i] = option.rect;
                const Place moved = bestFor(j, -1);
                const QRectF wasJ = labels[j];
                labels[j] = moved.rect;
                const qreal after = costOf(i, option.rect, -1) + moved.cost;
                if (after < before - 1) {
                    labelInTwo[i] = option.inTwo;
                    labelInTwo[j] = moved.inTwo;
                    break;
                }
                labels[i] = was;
                labels[j] = wasJ;
            }
        }
    }

    // The scenario's, a starting point's or the goal's name still in conflict where a quadrant's
    // name is all that is in the way of a clear place: the quadrant's name gives way (the
    // corner's own marker is what the chart is about there).
    for (int i : std::as_const(order)) {
        if (state.points[i].kind == ChartPoint::ReferenceCase) {
            continue;
        }
        const qreal now = costOf(i, labels[i], -1);
        if (now < Conflict) {
            continue;
        }
        const Place free = bestFor(i, -1, true);
        if (free.cost >= Conflict) {
            continue;
        }
        for (int q = 0; q < 4; ++q) {
            quadrantHidden[q] = quadrantHidden[q] || quadrants[q].intersects(free.rect);
        }
        labels[i] = free.rect;
        labelInTwo[i] = free.inTwo;
    }

    // A practice example's name that still finds no clear place is left off rather than drawn
    // over something or away from its marker: the examples are the background, the scenario,
    // the starting points and the goal what the chart is about. The last placed go first, each
    // one leaving room for the others; those then take a clear place where one came free.
    labelHidden.fill(false, count);
    bool hidden = false;
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        const int i = *it;
        if (state.points[i].kind == ChartPoint::ReferenceCase &&
            costOf(i, labels[i], -1) >= Conflict) {
            labelHidden[i] = true;
            placed[i] = false;
            labels[i] = QRectF();
            labelInTwo[i] = false;
            hidden = true;
        }
    }
    for (int i : std::as_const(order)) {
        if (hidden && !labelHidden[i]) {
            if (const qreal now = costOf(i, labels[i], -1); now >= Conflict) {
                moveIfCheaper(i, now);
            }
        }
    }

    leaders.fill(QLineF(), count);
    for (int i = 0; i < count; ++i) {
        if (!labelHidden[i]) {
            leaders[i] = leaderBetween(at[i], state.points[i].kind, labels[i]);
        }
    }
}

} // namespace akkoord
