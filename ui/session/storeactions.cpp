#include "session/storeactions.h"

#include "dialogs/comparedialog.h"
#include "dialogs/comparisonchooser.h"
#include "dialogs/historydialog.h"
#include "dialogs/newmunicipalitydialog.h"
#include "dialogs/trashdialog.h"
#include "editor/commands.h"
#include "editor/scenariodocument.h"
#include "session/scenariosession.h"
#include "support/prompt.h"

#include <QTimer>
#include <QUndoStack>
#include <QWidget>

namespace akkoord::ui {

StoreActions::StoreActions(ScenarioSession *session, ScenarioDocument *document, QUndoStack *undo,
                           Command::Edits *edits, const Advisor &advisor, Language language,
                           QWidget *dialogParent)
    : QObject(dialogParent), m_session(session), m_document(document), m_undo(undo), m_edits(edits),
      m_advisor(advisor), m_language(language), m_parent(dialogParent)
{
}

void StoreActions::report(const Error &error)
{
    if (error.isError()) {
        Prompt::showError(m_parent, tr("The change could not be made"), error);
    }
    Q_EMIT storeChanged();
}

void StoreActions::renameScenario()
{
    if (!m_document->isOpen() || m_document->isReadOnly()) {
        return;
    }
    const auto title =
        Prompt::text(m_parent, tr("Rename scenario"), tr("Title:"), m_document->content().title);
    if (title && *title != m_document->content().title) {
        m_edits->rename(*title);
    }
}

void StoreActions::editMunicipality()
{
    if (!m_document->isOpen() || m_document->isReadOnly()) {
        return;
    }
    const auto record = m_store->caseById(m_document->caseId());
    if (!record.ok()) {
        Prompt::showError(m_parent, tr("The municipality cannot be changed"), record.error());
        return;
    }
    const CaseRecord &before = record.value();
    NewMunicipalityDialog dialog(m_parent);
    dialog.setObjectName(QStringLiteral("municipalityDetails"));
    dialog.edit(before.name, before.cbsCode, before.region);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QString name = dialog.name().trimmed();
    const QString code = dialog.cbsCode().trimmed();
    const QString region = dialog.region().trimmed();
    if (name.isEmpty() ||
        (name == before.name && code == before.cbsCode && region == before.region)) {
        return;
    }
    m_undo->push(new Command::EditCase(m_store, before, name, code, region, [this](const Error &e) {
        report(e);
        const auto now = m_store->caseById(m_document->caseId());
        if (now.ok()) {
            m_document->setMunicipality(now.value().name);
        }
    }));
}

void StoreActions::deleteScenario()
{
    if (!m_document->isOpen() || m_document->isReadOnly()) {
        return;
    }
    const qint64 id = m_document->scenarioId();
    const QString title = m_document->savedContent().title;
    const int choice =
        Prompt::ask(m_parent, {PromptRequest::Question,
                               tr("Delete scenario"),
                               tr("Move “%1” to the trash?").arg(title),
                               tr("You can bring it back with Undo or from the trash."),
                               {tr("Move to trash"), tr("Cancel")}});
    if (choice != 0) {
        return;
    }
    m_undo->clear();
    m_document->clear();
    // Undo brings it back and opens it again, where the user was; after the undo has returned,
    // since opening starts a new undo history.
    m_undo->push(new Command::TrashScenario(
        m_store, id, title, [this](const Error &e) { report(e); },
        [this](qint64 restored) {
            QTimer::singleShot(0, this, [this, restored] {
                if (!m_document->isOpen()) {
                    m_session->open(restored);
                }
            });
        }));
}

std::optional<qint64> StoreActions::openScenariosBaseline()
{
    if (!m_document->isOpen() || m_document->isReadOnly()) {
        return std::nullopt;
    }
    const auto found = m_store->baselineOf(m_document->caseId());
    if (!found.ok()) {
        Prompt::showError(m_parent, tr("The scenarios could not be read"), found.error());
        return std::nullopt;
    }
    return found.value();
}

void StoreActions::makeBaseline()
{
    const std::optional<qint64> found = openScenariosBaseline();
    if (!found) {
        return;
    }
    const qint64 previous = *found;
    if (previous == m_document->scenarioId()) {
        return;
    }
    m_undo->push(new Command::SetBaseline(m_store, m_document->scenarioId(), previous,
                                          m_document->content().title,
                                          [this](const Error &e) { report(e); }));
}

void StoreActions::showHistory()
{
    if (!m_document->isOpen() || m_document->isReadOnly() || !m_session->maybeSave()) {
        return;
    }
    const auto revisions = m_store->history(m_document->scenarioId());
    if (!revisions.ok()) {
        Prompt::showError(m_parent, tr("The history cannot be read"), revisions.error());
        return;
    }
    HistoryDialog dialog(m_document->content().title, revisions.value(), m_advisor.knowledge(),
                         m_language, m_parent);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenRevision() == 0) {
        return;
    }
    const auto restored = m_store->restoreRevision(m_document->scenarioId(),
                                                   dialog.chosenRevision(), m_document->revision());
    if (!restored.ok()) {
        Prompt::showError(m_parent, tr("The revision was not restored"), restored.error());
        return;
    }
    m_undo->clear();
    m_document->load(m_document->municipality(), restored.value().caseId, restored.value().id,
                     restored.value().revision, restored.value().content);
    Q_EMIT storeChanged();
}

void StoreActions::showTrash()
{
    if (!m_store) {
        return;
    }
    const auto trashed = m_store->trashedScenarios();
    const auto cases = m_store->cases(QString(), true);
    if (!trashed.ok() || !cases.ok()) {
        Prompt::showError(m_parent, tr("The trash cannot be read"),
                          trashed.ok() ? cases.error() : trashed.error());
        return;
    }
    TrashDialog dialog(cases.value(), trashed.value(), m_parent);
    dialog.exec();
    switch (dialog.choice()) {
    case TrashDialog::Close:
        return;
    case TrashDialog::Restore:
        report(dialog.chosenIsCase() ? m_store->restoreCase(dialog.chosenId())
                                     : m_store->restoreScenario(dialog.chosenId()));
        return;
    case TrashDialog::Empty:
        break;
    }
    const auto purged = m_store->purgeTrash(QDateTime::currentDateTimeUtc().addSecs(1));
    if (!purged.ok()) {
        Prompt::showError(m_parent, tr("The trash was not emptied"), purged.error());
        return;
    }
    // What the undo history would bring back no longer exists.
    m_undo->clear();
    Q_EMIT storeChanged();
    Q_EMIT status(tr("Removed from the trash for good. Scenarios: %1, municipalities: %2.")
                      .arg(purged.value().scenarios)
                      .arg(purged.value().cases),
                  8000);
}

void StoreActions::compareScenarios(const QVector<qint64> &ids)
{
    QVector<QPair<QString, Scenario>> scenarios;
    for (qint64 id : ids) {
        const auto s = m_store->workingScenario(id);
        if (!s.ok()) {
            Prompt::showError(m_parent, tr("The scenario cannot be opened"), s.error());
            return;
        }
        Scenario scenario = s.value();
        // The open scenario is compared as edited, saved or not.
        if (id == m_document->scenarioId()) {
            scenario.answers = m_document->content().answers;
        }
        scenarios.append(
            {QStringLiteral("%1 — %2").arg(scenario.municipality, scenario.title), scenario});
    }
    auto *dialog = new CompareDialog(m_advisor, m_language, scenarios, m_parent);
    dialog->setObjectName(QStringLiteral("compareDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void StoreActions::chooseComparison()
{
    if (!m_store || !m_titles) {
        return;
    }
    ComparisonChooser dialog(*m_store, *m_titles, m_document->caseId(), m_document->scenarioId(),
                             m_parent);
    QStringList examples;
    for (const ReferenceCase &c : m_advisor.knowledge().referenceCases()) {
        examples << c.name;
    }
    dialog.setPracticeExamples(examples);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QVector<qint64> ids = dialog.chosen();
    if (ids.size() < 2) {
        Prompt::inform(m_parent, PromptRequest::Information, tr("Compare scenarios"),
                       tr("Tick at least two scenarios."));
        return;
    }
    compareScenarios(ids);
}

void StoreActions::compareWithBaseline()
{
    const std::optional<qint64> found = openScenariosBaseline();
    if (!found) {
        return;
    }
    const qint64 baseline = *found;
    if (baseline == 0 || baseline == m_document->scenarioId()) {
        Prompt::inform(
            m_parent, PromptRequest::Information, tr("Compare with the baseline"),
            tr("%1 has no other scenario marked as the baseline.").arg(m_document->municipality()),
            tr("Open the scenario that describes the current situation and choose “Make "
               "baseline”."));
        return;
    }
    compareScenarios({baseline, m_document->scenarioId()});
}

} // namespace akkoord::ui
