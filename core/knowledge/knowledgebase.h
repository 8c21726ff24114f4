#pragma once

#include "common/error.h"
#include "common/language.h"
#include "knowledge/answers.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace akkoord {

struct Section
{
    QString id;
    LocalizedText title;
};

struct Group
{
    QString id;
    LocalizedText label;
};

// Where a piece of knowledge comes from. Source: the programme text states it, at a section and
// paragraph (paragraphs counted within the section, headings and lost figures not counted); the
// anchor is a few of its words, so that a test can check the citation. Interpretation: our own
// reading or practical elaboration, with its rationale. Assumed: a practice example's answer the
// source does not give, which therefore must not count as known.
struct Basis
{
    enum Kind
    {
        Source,
        Interpretation,
        Assumed
    };
    Kind kind = Interpretation;
    QString section;
    int paragraph = 0;
    QString anchor;
    QString note; // what the source says there, in our words (for the audit)
    LocalizedText rationale;

    bool isSource() const { return kind == Source; }
};

struct Point
{
    double x = 0;
    double y = 0;
};

struct Axis
{
    LocalizedText label;
    LocalizedText negative;
    LocalizedText positive;
};

// One of the two matrices; axes are addressed as matrix index * 2 + (0 for x, 1 for y).
struct Matrix
{
    QString id;
    LocalizedText label;
    QString section;
    Axis x;
    Axis y;
    // Quadrant names: [x<0,y>0], [x>0,y>0], [x<0,y<0], [x>0,y<0].
    LocalizedText quadrants[4];
    bool hasGoal = false;
    LocalizedText goalLabel;
    Point goal;
};

struct Option
{
    QString id;
    LocalizedText label;
    QVector<double> position; // one value per axis; 0 where the question carries no weight
};

// A test on one answer: does the answer include one of the options in mask (or, negated,
// is it known and include none of them)? Unknown answers never satisfy a condition.
struct Condition
{
    int question = -1;
    quint32 mask = 0;
    bool negate = false;
};

struct Question
{
    // How a route towards another starting point may change the answer: a choice the
    // municipality makes (priority, style), a situation it can build up over time, or a given.
    enum Route
    {
        Choose,
        Build,
        Given
    };

    QString id;
    QString group;
    LocalizedText label;
    LocalizedText help;
    bool multiple = false;
    bool ordinal = true;
    QVector<Option> options;
    QVector<double> weights; // one per axis
    bool hasAskedWhen = false;
    Condition askedWhen;
    Route route = Given;

    int optionIndex(const QString &id) const;
};

// What to do first after choosing a starting point: always our elaboration, never the source's.
struct FirstSteps
{
    Basis basis;
    QVector<LocalizedText> steps;
    QVector<LocalizedText> involve;
    LocalizedText agreement;
    LocalizedText municipalityCommits;
};

struct StartingPoint
{
    QString id;
    LocalizedText label;
    LocalizedText description;
    Basis basis;
    FirstSteps firstSteps;
    QVector<Point> positions; // one per matrix
};

// Tactics, principles, foundations and risks share this shape; for risks the advice is the
// mitigation, and emphasis marks the risk the source stresses most.
struct Measure
{
    QString id;
    LocalizedText label;
    LocalizedText advice;
    Basis basis;
    bool emphasis = false;
};

struct ReferenceCase
{
    QString id;
    QString name;
    LocalizedText did;
    Basis didBasis;
    QString startedWith; // a starting point id, or empty where the source names none
    Basis startedWithBasis;
    LocalizedText headsFor; // empty where nothing is known of where the example heads
    Basis headsForBasis;
    Answers answers; // every answer, stated or assumed: for display only
    Answers stated;  // only the answers the source states: what places the example
    QHash<QString, Basis> answerBasis; // per question
};

// Answers that contradict each other, pointed out beside the questions.
struct Inconsistency
{
    QString id;
    QVector<Condition> when;
    LocalizedText message;
};

struct WeightedTarget
{
    int index = -1;
    double weight = 0;
};

struct Rule
{
    QString id;
    Basis basis;
    // One of the source's own conditions for a starting point: only these can carry a start.
    bool decides = false;
    QVector<Condition> when;
    QVector<WeightedTarget> scores;
    QVector<WeightedTarget> tactics;
    QVector<WeightedTarget> risks;
    LocalizedText reason;
};

// Where an agreement of one kind sits on each matrix (issue 17): what the actual position of a
// municipality is read from.
struct AgreementPlacement
{
    QString kind;             // one of agreements::kinds()
    QVector<Point> positions; // one per matrix
    Basis basis;
};

// A shift for what an agreement says beyond its kind. when is one of placementConditions().
struct PlacementShift
{
    QString id;
    QString when;
    QVector<Point> shifts; // one per matrix; zero where the condition says nothing about it
    Basis basis;
};

// The conditions a shift can name: the scope is integral, or selective (one or two sectors or
// target groups and not integral); the parties include employer organisations, or are named
// employers without any organisation; the agreement is public, or quiet.
const QStringList &placementConditions();

// The knowledge drawn from the source document: questions, matrices, starting points, measures,
// reference cases and the rules that connect them. Loaded from JSON and validated in full, so
// that the advisor can trust every index it holds.
class KnowledgeBase
{
public:
    static constexpr int FormatVersion = 2;
    // A knowledge base is read whole into memory; the built-in one is a few dozen kilobytes.
    static constexpr qint64 MaxFileSize = 8 * 1024 * 1024;
    static QString defaultPath() { return QStringLiteral(":/knowledge/akkoord-knowledge.json"); }

    static Result<std::shared_ptr<const KnowledgeBase>> loadDefault();
    static Result<std::shared_ptr<const KnowledgeBase>> loadFile(const QString &path);
    // origin names the data in error messages.
    static Result<std::shared_ptr<const KnowledgeBase>> loadJson(const QByteArray &json,
                                                                 const QString &origin);

    QString version() const { return m_version; }
    const LocalizedText &sourceTitle() const { return m_sourceTitle; }
    const QVector<Section> &sections() const { return m_sections; }
    const QVector<Group> &groups() const { return m_groups; }
    const QVector<Matrix> &matrices() const { return m_matrices; }
    const QVector<Question> &questions() const { return m_questions; }
    const QVector<StartingPoint> &startingPoints() const { return m_startingPoints; }
    const QVector<Measure> &tactics() const { return m_tactics; }
    const QVector<Measure> &principles() const { return m_principles; }
    const QVector<Measure> &risks() const { return m_risks; }
    const QVector<Measure> &foundations() const { return m_foundations; }
    const QVector<Inconsistency> &inconsistencies() const { return m_inconsistencies; }
    const QVector<ReferenceCase> &referenceCases() const { return m_cases; }
    const QVector<Rule> &rules() const { return m_rules; }
    // Empty when the knowledge base places no agreements (then no actual position is known).
    const QVector<AgreementPlacement> &agreementPlacements() const { return m_placements; }
    const QVector<PlacementShift> &placementShifts() const { return m_shifts; }
    int axisCount() const { return int(m_matrices.size()) * 2; }
    // Question indexes ordered so that each comes after the question its asking depends on.
    const QVector<int> &askOrder() const { return m_askOrder; }

    int questionIndex(const QString &id) const { return m_questionIndex.value(id, -1); }
    int startingPointIndex(const QString &id) const;
    int matrixIndex(const QString &id) const;
    const Section *section(const QString &id) const;
    const Question *question(const QString &id) const;
    const Measure *measure(const QVector<Measure> &list, const QString &id) const;
    const ReferenceCase *referenceCase(const QString &id) const;

    // Checks answers against the questions: known ids, known options, the right shape.
    Error validate(const Answers &answers, const QString &origin = QString()) const;

private:
    friend class KnowledgeBaseLoader;
    friend class KnowledgeSnapshot;

    QString m_version;
    LocalizedText m_sourceTitle;
    QVector<Section> m_sections;
    QVector<Group> m_groups;
    QVector<Matrix> m_matrices;
    QVector<Question> m_questions;
    QVector<StartingPoint> m_startingPoints;
    QVector<Measure> m_tactics;
    QVector<Measure> m_principles;
    QVector<Measure> m_risks;
    QVector<Measure> m_foundations;
    QVector<Inconsistency> m_inconsistencies;
    QVector<ReferenceCase> m_cases;
    QVector<Rule> m_rules;
    QVector<AgreementPlacement> m_placements;
    QVector<PlacementShift> m_shifts;
    QHash<QString, int> m_questionIndex;
    QVector<int> m_askOrder;
};

} // namespace akkoord
