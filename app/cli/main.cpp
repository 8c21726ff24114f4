// akkoord-cli: the headless face of Akkoord, for scripts and for people at a terminal.
// This file parses arguments and prints; the work is done by the core.
#include "advice/advicejson.h"
#include "advice/advicetext.h"
#include "advice/comparison.h"
#include "common/language.h"
#include "common/outputfile.h"
#include "common/usertext.h"
#include "common/version.h"
#include "exchange/exchange.h"
#include "exchange/scenariofile.h"
#include "knowledge/advisor.h"
#include "knowledge/knowledgeaudit.h"
#include "knowledge/knowledgebase.h"
#include "report/reportwriter.h"
#include "store/scenariostore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <optional>

using namespace akkoord;

namespace {

// Exit codes, as documented in --help.
enum Exit
{
    Done = 0,
    Internal = 1,
    BadInput = 2,
    StorageProblem = 3
};

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(akkoord::Cli)

public:
    explicit Cli(Language language) : m_language(language) {}

    int run(const QStringList &arguments);
    // Flushes standard output and turns a failed write into exit code 3.
    int finish(int code);

private:
    // Parses the options a command accepts; false after printing the error.
    bool parse(const QStringList &arguments, const QList<QCommandLineOption> &options,
               int minPositional, int maxPositional);
    bool loadKnowledge();
    bool openStore(bool readOnly = false);
    bool openStoreForListing();
    bool json() const { return m_parser.value(QStringLiteral("format")) == QLatin1String("json"); }
    bool checkFormat(const QStringList &allowed);
    int fail(const QString &message, int code = BadInput)
    {
        m_err << QStringLiteral("akkoord-cli: ") << message << Qt::endl;
        m_failure = code;
        return code;
    }
    int fail(const Error &error);
    int printJson(const QJsonValue &value);
    bool writeOutput(const QByteArray &data);
    std::optional<qint64> number(const QString &text, const QString &what);
    // The stored scenario an argument names by id, or nullopt after printing why not.
    std::optional<ScenarioRecord> storedScenario(const QString &argument);
    std::optional<CaseRecord> findCase(const QString &idOrName, bool includeDeleted = false);
    QString label(const ScenarioRecord &s);

    int advise();
    int examples();
    int audit();
    int cases();
    int scenarios();
    int importFiles();
    int exportItems();
    int history();
    int restore();
    int trash(bool restore);
    int trashItem() { return trash(false); }
    int untrashItem() { return trash(true); }
    int listTrash();
    int purge();
    int baseline();
    int compare();
    int check();
    int backup();
    int report();

    QString usage() const;
    QString versionText() const;

    Language m_language;
    QTextStream m_out{stdout};
    QTextStream m_err{stderr};
    QCommandLineParser m_parser;
    std::shared_ptr<const KnowledgeBase> m_kb;
    std::unique_ptr<ScenarioStore> m_store;
    std::optional<QHash<qint64, QString>> m_caseNames; // for labels, read once
    int m_failure = BadInput;                          // the exit code of the last failure printed
};

QCommandLineOption option(const char *name, bool takesValue = false, const char *def = nullptr)
{
    QCommandLineOption o(QString::fromLatin1(name));
    if (takesValue) {
        o.setValueName(QStringLiteral("VALUE"));
    }
    if (def) {
        o.setDefaultValue(QString::fromLatin1(def));
    }
    return o;
}

QString Cli::versionText() const
{
    const QString revision = QStringLiteral(AKKOORD_GIT_REVISION);
    return QStringLiteral("akkoord-cli %1%2\n")
        .arg(QStringLiteral(AKKOORD_VERSION),
             revision.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(revision));
}

QString Cli::usage() const
{
    return tr(
        "Usage: akkoord-cli COMMAND [OPTIONS]\n"
        "\n"
        "Akkoord helps a municipality choose where to start when it makes agreements with\n"
        "employers about work for people from the target groups.\n"
        "\n"
        "Advice:\n"
        "  advise FILE|-              Advice for the scenario in FILE (or standard input).\n"
        "      --format text|json     Readable text (default) or JSON for scripts.\n"
        "      --knowledge PATH       Use another knowledge base instead of the built-in one.\n"
        "      --target ID            Also show the shortest route (choices before build-up) to\n"
        "                             this starting point: broad_summit, covenant, frontrunners,\n"
        "                             focused_track.\n"
        "  examples                   The eight practice examples: what the source states about\n"
        "                             each, apart from what we assumed (--format text|json).\n"
        "  audit                      Every rule with its basis and where the source says it,\n"
        "                             as Markdown (docs/knowledge-audit.md); with --knowledge\n"
        "                             for a variant.\n"
        "\n"
        "Saved cases (all take --db PATH; the default is the database in your data folder):\n"
        "  cases [--filter TEXT]      List the municipalities.\n"
        "  scenarios [CASE]           List the scenarios, of one municipality (id or name).\n"
        "  import FILE...             Import scenario or case files.\n"
        "      --on-duplicate keep-both|replace|skip\n"
        "                             What to do with a scenario that exists already; without\n"
        "                             it nothing is imported when there is a duplicate.\n"
        "  export ID                  Export a scenario as a scenario file.\n"
        "  export --case ID|NAME      Export a municipality with its scenarios as a case file.\n"
        "  export --all               Export every scenario (with --format csv).\n"
        "      --history              Include every earlier revision (case files).\n"
        "      --format json|csv      JSON file (default) or CSV for spreadsheets.\n"
        "      --out FILE             Write to FILE instead of standard output.\n"
        "  history ID                 The revisions of a scenario, newest first.\n"
        "  restore ID REVISION        Make an earlier revision current again.\n"
        "  delete ID | --case ID      Move a scenario or municipality to the trash.\n"
        "  undelete ID | --case ID    Bring it back from the trash.\n"
        "  trash                      List the scenarios in the trash.\n"
        "  purge [--older-than DAYS]  Empty the trash for good: everything in it, or what\n"
        "                             went there more than DAYS days ago. The text is\n"
        "                             overwritten in the file; this cannot be undone.\n"
        "  baseline ID [--off]        Mark a scenario as its municipality's baseline.\n"
        "  compare ID [ID...]         Scenarios side by side; one ID compares it with its\n"
        "                             municipality's baseline.\n"
        "  check                      Check the database for damage.\n"
        "  backup OUT                 Write a consistent copy of the database to OUT.\n"
        "\n"
        "Reports (no display needed):\n"
        "  report ID|FILE... --out FILE.pdf|FILE.html\n"
        "                             A report of one scenario, or a comparison of several;\n"
        "                             stored scenarios by id, scenario files by path.\n"
        "\n"
        "General options:\n"
        "  --lang nl|en               Language; default follows the system, else Dutch.\n"
        "  --format text|json         Text (default) or JSON, for the listing commands.\n"
        "  -h, --help                 Show this help.\n"
        "  --version                  Show the version.\n"
        "\n"
        "Exit codes:\n"
        "  0  done\n"
        "  1  internal error\n"
        "  2  bad input: unreadable, malformed or too large file, unknown question, option\n"
        "     or id, wrong format or version, duplicates, wrong option on the command line,\n"
        "     an --out target that is not a regular file\n"
        "  3  storage problem: the database is damaged, newer, read-only, busy or the disk\n"
        "     is full, a save conflicts with another program's, output (standard output\n"
        "     included) could not be written, or check found damage\n");
}

int Cli::fail(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::NotADatabase:
    case ErrorKind::CorruptDatabase:
    case ErrorKind::NewerDatabase:
    case ErrorKind::ReadOnly:
    case ErrorKind::DiskFull:
    case ErrorKind::Busy:
    case ErrorKind::Conflict:
    case ErrorKind::StorageFailed:
        return fail(error.toString(), StorageProblem);
    case ErrorKind::Internal:
        return fail(error.toString(), Internal);
    default:
        return fail(error.toString(), BadInput);
    }
}

bool Cli::parse(const QStringList &arguments, const QList<QCommandLineOption> &options,
                int minPositional, int maxPositional)
{
    m_parser.addOptions(options);
    m_parser.addOption(option("lang", true));
    m_parser.addOption(option("db", true));
    m_parser.addOption(
        QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
    if (!m_parser.parse(arguments)) {
        fail(m_parser.errorText());
        return false;
    }
    const int n = int(m_parser.positionalArguments().size());
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        fail(tr("wrong number of arguments for “%1”; see akkoord-cli --help")
                 .arg(arguments.first()));
        return false;
    }
    return true;
}

bool Cli::checkFormat(const QStringList &allowed)
{
    const QString format = m_parser.value(QStringLiteral("format"));
    if (!allowed.contains(format)) {
        fail(tr("--format must be one of %1, not “%2”")
                 .arg(allowed.join(QStringLiteral(", ")), format));
        return false;
    }
    return true;
}

bool Cli::loadKnowledge()
{
    const bool custom = m_parser.isSet(QStringLiteral("knowledge"));
    auto loaded = custom ? KnowledgeBase::loadFile(m_parser.value(QStringLiteral("knowledge")))
                         : KnowledgeBase::loadDefault();
    if (!loaded.ok()) {
        fail(loaded.error().toString(), custom ? BadInput : Internal);
        return false;
    }
    m_kb = loaded.value();
    return true;
}

bool Cli::openStoreForListing()
{
    // Listing only reads, so a read-only database lists as well as a writable one; a database
    // that does not exist yet is created, so that the first listing says how to start.
    const QString path = m_parser.isSet(QStringLiteral("db")) ? m_parser.value(QStringLiteral("db"))
                                                              : ScenarioStore::defaultPath();
    return openStore(QFileInfo(path).size() > 0);
}

bool Cli::openStore(bool readOnly)
{
    const QString path = m_parser.isSet(QStringLiteral("db")) ? m_parser.value(QStringLiteral("db"))
                                                              : ScenarioStore::defaultPath();
    StoreOptions options;
    options.readOnly = readOnly;
    auto opened = ScenarioStore::open(path, options);
    if (!opened.ok()) {
        fail(opened.error());
        return false;
    }
    m_store = opened.take();
    return true;
}

int Cli::printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Indented);
    return Done;
}

bool Cli::writeOutput(const QByteArray &data)
{
    if (!m_parser.isSet(QStringLiteral("out"))) {
        m_out.flush();
        m_out.device()->write(data); // checked with everything else on the way out
        return true;
    }
    const Error e = OutputFile::write(m_parser.value(QStringLiteral("out")), data);
    if (e.isError()) {
        fail(e);
        return false;
    }
    return true;
}

int Cli::finish(int code)
{
    // Standard output may be a file on a full disk: what was printed counts only once it is
    // written, so it is flushed and checked before the exit code says "done".
    m_out.flush();
    auto *out = static_cast<QFileDevice *>(m_out.device());
    const bool written = m_out.status() == QTextStream::Ok &&
                         out->error() == QFileDevice::NoError && out->flush() &&
                         std::fflush(stdout) == 0;
    if (!written && code != StorageProblem) {
        return fail(tr("standard output could not be written (%1); what was printed is incomplete")
                        .arg(out->errorString()),
                    StorageProblem);
    }
    return code;
}

std::optional<qint64> Cli::number(const QString &text, const QString &what)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < 1) {
        fail(tr("“%1” is not a valid %2 (a number such as 12)").arg(text, what));
        return std::nullopt;
    }
    return n;
}

std::optional<ScenarioRecord> Cli::storedScenario(const QString &argument)
{
    const auto id = number(argument, tr("scenario id"));
    if (!id) {
        return std::nullopt;
    }
    const auto s = m_store->scenario(*id);
    if (!s.ok()) {
        fail(s.error());
        return std::nullopt;
    }
    return s.value();
}

std::optional<CaseRecord> Cli::findCase(const QString &idOrName, bool includeDeleted)
{
    bool isNumber = false;
    const qint64 id = idOrName.toLongLong(&isNumber);
    const Result<CaseRecord> found =
        isNumber ? m_store->caseById(id) : m_store->findCase(idOrName, QString(), includeDeleted);
    if (!found.ok()) {
        fail(found.error());
        return std::nullopt;
    }
    return found.value();
}

QString Cli::label(const ScenarioRecord &s)
{
    // Names are read once: a query per row made a long listing quadratic (the count of each
    // case's scenarios comes with it).
    if (!m_caseNames) {
        m_caseNames.emplace();
        const auto all = m_store->cases(QString(), true);
        for (const CaseRecord &c : all.ok() ? all.value() : QVector<CaseRecord>()) {
            m_caseNames->insert(c.id, c.name);
        }
    }
    // A name's bidi override must not turn around the rest of the line.
    return withoutBidiControls(
        QStringLiteral("%1 — %2").arg(m_caseNames->value(s.caseId), s.content.title));
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
    const QStringList rest = arguments.mid(1);
    const QCommandLineOption format = option("format", true, "text");
    const QCommandLineOption out = option("out", true);
    struct Command
    {
        const char *name;
        QList<QCommandLineOption> options;
        int min;
        int max;
        int (Cli::*run)();
    };
    using Options = QList<QCommandLineOption>;
    const Command commands[] = {
        {"advise", Options{format, option("knowledge", true), option("target", true)}, 1, 1,
         &Cli::advise},
        {"examples", Options{format, option("knowledge", true)}, 0, 0, &Cli::examples},
        {"audit", Options{option("knowledge", true)}, 0, 0, &Cli::audit},
        {"cases", Options{format, option("filter", true), option("trash")}, 0, 0, &Cli::cases},
        {"scenarios", Options{format}, 0, 1, &Cli::scenarios},
        {"import", Options{format, option("on-duplicate", true), option("knowledge", true)}, 1, -1,
         &Cli::importFiles},
        {"export",
         Options{option("format", true, "json"), out, option("knowledge", true),
                 option("case", true), option("all"), option("history")},
         0, 1, &Cli::exportItems},
        {"history", Options{format}, 1, 1, &Cli::history},
        {"restore", Options{}, 2, 2, &Cli::restore},
        {"delete", Options{option("case", true)}, 0, 1, &Cli::trashItem},
        {"undelete", Options{option("case", true)}, 0, 1, &Cli::untrashItem},
        {"trash", Options{format}, 0, 0, &Cli::listTrash},
        {"purge", Options{option("older-than", true)}, 0, 0, &Cli::purge},
        {"baseline", Options{option("off")}, 1, 1, &Cli::baseline},
        {"compare", Options{format, option("knowledge", true)}, 1, -1, &Cli::compare},
        {"check", Options{}, 0, 0, &Cli::check},
        {"report", Options{out, option("knowledge", true)}, 1, -1, &Cli::report},
        {"backup", Options{}, 1, 1, &Cli::backup},
    };
    for (const Command &c : commands) {
        if (command != QLatin1String(c.name)) {
            continue;
        }
        if (!parse(rest, c.options, 0, -1)) {
            return BadInput;
        }
        if (m_parser.isSet(QStringLiteral("help"))) {
            m_out << usage();
            return Done;
        }
        const int n = int(m_parser.positionalArguments().size());
        if (n < c.min || (c.max >= 0 && n > c.max)) {
            return fail(
                tr("wrong number of arguments for “%1”; see akkoord-cli --help").arg(command));
        }
        return (this->*c.run)();
    }
    return fail(tr("unknown command “%1”; see akkoord-cli --help").arg(command));
}

int Cli::advise()
{
    if (!checkFormat({QStringLiteral("text"), QStringLiteral("json")}) || !loadKnowledge()) {
        return BadInput;
    }
    const QString targetId = m_parser.value(QStringLiteral("target"));
    if (m_parser.isSet(QStringLiteral("target")) && m_kb->startingPointIndex(targetId) < 0) {
        QStringList ids;
        for (const StartingPoint &s : m_kb->startingPoints()) {
            ids << s.id;
        }
        return fail(tr("unknown starting point “%1” (choose from: %2)")
                        .arg(targetId, ids.join(QStringLiteral(", "))));
    }
    const QString path = m_parser.positionalArguments().constFirst();
    Result<Scenario> scenario = Scenario{};
    if (path == QLatin1String("-")) {
        scenario = ScenarioFile::readStandardInput(*m_kb, tr("(standard input)"));
    } else {
        scenario = ScenarioFile::read(path, *m_kb);
    }
    if (!scenario.ok()) {
        return fail(scenario.error().toString());
    }
    const Advice advice = Advisor(m_kb).advise(scenario.value().answers, targetId);
    if (json()) {
        QJsonObject o = adviceToJson(advice, *m_kb, m_language);
        o.insert(QStringLiteral("municipality"), scenario.value().municipality);
        o.insert(QStringLiteral("title"), scenario.value().title);
        return printJson(o);
    }
    Scenario shown = scenario.value();
    shown.municipality = withoutBidiControls(shown.municipality);
    shown.title = withoutBidiControls(shown.title);
    m_out << AdviceText(*m_kb, m_language).render(shown, advice);
    return Done;
}

int Cli::examples()
{
    if (!checkFormat({QStringLiteral("text"), QStringLiteral("json")}) || !loadKnowledge()) {
        return BadInput;
    }
    const Advisor advisor(m_kb);
    QJsonArray list;
    QStringList texts;
    const AdviceText words(*m_kb, m_language);
    for (const ReferenceCase &c : m_kb->referenceCases()) {
        list.append(referenceCaseToJson(c, advisor.positions(c.stated), *m_kb, m_language));
        texts << words.renderExample(c);
    }
    if (json()) {
        return printJson(QJsonObject{{QStringLiteral("examples"), list}});
    }
    m_out << texts.join(QLatin1Char('\n'));
    return Done;
}

int Cli::audit()
{
    if (!loadKnowledge()) {
        return m_failure;
    }
    m_out << knowledgeAudit(*m_kb);
    return Done;
}

int Cli::cases()
{
    if (!checkFormat({QStringLiteral("text"), QStringLiteral("json")}) || !openStoreForListing()) {
        return m_failure;
    }
    const Result<QVector<CaseRecord>> list = m_store->cases(
        m_parser.value(QStringLiteral("filter")), m_parser.isSet(QStringLiteral("trash")));
    if (!list.ok()) {
        return fail(list.error());
    }
    if (json()) {
        QJsonArray a;
        for (const CaseRecord &c : list.value()) {
            a.append(QJsonObject{{QStringLiteral("id"), c.id},
                                 {QStringLiteral("name"), c.name},
                                 {QStringLiteral("cbs_code"), c.cbsCode},
                                 {QStringLiteral("region"), c.region},
                                 {QStringLiteral("scenarios"), c.scenarioCount},
                                 {QStringLiteral("modified"), c.modified.toString(Qt::ISODate)},
                                 {QStringLiteral("in_trash"), c.deleted.isValid()}});
        }
        return printJson(a);
    }
    if (list.value().isEmpty()) {
        m_out << tr("No municipalities yet. Import a scenario file with “akkoord-cli import FILE”.")
              << Qt::endl;
    }
    for (const CaseRecord &c : list.value()) {
        QString extra = c.cbsCode.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.cbsCode);
        if (c.deleted.isValid()) {
            extra += QLatin1Char(' ') + tr("[in the trash]");
        }
        m_out << QStringLiteral("%1\t%2%3\t").arg(c.id).arg(withoutBidiControls(c.name), extra)
              << tr("%1 scenario(s)").arg(c.scenarioCount) << Qt::endl;
    }
    return Done;
}

int Cli::scenarios()
{
    if (!checkFormat({QStringLiteral("text"), QStringLiteral("json")})) {
        return BadInput;
    }
    if (!openStoreForListing()) {
        return m_failure;
    }
    QVector<ScenarioRecord> list;
    if (!m_parser.positionalArguments().isEmpty()) {
        const auto owner = findCase(m_parser.positionalArguments().first());
        if (!owner) {
            return BadInput;
        }
        const auto result = m_store->scenarios(owner->id);
        if (!result.ok()) {
            return fail(result.error());
        }
        list = result.value();
    } else {
        const auto result = m_store->allScenarios();
        if (!result.ok()) {
            return fail(result.error());
        }
        list = result.value();
    }
    if (json()) {
        QJsonArray a;
        for (const ScenarioRecord &s : list) {
            a.append(
                QJsonObject{{QStringLiteral("id"), s.id},
                            {QStringLiteral("case_id"), s.caseId},
                            {QStringLiteral("title"), s.content.title},
                            {QStringLiteral("revision"), s.revision},
                            {QStringLiteral("baseline"), s.baseline},
                            {QStringLiteral("knowledge_base_version"), s.content.knowledgeVersion},
                            {QStringLiteral("modified"), s.modified.toString(Qt::ISODate)}});
        }
        return printJson(a);
    }
    for (const ScenarioRecord &s : list) {
        m_out << QStringLiteral("%1\t%2%3\t")
                     .arg(s.id)
                     .arg(label(s), s.baseline ? QLatin1Char(' ') + tr("[baseline]") : QString())
              << tr("revision %1, %2")
                     .arg(s.revision)
                     .arg(QLocale().toString(s.modified.toLocalTime(), QLocale::ShortFormat))
              << Qt::endl;
    }
    return Done;
}

int Cli::importFiles()
{
    const QString policyName = m_parser.value(QStringLiteral("on-duplicate"));
    DuplicatePolicy policy = DuplicatePolicy::Refuse;
    if (policyName == QLatin1String("keep-both")) {
        policy = DuplicatePolicy::KeepBoth;
    } else if (policyName == QLatin1String("replace")) {
        policy = DuplicatePolicy::Replace;
    } else if (policyName == QLatin1String("skip")) {
        policy = DuplicatePolicy::Skip;
    } else if (m_parser.isSet(QStringLiteral("on-duplicate"))) {
        return fail(
            tr("--on-duplicate must be keep-both, replace or skip, not “%1”").arg(policyName));
    }
    if (!loadKnowledge()) {
        return m_failure;
    }
    // Every file is read and checked before anything is written.
    QVector<ImportedCase> cases;
    for (const QString &path : m_parser.positionalArguments()) {
        const Result<ImportedCase> c = Exchange::read(path, *m_kb);
        if (!c.ok()) {
            return fail(c.error());
        }
        cases.append(c.value());
    }
    if (!openStore()) {
        return StorageProblem;
    }
    const Result<ImportReport> report = Exchange::import(*m_store, cases, policy);
    if (!report.ok()) {
        return fail(report.error());
    }
    const ImportReport &r = report.value();
    if (json()) {
        QJsonArray ids;
        for (qint64 id : r.scenarioIds) {
            ids.append(id);
        }
        return printJson(QJsonObject{{QStringLiteral("created"), r.created},
                                     {QStringLiteral("replaced"), r.replaced},
                                     {QStringLiteral("kept_both"), r.keptBoth},
                                     {QStringLiteral("skipped"), r.skipped},
                                     {QStringLiteral("scenario_ids"), ids}});
    }
    m_out << tr("Imported: %1 new, %2 replaced, %3 kept beside an existing one, %4 skipped.")
                 .arg(r.created)
                 .arg(r.replaced)
                 .arg(r.keptBoth)
                 .arg(r.skipped)
          << Qt::endl;
    return Done;
}

int Cli::exportItems()
{
    if (!checkFormat({QStringLiteral("json"), QStringLiteral("csv")}) || !loadKnowledge()) {
        return BadInput;
    }
    const bool csv = m_parser.value(QStringLiteral("format")) == QLatin1String("csv");
    const bool isCase = m_parser.isSet(QStringLiteral("case"));
    const bool all = m_parser.isSet(QStringLiteral("all"));
    const int n = int(m_parser.positionalArguments().size());
    if (int(isCase) + int(all) + int(n == 1) != 1) {
        return fail(tr("export needs one scenario ID, or --case ID, or --all"));
    }
    if (all && !csv) {
        return fail(tr("--all exports CSV; add --format csv, or export one case at a time"));
    }
    if (!openStore(true)) {
        return StorageProblem;
    }
    QVector<QPair<CaseRecord, ScenarioRecord>> rows;
    QJsonObject document;
    if (isCase) {
        const auto owner = findCase(m_parser.value(QStringLiteral("case")));
        if (!owner) {
            return BadInput;
        }
        const auto exported = Exchange::exportCase(
            *m_store, owner->id, m_parser.isSet(QStringLiteral("history")), *m_kb);
        if (!exported.ok()) {
            return fail(exported.error());
        }
        document = exported.value();
        const auto list = m_store->scenarios(owner->id);
        if (!list.ok()) {
            return fail(list.error());
        }
        for (const ScenarioRecord &s : list.value()) {
            rows.append({*owner, s});
        }
    } else if (all) {
        const auto list = m_store->allScenarios();
        if (!list.ok()) {
            return fail(list.error());
        }
        QHash<qint64, CaseRecord> owners;
        for (const ScenarioRecord &s : list.value()) {
            if (!owners.contains(s.caseId)) {
                const auto owner = m_store->caseById(s.caseId);
                if (!owner.ok()) {
                    return fail(owner.error());
                }
                owners.insert(s.caseId, owner.value());
            }
            if (!owners.value(s.caseId).deleted.isValid()) {
                rows.append({owners.value(s.caseId), s});
            }
        }
    } else {
        const auto s = storedScenario(m_parser.positionalArguments().first());
        if (!s) {
            return m_failure;
        }
        const auto owner = m_store->caseById(s->caseId);
        if (!owner.ok()) {
            return fail(owner.error());
        }
        document = Exchange::exportScenario(owner.value(), *s, *m_kb);
        rows.append({owner.value(), *s});
    }
    const QByteArray data =
        csv ? Exchange::csv(rows, *m_kb) : QJsonDocument(document).toJson(QJsonDocument::Indented);
    return writeOutput(data) ? Done : m_failure;
}

int Cli::history()
{
    if (!checkFormat({QStringLiteral("text"), QStringLiteral("json")})) {
        return BadInput;
    }
    const auto id = number(m_parser.positionalArguments().first(), tr("scenario id"));
    if (!id || !openStore(true)) {
        return id ? StorageProblem : BadInput;
    }
    const auto revisions = m_store->history(*id);
    if (!revisions.ok()) {
        return fail(revisions.error());
    }
    if (json()) {
        QJsonArray a;
        for (const Revision &r : revisions.value()) {
            a.append(
                QJsonObject{{QStringLiteral("revision"), r.revision},
                            {QStringLiteral("title"), r.content.title},
                            {QStringLiteral("answers"), r.content.answers.toJson()},
                            {QStringLiteral("notes"), r.content.notes},
                            {QStringLiteral("knowledge_base_version"), r.content.knowledgeVersion},
                            {QStringLiteral("saved_at"), r.saved.toString(Qt::ISODateWithMs)}});
        }
        return printJson(a);
    }
    for (const Revision &r : revisions.value()) {
        m_out << QStringLiteral("%1\t%2\t%3\t")
                     .arg(r.revision)
                     .arg(QLocale().toString(r.saved.toLocalTime(), QLocale::ShortFormat),
                          withoutBidiControls(r.content.title))
              << tr("%1 answer(s)").arg(r.content.answers.count()) << Qt::endl;
    }
    return Done;
}

int Cli::restore()
{
    const auto id = number(m_parser.positionalArguments().at(0), tr("scenario id"));
    const auto revision =
        id ? number(m_parser.positionalArguments().at(1), tr("revision")) : std::nullopt;
    if (!revision) {
        return BadInput;
    }
    if (!openStore()) {
        return StorageProblem;
    }
    const auto current = m_store->scenario(*id);
    if (!current.ok()) {
        return fail(current.error());
    }
    const auto restored = m_store->restoreRevision(*id, int(*revision), current.value().revision);
    if (!restored.ok()) {
        return fail(restored.error());
    }
    m_out << tr("Revision %1 of “%2” is current again, as revision %3.")
                 .arg(*revision)
                 .arg(withoutBidiControls(restored.value().content.title))
                 .arg(restored.value().revision)
          << Qt::endl;
    return Done;
}

int Cli::trash(bool restore)
{
    const bool isCase = m_parser.isSet(QStringLiteral("case"));
    if (isCase == !m_parser.positionalArguments().isEmpty()) {
        return fail(tr("name one scenario ID, or --case ID"));
    }
    if (!openStore()) {
        return StorageProblem;
    }
    Error e;
    QString what;
    if (isCase) {
        const auto owner = findCase(m_parser.value(QStringLiteral("case")), restore);
        if (!owner) {
            return BadInput;
        }
        e = restore ? m_store->restoreCase(owner->id) : m_store->trashCase(owner->id);
        what = owner->name;
    } else {
        const auto s = storedScenario(m_parser.positionalArguments().first());
        if (!s) {
            return m_failure;
        }
        e = restore ? m_store->restoreScenario(s->id) : m_store->trashScenario(s->id);
        what = s->content.title;
    }
    if (e.isError()) {
        return fail(e);
    }
    what = withoutBidiControls(what);
    m_out << (restore
                  ? tr("“%1” is back from the trash.").arg(what)
                  : tr("“%1” is in the trash; “akkoord-cli undelete” brings it back.").arg(what))
          << Qt::endl;
    return Done;
}

int Cli::listTrash()
{
    if (!checkFormat({QStringLiteral("text"), QStringLiteral("json")})) {
        return BadInput;
    }
    if (!openStore(true)) {
        return StorageProblem;
    }
    const auto list = m_store->trashedScenarios();
    if (!list.ok()) {
        return fail(list.error());
    }
    if (json()) {
        QJsonArray a;
        for (const ScenarioRecord &s : list.value()) {
            a.append(QJsonObject{{QStringLiteral("id"), s.id},
                                 {QStringLiteral("title"), s.content.title},
                                 {QStringLiteral("case_id"), s.caseId},
                                 {QStringLiteral("deleted"), s.deleted.toString(Qt::ISODate)}});
        }
        return printJson(a);
    }
    for (const ScenarioRecord &s : list.value()) {
        m_out << QStringLiteral("%1\t%2").arg(s.id).arg(label(s)) << Qt::endl;
    }
    return Done;
}

int Cli::purge()
{
    QDateTime before = QDateTime::currentDateTimeUtc();
    if (m_parser.isSet(QStringLiteral("older-than"))) {
        bool ok = false;
        const QString text = m_parser.value(QStringLiteral("older-than"));
        const int days = text.toInt(&ok);
        if (!ok || days < 0) {
            return fail(tr("“%1” is not a valid number of days (0 or more)").arg(text));
        }
        before = before.addDays(-days);
    } else {
        // Everything, including what went to the trash a moment ago.
        before = before.addSecs(1);
    }
    if (!openStore()) {
        return StorageProblem;
    }
    const auto purged = m_store->purgeTrash(before);
    if (!purged.ok()) {
        return fail(purged.error());
    }
    m_out << tr("Removed from the trash for good. Scenarios: %1, municipalities: %2.")
                 .arg(purged.value().scenarios)
                 .arg(purged.value().cases)
          << Qt::endl;
    return Done;
}

int Cli::baseline()
{
    const auto id = number(m_parser.positionalArguments().first(), tr("scenario id"));
    if (!id) {
        return BadInput;
    }
    if (!openStore()) {
        return StorageProblem;
    }
    const auto s = m_store->setBaseline(*id, !m_parser.isSet(QStringLiteral("off")));
    if (!s.ok()) {
        return fail(s.error());
    }
    m_out << (s.value().baseline ? tr("“%1” is now the baseline.")
                                 : tr("“%1” is no longer the baseline."))
                 .arg(withoutBidiControls(s.value().content.title))
          << Qt::endl;
    return Done;
}

int Cli::compare()
{
    if (!checkFormat({QStringLiteral("text"), QStringLiteral("json")}) || !loadKnowledge()) {
        return BadInput;
    }
    if (m_parser.positionalArguments().size() > Comparison::MaxScenarios) {
        return fail(tr("compare at most %1 scenarios at a time").arg(Comparison::MaxScenarios));
    }
    QVector<qint64> ids;
    for (const QString &arg : m_parser.positionalArguments()) {
        const auto id = number(arg, tr("scenario id"));
        if (!id) {
            return BadInput;
        }
        ids << *id;
    }
    if (!openStore(true)) {
        return StorageProblem;
    }
    QVector<QPair<QString, Scenario>> scenarios;
    if (ids.size() == 1) {
        // One scenario is compared with its municipality's baseline, which comes first.
        const auto s = m_store->scenario(ids.first());
        if (!s.ok()) {
            return fail(s.error());
        }
        const auto baseline = m_store->baselineOf(s.value().caseId);
        if (!baseline.ok()) {
            return fail(baseline.error());
        }
        const qint64 base = baseline.value();
        if (base == 0 || base == ids.first()) {
            return fail(
                tr("“%1” has no other scenario marked as baseline to compare with; name two "
                   "scenarios, or mark one with “akkoord-cli baseline ID”")
                    .arg(s.value().content.title));
        }
        ids.prepend(base);
    }
    for (qint64 id : ids) {
        const auto s = m_store->scenario(id);
        if (!s.ok()) {
            return fail(s.error());
        }
        const auto owner = m_store->caseById(s.value().caseId);
        Scenario scenario;
        scenario.municipality = owner.ok() ? owner.value().name : QString();
        scenario.title = s.value().content.title;
        scenario.answers = s.value().content.answers;
        scenario.notes = s.value().content.notes;
        scenarios.append({label(s.value()), scenario});
    }
    const Comparison comparison = Comparison::build(scenarios, Advisor(m_kb));
    if (json()) {
        return printJson(comparison.toJson(*m_kb, m_language));
    }
    m_out << ComparisonText(*m_kb, m_language).render(comparison);
    return Done;
}

int Cli::check()
{
    if (!openStore(true)) {
        return StorageProblem;
    }
    QStringList problems;
    const Error e = m_store->checkIntegrity(&problems);
    if (e.isError()) {
        return fail(e);
    }
    if (!problems.isEmpty()) {
        for (const QString &p : problems) {
            m_out << p << Qt::endl;
        }
        return fail(tr("%1: the database is damaged (%2 problem(s)); restore a backup or ask "
                       "for help before saving more")
                        .arg(m_store->path())
                        .arg(problems.size()),
                    StorageProblem);
    }
    m_out << tr("%1: no problems found.").arg(m_store->path()) << Qt::endl;
    return Done;
}

int Cli::backup()
{
    if (!openStore(true)) {
        return StorageProblem;
    }
    const QString target = m_parser.positionalArguments().first();
    const Error e = m_store->backup(target);
    if (e.isError()) {
        return fail(e);
    }
    m_out << tr("Backup written to %1.").arg(target) << Qt::endl;
    return Done;
}

int Cli::report()
{
    const QString out = m_parser.value(QStringLiteral("out"));
    const bool pdf = out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    const bool html = out.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ||
                      out.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
    if (!pdf && !html) {
        return fail(tr("report needs --out FILE.pdf or --out FILE.html"));
    }
    if (m_parser.positionalArguments().size() > Comparison::MaxScenarios) {
        return fail(tr("compare at most %1 scenarios at a time").arg(Comparison::MaxScenarios));
    }
    if (!loadKnowledge()) {
        return BadInput;
    }
    // Stored scenarios by id, scenario files by path; they may be mixed.
    QVector<QPair<QString, Scenario>> scenarios;
    for (const QString &item : m_parser.positionalArguments()) {
        bool isId = false;
        const qint64 id = item.toLongLong(&isId);
        Scenario scenario;
        if (isId) {
            if (!m_store && !openStore(true)) {
                return StorageProblem;
            }
            const auto s = m_store->scenario(id);
            if (!s.ok()) {
                return fail(s.error());
            }
            const auto owner = m_store->caseById(s.value().caseId);
            scenario =
                Scenario{owner.ok() ? owner.value().name : QString(), s.value().content.title,
                         s.value().content.answers, s.value().content.notes};
        } else {
            const auto s = ScenarioFile::read(item, *m_kb);
            if (!s.ok()) {
                return fail(s.error());
            }
            scenario = s.value();
        }
        scenarios.append(
            {QStringLiteral("%1 — %2").arg(scenario.municipality, scenario.title), scenario});
    }
    const Advisor advisor(m_kb);
    const ReportWriter writer(advisor, m_language);
    const Report report = scenarios.size() == 1 ? writer.scenarioReport(scenarios.first().second)
                                                : writer.comparisonReport(scenarios);
    const Error e = pdf ? writer.writePdf(report, out) : writer.writeHtml(report, out);
    if (e.isError()) {
        return fail(e);
    }
    m_out << tr("Report written to %1.").arg(out) << Qt::endl;
    return Done;
}

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
