#include "dialogs/historydialog.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace akkoord::ui {

HistoryDialog::HistoryDialog(const QString &title, const QVector<Revision> &revisions,
                             QWidget *parent)
    : QDialog(parent), m_list(new QListWidget)
{
    setWindowTitle(tr("History of “%1”").arg(title));
    auto *layout = new QVBoxLayout(this);
    for (const Revision &r : revisions) {
        auto *item = new QListWidgetItem(
            tr("Revision %1 — %2 — %3")
                .arg(r.revision)
                .arg(QLocale().toString(r.saved.toLocalTime(), QLocale::ShortFormat),
                     r.content.title));
        item->setData(Qt::UserRole, r.revision);
        m_list->addItem(item);
    }
    m_list->setCurrentRow(0);
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *restore =
        buttons->addButton(tr("Make this revision current"), QDialogButtonBox::AcceptRole);
    connect(restore, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 360);
}

int HistoryDialog::chosenRevision() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toInt() : 0;
}

} // namespace akkoord::ui
