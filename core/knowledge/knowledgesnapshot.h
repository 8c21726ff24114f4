#pragma once

#include "common/error.h"
#include "knowledge/knowledgebase.h"

#include <QByteArray>

#include <memory>

namespace akkoord {

// The built-in knowledge base as the build leaves it: checked in full from its JSON by the loader
// at build time (akkoord_knowledgec; an invalid file fails the build), then written as a binary
// snapshot that the programs read back in a fraction of a millisecond, instead of parsing and
// checking the same JSON again at every start.
class KnowledgeSnapshot
{
public:
    static constexpr char ResourcePath[] = ":/knowledge/akkoord-knowledge.snapshot";

    static QByteArray write(const KnowledgeBase &kb);
    // Refuses data that is not a snapshot of this build's format.
    static Result<std::shared_ptr<const KnowledgeBase>> read(const QByteArray &data,
                                                             const QString &origin);
};

} // namespace akkoord
