#pragma once

#include "advice/comparison.h"

#include <QDialog>

class QTableWidget;

namespace akkoord::ui {

class StrategyMatrixView;

// Two or more scenarios side by side: answers with the differences highlighted, the advice of
// each, and all positions on one matrix with arrows from the first (the baseline).
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(const Advisor &advisor, Language language,
                  const QVector<QPair<QString, Scenario>> &scenarios, QWidget *parent = nullptr);

    const Comparison &comparison() const { return m_comparison; }
    QTableWidget *table() const { return m_table; }
    StrategyMatrixView *matrix() const { return m_matrix; }

private:
    // The answers side by side, differences marked; the matrix with every scenario on it.
    QWidget *buildTable();
    QWidget *buildMatrix();
    // The scenarios' titles in the header, cut with "…" where a column is narrower.
    void elideTitles();
    void exportReport(bool pdf);

    const Advisor &m_advisor;
    Language m_language;
    QVector<QPair<QString, Scenario>> m_scenarios;
    Comparison m_comparison;
    QTableWidget *m_table;
    StrategyMatrixView *m_matrix;
};

} // namespace akkoord::ui
