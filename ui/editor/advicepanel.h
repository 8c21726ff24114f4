#pragma once

#include "knowledge/advice.h"
#include "knowledge/knowledgebase.h"

#include <QWidget>

#include <QSet>

#include <optional>

class QAction;
class QColor;
class QPalette;
class QComboBox;
class QTextBrowser;

namespace akkoord::ui {

class LiveAdvice;

// The advice for the open scenario: the starting point with its score and confidence, the
// ranking, tactics, principles and risks with what to do, why, what would change it (plus-minus
// and the route to another starting point), similar practice examples and the gaps. The verdict,
// the reasons and what would change them come first; every section folds at its heading.
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
    // No starting point chosen to get to (another scenario was opened: a new question).
    void clearTarget();
    QTextBrowser *browser() const { return m_browser; }
    void scrollToTop();
    QString html() const;
    // The sections folded by the reader, by key; folding one emits foldedChanged.
    QStringList foldedSections() const;
    void setFoldedSections(const QStringList &keys);
    // Checked: the advice takes the whole height (the matrix above it is hidden).
    QAction *fullHeightAction() const { return m_fullHeight; }
    // The colour of sources and details: between text and background, readable in every palette.
    static QColor secondaryColor(const QPalette &palette);

Q_SIGNALS:
    void foldedChanged(const QStringList &keys);
    void targetChanged(const QString &startingPoint);
    void referenceCaseActivated(const QString &id);
    void questionActivated(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString render(const Advice &advice) const;
    void rerender();

    const KnowledgeBase &m_kb;
    Language m_language;
    QComboBox *m_target;
    QTextBrowser *m_browser;
    QAction *m_fullHeight;
    std::optional<Advice> m_advice; // what is shown, for folding and palette changes
    QSet<QString> m_folded;
    bool m_revealRoute = false; // a target was just chosen: show its route when it arrives
    const ReferenceCase *m_example = nullptr; // the practice example shown, if one is
};

} // namespace akkoord::ui
