#pragma once

#include "records.h"

#include <QDialog>
#include <QVector>

class QListWidget;

namespace akkoord::ui {

// Chooses the scenarios to compare: every scenario by municipality and title, those of the open
// municipality ticked; the first ticked is the reference.
class ComparisonChooser : public QDialog
{
    Q_OBJECT

public:
    ComparisonChooser(const QVector<CaseRecord> &cases, const QVector<ScenarioRecord> &scenarios,
                      qint64 openCase, QWidget *parent = nullptr);

    QVector<qint64> chosen() const;

private:
    QListWidget *m_list;
};

} // namespace akkoord::ui
