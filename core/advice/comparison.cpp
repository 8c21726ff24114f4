#include "advice/comparison.h"

#include "advice/advicejson.h"
#include "advice/advicetext.h"

#include <QJsonArray>

namespace akkoord {

Comparison Comparison::build(const QVector<QPair<QString, Scenario>> &scenarios,
                             const Advisor &advisor)
{
    Comparison c;
    for (const auto &[label, scenario] : scenarios) {
        c.items.append({label, scenario, advisor.advise(scenario.answers)});
    }
    for (const Question &q : advisor.knowledge().questions()) {
        ComparisonRow row;
        row.question = q.id;
        bool appliesToOne = false;
        for (const ComparedScenario &item : c.items) {
            QStringList values = item.scenario.answers.values(q.id);
            if (q.multiple) {
                values.sort(); // the same set in another order is the same answer
            }
            // Compared as shown: a question that does not apply reads "(does not apply)",
            // whatever answer it kept from before.
            const bool applies = !item.advice.notApplicable.contains(q.id);
            appliesToOne = appliesToOne || applies;
            row.values << (!applies                              ? ComparisonRow::NotApplicable
                           : item.scenario.answers.isKnown(q.id) ? values.join(QStringLiteral(", "))
                                                                 : QString());
            row.differs = row.differs || row.values.last() != row.values.first();
        }
        // A question that applies to none of them is not a row: it was never asked.
        if (appliesToOne || c.items.isEmpty()) {
            c.rows.append(row);
        }
    }
    for (const ComparedScenario &item : c.items) {
        c.adviceDiffers = c.adviceDiffers ||
                          item.advice.startingPoint != c.items.first().advice.startingPoint ||
                          item.advice.tied != c.items.first().advice.tied;
    }
    return c;
}

QJsonObject Comparison::toJson(const KnowledgeBase &kb, Language language) const
{
    QJsonArray scenarios;
    for (const ComparedScenario &item : items) {
        QJsonObject advice = adviceToJson(item.advice, kb, language);
        scenarios.append(QJsonObject{{QStringLiteral("label"), item.label},
                                     {QStringLiteral("municipality"), item.scenario.municipality},
                                     {QStringLiteral("title"), item.scenario.title},
                                     {QStringLiteral("answers"), item.scenario.answers.toJson()},
                                     {QStringLiteral("advice"), advice}});
    }
    QJsonArray answers;
    for (const ComparisonRow &row : rows) {
        QJsonArray values;
        for (const QString &v : row.values) {
            values.append(v.isEmpty() ? QStringLiteral("unknown") : v);
        }
        answers.append(QJsonObject{{QStringLiteral("question"), row.question},
                                   {QStringLiteral("values"), values},
                                   {QStringLiteral("differs"), row.differs}});
    }
    return QJsonObject{{QStringLiteral("scenarios"), scenarios},
                       {QStringLiteral("answers"), answers},
                       {QStringLiteral("advice_differs"), adviceDiffers}};
}

QString ComparisonText::render(const Comparison &c) const
{
    const AdviceText words(m_kb, m_language);
    QStringList out;
    out << tr("COMPARISON OF %1 SCENARIOS").arg(c.items.size());
    for (int i = 0; i < c.items.size(); ++i) {
        out << QStringLiteral("  [%1] %2").arg(i + 1).arg(c.items[i].label);
    }
    out << QString();
    out << tr("ADVICE");
    for (int i = 0; i < c.items.size(); ++i) {
        const Advice &a = c.items[i].advice;
        const MatrixPosition *p = a.position(QStringLiteral("strategy"));
        out << QStringLiteral("  [%1] %2 · %3 · %4")
                   .arg(i + 1)
                   .arg(words.verdictHeadline(a),
                        tr("strength: %1").arg(words.strengthLabel(a.strength)),
                        tr("strategy matrix (%1, %2)")
                            .arg(words.number(p->x, 2), words.number(p->y, 2)));
    }
    out << QString();
    out << tr("ANSWERS (* = differs)");
    for (const ComparisonRow &row : c.rows) {
        const Question *q = m_kb.question(row.question);
        out << QStringLiteral("%1 %2").arg(row.differs ? QStringLiteral("*") : QStringLiteral(" "),
                                           q->label.in(m_language));
        for (int i = 0; i < row.values.size(); ++i) {
            const ComparedScenario &item = c.items[i];
            out << QStringLiteral("    [%1] %2")
                       .arg(i + 1)
                       .arg(words.answerText(item.scenario.answers, row.question,
                                             !item.advice.notApplicable.contains(row.question)));
        }
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace akkoord
