// In-process benchmarks on a generated database, real widgets on the offscreen platform.
// Prints one line per measurement: "name milliseconds".
// Usage: akkoord_bench_micro DB OUTDIR
#include "advice/comparison.h"
#include "advice/matrixchart.h"
#include "browser/casebrowser.h"
#include "browser/titlesearch.h"
#include "dialogs/comparisonchooser.h"
#include "editor/strategymatrixview.h"
#include "knowledge/advisor.h"
#include "knowledge/knowledgebase.h"
#include "reportwriter.h"
#include "store/scenariostore.h"

#include "benchsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace akkoord;

using bench::median;
using bench::report;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: akkoord_bench_micro DB OUTDIR\n");
        return 2;
    }
    const QString db = QString::fromLocal8Bit(argv[1]);
    const QString out = QString::fromLocal8Bit(argv[2]);
    const auto kb = KnowledgeBase::loadDefault().value();
    {
        // The built-in knowledge base from its snapshot, as both programs load it at start.
        QVector<double> runs;
        for (int i = 0; i < 50; ++i) {
            QElapsedTimer t;
            t.start();
            const auto again = KnowledgeBase::loadDefault();
            runs << t.nsecsElapsed() / 1e6;
            if (!again.ok()) {
                return 1;
            }
        }
        report("knowledge_base_load_ms", median(runs));
    }
    const Advisor advisor(kb);

    // Open the database and show the first page of the case browser.
    {
        QVector<double> runs;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            auto store = ScenarioStore::open(db).take();
            ui::CaseBrowser browser(*kb, Language::Dutch);
            browser.resize(300, 800);
            browser.show();
            browser.reload(*store);
            app.processEvents();
            browser.grab(); // painted
            runs << t.nsecsElapsed() / 1e6;
        }
        report("open_and_browse_ms", median(runs));
    }

    auto store = ScenarioStore::open(db).take();
    {
        // Reading every title into memory for the filter (done once, when the filter is used).
        QVector<double> runs;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            const auto index = store->titleIndex();
            runs << t.nsecsElapsed() / 1e6;
            if (!index.ok() || index.value().size() == 0) {
                return 1;
            }
        }
        report("title_index_ms", median(runs));
    }
    {
        ui::CaseBrowser browser(*kb, Language::Dutch);
        browser.resize(300, 800);
        browser.show();
        browser.reload(*store);
        app.processEvents();
        // The first key starts reading the titles on the side; the window stays free meanwhile
        // (the longest wait between two events is reported) and filters when they are there.
        QApplication::setActiveWindow(&browser);
        browser.filterEdit()->setFocus(Qt::MouseFocusReason);
        QElapsedTimer ready;
        ready.start();
        browser.filterEdit()->setText(QStringLiteral("S"));
        double longestWait = 0;
        QElapsedTimer wait;
        while (browser.model()->titlesPending()) {
            wait.start();
            app.processEvents(QEventLoop::WaitForMoreEvents, 5);
            longestWait = std::max(longestWait, wait.nsecsElapsed() / 1e6);
        }
        report("titles_ready_after_first_key_ms", ready.nsecsElapsed() / 1e6);
        report("titles_reading_longest_event_wait_ms", longestWait);
        browser.filterEdit()->clear();
        app.processEvents();
        // Typing a municipality's name and a scenario's title one key at a time; each keystroke
        // filters and repaints. The first keys of a title match almost every scenario.
        QVector<double> runs;
        for (const QString &typed :
             {QStringLiteral("Gemeente 12"), QStringLiteral("Scenario 12")}) {
            for (int i = 1; i <= typed.size(); ++i) {
                QElapsedTimer t;
                t.start();
                browser.filterEdit()->setText(typed.left(i));
                app.processEvents();
                browser.view()->viewport()->grab();
                runs << t.nsecsElapsed() / 1e6;
                if (qEnvironmentVariableIsSet("AKKOORD_BENCH_VERBOSE")) {
                    std::fprintf(stderr, "filter %-12s %8.3f ms\n", qPrintable(typed.left(i)),
                                 runs.last());
                }
            }
            browser.filterEdit()->clear();
            app.processEvents();
        }
        report("filter_keystroke_ms", median(runs));
        report("filter_keystroke_worst_ms", *std::max_element(runs.begin(), runs.end()));
    }

    {
        // The comparison chooser: opening it, and searching as one types once the titles are read.
        const qint64 firstCase =
            store->cases(QString(), false, ScenarioStore::Counting::None).value().first().id;
        const qint64 firstScenario = store->scenarioSummaries(firstCase).value().first().id;
        ui::TitleSearch titles;
        titles.setStore(store.get());
        QVector<double> opens;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            ui::ComparisonChooser chooser(*store, titles, firstCase, firstScenario);
            chooser.show();
            app.processEvents();
            chooser.grab();
            opens << t.nsecsElapsed() / 1e6;
        }
        report("compare_chooser_open_ms", median(opens));
        if (titles.readNow().isError()) {
            return 1;
        }
        ui::ComparisonChooser chooser(*store, titles, firstCase, firstScenario);
        chooser.show();
        app.processEvents();
        QVector<double> keys;
        const QString typed = QStringLiteral("Scenario 12");
        for (int i = 1; i <= typed.size(); ++i) {
            QElapsedTimer t;
            t.start();
            chooser.searchEdit()->setText(typed.left(i));
            app.processEvents();
            chooser.grab();
            keys << t.nsecsElapsed() / 1e6;
        }
        report("compare_chooser_keystroke_worst_ms", *std::max_element(keys.begin(), keys.end()));
    }

    // The rest needs only the first thousand scenarios.
    QVector<ScenarioRecord> all;
    store->forEachScenario({}, [&](const CaseRecord &, const ScenarioRecord &s) {
        all.append(s);
        return all.size() < 1000;
    });
    {
        // Advice with full plus-minus and a target analysis, as the window computes it per answer.
        const int n = int(qMin<qsizetype>(1000, all.size()));
        QElapsedTimer t;
        t.start();
        int sink = 0;
        for (int i = 0; i < n; ++i) {
            sink += int(advisor.advise(all[i].content.answers, QStringLiteral("covenant"))
                            .sensitivity.size());
        }
        report("advice_per_scenario_ms", t.nsecsElapsed() / 1e6 / n);
        if (sink < 0) {
            return 1;
        }
    }
    {
        // Compare ten scenarios and redraw the matrix with all of them.
        QVector<QPair<QString, Scenario>> ten;
        for (int i = 0; i < 10 && i < all.size(); ++i) {
            ten.append({all[i].content.title, Scenario{QString(), all[i].content.title,
                                                       all[i].content.answers, QString()}});
        }
        ui::StrategyMatrixView view;
        view.resize(700, 500);
        view.show();
        app.processEvents();
        QVector<double> runs;
        for (int r = 0; r < 5; ++r) {
            QElapsedTimer t;
            t.start();
            const Comparison c = Comparison::build(ten, advisor);
            QVector<QPair<QString, Advice>> positions;
            for (const ComparedScenario &item : c.items) {
                positions.append({item.scenario.title, item.advice});
            }
            view.setState(MatrixChartState::build(advisor, QStringLiteral("strategy"),
                                                  Language::Dutch, positions, true));
            view.grab();
            runs << t.nsecsElapsed() / 1e6;
        }
        report("compare_10_and_redraw_ms", median(runs));
    }
    {
        const ReportWriter writer(advisor, Language::Dutch);
        const Scenario s{QStringLiteral("Gemeente 001"), all.first().content.title,
                         all.first().content.answers, all.first().content.notes};
        QVector<double> runs;
        for (int r = 0; r < 3; ++r) {
            QElapsedTimer t;
            t.start();
            writer.writePdf(writer.scenarioReport(s), out + QStringLiteral("/bench-report.pdf"));
            runs << t.nsecsElapsed() / 1e6;
        }
        report("scenario_pdf_report_ms", median(runs));
    }
    return 0;
}
