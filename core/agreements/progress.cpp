#include "agreements/progress.h"

#include <algorithm>

namespace akkoord {

QString progressStatusId(ProgressStatus status)
{
    switch (status) {
    case ProgressStatus::OnTrack:
        return QStringLiteral("on_track");
    case ProgressStatus::Behind:
        return QStringLiteral("behind");
    case ProgressStatus::Ahead:
        return QStringLiteral("ahead");
    case ProgressStatus::Done:
        return QStringLiteral("done");
    case ProgressStatus::Overdue:
        return QStringLiteral("overdue");
    }
    return QString();
}

CommitmentProgress progressOf(const Agreement &agreement, int commitment, const QDate &at)
{
    CommitmentProgress p;
    p.commitment = commitment;
    if (commitment < 0 || commitment >= agreement.commitments.size()) {
        return p;
    }
    const Commitment &c = agreement.commitments[commitment];
    p.target = c.target;
    for (const Realisation &r : agreement.realisations) {
        if (r.commitment == commitment && r.period.first <= at) {
            p.realised += r.value;
        }
    }
    const QDate due = c.due.isValid() ? c.due : agreement.end;
    if (!due.isValid() || !agreement.start.isValid() || due <= agreement.start) {
        p.expected = c.target;
    } else {
        const double share = double(agreement.start.daysTo(at)) / agreement.start.daysTo(due);
        p.expected = c.target * std::clamp(share, 0.0, 1.0);
    }
    const double margin = c.target / 10;
    if (c.target > 0 && p.realised >= c.target) {
        p.status = ProgressStatus::Done;
    } else if (due.isValid() && at > due) {
        p.status = ProgressStatus::Overdue;
    } else if (p.realised < p.expected - margin) {
        p.status = ProgressStatus::Behind;
    } else if (p.realised > p.expected + margin) {
        p.status = ProgressStatus::Ahead;
    } else {
        p.status = ProgressStatus::OnTrack;
    }
    return p;
}

AgreementSummary summaryOf(const Agreement &agreement, const QDate &at)
{
    AgreementSummary out;
    if (agreement.commitments.isEmpty() || !agreement.begunBy(at)) {
        return out;
    }
    // The most urgent first.
    static const ProgressStatus urgency[] = {ProgressStatus::Overdue, ProgressStatus::Behind,
                                             ProgressStatus::OnTrack, ProgressStatus::Ahead,
                                             ProgressStatus::Done};
    const auto rank = [](ProgressStatus s) {
        return int(std::find(std::begin(urgency), std::end(urgency), s) - std::begin(urgency));
    };
    out.known = true;
    out.status = ProgressStatus::Done;
    double shares = 0;
    for (int i = 0; i < agreement.commitments.size(); ++i) {
        const CommitmentProgress p = progressOf(agreement, i, at);
        shares += p.target > 0 ? std::min(1.0, p.realised / p.target) : 1.0;
        if (rank(p.status) < rank(out.status)) {
            out.status = p.status;
        }
    }
    out.share = shares / agreement.commitments.size();
    return out;
}

QVector<ProgressLine> progressAt(const QVector<Agreement> &agreements, const QDate &at)
{
    QVector<ProgressLine> out;
    for (int a = 0; a < agreements.size(); ++a) {
        const Agreement &agreement = agreements[a];
        if (!agreement.begunBy(at)) {
            continue;
        }
        for (int c = 0; c < agreement.commitments.size(); ++c) {
            out << ProgressLine{a, progressOf(agreement, c, at)};
        }
    }
    return out;
}

QVector<UpcomingReview> reviewsFrom(const QVector<Agreement> &agreements, const QDate &at)
{
    QVector<UpcomingReview> out;
    for (int a = 0; a < agreements.size(); ++a) {
        const Agreement &agreement = agreements[a];
        if (agreement.status == QLatin1String("ended") ||
            agreement.status == QLatin1String("broken_off")) {
            continue;
        }
        for (const Review &r : agreement.reviews) {
            if (r.date >= at) {
                out << UpcomingReview{a, r};
            }
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const UpcomingReview &x, const UpcomingReview &y) {
        return x.review.date < y.review.date;
    });
    return out;
}

QVector<TargetGroupTotal> totalsAt(const QVector<Agreement> &agreements, const QDate &at)
{
    QVector<TargetGroupTotal> totals;
    for (const Agreement &a : agreements) {
        if (!a.inForceAt(at)) {
            continue;
        }
        for (int i = 0; i < a.commitments.size(); ++i) {
            const Commitment &c = a.commitments[i];
            auto it = std::find_if(totals.begin(), totals.end(), [&c](const TargetGroupTotal &t) {
                return t.targetGroup == c.targetGroup && t.unit == c.unit;
            });
            if (it == totals.end()) {
                totals.append({c.targetGroup, c.unit, 0, 0});
                it = totals.end() - 1;
            }
            it->target += c.target;
            it->realised += progressOf(a, i, at).realised;
        }
    }
    std::sort(totals.begin(), totals.end(),
              [](const TargetGroupTotal &x, const TargetGroupTotal &y) {
                  return inDocumentedOrder(x.targetGroup, x.unit, y.targetGroup, y.unit);
              });
    return totals;
}

bool inDocumentedOrder(const QString &groupA, const QString &unitA, const QString &groupB,
                       const QString &unitB)
{
    const auto ga = agreements::targetGroups().indexOf(groupA);
    const auto gb = agreements::targetGroups().indexOf(groupB);
    return ga != gb ? ga < gb
                    : agreements::units().indexOf(unitA) < agreements::units().indexOf(unitB);
}

} // namespace akkoord
