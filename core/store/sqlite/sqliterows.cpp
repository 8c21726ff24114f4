#include "store/sqlite/sqliteinternal.h"

#include <QJsonDocument>
#include <QSqlDriver>

#include <QJsonObject>
#include <QUuid>
#include <sqlite3.h>

// Rows as records and back: the one place that knows the columns.
namespace akkoord {

SqliteConnection::SqliteConnection() = default;
SqliteConnection::~SqliteConnection() = default;

namespace sqlite {

extern const char *const ScenarioColumns =
    "id, uuid, case_id, title, answers, notes, knowledge_version, "
    "revision, is_baseline, created_at, modified_at, deleted_at";

extern const char *const CaseColumns =
    "c.id, c.uuid, c.name, c.cbs_code, c.region, c.created_at, c.modified_at, c.deleted_at, "
    "(SELECT count(*) FROM scenarios s WHERE s.case_id = c.id AND s.deleted_at IS NULL)";

extern const char *const CaseColumnsUncounted =
    "c.id, c.uuid, c.name, c.cbs_code, c.region, c.created_at, c.modified_at, c.deleted_at, -1";

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

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    return qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3 *const *>(handle.constData())
               : nullptr;
}

void Statement::bind(int index, const QString &value)
{
    if (m_code == SQLITE_OK) {
        const QByteArray utf8 = value.toUtf8();
        m_code = sqlite3_bind_text(m_statement, index, utf8.isNull() ? "" : utf8.constData(),
                                   int(utf8.size()), SQLITE_TRANSIENT);
    }
}

Statement::Statement(sqlite3 *db, const char *sql) : m_db(db)
{
    m_code = sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr);
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

void Statement::reset()
{
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        m_code = SQLITE_OK;
    }
}

void Statement::bind(int index, qint64 value)
{
    if (m_code == SQLITE_OK) {
        m_code = sqlite3_bind_int64(m_statement, index, value);
    }
}

bool Statement::step()
{
    if (m_code != SQLITE_OK && m_code != SQLITE_ROW) {
        return false;
    }
    m_code = sqlite3_step(m_statement);
    return m_code == SQLITE_ROW;
}

QString Statement::message() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QByteArrayView Statement::utf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

ScenarioRecord scenarioFrom(const Statement &s)
{
    const auto time = [&](int column) {
        return s.isNull(column) ? QDateTime()
                                : QDateTime::fromString(s.text(column), Qt::ISODateWithMs);
    };
    ScenarioRecord r;
    r.id = s.integer(0);
    r.uuid = s.text(1);
    r.caseId = s.integer(2);
    r.content.title = s.text(3);
    if (!s.isNull(4)) {
        r.content.answers =
            Answers::fromJson(QJsonDocument::fromJson(s.utf8(4).toByteArray()).object());
    }
    r.content.notes = s.text(5);
    r.content.knowledgeVersion = s.text(6);
    r.revision = int(s.integer(7));
    r.baseline = s.integer(8) != 0;
    r.created = time(9);
    r.modified = time(10);
    r.deleted = time(11);
    return r;
}

} // namespace sqlite
} // namespace akkoord
