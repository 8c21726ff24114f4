#pragma once

#include "store/records.h"

#include <QDialog>
#include <QHash>
#include <QVector>

class QListWidget;

namespace akkoord::ui {

// The trash: municipalities deleted as a whole, then scenarios. The user brings one back, or
// empties the trash for good after a warning.
class TrashDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice
    {
        Close,
        Restore,
        Empty
    };

    // cases: every municipality, those in the trash and those that own a trashed scenario.
    TrashDialog(const QVector<CaseRecord> &cases, const QVector<ScenarioRecord> &trashed,
                QWidget *parent = nullptr);

    Choice choice() const;
    qint64 chosenId() const;
    bool chosenIsCase() const;

private:
    QListWidget *m_list;
    bool m_empty = false;
};

} // namespace akkoord::ui
