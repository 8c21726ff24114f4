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
    const Advice neighbour = advisor().advise(
        answers({{"large_employers", "none"}, {"neighbour_large_employers", "yes"}}));
    CHECK(hasTactic(neighbour, QStringLiteral("regional_alliance")));
    CHECK_FALSE(hasTactic(neighbour, QStringLiteral("sme_focus")));

    const Advice alone = advisor().advise(
        answers({{"large_employers", "none"}, {"neighbour_large_employers", "no"}}));
    CHECK(hasTactic(alone, QStringLiteral("sme_focus")));
    CHECK_FALSE(hasTactic(alone, QStringLiteral("regional_alliance")));

    // The neighbour question only applies without large employers of one's own.
    const Advice own = advisor().advise(
        answers({{"large_employers", "several"}, {"neighbour_large_employers", "yes"}}));
    CHECK_FALSE(hasTactic(own, QStringLiteral("regional_alliance")));
    CHECK(own.notApplicable.contains(QStringLiteral("neighbour_large_employers")));

    CHECK(hasTactic(advisor().advise(answers({{"economy", "dip"}})), QStringLiteral("demand_search")));
    CHECK_FALSE(hasTactic(advisor().advise(answers({{"economy", "growth"}})),
                          QStringLiteral("demand_search")));
    CHECK(hasTactic(advisor().advise(answers({{"csr_readiness", "low"}})),
                    QStringLiteral("sroi_best_practices")));
    CHECK_FALSE(hasTactic(advisor().advise(answers({{"csr_readiness", "high"}})),
                          QStringLiteral("sroi_best_practices")));
}

TEST_CASE("Weak spots bring their risks", "[advisor]")
{
    CHECK(hasRisk(advisor().advise(answers({{"capacity", "low"}})), QStringLiteral("overreach")));
    CHECK(hasRisk(advisor().advise(answers({{"employer_ownership", "low"}})),
                  QStringLiteral("municipal_party")));
    CHECK(hasRisk(advisor().advise(answers({{"regional_ties", "weak"}})),
                  QStringLiteral("weak_expertise_ties")));
    const Advice strong = advisor().advise(answers(
        {{"capacity", "high"}, {"employer_ownership", "high"}, {"regional_ties", "strong"}}));
    CHECK(strong.risks.isEmpty());
}

TEST_CASE("Every piece of advice carries all four principles", "[advisor]")
{
    const QStringList expected{QStringLiteral("individual_agreements"), QStringLiteral("broadening"),
                               QStringLiteral("communication"), QStringLiteral("self_steering")};
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
            const MatrixPosition p = positionFor(QStringLiteral("network_size"), QString::fromUtf8(size),
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
            const double x = positionFor(QStringLiteral("motivated_employers"), QString::fromUtf8(m),
                                         QStringLiteral("strategy"))
                                 .x;
            CHECK(x > previous);
            previous = x;
        }
    }
    SECTION("a priority narrows the scope")
    {
        const double none = positionFor(QStringLiteral("priority"), QStringLiteral("none"),
                                        QStringLiteral("strategy")).y;
        CHECK(positionFor(QStringLiteral("priority"), QStringLiteral("sector"),
                          QStringLiteral("strategy")).y < none);
        CHECK(positionFor(QStringLiteral("priority"), QStringLiteral("target_group"),
                          QStringLiteral("strategy")).y < none);
    }
    SECTION("a 'doing' style is more individual and quieter than an 'involving' one")
    {
        const MatrixPosition doing =
            positionFor(QStringLiteral("style"), QStringLiteral("doing"), QStringLiteral("approach"));
        const MatrixPosition balanced =
            positionFor(QStringLiteral("style"), QStringLiteral("balanced"), QStringLiteral("approach"));
        const MatrixPosition involving =
            positionFor(QStringLiteral("style"), QStringLiteral("involving"), QStringLiteral("approach"));
        CHECK(doing.x > balanced.x);
        CHECK(balanced.x > involving.x);
        CHECK(doing.y < balanced.y);
        CHECK(balanced.y < involving.y);
        CHECK(positionFor(QStringLiteral("style"), QStringLiteral("doing"), QStringLiteral("strategy")).x >
              positionFor(QStringLiteral("style"), QStringLiteral("involving"), QStringLiteral("strategy")).x);
    }
    SECTION("positions stay inside the matrix for every reference case and extreme")
    {
        QVector<Answers> situations{Answers(), neutral()};
        for (const ReferenceCase &c : knowledge()->referenceCases()) {
            situations << c.answers;
        }
        Answers extreme = answers({{"network_size", "large"}, {"employer_orgs", "strong_motivated"},
                                   {"style", "involving"}});
        extreme.setMultiple(QStringLiteral("existing"),
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

TEST_CASE("Reference cases", "[advisor][cases]")
{
    for (const ReferenceCase &c : knowledge()->referenceCases()) {
        INFO(c.id.toStdString());
        const Advice advice = advisor().advise(c.answers);
        SECTION("each case's own answers are nearest to itself: " + c.id.toStdString())
        {
            REQUIRE_FALSE(advice.similarCases.isEmpty());
            CHECK(advice.similarCases.first().id == c.id);
            CHECK(advice.similarCases.first().distance == 0.0);
            CHECK(advice.similarCases[1].distance > 0.0);
        }
        if (!c.startedWith.isEmpty()) {
            SECTION("the advisor recommends where the case actually started: " + c.id.toStdString())
            {
                CHECK(advice.startingPoint == c.startedWith);
            }
        }
    }
    const Advice none = advisor().advise(Answers());
    CHECK(none.similarCases.size() == knowledge()->referenceCases().size());
    for (int i = 1; i < none.similarCases.size(); ++i) {
        CHECK(none.similarCases[i - 1].distance <= none.similarCases[i].distance);
    }
}

TEST_CASE("Ranking lists every starting point, best first, ties in the source's order",
          "[advisor]")
{
    const Advice empty = advisor().advise(Answers());
    REQUIRE(empty.ranking.size() == 4);
    CHECK(empty.ranking[0].id == QStringLiteral("broad_summit"));
    CHECK(empty.ranking[1].id == QStringLiteral("covenant"));
    CHECK(empty.ranking[2].id == QStringLiteral("frontrunners"));
    CHECK(empty.ranking[3].id == QStringLiteral("focused_track"));
    CHECK(empty.startingPoint == QStringLiteral("broad_summit"));

    const Advice a = advisor().advise(neutral());
    for (int i = 1; i < a.ranking.size(); ++i) {
        CHECK(a.ranking[i - 1].score >= a.ranking[i].score);
    }
    CHECK(a.ranking[0].id == a.startingPoint);
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
        CHECK(knowledge()->section(r.section) != nullptr);
        CHECK(r.reason.isComplete());
        CHECK_FALSE(r.answers.isEmpty());
    }
    REQUIRE(orgs);
    REQUIRE(orgs->answers.size() == 1);
    CHECK(orgs->answers[0].question == QStringLiteral("employer_orgs"));
    CHECK(orgs->answers[0].options == QStringList{QStringLiteral("strong_motivated")});
    REQUIRE(orgs->scores.size() == 1);
    CHECK(orgs->scores[0].first == QStringLiteral("covenant"));
    CHECK(orgs->section == QStringLiteral("strategisch_pad"));

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
            CHECK(changed.startingPoint == s.newStartingPoint);
            CHECK(s.newStartingPoint != advice.startingPoint);
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
                const bool differs = advisor().advise(changed).startingPoint != advice.startingPoint;
                CHECK(differs == listed.contains(q.id + QLatin1Char('=') + o.id));
            }
        }
    }
    // Soest without its strong employer organisations would no longer start with a covenant.
    const Advice soest = advisor().advise(knowledge()->referenceCase(QStringLiteral("soest"))->answers);
    bool orgsMatter = false;
    for (const SensitivityEntry &s : soest.sensitivity) {
        orgsMatter = orgsMatter || s.change.question == QStringLiteral("employer_orgs");
    }
    CHECK(orgsMatter);
}

TEST_CASE("Target analysis finds the fewest changes to reach a starting point",
          "[advisor][target]")
{
    const auto &kb = *knowledge();
    for (const ReferenceCase &c : kb.referenceCases()) {
        for (const StartingPoint &sp : kb.startingPoints()) {
            INFO(c.id.toStdString() << " -> " << sp.id.toStdString());
            const Advice advice = advisor().advise(c.answers, sp.id);
            REQUIRE(advice.target.has_value());
            const TargetAnalysis &t = *advice.target;
            CHECK(t.target == sp.id);
            REQUIRE(t.reachable);
            Answers after = c.answers;
            for (const AnswerChange &change : t.changes) {
                after = Advisor::applied(after, change);
            }
            CHECK(advisor().advise(after).startingPoint == sp.id);
            if (advice.startingPoint == sp.id) {
                CHECK(t.changes.isEmpty());
            }
            if (t.exact && t.changes.size() == 2) {
                // Fewest: no single change listed by plus-minus reaches the target.
                for (const SensitivityEntry &s : advice.sensitivity) {
                    CHECK(s.newStartingPoint != sp.id);
                }
            }
            if (t.changes.size() == 1) {
                bool inPlusMinus = false;
                for (const SensitivityEntry &s : advice.sensitivity) {
                    inPlusMinus = inPlusMinus || (s.change == t.changes[0] && s.newStartingPoint == sp.id);
                }
                CHECK(inPlusMinus);
            }
        }
    }
    // Without a named target there is no target analysis.
    CHECK_FALSE(advisor().advise(neutral()).target.has_value());
}

TEST_CASE("Gaps are reported and lower the confidence", "[advisor][confidence]")
{
    const Advice full = advisor().advise(knowledge()->referenceCase(QStringLiteral("soest"))->answers);
    CHECK(full.gaps.isEmpty());

    Answers fewer = knowledge()->referenceCase(QStringLiteral("soest"))->answers;
    fewer.clear(QStringLiteral("capacity"));
    fewer.clear(QStringLiteral("regional_jobs"));
    const Advice partial = advisor().advise(fewer);
    CHECK(partial.gaps == QStringList{QStringLiteral("regional_jobs"), QStringLiteral("capacity")});
    CHECK(partial.startingPoint == full.startingPoint);
    CHECK(partial.confidence < full.confidence);

    const Advice nothing = advisor().advise(Answers());
    CHECK(nothing.gaps.size() == knowledge()->questions().size() - nothing.notApplicable.size());
    CHECK(nothing.confidence == 0.0);

    // A close call between the top two is less certain than a clear lead.
    Answers clear = neutral();
    clear.set(QStringLiteral("employer_orgs"), QStringLiteral("strong_motivated"));
    Answers close = clear;
    close.set(QStringLiteral("network_size"), QStringLiteral("large"));
    const Advice a = advisor().advise(clear);
    const Advice b = advisor().advise(close);
    REQUIRE(a.gaps.size() == b.gaps.size());
    CHECK(a.ranking[0].score - a.ranking[1].score > b.ranking[0].score - b.ranking[1].score);
    CHECK(b.confidence < a.confidence);
    CHECK(a.confidence <= 1.0);
}

TEST_CASE("Advice is deterministic and names the knowledge base version", "[advisor]")
{
    const Answers a = knowledge()->referenceCase(QStringLiteral("friesland"))->answers;
    const Advice first = advisor().advise(a, QStringLiteral("covenant"));
    const Advice second = Advisor(knowledge()).advise(a, QStringLiteral("covenant"));
    CHECK(first.knowledgeBaseVersion == knowledge()->version());
    CHECK_FALSE(first.knowledgeBaseVersion.isEmpty());
    CHECK(first.startingPoint == second.startingPoint);
    CHECK(first.confidence == second.confidence);
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

    const Answers added = Advisor::applied(neutral(), {QStringLiteral("existing"), QStringLiteral("covenant"), ChangeKind::Add});
    CHECK(added.values(QStringLiteral("existing")) == QStringList{QStringLiteral("covenant")});
    const Answers removed = Advisor::applied(added, {QStringLiteral("existing"), QStringLiteral("covenant"), ChangeKind::Remove});
    CHECK(removed.isKnown(QStringLiteral("existing")));
    CHECK(removed.values(QStringLiteral("existing")).isEmpty());
}
