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

TEST_CASE("Deleting goes to the trash and can be undone, and so can the baseline", "[ui][undo]")
{
    Fixture f;
    const qint64 id = f.scenario("Soest");
    REQUIRE(f.window->openScenario(id));
    f.window->makeBaseline();
    CHECK(f.window->store()->scenario(id).value().baseline);
    f.window->undoStack()->undo();
    CHECK_FALSE(f.window->store()->scenario(id).value().baseline);
    f.window->undoStack()->redo();
    CHECK(f.window->store()->scenario(id).value().baseline);

    f.answers << 0; // Move to trash
    f.window->deleteScenario();
    CHECK(f.window->store()->scenario(id).value().deleted.isValid());
    CHECK_FALSE(f.window->document()->isOpen());
    CHECK(f.window->emptyState()->isVisibleTo(f.window.get()));
    f.window->undoStack()->undo();
    CHECK_FALSE(f.window->store()->scenario(id).value().deleted.isValid());
    // Undo brings it back open, as it was before the delete.
    QApplication::processEvents();
    REQUIRE(f.window->document()->isOpen());
    CHECK(f.window->document()->scenarioId() == id);
    CHECK_FALSE(f.window->emptyState()->isVisibleTo(f.window.get()));
}

TEST_CASE("The trash lists deleted municipalities and scenarios, and empties for good after asking",
          "[ui][trash]")
{
    Fixture f;
    const qint64 id = f.scenario("Soest");
    REQUIRE(f.window->openScenario(id));
    f.window->deleteScenario(); // the question is answered "Move to trash"
    const CaseRecord bosch =
        f.window->store()->findCase(QStringLiteral("'s-Hertogenbosch")).value();
    REQUIRE_FALSE(f.window->store()->trashCase(bosch.id).isError());
    REQUIRE(f.window->undoStack()->canUndo());
    QAction *trash = nullptr;
    for (QAction *a : f.window->findChildren<QAction *>()) {
        trash = a->text() == QStringLiteral("&Trash…") ? a : trash;
    }
    REQUIRE(trash);

    // First look and close: both are listed, nothing is removed.
    QStringList listed;
    QTimer::singleShot(0, [&] {
        auto *dialog = f.window->findChild<QDialog *>(QStringLiteral("trashDialog"));
        if (auto *list =
                dialog ? dialog->findChild<QListWidget *>(QStringLiteral("trashList")) : nullptr) {
            for (int i = 0; i < list->count(); ++i) {
                listed << list->item(i)->text();
            }
        }
        if (dialog) {
            dialog->reject();
        }
    });
    trash->trigger();
    CHECK(listed == QStringList{QStringLiteral("'s-Hertogenbosch (municipality; scenarios: 1)"),
                                QStringLiteral("Soest — Startsituatie 2026")});

    // Empty it: asked first (Cancel is the default), then removed for good.
    f.asked.clear();
    f.answers = {1};
    QTimer::singleShot(0, [&] {
        auto *dialog = f.window->findChild<QDialog *>(QStringLiteral("trashDialog"));
        if (auto *button =
                dialog ? dialog->findChild<QPushButton *>(QStringLiteral("emptyTrash")) : nullptr) {
            button->click();
        }
    });
    trash->trigger();
    REQUIRE(f.asked.size() == 1);
    CHECK(f.asked[0].kind == PromptRequest::Warning);
    CHECK(f.asked[0].buttons.first() == QStringLiteral("Cancel"));
    CHECK(f.window->store()->trashedScenarios().value().isEmpty());
    CHECK(f.window->store()->scenario(id).error().kind == ErrorKind::NotFound);
    CHECK(f.window->store()->caseById(bosch.id).error().kind == ErrorKind::NotFound);
    // Undo cannot bring back what no longer exists.
    CHECK_FALSE(f.window->undoStack()->canUndo());
}
