#include "testsupport.h"

#include "common/jsonsupport.h"
#include "exchange/exchange.h"
#include "exchange/scenariofile.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>

using namespace akkoord;
using akkoord::test::knowledge;

namespace {

std::unique_ptr<ScenarioStore> openStore(const QString &path)
{
    auto result = ScenarioStore::open(path);
    REQUIRE(result.ok());
    return result.take();
}

ImportedCase parsed(const QByteArray &json)
{
    const auto result = Exchange::parse(json, *knowledge(), QStringLiteral("in.json"));
    const std::string why = result.ok() ? std::string() : result.error().toString().toStdString();
    INFO(why);
    REQUIRE(result.ok());
    return result.value();
}

Error parseError(const QByteArray &json)
{
    const auto result = Exchange::parse(json, *knowledge(), QStringLiteral("in.json"));
    REQUIRE_FALSE(result.ok());
    return result.error();
}

QByteArray caseFile(const QByteArray &scenarios)
{
    return R"({"format": "akkoord.case", "version": 1, "municipality": {"name": "Soest"}, "scenarios": )" +
           scenarios + "}";
}

} // namespace

TEST_CASE("A case exported with its history imports into another database unchanged", "[exchange]")
{
    QTemporaryDir dir;
    auto source = openStore(dir.filePath(QStringLiteral("source.sqlite")));
    const qint64 caseId = source
                              ->createCase(QStringLiteral("Súdwest-Fryslân"),
                                           QStringLiteral("GM1900"), QStringLiteral("Friesland"))
                              .value()
                              .id;
    ScenarioContent first;
    first.title = QStringLiteral("Jeugd eerst — “plan 2027”");
    first.answers = knowledge()->referenceCase(QStringLiteral("friesland"))->answers;
    first.notes = QStringLiteral("<b>geen opmaak</b> & tekens ë ü €\nTweede regel");
    first.knowledgeVersion = QStringLiteral("0.9.0");
    const ScenarioRecord s = source->createScenario(caseId, first).value();
    ScenarioContent second = first;
    second.answers.set(QStringLiteral("economy"), QStringLiteral("growth"));
    second.knowledgeVersion = knowledge()->version();
    REQUIRE(source->saveScenario(s.id, 1, second).ok());
    REQUIRE(source->setBaseline(s.id, true).ok());
    ScenarioContent other = first;
    other.title = QStringLiteral("Na de werktop");
    other.answers.setMultiple(QStringLiteral("existing"),
                              {QStringLiteral("summit"), QStringLiteral("wsp")});
    REQUIRE(source->createScenario(caseId, other).ok());

    const auto exported = Exchange::exportCase(*source, caseId, true, *knowledge());
    REQUIRE(exported.ok());
    const QByteArray bytes = QJsonDocument(exported.value()).toJson();

    auto target = openStore(dir.filePath(QStringLiteral("target.sqlite")));
    const ImportedCase imported = parsed(bytes);
    CHECK(imported.name == QStringLiteral("Súdwest-Fryslân"));
    const auto report = Exchange::import(*target, {imported}, DuplicatePolicy::Refuse);
    REQUIRE(report.ok());
    CHECK(report.value().created == 2);

    const CaseRecord owner = target->findCase(QStringLiteral("Súdwest-Fryslân")).value();
    CHECK(owner.cbsCode == QStringLiteral("GM1900"));
    CHECK(owner.region == QStringLiteral("Friesland"));
    const auto scenarios = target->scenarios(owner.id).value();
    REQUIRE(scenarios.size() == 2);
    CHECK(scenarios[0].baseline);
    CHECK(scenarios[0].content == second);
    CHECK(scenarios[0].revision == 2);
    CHECK(scenarios[1].content == other);
    const auto history = target->history(scenarios[0].id).value();
    REQUIRE(history.size() == 2);
    CHECK(history[1].content == first);
    CHECK(history[1].saved == source->history(s.id).value()[1].saved);

    // Importing the same file again is a duplicate: nothing is written until the user chooses.
    const auto again = Exchange::import(*target, {imported}, DuplicatePolicy::Refuse);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ErrorKind::Duplicate);
    CHECK(again.error().message.contains(QStringLiteral("Na de werktop")));
    CHECK(target->allScenarios().value().size() == 2);
}

TEST_CASE("Duplicates: keep both, replace or skip", "[exchange]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("d.sqlite")));
    const QByteArray file =
        test::readAll(test::sourcePath(QStringLiteral("resources/examples/soest-convenant.json")));
    const ImportedCase soest = parsed(file);
    REQUIRE(Exchange::import(*store, {soest}, DuplicatePolicy::Refuse).ok());
    const qint64 original = store->allScenarios().value().first().id;

    const auto skipped = Exchange::import(*store, {soest}, DuplicatePolicy::Skip);
    REQUIRE(skipped.ok());
    CHECK(skipped.value().skipped == 1);
    CHECK(store->allScenarios().value().size() == 1);

    ImportedCase changed = soest;
    changed.scenarios[0].revisions.last().content.notes = QStringLiteral("Bijgewerkt");
    const auto replaced = Exchange::import(*store, {changed}, DuplicatePolicy::Replace);
    REQUIRE(replaced.ok());
    CHECK(replaced.value().replaced == 1);
    CHECK(store->scenario(original).value().content.notes == QStringLiteral("Bijgewerkt"));
    // Replacing keeps what was there as an earlier revision.
    CHECK(store->history(original).value().size() == 2);

    const auto both = Exchange::import(*store, {soest, soest}, DuplicatePolicy::KeepBoth);
    REQUIRE(both.ok());
    CHECK(both.value().keptBoth == 2);
    CHECK(both.value().created == 2); // kept beside a namesake, and new all the same
    QStringList titles;
    for (const ScenarioRecord &s : store->allScenarios().value()) {
        titles << s.content.title;
    }
    titles.sort();
    CHECK(titles ==
          QStringList{"Startsituatie 2026", "Startsituatie 2026 (2)", "Startsituatie 2026 (3)"});
}

TEST_CASE("A single scenario file imports with its municipality", "[exchange]")
{
    const ImportedCase c = parsed(
        R"({"format": "akkoord.scenario", "version": 1, "municipality": "Sittard-Geleen", "cbs_code": "GM1883",
            "title": "600 banen", "answers": {"network_size": "large"}, "notes": ""})");
    CHECK(c.name == QStringLiteral("Sittard-Geleen"));
    CHECK(c.cbsCode == QStringLiteral("GM1883"));
    REQUIRE(c.scenarios.size() == 1);
    CHECK(c.scenarios[0].revisions.last().content.title == QStringLiteral("600 banen"));
    // Checked against this knowledge base, so it counts as advised under it.
    CHECK(c.scenarios[0].revisions.last().content.knowledgeVersion == knowledge()->version());
}

TEST_CASE("Import refuses bad files precisely and writes nothing", "[exchange][errors]")
{
    CHECK(parseError("{\"format\": \"akkoord.case\",\n \"version\": 1,\n ]").line == 3);
    CHECK(parseError(R"({"format": "akkoord.backup", "version": 1})").kind ==
          ErrorKind::WrongFormat);
    CHECK(
        parseError(
            R"({"format": "akkoord.case", "version": 2, "municipality": {"name": "x"}, "scenarios": []})")
            .kind == ErrorKind::NewerVersion);
    CHECK(parseError(R"({"format": "akkoord.scenario", "version": 1, "title": "x", "answers": {}})")
              .jsonPath == QStringLiteral("municipality"));
    CHECK(
        parseError(
            R"({"format": "akkoord.case", "version": 1, "municipality": "Soest", "scenarios": []})")
            .jsonPath == QStringLiteral("municipality"));
    CHECK(parseError(caseFile(R"({"title": "x"})")).jsonPath == QStringLiteral("scenarios"));

    const Error unknownQuestion = parseError(
        caseFile(R"([{"title": "a", "answers": {}}, {"title": "b", "answers": {"mood": "x"}}])"));
    CHECK(unknownQuestion.kind == ErrorKind::UnknownQuestion);
    CHECK(unknownQuestion.jsonPath == QStringLiteral("scenarios[1].answers.mood"));

    const Error unknownOption = parseError(caseFile(
        R"([{"title": "a", "answers": {}, "history": [{"title": "old", "answers": {"economy": "boom"}}]}])"));
    CHECK(unknownOption.kind == ErrorKind::UnknownOption);
    CHECK(unknownOption.jsonPath == QStringLiteral("scenarios[0].history[0].answers.economy"));

    CHECK(parseError(caseFile(R"([{"answers": {}}])")).jsonPath ==
          QStringLiteral("scenarios[0].title"));
    CHECK(parseError(caseFile(R"([{"title": "a", "baseline": "yes"}])")).kind ==
          ErrorKind::WrongType);
    CHECK(parseError(
              caseFile(R"([{"title": "a", "baseline": true}, {"title": "b", "baseline": true}])"))
              .message.contains(QStringLiteral("baseline")));
    CHECK(parseError(
              caseFile(
                  R"([{"title": "a", "revision": 1, "history": [{"title": "a", "revision": 2}]}])"))
              .jsonPath == QStringLiteral("scenarios[0].revision"));
    CHECK(parseError(
              caseFile(R"([{"title": "a", "history": [{"title": "a", "saved_at": "gisteren"}]}])"))
              .jsonPath == QStringLiteral("scenarios[0].history[0].saved_at"));
    CHECK(parseError(caseFile(R"([{"title": ")" + QByteArray(400, 'x') + R"("}])")).jsonPath ==
          QStringLiteral("scenarios[0].title"));
    CHECK(parseError(QByteArray(Exchange::MaxFileSize + 1, ' ')).kind == ErrorKind::WrongFormat);

    // A file that fails halfway through the import leaves the database as it was.
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("e.sqlite")));
    ImportedCase good = parsed(caseFile(R"([{"title": "a"}, {"title": "b"}])"));
    ImportedCase broken = good;
    broken.name = QStringLiteral("Andere gemeente");
    broken.scenarios[1].revisions.clear(); // cannot be stored
    const auto result = Exchange::import(*store, {good, broken}, DuplicatePolicy::Refuse);
    REQUIRE_FALSE(result.ok());
    CHECK(store->cases().value().isEmpty());
    CHECK(store->allScenarios().value().isEmpty());
}

TEST_CASE("Import reads a scenario file's version as advise does", "[exchange][version]")
{
    const QByteArray body = R"("municipality": "Soest", "title": "Plan", "answers": {}})";
    CHECK(Exchange::parse(R"({"format": "akkoord.scenario", "version": 1, )" + body, *knowledge(),
                          QStringLiteral("in.json"))
              .ok());
    for (const QByteArray &version :
         {QByteArray(R"("version": "1", )"), QByteArray(R"("version": -5, )"), QByteArray(),
          QByteArray(R"("version": 2, )"), QByteArray(R"("version": 999, )")}) {
        INFO(version.toStdString());
        const QByteArray json = R"({"format": "akkoord.scenario", )" + version + body;
        const Error imported = parseError(json);
        const auto advised = ScenarioFile::parse(json, *knowledge(), QStringLiteral("in.json"));
        REQUIRE_FALSE(advised.ok());
        CHECK(imported.kind == advised.error().kind);
        CHECK(imported.jsonPath == QStringLiteral("version"));
        CHECK(imported.message == advised.error().message);
    }
    CHECK(parseError(R"({"format": "akkoord.scenario", "version": 2, )" + body).kind ==
          ErrorKind::NewerVersion);
    CHECK(
        parseError(R"({"format": "akkoord.case", "municipality": {"name": "x"}, "scenarios": []})")
            .jsonPath == QStringLiteral("version"));
}

TEST_CASE("CSV export: one row per scenario, safe in a spreadsheet", "[exchange][csv]")
{
    CaseRecord owner;
    owner.name = QStringLiteral("Súdwest-Fryslân");
    owner.cbsCode = QStringLiteral("GM1900");
    ScenarioRecord s;
    s.id = 7;
    s.revision = 3;
    s.baseline = true;
    s.modified = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
    s.content.title = QStringLiteral("=HYPERLINK(\"http://x\")");
    s.content.answers.set(QStringLiteral("network_size"), QStringLiteral("large"));
    s.content.answers.setMultiple(QStringLiteral("existing"),
                                  {QStringLiteral("wsp"), QStringLiteral("summit")});
    s.content.notes = QStringLiteral("regel 1, met komma\nregel 2");
    s.content.knowledgeVersion = QStringLiteral("1.0.0");
    const QByteArray csv = Exchange::csv({{owner, s}}, *knowledge());
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() >= 2);
    CHECK(lines[0].startsWith(
        QStringLiteral("municipality,cbs_code,region,scenario_id,scenario,revision,baseline")));
    CHECK(lines[0].contains(QStringLiteral(",network_size,")));
    CHECK(lines[0].endsWith(QStringLiteral(",notes")));
    CHECK(lines[1].startsWith(QStringLiteral("Súdwest-Fryslân,GM1900,,7,")));
    // The formula stays text, quoted for the comma-free but quote-holding cell.
    CHECK(lines[1].contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"")));
    CHECK(lines[1].contains(QStringLiteral(",large,")));
    CHECK(lines[1].contains(QStringLiteral("\"wsp;summit\"")));
    CHECK(lines[1].contains(QStringLiteral(",unknown,")));
    CHECK(text.contains(QStringLiteral("\"regel 1, met komma\nregel 2\"")));
}

namespace {

// Cells as a spreadsheet finds them with the given separator: quotes count only at the start
// of a cell, as in Excel.
QStringList spreadsheetCells(const QString &csv, QChar separator)
{
    QStringList cells;
    qsizetype i = 0;
    while (i < csv.size()) {
        QString cell;
        if (csv.at(i) == QLatin1Char('"')) {
            for (++i; i < csv.size(); ++i) {
                if (csv.at(i) == QLatin1Char('"')) {
                    if (i + 1 < csv.size() && csv.at(i + 1) == QLatin1Char('"')) {
                        cell += QLatin1Char('"');
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell += csv.at(i);
            }
        }
        while (i < csv.size() && csv.at(i) != separator && csv.at(i) != QLatin1Char('\n')) {
            cell += csv.at(i++);
        }
        cells << cell;
        ++i; // the separator or the line break
    }
    return cells;
}

} // namespace

TEST_CASE("CSV export: no cell starts a formula, whether the reader splits on commas or semicolons",
          "[exchange][csv][security]")
{
    CaseRecord owner;
    owner.name = QStringLiteral("=Gemeente");
    owner.region = QStringLiteral("regio;+1+1");
    ScenarioRecord s;
    s.id = 1;
    s.revision = 1;
    s.content.title = QStringLiteral("zie ook;=cmd|' /C calc'!A0");
    s.content.notes = QStringLiteral(
        "eerste, @SUM(1);-2;\t=1\n=HYPERLINK(\"http://x\")\r\n+3 \"quoted\";\"=4\",=5");
    s.content.knowledgeVersion = QStringLiteral("1.0.0");
    const QString csv = QString::fromUtf8(Exchange::csv({{owner, s}}, *knowledge()).mid(3));
    for (const QChar separator : {QLatin1Char(','), QLatin1Char(';')}) {
        for (const QString &cell : spreadsheetCells(csv, separator)) {
            INFO("separator " << QString(separator).toStdString() << ", cell "
                              << cell.toStdString());
            CHECK_FALSE((!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front())));
        }
    }
    // Under the separator it is written for, every value reads back with only the ' added.
    const QStringList cells =
        spreadsheetCells(csv.section(QStringLiteral("\r\n"), 1), QLatin1Char(','));
    CHECK(cells.contains(QStringLiteral("'=Gemeente")));
    CHECK(cells.contains(QStringLiteral("zie ook;'=cmd|' /C calc'!A0")));
}

namespace {

// Two municipalities (the second in the trash), scenarios in an order their titles do not have.
std::unique_ptr<ScenarioStore> storeForWalking(const QString &path)
{
    auto store = openStore(path);
    const qint64 soest =
        store->createCase(QStringLiteral("Soest"), QStringLiteral("GM0342")).value().id;
    const qint64 gone = store->createCase(QStringLiteral("Opgeheven")).value().id;
    const qint64 ede = store->createCase(QStringLiteral("Ede")).value().id;
    ScenarioContent c;
    c.answers = knowledge()->referenceCase(QStringLiteral("soest"))->answers;
    c.knowledgeVersion = knowledge()->version();
    for (const auto &[owner, title] : {std::pair{soest, "zomer"},
                                       {soest, "Avond"},
                                       {gone, "weg"},
                                       {ede, "Basis"},
                                       {soest, "middag"},
                                       {ede, "Tweede"}}) {
        c.title = QString::fromUtf8(title);
        c.notes = QStringLiteral("notitie bij ") + c.title;
        REQUIRE(store->createScenario(owner, c).ok());
    }
    const auto middag = store->scenarios(soest).value();
    REQUIRE(store->setBaseline(middag[1].id, true).ok()); // "middag"
    REQUIRE_FALSE(store->trashCase(gone).isError());
    return store;
}

} // namespace

TEST_CASE("Walking the scenarios visits them one at a time, by municipality, baseline first, then "
          "by title",
          "[store][scale]")
{
    QTemporaryDir dir;
    const auto store = storeForWalking(dir.filePath(QStringLiteral("walk.sqlite")));
    QStringList seen;
    const Error e = store->forEachScenario({}, [&](const CaseRecord &owner,
                                                   const ScenarioRecord &s) {
        CHECK(owner.id == s.caseId);
        CHECK(s.content.notes == QStringLiteral("notitie bij ") + s.content.title);
        CHECK(s.content.answers == knowledge()->referenceCase(QStringLiteral("soest"))->answers);
        seen << owner.name + QLatin1Char('/') + s.content.title;
        return true;
    });
    REQUIRE_FALSE(e.isError());
    // A municipality in the trash still has its scenarios walked; the caller decides.
    CHECK(seen == QStringList{QStringLiteral("Soest/middag"), QStringLiteral("Soest/Avond"),
                              QStringLiteral("Soest/zomer"), QStringLiteral("Opgeheven/weg"),
                              QStringLiteral("Ede/Basis"), QStringLiteral("Ede/Tweede")});
    // The same records as reading them whole.
    QVector<qint64> ids;
    for (const ScenarioRecord &s : store->allScenarios().value()) {
        ids << s.id;
    }
    CHECK(ids.size() == 6);

    // One municipality, without the answers and notes, and stopping early.
    const qint64 ede = store->findCase(QStringLiteral("Ede")).value().id;
    seen.clear();
    REQUIRE_FALSE(store
                      ->forEachScenario({ede, false, false},
                                        [&](const CaseRecord &, const ScenarioRecord &s) {
                                            CHECK(s.content.answers.count() == 0);
                                            CHECK(s.content.notes.isEmpty());
                                            CHECK(s.revision == 1);
                                            seen << s.content.title;
                                            return false;
                                        })
                      .isError());
    CHECK(seen == QStringList{QStringLiteral("Basis")});

    // A scenario in the trash only when asked for.
    const qint64 tweede = store->scenarios(ede).value().last().id;
    REQUIRE_FALSE(store->trashScenario(tweede).isError());
    const auto count = [&](bool includeDeleted) {
        int n = 0;
        REQUIRE_FALSE(store
                          ->forEachScenario({ede, includeDeleted, false},
                                            [&](const CaseRecord &, const ScenarioRecord &) {
                                                ++n;
                                                return true;
                                            })
                          .isError());
        return n;
    };
    CHECK(count(false) == 1);
    CHECK(count(true) == 2);
}

TEST_CASE("Exporting everything streams CSV and a list of case files that imports elsewhere",
          "[exchange][scale]")
{
    QTemporaryDir dir;
    const auto store = storeForWalking(dir.filePath(QStringLiteral("walk.sqlite")));

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    REQUIRE_FALSE(Exchange::exportAll(*store, *knowledge(), ExportFormat::Csv, csv).isError());
    // The same bytes as the whole-file CSV of the same rows (the trashed municipality left out).
    QVector<QPair<CaseRecord, ScenarioRecord>> rows;
    REQUIRE_FALSE(store
                      ->forEachScenario({},
                                        [&](const CaseRecord &o, const ScenarioRecord &s) {
                                            if (!o.deleted.isValid()) {
                                                rows.append({o, s});
                                            }
                                            return true;
                                        })
                      .isError());
    REQUIRE(rows.size() == 5);
    CHECK(csv.data() == Exchange::csv(rows, *knowledge()));

    QBuffer json;
    json.open(QIODevice::WriteOnly);
    REQUIRE_FALSE(Exchange::exportAll(*store, *knowledge(), ExportFormat::Json, json).isError());
    CHECK(json.data().count('\n') == 4); // "[", one line per municipality, "]"
    const auto cases = Exchange::parseAll(json.data(), *knowledge(), QStringLiteral("all.json"));
    REQUIRE(cases.ok());
    REQUIRE(cases.value().size() == 2);
    CHECK(cases.value()[0].name == QStringLiteral("Soest"));
    CHECK(cases.value()[0].cbsCode == QStringLiteral("GM0342"));
    CHECK(cases.value()[0].scenarios.size() == 3);
    CHECK(cases.value()[0].scenarios[0].baseline);
    CHECK(cases.value()[1].name == QStringLiteral("Ede"));

    auto target = openStore(dir.filePath(QStringLiteral("target.sqlite")));
    const auto report = Exchange::import(*target, cases.value(), DuplicatePolicy::Refuse);
    REQUIRE(report.ok());
    CHECK(report.value().created == 5);
    QBuffer again;
    again.open(QIODevice::WriteOnly);
    REQUIRE_FALSE(Exchange::exportAll(*target, *knowledge(), ExportFormat::Csv, again).isError());
    // Ids and times differ; everything else arrives unchanged.
    const auto withoutIdsAndTimes = [](const QByteArray &data) {
        QStringList lines = QString::fromUtf8(data).split(QStringLiteral("\r\n"));
        for (QString &line : lines) {
            QStringList cells = line.split(QLatin1Char(','));
            if (cells.size() > 8) {
                cells[3].clear();
                cells[7].clear();
            }
            line = cells.join(QLatin1Char(','));
        }
        return lines;
    };
    CHECK(withoutIdsAndTimes(again.data()) == withoutIdsAndTimes(csv.data()));

    // An empty store exports an empty list, which imports as nothing.
    auto empty = openStore(dir.filePath(QStringLiteral("empty.sqlite")));
    QBuffer none;
    none.open(QIODevice::WriteOnly);
    REQUIRE_FALSE(Exchange::exportAll(*empty, *knowledge(), ExportFormat::Json, none).isError());
    CHECK(none.data() == "[]\n");
    CHECK(Exchange::parseAll(none.data(), *knowledge(), QStringLiteral("none.json"))
              .value()
              .isEmpty());
}

TEST_CASE("An export that cannot be written says so", "[exchange][errors]")
{
    QTemporaryDir dir;
    const auto store = storeForWalking(dir.filePath(QStringLiteral("walk.sqlite")));
    QFile full(QStringLiteral("/dev/full"));
    REQUIRE(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const Error e = Exchange::exportAll(*store, *knowledge(), ExportFormat::Csv, full);
    CHECK(e.kind == ErrorKind::StorageFailed);
    CHECK(e.message.contains(QStringLiteral("could not be written")));
}

TEST_CASE("A list of case files is checked like one: a wrong entry names its place",
          "[exchange][errors]")
{
    const QByteArray good = caseFile(R"([{"title": "A", "answers": {}}])");
    const auto two =
        Exchange::parseAll("[" + good + "," + good + "]", *knowledge(), QStringLiteral("all.json"));
    REQUIRE(two.ok());
    CHECK(two.value().size() == 2);
    const auto wrong =
        Exchange::parseAll("[" + good + ", 7]", *knowledge(), QStringLiteral("all.json"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().jsonPath == QStringLiteral("[1]"));
    const auto bad = Exchange::parseAll("[" + good + "," + caseFile(R"([{"title": ""}])") + "]",
                                        *knowledge(), QStringLiteral("all.json"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().jsonPath.startsWith(QStringLiteral("[1].scenarios[0]")));
}

namespace {

// Records what a scan hands over, in order; stops with an error at a given scenario.
class Recorder : public CaseVisitor
{
public:
    Error municipality(const ImportedCase &c) override
    {
        seen << QStringLiteral("municipality %1 (%2 scenarios held)")
                    .arg(c.name)
                    .arg(c.scenarios.size());
        return {};
    }
    Error scenario(const ImportedScenario &s) override
    {
        seen << QStringLiteral("scenario %1").arg(s.revisions.last().content.title);
        if (seen.size() == stopAt) {
            return jsonError(ErrorKind::StorageFailed, QStringLiteral("db"), QString(),
                             QStringLiteral("disk full"));
        }
        return {};
    }
    QStringList seen;
    int stopAt = -1;
};

} // namespace

TEST_CASE("A file is handed over a scenario at a time, municipality first", "[exchange][stream]")
{
    const QByteArray soest = caseFile(R"([{"title": "A"}, {"title": "B", "baseline": true}])");
    const QByteArray baarn = R"({"format": "akkoord.case", "version": 1,
        "scenarios": [{"title": "C"}], "municipality": {"name": "Baarn"}})";
    const QByteArray all = "[" + soest + ",\n" + baarn + "]";
    Recorder recorder;
    REQUIRE_FALSE(
        Exchange::scan(all, *knowledge(), QStringLiteral("all.json"), recorder).isError());
    // The municipality's details come first even where the file lists them after the scenarios,
    // and no scenario is held back.
    CHECK(recorder.seen == QStringList{QStringLiteral("municipality Soest (0 scenarios held)"),
                                       QStringLiteral("scenario A"), QStringLiteral("scenario B"),
                                       QStringLiteral("municipality Baarn (0 scenarios held)"),
                                       QStringLiteral("scenario C")});
    // The visitor's error ends the scan there.
    Recorder stopping;
    stopping.stopAt = 2;
    const Error e = Exchange::scan(all, *knowledge(), QStringLiteral("all.json"), stopping);
    CHECK(e.message == QStringLiteral("disk full"));
    CHECK(stopping.seen.size() == 2);
    // A file's error is found where it is, after the scenarios before it were handed over.
    Recorder late;
    const Error bad =
        Exchange::scan(caseFile(R"([{"title": "A"}, {"title": "B", "answers": {"mood": "x"}}])"),
                       *knowledge(), QStringLiteral("in.json"), late);
    CHECK(bad.jsonPath == QStringLiteral("scenarios[1].answers.mood"));
    CHECK(late.seen.size() == 2);
}

TEST_CASE("Importing files: an error in the last file writes nothing of the first",
          "[exchange][stream][errors]")
{
    QTemporaryDir dir;
    const auto store = openStore(dir.filePath(QStringLiteral("a.sqlite")));
    const QString good = dir.filePath(QStringLiteral("good.json"));
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    akkoord::test::writeFile(good, caseFile(R"([{"title": "A"}, {"title": "B"}])"));
    akkoord::test::writeFile(bad, caseFile(R"([{"title": "C"}, {"title": "D", "revision": 0}])"));
    const auto files = Exchange::readFiles({good, bad});
    REQUIRE(files.ok());
    const auto report =
        Exchange::importFiles(*store, files.value(), *knowledge(), DuplicatePolicy::Refuse);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().file == bad);
    CHECK(report.error().jsonPath == QStringLiteral("scenarios[1].revision"));
    CHECK(store->cases().value().isEmpty());
    // A broken file is found when read, before anything is opened or written.
    akkoord::test::writeFile(bad, "{\"format\": \"akkoord.case\",\n \"scenarios\": [}");
    const auto broken = Exchange::readFiles({good, bad});
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().file == bad);
    CHECK(broken.error().line == 2);
    // Both good: one transaction, every scenario in.
    akkoord::test::writeFile(bad, caseFile(R"([{"title": "C"}])"));
    const auto imported = Exchange::importFiles(*store, Exchange::readFiles({good, bad}).value(),
                                                *knowledge(), DuplicatePolicy::Refuse);
    REQUIRE(imported.ok());
    CHECK(imported.value().created == 3);
}
