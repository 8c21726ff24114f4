#include "storebackend.h"
#include "testsupport.h"

#include "store/scenariostore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>

#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using akkoord::test::sourcePath;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments, const QByteArray &input = QByteArray(),
        const QStringList &wrapper = {}, const QString &dataHome = QString())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!dataHome.isEmpty()) {
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    }
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_ALL"));
    p.setProcessEnvironment(env);
    if (wrapper.isEmpty()) {
        p.start(QStringLiteral(AKKOORD_CLI), arguments);
    } else {
        p.start(wrapper.first(), wrapper.mid(1) + arguments); // the wrapper names the program
    }
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
        {QStringLiteral("soest-convenant.json"),
         QStringLiteral("Convenant met werkgeversorganisaties")},
        {QStringLiteral("dorp-jeugd-dip.json"),
         QStringLiteral("Gericht spoor: één sector of doelgroep")},
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
        for (const char *heading :
             {"RANGORDE", "WAAROM", "TACTIEKEN VOOR UW SITUATIE", "ALTIJD, WELKE START OOK",
              "RISICO’S EN WAT U ERAAN DOET", "WAT HET ADVIES ZOU VERANDEREN",
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
    const Run en = cli(
        {QStringLiteral("advise"), example("soest-convenant.json"), QStringLiteral("--lang=en")});
    CHECK(en.exitCode == 0);
    CHECK(en.out.contains(
        QStringLiteral("RECOMMENDED STARTING POINT: Covenant with employer organisations")));
    // With an English system locale the advice is English; the tests run under C.UTF-8,
    // which is not English, so the default is Dutch.
    const Run fallback = cli({QStringLiteral("advise"), example("soest-convenant.json")});
    CHECK(fallback.out.contains(QStringLiteral("AANBEVOLEN STARTPUNT")));
}

TEST_CASE("advise --format json carries the documented fields", "[cli]")
{
    const Run r =
        cli({QStringLiteral("advise"), example("dorp-jeugd-dip.json"), QStringLiteral("--format"),
             QStringLiteral("json"), QStringLiteral("--target"), QStringLiteral("covenant")});
    REQUIRE(r.exitCode == 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(o.value(QStringLiteral("starting_point")).toString() == QStringLiteral("focused_track"));
    CHECK(o.value(QStringLiteral("municipality")).toString() == QStringLiteral("Súdwest-Fryslân"));
    const QJsonArray ranking = o.value(QStringLiteral("ranking")).toArray();
    REQUIRE(ranking.size() == 4);
    CHECK(ranking[0].toObject().value(QStringLiteral("id")).toString() ==
          QStringLiteral("focused_track"));
    const QJsonObject strategy = o.value(QStringLiteral("positions"))
                                     .toObject()
                                     .value(QStringLiteral("strategy"))
                                     .toObject();
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
    // Examples are compared on what the source states about them, each on at least one answer.
    const QJsonObject compared = o.value(QStringLiteral("similar_case_answers")).toObject();
    CHECK_FALSE(o.value(QStringLiteral("similar_cases")).toArray().isEmpty());
    for (const QJsonValue &id : o.value(QStringLiteral("similar_cases")).toArray()) {
        CHECK(compared.value(id.toString()).toObject().value(QStringLiteral("compared")).toInt() >
              0);
    }
    CHECK(o.value(QStringLiteral("gaps")).isArray());
    CHECK(o.value(QStringLiteral("verdict")).toString() == QStringLiteral("recommended"));
    CHECK(o.value(QStringLiteral("strength")).toString() == QStringLiteral("clear"));
    CHECK_FALSE(o.contains(QStringLiteral("confidence")));
    CHECK(o.value(QStringLiteral("knowledge_base_version")).toString() == QStringLiteral("2.0.0"));
}

// Text and JSON draw the verdict's sentences from one outline: a script shows the same words the
// report and the advice panel use.
TEST_CASE("advise's JSON summary says what the text advice says", "[cli]")
{
    for (const char *file : {"dorp-jeugd-dip.json", "stad-werktop.json"}) {
        INFO(file);
        const Run json = cli({QStringLiteral("advise"), example(file), QStringLiteral("--lang=nl"),
                              QStringLiteral("--format=json")});
        const Run text =
            cli({QStringLiteral("advise"), example(file), QStringLiteral("--lang=nl")});
        REQUIRE(json.exitCode == 0);
        REQUIRE(text.exitCode == 0);
        const QJsonObject summary = QJsonDocument::fromJson(json.out.toUtf8())
                                        .object()
                                        .value(QStringLiteral("summary"))
                                        .toObject();
        for (const char *key : {"headline", "strength", "explanation"}) {
            const QString sentence = summary.value(QLatin1String(key)).toString();
            INFO(key << ": " << sentence.toStdString());
            CHECK(sentence.size() > 3);
            CHECK(text.out.simplified().contains(sentence.simplified()));
        }
    }
}

TEST_CASE("examples lists the practice examples, stated answers apart from assumed ones", "[cli]")
{
    const Run r =
        cli({QStringLiteral("examples"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.exitCode == 0);
    const QJsonArray examples = QJsonDocument::fromJson(r.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("examples"))
                                    .toArray();
    REQUIRE(examples.size() == 8);
    int stated = 0;
    int assumed = 0;
    for (const QJsonValue &v : examples) {
        const QJsonObject e = v.toObject();
        INFO(e.value(QStringLiteral("id")).toString().toStdString());
        const QJsonObject answers = e.value(QStringLiteral("answers")).toObject();
        for (auto it = answers.begin(); it != answers.end(); ++it) {
            const QJsonObject a = it.value().toObject();
            CHECK(a.contains(QStringLiteral("option")));
            if (a.value(QStringLiteral("basis")).toString() == QStringLiteral("source")) {
                ++stated;
                CHECK_FALSE(a.value(QStringLiteral("section")).toString().isEmpty());
                CHECK(a.value(QStringLiteral("paragraph")).toInt() >= 1);
            } else {
                ++assumed;
                CHECK(a.value(QStringLiteral("basis")).toString() == QStringLiteral("assumed"));
                CHECK_FALSE(a.contains(QStringLiteral("paragraph")));
            }
        }
        CHECK(e.value(QStringLiteral("did")).toObject().value(QStringLiteral("basis")).toString() ==
              QStringLiteral("source"));
        CHECK(e.value(QStringLiteral("positions")).toObject().contains(QStringLiteral("strategy")));
    }
    CHECK(stated > 0);
    CHECK(assumed > stated);
    // Sittard-Geleen: the source names its plan, not which of the four starts it made.
    for (const QJsonValue &v : examples) {
        if (v.toObject().value(QStringLiteral("id")).toString() ==
            QStringLiteral("sittard_geleen")) {
            CHECK(v.toObject().value(QStringLiteral("started_with")).isNull());
        }
    }
    const Run text =
        cli({QStringLiteral("examples"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("SITTARD-GELEEN")));
    CHECK(
        text.out.contains(QStringLiteral("What we assumed (not in the source; does not count):")));
    CHECK(text.out.contains(QStringLiteral("paragraph 6")));
}

TEST_CASE("advise reads standard input", "[cli]")
{
    const QByteArray scenario = akkoord::test::readAll(example("voorlopers-mkb.json"));
    const Run r = cli({QStringLiteral("advise"), QStringLiteral("-"), QStringLiteral("--lang"),
                       QStringLiteral("en")},
                      scenario);
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Start with frontrunners")));
}

TEST_CASE("Help and version: --help and --version", "[cli]")
{
    const Run help =
        cli({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("Usage: akkoord-cli")));
    CHECK(help.out.contains(QStringLiteral("Exit codes")));
    const Run hulp =
        cli({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("nl")});
    CHECK(hulp.out.contains(QStringLiteral("Gebruik: akkoord-cli")));
    const Run version = cli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("akkoord-cli 0.1.0")));
    const Run none = cli({});
    CHECK(none.exitCode == 2);
    CHECK(none.err.contains(QStringLiteral("akkoord-cli")));
}

// The desktop program answers --help and --version on a machine without any display (a server,
// an SSH session, help2man in the build): no platform plugin may be needed for them.
TEST_CASE("akkoord --help and --version work without a display, in both languages", "[cli][gui]")
{
    const auto run = [](const QStringList &arguments) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL"}) {
            env.remove(QString::fromLatin1(name));
        }
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                   QDir::tempPath() + QStringLiteral("/akkoord-help-test-config"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(AKKOORD_GUI), arguments);
        REQUIRE(p.waitForFinished(30000));
        REQUIRE(p.exitStatus() == QProcess::NormalExit);
        return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                   QString::fromUtf8(p.readAllStandardError())};
    };
    const Run english =
        run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(english.err.toStdString());
    CHECK(english.exitCode == 0);
    CHECK(english.out.contains(QStringLiteral("--db <PATH>")));
    CHECK(english.out.contains(QStringLiteral("Open the database at PATH.")));
    const Run dutch =
        run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("nl")});
    CHECK(dutch.exitCode == 0);
    CHECK(dutch.out.contains(QStringLiteral("--db <PAD>")));
    CHECK(dutch.out.contains(QStringLiteral("Open de database in PAD.")));
    CHECK(dutch.out.contains(QStringLiteral("Akkoord helpt een gemeente kiezen")));
    const Run version = run({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("akkoord 0.1.0")));
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
        const QString path =
            file("broken.json", "{\n  \"format\": \"akkoord.scenario\"\n  \"version\": 1\n}");
        expectBadInput(cli({advise, path, en}), path + QStringLiteral(":3:"));
    }
    SECTION("unknown question")
    {
        const QString path =
            file("q.json",
                 R"({"format": "akkoord.scenario", "version": 1, "answers": {"mood": "good"}})");
        expectBadInput(cli({advise, path, en}), QStringLiteral("unknown question \"mood\""));
    }
    SECTION("unknown option")
    {
        const QString path =
            file("o.json",
                 R"({"format": "akkoord.scenario", "version": 1, "answers": {"economy": "boom"}})");
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
        const QString path = file(
            "t.json", R"({"format": "akkoord.scenario", "version": 1, "answers": {"economy": 3}})");
        expectBadInput(cli({advise, path, en}), QStringLiteral("answers.economy"));
    }
    SECTION("unreadable file, named")
    {
        const QString path = dir.filePath(QStringLiteral("missing.json"));
        expectBadInput(cli({advise, path, en}), path);
    }
    SECTION("the error is in Dutch when asked")
    {
        const QString path =
            file("o.json",
                 R"({"format": "akkoord.scenario", "version": 1, "answers": {"economy": "boom"}})");
        expectBadInput(cli({advise, path, QStringLiteral("--lang=nl")}),
                       QStringLiteral("heeft geen antwoord \"boom\""));
    }
    SECTION("a broken knowledge base given on the command line")
    {
        const QString kb =
            file("kb.json", R"({"format": "akkoord.knowledge", "format_version": 2})");
        expectBadInput(
            cli({advise, example("soest-convenant.json"), QStringLiteral("--knowledge"), kb, en}),
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
        expectBadInput(
            cli({advise, example("soest-convenant.json"), QStringLiteral("--colour"), en}),
            QStringLiteral("colour"));
    }
}

TEST_CASE("import and advise refuse the same malformed and newer versions",
          "[cli][errors][version]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("v.sqlite"));
    int n = 0;
    for (const QByteArray &version :
         {QByteArray(R"("version": "1", )"), QByteArray(R"("version": -5, )"), QByteArray(),
          QByteArray(R"("version": 2, )"), QByteArray(R"("version": 999, )")}) {
        INFO(version.toStdString());
        const QString path = dir.filePath(QStringLiteral("v%1.json").arg(++n));
        akkoord::test::writeFile(path,
                                 R"({"format": "akkoord.scenario", )" + version +
                                     R"("municipality": "Soest", "title": "Plan", "answers": {}})");
        expectBadInput(cli({QStringLiteral("advise"), path, QStringLiteral("--lang=en")}),
                       QStringLiteral("version"));
        expectBadInput(cli({QStringLiteral("import"), path, QStringLiteral("--db"), db,
                            QStringLiteral("--lang=en")}),
                       path + QStringLiteral(": version: "));
    }
    // Nothing was imported.
    const Run cases =
        cli({QStringLiteral("cases"), QStringLiteral("--db"), db, QStringLiteral("--format=json")});
    CHECK(QJsonDocument::fromJson(cases.out.toUtf8()).array().isEmpty());
}

TEST_CASE("Text JSON would change silently is refused with exit 2 and the JSON path",
          "[cli][errors]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    const QHash<QString, QByteArray> files{
        {QStringLiteral("answers.economy"),
         R"({"format": "akkoord.scenario", "version": 1, "municipality": "Soest", "title": "Plan",
             "answers": {"economy": "growth", "economy": "shrinking"}})"},
        {QStringLiteral("title"),
         R"({"format": "akkoord.scenario", "version": 1, "municipality": "Soest", "title": "Plan\ud800 2027"})"},
        {QStringLiteral("municipality"),
         R"({"format": "akkoord.scenario", "version": 1, "municipality": "So\u0000est", "title": "Plan"})"},
    };
    for (auto it = files.begin(); it != files.end(); ++it) {
        INFO(it.key().toStdString());
        const QString path = dir.filePath(QStringLiteral("in.json"));
        QFile::remove(path);
        akkoord::test::writeFile(path, it.value());
        expectBadInput(cli({QStringLiteral("import"), path, QStringLiteral("--db"), db,
                            QStringLiteral("--lang=en")}),
                       QStringLiteral(": ") + it.key() + QStringLiteral(": "));
        expectBadInput(cli({QStringLiteral("advise"), path, QStringLiteral("--lang=en")}),
                       QStringLiteral(": ") + it.key() + QStringLiteral(": "));
        expectBadInput(
            cli({QStringLiteral("advise"), QStringLiteral("-"), QStringLiteral("--lang=en")},
                it.value()),
            QStringLiteral("(standard input)"));
    }
    const Run cases =
        cli({QStringLiteral("cases"), QStringLiteral("--db"), db, QStringLiteral("--format=json")});
    CHECK(QJsonDocument::fromJson(cases.out.toUtf8()).array().isEmpty());
}

TEST_CASE("Every input is bounded: devices, standard input and pipes without a writer",
          "[cli][errors][limits]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("l.sqlite"));
    const QString en = QStringLiteral("--lang=en");
    // Each of these used to abort with bad_alloc (exit 134) or hang.
    expectBadInput(cli({QStringLiteral("advise"), QStringLiteral("/dev/zero"), en}),
                   QStringLiteral("larger than 1 MB"));
    expectBadInput(cli({QStringLiteral("import"), QStringLiteral("/dev/zero"),
                        QStringLiteral("--db"), db, en}),
                   QStringLiteral("larger than 64 MB"));
    expectBadInput(cli({QStringLiteral("advise"), example("soest-convenant.json"),
                        QStringLiteral("--knowledge"), QStringLiteral("/dev/zero"), en}),
                   QStringLiteral("larger than 8 MB"));
    const QStringList fromZero{QStringLiteral("sh"), QStringLiteral("-c"),
                               QStringLiteral("exec \"$0\" \"$@\" </dev/zero"),
                               QStringLiteral(AKKOORD_CLI)};
    expectBadInput(cli({QStringLiteral("advise"), QStringLiteral("-"), en}, QByteArray(), fromZero),
                   QStringLiteral("(standard input): larger than 1 MB"));
    // A file a little over the limit: refused by its size, before it is read.
    const QString big = dir.filePath(QStringLiteral("big.json"));
    akkoord::test::writeFile(big, QByteArray(1024 * 1024 + 1, ' '));
    expectBadInput(cli({QStringLiteral("advise"), big, en}),
                   big + QStringLiteral(": larger than 1 MB"));
    // A named pipe nobody writes to: read as empty, at once.
    const QString fifo = dir.filePath(QStringLiteral("pipe.json"));
    REQUIRE(mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    expectBadInput(cli({QStringLiteral("import"), fifo, QStringLiteral("--db"), db, en}),
                   fifo + QStringLiteral(": the file is empty"));
    expectBadInput(cli({QStringLiteral("advise"), fifo, en}), QStringLiteral("empty"));
    CHECK_FALSE(QFile::exists(db));
}

TEST_CASE("A variant knowledge base from the command line is used", "[cli]")
{
    QTemporaryDir dir;
    QByteArray json = akkoord::test::defaultKnowledgeJson();
    json.replace(R"("version": "2.0.0")", R"("version": "2027-proef")");
    const QString path = dir.filePath(QStringLiteral("kb.json"));
    akkoord::test::writeFile(path, json);
    const Run r = cli({QStringLiteral("advise"), example("soest-convenant.json"),
                       QStringLiteral("--knowledge"), path, QStringLiteral("--format=json")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("\"knowledge_base_version\": \"2027-proef\"")));
}

namespace {

// A temporary database with the four examples imported.
struct Db
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("akkoord.sqlite"));

    Db()
    {
        const Run r = run({QStringLiteral("import"), example("dorp-jeugd-dip.json"),
                           example("soest-convenant.json"), example("stad-werktop.json"),
                           example("voorlopers-mkb.json")});
        REQUIRE(r.exitCode == 0);
    }
    Run run(QStringList arguments, const QByteArray &input = QByteArray()) const
    {
        arguments << QStringLiteral("--db") << path << QStringLiteral("--lang=en");
        return cli(arguments, input);
    }
    QJsonValue json(QStringList arguments) const
    {
        arguments << QStringLiteral("--format=json");
        const Run r = run(arguments);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    qint64 scenarioId(const QString &title) const
    {
        for (const QJsonValue &v : json({QStringLiteral("scenarios")}).toArray()) {
            if (v.toObject().value(QStringLiteral("title")).toString() == title) {
                return v.toObject().value(QStringLiteral("id")).toInteger();
            }
        }
        FAIL("no scenario " << title.toStdString());
        return 0;
    }
};

} // namespace

TEST_CASE("cases and scenarios list what was imported", "[cli][store]")
{
    Db db;
    const QJsonArray cases = db.json({QStringLiteral("cases")}).toArray();
    REQUIRE(cases.size() == 4);
    QStringList names;
    for (const QJsonValue &c : cases) {
        names << c.toObject().value(QStringLiteral("name")).toString();
    }
    CHECK(names.contains(QStringLiteral("Súdwest-Fryslân")));
    CHECK(names.contains(QStringLiteral("'s-Hertogenbosch")));
    const Run text = db.run({QStringLiteral("scenarios"), QStringLiteral("Soest")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Soest — Startsituatie 2026")));
    CHECK_FALSE(text.out.contains(QStringLiteral("Voorbeeldgemeente")));
    const Run filtered =
        db.run({QStringLiteral("cases"), QStringLiteral("--filter"), QStringLiteral("fryslân")});
    CHECK(filtered.out.contains(QStringLiteral("Súdwest-Fryslân")));
    CHECK(filtered.out.count(QLatin1Char('\n')) == 1);
    CHECK(db.run({QStringLiteral("scenarios"), QStringLiteral("Atlantis")}).exitCode == 2);
}

TEST_CASE("import refuses duplicates unless told what to do", "[cli][store]")
{
    Db db;
    const Run again = db.run({QStringLiteral("import"), example("soest-convenant.json")});
    expectBadInput(again, QStringLiteral("Soest — Startsituatie 2026"));
    CHECK(db.json({QStringLiteral("scenarios")}).toArray().size() == 4);
    const Run both = db.run({QStringLiteral("import"), example("soest-convenant.json"),
                             QStringLiteral("--on-duplicate"), QStringLiteral("keep-both")});
    CHECK(both.exitCode == 0);
    CHECK(db.json({QStringLiteral("scenarios")}).toArray().size() == 5);
    expectBadInput(db.run({QStringLiteral("import"), example("soest-convenant.json"),
                           QStringLiteral("--on-duplicate"), QStringLiteral("merge")}),
                   QStringLiteral("--on-duplicate"));
    // One bad file among good ones: nothing from any of them is imported.
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    akkoord::test::writeFile(
        bad,
        R"({"format": "akkoord.scenario", "version": 1, "municipality": "X", "answers": {"economy": "boom"}})");
    expectBadInput(db.run({QStringLiteral("import"), example("stad-werktop.json"), bad,
                           QStringLiteral("--on-duplicate=keep-both")}),
                   QStringLiteral("boom"));
    CHECK(db.json({QStringLiteral("scenarios")}).toArray().size() == 5);
}

TEST_CASE("Lists are printed as read: the JSON is what a whole document would print",
          "[cli][store][scale]")
{
    Db db;
    for (const QStringList &command :
         {QStringList{QStringLiteral("scenarios")},
          QStringList{QStringLiteral("scenarios"), QStringLiteral("Soest")}}) {
        const Run listed = db.run(command + QStringList{QStringLiteral("--format=json")});
        REQUIRE(listed.exitCode == 0);
        const QJsonDocument parsed = QJsonDocument::fromJson(listed.out.toUtf8());
        REQUIRE(parsed.isArray());
        CHECK_FALSE(parsed.array().isEmpty());
        CHECK(listed.out == QString::fromUtf8(parsed.toJson(QJsonDocument::Indented)));
        const Run text = db.run(command);
        REQUIRE(text.exitCode == 0);
        CHECK(text.out.count(QLatin1Char('\n')) == parsed.array().size());
        CHECK(text.out.contains(QStringLiteral("Soest — ")));
    }
    // An empty database: an empty list.
    QTemporaryDir empty;
    const QString emptyDb = empty.filePath(QStringLiteral("empty.sqlite"));
    const Run none = cli({QStringLiteral("scenarios"), QStringLiteral("--db"), emptyDb,
                          QStringLiteral("--format=json")});
    CHECK(none.exitCode == 0);
    CHECK(none.out == QStringLiteral("[\n]\n"));
}

TEST_CASE("export, then import elsewhere, gives the same scenario", "[cli][store]")
{
    Db db;
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("soest.json"));
    const qint64 id = db.scenarioId(QStringLiteral("Startsituatie 2026"));
    const Run exported =
        db.run({QStringLiteral("export"), QString::number(id), QStringLiteral("--out"), out});
    REQUIRE(exported.exitCode == 0);
    const QJsonObject original =
        QJsonDocument::fromJson(akkoord::test::readAll(example("soest-convenant.json"))).object();
    const QJsonObject written = QJsonDocument::fromJson(akkoord::test::readAll(out)).object();
    CHECK(written.value(QStringLiteral("format")).toString() == QStringLiteral("akkoord.scenario"));
    CHECK(written.value(QStringLiteral("municipality")) ==
          original.value(QStringLiteral("municipality")));
    CHECK(written.value(QStringLiteral("answers")) == original.value(QStringLiteral("answers")));
    CHECK(written.value(QStringLiteral("notes")) == original.value(QStringLiteral("notes")));
    // The exported file is itself valid input for advise.
    CHECK(cli({QStringLiteral("advise"), out}).exitCode == 0);

    const QString caseOut = dir.filePath(QStringLiteral("case.json"));
    REQUIRE(db.run({QStringLiteral("export"), QStringLiteral("--case"), QStringLiteral("Soest"),
                    QStringLiteral("--history"), QStringLiteral("--out"), caseOut})
                .exitCode == 0);
    Db other;
    const QString otherDb = other.path;
    const Run imported =
        cli({QStringLiteral("import"), caseOut, QStringLiteral("--db"), otherDb,
             QStringLiteral("--on-duplicate=replace"), QStringLiteral("--lang=en")});
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("1 replaced")));

    const Run csv = db.run({QStringLiteral("export"), QStringLiteral("--all"),
                            QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.count(QStringLiteral("\r\n")) == 5);
    CHECK(csv.out.contains(QStringLiteral("Súdwest-Fryslân")));
    // Everything as JSON: one case file per municipality, which imports into another database.
    const QString allOut = dir.filePath(QStringLiteral("all.json"));
    REQUIRE(
        db.run({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--out"), allOut})
            .exitCode == 0);
    const QJsonArray all = QJsonDocument::fromJson(akkoord::test::readAll(allOut)).array();
    CHECK(all.size() == db.json({QStringLiteral("cases")}).toArray().size());
    Db third;
    const Run again = cli({QStringLiteral("import"), allOut, QStringLiteral("--db"), third.path,
                           QStringLiteral("--on-duplicate=skip"), QStringLiteral("--lang=en")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("4 skipped"))); // the same four, nothing lost
    expectBadInput(db.run({QStringLiteral("export"), QStringLiteral("999")}),
                   QStringLiteral("999"));
}

TEST_CASE("history, restore, delete, undelete and trash", "[cli][store]")
{
    Db db;
    QTemporaryDir dir;
    QJsonObject changed =
        QJsonDocument::fromJson(akkoord::test::readAll(example("soest-convenant.json"))).object();
    changed.insert(QStringLiteral("notes"), QStringLiteral("Tweede versie"));
    const QString file = dir.filePath(QStringLiteral("v2.json"));
    akkoord::test::writeFile(file, QJsonDocument(changed).toJson());
    REQUIRE(db.run({QStringLiteral("import"), file, QStringLiteral("--on-duplicate=replace")})
                .exitCode == 0);
    const qint64 id = db.scenarioId(QStringLiteral("Startsituatie 2026"));
    const QString sid = QString::number(id);
    const QJsonArray history = db.json({QStringLiteral("history"), sid}).toArray();
    REQUIRE(history.size() == 2);
    CHECK(history[0].toObject().value(QStringLiteral("notes")).toString() ==
          QStringLiteral("Tweede versie"));

    // Dates as a Dutch reader writes them, in either language: day before month, never the US
    // order.
    const QDateTime saved =
        QDateTime::fromString(history[0].toObject().value(QStringLiteral("saved_at")).toString(),
                              Qt::ISODateWithMs)
            .toLocalTime();
    for (const char *lang : {"en", "nl"}) {
        const Run listed = db.run(
            {QStringLiteral("history"), sid, QStringLiteral("--lang"), QString::fromLatin1(lang)});
        INFO(listed.out.toStdString());
        CHECK(listed.out.contains(saved.toString(QStringLiteral("dd")) +
                                  QLatin1Char(qstrcmp(lang, "en") == 0 ? '/' : '-') +
                                  saved.toString(QStringLiteral("MM"))));
    }
    const Run restored = db.run({QStringLiteral("restore"), sid, QStringLiteral("1")});
    CHECK(restored.exitCode == 0);
    CHECK(restored.out.contains(QStringLiteral("revision 3")));
    CHECK(db.json({QStringLiteral("history"), sid}).toArray().size() == 3);
    expectBadInput(db.run({QStringLiteral("restore"), sid, QStringLiteral("8")}),
                   QStringLiteral("no revision 8"));

    REQUIRE(db.run({QStringLiteral("delete"), sid}).exitCode == 0);
    CHECK(db.json({QStringLiteral("scenarios")}).toArray().size() == 3);
    CHECK(db.json({QStringLiteral("trash")}).toArray().size() == 1);
    REQUIRE(db.run({QStringLiteral("undelete"), sid}).exitCode == 0);
    CHECK(db.json({QStringLiteral("scenarios")}).toArray().size() == 4);
    REQUIRE(db.run({QStringLiteral("delete"), QStringLiteral("--case"), QStringLiteral("Soest")})
                .exitCode == 0);
    CHECK(db.json({QStringLiteral("cases")}).toArray().size() == 3);
    REQUIRE(db.run({QStringLiteral("undelete"), QStringLiteral("--case"), QStringLiteral("Soest")})
                .exitCode == 0);
    CHECK(db.json({QStringLiteral("cases")}).toArray().size() == 4);
}

TEST_CASE("purge empties the trash for good, all of it or what is older than some days",
          "[cli][store][trash]")
{
    Db db;
    const QString sid = QString::number(db.scenarioId(QStringLiteral("Startsituatie 2026")));
    REQUIRE(db.run({QStringLiteral("delete"), sid}).exitCode == 0);
    REQUIRE(db.run({QStringLiteral("delete"), QStringLiteral("--case"),
                    QStringLiteral("Súdwest-Fryslân")})
                .exitCode == 0);

    // Deleted a moment ago: not older than one day, so kept.
    const Run young =
        db.run({QStringLiteral("purge"), QStringLiteral("--older-than"), QStringLiteral("1")});
    CHECK(young.exitCode == 0);
    CHECK(young.out.contains(QStringLiteral("Scenarios: 0, municipalities: 0")));
    CHECK(db.json({QStringLiteral("trash")}).toArray().size() == 1);

    const Run all =
        db.run({QStringLiteral("purge"), QStringLiteral("--lang"), QStringLiteral("nl")});
    CHECK(all.exitCode == 0);
    CHECK(all.out.contains(QStringLiteral("Scenario’s: 2, gemeenten: 1")));
    CHECK(db.json({QStringLiteral("trash")}).toArray().isEmpty());
    // Súdwest-Fryslân is gone, not in the trash; the other three municipalities stay.
    const QJsonArray cases =
        db.json({QStringLiteral("cases"), QStringLiteral("--trash")}).toArray();
    CHECK(cases.size() == 3);
    for (const QJsonValue &c : cases) {
        CHECK(c.toObject().value(QStringLiteral("name")).toString() !=
              QStringLiteral("Súdwest-Fryslân"));
    }
    expectBadInput(db.run({QStringLiteral("undelete"), sid}), sid);
    expectBadInput(db.run({QStringLiteral("purge"), QStringLiteral("--older-than"),
                           QStringLiteral("een week")}),
                   QStringLiteral("een week"));
}

TEST_CASE("compare shows answers side by side with the differences marked", "[cli][store]")
{
    Db db;
    QTemporaryDir dir;
    QJsonObject variant =
        QJsonDocument::fromJson(akkoord::test::readAll(example("soest-convenant.json"))).object();
    variant.insert(QStringLiteral("title"), QStringLiteral("Zonder sterke organisaties"));
    QJsonObject answers = variant.value(QStringLiteral("answers")).toObject();
    answers.insert(QStringLiteral("employer_orgs"), QStringLiteral("weak"));
    variant.insert(QStringLiteral("answers"), answers);
    const QString file = dir.filePath(QStringLiteral("variant.json"));
    akkoord::test::writeFile(file, QJsonDocument(variant).toJson());
    REQUIRE(db.run({QStringLiteral("import"), file}).exitCode == 0);
    const QString base = QString::number(db.scenarioId(QStringLiteral("Startsituatie 2026")));
    const QString other =
        QString::number(db.scenarioId(QStringLiteral("Zonder sterke organisaties")));

    // One id needs a baseline to compare with.
    expectBadInput(db.run({QStringLiteral("compare"), other}), QStringLiteral("baseline"));
    REQUIRE(db.run({QStringLiteral("baseline"), base}).exitCode == 0);
    const QJsonObject c = db.json({QStringLiteral("compare"), other}).toObject();
    const QJsonArray scenarios = c.value(QStringLiteral("scenarios")).toArray();
    REQUIRE(scenarios.size() == 2);
    CHECK(scenarios[0].toObject().value(QStringLiteral("title")).toString() ==
          QStringLiteral("Startsituatie 2026"));
    CHECK(scenarios[0]
              .toObject()
              .value(QStringLiteral("advice"))
              .toObject()
              .value(QStringLiteral("starting_point"))
              .toString() == QStringLiteral("covenant"));
    CHECK(scenarios[1]
              .toObject()
              .value(QStringLiteral("advice"))
              .toObject()
              .value(QStringLiteral("starting_point"))
              .toString() != QStringLiteral("covenant"));
    CHECK(c.value(QStringLiteral("advice_differs")).toBool());
    QStringList differing;
    for (const QJsonValue &row : c.value(QStringLiteral("answers")).toArray()) {
        if (row.toObject().value(QStringLiteral("differs")).toBool()) {
            differing << row.toObject().value(QStringLiteral("question")).toString();
        }
    }
    CHECK(differing == QStringList{QStringLiteral("employer_orgs")});

    const Run text = db.run({QStringLiteral("compare"), base, other});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("* How strong are the employer organisations")));
    CHECK(text.out.contains(QStringLiteral("Strong and motivated")));
    CHECK(text.out.contains(QStringLiteral("  How large is the network")));
}

TEST_CASE("check and backup", "[cli][store]")
{
    Db db;
    const Run ok = db.run({QStringLiteral("check")});
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains(QStringLiteral("no problems found (all ")));
    // The quick check says what it read and what it left out.
    const Run quick = db.run({QStringLiteral("check"), QStringLiteral("--quick")});
    CHECK(quick.exitCode == 0);
    CHECK(quick.out.contains(QStringLiteral("no problems found in the quick check")));
    CHECK(quick.out.contains(QStringLiteral("“akkoord-cli check” reads all of it")));
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    CHECK(db.run({QStringLiteral("backup"), copy}).exitCode == 0);
    const Run listed = cli(
        {QStringLiteral("cases"), QStringLiteral("--db"), copy, QStringLiteral("--format=json")});
    CHECK(QJsonDocument::fromJson(listed.out.toUtf8()).array().size() == 4);
    expectBadInput(db.run({QStringLiteral("backup"), copy}), QStringLiteral("exists already"));
}

TEST_CASE("copy can be repeated: the second run adds nothing and says what it left", "[cli][store]")
{
    Db db;
    QTemporaryDir dir;
    const QString meeting = dir.filePath(QStringLiteral("vergadering.sqlite"));
    const QStringList copy{QStringLiteral("copy"),
                           QStringLiteral("--from"),
                           db.path,
                           QStringLiteral("--to"),
                           meeting,
                           QStringLiteral("--lang=en")};
    const Run first = cli(copy);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.startsWith(QStringLiteral("Copied 4 scenario(s)")));
    const Run second = cli(copy);
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.startsWith(QStringLiteral("Copied 0 scenario(s) and 0 agreement(s)")));
    CHECK(second.out.contains(QStringLiteral("4 scenarios and agreements were there already")));
    const Run listed = cli({QStringLiteral("scenarios"), QStringLiteral("--db"), meeting,
                            QStringLiteral("--format=json")});
    CHECK(QJsonDocument::fromJson(listed.out.toUtf8()).array().size() == 4);
}

TEST_CASE("Damaged, foreign, newer and read-only databases: exit 3, file untouched",
          "[cli][store][errors]")
{
    QTemporaryDir dir;
    const auto storageProblem = [](const Run &r, const QString &mentions) {
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 3);
        CHECK(r.err.count(QLatin1Char('\n')) == 1);
        CHECK(r.err.contains(mentions));
    };
    SECTION("not a database")
    {
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        akkoord::test::writeFile(path, "boodschappenlijst\n");
        storageProblem(cli({QStringLiteral("cases"), QStringLiteral("--db"), path,
                            QStringLiteral("--lang=en")}),
                       QStringLiteral("not an Akkoord database"));
        CHECK(akkoord::test::readAll(path) == "boodschappenlijst\n");
    }
    for (const bool folderOnly : {false, true}) {
        DYNAMIC_SECTION((folderOnly ? "a writable database in a folder the user may not write to"
                                    : "a database the running user may not write to"))
        {
            Db db;
            // Everything the other user needs sits in one folder it may read but not write: the
            // program, the file to import and the database.
            const QString program = db.dir.filePath(QStringLiteral("akkoord-cli"));
            const QString input = db.dir.filePath(QStringLiteral("input.json"));
            REQUIRE(QFile::copy(QStringLiteral(AKKOORD_CLI), program));
            REQUIRE(QFile::copy(example("soest-convenant.json"), input));
            const auto readable =
                QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
            const auto writable = readable | QFileDevice::WriteOwner | QFileDevice::WriteGroup |
                                  QFileDevice::WriteOther;
            const auto runnable =
                readable | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
            QFile::setPermissions(program, runnable);
            QFile::setPermissions(input, readable);
            QFile::remove(db.path + QStringLiteral("-wal"));
            QFile::remove(db.path + QStringLiteral("-shm"));
            QFile::setPermissions(db.path, folderOnly ? writable : readable);
            QFile::setPermissions(db.dir.path(), runnable | QFileDevice::WriteOwner);
            const QByteArray before = akkoord::test::readAll(db.path);
            // Root may write anywhere; run as an ordinary user so the refusal is real.
            const QStringList asUser =
                geteuid() == 0
                    ? QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                                  QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                                  program}
                    : QStringList{program};
            const Run r =
                cli({QStringLiteral("import"), input, QStringLiteral("--db"), db.path,
                     QStringLiteral("--on-duplicate=keep-both"), QStringLiteral("--lang=en")},
                    QByteArray(), asUser);
            storageProblem(r, folderOnly ? QStringLiteral("folder") : QStringLiteral("read-only"));
            CHECK(akkoord::test::readAll(db.path) == before);
            // Emptying the trash is refused the same way.
            const Run purge = cli({QStringLiteral("purge"), QStringLiteral("--db"), db.path,
                                   QStringLiteral("--lang=en")},
                                  QByteArray(), asUser);
            storageProblem(purge,
                           folderOnly ? QStringLiteral("folder") : QStringLiteral("read-only"));
            CHECK(akkoord::test::readAll(db.path) == before);
        }
    }
    SECTION("a pipe or device given as the database")
    {
        const QString fifo = dir.filePath(QStringLiteral("pipe.sqlite"));
        REQUIRE(mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
        const QString link = dir.filePath(QStringLiteral("link.sqlite"));
        REQUIRE(QFile::link(fifo, link));
        for (const QString &path : {fifo, link}) {
            for (const QString &command :
                 {QStringLiteral("cases"), QStringLiteral("trash"), QStringLiteral("purge")}) {
                storageProblem(
                    cli({command, QStringLiteral("--db"), path, QStringLiteral("--lang=en")}),
                    QStringLiteral("not a regular file"));
            }
        }
        struct stat info;
        REQUIRE(stat(QFile::encodeName(fifo).constData(), &info) == 0);
        CHECK(S_ISFIFO(info.st_mode));
        CHECK((info.st_mode & 0777) == 0644);
    }
    SECTION("the default database lives in the user's data folder")
    {
        const QString home = dir.filePath(QStringLiteral("data"));
        const Run r = cli({QStringLiteral("import"), example("soest-convenant.json"),
                           QStringLiteral("--lang=en")},
                          QByteArray(), {}, home);
        CHECK(r.exitCode == 0);
        CHECK(QFile::exists(home + QStringLiteral("/akkoord/akkoord.sqlite")));
    }
}

TEST_CASE("report writes PDF and HTML without a display", "[cli][report]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("soest.pdf"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AKKOORD_CLI), {QStringLiteral("report"), example("soest-convenant.json"),
                                          example("dorp-jeugd-dip.json"), QStringLiteral("--out"),
                                          pdf, QStringLiteral("--lang=nl")});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    CHECK(p.exitCode() == 0);
    CHECK(akkoord::test::readAll(pdf).startsWith("%PDF-"));

    Db db;
    const QString html = dir.filePath(QStringLiteral("one.html"));
    const Run r = db.run({QStringLiteral("report"),
                          QString::number(db.scenarioId(QStringLiteral("Startsituatie 2026"))),
                          QStringLiteral("--out"), html});
    CHECK(r.exitCode == 0);
    CHECK(akkoord::test::readAll(html).contains("<svg"));
    expectBadInput(db.run({QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--out"),
                           dir.filePath(QStringLiteral("x.docx"))}),
                   QStringLiteral(".pdf"));
    expectBadInput(
        db.run({QStringLiteral("report"), QStringLiteral("999"), QStringLiteral("--out"), html}),
        QStringLiteral("999"));
}

// The command line is a console program: advice, the store commands and even reports load no
// widget library. The dynamic loader itself says what it loads (LD_DEBUG), so a library pulled
// in through another one is seen too.
TEST_CASE("akkoord-cli loads no Qt Widgets, Charts or PrintSupport, and Qt GUI only for a report",
          "[cli][layering]")
{
    QTemporaryDir dir;
    const QString html = dir.filePath(QStringLiteral("r.html"));
    const QList<QStringList> commands = {
        {QStringLiteral("advise"), example("soest-convenant.json")},
        {QStringLiteral("cases"), QStringLiteral("--db"), dir.filePath(QStringLiteral("a.db"))},
        {QStringLiteral("report"), example("soest-convenant.json"), QStringLiteral("--out"), html}};
    for (const QStringList &arguments : commands) {
        INFO(arguments.first().toStdString());
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(AKKOORD_CLI), arguments);
        REQUIRE(p.waitForFinished(60000));
        CHECK(p.exitCode() == 0);
        const QString loaded = QString::fromUtf8(p.readAllStandardError());
        REQUIRE(loaded.contains(QLatin1String("libQt6Core.so")));
        for (const char *library :
             {"libQt6Widgets", "libQt6Charts", "libQt6OpenGLWidgets", "libQt6PrintSupport"}) {
            INFO(library);
            CHECK_FALSE(loaded.contains(QLatin1String(library)));
        }
        // Qt GUI (and the fonts, X11 and OpenGL under it) only for a report, from its module.
        const bool report = arguments.first() == QLatin1String("report");
        CHECK(loaded.contains(QLatin1String("libQt6Gui.so")) == report);
        CHECK(loaded.contains(QLatin1String("akkoord-cli-report.so")) == report);
    }
    CHECK(akkoord::test::readAll(html).contains("<svg"));
}

TEST_CASE("compare and report take at most twelve scenarios at a time", "[cli][limits]")
{
    Db db;
    QTemporaryDir dir;
    QStringList thirteen;
    for (int i = 0; i < 13; ++i) {
        thirteen << example("soest-convenant.json");
    }
    expectBadInput(
        db.run(QStringList{QStringLiteral("report")} + thirteen +
               QStringList{QStringLiteral("--out"), dir.filePath(QStringLiteral("r.html"))}),
        QStringLiteral("at most 12 scenarios"));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("r.html"))));
    QStringList ids{QStringLiteral("compare")};
    for (int i = 0; i < 13; ++i) {
        ids << QStringLiteral("1");
    }
    expectBadInput(db.run(ids), QStringLiteral("at most 12 scenarios"));
}

namespace {

// A wrapper that runs the program with its standard output sent to target.
QStringList stdoutTo(const QString &target)
{
    return {QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("exec \"$0\" \"$@\" >'%1'").arg(target), QStringLiteral(AKKOORD_CLI)};
}

QFileDevice::Permissions ownerOnly()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
           QFileDevice::WriteUser;
}

// A tiny tmpfs where the machine allows it (root, as in CI); empty when it does not.
struct SmallDisk
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("small"));
    bool mounted = false;

    explicit SmallDisk(const char *size)
    {
        QDir().mkpath(path);
        mounted = geteuid() == 0 && mount("tmpfs", QFile::encodeName(path).constData(), "tmpfs", 0,
                                          (QByteArray("size=") + size).constData()) == 0;
        if (!mounted) {
            WARN("cannot mount a small file system here; the full-disk path is exercised by CI as "
                 "root");
        }
    }
    ~SmallDisk()
    {
        if (mounted) {
            umount2(QFile::encodeName(path).constData(), MNT_DETACH);
        }
    }
    // Fills the disk up to its last few bytes.
    void fill()
    {
        QFile filler(path + QStringLiteral("/filler"));
        REQUIRE(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) {
        }
        filler.close();
    }
};

} // namespace

TEST_CASE("Standard output that cannot be written is exit 3, never a silent success",
          "[cli][errors][output]")
{
    Db db;
    for (const QStringList &command :
         {QStringList{QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"),
                      QStringLiteral("csv")},
          QStringList{QStringLiteral("export"), QStringLiteral("--case"), QStringLiteral("Soest")},
          QStringList{QStringLiteral("scenarios")},
          QStringList{QStringLiteral("cases"), QStringLiteral("--format=json")},
          QStringList{QStringLiteral("advise"), example("soest-convenant.json")}}) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const Run r =
            cli(command + QStringList{QStringLiteral("--db"), db.path, QStringLiteral("--lang=en")},
                QByteArray(), stdoutTo(QStringLiteral("/dev/full")));
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 3);
        CHECK(r.err.count(QLatin1Char('\n')) == 1);
        CHECK(r.err.contains(QStringLiteral("standard output could not be written")));
    }

    SmallDisk disk("64k");
    if (!disk.mounted) {
        return;
    }
    disk.fill();
    const QString target = disk.path + QStringLiteral("/all.csv");
    const Run r =
        cli({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("--db"), db.path, QStringLiteral("--lang=en")},
            QByteArray(), stdoutTo(target));
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(QStringLiteral("No space left on device")));
    // With --out the target is written whole or not at all.
    QFile::remove(disk.path + QStringLiteral("/filler"));
    QFile::remove(target);
    akkoord::test::writeFile(disk.path + QStringLiteral("/kept.csv"), "oud\n");
    disk.fill();
    const Run out = db.run({QStringLiteral("export"), QStringLiteral("--all"),
                            QStringLiteral("--format"), QStringLiteral("csv"),
                            QStringLiteral("--out"), disk.path + QStringLiteral("/kept.csv")});
    CHECK(out.exitCode == 3);
    CHECK(out.err.contains(QStringLiteral("disk is full")));
    CHECK(akkoord::test::readAll(disk.path + QStringLiteral("/kept.csv")) == "oud\n");
    // A report, too, says the disk is full rather than that a folder might not exist.
    const Run pdf = db.run({QStringLiteral("report"),
                            QString::number(db.scenarioId(QStringLiteral("Startsituatie 2026"))),
                            QStringLiteral("--out"), disk.path + QStringLiteral("/r.pdf")});
    CHECK(pdf.exitCode == 3);
    CHECK(pdf.err.contains(QStringLiteral("disk is full")));
    CHECK_FALSE(pdf.err.contains(QStringLiteral("folder exists")));
    CHECK(QDir(disk.path).entryList(QDir::Files) ==
          QStringList{QStringLiteral("filler"), QStringLiteral("kept.csv")});
}

TEST_CASE("Writing with --out goes to regular files only: devices, pipes and folders are refused "
          "and left alone",
          "[cli][errors][output]")
{
    Db db;
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    REQUIRE(mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    // As root a program that gets this wrong replaces the device node it is given: give it a
    // node of its own (the same device as /dev/full), never the machine's.
    QString device = QStringLiteral("/dev/full");
    if (geteuid() == 0) {
        device = dir.filePath(QStringLiteral("full"));
        if (mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 7)) != 0) {
            WARN("cannot make a device node here; a second pipe stands in for it");
            REQUIRE(mkfifo(QFile::encodeName(device).constData(), 0600) == 0);
        }
    }
    const QString link = dir.filePath(QStringLiteral("device.csv"));
    REQUIRE(QFile::link(device, link));
    const QString id = QString::number(db.scenarioId(QStringLiteral("Startsituatie 2026")));
    for (const QString &target : {fifo, device, link, dir.path()}) {
        INFO(target.toStdString());
        expectBadInput(
            db.run({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"),
                    QStringLiteral("csv"), QStringLiteral("--out"), target}),
            QStringLiteral("not a regular file"));
        expectBadInput(db.run({QStringLiteral("export"), id, QStringLiteral("--out"), target}),
                       QStringLiteral("not a regular file"));
    }
    for (const QString &suffix : {QStringLiteral(".pdf"), QStringLiteral(".html")}) {
        REQUIRE(mkfifo(QFile::encodeName(fifo + suffix).constData(), 0600) == 0);
        expectBadInput(
            db.run({QStringLiteral("report"), id, QStringLiteral("--out"), fifo + suffix}),
            QStringLiteral("not a regular file"));
    }
    struct stat info;
    REQUIRE(stat(QFile::encodeName(fifo).constData(), &info) == 0);
    CHECK(S_ISFIFO(info.st_mode));
    REQUIRE(stat(QFile::encodeName(device).constData(), &info) == 0);
    CHECK((S_ISCHR(info.st_mode) || S_ISFIFO(info.st_mode)));
    REQUIRE(lstat(QFile::encodeName(link).constData(), &info) == 0);
    CHECK(S_ISLNK(info.st_mode));
}

TEST_CASE("A link planted where a temporary file might go redirects nothing",
          "[cli][security][output]")
{
    Db db;
    QTemporaryDir dir;
    const QString victim = dir.filePath(QStringLiteral("victim.txt"));
    akkoord::test::writeFile(victim, "niet overschrijven\n");
    const QString id = QString::number(db.scenarioId(QStringLiteral("Startsituatie 2026")));
    for (const char *name : {"out.pdf", "out.html", "out.json"}) {
        const QString out = dir.filePath(QString::fromLatin1(name));
        for (const char *suffix : {".part", ".tmp", "~", ".new"}) {
            REQUIRE(QFile::link(victim, out + QString::fromLatin1(suffix)));
        }
        const Run r = QString::fromLatin1(name).endsWith(QLatin1String(".json"))
                          ? db.run({QStringLiteral("export"), id, QStringLiteral("--out"), out})
                          : db.run({QStringLiteral("report"), id, QStringLiteral("--out"), out});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(QFileInfo(out).isFile());
        CHECK_FALSE(QFileInfo(out).isSymLink());
    }
    CHECK(akkoord::test::readAll(victim) == "niet overschrijven\n");
    CHECK(akkoord::test::readAll(dir.filePath(QStringLiteral("out.pdf"))).startsWith("%PDF-"));
}

TEST_CASE("Exports, reports, backups and the data folder are private from the start",
          "[cli][security][modes]")
{
    const mode_t previous = umask(022); // the usual default, which would give 0644 and 0755
    Db db;
    QTemporaryDir dir;
    const QString id = QString::number(db.scenarioId(QStringLiteral("Startsituatie 2026")));
    const QString json = dir.filePath(QStringLiteral("s.json"));
    const QString csv = dir.filePath(QStringLiteral("all.csv"));
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    const QString html = dir.filePath(QStringLiteral("r.html"));
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    akkoord::test::writeFile(csv, "an older export, readable by all\n");
    QFile::setPermissions(csv, QFile::permissions(csv) | QFileDevice::ReadOther);
    REQUIRE(db.run({QStringLiteral("export"), id, QStringLiteral("--out"), json}).exitCode == 0);
    REQUIRE(db.run({QStringLiteral("export"), QStringLiteral("--all"),
                    QStringLiteral("--format=csv"), QStringLiteral("--out"), csv})
                .exitCode == 0);
    REQUIRE(db.run({QStringLiteral("report"), id, QStringLiteral("--out"), pdf}).exitCode == 0);
    REQUIRE(db.run({QStringLiteral("report"), id, QStringLiteral("--out"), html}).exitCode == 0);
    REQUIRE(db.run({QStringLiteral("backup"), copy}).exitCode == 0);
    for (const QString &file : {json, csv, pdf, html, copy}) {
        INFO(file.toStdString());
        CHECK(QFile::permissions(file) == ownerOnly());
    }
    // A new data folder is the owner's only; so is an empty file that becomes a database.
    const QString home = dir.filePath(QStringLiteral("data"));
    REQUIRE(cli({QStringLiteral("cases"), QStringLiteral("--lang=en")}, QByteArray(), {}, home)
                .exitCode == 0);
    CHECK(QFile::permissions(home + QStringLiteral("/akkoord")) ==
          (ownerOnly() | QFileDevice::ExeOwner | QFileDevice::ExeUser));
    CHECK(QFile::permissions(home + QStringLiteral("/akkoord/akkoord.sqlite")) == ownerOnly());
    // A data folder an older Akkoord made readable by all becomes the owner's only.
    const QString olderHome = dir.filePath(QStringLiteral("older"));
    REQUIRE(QDir().mkpath(olderHome + QStringLiteral("/akkoord")));
    QFile::setPermissions(olderHome + QStringLiteral("/akkoord"),
                          QFile::permissions(home + QStringLiteral("/akkoord")) |
                              QFileDevice::ReadOther | QFileDevice::ExeOther);
    REQUIRE(cli({QStringLiteral("cases"), QStringLiteral("--lang=en")}, QByteArray(), {}, olderHome)
                .exitCode == 0);
    CHECK(QFile::permissions(olderHome + QStringLiteral("/akkoord")) ==
          (ownerOnly() | QFileDevice::ExeOwner | QFileDevice::ExeUser));
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    akkoord::test::writeFile(empty, QByteArray());
    QFile::setPermissions(empty, QFile::permissions(empty) | QFileDevice::ReadOther |
                                     QFileDevice::ReadGroup);
    REQUIRE(cli({QStringLiteral("import"), example("soest-convenant.json"), QStringLiteral("--db"),
                 empty})
                .exitCode == 0);
    CHECK(QFile::permissions(empty) == ownerOnly());
    umask(previous);
}

TEST_CASE("A bidi override in a name does not turn around the listings", "[cli][security][bidi]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("b.sqlite"));
    const QString file = dir.filePath(QStringLiteral("b.json"));
    akkoord::test::writeFile(file, QStringLiteral(R"({"format": "akkoord.scenario", "version": 1,
        "municipality": "Soest‮ tseoS", "title": "Plan ‮2027", "answers": {}})")
                                       .toUtf8());
    REQUIRE(cli({QStringLiteral("import"), file, QStringLiteral("--db"), db}).exitCode == 0);
    const QChar rlo(0x202E);
    for (const QString &command :
         {QStringLiteral("cases"), QStringLiteral("scenarios"), QStringLiteral("history")}) {
        QStringList arguments{command, QStringLiteral("--db"), db, QStringLiteral("--lang=en")};
        if (command == QLatin1String("history")) {
            arguments << QStringLiteral("1");
        }
        const Run r = cli(arguments);
        INFO(r.out.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("Plan 2027")) == (command != QLatin1String("cases")));
        CHECK_FALSE(r.out.contains(rlo));
    }
    const Run advice = cli({QStringLiteral("advise"), file, QStringLiteral("--lang=en")});
    CHECK(advice.exitCode == 0);
    CHECK_FALSE(advice.out.contains(rlo));
    // Stored as typed: JSON output is data, not display.
    const Run json =
        cli({QStringLiteral("cases"), QStringLiteral("--db"), db, QStringLiteral("--format=json")});
    CHECK(json.out.contains(QStringLiteral("\\u202e")) + json.out.contains(rlo) > 0);
}

TEST_CASE("Errors say what happened, with the documented exit code", "[cli][errors]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("e.sqlite"));
    const QString en = QStringLiteral("--lang=en");
    expectBadInput(cli({QStringLiteral("cases"), QStringLiteral("--format"), QStringLiteral("xml"),
                        QStringLiteral("--db"), db, en}),
                   QStringLiteral("--format"));
    expectBadInput(cli({QStringLiteral("scenarios"), QStringLiteral("--format"),
                        QStringLiteral("xml"), QStringLiteral("--db"), db, en}),
                   QStringLiteral("--format"));
    expectBadInput(cli({QStringLiteral("import"), example("soest-convenant.json"),
                        QStringLiteral("--knowledge"), QStringLiteral("/nonexistent/kb.json"),
                        QStringLiteral("--db"), db, en}),
                   QStringLiteral("/nonexistent/kb.json"));
    // The same file twice into an empty database: not "already in the database".
    const Run twice = cli({QStringLiteral("import"), example("soest-convenant.json"),
                           example("soest-convenant.json"), QStringLiteral("--db"), db, en});
    expectBadInput(
        twice,
        QStringLiteral("named more than once in the files to import: Soest — Startsituatie 2026"));
    CHECK_FALSE(twice.err.contains(QStringLiteral("already in the database")));
    // Both kinds at once are both named, so that a second run finds nothing new.
    REQUIRE(cli({QStringLiteral("import"), example("soest-convenant.json"), QStringLiteral("--db"),
                 db, en})
                .exitCode == 0);
    const Run both = cli({QStringLiteral("import"), example("soest-convenant.json"),
                          example("stad-werktop.json"), example("stad-werktop.json"),
                          QStringLiteral("--db"), db, en});
    expectBadInput(both, QStringLiteral("already in the database: Soest — Startsituatie 2026"));
    CHECK(both.err.contains(QStringLiteral("named more than once in the files to import")));
    // A knowledge base with a number where a condition names an option, or a fractional version.
    QByteArray json = akkoord::test::defaultKnowledgeJson();
    json.replace(R"("question": "network_size", "in": ["large"])",
                 R"("question": "network_size", "in": [3])");
    const QString kb = dir.filePath(QStringLiteral("kb.json"));
    akkoord::test::writeFile(kb, json);
    const Run number = cli({QStringLiteral("advise"), example("soest-convenant.json"),
                            QStringLiteral("--knowledge"), kb, en});
    expectBadInput(number, QStringLiteral("rules[0].when[0].in[0]: expected an option of question "
                                          "\"network_size\" as text, found a number"));
    CHECK_FALSE(number.err.contains(QStringLiteral("no option \"\"")));
    json = akkoord::test::defaultKnowledgeJson();
    json.replace(R"("format_version": 2)", R"("format_version": 1.5)");
    akkoord::test::writeFile(kb, json);
    const Run fraction = cli({QStringLiteral("advise"), example("soest-convenant.json"),
                              QStringLiteral("--knowledge"), kb, en});
    expectBadInput(fraction, QStringLiteral("format_version"));
    CHECK(fraction.err.contains(QStringLiteral("1.5")));
    CHECK_FALSE(fraction.err.contains(QStringLiteral("format 0")));
}

TEST_CASE("A database of an older schema is backed up, checked and exported as it is",
          "[cli][store][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    REQUIRE(QFile::copy(sourcePath(QStringLiteral("tests/data/akkoord-schema1.sqlite")), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray before = akkoord::test::readAll(path);
    const QString copy = dir.filePath(QStringLiteral("before-upgrade.sqlite"));
    const QString en = QStringLiteral("--lang=en");
    for (const QStringList &command :
         {QStringList{QStringLiteral("backup"), copy}, QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("export"), QStringLiteral("--case"), QStringLiteral("Soest"),
                      QStringLiteral("--history")},
          QStringList{QStringLiteral("history"), QStringLiteral("2")}}) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const Run r = cli(command + QStringList{QStringLiteral("--db"), path, en});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK_FALSE(r.err.contains(QStringLiteral("read-only")));
    }
    // Nothing was upgraded: the file is as it was, and the backup is of schema 1 too.
    CHECK(akkoord::test::readAll(path) == before);
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.bak")}).isEmpty());
    CHECK(akkoord::test::readAll(copy).mid(60, 4) == QByteArray("\0\0\0\1", 4)); // user_version
}

TEST_CASE("cases and scenarios list a database the user may only read", "[cli][store]")
{
    Db db;
    const QString program = db.dir.filePath(QStringLiteral("akkoord-cli"));
    REQUIRE(QFile::copy(QStringLiteral(AKKOORD_CLI), program));
    const auto readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const auto runnable =
        readable | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QFile::setPermissions(program, runnable);
    QFile::remove(db.path + QStringLiteral("-wal"));
    QFile::remove(db.path + QStringLiteral("-shm"));
    QFile::setPermissions(db.path, readable);
    // The folder stays writable: reading a database in WAL mode needs its shared-memory file.
    QFile::setPermissions(db.dir.path(), runnable | QFileDevice::WriteOwner |
                                             QFileDevice::WriteGroup | QFileDevice::WriteOther);
    const QStringList asUser =
        geteuid() == 0 ? QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                                     QStringLiteral("--regid=65534"),
                                     QStringLiteral("--clear-groups"), program}
                       : QStringList{program};
    for (const QString &command : {QStringLiteral("cases"), QStringLiteral("scenarios")}) {
        const Run r = cli({command, QStringLiteral("--db"), db.path, QStringLiteral("--lang=en")},
                          QByteArray(), asUser);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("Soest")));
    }
}

TEST_CASE("scenarios as text grows with the number of scenarios, not its square",
          "[cli][store][performance]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("many.sqlite"));
    QJsonArray scenarios;
    for (int i = 0; i < 20000; ++i) {
        scenarios.append(
            QJsonObject{{QStringLiteral("title"), QStringLiteral("Scenario %1").arg(i)}});
    }
    const QString file = dir.filePath(QStringLiteral("many.json"));
    akkoord::test::writeFile(
        file, QJsonDocument(
                  QJsonObject{{QStringLiteral("format"), QStringLiteral("akkoord.case")},
                              {QStringLiteral("version"), 1},
                              {QStringLiteral("municipality"),
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("Tilburg")}}},
                              {QStringLiteral("scenarios"), scenarios}})
                  .toJson());
    REQUIRE(cli({QStringLiteral("import"), file, QStringLiteral("--db"), db}).exitCode == 0);
    QElapsedTimer timer;
    timer.start();
    const Run json = cli(
        {QStringLiteral("scenarios"), QStringLiteral("--db"), db, QStringLiteral("--format=json")});
    const qint64 jsonMs = timer.restart();
    const Run text = cli({QStringLiteral("scenarios"), QStringLiteral("--db"), db});
    const qint64 textMs = timer.elapsed();
    REQUIRE(json.exitCode == 0);
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.count(QLatin1Char('\n')) == 20000);
    INFO("json " << jsonMs << " ms, text " << textMs << " ms");
    // It took 72 s against 0.3 s for JSON; allow for a busy machine.
    CHECK(textMs < 3 * jsonMs + 3000);
}

// One mapping from what went wrong to the exit code, over every command: a script can tell a
// mistake on its own side (2) from a problem with the database (3), whatever the command.
TEST_CASE("Every command gives the same exit code for the same kind of problem", "[cli][errors]")
{
    Db db;
    QTemporaryDir dir;
    const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        QFile f(damaged);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    const QString id = QString::number(db.scenarioId(QStringLiteral("Startsituatie 2026")));
    const QString other =
        QString::number(db.scenarioId(QStringLiteral("Brede werktop na de zomer")));
    const QString out = dir.filePath(QStringLiteral("out"));
    struct Row
    {
        QStringList arguments; // a call that works on the example database
        bool store;            // reads the database
        bool takesId;          // its first argument is a scenario id
    };
    const QString soest = example("soest-convenant.json");
    const Row rows[] = {
        {{QStringLiteral("advise"), soest}, false, false},
        {{QStringLiteral("examples")}, false, false},
        {{QStringLiteral("audit")}, false, false},
        {{QStringLiteral("cases")}, true, false},
        {{QStringLiteral("scenarios")}, true, false},
        {{QStringLiteral("import"), soest, QStringLiteral("--on-duplicate=keep-both")},
         true,
         false},
        {{QStringLiteral("export"), id}, true, true},
        {{QStringLiteral("history"), id}, true, true},
        {{QStringLiteral("restore"), id, QStringLiteral("1")}, true, true},
        {{QStringLiteral("baseline"), id}, true, true},
        {{QStringLiteral("compare"), id, other}, true, true},
        {{QStringLiteral("report"), id, QStringLiteral("--out"), out + QStringLiteral(".html")},
         true,
         true},
        {{QStringLiteral("delete"), id}, true, true},
        {{QStringLiteral("undelete"), id}, true, true},
        {{QStringLiteral("trash")}, true, false},
        {{QStringLiteral("purge"), QStringLiteral("--older-than=3650")}, true, false},
        {{QStringLiteral("check")}, true, false},
        {{QStringLiteral("backup"), out + QStringLiteral(".sqlite")}, true, false},
    };
    for (const Row &row : rows) {
        const QString command = row.arguments.first();
        INFO(command.toStdString());
        {
            const Run r = db.run(row.arguments);
            INFO(r.err.toStdString());
            CHECK(r.exitCode == 0);
        }
        expectBadInput(db.run(row.arguments + QStringList{QStringLiteral("--no-such-option")}),
                       QStringLiteral("no-such-option"));
        if (row.takesId) {
            QStringList unknown = row.arguments;
            unknown[1] = QStringLiteral("99999");
            expectBadInput(db.run(unknown), QStringLiteral("99999"));
        }
        if (row.store) {
            const Run r = cli(row.arguments + QStringList{QStringLiteral("--db"), damaged,
                                                          QStringLiteral("--lang=en")});
            INFO(r.err.toStdString());
            CHECK(r.exitCode == 3);
            CHECK(r.err.count(QLatin1Char('\n')) == 1);
        }
    }
    // The file the damaged runs were given is left as it was.
    CHECK(akkoord::test::readAll(damaged) == QByteArray(8192, 'x'));
}

namespace {

QString agreementsExample()
{
    return example("agreements/voorbeeldgemeente.agreements.json");
}

QJsonDocument jsonOf(const Run &r)
{
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

} // namespace

TEST_CASE("Agreements: import, list, progress and path, as documented", "[cli][agreements]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.sqlite"));
    const Run imported =
        cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--format"),
             QStringLiteral("json"), agreementsExample()});
    const QJsonObject report = jsonOf(imported).object();
    CHECK(report.value(QStringLiteral("agreements"))
              .toObject()
              .value(QStringLiteral("created"))
              .toInt() == 4);
    CHECK(report.value(QStringLiteral("created")).toInt() == 0); // no scenarios in the file

    const QJsonArray list = jsonOf(cli({QStringLiteral("agreements"),
                                        QStringLiteral("Voorbeeldgemeente"), QStringLiteral("--db"),
                                        db, QStringLiteral("--format"), QStringLiteral("json")}))
                                .array();
    REQUIRE(list.size() == 4);
    CHECK(list[0].toObject().value(QStringLiteral("kind")).toString() ==
          QStringLiteral("covenant"));
    const Run text =
        cli({QStringLiteral("agreements"), QStringLiteral("Voorbeeldgemeente"),
             QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("nl")});
    CHECK(text.out.contains(QStringLiteral("Convenant Samen aan het werk\tConvenant\tLopend")));
    CHECK(text.out.contains(QStringLiteral("2 toezeggingen")));

    // progress --at the end of 2026Q3: the documented fields, and the figures of the example.
    const QJsonObject progress =
        jsonOf(cli({QStringLiteral("progress"), QStringLiteral("Voorbeeldgemeente"),
                    QStringLiteral("--at"), QStringLiteral("2026Q3"), QStringLiteral("--db"), db,
                    QStringLiteral("--format"), QStringLiteral("json")}))
            .object();
    CHECK(progress.value(QStringLiteral("at")).toString() == QStringLiteral("2026-09-30"));
    const QJsonArray commitments = progress.value(QStringLiteral("commitments")).toArray();
    REQUIRE(commitments.size() == 3);
    const QJsonObject jobs = commitments[0].toObject();
    for (const char *key : {"agreement", "commitment", "target_group", "unit", "target", "realised",
                            "expected", "status"}) {
        CHECK(jobs.contains(QLatin1String(key)));
    }
    CHECK(jobs.value(QStringLiteral("unit")).toString() == QStringLiteral("jobs_25_5h"));
    CHECK(jobs.value(QStringLiteral("target")).toDouble() == 24);
    CHECK(jobs.value(QStringLiteral("realised")).toDouble() == 6);
    CHECK(jobs.value(QStringLiteral("status")).toString() == QStringLiteral("behind"));
    CHECK(commitments[2].toObject().value(QStringLiteral("status")).toString() ==
          QStringLiteral("ahead"));
    CHECK(progress.value(QStringLiteral("totals")).toArray().size() == 3);
    const QJsonArray reviews = progress.value(QStringLiteral("reviews")).toArray();
    REQUIRE_FALSE(reviews.isEmpty());
    CHECK(reviews[0].toObject().value(QStringLiteral("date")).toString() >=
          QStringLiteral("2026-09-30"));

    // path: a point per quarter; the SROI clause from 2026Q4 moves it.
    const QJsonObject path =
        jsonOf(cli({QStringLiteral("path"), QStringLiteral("Voorbeeldgemeente"),
                    QStringLiteral("--from"), QStringLiteral("2026Q1"), QStringLiteral("--to"),
                    QStringLiteral("2026Q4"), QStringLiteral("--db"), db,
                    QStringLiteral("--format"), QStringLiteral("json")}))
            .object();
    const QJsonArray points = path.value(QStringLiteral("points")).toArray();
    REQUIRE(points.size() == 4);
    CHECK(points[0].toObject().value(QStringLiteral("period")).toString() ==
          QStringLiteral("2026Q1"));
    CHECK(points[2].toObject().value(QStringLiteral("agreements")).toInt() == 2);
    CHECK(points[3].toObject().value(QStringLiteral("agreements")).toInt() == 3);
    const QJsonObject q3 = points[2].toObject().value(QStringLiteral("strategy")).toObject();
    const QJsonObject q4 = points[3].toObject().value(QStringLiteral("strategy")).toObject();
    CHECK(q4.value(QStringLiteral("x")).toDouble() > q3.value(QStringLiteral("x")).toDouble());
    CHECK(points[0].toObject().value(QStringLiteral("approach")).isObject());
    // No baseline scenario: no recommended start is claimed.
    CHECK(path.value(QStringLiteral("recommended")).isNull());

    // With a baseline whose advice recommends a start, path names it.
    REQUIRE(
        cli({QStringLiteral("import"), QStringLiteral("--db"), db, example("soest-convenant.json")})
            .exitCode == 0);
    const QJsonArray soest =
        jsonOf(cli({QStringLiteral("scenarios"), QStringLiteral("Soest"), QStringLiteral("--db"),
                    db, QStringLiteral("--format"), QStringLiteral("json")}))
            .array();
    REQUIRE(soest.size() == 1);
    const QString id = QString::number(soest[0].toObject().value(QStringLiteral("id")).toInteger());
    REQUIRE(cli({QStringLiteral("baseline"), id, QStringLiteral("--db"), db}).exitCode == 0);
    const QJsonObject advice =
        jsonOf(cli({QStringLiteral("advise"), example("soest-convenant.json"),
                    QStringLiteral("--format"), QStringLiteral("json")}))
            .object();
    const QJsonObject soestPath =
        jsonOf(cli({QStringLiteral("path"), QStringLiteral("Soest"), QStringLiteral("--db"), db,
                    QStringLiteral("--format"), QStringLiteral("json")}))
            .object();
    REQUIRE(advice.value(QStringLiteral("verdict")).toString() == QStringLiteral("recommended"));
    CHECK(soestPath.value(QStringLiteral("recommended")) ==
          advice.value(QStringLiteral("starting_point")));
    CHECK(soestPath.value(QStringLiteral("points")).toArray().isEmpty()); // Soest has no agreements
}

TEST_CASE("realise records a quarter's figure, corrects it, and refuses what does not fit",
          "[cli][agreements][errors]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.sqlite"));
    REQUIRE(
        cli({QStringLiteral("import"), QStringLiteral("--db"), db, agreementsExample()}).exitCode ==
        0);
    const auto realise = [&](const QStringList &extra) {
        return cli(QStringList{QStringLiteral("realise"), QStringLiteral("1"),
                               QStringLiteral("--db"), db, QStringLiteral("--lang"),
                               QStringLiteral("en")} +
                   extra);
    };
    const auto realised = [&](const char *at) {
        const QJsonArray c =
            jsonOf(cli({QStringLiteral("progress"), QStringLiteral("1"), QStringLiteral("--at"),
                        QString::fromLatin1(at), QStringLiteral("--db"), db,
                        QStringLiteral("--format"), QStringLiteral("json")}))
                .object()
                .value(QStringLiteral("commitments"))
                .toArray();
        return c[0].toObject().value(QStringLiteral("realised")).toDouble();
    };
    const double before = realised("2026-12-31");
    Run r =
        realise({QStringLiteral("--commitment"), QStringLiteral("0"), QStringLiteral("--period"),
                 QStringLiteral("2026Q4"), QStringLiteral("--value"), QStringLiteral("5"),
                 QStringLiteral("--source"), QStringLiteral("UWV"), QStringLiteral("--verified")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("Recorded:")));
    CHECK(realised("2026-12-31") == before + 5);
    // The same period again corrects the figure instead of counting it twice.
    r = realise({QStringLiteral("--commitment"), QStringLiteral("0"), QStringLiteral("--period"),
                 QStringLiteral("2026Q4"), QStringLiteral("--value"), QStringLiteral("7")});
    CHECK(r.out.startsWith(QStringLiteral("Corrected:")));
    CHECK(realised("2026-12-31") == before + 7);
    // Its history keeps both saves.
    const QJsonArray list =
        jsonOf(cli({QStringLiteral("agreements"), QStringLiteral("1"), QStringLiteral("--db"), db,
                    QStringLiteral("--format"), QStringLiteral("json")}))
            .array();
    CHECK(list[0].toObject().value(QStringLiteral("revision")).toInt() == 3);

    // Refusals: exit 2, one line, nothing saved.
    expectBadInput(
        realise({QStringLiteral("--commitment"), QStringLiteral("0"), QStringLiteral("--period"),
                 QStringLiteral("2031Q1"), QStringLiteral("--value"), QStringLiteral("1")}),
        QStringLiteral("realisations["));
    expectBadInput(
        realise({QStringLiteral("--commitment"), QStringLiteral("5"), QStringLiteral("--period"),
                 QStringLiteral("2026Q4"), QStringLiteral("--value"), QStringLiteral("1")}),
        QStringLiteral("no commitment 5"));
    expectBadInput(
        realise({QStringLiteral("--commitment"), QStringLiteral("0"), QStringLiteral("--period"),
                 QStringLiteral("2026Q5"), QStringLiteral("--value"), QStringLiteral("1")}),
        QStringLiteral("--period"));
    expectBadInput(
        realise({QStringLiteral("--commitment"), QStringLiteral("0"), QStringLiteral("--period"),
                 QStringLiteral("2026Q4"), QStringLiteral("--value"), QStringLiteral("-3")}),
        QStringLiteral("--value"));
    expectBadInput(
        cli({QStringLiteral("realise"), QStringLiteral("99"), QStringLiteral("--commitment"),
             QStringLiteral("0"), QStringLiteral("--period"), QStringLiteral("2026Q4"),
             QStringLiteral("--value"), QStringLiteral("1"), QStringLiteral("--db"), db}),
        QStringLiteral("99"));
    CHECK(realised("2026-12-31") == before + 7);
}

TEST_CASE("Agreements files: bad ones refused with their path, duplicates asked about, export "
          "gives the same back",
          "[cli][agreements][errors]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.sqlite"));
    const QByteArray good = akkoord::test::readAll(agreementsExample());
    const auto write = [&](const char *name, const QByteArray &data) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(data);
        return path;
    };
    QJsonObject root = QJsonDocument::fromJson(good).object();
    const auto variant = [&](const std::function<void(QJsonObject &)> &change) {
        QJsonObject copy = root;
        QJsonArray list = copy.value(QStringLiteral("agreements")).toArray();
        QJsonObject first = list[0].toObject();
        change(first);
        list[0] = first;
        copy.insert(QStringLiteral("agreements"), list);
        return QJsonDocument(copy).toJson();
    };
    expectBadInput(cli({QStringLiteral("import"), QStringLiteral("--db"), db,
                        write("kind.json", variant([](QJsonObject &a) {
                                  a.insert(QStringLiteral("kind"), QStringLiteral("handshake"));
                              }))}),
                   QStringLiteral("agreements[0].kind"));
    expectBadInput(cli({QStringLiteral("import"), QStringLiteral("--db"), db,
                        write("end.json", variant([](QJsonObject &a) {
                                  a.insert(QStringLiteral("end"), QStringLiteral("2020-01-01"));
                              }))}),
                   QStringLiteral("agreements[0].end"));
    expectBadInput(cli({QStringLiteral("import"), QStringLiteral("--db"), db,
                        write("bsn.json", variant([](QJsonObject &a) {
                                  a.insert(QStringLiteral("bsn"), QStringLiteral("123456782"));
                              }))}),
                   QStringLiteral("agreements[0].bsn"));
    QJsonObject newer = root;
    newer.insert(QStringLiteral("version"), 2);
    expectBadInput(cli({QStringLiteral("import"), QStringLiteral("--db"), db,
                        write("newer.json", QJsonDocument(newer).toJson())}),
                   QStringLiteral("version"));
    // One title twice among the files of one import: said as such, not as "in the database".
    const QString copy = write("copy.json", good);
    expectBadInput(cli({QStringLiteral("import"), QStringLiteral("--db"), db, agreementsExample(),
                        copy, QStringLiteral("--lang"), QStringLiteral("en")}),
                   QStringLiteral("more than once"));
    // Nothing of those was written: the example imports whole, once.
    REQUIRE(
        cli({QStringLiteral("import"), QStringLiteral("--db"), db, agreementsExample()}).exitCode ==
        0);
    const Run again =
        cli({QStringLiteral("import"), QStringLiteral("--db"), db, agreementsExample()});
    expectBadInput(again, QStringLiteral("Convenant Samen aan het werk"));
    CHECK(cli({QStringLiteral("import"), QStringLiteral("--db"), db,
               QStringLiteral("--on-duplicate"), QStringLiteral("skip"), agreementsExample()})
              .exitCode == 0);

    // export --agreements gives a file that imports elsewhere to the same agreements.
    const QString out = dir.filePath(QStringLiteral("out.json"));
    REQUIRE(cli({QStringLiteral("export"), QStringLiteral("--agreements"),
                 QStringLiteral("Voorbeeldgemeente"), QStringLiteral("--db"), db,
                 QStringLiteral("--out"), out})
                .exitCode == 0);
    const QString other = dir.filePath(QStringLiteral("b.sqlite"));
    REQUIRE(cli({QStringLiteral("import"), QStringLiteral("--db"), other, out}).exitCode == 0);
    const auto listOf = [](const QString &database) {
        QJsonArray list =
            jsonOf(cli({QStringLiteral("agreements"), QStringLiteral("Voorbeeldgemeente"),
                        QStringLiteral("--db"), database, QStringLiteral("--format"),
                        QStringLiteral("json")}))
                .array();
        for (auto it = list.begin(); it != list.end(); ++it) {
            QJsonObject o = it->toObject();
            o.remove(QStringLiteral("id"));
            *it = o;
        }
        return list;
    };
    CHECK(listOf(db) == listOf(other));
    CHECK(listOf(db).size() == 4);

    // CSV: a row per commitment and per realisation; a source that starts like a formula stays
    // text.
    REQUIRE(cli({QStringLiteral("realise"), QStringLiteral("1"), QStringLiteral("--commitment"),
                 QStringLiteral("0"), QStringLiteral("--period"), QStringLiteral("2026Q4"),
                 QStringLiteral("--value"), QStringLiteral("2"), QStringLiteral("--source"),
                 QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("--db"), db})
                .exitCode == 0);
    const Run csv = cli({QStringLiteral("export"), QStringLiteral("--agreements"),
                         QStringLiteral("Voorbeeldgemeente"), QStringLiteral("--format"),
                         QStringLiteral("csv"), QStringLiteral("--db"), db});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.contains(QStringLiteral(",commitment,0,banenafspraak,jobs_25_5h,24,")));
    CHECK(csv.out.contains(QStringLiteral(",realisation,0,banenafspraak,jobs_25_5h,,,2026Q4,2,")));
    CHECK(csv.out.contains(QStringLiteral("'=HYPERLINK")));
    CHECK_FALSE(csv.out.contains(QStringLiteral(",=HYPERLINK")));
}

TEST_CASE("report --progress writes the quarterly report as PDF and HTML",
          "[cli][agreements][report]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.sqlite"));
    REQUIRE(
        cli({QStringLiteral("import"), QStringLiteral("--db"), db, agreementsExample()}).exitCode ==
        0);
    const QString pdf = dir.filePath(QStringLiteral("kwartaal.pdf"));
    const Run r =
        cli({QStringLiteral("report"), QStringLiteral("--progress"),
             QStringLiteral("Voorbeeldgemeente"), QStringLiteral("--at"), QStringLiteral("2026Q3"),
             QStringLiteral("--db"), db, QStringLiteral("--out"), pdf, QStringLiteral("--lang"),
             QStringLiteral("en")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    const QString html = dir.filePath(QStringLiteral("kwartaal.html"));
    REQUIRE(cli({QStringLiteral("report"), QStringLiteral("--progress"),
                 QStringLiteral("Voorbeeldgemeente"), QStringLiteral("--at"),
                 QStringLiteral("2026Q3"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                 html, QStringLiteral("--lang"), QStringLiteral("en")})
                .exitCode == 0);
    const QString page = QString::fromUtf8(akkoord::test::readAll(html));
    CHECK(page.contains(QStringLiteral("What is behind")));
    CHECK(page.contains(QStringLiteral("Convenant Samen aan het werk")));
    // A municipality that does not exist, or scenarios as well: bad input.
    expectBadInput(cli({QStringLiteral("report"), QStringLiteral("--progress"),
                        QStringLiteral("Nergenshuizen"), QStringLiteral("--db"), db,
                        QStringLiteral("--out"), pdf}),
                   QStringLiteral("Nergenshuizen"));
    expectBadInput(cli({QStringLiteral("report"), QStringLiteral("--progress"),
                        QStringLiteral("Voorbeeldgemeente"), QStringLiteral("1"),
                        QStringLiteral("--db"), db, QStringLiteral("--out"), pdf}),
                   QStringLiteral("--progress"));
}

TEST_CASE("Agreements go to the trash and back, keep their history, and are purged for good",
          "[cli][agreements][trash]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.sqlite"));
    REQUIRE(
        cli({QStringLiteral("import"), QStringLiteral("--db"), db, agreementsExample()}).exitCode ==
        0);
    REQUIRE(cli({QStringLiteral("realise"), QStringLiteral("1"), QStringLiteral("--commitment"),
                 QStringLiteral("0"), QStringLiteral("--period"), QStringLiteral("2026Q4"),
                 QStringLiteral("--value"), QStringLiteral("3"), QStringLiteral("--db"), db})
                .exitCode == 0);
    const QJsonArray history = jsonOf(cli({QStringLiteral("agreement-history"), QStringLiteral("1"),
                                           QStringLiteral("--db"), db, QStringLiteral("--format"),
                                           QStringLiteral("json")}))
                                   .array();
    REQUIRE(history.size() == 2);
    CHECK(history[0].toObject().value(QStringLiteral("revision")).toInt() == 2);
    CHECK(history[1]
              .toObject()
              .value(QStringLiteral("agreement"))
              .toObject()
              .value(QStringLiteral("title"))
              .toString() == QStringLiteral("Convenant Samen aan het werk"));
    const auto listed = [&](bool trash) {
        QStringList args{QStringLiteral("agreements"), QStringLiteral("Voorbeeldgemeente"),
                         QStringLiteral("--db"),       db,
                         QStringLiteral("--format"),   QStringLiteral("json")};
        if (trash) {
            args << QStringLiteral("--trash");
        }
        return jsonOf(cli(args)).array().size();
    };
    REQUIRE(cli({QStringLiteral("delete"), QStringLiteral("--agreement"), QStringLiteral("4"),
                 QStringLiteral("--db"), db})
                .exitCode == 0);
    CHECK(listed(false) == 3);
    CHECK(listed(true) == 4);
    REQUIRE(cli({QStringLiteral("undelete"), QStringLiteral("--agreement"), QStringLiteral("4"),
                 QStringLiteral("--db"), db})
                .exitCode == 0);
    CHECK(listed(false) == 4);
    REQUIRE(cli({QStringLiteral("delete"), QStringLiteral("--agreement"), QStringLiteral("4"),
                 QStringLiteral("--db"), db})
                .exitCode == 0);
    const Run purged = cli({QStringLiteral("purge"), QStringLiteral("--db"), db,
                            QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(purged.out.contains(QStringLiteral("agreements: 1")));
    CHECK(listed(true) == 3);
    expectBadInput(cli({QStringLiteral("undelete"), QStringLiteral("--agreement"),
                        QStringLiteral("4"), QStringLiteral("--db"), db}),
                   QStringLiteral("4"));
    expectBadInput(cli({QStringLiteral("delete"), QStringLiteral("--agreement"),
                        QStringLiteral("x"), QStringLiteral("--db"), db}),
                   QStringLiteral("x"));
}

// The regional database from the command line, inside a throwaway cluster (tests/postgres/run);
// hidden from the plain run. The owner sets up the region; alice (Ede) and bob (Wageningen) use it.
TEST_CASE("A regional database from the command line: set up, members, not permitted (exit 4), "
          "copy, and a server lost in the middle of an import",
          "[.postgresql]")
{
    using akkoord::test::freshRegion;
    using akkoord::test::loginRole;
    QTemporaryDir dir;
    const QString owner = freshRegion(QStringLiteral("cliregion"));
    const auto as = [](const QString &address, QStringList args) {
        return cli(args << QStringLiteral("--db") << address);
    };
    Run r =
        as(owner, {QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--region"),
                   QStringLiteral("Foodvalley"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("up to date")));
    for (const auto &[name, code] :
         {std::pair{"Ede", "GM0228"}, std::pair{"Wageningen", "GM0289"}}) {
        r = as(owner,
               {QStringLiteral("server"), QStringLiteral("add-municipality"),
                QString::fromLatin1(name), QStringLiteral("--cbs"), QString::fromLatin1(code)});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    r = as(owner, {QStringLiteral("server"), QStringLiteral("grant"), QStringLiteral("nobody"),
                   QStringLiteral("Ede"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("createuser")));
    const QString alice = loginRole(QStringLiteral("alice"), QStringLiteral("cliregion"));
    const QString bob = loginRole(QStringLiteral("bob"), QStringLiteral("cliregion"));
    REQUIRE(as(owner, {QStringLiteral("server"), QStringLiteral("grant"), QStringLiteral("alice"),
                       QStringLiteral("GM0228")})
                .exitCode == 0);
    REQUIRE(as(owner, {QStringLiteral("server"), QStringLiteral("grant"), QStringLiteral("bob"),
                       QStringLiteral("Wageningen")})
                .exitCode == 0);
    r = as(owner, {QStringLiteral("server"), QStringLiteral("members"), QStringLiteral("--format"),
                   QStringLiteral("json")});
    REQUIRE(r.exitCode == 0);
    const QJsonArray members = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(members.size() == 2);
    CHECK(members.at(0).toObject().value(QStringLiteral("login")).toString() ==
          QStringLiteral("alice"));
    CHECK(members.at(1).toObject().value(QStringLiteral("cbs_code")).toString() ==
          QStringLiteral("GM0289"));

    // A municipality that is not in the region is the database manager's to add: exit 4.
    r = as(bob, {QStringLiteral("import"), example("soest-convenant.json"),
                 QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(QStringLiteral("manager")));
    REQUIRE(as(owner, {QStringLiteral("server"), QStringLiteral("add-municipality"),
                       QStringLiteral("Soest")})
                .exitCode == 0);
    REQUIRE(as(owner, {QStringLiteral("server"), QStringLiteral("grant"), QStringLiteral("bob"),
                       QStringLiteral("Soest")})
                .exitCode == 0);
    r = as(bob, {QStringLiteral("import"), example("soest-convenant.json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = as(alice,
           {QStringLiteral("scenarios"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.exitCode == 0);
    const QJsonArray listed = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(listed.size() == 1); // alice reads bob's work
    const QString id = QString::number(listed.at(0).toObject().value(QStringLiteral("id")).toInt());
    // ... and cannot change it: exit 4, said in her language, nothing changed.
    for (const QStringList &change :
         {QStringList{QStringLiteral("delete"), id}, QStringList{QStringLiteral("baseline"), id}}) {
        r = as(alice, change);
        CHECK(r.exitCode == 4);
        CHECK(r.err.contains(QStringLiteral("gemeente")));
    }
    CHECK(as(bob, {QStringLiteral("trash")}).out.trimmed().isEmpty());

    // copy: the region to a file for a meeting without network, and that file back into another.
    const QString local = dir.filePath(QStringLiteral("vergadering.sqlite"));
    r = cli({QStringLiteral("copy"), QStringLiteral("--from"), bob, QStringLiteral("--to"), local});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = cli({QStringLiteral("cases"), QStringLiteral("--db"), local});
    CHECK(r.out.contains(QStringLiteral("Soest")));
    CHECK(r.out.contains(QStringLiteral("Wageningen")));

    // The server stopped in the middle of an import: exit 5, and nothing of it half-written.
    const QString big = dir.filePath(QStringLiteral("groot.sqlite"));
    {
        auto store = akkoord::ScenarioStore::open(big).take();
        const qint64 caseId =
            store->createCase(QStringLiteral("Ede"), QStringLiteral("GM0228")).value().id;
        akkoord::ScenarioContent c;
        c.answers = akkoord::test::knowledge()->referenceCase(QStringLiteral("soest"))->answers;
        c.knowledgeVersion = akkoord::test::knowledge()->version();
        REQUIRE_FALSE(store
                          ->transaction([&]() -> akkoord::Error {
                              for (int i = 0; i < 4000; ++i) {
                                  c.title = QStringLiteral("Scenario %1").arg(i);
                                  if (!store->createScenario(caseId, c).ok()) {
                                      return akkoord::Error{akkoord::ErrorKind::Internal};
                                  }
                              }
                              return {};
                          })
                          .isError());
    }
    const QString file = dir.filePath(QStringLiteral("ede.case.json"));
    REQUIRE(cli({QStringLiteral("export"), QStringLiteral("--case"), QStringLiteral("Ede"),
                 QStringLiteral("--history"), QStringLiteral("--out"), file, QStringLiteral("--db"),
                 big})
                .exitCode == 0);
    QProcess import;
    import.start(QStringLiteral(AKKOORD_CLI),
                 {QStringLiteral("import"), file, QStringLiteral("--db"), alice,
                  QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(import.waitForStarted());
    QThread::msleep(700);
    const QString version = qEnvironmentVariable("PGVERSION", QStringLiteral("15"));
    REQUIRE(QProcess::execute(QStringLiteral("pg_ctlcluster"),
                              {version, QStringLiteral("regress"), QStringLiteral("stop"),
                               QStringLiteral("-m"), QStringLiteral("immediate")}) == 0);
    REQUIRE(import.waitForFinished(60000));
    const QString err = QString::fromUtf8(import.readAllStandardError());
    INFO(err.toStdString());
    CHECK(import.exitCode() == 5);
    CHECK(err.contains(QStringLiteral("nothing was half-written")));
    // While it is down, every command says so with exit 5.
    CHECK(as(alice, {QStringLiteral("cases")}).exitCode == 5);
    REQUIRE(QProcess::execute(QStringLiteral("pg_ctlcluster"),
                              {version, QStringLiteral("regress"), QStringLiteral("start")}) == 0);
    r = as(alice, {QStringLiteral("scenarios"), QStringLiteral("Ede"), QStringLiteral("--format"),
                   QStringLiteral("json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).array().isEmpty());
    // Once it is back, the same import goes through whole.
    r = as(alice, {QStringLiteral("import"), file});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    r = as(alice, {QStringLiteral("scenarios"), QStringLiteral("Ede"), QStringLiteral("--format"),
                   QStringLiteral("json")});
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).array().size() == 4000);
}
