#include "editor/advicepanel.h"

#include "advice/advicehtml.h"
#include "advice/advicetext.h"
#include "editor/liveadvice.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QScrollBar>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace akkoord::ui {

AdvicePanel::AdvicePanel(const KnowledgeBase &kb, Language language, QWidget *parent)
    : QWidget(parent), m_kb(kb), m_language(language)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // One short line: at 1024 px the pane is about 450 px wide, and the starting points' long
    // names need most of it (beside a longer question they were cut). The question in full is
    // the tooltip; the route section's title names the start again.
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Route to:"));
    m_target = new QComboBox;
    m_target->addItem(tr("(choose a starting point)"), QString());
    for (const StartingPoint &sp : kb.startingPoints()) {
        m_target->addItem(sp.label.in(language), sp.id);
    }
    m_target->setAccessibleName(tr("Target starting point"));
    const QString question = tr("What would it take to start with another starting point? "
                                "Choose one, and the advice shows the route there.");
    m_target->setToolTip(question);
    label->setToolTip(question);
    // The names are long: at a large font the combo box gives way (the open list shows them
    // whole) instead of making the window wider than a laptop's screen.
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_target->setMinimumContentsLength(12);
    label->setBuddy(m_target);
    connect(m_target, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT targetChanged(m_target->currentData().toString()); });
    // Chosen by the user: the route to it is what they want to read, so it is unfolded and
    // scrolled to when the advice with it arrives.
    connect(m_target, &QComboBox::activated, this, [this] {
        m_revealRoute = !target().isEmpty();
        if (m_revealRoute && m_folded.remove(QStringLiteral("route"))) {
            Q_EMIT foldedChanged(foldedSections());
        }
        if (m_revealRoute && m_advice && m_advice->target && m_advice->target->target == target()) {
            rerender(); // the advice is already there (the same target chosen again)
        }
    });
    row->addWidget(label);
    row->addWidget(m_target, 1);
    m_fullHeight = new QAction(tr("&Full height"), this);
    m_fullHeight->setCheckable(true);
    m_fullHeight->setToolTip(tr("Give the advice the whole height of the window, to read it; "
                                "the matrix comes back when this is switched off"));
    auto *full = new QToolButton;
    full->setDefaultAction(m_fullHeight);
    row->addWidget(full);
    layout->addLayout(row);
    m_browser = new QTextBrowser;
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("Advice"));
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("case")) {
            Q_EMIT referenceCaseActivated(url.path());
        } else if (url.scheme() == QLatin1String("question")) {
            Q_EMIT questionActivated(url.path());
        } else if (url.scheme() == QLatin1String("fold")) {
            const QString key = url.path();
            if (!m_folded.remove(key)) {
                m_folded.insert(key);
            }
            rerender();
            Q_EMIT foldedChanged(foldedSections());
        }
    });
    layout->addWidget(m_browser);
    clear();
}

void AdvicePanel::attach(LiveAdvice *advice)
{
    connect(this, &AdvicePanel::targetChanged, advice, &LiveAdvice::setTarget);
    connect(advice, &LiveAdvice::changed, this, [this, advice] {
        m_example = advice->shownExample();
        setAdvice(advice->advice());
    });
    advice->setTarget(target());
    m_example = advice->shownExample();
    setAdvice(advice->advice());
}

QString AdvicePanel::target() const
{
    return m_target->currentData().toString();
}

void AdvicePanel::clearTarget()
{
    m_revealRoute = false;
    m_target->setCurrentIndex(0);
}

QString AdvicePanel::html() const
{
    return m_browser->toHtml();
}

QColor AdvicePanel::secondaryColor(const QPalette &palette)
{
    // Three quarters of the way from the background to the text: about 9:1 against white in
    // the light palette, 8:1 in the dark one.
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const float share = 0.72f;
    return QColor::fromRgbF(text.redF() * share + base.redF() * (1 - share),
                            text.greenF() * share + base.greenF() * (1 - share),
                            text.blueF() * share + base.blueF() * (1 - share));
}

QStringList AdvicePanel::foldedSections() const
{
    QStringList keys(m_folded.cbegin(), m_folded.cend());
    keys.sort();
    return keys;
}

void AdvicePanel::setFoldedSections(const QStringList &keys)
{
    m_folded = QSet<QString>(keys.cbegin(), keys.cend());
    rerender();
}

void AdvicePanel::changeEvent(QEvent *event)
{
    // The secondary text's colour follows the palette (light, dark, high contrast).
    if (event->type() == QEvent::PaletteChange ||
        event->type() == QEvent::ApplicationPaletteChange) {
        rerender();
    }
    QWidget::changeEvent(event);
}

void AdvicePanel::rerender()
{
    if (m_advice) {
        setAdvice(*m_advice);
    }
}

void AdvicePanel::clear()
{
    m_advice.reset();
    m_browser->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                           .arg(tr("Open or start a scenario to see the advice.").toHtmlEscaped()));
}

void AdvicePanel::setAdvice(const Advice &advice)
{
    // Keep the reader's place while the advice updates under their hands.
    const int scroll = m_browser->verticalScrollBar()->value();
    m_advice = advice;
    m_browser->setHtml(render(advice));
    if (m_revealRoute && advice.target && advice.target->target == target()) {
        m_revealRoute = false;
        m_browser->scrollToAnchor(QStringLiteral("route"));
    } else {
        m_browser->verticalScrollBar()->setValue(scroll);
    }
}

void AdvicePanel::scrollToTop()
{
    m_browser->verticalScrollBar()->setValue(0);
}

QString AdvicePanel::render(const Advice &a) const
{
    AdviceHtml html(m_kb, m_language, true);
    html.setFolding(m_folded);
    // Sources and details at the normal size, set apart by colour.
    // The panel's own palette: when the application's changes, the panel hears of it before its
    // browser does.
    html.setSecondaryColor(secondaryColor(palette()).name());
    if (!m_example) {
        return html.render(a);
    }
    // An open practice example: what the source tells of it first, and that the advice below
    // reads only its few stated answers (it would otherwise ask to answer questions that cannot
    // be answered here).
    const AdviceText words(m_kb, m_language);
    const ReferenceCase &c = *m_example;
    QString intro =
        QStringLiteral("<h2>%1</h2>").arg(tr("Practice example %1").arg(c.name).toHtmlEscaped());
    for (const QString &line : words.exampleSummary(c)) {
        intro += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
    }
    intro += QStringLiteral("<p><i>%1</i></p><hr/>")
                 .arg(tr("The advice below reads only what the source states about %1 (%n "
                         "answer(s)), so it says little; its questions cannot be answered here. "
                         "Duplicate the example to work with its situation.",
                         nullptr, int(c.stated.questions().size()))
                          .arg(c.name)
                          .toHtmlEscaped());
    return intro + html.render(a);
}

} // namespace akkoord::ui
