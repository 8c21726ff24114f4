// akkoord-cli: the headless face of Akkoord, for scripts and for people at a terminal.
#include "advicejson.h"
#include "advicetext.h"
#include "advisor.h"
#include "knowledgebase.h"
#include "language.h"
#include "scenariofile.h"
#include "version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

using namespace akkoord;

namespace {

// Exit codes, as documented in --help.
enum Exit { Done = 0, Internal = 1, BadInput = 2 };

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(akkoord::Cli)

public:
    explicit Cli(Language language) : m_language(language) {}

    int run(const QStringList &arguments);

private:
    int advise(const QStringList &arguments);
    int fail(const QString &message, int code = BadInput)
    {
        m_err << QStringLiteral("akkoord-cli: ") << message << Qt::endl;
        return code;
    }
    QString usage() const;
    QString versionText() const;

    Language m_language;
    QTextStream m_out{stdout};
    QTextStream m_err{stderr};
};

QString Cli::versionText() const
{
    QString revision = QStringLiteral(AKKOORD_GIT_REVISION);
    return QStringLiteral("akkoord-cli %1%2\n")
        .arg(QStringLiteral(AKKOORD_VERSION),
             revision.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(revision));
}

QString Cli::usage() const
{
    return tr("Usage: akkoord-cli COMMAND [OPTIONS]\n"
              "\n"
              "Akkoord helps a municipality choose where to start when it makes agreements with\n"
              "employers about work for people from the target groups.\n"
              "\n"
              "Commands:\n"
              "  advise FILE|-      Advice for the scenario in FILE (or standard input).\n"
              "\n"
              "Options for advise:\n"
              "  --format text|json   Readable text (default) or JSON for scripts.\n"
              "  --lang nl|en         Language of the advice; default follows the system,\n"
              "                       falling back to Dutch.\n"
              "  --knowledge PATH     Use another knowledge base (JSON) instead of the built-in one.\n"
              "  --target ID          Also show the fewest changes that lead to this starting\n"
              "                       point: broad_summit, covenant, frontrunners, focused_track.\n"
              "\n"
              "General options:\n"
              "  -h, --help           Show this help.\n"
              "  --version            Show the version.\n"
              "\n"
              "Exit codes:\n"
              "  0  done\n"
              "  1  internal error\n"
              "  2  bad input: unreadable or malformed file, unknown question or option,\n"
              "     wrong format or version, wrong option on the command line\n");
}

int Cli::run(const QStringList &arguments)
{
    if (arguments.size() < 2) {
        m_err << usage();
        return BadInput;
    }
    const QString command = arguments.at(1);
    if (command == QLatin1String("-h") || command == QLatin1String("--help") ||
        command == QLatin1String("help")) {
        m_out << usage();
        return Done;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_out << versionText();
        return Done;
    }
    if (command == QLatin1String("advise")) {
        return advise(arguments.mid(1));
    }
    return fail(tr("unknown command “%1”; see akkoord-cli --help").arg(command));
}

int Cli::advise(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"),
                                    QStringLiteral("text"));
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("LANG"));
    const QCommandLineOption knowledge(QStringLiteral("knowledge"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption target(QStringLiteral("target"), QString(), QStringLiteral("ID"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    parser.addOptions({format, lang, knowledge, target, help});
    parser.addPositionalArgument(QStringLiteral("file"), QString());
    if (!parser.parse(arguments)) {
        return fail(parser.errorText());
    }
    if (parser.isSet(help)) {
        m_out << usage();
        return Done;
    }
    const QString outputFormat = parser.value(format);
    if (outputFormat != QLatin1String("text") && outputFormat != QLatin1String("json")) {
        return fail(tr("--format must be “text” or “json”, not “%1”").arg(outputFormat));
    }
    if (parser.positionalArguments().size() != 1) {
        return fail(tr("advise needs exactly one scenario file, or - for standard input"));
    }

    const bool customKnowledge = parser.isSet(knowledge);
    auto loaded = customKnowledge ? KnowledgeBase::loadFile(parser.value(knowledge))
                                  : KnowledgeBase::loadDefault();
    if (!loaded.ok()) {
        return fail(loaded.error().toString(), customKnowledge ? BadInput : Internal);
    }
    const KnowledgeBase &kb = *loaded.value();

    const QString targetId = parser.value(target);
    if (parser.isSet(target) && kb.startingPointIndex(targetId) < 0) {
        QStringList ids;
        for (const StartingPoint &s : kb.startingPoints()) {
            ids << s.id;
        }
        return fail(tr("unknown starting point “%1” (choose from: %2)")
                        .arg(targetId, ids.join(QStringLiteral(", "))));
    }

    const QString path = parser.positionalArguments().constFirst();
    Result<Scenario> scenario = Scenario{};
    if (path == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            return fail(tr("standard input cannot be read"));
        }
        scenario = ScenarioFile::parse(in.readAll(), kb, tr("(standard input)"));
    } else {
        scenario = ScenarioFile::read(path, kb);
    }
    if (!scenario.ok()) {
        return fail(scenario.error().toString());
    }

    const Advisor advisor(loaded.value());
    const Advice advice = advisor.advise(scenario.value().answers, targetId);
    if (outputFormat == QLatin1String("json")) {
        QJsonObject json = adviceToJson(advice, kb, m_language);
        json.insert(QStringLiteral("municipality"), scenario.value().municipality);
        json.insert(QStringLiteral("title"), scenario.value().title);
        m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        m_out << AdviceText(kb, m_language).render(scenario.value(), advice);
    }
    return Done;
}

// --lang decides the language of everything printed, help included, so it is read first.
Language chooseLanguage(const QStringList &arguments, bool *valid)
{
    *valid = true;
    for (int i = 0; i < arguments.size(); ++i) {
        QString value;
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size()) {
            value = arguments[i + 1];
        } else if (arguments[i].startsWith(QLatin1String("--lang="))) {
            value = arguments[i].mid(7);
        } else {
            continue;
        }
        return languageFromCode(value, valid);
    }
    return systemLanguage();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("akkoord-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Akkoord"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AKKOORD_VERSION));

    bool validLanguage = true;
    const Language language = chooseLanguage(app.arguments(), &validLanguage);
    if (!installTranslation(&app, language)) {
        std::fputs("akkoord-cli: the Dutch translation is missing from this build\n", stderr);
        return Internal;
    }
    Cli cli(language);
    if (!validLanguage) {
        QTextStream(stderr) << QStringLiteral("akkoord-cli: ")
                            << QCoreApplication::translate("akkoord::Cli",
                                                           "--lang must be “nl” or “en”")
                            << Qt::endl;
        return BadInput;
    }
    return cli.run(app.arguments());
}
