#pragma once

#include "knowledgebase.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace akkoord {

struct RankedStartingPoint
{
    QString id;
    double score = 0;
};

struct MatrixPosition
{
    QString matrix;
    double x = 0;
    double y = 0;
};

// A tactic or risk that applies, how strongly, and which rules brought it up.
struct WeightedMeasure
{
    QString id;
    double weight = 0;
    QStringList rules;
};

// One answer that took part in firing a rule.
struct AnswerUsed
{
    QString question;
    QStringList options;
};

struct FiredRule
{
    QString rule;
    QString section;
    QVector<AnswerUsed> answers;
    QVector<QPair<QString, double>> scores;
    QVector<QPair<QString, double>> tactics;
    QVector<QPair<QString, double>> risks;
    LocalizedText reason;
};

enum class ChangeKind { Set, Add, Remove };

// One change to the answers: choose an option, or add or remove one in a multiple-choice question.
struct AnswerChange
{
    QString question;
    QString option;
    ChangeKind kind = ChangeKind::Set;

    bool operator==(const AnswerChange &o) const
    {
        return question == o.question && option == o.option && kind == o.kind;
    }
};

// Plus-minus analysis: a single change that would alter the recommended starting point.
struct SensitivityEntry
{
    AnswerChange change;
    QString newStartingPoint;
};

// The fewest changes that make the named starting point the recommendation.
struct TargetAnalysis
{
    QString target;
    bool reachable = false;
    bool exact = true; // false when the search fell back to a greedy path beyond two changes
    QVector<AnswerChange> changes;
};

struct SimilarCase
{
    QString id;
    double distance = 0;
};

struct Advice
{
    QString knowledgeBaseVersion;
    QVector<MatrixPosition> positions;
    QString startingPoint;
    QVector<RankedStartingPoint> ranking;
    QVector<WeightedMeasure> tactics;
    QStringList principles;
    QVector<WeightedMeasure> risks;
    QVector<FiredRule> explanation;
    QVector<SensitivityEntry> sensitivity;
    std::optional<TargetAnalysis> target;
    QVector<SimilarCase> similarCases;
    QStringList gaps;           // questions that apply but are unknown, in questionnaire order
    QStringList notApplicable;  // questions that do not apply to this situation
    double confidence = 0;      // 0..1: falls with gaps and with a close call between the top two

    const MatrixPosition *position(const QString &matrix) const
    {
        for (const MatrixPosition &p : positions) {
            if (p.matrix == matrix) {
                return &p;
            }
        }
        return nullptr;
    }
};

} // namespace akkoord
