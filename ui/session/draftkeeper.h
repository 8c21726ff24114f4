#pragma once

#include "knowledge/knowledgebase.h"
#include "store/scenariostore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

class QTimer;
class QWidget;

namespace akkoord::ui {

class ScenarioDocument;

// Keeps unsaved work safe: every few seconds the open scenario's changes go to a draft beside
// the database (one per database), and at the next start they are offered back onto the very
// scenario they were made from, or as a new scenario when that one is gone. A draft is a scenario
// file (format akkoord.scenario) with where it came from added (draft.h), so the same reader
// checks it.
class DraftKeeper : public QObject
{
    Q_OBJECT

public:
    DraftKeeper(ScenarioDocument *document, const KnowledgeBase &kb, QWidget *dialogParent);

    void setStore(ScenarioStore *store) { m_store = store; }
    // The draft file of the open database.
    QString path() const;
    // Writes the draft now when there is unsaved work; a failure is tried again next time.
    void write();
    // No unsaved work is left: the draft goes.
    void discard();

    // Offers the draft a previous session left. open opens a stored scenario in the window
    // (false when it could not); opened is told about a scenario recovered as new.
    void offer(const std::function<bool(qint64)> &open,
               const std::function<void(qint64)> &recoveredAsNew);

private:
    void recoverAsNew(const QJsonObject &draft, const std::function<void(qint64)> &recoveredAsNew);

    ScenarioDocument *m_document;
    const KnowledgeBase &m_kb;
    QWidget *m_parent;
    ScenarioStore *m_store = nullptr;
    QTimer *m_timer;
};

} // namespace akkoord::ui
