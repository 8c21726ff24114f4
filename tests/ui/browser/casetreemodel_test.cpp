#include "testsupport.h"

#include "browser/casetreemodel.h"

#include <QTemporaryDir>

using namespace akkoord;
using namespace akkoord::ui;
using akkoord::test::knowledge;

namespace {

QStringList topTexts(const CaseTreeModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r) {
        out << model.index(r, 0).data().toString();
    }
    return out;
}

} // namespace

// The browser's model on a real store: municipalities at once, their scenarios only when
// asked, the practice examples apart, and a filter on titles that reads the store once.
TEST_CASE("The case tree lists municipalities, loads scenarios on demand and filters titles",
          "[ui][browser]")
{
    QTemporaryDir dir;
    auto store = ScenarioStore::open(dir.filePath(QStringLiteral("a.sqlite"))).take();
    const qint64 soest = store->createCase(QStringLiteral("Soest")).value().id;
    const qint64 helmond = store->createCase(QStringLiteral("Helmond")).value().id;
    ScenarioContent c;
    c.knowledgeVersion = knowledge()->version();
    for (const char *title : {"Startsituatie", "Werktop in de winter"}) {
        c.title = QString::fromUtf8(title);
        REQUIRE(store->createScenario(soest, c).ok());
    }
    c.title = QStringLiteral("Convenant");
    REQUIRE(store->createScenario(helmond, c).ok());

    CaseTreeModel model(*knowledge(), Language::English);
    REQUIRE_FALSE(model.reload(store.get(), QString()).isError());
    const QStringList tops = topTexts(model);
    REQUIRE(tops.size() == 3); // two municipalities and the practice examples
    CHECK(tops[0].startsWith(QStringLiteral("Helmond")));
    CHECK(tops[1].startsWith(QStringLiteral("Soest")));
    CHECK(model.isSmall());

    const QModelIndex soestIndex = model.caseIndex(soest);
    REQUIRE(soestIndex.isValid());
    REQUIRE(model.rowCount(soestIndex) == 2);
    CHECK(model.index(0, 0, soestIndex).data(CaseTreeModel::KindRole).toInt() ==
          CaseTreeModel::ScenarioItem);
    const QModelIndex examples = model.index(2, 0);
    CHECK(examples.data(CaseTreeModel::KindRole).toInt() == CaseTreeModel::ReferenceGroup);
    if (model.canFetchMore(examples)) {
        model.fetchMore(examples);
    }
    CHECK(model.rowCount(examples) == knowledge()->referenceCases().size());

    // A title filter shows the municipality for its matching scenario only.
    REQUIRE_FALSE(model.reload(store.get(), QStringLiteral("werktop")).isError());
    REQUIRE(model.rowCount() >= 1);
    CHECK(model.index(0, 0).data().toString().startsWith(QStringLiteral("Soest")));
    CHECK(model.isTitleMatch(0));
    CHECK(model.titleMatches() == 1);
    const QModelIndex match = model.index(0, 0);
    if (model.canFetchMore(match)) {
        model.fetchMore(match);
    }
    REQUIRE(model.rowCount(match) == 1);
    CHECK(model.index(0, 0, match).data().toString().contains(QStringLiteral("Werktop")));
}

TEST_CASE("In a large store the case tree reads no scenario at start: an empty municipality "
          "shows as openable until it is opened",
          "[ui][browser][scale]")
{
    QTemporaryDir dir;
    auto store = ScenarioStore::open(dir.filePath(QStringLiteral("a.sqlite"))).take();
    const qint64 busy = store->createCase(QStringLiteral("Drukstad")).value().id;
    const qint64 empty = store->createCase(QStringLiteral("Leegdorp")).value().id;
    CaseTreeModel model(*knowledge(), Language::English);
    // Small: counted, so the empty municipality has nothing to open from the start.
    REQUIRE(store->createScenario(busy, ScenarioContent{QStringLiteral("Een"), {}, {}, {}}).ok());
    REQUIRE_FALSE(model.reload(store.get(), QString()).isError());
    CHECK(model.isSmall());
    CHECK_FALSE(model.hasChildren(model.caseIndex(empty)));
    CHECK(model.hasChildren(model.caseIndex(busy)));

    REQUIRE_FALSE(store
                      ->transaction([&] {
                          for (int i = 0; i < CaseTreeModel::ExpandAllLimit; ++i) {
                              store->createScenario(
                                  busy, ScenarioContent{QStringLiteral("S %1").arg(i), {}, {}, {}});
                          }
                          return Error();
                      })
                      .isError());
    model.invalidate();
    REQUIRE_FALSE(model.reload(store.get(), QString()).isError());
    CHECK_FALSE(model.isSmall());
    int emptyRow = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(CaseTreeModel::IdRole).toLongLong() == empty) {
            emptyRow = r;
        }
    }
    REQUIRE(emptyRow >= 0);
    const QModelIndex leeg = model.index(emptyRow, 0);
    // Not counted: it may hold scenarios until opening it shows it does not.
    CHECK(model.hasChildren(leeg));
    REQUIRE(model.canFetchMore(leeg));
    model.fetchMore(leeg);
    CHECK(model.rowCount(leeg) == 0);
    CHECK_FALSE(model.hasChildren(leeg));
}
