#include "testsupport.h"

#include "browser/lazystyle.h"

#include <QIcon>
#include <QImage>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>

using namespace akkoord::ui;

TEST_CASE("The lazy style draws the extension icons as the style it wraps, and the rest unchanged",
          "[ui][style]")
{
    LazyIconStyle style;
    REQUIRE(style.baseStyle());
    for (const auto which :
         {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton,
          QStyle::SP_DialogOkButton, QStyle::SP_LineEditClearButton}) {
        INFO(int(which));
        const QIcon ours = style.standardIcon(which);
        const QIcon theirs = style.baseStyle()->standardIcon(which);
        REQUIRE_FALSE(theirs.isNull());
        CHECK_FALSE(ours.isNull());
        CHECK(ours.availableSizes() == theirs.availableSizes());
        for (const int size : {8, 16, 32}) {
            CHECK(ours.pixmap(size).toImage() == theirs.pixmap(size).toImage());
        }
    }
    // A window with menu and tool bars builds and paints with it.
    QMainWindow window;
    window.setStyle(&style);
    window.menuBar()->addMenu(QStringLiteral("&Bestand"));
    window.addToolBar(QStringLiteral("Werkbalk"))->addAction(QStringLiteral("Opslaan"));
    window.resize(300, 200);
    CHECK_FALSE(window.grab().isNull());
}
