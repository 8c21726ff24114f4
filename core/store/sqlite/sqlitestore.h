#pragma once

#include "store/scenariostore.h"

class QFileInfo;
class QSqlDatabase;
class QSqlQuery;

namespace akkoord {

struct SqliteConnection;
namespace sqlite {
class Statement;
}

// The embedded backend: one SQLite file (WAL, foreign keys, an application id and a schema
// version of its own). Files that are not regular, not SQLite, damaged, truncated or of a newer
// schema are refused untouched; an older schema is backed up, then migrated.
class SqliteStore final : public ScenarioStore
{
    Q_DECLARE_TR_FUNCTIONS(akkoord::ScenarioStore)

public:
    ~SqliteStore() override;
    static Result<std::unique_ptr<ScenarioStore>> open(const QString &path,
                                                       const StoreOptions &options);

    QString path() const override { return m_path; }
    int schemaVersion() const override;
    QString identity() const override;
    Result<CaseRecord> createCase(const QString &name, const QString &cbsCode,
                                  const QString &region) override;
    Result<CaseRecord> updateCase(qint64 id, const QString &name, const QString &cbsCode,
                                  const QString &region) override;
    Result<CaseRecord> caseById(qint64 id) const override;
    Result<QVector<CaseRecord>> cases(const QString &filter, bool includeDeleted,
                                      Counting counting) const override;
    Result<int> countScenarios(int limit, qint64 caseId) const override;
    Result<CaseRecord> findCase(const QString &name, const QString &cbsCode,
                                bool includeDeleted) const override;
    Result<ScenarioRecord> createScenario(qint64 caseId, const ScenarioContent &content) override;
    Result<ScenarioRecord> saveScenario(qint64 id, int baseRevision,
                                        const ScenarioContent &content) override;
    Result<ScenarioRecord> scenario(qint64 id) const override;
    Result<QVector<ScenarioRecord>> scenarios(qint64 caseId, bool includeDeleted) const override;
    Error forEachScenario(const Walk &walk, const Visitor &visit) const override;
    Result<qint64> baselineOf(qint64 caseId) const override;
    Result<QVector<ScenarioSummary>> scenarioSummaries(qint64 caseId) const override;
    Result<TitleIndex> titleIndex() const override;
    Result<QVector<Revision>> history(qint64 scenarioId) const override;
    Result<ScenarioRecord> restoreRevision(qint64 scenarioId, int revision,
                                           int baseRevision) override;
    Result<ScenarioRecord> setBaseline(qint64 scenarioId, bool baseline) override;
    Result<ScenarioRecord> insertScenarioWithHistory(qint64 caseId,
                                                     const QVector<Revision> &revisions,
                                                     bool baseline, const QString &uuid) override;
    Result<AgreementRecord> createAgreement(qint64 caseId, const Agreement &agreement) override;
    Result<AgreementRecord> saveAgreement(qint64 id, int baseRevision,
                                          const Agreement &agreement) override;
    Result<AgreementRecord> agreement(qint64 id) const override;
    Result<QVector<AgreementRecord>> agreements(qint64 caseId, bool includeDeleted) const override;
    Result<QVector<AgreementRevision>> agreementHistory(qint64 id) const override;
    Result<QVector<History>> scenarioHistories(qint64 caseId) const override;
    Result<QVector<AgreementHistory>> agreementHistories(qint64 caseId) const override;
    Result<AgreementRecord> insertAgreementWithHistory(qint64 caseId,
                                                       const QVector<AgreementRevision> &revisions,
                                                       const QString &uuid) override;
    Error trashAgreement(qint64 id) override;
    Error restoreAgreement(qint64 id) override;
    Error trashScenario(qint64 id) override;
    Error restoreScenario(qint64 id) override;
    Error trashCase(qint64 id) override;
    Error restoreCase(qint64 id) override;
    Result<QVector<ScenarioRecord>> trashedScenarios() const override;
    Result<Purged> purgeTrash(const QDateTime &deletedBefore) override;
    Error transaction(const std::function<Error()> &work) override;
    Error checkIntegrity(QStringList *problems, Depth depth, Checked *checked) const override;
    Error backup(const QString &target) const override;

private:
    SqliteStore(QString path, StoreOptions options, QString connection);

    // The steps of open(): the file itself (type, header, length, permissions; or a new, private
    // one), the connection, whose database it is and which schema, then the pragmas, WAL and the
    // migration.
    Error checkFile() const;
    Error checkExistingFile(const QFileInfo &info, const QFileInfo &folder) const;
    Error createFile(const QFileInfo &folder) const;
    Error connect();
    Error checkIdentity(int *version) const;
    Error prepare(int version);
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
    Result<AgreementRecord> agreementFrom(const QSqlQuery &q) const;
    Result<AgreementRecord> insertAgreementRevision(qint64 id, int revision,
                                                    const Agreement &agreement);
    // A statement compiled once and kept for this connection: compiling is most of the cost of
    // a small insert, and an import does thousands of them.
    QSqlQuery &statement(const QString &sql);
    sqlite::Statement &rawStatement(const char *sql);

    QString m_path;
    StoreOptions m_options;
    QString m_connection;
    // The connection and its compiled statements (sqliteinternal.h).
    std::unique_ptr<SqliteConnection> m_sql;
    QSqlDatabase &db() const;
    int m_transactionDepth = 0;
};

} // namespace akkoord
