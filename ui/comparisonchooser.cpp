#include "comparisonchooser.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace akkoord::ui {

ComparisonChooser::ComparisonChooser(const QVector<CaseRecord> &cases,
                                     const QVector<ScenarioRecord> &scenarios, qint64 openCase,
                                     QWidget *parent)
    : QDialog(parent), m_list(new QListWidget)
{
    setWindowTitle(tr("Compare scenarios"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Tick two or more scenarios; the first ticked is the reference.")));
    QHash<qint64, QString> names;
    for (const CaseRecord &c : cases) {
        names.insert(c.id, c.name);
    }
    for (const ScenarioRecord &s : scenarios) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(names.value(s.caseId), s.content.title));
        item->setData(Qt::UserRole, s.id);
        item->setCheckState(s.caseId == openCase ? Qt::Checked : Qt::Unchecked);
        m_list->addItem(item);
    }
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 420);
}

QVector<qint64> ComparisonChooser::chosen() const
{
    QVector<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked) {
            ids << m_list->item(i)->data(Qt::UserRole).toLongLong();
        }
    }
    return ids;
}

} // namespace akkoord::ui
