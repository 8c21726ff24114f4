// akkoord: the desktop program. Parses the command line, sets up language and database, and
// shows the main window.
#include "firstpaint.h"
#include "lazystyle.h"
#include "knowledgebase.h"
#include "language.h"
#include "mainwindow.h"
#include "prompt.h"
#include "scenariostore.h"
#include "settings.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

using namespace akkoord;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(new ui::LazyIconStyle);
    QApplication::setApplicationName(QStringLiteral("akkoord"));
    QApplication::setOrganizationName(QStringLiteral("Akkoord"));
    const QString revision = QStringLiteral(AKKOORD_GIT_REVISION);
    QApplication::setApplicationVersion(revision.isEmpty() ? QStringLiteral(AKKOORD_VERSION)
                                                            : QStringLiteral(AKKOORD_VERSION " (%1)").arg(revision));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.example.Akkoord.svg")));
    QApplication::setApplicationDisplayName(QStringLiteral("Akkoord"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.example.Akkoord"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Akkoord helps a municipality choose where to start when it makes agreements with employers "
        "about work for people from the target groups. Saved scenarios live in "
        "~/.local/share/akkoord/akkoord.sqlite unless --db names another database."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Open the database at PATH."), QStringLiteral("PATH"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language: nl or en."), QStringLiteral("LANG"));
    parser.addOptions({db, lang});
    parser.process(app);

    ui::Settings settings;
    bool valid = true;
    const Language language = parser.isSet(lang) ? languageFromCode(parser.value(lang), &valid) : settings.language();
    if (!valid) {
        qCritical("akkoord: --lang must be nl or en");
        return 2;
    }
    installTranslation(&app, language);
    QLocale::setDefault(QLocale(language == Language::Dutch ? QLocale::Dutch : QLocale::English));

    const auto kb = KnowledgeBase::loadDefault();
    if (!kb.ok()) {
        ui::Prompt::inform(nullptr, ui::PromptRequest::Error, QStringLiteral("Akkoord"), kb.error().toString());
        return 1;
    }
    ui::MainWindow window(kb.value(), language);
    quitAfterFirstPaint(&window);
    window.show();
    // The embedded default, unless another database was asked for or used last.
    QString path = parser.value(db);
    if (path.isEmpty()) {
        path = settings.lastDatabase().isEmpty() ? ScenarioStore::defaultPath() : settings.lastDatabase();
    }
    if (!window.openDatabase(path) && !parser.isSet(db) && path != ScenarioStore::defaultPath()) {
        window.openDatabase(ScenarioStore::defaultPath());
    }
    QTimer::singleShot(0, &window, &ui::MainWindow::offerDraft);
    return app.exec();
}
