#include "store/postgres/pgconnection.h"
#include "store/postgres/pgstore.h"
#include "store/regionserver.h"
#include "store/storecopy.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>

// The regional database's schema and its administration: who belongs to which municipality.
namespace akkoord {

namespace {

QAtomicInteger<int> adminCounter;

// The schema at version 4 (the same data as SQLite's schema 4). Every table carries its
// municipality, so that one rule decides every change: the current login must be a member of
// that municipality (table members, read on current_user). FORCE makes the rule hold for the
// tables' owner too; the owner gets its own policy, for the administration.
const char *const Tables = R"(
CREATE TABLE akkoord.meta (
    key text PRIMARY KEY,
    value text NOT NULL
);
CREATE TABLE akkoord.cases (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid text NOT NULL UNIQUE,
    name text NOT NULL,
    cbs_code text NOT NULL DEFAULT '',
    region text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL,
    modified_at timestamptz NOT NULL,
    deleted_at timestamptz
);
CREATE INDEX cases_name ON akkoord.cases (lower(name));
CREATE TABLE akkoord.members (
    login name NOT NULL,
    case_id bigint NOT NULL REFERENCES akkoord.cases (id) ON DELETE CASCADE,
    PRIMARY KEY (login, case_id)
);
CREATE TABLE akkoord.scenarios (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid text NOT NULL UNIQUE,
    case_id bigint NOT NULL REFERENCES akkoord.cases (id) ON DELETE CASCADE,
    title text NOT NULL,
    answers text NOT NULL,
    notes text NOT NULL DEFAULT '',
    knowledge_version text NOT NULL DEFAULT '',
    revision integer NOT NULL,
    is_baseline boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL,
    modified_at timestamptz NOT NULL,
    deleted_at timestamptz,
    UNIQUE (id, case_id)
);
CREATE INDEX scenarios_browse ON akkoord.scenarios (case_id, is_baseline, lower(title));
CREATE UNIQUE INDEX scenarios_one_baseline ON akkoord.scenarios (case_id)
    WHERE is_baseline AND deleted_at IS NULL;
CREATE TABLE akkoord.scenario_revisions (
    scenario_id bigint NOT NULL,
    case_id bigint NOT NULL,
    revision integer NOT NULL,
    title text NOT NULL,
    answers text NOT NULL,
    notes text NOT NULL DEFAULT '',
    knowledge_version text NOT NULL DEFAULT '',
    saved_at timestamptz NOT NULL,
    PRIMARY KEY (scenario_id, revision),
    FOREIGN KEY (scenario_id, case_id) REFERENCES akkoord.scenarios (id, case_id)
        ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE akkoord.agreements (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid text NOT NULL UNIQUE,
    case_id bigint NOT NULL REFERENCES akkoord.cases (id) ON DELETE CASCADE,
    title text NOT NULL,
    kind text NOT NULL,
    status text NOT NULL,
    start_date text NOT NULL,
    body text NOT NULL,
    revision integer NOT NULL,
    created_at timestamptz NOT NULL,
    modified_at timestamptz NOT NULL,
    deleted_at timestamptz,
    UNIQUE (id, case_id)
);
CREATE INDEX agreements_case ON akkoord.agreements (case_id, start_date);
CREATE TABLE akkoord.agreement_revisions (
    agreement_id bigint NOT NULL,
    case_id bigint NOT NULL,
    revision integer NOT NULL,
    body text NOT NULL,
    saved_at timestamptz NOT NULL,
    PRIMARY KEY (agreement_id, revision),
    FOREIGN KEY (agreement_id, case_id) REFERENCES akkoord.agreements (id, case_id)
        ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE FUNCTION akkoord.is_member() RETURNS boolean LANGUAGE sql STABLE AS
    $$ SELECT EXISTS (SELECT 1 FROM akkoord.members WHERE login = current_user) $$;
CREATE FUNCTION akkoord.may_edit(municipality bigint) RETURNS boolean LANGUAGE sql STABLE AS
    $$ SELECT EXISTS (SELECT 1 FROM akkoord.members
                      WHERE login = current_user AND case_id = municipality) $$;
CREATE FUNCTION akkoord.announce_change() RETURNS trigger LANGUAGE plpgsql AS
    $$ BEGIN PERFORM pg_notify('akkoord_changed', TG_TABLE_NAME); RETURN NULL; END $$;
)";

// Each table and the column that names its municipality.
const QList<QPair<QString, QString>> GuardedTables = {
    {QStringLiteral("cases"), QStringLiteral("id")},
    {QStringLiteral("scenarios"), QStringLiteral("case_id")},
    {QStringLiteral("scenario_revisions"), QStringLiteral("case_id")},
    {QStringLiteral("agreements"), QStringLiteral("case_id")},
    {QStringLiteral("agreement_revisions"), QStringLiteral("case_id")},
};

QStringList policyStatements(const QString &owner)
{
    QStringList out;
    for (const QString &table : {QStringLiteral("meta"), QStringLiteral("members")}) {
        out << QStringLiteral("ALTER TABLE akkoord.%1 ENABLE ROW LEVEL SECURITY").arg(table)
            << QStringLiteral("ALTER TABLE akkoord.%1 FORCE ROW LEVEL SECURITY").arg(table)
            << QStringLiteral("CREATE POLICY owner_all ON akkoord.%1 FOR ALL TO %2 USING (true) "
                              "WITH CHECK (true)")
                   .arg(table, owner)
            << QStringLiteral("CREATE POLICY member_read ON akkoord.%1 FOR SELECT USING (true)")
                   .arg(table);
    }
    for (const auto &[table, column] : GuardedTables) {
        out << QStringLiteral("ALTER TABLE akkoord.%1 ENABLE ROW LEVEL SECURITY").arg(table)
            << QStringLiteral("ALTER TABLE akkoord.%1 FORCE ROW LEVEL SECURITY").arg(table)
            << QStringLiteral("CREATE POLICY owner_all ON akkoord.%1 FOR ALL TO %2 USING (true) "
                              "WITH CHECK (true)")
                   .arg(table, owner)
            << QStringLiteral("CREATE POLICY member_read ON akkoord.%1 FOR SELECT "
                              "USING (akkoord.is_member())")
                   .arg(table)
            << QStringLiteral("CREATE POLICY member_update ON akkoord.%1 FOR UPDATE "
                              "USING (akkoord.may_edit(%2)) WITH CHECK (akkoord.may_edit(%2))")
                   .arg(table, column)
            << QStringLiteral("CREATE POLICY member_delete ON akkoord.%1 FOR DELETE "
                              "USING (akkoord.may_edit(%2))")
                   .arg(table, column);
        // Municipalities are added by the owner only (server add-municipality).
        if (table != QLatin1String("cases")) {
            out << QStringLiteral("CREATE POLICY member_insert ON akkoord.%1 FOR INSERT "
                                  "WITH CHECK (akkoord.may_edit(%2))")
                       .arg(table, column);
        }
    }
    for (const QString &table :
         {QStringLiteral("cases"), QStringLiteral("scenarios"), QStringLiteral("agreements")}) {
        out << QStringLiteral("CREATE TRIGGER %1_changed AFTER INSERT OR UPDATE OR DELETE ON "
                              "akkoord.%1 FOR EACH STATEMENT EXECUTE FUNCTION "
                              "akkoord.announce_change()")
                   .arg(table);
    }
    // Nobody but the owner and the members granted one by one: no public access.
    out << QStringLiteral("REVOKE ALL ON SCHEMA akkoord FROM PUBLIC");
    return out;
}

// A connection of the administration's own, closed when it goes.
class AdminConnection
{
public:
    AdminConnection()
        : m_name(QStringLiteral("akkoord-admin-%1").arg(adminCounter.fetchAndAddRelaxed(1)))
    {
    }
    ~AdminConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen()) {
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Error open(const QString &address)
    {
        const Result<pg::Address> parsed = pg::parseAddress(address);
        if (!parsed.ok()) {
            return parsed.error();
        }
        m_where = parsed.value().display();
        return pg::Connection::open(parsed.value(), m_name, false);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    // Runs each statement; the first failure is the error.
    Error run(const QStringList &statements, const QString &what)
    {
        QSqlQuery q(db());
        for (const QString &sql : statements) {
            if (!q.exec(sql)) {
                return pg::Connection::queryError(q.lastError(), what, m_where);
            }
        }
        return {};
    }
    Error fail(const QSqlQuery &q, const QString &what) const
    {
        return pg::Connection::queryError(q.lastError(), what, m_where);
    }
    Error fail(ErrorKind kind, const QString &message) const
    {
        Error e;
        e.kind = kind;
        e.message = message;
        e.file = m_where;
        return e;
    }
    QString quotedIdentifier(const QString &name)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT quote_ident(?)"));
        q.addBindValue(name);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

private:
    QString m_name;
    QString m_where;
};

// The municipality of the region at address, by CBS code (GM followed by four digits) or by
// name: what grant and revoke take.
Result<CaseRecord> municipality(const QString &address, const QString &text)
{
    static const QRegularExpression code(QStringLiteral("^GM\\d{4}$"),
                                         QRegularExpression::CaseInsensitiveOption);
    auto opened = ScenarioStore::open(address);
    if (!opened.ok()) {
        return opened.error();
    }
    return code.match(text.trimmed()).hasMatch()
               ? opened.value()->findCase(text, text.trimmed().toUpper())
               : opened.value()->findCase(text);
}

} // namespace

Result<RegionServer::Setup> RegionServer::init(const QString &address, const QString &region)
{
    AdminConnection admin;
    if (const Error e = admin.open(address); e.isError()) {
        return e;
    }
    QSqlQuery q(admin.db());
    if (!q.exec(QStringLiteral("SELECT to_regclass('akkoord.meta') IS NOT NULL")) || !q.next()) {
        return admin.fail(q, tr("setting up the region"));
    }
    if (q.value(0).toBool()) {
        if (!q.exec(
                QStringLiteral("SELECT value FROM akkoord.meta WHERE key = 'schema_version'")) ||
            !q.next()) {
            return admin.fail(q, tr("setting up the region"));
        }
        const int version = q.value(0).toInt();
        if (version > PgStore::ServerSchemaVersion) {
            return admin.fail(ErrorKind::NewerDatabase,
                              tr("the region was set up by a newer Akkoord (schema %1); "
                                 "nothing was changed")
                                  .arg(version));
        }
        if (!region.trimmed().isEmpty()) {
            q.prepare(QStringLiteral("UPDATE akkoord.meta SET value = ? WHERE key = 'region'"));
            q.addBindValue(region.trimmed());
            if (!q.exec()) {
                return admin.fail(q, tr("setting up the region"));
            }
        }
        // Version 4 is the first the server knows; later versions add their steps here, run in
        // one transaction as SQLite's migrations are.
        return Setup::Current;
    }
    const QString owner = admin.quotedIdentifier(pg::Connection::currentUser(admin.db()));
    QStringList statements{QStringLiteral("BEGIN"), QStringLiteral("CREATE SCHEMA akkoord")};
    for (const QString &statement :
         QString::fromLatin1(Tables).split(QLatin1String(";\n"), Qt::SkipEmptyParts)) {
        if (!statement.trimmed().isEmpty()) {
            statements << statement;
        }
    }
    statements << policyStatements(owner);
    if (const Error e = admin.run(statements, tr("setting up the region")); e.isError()) {
        admin.run({QStringLiteral("ROLLBACK")}, QString());
        return e;
    }
    q.prepare(QStringLiteral("INSERT INTO akkoord.meta (key, value) VALUES ('application', "
                             "'akkoord'), ('schema_version', ?), ('identity', "
                             "gen_random_uuid()::text), ('region', ?)"));
    q.addBindValue(QString::number(PgStore::ServerSchemaVersion));
    q.addBindValue(region.trimmed());
    if (!q.exec() || !q.exec(QStringLiteral("COMMIT"))) {
        const Error e = admin.fail(q, tr("setting up the region"));
        admin.run({QStringLiteral("ROLLBACK")}, QString());
        return e;
    }
    return Setup::Created;
}

Result<CaseRecord> RegionServer::addMunicipality(const QString &address, const QString &name,
                                                 const QString &cbsCode)
{
    auto opened = ScenarioStore::open(address);
    if (!opened.ok()) {
        return opened.error();
    }
    ScenarioStore &store = *opened.value();
    const Result<CaseRecord> existing = store.findCase(name, cbsCode);
    if (existing.ok() || existing.error().kind != ErrorKind::NotFound) {
        return existing;
    }
    AdminConnection admin;
    if (const Error e = admin.open(address); e.isError()) {
        return e;
    }
    QSqlQuery q(admin.db());
    const QString region = q.exec(QStringLiteral("SELECT value FROM akkoord.meta WHERE key = "
                                                 "'region'")) &&
                                   q.next()
                               ? q.value(0).toString()
                               : QString();
    return store.createCase(name, cbsCode, region);
}

Error RegionServer::grant(const QString &address, const QString &login, const QString &name)
{
    const Result<CaseRecord> found = municipality(address, name);
    if (!found.ok()) {
        return found.error();
    }
    AdminConnection admin;
    if (const Error e = admin.open(address); e.isError()) {
        return e;
    }
    QSqlQuery q(admin.db());
    q.prepare(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(login);
    if (!q.exec()) {
        return admin.fail(q, tr("adding a member"));
    }
    if (!q.next()) {
        return admin.fail(ErrorKind::NotFound,
                          tr("the server has no login “%1”; create it first (createuser "
                             "--pwprompt %1), then grant it again")
                              .arg(login));
    }
    const QString role = admin.quotedIdentifier(login);
    const QString database = admin.quotedIdentifier(admin.db().databaseName());
    if (const Error e = admin.run({QStringLiteral("BEGIN")}, tr("adding a member")); e.isError()) {
        return e;
    }
    q.prepare(QStringLiteral("INSERT INTO akkoord.members (login, case_id) VALUES (?, ?) "
                             "ON CONFLICT DO NOTHING"));
    q.addBindValue(login);
    q.addBindValue(found.value().id);
    Error e = q.exec() ? Error() : admin.fail(q, tr("adding a member"));
    if (!e.isError()) {
        // Reading every table and changing the guarded ones; which rows is the policies'
        // business. Never TRUNCATE (it would pass by the policies), never the membership.
        e = admin.run(
            {QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(database, role),
             QStringLiteral("GRANT USAGE ON SCHEMA akkoord TO %1").arg(role),
             QStringLiteral("GRANT SELECT ON akkoord.meta, akkoord.members TO %1").arg(role),
             QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON akkoord.cases, "
                            "akkoord.scenarios, akkoord.scenario_revisions, akkoord.agreements, "
                            "akkoord.agreement_revisions TO %1")
                 .arg(role),
             QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA akkoord TO %1")
                 .arg(role),
             QStringLiteral("COMMIT")},
            tr("adding a member"));
    }
    if (e.isError()) {
        admin.run({QStringLiteral("ROLLBACK")}, QString());
    }
    return e;
}

Error RegionServer::revoke(const QString &address, const QString &login, const QString &name)
{
    const Result<CaseRecord> found = municipality(address, name);
    if (!found.ok()) {
        return found.error();
    }
    AdminConnection admin;
    if (const Error e = admin.open(address); e.isError()) {
        return e;
    }
    if (const Error e = admin.run({QStringLiteral("BEGIN")}, tr("removing a member"));
        e.isError()) {
        return e;
    }
    QSqlQuery q(admin.db());
    q.prepare(QStringLiteral("DELETE FROM akkoord.members WHERE login = ? AND case_id = ?"));
    q.addBindValue(login);
    q.addBindValue(found.value().id);
    Error e = q.exec() ? Error() : admin.fail(q, tr("removing a member"));
    if (!e.isError() && q.numRowsAffected() == 0) {
        e = admin.fail(ErrorKind::NotFound,
                       tr("“%1” is not a member of %2").arg(login, found.value().name));
    }
    if (!e.isError()) {
        q.prepare(QStringLiteral("SELECT count(*) FROM akkoord.members WHERE login = ?"));
        q.addBindValue(login);
        if (!q.exec() || !q.next()) {
            e = admin.fail(q, tr("removing a member"));
        } else if (q.value(0).toInt() == 0) {
            const QString role = admin.quotedIdentifier(login);
            e = admin.run(
                {QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA akkoord FROM %1").arg(role),
                 QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA akkoord FROM %1").arg(role),
                 QStringLiteral("REVOKE USAGE ON SCHEMA akkoord FROM %1").arg(role),
                 QStringLiteral("REVOKE CONNECT ON DATABASE %1 FROM %2")
                     .arg(admin.quotedIdentifier(admin.db().databaseName()), role)},
                tr("removing a member"));
        }
    }
    if (!e.isError()) {
        e = admin.run({QStringLiteral("COMMIT")}, tr("removing a member"));
    }
    if (e.isError()) {
        admin.run({QStringLiteral("ROLLBACK")}, QString());
    }
    return e;
}

Result<QVector<RegionServer::Member>> RegionServer::members(const QString &address)
{
    AdminConnection admin;
    if (const Error e = admin.open(address); e.isError()) {
        return e;
    }
    QSqlQuery q(admin.db());
    if (!q.exec(QStringLiteral("SELECT m.login, c.id, c.name, c.cbs_code FROM akkoord.members m "
                               "JOIN akkoord.cases c ON c.id = m.case_id "
                               "ORDER BY lower(c.name), m.login"))) {
        return admin.fail(q, tr("reading the members"));
    }
    QVector<Member> out;
    while (q.next()) {
        out << Member{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                      q.value(3).toString()};
    }
    return out;
}

Error PgStore::backup(const QString &target) const
{
    if (QFileInfo::exists(target)) {
        return error(ErrorKind::Duplicate,
                     tr("“%1” exists already; a backup never overwrites a file").arg(target));
    }
    auto opened = ScenarioStore::open(target);
    if (!opened.ok()) {
        return opened.error();
    }
    const Result<CopyCounts> copied = copyStore(*this, *opened.value());
    if (!copied.ok()) {
        opened.value().reset();
        QFile::remove(target);
        return copied.error();
    }
    return {};
}

} // namespace akkoord
