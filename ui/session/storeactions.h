#pragma once

#include "knowledge/advisor.h"
#include "store/scenariostore.h"

#include <QObject>

#include <optional>

class QUndoStack;
class QWidget;

namespace akkoord::ui {

class ScenarioDocument;
class ScenarioSession;
class TitleSearch;
namespace Command {
class Edits;
}

// What the user does with stored scenarios and municipalities beyond editing one: rename,
// delete (undoably, to the trash), mark the baseline, go back to a revision, the trash, and
// comparisons. Errors are shown to the user; the window is told when the store changed.
class StoreActions : public QObject
{
    Q_OBJECT

public:
    StoreActions(ScenarioSession *session, ScenarioDocument *document, QUndoStack *undo,
                 Command::Edits *edits, const Advisor &advisor, Language language,
                 QWidget *dialogParent);
    void setStore(ScenarioStore *store) { m_store = store; }
    // The titles the comparison chooser searches (the case browser's).
    void setTitleSearch(TitleSearch *titles) { m_titles = titles; }

    void renameScenario();
    // Name, CBS code and region of the open scenario's municipality, as one undoable change.
    void editMunicipality();
    void deleteScenario();
    void makeBaseline();
    void showHistory();
    void showTrash();
    void compareScenarios(const QVector<qint64> &ids);
    void chooseComparison();
    void compareWithBaseline();

Q_SIGNALS:
    void storeChanged();
    void status(const QString &message, int timeout = 0);

private:
    // The baseline of the open scenario's municipality (0 for none); nullopt when no stored
    // scenario is open or the store could not say, which the user has then been told.
    std::optional<qint64> openScenariosBaseline();
    // Shows a failed store change, then lets the window read the store again either way.
    void report(const Error &error);

    ScenarioSession *m_session;
    ScenarioDocument *m_document;
    QUndoStack *m_undo;
    Command::Edits *m_edits;
    const Advisor &m_advisor;
    Language m_language;
    QWidget *m_parent;
    ScenarioStore *m_store = nullptr;
    TitleSearch *m_titles = nullptr;
};

} // namespace akkoord::ui
