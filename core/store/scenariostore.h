#pragma once

#include "common/error.h"
#include "store/records.h"
#include "store/titleindex.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace akkoord {

// The user's saved cases and scenarios. Every save is one transaction and keeps the previous
// revision; a save based on a stale revision is refused as a conflict, so two programs on one
// store never overwrite each other's work. Stores that are not Akkoord's, are damaged, or were
// written by a newer Akkoord are refused untouched.
//
// This is the whole interface the program, the command line and import/export use; each backend
// (core/store/sqlite: the embedded SQLite file) keeps its SQL, schema, migrations and error
// mapping to itself, so another backend is added beside it without touching any caller.
class ScenarioStore
{
    Q_DECLARE_TR_FUNCTIONS(akkoord::ScenarioStore)

public:
    static constexpr int SchemaVersion = 4;
    static constexpr qint32 ApplicationId = 0x414b4b44; // "AKKD"

    virtual ~ScenarioStore();
    ScenarioStore(const ScenarioStore &) = delete;
    ScenarioStore &operator=(const ScenarioStore &) = delete;

    // The embedded default: akkoord.sqlite in the user's data folder.
    static QString defaultPath();
    // Opens (or creates) the SQLite database at path: the embedded backend; or, for an address
    // postgresql://[user@]host[:port]/database[?sslmode=…], the regional database on a
    // PostgreSQL server (core/store/postgres), set up by "akkoord-cli server init".
    static Result<std::unique_ptr<ScenarioStore>> open(const QString &path,
                                                       const StoreOptions &options = {});
    // Whether text names a server (postgresql:// or postgres://) rather than a file.
    static bool isServerAddress(const QString &text);

    // Where the data lives, as the user would name it: a file path, or the server's address
    // without a password.
    virtual QString path() const = 0;
    // A regional database shared with other users (and other municipalities), not a file of
    // this computer's.
    virtual bool isShared() const { return false; }
    // The account the store is used as on a shared server; empty for a local file.
    virtual QString account() const { return QString(); }
    // Calls changed, in context's thread, after another user's change was saved in a shared
    // store; false when the store cannot tell (a local file: it is read again on demand).
    virtual bool watchChanges(QObject *context, const std::function<void()> &changed)
    {
        Q_UNUSED(context);
        Q_UNUSED(changed);
        return false;
    }
    virtual int schemaVersion() const = 0;
    // This database's own identity, kept in the file: a copy under another name keeps it, another
    // database at the same path does not have it. Empty before schema 3.
    virtual QString identity() const = 0;

    // Cases (municipalities).
    virtual Result<CaseRecord> createCase(const QString &name, const QString &cbsCode = QString(),
                                          const QString &region = QString()) = 0;
    virtual Result<CaseRecord> updateCase(qint64 id, const QString &name, const QString &cbsCode,
                                          const QString &region) = 0;
    virtual Result<CaseRecord> caseById(qint64 id) const = 0;
    // Cases whose name, code or region contains filter (case-insensitive), by name. Counting
    // every municipality's scenarios reads all of them; with Counting::None scenarioCount is -1
    // and nothing but the municipalities is read.
    enum class Counting
    {
        Exact,
        None
    };
    virtual Result<QVector<CaseRecord>> cases(const QString &filter = QString(),
                                              bool includeDeleted = false,
                                              Counting counting = Counting::Exact) const = 0;
    // How many scenarios are out of the trash, of one municipality (caseId) or of all (0),
    // counted no further than limit: reads at most limit of them, whatever the size.
    virtual Result<int> countScenarios(int limit, qint64 caseId = 0) const = 0;
    // Whether more than n scenarios are out of the trash; reads at most n + 1 of them.
    Result<bool> hasMoreScenariosThan(int n) const;
    // The oldest case with this CBS code or, without one, this name (case-insensitive).
    virtual Result<CaseRecord> findCase(const QString &name, const QString &cbsCode = QString(),
                                        bool includeDeleted = false) const = 0;

    // Scenarios.
    virtual Result<ScenarioRecord> createScenario(qint64 caseId,
                                                  const ScenarioContent &content) = 0;
    // Saves a new revision; baseRevision is the revision the caller's edit started from.
    virtual Result<ScenarioRecord> saveScenario(qint64 id, int baseRevision,
                                                const ScenarioContent &content) = 0;
    virtual Result<ScenarioRecord> scenario(qint64 id) const = 0;
    // A stored scenario as the advisor and the reports take it: with its municipality's name.
    Result<Scenario> workingScenario(qint64 id) const;
    // The municipality's baseline scenario so, or nothing when it has none: what the agreements'
    // path and the quarterly report compare with.
    Result<std::optional<Scenario>> baselineScenario(qint64 caseId) const;
    virtual Result<QVector<ScenarioRecord>> scenarios(qint64 caseId,
                                                      bool includeDeleted = false) const = 0;
    // Every scenario, in the order forEachScenario visits them, held in memory: for small stores
    // and tests. Lists and exports walk with forEachScenario instead.
    Result<QVector<ScenarioRecord>> allScenarios(bool includeDeleted = false) const;

    // Visits scenarios one at a time without holding them, so that memory stays flat at a
    // million: one municipality's (caseId) or everyone's (caseId 0), by municipality in the order
    // they were made, then baseline first and by title. Without content the answers and notes are
    // not read (a list needs only the rest). visit receives the scenario's municipality (its
    // scenarioCount is not counted) and returns false to stop. A caseId that does not exist
    // visits nothing.
    struct Walk
    {
        qint64 caseId = 0;
        bool includeDeleted = false;
        bool content = true;
    };
    using Visitor = std::function<bool(const CaseRecord &owner, const ScenarioRecord &scenario)>;
    virtual Error forEachScenario(const Walk &walk, const Visitor &visit) const = 0;
    // The municipality's baseline scenario, 0 when it has none (or it is in the trash).
    virtual Result<qint64> baselineOf(qint64 caseId) const = 0;
    // For browsing large databases: one case's scenarios, titles only, baseline first.
    virtual Result<QVector<ScenarioSummary>> scenarioSummaries(qint64 caseId) const = 0;
    // Every scenario not in the trash (including those of municipalities in the trash), by case
    // and title, for a filter to search in memory. Read from an index, without the answers.
    virtual Result<TitleIndex> titleIndex() const = 0;
    virtual Result<QVector<Revision>> history(qint64 scenarioId) const = 0;
    // Makes an earlier revision current again, as a new revision; nothing is lost.
    virtual Result<ScenarioRecord> restoreRevision(qint64 scenarioId, int revision,
                                                   int baseRevision) = 0;
    virtual Result<ScenarioRecord> setBaseline(qint64 scenarioId, bool baseline) = 0;
    // Adds a scenario with its revisions as they were saved elsewhere (oldest first; the last
    // is current), keeping their numbers and times. Used by import and copy. uuid: the one it
    // had where it was saved (copy keeps it, so a second copy knows it); empty: a new one.
    virtual Result<ScenarioRecord> insertScenarioWithHistory(qint64 caseId,
                                                             const QVector<Revision> &revisions,
                                                             bool baseline,
                                                             const QString &uuid) = 0;
    // Several of one municipality at once, as insertScenarioWithHistory adds one, those marked
    // deleted put in the trash: for copy, where a server takes a batch in a few round trips and
    // a scenario at a time in several each. All or nothing.
    struct History
    {
        QVector<Revision> revisions; // oldest first
        bool baseline = false;
        bool deleted = false;
        QString uuid; // as in the store it was read from
    };
    virtual Error insertScenariosWithHistory(qint64 caseId, const QVector<History> &batch);

    // The agreements register (schema 4): a municipality's agreements, each saved as a whole
    // with the same revision check, history and trash as scenarios. Every save is checked as an
    // agreements file is (AgreementFile::check) and refused with the path of the first problem.
    // A store of an older schema opened read-only has no agreements.
    virtual Result<AgreementRecord> createAgreement(qint64 caseId, const Agreement &agreement) = 0;
    virtual Result<AgreementRecord> saveAgreement(qint64 id, int baseRevision,
                                                  const Agreement &agreement) = 0;
    virtual Result<AgreementRecord> agreement(qint64 id) const = 0;
    // One municipality's agreements (caseId) or everyone's (0), by start date and title.
    virtual Result<QVector<AgreementRecord>> agreements(qint64 caseId,
                                                        bool includeDeleted = false) const = 0;
    virtual Result<QVector<AgreementRevision>> agreementHistory(qint64 id) const = 0;
    // Adds an agreement with its revisions as they were saved elsewhere (oldest first; the last
    // is current), keeping their numbers and times. Used by copy. uuid as for scenarios.
    virtual Result<AgreementRecord>
    insertAgreementWithHistory(qint64 caseId, const QVector<AgreementRevision> &revisions,
                               const QString &uuid) = 0;
    struct AgreementHistory
    {
        QVector<AgreementRevision> revisions; // oldest first
        bool deleted = false;
        QString uuid; // as in the store it was read from
    };
    virtual Error insertAgreementsWithHistory(qint64 caseId,
                                              const QVector<AgreementHistory> &batch);
    // Everything of one municipality with every revision (oldest first), the trash included, in
    // the order it was made: what copy reads, in one query where a history per item would take
    // one each.
    virtual Result<QVector<History>> scenarioHistories(qint64 caseId) const = 0;
    virtual Result<QVector<AgreementHistory>> agreementHistories(qint64 caseId) const = 0;
    virtual Error trashAgreement(qint64 id) = 0;
    virtual Error restoreAgreement(qint64 id) = 0;

    // The trash: deleted items stay until purged and can be brought back.
    virtual Error trashScenario(qint64 id) = 0;
    virtual Error restoreScenario(qint64 id) = 0;
    virtual Error trashCase(qint64 id) = 0;
    virtual Error restoreCase(qint64 id) = 0;
    virtual Result<QVector<ScenarioRecord>> trashedScenarios() const = 0;
    // Removes for good what went to the trash before the given moment (a municipality with all
    // its scenarios and every revision), overwriting the freed space so that the text is gone
    // from the file too. Cannot be undone.
    struct Purged
    {
        int scenarios = 0;
        int cases = 0;
        int agreements = 0;
    };
    virtual Result<Purged> purgeTrash(const QDateTime &deletedBefore) = 0;

    // Runs several changes as one transaction: all or nothing.
    virtual Error transaction(const std::function<Error()> &work) = 0;

    // The backend's own integrity check; problems lists what it reports. Full reads every page
    // of the file, so it costs as much as the database is large; Quick reads a bounded number of
    // pages whatever the size (the structure, the municipalities and the newest scenarios and
    // revisions, where the last saves went) and checks those only. checked, when given, says
    // what was read.
    enum class Depth
    {
        Quick,
        Full
    };
    struct Checked
    {
        qint64 bytes = 0;     // read by the check
        qint64 fileBytes = 0; // the whole database
    };
    virtual Error checkIntegrity(QStringList *problems, Depth depth = Depth::Full,
                                 Checked *checked = nullptr) const = 0;
    // A consistent copy while the database is in use, as an SQLite file; refuses to overwrite
    // an existing file.
    virtual Error backup(const QString &target) const = 0;

protected:
    ScenarioStore() = default;

    // What a save onto a stored scenario or agreement must not go past, in every backend alike:
    // each a conflict with whoever changed or removed it, said in the user's words, with where
    // (the database) as its file.
    enum class Saved
    {
        Scenario,
        Agreement
    };
    // The item was removed for good (purged from the trash): a save would be lost.
    static Error removedConflict(Saved what, const QString &title, const QString &where);
    // It, or its municipality, is in the trash (trashed), or it was changed since the revision
    // the edit started from; nothing when the save may go on.
    static Error staleConflict(Saved what, const QString &title, bool trashed, int revision,
                               int baseRevision, const QString &where);
    // A stored revision of an agreement that does not read as one: damage to the database.
    static Error damagedAgreementRevision(qint64 id, int revision, const QString &where);
};

} // namespace akkoord
