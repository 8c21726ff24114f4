#include "testsupport.h"

#include <QSet>

using namespace akkoord;
using akkoord::test::advisor;
using akkoord::test::answers;
using akkoord::test::knowledge;

namespace {

bool hasTactic(const Advice &a, const QString &id)
{
    for (const WeightedMeasure &m : a.tactics) {
        if (m.id == id) {
            return true;
        }
    }
    return false;
}

bool hasRisk(const Advice &a, const QString &id)
{
    for (const WeightedMeasure &m : a.risks) {
        if (m.id == id) {
            return true;
        }
    }
    return false;
}

// The outcome in one string: verdict, starting point and tie, for comparing two pieces of advice.
QString outcome(const Advice &a)
{
    return QStringLiteral("%1:%2:%3")
        .arg(int(a.verdict))
        .arg(a.startingPoint, a.tied.join(QLatin1Char(',')));
}

const WeightedMeasure *risk(const Advice &a, const QString &id)
{
    for (const WeightedMeasure &m : a.risks) {
        if (m.id == id) {
            return &m;
        }
    }
    return nullptr;
}

// A middle-of-the-road municipality: nothing in it points strongly anywhere.
Answers neutral()
{
    Answers a = answers({{"network_size", "small"},
                         {"employer_orgs", "weak"},
                         {"motivated_employers", "none"},
                         {"priority", "none"},
                         {"economy", "stable"},
                         {"regional_jobs", "stable"},
                         {"large_employers", "few"},
                         {"demand_sectors", "some"},
                         {"csr_readiness", "moderate"},
                         {"style", "balanced"},
                         {"capacity", "adequate"},
                         {"regional_ties", "moderate"},
                         {"employer_ownership", "shared"}});
    a.setMultiple(QStringLiteral("existing"), {});
    return a;
}

} // namespace

TEST_CASE("The source's four conditions lead to their starting points", "[advisor]")
{
    SECTION("a large network leads to a broad work summit")
    {
        Answers a = neutral();
        a.set(QStringLiteral("network_size"), QStringLiteral("large"));
        CHECK(advisor().advise(a).startingPoint == QStringLiteral("broad_summit"));
        CHECK(advisor().advise(a).verdict == Verdict::Recommended);
        CHECK(advisor().advise(answers({{"network_size", "large"}})).startingPoint ==
              QStringLiteral("broad_summit"));
    }
    SECTION("strong, motivated employer organisations lead to a covenant")
    {
        Answers a = neutral();
        a.set(QStringLiteral("employer_orgs"), QStringLiteral("strong_motivated"));
        CHECK(advisor().advise(a).startingPoint == QStringLiteral("covenant"));
        CHECK(advisor().advise(answers({{"employer_orgs", "strong_motivated"}})).startingPoint ==
              QStringLiteral("covenant"));
    }
    SECTION("little basis but motivated employers lead to frontrunners")
    {
        for (const char *motivated : {"few", "many"}) {
            Answers a = neutral();
            a.set(QStringLiteral("network_size"), QStringLiteral("none"));
            a.set(QStringLiteral("motivated_employers"), QString::fromUtf8(motivated));
            CHECK(advisor().advise(a).startingPoint == QStringLiteral("frontrunners"));
        }
    }
    SECTION("a strong priority with a basis for results leads to a focused track")
    {
        for (const char *priority : {"sector", "target_group"}) {
            Answers a = neutral();
            a.set(QStringLiteral("priority"), QString::fromUtf8(priority));
            a.set(QStringLiteral("priority_basis"), QStringLiteral("yes"));
            CHECK(advisor().advise(a).startingPoint == QStringLiteral("focused_track"));
        }
    }
    SECTION("a priority without that basis does not")
    {
        for (const char *priority : {"sector", "target_group"}) {
            Answers a = neutral();
            a.set(QStringLiteral("priority"), QString::fromUtf8(priority));
            a.set(QStringLiteral("priority_basis"), QStringLiteral("no"));
            CHECK(advisor().advise(a).startingPoint != QStringLiteral("focused_track"));
            Answers alone = answers({{"priority", priority}, {"priority_basis", "no"}});
            CHECK(advisor().advise(alone).startingPoint != QStringLiteral("focused_track"));
        }
    }
}

TEST_CASE("Circumstances bring their tactics", "[advisor]")
{
    // The source offers both ways in ("or"): a neighbour with large employers does not take the
    // SME route away, and not knowing about the neighbour leaves both open.
    const Advice neighbour = advisor().advise(
        answers({{"large_employers", "none"}, {"neighbour_large_employers", "yes"}}));
    CHECK(hasTactic(neighbour, QStringLiteral("regional_alliance")));
    CHECK(hasTactic(neighbour, QStringLiteral("sme_focus")));
    CHECK(neighbour.tactics.first().id == QStringLiteral("regional_alliance"));
    const Advice unknownNeighbour = advisor().advise(answers({{"large_employers", "none"}}));
    CHECK(hasTactic(unknownNeighbour, QStringLiteral("regional_alliance")));
    CHECK(hasTactic(unknownNeighbour, QStringLiteral("sme_focus")));

    const Advice alone = advisor().advise(
        answers({{"large_employers", "none"}, {"neighbour_large_employers", "no"}}));
    CHECK(hasTactic(alone, QStringLiteral("sme_focus")));
    CHECK_FALSE(hasTactic(alone, QStringLiteral("regional_alliance")));

    // The neighbour question only applies without large employers of one's own.
    const Advice own = advisor().advise(
        answers({{"large_employers", "several"}, {"neighbour_large_employers", "yes"}}));
    CHECK_FALSE(hasTactic(own, QStringLiteral("regional_alliance")));
    CHECK(own.notApplicable.contains(QStringLiteral("neighbour_large_employers")));

    CHECK(hasTactic(advisor().advise(answers({{"economy", "dip"}})),
                    QStringLiteral("demand_search")));
    CHECK_FALSE(hasTactic(advisor().advise(answers({{"economy", "growth"}})),
                          QStringLiteral("demand_search")));
    CHECK(hasTactic(advisor().advise(answers({{"csr_readiness", "low"}})),
                    QStringLiteral("sroi_best_practices")));
    CHECK_FALSE(hasTactic(advisor().advise(answers({{"csr_readiness", "high"}})),
                          QStringLiteral("sroi_best_practices")));
}

TEST_CASE("The three risks are always there, and weak spots raise one and say which answer did",
          "[advisor][risks]")
{
    CHECK(hasRisk(advisor().advise(answers({{"capacity", "low"}})), QStringLiteral("overreach")));
    CHECK(hasRisk(advisor().advise(answers({{"employer_ownership", "low"}})),
                  QStringLiteral("municipal_party")));
    CHECK(hasRisk(advisor().advise(answers({{"regional_ties", "weak"}})),
                  QStringLiteral("weak_expertise_ties")));
    // The source names its risks for every municipality, stressing weak expertise and ties.
    const Advice strong = advisor().advise(answers(
        {{"capacity", "high"}, {"employer_ownership", "high"}, {"regional_ties", "strong"}}));
    REQUIRE(strong.risks.size() == 3);
    for (const WeightedMeasure &r : strong.risks) {
        CHECK(r.raisedBy.isEmpty());
        CHECK(r.weight == 0.0);
    }
    CHECK(strong.risks.first().id == QStringLiteral("weak_expertise_ties"));
    CHECK(knowledge()
              ->measure(knowledge()->risks(), QStringLiteral("weak_expertise_ties"))
              ->emphasis);
    CHECK(advisor().advise(Answers()).risks.size() == 3);

    const Advice raised = advisor().advise(answers({{"employer_ownership", "low"}}));
    REQUIRE(risk(raised, QStringLiteral("municipal_party")));
    CHECK(risk(raised, QStringLiteral("municipal_party"))->raisedBy ==
          QStringList{QStringLiteral("employer_ownership")});
    CHECK(raised.risks.first().id == QStringLiteral("municipal_party"));
    CHECK(risk(raised, QStringLiteral("overreach"))->raisedBy.isEmpty());
}

TEST_CASE("Every piece of advice carries all four principles", "[advisor]")
{
    const QStringList expected{QStringLiteral("individual_agreements"),
                               QStringLiteral("broadening"), QStringLiteral("communication"),
                               QStringLiteral("self_steering")};
    CHECK(advisor().advise(Answers()).principles == expected);
    CHECK(advisor().advise(neutral()).principles == expected);
}

TEST_CASE("Axes move in the direction the source describes", "[advisor][positions]")
{
    auto positionFor = [](const QString &question, const QString &option, const QString &matrix) {
        Answers a = neutral();
        a.set(question, option);
        return *advisor().advise(a).position(matrix);
    };
    SECTION("a larger network never moves the strategy towards individual employers")
    {
        double previousX = 2;
        double previousY = -2;
        for (const char *size : {"none", "small", "medium", "large"}) {
            const MatrixPosition p =
                positionFor(QStringLiteral("network_size"), QString::fromUtf8(size),
                            QStringLiteral("strategy"));
            CHECK(p.x < previousX);
            CHECK(p.y > previousY);
            previousX = p.x;
            previousY = p.y;
        }
    }
    SECTION("stronger employer organisations move towards collectives")
    {
        double previous = 2;
        for (const char *orgs : {"absent", "weak", "present", "strong_motivated"}) {
            const double x = positionFor(QStringLiteral("employer_orgs"), QString::fromUtf8(orgs),
                                         QStringLiteral("strategy"))
                                 .x;
            CHECK(x < previous);
            previous = x;
        }
    }
    SECTION("more motivated employers move towards individual employers")
    {
        double previous = -2;
        for (const char *m : {"none", "few", "many"}) {
            const double x = positionFor(QStringLiteral("motivated_employers"),
                                         QString::fromUtf8(m), QStringLiteral("strategy"))
                                 .x;
            CHECK(x > previous);
            previous = x;
        }
    }
    SECTION("a priority narrows the scope")
    {
        const double none = positionFor(QStringLiteral("priority"), QStringLiteral("none"),
                                        QStringLiteral("strategy"))
                                .y;
        CHECK(positionFor(QStringLiteral("priority"), QStringLiteral("sector"),
                          QStringLiteral("strategy"))
                  .y < none);
        CHECK(positionFor(QStringLiteral("priority"), QStringLiteral("target_group"),
                          QStringLiteral("strategy"))
                  .y < none);
    }
    SECTION("a 'doing' style is more individual and quieter than an 'involving' one")
    {
        const MatrixPosition doing = positionFor(QStringLiteral("style"), QStringLiteral("doing"),
                                                 QStringLiteral("approach"));
        const MatrixPosition balanced = positionFor(
            QStringLiteral("style"), QStringLiteral("balanced"), QStringLiteral("approach"));
        const MatrixPosition involving = positionFor(
            QStringLiteral("style"), QStringLiteral("involving"), QStringLiteral("approach"));
        CHECK(doing.x > balanced.x);
        CHECK(balanced.x > involving.x);
        CHECK(doing.y < balanced.y);
        CHECK(balanced.y < involving.y);
        CHECK(positionFor(QStringLiteral("style"), QStringLiteral("doing"),
                          QStringLiteral("strategy"))
                  .x > positionFor(QStringLiteral("style"), QStringLiteral("involving"),
                                   QStringLiteral("strategy"))
                           .x);
    }
    SECTION("positions stay inside the matrix for every reference case and extreme")
    {
        QVector<Answers> situations{Answers(), neutral()};
        for (const ReferenceCase &c : knowledge()->referenceCases()) {
            situations << c.answers;
        }
        Answers extreme = answers({{"network_size", "large"},
                                   {"employer_orgs", "strong_motivated"},
                                   {"style", "involving"}});
        extreme.setMultiple(
            QStringLiteral("existing"),
            {QStringLiteral("covenant"), QStringLiteral("summit"), QStringLiteral("wsp")});
        situations << extreme;
        for (const Answers &a : situations) {
            for (const MatrixPosition &p : advisor().advise(a).positions) {
                CHECK(p.x >= -1.0);
                CHECK(p.x <= 1.0);
                CHECK(p.y >= -1.0);
                CHECK(p.y <= 1.0);
            }
        }
    }
    SECTION("practice examples are placed by what the source states, not by our assumptions")
    {
        const ReferenceCase *zoetermeer = knowledge()->referenceCase(QStringLiteral("zoetermeer"));
        REQUIRE(zoetermeer);
        CHECK(zoetermeer->stated.questions() == QStringList{QStringLiteral("existing")});
        CHECK(zoetermeer->answerBasis.value(QStringLiteral("network_size")).kind == Basis::Assumed);
        const MatrixPosition statedOnly = advisor().positions(zoetermeer->stated).first();
        const MatrixPosition withAssumed = advisor().positions(zoetermeer->answers).first();
        CHECK((statedOnly.x != withAssumed.x || statedOnly.y != withAssumed.y));
    }
    SECTION("positions alone are the ones the full advice gives")
    {
        for (const ReferenceCase &c : knowledge()->referenceCases()) {
            const QVector<MatrixPosition> alone = advisor().positions(c.answers);
            const QVector<MatrixPosition> full = advisor().advise(c.answers).positions;
            REQUIRE(alone.size() == full.size());
            for (int i = 0; i < alone.size(); ++i) {
                CHECK(alone[i].matrix == full[i].matrix);
                CHECK(alone[i].x == full[i].x);
                CHECK(alone[i].y == full[i].y);
            }
        }
    }
    SECTION("nothing known puts the situation in the middle")
    {
        for (const MatrixPosition &p : advisor().advise(Answers()).positions) {
            CHECK(p.x == 0.0);
            CHECK(p.y == 0.0);
        }
    }
}

TEST_CASE("Practice examples count only with what the source states about them", "[advisor][cases]")
{
    int withStatements = 0;
    for (const ReferenceCase &c : knowledge()->referenceCases()) {
        INFO(c.id.toStdString());
        CHECK(c.stated.count() < c.answers.count());
        // Each answer is either stated (and cited) or assumed, never both.
        for (const QString &q : c.answers.questions()) {
            CHECK((c.answerBasis.value(q).kind == Basis::Assumed) != c.stated.isKnown(q));
        }
        const Advice own = advisor().advise(c.stated);
        if (c.stated.count() == 0) {
            // Nothing the source states about it to compare with.
            for (const SimilarCase &s : own.similarCases) {
                CHECK(s.id != c.id);
            }
        } else {
            ++withStatements;
            REQUIRE_FALSE(own.similarCases.isEmpty());
            bool foundItself = false;
            for (const SimilarCase &s : own.similarCases) {
                foundItself = foundItself || (s.id == c.id && s.distance == 0.0 &&
                                              s.matching.size() == s.compared);
                CHECK(s.compared > 0);
            }
            CHECK(foundItself);
        }
        // Not circular: what the source states about an example is too little to derive any
        // starting point from, and so never derives one other than the example's own. (The
        // grown forms in these answers are what the example did, not where it stood.)
        CHECK(own.verdict == Verdict::Insufficient);
        CHECK(own.startingPoint.isEmpty());
    }
    CHECK(withStatements >= 6);
    // A hypothetical: Friesland as the source states it, plus the basis the source's condition
    // asks for (the source does not say it had one) gives the start Friesland made.
    Answers friesland = knowledge()->referenceCase(QStringLiteral("friesland"))->stated;
    const Advice open = advisor().advise(friesland);
    CHECK(open.decidingQuestions.contains(QStringLiteral("priority_basis")));
    friesland.set(QStringLiteral("priority_basis"), QStringLiteral("yes"));
    CHECK(advisor().advise(friesland).startingPoint == QStringLiteral("focused_track"));
    // Sittard-Geleen's start is not in the source, so it names none.
    CHECK(knowledge()->referenceCase(QStringLiteral("sittard_geleen"))->startedWith.isEmpty());

    // With nothing known there is nothing to compare.
    CHECK(advisor().advise(Answers()).similarCases.isEmpty());
}

TEST_CASE("A verdict only where the evidence carries one starting point", "[advisor][verdict]")
{
    SECTION("all questions unknown: not enough to go on, and which questions to answer first")
    {
        const Advice empty = advisor().advise(Answers());
        CHECK(empty.verdict == Verdict::Insufficient);
        CHECK(empty.strength == Strength::Open);
        CHECK(empty.startingPoint.isEmpty());
        CHECK(empty.decidingQuestions == QStringList{QStringLiteral("network_size"),
                                                     QStringLiteral("employer_orgs"),
                                                     QStringLiteral("motivated_employers")});
        CHECK(empty.waysIn.isEmpty());
    }
    SECTION("a large network and strong employer organisations: a tie, never list order")
    {
        const Advice both = advisor().advise(
            answers({{"network_size", "large"}, {"employer_orgs", "strong_motivated"}}));
        CHECK(both.verdict == Verdict::Tie);
        CHECK(both.strength == Strength::Open);
        CHECK(both.startingPoint.isEmpty());
        CHECK(both.tied == QStringList{QStringLiteral("broad_summit"), QStringLiteral("covenant")});
        // Nothing the source says separates these two, so no question is offered as deciding;
        // any question that is offered must really separate them.
        CHECK(both.decidingQuestions.isEmpty());
        for (const QString &q : both.decidingQuestions) {
            bool separates = false;
            for (const Option &o : knowledge()->question(q)->options) {
                Answers a =
                    answers({{"network_size", "large"}, {"employer_orgs", "strong_motivated"}});
                if (knowledge()->question(q)->multiple) {
                    a.setMultiple(q, {o.id});
                } else {
                    a.set(q, o.id);
                }
                const Advice after = advisor().advise(a);
                separates = separates || (after.verdict == Verdict::Recommended &&
                                          both.tied.contains(after.startingPoint));
            }
            CHECK(separates);
        }
        // Our own rules never break it: a service point or little capacity leaves it a tie.
        for (const auto &extra : {std::pair{"capacity", "low"}, std::pair{"economy", "dip"}}) {
            Answers a = answers({{"network_size", "large"}, {"employer_orgs", "strong_motivated"}});
            a.set(QString::fromUtf8(extra.first), QString::fromUtf8(extra.second));
            CHECK(advisor().advise(a).verdict == Verdict::Tie);
        }
        Answers withWsp =
            answers({{"network_size", "large"}, {"employer_orgs", "strong_motivated"}});
        withWsp.setMultiple(QStringLiteral("existing"), {QStringLiteral("wsp")});
        CHECK(advisor().advise(withWsp).verdict == Verdict::Tie);
        // A 'doing' style tilts away from both collective starts alike: still no covenant by it.
        const Advice doing = advisor().advise(answers({{"network_size", "large"},
                                                       {"employer_orgs", "strong_motivated"},
                                                       {"style", "doing"}}));
        CHECK(doing.verdict == Verdict::Tie);
    }
    SECTION("little to build on: the source's ways in, not a work summit or a covenant")
    {
        const Advice thin = advisor().advise(answers({{"network_size", "none"},
                                                      {"employer_orgs", "absent"},
                                                      {"motivated_employers", "none"},
                                                      {"priority", "none"}}));
        CHECK(thin.verdict == Verdict::Insufficient);
        CHECK(thin.startingPoint.isEmpty());
        CHECK(thin.decidingQuestions.isEmpty());
        for (const char *way :
             {"regional_alliance", "sme_focus", "demand_search", "sroi_best_practices"}) {
            CHECK(thin.waysIn.contains(QString::fromUtf8(way)));
        }
        // A neighbour without large employers rules that one way in out.
        const Advice noNeighbour = advisor().advise(answers({{"network_size", "none"},
                                                             {"employer_orgs", "absent"},
                                                             {"motivated_employers", "none"},
                                                             {"priority", "none"},
                                                             {"large_employers", "none"},
                                                             {"neighbour_large_employers", "no"}}));
        CHECK_FALSE(noNeighbour.waysIn.contains(QStringLiteral("regional_alliance")));
        CHECK(noNeighbour.waysIn.first() == QStringLiteral("sme_focus"));
        // The source ties each way in to its circumstance: with several large employers of its
        // own, in growth and ready for CSR, a municipality is not sent to a neighbouring region,
        // the SME, a search for demand or best practices for want of them.
        const Advice wellOff = advisor().advise(answers({{"network_size", "none"},
                                                         {"employer_orgs", "absent"},
                                                         {"motivated_employers", "none"},
                                                         {"priority", "none"},
                                                         {"large_employers", "several"},
                                                         {"economy", "growth"},
                                                         {"regional_jobs", "growing"},
                                                         {"csr_readiness", "high"}}));
        CHECK(wellOff.verdict == Verdict::Insufficient);
        CHECK(wellOff.waysIn.isEmpty());
        // Only the large employers answered: the other ways in stay, as their circumstances
        // are not known.
        const Advice several = advisor().advise(answers({{"network_size", "none"},
                                                         {"employer_orgs", "absent"},
                                                         {"motivated_employers", "none"},
                                                         {"priority", "none"},
                                                         {"large_employers", "several"}}));
        CHECK(several.waysIn ==
              QStringList{QStringLiteral("demand_search"), QStringLiteral("sroi_best_practices")});
    }
    SECTION("our own rules weigh in but never carry a start alone")
    {
        Answers a;
        a.set(QStringLiteral("style"), QStringLiteral("involving"));
        a.setMultiple(QStringLiteral("existing"),
                      {QStringLiteral("summit"), QStringLiteral("covenant")});
        a.set(QStringLiteral("employer_orgs"), QStringLiteral("present"));
        const Advice advice = advisor().advise(a);
        CHECK(advice.verdict == Verdict::Insufficient);
        CHECK(advice.ranking.first().score > 0);
        CHECK_FALSE(advice.ranking.first().sourceSupport);
    }
    SECTION("an economic dip brings the search for demand, and does not move the starting point")
    {
        Answers a = neutral();
        a.set(QStringLiteral("network_size"), QStringLiteral("large"));
        Answers dip = a;
        dip.set(QStringLiteral("economy"), QStringLiteral("dip"));
        const Advice before = advisor().advise(a);
        const Advice after = advisor().advise(dip);
        CHECK(outcome(before) == outcome(after));
        for (int i = 0; i < before.ranking.size(); ++i) {
            CHECK(before.ranking[i].score == after.ranking[i].score);
        }
        CHECK(hasTactic(after, QStringLiteral("demand_search")));
    }
}

TEST_CASE("Strength in words: clear, leaning or open", "[advisor][strength]")
{
    // Every deciding answer known and a wide margin: clear.
    Answers soest = neutral();
    soest.set(QStringLiteral("employer_orgs"), QStringLiteral("strong_motivated"));
    const Advice clear = advisor().advise(soest);
    CHECK(clear.startingPoint == QStringLiteral("covenant"));
    CHECK(clear.strength == Strength::Clear);
    // The same condition with the network unknown: a large network would make it a tie.
    Answers unknownNetwork = soest;
    unknownNetwork.clear(QStringLiteral("network_size"));
    const Advice leaning = advisor().advise(unknownNetwork);
    CHECK(leaning.startingPoint == QStringLiteral("covenant"));
    CHECK(leaning.strength == Strength::Leaning);
    // Our own rules do not widen a margin: both conditions held and a covenant already there
    // is still a tie, not a covenant.
    Answers narrow = answers({{"network_size", "large"}, {"employer_orgs", "strong_motivated"}});
    narrow.setMultiple(QStringLiteral("existing"), {QStringLiteral("covenant")});
    const Advice close = advisor().advise(narrow);
    CHECK(close.verdict == Verdict::Tie);
    CHECK(close.strength == Strength::Open);
    // A margin of one style point from the source is leaning, not clear.
    Answers styled = answers({{"network_size", "none"},
                              {"motivated_employers", "many"},
                              {"priority", "sector"},
                              {"priority_basis", "yes"},
                              {"style", "doing"}});
    const Advice tilt = advisor().advise(styled);
    CHECK(tilt.startingPoint == QStringLiteral("frontrunners"));
    CHECK(tilt.strength == Strength::Leaning);
}

TEST_CASE("Answers that contradict each other are pointed out", "[advisor][inconsistencies]")
{
    const auto found = [](const Answers &a) {
        QStringList ids;
        for (const FoundInconsistency &i : advisor().advise(a).inconsistencies) {
            ids << i.id;
            CHECK(i.questions.size() >= 2);
            CHECK(i.message.isComplete());
        }
        return ids;
    };
    Answers summit = answers({{"network_size", "none"}});
    summit.setMultiple(QStringLiteral("existing"), {QStringLiteral("summit")});
    CHECK(found(summit) == QStringList{QStringLiteral("summit_without_network")});
    Answers covenant = answers({{"employer_orgs", "absent"}});
    covenant.setMultiple(QStringLiteral("existing"), {QStringLiteral("covenant")});
    CHECK(found(covenant) == QStringList{QStringLiteral("covenant_without_orgs")});
    // A basis kept from before the priority went to "none": the questionnaire hides that
    // follow-up and it counts for nothing, so it contradicts nothing either (the user could
    // not see it to change it).
    CHECK(found(answers({{"priority", "none"}, {"priority_basis", "yes"}})).isEmpty());
    Answers corporation = answers({{"motivated_employers", "none"}});
    corporation.setMultiple(QStringLiteral("existing"), {QStringLiteral("work_corporation")});
    CHECK(found(corporation) == QStringList{QStringLiteral("corporation_without_motivated")});
    CHECK(found(neutral()).isEmpty());
    CHECK(found(Answers()).isEmpty());
}

TEST_CASE("Every contradiction in the knowledge base can be pointed out",
          "[advisor][inconsistencies]")
{
    // One made only of answers the questionnaire would hide at the same time could never show.
    const KnowledgeBase &kb = *akkoord::test::knowledge();
    REQUIRE_FALSE(kb.inconsistencies().isEmpty());
    for (const Inconsistency &inconsistency : kb.inconsistencies()) {
        Answers a;
        for (const Condition &c : inconsistency.when) {
            REQUIRE_FALSE(c.negate);
            const Question &q = kb.questions()[c.question];
            int first = 0;
            while ((c.mask & (1u << first)) == 0) {
                ++first;
            }
            const QString option = q.options[first].id;
            if (q.multiple) {
                a.setMultiple(q.id, {option});
            } else {
                a.set(q.id, option);
            }
        }
        QStringList ids;
        for (const FoundInconsistency &i : advisor().advise(a).inconsistencies) {
            ids << i.id;
        }
        INFO(inconsistency.id.toStdString());
        CHECK(ids.contains(inconsistency.id));
    }
}

TEST_CASE("Ranking lists every starting point, best first", "[advisor]")
{
    const Advice empty = advisor().advise(Answers());
    REQUIRE(empty.ranking.size() == 4);
    CHECK(empty.startingPoint.isEmpty());

    Answers orgs = neutral();
    orgs.set(QStringLiteral("employer_orgs"), QStringLiteral("strong_motivated"));
    const Advice a = advisor().advise(orgs);
    for (int i = 1; i < a.ranking.size(); ++i) {
        CHECK(a.ranking[i - 1].score >= a.ranking[i].score);
    }
    CHECK(a.ranking[0].id == a.startingPoint);
    CHECK(a.ranking[0].sourceSupport);
}

TEST_CASE("The explanation names the rules, the answers behind them and the source", "[advisor]")
{
    Answers a = neutral();
    a.set(QStringLiteral("employer_orgs"), QStringLiteral("strong_motivated"));
    const Advice advice = advisor().advise(a);
    const FiredRule *orgs = nullptr;
    for (const FiredRule &r : advice.explanation) {
        if (r.rule == QStringLiteral("orgs_strong")) {
            orgs = &r;
        }
        CHECK(knowledge()->section(r.basis.section) != nullptr);
        CHECK(r.reason.isComplete());
        CHECK_FALSE(r.answers.isEmpty());
    }
    REQUIRE(orgs);
    REQUIRE(orgs->answers.size() == 1);
    CHECK(orgs->answers[0].question == QStringLiteral("employer_orgs"));
    CHECK(orgs->answers[0].options == QStringList{QStringLiteral("strong_motivated")});
    REQUIRE(orgs->scores.size() == 1);
    CHECK(orgs->scores[0].first == QStringLiteral("covenant"));
    CHECK(orgs->basis.isSource());
    CHECK(orgs->basis.section == QStringLiteral("strategisch_pad"));
    CHECK(orgs->basis.paragraph == 1);

    // The scores in the ranking are exactly the sum of the effects explained.
    QHash<QString, double> sums;
    for (const FiredRule &r : advice.explanation) {
        for (const auto &[id, w] : r.scores) {
            sums[id] += w;
        }
    }
    for (const RankedStartingPoint &r : advice.ranking) {
        CHECK(r.score == Approx(sums.value(r.id)));
    }
}

TEST_CASE("Conditional questions only count when they are asked", "[advisor]")
{
    // A basis for a priority that does not exist must not start a focused track.
    const Advice a = advisor().advise(answers({{"priority", "none"}, {"priority_basis", "yes"}}));
    CHECK(a.notApplicable.contains(QStringLiteral("priority_basis")));
    CHECK_FALSE(a.gaps.contains(QStringLiteral("priority_basis")));
    CHECK(a.startingPoint != QStringLiteral("focused_track"));
    for (const FiredRule &r : a.explanation) {
        CHECK(r.rule != QStringLiteral("priority_with_basis"));
    }
    const Advice asked = advisor().advise(answers({{"priority", "sector"}}));
    CHECK(asked.gaps.contains(QStringLiteral("priority_basis")));
}

TEST_CASE("Plus-minus analysis lists exactly the single changes that alter the advice",
          "[advisor][sensitivity]")
{
    for (const ReferenceCase &c : knowledge()->referenceCases()) {
        INFO(c.id.toStdString());
        const Advice advice = advisor().advise(c.answers);
        QSet<QString> listed;
        for (const SensitivityEntry &s : advice.sensitivity) {
            const Advice changed = advisor().advise(Advisor::applied(c.answers, s.change));
            CHECK(changed.verdict == s.verdict);
            CHECK(changed.startingPoint == s.newStartingPoint);
            CHECK(changed.tied == s.tied);
            CHECK(outcome(changed) != outcome(advice));
            listed.insert(s.change.question + QLatin1Char('=') + s.change.option);
        }
        // And none is missing: try every option of every question that applies.
        for (const Question &q : knowledge()->questions()) {
            if (q.multiple || advice.notApplicable.contains(q.id)) {
                continue;
            }
            for (const Option &o : q.options) {
                if (c.answers.value(q.id) == o.id) {
                    continue;
                }
                Answers changed = c.answers;
                changed.set(q.id, o.id);
                const bool differs = outcome(advisor().advise(changed)) != outcome(advice);
                CHECK(differs == listed.contains(q.id + QLatin1Char('=') + o.id));
            }
        }
    }
    // Soest without its strong employer organisations would no longer start with a covenant.
    const Advice soest =
        advisor().advise(knowledge()->referenceCase(QStringLiteral("soest"))->answers);
    bool orgsMatter = false;
    for (const SensitivityEntry &s : soest.sensitivity) {
        orgsMatter = orgsMatter || s.change.question == QStringLiteral("employer_orgs");
    }
    CHECK(orgsMatter);
}

TEST_CASE("Target analysis finds the fewest changes to reach a starting point", "[advisor][target]")
{
    const auto &kb = *knowledge();
    for (const ReferenceCase &c : kb.referenceCases()) {
        for (const StartingPoint &sp : kb.startingPoints()) {
            INFO(c.id.toStdString() << " -> " << sp.id.toStdString());
            const Advice advice = advisor().advise(c.answers, sp.id);
            REQUIRE(advice.target.has_value());
            const TargetAnalysis &t = *advice.target;
            CHECK(t.target == sp.id);
            if (!t.reachable) {
                continue;
            }
            Answers after = c.answers;
            for (const AnswerChange &change : t.changes) {
                after = Advisor::applied(after, change);
                // Steps a municipality can take: a choice, or building up, never a given fact
                // changed or a situation torn down.
                const Question *q = kb.question(change.question);
                CHECK(q->route != Question::Given);
                if (q->route == Question::Build) {
                    CHECK(change.kind != ChangeKind::Remove);
                    if (!q->multiple && c.answers.isKnown(q->id)) {
                        CHECK(q->optionIndex(change.option) >
                              q->optionIndex(c.answers.value(q->id)));
                    }
                }
            }
            CHECK(advisor().advise(after).startingPoint == sp.id);
            if (advice.startingPoint == sp.id) {
                CHECK(t.changes.isEmpty());
            }
            if (t.changes.size() == 1) {
                bool inPlusMinus = false;
                for (const SensitivityEntry &s : advice.sensitivity) {
                    inPlusMinus =
                        inPlusMinus || (s.change == t.changes[0] && s.newStartingPoint == sp.id);
                }
                CHECK(inPlusMinus);
            }
        }
    }
    // A choice comes before years of building up: with a priority and its basis in place, the
    // route to a focused track is to choose the priority, not to grow anything.
    Answers basis = answers({{"network_size", "large"}, {"priority", "none"}});
    const Advice focused = advisor().advise(basis, QStringLiteral("focused_track"));
    REQUIRE(focused.target.has_value());
    REQUIRE(focused.target->reachable);
    for (const AnswerChange &c : focused.target->changes) {
        CHECK(c.question != QStringLiteral("network_size"));
        CHECK(c.question != QStringLiteral("economy"));
    }
    // Without a named target there is no target analysis.
    CHECK_FALSE(advisor().advise(neutral()).target.has_value());
}

TEST_CASE("Without a route, the single changes that lead there all the same say why they are none",
          "[advisor][target]")
{
    const auto reasonFor = [](const Advice &advice, const char *question, const char *option) {
        REQUIRE(advice.target.has_value());
        CHECK_FALSE(advice.target->reachable);
        for (const NotARoute &n : advice.target->notARoute) {
            if (n.change.question == QLatin1String(question) &&
                n.change.option == QLatin1String(option)) {
                return std::optional<NotARoute>(n);
            }
        }
        return std::optional<NotARoute>();
    };
    // Every entry is one of the changes "what would change the advice" lists towards the target.
    const auto listedAbove = [](const Advice &advice) {
        for (const NotARoute &n : advice.target->notARoute) {
            bool listed = false;
            for (const SensitivityEntry &s : advice.sensitivity) {
                listed = listed ||
                         (s.change == n.change && (s.newStartingPoint == advice.target->target ||
                                                   s.tied.contains(advice.target->target)));
            }
            CHECK(listed);
        }
    };

    // A medium network: a thinner one would make the little basis of the voorlopers hold, but a
    // route builds up; it does not tear down.
    const Answers medium = answers({{"network_size", "medium"}, {"motivated_employers", "few"}});
    const Advice frontrunners = advisor().advise(medium, QStringLiteral("frontrunners"));
    const auto small = reasonFor(frontrunners, "network_size", "small");
    REQUIRE(small);
    CHECK(small->reason == NotARoute::TornDown);
    listedAbove(frontrunners);

    // A small network with some motivated employers supports the voorlopers; growing it large
    // would make it a broad summit only by taking that support away.
    const Answers thin = answers({{"network_size", "small"}, {"motivated_employers", "few"}});
    const Advice summit = advisor().advise(thin, QStringLiteral("broad_summit"));
    const auto large = reasonFor(summit, "network_size", "large");
    REQUIRE(large);
    CHECK(large->reason == NotARoute::TakesSupport);
    CHECK(large->weakened == QStringLiteral("frontrunners"));
    listedAbove(summit);

    // Voorlopers lead over a target group with its basis by the style alone; a medium network
    // would end the voorlopers' support, which is how the target group would come to lead.
    const Answers three = answers({{"network_size", "small"},
                                   {"employer_orgs", "strong_motivated"},
                                   {"motivated_employers", "many"},
                                   {"priority", "target_group"},
                                   {"priority_basis", "yes"},
                                   {"style", "doing"}});
    const Advice track = advisor().advise(three, QStringLiteral("focused_track"));
    const auto grown = reasonFor(track, "network_size", "medium");
    REQUIRE(grown);
    CHECK(grown->reason == NotARoute::TakesSupport);
    CHECK(grown->weakened == QStringLiteral("frontrunners"));
    listedAbove(track);

    // A tie of three: a "doing" style takes a point from the two collective starts, and the
    // sector would lead with no more support of its own than it has.
    const Answers tie = answers({{"network_size", "large"},
                                 {"employer_orgs", "strong_motivated"},
                                 {"priority", "sector"},
                                 {"priority_basis", "yes"}});
    const Advice sector = advisor().advise(tie, QStringLiteral("focused_track"));
    const auto doing = reasonFor(sector, "style", "doing");
    REQUIRE(doing);
    CHECK(doing->reason == NotARoute::NoOwnSupport);
    CHECK(doing->weakened.isEmpty());
    listedAbove(sector);

    // Strong employer organisations and a medium network: a large one would give the work summit
    // the source's support too, but only a tie with the covenant, not the lead.
    const Answers orgs =
        answers({{"network_size", "medium"}, {"employer_orgs", "strong_motivated"}});
    const Advice toSummit = advisor().advise(orgs, QStringLiteral("broad_summit"));
    const auto largeTie = reasonFor(toSummit, "network_size", "large");
    REQUIRE(largeTie);
    CHECK(largeTie->reason == NotARoute::OnlyATie);
    CHECK(largeTie->tied == QStringList{QStringLiteral("covenant")});
    listedAbove(toSummit);

    // With a variant in which the network is a given, the same change is a given.
    QByteArray json = akkoord::test::defaultKnowledgeJson();
    const QByteArray build = R"("id": "network_size",
      "group": "network",
      "scale": "ordinal",
      "route": "build",)";
    REQUIRE(json.contains(build));
    json.replace(build, QByteArray(build).replace(R"("route": "build")", R"("route": "none")"));
    const auto variant = KnowledgeBase::loadJson(json, QStringLiteral("variant.json"));
    REQUIRE(variant.ok());
    const Advice given = Advisor(variant.value()).advise(medium, QStringLiteral("frontrunners"));
    const auto givenSmall = reasonFor(given, "network_size", "small");
    REQUIRE(givenSmall);
    CHECK(givenSmall->reason == NotARoute::Given);
    // Not answered, such a given is something to find out.
    const Advice unknown =
        Advisor(variant.value())
            .advise(answers({{"motivated_employers", "few"}}), QStringLiteral("frontrunners"));
    const auto unknownSmall = reasonFor(unknown, "network_size", "small");
    REQUIRE(unknownSmall);
    CHECK(unknownSmall->reason == NotARoute::NotKnown);

    // A reachable target has a route and nothing to explain away.
    const Advice reachable = advisor().advise(thin, QStringLiteral("frontrunners"));
    REQUIRE(reachable.target.has_value());
    CHECK(reachable.target->reachable);
    CHECK(reachable.target->notARoute.isEmpty());
}

TEST_CASE("Gaps are reported", "[advisor]")
{
    const Advice full =
        advisor().advise(knowledge()->referenceCase(QStringLiteral("soest"))->answers);
    CHECK(full.gaps.isEmpty());

    Answers fewer = knowledge()->referenceCase(QStringLiteral("soest"))->answers;
    fewer.clear(QStringLiteral("capacity"));
    fewer.clear(QStringLiteral("regional_jobs"));
    const Advice partial = advisor().advise(fewer);
    CHECK(partial.gaps == QStringList{QStringLiteral("regional_jobs"), QStringLiteral("capacity")});
    CHECK(partial.startingPoint == full.startingPoint);

    const Advice nothing = advisor().advise(Answers());
    CHECK(nothing.gaps.size() == knowledge()->questions().size() - nothing.notApplicable.size());
}

TEST_CASE("Advice is deterministic and names the knowledge base version", "[advisor]")
{
    const Answers a = knowledge()->referenceCase(QStringLiteral("friesland"))->answers;
    const Advice first = advisor().advise(a, QStringLiteral("covenant"));
    const Advice second = Advisor(knowledge()).advise(a, QStringLiteral("covenant"));
    CHECK(first.knowledgeBaseVersion == knowledge()->version());
    CHECK_FALSE(first.knowledgeBaseVersion.isEmpty());
    CHECK(first.startingPoint == second.startingPoint);
    CHECK(first.strength == second.strength);
    CHECK(first.verdict == second.verdict);
    REQUIRE(first.sensitivity.size() == second.sensitivity.size());
    for (int i = 0; i < first.sensitivity.size(); ++i) {
        CHECK(first.sensitivity[i].change == second.sensitivity[i].change);
    }
    CHECK(first.target->changes == second.target->changes);
}

TEST_CASE("Multiple-choice history counts per item", "[advisor]")
{
    Answers a = neutral();
    a.setMultiple(QStringLiteral("existing"), {QStringLiteral("summit")});
    const Advice withSummit = advisor().advise(a);
    bool fired = false;
    for (const FiredRule &r : withSummit.explanation) {
        fired = fired || r.rule == QStringLiteral("existing_summit");
    }
    CHECK(fired);
    // Known to be empty is an answer, not a gap.
    CHECK_FALSE(advisor().advise(neutral()).gaps.contains(QStringLiteral("existing")));
    CHECK(advisor().advise(Answers()).gaps.contains(QStringLiteral("existing")));

    const Answers added = Advisor::applied(
        neutral(), {QStringLiteral("existing"), QStringLiteral("covenant"), ChangeKind::Add});
    CHECK(added.values(QStringLiteral("existing")) == QStringList{QStringLiteral("covenant")});
    const Answers removed = Advisor::applied(
        added, {QStringLiteral("existing"), QStringLiteral("covenant"), ChangeKind::Remove});
    CHECK(removed.isKnown(QStringLiteral("existing")));
    CHECK(removed.values(QStringLiteral("existing")).isEmpty());
}
