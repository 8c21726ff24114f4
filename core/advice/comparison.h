#pragma once

#include "knowledge/advice.h"
#include "knowledge/advisor.h"
#include "store/scenario.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace akkoord {

struct ComparedScenario
{
    QString label; // "Soest — Startsituatie 2026", as a person names it
    Scenario scenario;
    Advice advice;
};

struct ComparisonRow
{
    // The value of a question that does not apply to that scenario (a follow-up whose question
    // was answered otherwise), whatever answer it kept: what the user sees is compared.
    static inline const QString NotApplicable = QStringLiteral("not_applicable");
    QString question;
    QStringList values; // per scenario: option ids joined with ", ", empty when unknown
    bool differs = false;
};

// Several scenarios side by side: the answers with the differences marked, and the advice of
// each. The first scenario is the reference the others are compared with.
struct Comparison
{
    // Side by side, more stop being readable on a page, and each one costs a column and an
    // advice to lay out.
    static constexpr int MaxScenarios = 12;

    QVector<ComparedScenario> items;
    QVector<ComparisonRow> rows;
    bool adviceDiffers = false;

    static Comparison build(const QVector<QPair<QString, Scenario>> &scenarios,
                            const Advisor &advisor);
    QJsonObject toJson(const KnowledgeBase &kb, Language language) const;
};

class ComparisonText
{
    Q_DECLARE_TR_FUNCTIONS(akkoord::ComparisonText)

public:
    ComparisonText(const KnowledgeBase &kb, Language language) : m_kb(kb), m_language(language) {}
    QString render(const Comparison &comparison) const;

private:
    const KnowledgeBase &m_kb;
    Language m_language;
};

} // namespace akkoord
