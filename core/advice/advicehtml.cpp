#include "advice/advicehtml.h"

#include "advice/advicetext.h"

namespace akkoord {

QString AdviceHtml::secondary(const QString &html) const
{
    return m_secondary.isEmpty()
               ? QStringLiteral("<small>%1</small>").arg(html)
               : QStringLiteral("<span style='color:%1'>%2</span>").arg(m_secondary, html);
}

QString AdviceHtml::render(const Advice &a) const
{
    const AdviceOutline o = AdviceText(m_kb, m_language).outline(a);
    const auto esc = [](const QString &t) { return t.toHtmlEscaped(); };
    const auto basis = [&](const QString &b) {
        if (b.isEmpty()) {
            return QString();
        }
        return m_secondary.isEmpty()
                   ? QStringLiteral(" <small style='color:gray'>(%1)</small>").arg(esc(b))
                   : QStringLiteral(" ") + secondary(QStringLiteral("(%1)").arg(esc(b)));
    };
    const auto question = [this, &esc](const OutlineQuestion &q) {
        const QString link = (m_interactive ? QStringLiteral("<a href='question:%1'>%2</a>")
                                            : QStringLiteral("<span title='%1'>%2</span>"))
                                 .arg(q.id, esc(q.label));
        return q.answer.isEmpty() ? link : QStringLiteral("%1: %2").arg(link, esc(q.answer));
    };
    const auto item = [&](const OutlineItem &i) {
        QString line;
        if (!i.lead.isEmpty()) {
            const QString lead =
                i.caseId.isEmpty() || !m_interactive
                    ? QStringLiteral("<b>%1</b>").arg(esc(i.lead))
                    : QStringLiteral("<a href='case:%1'><b>%2</b></a>").arg(i.caseId, esc(i.lead));
            line = i.text.isEmpty() ? lead : QStringLiteral("%1: %2").arg(lead, esc(i.text));
        } else if (!i.text.isEmpty()) {
            line = esc(i.text);
        } else if (!i.questions.isEmpty()) {
            return QStringLiteral("<li>%1</li>").arg(question(i.questions.first()));
        }
        line += basis(i.basis);
        if (!i.questions.isEmpty()) {
            QStringList questions;
            for (const OutlineQuestion &q : i.questions) {
                questions << question(q);
            }
            line += QStringLiteral("<br/>") +
                    secondary(QStringLiteral("%1 %2").arg(esc(i.questionsLead),
                                                          questions.join(QStringLiteral("; "))));
        }
        for (const QString &d : i.details) {
            line += QStringLiteral("<br/>") + secondary(esc(d));
        }
        return QStringLiteral("<li>%1</li>").arg(line);
    };

    QString h = QStringLiteral("<h2 style='margin-bottom:2px'>%1</h2>").arg(esc(o.title));
    if (!o.description.isEmpty()) {
        h += QStringLiteral("<p>%1%2</p>").arg(esc(o.description), basis(o.descriptionBasis));
    }
    h += QStringLiteral("<p><b>%1</b> %2. %3%4</p>")
             .arg(esc(AdviceText(m_kb, m_language).strengthHeading() + QLatin1Char(':')),
                  esc(o.strength), esc(o.explanation),
                  o.openQuestions.isEmpty() ? QString()
                                            : QStringLiteral(" · ") + esc(o.openQuestions));
    if (!o.decide.isEmpty()) {
        h += QStringLiteral("<ul>");
        for (const OutlineItem &i : o.decide) {
            h += item(i);
        }
        h += QStringLiteral("</ul>");
    }
    for (const OutlineSection &section : o.sections) {
        if (m_foldable) {
            // The heading folds its section: a link, so that it is reached with Tab and read
            // out as one.
            const bool folded = m_folded.contains(section.key);
            // Named by its key, for a reader (or the panel) to scroll to.
            h += QStringLiteral("<h3><a name='%1' href='fold:%1' "
                                "style='text-decoration:none'>%2 %3</a>%4</h3>")
                     .arg(section.key.toHtmlEscaped(),
                          folded ? QStringLiteral("▸") : QStringLiteral("▾"), esc(section.title),
                          basis(section.titleBasis));
            if (folded) {
                continue;
            }
        } else {
            h += QStringLiteral("<h3>%1%2</h3>").arg(esc(section.title), basis(section.titleBasis));
        }
        if (!section.intro.isEmpty()) {
            h += QStringLiteral("<p>%1</p>").arg(secondary(esc(section.intro)));
        }
        if (section.items.isEmpty()) {
            if (!section.empty.isEmpty()) {
                h += QStringLiteral("<p style='color:gray'>%1</p>").arg(esc(section.empty));
            }
            continue;
        }
        h += section.numbered ? QStringLiteral("<ol>") : QStringLiteral("<ul>");
        for (const OutlineItem &i : section.items) {
            h += item(i);
        }
        h += section.numbered ? QStringLiteral("</ol>") : QStringLiteral("</ul>");
        for (const OutlineItem &paragraph : section.after) {
            h +=
                QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(paragraph.lead), esc(paragraph.text));
        }
    }
    h += QStringLiteral("<p>%1</p>").arg(secondary(esc(o.footer)));
    return h;
}

} // namespace akkoord
