// Seeded data for the benchmarks, never committed: a database of N scenarios over M
// municipalities, a case file of the same scenarios for the import benchmark, and the same rows
// as SQL for the sqlite3 baseline.
// Usage: akkoord_bench_generate SEED SCENARIOS CASES [--db FILE] [--json FILE] [--sql FILE]
#include "exchange/exchange.h"
#include "knowledge/knowledgebase.h"
#include "store/scenariostore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace akkoord;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(
            stderr,
            "usage: akkoord_bench_generate SEED SCENARIOS CASES [--db F] [--json F] [--sql F]\n");
        return 2;
    }
    QRandomGenerator random(args[1].toUInt());
    const int scenarios = args[2].toInt();
    const int cases = args[3].toInt();
    const auto option = [&](const char *name) {
        const int i = int(args.indexOf(QString::fromLatin1(name)));
        return i > 0 && i + 1 < args.size() ? args[i + 1] : QString();
    };
    const auto kb = KnowledgeBase::loadDefault().value();

    // Every scenario gets a random answer to each question, some left unknown; scenario i belongs
    // to municipality i mod CASES.
    const auto casesWith = [&](int from, int to) {
        QVector<ImportedCase> data(cases);
        for (int c = 0; c < cases; ++c) {
            data[c].name = QStringLiteral("Gemeente %1").arg(c + 1, 3, 10, QLatin1Char('0'));
            data[c].cbsCode = QStringLiteral("GM%1").arg(c + 1, 4, 10, QLatin1Char('0'));
            data[c].region = QStringLiteral("Regio %1").arg(c % 35 + 1);
        }
        for (int i = from; i < to; ++i) {
            Revision r;
            r.revision = 1;
            r.content.title =
                QStringLiteral("Scenario %1 %2").arg(i + 1).arg(random.bounded(1000000));
            r.content.knowledgeVersion = kb->version();
            r.content.notes = QStringLiteral("Notitie %1").arg(random.bounded(100000));
            for (const Question &q : kb->questions()) {
                if (random.bounded(10) == 0) {
                    continue;
                }
                if (q.multiple) {
                    QStringList values;
                    for (const Option &o : q.options) {
                        if (random.bounded(4) == 0) {
                            values << o.id;
                        }
                    }
                    r.content.answers.setMultiple(q.id, values);
                } else {
                    r.content.answers.set(q.id,
                                          q.options[int(random.bounded(q.options.size()))].id);
                }
            }
            data[i % cases].scenarios.append(ImportedScenario{{r}, false});
        }
        return data;
    };

    if (!option("--db").isEmpty()) {
        // In batches, each one import as a user would run it, so that a million scenarios need
        // no more memory than fifty thousand.
        auto store = ScenarioStore::open(option("--db")).take();
        constexpr int Batch = 50000;
        for (int from = 0; from < scenarios; from += Batch) {
            const auto report =
                Exchange::import(*store, casesWith(from, std::min(scenarios, from + Batch)),
                                 DuplicatePolicy::KeepBoth);
            if (!report.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(report.error().toString()));
                return 1;
            }
        }
    }
    const QVector<ImportedCase> data = option("--json").isEmpty() && option("--sql").isEmpty()
                                           ? QVector<ImportedCase>()
                                           : casesWith(0, scenarios);
    if (!option("--json").isEmpty()) {
        // One case file holding every scenario of the first municipality's worth, renamed, so the
        // import benchmark reads one file.
        QJsonArray list;
        for (const ImportedCase &c : data) {
            for (const ImportedScenario &s : c.scenarios) {
                QJsonObject o{
                    {QStringLiteral("title"), s.revisions.last().content.title},
                    {QStringLiteral("answers"), s.revisions.last().content.answers.toJson()},
                    {QStringLiteral("notes"), s.revisions.last().content.notes},
                    {QStringLiteral("knowledge_base_version"), kb->version()}};
                list.append(o);
            }
        }
        const QJsonObject file{
            {QStringLiteral("format"), QStringLiteral("akkoord.case")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("municipality"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Benchmarkgemeente")}}},
            {QStringLiteral("scenarios"), list}};
        QFile f(option("--json"));
        f.open(QIODevice::WriteOnly);
        f.write(QJsonDocument(file).toJson(QJsonDocument::Compact));
    }
    if (!option("--sql").isEmpty()) {
        // The same rows as the import writes (a scenario and its first revision), in one
        // transaction, for the sqlite3 command-line baseline.
        QFile f(option("--sql"));
        f.open(QIODevice::WriteOnly);
        const auto quote = [](QString s) {
            return QLatin1Char('\'') + s.replace(QLatin1Char('\''), QLatin1String("''")) +
                   QLatin1Char('\'');
        };
        f.write("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=FULL;\nPRAGMA "
                "foreign_keys=ON;\nBEGIN IMMEDIATE;\n"
                "INSERT INTO cases (uuid, name, cbs_code, region, created_at, modified_at) VALUES "
                "('bench-case', 'Benchmarkgemeente', '', '', '2026-11-27T00:00:00.000Z', "
                "'2026-11-27T00:00:00.000Z');\n");
        int n = 0;
        for (const ImportedCase &c : data) {
            for (const ImportedScenario &s : c.scenarios) {
                const ScenarioContent &content = s.revisions.last().content;
                const QString answers = QString::fromUtf8(
                    QJsonDocument(content.answers.toJson()).toJson(QJsonDocument::Compact));
                f.write(
                    QStringLiteral("INSERT INTO scenarios (uuid, case_id, title, answers, notes, "
                                   "knowledge_version, revision, created_at, modified_at) "
                                   "VALUES ('bench-%1', (SELECT id FROM cases WHERE uuid = "
                                   "'bench-case'), %2, %3, %4, '%5', 1, "
                                   "'2026-11-27T00:00:00.000Z', '2026-11-27T00:00:00.000Z');\n"
                                   "INSERT INTO scenario_revisions (scenario_id, revision, title, "
                                   "answers, notes, knowledge_version, saved_at) "
                                   "VALUES (last_insert_rowid(), 1, %2, %3, %4, '%5', "
                                   "'2026-11-27T00:00:00.000Z');\n")
                        .arg(n++)
                        .arg(quote(content.title), quote(answers), quote(content.notes),
                             kb->version())
                        .toUtf8());
            }
        }
        f.write("COMMIT;\n");
    }
    return 0;
}
