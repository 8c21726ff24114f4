#include "advicejson.h"

#include <QJsonArray>

namespace akkoord {

namespace {

QJsonObject weights(const QVector<QPair<QString, double>> &list)
{
    QJsonObject o;
    for (const auto &[id, weight] : list) {
        o.insert(id, weight);
    }
    return o;
}

QJsonArray measures(const QVector<WeightedMeasure> &list, const QVector<Measure> &defs,
                    const KnowledgeBase &kb, Language language)
{
    QJsonArray out;
    for (const WeightedMeasure &m : list) {
        const Measure *def = kb.measure(defs, m.id);
        out.append(QJsonObject{{QStringLiteral("id"), m.id},
                               {QStringLiteral("weight"), m.weight},
                               {QStringLiteral("rules"), QJsonArray::fromStringList(m.rules)},
                               {QStringLiteral("label"), def->label.in(language)},
                               {QStringLiteral("advice"), def->advice.in(language)}});
    }
    return out;
}

QJsonObject change(const AnswerChange &c)
{
    return QJsonObject{{QStringLiteral("question"), c.question},
                       {QStringLiteral("option"), c.option},
                       {QStringLiteral("change"), changeKindName(c.kind)}};
}

} // namespace

QString changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Set: return QStringLiteral("set");
    case ChangeKind::Add: return QStringLiteral("add");
    case ChangeKind::Remove: return QStringLiteral("remove");
    }
    return QString();
}

QJsonObject adviceToJson(const Advice &advice, const KnowledgeBase &kb, Language language)
{
    QJsonObject o;
    o.insert(QStringLiteral("knowledge_base_version"), advice.knowledgeBaseVersion);
    o.insert(QStringLiteral("language"), languageCode(language));
    o.insert(QStringLiteral("starting_point"), advice.startingPoint);
    const int sp = kb.startingPointIndex(advice.startingPoint);
    o.insert(QStringLiteral("starting_point_label"), kb.startingPoints()[sp].label.in(language));

    QJsonArray ranking;
    for (const RankedStartingPoint &r : advice.ranking) {
        ranking.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("score"), r.score}});
    }
    o.insert(QStringLiteral("ranking"), ranking);

    QJsonObject positions;
    for (const MatrixPosition &p : advice.positions) {
        positions.insert(p.matrix, QJsonObject{{QStringLiteral("x"), p.x}, {QStringLiteral("y"), p.y}});
    }
    o.insert(QStringLiteral("positions"), positions);

    o.insert(QStringLiteral("tactics"), measures(advice.tactics, kb.tactics(), kb, language));
    o.insert(QStringLiteral("principles"), QJsonArray::fromStringList(advice.principles));
    o.insert(QStringLiteral("risks"), measures(advice.risks, kb.risks(), kb, language));

    QJsonArray explanation;
    for (const FiredRule &r : advice.explanation) {
        QJsonObject answers;
        for (const AnswerUsed &a : r.answers) {
            answers.insert(a.question, QJsonArray::fromStringList(a.options));
        }
        explanation.append(QJsonObject{{QStringLiteral("rule"), r.rule},
                                       {QStringLiteral("section"), r.section},
                                       {QStringLiteral("answers"), answers},
                                       {QStringLiteral("scores"), weights(r.scores)},
                                       {QStringLiteral("tactics"), weights(r.tactics)},
                                       {QStringLiteral("risks"), weights(r.risks)},
                                       {QStringLiteral("reason"), r.reason.in(language)}});
    }
    o.insert(QStringLiteral("explanation"), explanation);

    QJsonArray sensitivity;
    for (const SensitivityEntry &s : advice.sensitivity) {
        QJsonObject entry = change(s.change);
        entry.insert(QStringLiteral("new_starting_point"), s.newStartingPoint);
        sensitivity.append(entry);
    }
    o.insert(QStringLiteral("sensitivity"), sensitivity);

    if (advice.target) {
        QJsonArray changes;
        for (const AnswerChange &c : advice.target->changes) {
            changes.append(change(c));
        }
        o.insert(QStringLiteral("target"),
                 QJsonObject{{QStringLiteral("starting_point"), advice.target->target},
                             {QStringLiteral("reachable"), advice.target->reachable},
                             {QStringLiteral("exact"), advice.target->exact},
                             {QStringLiteral("changes"), changes}});
    }

    QJsonArray similar;
    QJsonObject distances;
    for (const SimilarCase &c : advice.similarCases) {
        similar.append(c.id);
        distances.insert(c.id, c.distance);
    }
    o.insert(QStringLiteral("similar_cases"), similar);
    o.insert(QStringLiteral("similar_case_distances"), distances);
    o.insert(QStringLiteral("gaps"), QJsonArray::fromStringList(advice.gaps));
    o.insert(QStringLiteral("not_applicable"), QJsonArray::fromStringList(advice.notApplicable));
    o.insert(QStringLiteral("confidence"), advice.confidence);
    return o;
}

} // namespace akkoord
