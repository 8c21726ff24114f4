#include "support/firstpaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <algorithm>
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

timespec wallClock()
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    return now;
}

qint64 nanoseconds(const timespec &t)
{
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// Watches the whole application: the first widget of the window to paint marks the moment. Then
// a timer ticks every 5 ms for a second: the event loop counts as free from the end of the last
// tick that came more than 50 ms late (a user would feel that as a freeze), or from the paint
// when none did. Work deferred to a zero-timer after the paint is therefore counted, not hidden.
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
            QTimer::singleShot(0, this, [this] { painted(); });
        }
        return false;
    }

private:
    void painted()
    {
        const timespec now = wallClock();
        // The kernel keeps the start in 10 ms ticks; the wall-clock moment lets a benchmark that
        // noted when it started the program measure to the microsecond.
        std::printf("first-paint-at-ns %lld\n", static_cast<long long>(nanoseconds(now)));
        std::printf("first-paint-ms %.1f\n", sinceProcessStart());
        std::fflush(stdout);
        m_paintedAt = m_lastTick = m_freeAt = nanoseconds(now);
        auto *ticks = new QTimer(this);
        ticks->setTimerType(Qt::PreciseTimer);
        connect(ticks, &QTimer::timeout, this, [this, ticks] {
            const qint64 at = nanoseconds(wallClock());
            const qint64 gap = at - m_lastTick;
            m_longest = std::max(m_longest, gap);
            if (gap > 50'000'000) {
                m_freeAt = at;
            }
            m_lastTick = at;
            if (at - m_paintedAt >= 1'000'000'000) {
                ticks->stop();
                std::printf("loop-free-at-ns %lld\n", static_cast<long long>(m_freeAt));
                std::printf("longest-stall-ms %.1f\n", double(m_longest) / 1e6);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            }
        });
        ticks->start(5);
    }

    QWidget *m_window;
    bool m_done = false;
    qint64 m_paintedAt = 0;
    qint64 m_lastTick = 0;
    qint64 m_freeAt = 0;
    qint64 m_longest = 0;
};

} // namespace

void quitAfterFirstPaint(QWidget *window)
{
    if (qEnvironmentVariableIsSet("AKKOORD_QUIT_AFTER_FIRST_PAINT")) {
        QCoreApplication::instance()->installEventFilter(new FirstPaint(window));
    }
}

} // namespace akkoord
