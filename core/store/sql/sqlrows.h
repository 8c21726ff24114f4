#pragma once

// Inside the store's backends only (core/store/sqlite, core/store/postgres): rows read through Qt
// SQL as records, and values as the columns keep them. Each backend selects the columns in the
// order these functions read them (its own *Columns lists).
#include "store/records.h"
#include "store/scenariostore.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace akkoord::sql {

// Times are read as ISO 8601 text in UTC, with milliseconds.
QDateTime parseTime(const QVariant &v);
QString encodeAnswers(const Answers &answers);
Answers decodeAnswers(const QString &json);
// id, uuid, case_id, title, answers, notes, knowledge_version, revision, is_baseline (0/1),
// created_at, modified_at, deleted_at.
ScenarioRecord scenarioFrom(const QSqlQuery &q);
QVector<ScenarioRecord> recordsFrom(QSqlQuery &q);
// id, case_id, title, is_baseline.
QVector<ScenarioSummary> summariesFrom(QSqlQuery &q);
// id, uuid, name, cbs_code, region, created_at, modified_at, deleted_at, scenario count.
CaseRecord caseFrom(const QSqlQuery &q);
// A scenario's revision from its columns revision, title, answers, notes, knowledge_version,
// saved_at, the first of them at column first.
Revision revisionFrom(const QSqlQuery &q, int first);
// One row per revision, by scenario and revision: scenario id, is_baseline (0/1), deleted (0/1),
// revision, title, answers, notes, knowledge_version, saved_at, the scenario's uuid.
QVector<ScenarioStore::History> historiesFrom(QSqlQuery &q);
// One row per revision, by agreement and revision: agreement id, deleted (0/1), revision, body,
// saved_at, the agreement's uuid. A body that does not read as an agreement stops the reading:
// damaged names it.
struct DamagedRevision
{
    qint64 id = 0;
    int revision = 0;
};
QVector<ScenarioStore::AgreementHistory> agreementHistoriesFrom(QSqlQuery &q,
                                                                DamagedRevision &damaged);
// A null QString is bound as NULL; the columns want text, empty or not.
QVariant text(const QString &value);
// A LIKE pattern that finds text anywhere, with %, _ and \ taken literally (escape \).
QString likePattern(const QString &text);
QString newUuid();
// An agreement as the store keeps it: the JSON object of an agreements file, compact.
QString agreementBody(const Agreement &agreement);

} // namespace akkoord::sql
