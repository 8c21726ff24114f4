#include "testsupport.h"
#include "windowfixture.h"

#include "dialogs/guidedialog.h"

#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QTextBrowser>

using namespace akkoord;
using namespace akkoord::ui;
using akkoord::test::Fixture;

TEST_CASE("The user guide is inside the program, in Dutch and in English, and covers what the "
          "issue asks",
          "[ui][guide]")
{
    const struct
    {
        Language language;
        QStringList headings;
    } guides[] = {
        {Language::Dutch,
         {QStringLiteral("Waarvoor is Akkoord?"), QStringLiteral("De vijf stappen"),
          QStringLiteral("Wat de matrix laat zien"),
          QStringLiteral("Wat het advies betekent, en wat niet"),
          QStringLiteral("Waar de kennis vandaan komt"), QStringLiteral("Toetsen")}},
        {Language::English,
         {QStringLiteral("What is Akkoord for?"), QStringLiteral("The five steps"),
          QStringLiteral("What the matrix shows"),
          QStringLiteral("What the advice means, and what it does not"),
          QStringLiteral("Where the knowledge comes from"), QStringLiteral("Keys")}},
    };
    for (const auto &g : guides) {
        GuideDialog dialog(g.language);
        const QString text = dialog.browser()->toPlainText();
        for (const QString &heading : g.headings) {
            INFO(heading.toStdString());
            CHECK(text.contains(heading));
        }
        // Five numbered steps, and nothing fetched from outside.
        CHECK(dialog.browser()->source().scheme() == QStringLiteral("qrc"));
        CHECK_FALSE(dialog.browser()->openExternalLinks());
    }
}

TEST_CASE("Every shortcut the guide names is one the menus have", "[ui][guide]")
{
    Fixture f;
    QStringList shortcuts;
    const std::function<void(QMenu *)> collect = [&](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->menu()) {
                collect(a->menu());
            } else if (!a->shortcut().isEmpty()) {
                shortcuts << a->shortcut().toString(QKeySequence::PortableText);
            }
        }
    };
    for (QAction *a : f.window->menuBar()->actions()) {
        if (a->menu()) {
            collect(a->menu());
        }
    }
    // The advice panel's action joins the View menu once a scenario is open.
    REQUIRE(f.window->openScenario(f.scenario("Soest")));
    shortcuts.clear();
    for (QAction *a : f.window->menuBar()->actions()) {
        if (a->menu()) {
            collect(a->menu());
        }
    }
    for (const char *key : {"F1", "Ctrl+N", "Ctrl+S", "Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+F", "F2",
                            "Del", "Ctrl+1", "Ctrl+2", "Ctrl+Shift+A", "Ctrl+P"}) {
        INFO(key);
        CHECK(shortcuts.contains(QString::fromLatin1(key)));
    }
}

TEST_CASE("F1 opens the guide beside the window, once", "[ui][guide]")
{
    Fixture f;
    QApplication::setActiveWindow(f.window.get());
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    QTest::keyClick(f.window.get(), Qt::Key_F1);
    QApplication::processEvents();
    auto *guide = f.window->findChild<GuideDialog *>(QStringLiteral("guide"));
    REQUIRE(guide);
    CHECK(guide->isVisible());
    CHECK_FALSE(guide->isModal());
    // Escape closes it, from the text as from anywhere in it.
    QApplication::setActiveWindow(guide);
    REQUIRE(QTest::qWaitForWindowActive(guide));
    guide->browser()->setFocus();
    QTest::keyClick(guide->browser(), Qt::Key_Escape);
    CHECK_FALSE(guide->isVisible());
    QApplication::setActiveWindow(f.window.get());
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    QTest::keyClick(f.window.get(), Qt::Key_F1);
    QApplication::processEvents();
    CHECK(f.window->findChildren<GuideDialog *>().size() == 1);
    CHECK(guide->isVisible());
}
