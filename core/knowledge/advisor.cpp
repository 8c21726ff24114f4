#include "knowledge/advisor.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>

namespace akkoord {

Advisor::Advisor(std::shared_ptr<const KnowledgeBase> knowledge) : m_kb(std::move(knowledge))
{
    for (const ReferenceCase &c : m_kb->referenceCases()) {
        m_caseStates.append(effective(encode(c.stated)));
    }
    m_deciding = QVector<bool>(m_kb->questions().size(), false);
    for (const Rule &rule : m_kb->rules()) {
        bool raises = false;
        for (const WeightedTarget &t : rule.scores) {
            raises = raises || t.weight > 0;
        }
        if (rule.decides && raises) {
            for (const Condition &c : rule.when) {
                m_deciding[c.question] = true;
            }
        }
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

bool Advisor::fires(const Rule &rule, const State &state) const
{
    for (const Condition &c : rule.when) {
        if (!holds(c, state)) {
            return false;
        }
    }
    return true;
}

Advisor::Tally Advisor::tally(const State &state) const
{
    const int n = int(m_kb->startingPoints().size());
    Tally t{QVector<double>(n, 0.0), QVector<double>(n, 0.0), QVector<bool>(n, false)};
    for (const Rule &rule : m_kb->rules()) {
        if (rule.scores.isEmpty() || !fires(rule, state)) {
            continue;
        }
        for (const WeightedTarget &w : rule.scores) {
            t.scores[w.index] += w.weight;
            if (rule.basis.isSource()) {
                t.sourceScores[w.index] += w.weight;
            }
            if (w.weight > 0 && rule.decides) {
                t.sourceSupport[w.index] = true;
            }
        }
    }
    return t;
}

Advisor::Outcome Advisor::decide(const Tally &t) const
{
    // Only a starting point for which one of the source's own conditions holds can be advised,
    // and only what the source says decides between such starting points: our own rules are
    // shown with their points but never carry a start or break a tie. Equal points are a tie,
    // whatever order the knowledge base lists them in.
    Outcome o;
    double top = 0;
    for (int i = 0; i < t.sourceScores.size(); ++i) {
        const double score = t.sourceScores[i];
        if (t.sourceSupport[i] && score > 0 && (o.tied.isEmpty() || score > top + 1e-9)) {
            top = score;
            o.tied = {i};
        } else if (t.sourceSupport[i] && !o.tied.isEmpty() && std::abs(score - top) <= 1e-9) {
            o.tied.append(i);
        }
    }
    if (o.tied.isEmpty()) {
        return o;
    }
    if (o.tied.size() == 1) {
        o.verdict = Verdict::Recommended;
        o.winner = o.tied.first();
        o.tied.clear();
    } else {
        o.verdict = Verdict::Tie;
    }
    return o;
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
    case ChangeKind::Set:
        state[c.question] = Known | bit;
        break;
    case ChangeKind::Add:
        state[c.question] |= Known | bit;
        break;
    case ChangeKind::Remove:
        state[c.question] = (state[c.question] & ~bit) | Known;
        break;
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

QVector<Advisor::Candidate> Advisor::routeSteps(const State &state) const
{
    QVector<Candidate> out;
    const QVector<Question> &questions = m_kb->questions();
    for (int q = 0; q < questions.size(); ++q) {
        const Question &question = questions[q];
        if (question.route == Question::Given) {
            continue;
        }
        const quint32 chosen = state[q] & ~Known;
        const int current = chosen ? int(qCountTrailingZeroBits(chosen)) : -1;
        for (int o = 0; o < question.options.size(); ++o) {
            const quint32 bit = 1u << o;
            if (question.multiple) {
                // What has grown can be added to, not taken away as a step.
                if (!(state[q] & bit) && question.route == Question::Build) {
                    out.append({q, o, ChangeKind::Add});
                }
            } else if (question.route == Question::Choose) {
                if (chosen != bit) {
                    out.append({q, o, ChangeKind::Set});
                }
            } else if (o > current && o > 0) {
                out.append({q, o, ChangeKind::Set}); // built up, never torn down
            }
        }
    }
    return out;
}

bool Advisor::asked(int question, const State &state) const
{
    const Question &q = m_kb->questions()[question];
    return !q.hasAskedWhen || holds(q.askedWhen, state);
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

TargetAnalysis Advisor::analyseTarget(const State &state, int target,
                                      const QVector<SensitivityEntry> &sensitivity) const
{
    TargetAnalysis result;
    result.target = m_kb->startingPoints()[target].id;
    const Tally before = tally(effective(state));
    if (decide(before).winner == target) {
        result.reachable = true;
        return result;
    }
    // A route counts only when it brings the target's own support from the source, and takes
    // no other starting point's support away: winning by making the others worse is no advice.
    // Its lead over the others, when it counts.
    const Judge winningLead = [&](const State &s) -> std::optional<double> {
        const Tally after = tally(effective(s));
        const Outcome o = decide(after);
        if (o.verdict != Verdict::Recommended || o.winner != target ||
            after.sourceScores[target] <= before.sourceScores[target]) {
            return std::nullopt;
        }
        for (int i = 0; i < before.sourceSupport.size(); ++i) {
            if (before.sourceSupport[i] && !after.sourceSupport[i]) {
                return std::nullopt;
            }
        }
        return lead(after.sourceScores, target);
    };
    const QVector<Candidate> all = routeSteps(state);
    QVector<Candidate> path = shortRoute(state, all, winningLead);
    if (path.isEmpty()) {
        path = greedyRoute(state, all, target, winningLead);
        // A greedy route is not proven to be the shortest; no route at all claims nothing.
        result.exact = path.isEmpty();
    }
    result.reachable = !path.isEmpty();
    for (const Candidate &c : path) {
        result.changes.append(describe(c));
    }
    if (!result.reachable) {
        result.notARoute = notARoute(state, target, before, sensitivity);
    }
    return result;
}

// "What would change the advice" lists every single different answer that changes the outcome;
// those that make the target the recommendation, or tie it, are said to be no route here, each
// with its reason, so that "no route" does not read as a contradiction of the list above it.
QVector<NotARoute> Advisor::notARoute(const State &state, int target, const Tally &before,
                                      const QVector<SensitivityEntry> &sensitivity) const
{
    const KnowledgeBase &kb = *m_kb;
    const QString targetId = kb.startingPoints()[target].id;
    QVector<NotARoute> out;
    for (const SensitivityEntry &s : sensitivity) {
        const bool shares = s.verdict == Verdict::Tie && s.tied.contains(targetId);
        if (s.newStartingPoint != targetId && !shares) {
            continue;
        }
        const int q = kb.questionIndex(s.change.question);
        const Question &question = kb.questions()[q];
        const int option = question.optionIndex(s.change.option);
        NotARoute n{s.change, NotARoute::Given, {}, {}};
        if (shares) {
            // The most useful thing to say about a tie is that it is one.
            n.reason = NotARoute::OnlyATie;
            n.tied = s.tied;
            n.tied.removeAll(targetId);
            out.append(n);
            continue;
        }
        const quint32 chosen = state[q] & ~Known;
        const int current = chosen ? int(qCountTrailingZeroBits(chosen)) : -1;
        if (question.route == Question::Given) {
            n.reason = state[q] == 0 ? NotARoute::NotKnown : NotARoute::Given;
        } else if (question.route == Question::Build &&
                   (s.change.kind == ChangeKind::Remove ||
                    (!question.multiple && (option < current || option == 0)))) {
            n.reason = NotARoute::TornDown;
        } else {
            // It takes another start's support away, or it wins with the support it has
            // because another start loses points.
            const Tally after = tally(effective(apply(state, {q, option, s.change.kind})));
            n.reason = NotARoute::NoOwnSupport;
            for (int i = 0; i < before.sourceSupport.size(); ++i) {
                if (before.sourceSupport[i] && !after.sourceSupport[i]) {
                    n.reason = NotARoute::TakesSupport;
                    n.weakened = kb.startingPoints()[i].id;
                    break;
                }
            }
        }
        out.append(n);
    }
    return out;
}

QVector<Advisor::Candidate> Advisor::shortRoute(const State &state, const QVector<Candidate> &all,
                                                const Judge &winningLead) const
{
    const QVector<Question> &questions = m_kb->questions();
    // Choices cost the municipality a decision, situations years of work: prefer routes with
    // fewer situations to build up, then the widest lead.
    auto builds = [&](const QVector<Candidate> &path) {
        int n = 0;
        for (const Candidate &c : path) {
            n += questions[c.question].route == Question::Build ? 1 : 0;
        }
        return n;
    };
    auto better = [&](const QVector<Candidate> &path, double l, const QVector<Candidate> &best,
                      double bestLead) {
        return best.isEmpty() || builds(path) < builds(best) ||
               (builds(path) == builds(best) && l > bestLead);
    };
    // One step, then two: exhaustive.
    double bestLead = -1e300;
    QVector<Candidate> bestPath;
    for (int depth = 1; depth <= 2 && bestPath.isEmpty(); ++depth) {
        for (int i = 0; i < all.size(); ++i) {
            const State one = apply(state, all[i]);
            if (depth == 1) {
                const std::optional<double> l = winningLead(one);
                if (l && better({all[i]}, *l, bestPath, bestLead)) {
                    bestLead = *l;
                    bestPath = {all[i]};
                }
                continue;
            }
            for (int j = i + 1; j < all.size(); ++j) {
                if (all[j].question == all[i].question && !questions[all[i].question].multiple) {
                    continue;
                }
                const std::optional<double> l = winningLead(apply(one, all[j]));
                if (l && better({all[i], all[j]}, *l, bestPath, bestLead)) {
                    bestLead = *l;
                    bestPath = {all[i], all[j]};
                }
            }
        }
    }
    return bestPath;
}

QVector<Advisor::Candidate> Advisor::greedyRoute(const State &state, const QVector<Candidate> &all,
                                                 int target, const Judge &winningLead) const
{
    // Beyond two steps an exhaustive search costs too much for live use: climb greedily on the
    // lead, then drop any step the result does not need.
    const int questions = int(m_kb->questions().size());
    State current = state;
    QVector<Candidate> path;
    QSet<int> used;
    while (!winningLead(current) && used.size() < questions) {
        double stepLead = -1e300;
        int pick = -1;
        for (int i = 0; i < all.size(); ++i) {
            if (used.contains(all[i].question)) {
                continue;
            }
            const double l = lead(tally(effective(apply(current, all[i]))).sourceScores, target);
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
    if (!winningLead(current)) {
        return {};
    }
    for (int i = int(path.size()) - 1; i >= 0; --i) {
        QVector<Candidate> shorter = path;
        shorter.removeAt(i);
        State s = state;
        for (const Candidate &c : shorter) {
            s = apply(s, c);
        }
        if (winningLead(s)) {
            path = shorter;
        }
    }
    return path;
}

QStringList Advisor::decidingQuestions(const State &raw, const Outcome &outcome) const
{
    // Insufficient: the unknown questions of the source's own conditions, those that could settle
    // the advice by themselves first. Tie: the unknown questions and the choices whose answer
    // would leave one of the tied starting points alone on top, unknown ones first.
    if (outcome.verdict == Verdict::Recommended) {
        return {};
    }
    const QVector<Question> &questions = m_kb->questions();
    const State state = effective(raw);
    struct Scored
    {
        int question;
        int weight;
    };
    QVector<Scored> found;
    for (int q = 0; q < questions.size(); ++q) {
        const bool unknown = state[q] == 0;
        // Only these can be offered; a known fact that would separate a tie is plus-minus, not
        // a question to decide.
        const bool candidate = outcome.verdict == Verdict::Insufficient
                                   ? unknown && m_deciding[q]
                                   : unknown || questions[q].route == Question::Choose;
        if (!candidate || !asked(q, state)) {
            continue;
        }
        int settles = 0;
        for (int o = 0; o < questions[q].options.size(); ++o) {
            const Candidate c{q, o, questions[q].multiple ? ChangeKind::Add : ChangeKind::Set};
            if (!unknown && (raw[q] & (1u << o))) {
                continue;
            }
            const Outcome after = outcomeOf(apply(raw, c));
            const bool settled =
                after.verdict == Verdict::Recommended &&
                (outcome.verdict != Verdict::Tie || outcome.tied.contains(after.winner));
            settles += settled ? 1 : 0;
        }
        if (outcome.verdict == Verdict::Insufficient) {
            found.append({q, settles * 2 + 1});
        } else if (settles > 0) {
            found.append({q, settles + (unknown ? 100 : 0)});
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Scored &a, const Scored &b) { return a.weight > b.weight; });
    QStringList out;
    for (int i = 0; i < found.size() && i < 3; ++i) {
        out << questions[found[i].question].id;
    }
    return out;
}

double Advisor::distance(const State &a, const State &b) const
{
    // Root mean square of per-question differences in [0, 1] (ordinal steps, nominal match, set
    // overlap for multiple choice), over the questions both sides answer.
    const QVector<Question> &questions = m_kb->questions();
    double sum = 0;
    int count = 0;
    for (int q = 0; q < questions.size(); ++q) {
        const quint32 ma = a[q];
        const quint32 mb = b[q];
        if (ma == 0 || mb == 0) {
            continue;
        }
        const quint32 oa = ma & ~Known;
        const quint32 ob = mb & ~Known;
        double d = 0;
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
        sum += d * d;
        ++count;
    }
    return count == 0 ? -1.0 : std::sqrt(sum / count);
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

} // namespace akkoord
