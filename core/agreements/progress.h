#pragma once

#include "agreements/agreement.h"

namespace akkoord {

// How a commitment stands at a date: done (the target is reached), overdue (its date has passed
// and it is not), or, measured against time, on track, behind or ahead. Our interpretation, as
// progress monitors do it (the source gives no formula): what is expected by a date is the
// target pro rata over the time from the agreement's start to the commitment's date; a tenth
// of the target either side of that counts as on track.
enum class ProgressStatus
{
    OnTrack,
    Behind,
    Ahead,
    Done,
    Overdue
};

// "on_track", "behind", "ahead", "done", "overdue" (the identifiers of the brief).
QString progressStatusId(ProgressStatus status);

struct CommitmentProgress
{
    int commitment = 0;
    double target = 0;
    double realised = 0; // realisations of periods begun by the date
    double expected = 0; // pro rata by the date; the target itself without a date to reach it
    ProgressStatus status = ProgressStatus::OnTrack;
};

CommitmentProgress progressOf(const Agreement &agreement, int commitment, const QDate &at);

// Committed against realised, per target group and unit, over the agreements in force at the
// date (signed or running, begun, not ended or broken off).
struct TargetGroupTotal
{
    QString targetGroup;
    QString unit;
    double target = 0;
    double realised = 0;
};

QVector<TargetGroupTotal> totalsAt(const QVector<Agreement> &agreements, const QDate &at);

} // namespace akkoord
