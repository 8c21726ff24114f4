// Advisor::advise: the situation's advice, phase by phase. The analyses it uses (tally, decide,
// deciding questions, the target route) are in advisor.cpp.
#include "knowledge/advisor.h"

#include <algorithm>

namespace akkoord {

Advice Advisor::advise(const Answers &answers, const QString &target) const
{
    const State raw = encode(answers);
    const State state = effective(raw);

    Advice advice;
    advice.knowledgeBaseVersion = m_kb->version();
    advice.positions = positionsOf(state);
    const Fired fired = explain(state, &advice);
    const Tally t = tally(state);
    const Outcome outcome = decide(t);
    rank(t, outcome, &advice);
    collectMeasures(fired, &advice);
    collectGaps(state, &advice);
    advice.decidingQuestions = decidingQuestions(raw, outcome);
    collectWaysIn(state, outcome, fired, &advice);
    const bool overturnable = collectSensitivity(raw, state, outcome, &advice);
    if (outcome.verdict == Verdict::Recommended) {
        const double margin = lead(t.sourceScores, outcome.winner);
        advice.strength = margin >= 2.0 && !overturnable ? Strength::Clear : Strength::Leaning;
    }
    if (!target.isEmpty()) {
        const int ti = m_kb->startingPointIndex(target);
        if (ti >= 0) {
            advice.target = analyseTarget(raw, ti, advice.sensitivity);
        }
    }
    collectSimilarCases(state, &advice);
    return advice;
}

Advisor::Fired Advisor::explain(const State &state, Advice *advice) const
{
    // Every rule that applies, with everything needed to explain it, and what it adds to the
    // tactics and risks.
    const KnowledgeBase &kb = *m_kb;
    const QVector<Question> &questions = kb.questions();
    Fired f;
    f.tacticWeight.fill(0.0, kb.tactics().size());
    f.tacticRules.resize(kb.tactics().size());
    f.riskWeight.fill(0.0, kb.risks().size());
    f.riskRules.resize(kb.risks().size());
    f.riskQuestions.resize(kb.risks().size());
    for (const Rule &rule : kb.rules()) {
        if (!fires(rule, state)) {
            continue;
        }
        FiredRule fired;
        fired.rule = rule.id;
        fired.basis = rule.basis;
        fired.reason = rule.reason;
        QStringList conditionQuestions;
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
            conditionQuestions << q.id;
        }
        for (const WeightedTarget &t : rule.scores) {
            fired.scores.append({kb.startingPoints()[t.index].id, t.weight});
        }
        for (const WeightedTarget &t : rule.tactics) {
            f.tacticWeight[t.index] += t.weight;
            f.tacticRules[t.index] << rule.id;
            fired.tactics.append({kb.tactics()[t.index].id, t.weight});
        }
        for (const WeightedTarget &t : rule.risks) {
            f.riskWeight[t.index] += t.weight;
            f.riskRules[t.index] << rule.id;
            for (const QString &q : conditionQuestions) {
                if (!f.riskQuestions[t.index].contains(q)) {
                    f.riskQuestions[t.index] << q;
                }
            }
            fired.risks.append({kb.risks()[t.index].id, t.weight});
        }
        advice->explanation.append(fired);
    }
    return f;
}

void Advisor::rank(const Tally &t, const Outcome &outcome, Advice *advice) const
{
    const KnowledgeBase &kb = *m_kb;
    for (int i = 0; i < t.scores.size(); ++i) {
        advice->ranking.append(
            {kb.startingPoints()[i].id, t.scores[i], t.sourceScores[i], t.sourceSupport[i]});
    }
    // What the source supports first, then the source's points, then all points.
    std::stable_sort(advice->ranking.begin(), advice->ranking.end(),
                     [](const RankedStartingPoint &a, const RankedStartingPoint &b) {
                         if (a.sourceSupport != b.sourceSupport) {
                             return a.sourceSupport;
                         }
                         if (a.sourceScore != b.sourceScore) {
                             return a.sourceScore > b.sourceScore;
                         }
                         return a.score > b.score;
                     });
    advice->verdict = outcome.verdict;
    if (outcome.verdict == Verdict::Recommended) {
        advice->startingPoint = kb.startingPoints()[outcome.winner].id;
    }
    for (int i : outcome.tied) {
        advice->tied << kb.startingPoints()[i].id;
    }
}

void Advisor::collectMeasures(const Fired &f, Advice *advice) const
{
    const KnowledgeBase &kb = *m_kb;
    for (int i = 0; i < kb.tactics().size(); ++i) {
        if (!f.tacticRules[i].isEmpty() && f.tacticWeight[i] > 0) {
            advice->tactics.append({kb.tactics()[i].id, f.tacticWeight[i], f.tacticRules[i], {}});
        }
    }
    std::stable_sort(
        advice->tactics.begin(), advice->tactics.end(),
        [](const WeightedMeasure &a, const WeightedMeasure &b) { return a.weight > b.weight; });
    // The source names its risks for everyone; answers can only raise one. Raised risks first,
    // then the one the source stresses.
    for (int i = 0; i < kb.risks().size(); ++i) {
        advice->risks.append(
            {kb.risks()[i].id, f.riskWeight[i], f.riskRules[i], f.riskQuestions[i]});
    }
    std::stable_sort(advice->risks.begin(), advice->risks.end(),
                     [&kb](const WeightedMeasure &a, const WeightedMeasure &b) {
                         if (a.weight != b.weight) {
                             return a.weight > b.weight;
                         }
                         return kb.measure(kb.risks(), a.id)->emphasis &&
                                !kb.measure(kb.risks(), b.id)->emphasis;
                     });
    for (const Measure &p : kb.principles()) {
        advice->principles << p.id;
    }
}

void Advisor::collectGaps(const State &state, Advice *advice) const
{
    const QVector<Question> &questions = m_kb->questions();
    for (int q = 0; q < questions.size(); ++q) {
        if (!asked(q, state)) {
            advice->notApplicable << questions[q].id;
        } else if (state[q] == 0) {
            advice->gaps << questions[q].id;
        }
    }
    // Contradicting answers are read as the questionnaire shows them: an answer kept for a
    // follow-up that does not apply now counts for nothing, so it contradicts nothing either
    // (the user could not even see it to change it).
    for (const Inconsistency &inconsistency : m_kb->inconsistencies()) {
        bool all = true;
        QStringList involved;
        for (const Condition &c : inconsistency.when) {
            all = all && holds(c, state);
            involved << questions[c.question].id;
        }
        if (all) {
            advice->inconsistencies.append({inconsistency.id, involved, inconsistency.message});
        }
    }
}

void Advisor::collectWaysIn(const State &state, const Outcome &outcome, const Fired &f,
                            Advice *advice) const
{
    const KnowledgeBase &kb = *m_kb;
    bool decidingKnown = false;
    for (int q = 0; q < kb.questions().size(); ++q) {
        decidingKnown = decidingKnown || (m_deciding[q] && state[q] != 0);
    }
    if (outcome.verdict != Verdict::Insufficient ||
        (!advice->decidingQuestions.isEmpty() && !decidingKnown)) {
        return;
    }
    // Nothing the source names holds: its ways in, those the answers point to first, and none
    // the answers rule out. The source ties each way in to a circumstance (no large employers
    // of one's own, a dip, little readiness for CSR): one whose every circumstance is answered
    // otherwise is ruled out too, as a neighbouring region with several large employers here.
    const auto ruledOut = [&](int tactic) {
        bool any = false;
        for (const Rule &rule : kb.rules()) {
            const bool leadsThere = std::any_of(
                rule.tactics.cbegin(), rule.tactics.cend(),
                [tactic](const WeightedTarget &t) { return t.index == tactic && t.weight > 0; });
            if (!leadsThere) {
                continue;
            }
            any = true;
            const bool answeredOtherwise =
                std::any_of(rule.when.cbegin(), rule.when.cend(), [&](const Condition &c) {
                    return state[c.question] != 0 && !holds(c, state);
                });
            if (!answeredOtherwise) {
                return false;
            }
        }
        return any;
    };
    QVector<double> weight(kb.tactics().size(), 0.0);
    QVector<int> order;
    for (int i = 0; i < kb.tactics().size(); ++i) {
        weight[i] = f.tacticRules[i].isEmpty() ? 0 : f.tacticWeight[i];
        if ((f.tacticRules[i].isEmpty() && !ruledOut(i)) || weight[i] > 0) {
            order << i;
        }
    }
    std::stable_sort(order.begin(), order.end(),
                     [&weight](int a, int b) { return weight[a] > weight[b]; });
    for (int i : order) {
        advice->waysIn << kb.tactics()[i].id;
    }
    advice->waysInRuledOut = order.isEmpty();
}

bool Advisor::collectSensitivity(const State &raw, const State &state, const Outcome &outcome,
                                 Advice *advice) const
{
    // Plus-minus: every single change to an applicable question that alters the outcome. An
    // unknown answer that could do so leaves the advice leaning at best.
    bool overturnable = false;
    for (const Candidate &c : candidates(raw)) {
        if (!asked(c.question, state)) {
            continue;
        }
        const Outcome now = outcomeOf(apply(raw, c));
        if (now == outcome) {
            continue;
        }
        overturnable = overturnable || state[c.question] == 0;
        SensitivityEntry entry{describe(c), now.verdict, QString(), {}};
        if (now.verdict == Verdict::Recommended) {
            entry.newStartingPoint = m_kb->startingPoints()[now.winner].id;
        }
        for (int i : now.tied) {
            entry.tied << m_kb->startingPoints()[i].id;
        }
        advice->sensitivity.append(entry);
    }
    return overturnable;
}

void Advisor::collectSimilarCases(const State &state, Advice *advice) const
{
    const QVector<Question> &questions = m_kb->questions();
    for (int i = 0; i < m_caseStates.size(); ++i) {
        SimilarCase similar{m_kb->referenceCases()[i].id, distance(state, m_caseStates[i]), {}, 0};
        if (similar.distance < 0) {
            continue; // nothing the source states about it can be compared
        }
        for (int q = 0; q < questions.size(); ++q) {
            if (state[q] != 0 && m_caseStates[i][q] != 0) {
                ++similar.compared;
                if (state[q] == m_caseStates[i][q]) {
                    similar.matching << questions[q].id;
                }
            }
        }
        advice->similarCases.append(similar);
    }
    std::stable_sort(advice->similarCases.begin(), advice->similarCases.end(),
                     [](const SimilarCase &a, const SimilarCase &b) {
                         return a.distance < b.distance ||
                                (a.distance == b.distance && a.compared > b.compared);
                     });
}

} // namespace akkoord
