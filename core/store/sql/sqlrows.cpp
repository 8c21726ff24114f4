#include "store/sql/sqlrows.h"

#include "agreements/agreementfile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

// Rows as records and back, for both backends: the one place that knows the columns.
namespace akkoord::sql {

QDateTime parseTime(const QVariant &v)
{
    if (v.isNull()) {
        return QDateTime();
    }
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString encodeAnswers(const Answers &answers)
{
    return QString::fromUtf8(answers.toCompactJson());
}

Answers decodeAnswers(const QString &json)
{
    return Answers::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
}

ScenarioRecord scenarioFrom(const QSqlQuery &q)
{
    ScenarioRecord r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.caseId = q.value(2).toLongLong();
    r.content.title = q.value(3).toString();
    r.content.answers = decodeAnswers(q.value(4).toString());
    r.content.notes = q.value(5).toString();
    r.content.knowledgeVersion = q.value(6).toString();
    r.revision = q.value(7).toInt();
    r.baseline = q.value(8).toInt() != 0;
    r.created = parseTime(q.value(9));
    r.modified = parseTime(q.value(10));
    r.deleted = parseTime(q.value(11));
    return r;
}

QVector<ScenarioRecord> recordsFrom(QSqlQuery &q)
{
    QVector<ScenarioRecord> out;
    while (q.next()) {
        out.append(scenarioFrom(q));
    }
    return out;
}

QVector<ScenarioSummary> summariesFrom(QSqlQuery &q)
{
    QVector<ScenarioSummary> out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                    q.value(3).toInt() != 0});
    }
    return out;
}

CaseRecord caseFrom(const QSqlQuery &q)
{
    CaseRecord c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.name = q.value(2).toString();
    c.cbsCode = q.value(3).toString();
    c.region = q.value(4).toString();
    c.created = parseTime(q.value(5));
    c.modified = parseTime(q.value(6));
    c.deleted = parseTime(q.value(7));
    c.scenarioCount = q.value(8).toInt();
    return c;
}

// SQLite receives a null QString as NULL; the columns want text, empty or not.
QVariant text(const QString &value)
{
    return QVariant(value.isNull() ? QStringLiteral("") : value);
}

QString likePattern(const QString &text)
{
    QString escaped = text.trimmed();
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"))
        .replace(QLatin1String("%"), QLatin1String("\\%"))
        .replace(QLatin1String("_"), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString agreementBody(const Agreement &agreement)
{
    return QString::fromUtf8(
        QJsonDocument(AgreementFile::toJson(agreement)).toJson(QJsonDocument::Compact));
}

Revision revisionFrom(const QSqlQuery &q, int first)
{
    Revision r;
    r.revision = q.value(first).toInt();
    r.content.title = q.value(first + 1).toString();
    r.content.answers = decodeAnswers(q.value(first + 2).toString());
    r.content.notes = q.value(first + 3).toString();
    r.content.knowledgeVersion = q.value(first + 4).toString();
    r.saved = parseTime(q.value(first + 5));
    return r;
}

QVector<ScenarioStore::History> historiesFrom(QSqlQuery &q)
{
    QVector<ScenarioStore::History> out;
    qint64 current = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (out.isEmpty() || id != current) {
            current = id;
            out.append(
                {{}, q.value(1).toInt() != 0, q.value(2).toInt() != 0, q.value(9).toString()});
        }
        out.last().revisions.append(revisionFrom(q, 3));
    }
    return out;
}

QVector<ScenarioStore::AgreementHistory> agreementHistoriesFrom(QSqlQuery &q,
                                                                DamagedRevision &damaged)
{
    QVector<ScenarioStore::AgreementHistory> out;
    qint64 current = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (out.isEmpty() || id != current) {
            current = id;
            out.append({{}, q.value(1).toInt() != 0, q.value(5).toString()});
        }
        const QString body = q.value(3).toString();
        const std::optional<Agreement> agreement = AgreementFile::fromStored(body.toUtf8());
        if (!agreement) {
            damaged = {id, q.value(2).toInt()};
            return {};
        }
        out.last().revisions.append({q.value(2).toInt(), *agreement, parseTime(q.value(4))});
    }
    return out;
}

} // namespace akkoord::sql
