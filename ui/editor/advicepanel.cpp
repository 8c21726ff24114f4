#include "editor/advicepanel.h"

#include "advice/advicehtml.h"
#include "editor/liveadvice.h"

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

void AdvicePanel::attach(LiveAdvice *advice)
{
    connect(this, &AdvicePanel::targetChanged, advice, &LiveAdvice::setTarget);
    connect(advice, &LiveAdvice::changed, this, [this, advice] { setAdvice(advice->advice()); });
    advice->setTarget(target());
    setAdvice(advice->advice());
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

void AdvicePanel::scrollToTop()
{
    m_browser->verticalScrollBar()->setValue(0);
}

QString AdvicePanel::render(const Advice &a) const
{
    return AdviceHtml(m_kb, m_language, true).render(a);
}

} // namespace akkoord::ui
