#pragma once

#include "knowledgebase.h"
#include "scenariostore.h"

#include <QAbstractItemModel>

namespace akkoord::ui {

// Municipalities, their scenarios and the practice examples as a tree that stays quick with a
// hundred thousand scenarios: the municipalities are read at once, a municipality's scenarios
// only when it is expanded (fetchMore), and a filter asks the store, which answers from an index.
class CaseTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Kind { CaseItem = 1, ScenarioItem, ReferenceItem, ReferenceGroup };
    static constexpr int KindRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    static constexpr int CaseRole = Qt::UserRole + 3;

    CaseTreeModel(const KnowledgeBase &kb, Language language, QObject *parent = nullptr);

    // Shows what matches filter (everything when it is empty). The municipalities are read again
    // only after invalidate(): typing in the filter asks the store for matching titles alone.
    Error reload(const ScenarioStore *store, const QString &filter);
    void invalidate() { m_casesValid = false; }
    // Loads a municipality's scenarios now, so one of them can be selected; its index or invalid.
    QModelIndex caseIndex(qint64 caseId);
    int totalScenarios() const { return m_total; }
    bool isPrefetched(int topRow) const { return m_tops.value(topRow).fetched; }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Child
    {
        Kind kind = ScenarioItem;
        qint64 id = 0;
        QString referenceId;
        QString text;
        QString tooltip;
        bool baseline = false;
    };
    struct Top
    {
        Kind kind = CaseItem;
        CaseRecord record;
        QVector<Child> children;
        bool fetched = false;
    };

    void fill(Top &top) const;

    const KnowledgeBase &m_kb;
    Language m_language;
    const ScenarioStore *m_store = nullptr;
    QVector<Top> m_tops;
    QVector<CaseRecord> m_cases;
    bool m_casesValid = false;
    int m_total = 0;
};

} // namespace akkoord::ui
