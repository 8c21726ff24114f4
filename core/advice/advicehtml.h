#pragma once

#include "knowledge/advice.h"
#include "knowledge/knowledgebase.h"

#include <QCoreApplication>
#include <QSet>

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
    // On screen: each section heading is a link "fold:KEY" that folds or unfolds it; the sections
    // whose keys are in folded show their heading only.
    void setFolding(const QSet<QString> &folded)
    {
        m_foldable = true;
        m_folded = folded;
    }
    // Sources and details in full size in this colour instead of small print (on screen, where
    // the small print was too small to read); a CSS colour such as "#6b6b6b".
    void setSecondaryColor(const QString &color) { m_secondary = color; }

private:
    // Secondary text: small print in reports, muted full-size text on screen when asked.
    QString secondary(const QString &html) const;

    const KnowledgeBase &m_kb;
    Language m_language;
    bool m_interactive;
    bool m_foldable = false;
    QSet<QString> m_folded;
    QString m_secondary;
};

} // namespace akkoord
