#include "testsupport.h"

#include "editor/liveadvice.h"
#include "editor/scenariodocument.h"
#include "exchange/scenariofile.h"

#include <QSignalSpy>

using namespace akkoord;
using namespace akkoord::ui;
using akkoord::test::knowledge;

namespace {

ScenarioContent example(const char *file)
{
    const Scenario s =
        ScenarioFile::read(
            test::sourcePath(
                QStringLiteral("resources/examples/%1").arg(QString::fromLatin1(file))),
            *knowledge())
            .value();
    return ScenarioContent::from(s, knowledge()->version());
}

} // namespace

// The answer's path ends here: the document changes, the live advice asks the advisor once and
// tells the views; the target starting point is its input, not something read back from a view.
TEST_CASE("The live advice follows the document and its target", "[ui][advice]")
{
    const Advisor advisor(knowledge());
    ScenarioDocument document;
    LiveAdvice live(advisor, Language::English, &document);
    QSignalSpy changed(&live, &LiveAdvice::changed);
    document.load(QStringLiteral("Voorbeeldgemeente"), 1, 1, 1, example("voorlopers-mkb.json"));
    REQUIRE(changed.size() == 1);
    CHECK(live.advice().startingPoint == QStringLiteral("frontrunners"));
    CHECK_FALSE(live.advice().target);

    document.setAnswer(QStringLiteral("network_size"), Answer::of({QStringLiteral("large")}),
                       false);
    document.setAnswer(QStringLiteral("employer_orgs"),
                       Answer::of({QStringLiteral("strong_motivated")}), false);
    CHECK(changed.size() == 3);
    CHECK(live.advice().verdict == Verdict::Tie);
    CHECK(live.advice().startingPoint.isEmpty());

    live.setTarget(QStringLiteral("covenant"));
    CHECK(changed.size() == 4);
    REQUIRE(live.advice().target);
    CHECK(live.advice().target->target == QStringLiteral("covenant"));
    live.setTarget(QStringLiteral("covenant")); // the same target: nothing to compute
    CHECK(changed.size() == 4);

    document.clear();
    CHECK(live.advice().ranking.isEmpty());
}

TEST_CASE("Remarks beside the questions: contradictions, and where an example's answers come from",
          "[ui][advice]")
{
    const Advisor advisor(knowledge());
    ScenarioDocument document;
    LiveAdvice live(advisor, Language::English, &document);
    ScenarioContent c = example("voorlopers-mkb.json");
    // No network at all, yet a work summit already grew: the source's picture does not fit.
    c.answers.set(QStringLiteral("network_size"), QStringLiteral("none"));
    c.answers.setMultiple(QStringLiteral("existing"), {QStringLiteral("summit")});
    document.load(QStringLiteral("Voorbeeldgemeente"), 1, 1, 1, c);
    CHECK(live.shownExample() == nullptr);
    const auto remarks = live.remarks();
    CHECK(remarks.value(QStringLiteral("network_size")).startsWith(QStringLiteral("⚠")));
    CHECK(remarks.value(QStringLiteral("existing")).startsWith(QStringLiteral("⚠")));

    // A practice example, read-only under its own name: every stated answer names its basis.
    const ReferenceCase &soest = *knowledge()->referenceCase(QStringLiteral("soest"));
    ScenarioContent shown;
    shown.title = QStringLiteral("Practice example");
    shown.answers = soest.stated;
    document.load(soest.name, 0, 0, 0, shown, true);
    REQUIRE(live.shownExample() == &soest);
    const auto basis = live.remarks();
    REQUIRE_FALSE(soest.stated.questions().isEmpty());
    for (const QString &q : soest.stated.questions()) {
        INFO(q.toStdString());
        CHECK_FALSE(basis.value(q).isEmpty());
    }
}
