#include "dialogs/comparedialog.h"

#include "advice/advicetext.h"
#include "advice/matrixchart.h"
#include "editor/strategymatrixview.h"
#include "reportwriter.h"
#include "support/prompt.h"
#include "support/screenfit.h"
#include "support/textmeasure.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace akkoord::ui {

namespace {

constexpr int QuestionColumn = 260;
constexpr int NarrowQuestionColumn = 180; // where the scenarios would not fit beside 260
constexpr int MinimumColumn = 140;
constexpr int CellPadding = 16; // a cell's or a header section's margins and frame

// The answers' table, with the keyboard's cursor kept clear of the frozen question column (as
// in Qt's frozen-column example): a cell moved to on the left scrolls out from under it.
class AnswersTable : public QTableWidget
{
public:
    using QTableWidget::QTableWidget;

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override
    {
        const QModelIndex current = QTableWidget::moveCursor(action, modifiers);
        const int hidden = visualRect(current).left() - columnWidth(0);
        if (action == MoveLeft && current.column() > 0 && hidden < 0) {
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() + hidden);
        }
        return current;
    }

    void scrollTo(const QModelIndex &index, ScrollHint hint) override
    {
        if (index.column() > 0) {
            QTableWidget::scrollTo(index, hint);
        }
    }
};

} // namespace

CompareDialog::CompareDialog(const Advisor &advisor, Language language,
                             const QVector<QPair<QString, Scenario>> &scenarios, QWidget *parent)
    : QDialog(parent), m_advisor(advisor), m_language(language), m_scenarios(scenarios),
      m_comparison(Comparison::build(scenarios, advisor))
{
    setWindowTitle(tr("Compare scenarios"));
    resize(fittingSize(parent, QSize(1200, 760)));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Answers that differ from the first scenario are highlighted. "
                                "Arrows on the matrix run from the first scenario to the others."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(buildTable());
    split->addWidget(buildMatrix());
    // The table as wide as its questions and scenarios want, between half and five eighths of
    // the dialog; the matrix takes the rest.
    const int wanted = QuestionColumn + m_scenarioColumn * int(m_comparison.items.size()) +
                       m_table->verticalScrollBar()->sizeHint().width() + 2 * m_table->frameWidth();
    const int share = std::clamp(wanted, width() / 2, width() * 5 / 8);
    split->setSizes({share, width() - share});
    layout->addWidget(split, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *pdf = buttons->addButton(tr("Report as PDF…"), QDialogButtonBox::ActionRole);
    connect(pdf, &QPushButton::clicked, this, [this] { exportReport(true); });
    QPushButton *html = buttons->addButton(tr("Report as HTML…"), QDialogButtonBox::ActionRole);
    connect(html, &QPushButton::clicked, this, [this] { exportReport(false); });
    // Where a report went, beside the buttons that wrote it.
    m_written = new QLabel(this);
    m_written->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_written->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_written, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
}

QString CompareDialog::reportMessage() const
{
    return m_written->text();
}

QWidget *CompareDialog::buildTable()
{
    const KnowledgeBase &kb = m_advisor.knowledge();
    const Language language = m_language;
    const AdviceText words(kb, language);
    // The question is a column of its own, so long questions wrap instead of being cut off.
    const int columns = int(m_comparison.items.size()) + 1;
    m_table = new AnswersTable(int(m_comparison.rows.size()) + 3, columns);
    m_table->setAccessibleName(tr("Answers side by side"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    QStringList headers{QString()};
    for (const ComparedScenario &item : m_comparison.items) {
        headers << item.scenario.title;
    }
    m_table->setHorizontalHeaderLabels(headers);
    for (int c = 0; c < m_comparison.items.size(); ++c) {
        m_table->horizontalHeaderItem(c + 1)->setToolTip(m_comparison.items[c].label);
    }
    QColor soft = palette().color(QPalette::Highlight);
    soft.setAlphaF(0.25);
    const auto rowLabel = [this](int row, const QString &text, bool bold) {
        auto *item = new QTableWidgetItem(text);
        QFont f = item->font();
        f.setBold(bold);
        item->setFont(f);
        m_table->setItem(row, 0, item);
    };
    rowLabel(0, tr("Advice"), true);
    rowLabel(1, words.strengthHeading(), false);
    rowLabel(2, tr("Tactics"), false);
    for (int c = 0; c < m_comparison.items.size(); ++c) {
        const Advice &a = m_comparison.items[c].advice;
        auto *start = new QTableWidgetItem(words.outcomeLabel(a));
        QFont bold = start->font();
        bold.setBold(true);
        start->setFont(bold);
        if (words.outcomeLabel(a) != words.outcomeLabel(m_comparison.items.first().advice)) {
            start->setBackground(soft);
        }
        m_table->setItem(0, c + 1, start);
        m_table->setItem(1, c + 1, new QTableWidgetItem(words.strengthLabel(a.strength)));
        QStringList tactics;
        for (const WeightedMeasure &t : a.tactics) {
            tactics << kb.measure(kb.tactics(), t.id)->label.in(language);
        }
        // An empty cell would read as missing: none is an answer of the advice too.
        m_table->setItem(2, c + 1,
                         new QTableWidgetItem(tactics.isEmpty()
                                                  ? tr("No special circumstances")
                                                  : tactics.join(QStringLiteral(", "))));
    }
    for (int r = 0; r < m_comparison.rows.size(); ++r) {
        const ComparisonRow &row = m_comparison.rows[r];
        rowLabel(r + 3,
                 (row.differs ? QStringLiteral("≠ ") : QString()) +
                     kb.question(row.question)->label.in(language),
                 row.differs);
        for (int c = 0; c < row.values.size(); ++c) {
            const ComparedScenario &item = m_comparison.items[c];
            auto *cell = new QTableWidgetItem(
                words.answerText(item.scenario.answers, row.question,
                                 !item.advice.notApplicable.contains(row.question)));
            if (row.differs && row.values[c] != row.values.first()) {
                cell->setBackground(soft);
                QFont f = cell->font();
                f.setBold(true);
                cell->setFont(f);
            }
            m_table->setItem(r + 3, c + 1, cell);
        }
    }
    // The questions keep a readable width (the user can widen them); the scenarios share the
    // rest, each at least as wide as the longest word in the table (a cell cuts no word; at a
    // large font that is wider) and MinimumColumn, beyond which the table scrolls sideways. Rows
    // follow the widths, so a question wraps to as many lines as it needs there and no more.
    int widest = MinimumColumn;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        for (int c = 0; c < columns; ++c) {
            QTableWidgetItem *item = m_table->item(r, c);
            if (!item) {
                continue;
            }
            item->setToolTip(item->text());
            QFont f = m_table->font();
            f.setBold(item->font().bold());
            const QFontMetrics metrics(f);
            widest = std::max(widest, widestWord(metrics, item->text()) + CellPadding);
        }
    }
    m_scenarioColumn = widest;
    QHeaderView *header = m_table->horizontalHeader();
    header->setMinimumSectionSize(widest);
    header->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->setColumnWidth(0, std::max(QuestionColumn, widest));
    for (int c = 1; c < columns; ++c) {
        header->setSectionResizeMode(c, QHeaderView::Stretch);
    }
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Qt 6 clips a header's text at both ends instead of eliding it: a scenario's title is cut
    // here, with "…", and stands whole in its tooltip.
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(header, &QHeaderView::sectionResized, this, &CompareDialog::elideTitles);
    elideTitles();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    freezeQuestions();
    m_table->viewport()->installEventFilter(this);
    return m_table;
}

// Where the table scrolls sideways the questions stay in sight: a second view over the same
// cells shows only the first column, on top of the table's own (Qt's frozen-column pattern).
// It takes no focus: the keyboard and screen readers have the table itself.
void CompareDialog::freezeQuestions()
{
    m_frozen = new QTableView(m_table);
    m_frozen->setModel(m_table->model());
    m_frozen->setSelectionModel(m_table->selectionModel());
    m_frozen->setAccessibleName(tr("Questions"));
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_frozen->setWordWrap(true);
    m_frozen->verticalHeader()->hide();
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollMode(m_table->verticalScrollMode());
    m_frozen->setFrameShape(QFrame::NoFrame);
    for (int c = 1; c < m_table->columnCount(); ++c) {
        m_frozen->setColumnHidden(c, true);
    }
    m_table->viewport()->stackUnder(m_frozen);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int column, int, int size) {
                if (column == 0) {
                    m_frozen->setColumnWidth(0, size);
                    placeFrozen();
                }
            });
    connect(m_table->verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int row, int, int size) { m_frozen->setRowHeight(row, size); });
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged,
            m_table->verticalScrollBar(), &QAbstractSlider::setValue);
    connect(m_table->verticalScrollBar(), &QAbstractSlider::valueChanged,
            m_frozen->verticalScrollBar(), &QAbstractSlider::setValue);
    connect(m_table->horizontalScrollBar(), &QAbstractSlider::valueChanged, this,
            &CompareDialog::placeFrozen);
    m_frozen->setColumnWidth(0, m_table->columnWidth(0));
    for (int r = 0; r < m_table->rowCount(); ++r) {
        m_frozen->setRowHeight(r, m_table->rowHeight(r));
    }
    placeFrozen();
}

void CompareDialog::placeFrozen()
{
    // Only while the table is scrolled sideways: otherwise the question column is in its place.
    const bool scrolled = m_table->horizontalScrollBar()->value() > 0;
    m_frozen->setVisible(scrolled);
    if (scrolled) {
        m_frozen->setGeometry(m_table->frameWidth(), m_table->frameWidth(), m_table->columnWidth(0),
                              m_table->viewport()->height() +
                                  m_table->horizontalHeader()->height());
        m_frozen->verticalScrollBar()->setValue(m_table->verticalScrollBar()->value());
    }
}

// The questions narrow (to NarrowQuestionColumn) before the scenarios would have to scroll.
void CompareDialog::fitQuestions()
{
    const int scenarios = int(m_comparison.items.size());
    const int room = m_table->viewport()->width() - m_scenarioColumn * scenarios;
    m_table->setColumnWidth(
        0, std::max(m_scenarioColumn, std::clamp(room, NarrowQuestionColumn, QuestionColumn)));
    placeFrozen();
}

bool CompareDialog::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport's own resize: by then its new width is known (the table's comes first).
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        fitQuestions();
    }
    return QDialog::eventFilter(watched, event);
}

void CompareDialog::elideTitles()
{
    const QHeaderView *header = m_table->horizontalHeader();
    for (int c = 1; c < m_table->columnCount() && c <= m_comparison.items.size(); ++c) {
        m_table->horizontalHeaderItem(c)->setText(
            header->fontMetrics().elidedText(m_comparison.items[c - 1].scenario.title,
                                             Qt::ElideRight, header->sectionSize(c) - CellPadding));
    }
}

QWidget *CompareDialog::buildMatrix()
{
    const KnowledgeBase &kb = m_advisor.knowledge();
    const Language language = m_language;
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *which = new QComboBox;
    which->setAccessibleName(tr("Matrix"));
    for (const Matrix &m : kb.matrices()) {
        which->addItem(m.label.in(language), m.id);
    }
    m_matrix = new StrategyMatrixView;
    m_matrix->setTitleShown(false); // the choice above names it
    QVector<QPair<QString, Advice>> positions;
    for (const ComparedScenario &item : m_comparison.items) {
        positions.append({item.scenario.title, item.advice});
    }
    const auto draw = [this, positions, which] {
        m_matrix->setState(MatrixChartState::build(m_advisor, which->currentData().toString(),
                                                   m_language, positions, true));
    };
    connect(which, &QComboBox::currentIndexChanged, this, draw);
    draw();
    rightLayout->addWidget(which);
    rightLayout->addWidget(m_matrix);
    return right;
}

void CompareDialog::exportReport(bool pdf)
{
    const QString path = Prompt::fileToSave(
        this, tr("Save comparison report"),
        QDir::home().filePath(tr("comparison") +
                              (pdf ? QStringLiteral(".pdf") : QStringLiteral(".html"))),
        pdf ? tr("PDF document (*.pdf)") : tr("Web page (*.html)"));
    if (path.isEmpty()) {
        return;
    }
    const ReportWriter writer(m_advisor, m_language);
    const Report report = writer.comparisonReport(m_scenarios);
    const Error e = pdf ? writer.writePdf(report, path) : writer.writeHtml(report, path);
    if (e.isError()) {
        m_written->clear();
        Prompt::inform(this, PromptRequest::Error, tr("The report was not written"), e.toString());
        return;
    }
    const QString where = QDir::toNativeSeparators(path);
    m_written->setText(tr("Report written to %1.").arg(where));
    m_written->setToolTip(where);
}

} // namespace akkoord::ui
