#pragma once

#include "agreements/progress.h"

namespace akkoord {

// What the progress chart draws, as plain data (as MatrixChartState is for the matrices): per
// target group and unit, what the agreements in force had committed and what had been realised,
// at the end of each quarter. The screen and the report paint it alike; tests read it.
struct ProgressChartState
{
    struct Series
    {
        QString targetGroup;
        QString unit;
        QString label;             // "Young people · persons"
        QVector<double> committed; // one per period
        QVector<double> realised;
    };
    QStringList periods; // "2026Q1", ...
    QVector<Series> series;

    // From the quarter of from to the quarter of to (nothing when either is invalid).
    static ProgressChartState build(const QVector<Agreement> &agreements, const QDate &from,
                                    const QDate &to);
};

} // namespace akkoord
