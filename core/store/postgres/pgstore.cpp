#include "store/postgres/pgstore.h"

#include "store/postgres/pgconnection.h"
#include "store/sql/sqlrows.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>

// The PostgreSQL backend's queries: cases, scenarios and their revisions, the trash. Every row
// carries its municipality (case_id), which the server's policies check on every change.
namespace akkoord {

using namespace sql;

namespace {

QAtomicInteger<int> connectionCounter;

QString scenarioColumns()
{
    return QStringLiteral("id, uuid, case_id, title, answers, notes, knowledge_version, revision, "
                          "is_baseline::int, %1, %2, %3")
        .arg(pg::timeColumn(QStringLiteral("created_at")),
             pg::timeColumn(QStringLiteral("modified_at")),
             pg::timeColumn(QStringLiteral("deleted_at")));
}

QString caseColumns(bool counted)
{
    return QStringLiteral("c.id, c.uuid, c.name, c.cbs_code, c.region, %1, %2, %3, %4")
        .arg(pg::timeColumn(QStringLiteral("c.created_at")),
             pg::timeColumn(QStringLiteral("c.modified_at")),
             pg::timeColumn(QStringLiteral("c.deleted_at")),
             counted ? QStringLiteral("(SELECT count(*) FROM scenarios s WHERE s.case_id = c.id "
                                      "AND s.deleted_at IS NULL)")
                     : QStringLiteral("-1"));
}

void bindAll(QSqlQuery &q, std::initializer_list<QVariant> values)
{
    for (const QVariant &v : values) {
        q.addBindValue(v);
    }
}

} // namespace

PgStore::PgStore(QString display, StoreOptions options, QString connection)
    : m_display(std::move(display)), m_options(std::move(options)),
      m_connection(std::move(connection))
{
}

PgStore::~PgStore()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        if (database.isOpen()) {
            database.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<ScenarioStore>> PgStore::open(const QString &address,
                                                     const StoreOptions &options)
{
    const Result<pg::Address> parsed = pg::parseAddress(address);
    if (!parsed.ok()) {
        return parsed.error();
    }
    const QString name =
        QStringLiteral("akkoord-pg-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<PgStore> store(new PgStore(parsed.value().display(), options, name));
    store->m_address = std::make_shared<pg::Address>(parsed.value());
    if (const Error e = pg::Connection::open(parsed.value(), name, options.readOnly); e.isError()) {
        return e;
    }
    if (const Error e = store->readIdentity(); e.isError()) {
        return e;
    }
    return std::unique_ptr<ScenarioStore>(std::move(store));
}

Error PgStore::readIdentity()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT to_regclass('akkoord.meta') IS NOT NULL")) || !q.next()) {
        return error(q, tr("opening the database"));
    }
    if (!q.value(0).toBool()) {
        return error(ErrorKind::NotADatabase,
                     tr("the database holds no Akkoord region yet; its owner sets it up with "
                        "“akkoord-cli server init --db ADDRESS --region NAME”"));
    }
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta"))) {
        return error(q, tr("opening the database"));
    }
    QHash<QString, QString> meta;
    while (q.next()) {
        meta.insert(q.value(0).toString(), q.value(1).toString());
    }
    if (meta.value(QStringLiteral("application")) != QLatin1String("akkoord")) {
        return error(ErrorKind::NotADatabase,
                     tr("this database is not an Akkoord region; nothing was changed"));
    }
    m_version = meta.value(QStringLiteral("schema_version")).toInt();
    if (m_version > ServerSchemaVersion) {
        return error(ErrorKind::NewerDatabase,
                     tr("the regional database was set up by a newer Akkoord (schema %1, this "
                        "program knows %2); nothing was changed. Install the newer Akkoord")
                         .arg(m_version)
                         .arg(ServerSchemaVersion));
    }
    if (m_version < ServerSchemaVersion) {
        return error(ErrorKind::OlderDatabase,
                     tr("the regional database is of an older Akkoord (schema %1, this program "
                        "needs %2); nothing was changed. Its owner upgrades it with "
                        "“akkoord-cli server init”")
                         .arg(m_version)
                         .arg(ServerSchemaVersion));
    }
    m_identity = meta.value(QStringLiteral("identity"));
    m_account = pg::Connection::currentUser(db());
    return {};
}

QSqlDatabase PgStore::db() const
{
    QSqlDatabase database = QSqlDatabase::database(m_connection, false);
    if (m_lost && m_transactionDepth == 0) {
        // The server went away under an earlier query: connect again before the next one, so
        // that the user's retry works once the server is back.
        database.close();
        if (database.open()) {
            QSqlQuery q(database);
            q.exec(pg::Connection::sessionSetup(m_options.readOnly));
            m_lost = false;
        }
    }
    return database;
}

Error PgStore::error(ErrorKind kind, const QString &message) const
{
    Error e;
    e.kind = kind;
    e.file = m_display;
    e.message = message;
    return e;
}

Error PgStore::error(const QSqlQuery &query, const QString &what) const
{
    const QSqlError failed = query.lastError();
    bool lost = pg::Connection::isConnectionLost(failed);
    if (!lost && failed.nativeErrorCode().isEmpty()) {
        // No SQLSTATE: not the server's answer. Whether the connection is still there decides
        // (in a failed transaction the server answers the probe with an SQLSTATE of its own).
        QSqlQuery probe(QSqlDatabase::database(m_connection, false));
        lost = !probe.exec(QStringLiteral("SELECT 1")) &&
               probe.lastError().nativeErrorCode().isEmpty();
    }
    m_lost = m_lost || lost;
    return pg::Connection::queryError(failed, what, m_display, lost);
}

QString PgStore::now() const
{
    return m_options.clock().toUTC().toString(Qt::ISODateWithMs);
}

bool PgStore::watchChanges(QObject *context, const std::function<void()> &changed)
{
    QSqlDriver *driver = db().driver();
    if (!driver || !driver->subscribeToNotification(QLatin1String(pg::Channel))) {
        return false;
    }
    QObject::connect(
        driver, &QSqlDriver::notification, context,
        [changed](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
            if (source == QSqlDriver::OtherSource) {
                changed();
            }
        });
    return true;
}

Error PgStore::transaction(const std::function<Error()> &work)
{
    if (m_transactionDepth > 0) {
        return work();
    }
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("BEGIN"))) {
        return error(q, tr("starting a transaction"));
    }
    ++m_transactionDepth;
    Error result = work();
    --m_transactionDepth;
    if (!result.isError() && !q.exec(QStringLiteral("COMMIT"))) {
        result = error(q, tr("saving"));
    }
    if (result.isError()) {
        QSqlQuery rollback(db());
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
    return result;
}

bool PgStore::mayEdit(qint64 caseId) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT pg_has_role(current_user, (SELECT nspowner FROM "
                             "pg_namespace WHERE nspname = 'akkoord'), 'MEMBER') OR "
                             "(SELECT rolbypassrls OR rolsuper FROM pg_roles WHERE rolname = "
                             "current_user) OR may_edit(?)"));
    q.addBindValue(caseId);
    return q.exec() && q.next() && q.value(0).toBool();
}

Error PgStore::refused(qint64 caseId, const QString &conflict) const
{
    if (!mayEdit(caseId)) {
        return error(ErrorKind::NotPermitted,
                     tr("the regional database refused this change for your account "
                        "(“%1”): it belongs to another municipality, and you can change only the "
                        "work of your own; nothing was changed")
                         .arg(m_account));
    }
    return error(ErrorKind::Conflict, conflict);
}

bool PgStore::wasUsed(const char *table, qint64 id) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ? <= coalesce((SELECT last_value FROM %1_id_seq WHERE "
                             "is_called), 0)")
                  .arg(QLatin1String(table)));
    q.addBindValue(id);
    return q.exec() && q.next() && q.value(0).toBool();
}

Result<CaseRecord> PgStore::createCase(const QString &name, const QString &cbsCode,
                                       const QString &region)
{
    if (name.trimmed().isEmpty()) {
        return error(ErrorKind::WrongType, tr("a municipality needs a name"));
    }
    qint64 id = 0;
    const Error e = transaction([&]() -> Error {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO cases (uuid, name, cbs_code, region, created_at, "
                                 "modified_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
        const QString t = now();
        bindAll(q, {newUuid(), text(name.trimmed()), text(cbsCode.trimmed()),
                    text(region.trimmed()), t, t});
        if (!q.exec() || !q.next()) {
            return error(q, tr("saving the municipality"));
        }
        id = q.value(0).toLongLong();
        return {};
    });
    if (e.isError()) {
        if (e.kind == ErrorKind::NotPermitted) {
            return error(ErrorKind::NotPermitted,
                         tr("only the regional database's manager adds municipalities "
                            "(akkoord-cli server add-municipality); nothing was changed"));
        }
        return e;
    }
    return caseById(id);
}

Result<CaseRecord> PgStore::updateCase(qint64 id, const QString &name, const QString &cbsCode,
                                       const QString &region)
{
    if (name.trimmed().isEmpty()) {
        return error(ErrorKind::WrongType, tr("a municipality needs a name"));
    }
    const Error e = transaction([&]() -> Error {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("UPDATE cases SET name = ?, cbs_code = ?, region = ?, "
                                 "modified_at = ? WHERE id = ?"));
        bindAll(q,
                {text(name.trimmed()), text(cbsCode.trimmed()), text(region.trimmed()), now(), id});
        if (!q.exec()) {
            return error(q, tr("saving the municipality"));
        }
        if (q.numRowsAffected() == 0) {
            const Result<CaseRecord> exists = caseById(id);
            return exists.ok() ? refused(id, QString()) : exists.error();
        }
        return {};
    });
    if (e.isError()) {
        return e;
    }
    return caseById(id);
}

Result<CaseRecord> PgStore::caseById(qint64 id) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM cases c WHERE c.id = ?").arg(caseColumns(true)));
    q.addBindValue(id);
    if (!q.exec()) {
        return error(q, tr("reading the municipality"));
    }
    if (!q.next()) {
        return error(ErrorKind::NotFound, tr("municipality %1 does not exist").arg(id));
    }
    return caseFrom(q);
}

Result<QVector<CaseRecord>> PgStore::cases(const QString &filter, bool includeDeleted,
                                           Counting counting) const
{
    // The list the program opens with: without a filter it has no value to bind and goes as
    // one statement (a prepared one costs three round trips: prepare, execute, free).
    QString sql =
        QStringLiteral("SELECT %1 FROM cases c%2")
            .arg(caseColumns(counting == Counting::Exact),
                 includeDeleted ? QString() : QStringLiteral(" WHERE c.deleted_at IS NULL"));
    const QString needle = filter.trimmed();
    if (!needle.isEmpty()) {
        sql += includeDeleted ? QStringLiteral(" WHERE") : QStringLiteral(" AND");
        sql += QStringLiteral(" (c.name ILIKE ? OR c.cbs_code ILIKE ? OR c.region ILIKE ?)");
    }
    sql += QStringLiteral(" ORDER BY lower(c.name), c.id");
    QSqlQuery q(db());
    bool done = false;
    if (needle.isEmpty()) {
        done = q.exec(sql);
    } else {
        q.prepare(sql);
        const QString pattern = likePattern(needle);
        for (int i = 0; i < 3; ++i) {
            q.addBindValue(pattern);
        }
        done = q.exec();
    }
    if (!done) {
        return error(q, tr("reading the municipalities"));
    }
    QVector<CaseRecord> out;
    while (q.next()) {
        out.append(caseFrom(q));
    }
    return out;
}

Result<int> PgStore::countScenarios(int limit, qint64 caseId) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM scenarios WHERE (? = 0 OR "
                             "case_id = ?) AND deleted_at IS NULL LIMIT ?) s"));
    bindAll(q, {caseId, caseId, limit});
    if (!q.exec() || !q.next()) {
        return error(q, tr("reading the scenarios"));
    }
    return q.value(0).toInt();
}

Result<CaseRecord> PgStore::findCase(const QString &name, const QString &cbsCode,
                                     bool includeDeleted) const
{
    QSqlQuery q(db());
    const bool byCode = !cbsCode.trimmed().isEmpty();
    q.prepare(QStringLiteral("SELECT %1 FROM cases c WHERE (? OR c.deleted_at IS NULL) AND %2 "
                             "ORDER BY c.id LIMIT 1")
                  .arg(caseColumns(true), byCode ? QStringLiteral("c.cbs_code = ?")
                                                 : QStringLiteral("lower(c.name) = lower(?)")));
    q.addBindValue(includeDeleted);
    q.addBindValue(byCode ? cbsCode.trimmed() : name.trimmed());
    if (!q.exec()) {
        return error(q, tr("reading the municipalities"));
    }
    if (!q.next()) {
        return error(ErrorKind::NotFound, tr("municipality “%1” does not exist").arg(name));
    }
    return caseFrom(q);
}

Result<ScenarioRecord> PgStore::insertRevision(qint64 scenarioId, qint64 caseId, int baseRevision,
                                               const ScenarioContent &content)
{
    const QString t = now();
    const QString answers = encodeAnswers(content.answers);
    const int revision = baseRevision + 1;
    QSqlQuery q(db());
    // The revision check and the policy in one statement: exactly one row changes, or none.
    q.prepare(QStringLiteral("UPDATE scenarios SET title = ?, answers = ?, notes = ?, "
                             "knowledge_version = ?, revision = ?, modified_at = ? "
                             "WHERE id = ? AND revision = ?"));
    bindAll(q, {text(content.title), text(answers), text(content.notes),
                text(content.knowledgeVersion), revision, t, scenarioId, baseRevision});
    if (!q.exec()) {
        return error(q, tr("saving the scenario"));
    }
    if (q.numRowsAffected() != 1) {
        return refused(caseId, tr("“%1” was changed elsewhere while you edited it; nothing was "
                                  "overwritten. Reload it, or save yours as a copy")
                                   .arg(content.title));
    }
    q.prepare(QStringLiteral("INSERT INTO scenario_revisions (scenario_id, case_id, revision, "
                             "title, answers, notes, knowledge_version, saved_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    bindAll(q, {scenarioId, caseId, revision, text(content.title), text(answers),
                text(content.notes), text(content.knowledgeVersion), t});
    if (!q.exec()) {
        return error(q, tr("saving the scenario"));
    }
    q.prepare(QStringLiteral("UPDATE cases SET modified_at = ? WHERE id = ?"));
    bindAll(q, {t, caseId});
    if (!q.exec()) {
        return error(q, tr("saving the scenario"));
    }
    return scenario(scenarioId);
}

Result<ScenarioRecord> PgStore::createScenario(qint64 caseId, const ScenarioContent &content)
{
    if (content.title.trimmed().isEmpty()) {
        return error(ErrorKind::WrongType, tr("a scenario needs a title"));
    }
    Result<ScenarioRecord> result = error(ErrorKind::Internal, QString());
    const Error e = transaction([&]() -> Error {
        const Result<CaseRecord> owner = caseById(caseId);
        if (!owner.ok()) {
            return owner.error();
        }
        if (owner.value().deleted.isValid()) {
            return error(
                ErrorKind::NotFound,
                tr("municipality “%1” is in the trash; restore it first").arg(owner.value().name));
        }
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO scenarios (uuid, case_id, title, answers, notes, "
                                 "knowledge_version, revision, created_at, modified_at) "
                                 "VALUES (?, ?, ?, '{}', '', '', 0, ?, ?) RETURNING id"));
        const QString t = now();
        bindAll(q, {newUuid(), caseId, text(content.title), t, t});
        if (!q.exec() || !q.next()) {
            return error(q, tr("saving the scenario"));
        }
        result = insertRevision(q.value(0).toLongLong(), caseId, 0, content);
        return result.ok() ? Error() : result.error();
    });
    if (e.isError()) {
        return e;
    }
    return result;
}

Result<ScenarioRecord> PgStore::saveScenario(qint64 id, int baseRevision,
                                             const ScenarioContent &content)
{
    if (content.title.trimmed().isEmpty()) {
        return error(ErrorKind::WrongType, tr("a scenario needs a title"));
    }
    Result<ScenarioRecord> result = error(ErrorKind::Internal, QString());
    const Error e = transaction([&]() -> Error {
        const Result<ScenarioRecord> current = scenario(id);
        if (!current.ok() && current.error().kind == ErrorKind::NotFound &&
            wasUsed("scenarios", id)) {
            return removedConflict(Saved::Scenario, content.title, m_display);
        }
        if (!current.ok()) {
            return current.error();
        }
        const Result<CaseRecord> owner = caseById(current.value().caseId);
        if (!owner.ok()) {
            return owner.error();
        }
        if (!mayEdit(current.value().caseId)) {
            return refused(current.value().caseId, QString());
        }
        if (const Error stale =
                staleConflict(Saved::Scenario, current.value().content.title,
                              current.value().deleted.isValid() || owner.value().deleted.isValid(),
                              current.value().revision, baseRevision, m_display);
            stale.isError()) {
            return stale;
        }
        result = insertRevision(id, current.value().caseId, baseRevision, content);
        return result.ok() ? Error() : result.error();
    });
    if (e.isError()) {
        return e;
    }
    return result;
}

Result<ScenarioRecord> PgStore::scenario(qint64 id) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM scenarios WHERE id = ?").arg(scenarioColumns()));
    q.addBindValue(id);
    if (!q.exec()) {
        return error(q, tr("reading the scenario"));
    }
    if (!q.next()) {
        return error(ErrorKind::NotFound, tr("scenario %1 does not exist").arg(id));
    }
    return scenarioFrom(q);
}

Result<QVector<ScenarioRecord>> PgStore::scenarios(qint64 caseId, bool includeDeleted) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM scenarios WHERE case_id = ? AND (? OR deleted_at IS "
                             "NULL) ORDER BY is_baseline DESC, lower(title), id")
                  .arg(scenarioColumns()));
    bindAll(q, {caseId, includeDeleted});
    if (!q.exec()) {
        return error(q, tr("reading the scenarios"));
    }
    return recordsFrom(q);
}

Result<qint64> PgStore::baselineOf(qint64 caseId) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT id FROM scenarios WHERE case_id = ? AND is_baseline AND deleted_at IS NULL"));
    q.addBindValue(caseId);
    if (!q.exec()) {
        return error(q, tr("reading the scenarios"));
    }
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Error PgStore::forEachScenario(const Walk &walk, const Visitor &visit) const
{
    // The municipalities first, then each one's scenarios by a query of its own, read whole
    // before the visitor runs: the visitor may query the store, and a second query on a
    // PostgreSQL connection would cut short a result still being read row by row.
    QVector<CaseRecord> owners;
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT %1 FROM cases c WHERE ? = 0 OR c.id = ? ORDER BY c.id")
                      .arg(caseColumns(false)));
        bindAll(q, {walk.caseId, walk.caseId});
        if (!q.exec()) {
            return error(q, tr("reading the scenarios"));
        }
        while (q.next()) {
            CaseRecord owner = caseFrom(q);
            owner.scenarioCount = 0;
            owners.append(owner);
        }
    }
    const QString columns =
        walk.content ? scenarioColumns()
                     : QString(scenarioColumns())
                           .replace(QLatin1String("answers, notes"), QLatin1String("NULL, NULL"));
    for (const CaseRecord &owner : owners) {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT %1 FROM scenarios WHERE case_id = ? AND (? OR "
                                 "deleted_at IS NULL) ORDER BY is_baseline DESC, lower(title), id")
                      .arg(columns));
        bindAll(q, {owner.id, walk.includeDeleted});
        if (!q.exec()) {
            return error(q, tr("reading the scenarios"));
        }
        const QVector<ScenarioRecord> rows = recordsFrom(q);
        for (const ScenarioRecord &row : rows) {
            if (!visit(owner, row)) {
                return {};
            }
        }
    }
    return {};
}

Result<QVector<ScenarioSummary>> PgStore::scenarioSummaries(qint64 caseId) const
{
    // One statement, the id written into it (a number), as cases() does.
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT id, case_id, title, is_baseline::int FROM scenarios "
                               "WHERE case_id = %1 AND deleted_at IS NULL "
                               "ORDER BY is_baseline DESC, lower(title), id")
                    .arg(caseId))) {
        return error(q, tr("reading the scenarios"));
    }
    return summariesFrom(q);
}

Result<TitleIndex> PgStore::titleIndex() const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, case_id, title, is_baseline::int FROM scenarios "
                               "WHERE deleted_at IS NULL ORDER BY case_id, lower(title), id"))) {
        return error(q, tr("reading the scenarios"));
    }
    TitleIndex index;
    while (q.next()) {
        index.add(q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString().toUtf8(),
                  q.value(3).toInt() != 0);
    }
    if (q.lastError().isValid()) {
        return error(q, tr("reading the scenarios"));
    }
    index.squeeze();
    return index;
}

Result<QVector<Revision>> PgStore::history(qint64 scenarioId) const
{
    const Result<ScenarioRecord> exists = scenario(scenarioId);
    if (!exists.ok()) {
        return exists.error();
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT revision, title, answers, notes, knowledge_version, %1 "
                             "FROM scenario_revisions WHERE scenario_id = ? ORDER BY revision DESC")
                  .arg(pg::timeColumn(QStringLiteral("saved_at"))));
    q.addBindValue(scenarioId);
    if (!q.exec()) {
        return error(q, tr("reading the history"));
    }
    QVector<Revision> out;
    while (q.next()) {
        out.append(revisionFrom(q, 0));
    }
    return out;
}

Result<QVector<ScenarioStore::History>> PgStore::scenarioHistories(qint64 caseId) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT s.id, s.is_baseline::int, (s.deleted_at IS NOT NULL)::int, "
                             "r.revision, r.title, r.answers, r.notes, r.knowledge_version, %1, "
                             "s.uuid FROM scenarios s JOIN scenario_revisions r "
                             "ON r.scenario_id = s.id "
                             "WHERE s.case_id = ? ORDER BY s.id, r.revision")
                  .arg(pg::timeColumn(QStringLiteral("r.saved_at"))));
    q.addBindValue(caseId);
    if (!q.exec()) {
        return error(q, tr("reading the history"));
    }
    return historiesFrom(q);
}

Result<ScenarioRecord> PgStore::restoreRevision(qint64 scenarioId, int revision, int baseRevision)
{
    const Result<QVector<Revision>> revisions = history(scenarioId);
    if (!revisions.ok()) {
        return revisions.error();
    }
    for (const Revision &r : revisions.value()) {
        if (r.revision == revision) {
            return saveScenario(scenarioId, baseRevision, r.content);
        }
    }
    return error(ErrorKind::NotFound,
                 tr("scenario %1 has no revision %2").arg(scenarioId).arg(revision));
}

Result<ScenarioRecord> PgStore::setBaseline(qint64 scenarioId, bool baseline)
{
    const Error e = transaction([&]() -> Error {
        const Result<ScenarioRecord> s = scenario(scenarioId);
        if (!s.ok()) {
            return s.error();
        }
        if (!mayEdit(s.value().caseId)) {
            return refused(s.value().caseId, QString());
        }
        QSqlQuery q(db());
        if (baseline) {
            q.prepare(QStringLiteral(
                "UPDATE scenarios SET is_baseline = false WHERE case_id = ? AND is_baseline"));
            q.addBindValue(s.value().caseId);
            if (!q.exec()) {
                return error(q, tr("saving the baseline"));
            }
        }
        q.prepare(QStringLiteral("UPDATE scenarios SET is_baseline = ? WHERE id = ?"));
        bindAll(q, {baseline, scenarioId});
        if (!q.exec()) {
            return error(q, tr("saving the baseline"));
        }
        return {};
    });
    if (e.isError()) {
        return e;
    }
    return scenario(scenarioId);
}

Result<ScenarioRecord> PgStore::insertScenarioWithHistory(qint64 caseId,
                                                          const QVector<Revision> &revisions,
                                                          bool baseline, const QString &uuid)
{
    if (revisions.isEmpty()) {
        return error(ErrorKind::WrongType, tr("a scenario needs at least one revision"));
    }
    ScenarioRecord record;
    const Error e = transaction([&]() -> Error {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT 1 FROM cases WHERE id = ?"));
        q.addBindValue(caseId);
        if (!q.exec()) {
            return error(q, tr("saving the scenario"));
        }
        if (!q.next()) {
            return error(ErrorKind::NotFound, tr("municipality %1 does not exist").arg(caseId));
        }
        const Revision &last = revisions.last();
        const QDateTime clock = m_options.clock().toUTC();
        const auto moment = [&](const QDateTime &t) {
            // Stored to the millisecond, as the text it is read back from.
            const QDateTime m = t.isValid() ? t.toUTC() : clock;
            return QDateTime::fromMSecsSinceEpoch(m.toMSecsSinceEpoch(), Qt::UTC);
        };
        const auto time = [&](const QDateTime &t) { return moment(t).toString(Qt::ISODateWithMs); };
        const QString lastAnswers = encodeAnswers(last.content.answers);
        record.uuid = uuid.isEmpty() ? newUuid() : uuid;
        record.caseId = caseId;
        record.content = last.content;
        record.revision = last.revision;
        record.created = moment(revisions.first().saved);
        record.modified = moment(last.saved);
        q.prepare(QStringLiteral(
            "INSERT INTO scenarios (uuid, case_id, title, answers, notes, knowledge_version, "
            "revision, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        bindAll(q, {record.uuid, caseId, text(last.content.title), text(lastAnswers),
                    text(last.content.notes), text(last.content.knowledgeVersion), last.revision,
                    time(revisions.first().saved), time(last.saved)});
        if (!q.exec() || !q.next()) {
            return error(q, tr("saving the scenario"));
        }
        record.id = q.value(0).toLongLong();
        // All revisions in one statement: a round trip each would make a copy to a server
        // across the network as slow as its latency.
        QString sql = QStringLiteral("INSERT INTO scenario_revisions (scenario_id, case_id, "
                                     "revision, title, answers, notes, knowledge_version, "
                                     "saved_at) VALUES ");
        for (int i = 0; i < revisions.size(); ++i) {
            sql +=
                (i ? QStringLiteral(", ") : QString()) + QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)");
        }
        QSqlQuery insert(db());
        insert.prepare(sql);
        for (const Revision &r : revisions) {
            bindAll(insert,
                    {record.id, caseId, r.revision, text(r.content.title),
                     text(&r == &last ? lastAnswers : encodeAnswers(r.content.answers)),
                     text(r.content.notes), text(r.content.knowledgeVersion), time(r.saved)});
        }
        if (!insert.exec()) {
            return error(insert, tr("saving the scenario"));
        }
        return {};
    });
    if (e.isError()) {
        return e;
    }
    return baseline ? setBaseline(record.id, true) : Result<ScenarioRecord>(record);
}

Error PgStore::setDeleted(const char *table, qint64 id, bool deleted)
{
    const QLatin1String name(table);
    const QString missing =
        name == QLatin1String("cases")        ? tr("municipality %1 does not exist").arg(id)
        : name == QLatin1String("agreements") ? tr("agreement %1 does not exist").arg(id)
                                              : tr("scenario %1 does not exist").arg(id);
    return transaction([&]() -> Error {
        QSqlQuery q(db());
        const QString caseColumn =
            name == QLatin1String("cases") ? QStringLiteral("id") : QStringLiteral("case_id");
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(caseColumn, name));
        q.addBindValue(id);
        if (!q.exec()) {
            return error(q, tr("moving to the trash"));
        }
        if (!q.next()) {
            return error(ErrorKind::NotFound, missing);
        }
        const qint64 caseId = q.value(0).toLongLong();
        // A scenario in the trash is no longer anyone's baseline.
        const QString extra = (deleted && name == QLatin1String("scenarios"))
                                  ? QStringLiteral(", is_baseline = false")
                                  : QString();
        q.prepare(QStringLiteral("UPDATE %1 SET deleted_at = ?%2 WHERE id = ?").arg(name, extra));
        q.addBindValue(deleted ? QVariant(now()) : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(id);
        if (!q.exec()) {
            return error(q, tr("moving to the trash"));
        }
        if (q.numRowsAffected() == 0) {
            return refused(caseId, missing);
        }
        return {};
    });
}

Error PgStore::trashScenario(qint64 id)
{
    return setDeleted("scenarios", id, true);
}

Error PgStore::restoreScenario(qint64 id)
{
    return setDeleted("scenarios", id, false);
}

Error PgStore::trashCase(qint64 id)
{
    return setDeleted("cases", id, true);
}

Error PgStore::restoreCase(qint64 id)
{
    return setDeleted("cases", id, false);
}

Result<QVector<ScenarioRecord>> PgStore::trashedScenarios() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT %1 FROM scenarios WHERE deleted_at IS NOT NULL "
                               "ORDER BY deleted_at DESC, id DESC")
                    .arg(scenarioColumns()))) {
        return error(q, tr("reading the trash"));
    }
    return recordsFrom(q);
}

Result<ScenarioStore::Purged> PgStore::purgeTrash(const QDateTime &deletedBefore)
{
    const QString before = deletedBefore.toUTC().toString(Qt::ISODateWithMs);
    Purged purged;
    // Counted by what was deleted: the policies let each account delete only its own
    // municipalities' rows, and what it may not delete stays (and is not counted).
    const Error e = transaction([&]() -> Error {
        const auto purge = [&](const QString &sql, int *count) -> Error {
            QSqlQuery q(db());
            q.prepare(QStringLiteral("WITH d AS (%1 RETURNING 1) SELECT count(*) FROM d").arg(sql));
            for (int i = int(sql.count(QLatin1Char('?'))); i > 0; --i) {
                q.addBindValue(before);
            }
            if (!q.exec() || !q.next()) {
                return error(q, tr("emptying the trash"));
            }
            *count = q.value(0).toInt();
            return {};
        };
        const QString inTrashedCase =
            QStringLiteral("case_id IN (SELECT id FROM cases WHERE deleted_at < ?)");
        if (Error e = purge(QStringLiteral("DELETE FROM scenarios WHERE deleted_at < ? OR ") +
                                inTrashedCase,
                            &purged.scenarios);
            e.isError()) {
            return e;
        }
        if (Error e = purge(QStringLiteral("DELETE FROM agreements WHERE deleted_at < ? OR ") +
                                inTrashedCase,
                            &purged.agreements);
            e.isError()) {
            return e;
        }
        return purge(QStringLiteral("DELETE FROM cases WHERE deleted_at < ?"), &purged.cases);
    });
    if (e.isError()) {
        return e;
    }
    return purged;
}

Error PgStore::checkIntegrity(QStringList *problems, Depth depth, Checked *checked) const
{
    QSqlQuery q(db());
    const QStringList checks = {
        QStringLiteral("SELECT 'scenario ' || s.id || ' has no saved revision ' || s.revision "
                       "FROM scenarios s WHERE NOT EXISTS (SELECT 1 FROM scenario_revisions r "
                       "WHERE r.scenario_id = s.id AND r.revision = s.revision)"),
        QStringLiteral("SELECT 'agreement ' || a.id || ' has no saved revision ' || a.revision "
                       "FROM agreements a WHERE NOT EXISTS (SELECT 1 FROM agreement_revisions r "
                       "WHERE r.agreement_id = a.id AND r.revision = a.revision)"),
        QStringLiteral("SELECT 'municipality ' || c.id || ' has two baselines' FROM cases c "
                       "WHERE (SELECT count(*) FROM scenarios s WHERE s.case_id = c.id AND "
                       "s.is_baseline AND s.deleted_at IS NULL) > 1"),
    };
    for (const QString &sql : checks) {
        if (!q.exec(sql)) {
            return error(q, tr("checking the database"));
        }
        while (q.next()) {
            if (problems) {
                *problems << q.value(0).toString();
            }
        }
    }
    if (depth == Depth::Full) {
        const Result<QVector<AgreementRecord>> all = agreements(0, true);
        if (!all.ok()) {
            if (problems) {
                *problems << all.error().message;
            }
        }
    }
    if (checked) {
        if (q.exec(QStringLiteral("SELECT pg_database_size(current_database())")) && q.next()) {
            checked->fileBytes = q.value(0).toLongLong();
            checked->bytes = depth == Depth::Full ? checked->fileBytes : 0;
        }
    }
    return {};
}

} // namespace akkoord
