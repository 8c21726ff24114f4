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

TEST_CASE("The matrix switches to the approach matrix and exports PNG and SVG", "[ui][chart]")
{
    Fixture f;
    REQUIRE(f.window->openScenario(f.scenario("Soest")));
    CHECK(f.window->matrixView()->state().matrix == QStringLiteral("strategy"));
    CHECK(f.window->matrixView()->state().point(ChartPoint::Goal) != nullptr);
    f.window->showMatrix(QStringLiteral("approach"));
    const MatrixChartState &s = f.window->matrixView()->state();
    CHECK(s.matrix == QStringLiteral("approach"));
    CHECK(s.xNegative == QStringLiteral("Widening the network"));
    CHECK(s.point(ChartPoint::Goal) == nullptr);
    CHECK(s.point(ChartPoint::ReferenceCase, QStringLiteral("nijmegen"))->x >
          0); // doing, individual
    const QString png = f.dir.filePath(QStringLiteral("m.png"));
    const QString svg = f.dir.filePath(QStringLiteral("m.svg"));
    REQUIRE(f.window->matrixView()->exportPng(png));
    REQUIRE(f.window->matrixView()->exportSvg(svg));
    CHECK(QImage(png).width() == 1200);
    const QByteArray svgText = test::readAll(svg);
    CHECK(svgText.contains("<svg"));
    CHECK(svgText.contains("Nijmegen"));
    // Like every other output: private from the start, and never written over a pipe or device.
    CHECK(QFile::permissions(png) ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK(QFile::permissions(svg) ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    const QString fifo = f.dir.filePath(QStringLiteral("pipe.svg"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    CHECK_FALSE(f.window->matrixView()->exportSvg(fifo));
    CHECK_FALSE(f.window->matrixView()->exportPng(fifo));
    CHECK(QFileInfo(fifo).isFile() == false);
}

TEST_CASE("An open practice example is drawn once on its own chart", "[ui][chart]")
{
    Fixture f;
    REQUIRE(f.window->openReferenceCase(QStringLiteral("helmond")));
    const MatrixChartState &s = f.window->matrixView()->state();
    // The scenario marker is the example; the other examples are still there.
    REQUIRE(s.point(ChartPoint::Scenario) != nullptr);
    CHECK(s.point(ChartPoint::Scenario)->label == QStringLiteral("Helmond"));
    int labelled = 0;
    for (const ChartPoint &p : s.points) {
        labelled += p.label.contains(QStringLiteral("Helmond")) ? 1 : 0;
    }
    CHECK(labelled == 1);
    CHECK(s.point(ChartPoint::ReferenceCase, QStringLiteral("helmond")) == nullptr);
    CHECK(s.point(ChartPoint::ReferenceCase, QStringLiteral("nijmegen")) != nullptr);
    // A stored scenario shows every example.
    REQUIRE(f.window->openScenario(f.scenario("Soest")));
    CHECK(f.window->matrixView()->state().point(ChartPoint::ReferenceCase,
                                                QStringLiteral("helmond")) != nullptr);
}
