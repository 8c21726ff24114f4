#pragma once

#include "store/records.h"

#include <QJsonObject>

namespace akkoord {

// The stored records as the JSON that `akkoord-cli ... --format json` prints (documented in the
// README): one place for the field names, next to the records they describe.
namespace RecordJson {
QJsonObject caseSummary(const CaseRecord &c);
QJsonObject scenarioSummary(const ScenarioRecord &s);
QJsonObject revision(const Revision &r);
QJsonObject trashed(const ScenarioRecord &s);
} // namespace RecordJson

} // namespace akkoord
