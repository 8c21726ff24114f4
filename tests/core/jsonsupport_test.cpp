#include "testsupport.h"

#include "common/jsonsupport.h"
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
