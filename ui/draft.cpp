#include "draft.h"

namespace akkoord::ui {

QJsonObject Draft::toJson() const
{
    return QJsonObject{{QStringLiteral("database"), database},
                       {QStringLiteral("scenario_id"), scenarioId},
                       {QStringLiteral("case_id"), caseId},
                       {QStringLiteral("municipality"), municipality},
                       {QStringLiteral("revision"), baseRevision},
                       {QStringLiteral("base_title"), baseTitle},
                       {QStringLiteral("title"), content.title},
                       {QStringLiteral("answers"), content.answers.toJson()},
                       {QStringLiteral("notes"), content.notes},
                       {QStringLiteral("saved_at"), written.toUTC().toString(Qt::ISODate)}};
}

Draft Draft::fromJson(const QJsonObject &o)
{
    Draft d;
    d.database = o.value(QStringLiteral("database")).toString();
    d.scenarioId = o.value(QStringLiteral("scenario_id")).toInteger();
    d.caseId = o.value(QStringLiteral("case_id")).toInteger();
    d.municipality = o.value(QStringLiteral("municipality")).toString();
    d.baseRevision = o.value(QStringLiteral("revision")).toInt();
    d.baseTitle = o.value(QStringLiteral("base_title")).toString();
    d.content.title = o.value(QStringLiteral("title")).toString();
    d.content.answers = Answers::fromJson(o.value(QStringLiteral("answers")).toObject());
    d.content.notes = o.value(QStringLiteral("notes")).toString();
    d.written = QDateTime::fromString(o.value(QStringLiteral("saved_at")).toString(), Qt::ISODate);
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
