#pragma once

// Inside the SQLite backend only: the connection and the mapping between rows and records.
// Nothing outside core/store/sqlite includes this (or any Qt SQL header).
#include "store/records.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace akkoord {

struct SqliteConnection
{
    QSqlDatabase db;
    QHash<QString, QSqlQuery> statements; // compiled once per connection
};

namespace sqlite {

// The columns scenarioFrom and caseFrom read, in their order.
extern const char *const ScenarioColumns;
extern const char *const CaseColumns;

QDateTime parseTime(const QVariant &v);
QString encodeAnswers(const Answers &answers);
Answers decodeAnswers(const QString &json);
ScenarioRecord scenarioFrom(const QSqlQuery &q);
QVector<ScenarioRecord> recordsFrom(QSqlQuery &q);
QVector<ScenarioSummary> summariesFrom(QSqlQuery &q);
CaseRecord caseFrom(const QSqlQuery &q);
// SQLite receives a null QString as NULL; the columns want text, empty or not.
QVariant text(const QString &value);
// A LIKE pattern that finds text anywhere, with %, _ and \ taken literally.
QString likePattern(const QString &text);
// Whether a file lost its end, from the header's page count (one read, not a scan).
bool isTruncated(const QByteArray &header, qint64 fileSize);
QString newUuid();

} // namespace sqlite
} // namespace akkoord
