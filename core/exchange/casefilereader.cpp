// Reading scenario and case files for import: everything through the one JSON reader, nothing in
// a file trusted.
#include "exchange/exchange.h"

#include "common/jsonreader.h"
#include "common/jsonsupport.h"
#include "exchange/scenariofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

// The municipality of a case file, from everything in it but the scenarios (root holds an empty
// list in their place when they are a list).
ImportedCase caseHeader(const JsonReader &root)
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
                  root.pathOf(QStringLiteral("municipality.name")));
    }
    root.list(QStringLiteral("scenarios"), JsonReader::Required);
    return result;
}

// One entry of a case file's scenarios: its current content and its earlier revisions.
ImportedScenario scenarioOf(const JsonReader &o, const KnowledgeBase &kb)
{
    ImportedScenario s;
    if (!o.isObject()) {
        return s;
    }
    const ScenarioContent current = contentOf(o, kb, false);
    s.baseline = o.flag(QStringLiteral("baseline"));
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
    return s;
}

Error tooLarge(const QString &origin)
{
    return jsonError(ErrorKind::WrongFormat, origin, QString(),
                     Exchange::tr("the file is larger than %1 MB; this is not a scenario file")
                         .arg(Exchange::MaxFileSize / (1024 * 1024)));
}

// A file read a piece at a time: the municipality's details first, then each scenario as it is
// read, so that memory holds one scenario, not the file's hundred thousand.
class CaseStream
{
public:
    CaseStream(const QByteArray &data, const KnowledgeBase &kb, const QString &origin,
               CaseVisitor &visitor)
        : m_pieces(data, origin), m_size(data.size()), m_kb(kb), m_origin(origin),
          m_visitor(visitor)
    {
    }

    Error run(bool listAllowed, bool jsonChecked = false);

private:
    Error file(JsonSpan span, const QString &path);
    Error scenarios(JsonSpan list, const QString &path);
    Error tooMany(const QString &path) const
    {
        return jsonError(ErrorKind::WrongType, m_origin, path,
                         Exchange::tr("more than %1 scenarios").arg(Exchange::MaxScenarios));
    }

    JsonPieces m_pieces;
    qsizetype m_size;
    const KnowledgeBase &m_kb;
    QString m_origin;
    CaseVisitor &m_visitor;
    qsizetype m_total = 0; // scenarios in the whole file
};

Error CaseStream::run(bool listAllowed, bool jsonChecked)
{
    if (m_size > Exchange::MaxFileSize) {
        return tooLarge(m_origin);
    }
    const Error checked = jsonChecked ? Error() : m_pieces.check();
    if (checked.isError()) {
        return checked;
    }
    const JsonSpan whole = m_pieces.whole();
    if (m_pieces.kindOf(whole) == '{') {
        return file(whole, QString());
    }
    if (!listAllowed || m_pieces.kindOf(whole) != '[') {
        return jsonError(ErrorKind::WrongFormat, m_origin, QString(),
                         Exchange::tr("this is not an Akkoord scenario or case file"));
    }
    // What "export --all --format json" writes: a list of case files.
    return m_pieces.forEachItem(whole, [&](qsizetype index, JsonSpan item) -> Error {
        const QString path = QStringLiteral("[%1]").arg(index);
        if (m_pieces.kindOf(item) != '{') {
            const Result<QJsonValue> value = m_pieces.value(item);
            if (!value.ok()) {
                return value.error();
            }
            const JsonReader entry(value.value(), m_origin, path);
            entry.isObject();
            return entry.error();
        }
        return file(item, path);
    });
}

Error CaseStream::file(JsonSpan span, const QString &path)
{
    QJsonObject head;
    JsonSpan list{-1, -1};
    const auto members = m_pieces.members(span);
    if (!members.ok()) {
        return members.error();
    }
    for (const auto &[key, value] : members.value()) {
        if (key == QLatin1String("scenarios") && m_pieces.kindOf(value) == '[') {
            list = value;
            head.insert(key, QJsonArray());
            continue;
        }
        const Result<QJsonValue> v = m_pieces.value(value);
        if (!v.ok()) {
            return v.error();
        }
        head.insert(key, v.value());
    }
    if (head.value(QStringLiteral("format")).toString() == QLatin1String("akkoord.scenario")) {
        // One scenario: small enough to read whole, through the scenario file's own reader.
        const Result<QJsonValue> whole = m_pieces.value(span);
        if (!whole.ok()) {
            return whole.error();
        }
        const Result<ImportedCase> one =
            scenarioFileCase(JsonReader(whole.value(), m_origin, path), m_kb);
        if (!one.ok()) {
            return one.error();
        }
        ImportedCase c = one.value();
        const ImportedScenario s = c.scenarios.takeFirst();
        if (++m_total > Exchange::MaxScenarios) {
            return tooMany(path);
        }
        const Error e = m_visitor.municipality(c);
        return e.isError() ? e : m_visitor.scenario(s);
    }
    const JsonReader root(head, m_origin, path);
    const ImportedCase header = caseHeader(root);
    if (!root.ok()) {
        return root.error();
    }
    const Error e = m_visitor.municipality(header);
    return e.isError() ? e : scenarios(list, jsonJoin(path, QStringLiteral("scenarios")));
}

Error CaseStream::scenarios(JsonSpan list, const QString &path)
{
    int baselines = 0;
    return m_pieces.forEachItem(list, [&](qsizetype index, JsonSpan item) -> Error {
        if (index >= Exchange::MaxScenarios || ++m_total > Exchange::MaxScenarios) {
            return tooMany(path);
        }
        const Result<QJsonValue> value = m_pieces.value(item);
        if (!value.ok()) {
            return value.error();
        }
        const JsonReader o(value.value(), m_origin, QStringLiteral("%1[%2]").arg(path).arg(index));
        const ImportedScenario s = scenarioOf(o, m_kb);
        if (!o.ok()) {
            return o.error();
        }
        if (s.baseline && ++baselines > 1) {
            return jsonError(ErrorKind::WrongType, m_origin, path,
                             Exchange::tr("more than one scenario is marked as the baseline"));
        }
        return m_visitor.scenario(s);
    });
}

// Collects what a stream reads, for callers that want the cases whole.
class Collector : public CaseVisitor
{
public:
    Error municipality(const ImportedCase &c) override
    {
        cases.append(c);
        return {};
    }
    Error scenario(const ImportedScenario &s) override
    {
        cases.last().scenarios.append(s);
        return {};
    }
    QVector<ImportedCase> cases;
};

} // namespace

Error Exchange::scan(const QByteArray &data, const KnowledgeBase &kb, const QString &origin,
                     CaseVisitor &visitor)
{
    return CaseStream(data, kb, origin, visitor).run(true);
}

Error Exchange::scan(const ImportSource &file, const KnowledgeBase &kb, CaseVisitor &visitor)
{
    return CaseStream(file.data, kb, file.path, visitor).run(true, file.jsonChecked);
}

Result<ImportedCase> Exchange::parse(const QByteArray &data, const KnowledgeBase &kb,
                                     const QString &origin)
{
    Collector collector;
    const Error e = CaseStream(data, kb, origin, collector).run(false);
    if (e.isError()) {
        return e;
    }
    return collector.cases.first();
}

Result<QVector<ImportedCase>> Exchange::parseAll(const QByteArray &data, const KnowledgeBase &kb,
                                                 const QString &origin)
{
    Collector collector;
    const Error e = scan(data, kb, origin, collector);
    if (e.isError()) {
        return e;
    }
    return collector.cases;
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
