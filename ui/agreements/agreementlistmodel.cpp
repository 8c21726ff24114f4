#include "agreements/agreementlistmodel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace akkoord::ui {

AgreementListModel::AgreementListModel(QObject *parent)
    : QAbstractTableModel(parent), m_at(QDate::currentDate())
{
}

void AgreementListModel::setAgreements(const QVector<AgreementRecord> &records)
{
    beginResetModel();
    m_records = records;
    m_summaries.clear();
    for (const AgreementRecord &r : m_records) {
        m_summaries << summaryOf(r.agreement, m_at);
    }
    endResetModel();
}

void AgreementListModel::setDate(const QDate &at)
{
    m_at = at;
    setAgreements(m_records);
}

int AgreementListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records[i].id == id) {
            return i;
        }
    }
    return -1;
}

int AgreementListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AgreementListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgreementListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size()) {
        return {};
    }
    const AgreementRecord &r = m_records[index.row()];
    const Agreement &a = r.agreement;
    const AgreementSummary &s = m_summaries[index.row()];
    switch (role) {
    case IdRole:
        return r.id;
    case KindRole:
        return a.kind;
    case StatusRole:
        return a.status;
    case BehindRole:
        return s.behind();
    case ShareRole:
        return s.known ? s.share : -1.0;
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case TitleColumn:
        return a.title;
    case KindColumn:
        return AgreementText::kind(a.kind);
    case StatusColumn:
        return AgreementText::status(a.status);
    case ProgressColumn:
        return s.known ? tr("%1% · %2")
                             .arg(qRound(s.share * 100))
                             .arg(AgreementText::progress(progressStatusId(s.status)))
                       : tr("not begun");
    case ReviewColumn: {
        QDate next;
        for (const Review &review : a.reviews) {
            if (review.date >= m_at && (!next.isValid() || review.date < next)) {
                next = review.date;
            }
        }
        return next.isValid() ? QLocale().toString(next, QLocale::ShortFormat) : QString();
    }
    default:
        return {};
    }
}

QVariant AgreementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TitleColumn:
        return tr("Agreement");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case ReviewColumn:
        return tr("Next review");
    default:
        return {};
    }
}

void AgreementFilter::setKind(const QString &kind)
{
    m_kind = kind;
    invalidateFilter();
}

void AgreementFilter::setStatus(const QString &status)
{
    m_status = status;
    invalidateFilter();
}

void AgreementFilter::setBehindOnly(bool behind)
{
    m_behind = behind;
    invalidateFilter();
}

bool AgreementFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QModelIndex i = sourceModel()->index(row, 0, parent);
    return (m_kind.isEmpty() || i.data(AgreementListModel::KindRole).toString() == m_kind) &&
           (m_status.isEmpty() || i.data(AgreementListModel::StatusRole).toString() == m_status) &&
           (!m_behind || i.data(AgreementListModel::BehindRole).toBool());
}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const double share = index.data(AgreementListModel::ShareRole).toDouble();
    if (share < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = qRound(share * 100);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    if (option.state & QStyle::State_Selected) {
        painter->fillRect(option.rect, option.palette.highlight());
    }
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

} // namespace akkoord::ui
