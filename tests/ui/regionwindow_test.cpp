// Two people of two municipalities, on two desktop programs, sharing one regional database:
// each sees the other's work appear, and a change of the other's work is refused by the
// database. Runs inside a throwaway cluster only (tests/postgres/run).
#include "storebackend.h"
#include "windowfixture.h"

#include "editor/scenariodocument.h"
#include "store/regionserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QStatusBar>

using namespace akkoord;
using namespace akkoord::test;

TEST_CASE("Two desktop programs on one regional database: the other's work appears, and "
          "changing it is refused",
          "[.postgresql][ui]")
{
    const QString owner = freshRegion(QStringLiteral("desktops"));
    const qint64 ede =
        RegionServer::addMunicipality(owner, QStringLiteral("Ede"), QStringLiteral("GM0228"))
            .value()
            .id;
    const qint64 wageningen =
        RegionServer::addMunicipality(owner, QStringLiteral("Wageningen"), QStringLiteral("GM0289"))
            .value()
            .id;
    const QString alice = loginRole(QStringLiteral("alice"), QStringLiteral("desktops"));
    const QString bob = loginRole(QStringLiteral("bob"), QStringLiteral("desktops"));
    REQUIRE_FALSE(
        RegionServer::grant(owner, QStringLiteral("alice"), QStringLiteral("Ede")).isError());
    REQUIRE_FALSE(
        RegionServer::grant(owner, QStringLiteral("bob"), QStringLiteral("Wageningen")).isError());

    Fixture mine;  // alice's program
    Fixture yours; // bob's program
    REQUIRE(mine.window->openDatabase(alice));
    REQUIRE(yours.window->openDatabase(bob));
    // The status bar says which database and as whom; the password is neither shown nor kept.
    const auto *label = mine.window->findChild<QLabel *>(QStringLiteral("databaseLabel"));
    REQUIRE(label);
    CHECK(label->text().contains(QStringLiteral("as alice")));
    CHECK_FALSE(label->text().contains(QStringLiteral("pw-alice")));
    const QStringList recent =
        mine.settings.value(QStringLiteral("recentDatabases")).toStringList();
    CHECK_FALSE(recent.join(QLatin1Char(' ')).contains(QStringLiteral("pw-alice")));

    // Bob saves in his program; alice's program hears of it without a restart.
    ScenarioContent c;
    c.title = QStringLiteral("Wageningen: convenant");
    c.answers = knowledge()->referenceCase(QStringLiteral("soest"))->answers;
    const qint64 theirs = yours.window->store()->createScenario(wageningen, c).value().id;
    QElapsedTimer timer;
    timer.start();
    while (!mine.window->statusBar()->currentMessage().contains(QStringLiteral("Another user")) &&
           timer.elapsed() < 5000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    CHECK(mine.window->statusBar()->currentMessage().contains(QStringLiteral("Another user")));

    // Alice opens bob's scenario, changes an answer and saves: the database refuses, she is
    // told why, and bob's scenario is as he left it.
    // The dialogs' hook is one for the process: alice's program answers from here on.
    Prompt::setHook([&mine](const PromptRequest &r) {
        mine.asked << r;
        return 0;
    });
    REQUIRE(mine.window->openScenario(theirs));
    mine.window->document()->setTitle(QStringLiteral("Overgenomen"));
    CHECK_FALSE(mine.window->save());
    REQUIRE_FALSE(mine.asked.isEmpty());
    const QString told = mine.asked.last().text + mine.asked.last().details;
    INFO(told.toStdString());
    CHECK(told.contains(QStringLiteral("refused")));
    CHECK(yours.window->store()->scenario(theirs).value().content.title ==
          QStringLiteral("Wageningen: convenant"));
    CHECK(yours.window->store()->history(theirs).value().size() == 1);
    Q_UNUSED(ede);
}

TEST_CASE("A regional database lost during a save keeps the work as a draft, offered again on "
          "connecting",
          "[.postgresql][ui]")
{
    const QString owner = freshRegion(QStringLiteral("lostsave"));
    const qint64 ede =
        RegionServer::addMunicipality(owner, QStringLiteral("Ede"), QStringLiteral("GM0228"))
            .value()
            .id;
    const QString alice = loginRole(QStringLiteral("alice"), QStringLiteral("lostsave"));
    REQUIRE_FALSE(
        RegionServer::grant(owner, QStringLiteral("alice"), QStringLiteral("Ede")).isError());
    ScenarioContent c;
    c.title = QStringLiteral("Ede: netwerk");
    c.answers = knowledge()->referenceCase(QStringLiteral("soest"))->answers;
    qint64 id = 0;
    QString draft;
    const QString version = qEnvironmentVariable("PGVERSION", QStringLiteral("15"));
    {
        Fixture before;
        REQUIRE(before.window->openDatabase(alice));
        id = before.window->store()->createScenario(ede, c).value().id;
        REQUIRE(before.window->openScenario(id));
        before.window->document()->setTitle(QStringLiteral("Ede: netwerk eerst, dan convenant"));
        draft = before.window->draftPath();
        QFile::remove(draft);

        // The server goes away while the work is unsaved.
        REQUIRE(QProcess::execute(QStringLiteral("pg_ctlcluster"),
                                  {version, QStringLiteral("regress"), QStringLiteral("stop"),
                                   QStringLiteral("-m"), QStringLiteral("immediate")}) == 0);
        CHECK_FALSE(before.window->save());
        REQUIRE_FALSE(before.asked.isEmpty());
        const QString told = before.asked.last().text + before.asked.last().details;
        INFO(told.toStdString());
        CHECK(told.contains(QStringLiteral("lost")));
        CHECK(told.contains(QStringLiteral("nothing was half-written")));
        // Written at once, not at the draft timer's next tick.
        CHECK(QFile::exists(draft));
        // Closing asks: save (fails again), then keep the draft and close.
        before.asked.clear();
        before.answers = {0, 0, 0};
        CHECK(before.window->close());
        QStringList titles;
        for (const PromptRequest &r : before.asked) {
            titles << r.title;
        }
        INFO(titles.join(QLatin1String(" / ")).toStdString());
        CHECK(titles.contains(QStringLiteral("Keep as a draft?")));
        CHECK(QFile::exists(draft));
    }
    REQUIRE(QProcess::execute(QStringLiteral("pg_ctlcluster"),
                              {version, QStringLiteral("regress"), QStringLiteral("start")}) == 0);
    // Nothing of the lost save reached the database.
    {
        auto check = ScenarioStore::open(alice).take();
        CHECK(check->scenario(id).value().content.title == QStringLiteral("Ede: netwerk"));
        CHECK(check->history(id).value().size() == 1);
    }

    // The next time she connects to the region, the draft is offered and saves, whatever folder
    // the program was started from this time.
    struct Folder
    {
        QString startedIn = QDir::currentPath();
        QTemporaryDir elsewhere;
        Folder() { QDir::setCurrent(elsewhere.path()); }
        ~Folder() { QDir::setCurrent(startedIn); }
    } folder;
    REQUIRE(QDir::currentPath() != folder.startedIn);
    Fixture after;
    REQUIRE(after.window->openDatabase(alice));
    CHECK(after.window->draftPath() == draft);
    after.window->offerDraft(); // as File › Connect to regional database… does
    REQUIRE_FALSE(after.asked.isEmpty());
    CHECK(after.asked.last().title == QStringLiteral("Unsaved work found"));
    REQUIRE(after.window->document()->scenarioId() == id);
    CHECK(after.window->document()->content().title ==
          QStringLiteral("Ede: netwerk eerst, dan convenant"));
    CHECK(after.window->document()->isModified());
    REQUIRE(after.window->save());
    CHECK(after.window->store()->scenario(id).value().content.title ==
          QStringLiteral("Ede: netwerk eerst, dan convenant"));
    CHECK_FALSE(QFile::exists(draft));
}
