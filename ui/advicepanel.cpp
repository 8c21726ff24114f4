#include "advicepanel.h"

#include "advicetext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cmath>

namespace akkoord::ui {

AdvicePanel::AdvicePanel(const KnowledgeBase &kb, Language language, QWidget *parent)
    : QWidget(parent), m_kb(kb), m_language(language)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("What would it take to start with:"));
    m_target = new QComboBox;
    m_target->addItem(tr("(choose a starting point)"), QString());
    for (const StartingPoint &sp : kb.startingPoints()) {
        m_target->addItem(sp.label.in(language), sp.id);
    }
    m_target->setAccessibleName(tr("Target starting point"));
    label->setBuddy(m_target);
    connect(m_target, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT targetChanged(m_target->currentData().toString()); });
    row->addWidget(label);
    row->addWidget(m_target, 1);
    layout->addLayout(row);
    m_browser = new QTextBrowser;
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("Advice"));
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("case")) {
            Q_EMIT referenceCaseActivated(url.path());
        } else if (url.scheme() == QLatin1String("question")) {
            Q_EMIT questionActivated(url.path());
        }
    });
    layout->addWidget(m_browser);
    clear();
}

QString AdvicePanel::target() const
{
    return m_target->currentData().toString();
}

QString AdvicePanel::html() const
{
    return m_browser->toHtml();
}

void AdvicePanel::clear()
{
    m_browser->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                           .arg(tr("Open or start a scenario to see the advice.").toHtmlEscaped()));
}

void AdvicePanel::setAdvice(const Advice &advice)
{
    // Keep the reader's place while the advice updates under their hands.
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(render(advice));
    m_browser->verticalScrollBar()->setValue(scroll);
}

QString AdvicePanel::render(const Advice &a) const
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
        h += QStringLiteral(" · <a href='#gaps'>%1</a>")
                 .arg(tr("%1 question(s) still open").arg(a.gaps.size()).toHtmlEscaped());
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
                because << QStringLiteral("<a href='question:%1'>%2</a>: %3")
                               .arg(u.question, text(m_kb.question(u.question)->label),
                                    options.join(QStringLiteral(", ")).toHtmlEscaped());
            }
            QStringList effects;
            for (const auto &[id, w] : r.scores) {
                effects << QStringLiteral("%1 %2%3").arg(startLabel(id), w >= 0 ? QStringLiteral("+") : QString(), words.number(w));
            }
            h += QStringLiteral("<li>%1<br><small>%2 %3<br>%4 · %5 “%6”</small></li>")
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
        h += QStringLiteral("<p><a href='case:%1'><b>%2</b></a> <small>(%3)</small><br>%4<br><i>%5</i></p>")
                 .arg(c->id, c->name.toHtmlEscaped(),
                      tr("distance %1").arg(words.number(a.similarCases[i].distance, 2)).toHtmlEscaped(),
                      text(c->did), tr("Heads for: %1").arg(c->headsFor.in(m_language)).toHtmlEscaped());
    }

    h += QStringLiteral("<h3><a name='gaps'></a>%1</h3>").arg(tr("Missing information").toHtmlEscaped());
    if (a.gaps.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(tr("All questions that apply are answered.").toHtmlEscaped());
    } else {
        h += QStringLiteral("<ul>");
        for (const QString &id : a.gaps) {
            h += QStringLiteral("<li><a href='question:%1'>%2</a></li>").arg(id, text(m_kb.question(id)->label));
        }
        h += QStringLiteral("</ul>");
    }
    h += QStringLiteral("<p><small>%1</small></p>")
             .arg(tr("Knowledge base %1, based on “%2”.").arg(a.knowledgeBaseVersion, m_kb.sourceTitle().in(m_language)).toHtmlEscaped());
    return h;
}

} // namespace akkoord::ui
