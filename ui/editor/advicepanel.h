#pragma once

#include "knowledge/advice.h"
#include "knowledge/knowledgebase.h"

#include <QWidget>

class QComboBox;
class QTextBrowser;

namespace akkoord::ui {

class LiveAdvice;

// The advice for the open scenario: the starting point with its score and confidence, the
// ranking, tactics, principles and risks with what to do, why, what would change it (plus-minus
// and the route to another starting point), similar practice examples and the gaps.
class AdvicePanel : public QWidget
{
    Q_OBJECT

public:
    AdvicePanel(const KnowledgeBase &kb, Language language, QWidget *parent = nullptr);

    // Shows the live advice, and sends the chosen target starting point to it.
    void attach(LiveAdvice *advice);
    void setAdvice(const Advice &advice);
    void clear();
    QString target() const;
    QTextBrowser *browser() const { return m_browser; }
    void scrollToTop();
    QString html() const;

Q_SIGNALS:
    void targetChanged(const QString &startingPoint);
    void referenceCaseActivated(const QString &id);
    void questionActivated(const QString &id);

private:
    QString render(const Advice &advice) const;

    const KnowledgeBase &m_kb;
    Language m_language;
    QComboBox *m_target;
    QTextBrowser *m_browser;
};

} // namespace akkoord::ui
