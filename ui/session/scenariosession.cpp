#include "session/scenariosession.h"

#include "advice/advicetext.h"
#include "editor/scenariodocument.h"
#include "session/draftkeeper.h"
#include "support/prompt.h"

#include <QDate>
#include <QUndoStack>
#include <QWidget>

namespace akkoord::ui {

ScenarioSession::ScenarioSession(std::shared_ptr<const KnowledgeBase> kb, Language language,
                                 ScenarioDocument *document, QUndoStack *undo, DraftKeeper *drafts,
                                 QWidget *dialogParent)
    : QObject(dialogParent), m_kb(std::move(kb)), m_language(language), m_document(document),
      m_undo(undo), m_drafts(drafts), m_parent(dialogParent)
{
}

bool ScenarioSession::open(qint64 id)
{
    if (!m_store || (m_document->scenarioId() == id && m_document->isOpen())) {
        return m_store != nullptr;
    }
    if (!maybeSave()) {
        return false;
    }
    const auto s = m_store->scenario(id);
    if (!s.ok()) {
        Prompt::showError(m_parent, tr("The scenario cannot be opened"), s.error());
        return false;
    }
    const auto owner = m_store->caseById(s.value().caseId);
    m_undo->clear();
    m_document->load(owner.ok() ? owner.value().name : QString(), s.value().caseId, id,
                     s.value().revision, s.value().content);
    // What the status bar said about the document before (a practice example) is past.
    Q_EMIT status(QString());
    Q_EMIT scenarioOpened(id, s.value().caseId);
    return true;
}

bool ScenarioSession::openExample(const QString &id)
{
    const ReferenceCase *c = m_kb->referenceCase(id);
    if (!c || !maybeSave()) {
        return false;
    }
    // Only what the source states is filled in and counts; the rest of our reconstruction is
    // listed apart in the notes, so that nobody takes it for the source's.
    const AdviceText words(*m_kb, m_language);
    ScenarioContent content;
    content.title = tr("Practice example");
    content.answers = c->stated;
    QStringList notes = words.exampleSummary(*c);
    QStringList assumed;
    for (const Question &q : m_kb->questions()) {
        if (c->answers.isKnown(q.id) && !c->stated.isKnown(q.id)) {
            assumed << QStringLiteral("%1: %2").arg(q.label.in(m_language),
                                                    words.answerText(c->answers, q.id, true));
        }
    }
    if (!assumed.isEmpty()) {
        notes << QString() << tr("Assumed by us, not in the source, and therefore not filled in:")
              << assumed;
    }
    content.notes = notes.join(QLatin1Char('\n'));
    content.knowledgeVersion = m_kb->version();
    m_undo->clear();
    m_document->load(c->name, 0, 0, 0, content, true);
    Q_EMIT exampleOpened(id);
    Q_EMIT status(
        tr("%1 is a practice example: duplicate it to work with its situation.").arg(c->name));
    return true;
}

bool ScenarioSession::maybeSave()
{
    if (!m_document->isModified() || m_document->isReadOnly()) {
        return true;
    }
    const int choice = Prompt::ask(
        m_parent, {PromptRequest::Question,
                   tr("Unsaved changes"),
                   tr("“%1” has changes that are not saved yet.").arg(m_document->content().title),
                   tr("Save them before you continue?"),
                   {tr("Save"), tr("Discard changes"), tr("Cancel")}});
    if (choice == 0) {
        if (save()) {
            return true;
        }
        if (!m_unreachable) {
            return false;
        }
        // The regional database is gone for now: the work can wait on this computer.
        const int keep = Prompt::ask(
            m_parent,
            {PromptRequest::Question,
             tr("Keep as a draft?"),
             tr("The database cannot be reached, so “%1” was not saved.")
                 .arg(m_document->content().title),
             tr("Your changes are kept on this computer as a draft and offered again when you "
                "connect to this database."),
             {tr("Keep as draft"), tr("Cancel")}});
        if (keep != 0) {
            return false;
        }
        m_drafts->write();
        return true;
    }
    if (choice == 1) {
        m_drafts->discard();
        return true;
    }
    return false;
}

bool ScenarioSession::save()
{
    if (!m_store || !m_document->isOpen()) {
        return false;
    }
    if (m_document->isReadOnly()) {
        duplicate();
        return false;
    }
    ScenarioContent content = m_document->content();
    content.knowledgeVersion = m_kb->version();
    const auto saved =
        m_store->saveScenario(m_document->scenarioId(), m_document->revision(), content);
    m_unreachable = !saved.ok() && saved.error().kind == ErrorKind::Unreachable;
    if (m_unreachable) {
        m_drafts->write(); // on this computer at once, not at the next tick
    }
    if (saved.ok()) {
        m_document->markSaved(saved.value().id, saved.value().revision, saved.value().content);
        m_undo->setClean();
        m_drafts->discard();
        Q_EMIT storeChanged();
        // The count rather than the number alone: the first save after "New scenario" is the
        // second version (the first is the empty start), which read as a mistake.
        Q_EMIT status(
            tr("Saved. Its history now holds %n version(s).", nullptr, saved.value().revision),
            4000);
        return true;
    }
    if (saved.error().kind != ErrorKind::Conflict) {
        Prompt::showError(m_parent, tr("The scenario was not saved"), saved.error());
        return false;
    }
    const auto stored = m_store->scenario(m_document->scenarioId());
    const auto owner = m_store->caseById(m_document->caseId());
    if (!stored.ok() || stored.value().deleted.isValid() || !owner.ok() ||
        owner.value().deleted.isValid()) {
        return saveRemovedScenario(content, stored.ok() && owner.ok(), saved.error());
    }
    // Someone else saved first: never overwrite their work silently.
    const int choice = Prompt::ask(
        m_parent, {PromptRequest::Warning,
                   tr("Changed elsewhere"),
                   saved.error().message,
                   tr("You can keep your version as a copy beside theirs, or load theirs "
                      "and drop your changes."),
                   {tr("Save mine as a copy"), tr("Load theirs"), tr("Cancel")}});
    if (choice == 0) {
        content.title = tr("%1 (my copy)").arg(content.title);
        const auto copy = m_store->createScenario(m_document->caseId(), content);
        if (!copy.ok()) {
            Prompt::showError(m_parent, tr("The copy was not saved"), copy.error());
            return false;
        }
        m_undo->clear();
        m_document->load(m_document->municipality(), m_document->caseId(), copy.value().id,
                         copy.value().revision, copy.value().content);
        m_drafts->discard();
        Q_EMIT storeChanged();
        Q_EMIT scenarioOpened(copy.value().id, copy.value().caseId);
        return true;
    }
    if (choice == 1) {
        const auto theirs = m_store->scenario(m_document->scenarioId());
        if (theirs.ok()) {
            m_undo->clear();
            m_document->load(m_document->municipality(), theirs.value().caseId, theirs.value().id,
                             theirs.value().revision, theirs.value().content);
            m_drafts->discard();
        }
    }
    return false;
}

bool ScenarioSession::saveRemovedScenario(ScenarioContent content, bool inTrash, const Error &why)
{
    // Another program put the scenario in the trash or emptied the trash: a save onto it would
    // be invisible, so the user chooses to bring it back first or to keep the work beside it.
    QStringList buttons{tr("Save as a new scenario"), tr("Cancel")};
    if (inTrash) {
        buttons.prepend(tr("Restore it and save"));
    }
    const int choice =
        Prompt::ask(m_parent, {PromptRequest::Warning, tr("Removed elsewhere"), why.message,
                               tr("Your changes are still here."), buttons});
    if (inTrash && choice == 0) {
        Error e = m_store->restoreCase(m_document->caseId());
        if (!e.isError()) {
            e = m_store->restoreScenario(m_document->scenarioId());
        }
        if (e.isError()) {
            Prompt::showError(m_parent, tr("The scenario was not restored"), e);
            return false;
        }
        Q_EMIT storeChanged();
        return save();
    }
    if (choice != (inTrash ? 1 : 0)) {
        return false;
    }
    auto owner = m_store->caseById(m_document->caseId());
    if (!owner.ok() || owner.value().deleted.isValid()) {
        owner = m_store->findCase(m_document->municipality());
        if (!owner.ok()) {
            owner = m_store->createCase(m_document->municipality());
        }
    }
    const auto created = owner.ok() ? m_store->createScenario(owner.value().id, content)
                                    : Result<ScenarioRecord>(owner.error());
    if (!created.ok()) {
        Prompt::showError(m_parent, tr("The scenario was not saved"), created.error());
        return false;
    }
    m_undo->clear();
    m_document->load(owner.value().name, owner.value().id, created.value().id,
                     created.value().revision, created.value().content);
    m_drafts->discard();
    Q_EMIT storeChanged();
    Q_EMIT status(tr("Saved as a new scenario."), 4000);
    return true;
}

bool ScenarioSession::createMunicipality(const QString &name, const QString &cbsCode,
                                         const QString &region)
{
    if (!m_store || !maybeSave()) {
        return false;
    }
    const auto c = m_store->createCase(name, cbsCode, region);
    if (!c.ok()) {
        Prompt::showError(m_parent, tr("The municipality was not added"), c.error());
        return false;
    }
    ScenarioContent content;
    content.title = tr("Starting situation %1").arg(QDate::currentDate().year());
    content.knowledgeVersion = m_kb->version();
    const auto s = m_store->createScenario(c.value().id, content);
    if (!s.ok()) {
        Prompt::showError(m_parent, tr("The scenario was not added"), s.error());
        return false;
    }
    Q_EMIT storeChanged();
    return open(s.value().id);
}

void ScenarioSession::newScenario(qint64 caseId)
{
    if (!m_store || caseId == 0 || !maybeSave()) {
        return;
    }
    const auto title = Prompt::text(m_parent, tr("New scenario"), tr("Title:"), tr("New scenario"));
    if (!title) {
        return;
    }
    ScenarioContent content;
    content.title = *title;
    content.knowledgeVersion = m_kb->version();
    const auto s = m_store->createScenario(caseId, content);
    if (!s.ok()) {
        Prompt::showError(m_parent, tr("The scenario was not added"), s.error());
        return;
    }
    Q_EMIT storeChanged();
    open(s.value().id);
}

void ScenarioSession::duplicate()
{
    if (!m_store || !m_document->isOpen()) {
        return;
    }
    ScenarioContent content = m_document->content();
    content.knowledgeVersion = m_kb->version();
    qint64 caseId = m_document->caseId();
    if (m_document->isReadOnly()) {
        // "Start from Soest's situation": the copy goes to a municipality of the user's.
        const auto cases = m_store->cases(QString(), false, ScenarioStore::Counting::None);
        if (!cases.ok()) {
            Prompt::showError(m_parent, tr("The municipalities could not be read"), cases.error());
            return;
        }
        QStringList names;
        for (const CaseRecord &c : cases.value()) {
            names << c.name;
        }
        const auto name = Prompt::text(
            m_parent, tr("Start from this example"),
            tr("Municipality for the copy of %1’s situation:").arg(m_document->municipality()),
            names.value(0), names);
        if (!name) {
            return;
        }
        auto owner = m_store->findCase(*name);
        if (!owner.ok()) {
            owner = m_store->createCase(*name);
        }
        if (!owner.ok()) {
            Prompt::showError(m_parent, tr("The municipality was not added"), owner.error());
            return;
        }
        caseId = owner.value().id;
        content.title = tr("From %1's situation").arg(m_document->municipality());
        content.notes.clear();
    } else {
        content.title = tr("%1 (copy)").arg(content.title);
    }
    const auto title =
        Prompt::text(m_parent, tr("Duplicate scenario"), tr("Title of the copy:"), content.title);
    if (!title) {
        return;
    }
    content.title = *title;
    const auto s = m_store->createScenario(caseId, content);
    if (!s.ok()) {
        Prompt::showError(m_parent, tr("The copy was not saved"), s.error());
        return;
    }
    Q_EMIT storeChanged();
    if (m_document->isReadOnly()) {
        m_undo->clear();
        m_document->clear();
    }
    if (open(s.value().id)) {
        // Whatever the status bar said about the example or the original is past.
        Q_EMIT status(tr("“%1” is a new scenario of %2.")
                          .arg(s.value().content.title, m_document->municipality()),
                      6000);
    }
}

} // namespace akkoord::ui
