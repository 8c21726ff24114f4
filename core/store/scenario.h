#pragma once

#include "knowledge/answers.h"

#include <QString>

namespace akkoord {

// One situation a municipality considers: the answers, with a name a person recognises.
struct Scenario
{
    QString municipality;
    QString title;
    Answers answers;
    QString notes;

    bool operator==(const Scenario &o) const
    {
        return municipality == o.municipality && title == o.title && answers == o.answers &&
               notes == o.notes;
    }
};

} // namespace akkoord
