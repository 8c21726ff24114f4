#include "advice/matrixchart.h"

#include <algorithm>
#include <cmath>

namespace akkoord {

bool MatrixChartState::places(const KnowledgeBase &kb, const ReferenceCase &example, int m)
{
    for (const QString &id : example.stated.questions()) {
        const Question *q = kb.question(id);
        if (q && (q->weights[m * 2] > 0 || q->weights[m * 2 + 1] > 0)) {
            return true;
        }
    }
    return false;
}

MatrixChartState MatrixChartState::build(const Advisor &advisor, const QString &matrix,
                                         Language language,
                                         const QVector<QPair<QString, Advice>> &scenarios,
                                         bool comparing, const QString &openExample)
{
    const KnowledgeBase &kb = advisor.knowledge();
    MatrixChartState s;
    const int m = kb.matrixIndex(matrix);
    if (m < 0) {
        return s;
    }
    const Matrix &def = kb.matrices()[m];
    s.matrix = matrix;
    s.title = def.label.in(language);
    s.xLabel = def.x.label.in(language);
    s.xNegative = def.x.negative.in(language);
    s.xPositive = def.x.positive.in(language);
    s.yLabel = def.y.label.in(language);
    s.yNegative = def.y.negative.in(language);
    s.yPositive = def.y.positive.in(language);
    for (int q = 0; q < 4; ++q) {
        s.quadrants[q] = def.quadrants[q].in(language);
    }

    s.openExample = openExample;
    // Practice examples sit where what the source states about them puts them; an example of
    // which the source states nothing that weighs on this matrix is left off it.
    for (const ReferenceCase &c : kb.referenceCases()) {
        if (!places(kb, c, m)) {
            s.unplaced << c.name;
            continue;
        }
        if (c.id == openExample) {
            continue; // it is the scenario on the chart
        }
        // Examples the source places at the same spot share one marker and one label.
        const MatrixPosition &p = advisor.positions(c.stated)[m];
        bool shared = false;
        for (ChartPoint &other : s.points) {
            if (other.kind == ChartPoint::ReferenceCase && qFuzzyCompare(1 + other.x, 1 + p.x) &&
                qFuzzyCompare(1 + other.y, 1 + p.y)) {
                other.label += QStringLiteral(" / ") + c.name;
                shared = true;
            }
        }
        if (!shared) {
            s.points.append({c.id, c.name, p.x, p.y, ChartPoint::ReferenceCase, false});
        }
    }
    const QString recommended =
        scenarios.isEmpty() ? QString() : scenarios.first().second.startingPoint;
    const QStringList tied = scenarios.isEmpty() ? QStringList() : scenarios.first().second.tied;
    if (!comparing) {
        for (const StartingPoint &sp : kb.startingPoints()) {
            const Point &p = sp.positions[m];
            s.points.append({sp.id, sp.label.in(language), p.x, p.y, ChartPoint::StartingPoint,
                             sp.id == recommended || tied.contains(sp.id)});
        }
        if (def.hasGoal) {
            s.points.append({QStringLiteral("goal"), def.goalLabel.in(language), def.goal.x,
                             def.goal.y, ChartPoint::Goal, false});
        }
    }
    // Scenarios at one spot share one marker and one label, as examples do ("A / B"): stacked,
    // their names were drawn over each other.
    for (int i = 0; i < scenarios.size(); ++i) {
        const MatrixPosition *p = scenarios[i].second.position(matrix);
        bool shared = false;
        for (ChartPoint &other : s.points) {
            if (other.kind == ChartPoint::Scenario && qFuzzyCompare(1 + other.x, 1 + p->x) &&
                qFuzzyCompare(1 + other.y, 1 + p->y)) {
                other.label += QStringLiteral(" / ") + scenarios[i].first;
                shared = true;
                break;
            }
        }
        if (!shared) {
            s.points.append(
                {QString::number(i), scenarios[i].first, p->x, p->y, ChartPoint::Scenario, i == 0});
        }
    }

    if (comparing) {
        const MatrixPosition *from =
            scenarios.isEmpty() ? nullptr : scenarios.first().second.position(matrix);
        for (int i = 1; i < scenarios.size(); ++i) {
            const MatrixPosition *to = scenarios[i].second.position(matrix);
            s.arrows.append({from->x, from->y, to->x, to->y, ChartArrow::FromBaseline});
        }
    } else if (!scenarios.isEmpty() && !recommended.isEmpty()) {
        // From the situation to where to start, and from there on towards the goal.
        const MatrixPosition *here = scenarios.first().second.position(matrix);
        const Point &start = kb.startingPoints()[kb.startingPointIndex(recommended)].positions[m];
        s.arrows.append({here->x, here->y, start.x, start.y, ChartArrow::ToStartingPoint});
        if (def.hasGoal) {
            s.arrows.append({start.x, start.y, def.goal.x, def.goal.y, ChartArrow::TowardsGoal});
        }
    }
    return s;
}

void MatrixChartState::addPath(const KnowledgeBase &kb, const QVector<PathPoint> &path)
{
    const int m = kb.matrixIndex(matrix);
    if (m < 0) {
        return;
    }
    QVector<ChartPoint> stops;
    QString first;
    QString last;
    for (const PathPoint &p : path) {
        if (!p.position.known()) {
            continue;
        }
        const Point &at = p.position.positions[m];
        if (!stops.isEmpty() && qFuzzyCompare(1 + stops.last().x, 1 + at.x) &&
            qFuzzyCompare(1 + stops.last().y, 1 + at.y)) {
            last = p.quarter.text;
            stops.last().label = QStringLiteral("%1–%2").arg(first, last);
            continue;
        }
        first = last = p.quarter.text;
        stops.append(
            {p.quarter.text, p.quarter.text, at.x, at.y, ChartPoint::ActualQuarter, false});
    }
    if (stops.isEmpty()) {
        return;
    }
    stops.last().emphasised = true;
    for (int i = 1; i < stops.size(); ++i) {
        arrows.append(
            {stops[i - 1].x, stops[i - 1].y, stops[i].x, stops[i].y, ChartArrow::ActualPath});
    }
    points += stops;
}

const ChartPoint *MatrixChartState::point(ChartPoint::Kind kind, const QString &id) const
{
    for (const ChartPoint &p : points) {
        if (p.kind == kind && (id.isEmpty() || p.id == id)) {
            return &p;
        }
    }
    return nullptr;
}

bool MatrixChartState::coversAMarker(int i) const
{
    if (i < 0 || i >= points.size() || points[i].kind != ChartPoint::Scenario) {
        return false;
    }
    return std::any_of(points.begin(), points.end(), [&p = points[i]](const ChartPoint &e) {
        return e.kind != ChartPoint::Scenario && std::hypot(e.x - p.x, e.y - p.y) < CoverDistance;
    });
}

} // namespace akkoord
