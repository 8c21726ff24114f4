#pragma once

// Inside the SQLite backend only: the connection and the mapping between rows and records.
// Nothing outside core/store/sqlite includes this (or any Qt SQL header).
#include "store/records.h"
#include "store/sql/sqlrows.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace akkoord {

namespace sqlite {
class Statement;
}

struct SqliteConnection
{
    SqliteConnection();
    ~SqliteConnection();
    QSqlDatabase db;
    QHash<QString, QSqlQuery> statements; // compiled once per connection
    // The same on SQLite's own interface, for the writes an import repeats thousands of times.
    QHash<QByteArray, std::shared_ptr<sqlite::Statement>> raw;
};

namespace sqlite {

// The rows and values both backends share (store/sql/sqlrows.h).
using namespace akkoord::sql;

// The columns scenarioFrom and caseFrom read, in their order.
extern const char *const ScenarioColumns;
extern const char *const CaseColumns;
// As CaseColumns, with -1 instead of the count: nothing of the scenarios is read.
extern const char *const CaseColumnsUncounted;

// Whether a file lost its end, from the header's page count (one read, not a scan).
bool isTruncated(const QByteArray &header, qint64 fileSize);

// SQLite's own handle under Qt's connection, or null if the driver is not SQLite.
sqlite3 *handleOf(const QSqlDatabase &db);

// A statement on SQLite's own interface, for reads of many rows: QSqlQuery makes a QVariant of
// every value, which at a million rows costs more than the read. Text comes as UTF-8, as stored.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Starts again with new values bound (1-based, as SQLite counts).
    void reset();
    void bind(int index, qint64 value);
    // Text as UTF-8; a null QString is bound as empty text, as the columns want.
    void bind(int index, const QString &value);
    // Runs a statement that returns no rows; true when it did.
    bool run() { return !step() && m_code == 101 /* SQLITE_DONE */; }
    // True while there is a row; false at the end or on an error (then code() is not SQLITE_DONE).
    bool step();
    int code() const { return m_code; }
    QString message() const;

    qint64 integer(int column) const;
    bool isNull(int column) const;
    QByteArrayView utf8(int column) const;
    QString text(int column) const { return QString::fromUtf8(utf8(column)); }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    int m_code = 0;
};

// The columns ScenarioColumns names, from a statement that selected them; answers and notes stay
// empty when they were selected as NULL.
ScenarioRecord scenarioFrom(const Statement &s);

} // namespace sqlite
} // namespace akkoord
