#pragma once

#include "knowledge/advisor.h"

#include <QWidget>

class QComboBox;

namespace akkoord::ui {

class LiveAdvice;
class ScenarioDocument;
class StrategyMatrixView;

// The matrix beside the questions: which matrix, the chart of the open scenario (where it stands,
// the starting point, the practice examples) and its export as PNG or SVG. It listens to the
// live advice; choosing a matrix changes only this view.
class MatrixPane : public QWidget
{
    Q_OBJECT

public:
    MatrixPane(const Advisor &advisor, Language language, const QString &matrix,
               QWidget *parent = nullptr);

    void attach(const ScenarioDocument *document, const LiveAdvice *advice);
    void showMatrix(const QString &matrix);
    QString matrix() const { return m_matrixId; }
    StrategyMatrixView *view() const { return m_view; }
    void exportMatrix(bool svg);

Q_SIGNALS:
    void referenceCaseActivated(const QString &id);

private:
    void update();

    const Advisor &m_advisor;
    Language m_language;
    QString m_matrixId;
    const ScenarioDocument *m_document = nullptr;
    const LiveAdvice *m_advice = nullptr;
    QComboBox *m_choice;
    StrategyMatrixView *m_view;
};

} // namespace akkoord::ui
