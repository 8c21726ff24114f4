#include "testsupport.h"

#include "common/jsonreader.h"
#include "common/jsonsupport.h"
#include "exchange/exchange.h"
#include "exchange/scenariofile.h"
#include "knowledge/knowledgebase.h"

#include <QElapsedTimer>
#include <QFile>

#include <sys/stat.h>

using namespace akkoord;

namespace {

Error strictError(const QByteArray &json)
{
    QJsonDocument document;
    const Error e = parseJson(json, QStringLiteral("in.json"), &document);
    REQUIRE(e.isError());
    return e;
}

} // namespace

TEST_CASE("Text that Qt would change silently is refused with its JSON path", "[json][errors]")
{
    SECTION("a key given twice: the last one would win without a word")
    {
        const Error e =
            strictError(R"({"format": "akkoord.scenario", "answers": {"economy": "growth",
            "economy": "shrinking"}})");
        CHECK(e.kind == ErrorKind::MalformedJson);
        CHECK(e.jsonPath == QStringLiteral("answers.economy"));
        CHECK(e.line == 2);
        CHECK(e.message.contains(QStringLiteral("twice")));
        // Once per object: the same name in two objects is fine.
        QJsonDocument document;
        CHECK_FALSE(parseJson(R"({"a": {"x": 1}, "b": {"x": 1}, "c": [{"x": 1}, {"x": 2}]})",
                              QStringLiteral("in.json"), &document)
                        .isError());
        CHECK(strictError(R"({"a": [{"x": 1}, {"x": 1, "x": 2}]})").jsonPath ==
              QStringLiteral("a[1].x"));
        // Escapes decode before names are compared.
        CHECK(strictError(R"({"title": 1, "t\u0069tle": 2})").jsonPath == QStringLiteral("title"));
    }
    SECTION("half a surrogate pair: Qt would swallow the next character")
    {
        for (const QByteArray &text :
             {QByteArray(R"("\ud800x")"), QByteArray(R"("\udc00")"), QByteArray(R"("\ud800")"),
              QByteArray(R"("\ud800\u0041")")}) {
            INFO(text.toStdString());
            const Error e = strictError(R"({"title": )" + text + "}");
            CHECK(e.kind == ErrorKind::MalformedJson);
            CHECK(e.jsonPath == QStringLiteral("title"));
            CHECK(e.message.contains(QStringLiteral("surrogate")));
        }
        // A whole pair is a character like any other.
        QJsonDocument document;
        REQUIRE_FALSE(
            parseJson(R"({"title": "\ud83d\ude42"})", QStringLiteral("in.json"), &document)
                .isError());
        CHECK(document.object().value(QStringLiteral("title")).toString() ==
              QString::fromUtf8("🙂"));
    }
    SECTION("NUL inside a text, escaped or raw, in a value or a name")
    {
        const Error e = strictError(R"({"scenarios": [{"title": "Plan\u0000 2027"}]})");
        CHECK(e.jsonPath == QStringLiteral("scenarios[0].title"));
        CHECK(e.message.contains(QStringLiteral("NUL")));
        CHECK(strictError(QByteArray("{\"title\": \"a\0b\"}", 16)).jsonPath ==
              QStringLiteral("title"));
        CHECK(strictError(R"({"a\u0000": 1})").message.contains(QStringLiteral("NUL")));
    }
    SECTION("an escape JSON does not have, which Qt takes as the letter, is refused, and "
            "nothing behind it slips through (found by the agreements fuzzer)")
    {
        const Error e =
            strictError(QByteArray("{\"source\": \"W\\P\",\n \"agreed\": \"a\0b\"}", 35));
        CHECK(e.kind == ErrorKind::MalformedJson);
        CHECK(e.line == 1);
        CHECK(e.column == 14); // at the backslash
        CHECK(e.message.contains(QStringLiteral("not valid JSON")));
        QJsonDocument document;
        CHECK(parseJson(R"({"source": "W\P"})", QStringLiteral("in.json"), &document).isError());
        CHECK(document.isNull());
    }
    SECTION("syntax errors are still reported by line and column")
    {
        const Error e = strictError("{\n  \"a\": 1,,\n}");
        CHECK(e.line == 2);
        CHECK(e.message.contains(QStringLiteral("not valid JSON")));
        CHECK(strictError(QByteArray(100000, '['))
                  .message.contains(QStringLiteral("not valid JSON")));
    }
}

TEST_CASE("Every file reader has a size limit and never waits on an empty pipe", "[json][limits]")
{
    QTemporaryDir dir;
    QByteArray data;
    SECTION("a regular file over the limit is refused before it is read")
    {
        const QString path = dir.filePath(QStringLiteral("big.json"));
        test::writeFile(path, "[" + QByteArray(1998, ' ') + "]");
        const Error e = readFile(path, &data, 1000);
        CHECK(e.kind == ErrorKind::WrongFormat);
        CHECK(e.file == path);
        CHECK(e.message.contains(QStringLiteral("larger than")));
        CHECK(data.isEmpty());
        CHECK_FALSE(readFile(path, &data, 2000).isError());
    }
    SECTION("an endless device stops at the limit")
    {
        QElapsedTimer timer;
        timer.start();
        const Error e = readFile(QStringLiteral("/dev/zero"), &data, ScenarioFile::MaxFileSize);
        CHECK(e.kind == ErrorKind::WrongFormat);
        CHECK(data.isEmpty());
        const auto scenario = ScenarioFile::read(QStringLiteral("/dev/zero"), *test::knowledge());
        REQUIRE_FALSE(scenario.ok());
        CHECK(scenario.error().message.contains(QStringLiteral("larger than 1 MB")));
        const auto kb = KnowledgeBase::loadFile(QStringLiteral("/dev/zero"));
        REQUIRE_FALSE(kb.ok());
        CHECK(kb.error().message.contains(QStringLiteral("larger than 8 MB")));
        CHECK(timer.elapsed() < 10000);
    }
    SECTION("a named pipe without a writer reads as empty instead of hanging")
    {
        const QString fifo = dir.filePath(QStringLiteral("pipe.json"));
        REQUIRE(mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const Error e = readFile(fifo, &data, 1000);
        CHECK(e.kind == ErrorKind::MalformedJson);
        CHECK(e.message.contains(QStringLiteral("empty")));
    }
    SECTION("the built-in knowledge base is read through the same reader")
    {
        CHECK_FALSE(
            readFile(KnowledgeBase::defaultPath(), &data, KnowledgeBase::MaxFileSize).isError());
        CHECK(data.startsWith("{"));
    }
}

TEST_CASE("Format versions: whole numbers from 1 up to what the program reads", "[json][version]")
{
    const auto check = [](const QByteArray &json) {
        return checkVersion(QJsonDocument::fromJson(json).object(), QStringLiteral("version"), 1,
                            QStringLiteral("in.json"));
    };
    CHECK_FALSE(check(R"({"version": 1})").isError());
    for (const char *bad : {R"({"version": "1"})", R"({"version": -5})", R"({"version": 0})",
                            R"({"version": 1.5})", R"({"version": null})", R"({})"}) {
        INFO(bad);
        const Error e = check(bad);
        CHECK(e.kind == ErrorKind::WrongType);
        CHECK(e.jsonPath == QStringLiteral("version"));
    }
    for (const char *newer :
         {R"({"version": 2})", R"({"version": 999})", R"({"version": 1e300})"}) {
        INFO(newer);
        CHECK(check(newer).kind == ErrorKind::NewerVersion);
    }
    CHECK(check(R"({"version": 999})").message.contains(QStringLiteral("version 999")));
}

// The one reader behind the knowledge base, scenario files and case files: the first problem is
// the one reported, with the path a person finds in an editor, and what follows reads as empty.
TEST_CASE("The JSON reader keeps the first problem with its path", "[json][errors]")
{
    const JsonReader root = JsonReader::parse(
        R"({"scenarios": [{"title": "a", "baseline": "yes"}, {"title": 7}], "n": 2.5})",
        QStringLiteral("case.json"), ErrorKind::WrongType, QStringLiteral("not an object"));
    REQUIRE(root.ok());
    const QVector<JsonReader> list = root.list(QStringLiteral("scenarios"));
    REQUIRE(list.size() == 2);
    CHECK(list[0].text(QStringLiteral("title")) == QStringLiteral("a"));
    CHECK(list[0].flag(QStringLiteral("baseline"), true) == true); // the fallback
    CHECK_FALSE(root.ok());
    CHECK(root.error().jsonPath == QStringLiteral("scenarios[0].baseline"));
    CHECK(root.error().file == QStringLiteral("case.json"));
    CHECK(root.error().kind == ErrorKind::WrongType);
    // A later problem does not replace it.
    CHECK(list[1].text(QStringLiteral("title")).isEmpty());
    CHECK(root.error().jsonPath == QStringLiteral("scenarios[0].baseline"));

    SECTION("limits, numbers and missing members")
    {
        const JsonReader r = JsonReader::parse(R"({"a": [1, 2, 3], "n": 2.5, "t": "abcdef"})",
                                               QStringLiteral("x.json"), ErrorKind::WrongType,
                                               QStringLiteral("not an object"));
        CHECK(r.list(QStringLiteral("a"), JsonReader::Required, 2, QStringLiteral("too many"))
                  .isEmpty());
        CHECK(r.error().message == QStringLiteral("too many"));
        CHECK(r.error().jsonPath == QStringLiteral("a"));

        const JsonReader n =
            JsonReader::parse(R"({"n": 2.5, "t": "abcdef", "o": {}})", QStringLiteral("x.json"),
                              ErrorKind::WrongType, QStringLiteral("not an object"));
        CHECK(n.wholeNumber(QStringLiteral("n"), 1, 10) == 0);
        CHECK(n.error().jsonPath == QStringLiteral("n"));

        const JsonReader t = JsonReader(n.value(), QStringLiteral("x.json"));
        CHECK(t.text(QStringLiteral("t"), JsonReader::Optional, 3).isEmpty());
        CHECK(t.error().jsonPath == QStringLiteral("t"));

        const JsonReader m = JsonReader(n.value(), QStringLiteral("x.json"), QStringLiteral("top"));
        m.object(QStringLiteral("o")).member(QStringLiteral("inner"));
        CHECK(m.error().jsonPath == QStringLiteral("top.o")); // named where it is to be added
        CHECK(m.error().message.contains(QStringLiteral("inner")));
    }
    SECTION("a document that is not an object is the wrong format")
    {
        const JsonReader r = JsonReader::parse("[1]", QStringLiteral("x.json"),
                                               ErrorKind::WrongType, QStringLiteral("not ours"));
        CHECK(r.error().kind == ErrorKind::WrongFormat);
        CHECK(r.error().message == QStringLiteral("not ours"));
    }
}

// null is not a way to leave something out where the format wants a list, an object, a number or
// a date: the old readers refused it, and so does the one reader now. Texts may be null.
TEST_CASE("null is refused where a list, an object, a number or a date belongs", "[json][errors]")
{
    const auto kb = test::knowledge();
    const Result<Scenario> answers = ScenarioFile::parse(
        R"({"format": "akkoord.scenario", "version": 1, "title": "t", "answers": null})", *kb,
        QStringLiteral("s.json"));
    REQUIRE_FALSE(answers.ok());
    CHECK(answers.error().jsonPath == QStringLiteral("answers"));
    CHECK(answers.error().message.contains(QStringLiteral("null")));
    CHECK(ScenarioFile::parse(
              R"({"format": "akkoord.scenario", "version": 1, "title": null, "notes": null})", *kb,
              QStringLiteral("s.json"))
              .ok());

    const QByteArray caseFile = R"({"format": "akkoord.case", "version": 1,
        "municipality": {"name": "Soest"},
        "scenarios": [{"title": "a", "answers": {}, "FIELD": null}]})";
    for (const char *field : {"history", "revision", "saved_at"}) {
        INFO(field);
        QByteArray json = caseFile;
        json.replace("FIELD", field);
        const auto read = Exchange::parse(json, *kb, QStringLiteral("c.json"));
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().jsonPath == QStringLiteral("scenarios[0].") + QLatin1String(field));
    }
}

TEST_CASE("A large JSON text is read a piece at a time, with the whole text's checks",
          "[json][pieces]")
{
    // Brackets, commas and escaped quotes inside texts must not be taken for structure.
    const QByteArray text = R"(  {"a": "x]}\",{", "b\u0063": [1, {"y": [2, 3]}, "z"] ,
        "n": -1.5e3, "t": true}
    )";
    const JsonPieces pieces(text, QStringLiteral("in.json"));
    REQUIRE_FALSE(pieces.check().isError());
    const JsonSpan whole = pieces.whole();
    CHECK(pieces.kindOf(whole) == '{');
    CHECK(text.mid(whole.begin, whole.end - whole.begin).endsWith("true}"));
    const auto members = pieces.members(whole).value();
    REQUIRE(members.size() == 4);
    CHECK(members[0].first == QStringLiteral("a"));
    CHECK(pieces.value(members[0].second).value().toString() == QStringLiteral("x]}\",{"));
    CHECK(members[1].first == QStringLiteral("bc")); // the escape decoded
    CHECK(pieces.value(members[2].second).value().toDouble() == -1500.0);
    CHECK(pieces.value(members[3].second).value().toBool());
    QStringList items;
    const Error none = pieces.forEachItem(members[1].second, [&](qsizetype i, JsonSpan item) {
        items << QStringLiteral("%1:%2").arg(i).arg(
            QString::fromUtf8(text.mid(item.begin, item.end - item.begin)));
        return Error();
    });
    CHECK_FALSE(none.isError());
    CHECK(items == QStringList{QStringLiteral("0:1"), QStringLiteral("1:{\"y\": [2, 3]}"),
                               QStringLiteral("2:\"z\"")});
    // A visitor's error stops the walk and comes back.
    int visited = 0;
    const Error stop = pieces.forEachItem(members[1].second, [&](qsizetype, JsonSpan) {
        ++visited;
        return jsonError(ErrorKind::WrongType, QStringLiteral("in.json"), QString(),
                         QStringLiteral("stop"));
    });
    CHECK(stop.message == QStringLiteral("stop"));
    CHECK(visited == 1);
}

TEST_CASE("Piece by piece, broken JSON is reported as the whole-text parser reports it",
          "[json][pieces][errors]")
{
    // Structure is checked at once; a misspelt word only when its piece is read, and then the
    // place is given in the whole text, not in the piece.
    const QByteArray broken = "{\"a\": [1,\n 2,, 3]}";
    const Error structure = JsonPieces(broken, QStringLiteral("in.json")).check();
    CHECK(structure.kind == ErrorKind::MalformedJson);
    CHECK(structure.line == 2);
    const QByteArray word = "{\"a\": [1,\n\n tru]}";
    const JsonPieces pieces(word, QStringLiteral("in.json"));
    REQUIRE_FALSE(pieces.check().isError());
    const auto value = pieces.value(pieces.members(pieces.whole()).value().at(0).second);
    REQUIRE_FALSE(value.ok());
    CHECK(value.error().kind == ErrorKind::MalformedJson);
    CHECK(value.error().line == 3);
    // A name that is not valid UTF-8 is refused as Qt refuses it anywhere else.
    const QByteArray badName = "{\"a\": 1,\n \"\xb3\xb3\": 2}";
    const JsonPieces named(badName, QStringLiteral("in.json"));
    REQUIRE_FALSE(named.check().isError());
    const auto names = named.members(named.whole());
    REQUIRE_FALSE(names.ok());
    CHECK(names.error().line == 2);
    // What the strict scan finds is found here too, with its path.
    const Error twice =
        JsonPieces(R"([{"x": 1}, {"x": 1, "\u0078": 2}])", QStringLiteral("in.json")).check();
    CHECK(twice.jsonPath == QStringLiteral("[1].x"));
    CHECK(twice.message.contains(QStringLiteral("twice")));
    // More names than the short list holds: still found.
    QByteArray many = "{";
    for (int i = 0; i < 40; ++i) {
        many += "\"k" + QByteArray::number(i) + "\": 0, ";
    }
    many += "\"k7\": 1}";
    CHECK(JsonPieces(many, QStringLiteral("in.json")).check().jsonPath == QStringLiteral("k7"));
}
