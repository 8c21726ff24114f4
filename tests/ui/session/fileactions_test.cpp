#include "testsupport.h"
#include "windowfixture.h"

#include "editor/scenariodocument.h"
#include "exchange/scenariofile.h"

#include <QDir>
#include <QStatusBar>

using namespace akkoord;
using namespace akkoord::ui;
using akkoord::test::Fixture;
using akkoord::test::knowledge;

// Files in and out of the desktop program, with the file dialogs answered by the test.
TEST_CASE("Export writes a scenario file that imports again, asking about the duplicate",
          "[ui][files]")
{
    Fixture f;
    REQUIRE(f.window->openScenario(f.scenario("Soest")));
    f.choose("economy", "dip");
    const QString file = f.dir.filePath(QStringLiteral("soest.json"));
    f.files = {{file}};
    f.window->exportScenario();
    REQUIRE(f.fileDialogs == QStringList{QStringLiteral("Export scenario")});
    // What is exported is the scenario as edited, readable by the scenario file reader.
    const Scenario written = ScenarioFile::read(file, *knowledge()).value();
    CHECK(written.municipality == QStringLiteral("Soest"));
    CHECK(written.answers == f.window->document()->content().answers);
    CHECK(QFileInfo(file).permissions() & QFileDevice::ReadOwner);
    CHECK_FALSE(QFileInfo(file).permissions() & QFileDevice::ReadOther);
    REQUIRE(f.window->save());

    // Importing it again: the user is asked, and "Keep both" adds a second one.
    const qint64 soest = f.window->store()->findCase(QStringLiteral("Soest")).value().id;
    const int before = int(f.window->store()->scenarios(soest).value().size());
    f.files = {{file}};
    f.answers = {0};
    f.window->importFiles();
    REQUIRE(f.asked.size() == 1);
    CHECK(f.asked[0].buttons.first() == QStringLiteral("Keep both"));
    CHECK(f.window->store()->scenarios(soest).value().size() == before + 1);
    INFO(f.window->statusBar()->currentMessage().toStdString());
    CHECK(f.window->statusBar()->currentMessage().contains(QStringLiteral("Imported 1")));

    // A cancelled dialog does nothing.
    f.window->exportScenario();
    f.window->importFiles();
    CHECK(f.window->store()->scenarios(soest).value().size() == before + 1);
}

TEST_CASE("The report of the open scenario is written as PDF and HTML", "[ui][files][report]")
{
    Fixture f;
    REQUIRE(f.window->openScenario(f.scenario("Soest")));
    const QString pdf = f.dir.filePath(QStringLiteral("soest.pdf"));
    const QString html = f.dir.filePath(QStringLiteral("soest.html"));
    f.files = {{pdf}, {html}};
    f.window->exportReport(true);
    CHECK(f.window->statusBar()->currentMessage() ==
          QStringLiteral("Report written to %1.").arg(QDir::toNativeSeparators(pdf)));
    f.window->exportReport(false);
    CHECK(test::readAll(pdf).startsWith("%PDF-"));
    const QByteArray page = test::readAll(html);
    CHECK(page.contains("<svg"));
    CHECK(page.contains("Soest"));
    // A report that cannot be written says so and leaves nothing behind.
    const QString nowhere = f.dir.filePath(QStringLiteral("missing/soest.pdf"));
    f.files = {{nowhere}};
    f.window->exportReport(true);
    REQUIRE(f.asked.size() == 1);
    CHECK(f.asked[0].kind == PromptRequest::Error);
    CHECK_FALSE(QFile::exists(nowhere));
}
