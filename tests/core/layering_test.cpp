#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>

// The core must stay usable without a display: no Qt GUI, Widgets or Charts header in it.
TEST_CASE("No core file includes a Qt GUI, Widgets or Charts header", "[layering]")
{
    static const QRegularExpression gui(QStringLiteral(
        R"(#\s*include\s*<(QtGui|QtWidgets|QtCharts|QtSvg|QtPrintSupport|QWidget|QApplication|)"
        R"(QGuiApplication|QPainter|QImage|QPixmap|QColor|QFont|QChart\w*|QPdfWriter|QTextDocument)[/>])"));
    QDirIterator it(akkoord::test::sourcePath(QStringLiteral("core")), QDir::Files,
                    QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString text = QString::fromUtf8(akkoord::test::readAll(path));
        INFO(path.toStdString());
        CHECK_FALSE(gui.match(text).hasMatch());
        ++files;
    }
    CHECK(files > 10);
}
