#include "store/storecopy.h"

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
            const Result<QVector<ScenarioStore::History>> scenarios =
                from.scenarioHistories(source.id);
            if (!scenarios.ok()) {
                return scenarios.error();
            }
            for (const ScenarioStore::History &h : scenarios.value()) {
                counts.revisions += int(h.revisions.size());
            }
            if (const Error e = to.insertScenariosWithHistory(caseId, scenarios.value());
                e.isError()) {
                return e;
            }
            counts.scenarios += int(scenarios.value().size());
            const Result<QVector<ScenarioStore::AgreementHistory>> agreements =
                from.agreementHistories(source.id);
            if (!agreements.ok()) {
                return agreements.error();
            }
            for (const ScenarioStore::AgreementHistory &h : agreements.value()) {
                counts.revisions += int(h.revisions.size());
            }
            if (const Error e = to.insertAgreementsWithHistory(caseId, agreements.value());
                e.isError()) {
                return e;
            }
            counts.agreements += int(agreements.value().size());
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
