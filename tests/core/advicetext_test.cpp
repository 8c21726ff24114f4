#include "testsupport.h"

#include "advice/advicejson.h"
#include "advice/advicetext.h"
#include "advice/comparison.h"
#include "exchange/scenariofile.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace akkoord;
using akkoord::test::advisor;
using akkoord::test::knowledge;

namespace {

// A small network, many motivated employers and a sector with a basis: the source supports
// starting with the frontrunners and with a focused sector track equally (a tie), and the
// style, unanswered, would tell them apart.
Answers sectorOrFrontrunners()
{
    Answers a;
    for (const auto &[q, o] : {std::pair{"network_size", "small"},
                               {"motivated_employers", "many"},
                               {"priority", "sector"},
                               {"priority_basis", "yes"}}) {
        a.set(QString::fromUtf8(q), QString::fromUtf8(o));
    }
    return a;
}

} // namespace

TEST_CASE("The text advice names the starting point and every section, in English", "[advicetext]")
{
    Scenario s;
    s.municipality = QStringLiteral("Soest");
    s.title = QStringLiteral("Startsituatie 2026");
    s.answers = knowledge()->referenceCase(QStringLiteral("soest"))->answers;
    s.notes = QStringLiteral("Bespreken met de ondernemersvereniging.");
    const Advice advice = advisor().advise(s.answers, QStringLiteral("frontrunners"));
    // Wrapping may break a phrase over two lines; a reader does not see the difference.
    const QString text = AdviceText(*knowledge(), Language::English).render(s, advice).simplified();
    CHECK(text.contains(QStringLiteral("Advice for Soest — Startsituatie 2026")));
    CHECK(text.contains(
        QStringLiteral("RECOMMENDED STARTING POINT: Covenant with employer organisations")));
    for (const char *heading : {"RANKING", "POSITION ON THE MATRICES", "WHY",
                                "TACTICS FOR YOUR SITUATION", "ALWAYS, WHATEVER THE START",
                                "RISKS AND WHAT TO DO ABOUT THEM", "WHAT WOULD CHANGE THE ADVICE",
                                "SIMILAR PRACTICE EXAMPLES", "MISSING INFORMATION", "NOTES"}) {
        CHECK(text.contains(QString::fromUtf8(heading)));
    }
    CHECK(text.contains(QStringLiteral("TO GET TO “START WITH FRONTRUNNERS”")));
    CHECK(text.contains(QStringLiteral("Bespreken met de ondernemersvereniging.")));
    // The reasons cite the source by section title and paragraph, and our own reading says so.
    CHECK(text.contains(
        QStringLiteral("source: “The strategic path to a successful contribution”, paragraph 1")));
    CHECK(text.contains(QStringLiteral("our own elaboration")));
    // Strength in words, never a percentage; the general risks and the first steps are there.
    CHECK(text.contains(QStringLiteral("Strength of the advice: ")));
    CHECK_FALSE(text.contains(QLatin1Char('%')));
    for (const Measure &r : knowledge()->risks()) {
        CHECK(text.contains(r.label.en));
    }
    // Named for the recommended start: under the route to another start they are not that one's.
    CHECK(text.contains(
        QStringLiteral("FIRST STEPS: COVENANT WITH EMPLOYER ORGANISATIONS (our own elaboration)")));
    CHECK(text.contains(QStringLiteral("FROM THE SOURCE, FOR EVERY MUNICIPALITY")));
    // Option labels, not identifiers, are what a person reads.
    CHECK_FALSE(text.contains(QStringLiteral("strong_motivated")));
    CHECK(text.contains(QStringLiteral("Strong and motivated")));
}

TEST_CASE("Advice as JSON carries every field under its documented name", "[advicejson]")
{
    // Friesland's situation, without the motivated employers we assumed for it.
    Answers answers = knowledge()->referenceCase(QStringLiteral("friesland"))->answers;
    answers.set(QStringLiteral("motivated_employers"), QStringLiteral("none"));
    const Advice advice = advisor().advise(answers, QStringLiteral("broad_summit"));
    const QJsonObject o = adviceToJson(advice, *knowledge(), Language::Dutch);
    CHECK(o.value(QStringLiteral("starting_point")).toString() == advice.startingPoint);
    CHECK(o.value(QStringLiteral("starting_point_label")).toString() ==
          QStringLiteral("Gericht spoor: één sector of doelgroep"));
    CHECK(o.value(QStringLiteral("ranking")).toArray().size() == 4);
    CHECK(o.value(QStringLiteral("positions"))
              .toObject()
              .value(QStringLiteral("strategy"))
              .toObject()
              .value(QStringLiteral("x"))
              .toDouble() == Approx(advice.position(QStringLiteral("strategy"))->x));
    CHECK(o.value(QStringLiteral("principles")).toArray().size() == 4);
    CHECK(o.value(QStringLiteral("explanation")).toArray().size() == advice.explanation.size());
    CHECK(o.value(QStringLiteral("sensitivity")).toArray().size() == advice.sensitivity.size());
    if (!advice.sensitivity.isEmpty()) {
        const QJsonObject first =
            o.value(QStringLiteral("sensitivity")).toArray().first().toObject();
        CHECK(first.contains(QStringLiteral("question")));
        CHECK(first.contains(QStringLiteral("option")));
        CHECK(first.contains(QStringLiteral("new_starting_point")));
    }
    CHECK(o.value(QStringLiteral("similar_cases")).toArray().first().toString() ==
          QStringLiteral("friesland"));
    CHECK(o.value(QStringLiteral("gaps")).toArray().isEmpty());
    // The honest-advice contract.
    CHECK(o.value(QStringLiteral("verdict")).toString() == QStringLiteral("recommended"));
    CHECK(o.value(QStringLiteral("strength")).toString() == strengthName(advice.strength));
    CHECK_FALSE(o.contains(QStringLiteral("confidence")));
    CHECK(o.value(QStringLiteral("tied")).toArray().isEmpty());
    CHECK(o.value(QStringLiteral("deciding_questions")).isArray());
    CHECK(o.value(QStringLiteral("inconsistencies")).isArray());
    for (const QJsonValue &v : o.value(QStringLiteral("explanation")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString basis = e.value(QStringLiteral("basis")).toString();
        CHECK((basis == QStringLiteral("source") || basis == QStringLiteral("interpretation")));
        CHECK_FALSE(e.value(QStringLiteral("section")).toString().isEmpty());
        if (basis == QStringLiteral("source")) {
            CHECK(e.value(QStringLiteral("paragraph")).toInt() >= 1);
        } else {
            CHECK_FALSE(e.contains(QStringLiteral("paragraph")));
        }
    }
    const QJsonArray risks = o.value(QStringLiteral("risks")).toArray();
    REQUIRE(risks.size() == 3);
    for (const QJsonValue &v : risks) {
        const QJsonObject r = v.toObject();
        for (const char *key : {"id", "label", "basis", "section", "paragraph", "raised_by"}) {
            CHECK(r.contains(QString::fromUtf8(key)));
        }
    }
    // Unless recommended there is no starting point, and the tie names its members.
    const QJsonObject tie =
        adviceToJson(advisor().advise(akkoord::test::answers(
                         {{"network_size", "large"}, {"employer_orgs", "strong_motivated"}})),
                     *knowledge(), Language::English);
    CHECK(tie.value(QStringLiteral("verdict")).toString() == QStringLiteral("tie"));
    CHECK(tie.value(QStringLiteral("starting_point")).isNull());
    CHECK(tie.value(QStringLiteral("starting_point_label")).isNull());
    CHECK(tie.value(QStringLiteral("tied")).toArray().size() == 2);
    CHECK(o.value(QStringLiteral("knowledge_base_version")).toString() == knowledge()->version());
    CHECK(o.value(QStringLiteral("target"))
              .toObject()
              .value(QStringLiteral("starting_point"))
              .toString() == QStringLiteral("broad_summit"));
}

TEST_CASE("What a revision changed is said in the user's words, in the questionnaire's order",
          "[advicetext][history]")
{
    Scenario before{QStringLiteral("Soest"), QStringLiteral("Plan"), {}, QStringLiteral("a")};
    before.answers.set(QStringLiteral("economy"), QStringLiteral("growth"));
    before.answers.setMultiple(QStringLiteral("existing"), {});
    Scenario after = before;
    CHECK(AdviceText(*knowledge(), Language::English).revisionChanges(before, after).isEmpty());

    after.title = QStringLiteral("Plan B");
    after.answers.set(QStringLiteral("economy"), QStringLiteral("dip"));
    after.answers.clear(QStringLiteral("existing"));
    after.answers.set(QStringLiteral("style"), QStringLiteral("involving"));
    after.notes = QStringLiteral("b");
    const Question *economy = knowledge()->question(QStringLiteral("economy"));
    const Question *existing = knowledge()->question(QStringLiteral("existing"));
    const Question *style = knowledge()->question(QStringLiteral("style"));
    REQUIRE(economy);
    REQUIRE(existing);
    REQUIRE(style);
    const AdviceText en(*knowledge(), Language::English);
    const QStringList changes = en.revisionChanges(before, after);
    REQUIRE(changes.size() == 5);
    CHECK(changes[0] == QStringLiteral("Title: “Plan” → “Plan B”"));
    // In the questionnaire's order, each as the questionnaire asks it and words its options.
    QStringList expected;
    for (const Question &q : knowledge()->questions()) {
        if (q.id == economy->id) {
            expected << QStringLiteral("What is the general economic situation? Growth → Dip");
        } else if (q.id == existing->id) {
            expected << QStringLiteral(
                "What has already grown locally? None of these yet → Don't know");
        } else if (q.id == style->id) {
            expected << QStringLiteral(
                "Which style suits the alderman? Don't know → Involving and making visible");
        }
    }
    CHECK(changes.mid(1, 3) == expected);
    CHECK(changes[4] == QStringLiteral("Notes changed"));
    // The question labels follow the language chosen (the Dutch words of the texts come from the
    // translation, checked complete by the translations test).
    const QStringList nl = AdviceText(*knowledge(), Language::Dutch).revisionChanges(before, after);
    REQUIRE(nl.size() == 5);
    CHECK(nl.mid(1, 3).contains(
        QStringLiteral("Hoe is de algemene economische situatie? Groei → Dip")));
}

TEST_CASE("Every advice section has its own key, and the reasons come right after the verdict",
          "[advicetext]")
{
    const Advice advice =
        advisor().advise(knowledge()->referenceCase(QStringLiteral("soest"))->answers,
                         QStringLiteral("frontrunners"));
    const AdviceOutline o = AdviceText(*knowledge(), Language::Dutch).outline(advice);
    QStringList keys;
    for (const OutlineSection &s : o.sections) {
        CHECK_FALSE(s.key.isEmpty());
        CHECK_FALSE(keys.contains(s.key));
        keys << s.key;
    }
    // The same keys in either language: a fold chosen in Dutch holds in English.
    QStringList english;
    for (const OutlineSection &s :
         AdviceText(*knowledge(), Language::English).outline(advice).sections) {
        english << s.key;
    }
    CHECK(english == keys);
    REQUIRE(keys.size() > 3);
    CHECK(keys.mid(0, 4) == QStringList{QStringLiteral("why"), QStringLiteral("change"),
                                        QStringLiteral("route"), QStringLiteral("first_steps")});
}

TEST_CASE("No route to a start says why the different answers listed above that lead there "
          "are none",
          "[advicetext][target]")
{
    Answers medium;
    medium.set(QStringLiteral("network_size"), QStringLiteral("medium"));
    medium.set(QStringLiteral("motivated_employers"), QStringLiteral("few"));
    const Advice advice = advisor().advise(medium, QStringLiteral("frontrunners"));
    const auto routeOf = [&advice](Language language) {
        const AdviceOutline o = AdviceText(*knowledge(), language).outline(advice);
        const auto route = std::find_if(o.sections.cbegin(), o.sections.cend(),
                                        [](const OutlineSection &s) { return s.key == "route"; });
        REQUIRE(route != o.sections.cend());
        return *route;
    };
    // (The program's own words are English here; the Dutch ones come from the translation,
    // checked complete by the translations test. The question and its options are the
    // knowledge base's, in either language.)
    const OutlineSection en = routeOf(Language::English);
    CHECK(en.intro.startsWith(QStringLiteral("No route of choices and build-up found")));
    CHECK(en.intro.contains(QStringLiteral("are no route")));
    QStringList lines;
    for (const OutlineItem &i : en.items) {
        lines << i.text;
        CHECK(i.basis == QStringLiteral("our own elaboration"));
    }
    CHECK(lines.contains(
        QStringLiteral("How large is the network of companies you already work with? — “Small”: "
                       "that is not building up, and a route only builds up what is there")));
    const OutlineSection nl = routeOf(Language::Dutch);
    REQUIRE(nl.items.size() == en.items.size());
    CHECK(nl.items.last().text.startsWith(QStringLiteral(
        "Hoe groot is het netwerk van bedrijven waarmee u nu al samenwerkt? — “Klein”")));
    // JSON names the reasons for scripts.
    const QJsonObject json = adviceToJson(advice, *knowledge(), Language::English);
    const QJsonArray notARoute = json.value(QStringLiteral("target"))
                                     .toObject()
                                     .value(QStringLiteral("not_a_route"))
                                     .toArray();
    REQUIRE(notARoute.size() == en.items.size());
    CHECK(notARoute.first().toObject().value(QStringLiteral("reason")).toString() ==
          QStringLiteral("not_building_up"));
}

TEST_CASE("Without a start and without a way in that fits, the advice says so instead of "
          "announcing ways in it does not list",
          "[advicetext]")
{
    Answers wellOff;
    for (const auto &[q, o] : {std::pair{"network_size", "none"},
                               {"employer_orgs", "absent"},
                               {"motivated_employers", "none"},
                               {"priority", "none"},
                               {"large_employers", "several"},
                               {"economy", "growth"},
                               {"regional_jobs", "growing"},
                               {"csr_readiness", "high"}}) {
        wellOff.set(QString::fromUtf8(q), QString::fromUtf8(o));
    }
    const Advice advice = advisor().advise(wellOff);
    REQUIRE(advice.waysIn.isEmpty());
    const AdviceOutline o = AdviceText(*knowledge(), Language::English).outline(advice);
    CHECK(o.decide.isEmpty());
    CHECK(o.explanation.contains(QStringLiteral("do not fit your answers")));
    CHECK_FALSE(o.explanation.contains(QStringLiteral("these are the ones it names")));

    // With a deciding question still open (the employer organisations) it says that too, and
    // does not claim that the deciding answers are all unknown.
    Answers open = wellOff;
    open.clear(QStringLiteral("employer_orgs"));
    const Advice partly = advisor().advise(open);
    REQUIRE(partly.waysIn.isEmpty());
    REQUIRE(partly.decidingQuestions.contains(QStringLiteral("employer_orgs")));
    const QString explanation =
        AdviceText(*knowledge(), Language::English).outline(partly).explanation;
    CHECK(explanation.contains(QStringLiteral("these questions could still decide")));
    CHECK(explanation.contains(QStringLiteral("do not fit your answers")));
    CHECK_FALSE(explanation.contains(QStringLiteral("not known yet")));
}

TEST_CASE("A tie told apart by a choice already made says it is answered, and which other "
          "choice would decide",
          "[advicetext]")
{
    const Answers a = sectorOrFrontrunners();
    const Advice advice = advisor().advise(a);
    REQUIRE(advice.verdict == Verdict::Tie);
    REQUIRE(advice.decidingQuestions.contains(QStringLiteral("style")));
    REQUIRE(advice.decidingQuestions.contains(QStringLiteral("priority")));
    const AdviceText words(*knowledge(), Language::English);
    const AdviceOutline o = words.outline(advice);
    REQUIRE(o.decide.size() == advice.decidingQuestions.size());
    for (const OutlineItem &item : o.decide) {
        REQUIRE(item.questions.size() == 1);
        const OutlineQuestion &q = item.questions.first();
        if (q.id == QStringLiteral("style")) {
            CHECK(q.answer.isEmpty()); // still open: the question alone
        } else if (q.id == QStringLiteral("priority")) {
            CHECK(q.answer == QStringLiteral("answered; a different choice would tell them apart: "
                                             "“No particular priority” → ") +
                                  words.startingPointLabel(QStringLiteral("frontrunners")));
            Scenario shown;
            shown.title = QStringLiteral("t");
            shown.answers = a;
            CHECK(words.render(shown, advice)
                      .contains(QStringLiteral("“Do you have a strong priority?” answered;")));
        }
    }
}

TEST_CASE("The route to a start that ties for first place says it already does", "[advicetext]")
{
    const Answers a = sectorOrFrontrunners();
    REQUIRE(advisor().advise(a).verdict == Verdict::Tie);
    const AdviceText words(*knowledge(), Language::English);
    for (const QString &target : advisor().advise(a).tied) {
        const Advice advice = advisor().advise(a, target);
        REQUIRE(advice.target);
        const AdviceOutline o = words.outline(advice);
        const OutlineSection *route = nullptr;
        for (const OutlineSection &s : o.sections) {
            route = s.key == QStringLiteral("route") ? &s : route;
        }
        REQUIRE(route);
        INFO(route->intro.toStdString());
        CHECK(route->intro.startsWith(QStringLiteral("It already has as much support as ")));
        for (const QString &other : advice.tied) {
            CHECK(route->intro.contains(words.startingPointLabel(other)) == (other != target));
        }
    }
    // A start that is not tied has no such sentence.
    REQUIRE_FALSE(advisor().advise(a).tied.contains(QStringLiteral("covenant")));
    bool seen = false;
    for (const OutlineSection &s :
         words.outline(advisor().advise(a, QStringLiteral("covenant"))).sections) {
        if (s.key == QStringLiteral("route")) {
            seen = true;
            CHECK_FALSE(s.intro.contains(QStringLiteral("already has as much support")));
        }
    }
    CHECK(seen);
}

TEST_CASE("A reason's effect on a starting point says it is points, the ranking's unit",
          "[advicetext]")
{
    const Advice advice =
        advisor().advise(knowledge()->referenceCase(QStringLiteral("soest"))->answers);
    const AdviceOutline o = AdviceText(*knowledge(), Language::English).outline(advice);
    const auto why = std::find_if(o.sections.cbegin(), o.sections.cend(),
                                  [](const OutlineSection &s) { return s.key == "why"; });
    REQUIRE(why != o.sections.cend());
    REQUIRE_FALSE(why->items.isEmpty());
    const QString effects = why->items.first().details.join(QLatin1Char(' '));
    CHECK(effects.contains(QRegularExpression(QStringLiteral(": [+-]\\d+(\\.\\d+)? points"))));
    // And the ranking explains the scale.
    const auto ranking = std::find_if(o.sections.cbegin(), o.sections.cend(),
                                      [](const OutlineSection &s) { return s.key == "ranking"; });
    REQUIRE(ranking != o.sections.cend());
    CHECK(ranking->intro.contains(QStringLiteral("4 for a condition")));
}

TEST_CASE("A comparison marks what the user sees differ: a question that does not apply reads "
          "the same whatever it kept, and one that applies to none is no row",
          "[advicetext][compare]")
{
    const auto scenario = [](const char *title, const char *priority, const char *basis) {
        Scenario s;
        s.title = QString::fromUtf8(title);
        s.answers.set(QStringLiteral("priority"), QString::fromUtf8(priority));
        s.answers.set(QStringLiteral("priority_basis"), QString::fromUtf8(basis));
        s.answers.set(QStringLiteral("large_employers"), QStringLiteral("several"));
        return s;
    };
    // Both without a priority: the follow-up does not apply to either, though one kept "yes".
    // The second with a sector: the follow-up applies there, "yes" against "(does not apply)".
    const Comparison c = Comparison::build({{QStringLiteral("1"), scenario("a", "none", "no")},
                                            {QStringLiteral("2"), scenario("b", "none", "yes")},
                                            {QStringLiteral("3"), scenario("c", "sector", "yes")}},
                                           advisor());
    const ComparisonRow *basis = nullptr;
    for (const ComparisonRow &row : c.rows) {
        basis = row.question == QStringLiteral("priority_basis") ? &row : basis;
        // Large employers are "several" in all three: the neighbouring region is asked of none.
        CHECK(row.question != QStringLiteral("neighbour_large_employers"));
    }
    REQUIRE(basis);
    CHECK(basis->differs);
    CHECK(basis->values[0] == basis->values[1]); // both "(does not apply)"
    CHECK(basis->values[2] != basis->values[0]);
    // Two that differ only in what does not apply to either do not differ.
    const Comparison same = Comparison::build({{QStringLiteral("1"), scenario("a", "none", "no")},
                                               {QStringLiteral("2"), scenario("b", "none", "yes")}},
                                              advisor());
    for (const ComparisonRow &row : same.rows) {
        INFO(row.question.toStdString());
        CHECK_FALSE(row.differs);
    }
}
