#include "agreements/progressview.h"

#include "progresspainter.h"

#include <QPainter>

namespace akkoord::ui {

ProgressView::ProgressView(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(300, 200);
    setAccessibleName(tr("Committed and realised per target group"));
}

void ProgressView::setState(const ProgressChartState &state)
{
    m_state = state;
    // The chart in words, for a screen reader: the latest figure of each series.
    QStringList words;
    for (const ProgressChartState::Series &s : m_state.series) {
        words << tr("%1: %2 of %3")
                     .arg(s.label)
                     .arg(s.realised.isEmpty() ? 0 : s.realised.last())
                     .arg(s.committed.isEmpty() ? 0 : s.committed.last());
    }
    setAccessibleDescription(words.join(QStringLiteral("; ")));
    update();
}

void ProgressView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    ProgressPainter::Colors colors;
    colors.text = palette().color(QPalette::WindowText);
    colors.faint = palette().color(QPalette::PlaceholderText);
    colors.committed = palette().color(QPalette::PlaceholderText);
    colors.realised = palette().color(QPalette::Highlight);
    colors.frame = palette().color(QPalette::Mid);
    const QSizeF size(std::max(600, width()),
                      std::max(300, width()) * height() / std::max(1, width()));
    ProgressPainter(m_state, colors).paint(&painter, QRectF(rect()).adjusted(8, 8, -8, -8), size);
}

} // namespace akkoord::ui
