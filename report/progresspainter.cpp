#include "progresspainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace akkoord {

namespace {

constexpr double TextPixels = 15;
constexpr double Gap = 18;

QString figure(double v)
{
    return QLocale().toString(v, 'f', v == std::floor(v) ? 0 : 1);
}

} // namespace

QVector<QRectF> ProgressPainter::panels(const QSizeF &size) const
{
    QVector<QRectF> out;
    const int n = int(m_state.series.size());
    if (n == 0) {
        return out;
    }
    // Side by side, up to three in a row.
    const int columns = std::min(n, 3);
    const int rows = (n + columns - 1) / columns;
    const double w = (size.width() - Gap * (columns - 1)) / columns;
    const double h = (size.height() - Gap * (rows - 1)) / rows;
    for (int i = 0; i < n; ++i) {
        out << QRectF((i % columns) * (w + Gap), (i / columns) * (h + Gap), w, h);
    }
    return out;
}

void ProgressPainter::paint(QPainter *painter, const QRectF &target, const QSizeF &size) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(target.topLeft());
    const double scale = std::min(target.width() / size.width(), target.height() / size.height());
    painter->scale(scale, scale);
    QFont f(QStringLiteral("sans-serif"));
    f.setPixelSize(int(TextPixels));
    painter->setFont(f);
    if (m_state.series.isEmpty()) {
        painter->setPen(m_colors.faint);
        painter->drawText(QRectF(QPointF(0, 0), size), Qt::AlignCenter | Qt::TextWordWrap,
                          QCoreApplication::translate(
                              "akkoord::ProgressPainter",
                              "No agreement with commitments was in force in this period."));
        painter->restore();
        return;
    }
    const QVector<QRectF> rects = panels(size);
    for (int i = 0; i < rects.size(); ++i) {
        paintPanel(painter, rects[i], m_state.series[i]);
    }
    painter->restore();
}

void ProgressPainter::paintPanel(QPainter *painter, const QRectF &panel,
                                 const ProgressChartState::Series &series) const
{
    const QFontMetricsF m(painter->font());
    const double line = m.height();
    // The title, then the latest figures, then the plot; the first and last quarter below it.
    QFont bold = painter->font();
    bold.setBold(true);
    painter->save();
    painter->setFont(bold);
    painter->setPen(m_colors.text);
    painter->drawText(QRectF(panel.left(), panel.top(), panel.width(), line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(bold).elidedText(series.label, Qt::ElideRight, panel.width()));
    painter->restore();
    const double last = series.realised.isEmpty() ? 0 : series.realised.last();
    const double committed = series.committed.isEmpty() ? 0 : series.committed.last();
    painter->setPen(m_colors.text);
    painter->drawText(
        QRectF(panel.left(), panel.top() + line, panel.width(), line),
        Qt::AlignLeft | Qt::AlignVCenter,
        QCoreApplication::translate("akkoord::ProgressPainter", "realised %1 of %2 committed")
            .arg(figure(last), figure(committed)));
    const QRectF plot(panel.left() + 4, panel.top() + 2.4 * line, panel.width() - 8,
                      panel.height() - 3.6 * line);
    painter->setPen(QPen(m_colors.frame, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawLine(plot.bottomLeft(), plot.bottomRight());
    painter->drawLine(plot.bottomLeft(), plot.topLeft());
    double top = 1;
    for (int i = 0; i < series.committed.size(); ++i) {
        top = std::max({top, series.committed[i], series.realised[i]});
    }
    const int n = int(m_state.periods.size());
    const auto at = [&](int i, double v) {
        const double x = n <= 1 ? plot.center().x() : plot.left() + plot.width() * i / (n - 1);
        return QPointF(x, plot.bottom() - plot.height() * v / top);
    };
    const auto polyline = [&](const QVector<double> &values, const QPen &pen) {
        QPainterPath path;
        for (int i = 0; i < values.size(); ++i) {
            i == 0 ? path.moveTo(at(i, values[i])) : path.lineTo(at(i, values[i]));
        }
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
        if (values.size() == 1) {
            painter->drawEllipse(at(0, values[0]), 3, 3);
        }
    };
    QPen dashed(m_colors.committed, 2);
    dashed.setStyle(Qt::DashLine);
    polyline(series.committed, dashed);
    polyline(series.realised, QPen(m_colors.realised, 3));
    painter->setPen(m_colors.faint);
    painter->drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width() / 2, line),
                      Qt::AlignLeft | Qt::AlignTop, m_state.periods.value(0));
    painter->drawText(QRectF(plot.center().x(), plot.bottom() + 2, plot.width() / 2, line),
                      Qt::AlignRight | Qt::AlignTop, m_state.periods.value(n - 1));
    painter->drawText(QRectF(plot.left() + 4, plot.top(), plot.width(), line),
                      Qt::AlignLeft | Qt::AlignTop, figure(top));
}

} // namespace akkoord
