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
    const auto section = [this](const QString &id) {
        const Section *s = m_kb.section(id);
        return s ? text(s->title) : id.toHtmlEscaped();
    };
    QString h;
    const int sp = m_kb.startingPointIndex(a.startingPoint);
    h += QStringLiteral("<h2 style='margin-bottom:2px'>%1</h2>").arg(startLabel(a.startingPoint));
    h += QStringLiteral("<p>%1</p>").arg(text(m_kb.startingPoints()[sp].description));
    h += QStringLiteral("<p><b>%1</b> %2 (%3%)")
             .arg(tr("Confidence:").toHtmlEscaped(), words.confidenceLabel(a.confidence).toHtmlEscaped())
             .arg(std::lround(a.confidence * 100));
    if (!a.gaps.isEmpty()) {
        h += QStringLiteral(" · %1").arg(tr("%1 question(s) still open").arg(a.gaps.size()).toHtmlEscaped());
    }
    h += QStringLiteral("</p>");

    h += QStringLiteral("<h3>%1</h3><table cellpadding='2'>").arg(tr("Ranking").toHtmlEscaped());
    for (int i = 0; i < a.ranking.size(); ++i) {
        h += QStringLiteral("<tr><td>%1.</td><td>%2</td><td align='right'>%3</td></tr>")
                 .arg(i + 1)
                 .arg(i == 0 ? QStringLiteral("<b>%1</b>").arg(startLabel(a.ranking[i].id)) : startLabel(a.ranking[i].id),
                      words.number(a.ranking[i].score));
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
            out += QStringLiteral("<li><b>%1</b>: %2</li>").arg(text(d->label), text(d->advice));
        }
        return out + QStringLiteral("</ul>");
    };
    h += measures(tr("Tactics for your situation"), a.tactics, m_kb.tactics(),
                  tr("No special circumstances call for an extra tactic."));
    h += measures(tr("Risks and what to do about them"), a.risks, m_kb.risks(),
                  tr("None of the known risks stands out from your answers."));
    h += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Always, whatever the start").toHtmlEscaped());
    for (const QString &id : a.principles) {
        const Measure *d = m_kb.measure(m_kb.principles(), id);
        h += QStringLiteral("<li><b>%1</b>: %2</li>").arg(text(d->label), text(d->advice));
    }
    h += QStringLiteral("</ul>");

    h += QStringLiteral("<h3>%1</h3>").arg(tr("Why").toHtmlEscaped());
    if (a.explanation.isEmpty()) {
        h += QStringLiteral("<p style='color:gray'>%1</p>")
                 .arg(tr("No rule applies yet: answer the questions to get reasons.").toHtmlEscaped());
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
            h += QStringLiteral("<li>%1<br/><small>%2 %3<br/>%4 · %5 “%6”</small></li>")
                     .arg(text(r.reason), tr("Because").toHtmlEscaped(), because.join(QStringLiteral("; ")),
                          effects.join(QStringLiteral(", ")), tr("source:").toHtmlEscaped(), section(r.section));
        }
        h += QStringLiteral("</ul>");
    }

    h += QStringLiteral("<h3>%1</h3>").arg(tr("What would change the advice").toHtmlEscaped());
    if (a.sensitivity.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(tr("No single different answer changes the starting point: the advice is robust.").toHtmlEscaped());
    } else {
        h += QStringLiteral("<table cellpadding='2'><tr><th align='left'>%1</th><th align='left'>%2</th></tr>")
                 .arg(tr("If this answer changes").toHtmlEscaped(), tr("the advice becomes").toHtmlEscaped());
        for (const SensitivityEntry &s : a.sensitivity) {
            h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                     .arg(words.changeLabel(s.change).toHtmlEscaped(), startLabel(s.newStartingPoint));
        }
        h += QStringLiteral("</table>");
    }
    if (a.target) {
        h += QStringLiteral("<p><b>%1</b></p>").arg(tr("To start with “%1”:").arg(startLabel(a.target->target)));
        if (!a.target->reachable) {
            h += QStringLiteral("<p>%1</p>").arg(tr("No combination of answers found that leads there.").toHtmlEscaped());
        } else if (a.target->changes.isEmpty()) {
            h += QStringLiteral("<p>%1</p>").arg(tr("This is already the recommended starting point.").toHtmlEscaped());
        } else {
            h += QStringLiteral("<p>%1</p><ul>")
                     .arg((a.target->exact ? tr("The fewest changes that lead there:")
                                           : tr("A short route there (not proven to be the shortest):")).toHtmlEscaped());
            for (const AnswerChange &c : a.target->changes) {
                h += QStringLiteral("<li>%1</li>").arg(words.changeLabel(c).toHtmlEscaped());
            }
            h += QStringLiteral("</ul>");
        }
    }

    h += QStringLiteral("<h3>%1</h3>").arg(tr("Similar practice examples").toHtmlEscaped());
    for (int i = 0; i < a.similarCases.size() && i < 3; ++i) {
        const ReferenceCase *c = m_kb.referenceCase(a.similarCases[i].id);
        h += (m_interactive ? QStringLiteral("<p><a href='case:%1'><b>%2</b></a> <small>(%3)</small><br/>%4<br/><i>%5</i></p>")
                            : QStringLiteral("<p><b title='%1'>%2</b> <small>(%3)</small><br/>%4<br/><i>%5</i></p>"))
                 .arg(c->id, c->name.toHtmlEscaped(),
                      tr("distance %1").arg(words.number(a.similarCases[i].distance, 2)).toHtmlEscaped(),
                      text(c->did), tr("Heads for: %1").arg(c->headsFor.in(m_language)).toHtmlEscaped());
    }

    h += QStringLiteral("<h3>%1</h3>").arg(tr("Missing information").toHtmlEscaped());
    if (a.gaps.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(tr("All questions that apply are answered.").toHtmlEscaped());
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
