#include "cli.h"

#include "agreements/agreementfile.h"
#include "agreements/position.h"
#include "agreements/progress.h"
#include "common/usertext.h"
#include "exchange/agreementexchange.h"
#include "knowledge/advisor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// The agreements register on the command line: agreements, realise, progress, path, and the
// agreements side of export.
namespace akkoord {

namespace {

QJsonValue pointJson(const ActualPosition &p, int matrix)
{
    if (!p.known()) {
        return QJsonValue::Null;
    }
    return QJsonObject{{QStringLiteral("x"), p.positions[matrix].x},
                       {QStringLiteral("y"), p.positions[matrix].y}};
}

QString figure(double v)
{
    return QLocale().toString(v, 'f', v == std::floor(v) ? 0 : 1);
}

} // namespace

std::optional<QDate> Cli::dateOption(const QString &name, const QDate &fallback, bool endOfPeriod)
{
    if (!m_parser.isSet(name)) {
        return fallback;
    }
    const QString text = m_parser.value(name).trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10 && Period::inRange(date)) {
        return date;
    }
    if (const auto period = Period::parse(text)) {
        return endOfPeriod ? period->last : period->first;
    }
    fail(tr("--%1 must be a date such as 2026-09-30 or a quarter such as 2026Q3, from %3 to %4, "
            "not “%2”")
             .arg(name, text)
             .arg(Period::FirstYear)
             .arg(Period::LastYear));
    return std::nullopt;
}

std::optional<QVector<AgreementRecord>> Cli::caseAgreements(CaseRecord *owner)
{
    const auto found = findCase(m_parser.positionalArguments().first());
    if (!found) {
        return std::nullopt;
    }
    *owner = *found;
    const auto list = m_store->agreements(owner->id, m_parser.isSet(QStringLiteral("trash")));
    if (!list.ok()) {
        fail(list.error());
        return std::nullopt;
    }
    return list.value();
}

int Cli::listAgreements()
{
    if (!checkFormat({QStringLiteral("text"), QStringLiteral("json")}) || !openStoreForListing()) {
        return m_failure;
    }
    CaseRecord owner;
    const auto list = caseAgreements(&owner);
    if (!list) {
        return m_failure;
    }
    if (json()) {
        QJsonArray a;
        for (const AgreementRecord &r : *list) {
            QJsonObject o = AgreementFile::toJson(r.agreement);
            o.insert(QStringLiteral("id"), r.id);
            o.insert(QStringLiteral("revision"), r.revision);
            if (r.deleted.isValid()) {
                o.insert(QStringLiteral("deleted"), r.deleted.toString(Qt::ISODate));
            }
            a.append(o);
        }
        return printJson(a);
    }
    if (list->isEmpty()) {
        m_out << tr("%1 has no agreements yet. Import an agreements file with “akkoord-cli "
                    "import FILE”.")
                     .arg(withoutBidiControls(owner.name))
              << Qt::endl;
    }
    for (const AgreementRecord &r : *list) {
        const Agreement &a = r.agreement;
        const QString end = a.end.isValid() ? a.end.toString(Qt::ISODate) : tr("open");
        m_out << QStringLiteral("%1\t%2\t%3\t%4\t%5 – %6\t")
                     .arg(r.id)
                     .arg(withoutBidiControls(a.title), AgreementText::kind(a.kind),
                          AgreementText::status(a.status), a.start.toString(Qt::ISODate), end)
              << tr("%n commitment(s)", nullptr, int(a.commitments.size()))
              << (r.deleted.isValid() ? QLatin1Char(' ') + tr("[in the trash]") : QString())
              << Qt::endl;
    }
    return Done;
}

int Cli::agreementHistory()
{
    if (!checkFormat({QStringLiteral("text"), QStringLiteral("json")})) {
        return m_failure;
    }
    const auto id = number(m_parser.positionalArguments().first(), tr("agreement id"));
    if (!id || !openStore(true)) {
        return m_failure;
    }
    const auto revisions = m_store->agreementHistory(*id);
    if (!revisions.ok()) {
        return fail(revisions.error());
    }
    if (json()) {
        QJsonArray a;
        for (const AgreementRevision &r : revisions.value()) {
            a.append(
                QJsonObject{{QStringLiteral("revision"), r.revision},
                            {QStringLiteral("saved"), r.saved.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("agreement"), AgreementFile::toJson(r.agreement)}});
        }
        return printJson(a);
    }
    for (const AgreementRevision &r : revisions.value()) {
        m_out << QStringLiteral("%1\t%2\t%3\t")
                     .arg(r.revision)
                     .arg(QLocale().toString(r.saved.toLocalTime(), QLocale::ShortFormat),
                          withoutBidiControls(r.agreement.title))
              << tr("%n realisation(s)", nullptr, int(r.agreement.realisations.size())) << Qt::endl;
    }
    return Done;
}

int Cli::realise()
{
    const auto id = number(m_parser.positionalArguments().first(), tr("agreement id"));
    if (!id) {
        return m_failure;
    }
    for (const char *required : {"commitment", "period", "value"}) {
        if (!m_parser.isSet(QLatin1String(required))) {
            return fail(tr("realise needs --commitment N, --period and --value"));
        }
    }
    bool ok = false;
    const int commitment = m_parser.value(QStringLiteral("commitment")).toInt(&ok);
    if (!ok || commitment < 0) {
        return fail(tr("--commitment must be a commitment's number as “agreements” lists them "
                       "(counted from 0), not “%1”")
                        .arg(m_parser.value(QStringLiteral("commitment"))));
    }
    const auto period = Period::parse(m_parser.value(QStringLiteral("period")).trimmed());
    if (!period) {
        return fail(tr("--period must be a quarter such as 2026Q3 or a month such as 2026-07, "
                       "not “%1”")
                        .arg(m_parser.value(QStringLiteral("period"))));
    }
    const double value = m_parser.value(QStringLiteral("value")).toDouble(&ok);
    if (!ok || value < 0 || !std::isfinite(value)) {
        return fail(tr("--value must be a number of at least 0, not “%1”")
                        .arg(m_parser.value(QStringLiteral("value"))));
    }
    if (!openStore()) {
        return m_failure;
    }
    const auto stored = m_store->agreement(*id);
    if (!stored.ok()) {
        return fail(stored.error());
    }
    Agreement a = stored.value().agreement;
    if (commitment >= a.commitments.size()) {
        return fail(tr("“%1” has %n commitment(s), numbered from 0; there is no commitment %2",
                       nullptr, int(a.commitments.size()))
                        .arg(a.title)
                        .arg(commitment));
    }
    // One figure per commitment and period: a second entry corrects the first.
    Realisation r{commitment, *period, value, m_parser.value(QStringLiteral("source")).trimmed(),
                  m_parser.isSet(QStringLiteral("verified"))};
    bool corrected = false;
    for (Realisation &existing : a.realisations) {
        if (existing.commitment == commitment && existing.period.text == period->text) {
            existing = r;
            corrected = true;
        }
    }
    if (!corrected) {
        a.realisations << r;
    }
    const auto saved = m_store->saveAgreement(*id, stored.value().revision, a);
    if (!saved.ok()) {
        return fail(saved.error());
    }
    m_out << (corrected ? tr("Corrected: %1, commitment %2, %3: %4 (revision %5).")
                        : tr("Recorded: %1, commitment %2, %3: %4 (revision %5)."))
                 .arg(withoutBidiControls(a.title))
                 .arg(commitment)
                 .arg(period->text, AgreementText::amount(value, a.commitments[commitment].unit))
                 .arg(saved.value().revision)
          << Qt::endl;
    return Done;
}

int Cli::progress()
{
    if (!checkFormat({QStringLiteral("text"), QStringLiteral("json")}) || !openStoreForListing()) {
        return m_failure;
    }
    const auto at = dateOption(QStringLiteral("at"), QDate::currentDate(), true);
    if (!at) {
        return m_failure;
    }
    CaseRecord owner;
    const auto list = caseAgreements(&owner);
    if (!list) {
        return m_failure;
    }
    const QVector<Agreement> agreements = agreementsOf(*list);
    const QVector<ProgressLine> lines = progressAt(agreements, *at);
    const QVector<TargetGroupTotal> totals = totalsAt(agreements, *at);
    const QVector<UpcomingReview> reviews = reviewsFrom(agreements, *at);
    if (json()) {
        QJsonArray commitments;
        for (const ProgressLine &l : lines) {
            const Commitment &c = agreements[l.agreement].commitments[l.progress.commitment];
            commitments.append(
                QJsonObject{{QStringLiteral("agreement"), (*list)[l.agreement].id},
                            {QStringLiteral("title"), agreements[l.agreement].title},
                            {QStringLiteral("commitment"), l.progress.commitment},
                            {QStringLiteral("target_group"), c.targetGroup},
                            {QStringLiteral("unit"), c.unit},
                            {QStringLiteral("target"), l.progress.target},
                            {QStringLiteral("realised"), l.progress.realised},
                            {QStringLiteral("expected"), l.progress.expected},
                            {QStringLiteral("status"), progressStatusId(l.progress.status)}});
        }
        QJsonArray totalsJson;
        for (const TargetGroupTotal &t : totals) {
            totalsJson.append(QJsonObject{{QStringLiteral("target_group"), t.targetGroup},
                                          {QStringLiteral("unit"), t.unit},
                                          {QStringLiteral("target"), t.target},
                                          {QStringLiteral("realised"), t.realised}});
        }
        QJsonArray reviewsJson;
        for (const UpcomingReview &r : reviews) {
            reviewsJson.append(
                QJsonObject{{QStringLiteral("agreement"), (*list)[r.agreement].id},
                            {QStringLiteral("date"), r.review.date.toString(Qt::ISODate)}});
        }
        return printJson(QJsonObject{{QStringLiteral("at"), at->toString(Qt::ISODate)},
                                     {QStringLiteral("commitments"), commitments},
                                     {QStringLiteral("totals"), totalsJson},
                                     {QStringLiteral("reviews"), reviewsJson}});
    }
    m_out << tr("Progress of %1 on %2")
                 .arg(withoutBidiControls(owner.name), at->toString(Qt::ISODate))
          << Qt::endl;
    if (lines.isEmpty()) {
        m_out << tr("No agreement had begun by then.") << Qt::endl;
    }
    for (const ProgressLine &l : lines) {
        const Agreement &a = agreements[l.agreement];
        const Commitment &c = a.commitments[l.progress.commitment];
        m_out << QStringLiteral("  %1 #%2\t%3\t")
                     .arg(withoutBidiControls(a.title))
                     .arg(l.progress.commitment)
                     .arg(AgreementText::targetGroup(c.targetGroup))
              << tr("%1 of %2 (expected by now: %3)")
                     .arg(figure(l.progress.realised),
                          AgreementText::amount(l.progress.target, c.unit),
                          figure(l.progress.expected))
              << QLatin1Char('\t') << AgreementText::progress(progressStatusId(l.progress.status))
              << Qt::endl;
    }
    if (!totals.isEmpty()) {
        m_out << tr("Per target group (agreements in force):") << Qt::endl;
        for (const TargetGroupTotal &t : totals) {
            m_out << QStringLiteral("  %1\t").arg(AgreementText::targetGroup(t.targetGroup))
                  << tr("%1 of %2").arg(figure(t.realised), AgreementText::amount(t.target, t.unit))
                  << Qt::endl;
        }
    }
    if (!reviews.isEmpty()) {
        m_out << tr("Next reviews:") << Qt::endl;
        for (const UpcomingReview &r : reviews) {
            m_out << QStringLiteral("  %1\t%2")
                         .arg(r.review.date.toString(Qt::ISODate),
                              withoutBidiControls(agreements[r.agreement].title))
                  << Qt::endl;
        }
    }
    return Done;
}

int Cli::path()
{
    if (!checkFormat({QStringLiteral("text"), QStringLiteral("json")}) || !loadKnowledge() ||
        !openStoreForListing()) {
        return m_failure;
    }
    CaseRecord owner;
    const auto list = caseAgreements(&owner);
    if (!list) {
        return m_failure;
    }
    const QVector<Agreement> agreements = agreementsOf(*list);
    const auto span = pathSpan(agreements, QDate::currentDate());
    const auto from = dateOption(QStringLiteral("from"), span.first, false);
    const auto to = from ? dateOption(QStringLiteral("to"), span.second, true) : std::nullopt;
    if (!from || !to) {
        return m_failure;
    }
    if (from->isValid() && to->isValid() && *to < *from) {
        return fail(tr("--to lies before --from"));
    }
    const QVector<PathPoint> points = pathOf(*m_kb, agreements, *from, *to);
    const Direction direction = directionOf(*m_kb, points);
    // Where the advice said to start: the baseline scenario's recommendation, if it makes one.
    QString recommended;
    const auto baseline = m_store->baselineScenario(owner.id);
    if (!baseline.ok()) {
        return fail(baseline.error());
    }
    if (baseline.value()) {
        const Advice advice = Advisor(m_kb).advise(baseline.value()->answers);
        if (advice.verdict == Verdict::Recommended) {
            recommended = advice.startingPoint;
        }
    }
    const int strategy = m_kb->matrixIndex(QStringLiteral("strategy"));
    const int approach = m_kb->matrixIndex(QStringLiteral("approach"));
    if (json()) {
        QJsonArray a;
        for (const PathPoint &p : points) {
            a.append(QJsonObject{{QStringLiteral("period"), p.quarter.text},
                                 {QStringLiteral("strategy"), pointJson(p.position, strategy)},
                                 {QStringLiteral("approach"), pointJson(p.position, approach)},
                                 {QStringLiteral("agreements"), p.position.agreements}});
        }
        return printJson(QJsonObject{
            {QStringLiteral("points"), a},
            {QStringLiteral("recommended"),
             recommended.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(recommended)},
            {QStringLiteral("direction"),
             QJsonObject{{QStringLiteral("trend"), trendId(direction.trend)},
                         {QStringLiteral("breadth_change"), direction.breadthChange},
                         {QStringLiteral("towards_goal"), direction.towardsGoal}}}});
    }
    m_out << tr("Actual position of %1 per quarter (strategy matrix: collectives −1 … individual "
                "employers +1, selective −1 … broad +1)")
                 .arg(withoutBidiControls(owner.name))
          << Qt::endl;
    if (points.isEmpty()) {
        m_out << tr("No agreement has been signed yet, so there is no position to show.")
              << Qt::endl;
    }
    const QLocale locale;
    for (const PathPoint &p : points) {
        m_out << QStringLiteral("  %1\t").arg(p.quarter.text);
        if (!p.position.known()) {
            m_out << tr("no agreement in force") << Qt::endl;
            continue;
        }
        const Point s = p.position.positions[strategy];
        m_out << QStringLiteral("(%1, %2)\t")
                     .arg(locale.toString(s.x, 'f', 2), locale.toString(s.y, 'f', 2))
              << tr("%n agreement(s)", nullptr, p.position.agreements) << Qt::endl;
    }
    const int start = m_kb->startingPointIndex(recommended);
    m_out << (start >= 0 ? tr("Recommended start (baseline scenario): %1")
                               .arg(m_kb->startingPoints()[start].label.in(m_language))
                         : tr("Recommended start: none (no baseline scenario, or its advice is a "
                              "tie or has too little to go on)"))
          << Qt::endl;
    switch (direction.trend) {
    case Direction::Broadening:
        m_out << tr("Direction: broadening, as the source expects after a start");
        break;
    case Direction::Steady:
        m_out << tr("Direction: as broad as at the start");
        break;
    case Direction::Narrowing:
        m_out << tr("Direction: narrower than at the start");
        break;
    case Direction::Unknown:
        m_out << tr("Direction: not known yet (fewer than two quarters with agreements)");
        break;
    }
    m_out << Qt::endl;
    return Done;
}

int Cli::exportAgreements(bool csv)
{
    if (!openStore(true)) {
        return m_failure;
    }
    const auto owner = findCase(m_parser.value(QStringLiteral("agreements")));
    if (!owner) {
        return m_failure;
    }
    if (csv) {
        const auto list = m_store->agreements(owner->id);
        if (!list.ok()) {
            return fail(list.error());
        }
        return writeOutput(AgreementExchange::csv(*owner, list.value())) ? Done : m_failure;
    }
    const auto file = AgreementExchange::exportCase(*m_store, owner->id);
    if (!file.ok()) {
        return fail(file.error());
    }
    return writeOutput(AgreementFile::write(file.value())) ? Done : m_failure;
}

} // namespace akkoord

namespace akkoord {

int Cli::progressReport(const QString &out, bool pdf)
{
    if (!m_parser.positionalArguments().isEmpty()) {
        return fail(tr("report --progress takes one municipality, not scenarios as well"));
    }
    const auto at = dateOption(QStringLiteral("at"), QDate::currentDate(), true);
    if (!at || !loadKnowledge() || !openStore(true)) {
        return m_failure;
    }
    const auto owner = findCase(m_parser.value(QStringLiteral("progress")));
    if (!owner) {
        return m_failure;
    }
    reportmodule::Job job{m_kb, m_language, {}, out, pdf};
    job.progress = true;
    job.municipality = owner->name;
    job.at = *at;
    const auto list = m_store->agreements(owner->id);
    if (!list.ok()) {
        return fail(list.error());
    }
    job.agreements = agreementsOf(list.value());
    const auto baseline = m_store->baselineScenario(owner->id);
    if (!baseline.ok()) {
        return fail(baseline.error());
    }
    job.baseline = baseline.value();
    if (!m_writeReport) {
        return fail(tr("the report module (%1) is missing from this installation; reinstall "
                       "Akkoord")
                        .arg(QLatin1String(reportmodule::FileName)),
                    Internal);
    }
    const Error e = m_writeReport(job);
    if (e.isError()) {
        return fail(e);
    }
    m_out << tr("Report written to %1.").arg(out) << Qt::endl;
    return Done;
}

} // namespace akkoord
