#include "casetreemodel.h"

#include <QFont>
#include <QHash>

namespace akkoord::ui {

CaseTreeModel::CaseTreeModel(const KnowledgeBase &kb, Language language, QObject *parent)
    : QAbstractItemModel(parent), m_kb(kb), m_language(language)
{
}

Error CaseTreeModel::reload(const ScenarioStore *store, const QString &filter)
{
    beginResetModel();
    if (store != m_store) {
        m_casesValid = false;
    }
    m_store = store;
    m_tops.clear();
    m_total = 0;
    Error error;
    const QString needle = filter.trimmed();
    if (store) {
        // Municipalities that match by name, code or region show all their scenarios; others
        // show only the scenarios whose title matches.
        if (!m_casesValid) {
            const auto all = store->cases();
            m_cases = all.ok() ? all.value() : QVector<CaseRecord>();
            m_casesValid = all.ok();
            if (!all.ok()) {
                error = all.error();
            }
        }
        QVector<ScenarioSummary> titles;
        if (!needle.isEmpty()) {
            const auto found = store->searchScenarios(needle);
            if (found.ok()) {
                titles = found.value();
            } else {
                error = found.error();
            }
        }
        {
            QHash<qint64, QVector<ScenarioSummary>> byCase;
            for (const ScenarioSummary &s : titles) {
                byCase[s.caseId].append(s);
            }
            for (const CaseRecord &c : std::as_const(m_cases)) {
                const bool nameMatches = needle.isEmpty() || c.name.contains(needle, Qt::CaseInsensitive) ||
                                         c.cbsCode.contains(needle, Qt::CaseInsensitive) ||
                                         c.region.contains(needle, Qt::CaseInsensitive);
                if (!nameMatches && !byCase.contains(c.id)) {
                    continue;
                }
                Top top;
                top.record = c;
                m_total += c.scenarioCount;
                if (!nameMatches) {
                    top.fetched = true;
                    for (const ScenarioSummary &s : byCase.value(c.id)) {
                        top.children.append({ScenarioItem, s.id, QString(), s.title, QString(), s.baseline});
                    }
                }
                m_tops.append(top);
            }
        }
    }
    Top examples;
    examples.kind = ReferenceGroup;
    examples.fetched = true;
    for (const ReferenceCase &c : m_kb.referenceCases()) {
        if (needle.isEmpty() || c.name.contains(needle, Qt::CaseInsensitive)) {
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
    return top.fetched ? !top.children.isEmpty() : top.record.scenarioCount > 0;
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
            if (group) {
                return tr("Practice examples (read-only)");
            }
            return top.record.cbsCode.isEmpty() ? top.record.name
                                                : QStringLiteral("%1 (%2)").arg(top.record.name, top.record.cbsCode);
        case Qt::ToolTipRole: return group ? QVariant() : QVariant(top.record.region);
        case Qt::FontRole: {
            QFont f;
            f.setBold(!group);
            f.setItalic(group);
            return f;
        }
        case KindRole: return int(top.kind);
        case IdRole: return group ? QVariant() : QVariant(top.record.id);
        case CaseRole: return group ? QVariant() : QVariant(top.record.id);
        default: return QVariant();
        }
    }
    const Top &top = m_tops[int(index.internalId() - 1)];
    const Child &c = top.children[index.row()];
    switch (role) {
    case Qt::DisplayRole: return c.baseline ? QStringLiteral("★ ") + c.text : c.text;
    case Qt::ToolTipRole: return c.baseline ? tr("Baseline: the other scenarios are compared with it.") : c.tooltip;
    case KindRole: return int(c.kind);
    case IdRole: return c.kind == ReferenceItem ? QVariant(c.referenceId) : QVariant(c.id);
    case CaseRole: return top.kind == CaseItem ? QVariant(top.record.id) : QVariant();
    default: return QVariant();
    }
}

} // namespace akkoord::ui
