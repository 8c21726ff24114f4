#include "store/sqlite/sqlitestore.h"

#include "store/sqlite/sqliteinternal.h"

#include "agreements/agreementfile.h"

#include <QJsonDocument>
#include <QSqlError>

// The SQLite backend's agreements register: an agreement is one row with its whole content as
// the JSON object of an agreements file, and one row per revision.
namespace akkoord {

using namespace sqlite;

namespace {

const char *const AgreementColumns =
    "id, uuid, case_id, body, revision, created_at, modified_at, deleted_at";

} // namespace

Result<AgreementRecord> SqliteStore::agreementFrom(const QSqlQuery &q) const
{
    AgreementRecord r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.caseId = q.value(2).toLongLong();
    const std::optional<Agreement> body = AgreementFile::fromStored(q.value(3).toString().toUtf8());
    if (!body) {
        return error(ErrorKind::CorruptDatabase,
                     tr("agreement %1 in the database is damaged; run “akkoord-cli check” and "
                        "restore a backup if needed")
                         .arg(r.id));
    }
    r.agreement = *body;
    r.revision = q.value(4).toInt();
    r.created = parseTime(q.value(5));
    r.modified = parseTime(q.value(6));
    r.deleted = parseTime(q.value(7));
    return r;
}

Result<AgreementRecord> SqliteStore::agreement(qint64 id) const
{
    if (schemaVersion() < 4) {
        return error(ErrorKind::NotFound, tr("agreement %1 does not exist").arg(id));
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM agreements WHERE id = ?")
                  .arg(QLatin1String(AgreementColumns)));
    q.addBindValue(id);
    if (!q.exec()) {
        return error(q, tr("reading the agreement"));
    }
    if (!q.next()) {
        return error(ErrorKind::NotFound, tr("agreement %1 does not exist").arg(id));
    }
    return agreementFrom(q);
}

Result<QVector<AgreementRecord>> SqliteStore::agreements(qint64 caseId, bool includeDeleted) const
{
    QVector<AgreementRecord> out;
    if (schemaVersion() < 4) {
        return out;
    }
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM agreements WHERE (? = 0 OR case_id = ?) AND "
                             "(? OR deleted_at IS NULL) ORDER BY case_id, start_date, "
                             "title COLLATE NOCASE, id")
                  .arg(QLatin1String(AgreementColumns)));
    q.addBindValue(caseId);
    q.addBindValue(caseId);
    q.addBindValue(includeDeleted ? 1 : 0);
    if (!q.exec()) {
        return error(q, tr("reading the agreements"));
    }
    while (q.next()) {
        const Result<AgreementRecord> r = agreementFrom(q);
        if (!r.ok()) {
            return r.error();
        }
        out << r.value();
    }
    return out;
}

Result<AgreementRecord> SqliteStore::insertAgreementRevision(qint64 id, int revision,
                                                             const Agreement &agreement)
{
    const QString t = now();
    const QString body = agreementBody(agreement);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO agreement_revisions (agreement_id, revision, body, "
                             "saved_at) VALUES (?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(id), QVariant(revision), text(body), QVariant(t)}) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return error(q, tr("saving the agreement"));
    }
    q.prepare(QStringLiteral("UPDATE agreements SET title = ?, kind = ?, status = ?, "
                             "start_date = ?, body = ?, revision = ?, modified_at = ? "
                             "WHERE id = ?"));
    for (const QVariant &v : {text(agreement.title), text(agreement.kind), text(agreement.status),
                              QVariant(agreement.start.toString(Qt::ISODate)), text(body),
                              QVariant(revision), QVariant(t), QVariant(id)}) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return error(q, tr("saving the agreement"));
    }
    return this->agreement(id);
}

Result<AgreementRecord> SqliteStore::createAgreement(qint64 caseId, const Agreement &agreement)
{
    if (const Error e = AgreementFile::check(agreement, agreement.title); e.isError()) {
        return e;
    }
    Result<AgreementRecord> result = error(ErrorKind::Internal, QString());
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
        q.prepare(QStringLiteral("INSERT INTO agreements (uuid, case_id, title, kind, status, "
                                 "start_date, body, revision, created_at, modified_at) "
                                 "VALUES (?, ?, '', '', '', '', '{}', 0, ?, ?)"));
        const QString t = now();
        for (const QVariant &v :
             {QVariant(newUuid()), QVariant(caseId), QVariant(t), QVariant(t)}) {
            q.addBindValue(v);
        }
        if (!q.exec()) {
            return error(q, tr("saving the agreement"));
        }
        result = insertAgreementRevision(q.lastInsertId().toLongLong(), 1, agreement);
        return result.ok() ? Error() : result.error();
    });
    if (e.isError()) {
        return e;
    }
    return result;
}

Result<AgreementRecord> SqliteStore::saveAgreement(qint64 id, int baseRevision,
                                                   const Agreement &agreement)
{
    if (const Error e = AgreementFile::check(agreement, agreement.title); e.isError()) {
        return e;
    }
    Result<AgreementRecord> result = error(ErrorKind::Internal, QString());
    const Error e = transaction([&]() -> Error {
        const Result<AgreementRecord> current = this->agreement(id);
        if (!current.ok() && current.error().kind == ErrorKind::NotFound &&
            wasUsed("agreements", id)) {
            return removedConflict(Saved::Agreement, agreement.title, m_path);
        }
        if (!current.ok()) {
            return current.error();
        }
        const Result<CaseRecord> owner = caseById(current.value().caseId);
        if (!owner.ok()) {
            return owner.error();
        }
        if (const Error stale =
                staleConflict(Saved::Agreement, current.value().agreement.title,
                              current.value().deleted.isValid() || owner.value().deleted.isValid(),
                              current.value().revision, baseRevision, m_path);
            stale.isError()) {
            return stale;
        }
        result = insertAgreementRevision(id, baseRevision + 1, agreement);
        return result.ok() ? Error() : result.error();
    });
    if (e.isError()) {
        return e;
    }
    return result;
}

Result<QVector<AgreementRevision>> SqliteStore::agreementHistory(qint64 id) const
{
    const Result<AgreementRecord> exists = agreement(id);
    if (!exists.ok()) {
        return exists.error();
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT revision, body, saved_at FROM agreement_revisions "
                             "WHERE agreement_id = ? ORDER BY revision DESC"));
    q.addBindValue(id);
    if (!q.exec()) {
        return error(q, tr("reading the history"));
    }
    QVector<AgreementRevision> out;
    while (q.next()) {
        const std::optional<Agreement> body =
            AgreementFile::fromStored(q.value(1).toString().toUtf8());
        if (!body) {
            return damagedAgreementRevision(id, q.value(0).toInt(), m_path);
        }
        out << AgreementRevision{q.value(0).toInt(), *body, parseTime(q.value(2))};
    }
    return out;
}

Result<QVector<ScenarioStore::AgreementHistory>>
SqliteStore::agreementHistories(qint64 caseId) const
{
    if (schemaVersion() < 4) {
        return QVector<AgreementHistory>();
    }
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.id, a.deleted_at IS NOT NULL, r.revision, r.body, r.saved_at, a.uuid "
        "FROM agreements a "
        "JOIN agreement_revisions r ON r.agreement_id = a.id WHERE a.case_id = ? "
        "ORDER BY a.id, r.revision"));
    q.addBindValue(caseId);
    if (!q.exec()) {
        return error(q, tr("reading the history"));
    }
    DamagedRevision damaged;
    QVector<AgreementHistory> out = agreementHistoriesFrom(q, damaged);
    if (damaged.id != 0) {
        return damagedAgreementRevision(damaged.id, damaged.revision, m_path);
    }
    if (q.lastError().isValid()) {
        return error(q, tr("reading the history"));
    }
    return out;
}

Result<AgreementRecord>
SqliteStore::insertAgreementWithHistory(qint64 caseId, const QVector<AgreementRevision> &revisions,
                                        const QString &uuid)
{
    if (revisions.isEmpty()) {
        return error(ErrorKind::WrongType, tr("an agreement needs at least one revision"));
    }
    for (const AgreementRevision &r : revisions) {
        if (const Error e = AgreementFile::check(r.agreement, r.agreement.title); e.isError()) {
            return e;
        }
    }
    qint64 id = 0;
    const Error e = transaction([&]() -> Error {
        const Result<CaseRecord> owner = caseById(caseId);
        if (!owner.ok()) {
            return owner.error();
        }
        const AgreementRevision &last = revisions.last();
        const auto time = [&](const QDateTime &t) {
            return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : now();
        };
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO agreements (uuid, case_id, title, kind, status, "
                                 "start_date, body, revision, created_at, modified_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v :
             {QVariant(uuid.isEmpty() ? newUuid() : uuid), QVariant(caseId),
              text(last.agreement.title), text(last.agreement.kind), text(last.agreement.status),
              QVariant(last.agreement.start.toString(Qt::ISODate)),
              text(agreementBody(last.agreement)), QVariant(last.revision),
              QVariant(time(revisions.first().saved)), QVariant(time(last.saved))}) {
            q.addBindValue(v);
        }
        if (!q.exec()) {
            return error(q, tr("saving the agreement"));
        }
        id = q.lastInsertId().toLongLong();
        for (const AgreementRevision &r : revisions) {
            q.prepare(QStringLiteral("INSERT INTO agreement_revisions (agreement_id, revision, "
                                     "body, saved_at) VALUES (?, ?, ?, ?)"));
            for (const QVariant &v : {QVariant(id), QVariant(r.revision),
                                      text(agreementBody(r.agreement)), QVariant(time(r.saved))}) {
                q.addBindValue(v);
            }
            if (!q.exec()) {
                return error(q, tr("saving the agreement"));
            }
        }
        return {};
    });
    if (e.isError()) {
        return e;
    }
    return agreement(id);
}

Error SqliteStore::trashAgreement(qint64 id)
{
    return setDeleted("agreements", id, true);
}

Error SqliteStore::restoreAgreement(qint64 id)
{
    return setDeleted("agreements", id, false);
}

} // namespace akkoord
