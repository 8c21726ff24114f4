#include "store/sqlite/sqlitestore.h"

#include "store/sqlite/sqliteinternal.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

// The SQLite backend's queries: cases, scenarios and their revisions, the title index (the trash
// is in sqlitetrash.cpp).
namespace akkoord {

using namespace sqlite;

Error SqliteStore::transaction(const std::function<Error()> &work)
{
    if (m_transactionDepth > 0) {
        return work();
    }
    QSqlQuery q(db());
    // IMMEDIATE takes the write lock up front, so two writers queue instead of deadlocking.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
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

QSqlQuery &SqliteStore::statement(const QString &sql)
{
    auto it = m_sql->statements.find(sql);
    if (it == m_sql->statements.end()) {
        it = m_sql->statements.insert(sql, QSqlQuery(db()));
        it->prepare(sql);
    }
    return *it;
}

sqlite::Statement &SqliteStore::rawStatement(const char *sql)
{
    auto it = m_sql->raw.find(QByteArray(sql));
    if (it == m_sql->raw.end()) {
        it = m_sql->raw.insert(QByteArray(sql), std::make_shared<Statement>(handleOf(db()), sql));
    }
    it.value()->reset();
    return *it.value();
}

Result<CaseRecord> SqliteStore::createCase(const QString &name, const QString &cbsCode,
                                           const QString &region)
{
    if (name.trimmed().isEmpty()) {
        return error(ErrorKind::WrongType, tr("a municipality needs a name"));
    }
    qint64 id = 0;
    const Error e = transaction([&]() -> Error {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO cases (uuid, name, cbs_code, region, created_at, "
                                 "modified_at) VALUES (?, ?, ?, ?, ?, ?)"));
        const QString t = now();
        for (const QVariant &v :
             {QVariant(newUuid()), text(name.trimmed()), text(cbsCode.trimmed()),
              text(region.trimmed()), QVariant(t), QVariant(t)}) {
            q.addBindValue(v);
        }
        if (!q.exec()) {
            return error(q, tr("saving the municipality"));
        }
        id = q.lastInsertId().toLongLong();
        return {};
    });
    if (e.isError()) {
        return e;
    }
    return caseById(id);
}

Result<CaseRecord> SqliteStore::updateCase(qint64 id, const QString &name, const QString &cbsCode,
                                           const QString &region)
{
    if (name.trimmed().isEmpty()) {
        return error(ErrorKind::WrongType, tr("a municipality needs a name"));
    }
    const Error e = transaction([&]() -> Error {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("UPDATE cases SET name = ?, cbs_code = ?, region = ?, "
                                 "modified_at = ? WHERE id = ?"));
        q.addBindValue(text(name.trimmed()));
        q.addBindValue(text(cbsCode.trimmed()));
        q.addBindValue(text(region.trimmed()));
        q.addBindValue(now());
        q.addBindValue(id);
        if (!q.exec()) {
            return error(q, tr("saving the municipality"));
        }
        if (q.numRowsAffected() == 0) {
            return error(ErrorKind::NotFound, tr("municipality %1 does not exist").arg(id));
        }
        return {};
    });
    if (e.isError()) {
        return e;
    }
    return caseById(id);
}

Result<CaseRecord> SqliteStore::caseById(qint64 id) const
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("SELECT %1 FROM cases c WHERE c.id = ?").arg(QLatin1String(CaseColumns)));
    q.addBindValue(id);
    if (!q.exec()) {
        return error(q, tr("reading the municipality"));
    }
    if (!q.next()) {
        return error(ErrorKind::NotFound, tr("municipality %1 does not exist").arg(id));
    }
    return caseFrom(q);
}

Result<QVector<CaseRecord>> SqliteStore::cases(const QString &filter, bool includeDeleted,
                                               Counting counting) const
{
    QString sql =
        QStringLiteral("SELECT %1 FROM cases c WHERE (? OR c.deleted_at IS NULL)")
            .arg(QLatin1String(counting == Counting::Exact ? CaseColumns : CaseColumnsUncounted));
    const QString needle = filter.trimmed();
    if (!needle.isEmpty()) {
        sql += QStringLiteral(" AND (c.name LIKE ? ESCAPE '\\' OR c.cbs_code LIKE ? ESCAPE '\\' "
                              "OR c.region LIKE ? ESCAPE '\\')");
    }
    sql += QStringLiteral(" ORDER BY c.name COLLATE NOCASE, c.id");
    QSqlQuery q(db());
    q.prepare(sql);
    q.addBindValue(includeDeleted ? 1 : 0);
    if (!needle.isEmpty()) {
        // The user's text is matched literally: % and _ are not wildcards here.
        const QString pattern = likePattern(needle);
        for (int i = 0; i < 3; ++i) {
            q.addBindValue(pattern);
        }
    }
    if (!q.exec()) {
        return error(q, tr("reading the municipalities"));
    }
    QVector<CaseRecord> out;
    while (q.next()) {
        out.append(caseFrom(q));
    }
    return out;
}

Result<int> SqliteStore::countScenarios(int limit, qint64 caseId) const
{
    // From the browse index alone, stopping at the limit; one municipality's from its own range
    // of the index (an "either" condition on the case would make SQLite scan from the start).
    QSqlQuery q(db());
    q.prepare(caseId == 0
                  ? QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM scenarios INDEXED BY "
                                   "scenarios_browse WHERE deleted_at IS NULL LIMIT ?)")
                  : QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM scenarios INDEXED BY "
                                   "scenarios_browse WHERE case_id = ? AND deleted_at IS NULL "
                                   "LIMIT ?)"));
    if (caseId != 0) {
        q.addBindValue(caseId);
    }
    q.addBindValue(limit);
    if (!q.exec() || !q.next()) {
        return error(q, tr("reading the scenarios"));
    }
    return q.value(0).toInt();
}

Result<CaseRecord> SqliteStore::findCase(const QString &name, const QString &cbsCode,
                                         bool includeDeleted) const
{
    QSqlQuery q(db());
    if (!cbsCode.trimmed().isEmpty()) {
        q.prepare(QStringLiteral("SELECT %1 FROM cases c WHERE (? OR c.deleted_at IS NULL) AND "
                                 "c.cbs_code = ? ORDER BY c.id LIMIT 1")
                      .arg(QLatin1String(CaseColumns)));
        q.addBindValue(includeDeleted ? 1 : 0);
        q.addBindValue(cbsCode.trimmed());
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM cases c WHERE (? OR c.deleted_at IS NULL) AND "
                                 "c.name = ? COLLATE NOCASE ORDER BY c.id LIMIT 1")
                      .arg(QLatin1String(CaseColumns)));
        q.addBindValue(includeDeleted ? 1 : 0);
        q.addBindValue(name.trimmed());
    }
    if (!q.exec()) {
        return error(q, tr("reading the municipalities"));
    }
    if (!q.next()) {
        return error(ErrorKind::NotFound, tr("municipality “%1” does not exist").arg(name));
    }
    return caseFrom(q);
}

Result<ScenarioRecord> SqliteStore::insertRevision(qint64 scenarioId, int revision,
                                                   const ScenarioContent &content)
{
    const QString t = now();
    const QString answers = encodeAnswers(content.answers);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO scenario_revisions (scenario_id, revision, title, "
                             "answers, notes, knowledge_version, saved_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(scenarioId), QVariant(revision), text(content.title), text(answers),
          text(content.notes), text(content.knowledgeVersion), QVariant(t)}) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return error(q, tr("saving the scenario"));
    }
    q.prepare(QStringLiteral("UPDATE scenarios SET title = ?, answers = ?, notes = ?, "
                             "knowledge_version = ?, revision = ?, modified_at = ? WHERE id = ?"));
    for (const QVariant &v :
         {text(content.title), text(answers), text(content.notes), text(content.knowledgeVersion),
          QVariant(revision), QVariant(t), QVariant(scenarioId)}) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return error(q, tr("saving the scenario"));
    }
    q.prepare(QStringLiteral("UPDATE cases SET modified_at = ? WHERE id = "
                             "(SELECT case_id FROM scenarios WHERE id = ?)"));
    q.addBindValue(t);
    q.addBindValue(scenarioId);
    if (!q.exec()) {
        return error(q, tr("saving the scenario"));
    }
    return scenario(scenarioId);
}

Result<ScenarioRecord> SqliteStore::createScenario(qint64 caseId, const ScenarioContent &content)
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
                                 "VALUES (?, ?, ?, '{}', '', '', 0, ?, ?)"));
        const QString t = now();
        for (const QVariant &v : {QVariant(newUuid()), QVariant(caseId), text(content.title),
                                  QVariant(t), QVariant(t)}) {
            q.addBindValue(v);
        }
        if (!q.exec()) {
            return error(q, tr("saving the scenario"));
        }
        result = insertRevision(q.lastInsertId().toLongLong(), 1, content);
        return result.ok() ? Error() : result.error();
    });
    if (e.isError()) {
        return e;
    }
    return result;
}

Result<ScenarioRecord> SqliteStore::saveScenario(qint64 id, int baseRevision,
                                                 const ScenarioContent &content)
{
    if (content.title.trimmed().isEmpty()) {
        return error(ErrorKind::WrongType, tr("a scenario needs a title"));
    }
    Result<ScenarioRecord> result = error(ErrorKind::Internal, QString());
    const Error e = transaction([&]() -> Error {
        const Result<ScenarioRecord> current = scenario(id);
        // A save onto a scenario that is in the trash, or was purged from it, would be invisible
        // and lost with the next purge: it is a conflict with whoever removed it.
        if (!current.ok() && current.error().kind == ErrorKind::NotFound &&
            wasUsed("scenarios", id)) {
            return removedConflict(Saved::Scenario, content.title, m_path);
        }
        if (!current.ok()) {
            return current.error();
        }
        const Result<CaseRecord> owner = caseById(current.value().caseId);
        if (!owner.ok()) {
            return owner.error();
        }
        if (const Error stale =
                staleConflict(Saved::Scenario, current.value().content.title,
                              current.value().deleted.isValid() || owner.value().deleted.isValid(),
                              current.value().revision, baseRevision, m_path);
            stale.isError()) {
            return stale;
        }
        result = insertRevision(id, baseRevision + 1, content);
        return result.ok() ? Error() : result.error();
    });
    if (e.isError()) {
        return e;
    }
    return result;
}

Result<ScenarioRecord> SqliteStore::scenario(qint64 id) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM scenarios WHERE id = ?")
                  .arg(QLatin1String(ScenarioColumns)));
    q.addBindValue(id);
    if (!q.exec()) {
        return error(q, tr("reading the scenario"));
    }
    if (!q.next()) {
        return error(ErrorKind::NotFound, tr("scenario %1 does not exist").arg(id));
    }
    return scenarioFrom(q);
}

Result<QVector<ScenarioRecord>> SqliteStore::scenarios(qint64 caseId, bool includeDeleted) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM scenarios WHERE case_id = ? AND (? OR deleted_at IS "
                             "NULL) ORDER BY is_baseline DESC, title COLLATE NOCASE, id")
                  .arg(QLatin1String(ScenarioColumns)));
    q.addBindValue(caseId);
    q.addBindValue(includeDeleted ? 1 : 0);
    if (!q.exec()) {
        return error(q, tr("reading the scenarios"));
    }
    return recordsFrom(q);
}

Result<qint64> SqliteStore::baselineOf(qint64 caseId) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT id FROM scenarios WHERE case_id = ? AND is_baseline = 1 AND deleted_at IS NULL"));
    q.addBindValue(caseId);
    if (!q.exec()) {
        return error(q, tr("reading the scenarios"));
    }
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Error SqliteStore::forEachScenario(const Walk &walk, const Visitor &visit) const
{
    sqlite3 *handle = handleOf(db());
    if (!handle) {
        return error(ErrorKind::Internal, tr("the database driver is not SQLite"));
    }
    // The municipalities first (a few hundred, without counting their scenarios), then each
    // one's scenarios by a query of its own: sorting one municipality's rows costs SQLite a
    // little memory, sorting all of them at once a temporary table as large as the file.
    QVector<CaseRecord> owners;
    {
        QSqlQuery q(db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT c.id, c.uuid, c.name, c.cbs_code, c.region, "
                                 "c.created_at, c.modified_at, c.deleted_at, 0 FROM cases c "
                                 "WHERE ? = 0 OR c.id = ? ORDER BY c.id"));
        q.addBindValue(walk.caseId);
        q.addBindValue(walk.caseId);
        if (!q.exec()) {
            return error(q, tr("reading the scenarios"));
        }
        while (q.next()) {
            owners.append(caseFrom(q));
        }
    }
    // The columns ScenarioColumns names; answers and notes as NULL when not asked for.
    const QByteArray sql =
        QByteArray("SELECT id, uuid, case_id, title, ") +
        (walk.content ? "answers, notes" : "NULL, NULL") +
        ", knowledge_version, revision, is_baseline, created_at, modified_at, deleted_at "
        "FROM scenarios WHERE case_id = ?1 AND (?2 OR deleted_at IS NULL) "
        "ORDER BY is_baseline DESC, title COLLATE NOCASE, id";
    Statement rows(handle, sql.constData());
    for (const CaseRecord &owner : owners) {
        rows.reset();
        rows.bind(1, owner.id);
        rows.bind(2, walk.includeDeleted ? 1 : 0);
        while (rows.step()) {
            if (!visit(owner, scenarioFrom(rows))) {
                return {};
            }
        }
        if (rows.code() != SQLITE_DONE) {
            return error(rows.code(), rows.message(), tr("reading the scenarios"));
        }
    }
    return {};
}

Result<QVector<ScenarioSummary>> SqliteStore::scenarioSummaries(qint64 caseId) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, case_id, title, is_baseline FROM scenarios INDEXED BY scenarios_browse "
        "WHERE case_id = ? AND deleted_at IS NULL ORDER BY is_baseline DESC, title COLLATE NOCASE, "
        "id"));
    q.addBindValue(caseId);
    if (!q.exec()) {
        return error(q, tr("reading the scenarios"));
    }
    return summariesFrom(q);
}

Result<TitleIndex> SqliteStore::titleIndex() const
{
    // A hundred thousand rows through QSqlQuery cost 100 ms, most of it making a QVariant of
    // every value; read through SQLite's own interface on the same connection, as UTF-8 (what the
    // file holds, so SQLite converts nothing), they cost a fraction of that.
    sqlite3 *db = handleOf(this->db());
    if (!db) {
        return error(ErrorKind::Internal, tr("the database driver is not SQLite"));
    }
    // Answered from the index alone, in its order (municipality, then title).
    Statement rows(db, "SELECT id, case_id, title, is_baseline FROM scenarios INDEXED BY "
                       "scenarios_browse WHERE deleted_at IS NULL");
    TitleIndex index;
    while (rows.step()) {
        index.add(rows.integer(0), rows.integer(1), rows.utf8(2), rows.integer(3) != 0);
    }
    if (rows.code() != SQLITE_DONE) {
        return error(rows.code(), rows.message(), tr("reading the scenarios"));
    }
    index.squeeze();
    return index;
}

Result<QVector<Revision>> SqliteStore::history(qint64 scenarioId) const
{
    const Result<ScenarioRecord> exists = scenario(scenarioId);
    if (!exists.ok()) {
        return exists.error();
    }
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("SELECT revision, title, answers, notes, knowledge_version, saved_at "
                       "FROM scenario_revisions WHERE scenario_id = ? ORDER BY revision DESC"));
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

Result<QVector<ScenarioStore::History>> SqliteStore::scenarioHistories(qint64 caseId) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT s.id, s.is_baseline, s.deleted_at IS NOT NULL, r.revision, r.title, r.answers, "
        "r.notes, r.knowledge_version, r.saved_at, s.uuid FROM scenarios s "
        "JOIN scenario_revisions r ON r.scenario_id = s.id WHERE s.case_id = ? "
        "ORDER BY s.id, r.revision"));
    q.addBindValue(caseId);
    if (!q.exec()) {
        return error(q, tr("reading the history"));
    }
    QVector<History> out = historiesFrom(q);
    if (q.lastError().isValid()) {
        return error(q, tr("reading the history"));
    }
    return out;
}

Result<ScenarioRecord> SqliteStore::restoreRevision(qint64 scenarioId, int revision,
                                                    int baseRevision)
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

Result<ScenarioRecord> SqliteStore::setBaseline(qint64 scenarioId, bool baseline)
{
    const Error e = transaction([&]() -> Error {
        const Result<ScenarioRecord> s = scenario(scenarioId);
        if (!s.ok()) {
            return s.error();
        }
        QSqlQuery q(db());
        if (baseline) {
            q.prepare(QStringLiteral("UPDATE scenarios SET is_baseline = 0 WHERE case_id = ?"));
            q.addBindValue(s.value().caseId);
            if (!q.exec()) {
                return error(q, tr("saving the baseline"));
            }
        }
        q.prepare(QStringLiteral("UPDATE scenarios SET is_baseline = ? WHERE id = ?"));
        q.addBindValue(baseline ? 1 : 0);
        q.addBindValue(scenarioId);
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

Result<ScenarioRecord> SqliteStore::insertScenarioWithHistory(qint64 caseId,
                                                              const QVector<Revision> &revisions,
                                                              bool baseline, const QString &uuid)
{
    if (revisions.isEmpty()) {
        return error(ErrorKind::WrongType, tr("a scenario needs at least one revision"));
    }
    ScenarioRecord record;
    const Error e = transaction([&]() -> Error {
        // Only whether the case exists: caseById also counts its scenarios, which would make a
        // large import slow down with every scenario it adds.
        QSqlQuery &exists = statement(QStringLiteral("SELECT 1 FROM cases WHERE id = ?"));
        exists.addBindValue(caseId);
        if (!exists.exec()) {
            return error(exists, tr("saving the scenario"));
        }
        const bool found = exists.next();
        exists.finish();
        if (!found) {
            return error(ErrorKind::NotFound, tr("municipality %1 does not exist").arg(caseId));
        }
        const Revision &last = revisions.last();
        const QDateTime clock = m_options.clock().toUTC();
        const QString stamp = clock.toString(Qt::ISODateWithMs);
        const auto time = [&](const QDateTime &t) {
            return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : stamp;
        };
        // QDateTime keeps milliseconds, as the stored text does: no need to read it back.
        const auto moment = [&](const QDateTime &t) { return t.isValid() ? t.toUTC() : clock; };
        const QString lastAnswers = encodeAnswers(last.content.answers);
        record.uuid = uuid.isEmpty() ? newUuid() : uuid;
        record.caseId = caseId;
        record.content = last.content;
        record.revision = last.revision;
        record.created = moment(revisions.first().saved);
        record.modified = moment(last.saved);
        // Through SQLite's own interface: an import runs these thousands of times, and Qt's
        // QVariant for every bound value cost as much as SQLite's work.
        Statement &insert = rawStatement(
            "INSERT INTO scenarios (uuid, case_id, title, answers, notes, knowledge_version, "
            "revision, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, record.uuid);
        insert.bind(2, caseId);
        insert.bind(3, last.content.title);
        insert.bind(4, lastAnswers);
        insert.bind(5, last.content.notes);
        insert.bind(6, last.content.knowledgeVersion);
        insert.bind(7, qint64(last.revision));
        insert.bind(8, time(revisions.first().saved));
        insert.bind(9, time(last.saved));
        if (!insert.run()) {
            return error(insert.code(), insert.message(), tr("saving the scenario"));
        }
        record.id = sqlite3_last_insert_rowid(handleOf(db()));
        Statement &revision = rawStatement(
            "INSERT INTO scenario_revisions (scenario_id, revision, title, answers, notes, "
            "knowledge_version, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
        for (const Revision &r : revisions) {
            revision.reset();
            revision.bind(1, record.id);
            revision.bind(2, qint64(r.revision));
            revision.bind(3, r.content.title);
            revision.bind(4, &r == &last ? lastAnswers : encodeAnswers(r.content.answers));
            revision.bind(5, r.content.notes);
            revision.bind(6, r.content.knowledgeVersion);
            revision.bind(7, time(r.saved));
            if (!revision.run()) {
                return error(revision.code(), revision.message(), tr("saving the scenario"));
            }
        }
        return {};
    });
    if (e.isError()) {
        return e;
    }
    // What was written is known; reading it back would double the cost of an import.
    return baseline ? setBaseline(record.id, true) : Result<ScenarioRecord>(record);
}

} // namespace akkoord
