// The quarterly progress report (ReportWriter::progressReport): what the council or the
// employers' table reads about the agreements, quarter after quarter.
#include "reportwriter.h"

#include "agreements/position.h"
#include "common/usertext.h"

#include <QLocale>

namespace akkoord {

namespace {

QString esc(const QString &s)
{
    return isolated(s).toHtmlEscaped();
}

QString figure(double v)
{
    return QLocale().toString(v, 'f', v == std::floor(v) ? 0 : 1);
}

QString row(const QStringList &cells, bool header = false)
{
    QString out = QStringLiteral("<tr>");
    for (const QString &c : cells) {
        out += header ? QStringLiteral("<th>%1</th>").arg(c) : QStringLiteral("<td>%1</td>").arg(c);
    }
    return out + QStringLiteral("</tr>");
}

// A table as a table while it is short; a long one (a municipality with hundreds of agreements)
// as one line per row, the header's names before the values: Qt's text layout walks every cell
// of every table for each page it draws, so 500 rows of tables took seconds where lines take a
// fraction of one.
struct Table
{
    QStringList header;
    QVector<QStringList> rows;
    static constexpr int MaxTableRows = 40;

    QString html() const
    {
        if (rows.size() <= MaxTableRows) {
            QString out = QStringLiteral("<table class=\"answers\">") + row(header, true);
            for (const QStringList &r : rows) {
                out += row(r);
            }
            return out + QStringLiteral("</table>");
        }
        QString out;
        for (const QStringList &r : rows) {
            QStringList parts{QStringLiteral("<b>%1</b>").arg(r.value(0))};
            for (int i = 1; i < r.size(); ++i) {
                parts << QStringLiteral("%1: %2").arg(header.value(i), r[i]);
            }
            out +=
                QStringLiteral("<p class=\"line\">%1</p>").arg(parts.join(QStringLiteral(" · ")));
        }
        return out;
    }
};

} // namespace

Report ReportWriter::progressReport(const ProgressReportInput &input) const
{
    const KnowledgeBase &kb = m_advisor.knowledge();
    const QVector<Agreement> &all = input.agreements;
    const QDate at = input.at;
    const Period quarter = Period::quarterOf(at);
    const QDate previous = quarter.first.addDays(-1);
    const QLocale locale;
    Report r;
    r.language = m_language;
    r.title = tr("Agreements with employers: progress of %1").arg(isolated(input.municipality));
    r.subtitle = tr("Up to %1 (%2), compared with the end of %3 · knowledge base %4")
                     .arg(locale.toString(at, QLocale::LongFormat), quarter.text,
                          Period::quarterOf(previous).text, kb.version());

    const QVector<ProgressLine> now = progressAt(all, at);
    const QVector<ProgressLine> before = progressAt(all, previous);
    const auto earlier = [&before](const ProgressLine &l) -> const ProgressLine * {
        for (const ProgressLine &b : before) {
            if (b.agreement == l.agreement && b.progress.commitment == l.progress.commitment) {
                return &b;
            }
        }
        return nullptr;
    };
    const auto status = [](ProgressStatus s) {
        return AgreementText::progress(progressStatusId(s));
    };
    QString body;

    // What is behind first: that is what the meeting is for.
    body += QStringLiteral("<h2>%1</h2>").arg(esc(tr("What is behind")));
    QString behind;
    for (const ProgressLine &l : now) {
        if (l.progress.status != ProgressStatus::Behind &&
            l.progress.status != ProgressStatus::Overdue) {
            continue;
        }
        const Agreement &a = all[l.agreement];
        const Commitment &c = a.commitments[l.progress.commitment];
        behind += QStringLiteral("<li><b>%1</b>: %2 — %3 (%4)</li>")
                      .arg(esc(a.title), esc(AgreementText::targetGroup(c.targetGroup)),
                           esc(tr("%1 of %2, %3 expected by now")
                                   .arg(figure(l.progress.realised),
                                        AgreementText::amount(l.progress.target, c.unit),
                                        figure(l.progress.expected))),
                           esc(status(l.progress.status)));
    }
    body += behind.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("Nothing is behind.")))
                             : QStringLiteral("<ul>%1</ul>").arg(behind);

    body += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Progress per commitment")));
    Table commitments{{esc(tr("Agreement")), esc(tr("Target group")), esc(tr("Realised")),
                       esc(tr("Expected")), esc(tr("Status")), esc(tr("Previous quarter"))},
                      {}};
    for (const ProgressLine &l : now) {
        const Agreement &a = all[l.agreement];
        const Commitment &c = a.commitments[l.progress.commitment];
        const ProgressLine *b = earlier(l);
        commitments.rows << QStringList(
            {esc(a.title), esc(AgreementText::targetGroup(c.targetGroup)),
             esc(tr("%1 of %2")
                     .arg(figure(l.progress.realised),
                          AgreementText::amount(l.progress.target, c.unit))),
             esc(figure(l.progress.expected)), esc(status(l.progress.status)),
             b ? esc(tr("%1 (%2)").arg(figure(b->progress.realised), status(b->progress.status)))
               : esc(tr("not yet begun"))});
    }
    body += commitments.html();
    if (now.isEmpty()) {
        body += QStringLiteral("<p>%1</p>").arg(esc(tr("No agreement had begun by then.")));
    }

    body += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Per target group")));
    const QVector<TargetGroupTotal> totals = totalsAt(all, at);
    const QVector<TargetGroupTotal> totalsBefore = totalsAt(all, previous);
    Table groups{{esc(tr("Target group")), esc(tr("Committed")), esc(tr("Realised")),
                  esc(tr("A quarter earlier"))},
                 {}};
    for (const TargetGroupTotal &t : totals) {
        QString earlierText = esc(tr("none in force"));
        for (const TargetGroupTotal &b : totalsBefore) {
            if (b.targetGroup == t.targetGroup && b.unit == t.unit) {
                earlierText = esc(tr("%1 of %2").arg(figure(b.realised), figure(b.target)));
            }
        }
        groups.rows << QStringList({esc(AgreementText::targetGroup(t.targetGroup)),
                                    esc(AgreementText::amount(t.target, t.unit)),
                                    esc(figure(t.realised)), earlierText});
    }
    body += groups.html();

    // The path on the matrix: where the agreements put the municipality, quarter by quarter.
    const auto span = pathSpan(all, at);
    const QVector<PathPoint> path = pathOf(kb, all, span.first, at);
    const Direction direction = directionOf(kb, path);
    body += QStringLiteral("<h2>%1</h2>").arg(esc(tr("The path on the matrix")));
    QString recommended;
    std::optional<Advice> advice;
    if (input.baseline) {
        advice = m_advisor.advise(input.baseline->answers);
        if (advice->verdict == Verdict::Recommended) {
            recommended =
                kb.startingPoints()[kb.startingPointIndex(advice->startingPoint)].label.in(
                    m_language);
        }
    }
    body += QStringLiteral("<p>%1</p>")
                .arg(esc(recommended.isEmpty()
                             ? tr("No recommended start to compare with: there is no baseline "
                                  "scenario, or its advice is a tie or has too little to go on.")
                             : tr("The baseline scenario's advice recommends starting with: %1.")
                                   .arg(recommended)));
    const QString trend = direction.trend == Direction::Broadening
                              ? tr("The agreements have broadened since the first quarter, as the "
                                   "source expects after a start.")
                          : direction.trend == Direction::Narrowing
                              ? tr("The agreements are narrower than in the first quarter.")
                          : direction.trend == Direction::Steady
                              ? tr("The agreements are as broad as in the first quarter.")
                              : tr("Too few quarters with agreements to tell a direction.");
    body += QStringLiteral("<p>%1</p>").arg(esc(trend));
    body += QStringLiteral("<p><i>%1</i></p>")
                .arg(esc(tr("Each agreement is placed by its kind, scope, parties and visibility "
                            "as the knowledge base's rules say (each with its basis, see the "
                            "knowledge audit); weighting by commitments and the progress rules "
                            "are our own elaboration, the source gives no formula.")));

    body += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Portfolio")));
    Table portfolio{{esc(tr("Agreement")), esc(tr("Kind")), esc(tr("Status")), esc(tr("Period")),
                     esc(tr("Parties"))},
                    {}};
    for (const Agreement &a : all) {
        const QString end =
            a.end.isValid() ? locale.toString(a.end, QLocale::ShortFormat) : tr("open");
        QStringList parties = a.employerOrganisations + a.employers;
        if (a.employerCount > 0) {
            parties << tr("%n employer(s)", nullptr, a.employerCount);
        }
        portfolio.rows << QStringList(
            {esc(a.title), esc(AgreementText::kind(a.kind)), esc(AgreementText::status(a.status)),
             esc(QStringLiteral("%1 – %2").arg(locale.toString(a.start, QLocale::ShortFormat),
                                               end)),
             esc(parties.join(QStringLiteral(", ")))});
    }
    body += portfolio.html();

    body += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Next reviews")));
    const QVector<UpcomingReview> reviews = reviewsFrom(all, at);
    QString list;
    for (const UpcomingReview &u : reviews) {
        list += QStringLiteral("<li>%1: <b>%2</b>%3</li>")
                    .arg(esc(locale.toString(u.review.date, QLocale::LongFormat)),
                         esc(all[u.agreement].title),
                         u.review.agreed.isEmpty() ? QString()
                                                   : QStringLiteral(" — ") + esc(u.review.agreed));
    }
    body += list.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("No review is planned.")))
                           : QStringLiteral("<ul>%1</ul>").arg(list);
    r.body = body;

    // The strategy matrix: the starting points, the recommended route, and the actual path.
    const QString title = input.baseline ? withoutBidiControls(input.baseline->title) : QString();
    MatrixChartState chart =
        advice ? MatrixChartState::build(m_advisor, QStringLiteral("strategy"), m_language,
                                         {{title, *advice}})
               : MatrixChartState::build(m_advisor, QStringLiteral("strategy"), m_language, {});
    chart.addPath(kb, path);
    r.charts << chart;
    r.progress = ProgressChartState::build(all, span.first.isValid() ? span.first : at, at);
    return r;
}

} // namespace akkoord
