// The knowledge base loader: reads and validates the JSON into the model (knowledgebase.cpp):
// the reading primitives and the file as a whole; the sections are in knowledgebasesections.cpp.
#include "knowledge/knowledgebaseloader.h"
#include "knowledge/knowledgesnapshot.h"

#include <QFile>
#include <QRegularExpression>

#include <cmath>

namespace akkoord {

QString KnowledgeBaseLoader::string(const QJsonObject &object, const QString &key,
                                    const QString &path) const
{
    const JsonReader r = reader(object, path);
    return checked(r, r.nonEmptyText(key));
}

QString KnowledgeBaseLoader::identifier(const QJsonObject &object, const QString &key,
                                        const QString &path) const
{
    const QString id = string(object, key, path);
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!pattern.match(id).hasMatch()) {
        fail(path + QLatin1Char('.') + key,
             QCoreApplication::translate(
                 "akkoord", "\"%1\" is not a valid identifier (lower-case letters, digits and _)")
                 .arg(id));
    }
    if (id == QLatin1String("unknown")) {
        fail(path + QLatin1Char('.') + key,
             QCoreApplication::translate("akkoord", "\"unknown\" is reserved for 'I don't know'"));
    }
    return id;
}

QJsonArray KnowledgeBaseLoader::array(const QJsonObject &object, const QString &key,
                                      const QString &path) const
{
    const JsonReader r = reader(object, path);
    const JsonReader list = r.member(key);
    list.items();
    return checked(r, list.value().toArray());
}

QJsonObject KnowledgeBaseLoader::object(const QJsonValue &value, const QString &path) const
{
    const JsonReader r = reader(value, path);
    r.isObject();
    return checked(r, value.toObject());
}

double KnowledgeBaseLoader::number(const QJsonValue &value, const QString &path, double low,
                                   double high) const
{
    // The reader reads members; a lone value is read as the only member of a wrapper.
    const int dot = int(path.lastIndexOf(QLatin1Char('.')));
    const QString key = path.mid(dot + 1);
    const JsonReader r = reader(QJsonObject{{key, value}}, dot < 0 ? QString() : path.left(dot));
    return checked(r, r.number(key, low, high));
}

LocalizedText KnowledgeBaseLoader::text(const QJsonObject &object, const QString &key,
                                        const QString &path) const
{
    return textAt(member(object, key, path), path.isEmpty() ? key : path + QLatin1Char('.') + key);
}

LocalizedText KnowledgeBaseLoader::textAt(const QJsonValue &value, const QString &p) const
{
    const QJsonObject o = this->object(value, p);
    LocalizedText t;
    for (const char *language : {"nl", "en"}) {
        const QString lang = QLatin1String(language);
        const QJsonValue v = o.value(lang);
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            fail(p + QLatin1Char('.') + lang,
                 QCoreApplication::translate("akkoord", "the %1 translation is missing")
                     .arg(lang == QLatin1String("nl")
                              ? QCoreApplication::translate("akkoord", "Dutch")
                              : QCoreApplication::translate("akkoord", "English")));
        }
        (lang == QLatin1String("nl") ? t.nl : t.en) = v.toString();
    }
    return t;
}

void KnowledgeBaseLoader::requireSection(const QString &id, const QString &path) const
{
    if (!m_kb->section(id)) {
        fail(path, QCoreApplication::translate("akkoord", "unknown source section \"%1\"").arg(id));
    }
}

Basis KnowledgeBaseLoader::basis(const QJsonObject &object, const QString &key, const QString &path,
                                 bool forExampleAnswer) const
{
    const QString p = path + QLatin1Char('.') + key;
    const QJsonObject o = this->object(member(object, key, path), p);
    onlyKeys(o, p, {"kind", "section", "paragraph", "anchor", "note", "rationale"});
    Basis b;
    const QString kind = string(o, QStringLiteral("kind"), p);
    if (kind == QLatin1String("source")) {
        b.kind = Basis::Source;
    } else if (kind == QLatin1String("interpretation") && !forExampleAnswer) {
        b.kind = Basis::Interpretation;
    } else if (kind == QLatin1String("assumed") && forExampleAnswer) {
        b.kind = Basis::Assumed;
        return b;
    } else {
        fail(p + QStringLiteral(".kind"),
             forExampleAnswer
                 ? QCoreApplication::translate("akkoord",
                                               "expected \"source\" or \"assumed\", found \"%1\"")
                       .arg(kind)
                 : QCoreApplication::translate(
                       "akkoord", "expected \"source\" or \"interpretation\", found \"%1\"")
                       .arg(kind));
    }
    b.section = string(o, QStringLiteral("section"), p);
    requireSection(b.section, p + QStringLiteral(".section"));
    if (b.kind == Basis::Source) {
        const QJsonValue paragraph = member(o, QStringLiteral("paragraph"), p);
        const double n = number(paragraph, p + QStringLiteral(".paragraph"), 1, 1000);
        if (n != std::floor(n)) {
            fail(p + QStringLiteral(".paragraph"),
                 QCoreApplication::translate("akkoord", "expected a whole number of at least 1"));
        }
        b.paragraph = int(n);
        b.anchor = string(o, QStringLiteral("anchor"), p);
        b.note = o.value(QStringLiteral("note")).toString();
    } else {
        b.rationale = text(o, QStringLiteral("rationale"), p);
    }
    return b;
}

QVector<LocalizedText> KnowledgeBaseLoader::texts(const QJsonObject &object, const QString &key,
                                                  const QString &path) const
{
    const QJsonArray list = array(object, key, path);
    if (list.isEmpty()) {
        fail(path + QLatin1Char('.') + key,
             QCoreApplication::translate("akkoord", "the list is empty"));
    }
    QVector<LocalizedText> out;
    for (int i = 0; i < list.size(); ++i) {
        out.append(textAt(list[i], path + QStringLiteral(".%1[%2]").arg(key).arg(i)));
    }
    return out;
}

bool KnowledgeBaseLoader::flag(const QJsonObject &object, const QString &key,
                               const QString &path) const
{
    const JsonReader r = reader(object, path);
    return checked(r, r.flag(key));
}

void KnowledgeBaseLoader::unique(QSet<QString> *seen, const QString &id, const QString &path) const
{
    if (seen->contains(id)) {
        fail(path, QCoreApplication::translate("akkoord", "\"%1\" is defined twice").arg(id));
    }
    seen->insert(id);
}

int KnowledgeBaseLoader::axisIndex(const QString &key, const QString &path) const
{
    const int dot = int(key.indexOf(QLatin1Char('.')));
    const int matrix = dot < 0 ? -1 : m_kb->matrixIndex(key.left(dot));
    const QString axis = dot < 0 ? QString() : key.mid(dot + 1);
    if (matrix < 0 || (axis != QLatin1String("x") && axis != QLatin1String("y"))) {
        fail(path, QCoreApplication::translate(
                       "akkoord", "unknown axis \"%1\" (expected MATRIX.x or MATRIX.y)")
                       .arg(key));
    }
    return matrix * 2 + (axis == QLatin1String("y") ? 1 : 0);
}

QStringList KnowledgeBaseLoader::ids(const QVector<Measure> &list) const
{
    QStringList out;
    for (const Measure &m : list) {
        out << m.id;
    }
    return out;
}

void KnowledgeBaseLoader::load(const QJsonObject &root)
{
    const JsonReader file = reader(root, QString());
    file.checkFormat(
        QStringLiteral("akkoord.knowledge"),
        QCoreApplication::translate("akkoord", "this is not an Akkoord knowledge base")) &&
        file.checkVersion(QStringLiteral("format_version"), KnowledgeBase::FormatVersion);
    checked(file, 0);
    const int formatVersion = root.value(QStringLiteral("format_version")).toInt();
    if (formatVersion < KnowledgeBase::FormatVersion) {
        fail(QStringLiteral("format_version"),
             QCoreApplication::translate(
                 "akkoord",
                 "written in an older format (%1) without the basis of each rule, text and "
                 "example answer; this version reads format %2 (see docs/knowledge-audit.md)")
                 .arg(formatVersion)
                 .arg(KnowledgeBase::FormatVersion));
    }
    onlyKeys(root, QString(),
             {"format", "format_version", "version", "source", "groups", "matrices", "questions",
              "starting_points", "tactics", "principles", "foundations", "risks", "reference_cases",
              "rules", "inconsistencies", "agreement_placement"});
    m_kb->m_version = string(root, QStringLiteral("version"), QString());

    const QJsonObject source =
        object(member(root, QStringLiteral("source"), QString()), QStringLiteral("source"));
    onlyKeys(source, QStringLiteral("source"), {"title", "sections"});
    m_kb->m_sourceTitle = text(source, QStringLiteral("title"), QStringLiteral("source"));
    QSet<QString> seen;
    const QJsonArray sections = array(source, QStringLiteral("sections"), QStringLiteral("source"));
    for (int i = 0; i < sections.size(); ++i) {
        const QString p = QStringLiteral("source.sections[%1]").arg(i);
        const QJsonObject o = object(sections[i], p);
        onlyKeys(o, p, {"id", "title"});
        Section s{identifier(o, QStringLiteral("id"), p), text(o, QStringLiteral("title"), p)};
        unique(&seen, s.id, p + QStringLiteral(".id"));
        m_kb->m_sections.append(s);
    }

    seen.clear();
    const QJsonArray groups = array(root, QStringLiteral("groups"), QString());
    for (int i = 0; i < groups.size(); ++i) {
        const QString p = QStringLiteral("groups[%1]").arg(i);
        const QJsonObject o = object(groups[i], p);
        onlyKeys(o, p, {"id", "label"});
        Group g{identifier(o, QStringLiteral("id"), p), text(o, QStringLiteral("label"), p)};
        unique(&seen, g.id, p + QStringLiteral(".id"));
        m_kb->m_groups.append(g);
    }

    loadMatrices(array(root, QStringLiteral("matrices"), QString()));
    loadQuestions(array(root, QStringLiteral("questions"), QString()));
    loadStartingPoints(array(root, QStringLiteral("starting_points"), QString()));
    m_kb->m_tactics = loadMeasures(root, QStringLiteral("tactics"), QStringLiteral("advice"));
    m_kb->m_principles = loadMeasures(root, QStringLiteral("principles"), QStringLiteral("advice"));
    m_kb->m_risks = loadMeasures(root, QStringLiteral("risks"), QStringLiteral("mitigation"));
    m_kb->m_foundations =
        loadMeasures(root, QStringLiteral("foundations"), QStringLiteral("advice"));
    orderQuestions();
    loadCases(array(root, QStringLiteral("reference_cases"), QString()));
    loadRules(array(root, QStringLiteral("rules"), QString()));
    loadInconsistencies(array(root, QStringLiteral("inconsistencies"), QString()));
    if (root.contains(QStringLiteral("agreement_placement"))) {
        loadAgreementPlacement(object(root.value(QStringLiteral("agreement_placement")),
                                      QStringLiteral("agreement_placement")));
    }
}

Result<std::shared_ptr<const KnowledgeBase>> KnowledgeBase::loadDefault()
{
    // The snapshot the build checked and embedded, where the program has one; else the JSON.
    QFile snapshot(QString::fromLatin1(KnowledgeSnapshot::ResourcePath));
    if (snapshot.open(QIODevice::ReadOnly)) {
        return KnowledgeSnapshot::read(snapshot.readAll(), defaultPath());
    }
    return loadFile(defaultPath());
}

Result<std::shared_ptr<const KnowledgeBase>> KnowledgeBase::loadFile(const QString &path)
{
    QByteArray data;
    Error error = readFile(path, &data, MaxFileSize);
    if (error.isError()) {
        return error;
    }
    return loadJson(data, path);
}

Result<std::shared_ptr<const KnowledgeBase>> KnowledgeBase::loadJson(const QByteArray &json,
                                                                     const QString &origin)
{
    const JsonReader file = JsonReader::parse(
        json, origin, ErrorKind::InvalidKnowledgeBase,
        QCoreApplication::translate("akkoord", "this is not an Akkoord knowledge base"));
    if (!file.ok()) {
        return file.error();
    }
    auto kb = std::make_shared<KnowledgeBase>();
    try {
        KnowledgeBaseLoader(kb.get(), origin).load(file.value().toObject());
    } catch (const LoadFailure &failure) {
        return failure.error;
    }
    return std::shared_ptr<const KnowledgeBase>(kb);
}

} // namespace akkoord
