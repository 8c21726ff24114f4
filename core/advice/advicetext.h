#pragma once

#include "advice/adviceoutline.h"
#include "knowledge/advice.h"
#include "store/scenario.h"

#include <QCoreApplication>
#include <QString>

namespace akkoord {

// Writes advice as plain text a policy advisor can read without help, for the terminal and for
// pasting into a memo. Program texts come from the installed translation, knowledge texts from
// the knowledge base in the same language.
class AdviceText
{
    Q_DECLARE_TR_FUNCTIONS(akkoord::AdviceText)

public:
    AdviceText(const KnowledgeBase &kb, Language language) : m_kb(kb), m_language(language) {}

    QString render(const Scenario &scenario, const Advice &advice) const;
    // The advice as an outline, for any renderer (the text here, HTML in the desktop program).
    AdviceOutline outline(const Advice &advice) const;
    // A practice example with what the source states and what we assumed, apart.
    QString renderExample(const ReferenceCase &c) const;

    // Short labels shared with other views.
    QString optionLabel(const QString &question, const QString &option) const;
    // An answer as a person reads it: the options in words, "Don't know", "None of these" (nothing
    // chosen in a multiple-choice question), or "(does not apply)".
    QString answerText(const Answers &answers, const QString &question, bool applies) const;
    QString changeLabel(const AnswerChange &change) const;
    // What one saved version changed against the one before it, a line per change: the title,
    // each answer that differs ("What is the general economic situation? Growth → Dip") in the
    // questionnaire's order, the notes.
    // Empty when nothing differs.
    QStringList revisionChanges(const Scenario &before, const Scenario &after) const;
    // A step of a route as an action: "Choose …" for choices, "Build up … to …" for situations.
    QString routeStepLabel(const AnswerChange &change) const;
    QString notARouteReason(const NotARoute &n) const;
    // "source: “section”, paragraph N", "our own elaboration" or "assumed".
    QString basisLabel(const Basis &basis) const;
    // "Don't know", as every view and renderer writes an unknown answer.
    QString unknownAnswer() const;
    // What a practice example started with and heads for, each with its basis; empty when the
    // source names nothing.
    QString exampleStartedWith(const ReferenceCase &c) const;
    QString exampleHeadsFor(const ReferenceCase &c) const;
    // What the source tells of a practice example, a line each with its basis: what it did,
    // then what it started with and heads for where the source names them. The text report,
    // an opened example's notes and the advice pane's introduction to it.
    QStringList exampleSummary(const ReferenceCase &c) const;
    QString strengthLabel(Strength strength) const;
    // "Strength of the advice", the heading every renderer and view gives the strength.
    QString strengthHeading() const;
    // The headline: the recommended starting point, the tie, or that there is none yet.
    QString verdictHeadline(const Advice &advice) const;
    // One or two sentences on what the verdict and its strength mean here.
    QString verdictExplanation(const Advice &advice) const;
    // What a plus-minus change leads to: a starting point, a tie, or no starting point.
    QString outcomeLabel(const SensitivityEntry &entry) const;
    // The outcome in a few words, for tables: the starting point, the tie, or none yet.
    QString outcomeLabel(const Advice &advice) const;
    QString questionLabel(const QString &id) const;
    QString startingPointLabel(const QString &id) const;
    QString startingPointList(const QStringList &ids) const;
    QString sectionTitle(const QString &id) const;
    QString quadrantLabel(const MatrixPosition &position) const;
    QString number(double value, int decimals = 1) const;

private:
    // The parts of outline(), in reading order; each adds to o.
    void outlineVerdict(const Advice &advice, AdviceOutline &o) const;
    void outlineTie(const Advice &advice, AdviceOutline &o) const;
    void outlineInconsistencies(const Advice &advice, AdviceOutline &o) const;
    void outlineFirstSteps(const Advice &advice, AdviceOutline &o) const;
    void outlineWhy(const Advice &advice, AdviceOutline &o) const;
    void outlineChange(const Advice &advice, AdviceOutline &o) const;
    void outlineRanking(const Advice &advice, AdviceOutline &o) const;
    void outlinePositions(const Advice &advice, AdviceOutline &o) const;
    void outlineMeasures(const Advice &advice, AdviceOutline &o) const;
    void outlineSimilar(const Advice &advice, AdviceOutline &o) const;
    void outlineMissing(const Advice &advice, AdviceOutline &o) const;
    QString text(const LocalizedText &t) const { return t.in(m_language); }
    QString itemText(const OutlineItem &item) const;
    static QString wrap(const QString &text, int indent, int width = 96);

    const KnowledgeBase &m_kb;
    Language m_language;
};

} // namespace akkoord
