#include "store/sqlite/sqlitestore.h"

#include "store/sqlite/sqliteinternal.h"

#include "common/outputfile.h"

#include <QAtomicInteger>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

// Opening a file safely, the schema and its migrations, and the whole-file operations (integrity
// check, backup) of the SQLite backend.
namespace akkoord {

using namespace sqlite;

namespace {

// The schema, one step per version: step i takes a database from version i to i + 1.
const char *const SchemaSteps[] = {
    R"(
    CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        cbs_code TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        deleted_at TEXT
    );
    CREATE INDEX cases_name ON cases (name COLLATE NOCASE);
    CREATE TABLE scenarios (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        answers TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        knowledge_version TEXT NOT NULL DEFAULT '',
        revision INTEGER NOT NULL,
        is_baseline INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        deleted_at TEXT
    );
    CREATE INDEX scenarios_case ON scenarios (case_id);
    CREATE UNIQUE INDEX scenarios_one_baseline ON scenarios (case_id)
        WHERE is_baseline = 1 AND deleted_at IS NULL;
    CREATE TABLE scenario_revisions (
        scenario_id INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        title TEXT NOT NULL,
        answers TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        knowledge_version TEXT NOT NULL DEFAULT '',
        saved_at TEXT NOT NULL,
        PRIMARY KEY (scenario_id, revision)
    ) WITHOUT ROWID;
    )",
    // 2: browsing and filtering read titles from this index, never the answers.
    R"(
    CREATE INDEX scenarios_browse ON scenarios (case_id, title, is_baseline, deleted_at);
    )",
    // 3: ids are never used twice (AUTOINCREMENT), so that an id kept in a draft, a script or a
    // colleague's note can never come to mean another scenario after a purge; and the database
    // gets an identity of its own, which drafts record. SQLite cannot add AUTOINCREMENT to a
    // table, so both are rebuilt with the same columns and indexes.
    R"(
    CREATE TABLE cases_new (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        cbs_code TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        deleted_at TEXT
    );
    INSERT INTO cases_new (id, uuid, name, cbs_code, region, created_at, modified_at, deleted_at)
        SELECT id, uuid, name, cbs_code, region, created_at, modified_at, deleted_at FROM cases;
    CREATE TABLE scenarios_new (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uuid TEXT NOT NULL UNIQUE,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        answers TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        knowledge_version TEXT NOT NULL DEFAULT '',
        revision INTEGER NOT NULL,
        is_baseline INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        deleted_at TEXT
    );
    INSERT INTO scenarios_new (id, uuid, case_id, title, answers, notes, knowledge_version, revision,
                               is_baseline, created_at, modified_at, deleted_at)
        SELECT id, uuid, case_id, title, answers, notes, knowledge_version, revision, is_baseline,
               created_at, modified_at, deleted_at FROM scenarios;
    DROP TABLE scenarios;
    DROP TABLE cases;
    ALTER TABLE cases_new RENAME TO cases;
    ALTER TABLE scenarios_new RENAME TO scenarios;
    CREATE INDEX cases_name ON cases (name COLLATE NOCASE);
    CREATE INDEX scenarios_case ON scenarios (case_id);
    CREATE UNIQUE INDEX scenarios_one_baseline ON scenarios (case_id)
        WHERE is_baseline = 1 AND deleted_at IS NULL;
    CREATE INDEX scenarios_browse ON scenarios (case_id, title, is_baseline, deleted_at);
    CREATE TABLE store_identity (
        only INTEGER PRIMARY KEY CHECK (only = 1),
        uuid TEXT NOT NULL
    );
    INSERT INTO store_identity (only, uuid) VALUES (1, lower(hex(randomblob(16))));
    )",
    // 4: the agreements register. An agreement is kept whole, as the JSON object of an agreements
    // file (checked by the same reader on every save), with title, kind and status beside it for
    // lists; every revision stays, as for scenarios.
    R"(
    CREATE TABLE agreements (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uuid TEXT NOT NULL UNIQUE,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        status TEXT NOT NULL,
        start_date TEXT NOT NULL,
        body TEXT NOT NULL,
        revision INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        deleted_at TEXT
    );
    CREATE INDEX agreements_case ON agreements (case_id, start_date, title);
    CREATE TABLE agreement_revisions (
        agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        body TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        PRIMARY KEY (agreement_id, revision)
    ) WITHOUT ROWID;
    )",
};
static_assert(sizeof(SchemaSteps) / sizeof(SchemaSteps[0]) == ScenarioStore::SchemaVersion,
              "one schema step per version");

QAtomicInteger<int> connectionCounter;

} // namespace

SqliteStore::SqliteStore(QString path, StoreOptions options, QString connection)
    : m_path(std::move(path)), m_options(std::move(options)), m_connection(std::move(connection)),
      m_sql(std::make_unique<SqliteConnection>())
{
}

SqliteStore::~SqliteStore()
{
    m_sql->statements.clear();
    m_sql->raw.clear(); // finalized before the connection closes
    if (m_sql->db.isValid()) {
        m_sql->db.close();
    }
    m_sql->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase &SqliteStore::db() const
{
    return m_sql->db;
}

Result<std::unique_ptr<ScenarioStore>> SqliteStore::open(const QString &path,
                                                         const StoreOptions &options)
{
    const QString connection =
        QStringLiteral("akkoord-store-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<SqliteStore> store(new SqliteStore(path, options, connection));
    // File-level checks first: SQLite would happily create or write where we must not.
    Error e = store->checkFile();
    if (!e.isError()) {
        e = store->connect();
    }
    int version = 0;
    if (!e.isError()) {
        e = store->checkIdentity(&version);
    }
    if (!e.isError()) {
        e = store->prepare(version);
    }
    if (e.isError()) {
        return e;
    }
    return std::unique_ptr<ScenarioStore>(std::move(store));
}

Error SqliteStore::checkFile() const
{
    const StoreOptions &options = m_options;
    const QString &path = m_path;
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    // Akkoord's own data folder is private, also when an older version made it readable by all;
    // a folder the user chose with --db is left as it is.
    if (!options.readOnly && folder.isDir() && folder.ownerId() == ::geteuid() &&
        folder.absoluteFilePath() ==
            QFileInfo(QFileInfo(defaultPath()).absolutePath()).absoluteFilePath()) {
        QFile::setPermissions(folder.absoluteFilePath(), QFileDevice::ReadOwner |
                                                             QFileDevice::WriteOwner |
                                                             QFileDevice::ExeOwner);
    }
    return info.exists() ? checkExistingFile(info, folder) : createFile(folder);
}

Error SqliteStore::checkExistingFile(const QFileInfo &info, const QFileInfo &folder) const
{
    const StoreOptions &options = m_options;
    const QString &path = m_path;
    if (info.isDir()) {
        return error(ErrorKind::NotADatabase, tr("this is a folder, not a database file"));
    }
    // A device or a pipe is no database: opening a pipe would wait for ever, and the mode
    // change below must never reach a device node.
    if (!info.isFile()) {
        return error(ErrorKind::NotADatabase,
                     tr("this is not a regular file (a device or pipe), so not a "
                        "database; nothing was changed"));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return error(ErrorKind::ReadOnly, tr("the database cannot be read (%1); check its "
                                             "permissions")
                                              .arg(file.errorString()));
    }
    const QByteArray header = file.read(100);
    if (!header.isEmpty() && !header.startsWith(QByteArray("SQLite format 3\0", 16))) {
        return error(ErrorKind::NotADatabase,
                     tr("this file is not an Akkoord database; nothing was "
                        "changed. Choose another file"));
    }
    // Pages not yet copied back from the write-ahead log live there, not in the file itself.
    const bool walPending = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (!walPending && isTruncated(header, file.size())) {
        return error(ErrorKind::CorruptDatabase,
                     tr("the database is damaged (the file is shorter than it says); "
                        "nothing was changed. Run “akkoord-cli check” and restore a "
                        "backup if needed"));
    }
    // An empty file is about to become a database: readable by its owner only, like a new one.
    if (!options.readOnly && file.size() == 0) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (!options.readOnly && !info.isWritable()) {
        return error(ErrorKind::ReadOnly, tr("the database file is read-only; ask for write "
                                             "permission or open a copy"));
    }
    if (!options.readOnly && !folder.isWritable()) {
        return error(ErrorKind::ReadOnly,
                     tr("the folder %1 is read-only, and the database needs to "
                        "write beside its file; move it to a folder you can "
                        "write to")
                         .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    }
    return {};
}

Error SqliteStore::createFile(const QFileInfo &folder) const
{
    const StoreOptions &options = m_options;
    const QString &path = m_path;
    if (options.readOnly) {
        return error(ErrorKind::NotFound, tr("the database does not exist"));
    }
    if (!OutputFile::makeFolder(folder.absoluteFilePath())) {
        return error(ErrorKind::ReadOnly,
                     tr("the folder %1 cannot be created; choose another "
                        "place")
                         .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    }
    // Cases can hold sensitive local detail: readable by the owner only, from the start.
    // Another program may create it at the same moment; then both go on with that one.
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0 && errno != EEXIST) {
        return error(ErrorKind::ReadOnly, tr("the database cannot be created here (%1); choose "
                                             "another place")
                                              .arg(QString::fromLocal8Bit(strerror(errno))));
    }
    if (fd >= 0) {
        ::close(fd);
    }
    return {};
}

Error SqliteStore::connect()
{
    const StoreOptions &options = m_options;
    m_sql->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_sql->db.setDatabaseName(m_path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
    if (options.readOnly) {
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    m_sql->db.setConnectOptions(connectOptions);
    if (!m_sql->db.open()) {
        return error(ErrorKind::StorageFailed,
                     tr("the database cannot be opened: %1").arg(m_sql->db.lastError().text()));
    }
    return {};
}

Error SqliteStore::checkIdentity(int *version) const
{
    // One statement, so one consistent look: another program creating the file meanwhile must
    // not be seen half (tables there, but not yet its application id).
    QSqlQuery q(m_sql->db);
    if (!q.exec(QStringLiteral("SELECT (SELECT user_version FROM pragma_user_version), "
                               "(SELECT application_id FROM pragma_application_id), "
                               "(SELECT count(*) FROM sqlite_master)")) ||
        !q.next()) {
        return error(q, tr("reading the database"));
    }
    *version = q.value(0).toInt();
    const qint32 applicationId = q.value(1).toInt();
    const bool empty = q.value(2).toInt() == 0 && *version == 0;
    if (!empty && applicationId != ApplicationId) {
        return error(ErrorKind::NotADatabase,
                     tr("this SQLite file belongs to another program; nothing was "
                        "changed. Choose an Akkoord database"));
    }
    // Refuse databases written by a newer version: we cannot know what we would lose.
    if (*version > SchemaVersion) {
        return error(ErrorKind::NewerDatabase,
                     tr("this database was written by a newer Akkoord (schema %1; "
                        "this version knows up to %2); nothing was changed. Update "
                        "Akkoord to open it")
                         .arg(*version)
                         .arg(SchemaVersion));
    }
    if (*version > 0 && !q.exec(QStringLiteral("SELECT count(*) FROM cases"))) {
        return error(q, tr("reading the database"));
    }
    return {};
}

Error SqliteStore::prepare(int version)
{
    const StoreOptions &options = m_options;
    QSqlQuery q(m_sql->db);
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            return error(q, tr("preparing the database"));
        }
    }
    if (options.readOnly) {
        // An older schema is read as it is: what reading needs has been there since schema 1,
        // and a backup, a check or an export before the upgrade must not need the upgrade.
        if (version == 0) {
            return error(ErrorKind::NotADatabase,
                         tr("this file holds no Akkoord data yet; nothing was changed"));
        }
        return {};
    }
    // Switching an older file to WAL needs it to itself for a moment, and SQLite answers "busy"
    // at once rather than waiting while other programs open it too: wait here, within the
    // busy timeout.
    QElapsedTimer waited;
    waited.start();
    while (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        if (q.lastError().nativeErrorCode() != QLatin1String("5") ||
            waited.elapsed() > options.busyTimeoutMs) {
            return error(q, tr("preparing the database"));
        }
        QThread::msleep(10);
    }
    q.finish(); // an unfinished statement would keep the migration from committing
    return migrate();
}

bool SqliteStore::wasUsed(const char *table, qint64 id) const
{
    // Ids are handed out in order and never again (AUTOINCREMENT), so one up to the highest ever
    // given belonged to a row that has since been removed.
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = ?"));
    q.addBindValue(QLatin1String(table));
    return q.exec() && q.next() && id >= 1 && id <= q.value(0).toLongLong();
}

QString SqliteStore::identity() const
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("SELECT uuid FROM store_identity")) && q.next()
               ? q.value(0).toString()
               : QString();
}

int SqliteStore::schemaVersion() const
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

Error SqliteStore::migrate()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        return error(q, tr("reading the database"));
    }
    const int seen = q.value(0).toInt();
    q.finish();
    if (seen == SchemaVersion) {
        return {};
    }
    // Rebuilding a table drops it; with foreign keys on, that would delete every revision. The
    // pragma has no effect inside a transaction, so it is switched around it.
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"))) {
        return error(q, tr("upgrading the database"));
    }
    const Error e = transaction([&]() -> Error {
        // Another program may have created or upgraded the file while this one waited for the
        // lock: the version read before it counts for nothing.
        QSqlQuery s(db());
        if (!s.exec(QStringLiteral("PRAGMA user_version")) || !s.next()) {
            return error(s, tr("reading the database"));
        }
        const int from = s.value(0).toInt();
        s.finish();
        if (from == SchemaVersion) {
            return {};
        }
        if (from > SchemaVersion) {
            return error(ErrorKind::NewerDatabase,
                         tr("this database was written by a newer Akkoord (schema %1; this version "
                            "knows up to %2); nothing was changed. Update Akkoord to open it")
                             .arg(from)
                             .arg(SchemaVersion));
        }
        if (from > 0) {
            // Keep the database as it was before an upgrade, beside the file. The lock held
            // here makes this the one copy, of exactly what is upgraded.
            const Error copied = backupBeforeUpgrade(from);
            if (copied.isError()) {
                return copied;
            }
        }
        for (int step = from; step < SchemaVersion; ++step) {
            for (const QString &statement :
                 QString::fromLatin1(SchemaSteps[step]).split(QLatin1Char(';'))) {
                if (statement.trimmed().isEmpty()) {
                    continue;
                }
                if (!s.exec(statement)) {
                    return error(s, tr("upgrading the database"));
                }
            }
        }
        if (!s.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
            return error(s, tr("upgrading the database"));
        }
        if (s.next()) {
            return error(ErrorKind::CorruptDatabase,
                         tr("the database refers to rows that do not exist; nothing was changed. "
                            "Run “akkoord-cli check” and restore a backup if needed"));
        }
        s.finish();
        if (!s.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)) ||
            !s.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion))) {
            return error(s, tr("upgrading the database"));
        }
        return {};
    });
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    return e;
}

Error SqliteStore::backupBeforeUpgrade(int from) const
{
    QString target = m_path + QStringLiteral(".schema%1.bak").arg(from);
    for (int n = 2; QFileInfo::exists(target) || QFileInfo(target).isSymLink(); ++n) {
        target = m_path + QStringLiteral(".schema%1-%2.bak").arg(from).arg(n);
    }
    // A second connection reads what is committed, which the write lock keeps as it is.
    const QString name = m_connection + QStringLiteral("-upgrade-copy");
    Error result;
    {
        QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        reader.setDatabaseName(m_path);
        reader.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1")
                                     .arg(m_options.busyTimeoutMs));
        if (!reader.open()) {
            result = error(ErrorKind::StorageFailed,
                           tr("the database cannot be opened: %1").arg(reader.lastError().text()));
        } else {
            result = copyInto(reader, target);
            reader.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Error SqliteStore::checkIntegrity(QStringList *problems, Depth depth, Checked *checked) const
{
    QSqlQuery q(db());
    const auto collect = [&](const QString &pragma) -> Error {
        if (!q.exec(pragma)) {
            return error(q, tr("checking the database"));
        }
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok")) {
                problems->append(line);
            }
        }
        return {};
    };
    const auto pragmaNumber = [&](const char *pragma) {
        return q.exec(QString::fromLatin1(pragma)) && q.next() ? q.value(0).toLongLong() : 0;
    };
    const qint64 pageSize = pragmaNumber("PRAGMA page_size");
    const qint64 fileBytes = pageSize * pragmaNumber("PRAGMA page_count");
    qint64 readBytes = fileBytes;
    if (depth == Depth::Full) {
        if (Error e = collect(QStringLiteral("PRAGMA integrity_check")); e.isError()) {
            return e;
        }
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
            return error(q, tr("checking the database"));
        }
        while (q.next()) {
            problems->append(
                tr("row %1 of %2 refers to a missing %3")
                    .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString()));
        }
    } else {
        // The small tables whole, with their indexes; of the two large ones the newest rows,
        // which sit at the right edge of their trees (a read of a few pages each, at any size),
        // decoded as a reader would. The pages read are counted by SQLite itself.
        sqlite3 *handle = handleOf(db());
        int used = 0;
        int highWater = 0;
        sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_MISS, &used, &highWater, 1);
        QStringList small; // an older schema lacks some of them
        if (!q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name "
                                   "IN ('store_identity', 'cases', 'sqlite_sequence')"))) {
            return error(q, tr("checking the database"));
        }
        while (q.next()) {
            small << q.value(0).toString();
        }
        for (const QString &table : small) {
            if (Error e = collect(QStringLiteral("PRAGMA integrity_check(%1)").arg(table));
                e.isError()) {
                return e;
            }
        }
        for (const char *sql :
             {"SELECT title, answers, notes FROM scenarios ORDER BY id DESC LIMIT 200",
              "SELECT title, answers, notes FROM scenario_revisions "
              "ORDER BY scenario_id DESC, revision DESC LIMIT 200"}) {
            if (!q.exec(QString::fromLatin1(sql))) {
                problems->append(q.lastError().text());
                continue;
            }
            while (q.next()) {
                QJsonParseError parsed;
                QJsonDocument::fromJson(q.value(1).toString().toUtf8(), &parsed);
                if (parsed.error != QJsonParseError::NoError) {
                    problems->append(tr("a saved scenario's answers cannot be read (%1)")
                                         .arg(parsed.errorString()));
                }
            }
        }
        sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_MISS, &used, &highWater, 0);
        readBytes = std::min<qint64>(fileBytes, qint64(used) * pageSize);
    }
    if (checked) {
        checked->bytes = readBytes;
        checked->fileBytes = fileBytes;
    }
    return {};
}

Error SqliteStore::backup(const QString &target) const
{
    return copyInto(db(), target);
}

Error SqliteStore::copyInto(const QSqlDatabase &db, const QString &target) const
{
    // Created here, empty, readable by the owner only and never through a link someone placed
    // there; VACUUM INTO then fills it. An existing file is never overwritten.
    const int fd = ::open(QFile::encodeName(target).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int why = errno;
        Error e =
            why == EEXIST
                ? error(ErrorKind::Duplicate,
                        tr("%1 exists already; choose another name for the backup").arg(target))
                : error(why == ENOSPC ? ErrorKind::DiskFull : ErrorKind::StorageFailed,
                        tr("the backup cannot be created (%1)")
                            .arg(QString::fromLocal8Bit(strerror(why))));
        e.file = target;
        return e;
    }
    ::close(fd);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        QFile::remove(target); // a half-written copy is worse than none
        Error e = error(q, tr("making the backup"));
        e.file = target;
        return e;
    }
    return {};
}

} // namespace akkoord
