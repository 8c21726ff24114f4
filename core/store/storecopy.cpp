#include "store/storecopy.h"

#include <QSet>

namespace akkoord {

Result<CopyCounts> copyStore(const ScenarioStore &from, ScenarioStore &to)
{
    const Result<QVector<CaseRecord>> cases =
        from.cases(QString(), true, ScenarioStore::Counting::None);
    if (!cases.ok()) {
        return cases.error();
    }
    CopyCounts counts;
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
            if (const Error e = to.insertScenariosWithHistory(caseId, newScenarios); e.isError()) {
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
        return e;
    }
    return counts;
}

} // namespace akkoord
