#pragma once

#include "knowledge/knowledgebase.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace akkoord {

// Points: each of the source's four conditions counts 4, every other rule 1 or less.
struct RankedStartingPoint
{
    QString id;
    double score = 0;           // every rule
    double sourceScore = 0;     // the rules whose basis is the source: these decide
    bool sourceSupport = false; // one of the source's own conditions holds for it
};

struct MatrixPosition
{
    QString matrix;
    double x = 0;
    double y = 0;
};

// A tactic or risk that applies, how strongly, and which rules (and so which answers) brought it
// up. The general risks are always listed; raisedBy is empty where no answer raised them.
struct WeightedMeasure
{
    QString id;
    double weight = 0;
    QStringList rules;
    QStringList raisedBy; // question ids
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
    Basis basis;
    QVector<AnswerUsed> answers;
    QVector<QPair<QString, double>> scores;
    QVector<QPair<QString, double>> tactics;
    QVector<QPair<QString, double>> risks;
    LocalizedText reason;
};

enum class ChangeKind
{
    Set,
    Add,
    Remove
};

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

// recommended: the evidence carries one starting point. tie: two or more are equally supported.
// insufficient: no starting point has the source's support, because deciding questions are
// unknown or because none of the source's conditions holds.
enum class Verdict
{
    Recommended,
    Tie,
    Insufficient
};

// How firmly the advice stands, in words: clear (a wide margin no unknown answer can overturn),
// leaning (a narrow margin, or an unknown answer could change it), open (tie or insufficient).
enum class Strength
{
    Clear,
    Leaning,
    Open
};

// Plus-minus analysis: a single change that would alter the outcome.
struct SensitivityEntry
{
    AnswerChange change;
    Verdict verdict = Verdict::Recommended;
    QString newStartingPoint; // when the new verdict is recommended
    QStringList tied;         // when it is a tie
};

// A single different answer that would make the target the recommendation but is no step on a
// route towards it, and why not.
struct NotARoute
{
    enum Reason
    {
        Given,        // the situation as it is: nothing the municipality chooses or builds up
        NotKnown,     // such a situation not answered yet: to find out, not to choose
        TornDown,     // less of what has been built up; a route only builds up
        TakesSupport, // takes away the source's support for another starting point
        NoOwnSupport, // adds nothing to the target's support: another start only loses points
        OnlyATie      // the target would share the top, not lead
    };
    AnswerChange change;
    Reason reason = Given;
    QString weakened; // the starting point that loses its support, for TakesSupport
    QStringList tied; // the starting points it would share the top with, for OnlyATie
};

// The fewest changes that make the named starting point the recommendation.
struct TargetAnalysis
{
    QString target;
    bool reachable = false;
    bool exact = true; // false when the search fell back to a greedy path beyond two changes
    QVector<AnswerChange> changes;
    QVector<NotARoute> notARoute; // when not reachable: single changes that lead there all the same
};

// A practice example compared on what the source states about it, and only there.
struct SimilarCase
{
    QString id;
    double distance = 0;
    QStringList matching; // stated answers that equal the scenario's
    int compared = 0;     // stated answers the scenario also knows
};

struct FoundInconsistency
{
    QString id;
    QStringList questions;
    LocalizedText message;
};

struct Advice
{
    QString knowledgeBaseVersion;
    QVector<MatrixPosition> positions;
    Verdict verdict = Verdict::Insufficient;
    Strength strength = Strength::Open;
    QString startingPoint;         // only when recommended
    QStringList tied;              // the starting points sharing the top, when a tie
    QStringList decidingQuestions; // what to answer (or weigh) first to decide
    QStringList
        waysIn; // tactic ids: the source's ways in when no condition holds for what is known
    bool waysInRuledOut = false; // they were weighed, and the answers rule out every one
    QVector<FoundInconsistency> inconsistencies;
    QVector<RankedStartingPoint> ranking;
    QVector<WeightedMeasure> tactics;
    QStringList principles;
    QVector<WeightedMeasure> risks;
    QVector<FiredRule> explanation;
    QVector<SensitivityEntry> sensitivity;
    std::optional<TargetAnalysis> target;
    QVector<SimilarCase> similarCases;
    QStringList gaps;          // questions that apply but are unknown, in questionnaire order
    QStringList notApplicable; // questions that do not apply to this situation

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
