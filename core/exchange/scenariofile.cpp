#include "exchange/scenariofile.h"

#include "common/jsonreader.h"
#include "common/jsonsupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace akkoord {

Result<Scenario> ScenarioFile::parse(const QByteArray &json, const KnowledgeBase &kb,
                                     const QString &origin)
{
    return fromJson(JsonReader::parse(json, origin, ErrorKind::WrongType,
                                      QCoreApplication::translate(
                                          "akkoord", "this is not an Akkoord scenario file")),
                    kb);
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

Result<Scenario> ScenarioFile::fromJson(const JsonReader &file, const KnowledgeBase &kb)
{
    file.checkFormat(QStringLiteral("akkoord.scenario"),
                     QCoreApplication::translate("akkoord",
                                                 "this is not an Akkoord scenario file (\"format\" "
                                                 "must be \"akkoord.scenario\")")) &&
        file.checkVersion(QStringLiteral("version"), Version);
    if (!file.ok()) {
        return file.error();
    }
    return contentFromJson(file, kb);
}

Result<Scenario> ScenarioFile::contentFromJson(const JsonReader &o, const KnowledgeBase &kb)
{
    Scenario scenario;
    scenario.municipality =
        o.text(QStringLiteral("municipality"), JsonReader::Optional, MaxNameLength);
    scenario.title = o.text(QStringLiteral("title"), JsonReader::Optional, MaxTitleLength);
    scenario.notes = o.text(QStringLiteral("notes"), JsonReader::Optional, MaxNotesLength);
    const JsonReader answers = o.object(QStringLiteral("answers"), JsonReader::Optional);
    for (const QString &id : answers.keys()) {
        const JsonReader v = answers.member(id);
        const Question *q = kb.question(id);
        if (!q) {
            o.fail(QCoreApplication::translate("akkoord", "unknown question \"%1\"").arg(id),
                   v.path(), ErrorKind::UnknownQuestion);
            break;
        }
        if (v.value().toString() == QLatin1String("unknown")) {
            continue; // "weet ik niet" may be written out; it is the same as leaving it out
        }
        if (q->multiple) {
            if (!v.value().isArray()) {
                o.fail(QCoreApplication::translate(
                           "akkoord", "question \"%1\" takes a list of options, found %2")
                           .arg(q->id, jsonTypeName(v.value())),
                       v.path());
                break;
            }
            QStringList values;
            for (const JsonReader &item : v.items()) {
                values << item.asText();
            }
            scenario.answers.setMultiple(q->id, values);
        } else {
            if (!v.value().isString()) {
                o.fail(QCoreApplication::translate(
                           "akkoord", "question \"%1\" takes one option as text, found %2")
                           .arg(q->id, jsonTypeName(v.value())),
                       v.path());
                break;
            }
            scenario.answers.set(q->id, v.value().toString());
        }
    }
    if (!o.ok()) {
        return o.error();
    }
    Error invalid = kb.validate(scenario.answers, o.origin());
    if (invalid.isError()) {
        invalid.jsonPath = jsonJoin(answers.path(), invalid.jsonPath);
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
