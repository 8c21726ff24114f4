#pragma once

#include "editor/scenariodocument.h"
#include "knowledge/knowledgebase.h"
#include "store/scenariostore.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <functional>

namespace akkoord::ui {

// The edits a user can undo. Widgets never change the document or the store directly: they
// call the Edits facade (as Subsurface's Command::editXxx functions), which pushes one of these
// on the window's undo stack.
namespace Command {

// What the editing views call: each call is one undoable step on the open scenario.
class Edits
{
public:
    Edits(ScenarioDocument *document, QUndoStack *stack, const KnowledgeBase &kb, Language language)
        : m_document(document), m_stack(stack), m_kb(kb), m_language(language)
    {
    }
    // An unknown question id is ignored: the views offer only the knowledge base's questions.
    void setAnswer(const QString &question, const Answer &answer);
    void setNotes(const QString &notes);
    void rename(const QString &title);

private:
    ScenarioDocument *m_document;
    QUndoStack *m_stack;
    const KnowledgeBase &m_kb;
    Language m_language;
};

// One answer, from what it was to what it becomes ("known" false is "weet ik niet").
class SetAnswer : public QUndoCommand
{
public:
    SetAnswer(ScenarioDocument *document, const Question &question, Language language,
              const Answer &answer);
    void redo() override;
    void undo() override;

private:
    ScenarioDocument *m_document;
    QString m_question;
    bool m_multiple;
    Answer m_before;
    Answer m_after;
};

// Typing in the notes; consecutive keystrokes merge into one step.
class SetNotes : public QUndoCommand
{
public:
    SetNotes(ScenarioDocument *document, const QString &notes);
    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ScenarioDocument *m_document;
    QString m_before;
    QString m_after;
};

class Rename : public QUndoCommand
{
public:
    Rename(ScenarioDocument *document, const QString &title);
    void redo() override;
    void undo() override;

private:
    ScenarioDocument *m_document;
    QString m_before;
    QString m_after;
};

// Store operations: their results are reported through the callback, which shows errors and
// refreshes the views.
using Report = std::function<void(const Error &)>;

class TrashScenario : public QUndoCommand
{
public:
    // restored is called after an undo brought the scenario back, so that it can be opened again.
    TrashScenario(ScenarioStore *store, qint64 id, const QString &title, Report report,
                  std::function<void(qint64 id)> restored = {});
    void redo() override;
    void undo() override;

private:
    ScenarioStore *m_store;
    qint64 m_id;
    Report m_report;
    std::function<void(qint64)> m_restored;
};

// A municipality's name, CBS code and region, changed together.
class EditCase : public QUndoCommand
{
public:
    EditCase(ScenarioStore *store, const CaseRecord &record, const QString &name,
             const QString &cbsCode, const QString &region, Report report);
    void redo() override;
    void undo() override;

private:
    ScenarioStore *m_store;
    CaseRecord m_record;
    QString m_name;
    QString m_cbsCode;
    QString m_region;
    Report m_report;
};

class SetBaseline : public QUndoCommand
{
public:
    SetBaseline(ScenarioStore *store, qint64 id, qint64 previous, const QString &title,
                Report report);
    void redo() override;
    void undo() override;

private:
    ScenarioStore *m_store;
    qint64 m_id;
    qint64 m_previous; // 0 when the case had no baseline
    Report m_report;
};

} // namespace Command

} // namespace akkoord::ui
