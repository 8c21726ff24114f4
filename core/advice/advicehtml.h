#pragma once

#include "knowledge/advice.h"
#include "knowledge/knowledgebase.h"

#include <QCoreApplication>

namespace akkoord {

// The advice as HTML, shared by the advice panel (with links to questions and examples) and the
// reports (without). Every text is escaped: user text never becomes markup.
class AdviceHtml
{
    Q_DECLARE_TR_FUNCTIONS(akkoord::AdviceHtml)

public:
    AdviceHtml(const KnowledgeBase &kb, Language language, bool interactive)
        : m_kb(kb), m_language(language), m_interactive(interactive)
    {
    }
    QString render(const Advice &advice) const;

private:
    const KnowledgeBase &m_kb;
    Language m_language;
    bool m_interactive;
};

} // namespace akkoord
