#pragma once

#include "knowledge/knowledgebase.h"

#include <QString>

namespace akkoord {

// The audit of a knowledge base as a Markdown document: every rule with its basis, where the
// source says it (section and paragraph), what the source says there in our words (or why we
// read it so) and what the rule does; then the texts and the practice examples' answers.
// docs/knowledge-audit.md is this document for the built-in knowledge base, and a test keeps
// the two the same; akkoord-cli audit writes it for a variant.
QString knowledgeAudit(const KnowledgeBase &kb);

} // namespace akkoord
