#pragma once

#include "agreements/agreement.h"
#include "knowledge/answers.h"
#include "store/scenario.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace akkoord {

// The records the store keeps, as plain values: what callers read and write, whatever database
// holds them.

struct CaseRecord
{
    qint64 id = 0;
    QString uuid;
    QString name;    // the municipality
    QString cbsCode; // optional, e.g. "GM0342"
    QString region;  // optional labour-market region
    QDateTime created;
    QDateTime modified;
    QDateTime deleted; // null unless in the trash
    int scenarioCount = 0;
};

// What a user edits; the store adds identity, revisions and times.
struct ScenarioContent
{
    QString title;
    Answers answers;
    QString notes;
    QString knowledgeVersion; // the knowledge base the scenario was last advised under

    bool operator==(const ScenarioContent &o) const
    {
        return title == o.title && answers == o.answers && notes == o.notes &&
               knowledgeVersion == o.knowledgeVersion;
    }

    // The one conversion between what is stored and what the advisor, the files and the reports
    // work with.
    Scenario toScenario(const QString &municipality) const
    {
        return Scenario{municipality, title, answers, notes};
    }
    static ScenarioContent from(const Scenario &s, const QString &knowledgeVersion)
    {
        return ScenarioContent{s.title, s.answers, s.notes, knowledgeVersion};
    }
};

struct ScenarioRecord
{
    qint64 id = 0;
    QString uuid;
    qint64 caseId = 0;
    ScenarioContent content;
    int revision = 0; // the revision this content is; a save must name it to succeed
    bool baseline = false;
    QDateTime created;
    QDateTime modified;
    QDateTime deleted;
};

// What a list shows of a scenario, read from an index without touching the answers.
struct ScenarioSummary
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString title;
    bool baseline = false;
};

struct Revision
{
    int revision = 0;
    ScenarioContent content;
    QDateTime saved;
};

// An agreement of a municipality's register, stored with revisions as scenarios are.
struct AgreementRecord
{
    qint64 id = 0;
    QString uuid;
    qint64 caseId = 0;
    Agreement agreement;
    int revision = 0; // a save must name it to succeed
    QDateTime created;
    QDateTime modified;
    QDateTime deleted;
};

// The agreements of records, as the progress, the path and the reports take them.
inline QVector<Agreement> agreementsOf(const QVector<AgreementRecord> &records)
{
    QVector<Agreement> out;
    out.reserve(records.size());
    for (const AgreementRecord &r : records) {
        out << r.agreement;
    }
    return out;
}

struct AgreementRevision
{
    int revision = 0;
    Agreement agreement;
    QDateTime saved;
};

struct StoreOptions
{
    // Times come from here, so tests can fix them.
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
    int busyTimeoutMs = 5000;
    // Reads without ever writing, an older schema as it is (not upgraded).
    bool readOnly = false;
};

} // namespace akkoord
