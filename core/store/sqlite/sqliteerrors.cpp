#include "store/sqlite/sqlitestore.h"

#include "store/sqlite/sqliteinternal.h"

#include <QSqlError>

// SQLite's result codes as the error kinds the program and the command line act on, each with
// what the user can do about it.
namespace akkoord {

Error SqliteStore::error(ErrorKind kind, const QString &message) const
{
    Error e;
    e.kind = kind;
    e.file = m_path;
    e.message = message;
    return e;
}

Error SqliteStore::error(const QSqlQuery &query, const QString &what) const
{
    const QSqlError sql = query.lastError();
    return error(sql.nativeErrorCode().toInt(),
                 sql.databaseText().isEmpty() ? sql.text() : sql.databaseText(), what);
}

Error SqliteStore::error(int sqliteCode, const QString &detail, const QString &what) const
{
    // SQLite's primary result code, whether or not Qt passes the extended one.
    const int code = sqliteCode & 0xff;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return error(ErrorKind::Busy,
                     tr("the database is busy in another program; try again in a moment"));
    case 8: // SQLITE_READONLY
        return error(ErrorKind::ReadOnly,
                     tr("the database is read-only; nothing was saved. Save a copy "
                        "elsewhere or ask for write permission"));
    case 11: // SQLITE_CORRUPT
        return error(ErrorKind::CorruptDatabase,
                     tr("the database is damaged (%1); nothing was changed. Run "
                        "“akkoord-cli check” and restore a backup if needed")
                         .arg(detail));
    case 13: // SQLITE_FULL
        return error(ErrorKind::DiskFull,
                     tr("the disk is full; nothing was saved. Free some space and try "
                        "again"));
    case 26: // SQLITE_NOTADB
        return error(ErrorKind::NotADatabase,
                     tr("this file is not an Akkoord database; nothing was changed"));
    default:
        break;
    }
    return error(ErrorKind::StorageFailed, tr("%1 failed: %2").arg(what, detail));
}

QString SqliteStore::now() const
{
    return m_options.clock().toUTC().toString(Qt::ISODateWithMs);
}

} // namespace akkoord
