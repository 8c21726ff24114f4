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

TEST_CASE("Comparing, the user chooses the scenario the others are compared with", "[ui][compare]")
{
    Fixture f;
    const qint64 soest = f.scenario("Soest");
    const qint64 other = f.scenario("Voorbeeldgemeente");
    const auto cases = f.window->store()->cases(QString(), true);
    const auto all = f.window->store()->allScenarios();
    REQUIRE(cases.ok());
    REQUIRE(all.ok());
    const qint64 soestCase = f.window->store()->scenario(soest).value().caseId;
    ComparisonChooser chooser(cases.value(), all.value(), soestCase, soest);
    // The open scenario is the reference unless the user picks another.
    CHECK(chooser.referenceBox()->currentData().toLongLong() == soest);
    for (int i = 0; i < chooser.list()->count(); ++i) {
        QListWidgetItem *item = chooser.list()->item(i);
        item->setCheckState(item->data(Qt::UserRole).toLongLong() == other ? Qt::Checked
                                                                           : Qt::Unchecked);
    }
    CHECK(chooser.chosen() == QVector<qint64>{soest, other});
    chooser.referenceBox()->setCurrentIndex(chooser.referenceBox()->findData(other));
    for (int i = 0; i < chooser.list()->count(); ++i) {
        QListWidgetItem *item = chooser.list()->item(i);
        item->setCheckState(item->data(Qt::UserRole).toLongLong() == soest ? Qt::Checked
                                                                           : Qt::Unchecked);
    }
    CHECK(chooser.chosen() == QVector<qint64>{other, soest});
}
