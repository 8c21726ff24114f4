#pragma once

#include "browser/casetreemodel.h"

#include <QWidget>

class QLineEdit;
class QTimer;
class QTreeView;

namespace akkoord::ui {

// Municipalities with their scenarios (the baseline marked), and the practice examples from the
// source as read-only cases, with a filter box.
class CaseBrowser : public QWidget
{
    Q_OBJECT

public:
    using Kind = CaseTreeModel::Kind;
    static constexpr Kind CaseItem = CaseTreeModel::CaseItem;
    static constexpr Kind ScenarioItem = CaseTreeModel::ScenarioItem;
    static constexpr Kind ReferenceItem = CaseTreeModel::ReferenceItem;
    static constexpr Kind ReferenceGroup = CaseTreeModel::ReferenceGroup;

    CaseBrowser(const KnowledgeBase &kb, Language language, QWidget *parent = nullptr);

    // Reloads from the store, keeping the selection where it can.
    void reload(const ScenarioStore &store);
    // Selects a scenario, or a practice example by its id.
    void select(Kind kind, const QString &id, qint64 caseId = 0);
    void setFilter(const QString &text);
    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    CaseTreeModel *model() const { return m_model; }
    // What is selected: kind and id (0 / empty when nothing).
    Kind selectedKind() const;
    QString selectedId() const;
    qint64 selectedCase() const;
    QStringList visibleScenarioTitles() const;

Q_SIGNALS:
    void scenarioActivated(qint64 id);
    void referenceCaseActivated(const QString &id);
    void contextMenuRequested(const QPoint &globalPos);
    // The store could not be read; said once per reload, not on every keystroke.
    void readFailed(const akkoord::Error &error);

private:
    void refill();
    void report(const Error &error);

    QLineEdit *m_filter;
    QTreeView *m_view;
    CaseTreeModel *m_model;
    const ScenarioStore *m_store = nullptr;
    bool m_reported = false;
    bool m_selecting = false; // select() moves the selection to what is open: no new opening
};

} // namespace akkoord::ui
