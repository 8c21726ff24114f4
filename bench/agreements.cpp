// The agreements register's targets (issue 17), in process, real widgets on the offscreen
// platform, each beside a baseline measured the same way:
//  - the Afspraken view of a municipality with 500 agreements and ten years of quarterly
//    realisations opens (constructed, shown, painted) in < 100 ms; baseline: a bare QTableView
//    of 500 rows of text shown and painted;
//  - progress (every commitment, the totals, every agreement at a glance) and the path (40
//    quarters) over 10,000 agreements in memory take < 50 ms; baseline: one pass adding up every
//    realisation, the least any of it must do;
//  - the quarterly progress report of the 500 as PDF in < 1 s; baseline: a scenario's PDF report.
// Prints one line per measurement: "name milliseconds". Usage: akkoord_bench_agreements WORKDIR
#include "agreements/agreementswindow.h"
#include "agreements/position.h"
#include "agreements/progress.h"
#include "agreements/progresschart.h"
#include "knowledge/advisor.h"
#include "knowledge/knowledgebase.h"
#include "reportwriter.h"
#include "store/scenariostore.h"

#include "benchsupport.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>

#include <algorithm>
#include <cstdio>

using namespace akkoord;

using bench::median;
using bench::report;

namespace {

template <typename F> double timed(int runs, F &&work)
{
    QVector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms << t.nsecsElapsed() / 1e6;
    }
    return median(ms);
}

// Agreement i: one of every kind in turn, two commitments, a realisation per commitment for each
// of the 40 quarters from 2016 to 2025, and a review a year.
Agreement generated(int i)
{
    Agreement a;
    a.title = QStringLiteral("Afspraak %1").arg(i, 5, 10, QLatin1Char('0'));
    a.kind = agreements::kinds()[i % agreements::kinds().size()];
    a.status = i % 7 == 0 ? QStringLiteral("ended") : QStringLiteral("running");
    a.visibility = i % 3 == 0 ? QStringLiteral("quiet") : QStringLiteral("public");
    a.start = QDate(2016, 1, 1);
    a.end = QDate(2025, 12, 31);
    a.employerOrganisations = {QStringLiteral("Werkgeversvereniging %1").arg(i % 40)};
    a.employerCount = 10 + i % 90;
    a.targetGroups = {agreements::targetGroups()[i % agreements::targetGroups().size()]};
    a.commitments = {
        {agreements::targetGroups()[i % 6], QStringLiteral("persons"), 200, a.end,
         QStringLiteral("jobcoaching")},
        {QStringLiteral("banenafspraak"), QStringLiteral("jobs_25_5h"), 80, a.end, QString()}};
    for (Period q = Period::quarterOf(a.start); q.first <= a.end;
         q = Period::quarterOf(q.last.addDays(1))) {
        a.realisations << Realisation{0, q, double(3 + (i + q.first.month()) % 5),
                                      QStringLiteral("UWV"), true}
                       << Realisation{1, q, 1, QStringLiteral("WSP"), false};
    }
    for (int y = 2016; y <= 2025; ++y) {
        a.reviews << Review{QDate(y, 6, 30), QStringLiteral("jaargesprek")};
    }
    return a;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: akkoord_bench_agreements WORKDIR\n");
        return 2;
    }
    const QString work = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(work);
    const auto kb = KnowledgeBase::loadDefault().value();
    const Advisor advisor(kb);

    // 500 agreements of one municipality, stored once (kept in WORKDIR for the next run).
    const QString db = work + QStringLiteral("/agreements500.sqlite");
    const bool fresh = !QFileInfo::exists(db);
    auto store = ScenarioStore::open(db).take();
    if (fresh) {
        const qint64 id = store->createCase(QStringLiteral("Grote gemeente")).value().id;
        store->transaction([&]() -> Error {
            for (int i = 0; i < 500; ++i) {
                const auto r = store->createAgreement(id, generated(i));
                if (!r.ok()) {
                    return r.error();
                }
            }
            return {};
        });
    }
    const qint64 caseId = store->findCase(QStringLiteral("Grote gemeente")).value().id;

    report("read_500_ms", timed(5, [&] { store->agreements(caseId).value(); }));
    {
        const QVector<Agreement> list = agreementsOf(store->agreements(caseId).value());
        const QDate today = QDate::currentDate();
        report("progress_chart_500_ms",
               timed(5, [&] { ProgressChartState::build(list, QDate(2016, 1, 1), today); }));
        report("path_500_ms", timed(5, [&] { pathOf(*kb, list, QDate(2016, 1, 1), today); }));
        const ReportWriter w(advisor, Language::Dutch, today);
        report("quarterly_report_build_500_ms", timed(3, [&] {
                   w.progressReport({QStringLiteral("x"), list, QDate(2025, 9, 30), {}});
               }));
    }
    const double window = timed(7, [&] {
        ui::AgreementsWindow w(store.get(), advisor, Language::Dutch, caseId);
        w.resize(1366, 768);
        w.show();
        w.repaint();
        app.processEvents();
        w.setAttribute(Qt::WA_DeleteOnClose, false);
    });
    report("agreements_view_open_500_ms", window);
    {
        ui::AgreementsWindow w(store.get(), advisor, Language::Dutch, caseId);
        w.resize(1366, 768);
        w.show();
        app.processEvents();
        for (const auto &[name, page] :
             {std::pair{"progress_page_500_ms", 2}, std::pair{"path_page_500_ms", 3}}) {
            QElapsedTimer t;
            t.start();
            w.tabs()->setCurrentIndex(page);
            w.repaint();
            app.processEvents();
            report(name, t.nsecsElapsed() / 1e6);
        }
    }
    const double table = timed(7, [&] {
        QStandardItemModel model(500, 5);
        for (int r = 0; r < 500; ++r) {
            for (int c = 0; c < 5; ++c) {
                model.setItem(r, c, new QStandardItem(QStringLiteral("Afspraak %1").arg(r)));
            }
        }
        QTableView view;
        view.setModel(&model);
        view.resize(1366, 768);
        view.show();
        view.repaint();
        app.processEvents();
    });
    report("bare_table_500_ms", table);

    // Progress and path over 10,000 agreements in memory.
    QVector<Agreement> many;
    many.reserve(10000);
    for (int i = 0; i < 10000; ++i) {
        many << generated(i);
    }
    const QDate at(2025, 9, 30);
    qsizetype sink = 0;
    const double progress = timed(5, [&] {
        sink += progressAt(many, at).size();
        sink += totalsAt(many, at).size();
        for (const Agreement &a : many) {
            sink += summaryOf(a, at).known ? 1 : 0;
        }
    });
    report("progress_10000_ms", progress);
    const double path =
        timed(5, [&] { sink += pathOf(*kb, many, QDate(2016, 1, 1), QDate(2025, 12, 31)).size(); });
    report("path_10000_ms", path);
    double total = 0;
    const double pass = timed(5, [&] {
        for (const Agreement &a : many) {
            for (const Realisation &r : a.realisations) {
                total += r.value;
            }
        }
    });
    report("sum_realisations_10000_ms", pass);

    // The quarterly report of the 500, as PDF; a scenario's report beside it.
    const QVector<Agreement> five = agreementsOf(store->agreements(caseId).value());
    const ReportWriter writer(advisor, Language::Dutch, at);
    const double quarterly = timed(3, [&] {
        const Report r = writer.progressReport({QStringLiteral("Grote gemeente"), five, at, {}});
        writer.writePdf(r, work + QStringLiteral("/quarterly.pdf"));
    });
    report("quarterly_report_500_ms", quarterly);
    Scenario scenario{QStringLiteral("Soest"), QStringLiteral("Startsituatie"),
                      kb->referenceCase(QStringLiteral("soest"))->answers, QString()};
    const double single = timed(3, [&] {
        writer.writePdf(writer.scenarioReport(scenario), work + QStringLiteral("/scenario.pdf"));
    });
    report("scenario_report_ms", single);
    std::fprintf(stderr, "(%lld %.0f)\n", static_cast<long long>(sink), total);
    return 0;
}
