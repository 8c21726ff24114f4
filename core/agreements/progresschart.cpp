#include "agreements/progresschart.h"

namespace akkoord {

ProgressChartState ProgressChartState::build(const QVector<Agreement> &agreements,
                                             const QDate &from, const QDate &to)
{
    ProgressChartState s;
    if (!from.isValid() || !to.isValid() || to < from) {
        return s;
    }
    QVector<QVector<TargetGroupTotal>> perQuarter;
    for (Period q = Period::quarterOf(from); q.first <= to;
         q = Period::quarterOf(q.last.addDays(1))) {
        s.periods << q.text;
        perQuarter << totalsAt(agreements, q.last);
    }
    // A series for every target group and unit that appears in any quarter, in the documented
    // order (totalsAt sorts each quarter so).
    for (const QVector<TargetGroupTotal> &totals : std::as_const(perQuarter)) {
        for (const TargetGroupTotal &t : totals) {
            const bool known = std::any_of(s.series.begin(), s.series.end(), [&t](const Series &x) {
                return x.targetGroup == t.targetGroup && x.unit == t.unit;
            });
            if (!known) {
                s.series.append(
                    {t.targetGroup,
                     t.unit,
                     QStringLiteral("%1 · %2").arg(AgreementText::targetGroup(t.targetGroup),
                                                   AgreementText::unit(t.unit)),
                     {},
                     {}});
            }
        }
    }
    std::sort(s.series.begin(), s.series.end(), [](const Series &x, const Series &y) {
        return inDocumentedOrder(x.targetGroup, x.unit, y.targetGroup, y.unit);
    });
    for (Series &series : s.series) {
        for (const QVector<TargetGroupTotal> &totals : std::as_const(perQuarter)) {
            double committed = 0;
            double realised = 0;
            for (const TargetGroupTotal &t : totals) {
                if (t.targetGroup == series.targetGroup && t.unit == series.unit) {
                    committed = t.target;
                    realised = t.realised;
                }
            }
            series.committed << committed;
            series.realised << realised;
        }
    }
    return s;
}

} // namespace akkoord
