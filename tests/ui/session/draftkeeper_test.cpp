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

TEST_CASE("Unsaved work is kept as a draft and offered back", "[ui][draft]")
{
    Fixture f;
    const qint64 id = f.scenario("Soest");
    const QString draft = f.crashWithDraft(id);
    REQUIRE(QFile::exists(draft));
    f.answers.clear();
    f.restart();
    f.window->offerDraft();
    REQUIRE(f.asked.size() == 1);
    CHECK(f.asked[0].title == QStringLiteral("Unsaved work found"));
    CHECK(f.window->document()->scenarioId() == id);
    CHECK(f.window->document()->isModified());
    CHECK(f.window->document()->content().answers.value(QStringLiteral("economy")) ==
          QStringLiteral("dip"));
    REQUIRE(f.window->save());
    CHECK_FALSE(QFile::exists(draft));
}

TEST_CASE("Changes undone up to what was saved leave no draft to offer back", "[ui][draft]")
{
    Fixture f;
    const qint64 id = f.scenario("Soest");
    REQUIRE(f.window->openScenario(id));
    f.choose("economy", "dip");
    f.window->writeDraft();
    const QString draft = f.window->draftPath();
    REQUIRE(QFile::exists(draft));
    // Undone: the scenario is as saved, and a crash now must not offer "dip" back.
    f.window->undoStack()->undo();
    REQUIRE_FALSE(f.window->document()->isModified());
    CHECK_FALSE(QFile::exists(draft));
    f.window->writeDraft();
    CHECK_FALSE(QFile::exists(draft));
    f.window.reset();
    f.restart();
    f.window->offerDraft();
    CHECK(f.asked.isEmpty());
}

TEST_CASE("At the next start the scenario open last opens again, unless it went to the trash",
          "[ui][draft]")
{
    Fixture f;
    f.scenario("Soest");
    const qint64 last = f.scenario("Voorbeeldgemeente");
    REQUIRE(f.window->openScenario(last));
    f.window.reset();
    f.restart();
    f.window->offerDraft(); // what the program does once its window is up
    CHECK(f.asked.isEmpty());
    REQUIRE(f.window->document()->isOpen());
    CHECK(f.window->document()->scenarioId() == last);
    CHECK(f.window->caseBrowser()->selectedId() == QString::number(last));
    // Put in the trash meanwhile (by another program): the next start opens nothing, quietly.
    REQUIRE_FALSE(f.window->store()->trashScenario(last).isError());
    f.window.reset();
    f.restart();
    f.window->offerDraft();
    CHECK(f.asked.isEmpty());
    CHECK_FALSE(f.window->document()->isOpen());
}

TEST_CASE("A draft whose scenario was removed meanwhile is offered as a new scenario",
          "[ui][draft]")
{
    Fixture f;
    const qint64 id = f.scenario("Soest");
    const QString draft = f.crashWithDraft(id);
    {
        // Meanwhile another program deleted the scenario and emptied the trash.
        auto other = ScenarioStore::open(f.db).take();
        REQUIRE_FALSE(other->trashScenario(id).isError());
        REQUIRE(other->purgeTrash(QDateTime::currentDateTimeUtc().addSecs(1)).ok());
    }
    REQUIRE(QFile::exists(draft));
    f.answers = {0}; // keep as new scenario
    f.restart();
    f.window->offerDraft();
    REQUIRE(f.asked.size() == 1);
    CHECK(f.asked[0].text.contains(QStringLiteral("removed from the database")));
    CHECK_FALSE(QFile::exists(draft));
    // The changes are saved, in Soest, under the same title, and open.
    const CaseRecord soest = f.window->store()->findCase(QStringLiteral("Soest")).value();
    const auto scenarios = f.window->store()->scenarios(soest.id).value();
    REQUIRE(scenarios.size() == 1);
    CHECK(scenarios[0].id != id);
    CHECK(scenarios[0].content.title == QStringLiteral("Startsituatie 2026"));
    CHECK(scenarios[0].content.answers.value(QStringLiteral("economy")) == QStringLiteral("dip"));
    CHECK(f.window->document()->scenarioId() == scenarios[0].id);
}

TEST_CASE("A draft goes back only onto the database and scenario it was made from", "[ui][draft]")
{
    Fixture f;
    const qint64 id = f.scenario("Soest");
    const QString draft = f.crashWithDraft(id);
    const QJsonObject written = QJsonDocument::fromJson(test::readAll(draft)).object();
    CHECK(written.value(QStringLiteral("database")).toString().size() == 32);
    CHECK(written.value(QStringLiteral("base_title")).toString() ==
          QStringLiteral("Startsituatie 2026"));
    CHECK(written.value(QStringLiteral("municipality")).toString() == QStringLiteral("Soest"));
    CHECK(written.value(QStringLiteral("revision")).toInt() == 1);
    // Meanwhile another database took this one's place: same path, and its scenario with this
    // id belongs to another municipality.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(f.db + suffix);
    }
    {
        auto store = ScenarioStore::open(f.db).take();
        const qint64 other = store->createCase(QStringLiteral("Helmond")).value().id;
        ScenarioContent c;
        c.title = QStringLiteral("Helmond werkt");
        c.knowledgeVersion = knowledge()->version();
        qint64 last = 0;
        while (last < id) {
            last = store->createScenario(other, c).value().id;
        }
        REQUIRE(store->scenario(id).ok());
    }
    f.answers = {0}; // keep as new scenario
    f.restart();
    f.window->offerDraft();
    REQUIRE(f.asked.size() == 1);
    CHECK(f.asked[0].text.contains(QStringLiteral("removed from the database")));
    // Helmond's scenario is untouched; the draft is a new scenario in a municipality Soest.
    CHECK(f.window->store()->scenario(id).value().content.title == QStringLiteral("Helmond werkt"));
    CHECK(f.window->store()->history(id).value().size() == 1);
    const CaseRecord soest = f.window->store()->findCase(QStringLiteral("Soest")).value();
    const auto scenarios = f.window->store()->scenarios(soest.id).value();
    REQUIRE(scenarios.size() == 1);
    CHECK(scenarios[0].content.answers.value(QStringLiteral("economy")) == QStringLiteral("dip"));
}

// Notes typed in the program have no limit of their own: a draft longer than a scenario file may
// be comes back whole, and one that cannot be read (half written) is kept, not discarded.
TEST_CASE("A long draft comes back whole, and an unreadable one is kept", "[ui][draft]")
{
    Fixture f;
    const qint64 id = f.scenario("Soest");
    REQUIRE(f.window->openScenario(id));
    // Many short lines, as notes are typed; more than 1 MB in all.
    const QString notes =
        QStringLiteral("Afspraak met de werkgevers van de regio.\n").repeated(30000);
    f.window->document()->setNotes(notes);
    f.window->writeDraft();
    const QString draft = f.window->draftPath();
    REQUIRE(QFileInfo(draft).size() > 1200 * 1000);
    f.window.reset();
    f.restart();
    f.window->offerDraft();
    REQUIRE(f.asked.size() == 1);
    CHECK(f.asked[0].text.contains(QStringLiteral("Startsituatie 2026")));
    CHECK(f.window->document()->scenarioId() == id);
    CHECK(f.window->document()->content().notes == notes);

    // Half a draft, as a crash while writing could leave: nothing is offered, nothing deleted.
    QFile file(draft);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"akkoord.scenario\", \"title\": \"Half");
    file.close();
    f.window->document()->markSaved(id, f.window->document()->revision(),
                                    f.window->document()->content());
    f.restart();
    f.window->offerDraft();
    CHECK(f.asked.isEmpty());
    CHECK(QFile::exists(draft));
}
