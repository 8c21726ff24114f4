#include "testsupport.h"

#include "dialogs/historydialog.h"

#include <QListWidget>

using namespace akkoord;
using namespace akkoord::ui;

TEST_CASE("The history lists every revision in the order given and returns the one chosen",
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
    HistoryDialog dialog(QStringLiteral("Startsituatie"), revisions);
    CHECK(dialog.windowTitle().contains(QStringLiteral("Startsituatie")));
    auto *list = dialog.findChild<QListWidget *>();
    REQUIRE(list);
    REQUIRE(list->count() == 3);
    CHECK(list->item(0)->text().contains(QStringLiteral("Titel 3")));
    CHECK(list->item(2)->text().contains(QStringLiteral("Titel 1")));
    CHECK(dialog.chosenRevision() == 3); // the newest is preselected
    list->setCurrentRow(2);
    CHECK(dialog.chosenRevision() == 1);
}
