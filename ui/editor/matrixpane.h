#pragma once

#include "agreements/position.h"
#include "knowledge/advisor.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace akkoord::ui {

class LiveAdvice;
class ScenarioDocument;
class StrategyMatrixView;

// The matrix beside the questions: which matrix, the chart of the open scenario (where it stands,
// the starting point, the practice examples) and its export as PNG or SVG. It listens to the
// live advice; choosing a matrix changes only this view. The same points and route can be shown
// as a table (the text alternative of the chart, for the keyboard and screen readers).
class MatrixPane : public QWidget
{
    Q_OBJECT

public:
    MatrixPane(const Advisor &advisor, Language language, const QString &matrix,
               QWidget *parent = nullptr);

    void attach(const ScenarioDocument *document, const LiveAdvice *advice);
    void showMatrix(const QString &matrix);
    // The municipality's actual path from its agreements, drawn beside the advice's route (the
    // main window gives it while the open scenario is its municipality's baseline; empty: none).
    void setActualPath(const QVector<PathPoint> &path);
    QString matrix() const { return m_matrixId; }
    StrategyMatrixView *view() const { return m_view; }
    // The chart's points as rows (name, position on each axis, kind) and its route in words.
    QTreeWidget *table() const { return m_table; }
    QString routeText() const;
    void showTable(bool table);
    void exportMatrix(bool svg);

Q_SIGNALS:
    void referenceCaseActivated(const QString &id);

private:
    QVector<PathPoint> m_path;
    void update();
    void fillTable();
    void fitColumns();
    bool eventFilter(QObject *watched, QEvent *event) override;

    const Advisor &m_advisor;
    Language m_language;
    QString m_matrixId;
    const ScenarioDocument *m_document = nullptr;
    const LiveAdvice *m_advice = nullptr;
    QComboBox *m_choice;
    StrategyMatrixView *m_view;
    QPushButton *m_asTable;
    QStackedWidget *m_stack;
    QWidget *m_tablePage;
    QTreeWidget *m_table;
    QStringList m_headings; // the table's column headings as one line each
    QLabel *m_route;
};

} // namespace akkoord::ui
