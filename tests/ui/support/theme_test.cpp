#include "testsupport.h"

#include "browser/lazystyle.h"
#include "dialogs/settingsdialog.h"
#include "editor/advicepanel.h"
#include "support/focusring.h"
#include "support/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QFocusFrame>
#include <QImage>
#include <QLineEdit>
#include <QTest>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace akkoord;
using namespace akkoord::ui;

namespace {

// Puts the application palette back after a test changed it.
struct PaletteGuard
{
    QPalette saved = QApplication::palette();
    ~PaletteGuard() { QApplication::setPalette(saved); }
};

} // namespace

TEST_CASE("Each colour choice reads well: text, links and selections keep their contrast",
          "[ui][theme]")
{
    const QPalette system = QApplication::palette();
    for (const QString &choice : Theme::choices()) {
        INFO(choice.toStdString());
        const QPalette p = Theme::palette(choice, system);
        // The focus ring is ours in every palette: it stands out from the window (3:1, as WCAG
        // asks of what is not text). The system's own colours are the desktop's business.
        CHECK(Theme::contrast(FocusRing::color(p), p.color(QPalette::Window)) >= 3.0);
        if (choice == QLatin1String("system")) {
            continue;
        }
        // WCAG AA for normal text (4.5:1); the high-contrast palette aims at AAA (7:1).
        const double needed = choice == QLatin1String("high-contrast") ? 7.0 : 4.5;
        CHECK(Theme::contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= needed);
        CHECK(Theme::contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= needed);
        CHECK(Theme::contrast(p.color(QPalette::ButtonText), p.color(QPalette::Button)) >= needed);
        CHECK(Theme::contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >=
              needed);
        CHECK(Theme::contrast(p.color(QPalette::Link), p.color(QPalette::Base)) >= 4.5);
    }
    CHECK(Theme::contrast(Qt::black, Qt::white) > 20.9);
    CHECK(Theme::contrast(Qt::white, Qt::white) == 1.0);
}

TEST_CASE("A colour choice applies at once, and the system's palette comes back", "[ui][theme]")
{
    const PaletteGuard guard;
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    Theme::apply(QStringLiteral("dark"));
    CHECK(QApplication::palette().color(QPalette::Window).lightness() < 80);
    Theme::apply(QStringLiteral("high-contrast"));
    CHECK(QApplication::palette().color(QPalette::Window) == QColor(Qt::black));
    CHECK(QApplication::palette().color(QPalette::Highlight) == QColor(0xff, 0xff, 0x00));
    Theme::apply(QStringLiteral("system"));
    CHECK(QApplication::palette().color(QPalette::Window) == systemWindow);
}

TEST_CASE("The advice's sources and details stay readable in every palette", "[ui][theme]")
{
    const PaletteGuard guard;
    AdvicePanel panel(*test::knowledge(), Language::English);
    for (const QString &choice : Theme::choices()) {
        INFO(choice.toStdString());
        Theme::apply(choice);
        const QPalette p = panel.palette();
        const QColor secondary = AdvicePanel::secondaryColor(p);
        CHECK(Theme::contrast(secondary, p.color(QPalette::Base)) >= 4.5);
        // Set apart from the main text, not the same colour.
        CHECK(secondary != p.color(QPalette::Text));
    }
}

TEST_CASE("The settings offer the colours and return the choice", "[ui][theme][settings]")
{
    SettingsDialog dialog(QStringLiteral("en"), QStringLiteral("dark"));
    CHECK(dialog.themeChoice() == QStringLiteral("dark"));
    const auto combos = dialog.findChildren<QComboBox *>();
    REQUIRE(combos.size() == 2);
    QComboBox *theme = combos[1];
    CHECK(theme->count() == Theme::choices().size());
    theme->setCurrentIndex(theme->findData(QStringLiteral("high-contrast")));
    CHECK(dialog.themeChoice() == QStringLiteral("high-contrast"));
    // Every choice is named (a screen reader reads the label through its buddy).
    for (int i = 0; i < theme->count(); ++i) {
        CHECK_FALSE(theme->itemText(i).isEmpty());
    }
}

TEST_CASE("Where the keyboard is shows as a clear ring in the highlight colour",
          "[ui][theme][focus]")
{
    LazyIconStyle style;
    QWidget window;
    window.setStyle(&style);
    auto *layout = new QVBoxLayout(&window);
    auto *first = new QLineEdit;
    auto *second = new QComboBox;
    second->addItem(QStringLiteral("x"));
    layout->addWidget(first);
    layout->addWidget(second);
    for (QWidget *w : {static_cast<QWidget *>(first), static_cast<QWidget *>(second)}) {
        w->setStyle(&style);
    }
    window.resize(300, 120);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const FocusRing ring;
    window.activateWindow();
    second->setFocus();
    QApplication::processEvents();
    QFocusFrame *frame = ring.frame();
    REQUIRE(frame);
    CHECK(frame->widget() == second);
    CHECK(frame->isVisible());
    // Around the control, not on it: it hides nothing of what the control shows.
    CHECK(frame->geometry() == second->geometry().adjusted(-FocusRing::Width, -FocusRing::Width,
                                                           FocusRing::Width, FocusRing::Width));
    frame->setStyle(&style);
    const QImage drawn = frame->grab().toImage();
    const QColor highlight = FocusRing::color(frame->palette());
    CHECK(drawn.pixelColor(0, drawn.height() / 2) == highlight);
    CHECK(drawn.pixelColor(drawn.width() - 1, drawn.height() / 2) == highlight);
    CHECK(drawn.pixelColor(drawn.width() / 2, 1) == highlight);
    // It follows the focus.
    first->setFocus();
    QApplication::processEvents();
    CHECK(ring.frame()->widget() == first);
}
