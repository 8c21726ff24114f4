#pragma once

#include "store/scenariostore.h"

class QSqlDatabase;
class QSqlQuery;

namespace akkoord {

namespace pg {
struct Address;
}

// The regional backend: one PostgreSQL database shared by the municipalities of a labour-market
// region, set up by its owner (akkoord-cli server init). Every member reads the whole region and
// changes only the rows of the municipalities they belong to: the database enforces that with
// row-level security on every table (docs/regional-server.md), and a change it refuses is
// reported as not permitted, never as a conflict. Each save is one transaction with the same
// revision check as the SQLite file; other users' saves are announced (LISTEN/NOTIFY).
class PgStore final : public ScenarioStore
{
    Q_DECLARE_TR_FUNCTIONS(akkoord::ScenarioStore)

public:
    // The server's schema version: the same data as SQLite's schema 4. A server of another
    // version is refused (older: its owner upgrades it with server init; newer: a newer Akkoord).
    static constexpr int ServerSchemaVersion = 4;

    ~PgStore() override;
    static Result<std::unique_ptr<ScenarioStore>> open(const QString &address,
                                                       const StoreOptions &options);

    QString path() const override { return m_display; }
    bool isShared() const override { return true; }
    QString account() const override { return m_account; }
    bool watchChanges(QObject *context, const std::function<void()> &changed) override;
    int schemaVersion() const override { return m_version; }
    QString identity() const override { return m_identity; }
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
    Error insertScenariosWithHistory(qint64 caseId, const QVector<History> &batch) override;
    Error insertAgreementsWithHistory(qint64 caseId,
                                      const QVector<AgreementHistory> &batch) override;
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
    PgStore(QString display, StoreOptions options, QString connection);

    Error readIdentity();
    QSqlDatabase db() const;
    Error error(const QSqlQuery &query, const QString &what) const;
    Error error(ErrorKind kind, const QString &message) const;
    QString now() const;
    // Whether the current account may change the municipality's rows (the policies' own test).
    bool mayEdit(qint64 caseId) const;
    // After an update that changed no row: not permitted when the policy hid the row from the
    // update, a conflict otherwise.
    Error refused(qint64 caseId, const QString &conflict) const;
    bool wasUsed(const char *table, qint64 id) const;
    // n new ids from a table's sequence, in one round trip.
    Result<QVector<qint64>> newIds(const char *table, int n);
    // Runs a statement as it is: the batches' multi-row INSERTs, their values quoted in them.
    Error execute(const QString &sql, const QString &what);
    Result<ScenarioRecord> insertRevision(qint64 scenarioId, qint64 caseId, int baseRevision,
                                          const ScenarioContent &content);
    Error setDeleted(const char *table, qint64 id, bool deleted);
    Result<AgreementRecord> agreementFrom(const QSqlQuery &q) const;
    Result<AgreementRecord> insertAgreementRevision(qint64 id, qint64 caseId, int baseRevision,
                                                    const Agreement &agreement);

    QString m_display;
    StoreOptions m_options;
    QString m_connection;
    QString m_account;
    QString m_identity;
    int m_version = 0;
    int m_transactionDepth = 0;
    mutable bool m_lost = false;
    std::shared_ptr<pg::Address> m_address;
};

} // namespace akkoord
