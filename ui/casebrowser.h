#pragma once

#include "knowledgebase.h"
#include "scenariostore.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace akkoord::ui {

// Municipalities with their scenarios (the baseline marked), and the practice examples from the
// source as read-only cases, with a filter box.
class CaseBrowser : public QWidget
{
    Q_OBJECT

public:
    enum Kind { CaseItem = 1, ScenarioItem, ReferenceItem, ReferenceGroup };
    static constexpr int KindRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    static constexpr int CaseRole = Qt::UserRole + 3;

    CaseBrowser(const KnowledgeBase &kb, Language language, QWidget *parent = nullptr);

    // Reloads from the store, keeping the selection where it can.
    void reload(const ScenarioStore &store);
    void select(Kind kind, const QString &id);
    void setFilter(const QString &text);
    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    // What is selected: kind and id (0 / empty when nothing).
    Kind selectedKind() const;
    QString selectedId() const;
    qint64 selectedCase() const;
    QStringList visibleScenarioTitles() const;

Q_SIGNALS:
    void scenarioActivated(qint64 id);
    void referenceCaseActivated(const QString &id);
    void contextMenuRequested(const QPoint &globalPos);

private:
    const KnowledgeBase &m_kb;
    Language m_language;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace akkoord::ui
