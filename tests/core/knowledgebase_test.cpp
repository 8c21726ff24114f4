#include "testsupport.h"

#include "knowledge/advisor.h"
#include "knowledge/knowledgeaudit.h"
#include "knowledge/knowledgesnapshot.h"

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

TEST_CASE("The built-in knowledge base loads from the snapshot the build checked, the same as "
          "from its JSON",
          "[knowledge][scale]")
{
    // This test program links the snapshot; loadDefault() reads it instead of the JSON.
    QFile resource(QString::fromLatin1(KnowledgeSnapshot::ResourcePath));
    REQUIRE(resource.open(QIODevice::ReadOnly));
    const QByteArray snapshot = resource.readAll();
    const auto fromSnapshot = KnowledgeBase::loadDefault();
    REQUIRE(fromSnapshot.ok());
    const auto fromJson = KnowledgeBase::loadJson(defaultKnowledgeJson(), QStringLiteral("json"));
    REQUIRE(fromJson.ok());
    // Every field, through the snapshot's own writer: byte for byte the same knowledge.
    CHECK(KnowledgeSnapshot::write(*fromSnapshot.value()) == snapshot);
    CHECK(KnowledgeSnapshot::write(*fromJson.value()) == snapshot);
    CHECK(fromSnapshot.value()->questions().size() == fromJson.value()->questions().size());
    CHECK(fromSnapshot.value()->referenceCases().size() == 8);
    CHECK(fromSnapshot.value()->questionIndex(QStringLiteral("economy")) ==
          fromJson.value()->questionIndex(QStringLiteral("economy")));
    // And the advice on a practice example is the same.
    const ReferenceCase *soest = fromJson.value()->referenceCase(QStringLiteral("soest"));
    REQUIRE(soest != nullptr);
    CHECK(Advisor(fromSnapshot.value()).advise(soest->answers).ranking.first().id ==
          Advisor(fromJson.value()).advise(soest->answers).ranking.first().id);

    // A damaged or cut snapshot, or one of another format, is refused, not half read.
    for (const QByteArray &bad : {snapshot.left(snapshot.size() / 2), snapshot + QByteArray("x"),
                                  QByteArray("AKKB"), QByteArray(snapshot).replace(0, 4, "XXXX")}) {
        const auto read = KnowledgeSnapshot::read(bad, QStringLiteral("bad"));
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().kind == ErrorKind::InvalidKnowledgeBase);
    }
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

TEST_CASE("Every text exists in Dutch and English, and every rule cites the source", "[knowledge]")
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
        CHECK(kb.section(r.basis.section) != nullptr);
        CHECK(r.reason.isComplete());
    }
    for (const ReferenceCase &c : kb.referenceCases()) {
        CHECK(c.did.isComplete());
        CHECK(c.didBasis.isSource());
        // What the source does not state about a case is reconstructed, and marked so.
        CHECK(c.stated.count() < c.answers.count());
    }
}

TEST_CASE("The knowledge texts are our own words, not the source's sentences", "[knowledge]")
{
    // No run of twelve words from the source appears in any knowledge text. The source document
    // lives beside the checkout (../shared/seed), not in it; a checkout elsewhere says so.
    const QString sourceFile = test::sourcePath(
        QStringLiteral("../shared/seed/effectieve-overeenkomsten-met-werkgevers.nl.txt"));
    if (!QFile::exists(sourceFile)) {
        WARN("the source document is not at " << sourceFile.toStdString()
                                              << "; own-words check not run");
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
        const Error e = loadWith(R"("scores": {"covenant": 4})", R"("scores": {"convenant": 4})");
        CHECK(e.kind == ErrorKind::InvalidKnowledgeBase);
        CHECK(e.file == QStringLiteral("variant.json"));
        CHECK(e.jsonPath.startsWith(QStringLiteral("rules[")));
        CHECK(e.jsonPath.endsWith(QStringLiteral(".scores.convenant")));
        CHECK(e.message.contains(QStringLiteral("convenant")));
    }
    SECTION("unknown question in a rule condition")
    {
        const Error e = loadWith(R"([{"question": "network_size", "in": ["large"]}])",
                                 R"([{"question": "netwerk", "in": ["large"]}])");
        CHECK(e.kind == ErrorKind::InvalidKnowledgeBase);
        CHECK(e.jsonPath.endsWith(QStringLiteral(".when[0].question")));
        CHECK(e.message.contains(QStringLiteral("netwerk")));
    }
    SECTION("unknown option in a rule condition")
    {
        const Error e = loadWith(R"([{"question": "network_size", "in": ["large"]}])",
                                 R"([{"question": "network_size", "in": ["huge"]}])");
        CHECK(e.jsonPath.endsWith(QStringLiteral(".when[0].in[0]")));
        CHECK(e.message.contains(QStringLiteral("huge")));
    }
    SECTION("missing translation")
    {
        const Error e =
            loadWith(R"("label": {"nl": "Groot", "en": "Large"})", R"("label": {"nl": "Groot"})");
        CHECK(e.kind == ErrorKind::InvalidKnowledgeBase);
        CHECK(e.jsonPath == QStringLiteral("questions[0].options[3].label.en"));
    }
    SECTION("empty translation")
    {
        const Error e = loadWith(R"("label": {"nl": "Groot", "en": "Large"})",
                                 R"("label": {"nl": " ", "en": "Large"})");
        CHECK(e.jsonPath == QStringLiteral("questions[0].options[3].label.nl"));
    }
    SECTION("option without weights on an axis its question weighs")
    {
        const Error e =
            loadWith(R"("position": {"strategy.x": -1, "strategy.y": 1, "approach.x": -1})",
                     R"("position": {"strategy.x": -1, "approach.x": -1})");
        CHECK(e.jsonPath == QStringLiteral("questions[0].options[3].position"));
        CHECK(e.message.contains(QStringLiteral("strategy.y")));
    }
    SECTION("cycle in asked-when")
    {
        const Error e = loadWith(R"("id": "priority",
      "group": "focus",)",
                                 R"("id": "priority",
      "group": "focus",
      "asked_when": {"question": "priority_basis", "in": ["yes"]},)");
        CHECK(e.kind == ErrorKind::InvalidKnowledgeBase);
        CHECK(e.message.contains(QStringLiteral("priority")));
        CHECK(e.message.contains(QStringLiteral("priority_basis")));
        CHECK(e.jsonPath.contains(QStringLiteral("asked_when")));
    }
    SECTION("unknown source section")
    {
        const Error e = loadWith(R"("id": "network_large",
      "basis": {
        "kind": "source",
        "section": "strategisch_pad",)",
                                 R"("id": "network_large",
      "basis": {
        "kind": "source",
        "section": "hoofdstuk_9",)");
        CHECK(e.jsonPath == QStringLiteral("rules[0].basis.section"));
    }
    SECTION("a source citation without its paragraph")
    {
        const Error e = loadWith(R"("section": "strategisch_pad",
        "paragraph": 1,
        "anchor": "groot netwerk van bedrijven",)",
                                 R"("section": "strategisch_pad",
        "anchor": "groot netwerk van bedrijven",)");
        CHECK(e.jsonPath == QStringLiteral("rules[0].basis"));
        CHECK(e.message.contains(QStringLiteral("paragraph")));
    }
    SECTION("a rule without a basis")
    {
        const Error e = loadWith(R"("id": "network_large",
      "basis": {)",
                                 R"("id": "network_large",
      "origin": {)");
        CHECK(e.jsonPath == QStringLiteral("rules[0]"));
        CHECK(e.message.contains(QStringLiteral("basis")));
    }
    SECTION("our own interpretation cannot decide a starting point")
    {
        const Error e =
            loadWith(R"("id": "network_medium",)", R"("id": "network_medium", "decides": true,)");
        CHECK(e.jsonPath.endsWith(QStringLiteral(".decides")));
    }
    SECTION("a practice example's answer is either stated or assumed")
    {
        const Error e =
            loadWith(R"("network_size": {"option": "large", "basis": {"kind": "assumed"}})",
                     R"("network_size": {"option": "large", "basis": {"kind": "interpretation"}})");
        CHECK(e.jsonPath == QStringLiteral("reference_cases[0].answers.network_size.basis.kind"));
    }
    SECTION("format 1, without the basis of each rule, is refused with a clear message")
    {
        const Error e = loadWith(R"("format_version": 2)", R"("format_version": 1)");
        CHECK(e.jsonPath == QStringLiteral("format_version"));
        CHECK(e.message.contains(QStringLiteral("older format")));
    }
    SECTION("duplicate identifier")
    {
        const Error e = loadWith(R"("id": "network_medium")", R"("id": "network_large")");
        CHECK(e.jsonPath == QStringLiteral("rules[4].id"));
        CHECK(e.message.contains(QStringLiteral("twice")));
    }
    SECTION("a rule without effect")
    {
        const Error e =
            loadWith(R"("tactics": {"regional_alliance": 1, "sme_focus": 1})", R"("tactics": {})");
        CHECK(e.message.contains(QStringLiteral("no effect")));
    }
    SECTION("a reference case with an answer that does not exist")
    {
        const Error e =
            loadWith(R"("network_size": {"option": "large", "basis": {"kind": "assumed"}})",
                     R"("network_size": {"option": "enormous", "basis": {"kind": "assumed"}})");
        CHECK(e.jsonPath == QStringLiteral("reference_cases[0].answers.network_size.option"));
    }
    SECTION("a newer format is refused, not guessed at")
    {
        const Error e = loadWith(R"("format_version": 2)", R"("format_version": 7)");
        CHECK(e.kind == ErrorKind::NewerVersion);
    }
    SECTION("a format version that is no whole number is named as it is, not as format 0")
    {
        const Error e = loadWith(R"("format_version": 2)", R"("format_version": 1.5)");
        CHECK(e.kind == ErrorKind::WrongType);
        CHECK(e.jsonPath == QStringLiteral("format_version"));
        CHECK(e.message.contains(QStringLiteral("1.5")));
        CHECK_FALSE(e.message.contains(QStringLiteral("format 0")));
    }
    SECTION("a key given twice is refused, not silently the last one")
    {
        const Error e =
            loadWith(R"("format_version": 2)", R"("format_version": 2, "format_version": 2)");
        CHECK(e.kind == ErrorKind::MalformedJson);
        CHECK(e.jsonPath == QStringLiteral("format_version"));
    }
    SECTION("another kind of file")
    {
        const Error e =
            loadWith(R"("format": "akkoord.knowledge")", R"("format": "akkoord.scenario")");
        CHECK(e.kind == ErrorKind::WrongFormat);
    }
    SECTION("wrong type")
    {
        const Error e =
            loadWith(R"("weights": {"strategy.x": 2, "strategy.y": 1.5, "approach.x": 1.5})",
                     R"("weights": {"strategy.x": "twee", "strategy.y": 1.5, "approach.x": 1.5})");
        CHECK(e.jsonPath == QStringLiteral("questions[0].weights.strategy.x"));
        CHECK(e.message.contains(QStringLiteral("number")));
    }
    SECTION("malformed JSON names line and column")
    {
        const auto result = KnowledgeBase::loadJson(
            "{\n  \"format\": \"akkoord.knowledge\",\n  oops\n}", QStringLiteral("broken.json"));
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
    json.replace(R"("version": "2.0.0")", R"("version": "2.0.0-variant")");
    const QString path = dir.filePath(QStringLiteral("variant.json"));
    test::writeFile(path, json);
    const auto result = KnowledgeBase::loadFile(path);
    REQUIRE(result.ok());
    CHECK(result.value()->version() == QStringLiteral("2.0.0-variant"));
    CHECK(Advisor(result.value()).advise(Answers()).knowledgeBaseVersion ==
          QStringLiteral("2.0.0-variant"));
}

namespace {

// Every basis in the knowledge base, named by where it is.
QVector<QPair<QString, Basis>> allBases(const KnowledgeBase &kb)
{
    QVector<QPair<QString, Basis>> out;
    for (const Rule &r : kb.rules()) {
        out.append({QStringLiteral("rule ") + r.id, r.basis});
    }
    for (const StartingPoint &s : kb.startingPoints()) {
        out.append({QStringLiteral("starting point ") + s.id, s.basis});
        out.append({QStringLiteral("first steps ") + s.id, s.firstSteps.basis});
    }
    for (const QVector<Measure> *list :
         {&kb.tactics(), &kb.principles(), &kb.risks(), &kb.foundations()}) {
        for (const Measure &m : *list) {
            out.append({QStringLiteral("measure ") + m.id, m.basis});
        }
    }
    for (const AgreementPlacement &p : kb.agreementPlacements()) {
        out.append({QStringLiteral("placement of ") + p.kind, p.basis});
    }
    for (const PlacementShift &s : kb.placementShifts()) {
        out.append({QStringLiteral("placement shift ") + s.id, s.basis});
    }
    for (const ReferenceCase &c : kb.referenceCases()) {
        out.append({c.id + QStringLiteral(" did"), c.didBasis});
        if (!c.startedWith.isEmpty()) {
            out.append({c.id + QStringLiteral(" started with"), c.startedWithBasis});
        }
        if (!c.headsFor.nl.isEmpty()) {
            out.append({c.id + QStringLiteral(" heads for"), c.headsForBasis});
        }
        for (auto it = c.answerBasis.begin(); it != c.answerBasis.end(); ++it) {
            out.append({c.id + QStringLiteral(" answer ") + it.key(), it.value()});
        }
    }
    return out;
}

// The source's paragraphs per section: blocks separated by blank lines, counted within each
// section; headings are not counted, and neither are the lines that stand for its lost figures.
QHash<QString, QStringList> sourceParagraphs(const KnowledgeBase &kb, const QString &text)
{
    QHash<QString, QString> headings;
    for (const Section &s : kb.sections()) {
        headings.insert(s.title.nl, s.id);
    }
    QHash<QString, QStringList> out;
    QString section;
    QStringList block;
    const auto flush = [&] {
        if (!block.isEmpty() && !section.isEmpty()) {
            out[section] << block.join(QLatin1Char(' '));
        }
        block.clear();
    };
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (headings.contains(line)) {
            flush();
            section = headings.value(line);
        } else if (line.isEmpty()) {
            flush();
        } else if (!line.startsWith(QStringLiteral("Missing media-item."))) {
            block << line;
        }
    }
    flush();
    return out;
}

QString normalised(QString t)
{
    t.replace(QChar(0x2019), QLatin1Char('\'')).replace(QChar(0x2018), QLatin1Char('\''));
    return t.simplified().toLower();
}

} // namespace

TEST_CASE("Everything the program says carries its basis", "[knowledge][provenance]")
{
    const auto &kb = *knowledge();
    for (const auto &[where, basis] : allBases(kb)) {
        INFO(where.toStdString());
        CHECK((kb.section(basis.section) != nullptr || basis.kind == Basis::Assumed));
        if (basis.isSource()) {
            CHECK(basis.paragraph >= 1);
            CHECK_FALSE(basis.anchor.isEmpty());
        } else if (basis.kind == Basis::Interpretation) {
            CHECK(basis.rationale.isComplete());
        }
    }
    // Concrete first steps are never passed off as the source's.
    for (const StartingPoint &s : kb.startingPoints()) {
        CHECK(s.firstSteps.basis.kind == Basis::Interpretation);
        CHECK(s.firstSteps.steps.size() >= 3);
    }
    // Only the source's own four conditions decide a starting point.
    QStringList deciding;
    for (const Rule &r : kb.rules()) {
        if (r.decides) {
            deciding << r.id;
            CHECK(r.basis.isSource());
        }
    }
    CHECK(deciding == QStringList{QStringLiteral("network_large"), QStringLiteral("orgs_strong"),
                                  QStringLiteral("frontrunners_little_basis"),
                                  QStringLiteral("priority_with_basis")});
}

TEST_CASE("Every citation points at a paragraph of the source that says it",
          "[knowledge][provenance]")
{
    const QString sourceFile = test::sourcePath(
        QStringLiteral("../shared/seed/effectieve-overeenkomsten-met-werkgevers.nl.txt"));
    if (!QFile::exists(sourceFile)) {
        WARN("the source document is not at " << sourceFile.toStdString()
                                              << "; citations not checked");
        return;
    }
    const auto &kb = *knowledge();
    const QHash<QString, QStringList> paragraphs =
        sourceParagraphs(kb, QString::fromUtf8(test::readAll(sourceFile)));
    // The sections as the source has them: a wrong count here means the counting is wrong.
    CHECK(paragraphs.value(QStringLiteral("succes")).size() == 2);
    CHECK(paragraphs.value(QStringLiteral("benaderingen")).size() == 10);
    CHECK(paragraphs.value(QStringLiteral("strategisch_pad")).size() == 4);
    int checked = 0;
    for (const auto &[where, basis] : allBases(kb)) {
        if (!basis.isSource()) {
            continue;
        }
        INFO(where.toStdString() << " cites " << basis.section.toStdString() << " paragraph "
                                 << basis.paragraph);
        const QStringList &list = paragraphs[basis.section];
        REQUIRE(basis.paragraph <= list.size());
        CHECK(normalised(list[basis.paragraph - 1]).contains(normalised(basis.anchor)));
        ++checked;
    }
    CHECK(checked > 40);
}

TEST_CASE("What the source does not say is gone from the knowledge", "[knowledge][provenance]")
{
    const auto &kb = *knowledge();
    QStringList ruleIds;
    for (const Rule &r : kb.rules()) {
        ruleIds << r.id;
    }
    // Scoring rules without a basis in the source, and rules that contradicted it.
    for (const char *gone :
         {"motivated_many", "priority_none", "dip_narrow", "dip_with_demand", "thin_base_public"}) {
        CHECK_FALSE(ruleIds.contains(QString::fromUtf8(gone)));
    }
    // Details we had added and passed off as advice.
    const QString json = QString::fromUtf8(defaultKnowledgeJson());
    for (const char *added :
         {"één aanspreekpunt, weinig papier", "laat hen voorzitten", "stapt geleidelijk terug",
          "De gemeente ondersteunt, de organisaties trekken", "werk eerst aan die basis"}) {
        CHECK_FALSE(json.contains(QString::fromUtf8(added), Qt::CaseInsensitive));
    }
    // A 'doing' style lowers both collective starts, as the source links it to individual firms.
    for (const Rule &r : kb.rules()) {
        if (r.id == QStringLiteral("style_doing")) {
            for (const WeightedTarget &t : r.scores) {
                const QString sp = kb.startingPoints()[t.index].id;
                if (sp == QStringLiteral("covenant") || sp == QStringLiteral("broad_summit")) {
                    CHECK(t.weight < 0);
                }
            }
        }
    }
    // The parts of the source that were missing are there, each from the source.
    for (const char *id : {"mutual_commitment", "administrator_role", "pros_and_cons",
                           "mixed_forms", "way_in", "gradual_build_up", "other_levers"}) {
        const Measure *m = kb.measure(kb.foundations(), QString::fromUtf8(id));
        REQUIRE(m);
        CHECK(m->basis.isSource());
    }
}

TEST_CASE("docs/knowledge-audit.md is the audit of the built-in knowledge base",
          "[knowledge][provenance]")
{
    // Regenerate with: build/app/akkoord-cli audit > docs/knowledge-audit.md
    const QString doc = QString::fromUtf8(
        test::readAll(test::sourcePath(QStringLiteral("docs/knowledge-audit.md"))));
    const QString audit = knowledgeAudit(*knowledge());
    CHECK(doc == audit);
    // Every rule is in it, with its basis.
    for (const Rule &r : knowledge()->rules()) {
        CHECK(audit.contains(QStringLiteral("| ") + r.id));
    }
}

// The knowledge base is written by hand: a misspelt optional key would otherwise be ignored
// without a word, and a question meant to be conditional would always be asked.
TEST_CASE("A misspelt key in the knowledge base is named with its path", "[knowledge][errors]")
{
    const Error e = loadWith(R"("asked_when")", R"("asked_whenn")");
    CHECK(e.kind == ErrorKind::InvalidKnowledgeBase);
    CHECK(e.jsonPath.startsWith(QStringLiteral("questions[")));
    CHECK(e.jsonPath.endsWith(QStringLiteral(".asked_whenn")));
    CHECK(e.message.contains(QStringLiteral(", asked_when"))); // the keys it may have

    const Error basis = loadWith(R"("paragraph": 1,)", R"("paragraph": 1, "paragraf": 2,)");
    CHECK(basis.jsonPath.endsWith(QStringLiteral("basis.paragraf")));
    const Error top = loadWith(R"("groups")", R"("group")");
    CHECK(top.jsonPath == QStringLiteral("group"));
}
