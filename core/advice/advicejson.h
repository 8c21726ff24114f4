#pragma once

#include "knowledge/advice.h"

#include <QJsonObject>

namespace akkoord {

// The advice as JSON for scripts, with the field names the command line documents.
// Texts come in the language asked for; identifiers are the stable ones from the knowledge base.
QJsonObject adviceToJson(const Advice &advice, const KnowledgeBase &kb, Language language);
// A practice example: what it did, started with and heads for, each answer with its basis, and
// where what the source states places it (positions from stated answers only).
QJsonObject referenceCaseToJson(const ReferenceCase &c, const QVector<MatrixPosition> &positions,
                                const KnowledgeBase &kb, Language language);
QString changeKindName(ChangeKind kind);
QString verdictName(Verdict verdict);
QString strengthName(Strength strength);
QString basisKindName(Basis::Kind kind);
// {"basis": source|interpretation|assumed, "section", "paragraph" (source), "rationale"
// (interpretation)}
QJsonObject basisToJson(const Basis &basis, Language language);

} // namespace akkoord
