#include "testsupport.h"

#include "agreements/agreementfile.h"
#include "agreements/progress.h"

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
                                 "\"title\": \"" + QByteArray(2001, 'x') + "\"")),
         "agreements[0].title", ""},
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
