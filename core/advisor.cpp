#include "advisor.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace akkoord {

Advisor::Advisor(std::shared_ptr<const KnowledgeBase> knowledge) : m_kb(std::move(knowledge))
{
    for (const ReferenceCase &c : m_kb->referenceCases()) {
        m_caseStates.append(effective(encode(c.answers)));
    }
}

Advisor::State Advisor::encode(const Answers &answers) const
{
    const QVector<Question> &questions = m_kb->questions();
    State state(questions.size(), 0);
    for (int q = 0; q < questions.size(); ++q) {
        if (!answers.isKnown(questions[q].id)) {
            continue;
        }
        quint32 mask = Known;
        for (const QString &option : answers.values(questions[q].id)) {
            const int index = questions[q].optionIndex(option);
            if (index >= 0) {
                mask |= 1u << index;
            }
        }
        // A single-choice answer naming no valid option is as good as unknown.
        if (!questions[q].multiple && mask == Known) {
            mask = 0;
        }
        state[q] = mask;
    }
    return state;
}

bool Advisor::holds(const Condition &condition, const State &state) const
{
    const quint32 mask = state[condition.question];
    if (mask == 0) {
        return false;
    }
    const bool any = (mask & condition.mask) != 0;
    return condition.negate ? !any : any;
}

Advisor::State Advisor::effective(State state) const
{
    const QVector<Question> &questions = m_kb->questions();
    for (int q : m_kb->askOrder()) {
        if (questions[q].hasAskedWhen && !holds(questions[q].askedWhen, state)) {
            state[q] = 0;
        }
    }
    return state;
}

QVector<double> Advisor::scores(const State &state) const
{
    QVector<double> out(m_kb->startingPoints().size(), 0.0);
    for (const Rule &rule : m_kb->rules()) {
        if (rule.scores.isEmpty()) {
            continue;
        }
        bool fires = true;
        for (const Condition &c : rule.when) {
            fires = fires && holds(c, state);
        }
        if (fires) {
            for (const WeightedTarget &t : rule.scores) {
                out[t.index] += t.weight;
            }
        }
    }
    return out;
}

int Advisor::best(const QVector<double> &scores) const
{
    // Ties go to the earlier starting point, which is the source's own order.
    int best = 0;
    for (int i = 1; i < scores.size(); ++i) {
        if (scores[i] > scores[best]) {
            best = i;
        }
    }
    return best;
}

double Advisor::lead(const QVector<double> &scores, int target) const
{
    double other = -1e300;
    for (int i = 0; i < scores.size(); ++i) {
        if (i != target) {
            other = std::max(other, scores[i]);
        }
    }
    return scores.size() < 2 ? 0 : scores[target] - other;
}

Advisor::State Advisor::apply(State state, const Candidate &c) const
{
    const quint32 bit = 1u << c.option;
    switch (c.kind) {
    case ChangeKind::Set: state[c.question] = Known | bit; break;
    case ChangeKind::Add: state[c.question] |= Known | bit; break;
    case ChangeKind::Remove: state[c.question] = (state[c.question] & ~bit) | Known; break;
    }
    return state;
}

QVector<Advisor::Candidate> Advisor::candidates(const State &state) const
{
    QVector<Candidate> out;
    const QVector<Question> &questions = m_kb->questions();
    for (int q = 0; q < questions.size(); ++q) {
        for (int o = 0; o < questions[q].options.size(); ++o) {
            const quint32 bit = 1u << o;
            if (questions[q].multiple) {
                out.append({q, o, (state[q] & bit) ? ChangeKind::Remove : ChangeKind::Add});
            } else if ((state[q] & ~Known) != bit) {
                out.append({q, o, ChangeKind::Set});
            }
        }
    }
    return out;
}

AnswerChange Advisor::describe(const Candidate &c) const
{
    const Question &q = m_kb->questions()[c.question];
    return AnswerChange{q.id, q.options[c.option].id, c.kind};
}

Answers Advisor::applied(const Answers &answers, const AnswerChange &change)
{
    Answers out = answers;
    if (change.kind == ChangeKind::Set) {
        out.set(change.question, change.option);
        return out;
    }
    QStringList values = answers.values(change.question);
    values.removeAll(change.option);
    if (change.kind == ChangeKind::Add) {
        values.append(change.option);
    }
    out.setMultiple(change.question, values);
    return out;
}

TargetAnalysis Advisor::analyseTarget(const State &state, int target) const
{
    TargetAnalysis result;
    result.target = m_kb->startingPoints()[target].id;
    auto wins = [&](const State &s) { return best(scores(effective(s))) == target; };
    if (wins(state)) {
        result.reachable = true;
        return result;
    }
    const QVector<Candidate> all = candidates(state);

    // One change, then two: exhaustive, keeping the path with the widest lead.
    double bestLead = -1e300;
    QVector<Candidate> bestPath;
    for (int depth = 1; depth <= 2 && bestPath.isEmpty(); ++depth) {
        for (int i = 0; i < all.size(); ++i) {
            const State one = apply(state, all[i]);
            if (depth == 1) {
                const QVector<double> s = scores(effective(one));
                if (best(s) == target && lead(s, target) > bestLead) {
                    bestLead = lead(s, target);
                    bestPath = {all[i]};
                }
                continue;
            }
            for (int j = i + 1; j < all.size(); ++j) {
                if (all[j].question == all[i].question && !m_kb->questions()[all[i].question].multiple) {
                    continue;
                }
                const QVector<double> s = scores(effective(apply(one, all[j])));
                if (best(s) == target && lead(s, target) > bestLead) {
                    bestLead = lead(s, target);
                    bestPath = {all[i], all[j]};
                }
            }
        }
    }
    if (!bestPath.isEmpty()) {
        result.reachable = true;
        for (const Candidate &c : bestPath) {
            result.changes.append(describe(c));
        }
        return result;
    }

    // Beyond two changes an exhaustive search costs too much for live use: climb greedily on
    // the lead, then drop any step the result does not need.
    State current = state;
    QVector<Candidate> path;
    QSet<int> used;
    while (!wins(current) && used.size() < m_kb->questions().size()) {
        double stepLead = -1e300;
        int pick = -1;
        for (int i = 0; i < all.size(); ++i) {
            if (used.contains(all[i].question)) {
                continue;
            }
            const double l = lead(scores(effective(apply(current, all[i]))), target);
            if (l > stepLead) {
                stepLead = l;
                pick = i;
            }
        }
        if (pick < 0) {
            break;
        }
        used.insert(all[pick].question);
        path.append(all[pick]);
        current = apply(current, all[pick]);
    }
    if (!wins(current)) {
        return result;
    }
    for (int i = int(path.size()) - 1; i >= 0; --i) {
        QVector<Candidate> shorter = path;
        shorter.removeAt(i);
        State s = state;
        for (const Candidate &c : shorter) {
            s = apply(s, c);
        }
        if (wins(s)) {
            path = shorter;
        }
    }
    result.reachable = true;
    result.exact = false;
    for (const Candidate &c : path) {
        result.changes.append(describe(c));
    }
    return result;
}

double Advisor::distance(const State &a, const State &b) const
{
    // Root mean square of per-question differences in [0, 1]: ordinal steps, nominal match,
    // set overlap for multiple choice; a question known on one side only counts half.
    const QVector<Question> &questions = m_kb->questions();
    double sum = 0;
    int count = 0;
    for (int q = 0; q < questions.size(); ++q) {
        const quint32 ma = a[q];
        const quint32 mb = b[q];
        if (ma == 0 && mb == 0) {
            continue;
        }
        double d = 0.5;
        if (ma != 0 && mb != 0) {
            const quint32 oa = ma & ~Known;
            const quint32 ob = mb & ~Known;
            if (questions[q].multiple) {
                const int united = qPopulationCount(oa | ob);
                d = united == 0 ? 0 : 1.0 - double(qPopulationCount(oa & ob)) / united;
            } else if (questions[q].ordinal) {
                const int steps = int(questions[q].options.size()) - 1;
                d = std::abs(int(qCountTrailingZeroBits(oa)) - int(qCountTrailingZeroBits(ob))) /
                    double(steps);
            } else {
                d = oa == ob ? 0 : 1;
            }
        }
        sum += d * d;
        ++count;
    }
    return count == 0 ? 1.0 : std::sqrt(sum / count);
}

QVector<MatrixPosition> Advisor::positions(const Answers &answers) const
{
    return positionsOf(effective(encode(answers)));
}

QVector<MatrixPosition> Advisor::positionsOf(const State &state) const
{
    // The weighted mean of the known answers' positions on each axis.
    const KnowledgeBase &kb = *m_kb;
    const QVector<Question> &questions = kb.questions();
    QVector<MatrixPosition> out;
    for (int m = 0; m < kb.matrices().size(); ++m) {
        MatrixPosition position;
        position.matrix = kb.matrices()[m].id;
        for (int axis = m * 2; axis < m * 2 + 2; ++axis) {
            double sum = 0;
            double weight = 0;
            for (int q = 0; q < questions.size(); ++q) {
                const double w = questions[q].weights[axis];
                if (w == 0 || state[q] == 0) {
                    continue;
                }
                double p = 0;
                for (int o = 0; o < questions[q].options.size(); ++o) {
                    if (state[q] & (1u << o)) {
                        p += questions[q].options[o].position[axis];
                    }
                }
                sum += w * std::clamp(p, -1.0, 1.0);
                weight += w;
            }
            (axis % 2 ? position.y : position.x) = weight > 0 ? sum / weight : 0.0;
        }
        out.append(position);
    }
    return out;
}

Advice Advisor::advise(const Answers &answers, const QString &target) const
{
    const KnowledgeBase &kb = *m_kb;
    const QVector<Question> &questions = kb.questions();
    const State raw = encode(answers);
    const State state = effective(raw);

    Advice advice;
    advice.knowledgeBaseVersion = kb.version();

    advice.positions = positionsOf(state);

    // Rules, with everything needed to explain them.
    QVector<double> score(kb.startingPoints().size(), 0.0);
    QVector<double> tacticWeight(kb.tactics().size(), 0.0);
    QVector<QStringList> tacticRules(kb.tactics().size());
    QVector<double> riskWeight(kb.risks().size(), 0.0);
    QVector<QStringList> riskRules(kb.risks().size());
    for (const Rule &rule : kb.rules()) {
        bool fires = true;
        for (const Condition &c : rule.when) {
            fires = fires && holds(c, state);
        }
        if (!fires) {
            continue;
        }
        FiredRule fired;
        fired.rule = rule.id;
        fired.section = rule.section;
        fired.reason = rule.reason;
        for (const Condition &c : rule.when) {
            const Question &q = questions[c.question];
            AnswerUsed used{q.id, {}};
            for (int o = 0; o < q.options.size(); ++o) {
                const quint32 bit = 1u << o;
                if ((state[c.question] & bit) && (c.negate || (c.mask & bit))) {
                    used.options << q.options[o].id;
                }
            }
            fired.answers.append(used);
        }
        for (const WeightedTarget &t : rule.scores) {
            score[t.index] += t.weight;
            fired.scores.append({kb.startingPoints()[t.index].id, t.weight});
        }
        for (const WeightedTarget &t : rule.tactics) {
            tacticWeight[t.index] += t.weight;
            tacticRules[t.index] << rule.id;
            fired.tactics.append({kb.tactics()[t.index].id, t.weight});
        }
        for (const WeightedTarget &t : rule.risks) {
            riskWeight[t.index] += t.weight;
            riskRules[t.index] << rule.id;
            fired.risks.append({kb.risks()[t.index].id, t.weight});
        }
        advice.explanation.append(fired);
    }

    for (int i = 0; i < score.size(); ++i) {
        advice.ranking.append({kb.startingPoints()[i].id, score[i]});
    }
    std::stable_sort(advice.ranking.begin(), advice.ranking.end(),
                     [](const RankedStartingPoint &a, const RankedStartingPoint &b) {
                         return a.score > b.score;
                     });
    const int recommended = best(score);
    advice.startingPoint = kb.startingPoints()[recommended].id;

    auto collect = [](const QVector<Measure> &measures, const QVector<double> &weights,
                      const QVector<QStringList> &rules) {
        QVector<WeightedMeasure> out;
        for (int i = 0; i < measures.size(); ++i) {
            if (!rules[i].isEmpty() && weights[i] > 0) {
                out.append({measures[i].id, weights[i], rules[i]});
            }
        }
        std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
            return a.weight > b.weight;
        });
        return out;
    };
    advice.tactics = collect(kb.tactics(), tacticWeight, tacticRules);
    advice.risks = collect(kb.risks(), riskWeight, riskRules);
    for (const Measure &p : kb.principles()) {
        advice.principles << p.id;
    }

    // Gaps and confidence.
    int asked = 0;
    for (int q = 0; q < questions.size(); ++q) {
        const bool isAsked = !questions[q].hasAskedWhen || holds(questions[q].askedWhen, state);
        if (!isAsked) {
            advice.notApplicable << questions[q].id;
            continue;
        }
        ++asked;
        if (state[q] == 0) {
            advice.gaps << questions[q].id;
        }
    }
    const double coverage = asked == 0 ? 0 : double(asked - advice.gaps.size()) / asked;
    const double margin = advice.ranking.size() > 1
                              ? advice.ranking[0].score - advice.ranking[1].score
                              : advice.ranking[0].score;
    advice.confidence = coverage * (0.35 + 0.65 * margin / (margin + 1.5));

    // Plus-minus: every single change to an applicable question that alters the recommendation.
    for (const Candidate &c : candidates(raw)) {
        if (advice.notApplicable.contains(questions[c.question].id)) {
            continue;
        }
        const int now = best(scores(effective(apply(raw, c))));
        if (now != recommended) {
            advice.sensitivity.append({describe(c), kb.startingPoints()[now].id});
        }
    }

    if (!target.isEmpty()) {
        const int t = kb.startingPointIndex(target);
        if (t >= 0) {
            advice.target = analyseTarget(raw, t);
        }
    }

    for (int i = 0; i < m_caseStates.size(); ++i) {
        advice.similarCases.append({kb.referenceCases()[i].id, distance(state, m_caseStates[i])});
    }
    std::stable_sort(advice.similarCases.begin(), advice.similarCases.end(),
                     [](const SimilarCase &a, const SimilarCase &b) {
                         return a.distance < b.distance;
                     });
    return advice;
}

} // namespace akkoord
