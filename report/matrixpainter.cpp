#include "matrixpainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace akkoord {

namespace {

constexpr qreal TextPixels = 14; // the base text size in a 1000-unit wide picture

// A point's name, and the line to it where it stands off: the examples' in grey.
QColor nameColor(ChartPoint::Kind kind)
{
    return kind == ChartPoint::ReferenceCase ? QColor(0x60, 0x60, 0x60) : matrixColor(kind, false);
}

void drawMarker(QPainter *painter, ChartPoint::Kind kind, const QPointF &at)
{
    const QColor color = matrixColor(kind, false);
    painter->setPen(QPen(color.darker(140), 1));
    painter->setBrush(color);
    switch (kind) {
    case ChartPoint::ReferenceCase:
        painter->drawEllipse(at, 5.5, 5.5);
        break;
    // A little smaller than on the screen: the labels beside them start 9 units from the centre.
    case ChartPoint::Scenario:
        painter->drawEllipse(at, 7, 7);
        break;
    case ChartPoint::StartingPoint:
        painter->drawRect(QRectF(at - QPointF(6, 6), QSizeF(12, 12)));
        break;
    case ChartPoint::ActualQuarter:
        painter->drawPolygon(QPolygonF(
            {at + QPointF(0, -6), at + QPointF(6, 0), at + QPointF(0, 6), at + QPointF(-6, 0)}));
        break;
    case ChartPoint::Goal: {
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const double r = i % 2 == 0 ? 9 : 4;
            const double angle = -M_PI / 2 + i * M_PI / 5;
            star << at + QPointF(r * std::cos(angle), r * std::sin(angle));
        }
        painter->drawPolygon(star);
        break;
    }
    }
}

} // namespace

QColor matrixColor(ChartPoint::Kind kind, bool dark)
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
    case ChartPoint::ActualQuarter:
        return dark ? QColor(0xd8, 0x9c, 0xff) : QColor(0x7a, 0x1f, 0xa2);
    }
    return Qt::black;
}

QColor arrowColor(ChartArrow::Kind kind, bool dark)
{
    switch (kind) {
    case ChartArrow::TowardsGoal:
        return matrixColor(ChartPoint::Goal, dark);
    case ChartArrow::ActualPath:
        return matrixColor(ChartPoint::ActualQuarter, dark);
    case ChartArrow::ToStartingPoint:
    case ChartArrow::FromBaseline:
        break;
    }
    return matrixColor(ChartPoint::Scenario, dark);
}

QFont MatrixPainter::baseFont() const
{
    QFont f(QStringLiteral("sans-serif"));
    f.setPixelSize(int(TextPixels));
    return f;
}

QFont MatrixPainter::font(ChartPoint::Kind kind, bool emphasised) const
{
    QFont f = baseFont();
    f.setBold(emphasised || kind == ChartPoint::Scenario || kind == ChartPoint::Goal);
    if (kind == ChartPoint::ReferenceCase) {
        f.setPixelSize(int(TextPixels * 0.9));
    }
    return f;
}

QString MatrixPainter::quadrantText(int q, const QRectF &plot) const
{
    QFont italic = baseFont();
    italic.setItalic(true);
    const QString &name = m_state.quadrants[q];
    return QFontMetricsF(italic).horizontalAdvance(name) > MatrixLayout::quadrantWidth(plot)
               ? MatrixLayout::inTwoLines(name)
               : name;
}

QString MatrixPainter::poleText(int i, const QRectF &plot) const
{
    QFont bold = baseFont();
    bold.setBold(true);
    const QString name = MatrixLayout::poleText(m_state, i);
    return QFontMetricsF(bold).horizontalAdvance(name) > MatrixLayout::quadrantWidth(plot)
               ? MatrixLayout::inTwoLines(name)
               : name;
}

MatrixLayout::TextSizes MatrixPainter::measure(const QRectF &plot) const
{
    MatrixLayout::TextSizes sizes;
    QFont italic = baseFont();
    italic.setItalic(true);
    QFont bold = baseFont();
    bold.setBold(true);
    const QFontMetricsF italicMetrics(italic);
    const QFontMetricsF boldMetrics(bold);
    const QFontMetricsF plain(baseFont());
    for (int q = 0; q < 4; ++q) {
        sizes.quadrants[q] = italicMetrics.size(0, quadrantText(q, plot));
        sizes.poles[q] = boldMetrics.size(0, poleText(q, plot));
    }
    sizes.axisNames[0] = plain.size(Qt::TextSingleLine, m_state.xLabel);
    sizes.axisNames[1] = plain.size(Qt::TextSingleLine, m_state.yLabel);
    for (const ChartPoint &p : m_state.points) {
        const QFontMetricsF metrics(font(p.kind, p.emphasised));
        sizes.labels << metrics.size(Qt::TextSingleLine, p.label);
        sizes.labelsInTwo << metrics.size(0, MatrixLayout::inTwoLines(p.label));
    }
    return sizes;
}

QRectF MatrixPainter::plotArea(const QSizeF &size) const
{
    // Room for the title above and the axis names left and below, as on the screen.
    const qreal title = QFontMetricsF(baseFont()).height() * 2;
    const qreal axisName = QFontMetricsF(baseFont()).height() + 12;
    return QRectF(QPointF(axisName + 8, title + 6),
                  QPointF(size.width() - 12, size.height() - axisName - 6));
}

MatrixLayout MatrixPainter::layout(const QSizeF &size) const
{
    const QRectF plot = plotArea(size);
    return MatrixLayout::place(m_state, plot, measure(plot));
}

void MatrixPainter::paint(QPainter *painter, const QRectF &target, const QSizeF &size) const
{
    const MatrixLayout l = layout(size);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(target.topLeft());
    painter->scale(target.width() / size.width(), target.height() / size.height());
    painter->fillRect(QRectF(QPointF(0, 0), size), Qt::white);

    const QColor text(0x20, 0x20, 0x20);
    const QColor mid(0xa0, 0xa0, 0xa0);
    QFont titleFont = baseFont();
    titleFont.setPixelSize(int(TextPixels * 1.3));
    titleFont.setBold(true);
    painter->setFont(titleFont);
    painter->setPen(text);
    painter->drawText(QRectF(0, 0, size.width(), l.plot.top() - 4),
                      Qt::AlignHCenter | Qt::AlignVCenter, m_state.title);

    // The frame of the axes and the cross through the middle.
    painter->setPen(QPen(mid, 1.2));
    painter->setBrush(Qt::NoBrush);
    painter->drawLine(l.plot.bottomLeft(), l.plot.bottomRight());
    painter->drawLine(l.plot.bottomLeft(), l.plot.topLeft());
    const QPointF middle = MatrixLayout::map(l.plot, 0, 0);
    painter->drawLine(QPointF(l.plot.left(), middle.y()), QPointF(l.plot.right(), middle.y()));
    painter->drawLine(QPointF(middle.x(), l.plot.top()), QPointF(middle.x(), l.plot.bottom()));

    paintArrowsAndMarkers(painter, l);
    paintTexts(painter, l);
    painter->restore();
}

void MatrixPainter::paintArrowsAndMarkers(QPainter *painter, const MatrixLayout &l) const
{
    // The thin lines from markers to their names where a name stands further off, in the name's
    // colour, under the markers.
    for (int i = 0; i < m_state.points.size() && i < l.leaders.size(); ++i) {
        if (!l.leaders[i].isNull()) {
            const ChartPoint &p = m_state.points[i];
            painter->setPen(QPen(nameColor(p.kind), 1));
            painter->drawLine(l.leaders[i]);
        }
    }
    // Arrows under the markers.
    for (const MatrixLayout::Arrow &a : l.arrows) {
        if (!a.drawn) {
            continue;
        }
        const QColor color = arrowColor(a.kind, false);
        QPen pen(color, a.kind == ChartArrow::TowardsGoal ? 2.5 : 2.0);
        if (a.kind == ChartArrow::ToStartingPoint) {
            pen.setStyle(Qt::DashLine);
        }
        painter->setPen(pen);
        painter->drawLine(a.shaft);
        painter->setPen(QPen(color, 1));
        painter->setBrush(color);
        painter->drawPolygon(QPolygonF({a.head[0], a.head[1], a.head[2]}));
    }
    // Markers, in the screen's order: examples, goal, starting points, the scenario on top; a
    // scenario on another marker as a ring around it, so that both show.
    for (const ChartPoint::Kind kind :
         {ChartPoint::ReferenceCase, ChartPoint::Goal, ChartPoint::StartingPoint,
          ChartPoint::ActualQuarter, ChartPoint::Scenario}) {
        for (int i = 0; i < m_state.points.size(); ++i) {
            const ChartPoint &p = m_state.points[i];
            if (p.kind != kind) {
                continue;
            }
            const QPointF at = MatrixLayout::map(l.plot, p.x, p.y);
            if (m_state.coversAMarker(i)) {
                painter->setPen(QPen(matrixColor(kind, false), 2.5));
                painter->setBrush(Qt::NoBrush);
                painter->drawEllipse(at, 8, 8);
            } else {
                drawMarker(painter, kind, at);
            }
        }
    }
}

void MatrixPainter::paintTexts(QPainter *painter, const MatrixLayout &l) const
{
    const QColor text(0x20, 0x20, 0x20);
    const auto draw = [painter](const QPointF &topLeft, const QString &s) {
        const QFontMetricsF m(painter->font());
        const QStringList lines = s.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            painter->drawText(topLeft + QPointF(0, m.ascent() + i * m.lineSpacing()), lines.at(i));
        }
    };
    QFont italic = baseFont();
    italic.setItalic(true);
    painter->setFont(italic);
    QColor faint = text;
    faint.setAlphaF(0.55);
    painter->setPen(faint);
    for (int q = 0; q < 4; ++q) {
        if (!l.quadrantHidden[q]) {
            draw(l.quadrants[q].topLeft(), quadrantText(q, l.plot));
        }
    }
    QFont bold = baseFont();
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    for (int i = 0; i < 4; ++i) {
        draw(l.poles[i].topLeft(), poleText(i, l.plot));
    }
    painter->setFont(baseFont());
    draw(l.axisNames[0], m_state.xLabel);
    painter->save();
    painter->translate(l.axisNames[1]);
    painter->rotate(-90);
    draw(QPointF(0, 0), m_state.yLabel);
    painter->restore();
    for (int i = 0; i < m_state.points.size() && i < l.labels.size(); ++i) {
        const ChartPoint &p = m_state.points[i];
        if (l.labelHidden.value(i)) {
            continue;
        }
        painter->setFont(font(p.kind, p.emphasised));
        painter->setPen(nameColor(p.kind));
        draw(l.labels[i].topLeft(),
             l.labelInTwo.value(i) ? MatrixLayout::inTwoLines(p.label) : p.label);
    }
}

} // namespace akkoord
