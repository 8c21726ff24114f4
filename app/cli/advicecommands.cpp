#include "cli.h"

#include "advice/advicejson.h"
#include "advice/advicetext.h"
#include "common/usertext.h"
#include "exchange/scenariofile.h"
#include "knowledge/advisor.h"
#include "knowledge/knowledgeaudit.h"

#include <QJsonArray>
#include <QJsonObject>

namespace akkoord {

int Cli::advise()
{
    if (!checkFormat({QStringLiteral("text"), QStringLiteral("json")}) || !loadKnowledge()) {
        return m_failure;
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
        return m_failure;
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

} // namespace akkoord
