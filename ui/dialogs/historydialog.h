#pragma once

#include "knowledge/knowledgebase.h"
#include "store/records.h"

#include <QDialog>
#include <QVector>

class QListWidget;

namespace akkoord::ui {

// The saved revisions of a scenario, newest first, each with what it changed against the one
// before it; the user may make one current again.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(const QString &title, const QVector<Revision> &revisions, const KnowledgeBase &kb,
                  Language language, QWidget *parent = nullptr);

    // The revision chosen to make current, 0 when none.
    int chosenRevision() const;

private:
    QListWidget *m_list;
};

} // namespace akkoord::ui
