#include "store/scenariostore.h"

#include "common/outputfile.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace akkoord {

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
};
static_assert(sizeof(SchemaSteps) / sizeof(SchemaSteps[0]) == ScenarioStore::SchemaVersion,
              "one schema step per version");

QAtomicInteger<int> connectionCounter;

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

const char *ScenarioColumns = "id, uuid, case_id, title, answers, notes, knowledge_version, "
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

const char *CaseColumns =
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

} // namespace

struct ScenarioStore::Connection
{
    QSqlDatabase db;
    QHash<QString, QSqlQuery> statements;
};

ScenarioStore::ScenarioStore(QString path, StoreOptions options, QString connection)
    : m_path(std::move(path)), m_options(std::move(options)), m_connection(std::move(connection)),
      m_sql(std::make_unique<Connection>())
{
}

ScenarioStore::~ScenarioStore()
{
    m_sql->statements.clear();
    if (m_sql->db.isValid()) {
        m_sql->db.close();
    }
    m_sql->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase &ScenarioStore::db() const
{
    return m_sql->db;
}

QString ScenarioStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/akkoord/akkoord.sqlite");
}

Error ScenarioStore::error(ErrorKind kind, const QString &message) const
{
    Error e;
    e.kind = kind;
    e.file = m_path;
    e.message = message;
    return e;
}

Error ScenarioStore::error(const QSqlQuery &query, const QString &what) const
{
    const QSqlError sql = query.lastError();
    return error(sql.nativeErrorCode().toInt(),
                 sql.databaseText().isEmpty() ? sql.text() : sql.databaseText(), what);
}

Error ScenarioStore::error(int sqliteCode, const QString &detail, const QString &what) const
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

QString ScenarioStore::now() const
{
    return m_options.clock().toUTC().toString(Qt::ISODateWithMs);
}

Result<std::unique_ptr<ScenarioStore>> ScenarioStore::open(const QString &path,
                                                           const StoreOptions &options)
{
    const QString connection =
        QStringLiteral("akkoord-store-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<ScenarioStore> store(new ScenarioStore(path, options, connection));

    // File-level checks first: SQLite would happily create or write where we must not.
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
    if (info.exists()) {
        if (info.isDir()) {
            return store->error(ErrorKind::NotADatabase,
                                tr("this is a folder, not a database file"));
        }
        // A device or a pipe is no database: opening a pipe would wait for ever, and the mode
        // change below must never reach a device node.
        if (!info.isFile()) {
            return store->error(ErrorKind::NotADatabase,
                                tr("this is not a regular file (a device or pipe), so not a "
                                   "database; nothing was changed"));
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return store->error(ErrorKind::ReadOnly,
                                tr("the database cannot be read (%1); check its "
                                   "permissions")
                                    .arg(file.errorString()));
        }
        const QByteArray header = file.read(100);
        if (!header.isEmpty() && !header.startsWith(QByteArray("SQLite format 3\0", 16))) {
            return store->error(ErrorKind::NotADatabase,
                                tr("this file is not an Akkoord database; nothing was "
                                   "changed. Choose another file"));
        }
        // Pages not yet copied back from the write-ahead log live there, not in the file itself.
        const bool walPending = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
        if (!walPending && isTruncated(header, file.size())) {
            return store->error(ErrorKind::CorruptDatabase,
                                tr("the database is damaged (the file is shorter than it says); "
                                   "nothing was changed. Run “akkoord-cli check” and restore a "
                                   "backup if needed"));
        }
        // An empty file is about to become a database: readable by its owner only, like a new one.
        if (!options.readOnly && file.size() == 0) {
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        if (!options.readOnly && !info.isWritable()) {
            return store->error(ErrorKind::ReadOnly,
                                tr("the database file is read-only; ask for write "
                                   "permission or open a copy"));
        }
        if (!options.readOnly && !folder.isWritable()) {
            return store->error(ErrorKind::ReadOnly,
                                tr("the folder %1 is read-only, and the database needs to "
                                   "write beside its file; move it to a folder you can "
                                   "write to")
                                    .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
        }
    } else {
        if (options.readOnly) {
            return store->error(ErrorKind::NotFound, tr("the database does not exist"));
        }
        if (!OutputFile::makeFolder(folder.absoluteFilePath())) {
            return store->error(ErrorKind::ReadOnly,
                                tr("the folder %1 cannot be created; choose another "
                                   "place")
                                    .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
        }
        // Cases can hold sensitive local detail: readable by the owner only, from the start.
        // Another program may create it at the same moment; then both go on with that one.
        const int fd = ::open(QFile::encodeName(path).constData(),
                              O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST) {
            return store->error(ErrorKind::ReadOnly,
                                tr("the database cannot be created here (%1); choose "
                                   "another place")
                                    .arg(QString::fromLocal8Bit(strerror(errno))));
        }
        if (fd >= 0) {
            ::close(fd);
        }
    }

    store->m_sql->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    store->m_sql->db.setDatabaseName(path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
    if (options.readOnly) {
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    store->m_sql->db.setConnectOptions(connectOptions);
    if (!store->m_sql->db.open()) {
        return store->error(
            ErrorKind::StorageFailed,
            tr("the database cannot be opened: %1").arg(store->m_sql->db.lastError().text()));
    }

    // One statement, so one consistent look: another program creating the file meanwhile must
    // not be seen half (tables there, but not yet its application id).
    QSqlQuery q(store->m_sql->db);
    if (!q.exec(QStringLiteral("SELECT (SELECT user_version FROM pragma_user_version), "
                               "(SELECT application_id FROM pragma_application_id), "
                               "(SELECT count(*) FROM sqlite_master)")) ||
        !q.next()) {
        return store->error(q, tr("reading the database"));
    }
    const int version = q.value(0).toInt();
    const qint32 applicationId = q.value(1).toInt();
    const bool empty = q.value(2).toInt() == 0 && version == 0;
    if (!empty && applicationId != ApplicationId) {
        return store->error(ErrorKind::NotADatabase,
                            tr("this SQLite file belongs to another program; nothing was "
                               "changed. Choose an Akkoord database"));
    }
    // Refuse databases written by a newer version: we cannot know what we would lose.
    if (version > SchemaVersion) {
        return store->error(ErrorKind::NewerDatabase,
                            tr("this database was written by a newer Akkoord (schema %1; "
                               "this version knows up to %2); nothing was changed. Update "
                               "Akkoord to open it")
                                .arg(version)
                                .arg(SchemaVersion));
    }
    if (version > 0 && !q.exec(QStringLiteral("SELECT count(*) FROM cases"))) {
        return store->error(q, tr("reading the database"));
    }
    q.finish();

    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            return store->error(q, tr("preparing the database"));
        }
    }
    if (options.readOnly) {
        // An older schema is read as it is: what reading needs has been there since schema 1,
        // and a backup, a check or an export before the upgrade must not need the upgrade.
        if (version == 0) {
            return store->error(ErrorKind::NotADatabase,
                                tr("this file holds no Akkoord data yet; nothing was changed"));
        }
        return store;
    }
    // Switching an older file to WAL needs it to itself for a moment, and SQLite answers "busy"
    // at once rather than waiting while other programs open it too: wait here, within the
    // busy timeout.
    QElapsedTimer waited;
    waited.start();
    while (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        if (q.lastError().nativeErrorCode() != QLatin1String("5") ||
            waited.elapsed() > options.busyTimeoutMs) {
            return store->error(q, tr("preparing the database"));
        }
        QThread::msleep(10);
    }
    q.finish(); // an unfinished statement would keep the migration from committing
    const Error migrated = store->migrate();
    if (migrated.isError()) {
        return migrated;
    }
    return store;
}

bool ScenarioStore::wasUsed(const char *table, qint64 id) const
{
    // Ids are handed out in order and never again (AUTOINCREMENT), so one up to the highest ever
    // given belonged to a row that has since been removed.
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = ?"));
    q.addBindValue(QLatin1String(table));
    return q.exec() && q.next() && id >= 1 && id <= q.value(0).toLongLong();
}

QString ScenarioStore::identity() const
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("SELECT uuid FROM store_identity")) && q.next()
               ? q.value(0).toString()
               : QString();
}

int ScenarioStore::schemaVersion() const
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

Error ScenarioStore::migrate()
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

Error ScenarioStore::backupBeforeUpgrade(int from) const
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

Error ScenarioStore::transaction(const std::function<Error()> &work)
{
    if (m_transactionDepth > 0) {
        return work();
    }
    QSqlQuery q(db());
    // IMMEDIATE takes the write lock up front, so two writers queue instead of deadlocking.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return error(q, tr("starting a transaction"));
    }
    ++m_transactionDepth;
    Error result = work();
    --m_transactionDepth;
    if (!result.isError() && !q.exec(QStringLiteral("COMMIT"))) {
        result = error(q, tr("saving"));
    }
    if (result.isError()) {
        QSqlQuery rollback(db());
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
    return result;
}

Result<CaseRecord> ScenarioStore::createCase(const QString &name, const QString &cbsCode,
                                             const QString &region)
{
    if (name.trimmed().isEmpty()) {
        return error(ErrorKind::WrongType, tr("a municipality needs a name"));
    }
    qint64 id = 0;
    const Error e = transaction([&]() -> Error {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO cases (uuid, name, cbs_code, region, created_at, "
                                 "modified_at) VALUES (?, ?, ?, ?, ?, ?)"));
        const QString t = now();
        for (const QVariant &v :
             {QVariant(newUuid()), text(name.trimmed()), text(cbsCode.trimmed()),
              text(region.trimmed()), QVariant(t), QVariant(t)}) {
            q.addBindValue(v);
        }
        if (!q.exec()) {
            return error(q, tr("saving the municipality"));
        }
        id = q.lastInsertId().toLongLong();
        return {};
    });
    if (e.isError()) {
        return e;
    }
    return caseById(id);
}

Result<CaseRecord> ScenarioStore::updateCase(qint64 id, const QString &name, const QString &cbsCode,
                                             const QString &region)
{
    if (name.trimmed().isEmpty()) {
        return error(ErrorKind::WrongType, tr("a municipality needs a name"));
    }
    const Error e = transaction([&]() -> Error {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("UPDATE cases SET name = ?, cbs_code = ?, region = ?, "
                                 "modified_at = ? WHERE id = ?"));
        q.addBindValue(text(name.trimmed()));
        q.addBindValue(text(cbsCode.trimmed()));
        q.addBindValue(text(region.trimmed()));
        q.addBindValue(now());
        q.addBindValue(id);
        if (!q.exec()) {
            return error(q, tr("saving the municipality"));
        }
        if (q.numRowsAffected() == 0) {
            return error(ErrorKind::NotFound, tr("municipality %1 does not exist").arg(id));
        }
        return {};
    });
    if (e.isError()) {
        return e;
    }
    return caseById(id);
}

Result<CaseRecord> ScenarioStore::caseById(qint64 id) const
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("SELECT %1 FROM cases c WHERE c.id = ?").arg(QLatin1String(CaseColumns)));
    q.addBindValue(id);
    if (!q.exec()) {
        return error(q, tr("reading the municipality"));
    }
    if (!q.next()) {
        return error(ErrorKind::NotFound, tr("municipality %1 does not exist").arg(id));
    }
    return caseFrom(q);
}

Result<QVector<CaseRecord>> ScenarioStore::cases(const QString &filter, bool includeDeleted) const
{
    QString sql = QStringLiteral("SELECT %1 FROM cases c WHERE (? OR c.deleted_at IS NULL)")
                      .arg(QLatin1String(CaseColumns));
    const QString needle = filter.trimmed();
    if (!needle.isEmpty()) {
        sql += QStringLiteral(" AND (c.name LIKE ? ESCAPE '\\' OR c.cbs_code LIKE ? ESCAPE '\\' "
                              "OR c.region LIKE ? ESCAPE '\\')");
    }
    sql += QStringLiteral(" ORDER BY c.name COLLATE NOCASE, c.id");
    QSqlQuery q(db());
    q.prepare(sql);
    q.addBindValue(includeDeleted ? 1 : 0);
    if (!needle.isEmpty()) {
        // The user's text is matched literally: % and _ are not wildcards here.
        const QString pattern = likePattern(needle);
        for (int i = 0; i < 3; ++i) {
            q.addBindValue(pattern);
        }
    }
    if (!q.exec()) {
        return error(q, tr("reading the municipalities"));
    }
    QVector<CaseRecord> out;
    while (q.next()) {
        out.append(caseFrom(q));
    }
    return out;
}

Result<CaseRecord> ScenarioStore::findCase(const QString &name, const QString &cbsCode,
                                           bool includeDeleted) const
{
    QSqlQuery q(db());
    if (!cbsCode.trimmed().isEmpty()) {
        q.prepare(QStringLiteral("SELECT %1 FROM cases c WHERE (? OR c.deleted_at IS NULL) AND "
                                 "c.cbs_code = ? ORDER BY c.id LIMIT 1")
                      .arg(QLatin1String(CaseColumns)));
        q.addBindValue(includeDeleted ? 1 : 0);
        q.addBindValue(cbsCode.trimmed());
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM cases c WHERE (? OR c.deleted_at IS NULL) AND "
                                 "c.name = ? COLLATE NOCASE ORDER BY c.id LIMIT 1")
                      .arg(QLatin1String(CaseColumns)));
        q.addBindValue(includeDeleted ? 1 : 0);
        q.addBindValue(name.trimmed());
    }
    if (!q.exec()) {
        return error(q, tr("reading the municipalities"));
    }
    if (!q.next()) {
        return error(ErrorKind::NotFound, tr("municipality “%1” does not exist").arg(name));
    }
    return caseFrom(q);
}

Result<ScenarioRecord> ScenarioStore::insertRevision(qint64 scenarioId, int revision,
                                                     const ScenarioContent &content)
{
    const QString t = now();
    const QString answers = encodeAnswers(content.answers);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO scenario_revisions (scenario_id, revision, title, "
                             "answers, notes, knowledge_version, saved_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(scenarioId), QVariant(revision), text(content.title), text(answers),
          text(content.notes), text(content.knowledgeVersion), QVariant(t)}) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return error(q, tr("saving the scenario"));
    }
    q.prepare(QStringLiteral("UPDATE scenarios SET title = ?, answers = ?, notes = ?, "
                             "knowledge_version = ?, revision = ?, modified_at = ? WHERE id = ?"));
    for (const QVariant &v :
         {text(content.title), text(answers), text(content.notes), text(content.knowledgeVersion),
          QVariant(revision), QVariant(t), QVariant(scenarioId)}) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return error(q, tr("saving the scenario"));
    }
    q.prepare(QStringLiteral("UPDATE cases SET modified_at = ? WHERE id = "
                             "(SELECT case_id FROM scenarios WHERE id = ?)"));
    q.addBindValue(t);
    q.addBindValue(scenarioId);
    if (!q.exec()) {
        return error(q, tr("saving the scenario"));
    }
    return scenario(scenarioId);
}

Result<ScenarioRecord> ScenarioStore::createScenario(qint64 caseId, const ScenarioContent &content)
{
    if (content.title.trimmed().isEmpty()) {
        return error(ErrorKind::WrongType, tr("a scenario needs a title"));
    }
    Result<ScenarioRecord> result = error(ErrorKind::Internal, QString());
    const Error e = transaction([&]() -> Error {
        const Result<CaseRecord> owner = caseById(caseId);
        if (!owner.ok()) {
            return owner.error();
        }
        if (owner.value().deleted.isValid()) {
            return error(
                ErrorKind::NotFound,
                tr("municipality “%1” is in the trash; restore it first").arg(owner.value().name));
        }
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO scenarios (uuid, case_id, title, answers, notes, "
                                 "knowledge_version, revision, created_at, modified_at) "
                                 "VALUES (?, ?, ?, '{}', '', '', 0, ?, ?)"));
        const QString t = now();
        for (const QVariant &v : {QVariant(newUuid()), QVariant(caseId), text(content.title),
                                  QVariant(t), QVariant(t)}) {
            q.addBindValue(v);
        }
        if (!q.exec()) {
            return error(q, tr("saving the scenario"));
        }
        result = insertRevision(q.lastInsertId().toLongLong(), 1, content);
        return result.ok() ? Error() : result.error();
    });
    if (e.isError()) {
        return e;
    }
    return result;
}

Result<ScenarioRecord> ScenarioStore::saveScenario(qint64 id, int baseRevision,
                                                   const ScenarioContent &content)
{
    if (content.title.trimmed().isEmpty()) {
        return error(ErrorKind::WrongType, tr("a scenario needs a title"));
    }
    Result<ScenarioRecord> result = error(ErrorKind::Internal, QString());
    const Error e = transaction([&]() -> Error {
        const Result<ScenarioRecord> current = scenario(id);
        // A save onto a scenario that is in the trash, or was purged from it, would be invisible
        // and lost with the next purge: it is a conflict with whoever removed it.
        if (!current.ok() && current.error().kind == ErrorKind::NotFound &&
            wasUsed("scenarios", id)) {
            return error(
                ErrorKind::Conflict,
                tr("“%1” has been removed from the database for good (its trash was "
                   "emptied, perhaps by another program); nothing was saved. Save yours as a "
                   "new scenario")
                    .arg(content.title));
        }
        if (!current.ok()) {
            return current.error();
        }
        const Result<CaseRecord> owner = caseById(current.value().caseId);
        if (!owner.ok()) {
            return owner.error();
        }
        if (current.value().deleted.isValid() || owner.value().deleted.isValid()) {
            return error(
                ErrorKind::Conflict,
                tr("“%1” is in the trash (moved there, perhaps by another program), where a "
                   "save would not be seen; nothing was saved. Restore it from the trash "
                   "first, or save yours as a new scenario")
                    .arg(current.value().content.title));
        }
        if (current.value().revision != baseRevision) {
            return error(ErrorKind::Conflict,
                         tr("“%1” was changed elsewhere while you edited it (now at "
                            "revision %2, your changes start from revision %3); nothing "
                            "was overwritten. Reload it, or save yours as a copy")
                             .arg(current.value().content.title)
                             .arg(current.value().revision)
                             .arg(baseRevision));
        }
        result = insertRevision(id, baseRevision + 1, content);
        return result.ok() ? Error() : result.error();
    });
    if (e.isError()) {
        return e;
    }
    return result;
}

Result<ScenarioRecord> ScenarioStore::scenario(qint64 id) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM scenarios WHERE id = ?")
                  .arg(QLatin1String(ScenarioColumns)));
    q.addBindValue(id);
    if (!q.exec()) {
        return error(q, tr("reading the scenario"));
    }
    if (!q.next()) {
        return error(ErrorKind::NotFound, tr("scenario %1 does not exist").arg(id));
    }
    return scenarioFrom(q);
}

Result<QVector<ScenarioRecord>> ScenarioStore::scenarios(qint64 caseId, bool includeDeleted) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM scenarios WHERE case_id = ? AND (? OR deleted_at IS "
                             "NULL) ORDER BY is_baseline DESC, title COLLATE NOCASE, id")
                  .arg(QLatin1String(ScenarioColumns)));
    q.addBindValue(caseId);
    q.addBindValue(includeDeleted ? 1 : 0);
    if (!q.exec()) {
        return error(q, tr("reading the scenarios"));
    }
    return recordsFrom(q);
}

Result<qint64> ScenarioStore::baselineOf(qint64 caseId) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT id FROM scenarios WHERE case_id = ? AND is_baseline = 1 AND deleted_at IS NULL"));
    q.addBindValue(caseId);
    if (!q.exec()) {
        return error(q, tr("reading the scenarios"));
    }
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<QVector<ScenarioRecord>> ScenarioStore::allScenarios(bool includeDeleted) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM scenarios WHERE (? OR deleted_at IS NULL) "
                             "ORDER BY case_id, is_baseline DESC, title COLLATE NOCASE, id")
                  .arg(QLatin1String(ScenarioColumns)));
    q.addBindValue(includeDeleted ? 1 : 0);
    if (!q.exec()) {
        return error(q, tr("reading the scenarios"));
    }
    return recordsFrom(q);
}

Result<QVector<ScenarioSummary>> ScenarioStore::scenarioSummaries(qint64 caseId) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, case_id, title, is_baseline FROM scenarios INDEXED BY scenarios_browse "
        "WHERE case_id = ? AND deleted_at IS NULL ORDER BY is_baseline DESC, title COLLATE NOCASE, "
        "id"));
    q.addBindValue(caseId);
    if (!q.exec()) {
        return error(q, tr("reading the scenarios"));
    }
    return summariesFrom(q);
}

Result<TitleIndex> ScenarioStore::titleIndex() const
{
    // A hundred thousand rows through QSqlQuery cost 100 ms, most of it making a QVariant of
    // every value; read through SQLite's own interface on the same connection, as UTF-8 (what the
    // file holds, so SQLite converts nothing), they cost a fraction of that.
    const QVariant handle = db().driver()->handle();
    sqlite3 *db = qstrcmp(handle.typeName(), "sqlite3*") == 0
                      ? *static_cast<sqlite3 *const *>(handle.constData())
                      : nullptr;
    if (!db) {
        return error(ErrorKind::Internal, tr("the database driver is not SQLite"));
    }
    // Answered from the index alone, in its order (municipality, then title).
    sqlite3_stmt *statement = nullptr;
    const char sql[] =
        "SELECT id, case_id, title, is_baseline FROM scenarios INDEXED BY scenarios_browse "
        "WHERE deleted_at IS NULL";
    TitleIndex index;
    int rc = sqlite3_prepare_v2(db, sql, int(sizeof sql), &statement, nullptr);
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(statement);
        if (rc != SQLITE_ROW) {
            break;
        }
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 2));
        index.add(sqlite3_column_int64(statement, 0), sqlite3_column_int64(statement, 1),
                  QByteArrayView(text, sqlite3_column_bytes(statement, 2)),
                  sqlite3_column_int(statement, 3) != 0);
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE) {
        return error(rc, message, tr("reading the scenarios"));
    }
    index.squeeze();
    return index;
}

Result<QVector<Revision>> ScenarioStore::history(qint64 scenarioId) const
{
    const Result<ScenarioRecord> exists = scenario(scenarioId);
    if (!exists.ok()) {
        return exists.error();
    }
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("SELECT revision, title, answers, notes, knowledge_version, saved_at "
                       "FROM scenario_revisions WHERE scenario_id = ? ORDER BY revision DESC"));
    q.addBindValue(scenarioId);
    if (!q.exec()) {
        return error(q, tr("reading the history"));
    }
    QVector<Revision> out;
    while (q.next()) {
        Revision r;
        r.revision = q.value(0).toInt();
        r.content.title = q.value(1).toString();
        r.content.answers = decodeAnswers(q.value(2).toString());
        r.content.notes = q.value(3).toString();
        r.content.knowledgeVersion = q.value(4).toString();
        r.saved = parseTime(q.value(5));
        out.append(r);
    }
    return out;
}

Result<ScenarioRecord> ScenarioStore::restoreRevision(qint64 scenarioId, int revision,
                                                      int baseRevision)
{
    const Result<QVector<Revision>> revisions = history(scenarioId);
    if (!revisions.ok()) {
        return revisions.error();
    }
    for (const Revision &r : revisions.value()) {
        if (r.revision == revision) {
            return saveScenario(scenarioId, baseRevision, r.content);
        }
    }
    return error(ErrorKind::NotFound,
                 tr("scenario %1 has no revision %2").arg(scenarioId).arg(revision));
}

Result<ScenarioRecord> ScenarioStore::setBaseline(qint64 scenarioId, bool baseline)
{
    const Error e = transaction([&]() -> Error {
        const Result<ScenarioRecord> s = scenario(scenarioId);
        if (!s.ok()) {
            return s.error();
        }
        QSqlQuery q(db());
        if (baseline) {
            q.prepare(QStringLiteral("UPDATE scenarios SET is_baseline = 0 WHERE case_id = ?"));
            q.addBindValue(s.value().caseId);
            if (!q.exec()) {
                return error(q, tr("saving the baseline"));
            }
        }
        q.prepare(QStringLiteral("UPDATE scenarios SET is_baseline = ? WHERE id = ?"));
        q.addBindValue(baseline ? 1 : 0);
        q.addBindValue(scenarioId);
        if (!q.exec()) {
            return error(q, tr("saving the baseline"));
        }
        return {};
    });
    if (e.isError()) {
        return e;
    }
    return scenario(scenarioId);
}

QSqlQuery &ScenarioStore::statement(const QString &sql)
{
    auto it = m_sql->statements.find(sql);
    if (it == m_sql->statements.end()) {
        it = m_sql->statements.insert(sql, QSqlQuery(db()));
        it->prepare(sql);
    }
    return *it;
}

Result<ScenarioRecord> ScenarioStore::insertScenarioWithHistory(qint64 caseId,
                                                                const QVector<Revision> &revisions,
                                                                bool baseline)
{
    if (revisions.isEmpty()) {
        return error(ErrorKind::WrongType, tr("a scenario needs at least one revision"));
    }
    ScenarioRecord record;
    const Error e = transaction([&]() -> Error {
        // Only whether the case exists: caseById also counts its scenarios, which would make a
        // large import slow down with every scenario it adds.
        QSqlQuery &exists = statement(QStringLiteral("SELECT 1 FROM cases WHERE id = ?"));
        exists.addBindValue(caseId);
        if (!exists.exec()) {
            return error(exists, tr("saving the scenario"));
        }
        const bool found = exists.next();
        exists.finish();
        if (!found) {
            return error(ErrorKind::NotFound, tr("municipality %1 does not exist").arg(caseId));
        }
        const Revision &last = revisions.last();
        const QString stamp = now();
        const auto time = [&](const QDateTime &t) {
            return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : stamp;
        };
        const QString lastAnswers = encodeAnswers(last.content.answers);
        record.uuid = newUuid();
        record.caseId = caseId;
        record.content = last.content;
        record.revision = last.revision;
        record.created = QDateTime::fromString(time(revisions.first().saved), Qt::ISODateWithMs);
        record.modified = QDateTime::fromString(time(last.saved), Qt::ISODateWithMs);
        QSqlQuery &insert = statement(QStringLiteral(
            "INSERT INTO scenarios (uuid, case_id, title, answers, notes, knowledge_version, "
            "revision, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v :
             {QVariant(record.uuid), QVariant(caseId), text(last.content.title), text(lastAnswers),
              text(last.content.notes), text(last.content.knowledgeVersion),
              QVariant(last.revision), QVariant(time(revisions.first().saved)),
              QVariant(time(last.saved))}) {
            insert.addBindValue(v);
        }
        if (!insert.exec()) {
            return error(insert, tr("saving the scenario"));
        }
        record.id = insert.lastInsertId().toLongLong();
        QSqlQuery &revision = statement(QStringLiteral(
            "INSERT INTO scenario_revisions (scenario_id, revision, title, answers, notes, "
            "knowledge_version, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const Revision &r : revisions) {
            const QString answers = &r == &last ? lastAnswers : encodeAnswers(r.content.answers);
            for (const QVariant &v : {QVariant(record.id), QVariant(r.revision),
                                      text(r.content.title), text(answers), text(r.content.notes),
                                      text(r.content.knowledgeVersion), QVariant(time(r.saved))}) {
                revision.addBindValue(v);
            }
            if (!revision.exec()) {
                return error(revision, tr("saving the scenario"));
            }
        }
        return {};
    });
    if (e.isError()) {
        return e;
    }
    // What was written is known; reading it back would double the cost of an import.
    return baseline ? setBaseline(record.id, true) : Result<ScenarioRecord>(record);
}

Error ScenarioStore::setDeleted(const char *table, qint64 id, bool deleted)
{
    return transaction([&]() -> Error {
        QSqlQuery q(db());
        // A scenario in the trash is no longer anyone's baseline.
        const QString extra = (deleted && QLatin1String(table) == QLatin1String("scenarios"))
                                  ? QStringLiteral(", is_baseline = 0")
                                  : QString();
        q.prepare(QStringLiteral("UPDATE %1 SET deleted_at = ?%2 WHERE id = ?")
                      .arg(QLatin1String(table), extra));
        q.addBindValue(deleted ? QVariant(now()) : QVariant());
        q.addBindValue(id);
        if (!q.exec()) {
            return error(q, tr("moving to the trash"));
        }
        if (q.numRowsAffected() == 0) {
            return error(ErrorKind::NotFound, QLatin1String(table) == QLatin1String("cases")
                                                  ? tr("municipality %1 does not exist").arg(id)
                                                  : tr("scenario %1 does not exist").arg(id));
        }
        return {};
    });
}

Error ScenarioStore::trashScenario(qint64 id)
{
    return setDeleted("scenarios", id, true);
}

Error ScenarioStore::restoreScenario(qint64 id)
{
    return setDeleted("scenarios", id, false);
}

Error ScenarioStore::trashCase(qint64 id)
{
    return setDeleted("cases", id, true);
}

Error ScenarioStore::restoreCase(qint64 id)
{
    return setDeleted("cases", id, false);
}

Result<QVector<ScenarioRecord>> ScenarioStore::trashedScenarios() const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM scenarios WHERE deleted_at IS NOT NULL "
                             "ORDER BY deleted_at DESC")
                  .arg(QLatin1String(ScenarioColumns)));
    if (!q.exec()) {
        return error(q, tr("reading the trash"));
    }
    return recordsFrom(q);
}

Result<ScenarioStore::Purged> ScenarioStore::purgeTrash(const QDateTime &deletedBefore)
{
    const QString before = deletedBefore.toUTC().toString(Qt::ISODateWithMs);
    QSqlQuery q(db());
    // Deleted rows are overwritten with zeros, not merely marked free: a purged scenario's text
    // must not be readable from the file afterwards.
    if (!q.exec(QStringLiteral("PRAGMA secure_delete = ON"))) {
        return error(q, tr("emptying the trash"));
    }
    Purged purged;
    const Error e = transaction([&]() -> Error {
        QSqlQuery count(db());
        count.prepare(QStringLiteral(
            "SELECT (SELECT count(*) FROM scenarios WHERE deleted_at < :before OR case_id IN "
            "(SELECT id FROM cases WHERE deleted_at < :before)), "
            "(SELECT count(*) FROM cases WHERE deleted_at < :before)"));
        count.bindValue(QStringLiteral(":before"), before);
        if (!count.exec() || !count.next()) {
            return error(count, tr("emptying the trash"));
        }
        purged.scenarios = count.value(0).toInt();
        purged.cases = count.value(1).toInt();
        // Revisions go with their scenario, and scenarios with their municipality (ON DELETE
        // CASCADE).
        for (const char *sql : {"DELETE FROM scenarios WHERE deleted_at < ?",
                                "DELETE FROM cases WHERE deleted_at < ?"}) {
            QSqlQuery remove(db());
            remove.prepare(QLatin1String(sql));
            remove.addBindValue(before);
            if (!remove.exec()) {
                return error(remove, tr("emptying the trash"));
            }
        }
        return {};
    });
    q.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    if (e.isError()) {
        return e;
    }
    // The write-ahead log still holds the pages as they were; copy it into the file and empty
    // it. Another program reading at this moment can keep it from finishing, and then the log
    // is overwritten by later saves instead.
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return purged;
}

Error ScenarioStore::checkIntegrity(QStringList *problems) const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        return error(q, tr("checking the database"));
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok")) {
            problems->append(line);
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        return error(q, tr("checking the database"));
    }
    while (q.next()) {
        problems->append(
            tr("row %1 of %2 refers to a missing %3")
                .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString()));
    }
    return {};
}

Error ScenarioStore::backup(const QString &target) const
{
    return copyInto(db(), target);
}

Error ScenarioStore::copyInto(const QSqlDatabase &db, const QString &target) const
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
