#include "advice/advicejson.h"

#include "advice/adviceoutline.h"
#include "advice/advicetext.h"

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

QJsonObject withBasis(QJsonObject o, const Basis &basis, Language language)
{
    const QJsonObject b = basisToJson(basis, language);
    for (auto it = b.begin(); it != b.end(); ++it) {
        o.insert(it.key(), it.value());
    }
    return o;
}

QJsonArray measures(const QVector<WeightedMeasure> &list, const QVector<Measure> &defs,
                    const KnowledgeBase &kb, Language language)
{
    QJsonArray out;
    for (const WeightedMeasure &m : list) {
        const Measure *def = kb.measure(defs, m.id);
        QJsonObject entry{{QStringLiteral("id"), m.id},
                          {QStringLiteral("weight"), m.weight},
                          {QStringLiteral("rules"), QJsonArray::fromStringList(m.rules)},
                          {QStringLiteral("label"), def->label.in(language)},
                          {QStringLiteral("advice"), def->advice.in(language)}};
        if (&defs == &kb.risks()) {
            entry.insert(QStringLiteral("raised_by"), QJsonArray::fromStringList(m.raisedBy));
            entry.insert(QStringLiteral("emphasis"), def->emphasis);
        }
        out.append(withBasis(entry, def->basis, language));
    }
    return out;
}

QJsonObject firstStepsToJson(const FirstSteps &first, Language language)
{
    QJsonArray steps;
    for (const LocalizedText &t : first.steps) {
        steps.append(t.in(language));
    }
    QJsonArray involve;
    for (const LocalizedText &t : first.involve) {
        involve.append(t.in(language));
    }
    return withBasis(QJsonObject{{QStringLiteral("steps"), steps},
                                 {QStringLiteral("involve"), involve},
                                 {QStringLiteral("agreement"), first.agreement.in(language)},
                                 {QStringLiteral("municipality_commits"),
                                  first.municipalityCommits.in(language)}},
                     first.basis, language);
}

QJsonArray plainMeasures(const QStringList &ids, const QVector<Measure> &defs,
                         const KnowledgeBase &kb, Language language)
{
    QJsonArray out;
    for (const QString &id : ids) {
        const Measure *def = kb.measure(defs, id);
        out.append(withBasis(QJsonObject{{QStringLiteral("id"), id},
                                         {QStringLiteral("label"), def->label.in(language)},
                                         {QStringLiteral("advice"), def->advice.in(language)}},
                             def->basis, language));
    }
    return out;
}

QJsonObject change(const AnswerChange &c)
{
    return QJsonObject{{QStringLiteral("question"), c.question},
                       {QStringLiteral("option"), c.option},
                       {QStringLiteral("change"), changeKindName(c.kind)}};
}

// The verdict: the starting point or the tie, with first steps, what decides and what
// contradicts.
void insertVerdict(QJsonObject &o, const Advice &advice, const KnowledgeBase &kb, Language language)
{
    const int sp = kb.startingPointIndex(advice.startingPoint);
    o.insert(QStringLiteral("starting_point"),
             sp < 0 ? QJsonValue() : QJsonValue(advice.startingPoint));
    o.insert(QStringLiteral("starting_point_label"),
             sp < 0 ? QJsonValue() : QJsonValue(kb.startingPoints()[sp].label.in(language)));
    if (sp >= 0) {
        o.insert(QStringLiteral("first_steps"),
                 firstStepsToJson(kb.startingPoints()[sp].firstSteps, language));
    }
    // A tie side by side: each starting point with its description and first steps.
    QJsonArray tiedStarts;
    for (const QString &id : advice.tied) {
        const StartingPoint &s = kb.startingPoints()[kb.startingPointIndex(id)];
        tiedStarts.append(withBasis(
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("label"), s.label.in(language)},
                        {QStringLiteral("description"), s.description.in(language)},
                        {QStringLiteral("first_steps"), firstStepsToJson(s.firstSteps, language)}},
            s.basis, language));
    }
    o.insert(QStringLiteral("tied_starting_points"), tiedStarts);
    o.insert(QStringLiteral("tied"), QJsonArray::fromStringList(advice.tied));
    o.insert(QStringLiteral("deciding_questions"),
             QJsonArray::fromStringList(advice.decidingQuestions));
    o.insert(QStringLiteral("ways_in"), QJsonArray::fromStringList(advice.waysIn));
    QJsonArray inconsistencies;
    for (const FoundInconsistency &i : advice.inconsistencies) {
        inconsistencies.append(
            QJsonObject{{QStringLiteral("questions"), QJsonArray::fromStringList(i.questions)},
                        {QStringLiteral("message"), i.message.in(language)}});
    }
    o.insert(QStringLiteral("inconsistencies"), inconsistencies);
}

void insertRankingAndPositions(QJsonObject &o, const Advice &advice)
{
    // Points: the source's rules decide (4 for a condition, 1 for a style); ours add 1 or less.
    QJsonArray ranking;
    for (const RankedStartingPoint &r : advice.ranking) {
        ranking.append(QJsonObject{{QStringLiteral("id"), r.id},
                                   {QStringLiteral("score"), r.score},
                                   {QStringLiteral("source_score"), r.sourceScore},
                                   {QStringLiteral("source_support"), r.sourceSupport}});
    }
    o.insert(QStringLiteral("ranking"), ranking);

    QJsonObject positions;
    for (const MatrixPosition &p : advice.positions) {
        positions.insert(p.matrix,
                         QJsonObject{{QStringLiteral("x"), p.x}, {QStringLiteral("y"), p.y}});
    }
    o.insert(QStringLiteral("positions"), positions);
}

void insertMeasures(QJsonObject &o, const Advice &advice, const KnowledgeBase &kb,
                    Language language)
{
    o.insert(QStringLiteral("tactics"), measures(advice.tactics, kb.tactics(), kb, language));
    o.insert(QStringLiteral("principles"),
             plainMeasures(advice.principles, kb.principles(), kb, language));
    QStringList foundations;
    for (const Measure &m : kb.foundations()) {
        foundations << m.id;
    }
    o.insert(QStringLiteral("foundations"),
             plainMeasures(foundations, kb.foundations(), kb, language));
    o.insert(QStringLiteral("risks"), measures(advice.risks, kb.risks(), kb, language));
}

void insertExplanation(QJsonObject &o, const Advice &advice, Language language)
{
    QJsonArray explanation;
    for (const FiredRule &r : advice.explanation) {
        QJsonObject answers;
        for (const AnswerUsed &a : r.answers) {
            answers.insert(a.question, QJsonArray::fromStringList(a.options));
        }
        explanation.append(withBasis(QJsonObject{{QStringLiteral("rule"), r.rule},
                                                 {QStringLiteral("answers"), answers},
                                                 {QStringLiteral("scores"), weights(r.scores)},
                                                 {QStringLiteral("tactics"), weights(r.tactics)},
                                                 {QStringLiteral("risks"), weights(r.risks)},
                                                 {QStringLiteral("reason"), r.reason.in(language)}},
                                     r.basis, language));
    }
    o.insert(QStringLiteral("explanation"), explanation);
}

QString notARouteReasonName(NotARoute::Reason reason)
{
    switch (reason) {
    case NotARoute::Given:
        return QStringLiteral("given");
    case NotARoute::NotKnown:
        return QStringLiteral("not_known");
    case NotARoute::OnlyATie:
        return QStringLiteral("only_a_tie");
    case NotARoute::TornDown:
        return QStringLiteral("not_building_up");
    case NotARoute::TakesSupport:
        return QStringLiteral("takes_support");
    case NotARoute::NoOwnSupport:
        return QStringLiteral("no_own_support");
    }
    return QString();
}

// What would change the outcome, and the route to a target.
void insertChanges(QJsonObject &o, const Advice &advice)
{
    QJsonArray sensitivity;
    for (const SensitivityEntry &s : advice.sensitivity) {
        QJsonObject entry = change(s.change);
        entry.insert(QStringLiteral("verdict"), verdictName(s.verdict));
        entry.insert(QStringLiteral("new_starting_point"),
                     s.newStartingPoint.isEmpty() ? QJsonValue() : QJsonValue(s.newStartingPoint));
        entry.insert(QStringLiteral("tied"), QJsonArray::fromStringList(s.tied));
        sensitivity.append(entry);
    }
    o.insert(QStringLiteral("sensitivity"), sensitivity);

    if (advice.target) {
        QJsonArray changes;
        for (const AnswerChange &c : advice.target->changes) {
            changes.append(change(c));
        }
        // Single changes that lead there all the same, and why they are no route.
        QJsonArray notARoute;
        for (const NotARoute &n : advice.target->notARoute) {
            QJsonObject entry = change(n.change);
            entry.insert(QStringLiteral("reason"), notARouteReasonName(n.reason));
            if (!n.weakened.isEmpty()) {
                entry.insert(QStringLiteral("weakens"), n.weakened);
            }
            if (!n.tied.isEmpty()) {
                entry.insert(QStringLiteral("tied_with"), QJsonArray::fromStringList(n.tied));
            }
            notARoute.append(entry);
        }
        o.insert(QStringLiteral("target"),
                 QJsonObject{{QStringLiteral("starting_point"), advice.target->target},
                             {QStringLiteral("reachable"), advice.target->reachable},
                             {QStringLiteral("exact"), advice.target->exact},
                             {QStringLiteral("changes"), changes},
                             {QStringLiteral("not_a_route"), notARoute}});
    }
}

void insertSimilarAndGaps(QJsonObject &o, const Advice &advice)
{
    // Compared on what the source states about each example, and only there.
    QJsonArray similar;
    QJsonObject distances;
    QJsonObject matching;
    for (const SimilarCase &c : advice.similarCases) {
        similar.append(c.id);
        distances.insert(c.id, c.distance);
        matching.insert(c.id, QJsonObject{{QStringLiteral("compared"), c.compared},
                                          {QStringLiteral("matching"),
                                           QJsonArray::fromStringList(c.matching)}});
    }
    o.insert(QStringLiteral("similar_cases"), similar);
    o.insert(QStringLiteral("similar_case_distances"), distances);
    o.insert(QStringLiteral("similar_case_answers"), matching);
    o.insert(QStringLiteral("gaps"), QJsonArray::fromStringList(advice.gaps));
    o.insert(QStringLiteral("not_applicable"), QJsonArray::fromStringList(advice.notApplicable));
}

} // namespace

QString basisKindName(Basis::Kind kind)
{
    switch (kind) {
    case Basis::Source:
        return QStringLiteral("source");
    case Basis::Interpretation:
        return QStringLiteral("interpretation");
    case Basis::Assumed:
        return QStringLiteral("assumed");
    }
    return QString();
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Recommended:
        return QStringLiteral("recommended");
    case Verdict::Tie:
        return QStringLiteral("tie");
    case Verdict::Insufficient:
        return QStringLiteral("insufficient");
    }
    return QString();
}

QString strengthName(Strength strength)
{
    switch (strength) {
    case Strength::Clear:
        return QStringLiteral("clear");
    case Strength::Leaning:
        return QStringLiteral("leaning");
    case Strength::Open:
        return QStringLiteral("open");
    }
    return QString();
}

QJsonObject basisToJson(const Basis &basis, Language language)
{
    QJsonObject o{{QStringLiteral("basis"), basisKindName(basis.kind)}};
    if (basis.kind == Basis::Assumed) {
        return o;
    }
    o.insert(QStringLiteral("section"), basis.section);
    if (basis.isSource()) {
        o.insert(QStringLiteral("paragraph"), basis.paragraph);
    } else {
        o.insert(QStringLiteral("rationale"), basis.rationale.in(language));
    }
    return o;
}

QJsonObject referenceCaseToJson(const ReferenceCase &c, const QVector<MatrixPosition> &positions,
                                const KnowledgeBase &kb, Language language)
{
    QJsonObject answers;
    for (const Question &q : kb.questions()) {
        if (!c.answers.isKnown(q.id)) {
            continue;
        }
        const QJsonValue option =
            q.multiple ? QJsonValue(QJsonArray::fromStringList(c.answers.values(q.id)))
                       : QJsonValue(c.answers.value(q.id));
        answers.insert(q.id, withBasis(QJsonObject{{QStringLiteral("option"), option}},
                                       c.answerBasis.value(q.id), language));
    }
    QJsonObject o{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("did"), withBasis(QJsonObject{{QStringLiteral("text"), c.did.in(language)}},
                                          c.didBasis, language)},
        {QStringLiteral("answers"), answers}};
    o.insert(QStringLiteral("started_with"),
             c.startedWith.isEmpty()
                 ? QJsonValue()
                 : QJsonValue(withBasis(QJsonObject{{QStringLiteral("id"), c.startedWith}},
                                        c.startedWithBasis, language)));
    o.insert(
        QStringLiteral("heads_for"),
        c.headsFor.nl.isEmpty()
            ? QJsonValue()
            : QJsonValue(withBasis(QJsonObject{{QStringLiteral("text"), c.headsFor.in(language)}},
                                   c.headsForBasis, language)));
    QJsonObject placed;
    for (const MatrixPosition &p : positions) {
        placed.insert(p.matrix,
                      QJsonObject{{QStringLiteral("x"), p.x}, {QStringLiteral("y"), p.y}});
    }
    o.insert(QStringLiteral("positions"), placed);
    return o;
}

QString changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Set:
        return QStringLiteral("set");
    case ChangeKind::Add:
        return QStringLiteral("add");
    case ChangeKind::Remove:
        return QStringLiteral("remove");
    }
    return QString();
}

QJsonObject adviceToJson(const Advice &advice, const KnowledgeBase &kb, Language language)
{
    QJsonObject o;
    o.insert(QStringLiteral("knowledge_base_version"), advice.knowledgeBaseVersion);
    o.insert(QStringLiteral("language"), languageCode(language));
    o.insert(QStringLiteral("verdict"), verdictName(advice.verdict));
    o.insert(QStringLiteral("strength"), strengthName(advice.strength));
    // The same sentences the text and HTML advice open with, from the one outline.
    const AdviceOutline outline = AdviceText(kb, language).outline(advice);
    o.insert(QStringLiteral("summary"),
             QJsonObject{{QStringLiteral("headline"), outline.headline},
                         {QStringLiteral("strength"), outline.strength},
                         {QStringLiteral("explanation"), outline.explanation}});
    insertVerdict(o, advice, kb, language);
    insertRankingAndPositions(o, advice);
    insertMeasures(o, advice, kb, language);
    insertExplanation(o, advice, language);
    insertChanges(o, advice);
    insertSimilarAndGaps(o, advice);
    return o;
}

} // namespace akkoord
