#include "editor/scenariodocument.h"

namespace akkoord::ui {

void ScenarioDocument::load(const QString &municipality, qint64 caseId, qint64 scenarioId,
                            int revision, const ScenarioContent &content, bool readOnly)
{
    const bool wasModified = isModified();
    m_open = true;
    m_readOnly = readOnly;
    m_municipality = municipality;
    m_caseId = caseId;
    m_scenarioId = scenarioId;
    m_revision = revision;
    m_content = content;
    m_saved = content;
    emitChanged(wasModified);
    Q_EMIT loaded();
}

void ScenarioDocument::clear()
{
    const bool wasModified = isModified();
    m_open = false;
    m_readOnly = false;
    m_municipality.clear();
    m_caseId = 0;
    m_scenarioId = 0;
    m_revision = 0;
    m_content = ScenarioContent();
    m_saved = ScenarioContent();
    emitChanged(wasModified);
}

void ScenarioDocument::setAnswer(const QString &question, const Answer &answer, bool multiple)
{
    const bool wasModified = isModified();
    m_content.answers.setAnswer(question, answer, multiple);
    emitEdited(wasModified);
}

void ScenarioDocument::setNotes(const QString &notes)
{
    const bool wasModified = isModified();
    m_content.notes = notes;
    emitEdited(wasModified);
}

void ScenarioDocument::setTitle(const QString &title)
{
    const bool wasModified = isModified();
    m_content.title = title;
    emitEdited(wasModified);
}

void ScenarioDocument::setMunicipality(const QString &name)
{
    m_municipality = name;
    Q_EMIT changed();
}

void ScenarioDocument::setContent(const ScenarioContent &content)
{
    const bool wasModified = isModified();
    m_content = content;
    emitEdited(wasModified);
}

void ScenarioDocument::markSaved(qint64 scenarioId, int revision, const ScenarioContent &content)
{
    const bool wasModified = isModified();
    m_scenarioId = scenarioId;
    m_revision = revision;
    m_saved = content;
    m_content = content;
    m_readOnly = false;
    emitChanged(wasModified);
}

void ScenarioDocument::emitChanged(bool wasModified)
{
    Q_EMIT changed();
    if (wasModified != isModified()) {
        Q_EMIT modifiedChanged(isModified());
    }
}

void ScenarioDocument::emitEdited(bool wasModified)
{
    emitChanged(wasModified);
    if (wasModified && !isModified()) {
        Q_EMIT editedBackToSaved();
    }
}

} // namespace akkoord::ui
