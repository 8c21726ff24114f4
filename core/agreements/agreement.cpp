#include "agreements/agreement.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace akkoord {

namespace agreements {

const QStringList &kinds()
{
    static const QStringList list{QStringLiteral("covenant"),
                                  QStringLiteral("summit_commitment"),
                                  QStringLiteral("individual"),
                                  QStringLiteral("sector_deal"),
                                  QStringLiteral("target_group_deal"),
                                  QStringLiteral("sroi_clause"),
                                  QStringLiteral("large_employer_deal"),
                                  QStringLiteral("work_corporation"),
                                  QStringLiteral("employer_network")};
    return list;
}

const QStringList &targetGroups()
{
    static const QStringList list{
        QStringLiteral("banenafspraak"), QStringLiteral("participatiewet"),
        QStringLiteral("jongeren"),      QStringLiteral("statushouders"),
        QStringLiteral("ouderen"),       QStringLiteral("other")};
    return list;
}

const QStringList &units()
{
    static const QStringList list{QStringLiteral("persons"), QStringLiteral("placements"),
                                  QStringLiteral("jobs_25_5h"), QStringLiteral("sroi_euro")};
    return list;
}

const QStringList &statuses()
{
    static const QStringList list{QStringLiteral("in_preparation"), QStringLiteral("signed"),
                                  QStringLiteral("running"), QStringLiteral("ended"),
                                  QStringLiteral("broken_off")};
    return list;
}

const QStringList &visibilities()
{
    static const QStringList list{QStringLiteral("public"), QStringLiteral("quiet")};
    return list;
}

} // namespace agreements

QString AgreementText::kind(const QString &id)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("covenant"), QT_TR_NOOP("Covenant")},
        {QStringLiteral("summit_commitment"), QT_TR_NOOP("Commitment at a work summit")},
        {QStringLiteral("individual"), QT_TR_NOOP("Individual agreement")},
        {QStringLiteral("sector_deal"), QT_TR_NOOP("Sector deal")},
        {QStringLiteral("target_group_deal"), QT_TR_NOOP("Target group deal")},
        {QStringLiteral("sroi_clause"), QT_TR_NOOP("SROI clause")},
        {QStringLiteral("large_employer_deal"), QT_TR_NOOP("Deal with a large employer")},
        {QStringLiteral("work_corporation"), QT_TR_NOOP("Work corporation")},
        {QStringLiteral("employer_network"), QT_TR_NOOP("Employer network")}};
    const char *name = names.value(id);
    return name ? tr(name) : id;
}

QString AgreementText::targetGroup(const QString &id)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("banenafspraak"), QT_TR_NOOP("Banenafspraak")},
        {QStringLiteral("participatiewet"), QT_TR_NOOP("Participatiewet")},
        {QStringLiteral("jongeren"), QT_TR_NOOP("Young people")},
        {QStringLiteral("statushouders"), QT_TR_NOOP("Status holders")},
        {QStringLiteral("ouderen"), QT_TR_NOOP("Older job seekers")},
        {QStringLiteral("other"), QT_TR_NOOP("Other")}};
    const char *name = names.value(id);
    return name ? tr(name) : id;
}

QString AgreementText::unit(const QString &id)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("persons"), QT_TR_NOOP("persons")},
        {QStringLiteral("placements"), QT_TR_NOOP("placements")},
        {QStringLiteral("jobs_25_5h"), QT_TR_NOOP("jobs of 25.5 hours")},
        {QStringLiteral("sroi_euro"), QT_TR_NOOP("euro SROI value")}};
    const char *name = names.value(id);
    return name ? tr(name) : id;
}

QString AgreementText::status(const QString &id)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("in_preparation"), QT_TR_NOOP("In preparation")},
        {QStringLiteral("signed"), QT_TR_NOOP("Signed")},
        {QStringLiteral("running"), QT_TR_NOOP("Running")},
        {QStringLiteral("ended"), QT_TR_NOOP("Ended")},
        {QStringLiteral("broken_off"), QT_TR_NOOP("Broken off")}};
    const char *name = names.value(id);
    return name ? tr(name) : id;
}

QString AgreementText::progress(const QString &id)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("on_track"), QT_TR_NOOP("on track")},
        {QStringLiteral("behind"), QT_TR_NOOP("behind")},
        {QStringLiteral("ahead"), QT_TR_NOOP("ahead")},
        {QStringLiteral("done"), QT_TR_NOOP("done")},
        {QStringLiteral("overdue"), QT_TR_NOOP("overdue")}};
    const char *name = names.value(id);
    return name ? tr(name) : id;
}

QString AgreementText::visibility(const QString &id)
{
    return id == QLatin1String("quiet") ? tr("Quiet") : tr("Public");
}

QString AgreementText::amount(double value, const QString &unit)
{
    const QLocale locale;
    const QString number = locale.toString(value, 'f', value == std::floor(value) ? 0 : 1);
    return QStringLiteral("%1 %2").arg(number, AgreementText::unit(unit));
}

std::optional<Period> Period::parse(const QString &text)
{
    // "2026Q3" or "2026-07", read by hand: every stored realisation passes here.
    const auto digits = [&text](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i) {
            const QChar c = text.at(i);
            if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
                return -1;
            }
            n = n * 10 + c.digitValue();
        }
        return n;
    };
    if (text.size() == 6 && text.at(4) == QLatin1Char('Q')) {
        const int year = digits(0, 4);
        const int quarter = digits(5, 1);
        if (year < FirstYear || year > LastYear || quarter < 1 || quarter > 4) {
            return std::nullopt;
        }
        const QDate start(year, (quarter - 1) * 3 + 1, 1);
        return Period{start, start.addMonths(3).addDays(-1), text};
    }
    if (text.size() == 7 && text.at(4) == QLatin1Char('-')) {
        const int year = digits(0, 4);
        const int month = digits(5, 2);
        const QDate start(year, month, 1);
        if (year < FirstYear || year > LastYear || month < 1 || !start.isValid()) {
            return std::nullopt;
        }
        return Period{start, start.addMonths(1).addDays(-1), text};
    }
    return std::nullopt;
}

bool Agreement::inForceAt(const QDate &at) const
{
    if (!start.isValid() || at < start || (end.isValid() && at > end)) {
        return false;
    }
    return status != QLatin1String("in_preparation") && status != QLatin1String("broken_off");
}

bool Agreement::begunBy(const QDate &at) const
{
    return start.isValid() && start <= at && status != QLatin1String("in_preparation") &&
           status != QLatin1String("broken_off");
}

Period Period::quarterOf(const QDate &date)
{
    const int quarter = (date.month() - 1) / 3 + 1;
    const QDate start(date.year(), (quarter - 1) * 3 + 1, 1);
    return Period{start, start.addMonths(3).addDays(-1),
                  QStringLiteral("%1Q%2").arg(date.year()).arg(quarter)};
}

} // namespace akkoord
