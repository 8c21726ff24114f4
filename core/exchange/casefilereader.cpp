// Reading scenario and case files for import: everything through the one JSON reader, nothing in
// a file trusted.
#include "exchange/exchange.h"

#include "common/jsonreader.h"
#include "common/jsonsupport.h"
#include "exchange/scenariofile.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace akkoord {

Result<ImportedCase> Exchange::read(const QString &path, const KnowledgeBase &kb)
{
    QByteArray data;
    const Error e = readFile(path, &data, MaxFileSize);
    if (e.isError()) {
        return e;
    }
    return parse(data, kb, path);
}

namespace {

// One scenario entry (or a revision of one): title, answers and notes through the scenario file's
// own reader; a whole scenario file goes through it with its format and version.
ScenarioContent contentOf(const JsonReader &o, const KnowledgeBase &kb, bool wholeFile)
{
    const Result<Scenario> s =
        wholeFile ? ScenarioFile::fromJson(o, kb) : ScenarioFile::contentFromJson(o, kb);
    if (!s.ok()) {
        if (o.ok()) {
            o.fail(s.error().message, s.error().jsonPath, s.error().kind);
        }
        return {};
    }
    ScenarioContent c = ScenarioContent::from(s.value(), QString());
    c.title = c.title.trimmed();
    if (c.title.isEmpty()) {
        o.fail(Exchange::tr("a scenario needs a title"), o.pathOf(QStringLiteral("title")));
    }
    c.knowledgeVersion = o.text(QStringLiteral("knowledge_base_version"), JsonReader::Optional,
                                ScenarioFile::MaxNameLength, true);
    // It was checked against this knowledge base; a file that does not say otherwise counts as
    // advised under it.
    if (c.knowledgeVersion.isEmpty()) {
        c.knowledgeVersion = kb.version();
    }
    return c;
}

// The number and time of a revision; numbers go up, oldest first.
void revisionOf(const JsonReader &r, int fallback, int *last, Revision *out)
{
    out->revision =
        r.has(QStringLiteral("revision"))
            ? r.wholeNumber(QStringLiteral("revision"), 1, std::numeric_limits<int>::max())
            : fallback;
    if (r.ok() && out->revision <= *last) {
        r.fail(Exchange::tr("revisions must be listed oldest first, each once"),
               r.pathOf(QStringLiteral("revision")));
    }
    *last = out->revision;
    if (r.has(QStringLiteral("saved_at"))) {
        const JsonReader saved = r.member(QStringLiteral("saved_at"));
        out->saved = QDateTime::fromString(saved.value().toString(), Qt::ISODateWithMs);
        if (!saved.value().isString() || !out->saved.isValid()) {
            r.fail(Exchange::tr("expected a date and time such as 2026-11-27T10:00:00Z"),
                   saved.path());
        }
    }
}

} // namespace

namespace {

// A scenario file imported: one scenario, its municipality named in the file.
Result<ImportedCase> scenarioFileCase(const JsonReader &root, const KnowledgeBase &kb)
{
    ImportedCase result;
    const ScenarioContent c = contentOf(root, kb, true);
    result.name = root.text(QStringLiteral("municipality"), JsonReader::Optional,
                            ScenarioFile::MaxNameLength, true);
    result.cbsCode = root.text(QStringLiteral("cbs_code"), JsonReader::Optional,
                               ScenarioFile::MaxNameLength, true);
    result.region = root.text(QStringLiteral("region"), JsonReader::Optional,
                              ScenarioFile::MaxNameLength, true);
    if (root.ok() && result.name.isEmpty()) {
        root.fail(Exchange::tr("the file names no municipality; add \"municipality\" to import it"),
                  QStringLiteral("municipality"));
    }
    if (!root.ok()) {
        return root.error();
    }
    ImportedScenario s;
    s.revisions.append(Revision{1, c, QDateTime()});
    result.scenarios.append(s);
    return result;
}

// A case file: a municipality with its scenarios, each with its earlier revisions.
Result<ImportedCase> caseFile(const JsonReader &root, const KnowledgeBase &kb)
{
    ImportedCase result;
    root.checkFormat(
        QStringLiteral("akkoord.case"),
        Exchange::tr("this is not an Akkoord scenario or case file (\"format\" must be "
                     "\"akkoord.scenario\" or \"akkoord.case\")")) &&
        root.checkVersion(QStringLiteral("version"), Exchange::CaseFileVersion);
    const JsonReader m = root.object(QStringLiteral("municipality"));
    result.name =
        m.text(QStringLiteral("name"), JsonReader::Optional, ScenarioFile::MaxNameLength, true);
    result.cbsCode =
        m.text(QStringLiteral("cbs_code"), JsonReader::Optional, ScenarioFile::MaxNameLength, true);
    result.region =
        m.text(QStringLiteral("region"), JsonReader::Optional, ScenarioFile::MaxNameLength, true);
    if (root.ok() && result.name.isEmpty()) {
        root.fail(Exchange::tr("the municipality needs a name"),
                  QStringLiteral("municipality.name"));
    }
    const QVector<JsonReader> scenarios =
        root.list(QStringLiteral("scenarios"), JsonReader::Required, Exchange::MaxScenarios,
                  Exchange::tr("more than %1 scenarios").arg(Exchange::MaxScenarios));
    int baselines = 0;
    for (const JsonReader &o : scenarios) {
        if (!o.isObject()) {
            break;
        }
        const ScenarioContent current = contentOf(o, kb, false);
        ImportedScenario s;
        s.baseline = o.flag(QStringLiteral("baseline"));
        baselines += s.baseline ? 1 : 0;
        int last = 0;
        for (const JsonReader &r :
             o.list(QStringLiteral("history"), JsonReader::Optional, Exchange::MaxRevisions,
                    Exchange::tr("more than %1 revisions").arg(Exchange::MaxRevisions))) {
            if (!r.isObject()) {
                break;
            }
            Revision revision;
            revision.content = contentOf(r, kb, false);
            revisionOf(r, last + 1, &last, &revision);
            s.revisions.append(revision);
        }
        Revision currentRevision;
        currentRevision.content = current;
        revisionOf(o, last + 1, &last, &currentRevision);
        s.revisions.append(currentRevision);
        result.scenarios.append(s);
        if (!root.ok()) {
            break;
        }
    }
    if (root.ok() && baselines > 1) {
        root.fail(Exchange::tr("more than one scenario is marked as the baseline"),
                  QStringLiteral("scenarios"));
    }
    if (!root.ok()) {
        return root.error();
    }
    return result;
}

Result<ImportedCase> fileCase(const JsonReader &root, const KnowledgeBase &kb)
{
    const QString format = root.value()[QStringLiteral("format")].toString();
    if (format == QLatin1String("akkoord.scenario")) {
        return scenarioFileCase(root, kb);
    }
    return caseFile(root, kb);
}

Error tooLarge(const QString &origin)
{
    return jsonError(ErrorKind::WrongFormat, origin, QString(),
                     Exchange::tr("the file is larger than %1 MB; this is not a scenario file")
                         .arg(Exchange::MaxFileSize / (1024 * 1024)));
}

} // namespace

Result<ImportedCase> Exchange::parse(const QByteArray &data, const KnowledgeBase &kb,
                                     const QString &origin)
{
    if (data.size() > MaxFileSize) {
        return tooLarge(origin);
    }
    const JsonReader root =
        JsonReader::parse(data, origin, ErrorKind::WrongType,
                          Exchange::tr("this is not an Akkoord scenario or case file"));
    if (!root.ok()) {
        return root.error();
    }
    return fileCase(root, kb);
}

Result<QVector<ImportedCase>> Exchange::parseAll(const QByteArray &data, const KnowledgeBase &kb,
                                                 const QString &origin)
{
    if (data.size() > MaxFileSize) {
        return tooLarge(origin);
    }
    QJsonDocument document;
    const Error parsed = parseJson(data, origin, &document);
    if (parsed.isError()) {
        return parsed;
    }
    if (document.isObject()) {
        // One scenario or case file, parsed once.
        const JsonReader root(document.object(), origin);
        const Result<ImportedCase> one = fileCase(root, kb);
        if (!one.ok()) {
            return one.error();
        }
        return QVector<ImportedCase>{one.value()};
    }
    if (!document.isArray()) {
        return jsonError(ErrorKind::WrongFormat, origin, QString(),
                         Exchange::tr("this is not an Akkoord scenario or case file"));
    }
    // What "export --all --format json" writes: a list of case files.
    const JsonReader root(document.array(), origin);
    QVector<ImportedCase> cases;
    qsizetype scenarios = 0;
    for (const JsonReader &item : root.items()) {
        if (!item.isObject()) {
            return item.error();
        }
        const Result<ImportedCase> c = fileCase(item, kb);
        if (!c.ok()) {
            return c.error();
        }
        scenarios += c.value().scenarios.size();
        if (scenarios > MaxScenarios) {
            return jsonError(ErrorKind::WrongType, origin, item.path(),
                             Exchange::tr("more than %1 scenarios").arg(MaxScenarios));
        }
        cases.append(c.value());
    }
    return cases;
}

Result<QVector<ImportedCase>> Exchange::readAll(const QString &path, const KnowledgeBase &kb)
{
    QByteArray data;
    const Error e = readFile(path, &data, MaxFileSize);
    if (e.isError()) {
        return e;
    }
    return parseAll(data, kb, path);
}

} // namespace akkoord
