#pragma once

#include "exchange/scenariofile.h"
#include "store/scenariostore.h"

#include <QDateTime>
#include <QJsonObject>

namespace akkoord::ui {

// Unsaved work kept beside the database, with what it belongs to: the database (by its
// identity, not its path), the scenario id, the revision the edit started from, and the
// municipality and title at that revision. It goes back only onto that scenario.
//
// On disk a draft is a scenario file (format akkoord.scenario, read by ScenarioFile's reader)
// with these keys added: database, scenario_id, case_id, revision, base_title, saved_at.
struct Draft
{

    QString database;
    qint64 scenarioId = 0;
    qint64 caseId = 0;
    int baseRevision = 0;
    QString municipality;
    QString baseTitle;
    ScenarioContent content;
    QDateTime written;

    QJsonObject toJson(const KnowledgeBase &kb) const;
    // Also reads drafts written before they were scenario files (the same keys, no format).
    static Draft fromJson(const QJsonObject &object, const KnowledgeBase &kb);
    // Whether the store holds the very scenario this draft was made from, outside the trash.
    // Drafts written before these fields existed are matched on what they have.
    bool belongsTo(const ScenarioStore &store) const;
};

} // namespace akkoord::ui
