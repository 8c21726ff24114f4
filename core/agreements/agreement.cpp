#include "agreements/agreement.h"

#include <QRegularExpression>

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

std::optional<Period> Period::parse(const QString &text)
{
    static const QRegularExpression quarter(QStringLiteral(R"(^(\d{4})Q([1-4])$)"));
    static const QRegularExpression month(QStringLiteral(R"(^(\d{4})-(\d{2})$)"));
    if (const auto q = quarter.match(text); q.hasMatch()) {
        const int year = q.captured(1).toInt();
        const int first = (q.captured(2).toInt() - 1) * 3 + 1;
        const QDate start(year, first, 1);
        return Period{start, start.addMonths(3).addDays(-1), text};
    }
    if (const auto m = month.match(text); m.hasMatch()) {
        const QDate start(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        if (!start.isValid()) {
            return std::nullopt;
        }
        return Period{start, start.addMonths(1).addDays(-1), text};
    }
    return std::nullopt;
}

Period Period::quarterOf(const QDate &date)
{
    const int quarter = (date.month() - 1) / 3 + 1;
    return *parse(QStringLiteral("%1Q%2").arg(date.year()).arg(quarter));
}

} // namespace akkoord
