#pragma once

#include "error.h"
#include "knowledgebase.h"
#include "scenario.h"

#include <QByteArray>

namespace akkoord {

// The scenario exchange format: {"format": "akkoord.scenario", "version": 1, ...}, UTF-8 JSON.
// Files come from colleagues, so everything is checked and nothing in them is trusted.
class ScenarioFile
{
public:
    static constexpr int Version = 1;

    static Result<Scenario> parse(const QByteArray &json, const KnowledgeBase &kb,
                                  const QString &origin);
    static Result<Scenario> read(const QString &path, const KnowledgeBase &kb);
    static QByteArray serialize(const Scenario &scenario, const KnowledgeBase &kb);
    static QJsonObject toJson(const Scenario &scenario, const KnowledgeBase &kb);
    static Result<Scenario> fromJson(const QJsonObject &object, const KnowledgeBase &kb,
                                     const QString &origin, const QString &path = QString());
};

} // namespace akkoord
