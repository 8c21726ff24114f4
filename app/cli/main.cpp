// akkoord-cli's entry point: the application object, the language, then the command (cli.h).
#include "cli.h"

#include "common/version.h"

#include <QFileInfo>
#include <QLibrary>
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

// The report module: beside the program in a build; once installed, in the library folder, at
// AKKOORD_MODULE_DIR from the program's own folder.
QLibrary *loadReportModule()
{
    const QString self = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    const QString here = QFileInfo(self).absolutePath();
    const QString name = QLatin1String(reportmodule::FileName);
    for (const QString &folder :
         {here, here + QLatin1Char('/') + QStringLiteral(AKKOORD_MODULE_DIR)}) {
        auto *module = new QLibrary(folder + QLatin1Char('/') + name);
        if (module->load()) {
            return module;
        }
        delete module;
    }
    return nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(quietMessages);
    // Reports draw charts and text, which needs a GUI application: the report module makes it.
    // Every other command stays a plain console program that never loads Qt GUI.
    QLibrary *module = argc > 1 && qstrcmp(argv[1], "report") == 0 ? loadReportModule() : nullptr;
    const auto createApplication = module
                                       ? reinterpret_cast<reportmodule::CreateApplication>(
                                             module->resolve(reportmodule::CreateApplicationSymbol))
                                       : nullptr;
    const auto writeReport =
        module ? reinterpret_cast<reportmodule::Write>(module->resolve(reportmodule::WriteSymbol))
               : nullptr;
    std::unique_ptr<QCoreApplication> application(createApplication && writeReport
                                                      ? createApplication(argc, argv)
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
    if (createApplication && writeReport) {
        cli.setReportWriter(writeReport);
    }
    return cli.finish(cli.run(app.arguments()));
}
