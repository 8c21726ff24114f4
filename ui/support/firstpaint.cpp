#include "support/firstpaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace akkoord {

namespace {

// Milliseconds since this process started, from the kernel's own start time.
double sinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of the file
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (now.tv_sec + now.tv_nsec / 1e9 - startTicks / ticks) * 1000.0;
}

// Watches the whole application: the first widget of the window to paint marks the moment.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget *window) : QObject(window), m_window(window) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == m_window) {
            m_done = true;
            // After the paint itself has finished.
            QTimer::singleShot(0, [] {
                timespec now{};
                clock_gettime(CLOCK_REALTIME, &now);
                // The kernel keeps the start in 10 ms ticks; the wall-clock moment lets a
                // benchmark that noted when it started the program measure to the microsecond.
                std::printf("first-paint-at-ns %lld%09ld\n", static_cast<long long>(now.tv_sec),
                            now.tv_nsec);
                std::printf("first-paint-ms %.1f\n", sinceProcessStart());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    QWidget *m_window;
    bool m_done = false;
};

} // namespace

void quitAfterFirstPaint(QWidget *window)
{
    if (qEnvironmentVariableIsSet("AKKOORD_QUIT_AFTER_FIRST_PAINT")) {
        QCoreApplication::instance()->installEventFilter(new FirstPaint(window));
    }
}

} // namespace akkoord
