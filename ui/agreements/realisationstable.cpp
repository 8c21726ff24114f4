#include "agreements/realisationstable.h"

#include <QHeaderView>
#include <QLocale>
#include <QMap>

namespace akkoord::ui {

RealisationsTable::RealisationsTable(QWidget *parent) : QTableWidget(0, 5, parent)
{
    setHorizontalHeaderLabels(
        {tr("Period"), tr("Commitment"), tr("Realised"), tr("Source"), tr("Verified")});
    horizontalHeader()->setSectionResizeMode(CommitmentColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    setAccessibleName(tr("Realisations per period"));
    setSelectionBehavior(QAbstractItemView::SelectItems);
    connect(this, &QTableWidget::itemChanged, this, [this] {
        if (!m_showing) {
            Q_EMIT edited();
        }
    });
}

void RealisationsTable::setAgreement(const Agreement &a, const QDate &until)
{
    m_showing = true;
    // Every quarter from the start to the end (or until), and any other period with a figure.
    QMap<QPair<QDate, QString>, Period> periods;
    if (a.start.isValid()) {
        const QDate last = a.end.isValid() ? std::min(a.end, until) : until;
        for (Period q = Period::quarterOf(a.start); q.first <= last;
             q = Period::quarterOf(q.last.addDays(1))) {
            periods.insert({q.first, q.text}, q);
        }
    }
    for (const Realisation &r : a.realisations) {
        periods.insert({r.period.first, r.period.text}, r.period);
    }
    setRowCount(0);
    const QLocale locale;
    for (const Period &p : periods) {
        for (int c = 0; c < a.commitments.size(); ++c) {
            const Realisation *found = nullptr;
            for (const Realisation &r : a.realisations) {
                if (r.commitment == c && r.period.text == p.text) {
                    found = &r;
                }
            }
            const int row = rowCount();
            insertRow(row);
            auto *period = new QTableWidgetItem(p.text);
            period->setFlags(period->flags() & ~Qt::ItemIsEditable);
            setItem(row, PeriodColumn, period);
            const Commitment &commitment = a.commitments[c];
            auto *what =
                new QTableWidgetItem(QStringLiteral("#%1 %2 (%3)")
                                         .arg(c)
                                         .arg(AgreementText::targetGroup(commitment.targetGroup),
                                              AgreementText::unit(commitment.unit)));
            what->setFlags(what->flags() & ~Qt::ItemIsEditable);
            what->setData(Qt::UserRole, c);
            setItem(row, CommitmentColumn, what);
            setItem(
                row, ValueColumn,
                new QTableWidgetItem(found ? locale.toString(found->value, 'g', 12) : QString()));
            setItem(row, SourceColumn, new QTableWidgetItem(found ? found->source : QString()));
            auto *verified = new QTableWidgetItem;
            verified->setFlags((verified->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
            verified->setCheckState(found && found->verified ? Qt::Checked : Qt::Unchecked);
            setItem(row, VerifiedColumn, verified);
        }
    }
    m_showing = false;
}

Agreement RealisationsTable::apply(const Agreement &agreement) const
{
    Agreement a = agreement;
    a.realisations.clear();
    const QLocale locale;
    for (int row = 0; row < rowCount(); ++row) {
        const QString text = item(row, ValueColumn)->text().trimmed();
        if (text.isEmpty()) {
            continue;
        }
        bool ok = false;
        double value = locale.toDouble(text, &ok);
        if (!ok) {
            value = text.toDouble(&ok);
        }
        Realisation r;
        r.commitment = item(row, CommitmentColumn)->data(Qt::UserRole).toInt();
        r.period = Period::parse(item(row, PeriodColumn)->text()).value_or(Period{});
        // A figure that is not a number is kept as -1, so that saving refuses it with its place
        // instead of dropping it.
        r.value = ok ? value : -1;
        r.source = item(row, SourceColumn)->text().trimmed();
        r.verified = item(row, VerifiedColumn)->checkState() == Qt::Checked;
        a.realisations << r;
    }
    return a;
}

} // namespace akkoord::ui
