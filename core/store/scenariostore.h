#pragma once

#include "common/error.h"
#include "store/records.h"
#include "store/titleindex.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <memory>

class QSqlDatabase;
class QSqlQuery;

namespace akkoord {

// The user's saved cases and scenarios, in one SQLite file. Every save is one transaction and
// keeps the previous revision; a save based on a stale revision is refused as a conflict, so two
// programs on one file never overwrite each other's work. Databases that are not Akkoord's, are
// damaged, or were written by a newer Akkoord are refused untouched.
class ScenarioStore
{
    Q_DECLARE_TR_FUNCTIONS(akkoord::ScenarioStore)

public:
    static constexpr int SchemaVersion = 3;
    static constexpr qint32 ApplicationId = 0x414b4b44; // "AKKD"

    ~ScenarioStore();
    ScenarioStore(const ScenarioStore &) = delete;
    ScenarioStore &operator=(const ScenarioStore &) = delete;

    // The embedded default: akkoord.sqlite in the user's data folder.
    static QString defaultPath();
    static Result<std::unique_ptr<ScenarioStore>> open(const QString &path,
                                                       const StoreOptions &options = {});

    QString path() const { return m_path; }
    int schemaVersion() const;
    // This database's own identity, kept in the file: a copy under another name keeps it, another
    // database at the same path does not have it. Empty before schema 3.
    QString identity() const;

    // Cases (municipalities).
    Result<CaseRecord> createCase(const QString &name, const QString &cbsCode = QString(),
                                  const QString &region = QString());
    Result<CaseRecord> updateCase(qint64 id, const QString &name, const QString &cbsCode,
                                  const QString &region);
    Result<CaseRecord> caseById(qint64 id) const;
    // Cases whose name, code or region contains filter (case-insensitive), by name.
    Result<QVector<CaseRecord>> cases(const QString &filter = QString(),
                                      bool includeDeleted = false) const;
    // The oldest case with this CBS code or, without one, this name (case-insensitive).
    Result<CaseRecord> findCase(const QString &name, const QString &cbsCode = QString(),
                                bool includeDeleted = false) const;

    // Scenarios.
    Result<ScenarioRecord> createScenario(qint64 caseId, const ScenarioContent &content);
    // Saves a new revision; baseRevision is the revision the caller's edit started from.
    Result<ScenarioRecord> saveScenario(qint64 id, int baseRevision,
                                        const ScenarioContent &content);
    Result<ScenarioRecord> scenario(qint64 id) const;
    Result<QVector<ScenarioRecord>> scenarios(qint64 caseId, bool includeDeleted = false) const;
    Result<QVector<ScenarioRecord>> allScenarios(bool includeDeleted = false) const;
    // The municipality's baseline scenario, 0 when it has none (or it is in the trash).
    Result<qint64> baselineOf(qint64 caseId) const;
    // For browsing large databases: one case's scenarios, titles only, baseline first.
    Result<QVector<ScenarioSummary>> scenarioSummaries(qint64 caseId) const;
    // Every scenario not in the trash (including those of municipalities in the trash), by case
    // and title, for a filter to search in memory. Read from an index, without the answers.
    Result<TitleIndex> titleIndex() const;
    Result<QVector<Revision>> history(qint64 scenarioId) const;
    // Makes an earlier revision current again, as a new revision; nothing is lost.
    Result<ScenarioRecord> restoreRevision(qint64 scenarioId, int revision, int baseRevision);
    Result<ScenarioRecord> setBaseline(qint64 scenarioId, bool baseline);
    // Adds a scenario with its revisions as they were saved elsewhere (oldest first; the last
    // is current), keeping their numbers and times. Used by import.
    Result<ScenarioRecord>
    insertScenarioWithHistory(qint64 caseId, const QVector<Revision> &revisions, bool baseline);

    // The trash: deleted items stay until purged and can be brought back.
    Error trashScenario(qint64 id);
    Error restoreScenario(qint64 id);
    Error trashCase(qint64 id);
    Error restoreCase(qint64 id);
    Result<QVector<ScenarioRecord>> trashedScenarios() const;
    // Removes for good what went to the trash before the given moment (a municipality with all
    // its scenarios and every revision), overwriting the freed space so that the text is gone
    // from the file too. Cannot be undone.
    struct Purged
    {
        int scenarios = 0;
        int cases = 0;
    };
    Result<Purged> purgeTrash(const QDateTime &deletedBefore);

    // Runs several changes as one transaction: all or nothing.
    Error transaction(const std::function<Error()> &work);

    // SQLite's integrity check; problems lists what it reports.
    Error checkIntegrity(QStringList *problems) const;
    // A consistent copy while the database is in use; refuses to overwrite an existing file.
    Error backup(const QString &target) const;

private:
    ScenarioStore(QString path, StoreOptions options, QString connection);

    Error migrate();
    Error backupBeforeUpgrade(int from) const;
    bool wasUsed(const char *table, qint64 id) const;
    Error copyInto(const QSqlDatabase &db, const QString &target) const;
    Error error(const QSqlQuery &query, const QString &what) const;
    Error error(int sqliteCode, const QString &detail, const QString &what) const;
    Error error(ErrorKind kind, const QString &message) const;
    QString now() const;
    Result<ScenarioRecord> insertRevision(qint64 scenarioId, int revision,
                                          const ScenarioContent &content);
    Error setDeleted(const char *table, qint64 id, bool deleted);
    // A statement compiled once and kept for this connection: compiling is most of the cost of
    // a small insert, and an import does thousands of them.
    QSqlQuery &statement(const QString &sql);

    QString m_path;
    StoreOptions m_options;
    QString m_connection;
    // The connection and its compiled statements, kept out of this header so that its users
    // need no Qt SQL.
    struct Connection;
    std::unique_ptr<Connection> m_sql;
    QSqlDatabase &db() const;
    int m_transactionDepth = 0;
};

} // namespace akkoord
