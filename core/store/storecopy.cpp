#include "store/storecopy.h"

#include <algorithm>

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
            const Result<QVector<ScenarioRecord>> scenarios = from.scenarios(source.id, true);
            if (!scenarios.ok()) {
                return scenarios.error();
            }
            QVector<ScenarioStore::History> batch;
            for (const ScenarioRecord &s : scenarios.value()) {
                Result<QVector<Revision>> history = from.history(s.id);
                if (!history.ok()) {
                    return history.error();
                }
                QVector<Revision> revisions = history.take();
                std::reverse(revisions.begin(), revisions.end()); // oldest first
                counts.revisions += int(revisions.size());
                batch << ScenarioStore::History{revisions, s.baseline, s.deleted.isValid()};
            }
            if (const Error e = to.insertScenariosWithHistory(caseId, batch); e.isError()) {
                return e;
            }
            counts.scenarios += int(batch.size());
            const Result<QVector<AgreementRecord>> agreements = from.agreements(source.id, true);
            if (!agreements.ok()) {
                return agreements.error();
            }
            QVector<ScenarioStore::AgreementHistory> agreementBatch;
            for (const AgreementRecord &a : agreements.value()) {
                Result<QVector<AgreementRevision>> history = from.agreementHistory(a.id);
                if (!history.ok()) {
                    return history.error();
                }
                QVector<AgreementRevision> revisions = history.take();
                std::reverse(revisions.begin(), revisions.end());
                counts.revisions += int(revisions.size());
                agreementBatch << ScenarioStore::AgreementHistory{revisions, a.deleted.isValid()};
            }
            if (const Error e = to.insertAgreementsWithHistory(caseId, agreementBatch);
                e.isError()) {
                return e;
            }
            counts.agreements += int(agreementBatch.size());
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
