#include "agreements/position.h"

#include <algorithm>
#include <cmath>

namespace akkoord {

namespace {

bool holds(const QString &condition, const Agreement &a)
{
    if (condition == QLatin1String("integral")) {
        return a.integral;
    }
    if (condition == QLatin1String("selective")) {
        const auto focus = a.sectors.size() + a.targetGroups.size();
        return !a.integral && focus >= 1 && focus <= 2;
    }
    if (condition == QLatin1String("organisations")) {
        return !a.employerOrganisations.isEmpty();
    }
    if (condition == QLatin1String("named_employers")) {
        return a.employerOrganisations.isEmpty() && !a.employers.isEmpty();
    }
    if (condition == QLatin1String("public") || condition == QLatin1String("quiet")) {
        return a.visibility == condition;
    }
    return false;
}

// A step of this size in breadth counts as a change, smaller ones as steady.
constexpr double TrendStep = 0.05;

} // namespace

Placement placementOf(const KnowledgeBase &kb, const Agreement &agreement)
{
    Placement out;
    const auto &placements = kb.agreementPlacements();
    const auto it =
        std::find_if(placements.begin(), placements.end(),
                     [&](const AgreementPlacement &p) { return p.kind == agreement.kind; });
    if (it == placements.end()) {
        return out;
    }
    out.positions = it->positions;
    for (const PlacementShift &s : kb.placementShifts()) {
        if (!holds(s.when, agreement)) {
            continue;
        }
        out.shifts << s.id;
        for (int m = 0; m < out.positions.size() && m < s.shifts.size(); ++m) {
            out.positions[m].x += s.shifts[m].x;
            out.positions[m].y += s.shifts[m].y;
        }
    }
    for (Point &p : out.positions) {
        p.x = std::clamp(p.x, -1.0, 1.0);
        p.y = std::clamp(p.y, -1.0, 1.0);
    }
    return out;
}

namespace {

// An agreement with its place worked out once, for every date it is asked about.
struct Placed
{
    const Agreement *agreement;
    QVector<Point> positions;
    double weight;
};

// The agreements that can be in force somewhere from from to to, each placed.
QVector<Placed> placeAll(const KnowledgeBase &kb, const QVector<Agreement> &agreements,
                         const QDate &from, const QDate &to)
{
    QVector<Placed> placed;
    for (const Agreement &a : agreements) {
        if (!a.start.isValid() || a.start > to || (a.end.isValid() && a.end < from)) {
            continue;
        }
        Placement p = placementOf(kb, a);
        if (p.positions.size() == kb.matrices().size()) {
            placed << Placed{&a, std::move(p.positions), std::max<double>(1, a.commitments.size())};
        }
    }
    return placed;
}

ActualPosition positionAt(const QVector<Placed> &placed, qsizetype matrices, const QDate &at)
{
    ActualPosition out;
    QVector<Point> sum(matrices);
    for (const Placed &p : placed) {
        if (!p.agreement->inForceAt(at)) {
            continue;
        }
        ++out.agreements;
        out.weight += p.weight;
        for (qsizetype m = 0; m < matrices; ++m) {
            sum[m].x += p.weight * p.positions[m].x;
            sum[m].y += p.weight * p.positions[m].y;
        }
    }
    if (out.weight > 0) {
        for (Point &s : sum) {
            s.x /= out.weight;
            s.y /= out.weight;
        }
        out.positions = sum;
    }
    return out;
}

} // namespace

ActualPosition actualPosition(const KnowledgeBase &kb, const QVector<Agreement> &agreements,
                              const QDate &at)
{
    return positionAt(placeAll(kb, agreements, at, at), kb.matrices().size(), at);
}

QVector<PathPoint> pathOf(const KnowledgeBase &kb, const QVector<Agreement> &agreements,
                          const QDate &from, const QDate &to)
{
    QVector<PathPoint> out;
    if (!from.isValid() || !to.isValid() || to < from) {
        return out;
    }
    const QVector<Placed> placed = placeAll(kb, agreements, from, to);
    for (Period q = Period::quarterOf(from); q.first <= to;
         q = Period::quarterOf(q.last.addDays(1))) {
        out << PathPoint{q, positionAt(placed, kb.matrices().size(), q.last)};
    }
    return out;
}

std::pair<QDate, QDate> pathSpan(const QVector<Agreement> &agreements, const QDate &today)
{
    QDate first;
    QDate last = today;
    for (const Agreement &a : agreements) {
        if (!a.start.isValid() || a.status == QLatin1String("in_preparation")) {
            continue;
        }
        if (!first.isValid() || a.start < first) {
            first = a.start;
        }
    }
    if (!first.isValid()) {
        return {QDate(), QDate()};
    }
    return {first, std::max(last, first)};
}

Direction directionOf(const KnowledgeBase &kb, const QVector<PathPoint> &path)
{
    Direction out;
    const PathPoint *first = nullptr;
    const PathPoint *last = nullptr;
    for (const PathPoint &p : path) {
        if (p.position.known()) {
            if (!first) {
                first = &p;
            }
            last = &p;
        }
    }
    const int strategy = kb.matrixIndex(QStringLiteral("strategy"));
    if (!first || first == last || strategy < 0) {
        return out;
    }
    const Point a = first->position.positions[strategy];
    const Point b = last->position.positions[strategy];
    out.breadthChange = b.y - a.y;
    out.trend = out.breadthChange > TrendStep    ? Direction::Broadening
                : out.breadthChange < -TrendStep ? Direction::Narrowing
                                                 : Direction::Steady;
    const Matrix &m = kb.matrices()[strategy];
    if (m.hasGoal) {
        out.towardsGoal =
            std::hypot(a.x - m.goal.x, a.y - m.goal.y) - std::hypot(b.x - m.goal.x, b.y - m.goal.y);
    }
    return out;
}

QString trendId(Direction::Trend trend)
{
    switch (trend) {
    case Direction::Broadening:
        return QStringLiteral("broadening");
    case Direction::Steady:
        return QStringLiteral("steady");
    case Direction::Narrowing:
        return QStringLiteral("narrowing");
    case Direction::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace akkoord
