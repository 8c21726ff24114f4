#pragma once

#include "knowledge/advisor.h"
#include "store/scenariostore.h"

#include <QObject>

#include <memory>

class QWidget;

namespace akkoord::ui {

class ScenarioDocument;
class ScenarioSession;

// Files in and out of the desktop program: importing scenario and case files (asking what to do
// with duplicates), exporting the open scenario, and its report as PDF, HTML or on a printer.
class FileActions : public QObject
{
    Q_OBJECT

public:
    FileActions(ScenarioSession *session, ScenarioDocument *document,
                std::shared_ptr<const KnowledgeBase> kb, const Advisor &advisor, Language language,
                QWidget *dialogParent);
    void setStore(ScenarioStore *store) { m_store = store; }

    void importFiles();
    void exportScenario();
    void exportReport(bool pdf);
    void printReport();

Q_SIGNALS:
    void storeChanged();
    void status(const QString &message, int timeout = 0);

private:
    ScenarioSession *m_session;
    ScenarioDocument *m_document;
    std::shared_ptr<const KnowledgeBase> m_kb;
    const Advisor &m_advisor;
    Language m_language;
    QWidget *m_parent;
    ScenarioStore *m_store = nullptr;
};

} // namespace akkoord::ui
