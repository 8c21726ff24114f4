#include "strategymatrixview.h"

#include "outputfile.h"

#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
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

constexpr double Range = 1.12;

QColor kindColor(ChartPoint::Kind kind, bool dark)
{
    switch (kind) {
    case ChartPoint::Scenario:
        return dark ? QColor(0x4f, 0xb3, 0xff) : QColor(0x00, 0x5a, 0xa0);
    case ChartPoint::ReferenceCase:
        return dark ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x70, 0x70, 0x70);
    case ChartPoint::StartingPoint:
        return dark ? QColor(0xff, 0xb0, 0x4f) : QColor(0xc0, 0x5a, 0x00);
    case ChartPoint::Goal:
        return dark ? QColor(0x7f, 0xd8, 0x7f) : QColor(0x1a, 0x7f, 0x37);
    }
    return Qt::black;
}

} // namespace

StrategyMatrixView::StrategyMatrixView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->hide();
    chart()->setMargins(QMargins(26, 4, 8, 26)); // room for the axis names
    chart()->setBackgroundRoundness(0);
    setMinimumSize(360, 300);
    setAccessibleName(tr("Strategy matrix"));
    connect(chart(), &QChart::plotAreaChanged, this, [this] { placeOverlay(); });
}

void StrategyMatrixView::setState(const MatrixChartState &state)
{
    m_state = state;
    rebuild();
}

QScatterSeries *StrategyMatrixView::addSeries(ChartPoint::Kind kind, const QColor &color,
                                              qreal size, int shape)
{
    auto *series = new QScatterSeries;
    series->setMarkerShape(QScatterSeries::MarkerShape(shape));
    series->setMarkerSize(size);
    series->setColor(color);
    series->setBorderColor(color.darker(140));
    for (const ChartPoint &p : m_state.points) {
        if (p.kind == kind) {
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
                QString kindText;
                switch (kind) {
                case ChartPoint::Scenario:
                    kindText = tr("Scenario");
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
                }
                QToolTip::showText(
                    QCursor::pos(),
                    QStringLiteral("<b>%1</b><br>%2<br>%3: %4 · %5: %6")
                        .arg(p.label.toHtmlEscaped(), kindText, m_state.xLabel.toHtmlEscaped())
                        .arg(p.x, 0, 'f', 2)
                        .arg(m_state.yLabel.toHtmlEscaped())
                        .arg(p.y, 0, 'f', 2),
                    this);
                return;
            }
        }
    });
    if (kind == ChartPoint::ReferenceCase) {
        connect(series, &QScatterSeries::clicked, this, [this](const QPointF &at) {
            for (const ChartPoint &p : m_state.points) {
                if (p.kind == ChartPoint::ReferenceCase && std::abs(p.x - at.x()) < 1e-9 &&
                    std::abs(p.y - at.y()) < 1e-9) {
                    Q_EMIT referenceCaseActivated(p.id);
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
    m_anchored.clear();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
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
    addSeries(ChartPoint::ReferenceCase, kindColor(ChartPoint::ReferenceCase, dark), 11,
              QScatterSeries::MarkerShapeCircle);
    addSeries(ChartPoint::Goal, kindColor(ChartPoint::Goal, dark), 16,
              QScatterSeries::MarkerShapeStar);
    addSeries(ChartPoint::StartingPoint, kindColor(ChartPoint::StartingPoint, dark), 14,
              QScatterSeries::MarkerShapeRectangle);
    addSeries(ChartPoint::Scenario, kindColor(ChartPoint::Scenario, dark), 18,
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
    c->setTitle(m_state.title);
    c->setTitleBrush(text);

    // Quadrant names, faint, in the outer corners.
    const QPointF corners[4] = {{-Range, Range}, {Range, Range}, {-Range, -Range}, {Range, -Range}};
    for (int q = 0; q < 4; ++q) {
        auto *label = new QGraphicsSimpleTextItem(m_state.quadrants[q], c);
        QFont f = font();
        f.setItalic(true);
        label->setFont(f);
        QColor faint = text;
        faint.setAlphaF(0.55);
        label->setBrush(faint);
        label->setData(0, q);
        m_overlay << label;
        m_anchored << qMakePair(static_cast<QGraphicsItem *>(label), corners[q]);
    }
    // The poles at the ends of the cross, and the axis names outside the plot.
    const QString poles[4] = {
        QStringLiteral("◀ ") + m_state.xNegative, m_state.xPositive + QStringLiteral(" ▶"),
        QStringLiteral("▼ ") + m_state.yNegative, QStringLiteral("▲ ") + m_state.yPositive};
    for (int i = 0; i < 4; ++i) {
        auto *pole = new QGraphicsSimpleTextItem(poles[i], c);
        QFont f = font();
        f.setBold(true);
        pole->setFont(f);
        pole->setBrush(text);
        pole->setData(3, i);
        m_overlay << pole;
    }
    for (int i = 0; i < 2; ++i) {
        auto *name = new QGraphicsSimpleTextItem(i == 0 ? m_state.xLabel : m_state.yLabel, c);
        name->setBrush(text);
        name->setData(4, i);
        if (i == 1) {
            name->setRotation(-90);
        }
        m_overlay << name;
    }
    // Arrows: situation to starting point, starting point on to the goal, baseline to variants.
    for (const ChartArrow &a : m_state.arrows) {
        auto *path = new QGraphicsPathItem(c);
        QColor color = a.kind == ChartArrow::TowardsGoal ? kindColor(ChartPoint::Goal, dark)
                                                         : kindColor(ChartPoint::Scenario, dark);
        QPen pen(color, a.kind == ChartArrow::TowardsGoal ? 2.5 : 2.0);
        if (a.kind == ChartArrow::ToStartingPoint) {
            pen.setStyle(Qt::DashLine);
        }
        path->setPen(pen);
        path->setBrush(color);
        path->setData(1, QVariant::fromValue(QLineF(a.x1, a.y1, a.x2, a.y2)));
        path->setZValue(-1);
        m_overlay << path;
    }
    // Labels next to every point that has a name.
    for (const ChartPoint &p : m_state.points) {
        auto *label = new QGraphicsSimpleTextItem(p.label, c);
        QFont f = font();
        f.setBold(p.emphasised || p.kind == ChartPoint::Scenario || p.kind == ChartPoint::Goal);
        if (p.kind == ChartPoint::ReferenceCase) {
            f.setPointSizeF(f.pointSizeF() * 0.9);
        }
        label->setFont(f);
        label->setBrush(p.kind == ChartPoint::ReferenceCase
                            ? palette().color(QPalette::PlaceholderText)
                            : kindColor(p.kind, dark));
        // Which labels get the best places first: the scenario, the goal, starting points,
        // examples.
        const int priority[] = {0, 3, 2, 1}; // by ChartPoint::Kind
        label->setData(2, priority[p.kind] * 2 + (p.emphasised ? 0 : 1));
        m_overlay << label;
        m_anchored << qMakePair(static_cast<QGraphicsItem *>(label), QPointF(p.x, p.y));
    }
    placeOverlay();
}

QVector<QPair<QString, QRectF>> StrategyMatrixView::textGeometry() const
{
    QVector<QPair<QString, QRectF>> out;
    for (const auto &[item, value] : m_anchored) { // labels and quadrant names
        out.append(
            {static_cast<QGraphicsSimpleTextItem *>(item)->text(), item->sceneBoundingRect()});
    }
    for (QGraphicsItem *item : m_overlay) {
        if (item->data(3).isValid()) { // poles
            out.append(
                {static_cast<QGraphicsSimpleTextItem *>(item)->text(), item->sceneBoundingRect()});
        }
    }
    return out;
}

QVector<QLineF> StrategyMatrixView::arrowGeometry() const
{
    QVector<QLineF> out;
    QChart *c = chart();
    if (c->series().isEmpty()) {
        return out;
    }
    for (QGraphicsItem *item : m_overlay) {
        const QVariant line = item->data(1);
        if (line.isValid()) {
            const QLineF value = line.value<QLineF>();
            out << QLineF(c->mapToPosition(value.p1(), c->series().first()),
                          c->mapToPosition(value.p2(), c->series().first()));
        }
    }
    return out;
}

void StrategyMatrixView::placeOverlay()
{
    QChart *c = chart();
    if (c->series().isEmpty()) {
        return;
    }
    QAbstractSeries *reference = c->series().first();
    const QRectF plot = c->plotArea();
    QVector<QRectF> taken; // what placed labels and the markers already cover
    QVector<QPair<QGraphicsItem *, QPointF>> points;
    for (const auto &[item, value] : std::as_const(m_anchored)) {
        const QRectF box = item->boundingRect();
        if (item->data(0).isValid()) {
            const int q = item->data(0).toInt();
            const qreal left = (q % 2 == 0) ? plot.left() + 6 : plot.right() - box.width() - 6;
            const qreal top = (q < 2) ? plot.top() + 4 : plot.bottom() - box.height() - 4;
            item->setPos(left, top);
            taken << item->sceneBoundingRect();
        } else {
            const QPointF at = c->mapToPosition(value, reference);
            taken << QRectF(at - QPointF(6, 6), QSizeF(12, 12));
            points << qMakePair(item, at);
        }
    }
    std::stable_sort(points.begin(), points.end(), [](const auto &a, const auto &b) {
        return a.first->data(2).toInt() < b.first->data(2).toInt();
    });
    // The poles, axis names and arrows first: they have fixed places, which the labels avoid.
    for (QGraphicsItem *item : std::as_const(m_overlay)) {
        const QRectF box = item->boundingRect();
        if (item->data(3).isValid()) {
            const QPointF middle = c->mapToPosition(QPointF(0, 0), reference);
            switch (item->data(3).toInt()) {
            case 0:
                item->setPos(plot.left() + 4, middle.y() - box.height() - 2);
                break;
            case 1:
                item->setPos(plot.right() - box.width() - 4, middle.y() - box.height() - 2);
                break;
            case 2:
                item->setPos(middle.x() + 6, plot.bottom() - 2 * box.height() - 6);
                break;
            case 3:
                item->setPos(middle.x() + 6, plot.top() + box.height() + 6);
                break;
            }
            taken << item->sceneBoundingRect();
            continue;
        }
        if (item->data(4).isValid()) {
            if (item->data(4).toInt() == 0) {
                item->setPos(plot.center().x() - box.width() / 2, plot.bottom() + 4);
            } else {
                item->setPos(plot.left() - box.height() - 4, plot.center().y() + box.width() / 2);
            }
            continue;
        }
        const QVariant line = item->data(1);
        if (!line.isValid()) {
            continue;
        }
        const QLineF value = line.value<QLineF>();
        const QPointF from = c->mapToPosition(value.p1(), reference);
        const QPointF to = c->mapToPosition(value.p2(), reference);
        QLineF shaft(from, to);
        QPainterPath path;
        if (shaft.length() > 14) {
            // Stop short of the marker so the head stays visible.
            shaft.setLength(shaft.length() - 9);
            path.moveTo(shaft.p1());
            path.lineTo(shaft.p2());
            const double angle = std::atan2(-shaft.dy(), shaft.dx());
            const QPointF tip = shaft.p2();
            const double head = 10;
            QPolygonF arrow;
            arrow << tip
                  << tip - QPointF(std::cos(angle - M_PI / 7) * head,
                                   -std::sin(angle - M_PI / 7) * head)
                  << tip - QPointF(std::cos(angle + M_PI / 7) * head,
                                   -std::sin(angle + M_PI / 7) * head)
                  << tip;
            path.addPolygon(arrow);
        }
        static_cast<QGraphicsPathItem *>(item)->setPath(path);
    }
    // The arrows, so that labels keep off them where they can.
    const QVector<QLineF> arrows = arrowGeometry();
    const auto crossesArrow = [&arrows](const QRectF &rect) {
        const QLineF edges[] = {{rect.topLeft(), rect.topRight()},
                                {rect.topRight(), rect.bottomRight()},
                                {rect.bottomRight(), rect.bottomLeft()},
                                {rect.bottomLeft(), rect.topLeft()}};
        for (const QLineF &arrow : std::as_const(arrows)) {
            if (rect.contains(arrow.p1()) || rect.contains(arrow.p2())) {
                return true;
            }
            for (const QLineF &edge : edges) {
                if (arrow.intersects(edge, nullptr) == QLineF::BoundedIntersection) {
                    return true;
                }
            }
        }
        return false;
    };
    // Each label beside its marker, on the first side where it covers no other label, marker or
    // arrow and stays inside the plot; failing that, the first that only crosses an arrow;
    // crowded points fall back to the right-hand side.
    for (const auto &[item, at] : std::as_const(points)) {
        const QRectF box = item->boundingRect();
        const qreal w = box.width();
        const qreal h = box.height();
        const QPointF candidates[] = {
            {at.x() + 9, at.y() - h / 2},     {at.x() - 9 - w, at.y() - h / 2},
            {at.x() + 7, at.y() - h - 3},     {at.x() + 7, at.y() + 3},
            {at.x() - 7 - w, at.y() - h - 3}, {at.x() - 7 - w, at.y() + 3}};
        QPointF chosen = candidates[0];
        bool found = false;
        for (const bool avoidArrows : {true, false}) {
            for (const QPointF &candidate : candidates) {
                const QRectF rect(candidate, box.size());
                if (!plot.contains(rect) || (avoidArrows && crossesArrow(rect))) {
                    continue;
                }
                bool clear = true;
                for (const QRectF &t : std::as_const(taken)) {
                    clear = clear && !t.intersects(rect);
                }
                if (clear) {
                    chosen = candidate;
                    found = true;
                    break;
                }
            }
            if (found) {
                break;
            }
        }
        if (!found && chosen.x() + w > plot.right()) {
            chosen.setX(at.x() - 9 - w);
        }
        chosen.setY(qBound(plot.top(), chosen.y(), plot.bottom() - h));
        item->setPos(chosen);
        taken << QRectF(chosen, box.size());
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
    }
}

void StrategyMatrixView::applyPalette()
{
    chart()->setBackgroundBrush(palette().color(QPalette::Base));
    chart()->setPlotAreaBackgroundVisible(false);
    rebuild();
}

bool StrategyMatrixView::exportPng(const QString &path, const QSize &size)
{
    const QSize old = this->size();
    resize(size);
    placeOverlay();
    const QPixmap pixmap = grab();
    resize(old);
    placeOverlay();
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
    const QSize old = this->size();
    resize(size);
    placeOverlay();
    QPainter painter;
    if (!painter.begin(&svg)) {
        return false;
    }
    render(&painter);
    painter.end();
    resize(old);
    placeOverlay();
    return !OutputFile::write(path, data).isError();
}

} // namespace akkoord::ui
