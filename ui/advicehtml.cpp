#include "advicehtml.h"

#include "advicetext.h"

#include <cmath>

namespace akkoord::ui {

QString AdviceHtml::render(const Advice &a) const
{
    const AdviceText words(m_kb, m_language);
    const auto startLabel = [this](const QString &id) {
        const int i = m_kb.startingPointIndex(id);
        return i < 0 ? id.toHtmlEscaped() : text(m_kb.startingPoints()[i].label);
    };
    const auto basis = [&words](const Basis &b) {
        return QStringLiteral("<small style='color:gray'>(%1)</small>").arg(words.basisLabel(b).toHtmlEscaped());
    };
    const auto question = [this](const QString &id) {
        return (m_interactive ? QStringLiteral("<a href='question:%1'>%2</a>") : QStringLiteral("<span title='%1'>%2</span>"))
            .arg(id, text(m_kb.question(id)->label));
    };
    QString h;
    const int sp = m_kb.startingPointIndex(a.startingPoint);
    h += QStringLiteral("<h2 style='margin-bottom:2px'>%1</h2>")
             .arg(a.verdict == Verdict::Recommended ? startLabel(a.startingPoint)
                                                     : words.verdictHeadline(a).toHtmlEscaped());
    if (sp >= 0) {
        h += QStringLiteral("<p>%1 %2</p>").arg(text(m_kb.startingPoints()[sp].description), basis(m_kb.startingPoints()[sp].basis));
    }
    h += QStringLiteral("<p><b>%1</b> %2. %3")
             .arg(tr("Strength of the advice:").toHtmlEscaped(), words.strengthLabel(a.strength).toHtmlEscaped(),
                  words.verdictExplanation(a).toHtmlEscaped());
    if (!a.gaps.isEmpty()) {
        h += QStringLiteral(" · %1").arg(tr("%n question(s) still open", "", int(a.gaps.size())).toHtmlEscaped());
    }
    h += QStringLiteral("</p>");
    if (!a.decidingQuestions.isEmpty()) {
        h += QStringLiteral("<ul>");
        for (const QString &id : a.decidingQuestions) {
            h += QStringLiteral("<li>%1</li>").arg(question(id));
        }
        h += QStringLiteral("</ul>");
    }
    if (!a.waysIn.isEmpty()) {
        h += QStringLiteral("<ul>");
        for (const QString &id : a.waysIn) {
            const Measure *d = m_kb.measure(m_kb.tactics(), id);
            h += QStringLiteral("<li><b>%1</b>: %2 %3</li>").arg(text(d->label), text(d->advice), basis(d->basis));
        }
        h += QStringLiteral("</ul>");
    }
    if (!a.inconsistencies.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Answers that contradict each other").toHtmlEscaped());
        for (const FoundInconsistency &i : a.inconsistencies) {
            QStringList questions;
            for (const QString &id : i.questions) {
                questions << question(id);
            }
            h += QStringLiteral("<li>%1<br/><small>%2</small></li>").arg(text(i.message), questions.join(QStringLiteral("; ")));
        }
        h += QStringLiteral("</ul>");
    }
    if (sp >= 0) {
        const FirstSteps &first = m_kb.startingPoints()[sp].firstSteps;
        h += QStringLiteral("<h3>%1 %2</h3><ol>").arg(tr("First steps").toHtmlEscaped(), basis(first.basis));
        for (const LocalizedText &step : first.steps) {
            h += QStringLiteral("<li>%1</li>").arg(text(step));
        }
        QStringList involve;
        for (const LocalizedText &t : first.involve) {
            involve << text(t);
        }
        h += QStringLiteral("</ol><p><b>%1</b> %2.<br/><b>%3</b> %4<br/><b>%5</b> %6</p>")
                 .arg(tr("Involve:").toHtmlEscaped(), involve.join(QStringLiteral(", ")),
                      tr("What such an agreement holds:").toHtmlEscaped(), text(first.agreement),
                      tr("What the municipality commits to:").toHtmlEscaped(), text(first.municipalityCommits));
    }

    h += QStringLiteral("<h3>%1</h3>").arg(tr("Why").toHtmlEscaped());
    if (a.explanation.isEmpty()) {
        h += QStringLiteral("<p style='color:gray'>%1</p>")
                 .arg(AdviceText::tr("No rule applies yet: answer the questions to get reasons.").toHtmlEscaped());
    } else {
        h += QStringLiteral("<ul>");
        for (const FiredRule &r : a.explanation) {
            QStringList because;
            for (const AnswerUsed &u : r.answers) {
                QStringList options;
                for (const QString &o : u.options) {
                    options << words.optionLabel(u.question, o);
                }
                because << (m_interactive ? QStringLiteral("<a href='question:%1'>%2</a>: %3")
                                          : QStringLiteral("<span title='%1'>%2</span>: %3"))
                               .arg(u.question, text(m_kb.question(u.question)->label),
                                    options.join(QStringLiteral(", ")).toHtmlEscaped());
            }
            QStringList effects;
            for (const auto &[id, w] : r.scores) {
                effects << QStringLiteral("%1 %2%3").arg(startLabel(id), w >= 0 ? QStringLiteral("+") : QString(), words.number(w));
            }
            h += QStringLiteral("<li>%1<br/><small>%2 %3<br/>%4 · %5</small></li>")
                     .arg(text(r.reason), tr("Because").toHtmlEscaped(), because.join(QStringLiteral("; ")),
                          effects.join(QStringLiteral(", ")),
                          QStringLiteral("<b>%1</b>").arg(words.basisLabel(r.basis).toHtmlEscaped()));
        }
        h += QStringLiteral("</ul>");
    }

    h += QStringLiteral("<h3>%1</h3>").arg(tr("What would change the advice").toHtmlEscaped());
    if (a.sensitivity.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(AdviceText::tr("No single different answer changes this outcome.").toHtmlEscaped());
    } else {
        h += QStringLiteral("<table cellpadding='2'><tr><th align='left'>%1</th><th align='left'>%2</th></tr>")
                 .arg(tr("If this answer changes").toHtmlEscaped(), tr("the advice becomes").toHtmlEscaped());
        for (const SensitivityEntry &s : a.sensitivity) {
            h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                     .arg(words.changeLabel(s.change).toHtmlEscaped(), words.outcomeLabel(s).toHtmlEscaped());
        }
        h += QStringLiteral("</table>");
    }
    if (a.target) {
        h += QStringLiteral("<p><b>%1</b></p>").arg(tr("To start with “%1”:").arg(startLabel(a.target->target)));
        if (!a.target->reachable) {
            h += QStringLiteral("<p>%1</p>").arg(AdviceText::tr("No route of choices and build-up found that leads there.").toHtmlEscaped());
        } else if (a.target->changes.isEmpty()) {
            h += QStringLiteral("<p>%1</p>").arg(AdviceText::tr("This is already the recommended starting point.").toHtmlEscaped());
        } else {
            h += QStringLiteral("<p>%1</p><ul>")
                     .arg((a.target->exact ? AdviceText::tr("The shortest route there, choices before build-up:")
                                           : AdviceText::tr("A short route there (not proven to be the shortest):")).toHtmlEscaped());
            for (const AnswerChange &c : a.target->changes) {
                h += QStringLiteral("<li>%1</li>").arg(words.routeStepLabel(c).toHtmlEscaped());
            }
            h += QStringLiteral("</ul>");
        }
    }

    h += QStringLiteral("<h3>%1</h3><p><small>%2</small></p><table cellpadding='2'>")
             .arg(tr("Ranking").toHtmlEscaped(),
                  AdviceText::tr("Points: each of the source's four conditions counts 4, every other rule 1 or less; "
                                 "only a starting point marked * has a condition from the source behind it.").toHtmlEscaped());
    for (int i = 0; i < a.ranking.size(); ++i) {
        h += QStringLiteral("<tr><td>%1.</td><td>%2%3</td><td align='right'>%4</td></tr>")
                 .arg(i + 1)
                 .arg(startLabel(a.ranking[i].id), a.ranking[i].sourceSupport ? QStringLiteral(" *") : QString(),
                      AdviceText::tr("%1 points").arg(words.number(a.ranking[i].score)).toHtmlEscaped());
    }
    h += QStringLiteral("</table>");

    const auto measures = [&](const QString &title, const QVector<WeightedMeasure> &list,
                              const QVector<Measure> &defs, const QString &none) {
        QString out = QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
        if (list.isEmpty()) {
            return out + QStringLiteral("<p style='color:gray'>%1</p>").arg(none.toHtmlEscaped());
        }
        out += QStringLiteral("<ul>");
        for (const WeightedMeasure &m : list) {
            const Measure *d = m_kb.measure(defs, m.id);
            QString raised;
            if (!m.raisedBy.isEmpty()) {
                QStringList questions;
                for (const QString &id : m.raisedBy) {
                    questions << question(id);
                }
                raised = QStringLiteral("<br/><small>%1 %2</small>")
                             .arg(tr("Raised by your answer to:").toHtmlEscaped(), questions.join(QStringLiteral("; ")));
            }
            out += QStringLiteral("<li><b>%1</b>%2: %3 %4%5</li>")
                       .arg(text(d->label), d->emphasis ? AdviceText::tr(" (stressed by the source)").toHtmlEscaped() : QString(),
                            text(d->advice), basis(d->basis), raised);
        }
        return out + QStringLiteral("</ul>");
    };
    h += measures(tr("Tactics for your situation"), a.tactics, m_kb.tactics(),
                  AdviceText::tr("No special circumstances call for an extra tactic."));
    h += measures(tr("Risks and what to do about them"), a.risks, m_kb.risks(), QString());
    const auto plain = [&](const QString &title, const QVector<Measure> &list) {
        QString out = QStringLiteral("<h3>%1</h3><ul>").arg(title.toHtmlEscaped());
        for (const Measure &d : list) {
            out += QStringLiteral("<li><b>%1</b>: %2 %3</li>").arg(text(d.label), text(d.advice), basis(d.basis));
        }
        return out + QStringLiteral("</ul>");
    };
    h += plain(tr("Always, whatever the start"), m_kb.principles());
    h += plain(tr("From the source, for every municipality"), m_kb.foundations());

    h += QStringLiteral("<h3>%1</h3>").arg(tr("Similar practice examples").toHtmlEscaped());
    h += QStringLiteral("<p><small>%1</small></p>")
             .arg(AdviceText::tr("Compared only on what the source states about each example.").toHtmlEscaped());
    if (a.similarCases.isEmpty()) {
        h += QStringLiteral("<p style='color:gray'>%1</p>")
                 .arg(AdviceText::tr("None to compare yet: the source states little about each example.").toHtmlEscaped());
    }
    for (int i = 0; i < a.similarCases.size() && i < 3; ++i) {
        const SimilarCase &similar = a.similarCases[i];
        const ReferenceCase *c = m_kb.referenceCase(similar.id);
        const QString heads = c->headsFor.nl.isEmpty()
                                  ? QString()
                                  : QStringLiteral("<br/><i>%1</i> %2")
                                        .arg(tr("Heads for: %1").arg(c->headsFor.in(m_language)).toHtmlEscaped(),
                                             basis(c->headsForBasis));
        h += (m_interactive ? QStringLiteral("<p><a href='case:%1'><b>%2</b></a> <small>(%3)</small><br/>%4%5</p>")
                            : QStringLiteral("<p><b title='%1'>%2</b> <small>(%3)</small><br/>%4%5</p>"))
                 .arg(c->id, c->name.toHtmlEscaped(),
                      AdviceText::tr("%1 of %2 stated answers the same").arg(similar.matching.size()).arg(similar.compared).toHtmlEscaped(),
                      text(c->did), heads);
    }

    h += QStringLiteral("<h3>%1</h3>").arg(tr("Missing information").toHtmlEscaped());
    if (a.gaps.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(AdviceText::tr("All questions that apply are answered.").toHtmlEscaped());
    } else {
        h += QStringLiteral("<ul>");
        for (const QString &id : a.gaps) {
            h += (m_interactive ? QStringLiteral("<li><a href='question:%1'>%2</a></li>")
                                : QStringLiteral("<li title='%1'>%2</li>"))
                     .arg(id, text(m_kb.question(id)->label));
        }
        h += QStringLiteral("</ul>");
    }
    h += QStringLiteral("<p><small>%1</small></p>")
             .arg(tr("Knowledge base %1, based on “%2”.").arg(a.knowledgeBaseVersion, m_kb.sourceTitle().in(m_language)).toHtmlEscaped());
    return h;
}

} // namespace akkoord::ui
