#include "testsupport.h"
#include "windowfixture.h"

#include "advice/advicetext.h"
#include "editor/questionnairewidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace akkoord;
using namespace akkoord::ui;
using akkoord::test::Fixture;
using akkoord::test::knowledge;

namespace {

void wheel(QWidget *target, int steps)
{
    const QPointF at(target->width() / 2.0, target->height() / 2.0);
    QWheelEvent event(at, target->mapToGlobal(at), QPoint(), QPoint(0, -120 * steps), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(target, &event);
}

// A box of the question "What has already grown locally?", by the text it shows.
QCheckBox *existingBox(const QuestionnaireWidget &q, const QString &text)
{
    for (QCheckBox *b : q.findChildren<QCheckBox *>()) {
        if (b->accessibleName().startsWith(QStringLiteral("What has already grown")) &&
            b->text() == text) {
            return b;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("The mouse wheel scrolls the questionnaire and changes no answer it passes over",
          "[ui][questionnaire]")
{
    QuestionnaireWidget questionnaire(*knowledge(), Language::English);
    questionnaire.resize(500, 400);
    questionnaire.show();
    questionnaire.setAnswers(Answers(), QString(), {});
    QSignalSpy requests(&questionnaire, &QuestionnaireWidget::answerRequested);
    QComboBox *combo = questionnaire.comboFor(QStringLiteral("network_size"));
    REQUIRE(combo);
    auto *scroll = questionnaire.findChild<QScrollArea *>();
    REQUIRE(scroll);
    REQUIRE(scroll->verticalScrollBar()->maximum() > 0);
    const int before = scroll->verticalScrollBar()->value();

    // Not focused: the page moves, the answer stays "Don't know".
    REQUIRE_FALSE(combo->hasFocus());
    wheel(combo, 1);
    CHECK(combo->currentIndex() == 0);
    CHECK(requests.isEmpty());
    CHECK(scroll->verticalScrollBar()->value() > before);

    // Focused on purpose: the wheel picks another option, as a focused control should.
    questionnaire.activateWindow();
    combo->setFocus(Qt::OtherFocusReason);
    QApplication::processEvents();
    if (combo->hasFocus()) {
        wheel(combo, 1);
        CHECK(combo->currentIndex() != 0);
        CHECK_FALSE(requests.isEmpty());
    }
}

TEST_CASE("Nothing ticked in a multiple-choice question reads like the options beside it", "[ui]")
{
    const AdviceText words(*knowledge(), Language::English);
    Answers a;
    a.setMultiple(QStringLiteral("existing"), {});
    const QString shown = words.answerText(a, QStringLiteral("existing"), true);
    CHECK(shown == QStringLiteral("None of these yet")); // as the box the user ticked says
    CHECK(shown.front().isUpper());
}

TEST_CASE("That nothing has grown yet is a box of its own, not an empty list only the help "
          "explains",
          "[ui]")
{
    QuestionnaireWidget q(*knowledge(), Language::English);
    const QString existing = QStringLiteral("existing");
    QCheckBox *none = existingBox(q, QStringLiteral("None of these yet"));
    QCheckBox *unknown = existingBox(q, QStringLiteral("Don't know"));
    REQUIRE(none);
    REQUIRE(unknown);
    CHECK(none->accessibleName() ==
          QStringLiteral("What has already grown locally?: None of these yet"));
    QVector<Answer> asked;
    QObject::connect(&q, &QuestionnaireWidget::answerRequested,
                     [&](const QString &id, const Answer &a) {
                         if (id == existing) {
                             asked << a;
                         }
                     });
    Answers answers;
    q.setAnswers(answers, QString(), {});
    CHECK(unknown->isChecked());
    CHECK_FALSE(none->isChecked());
    // Ticked: the answer is "known, none of them".
    none->setChecked(true);
    REQUIRE(asked.size() == 1);
    CHECK(asked.last().known);
    CHECK(asked.last().options.isEmpty());
    // Shown for that answer, and not beside a ticked option.
    answers.setMultiple(existing, {});
    q.setAnswers(answers, QString(), {});
    CHECK(none->isChecked());
    CHECK_FALSE(unknown->isChecked());
    answers.setMultiple(existing, {QStringLiteral("covenant")});
    q.setAnswers(answers, QString(), {});
    CHECK_FALSE(none->isChecked());
    // Ticked beside options: asks for none of them.
    none->setChecked(true);
    CHECK(asked.last().known);
    CHECK(asked.last().options.isEmpty());
    // Unticked with nothing else: back to not known.
    answers.setMultiple(existing, {});
    q.setAnswers(answers, QString(), {});
    none->setChecked(false);
    CHECK_FALSE(asked.last().known);
}

TEST_CASE("Unticking \"Don't know\" records no answer the user did not give, and ticking an "
          "option records that option",
          "[ui][questionnaire]")
{
    QuestionnaireWidget q(*knowledge(), Language::English);
    const QString existing = QStringLiteral("existing");
    QCheckBox *unknown = existingBox(q, QStringLiteral("Don't know"));
    QCheckBox *covenant = existingBox(q, QStringLiteral("Covenant"));
    REQUIRE(unknown);
    REQUIRE(covenant);
    QVector<Answer> asked;
    QObject::connect(&q, &QuestionnaireWidget::answerRequested,
                     [&](const QString &id, const Answer &a) {
                         if (id == existing) {
                             asked << a;
                         }
                     });
    q.resize(500, 2000);
    q.show();
    q.setAnswers(Answers(), QString(), {});
    REQUIRE(unknown->isChecked());
    // Unticked with nothing else ticked: still no answer, and not "none of these".
    QTest::mouseClick(unknown, Qt::LeftButton, {}, QPoint(8, unknown->height() / 2));
    CHECK_FALSE(unknown->isChecked());
    CHECK(asked.isEmpty());
    // The options can be ticked (they were greyed out while the answer was not known, so the
    // user was stuck), and the one ticked next is the answer: clicked as a user clicks.
    CHECK(covenant->isEnabled());
    QTest::mouseClick(covenant, Qt::LeftButton, {}, QPoint(8, covenant->height() / 2));
    REQUIRE(asked.size() == 1);
    CHECK(asked.last().known);
    CHECK(asked.last().options == QStringList{QStringLiteral("covenant")});

    // Ticking an option while "Don't know" is still ticked answers with that option too.
    asked.clear();
    q.setAnswers(Answers(), QString(), {});
    REQUIRE(unknown->isChecked());
    REQUIRE_FALSE(covenant->isChecked());
    CHECK(covenant->isEnabled());
    QTest::mouseClick(covenant, Qt::LeftButton, {}, QPoint(8, covenant->height() / 2));
    REQUIRE_FALSE(asked.isEmpty());
    CHECK(asked.last().known);
    CHECK(asked.last().options == QStringList{QStringLiteral("covenant")});

    // Unticking the only ticked option goes back to not known, not to "none of these".
    Answers answers;
    answers.setMultiple(existing, {QStringLiteral("covenant")});
    q.setAnswers(answers, QString(), {});
    asked.clear();
    covenant->setChecked(false);
    REQUIRE(asked.size() == 1);
    CHECK_FALSE(asked.last().known);
}

TEST_CASE("The answered counter keeps its width as it counts, so the panes beside it stay put",
          "[ui][questionnaire]")
{
    QuestionnaireWidget q(*knowledge(), Language::English);
    q.setAnswers(Answers(), QString(), {});
    const QLabel *counter = nullptr;
    for (const QLabel *l : q.findChildren<QLabel *>()) {
        counter = l->text().endsWith(QStringLiteral(" answered")) ? l : counter;
    }
    REQUIRE(counter);
    REQUIRE(counter->text().startsWith(QStringLiteral("0 of ")));
    const int before = q.minimumSizeHint().width();
    const int shown = counter->minimumSizeHint().width();
    Answers many;
    for (const Question &question : knowledge()->questions()) {
        if (!question.multiple && !question.options.isEmpty()) {
            many.set(question.id, question.options.first().id);
        }
    }
    q.setAnswers(many, QString(), {});
    REQUIRE(counter->text().at(1).isDigit()); // two digits now
    CHECK(counter->minimumSizeHint().width() == shown);
    CHECK(q.minimumSizeHint().width() == before);
}
