#include "testsupport.h"

#include "dialogs/trashdialog.h"
#include "support/prompt.h"

#include <QListWidget>
#include <QPushButton>

using namespace akkoord;
using namespace akkoord::ui;

TEST_CASE("The trash shows deleted municipalities first, and empties only after asking",
          "[ui][trash]")
{
    CaseRecord soest;
    soest.id = 1;
    soest.name = QStringLiteral("Soest");
    soest.deleted = QDateTime::currentDateTimeUtc();
    soest.scenarioCount = 2;
    CaseRecord helmond;
    helmond.id = 2;
    helmond.name = QStringLiteral("Helmond");
    ScenarioRecord scenario;
    scenario.id = 7;
    scenario.caseId = 2;
    scenario.content.title = QStringLiteral("Werktop");
    scenario.deleted = QDateTime::currentDateTimeUtc();

    TrashDialog dialog({soest, helmond}, {scenario});
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("trashList"));
    REQUIRE(list);
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("Soest")));
    CHECK(list->item(1)->text() == QStringLiteral("Helmond — Werktop"));
    list->setCurrentRow(1);
    CHECK(dialog.chosenId() == 7);
    CHECK_FALSE(dialog.chosenIsCase());
    list->setCurrentRow(0);
    CHECK(dialog.chosenId() == 1);
    CHECK(dialog.chosenIsCase());

    // "Empty the trash" asks first; Cancel keeps everything.
    int asked = 0;
    int answer = 0;
    Prompt::setHook([&](const PromptRequest &r) {
        ++asked;
        CHECK(r.kind == PromptRequest::Warning);
        return answer;
    });
    auto *empty = dialog.findChild<QPushButton *>(QStringLiteral("emptyTrash"));
    REQUIRE(empty);
    empty->click();
    CHECK(asked == 1);
    CHECK(dialog.choice() != TrashDialog::Empty);
    answer = 1;
    empty->click();
    CHECK(dialog.choice() == TrashDialog::Empty);
    Prompt::setHook({});
}

TEST_CASE("An empty trash says so and offers nothing to do", "[ui][trash]")
{
    TrashDialog dialog({}, {});
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("trashList"));
    REQUIRE(list);
    CHECK(list->count() == 1);
    CHECK(list->item(0)->text() == QStringLiteral("The trash is empty."));
    CHECK_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("emptyTrash"))->isEnabled());
}
