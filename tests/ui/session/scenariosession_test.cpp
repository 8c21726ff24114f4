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

TEST_CASE("Saving writes a revision, and reopening finds it", "[ui][store]")
{
    qint64 id = 0;
    QString db;
    QTemporaryDir keep;
    {
        Fixture f;
        id = f.scenario("Soest");
        REQUIRE(f.window->openScenario(id));
        f.choose("economy", "dip");
        // A window shortcut needs the window to be the active one, as it is for a user.
        f.window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
        QTest::keySequence(f.window.get(), QKeySequence::Save);
        CHECK_FALSE(f.window->document()->isModified());
        CHECK(f.window->document()->revision() == 2);
        CHECK(f.window->store()->history(id).value().size() == 2);
        db = keep.filePath(QStringLiteral("copy.sqlite"));
        REQUIRE_FALSE(f.window->store()->backup(db).isError());
    }
    Fixture g;
    REQUIRE(g.window->openDatabase(db));
    // Find it through the filter, as a user would.
    QTest::keyClicks(g.window->caseBrowser()->filterEdit(), QStringLiteral("soest"));
    CHECK(g.window->caseBrowser()->visibleScenarioTitles() ==
          QStringList{QStringLiteral("Startsituatie 2026")});
    REQUIRE(g.window->openScenario(id));
    CHECK(g.window->document()->content().answers.value(QStringLiteral("economy")) ==
          QStringLiteral("dip"));
    CHECK(
        g.window->questionnaire()->comboFor(QStringLiteral("economy"))->currentData().toString() ==
        QStringLiteral("dip"));
}

TEST_CASE("Unsaved changes are asked about when switching scenario", "[ui]")
{
    Fixture f;
    REQUIRE(f.window->openScenario(f.scenario("Soest")));
    f.choose("economy", "growth");
    f.answers << 2; // Cancel
    CHECK_FALSE(f.window->openScenario(f.scenario("Voorbeeldgemeente")));
    REQUIRE(f.asked.size() == 1);
    CHECK(f.asked[0].title == QStringLiteral("Unsaved changes"));
    CHECK(f.window->document()->municipality() == QStringLiteral("Soest"));
    f.answers << 1; // Discard
    CHECK(f.window->openScenario(f.scenario("Voorbeeldgemeente")));
    CHECK(f.window->store()->history(f.scenario("Soest")).value().size() == 1);
}

TEST_CASE("A conflicting save by another program reaches the user as a dialog", "[ui][conflict]")
{
    Fixture f;
    const qint64 id = f.scenario("Soest");
    REQUIRE(f.window->openScenario(id));
    f.choose("economy", "dip");
    {
        // Another program (a second window, or akkoord-cli) saves the same scenario first.
        auto other = ScenarioStore::open(f.db).take();
        ScenarioContent theirs = other->scenario(id).value().content;
        theirs.notes = QStringLiteral("Door een collega opgeslagen");
        REQUIRE(other->saveScenario(id, 1, theirs).ok());
    }
    f.answers << 0; // Save mine as a copy
    CHECK(f.window->save());
    REQUIRE(f.asked.size() == 1);
    CHECK(f.asked[0].kind == PromptRequest::Warning);
    CHECK(f.asked[0].text.contains(QStringLiteral("changed elsewhere")));
    // Nothing lost: their revision stands, and mine is a copy beside it.
    CHECK(f.window->store()->scenario(id).value().content.notes ==
          QStringLiteral("Door een collega opgeslagen"));
    CHECK(f.window->document()->scenarioId() != id);
    CHECK(f.window->document()->content().title == QStringLiteral("Startsituatie 2026 (my copy)"));
    CHECK(f.window->document()->content().answers.value(QStringLiteral("economy")) ==
          QStringLiteral("dip"));
}

TEST_CASE("A save onto a scenario another program moved to the trash offers to restore it",
          "[ui][conflict][trash]")
{
    Fixture f;
    const qint64 id = f.scenario("Soest");
    REQUIRE(f.window->openScenario(id));
    f.choose("economy", "dip");
    REQUIRE_FALSE(
        ScenarioStore::open(f.db).value()->trashScenario(id).isError()); // akkoord-cli delete
    f.answers << 2; // Cancel: nothing is saved, and nothing claims it was
    CHECK_FALSE(f.window->save());
    REQUIRE(f.asked.size() == 1);
    CHECK(f.asked[0].title == QStringLiteral("Removed elsewhere"));
    CHECK(f.asked[0].text.contains(QStringLiteral("trash")));
    CHECK(f.asked[0].buttons.first() == QStringLiteral("Restore it and save"));
    CHECK(f.window->document()->isModified());
    CHECK(f.window->store()->history(id).value().size() == 1);

    f.answers << 0; // Restore it and save
    CHECK(f.window->save());
    const ScenarioRecord stored = f.window->store()->scenario(id).value();
    CHECK_FALSE(stored.deleted.isValid());
    CHECK(stored.revision == 2);
    CHECK(stored.content.answers.value(QStringLiteral("economy")) == QStringLiteral("dip"));
    CHECK_FALSE(f.window->document()->isModified());
}

TEST_CASE("A save onto a scenario purged by another program is kept as a new scenario",
          "[ui][conflict][trash]")
{
    Fixture f;
    const qint64 id = f.scenario("Soest");
    REQUIRE(f.window->openScenario(id));
    f.choose("economy", "dip");
    {
        auto other = ScenarioStore::open(f.db).take();
        REQUIRE_FALSE(other->trashScenario(id).isError());
        REQUIRE(other->purgeTrash(QDateTime::currentDateTimeUtc().addSecs(1)).ok());
    }
    f.answers << 0; // Save as a new scenario
    CHECK(f.window->save());
    REQUIRE(f.asked.size() == 1);
    CHECK(f.asked[0].text.contains(QStringLiteral("removed")));
    CHECK(f.asked[0].buttons ==
          QStringList{QStringLiteral("Save as a new scenario"), QStringLiteral("Cancel")});
    const qint64 now = f.window->document()->scenarioId();
    CHECK(now > id);
    const ScenarioRecord stored = f.window->store()->scenario(now).value();
    CHECK_FALSE(stored.deleted.isValid());
    CHECK(stored.content.answers.value(QStringLiteral("economy")) == QStringLiteral("dip"));
    CHECK(f.window->store()->caseById(stored.caseId).value().name == QStringLiteral("Soest"));
}

TEST_CASE("Practice examples open read-only and can be started from", "[ui]")
{
    Fixture f;
    REQUIRE(f.window->openReferenceCase(QStringLiteral("soest")));
    CHECK(f.window->document()->isReadOnly());
    CHECK_FALSE(f.window->questionnaire()->comboFor(QStringLiteral("network_size"))->isEnabled());
    for (QCheckBox *box : f.window->questionnaire()->checkBoxesFor(QStringLiteral("existing"))) {
        CHECK_FALSE(box->isEnabled());
    }
    // Only what the source states is filled in; our assumptions are listed apart and do not
    // count, so the advice does not pretend to know Soest's situation.
    const ReferenceCase *soest = knowledge()->referenceCase(QStringLiteral("soest"));
    CHECK(f.window->document()->content().answers == soest->stated);
    CHECK(f.window->questionnaire()->comboFor(QStringLiteral("employer_orgs"))->currentIndex() ==
          0);
    CHECK(f.window->questionnaire()
              ->remarkFor(QStringLiteral("existing"))
              .startsWith(QStringLiteral("source: ")));
    CHECK(f.window->document()->content().notes.contains(
        QStringLiteral("Assumed by us, not in the source")));
    CHECK(f.window->advice().verdict == Verdict::Insufficient);
    f.texts << QStringLiteral("Nieuwegein") << QStringLiteral("Vanuit Soest");
    f.window->duplicateScenario();
    CHECK_FALSE(f.window->document()->isReadOnly());
    CHECK(f.window->document()->municipality() == QStringLiteral("Nieuwegein"));
    CHECK(f.window->document()->content().title == QStringLiteral("Vanuit Soest"));
    // The status bar no longer speaks of the example.
    CHECK_FALSE(
        f.window->statusBar()->currentMessage().contains(QStringLiteral("practice example")));
    CHECK(f.window->statusBar()->currentMessage().contains(QStringLiteral("Vanuit Soest")));
    CHECK(f.window->document()->content().answers == soest->stated);
    // Editable again: the history options can be ticked.
    for (QCheckBox *box : f.window->questionnaire()->checkBoxesFor(QStringLiteral("existing"))) {
        CHECK(box->isEnabled());
    }
    // Opening a scenario of one's own after looking at an example: the status bar no longer
    // speaks of the example (it did, found by a walkthrough).
    REQUIRE(f.window->openReferenceCase(QStringLiteral("tilburg")));
    CHECK(f.window->statusBar()->currentMessage().contains(QStringLiteral("practice example")));
    REQUIRE(f.window->openScenario(f.scenario("Soest")));
    CHECK(f.window->statusBar()->currentMessage().isEmpty());
}
