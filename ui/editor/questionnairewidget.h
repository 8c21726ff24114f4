#pragma once

#include "knowledge/answers.h"
#include "knowledge/knowledgebase.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;

namespace akkoord::ui {

class LiveAdvice;
class ScenarioDocument;
namespace Command {
class Edits;
}

// The questionnaire: the questions in the knowledge base's groups, each with its help at hand,
// options in words (never ids), "weet ik niet" always possible, questions that do not apply
// hidden, a counter of answers and the notes. It shows answers and asks for changes; it never
// changes the document itself.
class QuestionnaireWidget : public QWidget
{
    Q_OBJECT

public:
    QuestionnaireWidget(const KnowledgeBase &kb, Language language, QWidget *parent = nullptr);

    // Shows the open scenario as the live advice sees it, and sends every change the user makes
    // through edits; it never changes the document itself.
    void attach(const ScenarioDocument *document, const LiveAdvice *advice, Command::Edits *edits);

    // Shows these answers without asking for changes; notApplicable questions are hidden.
    void setAnswers(const Answers &answers, const QString &notes, const QStringList &notApplicable);
    void setReadOnly(bool readOnly);
    // What an open practice example fills in, and why so little; hidden for a scenario.
    void showExampleNote(const ReferenceCase *example);
    // A short remark under a question (contradicting answers, where an example's answer comes
    // from); questions not named have none.
    void setRemarks(const QHash<QString, QString> &remarks);
    QString remarkFor(const QString &question) const;
    void setHelpVisible(bool visible);
    bool isHelpVisible() const { return m_helpVisible; }
    void focusQuestion(const QString &question);
    void scrollToTop();

    QComboBox *comboFor(const QString &question) const { return m_combos.value(question); }
    QList<QCheckBox *> checkBoxesFor(const QString &question) const
    {
        return m_checks.value(question);
    }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QString counterText() const;

Q_SIGNALS:
    void answerRequested(const QString &question, const Answer &answer);
    void notesRequested(const QString &notes);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildQuestion(const Question &q);
    QWidget *buildChecks(const Question &q, const QString &unknown);
    QLayout *buildCombo(const Question &q, const QString &unknown, QLabel *label);
    void updateCounter();
    void fitCounter();
    void updateOptionBoxes();

    const KnowledgeBase &m_kb;
    Language m_language;
    bool m_updating = false;
    bool m_helpVisible = false;
    QScrollArea *m_scroll;
    QLabel *m_counter;
    QLabel *m_exampleNote;
    QPlainTextEdit *m_notes;
    QHash<QString, QWidget *> m_rows;
    QHash<QString, QLabel *> m_helps;
    QHash<QString, QLabel *> m_remarks;
    QHash<QString, QComboBox *> m_combos;
    QHash<QString, QList<QCheckBox *>> m_checks;
    QHash<QString, QCheckBox *> m_unknownChecks;
    QHash<QString, QCheckBox *> m_noneChecks; // "None of these yet": known, nothing ticked
    Answers m_answers;
    QStringList m_notApplicable;
};

} // namespace akkoord::ui
