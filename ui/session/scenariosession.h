#pragma once

#include "knowledge/knowledgebase.h"
#include "store/scenariostore.h"

#include <QObject>

#include <memory>

class QUndoStack;
class QWidget;

namespace akkoord::ui {

class DraftKeeper;
class ScenarioDocument;

// What happens to the open scenario as a whole: opening (a stored scenario or a practice
// example), saving with its conflicts (another program saved first, or removed it meanwhile),
// asking about unsaved changes, new scenarios and municipalities, and duplicating. The window
// and the tests drive it; it asks the user through Prompt and tells the window what to show
// through its signals.
class ScenarioSession : public QObject
{
    Q_OBJECT

public:
    ScenarioSession(std::shared_ptr<const KnowledgeBase> kb, Language language,
                    ScenarioDocument *document, QUndoStack *undo, DraftKeeper *drafts,
                    QWidget *dialogParent);

    void setStore(ScenarioStore *store) { m_store = store; }

    bool open(qint64 id);
    bool openExample(const QString &id);
    // Unsaved changes: save, discard or cancel; false when the user cancelled (or saving failed).
    // When the regional database cannot be reached the work may be kept as a draft instead.
    bool maybeSave();
    bool save();
    bool createMunicipality(const QString &name, const QString &cbsCode, const QString &region);
    void newScenario(qint64 caseId);
    void duplicate();

Q_SIGNALS:
    // Something in the store changed: the browser reads it again.
    void storeChanged();
    void scenarioOpened(qint64 id, qint64 caseId);
    void exampleOpened(const QString &id);
    void status(const QString &message, int timeout = 0);

private:
    bool saveRemovedScenario(ScenarioContent content, bool inTrash, const Error &why);

    std::shared_ptr<const KnowledgeBase> m_kb;
    Language m_language;
    ScenarioDocument *m_document;
    QUndoStack *m_undo;
    DraftKeeper *m_drafts;
    QWidget *m_parent;
    ScenarioStore *m_store = nullptr;
    bool m_unreachable = false; // the last save failed for want of the database
};

} // namespace akkoord::ui
