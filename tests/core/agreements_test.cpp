#include "testsupport.h"

#include "agreements/agreementfile.h"
#include "agreements/position.h"
#include "agreements/progress.h"
#include "knowledge/knowledgebase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace akkoord;

namespace {

QByteArray file(const QByteArray &agreement)
{
    return R"({"format": "akkoord.agreements", "version": 1,
               "municipality": {"name": "Soest", "cbs_code": "GM0342"},
               "agreements": [)" +
           agreement + "]}";
}

// One running covenant: 20 banenafspraak jobs by the end of 2027, from the start of 2026.
QByteArray covenant(const QByteArray &extra = QByteArray())
{
    return R"({"title": "Convenant Soest werkt", "kind": "covenant",
               "parties": {"employer_organisations": ["Ondernemersvereniging Soest"],
                           "employer_count": 40},
               "scope": {"target_groups": ["banenafspraak", "jongeren"]},
               "visibility": "public", "status": "running",
               "start": "2026-01-01", "end": "2027-12-31",
               "commitments": [{"target_group": "banenafspraak", "unit": "jobs_25_5h",
                                "target": 20, "due": "2027-12-31",
                                "municipality_commits": "jobcoaching"}],
               "realisations": [{"commitment": 0, "period": "2026Q1", "value": 2,
                                 "source": "UWV", "verified": true},
                                {"commitment": 0, "period": "2026-05", "value": 3}],
               "reviews": [{"date": "2026-06-30", "agreed": "tweede ronde"}])" +
           extra + "}";
}

Error refusal(const QByteArray &data)
{
    const auto r = AgreementFile::parse(data, QStringLiteral("a.json"));
    REQUIRE_FALSE(r.ok());
    return r.error();
}

} // namespace

TEST_CASE("An agreements file reads with every field", "[agreements]")
{
    const auto r = AgreementFile::parse(file(covenant()), QStringLiteral("a.json"));
    INFO((r.ok() ? std::string() : r.error().toString().toStdString()));
    REQUIRE(r.ok());
    CHECK(r.value().municipality == QStringLiteral("Soest"));
    REQUIRE(r.value().agreements.size() == 1);
    const Agreement &a = r.value().agreements.first();
    CHECK(a.kind == QStringLiteral("covenant"));
    CHECK(a.employerCount == 40);
    CHECK(a.targetGroups ==
          QStringList{QStringLiteral("banenafspraak"), QStringLiteral("jongeren")});
    CHECK(a.end == QDate(2027, 12, 31));
    REQUIRE(a.commitments.size() == 1);
    CHECK(a.commitments[0].target == 20);
    REQUIRE(a.realisations.size() == 2);
    CHECK(a.realisations[0].period.first == QDate(2026, 1, 1));
    CHECK(a.realisations[0].period.last == QDate(2026, 3, 31));
    CHECK(a.realisations[0].verified);
    CHECK(a.realisations[1].period.last == QDate(2026, 5, 31));
    CHECK(a.reviews.first().agreed == QStringLiteral("tweede ronde"));
}

TEST_CASE("Bad agreements are refused with the place in the file", "[agreements][errors]")
{
    const struct
    {
        QByteArray data;
        const char *path;
        const char *says;
    } cases[] = {
        {file(R"({"title": "x", "kind": "handshake", "visibility": "public", "status": "running",
                  "start": "2026-01-01"})"),
         "agreements[0].kind", "covenant"},
        {file(covenant().replace(R"("unit": "jobs_25_5h")", R"("unit": "hours")")),
         "agreements[0].commitments[0].unit", "jobs_25_5h"},
        {file(covenant().replace(R"("target_group": "banenafspraak", "unit")",
                                 R"("target_group": "veteranen", "unit")")),
         "agreements[0].commitments[0].target_group", "banenafspraak"},
        {file(covenant().replace(R"("target": 20)", R"("target": -5)")),
         "agreements[0].commitments[0].target", ""},
        {file(covenant().replace(R"("value": 3)", R"("value": -1)")),
         "agreements[0].realisations[1].value", ""},
        {file(covenant().replace(R"("end": "2027-12-31")", R"("end": "2025-12-31")")),
         "agreements[0].end", "before"},
        {file(covenant().replace(R"("period": "2026Q1")", R"("period": "2028Q1")")),
         "agreements[0].realisations[0].period", "outside"},
        {file(covenant().replace(R"("period": "2026Q1")", R"("period": "2026Q5")")),
         "agreements[0].realisations[0].period", "2026Q3"},
        {file(covenant().replace(R"("commitment": 0, "period": "2026Q1")",
                                 R"("commitment": 3, "period": "2026Q1")")),
         "agreements[0].realisations[0].commitment", ""},
        {file(covenant(R"(, "colour": "green")")), "agreements[0].colour", ""},
        {file(covenant().replace(R"("title": "Convenant Soest werkt")", R"("title": "  ")")),
         "agreements[0].title", "title"},
        {file(covenant().replace(R"("title": "Convenant Soest werkt")",
                                 "\"title\": \"" + QByteArray(301, 'x') + "\"")),
         "agreements[0].title", ""},
        // A typo in a year is refused, not taken as centuries of empty quarters.
        {file(covenant().replace(R"("start": "2026-01-01")", R"("start": "0206-01-01")")),
         "agreements[0].start", "1900"},
        {file(covenant().replace(R"("period": "2026Q1")", R"("period": "0000Q1")")),
         "agreements[0].realisations[0].period", "2026Q3"},
        {file(covenant().replace(R"("due": "2027-12-31")", R"("due": "2025-06-30")")),
         "agreements[0].commitments[0].due", "before"},
        // One figure per commitment for any day: the same period twice, or a month in a quarter.
        {file(covenant().replace(R"("period": "2026-05")", R"("period": "2026Q1")")),
         "agreements[0].realisations[1].period", "overlaps"},
        {file(covenant().replace(R"("period": "2026-05")", R"("period": "2026-02")")),
         "agreements[0].realisations[1].period", "overlaps"},
    };
    for (const auto &c : cases) {
        const Error e = refusal(c.data);
        INFO(e.toString().toStdString());
        CHECK(e.jsonPath == QString::fromLatin1(c.path));
        CHECK(e.message.contains(QString::fromLatin1(c.says)));
        CHECK(e.kind == ErrorKind::WrongType);
    }
    // A newer format is its own kind of error: update Akkoord.
    QByteArray newer = file(covenant());
    newer.replace(R"("version": 1)", R"("version": 2)");
    CHECK(refusal(newer).kind == ErrorKind::NewerVersion);
    CHECK(refusal(R"({"format": "akkoord.case", "version": 1})")
              .message.contains(QStringLiteral("agreements")));
}

TEST_CASE("A file with data about job seekers is refused as a whole", "[agreements][privacy]")
{
    for (const QByteArray &field :
         {QByteArray(R"("bsn": "123456782")"), QByteArray(R"("Geboortedatum": "2001-01-01")"),
          QByteArray(R"("job_seekers": [{"x": 1}])")}) {
        INFO(field.toStdString());
        const QByteArray data = file(
            covenant().replace(R"("value": 3})", R"("value": 3, "details": {)" + field + "}}"));
        const Error e = refusal(data);
        CHECK(e.jsonPath.startsWith(QStringLiteral("agreements[0].realisations[1].details.")));
        CHECK(e.message.contains(QStringLiteral("never who")));
    }
    CHECK(AgreementFile::isPersonalField(QStringLiteral("BSN")));
    CHECK_FALSE(AgreementFile::isPersonalField(QStringLiteral("employers")));
}

TEST_CASE("Periods are quarters or months that exist", "[agreements]")
{
    CHECK(Period::parse(QStringLiteral("2026Q4"))->last == QDate(2026, 12, 31));
    CHECK(Period::parse(QStringLiteral("2024-02"))->last == QDate(2024, 2, 29));
    CHECK_FALSE(Period::parse(QStringLiteral("2026-13")));
    CHECK_FALSE(Period::parse(QStringLiteral("2026Q0")));
    CHECK_FALSE(Period::parse(QStringLiteral("Q3 2026")));
    CHECK(Period::quarterOf(QDate(2026, 8, 15)).text == QStringLiteral("2026Q3"));
}

TEST_CASE("Progress per commitment: realised against what is expected by the date",
          "[agreements][progress]")
{
    Agreement a =
        AgreementFile::parse(file(covenant()), QStringLiteral("a.json")).value().agreements.first();
    // Two years for 20 jobs: by 2026-12-31 about 10 are expected; 5 were realised.
    CommitmentProgress p = progressOf(a, 0, QDate(2026, 12, 31));
    CHECK(p.target == 20);
    CHECK(p.realised == 5);
    CHECK(p.expected == Approx(20.0 * 364 / 729));
    CHECK(p.status == ProgressStatus::Behind);
    CHECK(progressStatusId(p.status) == QStringLiteral("behind"));
    // Only periods begun by the date count: in February, the May realisation is not there yet.
    CHECK(progressOf(a, 0, QDate(2026, 2, 1)).realised == 2);
    // Early on, 2 where 0.85 is expected is within a tenth of the target (2): on track; 4 is
    // ahead.
    CHECK(progressOf(a, 0, QDate(2026, 2, 1)).status == ProgressStatus::OnTrack);
    Agreement early = a;
    early.realisations[0].value = 4;
    CHECK(progressOf(early, 0, QDate(2026, 2, 1)).status == ProgressStatus::Ahead);
    // Within a tenth of the target of what is expected: on track.
    a.realisations.append({0, *Period::parse(QStringLiteral("2026Q3")), 4, {}, false});
    CHECK(progressOf(a, 0, QDate(2026, 12, 31)).status == ProgressStatus::OnTrack);
    // Past the date, short of the target: overdue; at the target: done, whenever.
    CHECK(progressOf(a, 0, QDate(2028, 1, 15)).status == ProgressStatus::Overdue);
    a.realisations.append({0, *Period::parse(QStringLiteral("2027Q2")), 11, {}, true});
    CHECK(progressOf(a, 0, QDate(2027, 6, 30)).status == ProgressStatus::Done);
    CHECK(progressOf(a, 0, QDate(2028, 1, 15)).status == ProgressStatus::Done);
}

TEST_CASE("Totals per target group count only agreements in force", "[agreements][progress]")
{
    const Agreement running =
        AgreementFile::parse(file(covenant()), QStringLiteral("a.json")).value().agreements.first();
    Agreement broken = running;
    broken.status = QStringLiteral("broken_off");
    Agreement second = running;
    second.commitments[0].target = 10;
    second.commitments.append({QStringLiteral("jongeren"), QStringLiteral("persons"), 30, {}, {}});
    const auto totals = totalsAt({running, broken, second}, QDate(2026, 12, 31));
    REQUIRE(totals.size() == 2);
    CHECK(totals[0].targetGroup == QStringLiteral("banenafspraak"));
    CHECK(totals[0].target == 30); // 20 + 10; the broken-off agreement does not count
    CHECK(totals[0].realised == 10);
    CHECK(totals[1].targetGroup == QStringLiteral("jongeren"));
    CHECK(totals[1].target == 30);
    CHECK(totals[1].realised == 0);
    // Before the agreements start, nothing is in force.
    CHECK(totalsAt({running}, QDate(2025, 12, 31)).isEmpty());
}

TEST_CASE("The example agreements file reads and shows a municipality on its way",
          "[agreements][example]")
{
    const QString path = test::sourcePath(
        QStringLiteral("resources/examples/agreements/voorbeeldgemeente.agreements.json"));
    const auto r = AgreementFile::parse(test::readAll(path), path);
    INFO((r.ok() ? std::string() : r.error().toString().toStdString()));
    REQUIRE(r.ok());
    const QVector<Agreement> &all = r.value().agreements;
    REQUIRE(all.size() == 4);
    // At the end of the third quarter of 2026: the covenant's jobs are behind, its placements on
    // track, the young people's sector deal ahead.
    const QDate at(2026, 9, 30);
    CHECK(progressOf(all[0], 0, at).status == ProgressStatus::Behind);
    CHECK(progressOf(all[0], 1, at).status == ProgressStatus::OnTrack);
    CHECK(progressOf(all[1], 0, at).status == ProgressStatus::Ahead);
    // The SROI clause is signed but not begun then; the deal in preparation never counts.
    const auto totals = totalsAt(all, at);
    QStringList groups;
    for (const TargetGroupTotal &t : totals) {
        groups << t.targetGroup;
    }
    CHECK(groups == QStringList{QStringLiteral("banenafspraak"), QStringLiteral("participatiewet"),
                                QStringLiteral("jongeren")});
}

namespace {

Agreement placed(const char *kind, const char *visibility = "public")
{
    Agreement a;
    a.title = QStringLiteral("a");
    a.kind = QString::fromLatin1(kind);
    a.visibility = QString::fromLatin1(visibility);
    a.status = QStringLiteral("running");
    a.start = QDate(2026, 1, 1);
    return a;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

} // namespace

TEST_CASE("Every kind of agreement has its place on both matrices, with its basis",
          "[agreements][position][knowledge]")
{
    const auto &kb = *test::knowledge();
    REQUIRE(kb.agreementPlacements().size() == agreements::kinds().size());
    for (const AgreementPlacement &p : kb.agreementPlacements()) {
        INFO(p.kind.toStdString());
        CHECK(p.positions.size() == kb.matrices().size());
        CHECK((p.basis.isSource() || p.basis.rationale.isComplete()));
    }
    const int strategy = kb.matrixIndex(QStringLiteral("strategy"));
    const int approach = kb.matrixIndex(QStringLiteral("approach"));
    // Without parties or scope an agreement sits where its kind does; the network of employers
    // is the strategic goal (broad, self-steering networks).
    const Placement network = placementOf(kb, placed("employer_network"));
    CHECK(network.positions[strategy].x < -0.5);
    CHECK(network.positions[strategy].y > 0.5);
    CHECK(network.shifts == QStringList{QStringLiteral("public")});
    // An individual agreement is on the individual side of both matrices.
    const Placement individual = placementOf(kb, placed("individual", "quiet"));
    CHECK(individual.positions[strategy].x > 0.5);
    CHECK(individual.positions[approach].x > 0.5);
    CHECK(individual.positions[approach].y < -0.5); // quiet
}

TEST_CASE("Scope, parties and visibility move an agreement as the rules say",
          "[agreements][position]")
{
    const auto &kb = *test::knowledge();
    const int strategy = kb.matrixIndex(QStringLiteral("strategy"));
    const int approach = kb.matrixIndex(QStringLiteral("approach"));
    const Agreement plain = placed("covenant");
    const Placement base = placementOf(kb, plain);

    Agreement integral = plain;
    integral.integral = true;
    Agreement selective = plain;
    selective.targetGroups = {QStringLiteral("jongeren")};
    Agreement organisations = plain;
    organisations.employerOrganisations = {QStringLiteral("VNO-NCW")};
    Agreement named = plain;
    named.employers = {QStringLiteral("Bakkerij Jansen")};
    Agreement quiet = plain;
    quiet.visibility = QStringLiteral("quiet");

    CHECK(placementOf(kb, integral).positions[strategy].y > base.positions[strategy].y);
    CHECK(placementOf(kb, selective).positions[strategy].y < base.positions[strategy].y);
    CHECK(placementOf(kb, organisations).positions[strategy].x < base.positions[strategy].x);
    CHECK(placementOf(kb, named).positions[strategy].x > base.positions[strategy].x);
    CHECK(placementOf(kb, quiet).positions[approach].y < base.positions[approach].y);
    // Named employers beside an organisation do not count as individual engagement.
    Agreement both = organisations;
    both.employers = named.employers;
    CHECK(placementOf(kb, both).shifts.contains(QStringLiteral("organisations_as_parties")));
    CHECK_FALSE(placementOf(kb, both).shifts.contains(QStringLiteral("named_employers_only")));
    // Three foci are no longer selective.
    Agreement three = plain;
    three.targetGroups = {QStringLiteral("jongeren"), QStringLiteral("ouderen")};
    three.sectors = {QStringLiteral("zorg")};
    CHECK_FALSE(placementOf(kb, three).shifts.contains(QStringLiteral("selective_scope")));
    // Every position stays inside the matrix.
    Agreement far = placed("employer_network");
    far.integral = true;
    far.employerOrganisations = organisations.employerOrganisations;
    for (const Point &p : placementOf(kb, far).positions) {
        CHECK(p.x >= -1);
        CHECK(p.y <= 1);
    }
}

TEST_CASE("The actual position is the commitment-weighted mean of the agreements in force",
          "[agreements][position]")
{
    const auto &kb = *test::knowledge();
    const int strategy = kb.matrixIndex(QStringLiteral("strategy"));
    Agreement a = placed("employer_network");
    Agreement b = placed("individual");
    b.commitments = {{QStringLiteral("jongeren"), QStringLiteral("persons"), 5, {}, {}},
                     {QStringLiteral("ouderen"), QStringLiteral("persons"), 5, {}, {}},
                     {QStringLiteral("other"), QStringLiteral("persons"), 5, {}, {}}};
    const Point pa = placementOf(kb, a).positions[strategy];
    const Point pb = placementOf(kb, b).positions[strategy];
    const ActualPosition both = actualPosition(kb, {a, b}, QDate(2026, 6, 30));
    REQUIRE(both.known());
    CHECK(both.agreements == 2);
    CHECK(near(both.weight, 4)); // one for the agreement without commitments, three for b
    CHECK(near(both.positions[strategy].x, (pa.x + 3 * pb.x) / 4));
    CHECK(near(both.positions[strategy].y, (pa.y + 3 * pb.y) / 4));
    // Not yet begun, in preparation or broken off: nothing is known, nothing is claimed.
    CHECK_FALSE(actualPosition(kb, {a, b}, QDate(2025, 12, 31)).known());
    Agreement preparing = a;
    preparing.status = QStringLiteral("in_preparation");
    Agreement broken = a;
    broken.status = QStringLiteral("broken_off");
    CHECK_FALSE(actualPosition(kb, {preparing, broken}, QDate(2026, 6, 30)).known());
    // An ended agreement counted while it ran.
    Agreement ended = a;
    ended.status = QStringLiteral("ended");
    ended.end = QDate(2026, 3, 31);
    CHECK(actualPosition(kb, {ended}, QDate(2026, 3, 31)).known());
    CHECK_FALSE(actualPosition(kb, {ended}, QDate(2026, 4, 1)).known());
}

TEST_CASE("The path has a point per quarter and says whether the municipality broadens",
          "[agreements][position][path]")
{
    const auto &kb = *test::knowledge();
    const int strategy = kb.matrixIndex(QStringLiteral("strategy"));
    // A start with one target group, then an integral network a year later.
    Agreement first = placed("target_group_deal");
    first.targetGroups = {QStringLiteral("jongeren")};
    Agreement later = placed("employer_network");
    later.integral = true;
    later.start = QDate(2027, 1, 15);
    const QVector<PathPoint> path =
        pathOf(kb, {first, later}, QDate(2026, 2, 1), QDate(2027, 6, 30));
    REQUIRE(path.size() == 6);
    CHECK(path.first().quarter.text == QStringLiteral("2026Q1"));
    CHECK(path.last().quarter.text == QStringLiteral("2027Q2"));
    CHECK(path[3].position.agreements == 1); // 2026Q4
    CHECK(path[4].position.agreements == 2); // 2027Q1: the network begun
    CHECK(path[4].position.positions[strategy].y > path[3].position.positions[strategy].y);
    const Direction d = directionOf(kb, path);
    CHECK(d.trend == Direction::Broadening);
    CHECK(d.breadthChange > 0);
    CHECK(d.towardsGoal > 0);
    CHECK(trendId(d.trend) == QStringLiteral("broadening"));
    // One quarter with agreements is not a direction.
    CHECK(directionOf(kb, pathOf(kb, {first}, QDate(2026, 1, 1), QDate(2026, 3, 31))).trend ==
          Direction::Unknown);
    // Quarters before any agreement are points without a position, not made-up ones.
    const auto early = pathOf(kb, {later}, QDate(2026, 10, 1), QDate(2027, 3, 31));
    REQUIRE(early.size() == 2);
    CHECK_FALSE(early[0].position.known());
    CHECK(early[1].position.known());
    // The default span: from the first start to today.
    const auto span = pathSpan({first, later}, QDate(2027, 6, 1));
    CHECK(span.first == QDate(2026, 1, 1));
    CHECK(span.second == QDate(2027, 6, 1));
    CHECK_FALSE(pathSpan({}, QDate(2027, 6, 1)).first.isValid());
}

TEST_CASE("A knowledge base without agreement placement knows no actual position",
          "[agreements][position][knowledge]")
{
    QJsonObject root = QJsonDocument::fromJson(test::readAll(test::sourcePath(QStringLiteral(
                                                   "resources/knowledge/akkoord-knowledge.json"))))
                           .object();
    root.remove(QStringLiteral("agreement_placement"));
    const auto kb = KnowledgeBase::loadJson(QJsonDocument(root).toJson(), QStringLiteral("kb"));
    REQUIRE(kb.ok());
    CHECK_FALSE(actualPosition(*kb.value(), {placed("covenant")}, QDate(2026, 6, 1)).known());

    // A kind left out, or an unknown condition, is refused with its path.
    QJsonObject placement =
        QJsonDocument::fromJson(test::readAll(test::sourcePath(
                                    QStringLiteral("resources/knowledge/akkoord-knowledge.json"))))
            .object()
            .value(QStringLiteral("agreement_placement"))
            .toObject();
    QJsonArray kinds = placement.value(QStringLiteral("kinds")).toArray();
    kinds.removeLast();
    QJsonObject missing = placement;
    missing.insert(QStringLiteral("kinds"), kinds);
    root.insert(QStringLiteral("agreement_placement"), missing);
    auto refused = KnowledgeBase::loadJson(QJsonDocument(root).toJson(), QStringLiteral("kb"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().jsonPath == QStringLiteral("agreement_placement.kinds"));
    QJsonArray shifts = placement.value(QStringLiteral("shifts")).toArray();
    QJsonObject shift = shifts[0].toObject();
    shift.insert(QStringLiteral("when"), QStringLiteral("sunny"));
    shifts[0] = shift;
    QJsonObject unknown = placement;
    unknown.insert(QStringLiteral("shifts"), shifts);
    root.insert(QStringLiteral("agreement_placement"), unknown);
    refused = KnowledgeBase::loadJson(QJsonDocument(root).toJson(), QStringLiteral("kb"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().jsonPath == QStringLiteral("agreement_placement.shifts[0].when"));
}

TEST_CASE("Progress lists the begun agreements' commitments and the reviews still to come",
          "[agreements][progress]")
{
    Agreement running = placed("covenant");
    running.commitments = {{QStringLiteral("jongeren"), QStringLiteral("persons"), 10, {}, {}}};
    running.reviews = {{QDate(2026, 12, 1), QStringLiteral("b")},
                       {QDate(2026, 3, 1), QStringLiteral("a")}};
    Agreement preparing = running;
    preparing.status = QStringLiteral("in_preparation");
    Agreement ended = running;
    ended.status = QStringLiteral("ended");
    ended.end = QDate(2026, 5, 31);
    ended.reviews = {{QDate(2026, 9, 1), QStringLiteral("c")}};
    const auto lines = progressAt({running, preparing, ended}, QDate(2026, 6, 30));
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].agreement == 0);
    CHECK(lines[1].agreement == 2);
    CHECK(lines[1].progress.status == ProgressStatus::Overdue); // ended without reaching it
    const auto reviews = reviewsFrom({running, preparing, ended}, QDate(2026, 6, 30));
    REQUIRE(reviews.size() == 2); // the past one and the ended agreement's are not upcoming
    CHECK(reviews[0].review.date == QDate(2026, 12, 1));
    CHECK(reviews[0].agreement == 0);
    CHECK(reviews[1].agreement == 1);
}

TEST_CASE("An agreement at a glance: the share realised and its most urgent status",
          "[agreements][progress]")
{
    Agreement a = placed("covenant");
    a.end = QDate(2027, 12, 31);
    a.commitments = {{QStringLiteral("jongeren"), QStringLiteral("persons"), 10, {}, {}},
                     {QStringLiteral("ouderen"), QStringLiteral("persons"), 4, {}, {}}};
    const Period q1 = *Period::parse(QStringLiteral("2026Q1"));
    a.realisations = {{0, q1, 1, {}, false}, {1, q1, 8, {}, false}}; // 10 % and 200 %
    const AgreementSummary s = summaryOf(a, QDate(2026, 12, 31));
    REQUIRE(s.known);
    CHECK(std::abs(s.share - (0.1 + 1.0) / 2) < 1e-9); // the second counts up to its target
    CHECK(s.status == ProgressStatus::Behind);         // the first is behind; that is what counts
    CHECK(s.behind());
    Agreement none = a;
    none.commitments.clear();
    none.realisations.clear();
    CHECK_FALSE(summaryOf(none, QDate(2026, 12, 31)).known);
    CHECK_FALSE(summaryOf(a, QDate(2025, 12, 31)).known); // not begun
}
