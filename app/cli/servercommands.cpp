#include "cli.h"

#include "store/regionserver.h"
#include "store/storecopy.h"

#include <QJsonArray>
#include <QJsonObject>

// The regional database's administration (server …) and copying a case base between databases
// (copy), both on the store's interface: the command line names no backend.
namespace akkoord {

int Cli::server()
{
    const QStringList args = m_parser.positionalArguments();
    const QString db = m_parser.value(QStringLiteral("db"));
    if (!ScenarioStore::isServerAddress(db)) {
        return fail(tr("“server” works on a regional database: give its address with --db "
                       "postgresql://user@server/database"));
    }
    const QString action = args.value(0);
    const auto arity = [&](int n) {
        if (args.size() != n + 1) {
            fail(tr("wrong number of arguments for “server %1”; see akkoord-cli --help")
                     .arg(action));
            return false;
        }
        return true;
    };
    if (action == QLatin1String("init")) {
        if (!arity(0)) {
            return m_failure;
        }
        const Result<RegionServer::Setup> setup =
            RegionServer::init(db, m_parser.value(QStringLiteral("region")));
        if (!setup.ok()) {
            return fail(setup.error());
        }
        m_out << (setup.value() == RegionServer::Setup::Created
                      ? tr("The region was set up in %1. Add municipalities with “server "
                           "add-municipality”, and people with “server grant”.")
                  : setup.value() == RegionServer::Setup::Upgraded
                      ? tr("The region in %1 was brought up to date.")
                      : tr("The region in %1 is up to date; nothing to do."))
                     .arg(db.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('@'), -1))
              << Qt::endl;
        return Done;
    }
    if (action == QLatin1String("add-municipality")) {
        if (!arity(1)) {
            return m_failure;
        }
        const Result<CaseRecord> added =
            RegionServer::addMunicipality(db, args.at(1), m_parser.value(QStringLiteral("cbs")));
        if (!added.ok()) {
            return fail(added.error());
        }
        m_out << tr("Municipality %1: %2").arg(added.value().id).arg(added.value().name)
              << Qt::endl;
        return Done;
    }
    if (action == QLatin1String("grant") || action == QLatin1String("revoke")) {
        if (!arity(2)) {
            return m_failure;
        }
        const bool grant = action == QLatin1String("grant");
        const Error e = grant ? RegionServer::grant(db, args.at(1), args.at(2))
                              : RegionServer::revoke(db, args.at(1), args.at(2));
        if (e.isError()) {
            return fail(e);
        }
        m_out << (grant ? tr("%1 may now change the work of %2.")
                        : tr("%1 may no longer change the work of %2."))
                     .arg(args.at(1), args.at(2))
              << Qt::endl;
        return Done;
    }
    if (action == QLatin1String("members")) {
        if (!arity(0) || !checkFormat({QStringLiteral("text"), QStringLiteral("json")})) {
            return m_failure;
        }
        const Result<QVector<RegionServer::Member>> members = RegionServer::members(db);
        if (!members.ok()) {
            return fail(members.error());
        }
        if (json()) {
            QJsonArray list;
            for (const RegionServer::Member &m : members.value()) {
                list.append(QJsonObject{{QStringLiteral("login"), m.login},
                                        {QStringLiteral("case"), m.caseId},
                                        {QStringLiteral("municipality"), m.municipality},
                                        {QStringLiteral("cbs_code"), m.cbsCode}});
            }
            return printJson(list);
        }
        for (const RegionServer::Member &m : members.value()) {
            m_out << m.login << '\t' << m.municipality
                  << (m.cbsCode.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m.cbsCode))
                  << Qt::endl;
        }
        if (members.value().isEmpty()) {
            m_out << tr("Nobody belongs to a municipality yet; add people with “server grant”.")
                  << Qt::endl;
        }
        return Done;
    }
    return fail(tr("unknown server command “%1”: init, add-municipality, grant, revoke or "
                   "members")
                    .arg(action));
}

int Cli::copy()
{
    const QString from = m_parser.value(QStringLiteral("from"));
    const QString to = m_parser.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty()) {
        return fail(tr("“copy” needs --from DB and --to DB (a file or postgresql://…)"));
    }
    StoreOptions reading;
    reading.readOnly = true;
    auto source = ScenarioStore::open(from, reading);
    if (!source.ok()) {
        return fail(source.error());
    }
    auto target = ScenarioStore::open(to);
    if (!target.ok()) {
        return fail(target.error());
    }
    if (source.value()->identity() == target.value()->identity() &&
        !source.value()->identity().isEmpty()) {
        return fail(tr("--from and --to are the same database; nothing was copied"));
    }
    const Result<CopyCounts> copied = copyStore(*source.value(), *target.value());
    if (!copied.ok()) {
        return fail(copied.error());
    }
    const CopyCounts &c = copied.value();
    m_out << tr("Copied %1 scenario(s) and %2 agreement(s) with %3 revision(s); %4 "
                "municipality(ies) added to %5.")
                 .arg(c.scenarios)
                 .arg(c.agreements)
                 .arg(c.revisions)
                 .arg(c.cases)
                 .arg(target.value()->path())
          << Qt::endl;
    if (c.skipped > 0) {
        m_out << tr("%n scenario(s) and agreement(s) were there already (from an earlier copy) "
                    "and were left as they are.",
                    "", c.skipped)
              << Qt::endl;
    }
    return Done;
}

} // namespace akkoord
