#pragma once

#include "agreements/position.h"
#include "knowledge/advice.h"
#include "knowledge/advisor.h"

#include <QString>
#include <QVector>

namespace akkoord {

struct ChartPoint
{
    enum Kind
    {
        Scenario,
        ReferenceCase,
        StartingPoint,
        Goal,
        ActualQuarter // where the agreements in force put the municipality (issue 17)
    };
    QString id;
    QString label;
    double x = 0;
    double y = 0;
    Kind kind = Scenario;
    bool emphasised = false; // the recommended starting point, or the scenario being edited
};

struct ChartArrow
{
    enum Kind
    {
        ToStartingPoint,
        TowardsGoal,
        FromBaseline,
        ActualPath // from one quarter's actual position to the next
    };
    double x1 = 0;
    double y1 = 0;
    double x2 = 0;
    double y2 = 0;
    Kind kind = ToStartingPoint;
};

// Everything the matrix chart draws, as plain data: the ui's one Qt Charts class paints it, and
// tests read it instead of pixels.
struct MatrixChartState
{
    QString matrix;
    QString title;
    QString xLabel, xNegative, xPositive;
    QString yLabel, yNegative, yPositive;
    QString quadrants[4]; // [x<0,y>0], [x>0,y>0], [x<0,y<0], [x>0,y<0]
    QVector<ChartPoint> points;
    QVector<ChartArrow> arrows;
    // The practice examples (names) of which the source states nothing that weighs on this
    // matrix: they have no place on it, and the table says so.
    QStringList unplaced;
    // The practice example that is itself the scenario shown (build's openExample), if any.
    QString openExample;

    // Whether what the source states about a practice example places it on matrix m.
    static bool places(const KnowledgeBase &kb, const ReferenceCase &example, int m);

    // scenarios: (label, advice) pairs; the first is the one being edited, or the baseline when
    // comparing, and the others get arrows from it. openExample: the id of a practice example
    // that is itself the scenario shown, which is then not drawn a second time as an example
    // (and not at all when the source does not place it: pass no scenarios then).
    static MatrixChartState build(const Advisor &advisor, const QString &matrix, Language language,
                                  const QVector<QPair<QString, Advice>> &scenarios,
                                  bool comparing = false, const QString &openExample = QString());

    const ChartPoint *point(ChartPoint::Kind kind, const QString &id = QString()) const;
    // Whether point i is a scenario on or right beside another marker (a practice example, a
    // starting point, the goal; within CoverDistance on both axes' scale): its marker is then
    // drawn as a ring, so that the other shows (and an example can be clicked) inside it.
    bool coversAMarker(int i) const;
    static constexpr double CoverDistance = 0.06;

    // Adds the actual path from the agreements: a point per quarter with a position, quarters at
    // one spot sharing a point ("2026Q1–2026Q3"), joined in time order; the latest emphasised.
    void addPath(const KnowledgeBase &kb, const QVector<PathPoint> &path);
};

} // namespace akkoord
