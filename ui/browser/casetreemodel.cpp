#include "browser/casetreemodel.h"

#include <QFont>
#include <QHash>

#include <algorithm>
#include <numeric>

namespace akkoord::ui {

namespace {

// SQLite's NOCASE: ASCII letters compare without case, everything else as it is.
int compareNoCase(const QString &a, const QString &b)
{
    const qsizetype n = qMin(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        char16_t x = a[i].unicode();
        char16_t y = b[i].unicode();
        x = (x >= u'A' && x <= u'Z') ? char16_t(x + 32) : x;
        y = (y >= u'A' && y <= u'Z') ? char16_t(y + 32) : y;
        if (x != y) {
            return x < y ? -1 : 1;
        }
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

} // namespace

CaseTreeModel::CaseTreeModel(const KnowledgeBase &kb, Language language, QObject *parent)
    : QAbstractItemModel(parent), m_kb(kb), m_language(language)
{
}

Error CaseTreeModel::reload(const ScenarioStore *store, const QString &filter)
{
    beginResetModel();
    if (store != m_store) {
        invalidate();
        m_titles.setStore(store);
    }
    m_store = store;
    m_tops.clear();
    m_index.reset();
    m_titlesPending = false;
    m_titleMatches = 0;
    Error error;
    const QString needle = TitleIndex::fold(filter.trimmed());
    if (store) {
        // Municipalities that match by name, code or region show all their scenarios; others
        // show only the scenarios whose title matches, found in memory by the title index.
        if (!m_casesValid) {
            // A small store is counted; in a large one the municipalities are read without
            // their scenarios (hasChildren).
            const auto large = store->hasMoreScenariosThan(ExpandAllLimit);
            m_small = large.ok() && !large.value();
            const auto all = store->cases(QString(), false,
                                          m_small ? ScenarioStore::Counting::Exact
                                                  : ScenarioStore::Counting::None);
            m_cases = all.ok() ? all.value() : QVector<CaseRecord>();
            m_casesValid = all.ok() && large.ok();
            if (!all.ok() || !large.ok()) {
                error = all.ok() ? large.error() : all.error();
            }
            m_caseKeys.clear();
            for (const CaseRecord &c : std::as_const(m_cases)) {
                m_caseKeys.append(TitleIndex::fold(c.name) + QChar(0) +
                                  TitleIndex::fold(c.cbsCode) + QChar(0) +
                                  TitleIndex::fold(c.region));
            }
        }
        // Municipalities found by name, code or region show all their scenarios; for the others
        // the titles are searched. Each municipality's titles are one range of the index: a
        // keystroke asks each range only whether it holds the text, counting hits only up to
        // what decides whether they open expanded, so that a million matching titles cost no
        // more than a few hundred; a municipality's own hits are searched when it is opened
        // (fill()).
        m_needle = needle;
        QVector<bool> named(m_cases.size(), true);
        int namedCount = 0;
        for (qsizetype k = 0; k < m_cases.size() && !needle.isEmpty(); ++k) {
            named[k] = m_caseKeys[k].contains(needle);
            namedCount += named[k] ? 1 : 0;
        }
        if (!needle.isEmpty()) {
            m_index = m_titles.titles();
            m_titlesPending = !m_index && m_titles.isReading();
            if (m_index && m_index != m_rangesOf) {
                m_ranges.clear();
                for (const TitleIndex::Range &r : m_index->caseRanges()) {
                    m_ranges.insert(r.caseId, {r.first, r.last});
                }
                m_rangesOf = m_index;
            }
        }
        // A small store is all shown expanded; in a large one a few municipalities found by name
        // are counted one by one, each up to the limit, so that a handful of short lists still
        // opens expanded.
        const bool countNamed = !m_small && !needle.isEmpty() && namedCount <= 10;
        m_shown = m_small || countNamed ? 0 : -1;
        for (qsizetype k = 0; k < m_cases.size(); ++k) {
            const CaseRecord &c = m_cases[k];
            Top top;
            top.record = c;
            if (!named[k]) {
                const auto range = m_index ? m_ranges.constFind(c.id) : m_ranges.constEnd();
                if (range == m_ranges.constEnd()) {
                    continue;
                }
                const qsizetype budget = qMax(1, ExpandAllLimit + 1 - m_titleMatches);
                const qsizetype hits =
                    m_index->search(needle, range->first, range->second, budget).size();
                if (hits == 0) {
                    continue;
                }
                m_titleMatches += int(hits);
                top.titleMatch = true;
                top.firstFound = range->first;
                top.endFound = range->second;
            } else if (countNamed && m_shown >= 0) {
                // Counted only as far as decides: reading past the limit would change nothing.
                const auto counted = store->countScenarios(int(ExpandAllLimit + 1 - m_shown), c.id);
                m_shown = counted.ok() ? m_shown + counted.value() : -1;
            }
            m_tops.append(top);
        }
        if (m_shown >= 0) {
            m_shown += m_titleMatches;
        }
    }
    Top examples;
    examples.kind = ReferenceGroup;
    examples.fetched = true;
    for (const ReferenceCase &c : m_kb.referenceCases()) {
        if (needle.isEmpty() || TitleIndex::fold(c.name).contains(needle)) {
            examples.children.append({ReferenceItem, 0, c.id, c.name, c.did.in(m_language), false});
        }
    }
    if (!examples.children.isEmpty()) {
        m_tops.append(examples);
    }
    endResetModel();
    return error;
}

void CaseTreeModel::fill(Top &top) const
{
    top.fetched = true;
    if (!m_store) {
        return;
    }
    if (top.titleMatch) {
        // The hits in this municipality, from memory, in the order the store lists scenarios:
        // the baseline first, then by title (ignoring ASCII case, as SQLite's NOCASE does).
        const QVector<qsizetype> hits = m_index->search(m_needle, top.firstFound, top.endFound);
        QVector<QString> titles(hits.size());
        for (qsizetype i = 0; i < hits.size(); ++i) {
            titles[i] = m_index->title(hits[i]);
        }
        QVector<qsizetype> order(hits.size());
        std::iota(order.begin(), order.end(), qsizetype(0));
        std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            const TitleIndex::Entry &x = m_index->entry(hits[a]);
            const TitleIndex::Entry &y = m_index->entry(hits[b]);
            if (x.baseline != y.baseline) {
                return x.baseline;
            }
            const int c = compareNoCase(titles[a], titles[b]);
            return c != 0 ? c < 0 : x.id < y.id;
        });
        for (const qsizetype i : order) {
            const TitleIndex::Entry &e = m_index->entry(hits[i]);
            top.children.append({ScenarioItem, e.id, QString(), titles[i], QString(), e.baseline});
        }
        return;
    }
    const auto list = m_store->scenarioSummaries(top.record.id);
    if (!list.ok()) {
        return;
    }
    for (const ScenarioSummary &s : list.value()) {
        top.children.append({ScenarioItem, s.id, QString(), s.title, QString(), s.baseline});
    }
}

QModelIndex CaseTreeModel::caseIndex(qint64 caseId)
{
    for (int row = 0; row < m_tops.size(); ++row) {
        if (m_tops[row].kind == CaseItem && m_tops[row].record.id == caseId) {
            const QModelIndex top = index(row, 0);
            if (canFetchMore(top)) {
                fetchMore(top);
            }
            return top;
        }
    }
    return QModelIndex();
}

QModelIndex CaseTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0) {
        return QModelIndex();
    }
    if (!parent.isValid()) {
        return row < m_tops.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    }
    if (parent.internalId() != 0 || parent.row() >= m_tops.size() ||
        row >= m_tops[parent.row()].children.size()) {
        return QModelIndex();
    }
    // Children carry their parent's row, plus one, as their internal id.
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex CaseTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0) {
        return QModelIndex();
    }
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int CaseTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_tops.size());
    }
    if (parent.internalId() != 0) {
        return 0;
    }
    return int(m_tops[parent.row()].children.size());
}

int CaseTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool CaseTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return !m_tops.isEmpty();
    }
    if (parent.internalId() != 0) {
        return false;
    }
    const Top &top = m_tops[parent.row()];
    if (top.fetched) {
        return !top.children.isEmpty();
    }
    // Not counted (a large store): it may have scenarios until opening it shows otherwise.
    // Asking each municipality cost a page read from a large file for every one of them at
    // start, since the view asks this of every row it lays out.
    return top.titleMatch || top.record.scenarioCount != 0;
}

bool CaseTreeModel::canFetchMore(const QModelIndex &parent) const
{
    return parent.isValid() && parent.internalId() == 0 && !m_tops[parent.row()].fetched;
}

void CaseTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    Top loaded = m_tops[parent.row()];
    fill(loaded);
    if (loaded.children.isEmpty()) {
        m_tops[parent.row()].fetched = true;
        return;
    }
    beginInsertRows(parent, 0, int(loaded.children.size()) - 1);
    m_tops[parent.row()] = loaded;
    endInsertRows();
}

QVariant CaseTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return QVariant();
    }
    if (index.internalId() == 0) {
        const Top &top = m_tops[index.row()];
        const bool group = top.kind == ReferenceGroup;
        switch (role) {
        case Qt::DisplayRole:
            // Short enough for the tree at 1024 px in Dutch ("(alleen lezen)" was cut); that
            // they are read-only is the tooltip's, and an opened example says it above its
            // questions.
            if (group) {
                return tr("Practice examples");
            }
            return top.record.cbsCode.isEmpty()
                       ? top.record.name
                       : QStringLiteral("%1 (%2)").arg(top.record.name, top.record.cbsCode);
        case Qt::ToolTipRole:
            return group ? QVariant(tr("Read only: what the source tells about each. Duplicate "
                                       "one to work with its situation."))
                         : QVariant(top.record.region);
        case Qt::FontRole: {
            // Municipalities bold; the examples' group in the plain font. (An italic face here
            // cost the start-up a font of its own.)
            if (group) {
                return QVariant();
            }
            QFont f;
            f.setBold(true);
            return f;
        }
        case KindRole:
            return int(top.kind);
        case IdRole:
            return group ? QVariant() : QVariant(top.record.id);
        case CaseRole:
            return group ? QVariant() : QVariant(top.record.id);
        default:
            return QVariant();
        }
    }
    const Top &top = m_tops[int(index.internalId() - 1)];
    const Child &c = top.children[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return c.baseline ? QStringLiteral("★ ") + c.text : c.text;
    case Qt::ToolTipRole:
        return c.baseline ? tr("Baseline: the other scenarios are compared with it.") : c.tooltip;
    case KindRole:
        return int(c.kind);
    case IdRole:
        return c.kind == ReferenceItem ? QVariant(c.referenceId) : QVariant(c.id);
    case CaseRole:
        return top.kind == CaseItem ? QVariant(top.record.id) : QVariant();
    default:
        return QVariant();
    }
}

} // namespace akkoord::ui
