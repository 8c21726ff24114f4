#include "store/postgres/pgstore.h"

#include "store/postgres/pgconnection.h"
#include "store/sql/sqlrows.h"

#include "agreements/agreementfile.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

// Batches for copy: a municipality's scenarios and agreements with all their revisions in a few
// statements of many rows each, ids taken from the sequences beforehand. A statement at a time,
// each prepared, executed and freed by Qt's driver, costs three round trips per row.
namespace akkoord {

using namespace sql;

namespace {

constexpr int RowsPerStatement = 500;

} // namespace

QString PgStore::literal(const QVariant &value) const
{
    QSqlField field(QString(), value.metaType());
    field.setValue(value);
    return db().driver()->formatValue(field);
}

Result<QVector<qint64>> PgStore::newIds(const char *table, int n)
{
    QVector<qint64> ids;
    if (n == 0) {
        return ids;
    }
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT nextval('%1_id_seq') FROM generate_series(1, %2)")
                    .arg(QLatin1String(table))
                    .arg(n))) {
        return error(q, tr("saving the scenario"));
    }
    while (q.next()) {
        ids << q.value(0).toLongLong();
    }
    return ids;
}

Error PgStore::insertRows(const QString &head, const QStringList &rows, const QString &what)
{
    for (qsizetype at = 0; at < rows.size(); at += RowsPerStatement) {
        QSqlQuery q(db());
        if (!q.exec(head + rows.mid(at, RowsPerStatement).join(QLatin1Char(',')))) {
            return error(q, what);
        }
    }
    return {};
}

Error PgStore::insertScenariosWithHistory(qint64 caseId, const QVector<History> &batch)
{
    for (const History &h : batch) {
        if (h.revisions.isEmpty()) {
            return error(ErrorKind::WrongType, tr("a scenario needs at least one revision"));
        }
    }
    return transaction([&]() -> Error {
        if (const Result<CaseRecord> owner = caseById(caseId); !owner.ok()) {
            return owner.error();
        }
        const Result<QVector<qint64>> ids = newIds("scenarios", int(batch.size()));
        if (!ids.ok()) {
            return ids.error();
        }
        const QString stamp = now();
        const auto time = [&](const QDateTime &t) {
            return literal(t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : stamp);
        };
        bool baseline = false;
        QStringList scenarios;
        QStringList revisions;
        const QString id = literal(caseId);
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const History &h = batch.at(i);
            const Revision &last = h.revisions.last();
            const bool isBaseline = h.baseline && !h.deleted && !baseline;
            baseline = baseline || isBaseline;
            scenarios << QStringLiteral("(%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11,%12)")
                             .arg(QString::number(ids.value().at(i)), literal(newUuid()), id,
                                  literal(last.content.title),
                                  literal(encodeAnswers(last.content.answers)),
                                  literal(last.content.notes),
                                  literal(last.content.knowledgeVersion),
                                  QString::number(last.revision),
                                  isBaseline ? QStringLiteral("true") : QStringLiteral("false"),
                                  time(h.revisions.first().saved), time(last.saved),
                                  h.deleted ? literal(stamp) : QStringLiteral("NULL"));
            for (const Revision &r : h.revisions) {
                revisions << QStringLiteral("(%1,%2,%3,%4,%5,%6,%7,%8)")
                                 .arg(QString::number(ids.value().at(i)), id,
                                      QString::number(r.revision), literal(r.content.title),
                                      literal(encodeAnswers(r.content.answers)),
                                      literal(r.content.notes), literal(r.content.knowledgeVersion),
                                      time(r.saved));
            }
        }
        if (baseline) {
            // One baseline per municipality: the copied one takes over.
            QSqlQuery q(db());
            q.prepare(QStringLiteral(
                "UPDATE scenarios SET is_baseline = false WHERE case_id = ? AND is_baseline"));
            q.addBindValue(caseId);
            if (!q.exec()) {
                return error(q, tr("saving the baseline"));
            }
        }
        if (const Error e = insertRows(
                QStringLiteral("INSERT INTO scenarios (id, uuid, case_id, title, answers, notes, "
                               "knowledge_version, revision, is_baseline, created_at, "
                               "modified_at, deleted_at) OVERRIDING SYSTEM VALUE VALUES "),
                scenarios, tr("saving the scenario"));
            e.isError()) {
            return e;
        }
        return insertRows(QStringLiteral("INSERT INTO scenario_revisions (scenario_id, case_id, "
                                         "revision, title, answers, notes, knowledge_version, "
                                         "saved_at) VALUES "),
                          revisions, tr("saving the scenario"));
    });
}

Error PgStore::insertAgreementsWithHistory(qint64 caseId, const QVector<AgreementHistory> &batch)
{
    for (const AgreementHistory &h : batch) {
        if (h.revisions.isEmpty()) {
            return error(ErrorKind::WrongType, tr("an agreement needs at least one revision"));
        }
        for (const AgreementRevision &r : h.revisions) {
            if (const Error e = AgreementFile::check(r.agreement, r.agreement.title); e.isError()) {
                return e;
            }
        }
    }
    return transaction([&]() -> Error {
        if (const Result<CaseRecord> owner = caseById(caseId); !owner.ok()) {
            return owner.error();
        }
        const Result<QVector<qint64>> ids = newIds("agreements", int(batch.size()));
        if (!ids.ok()) {
            return ids.error();
        }
        const QString stamp = now();
        const auto time = [&](const QDateTime &t) {
            return literal(t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : stamp);
        };
        QStringList agreements;
        QStringList revisions;
        const QString id = literal(caseId);
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const AgreementHistory &h = batch.at(i);
            const Agreement &last = h.revisions.last().agreement;
            agreements << QStringLiteral("(%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11,%12)")
                              .arg(QString::number(ids.value().at(i)), literal(newUuid()), id,
                                   literal(last.title), literal(last.kind), literal(last.status),
                                   literal(last.start.toString(Qt::ISODate)),
                                   literal(agreementBody(last)),
                                   QString::number(h.revisions.last().revision),
                                   time(h.revisions.first().saved), time(h.revisions.last().saved),
                                   h.deleted ? literal(stamp) : QStringLiteral("NULL"));
            for (const AgreementRevision &r : h.revisions) {
                revisions << QStringLiteral("(%1,%2,%3,%4,%5)")
                                 .arg(QString::number(ids.value().at(i)), id,
                                      QString::number(r.revision),
                                      literal(agreementBody(r.agreement)), time(r.saved));
            }
        }
        if (const Error e = insertRows(
                QStringLiteral("INSERT INTO agreements (id, uuid, case_id, title, kind, status, "
                               "start_date, body, revision, created_at, modified_at, deleted_at) "
                               "OVERRIDING SYSTEM VALUE VALUES "),
                agreements, tr("saving the agreement"));
            e.isError()) {
            return e;
        }
        return insertRows(QStringLiteral("INSERT INTO agreement_revisions (agreement_id, case_id, "
                                         "revision, body, saved_at) VALUES "),
                          revisions, tr("saving the agreement"));
    });
}

} // namespace akkoord
