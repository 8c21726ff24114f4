#include "testsupport.h"
#include "windowfixture.h"

#include "advice/advicetext.h"
#include "browser/casebrowser.h"
#include "browser/casetreemodel.h"
#include "browser/titlesearch.h"
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
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
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

TEST_CASE("Comparing, the user chooses the scenario the others are compared with", "[ui][compare]")
{
    Fixture f;
    const qint64 soest = f.scenario("Soest");
    const qint64 other = f.scenario("Voorbeeldgemeente");
    const qint64 soestCase = f.window->store()->scenario(soest).value().caseId;
    TitleSearch titles;
    titles.setStore(f.window->store());
    ComparisonChooser chooser(*f.window->store(), titles, soestCase, soest);
    // It opens on the open municipality's scenarios, a few, so all of them ticked; the open one
    // is the reference unless the user picks another.
    REQUIRE(chooser.list()->count() >= 1);
    CHECK(chooser.referenceBox()->currentData().toLongLong() == soest);
    CHECK(chooser.chosen().first() == soest);
    // Another municipality's scenario is found by searching for it, by name or by title.
    chooser.searchEdit()->setText(QStringLiteral("voorbeeldgem"));
    QListWidgetItem *found = nullptr;
    for (int i = 0; i < chooser.list()->count(); ++i) {
        if (chooser.list()->item(i)->data(Qt::UserRole).toLongLong() == other) {
            found = chooser.list()->item(i);
        }
    }
    REQUIRE(found != nullptr);
    CHECK(found->text().startsWith(QStringLiteral("Voorbeeldgemeente — ")));
    CHECK(found->checkState() == Qt::Unchecked);
    found->setCheckState(Qt::Checked);
    // Ticks stay across searches: back to Soest, untick everything there but the open one.
    chooser.searchEdit()->clear();
    for (int i = 0; i < chooser.list()->count(); ++i) {
        QListWidgetItem *item = chooser.list()->item(i);
        item->setCheckState(item->data(Qt::UserRole).toLongLong() == soest ? Qt::Checked
                                                                           : Qt::Unchecked);
    }
    CHECK(chooser.chosen() == QVector<qint64>{soest, other});
    chooser.referenceBox()->setCurrentIndex(chooser.referenceBox()->findData(other));
    CHECK(chooser.chosen() == QVector<qint64>{other, soest});
    // Unticking the reference leaves the open scenario as the reference.
    chooser.searchEdit()->setText(QStringLiteral("voorbeeldgem"));
    for (int i = 0; i < chooser.list()->count(); ++i) {
        chooser.list()->item(i)->setCheckState(Qt::Unchecked);
    }
    CHECK(chooser.chosen() == QVector<qint64>{soest});
    chooser.searchEdit()->setText(QStringLiteral("no such scenario anywhere"));
    CHECK(chooser.list()->count() == 0);
    CHECK(chooser.countLabel()->text().contains(QStringLiteral("No scenario")));
    // A practice example searched for is not silently missing: the chooser says why examples
    // are not compared.
    chooser.setPracticeExamples({QStringLiteral("Tilburg"), QStringLiteral("Sittard-Geleen")});
    chooser.searchEdit()->setText(QStringLiteral("tilb"));
    CHECK(chooser.list()->count() == 0);
    CHECK(chooser.countLabel()->text().startsWith(QStringLiteral("No scenario matches.")));
    CHECK(chooser.countLabel()->text().contains(
        QStringLiteral("“Tilburg” is a practice example. Examples are not compared")));
    chooser.searchEdit()->setText(QStringLiteral("voorbeeldgem"));
    CHECK_FALSE(chooser.countLabel()->text().contains(QStringLiteral("practice example")));
}

TEST_CASE("The comparison chooser stays small in a large store: a bounded list, ticks kept, the "
          "titles read on the side",
          "[ui][compare][scale]")
{
    QTemporaryDir dir;
    auto store = ScenarioStore::open(dir.filePath(QStringLiteral("many.sqlite"))).take();
    const qint64 big = store->createCase(QStringLiteral("Grootstad")).value().id;
    const qint64 small = store->createCase(QStringLiteral("Kleindorp")).value().id;
    qint64 open = 0;
    REQUIRE_FALSE(
        store
            ->transaction([&] {
                for (int i = 0; i < 450; ++i) {
                    const auto s = store->createScenario(
                        big,
                        ScenarioContent{
                            QStringLiteral("Plan %1").arg(i, 3, 10, QLatin1Char('0')), {}, {}, {}});
                    open = i == 7 ? s.value().id : open;
                }
                store->createScenario(small,
                                      ScenarioContent{QStringLiteral("Dorpsplan"), {}, {}, {}});
                return Error();
            })
            .isError());
    TitleSearch titles;
    titles.setStore(store.get());
    titles.setReadAtOnceLimit(100); // as if it were a million: read on a thread
    QSignalSpy ready(&titles, &TitleSearch::ready);
    ComparisonChooser chooser(*store, titles, big, open);
    // 450 in the open municipality: the first 200 shown, only the open one ticked.
    CHECK(chooser.list()->count() == ComparisonChooser::MaxShown);
    CHECK(chooser.countLabel()->text().contains(QStringLiteral("450")));
    CHECK(chooser.chosen() == QVector<qint64>{open});
    chooser.searchEdit()->setText(QStringLiteral("plan"));
    CHECK(chooser.list()->count() == 0);
    CHECK(chooser.countLabel()->text().contains(QStringLiteral("Reading")));
    REQUIRE(ready.wait(10000));
    CHECK(chooser.list()->count() == ComparisonChooser::MaxShown);
    CHECK(chooser.countLabel()->text().contains(QStringLiteral("More than 200 found")));
    chooser.searchEdit()->setText(QStringLiteral("dorps"));
    REQUIRE(chooser.list()->count() == 1);
    chooser.list()->item(0)->setCheckState(Qt::Checked);
    CHECK(chooser.chosen().size() == 2);
    CHECK(chooser.chosen().first() == open);
}
