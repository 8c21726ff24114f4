#pragma once

#include "browser/titlesearch.h"
#include "knowledge/knowledgebase.h"
#include "store/scenariostore.h"

#include <QAbstractItemModel>
#include <QHash>

namespace akkoord::ui {

// Municipalities, their scenarios and the practice examples as a tree that stays quick with a
// million scenarios: the municipalities are read at once (without counting their scenarios), a
// municipality's scenarios only when it is expanded (fetchMore), and a filter searches the titles
// in memory (TitleSearch), read when first searched and again only after invalidate().
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

    // Up to this many scenarios in all, every municipality opens expanded.
    static constexpr int ExpandAllLimit = 300;

    // Shows what matches filter (everything when it is empty), ignoring case and accents. The
    // municipalities and the titles are read again only after invalidate(), so typing in the
    // filter does not ask the store at all. While the titles of a large store are still being
    // read, only municipalities matching by name are shown and titlesPending() is true; the
    // title search's ready() says when to reload.
    Error reload(const ScenarioStore *store, const QString &filter);
    void invalidate()
    {
        m_casesValid = false;
        m_titles.invalidate();
    }
    TitleSearch &titleSearch() { return m_titles; }
    bool titlesPending() const { return m_titlesPending; }
    // Loads a municipality's scenarios now, so one of them can be selected; its index or invalid.
    QModelIndex caseIndex(qint64 caseId);
    // Whether the store holds no more than ExpandAllLimit scenarios.
    bool isSmall() const { return m_small; }
    // Whether what the filter shows holds no more than ExpandAllLimit scenarios, so that every
    // municipality shown can open expanded.
    bool fewShown() const { return m_shown >= 0 && m_shown <= ExpandAllLimit; }
    // A municipality shown for the titles of its scenarios, not its own name; how many such
    // scenarios the filter found in all, counted up to ExpandAllLimit + 1 (a larger number
    // means "more than that").
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
        CaseRecord record; // scenarioCount -1: not counted
        QVector<Child> children;
        bool fetched = false;
        bool titleMatch = false;
        qsizetype firstFound = 0; // this municipality's titles in m_index, when titleMatch
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
    bool m_small = true;
    qint64 m_shown = 0; // scenarios under the municipalities shown; -1 when not counted
    TitleSearch m_titles;
    std::shared_ptr<const TitleIndex> m_index;
    QHash<qint64, QPair<qsizetype, qsizetype>> m_ranges; // each case's titles in m_rangesOf
    std::shared_ptr<const TitleIndex> m_rangesOf;
    QString m_needle; // the filter, folded
    bool m_titlesPending = false;
    int m_titleMatches = 0;
};

} // namespace akkoord::ui
