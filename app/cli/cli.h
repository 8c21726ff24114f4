#pragma once

// akkoord-cli: the headless face of Akkoord, for scripts and for people at a terminal. The class
// parses arguments and prints; the work is done by the core. One file per command group:
// advicecommands.cpp (advise, examples, audit), storecommands.cpp (cases, scenarios, history,
// restore, delete, undelete, trash, purge, baseline, check, backup), exchangecommands.cpp
// (import, export), reportcommands.cpp (compare, report) and agreementcommands.cpp (agreements,
// realise, progress, path, export --agreements).
#include "common/error.h"
#include "common/language.h"
#include "exchange/exchange.h"
#include "knowledge/knowledgebase.h"
#include "reportmodule.h"
#include "store/scenariostore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QTextStream>

#include <memory>
#include <optional>

namespace akkoord {

// Exit codes, as documented in --help.
enum Exit
{
    Done = 0,
    Internal = 1,
    BadInput = 2,
    StorageProblem = 3,
    NotPermitted = 4,
    Unreachable = 5,
    LoginRefused = 6
};

// The one mapping from what went wrong to the exit code a script sees.
Exit exitCodeFor(ErrorKind kind);

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(akkoord::Cli)

public:
    explicit Cli(Language language) : m_language(language) {}
    // What draws reports, from the report module; without it `report` says the module is missing.
    void setReportWriter(reportmodule::Write write) { m_writeReport = write; }

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
    // Prints one line on stderr and returns the exit code, which every command then returns: a
    // message of the command line's own is bad input; an Error's kind decides by exitCodeFor.
    int fail(const QString &message, int code = BadInput)
    {
        m_err << QStringLiteral("akkoord-cli: ") << message << Qt::endl;
        m_failure = code;
        return code;
    }
    int fail(const Error &error) { return fail(error.toString(), exitCodeFor(error.kind)); }
    int printJson(const QJsonValue &value);
    // A JSON array printed one element at a time, exactly as printJson prints it whole, so that a
    // list of a million items is never held in memory.
    void beginJsonArray();
    void printJsonElement(const QJsonObject &element);
    void endJsonArray();
    bool writeOutput(const QByteArray &data);
    std::optional<qint64> number(const QString &text, const QString &what);
    // The stored scenario an argument names by id, or nullopt after printing why not.
    std::optional<ScenarioRecord> storedScenario(const QString &argument);
    std::optional<CaseRecord> findCase(const QString &idOrName, bool includeDeleted = false);
    QString label(const ScenarioRecord &s);
    static QString label(const QString &municipality, const QString &title);

    int advise();
    int examples();
    int audit();
    int cases();
    int scenarios();
    int importFiles();
    int exportItems();
    int exportAll(ExportFormat format);
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
    int listAgreements();
    int agreementHistory();
    int realise();
    int progress();
    int path();
    int server();
    int copy();
    int exportAgreements(bool csv);
    int progressReport(const QString &out, bool pdf);
    // The date an option names (an ISO date, or a quarter or month: its first or last day), the
    // fallback when it is not given, or nullopt after printing why not.
    std::optional<QDate> dateOption(const QString &name, const QDate &fallback, bool endOfPeriod);
    // The agreements of the municipality the first argument names.
    std::optional<QVector<AgreementRecord>> caseAgreements(CaseRecord *owner);

    QString usage() const;
    QString versionText() const;

    Language m_language;
    QTextStream m_out{stdout};
    QTextStream m_err{stderr};
    QCommandLineParser m_parser;
    std::shared_ptr<const KnowledgeBase> m_kb;
    std::unique_ptr<ScenarioStore> m_store;
    reportmodule::Write m_writeReport = nullptr;
    std::optional<QHash<qint64, QString>> m_caseNames; // for labels, read once
    int m_failure = BadInput;                          // the exit code of the last failure printed
    qint64 m_jsonElements = -1; // printed so far of the array being printed; -1 outside one
};

QCommandLineOption option(const char *name, bool takesValue = false, const char *def = nullptr);

} // namespace akkoord
