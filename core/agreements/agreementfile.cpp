// Reading agreement files: the one JSON reader, nothing in a file trusted, no personal data.
#include "agreements/agreementfile.h"

#include "common/jsonreader.h"
#include "common/jsonsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace akkoord {

namespace {

// Whether a field anywhere in value would hold personal data of a job seeker; where, as the
// steps from value to it (innermost first). The path is made only for a field found: the scan
// runs over every stored agreement read.
bool findPersonal(const QJsonValue &value, QStringList *steps)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (AgreementFile::isPersonalField(it.key()) || findPersonal(it.value(), steps)) {
                steps->append(it.key());
                return true;
            }
        }
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (findPersonal(a[i], steps)) {
                steps->append(QStringLiteral("[%1]").arg(i));
                return true;
            }
        }
    }
    return false;
}

// The first such field's JSON path, empty when there is none.
QString personalField(const QJsonValue &value)
{
    QStringList steps;
    if (!findPersonal(value, &steps)) {
        return QString();
    }
    QString path;
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        path = it->startsWith(QLatin1Char('[')) ? path + *it : jsonJoin(path, *it);
    }
    return path;
}

// An identifier that must be one of a documented list.
QString oneOf(const JsonReader &o, const QString &key, const QStringList &allowed)
{
    const QString id = o.text(key, JsonReader::Required);
    if (o.ok() && !allowed.contains(id)) {
        o.fail(
            AgreementFile::tr("“%1” is not one of %2").arg(id, allowed.join(QStringLiteral(", "))),
            o.pathOf(key));
    }
    return id;
}

QDate dateOf(const JsonReader &o, const QString &key, JsonReader::Need need)
{
    if (!o.has(key) && need == JsonReader::Optional) {
        return QDate();
    }
    const QString text = o.text(key, JsonReader::Required);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (o.ok() && (!date.isValid() || text.size() != 10)) {
        o.fail(AgreementFile::tr("expected a date such as 2026-11-29"), o.pathOf(key));
    } else if (o.ok() && !Period::inRange(date)) {
        o.fail(AgreementFile::tr("%1 lies outside the years %2 to %3")
                   .arg(text)
                   .arg(Period::FirstYear)
                   .arg(Period::LastYear),
               o.pathOf(key));
    }
    return o.ok() ? date : QDate();
}

QStringList texts(const JsonReader &o, const QString &key, const QStringList &allowed = {})
{
    QStringList out;
    for (const JsonReader &item : o.list(key, JsonReader::Optional, 1000)) {
        const QString t = item.asText().trimmed();
        if (o.ok() && !allowed.isEmpty() && !allowed.contains(t)) {
            item.fail(AgreementFile::tr("“%1” is not one of %2")
                          .arg(t, allowed.join(QStringLiteral(", "))));
        }
        out << t;
    }
    return out;
}

Commitment commitmentOf(const JsonReader &c)
{
    Commitment out;
    c.checkKeys({QStringLiteral("target_group"), QStringLiteral("unit"), QStringLiteral("target"),
                 QStringLiteral("due"), QStringLiteral("municipality_commits")});
    out.targetGroup = oneOf(c, QStringLiteral("target_group"), agreements::targetGroups());
    out.unit = oneOf(c, QStringLiteral("unit"), agreements::units());
    out.target = c.number(QStringLiteral("target"), 0, 1e12);
    out.due = dateOf(c, QStringLiteral("due"), JsonReader::Optional);
    out.municipalityCommits = c.text(QStringLiteral("municipality_commits"), JsonReader::Optional,
                                     AgreementFile::MaxTextLength, true);
    return out;
}

Realisation realisationOf(const JsonReader &r, const Agreement &a)
{
    Realisation out;
    r.checkKeys({QStringLiteral("commitment"), QStringLiteral("period"), QStringLiteral("value"),
                 QStringLiteral("source"), QStringLiteral("verified")});
    out.commitment =
        r.wholeNumber(QStringLiteral("commitment"), 0, std::max(0, int(a.commitments.size()) - 1));
    if (r.ok() && a.commitments.isEmpty()) {
        r.fail(AgreementFile::tr("the agreement has no commitment to realise"),
               r.pathOf(QStringLiteral("commitment")));
    }
    const QString period = r.text(QStringLiteral("period"), JsonReader::Required);
    const std::optional<Period> p = Period::parse(period);
    if (r.ok() && !p) {
        r.fail(AgreementFile::tr("expected a quarter such as 2026Q3 or a month such as 2026-07"),
               r.pathOf(QStringLiteral("period")));
    }
    if (p) {
        out.period = *p;
        // It must overlap the agreement's period: a quarter the agreement starts in counts.
        if (r.ok() &&
            (out.period.last < a.start || (a.end.isValid() && out.period.first > a.end))) {
            r.fail(
                AgreementFile::tr("%1 lies outside the agreement's period (%2 to %3)")
                    .arg(period, a.start.toString(Qt::ISODate),
                         a.end.isValid() ? a.end.toString(Qt::ISODate) : AgreementFile::tr("open")),
                r.pathOf(QStringLiteral("period")));
        }
    }
    // One figure per commitment for any day: a quarter and a month in it, or the same period
    // twice, would count the same people twice.
    if (p && r.ok()) {
        for (const Realisation &earlier : a.realisations) {
            if (earlier.commitment == out.commitment && earlier.period.overlaps(out.period)) {
                r.fail(AgreementFile::tr("commitment %1 has a figure for %2 already, which "
                                         "overlaps %3; give each period once")
                           .arg(out.commitment)
                           .arg(earlier.period.text, period),
                       r.pathOf(QStringLiteral("period")));
                break;
            }
        }
    }
    out.value = r.number(QStringLiteral("value"), 0, 1e12);
    out.source =
        r.text(QStringLiteral("source"), JsonReader::Optional, AgreementFile::MaxTextLength, true);
    out.verified = r.flag(QStringLiteral("verified"));
    return out;
}

Agreement agreementOf(const JsonReader &o)
{
    Agreement a;
    o.checkKeys({QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("parties"),
                 QStringLiteral("scope"), QStringLiteral("visibility"), QStringLiteral("status"),
                 QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("commitments"),
                 QStringLiteral("realisations"), QStringLiteral("reviews"),
                 QStringLiteral("notes")});
    a.title =
        o.text(QStringLiteral("title"), JsonReader::Required, AgreementFile::MaxTitleLength, true);
    if (o.ok() && a.title.isEmpty()) {
        o.fail(AgreementFile::tr("an agreement needs a title"), o.pathOf(QStringLiteral("title")));
    }
    a.kind = oneOf(o, QStringLiteral("kind"), agreements::kinds());
    const JsonReader parties = o.object(QStringLiteral("parties"), JsonReader::Optional);
    parties.checkKeys({QStringLiteral("employer_organisations"), QStringLiteral("employer_count"),
                       QStringLiteral("employers")});
    a.employerOrganisations = texts(parties, QStringLiteral("employer_organisations"));
    a.employerCount = parties.has(QStringLiteral("employer_count"))
                          ? parties.wholeNumber(QStringLiteral("employer_count"), 0, 10000000)
                          : 0;
    a.employers = texts(parties, QStringLiteral("employers"));
    const JsonReader scope = o.object(QStringLiteral("scope"), JsonReader::Optional);
    scope.checkKeys(
        {QStringLiteral("sectors"), QStringLiteral("target_groups"), QStringLiteral("integral")});
    a.sectors = texts(scope, QStringLiteral("sectors"));
    a.targetGroups = texts(scope, QStringLiteral("target_groups"), agreements::targetGroups());
    a.integral = scope.flag(QStringLiteral("integral"));
    a.visibility = oneOf(o, QStringLiteral("visibility"), agreements::visibilities());
    a.status = oneOf(o, QStringLiteral("status"), agreements::statuses());
    a.start = dateOf(o, QStringLiteral("start"), JsonReader::Required);
    a.end = dateOf(o, QStringLiteral("end"), JsonReader::Optional);
    if (o.ok() && a.end.isValid() && a.end < a.start) {
        o.fail(AgreementFile::tr("the end (%1) lies before the start (%2)")
                   .arg(a.end.toString(Qt::ISODate), a.start.toString(Qt::ISODate)),
               o.pathOf(QStringLiteral("end")));
    }
    for (const JsonReader &c : o.list(QStringLiteral("commitments"), JsonReader::Optional, 1000)) {
        if (!c.isObject()) {
            break;
        }
        a.commitments << commitmentOf(c);
        const QDate due = a.commitments.last().due;
        if (c.ok() && o.ok() && due.isValid() && due < a.start) {
            c.fail(AgreementFile::tr("the date due (%1) lies before the agreement's start (%2)")
                       .arg(due.toString(Qt::ISODate), a.start.toString(Qt::ISODate)),
                   c.pathOf(QStringLiteral("due")));
        }
    }
    for (const JsonReader &r : o.list(QStringLiteral("realisations"), JsonReader::Optional,
                                      AgreementFile::MaxRealisations)) {
        if (!r.isObject() || !o.ok()) {
            break;
        }
        a.realisations << realisationOf(r, a);
    }
    for (const JsonReader &r : o.list(QStringLiteral("reviews"), JsonReader::Optional, 1000)) {
        if (!r.isObject()) {
            break;
        }
        r.checkKeys({QStringLiteral("date"), QStringLiteral("agreed")});
        a.reviews << Review{dateOf(r, QStringLiteral("date"), JsonReader::Required),
                            r.text(QStringLiteral("agreed"), JsonReader::Optional,
                                   AgreementFile::MaxTextLength, true)};
    }
    a.notes = o.text(QStringLiteral("notes"), JsonReader::Optional, 100000);
    return a;
}

Error refusePersonal(const QJsonValue &value, const QString &origin)
{
    const QString personal = personalField(value);
    if (personal.isEmpty()) {
        return {};
    }
    return jsonError(ErrorKind::WrongType, origin, personal,
                     AgreementFile::tr("this looks like data about a job seeker; Akkoord keeps "
                                       "figures only (how many, for which target group), never "
                                       "who. Remove the field and import again"));
}

QJsonArray textArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString dateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

std::optional<Agreement> AgreementFile::fromStored(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    const auto list = [](const QJsonValue &v) {
        QStringList out;
        for (const QJsonValue &item : v.toArray()) {
            out << item.toString();
        }
        return out;
    };
    // "yyyy-MM-dd", as toJson writes it; anything else is no date.
    const auto date = [](const QJsonValue &v) {
        const QString t = v.toString();
        if (t.size() != 10 || t.at(4) != QLatin1Char('-') || t.at(7) != QLatin1Char('-')) {
            return QDate();
        }
        return QDate(QStringView(t).left(4).toInt(), QStringView(t).mid(5, 2).toInt(),
                     QStringView(t).mid(8, 2).toInt());
    };
    Agreement a;
    a.title = o.value(QLatin1String("title")).toString();
    a.kind = o.value(QLatin1String("kind")).toString();
    const QJsonObject parties = o.value(QLatin1String("parties")).toObject();
    a.employerOrganisations = list(parties.value(QLatin1String("employer_organisations")));
    a.employerCount = parties.value(QLatin1String("employer_count")).toInt();
    a.employers = list(parties.value(QLatin1String("employers")));
    const QJsonObject scope = o.value(QLatin1String("scope")).toObject();
    a.sectors = list(scope.value(QLatin1String("sectors")));
    a.targetGroups = list(scope.value(QLatin1String("target_groups")));
    a.integral = scope.value(QLatin1String("integral")).toBool();
    a.visibility = o.value(QLatin1String("visibility")).toString();
    a.status = o.value(QLatin1String("status")).toString();
    a.start = date(o.value(QLatin1String("start")));
    a.end = date(o.value(QLatin1String("end")));
    for (const QJsonValue &v : o.value(QLatin1String("commitments")).toArray()) {
        const QJsonObject c = v.toObject();
        a.commitments << Commitment{c.value(QLatin1String("target_group")).toString(),
                                    c.value(QLatin1String("unit")).toString(),
                                    c.value(QLatin1String("target")).toDouble(),
                                    date(c.value(QLatin1String("due"))),
                                    c.value(QLatin1String("municipality_commits")).toString()};
    }
    const QJsonArray realisations = o.value(QLatin1String("realisations")).toArray();
    a.realisations.reserve(realisations.size());
    for (const QJsonValue &v : realisations) {
        const QJsonObject r = v.toObject();
        const std::optional<Period> period =
            Period::parse(r.value(QLatin1String("period")).toString());
        if (!period) {
            return std::nullopt;
        }
        a.realisations << Realisation{r.value(QLatin1String("commitment")).toInt(), *period,
                                      r.value(QLatin1String("value")).toDouble(),
                                      r.value(QLatin1String("source")).toString(),
                                      r.value(QLatin1String("verified")).toBool()};
    }
    for (const QJsonValue &v : o.value(QLatin1String("reviews")).toArray()) {
        const QJsonObject r = v.toObject();
        a.reviews << Review{date(r.value(QLatin1String("date"))),
                            r.value(QLatin1String("agreed")).toString()};
    }
    a.notes = o.value(QLatin1String("notes")).toString();
    // The identifiers every later step relies on: a body that lacks them is not one the store
    // wrote.
    if (a.title.isEmpty() || !agreements::kinds().contains(a.kind) ||
        !agreements::statuses().contains(a.status) || !a.start.isValid()) {
        return std::nullopt;
    }
    return a;
}

Result<Agreement> AgreementFile::parseAgreement(const QByteArray &json, const QString &origin)
{
    const JsonReader root =
        JsonReader::parse(json, origin, ErrorKind::WrongType, tr("this is not an agreement"));
    if (!root.ok()) {
        return root.error();
    }
    if (const Error e = refusePersonal(root.value(), origin); e.isError()) {
        return e;
    }
    Agreement a = agreementOf(root);
    if (!root.ok()) {
        return root.error();
    }
    return a;
}

QJsonObject AgreementFile::toJson(const Agreement &a)
{
    QJsonObject o;
    o.insert(QStringLiteral("title"), a.title);
    o.insert(QStringLiteral("kind"), a.kind);
    QJsonObject parties;
    parties.insert(QStringLiteral("employer_organisations"), textArray(a.employerOrganisations));
    parties.insert(QStringLiteral("employer_count"), a.employerCount);
    parties.insert(QStringLiteral("employers"), textArray(a.employers));
    o.insert(QStringLiteral("parties"), parties);
    QJsonObject scope;
    scope.insert(QStringLiteral("sectors"), textArray(a.sectors));
    scope.insert(QStringLiteral("target_groups"), textArray(a.targetGroups));
    scope.insert(QStringLiteral("integral"), a.integral);
    o.insert(QStringLiteral("scope"), scope);
    o.insert(QStringLiteral("visibility"), a.visibility);
    o.insert(QStringLiteral("status"), a.status);
    o.insert(QStringLiteral("start"), dateText(a.start));
    if (a.end.isValid()) {
        o.insert(QStringLiteral("end"), dateText(a.end));
    }
    QJsonArray commitments;
    for (const Commitment &c : a.commitments) {
        QJsonObject j;
        j.insert(QStringLiteral("target_group"), c.targetGroup);
        j.insert(QStringLiteral("unit"), c.unit);
        j.insert(QStringLiteral("target"), c.target);
        if (c.due.isValid()) {
            j.insert(QStringLiteral("due"), dateText(c.due));
        }
        if (!c.municipalityCommits.isEmpty()) {
            j.insert(QStringLiteral("municipality_commits"), c.municipalityCommits);
        }
        commitments.append(j);
    }
    o.insert(QStringLiteral("commitments"), commitments);
    QJsonArray realisations;
    for (const Realisation &r : a.realisations) {
        QJsonObject j;
        j.insert(QStringLiteral("commitment"), r.commitment);
        j.insert(QStringLiteral("period"), r.period.text);
        j.insert(QStringLiteral("value"), r.value);
        if (!r.source.isEmpty()) {
            j.insert(QStringLiteral("source"), r.source);
        }
        j.insert(QStringLiteral("verified"), r.verified);
        realisations.append(j);
    }
    o.insert(QStringLiteral("realisations"), realisations);
    QJsonArray reviews;
    for (const Review &r : a.reviews) {
        QJsonObject j;
        j.insert(QStringLiteral("date"), dateText(r.date));
        if (!r.agreed.isEmpty()) {
            j.insert(QStringLiteral("agreed"), r.agreed);
        }
        reviews.append(j);
    }
    o.insert(QStringLiteral("reviews"), reviews);
    if (!a.notes.isEmpty()) {
        o.insert(QStringLiteral("notes"), a.notes);
    }
    return o;
}

QByteArray AgreementFile::write(const AgreementsFile &file)
{
    QJsonObject municipality;
    municipality.insert(QStringLiteral("name"), file.municipality);
    if (!file.cbsCode.isEmpty()) {
        municipality.insert(QStringLiteral("cbs_code"), file.cbsCode);
    }
    if (!file.region.isEmpty()) {
        municipality.insert(QStringLiteral("region"), file.region);
    }
    QJsonArray list;
    for (const Agreement &a : file.agreements) {
        list.append(toJson(a));
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("akkoord.agreements"));
    root.insert(QStringLiteral("version"), Version);
    root.insert(QStringLiteral("municipality"), municipality);
    root.insert(QStringLiteral("agreements"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Error AgreementFile::check(const Agreement &agreement, const QString &origin)
{
    const Result<QByteArray> json = checkedJson(agreement, origin);
    return json.ok() ? Error() : json.error();
}

Result<QByteArray> AgreementFile::checkedJson(const Agreement &agreement, const QString &origin)
{
    QByteArray json = QJsonDocument(toJson(agreement)).toJson(QJsonDocument::Compact);
    const Result<Agreement> back = parseAgreement(json, origin);
    if (!back.ok()) {
        return back.error();
    }
    return json;
}

bool AgreementFile::isPersonalField(const QString &key)
{
    static const QStringList personal{
        QStringLiteral("bsn"),           QStringLiteral("burgerservicenummer"),
        QStringLiteral("birth_date"),    QStringLiteral("date_of_birth"),
        QStringLiteral("geboortedatum"), QStringLiteral("job_seeker"),
        QStringLiteral("job_seekers"),   QStringLiteral("werkzoekende"),
        QStringLiteral("werkzoekenden"), QStringLiteral("person"),
        QStringLiteral("persons_list"),  QStringLiteral("persoon"),
        QStringLiteral("personen"),      QStringLiteral("client"),
        QStringLiteral("client_id"),     QStringLiteral("klant"),
        QStringLiteral("first_name"),    QStringLiteral("last_name"),
        QStringLiteral("voornaam"),      QStringLiteral("achternaam")};
    return personal.contains(key.trimmed().toLower());
}

Result<AgreementsFile> AgreementFile::parse(const QByteArray &data, const QString &origin)
{
    const JsonReader root = JsonReader::parse(data, origin, ErrorKind::WrongType,
                                              tr("this is not an Akkoord agreements file"));
    if (!root.ok()) {
        return root.error();
    }
    // Before anything else: a file with data about job seekers is refused as a whole.
    if (const Error e = refusePersonal(root.value(), origin); e.isError()) {
        return e;
    }
    root.checkFormat(QStringLiteral("akkoord.agreements"),
                     tr("this is not an Akkoord agreements file (\"format\" must be "
                        "\"akkoord.agreements\")")) &&
        root.checkVersion(QStringLiteral("version"), Version);
    root.checkKeys({QStringLiteral("format"), QStringLiteral("version"),
                    QStringLiteral("municipality"), QStringLiteral("agreements")});
    AgreementsFile file;
    const JsonReader m = root.object(QStringLiteral("municipality"));
    m.checkKeys({QStringLiteral("name"), QStringLiteral("cbs_code"), QStringLiteral("region")});
    file.municipality = m.text(QStringLiteral("name"), JsonReader::Required, MaxNameLength, true);
    if (m.ok() && file.municipality.isEmpty()) {
        m.fail(tr("the municipality needs a name"), m.pathOf(QStringLiteral("name")));
    }
    file.cbsCode = m.text(QStringLiteral("cbs_code"), JsonReader::Optional, 20, true);
    file.region = m.text(QStringLiteral("region"), JsonReader::Optional, MaxTextLength, true);
    for (const JsonReader &a :
         root.list(QStringLiteral("agreements"), JsonReader::Required, MaxAgreements,
                   tr("more than %1 agreements").arg(MaxAgreements))) {
        if (!a.isObject() || !root.ok()) {
            break;
        }
        file.agreements << agreementOf(a);
    }
    if (!root.ok()) {
        return root.error();
    }
    return file;
}

} // namespace akkoord
