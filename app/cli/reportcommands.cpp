#include "cli.h"

#include "advice/comparison.h"
#include "common/usertext.h"
#include "exchange/scenariofile.h"
#include "knowledge/advisor.h"

#include <QJsonObject>

namespace akkoord {

int Cli::compare()
{
    if (!checkFormat({QStringLiteral("text"), QStringLiteral("json")}) || !loadKnowledge()) {
        return m_failure;
    }
    if (m_parser.positionalArguments().size() > Comparison::MaxScenarios) {
        return fail(tr("compare at most %1 scenarios at a time").arg(Comparison::MaxScenarios));
    }
    QVector<qint64> ids;
    for (const QString &arg : m_parser.positionalArguments()) {
        const auto id = number(arg, tr("scenario id"));
        if (!id) {
            return m_failure;
        }
        ids << *id;
    }
    if (!openStore(true)) {
        return m_failure;
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
        const auto scenario = m_store->workingScenario(id);
        if (!s.ok() || !scenario.ok()) {
            return fail(s.ok() ? scenario.error() : s.error());
        }
        scenarios.append({label(s.value()), scenario.value()});
    }
    const Comparison comparison = Comparison::build(scenarios, Advisor(m_kb));
    if (json()) {
        return printJson(comparison.toJson(*m_kb, m_language));
    }
    m_out << ComparisonText(*m_kb, m_language).render(comparison);
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
    if (m_parser.isSet(QStringLiteral("progress"))) {
        return progressReport(out, pdf);
    }
    if (m_parser.positionalArguments().isEmpty()) {
        return fail(tr("report needs a scenario id or file, or --progress CASE"));
    }
    if (m_parser.isSet(QStringLiteral("progress"))) {
        return progressReport(out, pdf);
    }
    if (m_parser.positionalArguments().isEmpty()) {
        return fail(tr("report needs a scenario id or file, or --progress CASE"));
    }
    if (m_parser.positionalArguments().size() > Comparison::MaxScenarios) {
        return fail(tr("compare at most %1 scenarios at a time").arg(Comparison::MaxScenarios));
    }
    if (!loadKnowledge()) {
        return m_failure;
    }
    // Stored scenarios by id, scenario files by path; they may be mixed.
    QVector<QPair<QString, Scenario>> scenarios;
    for (const QString &item : m_parser.positionalArguments()) {
        bool isId = false;
        const qint64 id = item.toLongLong(&isId);
        Scenario scenario;
        if (isId) {
            if (!m_store && !openStore(true)) {
                return m_failure;
            }
            const auto s = m_store->workingScenario(id);
            if (!s.ok()) {
                return fail(s.error());
            }
            scenario = s.value();
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
    if (!m_writeReport) {
        return fail(tr("the report module (%1) is missing from this installation; reinstall "
                       "Akkoord")
                        .arg(QLatin1String(reportmodule::FileName)),
                    Internal);
    }
    const Error e = m_writeReport({m_kb, m_language, scenarios, out, pdf});
    if (e.isError()) {
        return fail(e);
    }
    m_out << tr("Report written to %1.").arg(out) << Qt::endl;
    return Done;
}

} // namespace akkoord
