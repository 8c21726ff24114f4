#include "advicetext.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace akkoord {

QString AdviceText::wrap(const QString &text, int indent, int width)
{
    // Lines after the first of a bullet hang under its text, not under the bullet.
    const bool bullet = text.startsWith(QStringLiteral("• "));
    QString pad(indent, QLatin1Char(' '));
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && pad.size() + line.size() + 1 + word.size() > width) {
            lines << pad + line;
            line.clear();
            if (bullet) {
                pad = QString(indent + 2, QLatin1Char(' '));
            }
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty()) {
        lines << pad + line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString AdviceText::number(double value, int decimals) const
{
    const QLocale locale(m_language == Language::Dutch ? QLocale::Dutch : QLocale::English);
    return locale.toString(value, 'f', decimals);
}

QString AdviceText::sectionTitle(const QString &id) const
{
    const Section *s = m_kb.section(id);
    return s ? text(s->title) : id;
}

QString AdviceText::startingPointLabel(const QString &id) const
{
    const int i = m_kb.startingPointIndex(id);
    return i < 0 ? id : text(m_kb.startingPoints()[i].label);
}

QString AdviceText::optionLabel(const QString &question, const QString &option) const
{
    const Question *q = m_kb.question(question);
    const int i = q ? q->optionIndex(option) : -1;
    return i < 0 ? option : text(q->options[i].label);
}

QString AdviceText::answerText(const Answers &answers, const QString &question, bool applies) const
{
    if (!applies) {
        return tr("(does not apply)");
    }
    if (!answers.isKnown(question)) {
        return tr("Don't know");
    }
    QStringList labels;
    for (const QString &o : answers.values(question)) {
        labels << optionLabel(question, o);
    }
    return labels.isEmpty() ? tr("none") : labels.join(QStringLiteral(", "));
}

QString AdviceText::changeLabel(const AnswerChange &change) const
{
    const Question *q = m_kb.question(change.question);
    const QString question = q ? text(q->label) : change.question;
    const QString option = optionLabel(change.question, change.option);
    switch (change.kind) {
    case ChangeKind::Add: return tr("%1 — add “%2”").arg(question, option);
    case ChangeKind::Remove: return tr("%1 — remove “%2”").arg(question, option);
    case ChangeKind::Set: break;
    }
    return tr("%1 — “%2”").arg(question, option);
}

QString AdviceText::routeStepLabel(const AnswerChange &change) const
{
    const Question *q = m_kb.question(change.question);
    const QString question = q ? text(q->label) : change.question;
    const QString option = optionLabel(change.question, change.option);
    if (q && q->route == Question::Choose) {
        return tr("Choose: %1 — “%2”").arg(question, option);
    }
    if (change.kind == ChangeKind::Add) {
        return tr("Build up: “%1” (%2)").arg(option, question);
    }
    return tr("Build up: %1 — to “%2”").arg(question, option);
}

QString AdviceText::basisLabel(const Basis &basis) const
{
    switch (basis.kind) {
    case Basis::Source: return tr("source: “%1”, paragraph %2").arg(sectionTitle(basis.section)).arg(basis.paragraph);
    case Basis::Interpretation: return tr("our own elaboration");
    case Basis::Assumed: return tr("assumed, not in the source");
    }
    return QString();
}

QString AdviceText::strengthLabel(Strength strength) const
{
    switch (strength) {
    case Strength::Clear: return tr("clear");
    case Strength::Leaning: return tr("leaning");
    case Strength::Open: return tr("open");
    }
    return QString();
}

QString AdviceText::questionLabel(const QString &id) const
{
    const Question *q = m_kb.question(id);
    return q ? text(q->label) : id;
}

QString AdviceText::startingPointList(const QStringList &ids) const
{
    QStringList labels;
    for (const QString &id : ids) {
        labels << startingPointLabel(id);
    }
    if (labels.size() < 2) {
        return labels.join(QString());
    }
    const QString last = labels.takeLast();
    return tr("%1 and %2").arg(labels.join(QStringLiteral(", ")), last);
}

QString AdviceText::verdictHeadline(const Advice &advice) const
{
    switch (advice.verdict) {
    case Verdict::Recommended: return tr("RECOMMENDED STARTING POINT: %1").arg(startingPointLabel(advice.startingPoint));
    case Verdict::Tie: return tr("NO SINGLE STARTING POINT: a tie between %1").arg(startingPointList(advice.tied));
    case Verdict::Insufficient: return tr("NO STARTING POINT YET: not enough to go on");
    }
    return QString();
}

QString AdviceText::verdictExplanation(const Advice &advice) const
{
    switch (advice.verdict) {
    case Verdict::Recommended:
        return advice.strength == Strength::Clear
                   ? tr("The source's condition for this start holds, the others' do not, and no unanswered "
                        "question could overturn that.")
                   : tr("The source's condition for this start holds, but the margin is narrow or an unanswered "
                        "question could still change the advice.");
    case Verdict::Tie:
        return tr("These starting points have equal support. The source says mixed forms are the rule, so "
                  "either is a defensible start; the questions below would tell them apart.");
    case Verdict::Insufficient:
        return advice.decidingQuestions.isEmpty()
                   ? tr("None of the conditions the source gives for a starting point holds here. The source "
                        "says there is almost always a way in; these are the ones it names.")
                   : tr("The answers that decide the starting point are not known yet. Answer these first.");
    }
    return QString();
}

QString AdviceText::outcomeLabel(const Advice &advice) const
{
    // It stands alone in a table cell, so it starts with a capital.
    QString label = outcomeLabel(SensitivityEntry{{}, advice.verdict, advice.startingPoint, advice.tied});
    if (!label.isEmpty()) {
        label[0] = label[0].toUpper();
    }
    return label;
}

QString AdviceText::outcomeLabel(const SensitivityEntry &entry) const
{
    switch (entry.verdict) {
    case Verdict::Recommended: return startingPointLabel(entry.newStartingPoint);
    case Verdict::Tie: return tr("a tie between %1").arg(startingPointList(entry.tied));
    case Verdict::Insufficient: return tr("no starting point yet");
    }
    return QString();
}

QString AdviceText::quadrantLabel(const MatrixPosition &position) const
{
    const int m = m_kb.matrixIndex(position.matrix);
    if (m < 0) {
        return QString();
    }
    const int quadrant = (position.y >= 0 ? 0 : 2) + (position.x >= 0 ? 1 : 0);
    return text(m_kb.matrices()[m].quadrants[quadrant]);
}

QString AdviceText::renderExample(const ReferenceCase &c) const
{
    QStringList out;
    out << c.name.toUpper();
    out << wrap(tr("What they did: %1 (%2)").arg(text(c.did), basisLabel(c.didBasis)), 2);
    if (!c.startedWith.isEmpty()) {
        out << wrap(tr("Started with: %1 (%2)").arg(startingPointLabel(c.startedWith), basisLabel(c.startedWithBasis)), 2);
    }
    if (!c.headsFor.nl.isEmpty()) {
        out << wrap(tr("Where they head: %1 (%2)").arg(text(c.headsFor), basisLabel(c.headsForBasis)), 2);
    }
    QStringList stated;
    QStringList assumed;
    for (const Question &q : m_kb.questions()) {
        if (!c.answers.isKnown(q.id)) {
            continue;
        }
        const QString line = QStringLiteral("• %1: %2").arg(text(q.label), answerText(c.answers, q.id, true));
        if (c.stated.isKnown(q.id)) {
            stated << wrap(QStringLiteral("%1 (%2)").arg(line, basisLabel(c.answerBasis.value(q.id))), 4);
        } else {
            assumed << wrap(line, 4);
        }
    }
    out << QStringLiteral("  ") + tr("What the source states (places the example and counts for similarity):");
    out << stated;
    out << QStringLiteral("  ") + tr("What we assumed (not in the source; does not count):");
    out << assumed;
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString AdviceText::render(const Scenario &scenario, const Advice &advice) const
{
    QStringList out;
    const QString name = scenario.municipality.isEmpty() ? tr("(no municipality)") : scenario.municipality;
    out << (scenario.title.isEmpty() ? tr("Advice for %1").arg(name)
                                     : tr("Advice for %1 — %2").arg(name, scenario.title));
    out << tr("Knowledge base %1 · source: “%2”")
               .arg(advice.knowledgeBaseVersion, text(m_kb.sourceTitle()));
    out << QString();

    out << verdictHeadline(advice);
    const int sp = m_kb.startingPointIndex(advice.startingPoint);
    if (sp >= 0) {
        out << wrap(text(m_kb.startingPoints()[sp].description), 2);
        out << wrap(QStringLiteral("(%1)").arg(basisLabel(m_kb.startingPoints()[sp].basis)), 2);
    }
    out << QStringLiteral("  ") + tr("Strength of the advice: %1").arg(strengthLabel(advice.strength));
    out << wrap(verdictExplanation(advice), 2);
    for (const QString &id : advice.decidingQuestions) {
        out << wrap(QStringLiteral("• ") + questionLabel(id), 2);
    }
    for (const QString &id : advice.waysIn) {
        const Measure *m = m_kb.measure(m_kb.tactics(), id);
        out << wrap(QStringLiteral("• %1: %2 (%3)").arg(text(m->label), text(m->advice), basisLabel(m->basis)), 2);
    }
    if (!advice.gaps.isEmpty()) {
        out << QStringLiteral("  ") +
                   tr("Questions not answered yet: %1 (see “Missing information”).")
                       .arg(advice.gaps.size());
    }
    out << QString();

    if (!advice.inconsistencies.isEmpty()) {
        out << tr("ANSWERS THAT CONTRADICT EACH OTHER");
        for (const FoundInconsistency &i : advice.inconsistencies) {
            out << wrap(QStringLiteral("• ") + text(i.message), 2);
        }
        out << QString();
    }

    if (sp >= 0) {
        const FirstSteps &first = m_kb.startingPoints()[sp].firstSteps;
        out << tr("FIRST STEPS (%1)").arg(basisLabel(first.basis));
        for (int i = 0; i < first.steps.size(); ++i) {
            out << wrap(QStringLiteral("%1. %2").arg(i + 1).arg(text(first.steps[i])), 2);
        }
        QStringList involve;
        for (const LocalizedText &t : first.involve) {
            involve << text(t);
        }
        out << wrap(tr("Involve: %1.").arg(involve.join(QStringLiteral(", "))), 2);
        out << wrap(tr("What such an agreement holds: %1").arg(text(first.agreement)), 2);
        out << wrap(tr("What the municipality commits to: %1").arg(text(first.municipalityCommits)), 2);
        out << QString();
    }

    out << tr("RANKING");
    out << wrap(tr("Points: each of the source's four conditions counts 4, every other rule 1 or less; "
                   "only a starting point marked * has a condition from the source behind it."),
                2);
    for (int i = 0; i < advice.ranking.size(); ++i) {
        out << QStringLiteral("  %1. %2%3  (%4)")
                   .arg(i + 1)
                   .arg(startingPointLabel(advice.ranking[i].id),
                        advice.ranking[i].sourceSupport ? QStringLiteral(" *") : QString(),
                        tr("%1 points").arg(number(advice.ranking[i].score)));
    }
    out << QString();

    out << tr("POSITION ON THE MATRICES");
    for (const MatrixPosition &p : advice.positions) {
        const Matrix &m = m_kb.matrices()[m_kb.matrixIndex(p.matrix)];
        const QString x = p.x < 0 ? text(m.x.negative) : text(m.x.positive);
        const QString y = p.y < 0 ? text(m.y.negative) : text(m.y.positive);
        out << wrap(QStringLiteral("• ") +
                        tr("%1: %2 (%3: %4 towards “%5”; %6: %7 towards “%8”)")
                            .arg(text(m.label), quadrantLabel(p), text(m.x.label),
                                 number(std::abs(p.x), 2), x, text(m.y.label),
                                 number(std::abs(p.y), 2), y),
                    2);
    }
    out << QString();

    out << tr("WHY");
    if (advice.explanation.isEmpty()) {
        out << wrap(tr("No rule applies yet: answer the questions to get reasons."), 2);
    }
    for (const FiredRule &r : advice.explanation) {
        out << wrap(QStringLiteral("• ") + text(r.reason), 2);
        QStringList because;
        for (const AnswerUsed &a : r.answers) {
            const Question *q = m_kb.question(a.question);
            QStringList options;
            for (const QString &o : a.options) {
                options << optionLabel(a.question, o);
            }
            because << tr("“%1” %2").arg(text(q->label), options.join(QStringLiteral(", ")));
        }
        out << wrap(tr("because %1").arg(because.join(QStringLiteral("; "))), 4);
        QStringList effects;
        for (const auto &[id, weight] : r.scores) {
            effects << QStringLiteral("%1 %2%3")
                           .arg(startingPointLabel(id), weight >= 0 ? QStringLiteral("+") : QString(),
                                number(weight));
        }
        for (const auto &[id, weight] : r.tactics) {
            Q_UNUSED(weight)
            effects << tr("tactic: %1").arg(text(m_kb.measure(m_kb.tactics(), id)->label));
        }
        for (const auto &[id, weight] : r.risks) {
            Q_UNUSED(weight)
            effects << tr("risk: %1").arg(text(m_kb.measure(m_kb.risks(), id)->label));
        }
        out << wrap(tr("effect: %1 · %2").arg(effects.join(QStringLiteral(", ")), basisLabel(r.basis)), 4);
    }
    out << QString();

    out << tr("TACTICS FOR YOUR SITUATION");
    if (advice.tactics.isEmpty()) {
        out << wrap(tr("No special circumstances call for an extra tactic."), 2);
    }
    for (const WeightedMeasure &t : advice.tactics) {
        const Measure *m = m_kb.measure(m_kb.tactics(), t.id);
        out << wrap(QStringLiteral("• %1: %2 (%3)").arg(text(m->label), text(m->advice), basisLabel(m->basis)), 2);
    }
    out << QString();

    out << tr("ALWAYS, WHATEVER THE START");
    for (const QString &id : advice.principles) {
        const Measure *m = m_kb.measure(m_kb.principles(), id);
        out << wrap(QStringLiteral("• %1: %2 (%3)").arg(text(m->label), text(m->advice), basisLabel(m->basis)), 2);
    }
    out << QString();

    out << tr("FROM THE SOURCE, FOR EVERY MUNICIPALITY");
    for (const Measure &m : m_kb.foundations()) {
        out << wrap(QStringLiteral("• %1: %2 (%3)").arg(text(m.label), text(m.advice), basisLabel(m.basis)), 2);
    }
    out << QString();

    out << tr("RISKS AND WHAT TO DO ABOUT THEM");
    out << wrap(tr("The source names three risks for every municipality and stresses the last of them."), 2);
    for (const WeightedMeasure &r : advice.risks) {
        const Measure *m = m_kb.measure(m_kb.risks(), r.id);
        out << wrap(QStringLiteral("• %1%2: %3 (%4)")
                        .arg(text(m->label), m->emphasis ? tr(" (stressed by the source)") : QString(),
                             text(m->advice), basisLabel(m->basis)),
                    2);
        if (!r.raisedBy.isEmpty()) {
            QStringList questions;
            for (const QString &id : r.raisedBy) {
                questions << questionLabel(id);
            }
            out << wrap(tr("raised by your answer to: %1").arg(questions.join(QStringLiteral("; "))), 4);
        }
    }
    out << QString();

    out << tr("WHAT WOULD CHANGE THE ADVICE");
    if (advice.sensitivity.isEmpty()) {
        out << wrap(tr("No single different answer changes this outcome."), 2);
    } else {
        out << wrap(tr("If one answer were different, the outcome would be:"), 2);
    }
    for (const SensitivityEntry &s : advice.sensitivity) {
        out << wrap(QStringLiteral("• ") + tr("%1 → %2").arg(changeLabel(s.change), outcomeLabel(s)), 2);
    }
    if (advice.target) {
        const TargetAnalysis &t = *advice.target;
        out << QString();
        out << tr("TO GET TO “%1”").arg(startingPointLabel(t.target));
        if (!t.reachable) {
            out << wrap(tr("No route of choices and build-up found that leads there."), 2);
        } else if (t.changes.isEmpty()) {
            out << wrap(tr("This is already the recommended starting point."), 2);
        } else {
            out << wrap(t.exact ? tr("The shortest route there, choices before build-up:")
                                : tr("A short route there (not proven to be the shortest):"),
                        2);
            for (const AnswerChange &c : t.changes) {
                out << wrap(QStringLiteral("• ") + routeStepLabel(c), 2);
            }
        }
    }
    out << QString();

    out << tr("SIMILAR PRACTICE EXAMPLES");
    out << wrap(tr("Compared only on what the source states about each example."), 2);
    if (advice.similarCases.isEmpty()) {
        out << wrap(tr("None to compare yet: the source states little about each example."), 2);
    }
    for (int i = 0; i < advice.similarCases.size() && i < 3; ++i) {
        const SimilarCase &similar = advice.similarCases[i];
        const ReferenceCase *c = m_kb.referenceCase(similar.id);
        out << QStringLiteral("  • %1 (%2)")
                   .arg(c->name, tr("%1 of %2 stated answers the same").arg(similar.matching.size()).arg(similar.compared));
        out << wrap(tr("What they did: %1").arg(text(c->did)), 4);
        if (!c->headsFor.nl.isEmpty()) {
            out << wrap(tr("Where they head: %1 (%2)").arg(text(c->headsFor), basisLabel(c->headsForBasis)), 4);
        }
    }
    out << QString();

    out << tr("MISSING INFORMATION");
    if (advice.gaps.isEmpty()) {
        out << wrap(tr("All questions that apply are answered."), 2);
    }
    for (const QString &id : advice.gaps) {
        out << wrap(QStringLiteral("• ") + text(m_kb.question(id)->label), 2);
    }

    if (!scenario.notes.trimmed().isEmpty()) {
        out << QString();
        out << tr("NOTES");
        for (const QString &line : scenario.notes.split(QLatin1Char('\n'))) {
            out << wrap(line, 2);
        }
    }
    out << QString();
    out << wrap(tr("Based on “%1”. The advice is a starting point for the conversation, not a "
                   "decision.")
                    .arg(text(m_kb.sourceTitle())),
                0);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace akkoord
