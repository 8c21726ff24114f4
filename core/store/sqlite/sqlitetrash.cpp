#include "store/sqlite/sqlitestore.h"

#include "store/sqlite/sqliteinternal.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

// The SQLite backend's trash: moving to it and back, listing it, and purging for good.
namespace akkoord {

using namespace sqlite;

Error SqliteStore::setDeleted(const char *table, qint64 id, bool deleted)
{
    return transaction([&]() -> Error {
        QSqlQuery q(db());
        // A scenario in the trash is no longer anyone's baseline.
        const QString extra = (deleted && QLatin1String(table) == QLatin1String("scenarios"))
                                  ? QStringLiteral(", is_baseline = 0")
                                  : QString();
        q.prepare(QStringLiteral("UPDATE %1 SET deleted_at = ?%2 WHERE id = ?")
                      .arg(QLatin1String(table), extra));
        q.addBindValue(deleted ? QVariant(now()) : QVariant());
        q.addBindValue(id);
        if (!q.exec()) {
            return error(q, tr("moving to the trash"));
        }
        if (q.numRowsAffected() == 0) {
            const QLatin1String name(table);
            return error(ErrorKind::NotFound, name == QLatin1String("cases")
                                                  ? tr("municipality %1 does not exist").arg(id)
                                              : name == QLatin1String("agreements")
                                                  ? tr("agreement %1 does not exist").arg(id)
                                                  : tr("scenario %1 does not exist").arg(id));
        }
        return {};
    });
}

Error SqliteStore::trashScenario(qint64 id)
{
    return setDeleted("scenarios", id, true);
}

Error SqliteStore::restoreScenario(qint64 id)
{
    return setDeleted("scenarios", id, false);
}

Error SqliteStore::trashCase(qint64 id)
{
    return setDeleted("cases", id, true);
}

Error SqliteStore::restoreCase(qint64 id)
{
    return setDeleted("cases", id, false);
}

Result<QVector<ScenarioRecord>> SqliteStore::trashedScenarios() const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM scenarios WHERE deleted_at IS NOT NULL "
                             "ORDER BY deleted_at DESC")
                  .arg(QLatin1String(ScenarioColumns)));
    if (!q.exec()) {
        return error(q, tr("reading the trash"));
    }
    return recordsFrom(q);
}

Result<ScenarioStore::Purged> SqliteStore::purgeTrash(const QDateTime &deletedBefore)
{
    const QString before = deletedBefore.toUTC().toString(Qt::ISODateWithMs);
    QSqlQuery q(db());
    // Deleted rows are overwritten with zeros, not merely marked free: a purged scenario's text
    // must not be readable from the file afterwards.
    if (!q.exec(QStringLiteral("PRAGMA secure_delete = ON"))) {
        return error(q, tr("emptying the trash"));
    }
    Purged purged;
    const Error e = transaction([&]() -> Error {
        QSqlQuery count(db());
        count.prepare(QStringLiteral(
            "SELECT (SELECT count(*) FROM scenarios WHERE deleted_at < :before OR case_id IN "
            "(SELECT id FROM cases WHERE deleted_at < :before)), "
            "(SELECT count(*) FROM cases WHERE deleted_at < :before), "
            "(SELECT count(*) FROM agreements WHERE deleted_at < :before OR case_id IN "
            "(SELECT id FROM cases WHERE deleted_at < :before))"));
        count.bindValue(QStringLiteral(":before"), before);
        if (!count.exec() || !count.next()) {
            return error(count, tr("emptying the trash"));
        }
        purged.scenarios = count.value(0).toInt();
        purged.cases = count.value(1).toInt();
        purged.agreements = count.value(2).toInt();
        // Revisions go with their scenario, and scenarios with their municipality (ON DELETE
        // CASCADE).
        for (const char *sql : {"DELETE FROM scenarios WHERE deleted_at < ?",
                                "DELETE FROM agreements WHERE deleted_at < ?",
                                "DELETE FROM cases WHERE deleted_at < ?"}) {
            QSqlQuery remove(db());
            remove.prepare(QLatin1String(sql));
            remove.addBindValue(before);
            if (!remove.exec()) {
                return error(remove, tr("emptying the trash"));
            }
        }
        return {};
    });
    q.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    if (e.isError()) {
        return e;
    }
    // The write-ahead log still holds the pages as they were; copy it into the file and empty
    // it. Another program reading at this moment can keep it from finishing, and then the log
    // is overwritten by later saves instead.
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return purged;
}

} // namespace akkoord
