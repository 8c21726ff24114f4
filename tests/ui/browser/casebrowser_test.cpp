#include "testsupport.h"

#include "browser/casebrowser.h"
#include "store/scenariostore.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace akkoord;
using namespace akkoord::ui;
using akkoord::test::knowledge;

namespace {

// A browser on a real database: Soest with a few scenarios, Súdwest-Fryslân with one, and
// Utrecht with 400, more than the browser opens at once.
struct BrowserFixture
{
    QTemporaryDir dir;
    std::unique_ptr<ScenarioStore> store =
        ScenarioStore::open(dir.filePath(QStringLiteral("browse.sqlite"))).take();
    CaseRecord soest = store->createCase(QStringLiteral("Soest"), QStringLiteral("GM0342")).value();
    CaseRecord sudwest = store->createCase(QStringLiteral("Súdwest-Fryslân")).value();
    CaseRecord utrecht = store->createCase(QStringLiteral("Utrecht")).value();
    CaseBrowser browser{*knowledge(), Language::Dutch};

    BrowserFixture()
    {
        add(soest, "Startsituatie 2026");
        add(soest, "Na het convenant");
        const ScenarioRecord base = add(soest, "Werktop met de regio");
        REQUIRE(store->setBaseline(base.id, true).ok());
        add(sudwest, "Zomer 2026");
        REQUIRE_FALSE(
            store
                ->transaction([&] {
                    for (int i = 0; i < 400; ++i) {
                        add(utrecht,
                            qPrintable(
                                QStringLiteral("Wijkscenario %1").arg(i, 3, 10, QLatin1Char('0'))));
                    }
                    return Error();
                })
                .isError());
        browser.resize(300, 600);
        browser.show();
        browser.reload(*store);
    }
    ScenarioRecord add(const CaseRecord &c, const char *title)
    {
        return store->createScenario(c.id, ScenarioContent{QString::fromUtf8(title), {}, {}, {}})
            .value();
    }
    // The municipalities shown, with "+" when expanded, as the user sees the tree.
    QStringList tops() const
    {
        QStringList out;
        const auto *model = browser.model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex top = model->index(row, 0);
            if (top.data(CaseTreeModel::KindRole).toInt() == CaseTreeModel::CaseItem) {
                out << (browser.view()->isExpanded(top) ? QStringLiteral("+") : QString()) +
                           top.data().toString();
            }
        }
        return out;
    }
    QStringList childrenOf(const QString &municipality)
    {
        auto *model = browser.model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex top = model->index(row, 0);
            if (top.data().toString().startsWith(municipality)) {
                if (model->canFetchMore(top)) {
                    model->fetchMore(top);
                }
                QStringList out;
                for (int child = 0; child < model->rowCount(top); ++child) {
                    out << model->index(child, 0, top).data().toString();
                }
                return out;
            }
        }
        return {QStringLiteral("(not shown)")};
    }
};

} // namespace

TEST_CASE("The filter finds scenarios by title, ignoring case and accents", "[ui][browser]")
{
    BrowserFixture f;
    CHECK(f.tops() == QStringList{QStringLiteral("Soest (GM0342)"),
                                  QStringLiteral("Súdwest-Fryslân"), QStringLiteral("Utrecht")});

    // Typed one key at a time, as a user does.
    QTest::keyClicks(f.browser.filterEdit(), QStringLiteral("2026"));
    CHECK(f.tops() ==
          QStringList{QStringLiteral("+Soest (GM0342)"), QStringLiteral("+Súdwest-Fryslân")});
    CHECK(f.browser.visibleScenarioTitles() ==
          QStringList{QStringLiteral("Startsituatie 2026"), QStringLiteral("Zomer 2026")});

    // The municipality's own name matches without its accents: all its scenarios are shown.
    f.browser.filterEdit()->clear();
    QTest::keyClicks(f.browser.filterEdit(), QStringLiteral("SUDWEST"));
    CHECK(f.tops() == QStringList{QStringLiteral("+Súdwest-Fryslân")});
    CHECK(f.browser.visibleScenarioTitles() == QStringList{QStringLiteral("Zomer 2026")});

    // The code matches too; the baseline (★) comes first, as without a filter.
    f.browser.setFilter(QStringLiteral("gm0342"));
    CHECK(f.childrenOf(QStringLiteral("Soest")) ==
          QStringList{QStringLiteral("★ Werktop met de regio"), QStringLiteral("Na het convenant"),
                      QStringLiteral("Startsituatie 2026")});

    // Matching titles of a municipality whose name does not match: only those, baseline first.
    f.browser.setFilter(QStringLiteral("e"));
    CHECK(f.childrenOf(QStringLiteral("Soest")) ==
          QStringList{QStringLiteral("★ Werktop met de regio"), QStringLiteral("Na het convenant"),
                      QStringLiteral("Startsituatie 2026")});
    f.browser.setFilter(QStringLiteral("het conv"));
    CHECK(f.tops() == QStringList{QStringLiteral("+Soest (GM0342)")});
    CHECK(f.browser.visibleScenarioTitles() == QStringList{QStringLiteral("Na het convenant")});

    f.browser.setFilter(QStringLiteral("no such title"));
    CHECK(f.tops().isEmpty());
}

TEST_CASE("Hundreds of matches are listed closed, and opening one shows only its matches",
          "[ui][browser]")
{
    BrowserFixture f;
    f.browser.setFilter(QStringLiteral("scenario 1"));
    // 100 matches in Utrecht: few enough to open.
    CHECK(f.tops() == QStringList{QStringLiteral("+Utrecht")});
    REQUIRE(f.browser.visibleScenarioTitles().size() == 100);
    CHECK(f.browser.visibleScenarioTitles().first() == QStringLiteral("Wijkscenario 100"));

    f.browser.setFilter(QStringLiteral("scenario"));
    // 400: the municipality is listed, closed, and holds exactly the matches when opened.
    CHECK(f.tops() == QStringList{QStringLiteral("Utrecht")});
    const QStringList utrecht = f.childrenOf(QStringLiteral("Utrecht"));
    REQUIRE(utrecht.size() == 400);
    CHECK(utrecht.first() == QStringLiteral("Wijkscenario 000"));
    CHECK(utrecht.last() == QStringLiteral("Wijkscenario 399"));
}

TEST_CASE("The filter sees what was saved after the browser was reloaded", "[ui][browser]")
{
    BrowserFixture f;
    // Going to the filter reads the titles; a scenario added afterwards must still be found.
    QApplication::setActiveWindow(&f.browser);
    f.browser.filterEdit()->setFocus(Qt::MouseFocusReason);
    QApplication::processEvents();
    f.browser.setFilter(QStringLiteral("begroting"));
    CHECK(f.tops().isEmpty());

    f.add(f.sudwest, "Begroting 2027");
    const ScenarioRecord old = f.add(f.soest, "Begroting oud");
    REQUIRE_FALSE(f.store->trashScenario(old.id).isError());
    f.browser.reload(*f.store);
    CHECK(f.tops() == QStringList{QStringLiteral("+Súdwest-Fryslân")});
    CHECK(f.browser.visibleScenarioTitles() == QStringList{QStringLiteral("Begroting 2027")});
}

TEST_CASE("In a large store the titles are read on the side: the window does not wait, the "
          "filter follows",
          "[ui][browser][scale]")
{
    BrowserFixture f;
    // As if the 404 scenarios were a million: read on a thread, through a connection of its own.
    TitleSearch &search = f.browser.model()->titleSearch();
    search.setReadAtOnceLimit(10);
    QSignalSpy ready(&search, &TitleSearch::ready);

    f.browser.setFilter(QStringLiteral("zomer"));
    // Until the titles are there, what matches by name is shown, and the filter says why.
    CHECK(f.browser.model()->titlesPending());
    CHECK(f.tops().isEmpty());
    CHECK_FALSE(f.browser.filterEdit()->toolTip().isEmpty());
    REQUIRE(ready.wait(10000));
    CHECK_FALSE(f.browser.model()->titlesPending());
    CHECK(f.tops() == QStringList{QStringLiteral("+Súdwest-Fryslân")});
    CHECK(f.browser.filterEdit()->toolTip().isEmpty());

    // A save while the titles are read: the read starts again, and what was saved is found.
    f.browser.setFilter(QString());
    f.browser.reload(*f.store);
    f.browser.setFilter(QStringLiteral("herfst"));
    REQUIRE(search.isReading());
    f.add(f.soest, "Herfst 2027");
    f.browser.reload(*f.store);
    REQUIRE(ready.wait(10000));
    while (search.isReading()) {
        REQUIRE(ready.wait(10000));
    }
    CHECK(f.tops() == QStringList{QStringLiteral("+Soest (GM0342)")});
    CHECK(f.browser.visibleScenarioTitles() == QStringList{QStringLiteral("Herfst 2027")});

    // Closing the window while titles are read waits for the reading thread (no crash, no
    // connection left open in it).
    f.browser.reload(*f.store);
    f.browser.setFilter(QStringLiteral("wijk"));
    CHECK(search.isReading());
}
