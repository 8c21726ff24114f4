// Two people of two municipalities, on two desktop programs, sharing one regional database:
// each sees the other's work appear, and a change of the other's work is refused by the
// database. Runs inside a throwaway cluster only (tests/postgres/run).
#include "storebackend.h"
#include "windowfixture.h"

#include "editor/scenariodocument.h"
#include "store/regionserver.h"

#include <QElapsedTimer>
#include <QLabel>
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
