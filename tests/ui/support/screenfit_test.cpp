#include "testsupport.h"
#include "windowfixture.h"

#include "advice/advicetext.h"
#include "browser/casebrowser.h"
#include "browser/casetreemodel.h"
#include "dialogs/comparedialog.h"
#include "dialogs/comparisonchooser.h"
#include "dialogs/newmunicipalitydialog.h"
#include "editor/advicepanel.h"
#include "editor/questionnairewidget.h"
#include "editor/scenariodocument.h"
#include "editor/strategymatrixview.h"
#include "exchange/exchange.h"
#include "mainwindow.h"
#include "support/prompt.h"
#include "support/screenfit.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <sys/stat.h>

using namespace akkoord;
using namespace akkoord::ui;
using akkoord::test::Fixture;
using akkoord::test::knowledge;

TEST_CASE("Windows open no larger than the screen leaves free", "[ui][screen]")
{
    // The offscreen screen is smaller than the program's preferred 1400×900, as a 1366×768
    // laptop with a taskbar is: the window and the comparison must fit it.
    QWidget probe;
    const QSize free = probe.screen()->availableGeometry().size();
    REQUIRE(free.width() < 1400);
    const QSize fitted = fittingSize(&probe, QSize(1400, 900));
    CHECK(fitted.width() <= free.width());
    CHECK(fitted.height() <= free.height());
    // A screen larger than preferred leaves the preferred size.
    CHECK(fittingSize(&probe, QSize(400, 300)) == QSize(400, 300));

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("fresh.ini")), QSettings::IniFormat);
    MainWindow window(knowledge(), Language::English, &settings);
    window.show();
    CHECK(window.width() <= free.width());
    CHECK(window.height() <= free.height());
}
