#include "testsupport.h"
#include "windowfixture.h"

#include "advice/advicetext.h"
#include "browser/casebrowser.h"
#include "browser/casetreemodel.h"
#include "dialogs/comparedialog.h"
#include "dialogs/comparisonchooser.h"
#include "dialogs/newmunicipalitydialog.h"
#include "editor/advicepanel.h"
#include "editor/matrixpane.h"
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
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
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
#include <QStyle>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
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
    // The pane's choice names the matrix on screen, so the view leaves out its title there and
    // gives the plot that line; a saved picture stands alone and is drawn with its name.
    CHECK(f.window->matrixView()->chart()->title().isEmpty());
    CHECK(svgText.contains(">Approach matrix</text>"));
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

TEST_CASE("A practice example the source says nothing about that would place it is not drawn, "
          "and the table and the questionnaire say why",
          "[ui][chart]")
{
    Fixture f;
    // Tilburg: the source tells what it did, nothing about its situation.
    REQUIRE(f.window->openReferenceCase(QStringLiteral("tilburg")));
    const MatrixChartState &s = f.window->matrixView()->state();
    CHECK(s.point(ChartPoint::Scenario) == nullptr); // not at the spot no answers would give
    CHECK(s.unplaced == QStringList{QStringLiteral("Tilburg"), QStringLiteral("Sittard-Geleen")});
    f.window->matrixPane()->showTable(true);
    QTreeWidget *table = f.window->matrixPane()->table();
    QStringList notPlaced;
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = table->topLevelItem(i);
        if (row->text(3).startsWith(QStringLiteral("practice example, not placed"))) {
            notPlaced << row->text(0);
            CHECK(row->text(1) == QStringLiteral("—"));
        }
    }
    CHECK(notPlaced == s.unplaced);
    // The questionnaire says why nothing is filled in, above the questions.
    QLabel *exampleNote = nullptr;
    for (QLabel *l : f.window->questionnaire()->findChildren<QLabel *>()) {
        exampleNote = l->text().startsWith(QStringLiteral("Practice example")) ? l : exampleNote;
    }
    REQUIRE(exampleNote);
    CHECK(exampleNote->isVisibleTo(f.window->questionnaire()));
    CHECK(exampleNote->text().contains(QStringLiteral("no question is filled in")));
    CHECK(exampleNote->text().contains(QStringLiteral("no place on the matrix")));
    // The advice opens with what the source tells of Tilburg, and says why it says little below
    // (it asked to answer questions that cannot be answered here).
    const QString advice = f.window->advicePanel()->browser()->toPlainText();
    CHECK(advice.startsWith(QStringLiteral("Practice example Tilburg")));
    CHECK(advice.contains(knowledge()->referenceCase(QStringLiteral("tilburg"))->did.en.left(40)));
    // The same lines as the example's notes, with their basis.
    const QString did = f.window->document()->content().notes.section(QLatin1Char('\n'), 0, 0);
    CHECK(did.startsWith(QStringLiteral("What they did: ")));
    CHECK(did.contains(QStringLiteral("(source:")));
    CHECK(advice.contains(did));
    CHECK(advice.contains(
        QStringLiteral("reads only what the source states about Tilburg (0 answer")));
    // Soest: the source states what had grown there; that one answer is filled in and places it.
    REQUIRE(f.window->openReferenceCase(QStringLiteral("soest")));
    CHECK(f.window->matrixView()->state().point(ChartPoint::Scenario) != nullptr);
    // (The source text: English users read the English translation's "1 question.")
    CHECK(exampleNote->text().contains(
        QStringLiteral("Only what the source states about it is filled in: 1 question")));
    // A scenario of one's own has no such note, and its advice no example's introduction.
    REQUIRE(f.window->openScenario(f.scenario("Soest")));
    CHECK_FALSE(exampleNote->isVisibleTo(f.window->questionnaire()));
    CHECK_FALSE(f.window->advicePanel()->browser()->toPlainText().startsWith(
        QStringLiteral("Practice example")));
}

TEST_CASE("The matrix reads as a table: every point with its place, and the route in words",
          "[ui][chart][accessibility]")
{
    Fixture f;
    REQUIRE(f.window->openScenario(f.scenario("Soest")));
    MatrixPane *pane = f.window->matrixPane();
    auto *button = pane->findChild<QPushButton *>();
    REQUIRE(button);
    CHECK(button->text() == QStringLiteral("As a &table"));
    button->click();
    QTreeWidget *table = pane->table();
    CHECK(table->isVisibleTo(pane));
    CHECK_FALSE(f.window->matrixView()->isVisibleTo(pane));
    CHECK(table->accessibleName() == QStringLiteral("Matrix as a table"));
    CHECK(table->focusPolicy() != Qt::NoFocus);
    const MatrixChartState &s = f.window->matrixView()->state();
    // Every point, and the examples the chart leaves off.
    REQUIRE(table->topLevelItemCount() == s.points.size() + s.unplaced.size());
    // The columns are the axes by name, their tooltips name the poles; every row says where it
    // lies on both, and to which pole it leans.
    CHECK(table->headerItem()->text(1).simplified() == s.xLabel);
    CHECK(table->headerItem()->toolTip(1).contains(QStringLiteral("Collectives")));
    CHECK(table->headerItem()->toolTip(1).contains(QStringLiteral("↔")));
    const ChartPoint *scenario = s.point(ChartPoint::Scenario);
    const ChartPoint *recommended = nullptr;
    for (const ChartPoint &p : s.points) {
        recommended = p.kind == ChartPoint::StartingPoint && p.emphasised ? &p : recommended;
    }
    REQUIRE(scenario);
    REQUIRE(recommended);
    bool scenarioRow = false;
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = table->topLevelItem(i);
        CHECK_FALSE(row->text(1).isEmpty());
        CHECK_FALSE(row->text(2).isEmpty());
        if (row->text(0) == scenario->label) {
            scenarioRow = true;
            CHECK(row->text(3) == QStringLiteral("scenario"));
            CHECK(row->text(1).startsWith(QLocale().toString(scenario->x, 'f', 2)));
            CHECK(row->text(1).contains(scenario->x < 0 ? QStringLiteral("Collectives")
                                                        : QStringLiteral("Individual")));
        }
        if (row->text(0) == recommended->label) {
            CHECK(row->text(3) == QStringLiteral("recommended starting point"));
        }
    }
    CHECK(scenarioRow);
    // The route as the arrows draw it: from the scenario to the start, on to where the source
    // wants to go.
    CHECK(pane->routeText() ==
          QStringLiteral("Route: %1 → %2 → %3")
              .arg(scenario->label, recommended->label, s.point(ChartPoint::Goal)->label));
    // It follows the answers like the chart does.
    const QString label = scenario->label;
    const auto place = [&] {
        for (int i = 0; i < table->topLevelItemCount(); ++i) {
            if (table->topLevelItem(i)->text(0) == label) {
                return table->topLevelItem(i)->text(1) + table->topLevelItem(i)->text(2);
            }
        }
        return QString();
    };
    const QString before = place();
    f.choose("network_size", "large");
    const QString after = place();
    REQUIRE_FALSE(after.isEmpty());
    CHECK(after != before);
    button->click();
    CHECK(f.window->matrixView()->isVisibleTo(pane));
}

TEST_CASE("In a narrow pane the matrix's table wraps its cells instead of cutting them, and the "
          "names and positions stay in sight",
          "[ui][chart][accessibility]")
{
    for (const Language language : {Language::Dutch, Language::English}) {
        INFO(languageCode(language).toStdString());
        Fixture f(language);
        // The pane as wide as at 1024×700 (about 450 px), and as at 1920×1080.
        for (const int width : {1024, 1920}) {
            INFO(width);
            f.window->resize(width, width == 1024 ? 700 : 1080);
            REQUIRE(f.window->openScenario(f.scenario("Soest")));
            MatrixPane *pane = f.window->matrixPane();
            pane->showTable(true);
            QApplication::processEvents();
            QTreeWidget *table = pane->table();
            const int viewport = table->viewport()->width();
            REQUIRE(viewport > 300);
            for (int c = 0; c < 3; ++c) {
                INFO("column " << c);
                CHECK(table->header()->sectionViewportPosition(c) >= 0);
                CHECK(table->header()->sectionViewportPosition(c) + table->columnWidth(c) <=
                      viewport);
            }
            for (int r = 0; r < table->topLevelItemCount(); ++r) {
                QTreeWidgetItem *row = table->topLevelItem(r);
                for (int c = 0; c < table->columnCount(); ++c) {
                    INFO(row->text(c).toStdString());
                    const QRect cell = table->visualItemRect(row);
                    // The text's room in its cell: the column less the style's text margins.
                    const int margin =
                        table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) +
                        1;
                    const QRect needed =
                        QFontMetrics(row->font(c))
                            .boundingRect(QRect(0, 0, table->columnWidth(c) - 2 * margin, 10000),
                                          Qt::TextWordWrap, row->text(c));
                    CHECK(needed.width() <= table->columnWidth(c));
                    CHECK(needed.height() <= cell.height());
                }
            }
            pane->showTable(false);
        }
    }
}
