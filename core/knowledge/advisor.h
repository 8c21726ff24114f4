#pragma once

#include "knowledge/advice.h"
#include "knowledge/answers.h"
#include "knowledge/knowledgebase.h"

#include <functional>
#include <memory>
#include <optional>

namespace akkoord {

// Turns a local situation into advice, using only the knowledge base: positions on the matrices,
// a ranked starting point, tactics, risks, the rules behind them, what would change the outcome
// and the nearest practice examples. Pure and deterministic.
class Advisor
{
public:
    explicit Advisor(std::shared_ptr<const KnowledgeBase> knowledge);

    // Answers are expected to be valid for the knowledge base (see KnowledgeBase::validate);
    // unknown ids are ignored. target, when given, asks for the fewest changes that lead there.
    Advice advise(const Answers &answers, const QString &target = QString()) const;

    // Only where the answers put the situation on the matrices: what a chart needs, without the
    // analyses that make advise() the costlier call.
    QVector<MatrixPosition> positions(const Answers &answers) const;

    const KnowledgeBase &knowledge() const { return *m_kb; }

    // Applies a change to answers, as the sensitivity and target analyses describe it.
    static Answers applied(const Answers &answers, const AnswerChange &change);

private:
    // Answers as one bit mask per question: bit i is option i; Known marks an answer with no
    // options chosen (possible for multiple choice). Zero means unknown or not asked.
    using State = QVector<quint32>;
    static constexpr quint32 Known = 1u << 31;

    struct Candidate
    {
        int question;
        int option;
        ChangeKind kind;
    };

    // What the rules say for one situation: points per starting point, and whether one of the
    // source's own conditions holds for it.
    struct Tally
    {
        QVector<double> scores;       // every rule
        QVector<double> sourceScores; // only the rules whose basis is the source
        QVector<bool> sourceSupport;
    };
    // The verdict for one situation; winner is -1 unless recommended.
    struct Outcome
    {
        Verdict verdict = Verdict::Insufficient;
        int winner = -1;
        QVector<int> tied;

        bool operator==(const Outcome &o) const
        {
            return verdict == o.verdict && winner == o.winner && tied == o.tied;
        }
        bool operator!=(const Outcome &o) const { return !(*this == o); }
    };

    // What the rules that apply add up to for the tactics and risks, per measure.
    struct Fired
    {
        QVector<double> tacticWeight;
        QVector<QStringList> tacticRules;
        QVector<double> riskWeight;
        QVector<QStringList> riskRules;
        QVector<QStringList> riskQuestions;
    };

    // The phases of advise() (advise.cpp).
    Fired explain(const State &state, Advice *advice) const;
    void rank(const Tally &tally, const Outcome &outcome, Advice *advice) const;
    void collectMeasures(const Fired &fired, Advice *advice) const;
    void collectGaps(const State &state, Advice *advice) const;
    void collectWaysIn(const State &state, const Outcome &outcome, const Fired &fired,
                       Advice *advice) const;
    // Returns whether an unknown answer could overturn the outcome.
    bool collectSensitivity(const State &raw, const State &state, const Outcome &outcome,
                            Advice *advice) const;
    void collectSimilarCases(const State &state, Advice *advice) const;

    State encode(const Answers &answers) const;
    // Clears answers to questions that are not asked in this situation.
    State effective(State state) const;
    bool holds(const Condition &condition, const State &state) const;
    bool fires(const Rule &rule, const State &state) const;
    Tally tally(const State &effectiveState) const;
    Outcome decide(const Tally &tally) const;
    Outcome outcomeOf(const State &raw) const { return decide(tally(effective(raw))); }
    // Target score minus the best other score.
    double lead(const QVector<double> &scores, int target) const;
    State apply(State state, const Candidate &c) const;
    // Every single change to the answers (all options of every question).
    QVector<Candidate> candidates(const State &state) const;
    // The changes a route may take: choices freely, situations only built up, givens never.
    QVector<Candidate> routeSteps(const State &state) const;
    bool asked(int question, const State &state) const;
    QStringList decidingQuestions(const State &raw, const Outcome &outcome) const;
    AnswerChange describe(const Candidate &c) const;
    // sensitivity: the single changes that alter the outcome, as collected for the advice.
    TargetAnalysis analyseTarget(const State &state, int target,
                                 const QVector<SensitivityEntry> &sensitivity) const;
    QVector<NotARoute> notARoute(const State &state, int target, const Tally &before,
                                 const QVector<SensitivityEntry> &sensitivity) const;
    // How far a state leads to the target, when it does so in a way that counts.
    using Judge = std::function<std::optional<double>(const State &)>;
    // The best route of one or two steps (exhaustive), or none.
    QVector<Candidate> shortRoute(const State &state, const QVector<Candidate> &all,
                                  const Judge &winningLead) const;
    // A longer route found greedily and then pruned, or none.
    QVector<Candidate> greedyRoute(const State &state, const QVector<Candidate> &all, int target,
                                   const Judge &winningLead) const;
    double distance(const State &a, const State &b) const;
    QVector<MatrixPosition> positionsOf(const State &state) const;

    std::shared_ptr<const KnowledgeBase> m_kb;
    QVector<State> m_caseStates; // stated answers only
    QVector<bool> m_deciding;    // per question: named in one of the source's own conditions
};

} // namespace akkoord
