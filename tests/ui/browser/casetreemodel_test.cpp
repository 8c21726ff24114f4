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
