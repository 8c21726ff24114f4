// akkoord: the desktop program. Parses the command line, sets up language and database, and
// shows the main window.
#include "browser/lazystyle.h"
#include "common/language.h"
#include "common/version.h"
#include "knowledge/knowledgebase.h"
#include "mainwindow.h"
#include "store/scenariostore.h"
#include "support/firstpaint.h"
#include "support/focusring.h"
#include "support/prompt.h"
#include "support/settings.h"
#include "support/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

using namespace akkoord;

namespace {

// The program's identity, shared by the console path (--help, --version) and the window.
void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("akkoord"));
    QCoreApplication::setOrganizationName(QStringLiteral("Akkoord"));
    const QString revision = QStringLiteral(AKKOORD_GIT_REVISION);
    QCoreApplication::setApplicationVersion(
        revision.isEmpty() ? QStringLiteral(AKKOORD_VERSION)
                           : QStringLiteral(AKKOORD_VERSION " (%1)").arg(revision));
}

struct Options
{
    QCommandLineOption db{
        QStringLiteral("db"),
        QCoreApplication::translate("akkoord::GuiMain", "Open the database at PATH."),
        QCoreApplication::translate("akkoord::GuiMain", "PATH")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            QCoreApplication::translate("akkoord::GuiMain", "Language: nl or en."),
                            QCoreApplication::translate("akkoord::GuiMain", "LANG")};
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "akkoord::GuiMain",
        "Akkoord helps a municipality choose where to start when it makes agreements with "
        "employers "
        "about work for people from the target groups. Saved scenarios live in "
        "~/.local/share/akkoord/akkoord.sqlite unless --db names another database."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.db, options.lang});
}

// --help and --version print and exit; they need no display, so no QApplication is made for them.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" ||
            argument == "-v" || argument == "--version") {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication console(argc, argv);
        setIdentity();
        bool valid = true;
        installTranslation(&console, languageFromArguments(console.arguments(),
                                                           ui::Settings().language(), &valid));
        QCommandLineParser parser;
        Options options;
        describe(parser, options);
        parser.process(console); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setStyle(new ui::LazyIconStyle);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.example.Akkoord.svg")));
    QApplication::setApplicationDisplayName(QStringLiteral("Akkoord"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.example.Akkoord"));

    ui::Settings settings;
    ui::Theme::apply(settings.themeChoice());
    const ui::FocusRing focusRing;
    bool valid = true;
    const Language language = languageFromArguments(app.arguments(), settings.language(), &valid);
    if (!valid) {
        qCritical("akkoord: --lang must be nl or en");
        return 2;
    }
    installTranslation(&app, language);
    QLocale::setDefault(localeFor(language));

    QCommandLineParser parser;
    const Options options;
    describe(parser, options);
    parser.process(app);

    const auto kb = KnowledgeBase::loadDefault();
    if (!kb.ok()) {
        ui::Prompt::inform(nullptr, ui::PromptRequest::Error, QStringLiteral("Akkoord"),
                           kb.error().toString());
        return 1;
    }
    ui::MainWindow window(kb.value(), language);
    quitAfterFirstPaint(&window);
    window.show();
    // The embedded default, unless another database was asked for or used last.
    QString path = parser.value(options.db);
    if (path.isEmpty()) {
        path = settings.lastDatabase().isEmpty() ? ScenarioStore::defaultPath()
                                                 : settings.lastDatabase();
    }
    if (!window.openDatabase(path) && !parser.isSet(options.db) &&
        path != ScenarioStore::defaultPath()) {
        window.openDatabase(ScenarioStore::defaultPath());
    }
    QTimer::singleShot(0, &window, &ui::MainWindow::offerDraft);
    return app.exec();
}
