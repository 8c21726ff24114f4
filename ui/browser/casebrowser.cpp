#include "browser/casebrowser.h"

#include <QEvent>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace akkoord::ui {

CaseBrowser::CaseBrowser(const KnowledgeBase &kb, Language language, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter municipalities and scenarios"));
    m_filter->setAccessibleName(tr("Filter"));
    layout->addWidget(m_filter);
    m_model = new CaseTreeModel(kb, language, this);
    // The titles of a large store are read on the side when the filter is first used; the
    // filter is applied again once they are there.
    connect(&m_model->titleSearch(), &TitleSearch::ready, this, &CaseBrowser::refill);
    connect(&m_model->titleSearch(), &TitleSearch::failed, this, &CaseBrowser::report);
    m_view = new QTreeView;
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Municipalities and scenarios"));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_view);
    connect(m_filter, &QLineEdit::textChanged, this, [this] {
        // The clear button appears with the first text; turned on at start it loaded the style's
        // icon, and with it every image format plugin, before the window could paint.
        m_filter->setClearButtonEnabled(true);
        refill();
    });
    // What is selected is what is open: a click (or the arrow keys) opens, as Enter does.
    const auto activate = [this](const QModelIndex &index) {
        const int kind = index.data(CaseTreeModel::KindRole).toInt();
        if (kind == ScenarioItem) {
            Q_EMIT scenarioActivated(index.data(CaseTreeModel::IdRole).toLongLong());
        } else if (kind == ReferenceItem) {
            Q_EMIT referenceCaseActivated(index.data(CaseTreeModel::IdRole).toString());
        }
    };
    connect(m_view, &QTreeView::activated, this, activate);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, activate](const QModelIndex &current) {
                if (!m_selecting && current.isValid()) {
                    activate(current);
                }
            });
    connect(m_view, &QTreeView::customContextMenuRequested, this, [this](const QPoint &at) {
        Q_EMIT contextMenuRequested(m_view->viewport()->mapToGlobal(at));
    });
}

void CaseBrowser::report(const Error &error)
{
    if (error.isError() && !m_reported) {
        m_reported = true;
        Q_EMIT readFailed(error);
    }
}

void CaseBrowser::reload(const ScenarioStore &store)
{
    m_store = &store;
    m_reported = false;
    m_model->invalidate();
    refill();
}

void CaseBrowser::refill()
{
    const Kind kind = selectedKind();
    const QString id = selectedId();
    const qint64 caseId = selectedCase();
    report(m_model->reload(m_store, m_filter->text()));
    m_filter->setToolTip(m_model->titlesPending()
                             ? tr("Reading the scenario titles; the list follows in a moment.")
                             : QString());
    // Small databases open fully; in large ones only what a filter found is expanded.
    const int limit = CaseTreeModel::ExpandAllLimit;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex top = m_model->index(row, 0);
        if (m_model->fewShown() ||
            (m_model->isTitleMatch(row) && m_model->titleMatches() <= limit)) {
            if (m_model->canFetchMore(top)) {
                m_model->fetchMore(top);
            }
            m_view->expand(top);
        }
    }
    if (!id.isEmpty()) {
        select(kind, id, caseId);
    }
}

void CaseBrowser::select(Kind kind, const QString &id, qint64 caseId)
{
    if (kind == ScenarioItem && caseId == 0 && m_store) {
        const auto s = m_store->scenario(id.toLongLong());
        caseId = s.ok() ? s.value().caseId : 0;
    }
    if (kind == ScenarioItem && caseId != 0) {
        const QModelIndex top = m_model->caseIndex(caseId);
        if (top.isValid()) {
            m_view->expand(top);
        }
    }
    const QModelIndexList found = m_model->match(m_model->index(0, 0), CaseTreeModel::IdRole, id,
                                                 -1, Qt::MatchRecursive | Qt::MatchExactly);
    const QScopedValueRollback<bool> selecting(m_selecting, true);
    for (const QModelIndex &index : found) {
        if (index.data(CaseTreeModel::KindRole).toInt() == kind) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return;
        }
    }
    m_view->setCurrentIndex(QModelIndex());
}

void CaseBrowser::setFilter(const QString &text)
{
    m_filter->setText(text);
}

CaseBrowser::Kind CaseBrowser::selectedKind() const
{
    return Kind(m_view->currentIndex().data(CaseTreeModel::KindRole).toInt());
}

QString CaseBrowser::selectedId() const
{
    return m_view->currentIndex().data(CaseTreeModel::IdRole).toString();
}

qint64 CaseBrowser::selectedCase() const
{
    return m_view->currentIndex().data(CaseTreeModel::CaseRole).toLongLong();
}

QStringList CaseBrowser::visibleScenarioTitles() const
{
    QStringList out;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex top = m_model->index(row, 0);
        if (!m_view->isExpanded(top)) {
            continue;
        }
        for (int child = 0; child < m_model->rowCount(top); ++child) {
            const QModelIndex index = m_model->index(child, 0, top);
            if (index.data(CaseTreeModel::KindRole).toInt() == ScenarioItem) {
                out << index.data(Qt::DisplayRole).toString();
            }
        }
    }
    return out;
}

} // namespace akkoord::ui
