#include "advice/adviceoutline.h"

#include "advice/advicetext.h"

#include <cmath>

namespace akkoord {

namespace {

// The questions a rule's answers refer to, with the options in words.
QVector<OutlineQuestion> questionsOf(const AdviceText &words, const QVector<AnswerUsed> &answers)
{
    QVector<OutlineQuestion> out;
    for (const AnswerUsed &a : answers) {
        QStringList options;
        for (const QString &o : a.options) {
            options << words.optionLabel(a.question, o);
        }
        out.append(
            {a.question, words.questionLabel(a.question), options.join(QStringLiteral(", "))});
    }
    return out;
}

} // namespace

AdviceOutline AdviceText::outline(const Advice &advice) const
{
    AdviceOutline o;
    outlineVerdict(advice, o);
    outlineTie(advice, o);
    if (!advice.gaps.isEmpty()) {
        o.openQuestions = tr("%n question(s) not answered yet (see “Missing information”)", "",
                             int(advice.gaps.size()));
    }

    outlineInconsistencies(advice, o);
    // The reasons and what would change them before the rest: a reader weighs the verdict by
    // them (issue 15: they were the fourth section, three screens down).
    outlineWhy(advice, o);
    outlineChange(advice, o);
    outlineFirstSteps(advice, o);
    outlineRanking(advice, o);
    outlinePositions(advice, o);
    outlineMeasures(advice, o);
    outlineSimilar(advice, o);
    outlineMissing(advice, o);
    o.footer = tr("Knowledge base %1, based on “%2”. The advice is a starting point for the "
                  "conversation, not a decision.")
                   .arg(advice.knowledgeBaseVersion, text(m_kb.sourceTitle()));
    return o;
}

// The verdict: headline, what the starting point is, how strong, why, what decides.
void AdviceText::outlineVerdict(const Advice &advice, AdviceOutline &o) const
{
    o.headline = verdictHeadline(advice);
    const int sp = m_kb.startingPointIndex(advice.startingPoint);
    o.title = sp >= 0 ? startingPointLabel(advice.startingPoint) : o.headline;
    if (sp >= 0) {
        o.description = text(m_kb.startingPoints()[sp].description);
        o.descriptionBasis = basisLabel(m_kb.startingPoints()[sp].basis);
    }
    o.strength = strengthLabel(advice.strength);
    o.explanation = verdictExplanation(advice);
    for (const QString &id : advice.decidingQuestions) {
        OutlineItem item;
        // A tie may be told apart by a choice already made (the style): it is said to be
        // answered, with the different choices that would tell the tie apart.
        QString answer;
        if (advice.verdict == Verdict::Tie && !advice.gaps.contains(id)) {
            QStringList settles;
            for (const SensitivityEntry &s : advice.sensitivity) {
                if (s.change.question == id && s.verdict == Verdict::Recommended &&
                    advice.tied.contains(s.newStartingPoint)) {
                    settles << tr("“%1” → %2")
                                   .arg(optionLabel(id, s.change.option),
                                        startingPointLabel(s.newStartingPoint));
                }
            }
            answer = tr("answered; a different choice would tell them apart: %1")
                         .arg(settles.join(QStringLiteral(", ")));
        }
        item.questions.append({id, questionLabel(id), answer});
        o.decide.append(item);
    }
    for (const QString &id : advice.waysIn) {
        const Measure *m = m_kb.measure(m_kb.tactics(), id);
        o.decide.append({text(m->label), text(m->advice), basisLabel(m->basis), {}, {}, {}, {}});
    }
}

// A tie is shown side by side: each starting point with what it is and how to begin.
void AdviceText::outlineTie(const Advice &advice, AdviceOutline &o) const
{
    for (const QString &id : advice.tied) {
        const StartingPoint &tied = m_kb.startingPoints()[m_kb.startingPointIndex(id)];
        OutlineSection s{tr("%1: first steps").arg(text(tied.label)),
                         basisLabel(tied.firstSteps.basis),
                         text(tied.description) +
                             QStringLiteral(" (%1)").arg(basisLabel(tied.basis)),
                         {},
                         {},
                         true};
        for (const LocalizedText &step : tied.firstSteps.steps) {
            s.items.append({{}, text(step), {}, {}, {}, {}, {}});
        }
        s.key = QStringLiteral("tie:") + id;
        o.sections.append(s);
    }
}

// Answers that contradict each other, with the questions involved.
void AdviceText::outlineInconsistencies(const Advice &advice, AdviceOutline &o) const
{
    if (!advice.inconsistencies.isEmpty()) {
        OutlineSection s{tr("Answers that contradict each other"), {}, {}, {}, {}, false};
        for (const FoundInconsistency &i : advice.inconsistencies) {
            OutlineItem item{{}, text(i.message), {}, {}, {}, {}, {}};
            for (const QString &q : i.questions) {
                item.questions.append({q, questionLabel(q), QString()});
            }
            s.items.append(item);
        }
        s.key = QStringLiteral("inconsistencies");
        o.sections.append(s);
    }
}

// The recommended starting point's first steps, whom to involve and what is agreed.
void AdviceText::outlineFirstSteps(const Advice &advice, AdviceOutline &o) const
{
    const int sp = m_kb.startingPointIndex(advice.startingPoint);
    if (sp >= 0) {
        const FirstSteps &first = m_kb.startingPoints()[sp].firstSteps;
        OutlineSection s{tr("First steps: %1").arg(startingPointLabel(advice.startingPoint)),
                         basisLabel(first.basis),
                         {},
                         {},
                         {},
                         true};
        for (const LocalizedText &step : first.steps) {
            s.items.append({{}, text(step), {}, {}, {}, {}, {}});
        }
        QStringList involve;
        for (const LocalizedText &t : first.involve) {
            involve << text(t);
        }
        s.after.append({tr("Involve:"),
                        involve.join(QStringLiteral(", ")) + QLatin1Char('.'),
                        {},
                        {},
                        {},
                        {},
                        {}});
        s.after.append(
            {tr("What such an agreement holds:"), text(first.agreement), {}, {}, {}, {}, {}});
        s.after.append({tr("What the municipality commits to:"),
                        text(first.municipalityCommits),
                        {},
                        {},
                        {},
                        {},
                        {}});
        s.key = QStringLiteral("first_steps");
        o.sections.append(s);
    }
}

// Every rule that applies, with its basis, the answers behind it and its effects.
void AdviceText::outlineWhy(const Advice &advice, AdviceOutline &o) const
{
    OutlineSection why{tr("Why"), {},
                       {},        tr("No rule applies yet: answer the questions to get reasons."),
                       {},        false};
    for (const FiredRule &r : advice.explanation) {
        OutlineItem item{{},
                         text(r.reason),
                         basisLabel(r.basis),
                         tr("Because"),
                         questionsOf(*this, r.answers),
                         {},
                         {}};
        QStringList effects;
        for (const auto &[id, weight] : r.scores) {
            // With its unit: the ranking says what the points are (4 for a condition of the
            // source, 1 for a style, our own rules 1 or less).
            effects << tr("%1: %2%3 points")
                           .arg(startingPointLabel(id),
                                weight >= 0 ? QStringLiteral("+") : QString(), number(weight));
        }
        for (const auto &[id, weight] : r.tactics) {
            Q_UNUSED(weight)
            effects << tr("tactic: %1").arg(text(m_kb.measure(m_kb.tactics(), id)->label));
        }
        for (const auto &[id, weight] : r.risks) {
            Q_UNUSED(weight)
            effects << tr("risk: %1").arg(text(m_kb.measure(m_kb.risks(), id)->label));
        }
        item.details << effects.join(QStringLiteral(", "));
        why.items.append(item);
    }
    why.key = QStringLiteral("why");
    o.sections.append(why);
}

// Single changes that alter the outcome, and the route to the target, if one is asked.
void AdviceText::outlineChange(const Advice &advice, AdviceOutline &o) const
{
    OutlineSection change{tr("What would change the advice"),
                          {},
                          {},
                          tr("No single different answer changes this outcome."),
                          {},
                          false};
    if (!advice.sensitivity.isEmpty()) {
        change.intro = tr("If one answer were different, the outcome would be:");
    }
    for (const SensitivityEntry &s : advice.sensitivity) {
        change.items.append(
            {{}, tr("%1 → %2").arg(changeLabel(s.change), outcomeLabel(s)), {}, {}, {}, {}, {}});
    }
    change.key = QStringLiteral("change");
    o.sections.append(change);
    if (advice.target) {
        const TargetAnalysis &t = *advice.target;
        OutlineSection route{
            tr("To get to “%1”").arg(startingPointLabel(t.target)), {}, {}, {}, {}, false};
        // A start tied for first place is half there already: said first, so that "no route"
        // does not read as if it had no support (found by a walkthrough).
        QString tie;
        if (advice.verdict == Verdict::Tie && advice.tied.contains(t.target)) {
            QStringList others;
            for (const QString &id : advice.tied) {
                if (id != t.target) {
                    others << startingPointLabel(id);
                }
            }
            tie = tr("It already has as much support as %1 (a tie; what would tell them apart is "
                     "listed above). ")
                      .arg(others.join(QStringLiteral(", ")));
        }
        if (!t.reachable && !t.notARoute.isEmpty()) {
            route.intro = tie + tr("No route of choices and build-up found that leads there. The "
                                   "different answers above that do lead there are no route:");
        } else if (!t.reachable) {
            route.intro =
                tie + tr("No route of choices and build-up found that leads there: what would "
                         "lead there lies in how things are, or in none of these answers.");
        } else if (t.changes.isEmpty()) {
            route.intro = tr("This is already the recommended starting point.");
        } else {
            route.intro =
                tie + (t.exact ? tr("The shortest route there, choices before build-up:")
                               : tr("A short route there (not proven to be the shortest):"));
        }
        for (const AnswerChange &c : t.changes) {
            route.items.append({{}, routeStepLabel(c), {}, {}, {}, {}, {}});
        }
        // Changes listed above that do lead there, each with why it is no route.
        for (const NotARoute &n : t.notARoute) {
            route.items.append({{},
                                tr("%1: %2").arg(changeLabel(n.change), notARouteReason(n)),
                                basisLabel(Basis{}),
                                {},
                                {},
                                {},
                                {}});
        }
        route.key = QStringLiteral("route");
        o.sections.append(route);
    }
}

// The ranking, when there is a verdict.
void AdviceText::outlineRanking(const Advice &advice, AdviceOutline &o) const
{
    // Without a verdict there is nothing to rank: the points would only suggest an order.
    if (advice.verdict != Verdict::Insufficient) {
        OutlineSection ranking{
            tr("Ranking"),
            {},
            tr("Only a starting point marked * has one of the source's four conditions "
               "behind it; the source's points (4 for a condition, 1 for a style) decide. "
               "Our own rules add 1 point or less and are shown, never decisive."),
            {},
            {},
            false};
        int rank = 0;
        for (int i = 0; i < advice.ranking.size(); ++i) {
            const RankedStartingPoint &r = advice.ranking[i];
            const bool same = i > 0 && advice.ranking[i - 1].sourceSupport == r.sourceSupport &&
                              advice.ranking[i - 1].sourceScore == r.sourceScore;
            rank = same ? rank : i + 1;
            ranking.items.append({QStringLiteral("%1. %2%3")
                                      .arg(rank)
                                      .arg(startingPointLabel(r.id),
                                           r.sourceSupport ? QStringLiteral(" *") : QString()),
                                  tr("%1 points from the source, %2 in all")
                                      .arg(number(r.sourceScore), number(r.score)),
                                  {},
                                  {},
                                  {},
                                  {},
                                  {}});
        }
        ranking.key = QStringLiteral("ranking");
        o.sections.append(ranking);
    }
}

// Where the answers put the situation on each matrix.
void AdviceText::outlinePositions(const Advice &advice, AdviceOutline &o) const
{
    OutlineSection positions{tr("Position on the matrices"), {}, {}, {}, {}, false};
    for (const MatrixPosition &p : advice.positions) {
        const int mi = m_kb.matrixIndex(p.matrix);
        const Matrix &m = m_kb.matrices()[mi];
        bool placed = false; // by at least one answer that weighs on this matrix
        for (const Question &q : m_kb.questions()) {
            const bool known = !advice.gaps.contains(q.id) && !advice.notApplicable.contains(q.id);
            placed = placed || (known && (q.weights[mi * 2] > 0 || q.weights[mi * 2 + 1] > 0));
        }
        if (!placed) {
            positions.items.append({text(m.label),
                                    tr("not placed yet: no answer that weighs on it is known"),
                                    {},
                                    {},
                                    {},
                                    {},
                                    {}});
            continue;
        }
        positions.items.append(
            {text(m.label),
             tr("%1 (%2: %3 towards “%4”; %5: %6 towards “%7”)")
                 .arg(quadrantLabel(p), text(m.x.label), number(std::abs(p.x), 2),
                      p.x < 0 ? text(m.x.negative) : text(m.x.positive), text(m.y.label),
                      number(std::abs(p.y), 2), p.y < 0 ? text(m.y.negative) : text(m.y.positive)),
             {},
             {},
             {},
             {},
             {}});
    }
    positions.key = QStringLiteral("positions");
    o.sections.append(positions);
}

// Tactics, risks, principles and the foundations every municipality needs.
void AdviceText::outlineMeasures(const Advice &advice, AdviceOutline &o) const
{
    OutlineSection tactics{tr("Tactics for your situation"),
                           {},
                           {},
                           tr("No special circumstances call for an extra tactic."),
                           {},
                           false};
    for (const WeightedMeasure &t : advice.tactics) {
        const Measure *m = m_kb.measure(m_kb.tactics(), t.id);
        tactics.items.append(
            {text(m->label), text(m->advice), basisLabel(m->basis), {}, {}, {}, {}});
    }
    tactics.key = QStringLiteral("tactics");
    o.sections.append(tactics);

    OutlineSection risks{
        tr("Risks and what to do about them"),
        {},
        tr("The source names three risks for every municipality and stresses the last of them."),
        {},
        {},
        false};
    for (const WeightedMeasure &r : advice.risks) {
        const Measure *m = m_kb.measure(m_kb.risks(), r.id);
        OutlineItem item{text(m->label) +
                             (m->emphasis ? tr(" (stressed by the source)") : QString()),
                         text(m->advice),
                         basisLabel(m->basis),
                         tr("Raised by your answer to:"),
                         {},
                         {},
                         {}};
        for (const QString &q : r.raisedBy) {
            item.questions.append({q, questionLabel(q), QString()});
        }
        risks.items.append(item);
    }
    risks.key = QStringLiteral("risks");
    o.sections.append(risks);

    const auto plain = [this](const QString &title, const QVector<Measure> &list) {
        OutlineSection s{title, {}, {}, {}, {}, false};
        for (const Measure &m : list) {
            s.items.append({text(m.label), text(m.advice), basisLabel(m.basis), {}, {}, {}, {}});
        }
        return s;
    };
    o.sections.append(plain(tr("Always, whatever the start"), m_kb.principles()));
    o.sections.last().key = QStringLiteral("principles");
    o.sections.append(plain(tr("From the source, for every municipality"), m_kb.foundations()));
    o.sections.last().key = QStringLiteral("foundations");
}

// The nearest practice examples, on what the source states about them.
void AdviceText::outlineSimilar(const Advice &advice, AdviceOutline &o) const
{
    OutlineSection similar{tr("Similar practice examples"),
                           {},
                           tr("Compared only on what the source states about each example."),
                           tr("No practice example matches on what the source states about it."),
                           {},
                           false};
    for (int i = 0, shown = 0; i < advice.similarCases.size() && shown < 3; ++i) {
        const SimilarCase &s = advice.similarCases[i];
        if (s.matching.isEmpty()) {
            continue;
        }
        ++shown;
        const ReferenceCase *c = m_kb.referenceCase(s.id);
        OutlineItem item{c->name, tr("What they did: %1").arg(text(c->did)), {}, {}, {}, {}, c->id};
        item.details << tr("%1 of %2 answers the source gives for it the same")
                            .arg(s.matching.size())
                            .arg(s.compared);
        if (!c->headsFor.nl.isEmpty()) {
            item.details << exampleHeadsFor(*c);
        }
        similar.items.append(item);
    }
    similar.key = QStringLiteral("similar");
    o.sections.append(similar);
}

// The questions still open.
void AdviceText::outlineMissing(const Advice &advice, AdviceOutline &o) const
{
    OutlineSection missing{
        tr("Missing information"), {}, {}, tr("All questions that apply are answered."), {}, false};
    for (const QString &id : advice.gaps) {
        OutlineItem item;
        item.questions.append({id, questionLabel(id), QString()});
        missing.items.append(item);
    }
    missing.key = QStringLiteral("missing");
    o.sections.append(missing);
}

} // namespace akkoord
