#pragma once

#include "common/error.h"
#include "common/jsonreader.h"
#include "knowledge/knowledgebase.h"
#include "store/scenario.h"

#include <QByteArray>

namespace akkoord {

// The scenario exchange format: {"format": "akkoord.scenario", "version": 1, ...}, UTF-8 JSON.
// Files come from colleagues, so everything is checked and nothing in them is trusted.
class ScenarioFile
{
public:
    static constexpr int Version = 1;
    // The largest file read: a scenario at its longest notes fits many times over.
    static constexpr qint64 MaxFileSize = 1024 * 1024;
    static constexpr int MaxNameLength = 200;
    static constexpr int MaxTitleLength = 300;
    static constexpr int MaxNotesLength = 100000;

    static Result<Scenario> parse(const QByteArray &json, const KnowledgeBase &kb,
                                  const QString &origin);
    static Result<Scenario> read(const QString &path, const KnowledgeBase &kb);
    static Result<Scenario> readStandardInput(const KnowledgeBase &kb, const QString &origin);
    static QByteArray serialize(const Scenario &scenario, const KnowledgeBase &kb);
    static QJsonObject toJson(const Scenario &scenario, const KnowledgeBase &kb);
    // A whole scenario file: format and version first, then the content.
    static Result<Scenario> fromJson(const JsonReader &file, const KnowledgeBase &kb);
    // Municipality, title, notes and answers of an object, as case files hold them too.
    static Result<Scenario> contentFromJson(const JsonReader &object, const KnowledgeBase &kb);
};

} // namespace akkoord
