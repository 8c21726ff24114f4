#include "store/storecopy.h"

#include <QSet>

namespace akkoord {

namespace {

// After an insert failed: when one of the uuids being copied is in the target already under
// another municipality (renamed there after an earlier copy, without a CBS code to match it),
// an error that says so and what to do, instead of the store's unique-constraint message.
// Looked for only on this path (reading every municipality's scenarios costs a large target),
// and after the copy's transaction is rolled back (PostgreSQL answers nothing in a failed one).
Error renamedOrOriginal(const ScenarioStore &to, const CaseRecord &source, const QSet<QString> &ids,
                        const Error &original)
{
    const Result<QVector<CaseRecord>> cases =
        to.cases(QString(), true, ScenarioStore::Counting::None);
    if (!cases.ok()) {
        return original;
    }
    for (const CaseRecord &c : cases.value()) {
        const Result<QVector<ScenarioRecord>> scenarios = to.scenarios(c.id, true);
        const Result<QVector<AgreementRecord>> agreements = to.agreements(c.id, true);
        bool found = false;
        for (const ScenarioRecord &r :
             scenarios.ok() ? scenarios.value() : QVector<ScenarioRecord>()) {
            found = found || ids.contains(r.uuid);
        }
        for (const AgreementRecord &r :
             agreements.ok() ? agreements.value() : QVector<AgreementRecord>()) {
            found = found || ids.contains(r.uuid);
        }
        if (found) {
            Error e;
            e.kind = ErrorKind::Conflict;
            e.message = ScenarioStore::tr(
                            "“%1” in the target database holds scenarios or agreements copied "
                            "earlier from “%2” (renamed since?). Give it the name “%2” again, or "
                            "the same CBS code in both databases, and copy again; nothing was "
                            "copied.")
                            .arg(c.name, source.name);
            return e;
        }
    }
    return original;
}

} // namespace

Result<CopyCounts> copyStore(const ScenarioStore &from, ScenarioStore &to)
{
    const Result<QVector<CaseRecord>> cases =
        from.cases(QString(), true, ScenarioStore::Counting::None);
    if (!cases.ok()) {
        return cases.error();
    }
    CopyCounts counts;
    CaseRecord failedSource; // whose scenarios or agreements could not be inserted
    QSet<QString> failedIds;
    const Error e = to.transaction([&]() -> Error {
        for (const CaseRecord &source : cases.value()) {
            Result<CaseRecord> target = to.findCase(source.name, source.cbsCode, true);
            if (!target.ok() && target.error().kind == ErrorKind::NotFound) {
                target = to.createCase(source.name, source.cbsCode, source.region);
                ++counts.cases;
            }
            if (!target.ok()) {
                return target.error();
            }
            const qint64 caseId = target.value().id;
            // What an earlier copy already brought (the trash included) stays as it is.
            QSet<QString> there;
            const Result<QVector<ScenarioRecord>> had = to.scenarios(caseId, true);
            const Result<QVector<AgreementRecord>> agreed = to.agreements(caseId, true);
            if (!had.ok() || !agreed.ok()) {
                return had.ok() ? agreed.error() : had.error();
            }
            for (const ScenarioRecord &s : had.value()) {
                there << s.uuid;
            }
            for (const AgreementRecord &a : agreed.value()) {
                there << a.uuid;
            }
            const Result<QVector<ScenarioStore::History>> scenarios =
                from.scenarioHistories(source.id);
            if (!scenarios.ok()) {
                return scenarios.error();
            }
            QVector<ScenarioStore::History> newScenarios;
            for (const ScenarioStore::History &h : scenarios.value()) {
                if (there.contains(h.uuid)) {
                    ++counts.skipped;
                    continue;
                }
                counts.revisions += int(h.revisions.size());
                newScenarios << h;
            }
            QSet<QString> copying;
            for (const ScenarioStore::History &h : std::as_const(newScenarios)) {
                copying << h.uuid;
            }
            if (const Error e = to.insertScenariosWithHistory(caseId, newScenarios); e.isError()) {
                failedSource = source;
                failedIds = copying;
                return e;
            }
            counts.scenarios += int(newScenarios.size());
            const Result<QVector<ScenarioStore::AgreementHistory>> agreements =
                from.agreementHistories(source.id);
            if (!agreements.ok()) {
                return agreements.error();
            }
            QVector<ScenarioStore::AgreementHistory> newAgreements;
            for (const ScenarioStore::AgreementHistory &h : agreements.value()) {
                if (there.contains(h.uuid)) {
                    ++counts.skipped;
                    continue;
                }
                counts.revisions += int(h.revisions.size());
                newAgreements << h;
            }
            if (const Error e = to.insertAgreementsWithHistory(caseId, newAgreements);
                e.isError()) {
                failedSource = source;
                failedIds.clear();
                for (const ScenarioStore::AgreementHistory &h : std::as_const(newAgreements)) {
                    failedIds << h.uuid;
                }
                return e;
            }
            counts.agreements += int(newAgreements.size());
            if (source.deleted.isValid() && !target.value().deleted.isValid()) {
                if (const Error t = to.trashCase(caseId); t.isError()) {
                    return t;
                }
            }
        }
        return {};
    });
    if (e.isError()) {
        return failedIds.isEmpty() ? e : renamedOrOriginal(to, failedSource, failedIds, e);
    }
    return counts;
}

} // namespace akkoord
