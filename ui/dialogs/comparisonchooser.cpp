#include "dialogs/comparisonchooser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace akkoord::ui {

ComparisonChooser::ComparisonChooser(const QVector<CaseRecord> &cases,
                                     const QVector<ScenarioRecord> &scenarios, qint64 openCase,
                                     qint64 openScenario, QWidget *parent)
    : QDialog(parent), m_list(new QListWidget), m_reference(new QComboBox)
{
    setWindowTitle(tr("Compare scenarios"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("Tick two or more scenarios and choose the one the others are compared with.")));
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
        m_reference->addItem(item->text(), s.id);
    }
    layout->addWidget(m_list);
    m_reference->setCurrentIndex(qMax(0, m_reference->findData(openScenario)));
    auto *form = new QFormLayout;
    form->addRow(tr("&Compare with:"), m_reference);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 420);
}

QVector<qint64> ComparisonChooser::chosen() const
{
    const qint64 reference = m_reference->currentData().toLongLong();
    QVector<qint64> ids{reference};
    for (int i = 0; i < m_list->count(); ++i) {
        const qint64 id = m_list->item(i)->data(Qt::UserRole).toLongLong();
        if (m_list->item(i)->checkState() == Qt::Checked && id != reference) {
            ids << id;
        }
    }
    return ids;
}

} // namespace akkoord::ui
