#include "session/draft.h"

namespace akkoord::ui {

QJsonObject Draft::toJson(const KnowledgeBase &kb) const
{
    QJsonObject o = ScenarioFile::toJson(content.toScenario(municipality), kb);
    o.insert(QStringLiteral("database"), database);
    o.insert(QStringLiteral("scenario_id"), scenarioId);
    o.insert(QStringLiteral("case_id"), caseId);
    o.insert(QStringLiteral("revision"), baseRevision);
    o.insert(QStringLiteral("base_title"), baseTitle);
    o.insert(QStringLiteral("saved_at"), written.toUTC().toString(Qt::ISODate));
    return o;
}

Draft Draft::fromJson(const QJsonObject &o, const KnowledgeBase &kb)
{
    Draft d;
    d.database = o.value(QStringLiteral("database")).toString();
    d.scenarioId = o.value(QStringLiteral("scenario_id")).toInteger();
    d.caseId = o.value(QStringLiteral("case_id")).toInteger();
    d.baseRevision = o.value(QStringLiteral("revision")).toInt();
    d.baseTitle = o.value(QStringLiteral("base_title")).toString();
    d.written = QDateTime::fromString(o.value(QStringLiteral("saved_at")).toString(), Qt::ISODate);
    // The content through the scenario file's own reader; a draft it refuses (answers an older
    // knowledge base knew) keeps its texts, and its answers are checked where they are used.
    const Result<Scenario> s =
        ScenarioFile::contentFromJson(JsonReader(o, QStringLiteral("draft")), kb);
    if (s.ok()) {
        d.municipality = s.value().municipality;
        d.content = ScenarioContent::from(s.value(), kb.version());
    } else {
        d.municipality = o.value(QStringLiteral("municipality")).toString();
        d.content.title = o.value(QStringLiteral("title")).toString();
        d.content.answers = Answers::fromJson(o.value(QStringLiteral("answers")).toObject());
        d.content.notes = o.value(QStringLiteral("notes")).toString();
    }
    return d;
}

bool Draft::belongsTo(const ScenarioStore &store) const
{
    if (!database.isEmpty() && database != store.identity()) {
        return false; // another database now lives at this path
    }
    const Result<ScenarioRecord> stored = store.scenario(scenarioId);
    if (!stored.ok() || stored.value().deleted.isValid()) {
        return false;
    }
    const Result<CaseRecord> owner = store.caseById(stored.value().caseId);
    if (!owner.ok() || owner.value().deleted.isValid() ||
        owner.value().name.compare(municipality, Qt::CaseInsensitive) != 0) {
        return false;
    }
    if (baseTitle.isEmpty()) {
        return true;
    }
    const Result<QVector<Revision>> history = store.history(scenarioId);
    if (!history.ok()) {
        return false;
    }
    for (const Revision &r : history.value()) {
        if (r.revision == baseRevision) {
            return r.content.title == baseTitle;
        }
    }
    return false;
}

} // namespace akkoord::ui
