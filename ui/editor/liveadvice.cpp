#include "editor/liveadvice.h"

#include "advice/advicetext.h"
#include "editor/scenariodocument.h"

namespace akkoord::ui {

LiveAdvice::LiveAdvice(const Advisor &advisor, Language language, ScenarioDocument *document,
                       QObject *parent)
    : QObject(parent), m_advisor(advisor), m_language(language), m_document(document)
{
    connect(document, &ScenarioDocument::changed, this, &LiveAdvice::update);
}

void LiveAdvice::setTarget(const QString &startingPoint)
{
    if (startingPoint != m_target) {
        m_target = startingPoint;
        update();
    }
}

void LiveAdvice::update()
{
    m_advice =
        m_document->isOpen() ? m_advisor.advise(m_document->content().answers, m_target) : Advice();
    Q_EMIT changed();
}

const ReferenceCase *LiveAdvice::shownExample() const
{
    // A practice example is the one read-only document, opened under the example's name.
    if (!m_document->isOpen() || !m_document->isReadOnly()) {
        return nullptr;
    }
    for (const ReferenceCase &c : m_advisor.knowledge().referenceCases()) {
        if (c.name == m_document->municipality()) {
            return &c;
        }
    }
    return nullptr;
}

QHash<QString, QString> LiveAdvice::remarks() const
{
    QHash<QString, QString> out;
    const auto add = [&out](const QString &question, const QString &remark) {
        QString &text = out[question];
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + remark;
    };
    for (const FoundInconsistency &i : m_advice.inconsistencies) {
        for (const QString &q : i.questions) {
            add(q, QStringLiteral("⚠ ") + i.message.in(m_language));
        }
    }
    if (const ReferenceCase *shown = shownExample()) {
        const AdviceText words(m_advisor.knowledge(), m_language);
        for (const QString &q : shown->stated.questions()) {
            add(q, words.basisLabel(shown->answerBasis.value(q)));
        }
    }
    return out;
}

} // namespace akkoord::ui
