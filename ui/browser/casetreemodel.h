#pragma once

#include "knowledge/knowledgebase.h"
#include "store/scenariostore.h"

#include <QAbstractItemModel>

namespace akkoord::ui {

// Municipalities, their scenarios and the practice examples as a tree that stays quick with a
// hundred thousand scenarios: the municipalities are read at once, a municipality's scenarios
// only when it is expanded (fetchMore), and a filter searches the titles in memory (TitleIndex),
// read once from an index of the store and again only after invalidate().
class CaseTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Kind
    {
        CaseItem = 1,
        ScenarioItem,
        ReferenceItem,
        ReferenceGroup
    };
    static constexpr int KindRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    static constexpr int CaseRole = Qt::UserRole + 3;

    CaseTreeModel(const KnowledgeBase &kb, Language language, QObject *parent = nullptr);

    // Shows what matches filter (everything when it is empty), ignoring case and accents. The
    // municipalities and the titles are read again only after invalidate(), so typing in the
    // filter does not ask the store at all.
    Error reload(const ScenarioStore *store, const QString &filter);
    void invalidate()
    {
        m_casesValid = false;
        m_indexValid = false;
    }
    // Reads the titles for filtering now, if they are not in memory yet (40-70 ms for 100,000).
    Error prepareFilter();
    // Loads a municipality's scenarios now, so one of them can be selected; its index or invalid.
    QModelIndex caseIndex(qint64 caseId);
    int totalScenarios() const { return m_total; }
    // A municipality shown for the titles of its scenarios, not its own name; how many such
    // scenarios the filter found in all.
    bool isTitleMatch(int topRow) const { return m_tops.value(topRow).titleMatch; }
    int titleMatches() const { return m_titleMatches; }

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
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
        bool titleMatch = false;
        qsizetype firstFound = 0; // this municipality's hits in m_found, when titleMatch
        qsizetype endFound = 0;
    };

    void fill(Top &top) const;

    const KnowledgeBase &m_kb;
    Language m_language;
    const ScenarioStore *m_store = nullptr;
    QVector<Top> m_tops;
    QVector<CaseRecord> m_cases;
    QVector<QString> m_caseKeys; // name, code and region of each case, folded for matching
    bool m_casesValid = false;
    TitleIndex m_index;
    bool m_indexValid = false;
    QVector<qsizetype> m_found; // the filter's hits in m_index
    int m_total = 0;
    int m_titleMatches = 0;
};

} // namespace akkoord::ui
