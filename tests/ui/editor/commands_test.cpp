#include "editor/commands.h"
#include "testsupport.h"
#include "windowfixture.h"

#include "advice/advicetext.h"
#include "browser/casebrowser.h"
#include "browser/casetreemodel.h"
#include "dialogs/comparedialog.h"
#include "dialogs/comparisonchooser.h"
#include "dialogs/newmunicipalitydialog.h"
#include "editor/advicepanel.h"
#include "editor/questionnairewidget.h"
#include "editor/scenariodocument.h"
#include "editor/strategymatrixview.h"
#include "exchange/exchange.h"
#include "mainwindow.h"
#include "support/prompt.h"
#include "support/screenfit.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <sys/stat.h>

using namespace akkoord;
using namespace akkoord::ui;
using akkoord::test::Fixture;
using akkoord::test::knowledge;

TEST_CASE("Undo and redo step through answers and notes", "[ui][undo]")
{
    Fixture f;
    REQUIRE(f.window->openScenario(f.scenario("Soest")));
    const Answers original = f.window->document()->content().answers;
    f.choose("employer_orgs", "weak");
    f.choose("economy", "dip");
    QTest::keyClicks(f.window->questionnaire()->notesEdit(), QStringLiteral(" Extra."));
    QUndoStack *undo = f.window->undoStack();
    CHECK(undo->count() == 3); // typing merges into one step
    undo->undo();
    CHECK_FALSE(f.window->document()->content().notes.endsWith(QStringLiteral("Extra.")));
    CHECK(f.window->questionnaire()->notesEdit()->toPlainText() ==
          f.window->document()->content().notes);
    undo->undo();
    CHECK(f.window->document()->content().answers.value(QStringLiteral("economy")) ==
          QStringLiteral("stable"));
    CHECK(
        f.window->questionnaire()->comboFor(QStringLiteral("economy"))->currentData().toString() ==
        QStringLiteral("stable"));
    undo->undo();
    CHECK(f.window->document()->content().answers == original);
    CHECK_FALSE(f.window->document()->isModified());
    CHECK(f.window->advice().startingPoint == QStringLiteral("covenant"));
    undo->redo();
    CHECK(f.window->document()->content().answers.value(QStringLiteral("employer_orgs")) ==
          QStringLiteral("weak"));
    CHECK(f.window->advice().startingPoint != QStringLiteral("covenant"));

    // The standard shortcut works, also while typing in the notes.
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    f.window->questionnaire()->notesEdit()->setFocus();
    QTest::keySequence(f.window->questionnaire()->notesEdit(), QKeySequence::Undo);
    CHECK(f.window->document()->content().answers == original);

    // The municipality's details: name, CBS code and region shown as they are, changed together,
    // undone together.
    const CaseRecord soest = f.window->store()->findCase(QStringLiteral("Soest")).value();
    QStringList shown;
    QTimer::singleShot(0, [&] {
        auto *dialog = f.window->findChild<QDialog *>(QStringLiteral("municipalityDetails"));
        if (!dialog) {
            return;
        }
        const QList<QLineEdit *> fields = dialog->findChildren<QLineEdit *>();
        for (QLineEdit *field : fields) {
            shown << field->text();
        }
        fields.value(0)->setText(QStringLiteral("Gemeente Soest"));
        fields.value(1)->setText(QStringLiteral("GM0342"));
        fields.value(2)->setText(QStringLiteral("Amersfoort"));
        dialog->accept();
    });
    f.window->editMunicipality();
    CHECK(shown == QStringList{soest.name, soest.cbsCode, soest.region});
    CHECK(f.window->windowTitle().startsWith(QStringLiteral("Gemeente Soest — ")));
    const auto changed = f.window->store()->findCase(QStringLiteral("Gemeente Soest"));
    REQUIRE(changed.ok());
    CHECK(changed.value().cbsCode == QStringLiteral("GM0342"));
    CHECK(changed.value().region == QStringLiteral("Amersfoort"));
    undo->undo();
    const CaseRecord back = f.window->store()->caseById(soest.id).value();
    CHECK(back.name == soest.name);
    CHECK(back.cbsCode == soest.cbsCode);
    CHECK(back.region == soest.region);
    CHECK(f.window->document()->municipality() == QStringLiteral("Soest"));

    f.texts << QStringLiteral("Hernoemd");
    f.window->renameScenario();
    CHECK(f.window->document()->content().title == QStringLiteral("Hernoemd"));
    undo->undo();
    CHECK(f.window->document()->content().title == QStringLiteral("Startsituatie 2026"));
}

// The facade views call: one undoable step per real change, none for an answer that is already
// so, and an id the knowledge base does not know changes nothing.
TEST_CASE("Command::Edits makes one undo step per change", "[ui][undo]")
{
    ScenarioDocument document;
    QUndoStack stack;
    Command::Edits edits(&document, &stack, *knowledge(), Language::English);
    ScenarioContent c;
    c.title = QStringLiteral("Start");
    document.load(QStringLiteral("Soest"), 1, 1, 1, c);

    const QString q = QStringLiteral("network_size");
    edits.setAnswer(q, Answer::of({QStringLiteral("large")}));
    CHECK(stack.count() == 1);
    CHECK(stack.undoText().contains(knowledge()->question(q)->label.en));
    edits.setAnswer(q, Answer::of({QStringLiteral("large")}));
    CHECK(stack.count() == 1);
    edits.setAnswer(QStringLiteral("no_such_question"), Answer::of({QStringLiteral("x")}));
    CHECK(stack.count() == 1);
    CHECK_FALSE(document.content().answers.isKnown(QStringLiteral("no_such_question")));

    // Typing notes merges into one step.
    edits.setNotes(QStringLiteral("a"));
    edits.setNotes(QStringLiteral("ab"));
    CHECK(stack.count() == 2);
    edits.rename(QStringLiteral("Renamed"));
    CHECK(document.content().title == QStringLiteral("Renamed"));

    stack.undo();
    stack.undo();
    CHECK(document.content().notes.isEmpty());
    stack.undo();
    CHECK_FALSE(document.content().answers.isKnown(q));
    CHECK_FALSE(document.isModified());
    stack.redo();
    CHECK(document.content().answers.value(q) == QStringLiteral("large"));
}
