#pragma once

#include "common/error.h"
#include "exchange/scenariofile.h"
#include "knowledge/knowledgebase.h"
#include "store/scenariostore.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonObject>

namespace akkoord {

enum class DuplicatePolicy
{
    Refuse,   // write nothing and report the duplicates, so the user can choose
    KeepBoth, // import under a new title: "Plan 2027 (2)"
    Replace,  // save the imported content as a new revision; the old one stays in the history
    Skip,
};

struct ImportedScenario
{
    QVector<Revision> revisions; // oldest first; the last is the current content
    bool baseline = false;
};

struct ImportedCase
{
    QString name;
    QString cbsCode;
    QString region;
    QVector<ImportedScenario> scenarios;
};

struct ImportReport
{
    int created = 0; // new scenarios, those kept beside a namesake included
    int replaced = 0;
    int keptBoth = 0; // of the created ones: added beside one of the same title
    int skipped = 0;
    QVector<qint64> scenarioIds; // created or replaced, in file order
};

// A file's bytes, and its name for messages.
struct ImportSource
{
    QString path;
    QByteArray data;
    bool jsonChecked = false; // found to be valid JSON already (readFiles): not scanned again
};

// What a file holds, handed over as it is read: a municipality, then its scenarios, then the next
// municipality. An error returned stops the reading and is passed on.
class CaseVisitor
{
public:
    virtual ~CaseVisitor() = default;
    // The municipality's details; its scenarios follow.
    virtual Error municipality(const ImportedCase &c) = 0;
    virtual Error scenario(const ImportedScenario &s) = 0;
};

enum class ExportFormat
{
    Csv,  // one row per scenario, one column per question
    Json, // an array of case files, one per municipality
};

// One CSV cell, quoted where needed; a cell a spreadsheet would run as a formula stays text.
QString csvCell(const QString &value);

// CSV for spreadsheets, a row at a time: one row per scenario, one column per question; cells
// that a spreadsheet would run as a formula are quoted so they stay text.
class CsvWriter
{
public:
    explicit CsvWriter(const KnowledgeBase &kb);
    // The first line, after a byte-order mark.
    QByteArray header() const;
    QByteArray row(const CaseRecord &owner, const ScenarioRecord &scenario) const;

private:
    const KnowledgeBase &m_kb;
};

// Scenario and case files in and out of the store, and CSV for spreadsheets. Files come from
// colleagues: every value is checked against the knowledge base and against size limits before
// anything is written, and nothing in them is executed or trusted.
class Exchange
{
    Q_DECLARE_TR_FUNCTIONS(akkoord::Exchange)

public:
    static constexpr int CaseFileVersion = 1;
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;
    static constexpr int MaxScenarios = 200000;
    static constexpr int MaxRevisions = 10000;
    static constexpr int MaxNameLength = ScenarioFile::MaxNameLength;
    static constexpr int MaxTitleLength = ScenarioFile::MaxTitleLength;
    static constexpr int MaxNotesLength = ScenarioFile::MaxNotesLength;

    // Reads an akkoord.scenario or akkoord.case file.
    static Result<ImportedCase> parse(const QByteArray &data, const KnowledgeBase &kb,
                                      const QString &origin);
    static Result<ImportedCase> read(const QString &path, const KnowledgeBase &kb);
    // Either of those, or a list of case files (what export --all writes as JSON): every
    // municipality the file holds.
    static Result<QVector<ImportedCase>> parseAll(const QByteArray &data, const KnowledgeBase &kb,
                                                  const QString &origin);
    static Result<QVector<ImportedCase>> readAll(const QString &path, const KnowledgeBase &kb);
    // Any of those files, read a scenario at a time and handed to visitor: memory holds one
    // scenario, however many the file has. Every value is checked as it is read, so a visitor
    // that writes must be able to undo (a transaction).
    static Error scan(const QByteArray &data, const KnowledgeBase &kb, const QString &origin,
                      CaseVisitor &visitor);
    static Error scan(const ImportSource &file, const KnowledgeBase &kb, CaseVisitor &visitor);
    // All cases in one transaction: on any error, or on duplicates under Refuse, nothing is
    // written.
    static Result<ImportReport> import(ScenarioStore &store, const QVector<ImportedCase> &cases,
                                       DuplicatePolicy policy);
    // Files to import, read and checked to be JSON (not yet against the knowledge base), so that
    // an unreadable or broken file is found before a database is opened.
    static Result<QVector<ImportSource>> readFiles(const QStringList &paths);
    // The files, each imported a scenario at a time, all in one transaction: on any error in any
    // file, or on duplicates under Refuse, nothing is written.
    static Result<ImportReport> importFiles(ScenarioStore &store,
                                            const QVector<ImportSource> &files,
                                            const KnowledgeBase &kb, DuplicatePolicy policy);

    static QJsonObject exportScenario(const CaseRecord &owner, const ScenarioRecord &scenario,
                                      const KnowledgeBase &kb);
    static Result<QJsonObject> exportCase(const ScenarioStore &store, qint64 caseId,
                                          bool withHistory, const KnowledgeBase &kb);
    // The rows as CsvWriter writes them, header first.
    static QByteArray csv(const QVector<QPair<CaseRecord, ScenarioRecord>> &rows,
                          const KnowledgeBase &kb);
    // Every scenario whose municipality is not in the trash, written to out as it is read, so
    // that memory stays flat however large the store: as CSV, or as a JSON array of case files
    // (one line per municipality, each importable on its own).
    static Error exportAll(const ScenarioStore &store, const KnowledgeBase &kb, ExportFormat format,
                           QIODevice &out);
};

} // namespace akkoord
