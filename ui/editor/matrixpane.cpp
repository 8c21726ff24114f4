#include "editor/matrixpane.h"

#include "editor/liveadvice.h"
#include "editor/scenariodocument.h"
#include "editor/strategymatrixview.h"
#include "support/prompt.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace akkoord::ui {

MatrixPane::MatrixPane(const Advisor &advisor, Language language, const QString &matrix,
                       QWidget *parent)
    : QWidget(parent), m_advisor(advisor), m_language(language), m_matrixId(matrix)
{
    m_view = new StrategyMatrixView;
    connect(m_view, &StrategyMatrixView::referenceCaseActivated, this,
            &MatrixPane::referenceCaseActivated);
    m_choice = new QComboBox;
    m_choice->setAccessibleName(tr("Which matrix"));
    for (const Matrix &m : advisor.knowledge().matrices()) {
        m_choice->addItem(m.label.in(language), m.id);
    }
    m_choice->setCurrentIndex(qMax(0, m_choice->findData(m_matrixId)));
    connect(m_choice, &QComboBox::currentIndexChanged, this,
            [this] { showMatrix(m_choice->currentData().toString()); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Matrix:")));
    bar->addWidget(m_choice);
    bar->addStretch();
    auto *png = new QPushButton(tr("PNG…"));
    png->setToolTip(tr("Save the matrix as a picture"));
    connect(png, &QPushButton::clicked, this, [this] { exportMatrix(false); });
    auto *svg = new QPushButton(tr("SVG…"));
    svg->setToolTip(tr("Save the matrix as a vector drawing"));
    connect(svg, &QPushButton::clicked, this, [this] { exportMatrix(true); });
    bar->addWidget(png);
    bar->addWidget(svg);
    layout->addLayout(bar);
    layout->addWidget(m_view);
}

void MatrixPane::attach(const ScenarioDocument *document, const LiveAdvice *advice)
{
    m_document = document;
    m_advice = advice;
    connect(advice, &LiveAdvice::changed, this, &MatrixPane::update);
    update();
}

void MatrixPane::showMatrix(const QString &matrix)
{
    const int index = m_choice->findData(matrix);
    if (index < 0) {
        return;
    }
    m_matrixId = matrix;
    if (m_choice->currentIndex() != index) {
        m_choice->setCurrentIndex(index); // comes back here through the signal
        return;
    }
    update();
}

void MatrixPane::update()
{
    if (!m_document || !m_document->isOpen()) {
        return;
    }
    // A practice example is shown under its name, a scenario under its title.
    const QString label =
        m_document->isReadOnly() ? m_document->municipality() : m_document->content().title;
    // An open practice example is the scenario on its chart: drawn once, not also as an example.
    QString example;
    if (m_document->isReadOnly()) {
        for (const ReferenceCase &c : m_advisor.knowledge().referenceCases()) {
            example = c.name == m_document->municipality() ? c.id : example;
        }
    }
    m_view->setState(MatrixChartState::build(m_advisor, m_matrixId, m_language,
                                             {{label, m_advice->advice()}}, false, example));
}

void MatrixPane::exportMatrix(bool svg)
{
    const QString suffix = svg ? QStringLiteral("svg") : QStringLiteral("png");
    const QString path = Prompt::fileToSave(
        this, tr("Export matrix"), QDir::home().filePath(QStringLiteral("matrix.") + suffix),
        svg ? tr("SVG drawing (*.svg)") : tr("PNG picture (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    const bool ok = svg ? m_view->exportSvg(path) : m_view->exportPng(path);
    if (!ok) {
        Error e;
        e.kind = ErrorKind::StorageFailed;
        e.file = path;
        e.message = tr("the file could not be written");
        Prompt::showError(this, tr("The matrix was not exported"), e);
    }
}

} // namespace akkoord::ui
