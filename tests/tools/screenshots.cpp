// Writes screenshots of the desktop program for the README and for review: the main window,
// the advice panel, the comparison and the approach matrix, in Dutch or English, at a fixed size.
// Usage: akkoord_screenshots OUTDIR nl|en [WIDTHxHEIGHT]   (the window's size; 1440x920 by default,
// the docs' size; the comparison gets the same size less 100 px in height)
#include "agreements/agreementfile.h"
#include "agreements/agreementswindow.h"
#include "browser/casebrowser.h"
#include "browser/lazystyle.h"
#include "browser/titlesearch.h"
#include "common/language.h"
#include "dialogs/comparedialog.h"
#include "dialogs/comparisonchooser.h"
#include "dialogs/connectdialog.h"
#include "dialogs/guidedialog.h"
#include "dialogs/historydialog.h"
#include "dialogs/newmunicipalitydialog.h"
#include "editor/advicepanel.h"
#include "editor/matrixpane.h"
#include "editor/questionnairewidget.h"
#include "editor/scenariodocument.h"
#include "exchange/exchange.h"
#include "knowledge/knowledgebase.h"
#include "mainwindow.h"
#include "store/scenariostore.h"
#include "support/focusring.h"
#include "support/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QPalette>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeView>

#include <cstdio>

using namespace akkoord;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(new ui::LazyIconStyle); // the program's own, as app/gui/main.cpp sets
    QSize size(1440, 920);
    if (argc == 4) {
        const QStringList wh = QString::fromLatin1(argv[3]).split(QLatin1Char('x'));
        if (wh.size() == 2) {
            size = QSize(wh[0].toInt(), wh[1].toInt());
        }
    }
    if ((argc != 3 && argc != 4) || size.width() < 200 || size.height() < 200) {
        std::fprintf(stderr, "usage: akkoord_screenshots OUTDIR nl|en [WIDTHxHEIGHT]\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    const Language language = languageFromCode(QString::fromLatin1(argv[2]));
    const QString code = languageCode(language);
    QDir().mkpath(out);
    installTranslation(&app, language);
    QLocale::setDefault(localeFor(language));

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    auto kb = KnowledgeBase::loadDefault().value();
    const QString db = dir.filePath(QStringLiteral("akkoord.sqlite"));
    {
        auto store = ScenarioStore::open(db).take();
        QVector<ImportedCase> cases;
        for (const QString &f : QDir(QStringLiteral(AKKOORD_SOURCE_DIR "/resources/examples"))
                                    .entryList({QStringLiteral("*.json")})) {
            cases << Exchange::read(QStringLiteral(AKKOORD_SOURCE_DIR "/resources/examples/") + f,
                                    *kb)
                         .value();
        }
        Exchange::import(*store, cases, DuplicatePolicy::KeepBoth);
        // A variant of Soest to compare with its baseline.
        const CaseRecord soest = store->findCase(QStringLiteral("Soest")).value();
        const ScenarioRecord base = store->scenarios(soest.id).value().first();
        store->setBaseline(base.id, true);
        ScenarioContent variant = base.content;
        variant.title = language == Language::Dutch ? QStringLiteral("Als de economie dipt")
                                                    : QStringLiteral("If the economy dips");
        variant.answers.set(QStringLiteral("economy"), QStringLiteral("dip"));
        variant.answers.set(QStringLiteral("employer_orgs"), QStringLiteral("present"));
        variant.answers.set(QStringLiteral("priority"), QStringLiteral("sector"));
        variant.answers.set(QStringLiteral("priority_basis"), QStringLiteral("yes"));
        store->createScenario(soest.id, variant);
        // Where the answers do not decide: a tie, and a thin situation with a contradiction.
        const qint64 other = store->createCase(QStringLiteral("Lingewaard")).value().id;
        ScenarioContent tie;
        tie.title = language == Language::Dutch
                        ? QStringLiteral("Netwerk en werkgeversorganisaties")
                        : QStringLiteral("Network and employer organisations");
        tie.answers.set(QStringLiteral("network_size"), QStringLiteral("large"));
        tie.answers.set(QStringLiteral("employer_orgs"), QStringLiteral("strong_motivated"));
        tie.answers.set(QStringLiteral("style"), QStringLiteral("balanced"));
        store->createScenario(other, tie);
        ScenarioContent thin;
        thin.title = language == Language::Dutch ? QStringLiteral("Weinig om op te bouwen")
                                                 : QStringLiteral("Little to build on");
        thin.answers.set(QStringLiteral("network_size"), QStringLiteral("none"));
        thin.answers.set(QStringLiteral("employer_orgs"), QStringLiteral("absent"));
        thin.answers.set(QStringLiteral("motivated_employers"), QStringLiteral("none"));
        thin.answers.set(QStringLiteral("priority"), QStringLiteral("none"));
        thin.answers.setMultiple(QStringLiteral("existing"), {QStringLiteral("summit")});
        thin.answers.set(QStringLiteral("large_employers"), QStringLiteral("none"));
        thin.answers.set(QStringLiteral("csr_readiness"), QStringLiteral("low"));
        store->createScenario(other, thin);
    }

    ui::MainWindow window(kb, language, &settings);
    window.resize(size);
    window.show();
    window.openDatabase(db);
    const qint64 soest = window.store()->findCase(QStringLiteral("Soest")).value().id;
    const auto scenarios = window.store()->scenarios(soest).value();
    window.openScenario(scenarios.first().id);
    window.caseBrowser()->view()->expandAll();
    app.processEvents();
    window.grab().save(out + QStringLiteral("/main-window-%1.png").arg(code));
    window.advicePanel()->grab().save(out + QStringLiteral("/advice-%1.png").arg(code));
    // The matrix as a table (its text alternative), and the user guide.
    window.matrixPane()->showTable(true);
    app.processEvents();
    window.matrixPane()->grab().save(out + QStringLiteral("/matrix-table-%1.png").arg(code));
    window.matrixPane()->showTable(false);
    {
        ui::GuideDialog guide(language, &window);
        guide.show();
        app.processEvents();
        guide.grab().save(out + QStringLiteral("/guide-%1.png").arg(code));
    }

    window.showMatrix(QStringLiteral("approach"));
    app.processEvents();
    window.grab().save(out + QStringLiteral("/approach-matrix-%1.png").arg(code));
    window.showMatrix(QStringLiteral("strategy"));

    window.compareScenarios({scenarios.first().id, scenarios.last().id});
    app.processEvents();
    auto *compare = window.findChild<ui::CompareDialog *>();
    compare->resize(size - QSize(0, 100));
    app.processEvents();
    compare->grab().save(out + QStringLiteral("/comparison-%1.png").arg(code));
    compare->close();

    // The comparison chooser, searching another municipality's scenarios.
    {
        ui::TitleSearch titles;
        titles.setStore(window.store());
        ui::ComparisonChooser chooser(*window.store(), titles, soest, scenarios.first().id,
                                      &window);
        chooser.show();
        chooser.searchEdit()->setText(QStringLiteral("20"));
        app.processEvents();
        chooser.grab().save(out + QStringLiteral("/comparison-chooser-%1.png").arg(code));
    }

    // The history with what each revision changed, and the municipality's details.
    {
        ScenarioContent changed = scenarios.first().content;
        changed.answers.set(QStringLiteral("economy"), QStringLiteral("dip"));
        window.store()->saveScenario(scenarios.first().id, scenarios.first().revision, changed);
        const auto revisions = window.store()->history(scenarios.first().id).value();
        ui::HistoryDialog history(scenarios.first().content.title, revisions, *kb, language,
                                  &window);
        history.show();
        app.processEvents();
        history.grab().save(out + QStringLiteral("/history-%1.png").arg(code));
        ui::NewMunicipalityDialog details(&window);
        details.edit(QStringLiteral("Soest"), QStringLiteral("GM0342"),
                     QStringLiteral("Amersfoort"));
        details.show();
        app.processEvents();
        details.grab().save(out + QStringLiteral("/municipality-details-%1.png").arg(code));
        ui::ConnectDialog connect(QStringLiteral("postgresql://jansen@db.regio.nl/foodvalley"),
                                  &window);
        connect.setProblem(
            Error{ErrorKind::LoginRefused,
                  language == Language::Dutch
                      ? QStringLiteral("de regionale database weigerde de aanmelding van "
                                       "“jansen”: het wachtwoord klopt niet of het account is "
                                       "verlopen")
                      : QStringLiteral("the regional database refused the login of “jansen”: "
                                       "the password is wrong or the account has expired")}
                .message);
        connect.show();
        app.processEvents();
        connect.grab().save(out + QStringLiteral("/connect-%1.png").arg(code));
    }

    const qint64 lingewaard = window.store()->findCase(QStringLiteral("Lingewaard")).value().id;
    const auto open = window.store()->scenarios(lingewaard).value();
    for (const ScenarioRecord &r : open) {
        window.openScenario(r.id);
        app.processEvents();
        const bool isTie =
            r.content.answers.value(QStringLiteral("network_size")) == QStringLiteral("large");
        window.grab().save(
            out + QStringLiteral("/%1-%2.png")
                      .arg(isTie ? QStringLiteral("tie") : QStringLiteral("insufficient"), code));
    }
    window.openScenario(scenarios.first().id);
    app.processEvents();

    // Readable in the program's dark and high-contrast palettes too (Settings, Colours), with
    // the advice and the focus ring on a question.
    {
        const ui::FocusRing ring;
        window.activateWindow();
        window.questionnaire()->findChild<QComboBox *>()->setFocus();
        for (const QString &theme : {QStringLiteral("dark"), QStringLiteral("high-contrast")}) {
            ui::Theme::apply(theme);
            app.processEvents();
            window.grab().save(out + QStringLiteral("/main-window-%1-%2.png").arg(theme, code));
        }
        ui::Theme::apply(QStringLiteral("system"));
        app.processEvents();
    }

    // The agreements register: the example municipality's agreements, with a baseline scenario
    // so that the path is drawn beside a recommended start.
    {
        const QString file = QStringLiteral(
            AKKOORD_SOURCE_DIR "/resources/examples/agreements/voorbeeldgemeente.agreements.json");
        QFile in(file);
        in.open(QIODevice::ReadOnly);
        const AgreementsFile agreements = AgreementFile::parse(in.readAll(), file).value();
        ScenarioStore *store = window.store();
        // The examples hold a scenario of this municipality already.
        const auto existing = store->findCase(agreements.municipality);
        const qint64 id = existing.ok() ? existing.value().id
                                        : store->createCase(agreements.municipality).value().id;
        for (const Agreement &a : agreements.agreements) {
            store->createAgreement(id, a);
        }
        ScenarioContent start;
        start.title = language == Language::Dutch ? QStringLiteral("Startsituatie 2026")
                                                  : QStringLiteral("Starting point 2026");
        start.answers = kb->referenceCase(QStringLiteral("soest"))->answers;
        store->setBaseline(store->createScenario(id, start).value().id, true);
        window.openScenario(store->baselineOf(id).value());
        ui::AgreementsWindow *register_ = window.showAgreements();
        register_->resize(1366, 800);
        register_->dateEdit()->setDate(QDate(2026, 9, 30));
        app.processEvents();
        const char *pages[] = {"agreements", "realisations", "progress", "path"};
        for (int tab = 0; tab < 4; ++tab) {
            register_->tabs()->setCurrentIndex(tab);
            app.processEvents();
            register_->grab().save(
                out + QStringLiteral("/%1-%2.png").arg(QLatin1String(pages[tab]), code));
        }
        register_->close();
    }

    // The first start, before any municipality exists.
    QTemporaryDir empty;
    ui::MainWindow fresh(kb, language, &settings);
    fresh.resize(size);
    fresh.show();
    fresh.openDatabase(empty.filePath(QStringLiteral("new.sqlite")));
    app.processEvents();
    fresh.grab().save(out + QStringLiteral("/first-start-%1.png").arg(code));
    std::printf("screenshots written to %s\n", qPrintable(out));
    return 0;
}
