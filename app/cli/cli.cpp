#include "cli.h"

#include "common/outputfile.h"
#include "common/usertext.h"
#include "common/version.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace akkoord {

QCommandLineOption option(const char *name, bool takesValue, const char *def)
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
        "Saved cases (all take --db PATH, or --db postgresql://… for a regional database;\n"
        "the default is the database in your data folder):\n"
        "  cases [--filter TEXT]      List the municipalities.\n"
        "  scenarios [CASE]           List the scenarios, of one municipality (id or name).\n"
        "  import FILE...             Import scenario, case or agreements files.\n"
        "      --on-duplicate keep-both|replace|skip\n"
        "                             What to do with a scenario that exists already; without\n"
        "                             it nothing is imported when there is a duplicate.\n"
        "  export ID                  Export a scenario as a scenario file.\n"
        "  export --case ID|NAME      Export a municipality with its scenarios as a case file.\n"
        "  export --agreements CASE   Export a municipality's agreements as an agreements\n"
        "                             file, or with --format csv its commitments and\n"
        "                             realisations, one row each.\n"
        "  export --all               Export every scenario: CSV, or JSON as one case file per\n"
        "                             municipality (written as read, at any size).\n"
        "      --history              Include every earlier revision (case files).\n"
        "      --format json|csv      JSON file (default) or CSV for spreadsheets.\n"
        "      --out FILE             Write to FILE instead of standard output.\n"
        "  history ID                 The revisions of a scenario, newest first.\n"
        "  restore ID REVISION        Make an earlier revision current again.\n"
        "  delete ID | --case ID | --agreement ID\n"
        "                             Move a scenario, municipality or agreement to the\n"
        "                             trash.\n"
        "  undelete ID | --case ID | --agreement ID\n"
        "                             Bring it back from the trash.\n"
        "  trash                      List the scenarios in the trash.\n"
        "  purge [--older-than DAYS]  Empty the trash for good: everything in it, or what\n"
        "                             went there more than DAYS days ago. The text is\n"
        "                             overwritten in the file; this cannot be undone.\n"
        "  baseline ID [--off]        Mark a scenario as its municipality's baseline.\n"
        "  compare ID [ID...]         Scenarios side by side; one ID compares it with its\n"
        "                             municipality's baseline.\n"
        "  check [--quick]            Check the database for damage: all of it (time grows\n"
        "                             with its size), or with --quick only the structure,\n"
        "                             the municipalities and the newest saves (instant).\n"
        "  backup OUT                 Write a consistent copy of the database to OUT (an\n"
        "                             SQLite file, also of a regional database).\n"
        "  copy --from DB --to DB     Copy every municipality, scenario and agreement with\n"
        "                             its history from one database to another: a file or a\n"
        "                             regional database (postgresql://…), either way round.\n"
        "\n"
        "A regional database (PostgreSQL, shared by a labour-market region; run by its owner):\n"
        "  server init --region NAME  Set up the region in the database --db names, or bring\n"
        "                             it up to date.\n"
        "  server add-municipality NAME [--cbs GM0000]\n"
        "                             Add a municipality to the region.\n"
        "  server grant LOGIN MUNICIPALITY\n"
        "                             Let a login (createuser) change that municipality's\n"
        "                             work; everyone granted reads the whole region.\n"
        "  server revoke LOGIN MUNICIPALITY\n"
        "                             Take that away again.\n"
        "  server members             Who belongs to which municipality.\n"
        "\n"
        "Agreements (the register: what was agreed with employers, and what came of it):\n"
        "  agreements CASE [--trash]  List a municipality's agreements (--format text|json);\n"
        "                             with --trash those in the trash too.\n"
        "  agreement-history ID       The revisions of an agreement, newest first.\n"
        "  realise AGREEMENT --commitment N --period 2026Q3|2026-07 --value V\n"
        "          [--source TEXT] [--verified]\n"
        "                             Record what was realised for commitment N (counted\n"
        "                             from 0) in a quarter or month; again for the same\n"
        "                             period corrects the figure.\n"
        "  progress CASE [--at DATE]  Realised against expected per commitment and target\n"
        "                             group, and the next reviews (default: today).\n"
        "  path CASE [--from DATE] [--to DATE]\n"
        "                             The actual position on the matrices per quarter, from\n"
        "                             the agreements in force, beside the start the baseline\n"
        "                             scenario's advice recommends.\n"
        "                             DATE: 2026-09-30, or a quarter such as 2026Q3.\n"
        "\n"
        "Reports (no display needed):\n"
        "  report ID|FILE... --out FILE.pdf|FILE.html\n"
        "                             A report of one scenario, or a comparison of several;\n"
        "                             stored scenarios by id, scenario files by path.\n"
        "  report --progress CASE [--at DATE] --out FILE.pdf|FILE.html\n"
        "                             The quarterly progress report of a municipality's\n"
        "                             agreements (default: up to today).\n"
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
        "     included) could not be written, or check found damage\n"
        "  4  not permitted: the regional database refused this change for your account\n"
        "     (you can change only your own municipality's work)\n"
        "  5  the regional database cannot be reached, or the connection was lost\n"
        "     (nothing was half-written)\n"
        "  6  the regional database refused the login: wrong password, an expired or\n"
        "     disabled account, or no access to that database\n");
}

Exit exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::NotADatabase:
    case ErrorKind::CorruptDatabase:
    case ErrorKind::NewerDatabase:
    case ErrorKind::OlderDatabase:
    case ErrorKind::ReadOnly:
    case ErrorKind::DiskFull:
    case ErrorKind::Busy:
    case ErrorKind::Conflict:
    case ErrorKind::StorageFailed:
        return StorageProblem;
    case ErrorKind::NotPermitted:
        return NotPermitted;
    case ErrorKind::Unreachable:
        return Unreachable;
    case ErrorKind::LoginRefused:
        return LoginRefused;
    case ErrorKind::Internal:
        return Internal;
    default:
        return BadInput;
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
        Error e = loaded.error();
        if (!custom) {
            e.kind = ErrorKind::Internal; // the built-in knowledge base is part of the program
        }
        fail(e);
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

void Cli::beginJsonArray()
{
    m_out << "[\n";
    m_jsonElements = 0;
}

void Cli::printJsonElement(const QJsonObject &element)
{
    // Indented one level further, as QJsonDocument indents the elements of an array.
    QByteArray text = QJsonDocument(element).toJson(QJsonDocument::Indented);
    text.chop(1); // the final line break
    text.replace('\n', "\n    ");
    if (m_jsonElements++ > 0) {
        m_out << ",\n";
    }
    m_out << "    " << text;
}

void Cli::endJsonArray()
{
    m_out << (m_jsonElements > 0 ? "\n]\n" : "]\n");
    m_jsonElements = -1;
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
    return label(m_caseNames->value(s.caseId), s.content.title);
}

QString Cli::label(const QString &municipality, const QString &title)
{
    // A name's bidi override must not turn around the rest of the line.
    return withoutBidiControls(QStringLiteral("%1 — %2").arg(municipality, title));
}

int Cli::run(const QStringList &arguments)
{
    if (arguments.size() < 2) {
        m_err << usage();
        return m_failure;
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
                 option("case", true), option("all"), option("history"),
                 option("agreements", true)},
         0, 1, &Cli::exportItems},
        {"history", Options{format}, 1, 1, &Cli::history},
        {"restore", Options{}, 2, 2, &Cli::restore},
        {"delete", Options{option("case", true), option("agreement", true)}, 0, 1, &Cli::trashItem},
        {"undelete", Options{option("case", true), option("agreement", true)}, 0, 1,
         &Cli::untrashItem},
        {"trash", Options{format}, 0, 0, &Cli::listTrash},
        {"purge", Options{option("older-than", true)}, 0, 0, &Cli::purge},
        {"baseline", Options{option("off")}, 1, 1, &Cli::baseline},
        {"compare", Options{format, option("knowledge", true)}, 1, -1, &Cli::compare},
        {"check", Options{option("quick")}, 0, 0, &Cli::check},
        {"report",
         Options{out, option("knowledge", true), option("progress", true), option("at", true)}, 0,
         -1, &Cli::report},
        {"backup", Options{}, 1, 1, &Cli::backup},
        {"agreements", Options{format, option("trash")}, 1, 1, &Cli::listAgreements},
        {"agreement-history", Options{format}, 1, 1, &Cli::agreementHistory},
        {"realise",
         Options{option("commitment", true), option("period", true), option("value", true),
                 option("source", true), option("verified")},
         1, 1, &Cli::realise},
        {"progress", Options{format, option("at", true)}, 1, 1, &Cli::progress},
        {"path",
         Options{format, option("from", true), option("to", true), option("knowledge", true)}, 1, 1,
         &Cli::path},
        {"server", Options{format, option("region", true), option("cbs", true)}, 1, 3,
         &Cli::server},
        {"copy", Options{option("from", true), option("to", true)}, 0, 0, &Cli::copy},
    };
    for (const Command &c : commands) {
        if (command != QLatin1String(c.name)) {
            continue;
        }
        if (!parse(rest, c.options, 0, -1)) {
            return m_failure;
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

} // namespace akkoord
