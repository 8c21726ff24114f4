#include "casebrowser.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace akkoord::ui {

CaseBrowser::CaseBrowser(const KnowledgeBase &kb, Language language, QWidget *parent)
    : QWidget(parent), m_kb(kb), m_language(language)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter municipalities and scenarios"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter"));
    layout->addWidget(m_filter);
    m_model = new QStandardItemModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_view = new QTreeView;
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Municipalities and scenarios"));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_view);
    connect(m_filter, &QLineEdit::textChanged, this, &CaseBrowser::setFilter);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const int kind = index.data(KindRole).toInt();
        if (kind == ScenarioItem) {
            Q_EMIT scenarioActivated(index.data(IdRole).toLongLong());
        } else if (kind == ReferenceItem) {
            Q_EMIT referenceCaseActivated(index.data(IdRole).toString());
        }
    });
    connect(m_view, &QTreeView::customContextMenuRequested, this,
            [this](const QPoint &at) { Q_EMIT contextMenuRequested(m_view->viewport()->mapToGlobal(at)); });
}

void CaseBrowser::reload(const ScenarioStore &store)
{
    const Kind kind = selectedKind();
    const QString id = selectedId();
    m_model->clear();
    const auto cases = store.cases();
    const auto scenarios = store.allScenarios();
    if (cases.ok() && scenarios.ok()) {
        QHash<qint64, QStandardItem *> byCase;
        for (const CaseRecord &c : cases.value()) {
            auto *item = new QStandardItem(c.cbsCode.isEmpty() ? c.name : QStringLiteral("%1 (%2)").arg(c.name, c.cbsCode));
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
            item->setData(CaseItem, KindRole);
            item->setData(c.id, IdRole);
            item->setData(c.id, CaseRole);
            item->setToolTip(c.region);
            m_model->appendRow(item);
            byCase.insert(c.id, item);
        }
        for (const ScenarioRecord &s : scenarios.value()) {
            QStandardItem *parent = byCase.value(s.caseId);
            if (!parent) {
                continue; // its municipality is in the trash
            }
            auto *item = new QStandardItem(s.baseline ? QStringLiteral("★ ") + s.content.title : s.content.title);
            item->setData(ScenarioItem, KindRole);
            item->setData(s.id, IdRole);
            item->setData(s.caseId, CaseRole);
            item->setToolTip((s.baseline ? tr("Baseline. ") : QString()) +
                             tr("Revision %1, saved %2").arg(s.revision).arg(QLocale().toString(s.modified.toLocalTime(), QLocale::ShortFormat)));
            parent->appendRow(item);
        }
    }
    auto *examples = new QStandardItem(tr("Practice examples (read-only)"));
    QFont f = examples->font();
    f.setItalic(true);
    examples->setFont(f);
    examples->setData(ReferenceGroup, KindRole);
    for (const ReferenceCase &c : m_kb.referenceCases()) {
        auto *item = new QStandardItem(c.name);
        item->setData(ReferenceItem, KindRole);
        item->setData(c.id, IdRole);
        item->setToolTip(c.did.in(m_language));
        examples->appendRow(item);
    }
    m_model->appendRow(examples);
    m_view->expandAll();
    if (!id.isEmpty()) {
        select(kind, id);
    }
}

void CaseBrowser::select(Kind kind, const QString &id)
{
    const QModelIndexList found = m_proxy->match(m_proxy->index(0, 0), IdRole, id, -1,
                                                 Qt::MatchRecursive | Qt::MatchExactly);
    for (const QModelIndex &index : found) {
        if (index.data(KindRole).toInt() == kind) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return;
        }
    }
}

void CaseBrowser::setFilter(const QString &text)
{
    if (m_filter->text() != text) {
        m_filter->setText(text);
    }
    m_proxy->setFilterFixedString(text);
    m_view->expandAll();
}

CaseBrowser::Kind CaseBrowser::selectedKind() const
{
    return Kind(m_view->currentIndex().data(KindRole).toInt());
}

QString CaseBrowser::selectedId() const
{
    return m_view->currentIndex().data(IdRole).toString();
}

qint64 CaseBrowser::selectedCase() const
{
    return m_view->currentIndex().data(CaseRole).toLongLong();
}

QStringList CaseBrowser::visibleScenarioTitles() const
{
    QStringList out;
    const QModelIndexList all = m_proxy->match(m_proxy->index(0, 0), KindRole, int(ScenarioItem), -1,
                                               Qt::MatchRecursive | Qt::MatchExactly);
    for (const QModelIndex &index : all) {
        out << index.data(Qt::DisplayRole).toString();
    }
    return out;
}

} // namespace akkoord::ui
