#include "cli.h"

#include "common/outputfile.h"
#include "common/usertext.h"
#include "exchange/agreementexchange.h"
#include "exchange/exchange.h"
#include "exchange/scenariofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace akkoord {

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
    // Unreadable or broken files are found before the database is opened; the rest is checked
    // a scenario at a time as it is imported, in one transaction: an error anywhere writes
    // nothing.
    const Result<QVector<ImportSource>> files = Exchange::readFiles(m_parser.positionalArguments());
    if (!files.ok()) {
        return fail(files.error());
    }
    // Agreements files go to the register, the rest are scenarios; all in one transaction.
    QVector<ImportSource> scenarioFiles;
    QVector<ImportSource> agreementFiles;
    for (const ImportSource &file : files.value()) {
        (AgreementExchange::isAgreementsFile(file) ? agreementFiles : scenarioFiles) << file;
    }
    if (!openStore()) {
        return m_failure;
    }
    ImportReport r;
    AgreementImportReport agreements;
    const Error e = m_store->transaction([&]() -> Error {
        if (!scenarioFiles.isEmpty()) {
            const Result<ImportReport> report =
                Exchange::importFiles(*m_store, scenarioFiles, *m_kb, policy);
            if (!report.ok()) {
                return report.error();
            }
            r = report.value();
        }
        if (!agreementFiles.isEmpty()) {
            const Result<AgreementImportReport> report =
                AgreementExchange::import(*m_store, agreementFiles, policy);
            if (!report.ok()) {
                return report.error();
            }
            agreements = report.value();
        }
        return {};
    });
    if (e.isError()) {
        return fail(e);
    }
    if (json()) {
        QJsonArray ids;
        for (qint64 id : r.scenarioIds) {
            ids.append(id);
        }
        QJsonArray agreementIds;
        for (qint64 id : agreements.agreementIds) {
            agreementIds.append(id);
        }
        return printJson(
            QJsonObject{{QStringLiteral("created"), r.created},
                        {QStringLiteral("replaced"), r.replaced},
                        {QStringLiteral("kept_both"), r.keptBoth},
                        {QStringLiteral("skipped"), r.skipped},
                        {QStringLiteral("scenario_ids"), ids},
                        {QStringLiteral("agreements"),
                         QJsonObject{{QStringLiteral("created"), agreements.created},
                                     {QStringLiteral("replaced"), agreements.replaced},
                                     {QStringLiteral("kept_both"), agreements.keptBoth},
                                     {QStringLiteral("skipped"), agreements.skipped},
                                     {QStringLiteral("ids"), agreementIds}}}});
    }
    if (!agreementFiles.isEmpty()) {
        m_out << tr("Agreements imported: %1 new (%3 of them beside one of the same title), %2 "
                    "replaced, %4 skipped.")
                     .arg(agreements.created)
                     .arg(agreements.replaced)
                     .arg(agreements.keptBoth)
                     .arg(agreements.skipped)
              << Qt::endl;
        if (scenarioFiles.isEmpty()) {
            return Done;
        }
    }
    m_out << tr("Imported: %1 new (%3 of them beside one of the same title), %2 replaced, %4 "
                "skipped.")
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
        return m_failure;
    }
    const bool csv = m_parser.value(QStringLiteral("format")) == QLatin1String("csv");
    const bool isCase = m_parser.isSet(QStringLiteral("case"));
    const bool all = m_parser.isSet(QStringLiteral("all"));
    const bool agreements = m_parser.isSet(QStringLiteral("agreements"));
    const int n = int(m_parser.positionalArguments().size());
    if (int(isCase) + int(all) + int(agreements) + int(n == 1) != 1) {
        return fail(tr("export needs one scenario ID, or --case ID, --agreements CASE or --all"));
    }
    if (agreements) {
        return exportAgreements(csv);
    }
    if (!openStore(true)) {
        return m_failure;
    }
    if (all) {
        return exportAll(csv ? ExportFormat::Csv : ExportFormat::Json);
    }
    QVector<QPair<CaseRecord, ScenarioRecord>> rows;
    QJsonObject document;
    if (isCase) {
        const auto owner = findCase(m_parser.value(QStringLiteral("case")));
        if (!owner) {
            return m_failure;
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

int Cli::exportAll(ExportFormat format)
{
    // Streamed to the file or to standard output as it is read; a file appears only whole.
    if (!m_parser.isSet(QStringLiteral("out"))) {
        m_out.flush();
        const Error e = Exchange::exportAll(*m_store, *m_kb, format, *m_out.device());
        return e.isError() ? fail(e) : Done; // a failed write is also caught on the way out
    }
    OutputFile file(m_parser.value(QStringLiteral("out")));
    Error e = file.open();
    if (!e.isError()) {
        e = Exchange::exportAll(*m_store, *m_kb, format, *file.device());
    }
    if (!e.isError()) {
        e = file.commit();
    }
    return e.isError() ? fail(e) : Done;
}

} // namespace akkoord
