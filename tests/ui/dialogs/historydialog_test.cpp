#include "testsupport.h"

#include "dialogs/historydialog.h"

#include <QListWidget>

using namespace akkoord;
using namespace akkoord::ui;

TEST_CASE("The history lists every revision with what it changed, and returns the one chosen",
          "[ui][history]")
{
    QVector<Revision> revisions;
    for (int r = 3; r >= 1; --r) { // the store gives them newest first
        Revision revision;
        revision.revision = r;
        revision.content.title = QStringLiteral("Titel %1").arg(r);
        revision.saved = QDateTime(QDate(2026, 11, r), QTime(10, 0), Qt::UTC);
        revisions << revision;
    }
    revisions[0].content.title = revisions[1].content.title; // 3 changed the economy only
    revisions[0].content.answers.set(QStringLiteral("economy"), QStringLiteral("dip"));
    HistoryDialog dialog(QStringLiteral("Startsituatie"), revisions, *test::knowledge(),
                         Language::English);
    CHECK(dialog.windowTitle().contains(QStringLiteral("Startsituatie")));
    auto *list = dialog.findChild<QListWidget *>();
    REQUIRE(list);
    REQUIRE(list->count() == 3);
    CHECK(list->item(0)->text().contains(QStringLiteral("Revision 3")));
    CHECK(list->item(0)->text().contains(QStringLiteral("→")));
    CHECK_FALSE(list->item(0)->text().contains(QStringLiteral("Title:")));
    CHECK(list->item(1)->text().contains(QStringLiteral("Title: “Titel 1” → “Titel 2”")));
    CHECK(list->item(2)->text().contains(QStringLiteral("Titel 1")));
    CHECK(list->item(2)->text().contains(QStringLiteral("First saved")));
    CHECK(dialog.chosenRevision() == 3); // the newest is preselected
    list->setCurrentRow(2);
    CHECK(dialog.chosenRevision() == 1);
}
