#include "dialogs/historydialog.h"

#include "advice/advicetext.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace akkoord::ui {

HistoryDialog::HistoryDialog(const QString &title, const QVector<Revision> &revisions,
                             const KnowledgeBase &kb, Language language, QWidget *parent)
    : QDialog(parent), m_list(new QListWidget)
{
    setWindowTitle(tr("History of “%1”").arg(title));
    auto *layout = new QVBoxLayout(this);
    const AdviceText text(kb, language);
    for (qsizetype i = 0; i < revisions.size(); ++i) {
        const Revision &r = revisions[i];
        // Newest first: the one before this is the next in the list.
        QStringList changes;
        if (i + 1 < revisions.size()) {
            changes = text.revisionChanges(revisions[i + 1].content.toScenario(QString()),
                                           r.content.toScenario(QString()));
        }
        const QString what = i + 1 == revisions.size() ? tr("First saved")
                             : changes.isEmpty()       ? tr("Saved without changes")
                             : changes.size() <= 3
                                 ? changes.join(QStringLiteral("; "))
                                 : tr("%1; and %n more", nullptr, int(changes.size() - 2))
                                       .arg(changes.mid(0, 2).join(QStringLiteral("; ")));
        auto *item = new QListWidgetItem(
            tr("Revision %1 — %2 — %3")
                .arg(r.revision)
                .arg(QLocale().toString(r.saved.toLocalTime(), QLocale::ShortFormat),
                     r.content.title) +
            QStringLiteral("\n    ") + what);
        item->setToolTip(changes.join(QLatin1Char('\n')));
        item->setData(Qt::UserRole, r.revision);
        m_list->addItem(item);
    }
    m_list->setCurrentRow(0);
    m_list->setAccessibleName(tr("Saved versions"));
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *restore =
        buttons->addButton(tr("Make this revision current"), QDialogButtonBox::AcceptRole);
    connect(restore, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 400);
}

int HistoryDialog::chosenRevision() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toInt() : 0;
}

} // namespace akkoord::ui
