// The regional database's targets (issue 18), on a throwaway cluster over loopback
// (bench/run starts it with tests/postgres/run), each beside a baseline measured the same way:
//  - a region of 35 municipalities with 100 scenarios and 200 agreements each: opening the
//    database and its first page (the municipalities counted, the first one's scenarios) in at
//    most 2x the time of the same data in the SQLite file;
//  - a save (a scenario's new revision) in at most 50 ms; baseline: the same save in SQLite;
//  - copy of the region into PostgreSQL in at most 2x the time of psql's \copy of the same rows
//    (every scenario, revision, agreement and agreement revision, from CSV).
// Prints one line per measurement: "name milliseconds". Usage: akkoord_bench_regional WORKDIR
#include "agreements/agreementfile.h"
#include "knowledge/knowledgebase.h"
#include "store/regionserver.h"
#include "store/scenariostore.h"
#include "store/storecopy.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

using namespace akkoord;
using bench::median;
using bench::report;

namespace {

void psql(const QString &database, const QString &sql)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"),
                                     QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                     QStringLiteral("-d"), database, QStringLiteral("-c"), sql});
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        qFatal("psql failed: %s", qPrintable(sql));
    }
}

QString region(const QString &name)
{
    psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
    psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name));
    const QString address = QStringLiteral("postgresql:///%1").arg(name);
    if (!RegionServer::init(address, QStringLiteral("Bench")).ok()) {
        qFatal("server init failed");
    }
    return address;
}

std::unique_ptr<ScenarioStore> open(const QString &address)
{
    auto opened = ScenarioStore::open(address);
    if (!opened.ok()) {
        qFatal("%s", qPrintable(opened.error().toString()));
    }
    return opened.take();
}

double openFirstPage(const QString &address)
{
    QVector<double> runs;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        auto store = open(address);
        const auto cases = store->cases();
        const auto first = store->scenarioSummaries(cases.value().first().id);
        if (first.value().size() != 100) {
            qFatal("unexpected first page");
        }
        runs << t.nsecsElapsed() / 1e6;
    }
    return median(runs);
}

double saves(ScenarioStore &store, qint64 id)
{
    QVector<double> runs;
    ScenarioRecord s = store.scenario(id).value();
    for (int i = 0; i < 50; ++i) {
        ScenarioContent c = s.content;
        c.notes = QStringLiteral("Bewerking %1").arg(i);
        QElapsedTimer t;
        t.start();
        s = store.saveScenario(id, s.revision, c).value();
        runs << t.nsecsElapsed() / 1e6;
    }
    return median(runs);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QDir work(app.arguments().value(1, QDir::tempPath()));
    QDir().mkpath(work.path());
    const auto kb = KnowledgeBase::loadDefault().value();
    const QString source = work.filePath(QStringLiteral("region.sqlite"));
    QFile::remove(source);
    {
        auto store = open(source);
        const QString path = QStringLiteral(AKKOORD_SOURCE_DIR "/resources/examples/agreements/"
                                                               "voorbeeldgemeente.agreements.json");
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        const Agreement agreement =
            AgreementFile::parse(f.readAll(), path).value().agreements.first();
        ScenarioContent c;
        c.answers = kb->referenceCase(QStringLiteral("soest"))->answers;
        c.knowledgeVersion = kb->version();
        const Error e = store->transaction([&]() -> Error {
            for (int m = 0; m < 35; ++m) {
                const qint64 id =
                    store
                        ->createCase(QStringLiteral("Gemeente %1").arg(m, 2, 10, QLatin1Char('0')),
                                     QStringLiteral("GM%1").arg(m, 4, 10, QLatin1Char('0')))
                        .value()
                        .id;
                for (int s = 0; s < 100; ++s) {
                    c.title = QStringLiteral("Scenario %1").arg(s);
                    store->createScenario(id, c);
                }
                for (int a = 0; a < 200; ++a) {
                    Agreement copy = agreement;
                    copy.title = QStringLiteral("Afspraak %1").arg(a);
                    store->createAgreement(id, copy);
                }
            }
            return {};
        });
        if (e.isError()) {
            qFatal("%s", qPrintable(e.toString()));
        }
    }
    // copy into PostgreSQL, against psql's \copy of the rows that copy wrote.
    const QString target = region(QStringLiteral("bench_copy"));
    {
        auto from = open(source);
        auto to = open(target);
        QElapsedTimer t;
        t.start();
        if (!copyStore(*from, *to).ok()) {
            qFatal("copy failed");
        }
        report("copy_region_ms", t.nsecsElapsed() / 1e6);
    }
    const QStringList tables = {QStringLiteral("cases"), QStringLiteral("scenarios"),
                                QStringLiteral("scenario_revisions"), QStringLiteral("agreements"),
                                QStringLiteral("agreement_revisions")};
    QString out;
    QString in;
    for (const QString &table : tables) {
        const QString csv = work.filePath(table + QStringLiteral(".csv"));
        out += QStringLiteral("\\copy akkoord.%1 TO '%2' CSV\n").arg(table, csv);
        in += QStringLiteral("\\copy akkoord.%1 FROM '%2' CSV\n").arg(table, csv);
    }
    QFile script(work.filePath(QStringLiteral("out.sql")));
    script.open(QIODevice::WriteOnly);
    script.write(out.toUtf8());
    script.close();
    QProcess::execute(QStringLiteral("psql"),
                      {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"),
                       QStringLiteral("bench_copy"), QStringLiteral("-f"), script.fileName()});
    region(QStringLiteral("bench_plain"));
    // The identity columns take the copied ids as they are.
    psql(QStringLiteral("bench_plain"),
         QStringLiteral("ALTER TABLE akkoord.cases ALTER COLUMN id SET GENERATED BY DEFAULT; "
                        "ALTER TABLE akkoord.scenarios ALTER COLUMN id SET GENERATED BY DEFAULT; "
                        "ALTER TABLE akkoord.agreements ALTER COLUMN id SET GENERATED BY DEFAULT"));
    script.open(QIODevice::WriteOnly);
    script.write(in.toUtf8());
    script.close();
    {
        QElapsedTimer t;
        t.start();
        QProcess::execute(QStringLiteral("psql"),
                          {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                           QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"),
                           QStringLiteral("bench_plain"), QStringLiteral("-f"), script.fileName()});
        report("psql_copy_region_ms", t.nsecsElapsed() / 1e6);
    }
    report("open_first_page_postgresql_ms", openFirstPage(target));
    report("open_first_page_sqlite_ms", openFirstPage(source));
    {
        auto pg = open(target);
        auto lite = open(source);
        report(
            "save_postgresql_ms",
            saves(*pg, pg->scenarioSummaries(pg->cases().value().first().id).value().first().id));
        report("save_sqlite_ms", saves(*lite, 1));
    }
    return 0;
}
