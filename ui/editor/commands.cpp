#include "editor/commands.h"

#include <QCoreApplication>

namespace akkoord::ui::Command {

void Edits::setAnswer(const QString &question, const Answer &answer)
{
    const Question *q = m_kb.question(question);
    if (q && m_document->content().answers.answer(question) != answer) {
        m_stack->push(new SetAnswer(m_document, *q, m_language, answer));
    }
}

void Edits::setNotes(const QString &notes)
{
    m_stack->push(new SetNotes(m_document, notes));
}

void Edits::rename(const QString &title)
{
    m_stack->push(new Rename(m_document, title));
}

SetAnswer::SetAnswer(ScenarioDocument *document, const Question &question, Language language,
                     const Answer &answer)
    : m_document(document), m_question(question.id), m_multiple(question.multiple),
      m_before(document->content().answers.answer(question.id)), m_after(answer)
{
    setText(QCoreApplication::translate("akkoord::ui::Command", "answer “%1”")
                .arg(question.label.in(language)));
}

void SetAnswer::redo()
{
    m_document->setAnswer(m_question, m_after, m_multiple);
}

void SetAnswer::undo()
{
    m_document->setAnswer(m_question, m_before, m_multiple);
}

SetNotes::SetNotes(ScenarioDocument *document, const QString &notes)
    : m_document(document), m_before(document->content().notes), m_after(notes)
{
    setText(QCoreApplication::translate("akkoord::ui::Command", "notes"));
}

void SetNotes::redo()
{
    if (m_document->content().notes != m_after) {
        m_document->setNotes(m_after);
    }
}

void SetNotes::undo()
{
    m_document->setNotes(m_before);
}

bool SetNotes::mergeWith(const QUndoCommand *other)
{
    m_after = static_cast<const SetNotes *>(other)->m_after;
    return true;
}

Rename::Rename(ScenarioDocument *document, const QString &title)
    : m_document(document), m_before(document->content().title), m_after(title)
{
    setText(QCoreApplication::translate("akkoord::ui::Command", "rename to “%1”").arg(title));
}

void Rename::redo()
{
    m_document->setTitle(m_after);
}

void Rename::undo()
{
    m_document->setTitle(m_before);
}

TrashScenario::TrashScenario(ScenarioStore *store, qint64 id, const QString &title, Report report,
                             std::function<void(qint64)> restored)
    : m_store(store), m_id(id), m_report(std::move(report)), m_restored(std::move(restored))
{
    setText(QCoreApplication::translate("akkoord::ui::Command", "delete “%1”").arg(title));
}

void TrashScenario::redo()
{
    m_report(m_store->trashScenario(m_id));
}

void TrashScenario::undo()
{
    const Error e = m_store->restoreScenario(m_id);
    m_report(e);
    if (!e.isError() && m_restored) {
        m_restored(m_id);
    }
}

EditCase::EditCase(ScenarioStore *store, const CaseRecord &record, const QString &name,
                   const QString &cbsCode, const QString &region, Report report)
    : m_store(store), m_record(record), m_name(name), m_cbsCode(cbsCode), m_region(region),
      m_report(std::move(report))
{
    setText(name != record.name
                ? QCoreApplication::translate("akkoord::ui::Command", "rename “%1” to “%2”")
                      .arg(record.name, name)
                : QCoreApplication::translate("akkoord::ui::Command", "change the details of “%1”")
                      .arg(record.name));
}

void EditCase::redo()
{
    const auto r = m_store->updateCase(m_record.id, m_name, m_cbsCode, m_region);
    m_report(r.ok() ? Error() : r.error());
}

void EditCase::undo()
{
    const auto r =
        m_store->updateCase(m_record.id, m_record.name, m_record.cbsCode, m_record.region);
    m_report(r.ok() ? Error() : r.error());
}

SetBaseline::SetBaseline(ScenarioStore *store, qint64 id, qint64 previous, const QString &title,
                         Report report)
    : m_store(store), m_id(id), m_previous(previous), m_report(std::move(report))
{
    setText(
        QCoreApplication::translate("akkoord::ui::Command", "make “%1” the baseline").arg(title));
}

void SetBaseline::redo()
{
    const auto r = m_store->setBaseline(m_id, true);
    m_report(r.ok() ? Error() : r.error());
}

void SetBaseline::undo()
{
    const auto r =
        m_previous ? m_store->setBaseline(m_previous, true) : m_store->setBaseline(m_id, false);
    m_report(r.ok() ? Error() : r.error());
}

} // namespace akkoord::ui::Command
