#include "testsupport.h"

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
using akkoord::test::knowledge;

namespace {

// A window on a fresh database holding the four examples, with every dialog answered by the test.
struct Fixture
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("akkoord.sqlite"));
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    QVector<PromptRequest> asked;
    QVector<int> answers; // answers to the next prompts, in order; 0 (the default) after that
    QStringList texts;    // answers to the next text prompts
    std::unique_ptr<MainWindow> window;

    explicit Fixture(Language language = Language::English)
    {
        {
            auto store = ScenarioStore::open(db).take();
            QVector<ImportedCase> cases;
            const QDir examples(test::sourcePath(QStringLiteral("resources/examples")));
            for (const QString &f : examples.entryList({QStringLiteral("*.json")})) {
                cases << Exchange::read(examples.filePath(f), *knowledge()).value();
            }
            REQUIRE(Exchange::import(*store, cases, DuplicatePolicy::Refuse).ok());
        }
        Prompt::setHook([this](const PromptRequest &r) {
            asked << r;
            return answers.isEmpty() ? 0 : answers.takeFirst();
        });
        Prompt::setTextHook(
            [this](const QString &, const QString &value) -> std::optional<QString> {
                return texts.isEmpty() ? value : texts.takeFirst();
            });
        window = std::make_unique<MainWindow>(knowledge(), language, &settings);
        window->resize(1400, 900);
        window->show();
        REQUIRE(window->openDatabase(db));
    }
    ~Fixture()
    {
        window.reset();
        Prompt::setHook({});
        Prompt::setTextHook({});
    }
    qint64 scenario(const char *municipality) const
    {
        const auto c = window->store()->findCase(QString::fromUtf8(municipality));
        REQUIRE(c.ok());
        return window->store()->scenarios(c.value().id).value().first().id;
    }
    // Chooses an option in the questionnaire as a user would: through the combo box.
    void choose(const char *question, const char *option)
    {
        QComboBox *combo = window->questionnaire()->comboFor(QString::fromUtf8(question));
        REQUIRE(combo);
        const int index = combo->findData(QString::fromUtf8(option));
        REQUIRE(index >= 0);
        combo->setFocus();
        combo->setCurrentIndex(index);
    }
    // Changes a scenario, writes its draft and drops the window without closing it, as a crash
    // would; returns the draft's path.
    QString crashWithDraft(qint64 id)
    {
        REQUIRE(window->openScenario(id));
        choose("economy", "dip");
        window->writeDraft();
        const QString draft = window->draftPath();
        REQUIRE(QFile::exists(draft));
        window.reset();
        return draft;
    }
    // A new window on the same database, as at the next start.
    void restart()
    {
        asked.clear();
        window = std::make_unique<MainWindow>(knowledge(), Language::English, &settings);
        REQUIRE(window->openDatabase(db));
    }
    const ChartPoint *marker() const
    {
        return window->matrixView()->state().point(ChartPoint::Scenario);
    }
};

} // namespace

TEST_CASE("Answering questions updates the advice and moves the matrix marker", "[ui]")
{
    Fixture f;
    REQUIRE(f.window->openScenario(f.scenario("Voorbeeldgemeente")));
    CHECK(f.window->advice().startingPoint == QStringLiteral("frontrunners"));
    const ChartPoint before = *f.marker();
    CHECK(f.window->matrixView()
              ->state()
              .point(ChartPoint::StartingPoint, QStringLiteral("frontrunners"))
              ->emphasised);

    // A large network and strong employer organisations: collective, and no longer frontrunners;
    // the source supports a work summit and a covenant alike, so the panel shows the tie.
    f.choose("network_size", "large");
    f.choose("employer_orgs", "strong_motivated");
    CHECK(f.window->advice().startingPoint != QStringLiteral("frontrunners"));
    CHECK(f.window->advice().verdict == Verdict::Tie);
    const ChartPoint after = *f.marker();
    CHECK(after.x < before.x);
    CHECK(after.y > before.y);
    for (const QString &id : f.window->advice().tied) {
        CHECK(f.window->advicePanel()->browser()->toPlainText().contains(
            knowledge()->startingPoints()[knowledge()->startingPointIndex(id)].label.en));
        CHECK(f.window->matrixView()->state().point(ChartPoint::StartingPoint, id)->emphasised);
    }
    CHECK(f.window->document()->isModified());
    CHECK(f.window->windowTitle() ==
          QStringLiteral("Akkoord — Voorbeeldgemeente — Beginnen met voorlopers in het mkb[*]"));
    CHECK(f.window->isWindowModified());

    // Conditional questions appear only when they apply.
    QComboBox *basis = f.window->questionnaire()->comboFor(QStringLiteral("priority_basis"));
    CHECK_FALSE(basis->isVisibleTo(f.window.get()));
    f.choose("priority", "sector");
    CHECK(basis->isVisibleTo(f.window.get()));
    CHECK(f.window->questionnaire()->counterText().startsWith(QStringLiteral("10 of 16")));
}

TEST_CASE("The toolbar's Undo and Redo keep short texts, and what they undo is in the tooltip",
          "[ui][undo]")
{
    Fixture f;
    REQUIRE(f.window->openScenario(f.scenario("Soest")));
    auto *undo = f.window->findChild<QAction *>(QStringLiteral("toolbarUndo"));
    auto *redo = f.window->findChild<QAction *>(QStringLiteral("toolbarRedo"));
    REQUIRE(undo);
    REQUIRE(redo);
    CHECK_FALSE(undo->isEnabled());
    f.choose("employer_orgs", "weak");
    CHECK(undo->text() == QStringLiteral("Undo"));
    CHECK(undo->isEnabled());
    CHECK(
        undo->toolTip().contains(knowledge()->question(QStringLiteral("employer_orgs"))->label.en));
    undo->trigger();
    CHECK(f.window->document()->content().answers.value(QStringLiteral("employer_orgs")) ==
          QStringLiteral("strong_motivated"));
    CHECK(redo->isEnabled());
    CHECK(redo->text() == QStringLiteral("Redo"));
    redo->trigger();
    CHECK(f.window->document()->content().answers.value(QStringLiteral("employer_orgs")) ==
          QStringLiteral("weak"));
}

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

    f.texts << QStringLiteral("Gemeente Soest");
    f.window->renameMunicipality();
    CHECK(f.window->windowTitle().startsWith(QStringLiteral("Akkoord — Gemeente Soest — ")));
    CHECK(f.window->store()->findCase(QStringLiteral("Gemeente Soest")).ok());
    undo->undo();
    CHECK(f.window->store()->findCase(QStringLiteral("Soest")).ok());
    CHECK(f.window->document()->municipality() == QStringLiteral("Soest"));

    f.texts << QStringLiteral("Hernoemd");
    f.window->renameScenario();
    CHECK(f.window->document()->content().title == QStringLiteral("Hernoemd"));
    undo->undo();
    CHECK(f.window->document()->content().title == QStringLiteral("Startsituatie 2026"));
}

TEST_CASE("Saving writes a revision, and reopening finds it", "[ui][store]")
{
    qint64 id = 0;
    QString db;
    QTemporaryDir keep;
    {
        Fixture f;
        id = f.scenario("Soest");
        REQUIRE(f.window->openScenario(id));
        f.choose("economy", "dip");
        // A window shortcut needs the window to be the active one, as it is for a user.
        f.window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
        QTest::keySequence(f.window.get(), QKeySequence::Save);
        CHECK_FALSE(f.window->document()->isModified());
        CHECK(f.window->document()->revision() == 2);
        CHECK(f.window->store()->history(id).value().size() == 2);
        db = keep.filePath(QStringLiteral("copy.sqlite"));
        REQUIRE_FALSE(f.window->store()->backup(db).isError());
    }
    Fixture g;
    REQUIRE(g.window->openDatabase(db));
    // Find it through the filter, as a user would.
    QTest::keyClicks(g.window->caseBrowser()->filterEdit(), QStringLiteral("soest"));
    CHECK(g.window->caseBrowser()->visibleScenarioTitles() ==
          QStringList{QStringLiteral("Startsituatie 2026")});
    REQUIRE(g.window->openScenario(id));
    CHECK(g.window->document()->content().answers.value(QStringLiteral("economy")) ==
          QStringLiteral("dip"));
    CHECK(
        g.window->questionnaire()->comboFor(QStringLiteral("economy"))->currentData().toString() ==
        QStringLiteral("dip"));
}

TEST_CASE("Unsaved changes are asked about when switching scenario", "[ui]")
{
    Fixture f;
    REQUIRE(f.window->openScenario(f.scenario("Soest")));
    f.choose("economy", "growth");
    f.answers << 2; // Cancel
    CHECK_FALSE(f.window->openScenario(f.scenario("Voorbeeldgemeente")));
    REQUIRE(f.asked.size() == 1);
    CHECK(f.asked[0].title == QStringLiteral("Unsaved changes"));
    CHECK(f.window->document()->municipality() == QStringLiteral("Soest"));
    f.answers << 1; // Discard
    CHECK(f.window->openScenario(f.scenario("Voorbeeldgemeente")));
    CHECK(f.window->store()->history(f.scenario("Soest")).value().size() == 1);
}

TEST_CASE("A conflicting save by another program reaches the user as a dialog", "[ui][conflict]")
{
    Fixture f;
    const qint64 id = f.scenario("Soest");
    REQUIRE(f.window->openScenario(id));
    f.choose("economy", "dip");
    {
        // Another program (a second window, or akkoord-cli) saves the same scenario first.
        auto other = ScenarioStore::open(f.db).take();
        ScenarioContent theirs = other->scenario(id).value().content;
        theirs.notes = QStringLiteral("Door een collega opgeslagen");
        REQUIRE(other->saveScenario(id, 1, theirs).ok());
    }
    f.answers << 0; // Save mine as a copy
    CHECK(f.window->save());
    REQUIRE(f.asked.size() == 1);
    CHECK(f.asked[0].kind == PromptRequest::Warning);
    CHECK(f.asked[0].text.contains(QStringLiteral("changed elsewhere")));
    // Nothing lost: their revision stands, and mine is a copy beside it.
    CHECK(f.window->store()->scenario(id).value().content.notes ==
          QStringLiteral("Door een collega opgeslagen"));
    CHECK(f.window->document()->scenarioId() != id);
    CHECK(f.window->document()->content().title == QStringLiteral("Startsituatie 2026 (my copy)"));
    CHECK(f.window->document()->content().answers.value(QStringLiteral("economy")) ==
          QStringLiteral("dip"));
}

TEST_CASE("A save onto a scenario another program moved to the trash offers to restore it",
          "[ui][conflict][trash]")
{
    Fixture f;
    const qint64 id = f.scenario("Soest");
    REQUIRE(f.window->openScenario(id));
    f.choose("economy", "dip");
    REQUIRE_FALSE(
        ScenarioStore::open(f.db).value()->trashScenario(id).isError()); // akkoord-cli delete
    f.answers << 2; // Cancel: nothing is saved, and nothing claims it was
    CHECK_FALSE(f.window->save());
    REQUIRE(f.asked.size() == 1);
    CHECK(f.asked[0].title == QStringLiteral("Removed elsewhere"));
    CHECK(f.asked[0].text.contains(QStringLiteral("trash")));
    CHECK(f.asked[0].buttons.first() == QStringLiteral("Restore it and save"));
    CHECK(f.window->document()->isModified());
    CHECK(f.window->store()->history(id).value().size() == 1);

    f.answers << 0; // Restore it and save
    CHECK(f.window->save());
    const ScenarioRecord stored = f.window->store()->scenario(id).value();
    CHECK_FALSE(stored.deleted.isValid());
    CHECK(stored.revision == 2);
    CHECK(stored.content.answers.value(QStringLiteral("economy")) == QStringLiteral("dip"));
    CHECK_FALSE(f.window->document()->isModified());
}

TEST_CASE("A save onto a scenario purged by another program is kept as a new scenario",
          "[ui][conflict][trash]")
{
    Fixture f;
    const qint64 id = f.scenario("Soest");
    REQUIRE(f.window->openScenario(id));
    f.choose("economy", "dip");
    {
        auto other = ScenarioStore::open(f.db).take();
        REQUIRE_FALSE(other->trashScenario(id).isError());
        REQUIRE(other->purgeTrash(QDateTime::currentDateTimeUtc().addSecs(1)).ok());
    }
    f.answers << 0; // Save as a new scenario
    CHECK(f.window->save());
    REQUIRE(f.asked.size() == 1);
    CHECK(f.asked[0].text.contains(QStringLiteral("removed")));
    CHECK(f.asked[0].buttons ==
          QStringList{QStringLiteral("Save as a new scenario"), QStringLiteral("Cancel")});
    const qint64 now = f.window->document()->scenarioId();
    CHECK(now > id);
    const ScenarioRecord stored = f.window->store()->scenario(now).value();
    CHECK_FALSE(stored.deleted.isValid());
    CHECK(stored.content.answers.value(QStringLiteral("economy")) == QStringLiteral("dip"));
    CHECK(f.window->store()->caseById(stored.caseId).value().name == QStringLiteral("Soest"));
}

TEST_CASE("A bidi override in a name does not turn around the window title", "[ui][bidi]")
{
    Fixture f;
    const qint64 id = f.scenario("Soest");
    {
        auto store = ScenarioStore::open(f.db).take();
        const CaseRecord soest = store->findCase(QStringLiteral("Soest")).value();
        REQUIRE(store
                    ->updateCase(soest.id,
                                 QStringLiteral("Soest") + QChar(0x202E) + QStringLiteral("tseoS"),
                                 soest.cbsCode, soest.region)
                    .ok());
    }
    REQUIRE(f.window->openScenario(id));
    CHECK(f.window->windowTitle().startsWith(
        QStringLiteral("Akkoord — SoesttseoS — Startsituatie 2026")));
    CHECK_FALSE(f.window->windowTitle().contains(QChar(0x202E)));
}

TEST_CASE("Compare shows the differing answers", "[ui][compare]")
{
    Fixture f;
    const qint64 id = f.scenario("Soest");
    REQUIRE(f.window->openScenario(id));
    f.texts << QStringLiteral("Zwakkere organisaties");
    f.window->duplicateScenario();
    const qint64 copy = f.window->document()->scenarioId();
    REQUIRE(copy != id);
    f.choose("employer_orgs", "weak");
    REQUIRE(f.window->save());
    f.window->compareScenarios({id, copy});
    auto *dialog = f.window->findChild<CompareDialog *>();
    REQUIRE(dialog);
    QStringList differing;
    for (const ComparisonRow &row : dialog->comparison().rows) {
        if (row.differs) {
            differing << row.question;
        }
    }
    CHECK(differing == QStringList{QStringLiteral("employer_orgs")});
    // The table marks that row, and the matrix shows both with an arrow from the first.
    bool marked = false;
    for (int r = 0; r < dialog->table()->rowCount(); ++r) {
        marked = marked || dialog->table()->item(r, 0)->text().startsWith(
                               QStringLiteral("≠ How strong are the employer"));
    }
    CHECK(marked);
    const MatrixChartState &state = dialog->matrix()->state();
    CHECK(state.arrows.size() == 1);
    CHECK(state.arrows[0].kind == ChartArrow::FromBaseline);
    dialog->close();
}

TEST_CASE("Deleting goes to the trash and can be undone, and so can the baseline", "[ui][undo]")
{
    Fixture f;
    const qint64 id = f.scenario("Soest");
    REQUIRE(f.window->openScenario(id));
    f.window->makeBaseline();
    CHECK(f.window->store()->scenario(id).value().baseline);
    f.window->undoStack()->undo();
    CHECK_FALSE(f.window->store()->scenario(id).value().baseline);
    f.window->undoStack()->redo();
    CHECK(f.window->store()->scenario(id).value().baseline);

    f.answers << 0; // Move to trash
    f.window->deleteScenario();
    CHECK(f.window->store()->scenario(id).value().deleted.isValid());
    CHECK_FALSE(f.window->document()->isOpen());
    CHECK(f.window->emptyState()->isVisibleTo(f.window.get()));
    f.window->undoStack()->undo();
    CHECK_FALSE(f.window->store()->scenario(id).value().deleted.isValid());
}

TEST_CASE("Practice examples open read-only and can be started from", "[ui]")
{
    Fixture f;
    REQUIRE(f.window->openReferenceCase(QStringLiteral("soest")));
    CHECK(f.window->document()->isReadOnly());
    CHECK_FALSE(f.window->questionnaire()->comboFor(QStringLiteral("network_size"))->isEnabled());
    for (QCheckBox *box : f.window->questionnaire()->checkBoxesFor(QStringLiteral("existing"))) {
        CHECK_FALSE(box->isEnabled());
    }
    // Only what the source states is filled in; our assumptions are listed apart and do not
    // count, so the advice does not pretend to know Soest's situation.
    const ReferenceCase *soest = knowledge()->referenceCase(QStringLiteral("soest"));
    CHECK(f.window->document()->content().answers == soest->stated);
    CHECK(f.window->questionnaire()->comboFor(QStringLiteral("employer_orgs"))->currentIndex() ==
          0);
    CHECK(f.window->questionnaire()
              ->remarkFor(QStringLiteral("existing"))
              .startsWith(QStringLiteral("source: ")));
    CHECK(f.window->document()->content().notes.contains(
        QStringLiteral("Assumed by us, not in the source")));
    CHECK(f.window->advice().verdict == Verdict::Insufficient);
    f.texts << QStringLiteral("Nieuwegein") << QStringLiteral("Vanuit Soest");
    f.window->duplicateScenario();
    CHECK_FALSE(f.window->document()->isReadOnly());
    CHECK(f.window->document()->municipality() == QStringLiteral("Nieuwegein"));
    CHECK(f.window->document()->content().title == QStringLiteral("Vanuit Soest"));
    // The status bar no longer speaks of the example.
    CHECK_FALSE(
        f.window->statusBar()->currentMessage().contains(QStringLiteral("practice example")));
    CHECK(f.window->statusBar()->currentMessage().contains(QStringLiteral("Vanuit Soest")));
    CHECK(f.window->document()->content().answers == soest->stated);
    // Editable again: the history options can be ticked.
    for (QCheckBox *box : f.window->questionnaire()->checkBoxesFor(QStringLiteral("existing"))) {
        CHECK(box->isEnabled());
    }
}

TEST_CASE("First start shows a friendly empty state, and a new municipality starts a scenario",
          "[ui]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Prompt::setHook([](const PromptRequest &) { return 0; });
    MainWindow window(knowledge(), Language::Dutch, &settings);
    window.show();
    REQUIRE(window.openDatabase(dir.filePath(QStringLiteral("new.sqlite"))));
    CHECK(window.emptyState()->isVisibleTo(&window));
    REQUIRE(window.createMunicipality(QStringLiteral("Súdwest-Fryslân"), QStringLiteral("GM1900"),
                                      QString()));
    CHECK(window.document()->isOpen());
    CHECK(window.document()->municipality() == QStringLiteral("Súdwest-Fryslân"));
    CHECK_FALSE(window.emptyState()->isVisibleTo(&window));
    Prompt::setHook({});
}

TEST_CASE("Unsaved work is kept as a draft and offered back", "[ui][draft]")
{
    Fixture f;
    const qint64 id = f.scenario("Soest");
    const QString draft = f.crashWithDraft(id);
    REQUIRE(QFile::exists(draft));
    f.answers.clear();
    f.restart();
    f.window->offerDraft();
    REQUIRE(f.asked.size() == 1);
    CHECK(f.asked[0].title == QStringLiteral("Unsaved work found"));
    CHECK(f.window->document()->scenarioId() == id);
    CHECK(f.window->document()->isModified());
    CHECK(f.window->document()->content().answers.value(QStringLiteral("economy")) ==
          QStringLiteral("dip"));
    REQUIRE(f.window->save());
    CHECK_FALSE(QFile::exists(draft));
}

TEST_CASE("A draft whose scenario was removed meanwhile is offered as a new scenario",
          "[ui][draft]")
{
    Fixture f;
    const qint64 id = f.scenario("Soest");
    const QString draft = f.crashWithDraft(id);
    {
        // Meanwhile another program deleted the scenario and emptied the trash.
        auto other = ScenarioStore::open(f.db).take();
        REQUIRE_FALSE(other->trashScenario(id).isError());
        REQUIRE(other->purgeTrash(QDateTime::currentDateTimeUtc().addSecs(1)).ok());
    }
    REQUIRE(QFile::exists(draft));
    f.answers = {0}; // keep as new scenario
    f.restart();
    f.window->offerDraft();
    REQUIRE(f.asked.size() == 1);
    CHECK(f.asked[0].text.contains(QStringLiteral("removed from the database")));
    CHECK_FALSE(QFile::exists(draft));
    // The changes are saved, in Soest, under the same title, and open.
    const CaseRecord soest = f.window->store()->findCase(QStringLiteral("Soest")).value();
    const auto scenarios = f.window->store()->scenarios(soest.id).value();
    REQUIRE(scenarios.size() == 1);
    CHECK(scenarios[0].id != id);
    CHECK(scenarios[0].content.title == QStringLiteral("Startsituatie 2026"));
    CHECK(scenarios[0].content.answers.value(QStringLiteral("economy")) == QStringLiteral("dip"));
    CHECK(f.window->document()->scenarioId() == scenarios[0].id);
}

TEST_CASE("A draft goes back only onto the database and scenario it was made from", "[ui][draft]")
{
    Fixture f;
    const qint64 id = f.scenario("Soest");
    const QString draft = f.crashWithDraft(id);
    const QJsonObject written = QJsonDocument::fromJson(test::readAll(draft)).object();
    CHECK(written.value(QStringLiteral("database")).toString().size() == 32);
    CHECK(written.value(QStringLiteral("base_title")).toString() ==
          QStringLiteral("Startsituatie 2026"));
    CHECK(written.value(QStringLiteral("municipality")).toString() == QStringLiteral("Soest"));
    CHECK(written.value(QStringLiteral("revision")).toInt() == 1);
    // Meanwhile another database took this one's place: same path, and its scenario with this
    // id belongs to another municipality.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(f.db + suffix);
    }
    {
        auto store = ScenarioStore::open(f.db).take();
        const qint64 other = store->createCase(QStringLiteral("Helmond")).value().id;
        ScenarioContent c;
        c.title = QStringLiteral("Helmond werkt");
        c.knowledgeVersion = knowledge()->version();
        qint64 last = 0;
        while (last < id) {
            last = store->createScenario(other, c).value().id;
        }
        REQUIRE(store->scenario(id).ok());
    }
    f.answers = {0}; // keep as new scenario
    f.restart();
    f.window->offerDraft();
    REQUIRE(f.asked.size() == 1);
    CHECK(f.asked[0].text.contains(QStringLiteral("removed from the database")));
    // Helmond's scenario is untouched; the draft is a new scenario in a municipality Soest.
    CHECK(f.window->store()->scenario(id).value().content.title == QStringLiteral("Helmond werkt"));
    CHECK(f.window->store()->history(id).value().size() == 1);
    const CaseRecord soest = f.window->store()->findCase(QStringLiteral("Soest")).value();
    const auto scenarios = f.window->store()->scenarios(soest.id).value();
    REQUIRE(scenarios.size() == 1);
    CHECK(scenarios[0].content.answers.value(QStringLiteral("economy")) == QStringLiteral("dip"));
}

TEST_CASE("A damaged database is refused with a dialog, and the file left alone", "[ui][errors]")
{
    Fixture f;
    const QString path = f.dir.filePath(QStringLiteral("notes.sqlite"));
    test::writeFile(path, "geen database");
    CHECK_FALSE(f.window->openDatabase(path));
    REQUIRE(f.asked.size() == 1);
    CHECK(f.asked[0].kind == PromptRequest::Error);
    CHECK(f.asked[0].text.contains(QStringLiteral("not an Akkoord database")));
    CHECK(test::readAll(path) == "geen database");
    // The window still has the database it had.
    CHECK(f.window->store()->path() == f.db);
}

TEST_CASE("A filter that cannot read the titles says so once and still finds municipalities",
          "[ui][errors][browser]")
{
    Fixture f;
    {
        // Another program took away the index the titles are read from.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("vandal"));
        db.setDatabaseName(f.db);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("DROP INDEX scenarios_browse")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("vandal"));
    QTest::keyClicks(f.window->caseBrowser()->filterEdit(), QStringLiteral("soe"));
    REQUIRE(f.asked.size() == 1);
    CHECK(f.asked[0].kind == PromptRequest::Error);
    CHECK(f.asked[0].text.contains(QStringLiteral("scenarios_browse")));
    // The municipality is still found by its name, and further keys do not ask again.
    const CaseTreeModel *model = f.window->caseBrowser()->model();
    REQUIRE(model->rowCount() >= 1);
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("Soest"));
    QTest::keyClicks(f.window->caseBrowser()->filterEdit(), QStringLiteral("s"));
    CHECK(f.asked.size() == 1);
}

TEST_CASE("The trash lists deleted municipalities and scenarios, and empties for good after asking",
          "[ui][trash]")
{
    Fixture f;
    const qint64 id = f.scenario("Soest");
    REQUIRE(f.window->openScenario(id));
    f.window->deleteScenario(); // the question is answered "Move to trash"
    const CaseRecord bosch =
        f.window->store()->findCase(QStringLiteral("'s-Hertogenbosch")).value();
    REQUIRE_FALSE(f.window->store()->trashCase(bosch.id).isError());
    REQUIRE(f.window->undoStack()->canUndo());
    QAction *trash = nullptr;
    for (QAction *a : f.window->findChildren<QAction *>()) {
        trash = a->text() == QStringLiteral("&Trash…") ? a : trash;
    }
    REQUIRE(trash);

    // First look and close: both are listed, nothing is removed.
    QStringList listed;
    QTimer::singleShot(0, [&] {
        auto *dialog = f.window->findChild<QDialog *>(QStringLiteral("trashDialog"));
        if (auto *list =
                dialog ? dialog->findChild<QListWidget *>(QStringLiteral("trashList")) : nullptr) {
            for (int i = 0; i < list->count(); ++i) {
                listed << list->item(i)->text();
            }
        }
        if (dialog) {
            dialog->reject();
        }
    });
    trash->trigger();
    CHECK(listed == QStringList{QStringLiteral("'s-Hertogenbosch (municipality; scenarios: 1)"),
                                QStringLiteral("Soest — Startsituatie 2026")});

    // Empty it: asked first (Cancel is the default), then removed for good.
    f.asked.clear();
    f.answers = {1};
    QTimer::singleShot(0, [&] {
        auto *dialog = f.window->findChild<QDialog *>(QStringLiteral("trashDialog"));
        if (auto *button =
                dialog ? dialog->findChild<QPushButton *>(QStringLiteral("emptyTrash")) : nullptr) {
            button->click();
        }
    });
    trash->trigger();
    REQUIRE(f.asked.size() == 1);
    CHECK(f.asked[0].kind == PromptRequest::Warning);
    CHECK(f.asked[0].buttons.first() == QStringLiteral("Cancel"));
    CHECK(f.window->store()->trashedScenarios().value().isEmpty());
    CHECK(f.window->store()->scenario(id).error().kind == ErrorKind::NotFound);
    CHECK(f.window->store()->caseById(bosch.id).error().kind == ErrorKind::NotFound);
    // Undo cannot bring back what no longer exists.
    CHECK_FALSE(f.window->undoStack()->canUndo());
}

TEST_CASE("No text on the matrix covers another", "[ui][chart]")
{
    Fixture f;
    for (const char *municipality :
         {"Soest", "'s-Hertogenbosch", "Súdwest-Fryslân", "Voorbeeldgemeente"}) {
        REQUIRE(f.window->openScenario(f.scenario(municipality)));
        QApplication::processEvents();
        INFO(municipality);
        // Labels of the scenario, the examples, starting points and goal; quadrant names; poles.
        const auto texts = f.window->matrixView()->textGeometry();
        REQUIRE(texts.size() >= 20);
        for (int i = 0; i < texts.size(); ++i) {
            for (int j = i + 1; j < texts.size(); ++j) {
                INFO(texts[i].first.toStdString() << " / " << texts[j].first.toStdString());
                CHECK_FALSE(texts[i].second.intersects(texts[j].second));
            }
        }
    }
}

TEST_CASE("A label moves off an arrow when another side is free", "[ui][chart]")
{
    // The scenario's label would sit right of its marker, where the arrow to the starting point
    // runs; it goes to a free side instead.
    MatrixChartState state;
    state.points = {ChartPoint{QStringLiteral("s"), QStringLiteral("Startsituatie 2026"), -0.6, 0.5,
                               ChartPoint::Scenario, true},
                    ChartPoint{QStringLiteral("covenant"), QStringLiteral("Convenant"), 0.9, 0.5,
                               ChartPoint::StartingPoint, true}};
    state.arrows = {ChartArrow{-0.6, 0.5, 0.9, 0.5, ChartArrow::ToStartingPoint}};
    StrategyMatrixView view;
    view.resize(800, 500);
    view.setState(state);
    view.show();
    QApplication::processEvents();
    const auto arrows = view.arrowGeometry();
    REQUIRE(arrows.size() == 1);
    bool seen = false;
    for (const auto &[text, rect] : view.textGeometry()) {
        if (text != QStringLiteral("Startsituatie 2026")) {
            continue;
        }
        seen = true;
        for (qreal t = 0; t <= 1; t += 1 / arrows[0].length()) {
            CHECK_FALSE(rect.contains(arrows[0].pointAt(t)));
        }
    }
    CHECK(seen);
}

TEST_CASE("The matrix switches to the approach matrix and exports PNG and SVG", "[ui][chart]")
{
    Fixture f;
    REQUIRE(f.window->openScenario(f.scenario("Soest")));
    CHECK(f.window->matrixView()->state().matrix == QStringLiteral("strategy"));
    CHECK(f.window->matrixView()->state().point(ChartPoint::Goal) != nullptr);
    f.window->showMatrix(QStringLiteral("approach"));
    const MatrixChartState &s = f.window->matrixView()->state();
    CHECK(s.matrix == QStringLiteral("approach"));
    CHECK(s.xNegative == QStringLiteral("Widening the network"));
    CHECK(s.point(ChartPoint::Goal) == nullptr);
    CHECK(s.point(ChartPoint::ReferenceCase, QStringLiteral("nijmegen"))->x >
          0); // doing, individual
    const QString png = f.dir.filePath(QStringLiteral("m.png"));
    const QString svg = f.dir.filePath(QStringLiteral("m.svg"));
    REQUIRE(f.window->matrixView()->exportPng(png));
    REQUIRE(f.window->matrixView()->exportSvg(svg));
    CHECK(QImage(png).width() == 1200);
    const QByteArray svgText = test::readAll(svg);
    CHECK(svgText.contains("<svg"));
    CHECK(svgText.contains("Nijmegen"));
    // Like every other output: private from the start, and never written over a pipe or device.
    CHECK(QFile::permissions(png) ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK(QFile::permissions(svg) ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    const QString fifo = f.dir.filePath(QStringLiteral("pipe.svg"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    CHECK_FALSE(f.window->matrixView()->exportSvg(fifo));
    CHECK_FALSE(f.window->matrixView()->exportPng(fifo));
    CHECK(QFileInfo(fifo).isFile() == false);
}

TEST_CASE("The selected scenario is the open one: a click opens, Cancel puts the selection back",
          "[ui][browser]")
{
    Fixture f;
    QTreeView *view = f.window->caseBrowser()->view();
    view->expandAll();
    const auto indexOf = [&](qint64 id) {
        const QModelIndexList found =
            view->model()->match(view->model()->index(0, 0), CaseTreeModel::IdRole,
                                 QString::number(id), -1, Qt::MatchRecursive | Qt::MatchExactly);
        for (const QModelIndex &i : found) {
            if (i.data(CaseTreeModel::KindRole).toInt() == CaseBrowser::ScenarioItem) {
                return i;
            }
        }
        return QModelIndex();
    };
    const qint64 soest = f.scenario("Soest");
    const qint64 other = f.scenario("Voorbeeldgemeente");
    REQUIRE(f.window->openScenario(soest));
    REQUIRE(indexOf(other).isValid());

    // One click on another scenario opens it.
    view->setCurrentIndex(indexOf(other));
    CHECK(f.window->document()->scenarioId() == other);
    // And "make baseline" now applies to what is both selected and open.
    CHECK(f.window->caseBrowser()->selectedId() == QString::number(other));

    // With unsaved changes, Cancel keeps the scenario open and puts the selection back on it.
    f.choose("economy", "dip");
    f.answers << 2; // Cancel
    view->setCurrentIndex(indexOf(soest));
    CHECK(f.asked.size() == 1);
    CHECK(f.window->document()->scenarioId() == other);
    CHECK(f.window->caseBrowser()->selectedId() == QString::number(other));
    CHECK(f.window->document()->isModified());
}

TEST_CASE("An opened scenario starts at the top of the questions and of the advice", "[ui]")
{
    Fixture f;
    f.window->resize(1000, 600);
    REQUIRE(f.window->openScenario(f.scenario("Soest")));
    QApplication::processEvents();
    QScrollBar *questions =
        f.window->questionnaire()->findChild<QScrollArea *>()->verticalScrollBar();
    QScrollBar *advice = f.window->advicePanel()->browser()->verticalScrollBar();
    REQUIRE(questions->maximum() > 0);
    REQUIRE(advice->maximum() > 0);
    questions->setValue(questions->maximum());
    advice->setValue(advice->maximum());
    // An edit keeps the reader's place; opening another scenario does not.
    f.choose("economy", "dip");
    CHECK(advice->value() > 0);
    f.window->undoStack()->undo();
    REQUIRE_FALSE(f.window->document()->isModified());
    REQUIRE(f.window->openScenario(f.scenario("Voorbeeldgemeente")));
    QApplication::processEvents();
    CHECK(questions->value() == 0);
    CHECK(advice->value() == 0);
}

TEST_CASE("Windows open no larger than the screen leaves free", "[ui][screen]")
{
    // The offscreen screen is smaller than the program's preferred 1400×900, as a 1366×768
    // laptop with a taskbar is: the window and the comparison must fit it.
    QWidget probe;
    const QSize free = probe.screen()->availableGeometry().size();
    REQUIRE(free.width() < 1400);
    const QSize fitted = fittingSize(&probe, QSize(1400, 900));
    CHECK(fitted.width() <= free.width());
    CHECK(fitted.height() <= free.height());
    // A screen larger than preferred leaves the preferred size.
    CHECK(fittingSize(&probe, QSize(400, 300)) == QSize(400, 300));

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("fresh.ini")), QSettings::IniFormat);
    MainWindow window(knowledge(), Language::English, &settings);
    window.show();
    CHECK(window.width() <= free.width());
    CHECK(window.height() <= free.height());
}

TEST_CASE("The new-municipality dialog shows its placeholders in full, so optional fields say so",
          "[ui]")
{
    NewMunicipalityDialog dialog;
    dialog.show();
    QApplication::processEvents();
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->placeholderText().isEmpty()) {
            continue;
        }
        INFO(edit->placeholderText().toStdString());
        CHECK(edit->width() >= edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 10);
    }
}

TEST_CASE("Nothing ticked in a multiple-choice question reads like the options beside it", "[ui]")
{
    const AdviceText words(*knowledge(), Language::English);
    Answers a;
    a.setMultiple(QStringLiteral("existing"), {});
    const QString shown = words.answerText(a, QStringLiteral("existing"), true);
    CHECK(shown == QStringLiteral("None of these"));
    CHECK(shown.front().isUpper());
}

TEST_CASE("Comparing, the user chooses the scenario the others are compared with", "[ui][compare]")
{
    Fixture f;
    const qint64 soest = f.scenario("Soest");
    const qint64 other = f.scenario("Voorbeeldgemeente");
    const auto cases = f.window->store()->cases(QString(), true);
    const auto all = f.window->store()->allScenarios();
    REQUIRE(cases.ok());
    REQUIRE(all.ok());
    const qint64 soestCase = f.window->store()->scenario(soest).value().caseId;
    ComparisonChooser chooser(cases.value(), all.value(), soestCase, soest);
    // The open scenario is the reference unless the user picks another.
    CHECK(chooser.referenceBox()->currentData().toLongLong() == soest);
    for (int i = 0; i < chooser.list()->count(); ++i) {
        QListWidgetItem *item = chooser.list()->item(i);
        item->setCheckState(item->data(Qt::UserRole).toLongLong() == other ? Qt::Checked
                                                                           : Qt::Unchecked);
    }
    CHECK(chooser.chosen() == QVector<qint64>{soest, other});
    chooser.referenceBox()->setCurrentIndex(chooser.referenceBox()->findData(other));
    for (int i = 0; i < chooser.list()->count(); ++i) {
        QListWidgetItem *item = chooser.list()->item(i);
        item->setCheckState(item->data(Qt::UserRole).toLongLong() == soest ? Qt::Checked
                                                                           : Qt::Unchecked);
    }
    CHECK(chooser.chosen() == QVector<qint64>{other, soest});
}
