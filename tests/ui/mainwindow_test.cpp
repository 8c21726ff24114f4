#include "testsupport.h"
#include "windowfixture.h"

#include "advice/advicetext.h"
#include "browser/casebrowser.h"
#include "browser/casetreemodel.h"
#include "common/language.h"
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
#include "support/settings.h"

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
#include <QMenu>
#include <QMenuBar>
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
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

#include <sys/stat.h>

using namespace akkoord;
using namespace akkoord::ui;
using akkoord::test::Fixture;
using akkoord::test::knowledge;

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
    // Qt appends the display name ("Akkoord") itself: the title does not name it again.
    CHECK(f.window->windowTitle() ==
          QStringLiteral("Voorbeeldgemeente — Beginnen met voorlopers in het mkb[*]"));
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
    CHECK(f.window->windowTitle().startsWith(QStringLiteral("SoesttseoS — Startsituatie 2026")));
    CHECK_FALSE(f.window->windowTitle().contains(QChar(0x202E)));
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

TEST_CASE("The first save of a new scenario says how many versions its history holds, in Dutch "
          "and English",
          "[ui]")
{
    for (const Language language : {Language::Dutch, Language::English}) {
        installTranslation(QCoreApplication::instance(), language);
        {
            Fixture f(language);
            REQUIRE(f.window->createMunicipality(QStringLiteral("Zwolle"), QString(), QString()));
            // "New scenario" saved the empty start as the first version; the user's first save
            // is the second. "Saved as version 2" read as a mistake.
            f.choose("economy", "dip");
            REQUIRE(f.window->save());
            CHECK(f.window->statusBar()->currentMessage() ==
                  (language == Language::Dutch
                       ? QStringLiteral("Opgeslagen. De geschiedenis bevat nu 2 versies.")
                       : QStringLiteral("Saved. Its history now holds 2 versions.")));
        }
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
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

TEST_CASE("A route chosen for one scenario is not carried to the next one opened", "[ui][advice]")
{
    Fixture f;
    REQUIRE(f.window->openScenario(f.scenario("Soest")));
    auto *target = f.window->advicePanel()->findChild<QComboBox *>();
    REQUIRE(target);
    target->setCurrentIndex(target->findData(QStringLiteral("frontrunners")));
    REQUIRE(f.window->advicePanel()->target() == QStringLiteral("frontrunners"));
    REQUIRE(
        f.window->advicePanel()->browser()->toPlainText().contains(QStringLiteral("To get to")));
    // Another scenario: a new question, so no route until one is chosen for it.
    REQUIRE(f.window->openScenario(f.scenario("Voorbeeldgemeente")));
    CHECK(f.window->advicePanel()->target().isEmpty());
    CHECK(target->currentIndex() == 0);
    CHECK_FALSE(
        f.window->advicePanel()->browser()->toPlainText().contains(QStringLiteral("To get to")));
    // Nor to a practice example.
    target->setCurrentIndex(target->findData(QStringLiteral("covenant")));
    REQUIRE(f.window->openReferenceCase(QStringLiteral("zoetermeer")));
    CHECK(f.window->advicePanel()->target().isEmpty());
}

TEST_CASE("The advice can take the whole height to be read, and its folds are kept", "[ui][advice]")
{
    Fixture f;
    f.window->resize(1366, 768);
    REQUIRE(f.window->openScenario(f.scenario("Soest")));
    QApplication::processEvents();
    AdvicePanel *panel = f.window->advicePanel();
    const int before = panel->height();
    QAction *full = panel->fullHeightAction();
    // Reachable from the View menu with a shortcut, and from a button on the panel.
    CHECK_FALSE(full->shortcut().isEmpty());
    bool inMenu = false;
    for (QAction *menu : f.window->menuBar()->actions()) {
        inMenu = inMenu || (menu->menu() && menu->menu()->actions().contains(full));
    }
    CHECK(inMenu);
    full->trigger();
    QApplication::processEvents();
    CHECK_FALSE(f.window->matrixView()->isVisible());
    CHECK(panel->height() > before * 3 / 2);
    full->trigger();
    QApplication::processEvents();
    CHECK(f.window->matrixView()->isVisible());
    // A folded section stays folded in the next session.
    Q_EMIT panel->browser()->anchorClicked(QUrl(QStringLiteral("fold:ranking")));
    CHECK(Settings(&f.settings).foldedAdviceSections() == QStringList{QStringLiteral("ranking")});
}

namespace {

// The letter after "&" in a menu text, lower case; none for a text without one.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            if (text[i + 1] != QLatin1Char('&')) {
                return text[i + 1].toLower();
            }
            ++i;
        }
    }
    return QChar();
}

// Menus whose items share an access key: Alt and the letter then only highlight, and a keyboard
// user has to guess which one (found: "Rapport als P&DF" beside "Rapport af&drukken").
QStringList clashes(MainWindow &window)
{
    QStringList found;
    const std::function<void(const QString &, const QList<QAction *> &)> check =
        [&](const QString &where, const QList<QAction *> &actions) {
            QHash<QChar, QString> seen;
            for (QAction *a : actions) {
                if (a->isSeparator()) {
                    continue;
                }
                const QChar key = mnemonic(a->text());
                if (key.isNull()) {
                    found << QStringLiteral("%1: “%2” has no access key").arg(where, a->text());
                } else if (seen.contains(key)) {
                    found << QStringLiteral("%1: “%2” and “%3” share “%4”")
                                 .arg(where, seen.value(key), a->text(), key);
                } else {
                    seen.insert(key, a->text());
                }
                if (a->menu()) {
                    check(a->text(), a->menu()->actions());
                }
            }
        };
    check(QStringLiteral("menu bar"), window.menuBar()->actions());
    return found;
}

} // namespace

TEST_CASE("Every menu item has its own access key, in Dutch and in English", "[ui][keyboard]")
{
    for (const Language language : {Language::Dutch, Language::English}) {
        installTranslation(QCoreApplication::instance(), language);
        {
            Fixture f(language);
            // The View menu gains the advice's full-height item once a scenario is open.
            REQUIRE(f.window->openScenario(f.scenario("Soest")));
            const QStringList found = clashes(*f.window);
            INFO(found.join(QLatin1Char('\n')).toStdString());
            CHECK(found.isEmpty());
            if (language == Language::Dutch) {
                CHECK(f.window->menuBar()->actions().first()->text() == QStringLiteral("&Bestand"));
            }
        }
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
}
