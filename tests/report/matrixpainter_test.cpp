#include "testsupport.h"

#include "exchange/scenariofile.h"
#include "matrixpainter.h"

#include <QImage>
#include <QPainter>
#include <QRegularExpression>

using namespace akkoord;
using akkoord::test::advisor;
using akkoord::test::knowledge;

namespace {

MatrixChartState chartOf(const char *example, const char *matrix = "strategy")
{
    const Scenario s =
        ScenarioFile::read(
            test::sourcePath(
                QStringLiteral("resources/examples/%1.json").arg(QString::fromLatin1(example))),
            *knowledge())
            .value();
    return MatrixChartState::build(advisor(), QString::fromLatin1(matrix), Language::Dutch,
                                   {{s.title, advisor().advise(s.answers)}});
}

} // namespace

// The reports draw the matrix without a widget; what they place must be as readable as the
// screen: every label inside the plot, and no text over another.
TEST_CASE("The report's matrix keeps every text inside the plot and off the others",
          "[report][chart]")
{
    for (const char *example : {"soest-convenant", "stad-werktop", "dorp-jeugd-dip"}) {
        for (const char *matrix : {"strategy", "approach"}) {
            INFO(example << " " << matrix);
            const MatrixChartState state = chartOf(example, matrix);
            REQUIRE(state.points.size() >= 8);
            const MatrixLayout l = MatrixPainter(state).layout(QSizeF(1000, 720));
            REQUIRE(l.labels.size() == state.points.size());
            QVector<QPair<QString, QRectF>> texts;
            for (int i = 0; i < state.points.size(); ++i) {
                CHECK(l.plot.contains(l.labels[i]));
                texts.append({state.points[i].label, l.labels[i]});
            }
            for (int q = 0; q < 4; ++q) {
                CHECK(l.plot.contains(l.quadrants[q]));
                CHECK(l.plot.contains(l.poles[q]));
                texts.append({state.quadrants[q], l.quadrants[q]});
                texts.append({QStringLiteral("pole %1").arg(q), l.poles[q]});
            }
            for (int i = 0; i < texts.size(); ++i) {
                for (int j = i + 1; j < texts.size(); ++j) {
                    INFO(texts[i].first.toStdString() << " / " << texts[j].first.toStdString());
                    CHECK_FALSE(texts[i].second.intersects(texts[j].second));
                }
            }
        }
    }
}

// What the painter draws is where the layout says: the scenario's marker has the scenario's
// colour at its spot, in an image painted at another size than the layout's.
TEST_CASE("The report's matrix paints the scenario where the layout puts it", "[report][chart]")
{
    const MatrixChartState state = chartOf("soest-convenant");
    const ChartPoint *scenario = state.point(ChartPoint::Scenario);
    REQUIRE(scenario);
    const QSizeF layoutSize(1000, 720);
    const MatrixLayout l = MatrixPainter(state).layout(layoutSize);
    QImage image(500, 360, QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter painter(&image);
    MatrixPainter(state).paint(&painter, QRectF(0, 0, 500, 360), layoutSize);
    painter.end();
    const QPointF at = MatrixLayout::map(l.plot, scenario->x, scenario->y) / 2;
    CHECK(image.pixelColor(at.toPoint()) == matrixColor(ChartPoint::Scenario, false));
    // The background is painted, not left as it was.
    CHECK(image.pixelColor(2, 2) == QColor(Qt::white));
}

// Issue 15: arrowheads over a name, the route through a label, a title over an example, labels
// cut at the edge. Every example's chart, both matrices, at the sizes the reports lay a chart out
// at (1000 wide: a PDF page of three pictures, of two, the HTML report), at a large size, and at
// a small one no report uses.
TEST_CASE("The report's matrix: no line through a text, no text over a marker, at every size a "
          "report uses",
          "[report][chart]")
{
    for (const char *example :
         {"soest-convenant", "stad-werktop", "dorp-jeugd-dip", "voorlopers-mkb"}) {
        for (const char *matrix : {"strategy", "approach"}) {
            for (const QSizeF size : {QSizeF(640, 460), QSizeF(1000, 420), QSizeF(1000, 600),
                                      QSizeF(1000, 720), QSizeF(1600, 1100)}) {
                const MatrixChartState state = chartOf(example, matrix);
                QStringList found = MatrixPainter(state).layout(size).collisions(state);
                INFO(example << " " << matrix << " " << size.width() << "×" << size.height()
                             << ":\n"
                             << found.join(QLatin1Char('\n')).toStdString());
                if (size.width() < 1000) {
                    // A chart that small has no room for every long name clear of every line:
                    // there the names stay inside the plot and off each other.
                    found = found.filter(
                        QRegularExpression(QStringLiteral("leaves the plot|covers “")));
                }
                CHECK(found.isEmpty());
            }
        }
    }
}

TEST_CASE("A name wholly across an axis from its marker, away from it, reads as a neighbour's",
          "[report][chart]")
{
    MatrixLayout l;
    l.plot = QRectF(0, 0, 400, 300); // the cross at (200, 150)
    const QPointF above(100, 100);   // 50 px above the horizontal axis, left of the vertical one
    const QSizeF name(120, 14);
    // Beside its marker: its own.
    CHECK_FALSE(l.acrossAnAxis(above, QRectF(QPointF(109, 93), name)));
    // Below the horizontal axis, 60 px under its marker: across.
    CHECK(l.acrossAnAxis(above, QRectF(QPointF(60, 160), name)));
    // Right of the vertical axis, far from its marker: across.
    const QPointF left(150, 60);
    CHECK(l.acrossAnAxis(left, QRectF(QPointF(210, 53), name)));
    // A marker close to the axis with its name just over it (within a line and a half): its own.
    const QPointF near(100, 140);
    CHECK_FALSE(l.acrossAnAxis(near, QRectF(QPointF(60, 152), name)));
    // A marker on the axis has no side.
    CHECK_FALSE(l.acrossAnAxis(QPointF(100, 150), QRectF(QPointF(60, 190), name)));
}

TEST_CASE("A practice example's name that finds no clear place is left off, never the scenario's",
          "[report][chart]")
{
    // Eight practice examples in one small corner of a small chart: not every name fits beside its
    // marker there.
    MatrixChartState state;
    state.points << ChartPoint{
        QStringLiteral("s"), QStringLiteral("Startsituatie"), 0.5, 0.5, ChartPoint::Scenario, true};
    const double places[][2] = {
        {-0.5, 0.5}, {-0.45, 0.53}, {-0.55, 0.47}, {-0.5, 0.44}, {-0.47, 0.56}};
    for (int i = 0; i < 5; ++i) {
        state.points << ChartPoint{QStringLiteral("e%1").arg(i),
                                   QStringLiteral("Voorbeeld %1").arg(i),
                                   places[i][0],
                                   places[i][1],
                                   ChartPoint::ReferenceCase,
                                   false};
    }
    MatrixLayout::TextSizes sizes;
    for (int q = 0; q < 4; ++q) {
        sizes.quadrants[q] = QSizeF(30, 10);
        sizes.poles[q] = QSizeF(30, 10);
    }
    sizes.axisNames[0] = sizes.axisNames[1] = QSizeF(80, 12);
    for (int i = 0; i < state.points.size(); ++i) {
        sizes.labels << QSizeF(80, 14);
        sizes.labelsInTwo << QSizeF(50, 28);
    }
    const auto hiddenIn = [&](const QRectF &plot) {
        const MatrixLayout l = MatrixLayout::place(state, plot, sizes);
        const QStringList found = l.collisions(state);
        INFO(plot.width() << "×" << plot.height() << ": "
                          << found.join(QLatin1Char('\n')).toStdString());
        CHECK(found.isEmpty());              // what is drawn is clean
        CHECK_FALSE(l.labelHidden.value(0)); // the scenario's name stays
        int hidden = 0;
        for (int i = 0; i < state.points.size(); ++i) {
            hidden += l.labelHidden.value(i) ? 1 : 0;
        }
        return hidden;
    };
    CHECK(hiddenIn(QRectF(0, 0, 220, 140)) > 0);
    // With room, every name is there.
    CHECK(hiddenIn(QRectF(0, 0, 2400, 1600)) == 0);
}

TEST_CASE("A quadrant's name gives way to the goal's name in its corner, where that is the only "
          "clear place",
          "[report][chart]")
{
    // The main window's matrix at 1024×700 for a scenario heading for the voorlopers (the
    // positions, and the text sizes as the screen measured them): to the goal's right the route
    // arrives, below it are the examples, and on two lines beside it the cross ran through its
    // name. Over the corner's name "Brede beweging van netwerken" it is clear.
    MatrixChartState state;
    state.quadrants[0] = QStringLiteral("Brede beweging van netwerken");
    const struct
    {
        const char *name;
        double x, y;
        ChartPoint::Kind kind;
        bool emphasised;
        qreal width;
    } points[] = {
        {"Zoetermeer", -0.5, 0.6, ChartPoint::ReferenceCase, false, 60.2},
        {"Soest", -0.5, 0.3, ChartPoint::ReferenceCase, false, 27.7},
        {"Nijmegen", 0.6, 0, ChartPoint::ReferenceCase, false, 47.7},
        {"Helmond", -0.2, 0.4, ChartPoint::ReferenceCase, false, 44.9},
        {"Rotterdam", -0.2, -0.7, ChartPoint::ReferenceCase, false, 52.7},
        {"Friesland", -0.5, -0.52, ChartPoint::ReferenceCase, false, 44.8},
        {"Brede werktop", -0.6, 0.6, ChartPoint::StartingPoint, false, 73.1},
        {"Convenant met werkgeversorganisaties", -0.75, 0.1, ChartPoint::StartingPoint, false,
         199.3},
        {"Beginnen met voorlopers", 0.7, -0.1, ChartPoint::StartingPoint, true, 142.2},
        {"Gericht spoor: één sector of doelgroep", -0.1, -0.75, ChartPoint::StartingPoint, false,
         192.8},
        {"Brede, zelfsturende werkgeversnetwerken", -0.8, 0.9, ChartPoint::Goal, false, 226.0},
        {"Beginnen met voorlopers in het mkb", 0.815, 0.144, ChartPoint::Scenario, true, 206.0},
    };
    MatrixLayout::TextSizes sizes;
    for (const auto &p : points) {
        state.points << ChartPoint{
            QString::fromUtf8(p.name), QString::fromUtf8(p.name), p.x, p.y, p.kind, p.emphasised};
        sizes.labels << QSizeF(p.width, 12);
        sizes.labelsInTwo << QSizeF(p.width * 0.56, 24);
    }
    state.arrows << ChartArrow{0.815, 0.144, 0.7, -0.1, ChartArrow::ToStartingPoint}
                 << ChartArrow{0.7, -0.1, -0.8, 0.9, ChartArrow::TowardsGoal};
    const qreal quadrantWidths[] = {159.1, 171.2, 170.6, 128.0};
    const qreal poleWidths[] = {80.3, 142.9, 183.6, 44.4};
    for (int q = 0; q < 4; ++q) {
        sizes.quadrants[q] = QSizeF(quadrantWidths[q], 12);
        sizes.poles[q] = QSizeF(poleWidths[q], 12);
    }
    sizes.axisNames[0] = sizes.axisNames[1] = QSizeF(100, 14);
    const MatrixLayout l = MatrixLayout::place(state, QRectF(24, 4.5, 425.5, 317.5), sizes);
    const QStringList found = l.collisions(state);
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
    // The corner's name made room, and only that one; the goal's name stays by the star.
    CHECK(l.quadrantHidden[0]);
    CHECK_FALSE(l.quadrantHidden[1]);
    CHECK_FALSE(l.quadrantHidden[2]);
    CHECK_FALSE(l.quadrantHidden[3]);
    const QPointF star = MatrixLayout::map(l.plot, -0.8, 0.9);
    const QRectF goal = l.labels[10];
    CHECK(QLineF(goal.center(), star).length() < goal.width() / 2 + 20);
    CHECK_FALSE(l.acrossAnAxis(star, goal));
}

TEST_CASE("Compared scenarios at one spot share one marker and one name, as examples do",
          "[report][chart][compare]")
{
    Answers same;
    same.set(QStringLiteral("style"), QStringLiteral("doing"));
    Answers other;
    other.set(QStringLiteral("style"), QStringLiteral("involving"));
    for (const char *matrix : {"strategy", "approach"}) {
        INFO(matrix);
        const MatrixChartState state =
            MatrixChartState::build(advisor(), QString::fromLatin1(matrix), Language::Dutch,
                                    {{QStringLiteral("Basis"), advisor().advise(same)},
                                     {QStringLiteral("Variant A"), advisor().advise(same)},
                                     {QStringLiteral("Variant B"), advisor().advise(other)}},
                                    true);
        QStringList scenarios;
        for (const ChartPoint &p : state.points) {
            if (p.kind == ChartPoint::Scenario) {
                scenarios << p.label;
                CHECK(p.emphasised == (p.label == QStringLiteral("Basis / Variant A")));
            }
        }
        CHECK(scenarios ==
              QStringList{QStringLiteral("Basis / Variant A"), QStringLiteral("Variant B")});
    }
}

// Issue 15: in a crowded spot a name can only stand a little away from its marker, and then read
// as a neighbour's ("Zoetermeer" under Soest's dot). Such a name gets a thin line to its own
// marker, in its own colour; a name close beside its marker gets none (no clutter).
TEST_CASE("A name away from its marker is joined to it by a line in its colour, one close beside "
          "it is not",
          "[report][chart]")
{
    int joined = 0;
    int beside = 0;
    for (const char *example :
         {"soest-convenant", "stad-werktop", "dorp-jeugd-dip", "voorlopers-mkb"}) {
        for (const char *matrix : {"strategy", "approach"}) {
            for (const QSizeF size : {QSizeF(640, 460), QSizeF(1000, 420), QSizeF(1000, 720)}) {
                const MatrixChartState state = chartOf(example, matrix);
                const MatrixLayout l = MatrixPainter(state).layout(size);
                // At twice the size, so that the 1-px line covers whole pixels.
                QImage image(size.toSize() * 2, QImage::Format_RGB32);
                QPainter painter(&image);
                MatrixPainter(state).paint(&painter, QRectF(QPointF(0, 0), size * 2), size);
                painter.end();
                REQUIRE(l.leaders.size() == state.points.size());
                for (int i = 0; i < state.points.size(); ++i) {
                    const ChartPoint &p = state.points[i];
                    INFO(example << " " << matrix << " " << size.width() << "×" << size.height()
                                 << ": " << p.label.toStdString());
                    const QPointF marker = MatrixLayout::map(l.plot, p.x, p.y);
                    const QLineF leader = l.leaders[i];
                    if (l.labelHidden[i] ||
                        MatrixLayout::gapTo(marker, l.labels[i]) <= MatrixLayout::beside(p.kind)) {
                        CHECK(leader.isNull());
                        beside += l.labelHidden[i] ? 0 : 1;
                        continue;
                    }
                    ++joined;
                    REQUIRE_FALSE(leader.isNull());
                    // From the marker's edge to the name.
                    CHECK(QLineF(leader.p1(), marker).length() <=
                          MatrixLayout::markerRadius(p.kind) + 2);
                    CHECK(MatrixLayout::gapTo(leader.p2(), l.labels[i]) <= 3);
                    // Painted, in the name's colour, along its middle.
                    const QColor expected = p.kind == ChartPoint::ReferenceCase
                                                ? QColor(0x60, 0x60, 0x60)
                                                : matrixColor(p.kind, false);
                    const QPoint middle = (leader.pointAt(0.5) * 2).toPoint();
                    int nearest = 3 * 255;
                    for (int dx = -1; dx <= 1; ++dx) {
                        for (int dy = -1; dy <= 1; ++dy) {
                            const QColor c = image.pixelColor(middle + QPoint(dx, dy));
                            nearest = std::min(nearest, std::abs(c.red() - expected.red()) +
                                                            std::abs(c.green() - expected.green()) +
                                                            std::abs(c.blue() - expected.blue()));
                        }
                    }
                    CHECK(nearest < 90);
                }
            }
        }
    }
    // Both kinds occur in these charts: most names close beside, a few joined by a line.
    CHECK(joined >= 5);
    CHECK(beside > 5 * joined);
}

TEST_CASE("In the report too, a scenario at a practice example's spot is a ring around its dot",
          "[report][chart]")
{
    MatrixChartState state;
    state.points = {ChartPoint{QStringLiteral("nijmegen"), QStringLiteral("Nijmegen"), 0.5, 0.3,
                               ChartPoint::ReferenceCase, false},
                    ChartPoint{QStringLiteral("s"), QStringLiteral("Zoals Nijmegen"), 0.5, 0.3,
                               ChartPoint::Scenario, true}};
    const QSizeF size(1000, 720);
    const MatrixLayout l = MatrixPainter(state).layout(size);
    QImage image(size.toSize(), QImage::Format_RGB32);
    QPainter painter(&image);
    MatrixPainter(state).paint(&painter, QRectF(QPointF(0, 0), size), size);
    painter.end();
    const auto near = [](const QColor &a, const QColor &b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
                   std::abs(a.blue() - b.blue()) <
               60;
    };
    // Inside: the example's grey dot; on the ring, about 8 px out: the scenario's blue.
    const QPointF at = MatrixLayout::map(l.plot, 0.5, 0.3);
    CHECK(near(image.pixelColor(at.toPoint()), matrixColor(ChartPoint::ReferenceCase, false)));
    bool ring = false;
    for (int dx = 6; dx <= 10; ++dx) {
        ring = ring || near(image.pixelColor((at + QPointF(dx, 0)).toPoint()),
                            matrixColor(ChartPoint::Scenario, false));
    }
    CHECK(ring);
}
