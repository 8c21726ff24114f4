#pragma once

#include "agreements/agreement.h"

#include <QTableWidget>

namespace akkoord::ui {

// What was realised, a row per period and commitment, for keyboard entry: every quarter of the
// agreement up to the date shown (and any month that has a figure), each commitment beside it.
// Type a figure, Enter goes to the next row. An empty figure is no realisation.
class RealisationsTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column
    {
        PeriodColumn,
        CommitmentColumn,
        ValueColumn,
        SourceColumn,
        VerifiedColumn
    };

    explicit RealisationsTable(QWidget *parent = nullptr);

    // Shows the agreement's realisations; rows for every quarter up to until.
    void setAgreement(const Agreement &agreement, const QDate &until);
    // The agreement with the realisations as the table holds them.
    Agreement apply(const Agreement &agreement) const;

Q_SIGNALS:
    void edited();

private:
    bool m_showing = false;
};

} // namespace akkoord::ui
