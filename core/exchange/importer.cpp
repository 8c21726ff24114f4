// Importing read cases into the store: duplicates by policy, all in one transaction.
#include "exchange/exchange.h"

#include "common/jsonsupport.h"

#include <QHash>
#include <QSet>

namespace akkoord {

namespace {

// One import run: what it wrote so far, and the duplicates it found, over all files.
class Importer
{
public:
    Importer(ScenarioStore &store, DuplicatePolicy policy) : m_store(store), m_policy(policy) {}

    Error importCase(const ImportedCase &c);
    // Duplicates refused by the policy: one error naming all of them, or none.
    Error duplicates() const;
    const ImportReport &report() const { return m_report; }

private:
    Result<CaseRecord> owner(const ImportedCase &c);
    Error importScenario(const CaseRecord &owner, ImportedScenario s,
                         QHash<QString, qint64> *byTitle);

    ScenarioStore &m_store;
    DuplicatePolicy m_policy;
    ImportReport m_report;
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

Error Importer::importCase(const ImportedCase &c)
{
    const Result<CaseRecord> owner = this->owner(c);
    if (!owner.ok()) {
        return owner.error();
    }
    // Titles only, from an index: reading every stored scenario with its answers made each
    // import into a large database cost as much as the database.
    const Result<QVector<ScenarioSummary>> existing = m_store.scenarioSummaries(owner.value().id);
    if (!existing.ok()) {
        return existing.error();
    }
    QHash<QString, qint64> byTitle;
    byTitle.reserve(existing.value().size() + c.scenarios.size());
    for (const ScenarioSummary &s : existing.value()) {
        byTitle.insert(s.title.toCaseFolded(), s.id);
    }
    for (const ImportedScenario &s : c.scenarios) {
        if (s.revisions.isEmpty()) {
            Error empty;
            empty.kind = ErrorKind::WrongType;
            empty.file = m_store.path();
            empty.message = Exchange::tr("a scenario of “%1” has no content").arg(c.name);
            return empty;
        }
        const Error e = importScenario(owner.value(), s, &byTitle);
        if (e.isError()) {
            return e;
        }
    }
    return {};
}

Error Importer::importScenario(const CaseRecord &owner, ImportedScenario s,
                               QHash<QString, qint64> *byTitle)
{
    ScenarioContent &current = s.revisions.last().content;
    const QString key = current.title.toCaseFolded();
    if (byTitle->contains(key)) {
        switch (m_policy) {
        case DuplicatePolicy::Refuse:
            (m_written.contains({owner.id, key}) ? m_repeated : m_duplicates)
                << QStringLiteral("%1 — %2").arg(owner.name, current.title);
            return {};
        case DuplicatePolicy::Skip:
            ++m_report.skipped;
            return {};
        case DuplicatePolicy::Replace: {
            const Result<ScenarioRecord> old = m_store.scenario(byTitle->value(key));
            if (!old.ok()) {
                return old.error();
            }
            const Result<ScenarioRecord> saved =
                m_store.saveScenario(old.value().id, old.value().revision, current);
            if (!saved.ok()) {
                return saved.error();
            }
            byTitle->insert(key, saved.value().id);
            m_report.scenarioIds << saved.value().id;
            ++m_report.replaced;
            return {};
        }
        case DuplicatePolicy::KeepBoth: {
            const QString base = current.title;
            for (int n = 2; byTitle->contains(current.title.toCaseFolded()); ++n) {
                current.title = QStringLiteral("%1 (%2)").arg(base).arg(n);
            }
            ++m_report.keptBoth;
            break;
        }
        }
    }
    const Result<ScenarioRecord> added =
        m_store.insertScenarioWithHistory(owner.id, s.revisions, s.baseline);
    if (!added.ok()) {
        return added.error();
    }
    byTitle->insert(added.value().content.title.toCaseFolded(), added.value().id);
    m_written.insert({owner.id, added.value().content.title.toCaseFolded()});
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
            const Error imported = importer.importCase(c);
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

} // namespace akkoord
