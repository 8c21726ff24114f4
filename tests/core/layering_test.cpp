#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

#include <tuple>

// The core must stay usable without a display: no Qt GUI, Widgets or Charts header in it. The
// reports (report/) are the one layer on Qt GUI, and they use no widgets either.
TEST_CASE("No core file includes a Qt GUI, Widgets or Charts header", "[layering]")
{
    static const QRegularExpression gui(QStringLiteral(
        R"(#\s*include\s*<(QtGui|QtWidgets|QtCharts|QtSvg|QtPrintSupport|QWidget|QApplication|)"
        R"(QGuiApplication|QPainter|QImage|QPixmap|QColor|QFont|QChart\w*|QPdfWriter|QTextDocument)[/>])"));
    static const QRegularExpression widgets(QStringLiteral(
        R"(#\s*include\s*<(QtWidgets|QtCharts|QtPrintSupport|QWidget|QApplication|QChart\w*|)"
        R"(QPrinter|QGraphics\w*)[/>])"));
    for (const auto &[folder, forbidden, least] :
         {std::tuple{"core", &gui, 40}, std::tuple{"report", &widgets, 4}}) {
        QDirIterator it(akkoord::test::sourcePath(QString::fromLatin1(folder)), QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            INFO(path.toStdString());
            CHECK_FALSE(
                forbidden->match(QString::fromUtf8(akkoord::test::readAll(path))).hasMatch());
            ++files;
        }
        CHECK(files >= least);
    }
}

// Qt SQL belongs to the store's backends (core/store/sqlite, core/store/postgres, and what both
// share in core/store/sql) and nowhere else: the records and the store's interface are plain C++
// and Qt Core, so the desktop program and the command line never include Qt SQL, and a backend
// is added without touching them.
TEST_CASE("Only the store's own source files include Qt SQL", "[layering]")
{
    static const QRegularExpression sql(QStringLiteral(R"(#\s*include\s*<(QtSql|QSql\w*)[/>])"));
    int files = 0;
    for (const char *folder : {"core", "report", "ui", "app"}) {
        QDirIterator it(akkoord::test::sourcePath(QString::fromLatin1(folder)), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/core/store/sqlite/")) ||
                path.contains(QLatin1String("/core/store/postgres/")) ||
                path.contains(QLatin1String("/core/store/sql/"))) {
                continue; // the backends: their SQL lives here and nowhere else
            }
            const QString text = QString::fromUtf8(akkoord::test::readAll(path));
            INFO(path.toStdString());
            CHECK_FALSE(sql.match(text).hasMatch());
            // Callers know the store's interface, never a backend's insides; only the store's
            // own opening function names the SQLite backend.
            const bool source =
                path.endsWith(QLatin1String(".cpp")) || path.endsWith(QLatin1String(".h"));
            if (source && !path.endsWith(QLatin1String("/core/store/scenariostore.cpp"))) {
                CHECK_FALSE(text.contains(QLatin1String("store/sqlite/")));
                CHECK_FALSE(text.contains(QLatin1String("store/postgres/")));
            }
            ++files;
        }
    }
    CHECK(files > 40);
}
