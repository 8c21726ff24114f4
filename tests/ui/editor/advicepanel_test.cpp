#include "testsupport.h"

#include "editor/advicepanel.h"
#include "editor/liveadvice.h"
#include "editor/scenariodocument.h"
#include "exchange/scenariofile.h"

#include <QComboBox>
#include <QTextBrowser>

using namespace akkoord;
using namespace akkoord::ui;
using akkoord::test::knowledge;

// The panel is both a view and one input: its target combo sets the live advice's target, and
// what the panel shows comes back from the live advice, never from its own combo.
TEST_CASE("The advice panel shows the live advice and sets its target", "[ui][advice]")
{
    const Advisor advisor(knowledge());
    ScenarioDocument document;
    LiveAdvice live(advisor, Language::English, &document);
    AdvicePanel panel(*knowledge(), Language::English);
    panel.attach(&live);
    const Scenario s =
        ScenarioFile::read(
            test::sourcePath(QStringLiteral("resources/examples/voorlopers-mkb.json")),
            *knowledge())
            .value();
    document.load(s.municipality, 1, 1, 1, ScenarioContent::from(s, knowledge()->version()));
    const QString frontrunners =
        knowledge()
            ->startingPoints()[knowledge()->startingPointIndex(QStringLiteral("frontrunners"))]
            .label.en;
    CHECK(panel.browser()->toPlainText().contains(frontrunners));
    CHECK_FALSE(panel.browser()->toPlainText().contains(QStringLiteral("To get to")));

    auto *target = panel.findChild<QComboBox *>();
    REQUIRE(target);
    const int covenant = target->findData(QStringLiteral("covenant"));
    REQUIRE(covenant > 0);
    target->setCurrentIndex(covenant);
    CHECK(live.target() == QStringLiteral("covenant"));
    CHECK(panel.browser()->toPlainText().contains(QStringLiteral("To get to")));
}
