#pragma once

#include "store/scenariostore.h"

namespace akkoord {

// Copies a case base with its history from one store to another, whatever their backends
// (akkoord-cli copy; a backup of the regional database as an SQLite file). Municipalities are
// matched in the target by CBS code or name and made when missing; every scenario and agreement
// is added with all its revisions, their numbers and times, under the uuid it has at the source;
// what is in the trash at the source is put in the trash at the target. One the target's
// municipality already has (by uuid: an earlier copy) is left as it is there, so a copy can be
// repeated without doubling anything. All in one transaction of the target: whole or nothing.
struct CopyCounts
{
    int cases = 0;
    int scenarios = 0;
    int revisions = 0;
    int agreements = 0;
    int skipped = 0; // scenarios and agreements the target already had
};

Result<CopyCounts> copyStore(const ScenarioStore &from, ScenarioStore &to);

} // namespace akkoord
