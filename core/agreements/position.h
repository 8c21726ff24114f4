#pragma once

#include "agreements/agreement.h"
#include "knowledge/knowledgebase.h"

#include <optional>

namespace akkoord {

// Where a municipality actually stands on the two matrices, read from its agreements (issue 17),
// beside where the advice said to start.
//
// Each agreement is placed by its kind (KnowledgeBase::agreementPlacements), then shifted by what
// it says beyond its kind: its scope, its parties and its visibility (placementShifts), each rule
// with its basis; the result is kept inside the matrix. The municipality's position at a date is
// the mean of the agreements in force then, each weighted by its number of commitments (at least
// one): our interpretation, since the source gives no formula. With no agreement in force, or a
// knowledge base that places none, nothing is known and nothing is drawn.

// An agreement's place on each matrix, and the shifts that moved it (their ids).
struct Placement
{
    QVector<Point> positions; // one per matrix
    QStringList shifts;
};
// Empty positions when the knowledge base places no agreements.
Placement placementOf(const KnowledgeBase &kb, const Agreement &agreement);

struct ActualPosition
{
    int agreements = 0; // in force at the date
    double weight = 0;
    QVector<Point> positions; // one per matrix; empty when nothing is known

    bool known() const { return !positions.isEmpty(); }
};
ActualPosition actualPosition(const KnowledgeBase &kb, const QVector<Agreement> &agreements,
                              const QDate &at);

// The position at the end of each quarter from the quarter of from to the quarter of to.
struct PathPoint
{
    Period quarter;
    ActualPosition position;
};
QVector<PathPoint> pathOf(const KnowledgeBase &kb, const QVector<Agreement> &agreements,
                          const QDate &from, const QDate &to);
// The first start and the last date worth showing (the latest end, or today): the path's default
// span. Invalid dates when there are no agreements.
std::pair<QDate, QDate> pathSpan(const QVector<Agreement> &agreements, const QDate &today);

// Whether the path broadens, as the source expects after a start (strategisch pad, paragraph 1:
// always strive for broadening): the strategy matrix's breadth from the first known quarter to
// the last, and the distance to the strategic goal (broad, self-organising employer networks).
struct Direction
{
    enum Trend
    {
        Unknown, // fewer than two quarters with agreements
        Broadening,
        Steady,
        Narrowing
    };
    Trend trend = Unknown;
    double breadthChange = 0; // strategy y, last minus first
    double towardsGoal = 0;   // how much closer to the goal (positive: closer)
};
Direction directionOf(const KnowledgeBase &kb, const QVector<PathPoint> &path);
QString trendId(Direction::Trend trend);

} // namespace akkoord
