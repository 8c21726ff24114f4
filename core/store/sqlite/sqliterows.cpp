#include "store/sqlite/sqliteinternal.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

// Rows as records and back: the one place that knows the columns.
namespace akkoord::sqlite {

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

extern const char *const ScenarioColumns =
    "id, uuid, case_id, title, answers, notes, knowledge_version, "
    "revision, is_baseline, created_at, modified_at, deleted_at";

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

extern const char *const CaseColumns =
    "c.id, c.uuid, c.name, c.cbs_code, c.region, c.created_at, c.modified_at, c.deleted_at, "
    "(SELECT count(*) FROM scenarios s WHERE s.case_id = c.id AND s.deleted_at IS NULL)";

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

// The header records how many pages the file holds as of its last commit (when its "valid for"
// counter matches the change counter); a file shorter than that lost its end. This costs one read
// where scanning every page would cost a second on a large database.
bool isTruncated(const QByteArray &header, qint64 fileSize)
{
    if (header.size() < 100) {
        return !header.isEmpty() && header.size() < 100 && fileSize >= 16;
    }
    const auto be32 = [&](int at) {
        return (quint32(quint8(header[at])) << 24) | (quint32(quint8(header[at + 1])) << 16) |
               (quint32(quint8(header[at + 2])) << 8) | quint32(quint8(header[at + 3]));
    };
    const quint32 rawPageSize = (quint32(quint8(header[16])) << 8) | quint8(header[17]);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const quint32 pages = be32(28);
    const bool valid = be32(24) == be32(92) && pages > 0;
    return valid && qint64(pages) * pageSize > fileSize;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace akkoord::sqlite
