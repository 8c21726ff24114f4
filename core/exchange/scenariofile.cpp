#include "exchange/scenariofile.h"

#include "common/jsonsupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <tuple>

namespace akkoord {

Result<Scenario> ScenarioFile::parse(const QByteArray &json, const KnowledgeBase &kb,
                                     const QString &origin)
{
    QJsonDocument document;
    const Error error = parseJson(json, origin, &document);
    if (error.isError()) {
        return error;
    }
    if (!document.isObject()) {
        return jsonError(
            ErrorKind::WrongFormat, origin, QString(),
            QCoreApplication::translate("akkoord", "this is not an Akkoord scenario file"));
    }
    return fromJson(document.object(), kb, origin);
}

Result<Scenario> ScenarioFile::read(const QString &path, const KnowledgeBase &kb)
{
    QByteArray data;
    const Error error = readFile(path, &data, MaxFileSize);
    if (error.isError()) {
        return error;
    }
    return parse(data, kb, path);
}

Result<Scenario> ScenarioFile::readStandardInput(const KnowledgeBase &kb, const QString &origin)
{
    QByteArray data;
    const Error error = akkoord::readStandardInput(origin, &data, MaxFileSize);
    if (error.isError()) {
        return error;
    }
    return parse(data, kb, origin);
}

Result<Scenario> ScenarioFile::fromJson(const QJsonObject &o, const KnowledgeBase &kb,
                                        const QString &origin, const QString &path)
{
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("akkoord.scenario")) {
        return jsonError(ErrorKind::WrongFormat, origin, jsonJoin(path, QStringLiteral("format")),
                         QCoreApplication::translate(
                             "akkoord", "this is not an Akkoord scenario file (\"format\" must be "
                                        "\"akkoord.scenario\")"));
    }
    const Error version = checkVersion(o, QStringLiteral("version"), Version, origin, path);
    if (version.isError()) {
        return version;
    }
    return contentFromJson(o, kb, origin, path);
}

Result<Scenario> ScenarioFile::contentFromJson(const QJsonObject &o, const KnowledgeBase &kb,
                                               const QString &origin, const QString &path)
{
    Scenario scenario;
    for (const auto &[key, target, limit] :
         {std::tuple<QString, QString *, int>{QStringLiteral("municipality"),
                                              &scenario.municipality, MaxNameLength},
          {QStringLiteral("title"), &scenario.title, MaxTitleLength},
          {QStringLiteral("notes"), &scenario.notes, MaxNotesLength}}) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            continue;
        }
        if (!v.isString()) {
            return jsonError(ErrorKind::WrongType, origin, jsonJoin(path, key),
                             QCoreApplication::translate("akkoord", "expected text, found %1")
                                 .arg(jsonTypeName(v)));
        }
        *target = v.toString();
        if (target->size() > limit) {
            return jsonError(
                ErrorKind::WrongType, origin, jsonJoin(path, key),
                QCoreApplication::translate("akkoord", "longer than %1 characters").arg(limit));
        }
    }

    const QJsonValue answers = o.value(QStringLiteral("answers"));
    const QString answersPath = jsonJoin(path, QStringLiteral("answers"));
    if (!answers.isUndefined() && !answers.isObject()) {
        return jsonError(ErrorKind::WrongType, origin, answersPath,
                         QCoreApplication::translate("akkoord", "expected an object, found %1")
                             .arg(jsonTypeName(answers)));
    }
    const QJsonObject a = answers.toObject();
    for (auto it = a.begin(); it != a.end(); ++it) {
        const QString qpath = jsonJoin(answersPath, it.key());
        const Question *q = kb.question(it.key());
        if (!q) {
            return jsonError(
                ErrorKind::UnknownQuestion, origin, qpath,
                QCoreApplication::translate("akkoord", "unknown question \"%1\"").arg(it.key()));
        }
        const QJsonValue v = it.value();
        if (v.isString() && v.toString() == QLatin1String("unknown")) {
            continue; // "weet ik niet" may be written out; it is the same as leaving it out
        }
        if (q->multiple) {
            if (!v.isArray()) {
                return jsonError(ErrorKind::WrongType, origin, qpath,
                                 QCoreApplication::translate(
                                     "akkoord", "question \"%1\" takes a list of options, found %2")
                                     .arg(q->id, jsonTypeName(v)));
            }
            QStringList values;
            const QJsonArray list = v.toArray();
            for (int i = 0; i < list.size(); ++i) {
                if (!list[i].isString()) {
                    return jsonError(
                        ErrorKind::WrongType, origin, qpath + QStringLiteral("[%1]").arg(i),
                        QCoreApplication::translate("akkoord", "expected text, found %1")
                            .arg(jsonTypeName(list[i])));
                }
                values << list[i].toString();
            }
            scenario.answers.setMultiple(q->id, values);
        } else {
            if (!v.isString()) {
                return jsonError(
                    ErrorKind::WrongType, origin, qpath,
                    QCoreApplication::translate(
                        "akkoord", "question \"%1\" takes one option as text, found %2")
                        .arg(q->id, jsonTypeName(v)));
            }
            scenario.answers.set(q->id, v.toString());
        }
    }
    Error invalid = kb.validate(scenario.answers, origin);
    if (invalid.isError()) {
        invalid.jsonPath = jsonJoin(answersPath, invalid.jsonPath);
        return invalid;
    }
    return scenario;
}

QJsonObject ScenarioFile::toJson(const Scenario &scenario, const KnowledgeBase &kb)
{
    QJsonObject answers;
    // Questionnaire order keeps files easy to read and to compare.
    for (const Question &q : kb.questions()) {
        if (!scenario.answers.isKnown(q.id)) {
            continue;
        }
        if (q.multiple) {
            answers.insert(q.id, QJsonArray::fromStringList(scenario.answers.values(q.id)));
        } else {
            answers.insert(q.id, scenario.answers.value(q.id));
        }
    }
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("akkoord.scenario"));
    o.insert(QStringLiteral("version"), Version);
    o.insert(QStringLiteral("municipality"), scenario.municipality);
    o.insert(QStringLiteral("title"), scenario.title);
    o.insert(QStringLiteral("answers"), answers);
    o.insert(QStringLiteral("notes"), scenario.notes);
    return o;
}

QByteArray ScenarioFile::serialize(const Scenario &scenario, const KnowledgeBase &kb)
{
    return QJsonDocument(toJson(scenario, kb)).toJson(QJsonDocument::Indented);
}

} // namespace akkoord
