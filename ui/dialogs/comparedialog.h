#pragma once

#include "advice/comparison.h"

#include <QDialog>

class QLabel;
class QTableView;
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
    // The question column that stays in sight while the table is scrolled sideways.
    QTableView *frozenQuestions() const { return m_frozen; }
    StrategyMatrixView *matrix() const { return m_matrix; }
    // Asks where, writes the comparison report there, and says beside the buttons where it went
    // (the dialog has no status bar).
    void exportReport(bool pdf);
    // What the dialog last said about a written report (empty: nothing written yet).
    QString reportMessage() const;

private:
    // The answers side by side, differences marked; the matrix with every scenario on it.
    QWidget *buildTable();
    QWidget *buildMatrix();
    // The scenarios' titles in the header, cut with "…" where a column is narrower.
    void elideTitles();
    void freezeQuestions();
    void placeFrozen();
    void fitQuestions();
    bool eventFilter(QObject *watched, QEvent *event) override;

    const Advisor &m_advisor;
    Language m_language;
    QVector<QPair<QString, Scenario>> m_scenarios;
    Comparison m_comparison;
    QTableWidget *m_table;
    QTableView *m_frozen;     // the question column, kept in sight while the table scrolls sideways
    int m_scenarioColumn = 0; // the narrowest a scenario's column gets: its longest word
    StrategyMatrixView *m_matrix;
    QLabel *m_written;
};

} // namespace akkoord::ui
