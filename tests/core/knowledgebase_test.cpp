#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace akkoord;
using akkoord::test::defaultKnowledgeJson;
using akkoord::test::knowledge;

namespace {

// Loads the built-in knowledge base with one textual change, which must apply.
Error loadWith(const QByteArray &from, const QByteArray &to)
{
    QByteArray json = defaultKnowledgeJson();
    REQUIRE(json.contains(from));
    json.replace(json.indexOf(from), from.size(), to);
    const auto result = KnowledgeBase::loadJson(json, QStringLiteral("variant.json"));
    REQUIRE_FALSE(result.ok());
    return result.error();
}

QStringList idsOf(const QVector<Measure> &list)
{
    QStringList out;
    for (const Measure &m : list) {
        out << m.id;
    }
    return out;
}

} // namespace

TEST_CASE("The built-in knowledge base holds every identifier of the public contract",
          "[knowledge]")
{
    const auto &kb = *knowledge();
    const QHash<QString, QStringList> questions{
        {QStringLiteral("network_size"), {"none", "small", "medium", "large"}},
        {QStringLiteral("employer_orgs"), {"absent", "weak", "present", "strong_motivated"}},
        {QStringLiteral("motivated_employers"), {"none", "few", "many"}},
        {QStringLiteral("priority"), {"none", "sector", "target_group"}},
        {QStringLiteral("priority_basis"), {"no", "yes"}},
        {QStringLiteral("economy"), {"dip", "stable", "growth"}},
        {QStringLiteral("regional_jobs"), {"shrinking", "stable", "growing"}},
        {QStringLiteral("large_employers"), {"none", "few", "several"}},
        {QStringLiteral("neighbour_large_employers"), {"no", "yes"}},
        {QStringLiteral("csr_readiness"), {"low", "moderate", "high"}},
        {QStringLiteral("demand_sectors"), {"none", "some", "many"}},
        {QStringLiteral("style"), {"doing", "balanced", "involving"}},
        {QStringLiteral("capacity"), {"low", "adequate", "high"}},
        {QStringLiteral("regional_ties"), {"weak", "moderate", "strong"}},
        {QStringLiteral("employer_ownership"), {"low", "shared", "high"}},
        {QStringLiteral("existing"),
         {"wsp", "covenant", "summit", "work_corporation", "sector_deals", "large_employer_deals"}},
    };
    for (auto it = questions.begin(); it != questions.end(); ++it) {
        INFO(it.key().toStdString());
        const Question *q = kb.question(it.key());
        REQUIRE(q);
        QStringList options;
        for (const Option &o : q->options) {
            options << o.id;
        }
        // Options are listed low to high, in the contract's order.
        CHECK(options == it.value());
    }
    CHECK(kb.question(QStringLiteral("existing"))->multiple);
    CHECK_FALSE(kb.question(QStringLiteral("network_size"))->multiple);

    QStringList starts;
    for (const StartingPoint &s : kb.startingPoints()) {
        starts << s.id;
    }
    CHECK(starts == QStringList{"broad_summit", "covenant", "frontrunners", "focused_track"});
    CHECK(idsOf(kb.tactics()) ==
          QStringList{"regional_alliance", "sme_focus", "demand_search", "sroi_best_practices"});
    CHECK(idsOf(kb.principles()) ==
          QStringList{"individual_agreements", "broadening", "communication", "self_steering"});
    CHECK(idsOf(kb.risks()) == QStringList{"overreach", "municipal_party", "weak_expertise_ties"});
    QStringList cases;
    for (const ReferenceCase &c : kb.referenceCases()) {
        cases << c.id;
    }
    CHECK(cases == QStringList{"zoetermeer", "soest", "nijmegen", "helmond", "rotterdam",
                               "friesland", "tilburg", "sittard_geleen"});
    REQUIRE(kb.matrices().size() == 2);
    CHECK(kb.matrices()[0].id == QStringLiteral("strategy"));
    CHECK(kb.matrices()[1].id == QStringLiteral("approach"));
    CHECK(kb.matrices()[0].x.negative.en == QStringLiteral("Collectives"));
    CHECK(kb.matrices()[0].y.positive.en == QStringLiteral("Broad"));
    CHECK(kb.matrices()[1].y.negative.en == QStringLiteral("Quiet diplomacy"));
    CHECK_FALSE(kb.version().isEmpty());
}

TEST_CASE("Conditional questions are asked only when they apply", "[knowledge]")
{
    const auto &kb = *knowledge();
    const Question *basis = kb.question(QStringLiteral("priority_basis"));
    REQUIRE(basis->hasAskedWhen);
    CHECK(kb.questions()[basis->askedWhen.question].id == QStringLiteral("priority"));
    CHECK(basis->askedWhen.negate);
    const Question *neighbour = kb.question(QStringLiteral("neighbour_large_employers"));
    REQUIRE(neighbour->hasAskedWhen);
    CHECK(kb.questions()[neighbour->askedWhen.question].id == QStringLiteral("large_employers"));
    CHECK_FALSE(neighbour->askedWhen.negate);
    // Every question comes after the one it depends on.
    const QVector<int> &order = kb.askOrder();
    CHECK(order.size() == kb.questions().size());
    CHECK(order.indexOf(kb.questionIndex(QStringLiteral("priority"))) <
          order.indexOf(kb.questionIndex(QStringLiteral("priority_basis"))));
}

TEST_CASE("Every text exists in Dutch and English, and every rule cites the source",
          "[knowledge]")
{
    const auto &kb = *knowledge();
    for (const Question &q : kb.questions()) {
        CHECK(q.label.isComplete());
        CHECK(q.help.isComplete());
        CHECK(q.label.nl != q.label.en);
        for (const Option &o : q.options) {
            CHECK(o.label.isComplete());
        }
    }
    for (const Rule &r : kb.rules()) {
        CHECK(kb.section(r.section) != nullptr);
        CHECK(r.reason.isComplete());
    }
    for (const ReferenceCase &c : kb.referenceCases()) {
        CHECK(c.did.isComplete());
        CHECK(c.headsFor.isComplete());
        CHECK_FALSE(c.stated.isEmpty());
        // What the source does not state about a case is reconstructed, and marked so.
        CHECK(c.stated.size() < c.answers.count());
    }
}

TEST_CASE("The knowledge texts are our own words, not the source's sentences", "[knowledge]")
{
    // No run of twelve words from the source appears in any knowledge text. The source document
    // lives beside the checkout (../shared/seed), not in it; a checkout elsewhere says so.
    const QString sourceFile =
        test::sourcePath(QStringLiteral("../shared/seed/effectieve-overeenkomsten-met-werkgevers.nl.txt"));
    if (!QFile::exists(sourceFile)) {
        WARN("the source document is not at " << sourceFile.toStdString() << "; own-words check not run");
        return;
    }
    QString source = QString::fromUtf8(test::readAll(sourceFile));
    const auto words = [](const QString &text) {
        QString t = text.toLower();
        for (QChar &c : t) {
            if (!c.isLetterOrNumber()) {
                c = QLatin1Char(' ');
            }
        }
        return t.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    const QStringList sourceWords = words(source);
    QSet<QString> runs;
    const int n = 12;
    for (int i = 0; i + n <= sourceWords.size(); ++i) {
        runs.insert(sourceWords.mid(i, n).join(QLatin1Char(' ')));
    }
    const QStringList kbWords = words(QString::fromUtf8(defaultKnowledgeJson()));
    for (int i = 0; i + n <= kbWords.size(); ++i) {
        const QString run = kbWords.mid(i, n).join(QLatin1Char(' '));
        INFO(run.toStdString());
        CHECK_FALSE(runs.contains(run));
    }
}

TEST_CASE("A broken knowledge base gives a precise error", "[knowledge][errors]")
{
    SECTION("unknown id in a rule")
    {
        const Error e = loadWith(R"("scores": { "covenant": 4 })", R"("scores": { "convenant": 4 })");
        CHECK(e.kind == ErrorKind::InvalidKnowledgeBase);
        CHECK(e.file == QStringLiteral("variant.json"));
        CHECK(e.jsonPath.startsWith(QStringLiteral("rules[")));
        CHECK(e.jsonPath.endsWith(QStringLiteral(".scores.convenant")));
        CHECK(e.message.contains(QStringLiteral("convenant")));
    }
    SECTION("unknown question in a rule condition")
    {
        const Error e = loadWith(R"([{ "question": "network_size", "in": ["large"] }])",
                                 R"([{ "question": "netwerk", "in": ["large"] }])");
        CHECK(e.kind == ErrorKind::InvalidKnowledgeBase);
        CHECK(e.jsonPath.endsWith(QStringLiteral(".when[0].question")));
        CHECK(e.message.contains(QStringLiteral("netwerk")));
    }
    SECTION("unknown option in a rule condition")
    {
        const Error e = loadWith(R"([{ "question": "network_size", "in": ["large"] }])",
                                 R"([{ "question": "network_size", "in": ["huge"] }])");
        CHECK(e.jsonPath.endsWith(QStringLiteral(".when[0].in[0]")));
        CHECK(e.message.contains(QStringLiteral("huge")));
    }
    SECTION("missing translation")
    {
        const Error e = loadWith(R"("label": { "nl": "Groot", "en": "Large" })",
                                 R"("label": { "nl": "Groot" })");
        CHECK(e.kind == ErrorKind::InvalidKnowledgeBase);
        CHECK(e.jsonPath == QStringLiteral("questions[0].options[3].label.en"));
    }
    SECTION("empty translation")
    {
        const Error e = loadWith(R"("label": { "nl": "Groot", "en": "Large" })",
                                 R"("label": { "nl": " ", "en": "Large" })");
        CHECK(e.jsonPath == QStringLiteral("questions[0].options[3].label.nl"));
    }
    SECTION("option without weights on an axis its question weighs")
    {
        const Error e = loadWith(
            R"("position": { "strategy.x": -1, "strategy.y": 1, "approach.x": -1 })",
            R"("position": { "strategy.x": -1, "approach.x": -1 })");
        CHECK(e.jsonPath == QStringLiteral("questions[0].options[3].position"));
        CHECK(e.message.contains(QStringLiteral("strategy.y")));
    }
    SECTION("cycle in asked-when")
    {
        const Error e = loadWith(R"("id": "priority",
      "group": "focus",)",
                                 R"("id": "priority",
      "group": "focus",
      "asked_when": { "question": "priority_basis", "in": ["yes"] },)");
        CHECK(e.kind == ErrorKind::InvalidKnowledgeBase);
        CHECK(e.message.contains(QStringLiteral("priority")));
        CHECK(e.message.contains(QStringLiteral("priority_basis")));
        CHECK(e.jsonPath.contains(QStringLiteral("asked_when")));
    }
    SECTION("unknown source section")
    {
        const Error e = loadWith(R"("id": "network_large", "section": "strategisch_pad")",
                                 R"("id": "network_large", "section": "hoofdstuk_9")");
        CHECK(e.jsonPath == QStringLiteral("rules[0].section"));
    }
    SECTION("duplicate identifier")
    {
        const Error e = loadWith(R"("id": "network_medium")", R"("id": "network_large")");
        CHECK(e.jsonPath == QStringLiteral("rules[1].id"));
        CHECK(e.message.contains(QStringLiteral("twice")));
    }
    SECTION("a rule without effect")
    {
        const Error e = loadWith(R"("tactics": { "sme_focus": 1 })", R"("tactics": {})");
        CHECK(e.message.contains(QStringLiteral("no effect")));
    }
    SECTION("a reference case with an answer that does not exist")
    {
        const Error e = loadWith(R"("answers": { "network_size": "large", "employer_orgs": "present")",
                                 R"("answers": { "network_size": "enormous", "employer_orgs": "present")");
        CHECK(e.jsonPath == QStringLiteral("reference_cases[0].answers.network_size"));
    }
    SECTION("a newer format is refused, not guessed at")
    {
        const Error e = loadWith(R"("format_version": 1)", R"("format_version": 7)");
        CHECK(e.kind == ErrorKind::NewerVersion);
    }
    SECTION("a format version that is no whole number is named as it is, not as format 0")
    {
        const Error e = loadWith(R"("format_version": 1)", R"("format_version": 1.5)");
        CHECK(e.kind == ErrorKind::WrongType);
        CHECK(e.jsonPath == QStringLiteral("format_version"));
        CHECK(e.message.contains(QStringLiteral("1.5")));
        CHECK_FALSE(e.message.contains(QStringLiteral("format 0")));
    }
    SECTION("a key given twice is refused, not silently the last one")
    {
        const Error e = loadWith(R"("format_version": 1)", R"("format_version": 1, "format_version": 1)");
        CHECK(e.kind == ErrorKind::MalformedJson);
        CHECK(e.jsonPath == QStringLiteral("format_version"));
    }
    SECTION("another kind of file")
    {
        const Error e = loadWith(R"("format": "akkoord.knowledge")", R"("format": "akkoord.scenario")");
        CHECK(e.kind == ErrorKind::WrongFormat);
    }
    SECTION("wrong type")
    {
        const Error e = loadWith(R"("weights": { "strategy.x": 2, "strategy.y": 1.5, "approach.x": 1.5 })",
                                 R"("weights": { "strategy.x": "twee", "strategy.y": 1.5, "approach.x": 1.5 })");
        CHECK(e.jsonPath == QStringLiteral("questions[0].weights.strategy.x"));
        CHECK(e.message.contains(QStringLiteral("number")));
    }
    SECTION("malformed JSON names line and column")
    {
        const auto result = KnowledgeBase::loadJson("{\n  \"format\": \"akkoord.knowledge\",\n  oops\n}",
                                                    QStringLiteral("broken.json"));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == ErrorKind::MalformedJson);
        CHECK(result.error().line == 3);
        CHECK(result.error().column >= 3);
        CHECK(result.error().toString().startsWith(QStringLiteral("broken.json:3:")));
    }
    SECTION("a missing file is named")
    {
        const auto result = KnowledgeBase::loadFile(QStringLiteral("/nonexistent/kb.json"));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == ErrorKind::Unreadable);
        CHECK(result.error().file == QStringLiteral("/nonexistent/kb.json"));
    }
}

TEST_CASE("A knowledge base variant can be loaded from a file", "[knowledge]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QByteArray json = defaultKnowledgeJson();
    json.replace(R"("version": "1.0.0")", R"("version": "1.0.0-variant")");
    const QString path = dir.filePath(QStringLiteral("variant.json"));
    test::writeFile(path, json);
    const auto result = KnowledgeBase::loadFile(path);
    REQUIRE(result.ok());
    CHECK(result.value()->version() == QStringLiteral("1.0.0-variant"));
    CHECK(Advisor(result.value()).advise(Answers()).knowledgeBaseVersion ==
          QStringLiteral("1.0.0-variant"));
}
