#include "store/scenariostore.h"

#include "store/postgres/pgstore.h"
#include "store/sqlite/sqlitestore.h"

#include <QStandardPaths>

namespace akkoord {

ScenarioStore::~ScenarioStore() = default;

QString ScenarioStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/akkoord/akkoord.sqlite");
}

Result<std::optional<Scenario>> ScenarioStore::baselineScenario(qint64 caseId) const
{
    const Result<qint64> id = baselineOf(caseId);
    if (!id.ok()) {
        return id.error();
    }
    if (id.value() == 0) {
        return std::optional<Scenario>();
    }
    const Result<Scenario> scenario = workingScenario(id.value());
    if (!scenario.ok()) {
        return scenario.error();
    }
    return std::optional<Scenario>(scenario.value());
}

Result<Scenario> ScenarioStore::workingScenario(qint64 id) const
{
    const Result<ScenarioRecord> s = scenario(id);
    if (!s.ok()) {
        return s.error();
    }
    const Result<CaseRecord> owner = caseById(s.value().caseId);
    if (!owner.ok()) {
        return owner.error();
    }
    return s.value().content.toScenario(owner.value().name);
}

Result<bool> ScenarioStore::hasMoreScenariosThan(int n) const
{
    const Result<int> counted = countScenarios(n + 1);
    if (!counted.ok()) {
        return counted.error();
    }
    return counted.value() > n;
}

Result<QVector<ScenarioRecord>> ScenarioStore::allScenarios(bool includeDeleted) const
{
    QVector<ScenarioRecord> all;
    const Error e = forEachScenario({0, includeDeleted, true},
                                    [&](const CaseRecord &, const ScenarioRecord &s) {
                                        all.append(s);
                                        return true;
                                    });
    if (e.isError()) {
        return e;
    }
    return all;
}

Error ScenarioStore::insertScenariosWithHistory(qint64 caseId, const QVector<History> &batch)
{
    return transaction([&]() -> Error {
        for (const History &h : batch) {
            const Result<ScenarioRecord> added =
                insertScenarioWithHistory(caseId, h.revisions, h.baseline, h.uuid);
            if (!added.ok()) {
                return added.error();
            }
            if (h.deleted) {
                if (const Error e = trashScenario(added.value().id); e.isError()) {
                    return e;
                }
            }
        }
        return {};
    });
}

Error ScenarioStore::insertAgreementsWithHistory(qint64 caseId,
                                                 const QVector<AgreementHistory> &batch)
{
    return transaction([&]() -> Error {
        for (const AgreementHistory &h : batch) {
            const Result<AgreementRecord> added =
                insertAgreementWithHistory(caseId, h.revisions, h.uuid);
            if (!added.ok()) {
                return added.error();
            }
            if (h.deleted) {
                if (const Error e = trashAgreement(added.value().id); e.isError()) {
                    return e;
                }
            }
        }
        return {};
    });
}

Error ScenarioStore::damagedAgreementRevision(qint64 id, int revision, const QString &where)
{
    Error e;
    e.kind = ErrorKind::CorruptDatabase;
    e.file = where;
    e.message = tr("revision %1 of agreement %2 in the database is damaged; run “akkoord-cli "
                   "check” and restore a backup if needed")
                    .arg(revision)
                    .arg(id);
    return e;
}

Error ScenarioStore::removedConflict(Saved what, const QString &title, const QString &where)
{
    Error e;
    e.kind = ErrorKind::Conflict;
    e.file = where;
    e.message = what == Saved::Scenario
                    ? tr("“%1” has been removed from the database for good (its trash was "
                         "emptied, perhaps by another program); nothing was saved. Save yours as "
                         "a new scenario")
                          .arg(title)
                    : tr("“%1” has been removed from the database for good (its trash was "
                         "emptied, perhaps by another program); nothing was saved")
                          .arg(title);
    return e;
}

Error ScenarioStore::staleConflict(Saved what, const QString &title, bool trashed, int revision,
                                   int baseRevision, const QString &where)
{
    Error e;
    e.kind = ErrorKind::Conflict;
    e.file = where;
    const bool scenario = what == Saved::Scenario;
    if (trashed) {
        e.message = scenario ? tr("“%1” is in the trash (moved there, perhaps by another "
                                  "program), where a save would not be seen; nothing was saved. "
                                  "Restore it from the trash first, or save yours as a new "
                                  "scenario")
                                   .arg(title)
                             : tr("“%1” is in the trash (moved there, perhaps by another "
                                  "program); nothing was saved. Restore it from the trash first")
                                   .arg(title);
    } else if (revision != baseRevision) {
        e.message = (scenario ? tr("“%1” was changed elsewhere while you edited it (now at "
                                   "revision %2, your changes start from revision %3); nothing "
                                   "was overwritten. Reload it, or save yours as a copy")
                              : tr("“%1” was changed elsewhere while you edited it (now at "
                                   "revision %2, your changes start from revision %3); nothing "
                                   "was overwritten. Reload it and enter yours again"))
                        .arg(title)
                        .arg(revision)
                        .arg(baseRevision);
    } else {
        return {};
    }
    return e;
}

Result<std::unique_ptr<ScenarioStore>> ScenarioStore::open(const QString &path,
                                                           const StoreOptions &options)
{
    if (isServerAddress(path)) {
        return PgStore::open(path, options);
    }
    return SqliteStore::open(path, options);
}

bool ScenarioStore::isServerAddress(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) ||
           text.startsWith(QLatin1String("postgres://"));
}

} // namespace akkoord
