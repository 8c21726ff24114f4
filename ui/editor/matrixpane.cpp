#include "editor/matrixpane.h"

#include "editor/liveadvice.h"
#include "editor/scenariodocument.h"
#include "editor/strategymatrixview.h"
#include "support/prompt.h"
#include "support/textmeasure.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace akkoord::ui {

namespace {

constexpr int CellPadding = 10; // a cell's or header section's margins, as Qt draws them

// Cells whose text wraps within their column, as tall as the wrapped text: QTreeView asks its
// delegate for a row's height without the column's width, so a wrapped cell kept one line and
// ended in "…".
class WrappingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const auto *view = qobject_cast<const QTreeView *>(parent());
        QStyleOptionViewItem within(option);
        within.rect = QRect(0, 0, view->columnWidth(index.column()), QWIDGETSIZE_MAX);
        return QStyledItemDelegate::sizeHint(within, index);
    }
};

} // namespace

MatrixPane::MatrixPane(const Advisor &advisor, Language language, const QString &matrix,
                       QWidget *parent)
    : QWidget(parent), m_advisor(advisor), m_language(language), m_matrixId(matrix)
{
    m_view = new StrategyMatrixView;
    m_view->setTitleShown(false); // the choice above names it
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
    m_asTable = new QPushButton(tr("As a &table"));
    m_asTable->setCheckable(true);
    m_asTable->setToolTip(tr("Show the points and the route of the matrix as a table"));
    connect(m_asTable, &QPushButton::toggled, this, &MatrixPane::showTable);
    bar->addWidget(m_asTable);
    auto *png = new QPushButton(tr("PNG…"));
    png->setToolTip(tr("Save the matrix as a picture"));
    connect(png, &QPushButton::clicked, this, [this] { exportMatrix(false); });
    auto *svg = new QPushButton(tr("SVG…"));
    svg->setToolTip(tr("Save the matrix as a vector drawing"));
    connect(svg, &QPushButton::clicked, this, [this] { exportMatrix(true); });
    bar->addWidget(png);
    bar->addWidget(svg);
    layout->addLayout(bar);
    m_table = new QTreeWidget;
    m_table->setRootIsDecorated(false);
    m_table->setAccessibleName(tr("Matrix as a table"));
    m_table->setHeaderLabels({tr("Point"), QString(), QString(), tr("Kind")});
    m_table->setWordWrap(true);
    m_table->setItemDelegate(new WrappingDelegate(m_table));
    m_table->header()->setStretchLastSection(false);
    m_table->installEventFilter(this);
    m_route = new QLabel;
    m_route->setWordWrap(true);
    m_route->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_route->setFocusPolicy(Qt::StrongFocus);
    m_tablePage = new QWidget;
    auto *tableLayout = new QVBoxLayout(m_tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_route);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_tablePage);
    layout->addWidget(m_stack);
}

void MatrixPane::showTable(bool table)
{
    if (m_asTable->isChecked() != table) {
        m_asTable->setChecked(table); // comes back here through the signal
        return;
    }
    m_stack->setCurrentWidget(table ? m_tablePage : static_cast<QWidget *>(m_view));
    if (table) {
        fillTable();
    }
}

namespace {

// A position on one axis in words: the number (from -1 to 1) and the pole it leans to.
QString position(double v, const QString &negative, const QString &positive)
{
    const QString number = QLocale().toString(v, 'f', 2);
    if (std::abs(v) < 0.05) {
        return QCoreApplication::translate("akkoord::ui::MatrixPane", "%1 (centre)").arg(number);
    }
    return QStringLiteral("%1 (%2)").arg(number, v < 0 ? negative : positive);
}

// The widest word of a text, as drawn in a cell (its margins included).
int widestInCell(const QFontMetrics &metrics, const QString &text)
{
    return widestWord(metrics, text) + CellPadding;
}

// A text broken into lines of at most the given width, at spaces (a header does not wrap itself).
QString wrapped(const QFontMetrics &metrics, const QString &text, int width)
{
    QStringList lines;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = lines.isEmpty() ? word : lines.last() + QLatin1Char(' ') + word;
        if (!lines.isEmpty() && metrics.horizontalAdvance(longer) <= width) {
            lines.last() = longer;
        } else {
            lines << word;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

// The pole's words without the arrows the chart puts beside them.
QString pole(QString text)
{
    text.remove(QChar(0x25C0)).remove(QChar(0x25B6)).remove(QChar(0x25B2)).remove(QChar(0x25BC));
    return text.trimmed();
}

} // namespace

void MatrixPane::fillTable()
{
    const MatrixChartState &state = m_view->state();
    const QString xNegative = pole(state.xNegative);
    const QString xPositive = pole(state.xPositive);
    const QString yNegative = pole(state.yNegative);
    const QString yPositive = pole(state.yPositive);
    // The axes by their names (short enough for a narrow pane); the cells say which pole a
    // point leans to, and the header's tooltip names both.
    // The kind comes last: in a narrow pane it is what scrolls out of sight, not a position.
    m_headings = {tr("Point"), state.xLabel, state.yLabel, tr("Kind")};
    m_table->setHeaderLabels(m_headings);
    m_table->headerItem()->setToolTip(1, tr("%1 (−1) ↔ %2 (+1)").arg(xNegative, xPositive));
    m_table->headerItem()->setToolTip(2, tr("%1 (−1) ↔ %2 (+1)").arg(yNegative, yPositive));
    m_table->clear();
    const QString kinds[] = {tr("scenario"), tr("practice example"), tr("starting point"),
                             tr("where the source wants to go"),
                             tr("actual position from the agreements")};
    for (const ChartPoint &p : state.points) {
        QString kind = kinds[p.kind];
        if (p.emphasised && p.kind == ChartPoint::StartingPoint) {
            kind = tr("recommended starting point");
        }
        auto *row = new QTreeWidgetItem(m_table, {p.label, position(p.x, xNegative, xPositive),
                                                  position(p.y, yNegative, yPositive), kind});
        if (p.emphasised) {
            QFont bold = row->font(0);
            bold.setBold(true);
            row->setFont(0, bold);
        }
    }
    // The examples the chart leaves off, so that all the source's examples are accounted for.
    for (const QString &name : state.unplaced) {
        new QTreeWidgetItem(m_table, {name, QStringLiteral("—"), QStringLiteral("—"),
                                      tr("practice example, not placed: the source says nothing "
                                         "about its situation that would place it")});
    }
    fitColumns();
    m_route->setText(routeText());
}

// The columns share the table's width: each at its natural width when all fit (the last takes
// what is left), otherwise each gives up the same share of what it has beyond its longest word,
// and the cells wrap. Only when even the longest words do not fit does the table scroll sideways.
void MatrixPane::fitColumns()
{
    const int columns = m_table->columnCount();
    QVector<int> natural(columns);
    QVector<int> least(columns);
    for (int c = 0; c < columns; ++c) {
        natural[c] =
            m_table->header()->fontMetrics().horizontalAdvance(m_headings.value(c)) + CellPadding;
        least[c] = widestInCell(m_table->header()->fontMetrics(), m_headings.value(c));
        for (int r = 0; r < m_table->topLevelItemCount(); ++r) {
            const QTreeWidgetItem *row = m_table->topLevelItem(r);
            const QFontMetrics metrics(row->font(c));
            natural[c] =
                std::max(natural[c], metrics.horizontalAdvance(row->text(c)) + CellPadding);
            least[c] = std::max(least[c], widestInCell(metrics, row->text(c)));
        }
        least[c] = std::min(least[c], natural[c]);
    }
    const int available = m_table->viewport()->width();
    int wanted = 0;
    int minimum = 0;
    for (int c = 0; c < columns; ++c) {
        wanted += natural[c];
        minimum += least[c];
    }
    const double share = wanted <= available ? 1.0
                         : wanted == minimum
                             ? 0.0
                             : std::max(0.0, double(available - minimum) / (wanted - minimum));
    for (int c = 0; c < columns; ++c) {
        const int width = least[c] + int((natural[c] - least[c]) * share);
        m_table->setColumnWidth(
            c, c == columns - 1 && wanted <= available ? width + available - wanted : width);
        m_table->headerItem()->setText(
            c, wrapped(m_table->header()->fontMetrics(), m_headings.value(c), width - CellPadding));
    }
    m_table->doItemsLayout(); // the rows' heights follow the wrapped cells
}

bool MatrixPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Resize && m_table->isVisible()) {
        fitColumns();
    }
    return QWidget::eventFilter(watched, event);
}

QString MatrixPane::routeText() const
{
    const MatrixChartState &state = m_view->state();
    const auto at = [&state](double x, double y) {
        for (const ChartPoint &p : state.points) {
            if (std::abs(p.x - x) < 1e-9 && std::abs(p.y - y) < 1e-9) {
                return p.label;
            }
        }
        return QString();
    };
    QStringList steps;
    for (const ChartArrow &a : state.arrows) {
        const QString from = at(a.x1, a.y1);
        const QString to = at(a.x2, a.y2);
        if (from.isEmpty() || to.isEmpty()) {
            continue;
        }
        if (steps.isEmpty() || steps.last() != from) {
            steps << from;
        }
        steps << to;
    }
    return steps.isEmpty() ? tr("No route on this matrix.")
                           : tr("Route: %1").arg(steps.join(QStringLiteral(" → ")));
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

void MatrixPane::setActualPath(const QVector<PathPoint> &path)
{
    m_path = path;
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
    // One the source says nothing about that would place it has no place: it is not drawn where
    // no answers would put it, and the table says why.
    QString example;
    bool placed = true;
    if (const ReferenceCase *shown = m_advice->shownExample()) {
        example = shown->id;
        placed = MatrixChartState::places(m_advisor.knowledge(), *shown,
                                          m_advisor.knowledge().matrixIndex(m_matrixId));
    }
    QVector<QPair<QString, Advice>> scenarios;
    if (placed) {
        scenarios.append({label, m_advice->advice()});
    }
    MatrixChartState state =
        MatrixChartState::build(m_advisor, m_matrixId, m_language, scenarios, false, example);
    state.addPath(m_advisor.knowledge(), m_path);
    m_view->setState(state);
    if (m_stack->currentWidget() == m_tablePage) {
        fillTable();
    }
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
