#include "advice/advicetext.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace akkoord {

QString AdviceText::wrap(const QString &text, int indent, int width)
{
    // Lines after the first of a bullet or a numbered item hang under its text.
    static const QRegularExpression marker(QStringLiteral("^(• |\\d+\\. )"));
    const QRegularExpressionMatch m = marker.match(text);
    const bool bullet = m.hasMatch();
    QString pad(indent, QLatin1Char(' '));
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && pad.size() + line.size() + 1 + word.size() > width) {
            lines << pad + line;
            line.clear();
            if (bullet) {
                pad = QString(indent + int(m.capturedLength()), QLatin1Char(' '));
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
    const QLocale locale = localeFor(m_language);
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
        return unknownAnswer();
    }
    QStringList labels;
    for (const QString &o : answers.values(question)) {
        labels << optionLabel(question, o);
    }
    // Capitalised like the option labels it stands beside in tables.
    return labels.isEmpty() ? tr("None of these yet") : labels.join(QStringLiteral(", "));
}

QStringList AdviceText::revisionChanges(const Scenario &before, const Scenario &after) const
{
    QStringList changes;
    if (before.title != after.title) {
        changes << tr("Title: “%1” → “%2”").arg(before.title, after.title);
    }
    for (const Question &q : m_kb.questions()) {
        const QString was = answerText(before.answers, q.id, true);
        const QString is = answerText(after.answers, q.id, true);
        if (was != is) {
            // The question as asked ("…?"), then the answers.
            changes << tr("%1 %2 → %3").arg(text(q.label), was, is);
        }
    }
    if (before.notes != after.notes) {
        changes << tr("Notes changed");
    }
    return changes;
}

QString AdviceText::changeLabel(const AnswerChange &change) const
{
    const Question *q = m_kb.question(change.question);
    const QString question = q ? text(q->label) : change.question;
    const QString option = optionLabel(change.question, change.option);
    switch (change.kind) {
    case ChangeKind::Add:
        return tr("%1 — add “%2”").arg(question, option);
    case ChangeKind::Remove:
        return tr("%1 — remove “%2”").arg(question, option);
    case ChangeKind::Set:
        break;
    }
    return tr("%1 — “%2”").arg(question, option);
}

QString AdviceText::routeStepLabel(const AnswerChange &change) const
{
    const Question *q = m_kb.question(change.question);
    const QString question = q ? text(q->label) : change.question;
    const QString option = optionLabel(change.question, change.option);
    if (q && q->route == Question::Choose) {
        return tr("Choose “%1” for: %2").arg(option, question);
    }
    return tr("Work towards “%1” for: %2").arg(option, question);
}

QString AdviceText::notARouteReason(const NotARoute &n) const
{
    switch (n.reason) {
    case NotARoute::Given:
        return tr("that is the situation as it is, not something the municipality chooses or "
                  "builds up");
    case NotARoute::TornDown:
        return tr("that is not building up, and a route only builds up what is there");
    case NotARoute::TakesSupport:
        return tr("that also takes away the source's support for “%1”, and a route only adds "
                  "support, it never takes it away")
            .arg(startingPointLabel(n.weakened));
    case NotARoute::OnlyATie:
        return tr("that gives it only equal support with %1, not the lead")
            .arg(startingPointList(n.tied));
    case NotARoute::NotKnown:
        return tr("that is not known yet: something to find out, not to choose or build up");
    case NotARoute::NoOwnSupport:
        return tr("that adds nothing to the source's support for that start; it would lead only "
                  "because another start loses points");
    }
    return QString();
}

QString AdviceText::basisLabel(const Basis &basis) const
{
    switch (basis.kind) {
    case Basis::Source:
        return tr("source: “%1”, paragraph %2")
            .arg(sectionTitle(basis.section))
            .arg(basis.paragraph);
    case Basis::Interpretation:
        return tr("our own elaboration");
    case Basis::Assumed:
        return tr("assumed, not in the source");
    }
    return QString();
}

QString AdviceText::strengthLabel(Strength strength) const
{
    switch (strength) {
    case Strength::Clear:
        return tr("clear");
    case Strength::Leaning:
        return tr("leaning");
    case Strength::Open:
        return tr("open");
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
    case Verdict::Recommended:
        return tr("RECOMMENDED STARTING POINT: %1").arg(startingPointLabel(advice.startingPoint));
    case Verdict::Tie:
        return tr("EQUAL SUPPORT: %1").arg(startingPointList(advice.tied));
    case Verdict::Insufficient:
        return tr("NO STARTING POINT YET: not enough to go on");
    }
    return QString();
}

QString AdviceText::verdictExplanation(const Advice &advice) const
{
    switch (advice.verdict) {
    case Verdict::Recommended:
        return advice.strength == Strength::Clear
                   ? tr("The source's condition for this start holds, the others' do not, and no "
                        "unanswered "
                        "question could overturn that.")
                   : tr("The source's condition for this start holds, but the margin is narrow or "
                        "an unanswered "
                        "question could still change the advice.");
    case Verdict::Tie:
        return advice.decidingQuestions.isEmpty()
                   ? tr("The source supports these starting points equally and nothing it says "
                        "tells them apart. "
                        "It calls mixed forms the rule: either is a defensible start, to choose on "
                        "local grounds.")
                   : tr("The source supports these starting points equally. It calls mixed forms "
                        "the rule, so either "
                        "is a defensible start; the answers to these questions would tell them "
                        "apart.");
    case Verdict::Insufficient:
        if (advice.decidingQuestions.isEmpty() && advice.waysIn.isEmpty()) {
            // Each way in the source names is for a circumstance, and the answers rule out all.
            return tr("None of the conditions the source gives for a starting point holds here, "
                      "and the ways in it names for hard circumstances do not fit your answers "
                      "either. The source gives no starting point for this situation; under "
                      "“What would change the advice” you see which answers would.");
        }
        if (advice.decidingQuestions.isEmpty()) {
            return tr("None of the conditions the source gives for a starting point holds here. "
                      "The source says "
                      "there is almost always a way in; these are the ones it names.");
        }
        if (advice.waysInRuledOut) {
            return tr("None of the source's conditions holds for what you have answered; these "
                      "questions could still decide. The ways in the source names for hard "
                      "circumstances do not fit your answers.");
        }
        return advice.waysIn.isEmpty()
                   ? tr("The answers that decide the starting point are not known yet. Answer "
                        "these first.")
                   : tr("None of the source's conditions holds for what you have answered; these "
                        "questions could "
                        "still decide. Meanwhile the source names these ways in.");
    }
    return QString();
}

QString AdviceText::outcomeLabel(const Advice &advice) const
{
    // It stands alone in a table cell, so it starts with a capital.
    QString label =
        outcomeLabel(SensitivityEntry{{}, advice.verdict, advice.startingPoint, advice.tied});
    if (!label.isEmpty()) {
        label[0] = label[0].toUpper();
    }
    return label;
}

QString AdviceText::outcomeLabel(const SensitivityEntry &entry) const
{
    switch (entry.verdict) {
    case Verdict::Recommended:
        return startingPointLabel(entry.newStartingPoint);
    case Verdict::Tie:
        return tr("a tie between %1").arg(startingPointList(entry.tied));
    case Verdict::Insufficient:
        return tr("no starting point yet");
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

QString AdviceText::itemText(const OutlineItem &item) const
{
    QString line = item.lead.isEmpty()   ? item.text
                   : item.text.isEmpty() ? item.lead
                                         : QStringLiteral("%1: %2").arg(item.lead, item.text);
    if (item.lead.isEmpty() && item.text.isEmpty() && !item.questions.isEmpty()) {
        // A question to answer, on its own, or one answered with what a different answer does.
        const OutlineQuestion &q = item.questions.first();
        line = q.answer.isEmpty() ? q.label : QStringLiteral("“%1” %2").arg(q.label, q.answer);
    }
    return item.basis.isEmpty() ? line : QStringLiteral("%1 (%2)").arg(line, item.basis);
}

QString AdviceText::strengthHeading() const
{
    return tr("Strength of the advice");
}

QString AdviceText::unknownAnswer() const
{
    return tr("Don't know");
}

QString AdviceText::exampleStartedWith(const ReferenceCase &c) const
{
    return c.startedWith.isEmpty()
               ? QString()
               : tr("Started with: %1 (%2)")
                     .arg(startingPointLabel(c.startedWith), basisLabel(c.startedWithBasis));
}

QString AdviceText::exampleHeadsFor(const ReferenceCase &c) const
{
    return c.headsFor.nl.isEmpty()
               ? QString()
               : tr("Heads for: %1 (%2)").arg(text(c.headsFor), basisLabel(c.headsForBasis));
}

QStringList AdviceText::exampleSummary(const ReferenceCase &c) const
{
    QStringList out{tr("What they did: %1 (%2)").arg(text(c.did), basisLabel(c.didBasis))};
    for (const QString &line : {exampleStartedWith(c), exampleHeadsFor(c)}) {
        if (!line.isEmpty()) {
            out << line;
        }
    }
    return out;
}

QString AdviceText::renderExample(const ReferenceCase &c) const
{
    QStringList out;
    out << c.name.toUpper();
    for (const QString &line : exampleSummary(c)) {
        out << wrap(line, 2);
    }
    QStringList stated;
    QStringList assumed;
    for (const Question &q : m_kb.questions()) {
        if (!c.answers.isKnown(q.id)) {
            continue;
        }
        const QString line =
            QStringLiteral("• %1: %2").arg(text(q.label), answerText(c.answers, q.id, true));
        if (c.stated.isKnown(q.id)) {
            stated << wrap(
                QStringLiteral("%1 (%2)").arg(line, basisLabel(c.answerBasis.value(q.id))), 4);
        } else {
            assumed << wrap(line, 4);
        }
    }
    out << QStringLiteral("  ") +
               tr("What the source states (places the example and counts for similarity):");
    out << stated;
    out << QStringLiteral("  ") + tr("What we assumed (not in the source; does not count):");
    out << assumed;
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString AdviceText::render(const Scenario &scenario, const Advice &advice) const
{
    QStringList out;
    const QString name =
        scenario.municipality.isEmpty() ? tr("(no municipality)") : scenario.municipality;
    out << (scenario.title.isEmpty() ? tr("Advice for %1").arg(name)
                                     : tr("Advice for %1 — %2").arg(name, scenario.title));
    out << tr("Knowledge base %1 · source: “%2”")
               .arg(advice.knowledgeBaseVersion, text(m_kb.sourceTitle()));
    out << QString();

    const AdviceOutline o = outline(advice);
    out << o.headline;
    if (!o.description.isEmpty()) {
        out << wrap(o.description, 2);
        out << wrap(QStringLiteral("(%1)").arg(o.descriptionBasis), 2);
    }
    out << QStringLiteral("  %1: %2").arg(strengthHeading(), o.strength);
    out << wrap(o.explanation, 2);
    for (const OutlineItem &item : o.decide) {
        out << wrap(QStringLiteral("• ") + itemText(item), 2);
    }
    if (!o.openQuestions.isEmpty()) {
        out << QStringLiteral("  ") + o.openQuestions;
    }
    out << QString();

    for (const OutlineSection &section : o.sections) {
        out << section.title.toUpper() + (section.titleBasis.isEmpty()
                                              ? QString()
                                              : QStringLiteral(" (%1)").arg(section.titleBasis));
        if (!section.intro.isEmpty()) {
            out << wrap(section.intro, 2);
        }
        if (section.items.isEmpty() && !section.empty.isEmpty()) {
            out << wrap(section.empty, 2);
        }
        for (int i = 0; i < section.items.size(); ++i) {
            const OutlineItem &item = section.items[i];
            const QString mark =
                section.numbered ? QStringLiteral("%1. ").arg(i + 1) : QStringLiteral("• ");
            out << wrap(mark + itemText(item), 2);
            if (!item.questionsLead.isEmpty() && !item.questions.isEmpty()) {
                QStringList questions;
                for (const OutlineQuestion &q : item.questions) {
                    questions << (q.answer.isEmpty()
                                      ? QStringLiteral("“%1”").arg(q.label)
                                      : QStringLiteral("“%1” %2").arg(q.label, q.answer));
                }
                out << wrap(QStringLiteral("%1 %2").arg(item.questionsLead,
                                                        questions.join(QStringLiteral("; "))),
                            4);
            }
            for (const QString &detail : item.details) {
                out << wrap(detail, 4);
            }
        }
        for (const OutlineItem &paragraph : section.after) {
            out << wrap(QStringLiteral("%1 %2").arg(paragraph.lead, paragraph.text), 2);
        }
        out << QString();
    }

    if (!scenario.notes.trimmed().isEmpty()) {
        out << tr("NOTES");
        for (const QString &line : scenario.notes.split(QLatin1Char('\n'))) {
            out << wrap(line, 2);
        }
        out << QString();
    }
    out << wrap(o.footer, 0);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace akkoord
