#include "testsupport.h"

#include "agreements/agreementfile.h"
#include "common/language.h"
#include "exchange/scenariofile.h"
#include "reportwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace akkoord;
using akkoord::test::advisor;
using akkoord::test::knowledge;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    REQUIRE(p.waitForFinished(30000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pages(const QString &pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    for (const QString &line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:"))) {
            return line.mid(6).trimmed().toInt();
        }
    }
    return 0;
}

// The report language is the installed translation's, as in the programs.
struct LanguageScope
{
    explicit LanguageScope(Language language)
    {
        installTranslation(QCoreApplication::instance(), language);
    }
    ~LanguageScope()
    {
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
};

Scenario soest()
{
    return ScenarioFile::read(
               test::sourcePath(QStringLiteral("resources/examples/soest-convenant.json")),
               *knowledge())
        .value();
}

} // namespace

TEST_CASE("Scenario report as PDF, in Dutch and in English", "[report]")
{
    for (const Language language : {Language::Dutch, Language::English}) {
        const bool nl = language == Language::Dutch;
        DYNAMIC_SECTION((nl ? "Dutch" : "English"))
        {
            LanguageScope scope(language);
            QTemporaryDir dir;
            const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
            const ReportWriter writer(advisor(), language, QDate(2026, 11, 27));
            REQUIRE_FALSE(writer.writePdf(writer.scenarioReport(soest()), pdf).isError());
            const QString text =
                run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
            CHECK(text.contains(QStringLiteral("Soest — Startsituatie 2026")));
            // The document's title, as viewers show it in their title bar and file lists: the
            // names as they are, without the isolating marks the page text uses (they showed as
            // boxes in some viewers).
            CHECK(run(QStringLiteral("pdfinfo"), {pdf})
                      .contains(QStringLiteral("Title:           Soest — Startsituatie 2026\n")));
            CHECK(text.contains(nl ? QStringLiteral("Convenant met werkgeversorganisaties")
                                   : QStringLiteral("Covenant with employer organisations")));
            const QStringList headings = nl ? QStringList{"Advies",
                                                          "Sterkte van het advies",
                                                          "Eerste stappen",
                                                          "Uit de bron, voor elke gemeente",
                                                          "Rangorde",
                                                          "Tactieken voor uw situatie",
                                                          "Risico’s en wat u eraan doet",
                                                          "Altijd, welke start ook",
                                                          "Waarom",
                                                          "Wat het advies zou veranderen",
                                                          "Vergelijkbare praktijkvoorbeelden",
                                                          "Ontbrekende informatie",
                                                          "Antwoorden",
                                                          "Notities",
                                                          "Bron"}
                                            : QStringList{"Advice",
                                                          "Strength of the advice",
                                                          "First steps",
                                                          "From the source, for every municipality",
                                                          "Ranking",
                                                          "Tactics for your situation",
                                                          "Risks and what to do about them",
                                                          "Always, whatever the start",
                                                          "Why",
                                                          "What would change the advice",
                                                          "Similar practice examples",
                                                          "Missing information",
                                                          "Answers",
                                                          "Notes",
                                                          "Source"};
            for (const QString &h : headings) {
                INFO(h.toStdString());
                CHECK(text.contains(h));
            }
            // Each statement says where it comes from; strength in words, never a percentage.
            CHECK(text.contains(
                nl ? QStringLiteral(
                         "bron: “Het strategisch pad voor een succesvolle bijdrage”, alinea 1")
                   : QStringLiteral("source: “The strategic path to a successful contribution”, "
                                    "paragraph 1")));
            CHECK(text.contains(nl ? QStringLiteral("eigen uitwerking")
                                   : QStringLiteral("our own elaboration")));
            CHECK_FALSE(text.contains(QLatin1Char('%')));
            for (const Measure &r : advisor().knowledge().risks()) {
                CHECK(text.contains(r.label.in(language)));
            }
            CHECK(text.contains(nl ? QStringLiteral("Pagina 1 van") : QStringLiteral("Page 1 of")));
            const int n = pages(pdf);
            CHECK(n >= 2);
            CHECK(n <= 8);
            // The matrices are vector graphics: no pictures in the file, and their labels are text.
            const QString images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
            CHECK(images.trimmed().split(QLatin1Char('\n')).size() ==
                  2); // only the two header lines
            const QString first =
                run(QStringLiteral("pdftotext"),
                    {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                     QStringLiteral("1"), pdf, QStringLiteral("-")});
            CHECK(first.contains(QStringLiteral("Zoetermeer")));
            CHECK(first.contains(nl ? QStringLiteral("Collectieven")
                                    : QStringLiteral("Collectives")));
        }
    }
}

TEST_CASE("Comparison report holds every scenario and marks the differences", "[report]")
{
    LanguageScope scope(Language::English);
    QTemporaryDir dir;
    Scenario variant = soest();
    variant.title = QStringLiteral("Zwakkere organisaties");
    variant.answers.set(QStringLiteral("employer_orgs"), QStringLiteral("weak"));
    const ReportWriter writer(advisor(), Language::English, QDate(2026, 11, 27));
    const Report report =
        writer.comparisonReport({{QStringLiteral("Soest — Startsituatie 2026"), soest()},
                                 {QStringLiteral("Soest — Zwakkere organisaties"), variant}});
    CHECK(report.charts.size() == 2);
    CHECK(report.charts[0].arrows.size() == 1);
    const QString pdf = dir.filePath(QStringLiteral("compare.pdf"));
    REQUIRE_FALSE(writer.writePdf(report, pdf).isError());
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
    CHECK(text.contains(QStringLiteral("Comparison of 2 scenarios")));
    CHECK(text.contains(QStringLiteral("Startsituatie 2026")));
    CHECK(text.contains(QStringLiteral("Zwakkere organisaties")));
    // pdftotext may set the table's columns side by side, so look for the start of the row.
    CHECK(text.contains(QStringLiteral("≠ How strong are the employer")));
    CHECK(pages(pdf) >= 2);
}

TEST_CASE("HTML report is one self-contained file with the matrices as SVG", "[report]")
{
    LanguageScope scope(Language::Dutch);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.html"));
    const ReportWriter writer(advisor(), Language::Dutch, QDate(2026, 11, 27));
    REQUIRE_FALSE(writer.writeHtml(writer.scenarioReport(soest()), path).isError());
    const QByteArray html = test::readAll(path);
    // It parses as XML (XHTML), and holds two inline SVG drawings and nothing from elsewhere.
    QXmlStreamReader xml(html);
    int svgs = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("svg")) {
            ++svgs;
        }
    }
    INFO(xml.errorString().toStdString());
    CHECK_FALSE(xml.hasError());
    CHECK(svgs == 2);
    CHECK_FALSE(html.contains("src=\"http"));
    CHECK(html.contains("Convenant met werkgeversorganisaties"));
    CHECK(html.contains("lang=\"nl\""));
}

TEST_CASE("Names, titles and notes are shown literally, never as markup", "[report][security]")
{
    LanguageScope scope(Language::English);
    QTemporaryDir dir;
    Scenario s = soest();
    s.municipality = QStringLiteral("<b>Bold</b> & <img src=x onerror=alert(1)>");
    s.title = QStringLiteral("Plan &amp; <i>cursief</i>");
    s.notes = QStringLiteral("<script>alert('x')</script>\nTweede regel met & teken");
    const ReportWriter writer(advisor(), Language::English, QDate(2026, 11, 27));
    const Report report = writer.scenarioReport(s);

    const QString html = writer.html(report);
    CHECK_FALSE(html.contains(QStringLiteral("<img src=x")));
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>Bold</b>")));
    CHECK(html.contains(
        QStringLiteral("&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;img src=x onerror=alert(1)&gt;")));
    CHECK(html.contains(QStringLiteral("Plan &amp;amp; &lt;i&gt;cursief&lt;/i&gt;")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;")));

    const QString pdf = dir.filePath(QStringLiteral("literal.pdf"));
    REQUIRE_FALSE(writer.writePdf(report, pdf).isError());
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("<b>Bold</b> & <img src=x onerror=alert(1)>")));
    CHECK(text.contains(QStringLiteral("Plan &amp; <i>cursief</i>")));
    CHECK(text.contains(QStringLiteral("<script>alert('x')</script>")));
}

TEST_CASE("A report that cannot be written says so and leaves no half file", "[report][errors]")
{
    QTemporaryDir dir;
    const ReportWriter writer(advisor(), Language::English);
    const QString path = dir.filePath(QStringLiteral("missing/folder/report.pdf"));
    const Error e = writer.writePdf(writer.scenarioReport(soest()), path);
    CHECK(e.kind == ErrorKind::StorageFailed);
    CHECK(e.file == path);
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));
    CHECK(writer
              .writeHtml(writer.scenarioReport(soest()),
                         dir.filePath(QStringLiteral("missing/r.html")))
              .kind == ErrorKind::StorageFailed);
}

TEST_CASE("A report lays out at most what a scenario file may hold", "[report][limits]")
{
    LanguageScope scope(Language::English);
    QTemporaryDir dir;
    Scenario s = soest();
    // Ten megabytes of notes, as a database may hold: laying them all out took minutes.
    const QString line = QStringLiteral("Een regel aantekeningen over de werkgevers in de regio. ");
    s.notes.reserve(10 * 1024 * 1024);
    while (s.notes.size() < 10 * 1024 * 1024) {
        s.notes += line;
        if (s.notes.size() % 7 == 0) {
            s.notes += QLatin1Char('\n');
        }
    }
    s.title = QString(5000, QLatin1Char('T'));
    const ReportWriter writer(advisor(), Language::English, QDate(2026, 11, 27));
    QElapsedTimer timer;
    timer.start();
    const Report report = writer.scenarioReport(s);
    CHECK(report.body.size() < 2 * ScenarioFile::MaxNotesLength);
    CHECK(report.body.contains(QStringLiteral("the report shows the beginning")));
    CHECK(report.title.size() < ScenarioFile::MaxNameLength + ScenarioFile::MaxTitleLength + 10);
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    REQUIRE_FALSE(writer.writePdf(report, pdf).isError());
    CHECK(timer.elapsed() < 60000);
}

namespace {

// Every element and attribute name in a report, read as XML; false when it does not parse.
bool markupOf(const QString &html, QStringList *elements, QStringList *attributes)
{
    QXmlStreamReader xml(html);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            *elements << xml.name().toString();
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                *attributes << a.name().toString().toLower();
            }
        }
    }
    return !xml.hasError();
}

} // namespace

TEST_CASE("Hostile knowledge-base labels and user texts reach the HTML report as text only",
          "[report][security]")
{
    LanguageScope scope(Language::English);
    const QByteArray hostile =
        R"(</title></desc></text><script>alert(1)</script><img src=x onerror=alert(2)>&amp;)";
    QByteArray json = test::defaultKnowledgeJson();
    // Every text in both languages, every label, axis, quadrant, title and description.
    json.replace(R"("nl": ")", R"("nl": ")" + QByteArray(hostile).replace('"', "\\\""));
    json.replace(R"("en": ")", R"("en": ")" + QByteArray(hostile).replace('"', "\\\""));
    const auto kb = KnowledgeBase::loadJson(json, QStringLiteral("hostile.json"));
    REQUIRE(kb.ok());
    const Advisor hostileAdvisor(kb.value());
    Scenario s = soest();
    s.municipality = QString::fromUtf8(hostile);
    s.title = QString::fromUtf8(hostile);
    s.notes = QString::fromUtf8(hostile) + QStringLiteral("\n") + QString::fromUtf8(hostile);
    const ReportWriter writer(hostileAdvisor, Language::English, QDate(2026, 11, 27));
    for (const Report &report :
         {writer.scenarioReport(s),
          writer.comparisonReport({{s.title, s}, {QStringLiteral("<b>twee</b>"), soest()}})}) {
        const QString html = writer.html(report);
        QStringList elements;
        QStringList attributes;
        CHECK(markupOf(html, &elements, &attributes));
        CHECK_FALSE(elements.contains(QStringLiteral("script")));
        CHECK_FALSE(elements.contains(QStringLiteral("img")));
        for (const QString &a : attributes) {
            CHECK_FALSE(a.startsWith(QLatin1String("on")));
        }
        CHECK_FALSE(html.contains(QStringLiteral("<script")));
        CHECK(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        CHECK(elements.count(QStringLiteral("svg")) == 2);
    }
}

TEST_CASE("A bidi override in a name turns around nothing beside it", "[report][security][bidi]")
{
    LanguageScope scope(Language::English);
    Scenario s = soest();
    const QChar rlo(0x202E);
    s.municipality = QStringLiteral("Soest") + rlo + QStringLiteral("tseoS");
    s.title = QStringLiteral("Plan") + QChar(0x2066) + QChar(0x2069) + QChar(0x2069) +
              QStringLiteral(" 2027");
    s.notes = rlo + QStringLiteral("Notitie");
    const ReportWriter writer(advisor(), Language::English, QDate(2026, 11, 27));
    const Report report = writer.scenarioReport(s);
    // Each user text is one isolate with no controls of its own inside.
    CHECK(report.title == QChar(0x2068) + QStringLiteral("SoesttseoS") + QChar(0x2069) +
                              QStringLiteral(" — ") + QChar(0x2068) + QStringLiteral("Plan 2027") +
                              QChar(0x2069));
    const QString html = writer.html(report);
    CHECK_FALSE(html.contains(rlo));
    CHECK_FALSE(html.contains(QChar(0x2066)));
    CHECK(html.contains(QChar(0x2068) + QStringLiteral("Notitie") + QChar(0x2069)));
}

TEST_CASE("A comparison report lays out at most a page's worth of scenarios and says so",
          "[report][limits]")
{
    LanguageScope scope(Language::English);
    QVector<QPair<QString, Scenario>> many;
    for (int i = 0; i < 200; ++i) {
        Scenario s = soest();
        s.title = QStringLiteral("Variant %1").arg(i);
        many.append({QStringLiteral("Soest — Variant %1").arg(i), s});
    }
    const ReportWriter writer(advisor(), Language::English, QDate(2026, 11, 27));
    const Report report = writer.comparisonReport(many);
    CHECK(report.title ==
          QStringLiteral("Comparison of %1 scenarios").arg(Comparison::MaxScenarios));
    CHECK(report.body.contains(
        QStringLiteral("Only the first 12 of the 200 scenarios are compared.")));
    // Each name is an isolate, so it ends where the PDI is.
    CHECK(report.body.contains(QStringLiteral("Variant 11") + QChar(0x2069)));
    CHECK_FALSE(report.body.contains(QStringLiteral("Variant 12") + QChar(0x2069)));
}

namespace {

QVector<Agreement> exampleAgreements()
{
    const QString path = test::sourcePath(
        QStringLiteral("resources/examples/agreements/voorbeeldgemeente.agreements.json"));
    return AgreementFile::parse(test::readAll(path), path).value().agreements;
}

} // namespace

TEST_CASE("The quarterly progress report: what is behind, progress against the previous quarter, "
          "the path beside the recommended start",
          "[report][agreements]")
{
    LanguageScope scope(Language::Dutch);
    QTemporaryDir dir;
    const QDate at(2026, 9, 30);
    const ReportWriter writer(advisor(), Language::Dutch, at);
    Scenario baseline = soest();
    const Report report = writer.progressReport(
        {QStringLiteral("Voorbeeldgemeente"), exampleAgreements(), at, baseline});
    // The strategy matrix with the actual path and the recommended start, and the chart.
    REQUIRE(report.charts.size() == 1);
    CHECK(report.charts[0].point(ChartPoint::ActualQuarter) != nullptr);
    CHECK(
        report.charts[0].point(ChartPoint::StartingPoint, QStringLiteral("covenant"))->emphasised);
    REQUIRE(report.progress);
    CHECK(report.progress->periods.first() == QStringLiteral("2026Q1"));
    CHECK(report.progress->periods.last() == QStringLiteral("2026Q3"));

    const QString pdf = dir.filePath(QStringLiteral("kwartaal.pdf"));
    REQUIRE_FALSE(writer.writePdf(report, pdf).isError());
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
    for (const char *heading : {"Wat achterloopt", "Voortgang per toezegging", "Per doelgroep",
                                "Het pad op de matrix", "Portefeuille", "Volgende evaluaties"}) {
        CHECK(text.contains(QString::fromUtf8(heading)));
    }
    // The covenant's jobs are behind; the young people's deal was ahead; a quarter earlier shown.
    CHECK(text.contains(QStringLiteral("Convenant Samen aan het werk: Banenafspraak")));
    CHECK(text.contains(QStringLiteral("Vorig kwartaal")));
    CHECK(text.contains(
        QStringLiteral("raadt aan te beginnen met: Convenant met werkgeversorganisaties")));
    CHECK(pages(pdf) >= 2);

    // HTML: one file, the matrix and the progress chart as SVG, no script.
    const QString html = writer.html(report);
    CHECK(html.count(QStringLiteral("<svg")) == 2);
    CHECK_FALSE(html.contains(QStringLiteral("<script")));
    CHECK(html.contains(QStringLiteral("Toegezegd (gestreept) en gerealiseerd (doorgetrokken)")));
}

TEST_CASE("A long portfolio is written as lines, so that the report stays quick",
          "[report][agreements][limits]")
{
    QVector<Agreement> many;
    const Agreement model = exampleAgreements().first();
    for (int i = 0; i < 300; ++i) {
        Agreement a = model;
        a.title = QStringLiteral("Afspraak %1").arg(i);
        many << a;
    }
    const ReportWriter writer(advisor(), Language::English, QDate(2026, 9, 30));
    const Report report =
        writer.progressReport({QStringLiteral("Grote gemeente"), many, QDate(2026, 9, 30), {}});
    // 300 agreements of two commitments each, all begun: 600 commitment lines, 300 portfolio
    // lines; the four target groups and units stay a table, the one table left.
    CHECK(report.body.count(QStringLiteral("<p class=\"line\">")) == 900);
    CHECK(report.body.count(QStringLiteral("<table")) == 1);
    QTemporaryDir dir;
    REQUIRE_FALSE(writer.writePdf(report, dir.filePath(QStringLiteral("long.pdf"))).isError());
    const QString text = run(QStringLiteral("pdftotext"),
                             {dir.filePath(QStringLiteral("long.pdf")), QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("Afspraak 299")));
}
