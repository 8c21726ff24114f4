// akkoord-cli's entry point: the application object, the language, then the command (cli.h).
#include "cli.h"

#include "common/version.h"

#include <QGuiApplication>
#include <QLocale>

#include <cstdio>

using namespace akkoord;

namespace {

// Qt's own warnings (a missing runtime folder on a headless machine, font lookups) are not for
// the person at the terminal: errors are one clear line of ours. AKKOORD_DEBUG shows them.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg || qEnvironmentVariableIsSet("AKKOORD_DEBUG")) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(quietMessages);
    // Reports draw charts and text, which needs a GUI application; without a display it runs on
    // the offscreen platform. Every other command stays a plain console program.
    const bool drawing = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    std::unique_ptr<QCoreApplication> application(drawing ? new QGuiApplication(argc, argv)
                                                          : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("akkoord-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Akkoord"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AKKOORD_VERSION));

    bool validLanguage = true;
    const Language language =
        languageFromArguments(app.arguments(), systemLanguage(), &validLanguage);
    if (!installTranslation(&app, language)) {
        std::fputs("akkoord-cli: the Dutch translation is missing from this build\n", stderr);
        return Internal;
    }
    if (!validLanguage) {
        QTextStream(stderr) << QStringLiteral("akkoord-cli: ")
                            << QCoreApplication::translate("akkoord::Cli",
                                                           "--lang must be “nl” or “en”")
                            << Qt::endl;
        return BadInput;
    }
    QLocale::setDefault(localeFor(language));
    Cli cli(language);
    return cli.finish(cli.run(app.arguments()));
}
