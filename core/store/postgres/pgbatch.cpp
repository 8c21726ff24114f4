#include "store/postgres/pgstore.h"

#include "store/postgres/pgconnection.h"
#include "store/sql/sqlrows.h"

#include "agreements/agreementfile.h"

#include <QSqlDriver>
#include <QSqlError>

#include <functional>

// Batches for copy: a municipality's scenarios and agreements with all their revisions in a few
// statements of many rows each, ids taken from the sequences beforehand. A statement at a time,
// each prepared, executed and freed by Qt's driver, costs three round trips per row. (COPY would
// be faster still, but PostgreSQL refuses COPY FROM into tables under row-level security.)
namespace akkoord {

using namespace sql;

namespace {

constexpr int RowsPerStatement = 500;

// A time as the rows carry it; an unknown one is the copy's own moment.
QString isoTime(const QDateTime &t, const QString &otherwise)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : otherwise;
}

// One multi-row INSERT being written: each row goes straight into the statement's text, which
// is sent (send) when it holds RowsPerStatement rows and at the end. Values are quoted here, as
// the session reads them (standard_conforming_strings on: only the quote is doubled).
class Rows
{
public:
    Rows(QString head, std::function<Error(const QString &)> send)
        : m_head(std::move(head)), m_send(std::move(send))
    {
    }

    Rows &begin()
    {
        if (m_rows == 0) {
            m_sql.clear();
            m_sql.reserve(1 << 20);
            m_sql += m_head;
        } else {
            m_sql += QLatin1Char(',');
        }
        ++m_rows;
        m_first = true;
        m_sql += QLatin1Char('(');
        return *this;
    }
    Rows &text(QStringView value)
    {
        separate();
        m_sql += QLatin1Char('\'');
        qsizetype from = 0;
        for (qsizetype i = 0; i < value.size(); ++i) {
            if (value.at(i) == QLatin1Char('\'')) {
                m_sql += value.mid(from, i - from + 1);
                m_sql += QLatin1Char('\'');
                from = i + 1;
            }
        }
        m_sql += value.mid(from);
        m_sql += QLatin1Char('\'');
        return *this;
    }
    Rows &number(qint64 value)
    {
        separate();
        m_sql += QString::number(value);
        return *this;
    }
    // SQL as it is: NULL, true, false.
    Rows &raw(QLatin1String sql)
    {
        separate();
        m_sql += sql;
        return *this;
    }
    // The row is complete; a full statement goes.
    Error end()
    {
        m_sql += QLatin1Char(')');
        return m_rows >= RowsPerStatement ? sendAll() : Error();
    }
    // What is left goes.
    Error finish() { return m_rows == 0 ? Error() : sendAll(); }

private:
    Error sendAll()
    {
        m_rows = 0;
        return m_send(std::exchange(m_sql, QString()));
    }
    void separate()
    {
        if (!m_first) {
            m_sql += QLatin1Char(',');
        }
        m_first = false;
    }

    QString m_head;
    std::function<Error(const QString &)> m_send;
    QString m_sql;
    int m_rows = 0;
    bool m_first = true;
};

} // namespace

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

Error PgStore::execute(const QString &sql, const QString &what)
{
    QSqlQuery q(db());
    if (!q.exec(sql)) {
        return error(q, what);
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
        const auto send = [this](const QString &sql) {
            return execute(sql, tr("saving the scenario"));
        };
        bool baseline = false;
        for (const History &h : batch) {
            baseline = baseline || (h.baseline && !h.deleted);
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
        // Every scenario first, then the revisions that refer to them.
        Rows scenarios(QStringLiteral("INSERT INTO scenarios (id, uuid, case_id, title, answers, "
                                      "notes, knowledge_version, "
                                      "revision, is_baseline, created_at, modified_at, deleted_at) "
                                      "OVERRIDING SYSTEM VALUE "
                                      "VALUES "),
                       send);
        baseline = false;
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const History &h = batch.at(i);
            const Revision &last = h.revisions.last();
            const bool isBaseline = h.baseline && !h.deleted && !baseline;
            baseline = baseline || isBaseline;
            scenarios.begin()
                .number(ids.value().at(i))
                .text(h.uuid.isEmpty() ? newUuid() : h.uuid)
                .number(caseId)
                .text(last.content.title)
                .text(encodeAnswers(last.content.answers))
                .text(last.content.notes)
                .text(last.content.knowledgeVersion)
                .number(last.revision)
                .raw(isBaseline ? QLatin1String("true") : QLatin1String("false"))
                .text(isoTime(h.revisions.first().saved, stamp))
                .text(isoTime(last.saved, stamp));
            if (h.deleted) {
                scenarios.text(stamp);
            } else {
                scenarios.raw(QLatin1String("NULL"));
            }
            if (const Error e = scenarios.end(); e.isError()) {
                return e;
            }
        }
        if (const Error e = scenarios.finish(); e.isError()) {
            return e;
        }
        Rows revisions(QStringLiteral("INSERT INTO scenario_revisions (scenario_id, case_id, "
                                      "revision, title, answers, notes, knowledge_version, "
                                      "saved_at) VALUES "),
                       send);
        for (qsizetype i = 0; i < batch.size(); ++i) {
            for (const Revision &r : batch.at(i).revisions) {
                revisions.begin()
                    .number(ids.value().at(i))
                    .number(caseId)
                    .number(r.revision)
                    .text(r.content.title)
                    .text(encodeAnswers(r.content.answers))
                    .text(r.content.notes)
                    .text(r.content.knowledgeVersion)
                    .text(isoTime(r.saved, stamp));
                if (const Error e = revisions.end(); e.isError()) {
                    return e;
                }
            }
        }
        return revisions.finish();
    });
}

Error PgStore::insertAgreementsWithHistory(qint64 caseId, const QVector<AgreementHistory> &batch)
{
    // Each revision checked as a save is, and kept as the JSON the check read.
    QVector<QStringList> bodies;
    bodies.reserve(batch.size());
    for (const AgreementHistory &h : batch) {
        if (h.revisions.isEmpty()) {
            return error(ErrorKind::WrongType, tr("an agreement needs at least one revision"));
        }
        QStringList &mine = bodies.emplace_back();
        for (const AgreementRevision &r : h.revisions) {
            const Result<QByteArray> json =
                AgreementFile::checkedJson(r.agreement, r.agreement.title);
            if (!json.ok()) {
                return json.error();
            }
            mine << QString::fromUtf8(json.value());
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
        const auto send = [this](const QString &sql) {
            return execute(sql, tr("saving the agreement"));
        };
        Rows agreements(
            QStringLiteral(
                "INSERT INTO agreements (id, uuid, case_id, title, kind, status, start_date, body, "
                "revision, created_at, modified_at, deleted_at) OVERRIDING SYSTEM VALUE VALUES "),
            send);
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const AgreementHistory &h = batch.at(i);
            const Agreement &last = h.revisions.last().agreement;
            agreements.begin()
                .number(ids.value().at(i))
                .text(h.uuid.isEmpty() ? newUuid() : h.uuid)
                .number(caseId)
                .text(last.title)
                .text(last.kind)
                .text(last.status)
                .text(last.start.toString(Qt::ISODate))
                .text(bodies.at(i).last())
                .number(h.revisions.last().revision)
                .text(isoTime(h.revisions.first().saved, stamp))
                .text(isoTime(h.revisions.last().saved, stamp));
            if (h.deleted) {
                agreements.text(stamp);
            } else {
                agreements.raw(QLatin1String("NULL"));
            }
            if (const Error e = agreements.end(); e.isError()) {
                return e;
            }
        }
        if (const Error e = agreements.finish(); e.isError()) {
            return e;
        }
        Rows revisions(QStringLiteral("INSERT INTO agreement_revisions (agreement_id, case_id, "
                                      "revision, body, saved_at) VALUES "),
                       send);
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const AgreementHistory &h = batch.at(i);
            for (qsizetype k = 0; k < h.revisions.size(); ++k) {
                revisions.begin()
                    .number(ids.value().at(i))
                    .number(caseId)
                    .number(h.revisions.at(k).revision)
                    .text(bodies.at(i).at(k))
                    .text(isoTime(h.revisions.at(k).saved, stamp));
                if (const Error e = revisions.end(); e.isError()) {
                    return e;
                }
            }
        }
        return revisions.finish();
    });
}

} // namespace akkoord
