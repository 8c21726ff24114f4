#include "store/recordjson.h"

namespace akkoord::RecordJson {

QJsonObject caseSummary(const CaseRecord &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("cbs_code"), c.cbsCode},
            {QStringLiteral("region"), c.region},
            {QStringLiteral("scenarios"), c.scenarioCount},
            {QStringLiteral("modified"), c.modified.toString(Qt::ISODate)},
            {QStringLiteral("in_trash"), c.deleted.isValid()}};
}

QJsonObject scenarioSummary(const ScenarioRecord &s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("case_id"), s.caseId},
            {QStringLiteral("title"), s.content.title},
            {QStringLiteral("revision"), s.revision},
            {QStringLiteral("baseline"), s.baseline},
            {QStringLiteral("knowledge_base_version"), s.content.knowledgeVersion},
            {QStringLiteral("modified"), s.modified.toString(Qt::ISODate)}};
}

QJsonObject revision(const Revision &r)
{
    return {{QStringLiteral("revision"), r.revision},
            {QStringLiteral("title"), r.content.title},
            {QStringLiteral("answers"), r.content.answers.toJson()},
            {QStringLiteral("notes"), r.content.notes},
            {QStringLiteral("knowledge_base_version"), r.content.knowledgeVersion},
            {QStringLiteral("saved_at"), r.saved.toString(Qt::ISODateWithMs)}};
}

QJsonObject trashed(const ScenarioRecord &s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("title"), s.content.title},
            {QStringLiteral("case_id"), s.caseId},
            {QStringLiteral("deleted"), s.deleted.toString(Qt::ISODate)}};
}

} // namespace akkoord::RecordJson
