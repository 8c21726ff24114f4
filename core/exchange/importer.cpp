// Importing read cases into the store: duplicates by policy, all in one transaction.
#include "exchange/exchange.h"

#include "common/jsonsupport.h"

#include <QHash>
#include <QSet>

namespace akkoord {

Result<ImportReport> Exchange::import(ScenarioStore &store, const QVector<ImportedCase> &cases,
                                      DuplicatePolicy policy)
{
    ImportReport report;
    QStringList duplicates;
    QStringList repeated;                 // named twice among the files, not yet in the database
    QSet<QPair<qint64, QString>> written; // (case, title) added by this import
    const Error e = store.transaction([&]() -> Error {
        for (const ImportedCase &c : cases) {
            Result<CaseRecord> owner = store.findCase(c.name, c.cbsCode);
            if (!owner.ok() && owner.error().kind == ErrorKind::NotFound && !c.cbsCode.isEmpty()) {
                owner = store.findCase(c.name);
            }
            if (!owner.ok() && owner.error().kind == ErrorKind::NotFound) {
                owner = store.createCase(c.name, c.cbsCode, c.region);
            }
            if (!owner.ok()) {
                return owner.error();
            }
            const Result<QVector<ScenarioRecord>> existing = store.scenarios(owner.value().id);
            if (!existing.ok()) {
                return existing.error();
            }
            QHash<QString, ScenarioRecord> byTitle;
            for (const ScenarioRecord &s : existing.value()) {
                byTitle.insert(s.content.title.toCaseFolded(), s);
            }

            for (ImportedScenario s : c.scenarios) {
                if (s.revisions.isEmpty()) {
                    Error empty;
                    empty.kind = ErrorKind::WrongType;
                    empty.file = store.path();
                    empty.message = tr("a scenario of “%1” has no content").arg(c.name);
                    return empty;
                }
                ScenarioContent &current = s.revisions.last().content;
                const QString key = current.title.toCaseFolded();
                if (byTitle.contains(key)) {
                    if (policy == DuplicatePolicy::Refuse) {
                        (written.contains({owner.value().id, key}) ? repeated : duplicates)
                            << QStringLiteral("%1 — %2").arg(owner.value().name, current.title);
                        continue;
                    }
                    if (policy == DuplicatePolicy::Skip) {
                        ++report.skipped;
                        continue;
                    }
                    if (policy == DuplicatePolicy::Replace) {
                        const ScenarioRecord &old = byTitle.value(key);
                        const Result<ScenarioRecord> saved =
                            store.saveScenario(old.id, old.revision, current);
                        if (!saved.ok()) {
                            return saved.error();
                        }
                        byTitle.insert(key, saved.value());
                        report.scenarioIds << saved.value().id;
                        ++report.replaced;
                        continue;
                    }
                    const QString base = current.title;
                    for (int n = 2; byTitle.contains(current.title.toCaseFolded()); ++n) {
                        current.title = QStringLiteral("%1 (%2)").arg(base).arg(n);
                    }
                    ++report.keptBoth;
                }
                const Result<ScenarioRecord> added =
                    store.insertScenarioWithHistory(owner.value().id, s.revisions, s.baseline);
                if (!added.ok()) {
                    return added.error();
                }
                byTitle.insert(added.value().content.title.toCaseFolded(), added.value());
                written.insert({owner.value().id, added.value().content.title.toCaseFolded()});
                report.scenarioIds << added.value().id;
                ++report.created;
            }
        }
        if (!duplicates.isEmpty() || !repeated.isEmpty()) {
            // One message naming both kinds, so that nothing is found one run later.
            Error d;
            d.kind = ErrorKind::Duplicate;
            d.file = store.path();
            d.message =
                !duplicates.isEmpty()
                    ? tr("already in the database: %1. Nothing was imported; choose to keep "
                         "both, replace or skip")
                          .arg(duplicates.join(QStringLiteral("; ")))
                    : QString();
            if (!repeated.isEmpty()) {
                const QString named =
                    tr("named more than once in the files to import: %1. Nothing was imported; "
                       "name each file once, or choose to keep both, replace or skip")
                        .arg(repeated.join(QStringLiteral("; ")));
                d.message = d.message.isEmpty() ? named : d.message + QStringLiteral(" ") + named;
            }
            return d;
        }
        return {};
    });
    if (e.isError()) {
        return e;
    }
    return report;
}

} // namespace akkoord
