#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

// The core must stay usable without a display: no Qt GUI, Widgets or Charts header in it. The
// reports (core/report) are the one layer on Qt GUI, and they use no widgets either.
TEST_CASE("No core file includes a Qt GUI, Widgets or Charts header", "[layering]")
{
    static const QRegularExpression widgets(QStringLiteral(
        R"(#\s*include\s*<(QtWidgets|QtCharts|QtPrintSupport|QWidget|QApplication|QChart\w*|)"
        R"(QPrinter|QGraphics\w*)[/>])"));
    static const QRegularExpression gui(QStringLiteral(
        R"(#\s*include\s*<(QtGui|QtWidgets|QtCharts|QtSvg|QtPrintSupport|QWidget|QApplication|)"
        R"(QGuiApplication|QPainter|QImage|QPixmap|QColor|QFont|QChart\w*|QPdfWriter|QTextDocument)[/>])"));
    QDirIterator it(akkoord::test::sourcePath(QStringLiteral("core")), QDir::Files,
                    QDirIterator::Subdirectories);
    int files = 0;
    int reports = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString text = QString::fromUtf8(akkoord::test::readAll(path));
        INFO(path.toStdString());
        const bool report = path.contains(QLatin1String("/core/report/"));
        CHECK_FALSE((report ? widgets : gui).match(text).hasMatch());
        reports += report ? 1 : 0;
        ++files;
    }
    CHECK(files > 10);
    CHECK(reports >= 4);
}

// Qt SQL belongs to the store's SQL and nowhere else: the records and the store's interface are
// plain C++ and Qt Core, so the desktop program and the command line never include Qt SQL.
TEST_CASE("Only the store's own source files include Qt SQL", "[layering]")
{
    static const QRegularExpression sql(QStringLiteral(R"(#\s*include\s*<(QtSql|QSql\w*)[/>])"));
    int files = 0;
    for (const char *folder : {"core", "ui", "app"}) {
        QDirIterator it(akkoord::test::sourcePath(QString::fromLatin1(folder)), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString name = QFileInfo(path).fileName();
            if (name == QLatin1String("scenariostore.cpp") ||
                name == QLatin1String("titleindex.cpp")) {
                continue;
            }
            INFO(path.toStdString());
            CHECK_FALSE(sql.match(QString::fromUtf8(akkoord::test::readAll(path))).hasMatch());
            ++files;
        }
    }
    CHECK(files > 40);
}
