#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace akkoord {

// An agreement between the municipality and employers (issue 17): what was agreed, with whom,
// for whom, and what has been realised since. Aggregates only: nothing in it describes a job
// seeker (no name, no BSN, no date of birth); a file that carries such fields is refused.
//
// The identifiers are the stable ones of shared/domain/brief.md, section Agreements.
namespace agreements {

// Kinds, target groups, units, statuses and visibilities, in their documented order.
const QStringList &kinds();
const QStringList &targetGroups();
const QStringList &units();
const QStringList &statuses();
const QStringList &visibilities();

} // namespace agreements

// What a user reads for the identifiers, in the chosen language.
class AgreementText
{
    Q_DECLARE_TR_FUNCTIONS(akkoord::AgreementText)

public:
    static QString kind(const QString &id);
    static QString targetGroup(const QString &id);
    static QString unit(const QString &id);
    static QString status(const QString &id);
    static QString visibility(const QString &id);
    // A progress status by its identifier (on_track, behind, ahead, done, overdue).
    static QString progress(const QString &id);
    // A figure with its unit: "12 jobs of 25.5 hours", "€ 40,000 SROI value".
    static QString amount(double value, const QString &unit);
};

// What one commitment promises: so many of a unit for a target group by a date, and what the
// municipality itself commits to in return.
struct Commitment
{
    QString targetGroup;
    QString unit;
    double target = 0;
    QDate due;
    QString municipalityCommits;
};

// A quarter ("2026Q3") or a month ("2026-07"): the span a realisation is counted over.
struct Period
{
    QDate first;
    QDate last;
    QString text;

    // The years the register takes, in files, on the command line and in the program: a typo
    // such as 0206 or 20266 is refused, not turned into centuries of empty quarters.
    static constexpr int FirstYear = 1900;
    static constexpr int LastYear = 2199;
    static bool inRange(const QDate &date)
    {
        return date.isValid() && date.year() >= FirstYear && date.year() <= LastYear;
    }

    // The period a text names, or nothing when it is neither form (or a month or quarter that
    // does not exist, or lies outside the years the register takes).
    static std::optional<Period> parse(const QString &text);
    // The quarter a date falls in (any valid date).
    static Period quarterOf(const QDate &date);
    // Whether two periods share a day.
    bool overlaps(const Period &other) const { return first <= other.last && other.first <= last; }
};

// What was realised for one commitment in one period, where the figure comes from, and whether
// it has been checked.
struct Realisation
{
    int commitment = 0; // index into Agreement::commitments
    Period period;
    double value = 0;
    QString source;
    bool verified = false;
};

// When the parties hold each other to account, and what they agreed then.
struct Review
{
    QDate date;
    QString agreed;
};

struct Agreement
{
    QString title;
    QString kind;
    QStringList employerOrganisations; // by name
    int employerCount = 0;
    QStringList employers; // named where that is public
    QStringList sectors;
    QStringList targetGroups; // the scope; empty with integral
    bool integral = false;
    QString visibility; // "public" or "quiet"
    QString status;
    QDate start;
    QDate end; // may be open (invalid)
    QVector<Commitment> commitments;
    QVector<Realisation> realisations;
    QVector<Review> reviews;
    QString notes;

    // Whether the agreement was in force on a date: signed, running or since ended, between its
    // start and its end. Never while in preparation, and never once broken off (the register does
    // not know when it broke, so it claims nothing for it).
    bool inForceAt(const QDate &at) const;
    // Whether it had begun by a date and counts for progress: running, signed or since ended,
    // not in preparation or broken off (its unmet commitments of an ended one are overdue).
    bool begunBy(const QDate &at) const;
};

} // namespace akkoord
