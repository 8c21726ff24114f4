#include "editor/strategymatrixview.h"

#include "matrixpainter.h"

#include "common/outputfile.h"

#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace akkoord::ui {

namespace {

constexpr double Range = MatrixLayout::Range;

// A text's size relative to the widget's font, kept on the item (QGraphicsItem::data).
constexpr int RelativeSize = 0;

// The overlay's texts at full size want a plot of about this many of their lines (740×350 px at
// a 9 pt font, measured: at 1280×800 the goal's name crossed the cross at full size); a smaller
// plot (a window of 1024×700 leaves about 420×300) draws them smaller, down to MinimumScale of
// the user's font.
constexpr QSizeF RoomyPlotInLines(53, 25);
constexpr qreal MinimumScale = 0.85;

QFont scaledFont(QFont f, qreal factor)
{
    if (f.pointSizeF() > 0) {
        f.setPointSizeF(f.pointSizeF() * factor);
    } else {
        f.setPixelSize(qMax(1, qRound(f.pixelSize() * factor)));
    }
    return f;
}

} // namespace

StrategyMatrixView::StrategyMatrixView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->hide();
    chart()->setBackgroundRoundness(0);
    chart()->layout()->setContentsMargins(0, 0, 0, 0); // the view's edge is the chart's
    setMinimumSize(360, 300);
    setAccessibleName(tr("Strategy matrix"));
    connect(chart(), &QChart::plotAreaChanged, this, [this] { placeOverlay(); });
}

void StrategyMatrixView::setState(const MatrixChartState &state)
{
    m_state = state;
    // The view and the area it draws in are one thing to a screen reader: both carry the title.
    const QString name = state.title.isEmpty() ? tr("Strategy matrix") : state.title;
    setAccessibleName(name);
    viewport()->setAccessibleName(name);
    rebuild();
}

QString StrategyMatrixView::pointToolTip(const ChartPoint &p) const
{
    QString kindText;
    switch (p.kind) {
    case ChartPoint::Scenario:
        kindText = m_state.openExample.isEmpty() ? tr("Scenario")
                                                 : tr("Practice example, opened (read-only)");
        break;
    case ChartPoint::ReferenceCase:
        kindText = tr("Practice example (click to open)");
        break;
    case ChartPoint::StartingPoint:
        kindText = tr("Starting point");
        break;
    case ChartPoint::Goal:
        kindText = tr("Where the path leads");
        break;
    case ChartPoint::ActualQuarter:
        kindText = tr("Actual position from the agreements in force");
        break;
    }
    // Numbers as the language writes them ("-0,80" in Dutch), as the advice does.
    const QLocale locale;
    return QStringLiteral("<b>%1</b><br>%2<br>%3: %4 · %5: %6")
        .arg(p.label.toHtmlEscaped(), kindText.toHtmlEscaped(), m_state.xLabel.toHtmlEscaped(),
             locale.toString(p.x, 'f', 2), m_state.yLabel.toHtmlEscaped(),
             locale.toString(p.y, 'f', 2));
}

QScatterSeries *StrategyMatrixView::addSeries(ChartPoint::Kind kind, const QColor &color,
                                              qreal size, int shape, bool rings)
{
    auto *series = new QScatterSeries;
    series->setMarkerShape(QScatterSeries::MarkerShape(shape));
    series->setMarkerSize(size);
    series->setColor(color);
    series->setBorderColor(color.darker(140));
    if (rings) {
        // Hollow, with a thick edge: the marker drawn after it shows inside.
        series->setBrush(Qt::NoBrush);
        QPen edge(color, 3);
        series->setPen(edge);
    }
    for (int i = 0; i < m_state.points.size(); ++i) {
        const ChartPoint &p = m_state.points[i];
        if (p.kind == kind && m_state.coversAMarker(i) == rings) {
            series->append(p.x, p.y);
        }
    }
    chart()->addSeries(series);
    connect(series, &QScatterSeries::hovered, this, [this, kind](const QPointF &at, bool on) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        for (const ChartPoint &p : m_state.points) {
            if (p.kind == kind && std::abs(p.x - at.x()) < 1e-9 && std::abs(p.y - at.y()) < 1e-9) {
                QToolTip::showText(QCursor::pos(), pointToolTip(p), this);
                return;
            }
        }
    });
    if (kind == ChartPoint::ReferenceCase) {
        connect(series, &QScatterSeries::clicked, this, [this](const QPointF &at) {
            for (const ChartPoint &p : m_state.points) {
                if (p.kind == ChartPoint::ReferenceCase && std::abs(p.x - at.x()) < 1e-9 &&
                    std::abs(p.y - at.y()) < 1e-9) {
                    // After the series is done with the click: opening the example draws a new
                    // chart, which deletes this series (deleted inside its own mouse event, it
                    // corrupted memory: a crash found by a walkthrough).
                    QMetaObject::invokeMethod(
                        this, [this, id = p.id] { Q_EMIT referenceCaseActivated(id); },
                        Qt::QueuedConnection);
                    return;
                }
            }
        });
    }
    return series;
}

void StrategyMatrixView::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    for (QGraphicsItem *item : std::as_const(m_overlay)) {
        delete item;
    }
    m_overlay.clear();
    m_labels.clear();
    m_arrows.clear();
    m_leaders.clear();
    std::fill(std::begin(m_quadrants), std::end(m_quadrants), nullptr);
    std::fill(std::begin(m_poles), std::end(m_poles), nullptr);
    std::fill(std::begin(m_axisNames), std::end(m_axisNames), nullptr);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    addSeriesAndAxes(dark);
    addTexts();
    addArrowsAndLabels(dark);
    placeOverlay();
}

void StrategyMatrixView::addSeriesAndAxes(bool dark)
{
    QChart *c = chart();
    const QColor text = palette().color(QPalette::WindowText);
    // The cross through the middle divides the quadrants.
    auto *cross = new QLineSeries;
    cross->append(-Range, 0);
    cross->append(Range, 0);
    auto *crossY = new QLineSeries;
    crossY->append(0, -Range);
    crossY->append(0, Range);
    for (QLineSeries *line : {cross, crossY}) {
        QPen pen(palette().color(QPalette::Mid));
        pen.setWidthF(1.2);
        line->setPen(pen);
        c->addSeries(line);
    }
    // A scenario on another marker is a ring under it, so that both show and an example can
    // still be clicked.
    addSeries(ChartPoint::Scenario, matrixColor(ChartPoint::Scenario, dark), 18,
              QScatterSeries::MarkerShapeCircle, true);
    addSeries(ChartPoint::ReferenceCase, matrixColor(ChartPoint::ReferenceCase, dark), 11,
              QScatterSeries::MarkerShapeCircle);
    addSeries(ChartPoint::Goal, matrixColor(ChartPoint::Goal, dark), 16,
              QScatterSeries::MarkerShapeStar);
    addSeries(ChartPoint::StartingPoint, matrixColor(ChartPoint::StartingPoint, dark), 14,
              QScatterSeries::MarkerShapeRectangle);
    addSeries(ChartPoint::ActualQuarter, matrixColor(ChartPoint::ActualQuarter, dark), 12,
              QScatterSeries::MarkerShapeRotatedRectangle);
    addSeries(ChartPoint::Scenario, matrixColor(ChartPoint::Scenario, dark), 18,
              QScatterSeries::MarkerShapeCircle);

    auto *x = new QValueAxis;
    auto *y = new QValueAxis;
    for (QValueAxis *axis : {x, y}) {
        axis->setRange(-Range, Range);
        axis->setLabelsVisible(false);
        axis->setGridLineVisible(false);
        axis->setTickCount(2);
        axis->setLinePenColor(palette().color(QPalette::Mid));
        axis->setTitleBrush(text);
    }
    // Axis names and poles are drawn as overlay text: Qt Charts elides titles of label-less axes.
    x->setTitleVisible(false);
    y->setTitleVisible(false);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : c->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    c->setTitle(m_titleShown ? m_state.title : QString());
    c->setTitleBrush(text);
}

void StrategyMatrixView::addTexts()
{
    QChart *c = chart();
    const QColor text = palette().color(QPalette::WindowText);
    // Quadrant names, faint, in the outer corners.
    for (int q = 0; q < 4; ++q) {
        auto *label = new QGraphicsSimpleTextItem(m_state.quadrants[q], c);
        QFont f = font();
        f.setItalic(true);
        label->setFont(f);
        label->setData(RelativeSize, 1.0);
        QColor faint = text;
        faint.setAlphaF(0.55);
        label->setBrush(faint);
        m_quadrants[q] = label;
        m_overlay << label;
    }
    // The poles at the ends of the cross, and the axis names outside the plot.
    for (int i = 0; i < 4; ++i) {
        auto *pole = new QGraphicsSimpleTextItem(MatrixLayout::poleText(m_state, i), c);
        QFont f = font();
        f.setBold(true);
        pole->setFont(f);
        pole->setData(RelativeSize, 1.0);
        pole->setBrush(text);
        m_poles[i] = pole;
        m_overlay << pole;
    }
    for (int i = 0; i < 2; ++i) {
        auto *name = new QGraphicsSimpleTextItem(i == 0 ? m_state.xLabel : m_state.yLabel, c);
        name->setFont(font());
        name->setBrush(text);
        if (i == 1) {
            name->setRotation(-90);
        }
        m_axisNames[i] = name;
        m_overlay << name;
    }
}

void StrategyMatrixView::addArrowsAndLabels(bool dark)
{
    QChart *c = chart();
    // Arrows: situation to starting point, starting point on to the goal, baseline to variants.
    for (const ChartArrow &a : m_state.arrows) {
        auto *path = new QGraphicsPathItem(c);
        QColor color = arrowColor(a.kind, dark);
        QPen pen(color, a.kind == ChartArrow::TowardsGoal ? 2.5 : 2.0);
        if (a.kind == ChartArrow::ToStartingPoint) {
            pen.setStyle(Qt::DashLine);
        }
        path->setPen(pen);
        path->setBrush(color);
        path->setZValue(-1);
        m_arrows << path;
        m_overlay << path;
    }
    // Labels next to every point that has a name, with a thin line to its marker where the
    // name stands further off (MatrixLayout::leaders).
    for (const ChartPoint &p : m_state.points) {
        // The name's colour, its line's too.
        const QColor color = p.kind == ChartPoint::ReferenceCase
                                 ? palette().color(QPalette::PlaceholderText)
                                 : matrixColor(p.kind, dark);
        auto *leader = new QGraphicsLineItem(c);
        leader->setPen(QPen(color, 1));
        leader->setZValue(-1);
        leader->setVisible(false);
        m_leaders << leader;
        m_overlay << leader;
        auto *label = new QGraphicsSimpleTextItem(p.label, c);
        QFont f = font();
        f.setBold(p.emphasised || p.kind == ChartPoint::Scenario || p.kind == ChartPoint::Goal);
        label->setFont(f);
        label->setData(RelativeSize, p.kind == ChartPoint::ReferenceCase ? 0.9 : 1.0);
        label->setBrush(color);
        m_labels << label;
        m_overlay << label;
    }
}

QVector<QPair<QString, QRectF>> StrategyMatrixView::textGeometry() const
{
    QVector<QPair<QString, QRectF>> out;
    for (QGraphicsSimpleTextItem *item : m_labels) {
        if (item->isVisible()) {
            out.append({item->text(), item->sceneBoundingRect()});
        }
    }
    for (QGraphicsSimpleTextItem *item : m_quadrants) {
        if (item && item->isVisible()) {
            out.append({item->text(), item->sceneBoundingRect()});
        }
    }
    for (QGraphicsSimpleTextItem *item : m_poles) {
        if (item) {
            out.append({item->text(), item->sceneBoundingRect()});
        }
    }
    return out;
}

QVector<QPair<QString, QRectF>> StrategyMatrixView::axisNameGeometry() const
{
    QVector<QPair<QString, QRectF>> out;
    for (QGraphicsSimpleTextItem *item : m_axisNames) {
        if (item) {
            out.append({item->text(), mapFromScene(item->sceneBoundingRect()).boundingRect()});
        }
    }
    return out;
}

QVector<QLineF> StrategyMatrixView::leaderGeometry() const
{
    QVector<QLineF> out;
    for (QGraphicsLineItem *item : m_leaders) {
        if (item->isVisible()) {
            out << QLineF(item->mapToScene(item->line().p1()), item->mapToScene(item->line().p2()));
        }
    }
    return out;
}

QVector<QLineF> StrategyMatrixView::arrowGeometry() const
{
    QVector<QLineF> out;
    for (const MatrixLayout::Arrow &a : m_layout.arrows) {
        out << a.line;
    }
    return out;
}

void StrategyMatrixView::placeOverlay()
{
    QChart *c = chart();
    if (c->series().isEmpty() || !m_quadrants[0]) {
        return;
    }
    // In a small plot the texts are drawn smaller (never below MinimumScale of the user's font,
    // the practice examples' names included), so that they find room beside their markers.
    const QRectF plot = c->plotArea();
    const qreal line = QFontMetricsF(font()).height();
    const qreal scale = std::clamp(std::min(plot.width() / (RoomyPlotInLines.width() * line),
                                            plot.height() / (RoomyPlotInLines.height() * line)),
                                   MinimumScale, 1.0);
    QList<QGraphicsSimpleTextItem *> texts(std::begin(m_quadrants), std::end(m_quadrants));
    texts << QList(std::begin(m_poles), std::end(m_poles)) << m_labels;
    for (QGraphicsSimpleTextItem *item : std::as_const(texts)) {
        const qreal factor = std::max(MinimumScale, item->data(RelativeSize).toReal() * scale);
        QFont f = scaledFont(font(), factor);
        f.setBold(item->font().bold());
        f.setItalic(item->font().italic());
        item->setFont(f);
    }
    // The placement is the report painter's too (MatrixLayout); the chart only says where its
    // plot area is and how large the texts are in this widget's fonts.
    MatrixLayout::TextSizes sizes;
    const qreal room = MatrixLayout::quadrantWidth(c->plotArea());
    for (int q = 0; q < 4; ++q) {
        // A quadrant's name or a pole too long for its half goes on two lines rather than over
        // the cross (at 1024×700 the plot is about 400 px wide).
        const auto fit = [room](QGraphicsSimpleTextItem *item, const QString &text) {
            item->setText(QFontMetricsF(item->font()).horizontalAdvance(text) > room
                              ? MatrixLayout::inTwoLines(text)
                              : text);
            return item->boundingRect().size();
        };
        sizes.quadrants[q] = fit(m_quadrants[q], m_state.quadrants[q]);
        sizes.poles[q] = fit(m_poles[q], MatrixLayout::poleText(m_state, q));
    }
    // An axis name longer than its side of the plot (a large font) goes on two lines; the chart
    // keeps room for the names as they are drawn, so none is cut at the view's edge.
    for (int i = 0; i < 2; ++i) {
        const QString name = i == 0 ? m_state.xLabel : m_state.yLabel;
        const qreal side = i == 0 ? plot.width() : plot.height();
        m_axisNames[i]->setText(QFontMetricsF(m_axisNames[i]->font()).horizontalAdvance(name) > side
                                    ? MatrixLayout::inTwoLines(name)
                                    : name);
        sizes.axisNames[i] = m_axisNames[i]->boundingRect().size();
    }
    const QMargins margins(int(std::ceil(sizes.axisNames[1].height())) + 8, 4, 8,
                           int(std::ceil(sizes.axisNames[0].height())) + 8);
    if (c->margins() != margins) {
        c->setMargins(margins);
        c->layout()->activate(); // the plot's new size, now
        placeOverlay();
        return;
    }
    for (int i = 0; i < m_labels.size() && i < m_state.points.size(); ++i) {
        // Each name measured on one line and on two, as the item draws it.
        QGraphicsSimpleTextItem *label = m_labels[i];
        const QString &name = m_state.points[i].label;
        label->setText(MatrixLayout::inTwoLines(name));
        sizes.labelsInTwo << label->boundingRect().size();
        label->setText(name);
        sizes.labels << label->boundingRect().size();
    }
    m_layout = MatrixLayout::place(m_state, c->plotArea(), sizes);
    for (int q = 0; q < 4; ++q) {
        m_quadrants[q]->setPos(m_layout.quadrants[q].topLeft());
        m_quadrants[q]->setVisible(!m_layout.quadrantHidden[q]);
        m_poles[q]->setPos(m_layout.poles[q].topLeft());
    }
    for (int i = 0; i < 2; ++i) {
        m_axisNames[i]->setPos(m_layout.axisNames[i]);
    }
    for (int i = 0; i < m_labels.size() && i < m_layout.labels.size(); ++i) {
        if (m_layout.labelInTwo.value(i)) {
            m_labels[i]->setText(MatrixLayout::inTwoLines(m_state.points[i].label));
        }
        m_labels[i]->setVisible(!m_layout.labelHidden.value(i));
        m_labels[i]->setPos(m_layout.labels[i].topLeft());
        const QLineF leader = m_layout.leaders.value(i);
        m_leaders[i]->setLine(leader);
        m_leaders[i]->setVisible(!leader.isNull());
    }
    for (int i = 0; i < m_arrows.size() && i < m_layout.arrows.size(); ++i) {
        const MatrixLayout::Arrow &a = m_layout.arrows[i];
        QPainterPath path;
        if (a.drawn) {
            path.moveTo(a.shaft.p1());
            path.lineTo(a.shaft.p2());
            path.addPolygon(QPolygonF({a.head[0], a.head[1], a.head[2], a.head[0]}));
        }
        m_arrows[i]->setPath(path);
    }
}

void StrategyMatrixView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    placeOverlay();
}

void StrategyMatrixView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    } else if (event->type() == QEvent::FontChange) {
        rebuild(); // every text at the new size, and the chart's room for the axes' names
    }
}

void StrategyMatrixView::applyPalette()
{
    chart()->setBackgroundBrush(palette().color(QPalette::Base));
    chart()->setPlotAreaBackgroundVisible(false);
    rebuild();
}

void StrategyMatrixView::setTitleShown(bool shown)
{
    m_titleShown = shown;
    chart()->setTitle(shown ? m_state.title : QString());
}

void StrategyMatrixView::drawStandalone(const QSize &size, const std::function<void()> &draw)
{
    const QSize old = this->size();
    chart()->setTitle(m_state.title);
    resize(size);
    chart()->layout()->activate(); // the plot makes room for the name now, not at the next event
    placeOverlay();
    draw();
    setTitleShown(m_titleShown);
    resize(old);
    chart()->layout()->activate();
    placeOverlay();
}

bool StrategyMatrixView::exportPng(const QString &path, const QSize &size)
{
    QPixmap pixmap;
    drawStandalone(size, [this, &pixmap] { pixmap = grab(); });
    // Written like every other output: whole or not at all, private, never over a device.
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    return pixmap.save(&buffer, "PNG") && !OutputFile::write(path, data).isError();
}

bool StrategyMatrixView::exportSvg(const QString &path, const QSize &size)
{
    QByteArray data;
    QBuffer buffer(&data);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(m_state.title);
    svg.setDescription(tr("Akkoord strategy matrix"));
    bool painted = false;
    drawStandalone(size, [this, &svg, &painted] {
        QPainter painter;
        painted = painter.begin(&svg);
        if (painted) {
            render(&painter);
        }
    });
    return painted && !OutputFile::write(path, data).isError();
}

} // namespace akkoord::ui
