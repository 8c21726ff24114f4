#pragma once

#include "store/scenariostore.h"

#include <QObject>

namespace akkoord::ui {

// The scenario open in the window: its content as edited, and where it came from in the store.
// Views listen to changed(); edits arrive through the undo commands in commands.h.
class ScenarioDocument : public QObject
{
    Q_OBJECT

public:
    explicit ScenarioDocument(QObject *parent = nullptr) : QObject(parent) {}

    // Loads a stored scenario (or a read-only practice example when scenarioId is 0).
    void load(const QString &municipality, qint64 caseId, qint64 scenarioId, int revision,
              const ScenarioContent &content, bool readOnly = false);
    void clear();

    bool isOpen() const { return m_open; }
    bool isReadOnly() const { return m_readOnly; }
    bool isModified() const { return !(m_content == m_saved); }
    QString municipality() const { return m_municipality; }
    qint64 caseId() const { return m_caseId; }
    qint64 scenarioId() const { return m_scenarioId; }
    int revision() const { return m_revision; }
    const ScenarioContent &content() const { return m_content; }
    const ScenarioContent &savedContent() const { return m_saved; }

    void setAnswer(const QString &question, const Answer &answer, bool multiple);
    void setNotes(const QString &notes);
    void setTitle(const QString &title);
    // The municipality was renamed in the store; not an edit of the scenario.
    void setMunicipality(const QString &name);
    void setContent(const ScenarioContent &content); // a draft or a restored revision
    // After a successful save: this is now what the store holds.
    void markSaved(qint64 scenarioId, int revision, const ScenarioContent &content);

Q_SIGNALS:
    void changed();
    // Another scenario (or the same one anew) was loaded, not an edit: views start at the top.
    void loaded();
    void modifiedChanged(bool modified);
    // An edit (an undo, say) made the content what was saved again: a draft of the changes is
    // no longer news.
    void editedBackToSaved();

private:
    void emitChanged(bool wasModified);
    // emitChanged for an edit of the content.
    void emitEdited(bool wasModified);

    bool m_open = false;
    bool m_readOnly = false;
    QString m_municipality;
    qint64 m_caseId = 0;
    qint64 m_scenarioId = 0;
    int m_revision = 0;
    ScenarioContent m_content;
    ScenarioContent m_saved;
};

} // namespace akkoord::ui
