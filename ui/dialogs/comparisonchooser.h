#pragma once

#include "store/records.h"

#include <QDialog>
#include <QVector>

class QComboBox;
class QListWidget;

namespace akkoord::ui {

// Chooses the scenarios to compare: every scenario by municipality and title, those of the open
// municipality ticked, and the reference the others are compared with (the open scenario unless
// the user picks another).
class ComparisonChooser : public QDialog
{
    Q_OBJECT

public:
    ComparisonChooser(const QVector<CaseRecord> &cases, const QVector<ScenarioRecord> &scenarios,
                      qint64 openCase, qint64 openScenario, QWidget *parent = nullptr);

    // The reference first, then the other ticked scenarios.
    QVector<qint64> chosen() const;
    QComboBox *referenceBox() const { return m_reference; }
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list;
    QComboBox *m_reference;
};

} // namespace akkoord::ui
