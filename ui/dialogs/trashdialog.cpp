#include "dialogs/trashdialog.h"

#include "support/prompt.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace akkoord::ui {

namespace {
constexpr int IsCase = Qt::UserRole + 1;
} // namespace

TrashDialog::TrashDialog(const QVector<CaseRecord> &cases, const QVector<ScenarioRecord> &trashed,
                         QWidget *parent)
    : QDialog(parent), m_list(new QListWidget)
{
    setObjectName(QStringLiteral("trashDialog"));
    setWindowTitle(tr("Trash"));
    auto *layout = new QVBoxLayout(this);
    m_list->setObjectName(QStringLiteral("trashList"));
    m_list->setAccessibleName(tr("Deleted municipalities and scenarios"));
    // Municipalities deleted as a whole come first, with the scenarios they took along.
    QHash<qint64, QString> names;
    for (const CaseRecord &c : cases) {
        names.insert(c.id, c.name);
        if (c.deleted.isValid()) {
            auto *item = new QListWidgetItem(
                tr("%1 (municipality; scenarios: %2)").arg(c.name).arg(c.scenarioCount));
            item->setData(Qt::UserRole, c.id);
            item->setData(IsCase, true);
            m_list->addItem(item);
        }
    }
    for (const ScenarioRecord &s : trashed) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(names.value(s.caseId), s.content.title));
        item->setData(Qt::UserRole, s.id);
        item->setData(IsCase, false);
        m_list->addItem(item);
    }
    const bool empty = m_list->count() == 0;
    if (empty) {
        m_list->addItem(tr("The trash is empty."));
    }
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *restore = buttons->addButton(tr("Bring back"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(!empty);
    QPushButton *purge =
        buttons->addButton(tr("Empty the trash…"), QDialogButtonBox::DestructiveRole);
    purge->setObjectName(QStringLiteral("emptyTrash"));
    purge->setEnabled(!empty);
    connect(restore, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(purge, &QPushButton::clicked, this, [this] {
        PromptRequest ask;
        ask.kind = PromptRequest::Warning;
        ask.title = tr("Empty the trash?");
        ask.text = tr("Everything in the trash is removed for good, with its earlier versions, and "
                      "overwritten in the database file. This cannot be undone.");
        ask.buttons = {tr("Cancel"), tr("Empty the trash")};
        if (Prompt::ask(this, ask) == 1) {
            m_empty = true;
            reject();
        }
    });
    layout->addWidget(buttons);
}

TrashDialog::Choice TrashDialog::choice() const
{
    if (m_empty) {
        return Empty;
    }
    return result() == QDialog::Accepted && m_list->currentItem() ? Restore : Close;
}

qint64 TrashDialog::chosenId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
}

bool TrashDialog::chosenIsCase() const
{
    return m_list->currentItem() && m_list->currentItem()->data(IsCase).toBool();
}

} // namespace akkoord::ui
