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

// One agreement at a glance, as a list shows it: the mean share of its commitments' targets
// realised (each counted up to its target), and the most urgent status among them (overdue,
// behind, on track, ahead, done, in that order). Without commitments nothing is known.
struct AgreementSummary
{
    bool known = false;
    double share = 0; // 0..1
    ProgressStatus status = ProgressStatus::OnTrack;
    bool behind() const
    {
        return known && (status == ProgressStatus::Behind || status == ProgressStatus::Overdue);
    }
};
AgreementSummary summaryOf(const Agreement &agreement, const QDate &at);

// Every commitment of the agreements that have begun by the date, in the agreements' order: the
// running ones, and those since ended (whose unmet commitments are overdue). Agreements in
// preparation or broken off are left out.
struct ProgressLine
{
    int agreement = 0; // index into the agreements given
    CommitmentProgress progress;
};
QVector<ProgressLine> progressAt(const QVector<Agreement> &agreements, const QDate &at);

// The review moments on or after the date, soonest first, of agreements that are not ended or
// broken off.
struct UpcomingReview
{
    int agreement = 0;
    Review review;
};
QVector<UpcomingReview> reviewsFrom(const QVector<Agreement> &agreements, const QDate &at);

// Committed against realised, per target group and unit, over the agreements in force at the
// date (Agreement::inForceAt).
struct TargetGroupTotal
{
    QString targetGroup;
    QString unit;
    double target = 0;
    double realised = 0;
};

// Whether a target group and unit come before another in the documented order (target groups
// first, then units), as totals and the progress chart list them.
bool inDocumentedOrder(const QString &groupA, const QString &unitA, const QString &groupB,
                       const QString &unitB);

QVector<TargetGroupTotal> totalsAt(const QVector<Agreement> &agreements, const QDate &at);

} // namespace akkoord
