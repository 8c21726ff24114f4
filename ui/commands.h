#pragma once

#include "scenariodocument.h"
#include "store/scenariostore.h"

#include <QUndoCommand>

#include <functional>

namespace akkoord::ui {

// The edits a user can undo. Widgets never change the document or the store directly: they
// push one of these on the window's undo stack (as Subsurface's Command namespace does).
namespace Command {

// One answer, from what it was to what it becomes ("known" false is "weet ik niet").
class SetAnswer : public QUndoCommand
{
public:
    SetAnswer(ScenarioDocument *document, const QString &question, const QString &label,
              const QStringList &values, bool known, bool multiple);
    void redo() override;
    void undo() override;

private:
    ScenarioDocument *m_document;
    QString m_question;
    QStringList m_before;
    bool m_knownBefore;
    bool m_multiple;
    QStringList m_after;
    bool m_knownAfter;
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
    TrashScenario(ScenarioStore *store, qint64 id, const QString &title, Report report);
    void redo() override;
    void undo() override;

private:
    ScenarioStore *m_store;
    qint64 m_id;
    Report m_report;
};

class RenameCase : public QUndoCommand
{
public:
    RenameCase(ScenarioStore *store, const CaseRecord &record, const QString &name, Report report);
    void redo() override;
    void undo() override;

private:
    ScenarioStore *m_store;
    CaseRecord m_record;
    QString m_name;
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
