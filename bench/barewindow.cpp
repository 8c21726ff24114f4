// The baseline for start-up time and memory: a bare Qt Widgets window holding one Qt Charts
// view, started and measured exactly as akkoord is (AKKOORD_QUIT_AFTER_FIRST_PAINT).
#include "support/firstpaint.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *series = new QLineSeries;
    series->append(0, 0);
    series->append(1, 1);
    auto *view = new QChartView;
    view->chart()->addSeries(series);
    view->chart()->createDefaultAxes();
    window.setCentralWidget(view);
    window.resize(1400, 900);
    akkoord::quitAfterFirstPaint(&window);
    window.show();
    return app.exec();
}
