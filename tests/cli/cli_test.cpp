#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using akkoord::test::sourcePath;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments, const QByteArray &input = QByteArray())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_ALL"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AKKOORD_CLI), arguments);
    REQUIRE(p.waitForStarted());
    if (!input.isEmpty()) {
        p.write(input);
    }
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString example(const char *name)
{
    return sourcePath(QStringLiteral("resources/examples/") + QString::fromUtf8(name));
}

// Bad input: exit 2 and exactly one line on stderr that contains what is expected.
void expectBadInput(const Run &r, const QString &mentions)
{
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.count(QLatin1Char('\n')) == 1);
    CHECK(r.err.startsWith(QStringLiteral("akkoord-cli: ")));
    CHECK(r.err.contains(mentions));
}

} // namespace

TEST_CASE("advise reads each example and writes readable Dutch advice", "[cli]")
{
    const QHash<QString, QString> expected{
        {QStringLiteral("soest-convenant.json"), QStringLiteral("Convenant met werkgeversorganisaties")},
        {QStringLiteral("dorp-jeugd-dip.json"), QStringLiteral("Gericht spoor: één sector of doelgroep")},
        {QStringLiteral("stad-werktop.json"), QStringLiteral("Brede werktop")},
        {QStringLiteral("voorlopers-mkb.json"), QStringLiteral("Beginnen met voorlopers")},
    };
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        INFO(it.key().toStdString());
        const Run r = cli({QStringLiteral("advise"), example(it.key().toUtf8().constData()),
                           QStringLiteral("--lang"), QStringLiteral("nl")});
        CHECK(r.exitCode == 0);
        CHECK(r.err.isEmpty());
        CHECK(r.out.contains(QStringLiteral("AANBEVOLEN STARTPUNT: ") + it.value()));
        for (const char *heading : {"RANGORDE", "WAAROM", "TACTIEKEN VOOR UW SITUATIE",
                                    "ALTIJD, WELKE START OOK", "RISICO'S EN WAT U ERAAN DOET",
                                    "WAT HET ADVIES ZOU VERANDEREN",
                                    "VERGELIJKBARE PRAKTIJKVOORBEELDEN", "ONTBREKENDE INFORMATIE"}) {
            CHECK(r.out.contains(QString::fromUtf8(heading)));
        }
        // Nothing English leaks into the Dutch advice.
        CHECK_FALSE(r.out.contains(QStringLiteral("because")));
        CHECK_FALSE(r.out.contains(QStringLiteral("RECOMMENDED")));
    }
}

TEST_CASE("advise in English, and the default language", "[cli]")
{
    const Run en = cli({QStringLiteral("advise"), example("soest-convenant.json"), QStringLiteral("--lang=en")});
    CHECK(en.exitCode == 0);
    CHECK(en.out.contains(QStringLiteral("RECOMMENDED STARTING POINT: Covenant with employer organisations")));
    // With an English system locale the advice is English; the tests run under C.UTF-8,
    // which is not English, so the default is Dutch.
    const Run fallback = cli({QStringLiteral("advise"), example("soest-convenant.json")});
    CHECK(fallback.out.contains(QStringLiteral("AANBEVOLEN STARTPUNT")));
}

TEST_CASE("advise --format json carries the documented fields", "[cli]")
{
    const Run r = cli({QStringLiteral("advise"), example("dorp-jeugd-dip.json"), QStringLiteral("--format"),
                       QStringLiteral("json"), QStringLiteral("--target"), QStringLiteral("covenant")});
    REQUIRE(r.exitCode == 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(o.value(QStringLiteral("starting_point")).toString() == QStringLiteral("focused_track"));
    CHECK(o.value(QStringLiteral("municipality")).toString() == QStringLiteral("Súdwest-Fryslân"));
    const QJsonArray ranking = o.value(QStringLiteral("ranking")).toArray();
    REQUIRE(ranking.size() == 4);
    CHECK(ranking[0].toObject().value(QStringLiteral("id")).toString() == QStringLiteral("focused_track"));
    const QJsonObject strategy =
        o.value(QStringLiteral("positions")).toObject().value(QStringLiteral("strategy")).toObject();
    CHECK(strategy.contains(QStringLiteral("x")));
    CHECK(strategy.value(QStringLiteral("y")).toDouble() < 0); // a focused track is selective
    QStringList tactics;
    for (const QJsonValue &t : o.value(QStringLiteral("tactics")).toArray()) {
        tactics << t.toObject().value(QStringLiteral("id")).toString();
    }
    CHECK(tactics.contains(QStringLiteral("regional_alliance")));
    CHECK(tactics.contains(QStringLiteral("demand_search")));
    CHECK(tactics.contains(QStringLiteral("sroi_best_practices")));
    CHECK(o.value(QStringLiteral("principles")).toArray().size() == 4);
    CHECK(o.value(QStringLiteral("risks")).toArray().size() == 3);
    CHECK_FALSE(o.value(QStringLiteral("explanation")).toArray().isEmpty());
    for (const QJsonValue &s : o.value(QStringLiteral("sensitivity")).toArray()) {
        CHECK(s.toObject().contains(QStringLiteral("question")));
        CHECK(s.toObject().contains(QStringLiteral("option")));
        CHECK(s.toObject().contains(QStringLiteral("new_starting_point")));
    }
    CHECK(o.value(QStringLiteral("target")).toObject().value(QStringLiteral("reachable")).toBool());
    CHECK(o.value(QStringLiteral("similar_cases")).toArray().size() == 8);
    CHECK(o.value(QStringLiteral("gaps")).isArray());
    CHECK(o.value(QStringLiteral("confidence")).toDouble() > 0);
    CHECK(o.value(QStringLiteral("knowledge_base_version")).toString() == QStringLiteral("1.0.0"));
}

TEST_CASE("advise reads standard input", "[cli]")
{
    const QByteArray scenario = akkoord::test::readAll(example("voorlopers-mkb.json"));
    const Run r = cli({QStringLiteral("advise"), QStringLiteral("-"), QStringLiteral("--lang"), QStringLiteral("en")},
                      scenario);
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Start with frontrunners")));
}

TEST_CASE("--help and --version", "[cli]")
{
    const Run help = cli({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("Usage: akkoord-cli")));
    CHECK(help.out.contains(QStringLiteral("Exit codes")));
    const Run hulp = cli({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("nl")});
    CHECK(hulp.out.contains(QStringLiteral("Gebruik: akkoord-cli")));
    const Run version = cli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("akkoord-cli 0.1.0")));
    const Run none = cli({});
    CHECK(none.exitCode == 2);
    CHECK(none.err.contains(QStringLiteral("akkoord-cli")));
}

TEST_CASE("Bad input gets one clear line on stderr and exit code 2", "[cli][errors]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto file = [&](const char *name, const QByteArray &content) {
        const QString path = dir.filePath(QString::fromUtf8(name));
        akkoord::test::writeFile(path, content);
        return path;
    };
    const QString en = QStringLiteral("--lang=en");
    const QString advise = QStringLiteral("advise");

    SECTION("malformed JSON, with line and column")
    {
        const QString path = file("broken.json", "{\n  \"format\": \"akkoord.scenario\"\n  \"version\": 1\n}");
        expectBadInput(cli({advise, path, en}), path + QStringLiteral(":3:"));
    }
    SECTION("unknown question")
    {
        const QString path = file("q.json", R"({"format": "akkoord.scenario", "version": 1, "answers": {"mood": "good"}})");
        expectBadInput(cli({advise, path, en}), QStringLiteral("unknown question \"mood\""));
    }
    SECTION("unknown option")
    {
        const QString path = file("o.json", R"({"format": "akkoord.scenario", "version": 1, "answers": {"economy": "boom"}})");
        expectBadInput(cli({advise, path, en}), QStringLiteral("no option \"boom\""));
    }
    SECTION("wrong format")
    {
        const QString path = file("f.json", R"({"format": "akkoord.knowledge", "version": 1})");
        expectBadInput(cli({advise, path, en}), QStringLiteral("not an Akkoord scenario file"));
    }
    SECTION("newer version")
    {
        const QString path = file("v.json", R"({"format": "akkoord.scenario", "version": 9})");
        expectBadInput(cli({advise, path, en}), QStringLiteral("newer Akkoord"));
    }
    SECTION("wrong type")
    {
        const QString path = file("t.json", R"({"format": "akkoord.scenario", "version": 1, "answers": {"economy": 3}})");
        expectBadInput(cli({advise, path, en}), QStringLiteral("answers.economy"));
    }
    SECTION("unreadable file, named")
    {
        const QString path = dir.filePath(QStringLiteral("missing.json"));
        expectBadInput(cli({advise, path, en}), path);
    }
    SECTION("the error is in Dutch when asked")
    {
        const QString path = file("o.json", R"({"format": "akkoord.scenario", "version": 1, "answers": {"economy": "boom"}})");
        expectBadInput(cli({advise, path, QStringLiteral("--lang=nl")}), QStringLiteral("heeft geen antwoord \"boom\""));
    }
    SECTION("a broken knowledge base given on the command line")
    {
        const QString kb = file("kb.json", R"({"format": "akkoord.knowledge", "format_version": 1})");
        expectBadInput(cli({advise, example("soest-convenant.json"), QStringLiteral("--knowledge"), kb, en}),
                       QStringLiteral("\"version\" is missing"));
    }
    SECTION("command-line mistakes")
    {
        expectBadInput(cli({QStringLiteral("advies"), en}), QStringLiteral("unknown command"));
        expectBadInput(cli({advise, example("soest-convenant.json"), QStringLiteral("--format"),
                            QStringLiteral("xml"), en}),
                       QStringLiteral("--format"));
        expectBadInput(cli({advise, example("soest-convenant.json"), QStringLiteral("--target"),
                            QStringLiteral("werktop"), en}),
                       QStringLiteral("broad_summit"));
        expectBadInput(cli({advise, example("soest-convenant.json"), QStringLiteral("--lang"),
                            QStringLiteral("de")}),
                       QStringLiteral("--lang"));
        expectBadInput(cli({advise, en}), QStringLiteral("wrong number of arguments"));
        expectBadInput(cli({advise, example("soest-convenant.json"), QStringLiteral("--colour"), en}),
                       QStringLiteral("colour"));
    }
}

TEST_CASE("A variant knowledge base from the command line is used", "[cli]")
{
    QTemporaryDir dir;
    QByteArray json = akkoord::test::defaultKnowledgeJson();
    json.replace(R"("version": "1.0.0")", R"("version": "2027-proef")");
    const QString path = dir.filePath(QStringLiteral("kb.json"));
    akkoord::test::writeFile(path, json);
    const Run r = cli({QStringLiteral("advise"), example("soest-convenant.json"), QStringLiteral("--knowledge"),
                       path, QStringLiteral("--format=json")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("\"knowledge_base_version\": \"2027-proef\"")));
}
