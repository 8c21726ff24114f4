// Importing read cases into the store: duplicates by policy, all in one transaction.
#include "exchange/exchange.h"

#include "common/jsonsupport.h"

#include <QHash>
#include <QSet>

namespace akkoord {

namespace {

// One import run: what it wrote so far, and the duplicates it found, over all files. Takes the
// cases as a file is read, a scenario at a time.
class Importer : public CaseVisitor
{
public:
    Importer(ScenarioStore &store, DuplicatePolicy policy) : m_store(store), m_policy(policy) {}

    Error municipality(const ImportedCase &c) override;
    Error scenario(const ImportedScenario &s) override;
    // Duplicates refused by the policy: one error naming all of them, or none.
    Error duplicates() const;
    const ImportReport &report() const { return m_report; }

private:
    Result<CaseRecord> owner(const ImportedCase &c);

    ScenarioStore &m_store;
    DuplicatePolicy m_policy;
    ImportReport m_report;
    CaseRecord m_owner;               // the municipality whose scenarios come now
    QHash<QString, qint64> m_byTitle; // its scenarios by title, case-folded
    QStringList m_duplicates;
    QStringList m_repeated;                 // named twice among the files, not yet stored
    QSet<QPair<qint64, QString>> m_written; // (case, title) added by this import
};

Result<CaseRecord> Importer::owner(const ImportedCase &c)
{
    Result<CaseRecord> owner = m_store.findCase(c.name, c.cbsCode);
    if (!owner.ok() && owner.error().kind == ErrorKind::NotFound && !c.cbsCode.isEmpty()) {
        owner = m_store.findCase(c.name);
    }
    if (!owner.ok() && owner.error().kind == ErrorKind::NotFound) {
        owner = m_store.createCase(c.name, c.cbsCode, c.region);
    }
    return owner;
}

Error Importer::municipality(const ImportedCase &c)
{
    const Result<CaseRecord> owner = this->owner(c);
    if (!owner.ok()) {
        return owner.error();
    }
    m_owner = owner.value();
    // Titles only, from an index: reading every stored scenario with its answers made each
    // import into a large database cost as much as the database.
    const Result<QVector<ScenarioSummary>> existing = m_store.scenarioSummaries(m_owner.id);
    if (!existing.ok()) {
        return existing.error();
    }
    m_byTitle.clear();
    m_byTitle.reserve(existing.value().size());
    for (const ScenarioSummary &s : existing.value()) {
        m_byTitle.insert(s.title.toCaseFolded(), s.id);
    }
    return {};
}

Error Importer::scenario(const ImportedScenario &imported)
{
    if (imported.revisions.isEmpty()) {
        Error empty;
        empty.kind = ErrorKind::WrongType;
        empty.file = m_store.path();
        empty.message = Exchange::tr("a scenario of “%1” has no content").arg(m_owner.name);
        return empty;
    }
    ImportedScenario s = imported;
    ScenarioContent &current = s.revisions.last().content;
    const QString key = current.title.toCaseFolded();
    if (m_byTitle.contains(key)) {
        switch (m_policy) {
        case DuplicatePolicy::Refuse:
            (m_written.contains({m_owner.id, key}) ? m_repeated : m_duplicates)
                << QStringLiteral("%1 — %2").arg(m_owner.name, current.title);
            return {};
        case DuplicatePolicy::Skip:
            ++m_report.skipped;
            return {};
        case DuplicatePolicy::Replace: {
            const Result<ScenarioRecord> old = m_store.scenario(m_byTitle.value(key));
            if (!old.ok()) {
                return old.error();
            }
            const Result<ScenarioRecord> saved =
                m_store.saveScenario(old.value().id, old.value().revision, current);
            if (!saved.ok()) {
                return saved.error();
            }
            m_byTitle.insert(key, saved.value().id);
            m_report.scenarioIds << saved.value().id;
            ++m_report.replaced;
            return {};
        }
        case DuplicatePolicy::KeepBoth: {
            const QString base = current.title;
            for (int n = 2; m_byTitle.contains(current.title.toCaseFolded()); ++n) {
                current.title = QStringLiteral("%1 (%2)").arg(base).arg(n);
            }
            ++m_report.keptBoth;
            break;
        }
        }
    }
    const Result<ScenarioRecord> added =
        m_store.insertScenarioWithHistory(m_owner.id, s.revisions, s.baseline, QString());
    if (!added.ok()) {
        return added.error();
    }
    m_byTitle.insert(added.value().content.title.toCaseFolded(), added.value().id);
    m_written.insert({m_owner.id, added.value().content.title.toCaseFolded()});
    m_report.scenarioIds << added.value().id;
    ++m_report.created;
    return {};
}

Error Importer::duplicates() const
{
    if (m_duplicates.isEmpty() && m_repeated.isEmpty()) {
        return {};
    }
    // One message naming both kinds, so that nothing is found one run later.
    Error d;
    d.kind = ErrorKind::Duplicate;
    d.file = m_store.path();
    d.message = !m_duplicates.isEmpty()
                    ? Exchange::tr("already in the database: %1. Nothing was imported; choose to "
                                   "keep both, replace or skip")
                          .arg(m_duplicates.join(QStringLiteral("; ")))
                    : QString();
    if (!m_repeated.isEmpty()) {
        const QString named =
            Exchange::tr("named more than once in the files to import: %1. Nothing was "
                         "imported; name each file once, or choose to keep both, replace or skip")
                .arg(m_repeated.join(QStringLiteral("; ")));
        d.message = d.message.isEmpty() ? named : d.message + QStringLiteral(" ") + named;
    }
    return d;
}

} // namespace

Result<ImportReport> Exchange::import(ScenarioStore &store, const QVector<ImportedCase> &cases,
                                      DuplicatePolicy policy)
{
    Importer importer(store, policy);
    const Error e = store.transaction([&]() -> Error {
        for (const ImportedCase &c : cases) {
            Error imported = importer.municipality(c);
            for (qsizetype i = 0; i < c.scenarios.size() && !imported.isError(); ++i) {
                imported = importer.scenario(c.scenarios[i]);
            }
            if (imported.isError()) {
                return imported;
            }
        }
        return importer.duplicates(); // refused duplicates roll the whole import back
    });
    if (e.isError()) {
        return e;
    }
    return importer.report();
}

Result<QVector<ImportSource>> Exchange::readFiles(const QStringList &paths)
{
    QVector<ImportSource> files;
    for (const QString &path : paths) {
        ImportSource file{path, QByteArray()};
        Error e = readFile(path, &file.data, MaxFileSize);
        if (!e.isError()) {
            e = JsonPieces(file.data, path).check();
        }
        if (e.isError()) {
            return e;
        }
        file.jsonChecked = true;
        files.append(file);
    }
    return files;
}

Result<ImportReport> Exchange::importFiles(ScenarioStore &store, const QVector<ImportSource> &files,
                                           const KnowledgeBase &kb, DuplicatePolicy policy)
{
    Importer importer(store, policy);
    const Error e = store.transaction([&]() -> Error {
        for (const ImportSource &file : files) {
            const Error read = scan(file, kb, importer);
            if (read.isError()) {
                return read;
            }
        }
        return importer.duplicates();
    });
    if (e.isError()) {
        return e;
    }
    return importer.report();
}

} // namespace akkoord
