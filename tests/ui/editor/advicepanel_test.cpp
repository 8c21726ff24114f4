#include "testsupport.h"

#include "editor/advicepanel.h"
#include "editor/liveadvice.h"
#include "editor/scenariodocument.h"
#include "exchange/scenariofile.h"

#include <QApplication>
#include <QComboBox>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace akkoord;
using namespace akkoord::ui;
using akkoord::test::knowledge;

namespace {

// A panel on the live advice of one practice example's scenario.
struct Shown
{
    Advisor advisor{knowledge()};
    ScenarioDocument document;
    LiveAdvice live;
    AdvicePanel panel;

    explicit Shown(const char *example, Language language = Language::English)
        : live(advisor, language, &document), panel(*knowledge(), language)
    {
        panel.attach(&live);
        const Scenario s =
            ScenarioFile::read(
                test::sourcePath(
                    QStringLiteral("resources/examples/%1.json").arg(QString::fromLatin1(example))),
                *knowledge())
                .value();
        document.load(s.municipality, 1, 1, 1, ScenarioContent::from(s, knowledge()->version()));
    }
};

} // namespace

// The panel is both a view and one input: its target combo sets the live advice's target, and
// what the panel shows comes back from the live advice, never from its own combo.
TEST_CASE("The advice panel shows the live advice and sets its target", "[ui][advice]")
{
    Shown shown("voorlopers-mkb");
    LiveAdvice &live = shown.live;
    AdvicePanel &panel = shown.panel;
    const QString frontrunners =
        knowledge()
            ->startingPoints()[knowledge()->startingPointIndex(QStringLiteral("frontrunners"))]
            .label.en;
    CHECK(panel.browser()->toPlainText().contains(frontrunners));
    CHECK_FALSE(panel.browser()->toPlainText().contains(QStringLiteral("To get to")));

    auto *target = panel.findChild<QComboBox *>();
    REQUIRE(target);
    const int covenant = target->findData(QStringLiteral("covenant"));
    REQUIRE(covenant > 0);
    target->setCurrentIndex(covenant);
    CHECK(live.target() == QStringLiteral("covenant"));
    CHECK(panel.browser()->toPlainText().contains(QStringLiteral("To get to")));
}

TEST_CASE("Choosing a starting point to get to shows its route, unfolded, at the top of the "
          "advice, and the combo box shows its whole name",
          "[ui][advice]")
{
    Shown shown("voorlopers-mkb");
    AdvicePanel &panel = shown.panel;
    panel.resize(450, 320); // the advice pane's size at 1024×700
    panel.setFoldedSections({QStringLiteral("route")});
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    auto *target = panel.findChild<QComboBox *>();
    REQUIRE(target);
    // The longest name fits at the pane's width.
    const int focused = target->findData(QStringLiteral("focused_track"));
    REQUIRE(focused > 0);
    CHECK(target->width() >=
          target->fontMetrics().horizontalAdvance(target->itemText(focused)) + 40);

    const auto topLine = [&panel] {
        QApplication::processEvents();
        return panel.browser()->cursorForPosition(QPoint(20, 8)).block().text();
    };
    CHECK_FALSE(topLine().contains(QStringLiteral("To get to")));
    target->setFocus();
    // With the keyboard, as with the mouse, a choice is the user's: one down is the first start.
    QTest::keyClick(target, Qt::Key_Down);
    QTest::keyClick(target, Qt::Key_Down);
    REQUIRE(target->currentData().toString() == QStringLiteral("covenant"));
    CHECK_FALSE(panel.foldedSections().contains(QStringLiteral("route")));
    CHECK(panel.browser()->verticalScrollBar()->value() > 0);
    CHECK(topLine().contains(QStringLiteral("To get to")));
    // Answers changing under the reader keep their place; they do not jump back to the route.
    panel.browser()->verticalScrollBar()->setValue(0);
    shown.document.setAnswer(QStringLiteral("capacity"), Answer::of({QStringLiteral("low")}),
                             false);
    REQUIRE(shown.live.advice().target.has_value());
    CHECK(panel.browser()->verticalScrollBar()->value() == 0);
}

TEST_CASE("The advice reads verdict, reasons and what would change it first, and sections fold",
          "[ui][advice]")
{
    Shown shown("voorlopers-mkb");
    LiveAdvice &live = shown.live;
    AdvicePanel &panel = shown.panel;
    const QString text = panel.browser()->toPlainText();
    const qsizetype why = text.indexOf(QStringLiteral("Why"));
    const qsizetype change = text.indexOf(QStringLiteral("What would change the advice"));
    const qsizetype steps = text.indexOf(QStringLiteral("First steps"));
    REQUIRE(why > 0);
    CHECK(why < change);
    CHECK(change < steps);
    // Sources in the normal size: no small print on screen.
    CHECK_FALSE(panel.html().contains(QStringLiteral("font-size:small")));
    CHECK_FALSE(panel.html().contains(QStringLiteral("<small")));

    // A heading folds its section, and says so; the choice is reported to be kept.
    QStringList reported;
    QObject::connect(&panel, &AdvicePanel::foldedChanged,
                     [&](const QStringList &keys) { reported = keys; });
    const QString firstReason = live.advice().explanation.isEmpty()
                                    ? QString()
                                    : live.advice().explanation.first().reason.en;
    REQUIRE_FALSE(firstReason.isEmpty());
    CHECK(text.contains(firstReason.left(30)));
    Q_EMIT panel.browser()->anchorClicked(QUrl(QStringLiteral("fold:why")));
    CHECK(reported == QStringList{QStringLiteral("why")});
    CHECK(panel.foldedSections() == QStringList{QStringLiteral("why")});
    const QString folded = panel.browser()->toPlainText();
    CHECK(folded.contains(QStringLiteral("▸ Why")));
    CHECK_FALSE(folded.contains(firstReason.left(30)));
    CHECK(folded.contains(QStringLiteral("▾ What would change the advice")));
    // It stays folded while the advice changes under it, and unfolds on a second click.
    live.setTarget(QStringLiteral("covenant"));
    CHECK(panel.browser()->toPlainText().contains(QStringLiteral("▸ Why")));
    Q_EMIT panel.browser()->anchorClicked(QUrl(QStringLiteral("fold:why")));
    CHECK(panel.foldedSections().isEmpty());
    CHECK(panel.browser()->toPlainText().contains(firstReason.left(30)));
    // Kept between runs: restored from the settings' list.
    AdvicePanel restored(*knowledge(), Language::English);
    restored.setFoldedSections({QStringLiteral("ranking")});
    restored.attach(&live);
    CHECK(restored.browser()->toPlainText().contains(QStringLiteral("▸ ")));
    CHECK(restored.foldedSections() == QStringList{QStringLiteral("ranking")});
}

TEST_CASE("No line of the advice starts with a stray separator or a bare source", "[ui][advice]")
{
    for (const char *example :
         {"voorlopers-mkb", "soest-convenant", "stad-werktop", "dorp-jeugd-dip"}) {
        for (const Language language : {Language::Dutch, Language::English}) {
            Shown shown(example, language);
            for (const QString &line : shown.panel.browser()->toPlainText().split(
                     QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                const QString t = line.trimmed();
                INFO(example << ": " << t.toStdString());
                CHECK_FALSE(t.startsWith(QStringLiteral("·")));
                CHECK_FALSE(t.startsWith(QStringLiteral("(bron")));
                CHECK_FALSE(t.startsWith(QStringLiteral("(source")));
            }
        }
    }
}
