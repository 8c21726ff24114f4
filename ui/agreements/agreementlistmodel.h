#pragma once

#include "agreements/progress.h"
#include "store/records.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>

namespace akkoord::ui {

// A municipality's agreements as the Afspraken view lists them: title, kind, status, progress at
// a date (a bar), the next review.
class AgreementListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        KindColumn,
        StatusColumn,
        ProgressColumn,
        ReviewColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        KindRole,
        StatusRole,
        BehindRole,
        ShareRole // 0..1, or -1 when nothing is known
    };

    explicit AgreementListModel(QObject *parent = nullptr);

    void setAgreements(const QVector<AgreementRecord> &records);
    const QVector<AgreementRecord> &agreements() const { return m_records; }
    void setDate(const QDate &at);
    QDate date() const { return m_at; }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<AgreementRecord> m_records;
    QVector<AgreementSummary> m_summaries;
    QDate m_at;
};

// Filters by kind, status and whether anything is behind.
class AgreementFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setKind(const QString &kind);
    void setStatus(const QString &status);
    void setBehindOnly(bool behind);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QString m_kind;
    QString m_status;
    bool m_behind = false;
};

// The progress column as a bar with its words on it.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace akkoord::ui
