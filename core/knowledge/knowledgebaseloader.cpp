// The knowledge base loader: reads and validates the JSON into the model (knowledgebase.cpp).
#include "knowledge/knowledgebase.h"

#include "common/jsonreader.h"
#include "common/jsonsupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace akkoord {

namespace {

struct LoadFailure
{
    Error error;
};

} // namespace

// Reads the JSON into a KnowledgeBase, checking every reference as it goes; the first problem
// stops the load with the JSON path of the offending value.
class KnowledgeBaseLoader
{
public:
    KnowledgeBaseLoader(KnowledgeBase *kb, QString origin) : m_kb(kb), m_origin(std::move(origin))
    {
    }

    void load(const QJsonObject &root);

private:
    [[noreturn]] void fail(const QString &path, const QString &message,
                           ErrorKind kind = ErrorKind::InvalidKnowledgeBase) const
    {
        Error error;
        error.kind = kind;
        error.file = m_origin;
        error.jsonPath = path;
        error.message = message;
        throw LoadFailure{error};
    }

    // The shared JSON reader does every type, presence and range check with its messages and
    // paths; the loader stops at the first problem it reports.
    JsonReader reader(const QJsonValue &value, const QString &path) const
    {
        return JsonReader(value, m_origin, path, ErrorKind::InvalidKnowledgeBase);
    }
    template <typename T> T checked(const JsonReader &r, T value) const
    {
        if (!r.ok()) {
            throw LoadFailure{r.error()};
        }
        return value;
    }
    QJsonValue member(const QJsonObject &object, const QString &key, const QString &path) const
    {
        const JsonReader r = reader(object, path);
        return checked(r, r.member(key).value());
    }
    QString string(const QJsonObject &object, const QString &key, const QString &path) const;
    QString identifier(const QJsonObject &object, const QString &key, const QString &path) const;
    QJsonArray array(const QJsonObject &object, const QString &key, const QString &path) const;
    QJsonObject object(const QJsonValue &value, const QString &path) const;
    double number(const QJsonValue &value, const QString &path, double low, double high) const;
    LocalizedText text(const QJsonObject &object, const QString &key, const QString &path) const;
    LocalizedText textAt(const QJsonValue &value, const QString &path) const;
    void requireSection(const QString &id, const QString &path) const;
    Basis basis(const QJsonObject &object, const QString &key, const QString &path,
                bool forExampleAnswer = false) const;
    QVector<LocalizedText> texts(const QJsonObject &object, const QString &key,
                                 const QString &path) const;
    // An optional true/false member, false when absent.
    bool flag(const QJsonObject &object, const QString &key, const QString &path) const;
    void unique(QSet<QString> *seen, const QString &id, const QString &path) const;
    int axisIndex(const QString &key, const QString &path) const;
    Condition condition(const QJsonObject &object, const QString &path) const;
    QVector<WeightedTarget> targets(const QJsonObject &rule, const QString &key,
                                    const QString &path, const QStringList &ids) const;
    QStringList ids(const QVector<Measure> &list) const;

    void loadMatrices(const QJsonArray &array);
    void loadQuestions(const QJsonArray &array);
    void loadStartingPoints(const QJsonArray &array);
    QVector<Measure> loadMeasures(const QJsonObject &root, const QString &key,
                                  const QString &adviceKey);
    void loadCases(const QJsonArray &array);
    void loadRules(const QJsonArray &array);
    void loadInconsistencies(const QJsonArray &array);
    void orderQuestions();

    KnowledgeBase *m_kb;
    QString m_origin;
};

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
    m_kb->m_version = string(root, QStringLiteral("version"), QString());

    const QJsonObject source =
        object(member(root, QStringLiteral("source"), QString()), QStringLiteral("source"));
    m_kb->m_sourceTitle = text(source, QStringLiteral("title"), QStringLiteral("source"));
    QSet<QString> seen;
    const QJsonArray sections = array(source, QStringLiteral("sections"), QStringLiteral("source"));
    for (int i = 0; i < sections.size(); ++i) {
        const QString p = QStringLiteral("source.sections[%1]").arg(i);
        const QJsonObject o = object(sections[i], p);
        Section s{identifier(o, QStringLiteral("id"), p), text(o, QStringLiteral("title"), p)};
        unique(&seen, s.id, p + QStringLiteral(".id"));
        m_kb->m_sections.append(s);
    }

    seen.clear();
    const QJsonArray groups = array(root, QStringLiteral("groups"), QString());
    for (int i = 0; i < groups.size(); ++i) {
        const QString p = QStringLiteral("groups[%1]").arg(i);
        const QJsonObject o = object(groups[i], p);
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
}

void KnowledgeBaseLoader::loadMatrices(const QJsonArray &matrices)
{
    if (matrices.isEmpty()) {
        fail(QStringLiteral("matrices"),
             QCoreApplication::translate("akkoord", "at least one matrix is needed"));
    }
    QSet<QString> seen;
    static const char *quadrantKeys[4] = {"negative_positive", "positive_positive",
                                          "negative_negative", "positive_negative"};
    for (int i = 0; i < matrices.size(); ++i) {
        const QString p = QStringLiteral("matrices[%1]").arg(i);
        const QJsonObject o = object(matrices[i], p);
        Matrix m;
        m.id = identifier(o, QStringLiteral("id"), p);
        unique(&seen, m.id, p + QStringLiteral(".id"));
        m.label = text(o, QStringLiteral("label"), p);
        m.section = string(o, QStringLiteral("section"), p);
        requireSection(m.section, p + QStringLiteral(".section"));
        for (const char *axisKey : {"x", "y"}) {
            const QString ap = p + QLatin1Char('.') + QLatin1String(axisKey);
            const QJsonObject a = object(member(o, QLatin1String(axisKey), p), ap);
            Axis axis{text(a, QStringLiteral("label"), ap), text(a, QStringLiteral("negative"), ap),
                      text(a, QStringLiteral("positive"), ap)};
            (axisKey[0] == 'x' ? m.x : m.y) = axis;
        }
        const QString qp = p + QStringLiteral(".quadrants");
        const QJsonObject quadrants = object(member(o, QStringLiteral("quadrants"), p), qp);
        for (int q = 0; q < 4; ++q) {
            m.quadrants[q] = text(quadrants, QLatin1String(quadrantKeys[q]), qp);
        }
        if (o.contains(QStringLiteral("goal"))) {
            const QString gp = p + QStringLiteral(".goal");
            const QJsonObject g = object(o.value(QStringLiteral("goal")), gp);
            m.hasGoal = true;
            m.goalLabel = text(g, QStringLiteral("label"), gp);
            m.goal.x = number(member(g, QStringLiteral("x"), gp), gp + QStringLiteral(".x"), -1, 1);
            m.goal.y = number(member(g, QStringLiteral("y"), gp), gp + QStringLiteral(".y"), -1, 1);
        }
        m_kb->m_matrices.append(m);
    }
}

void KnowledgeBaseLoader::loadQuestions(const QJsonArray &questions)
{
    if (questions.isEmpty()) {
        fail(QStringLiteral("questions"),
             QCoreApplication::translate("akkoord", "at least one question is needed"));
    }
    const int axes = m_kb->axisCount();
    QSet<QString> seen;
    for (int i = 0; i < questions.size(); ++i) {
        const QString p = QStringLiteral("questions[%1]").arg(i);
        const QJsonObject o = object(questions[i], p);
        Question q;
        q.id = identifier(o, QStringLiteral("id"), p);
        unique(&seen, q.id, p + QStringLiteral(".id"));
        q.group = string(o, QStringLiteral("group"), p);
        bool groupKnown = false;
        for (const Group &g : m_kb->m_groups) {
            groupKnown = groupKnown || g.id == q.group;
        }
        if (!groupKnown) {
            fail(p + QStringLiteral(".group"),
                 QCoreApplication::translate("akkoord", "unknown group \"%1\"").arg(q.group));
        }
        q.label = text(o, QStringLiteral("label"), p);
        q.help = text(o, QStringLiteral("help"), p);
        q.multiple = flag(o, QStringLiteral("multiple"), p);
        const QString scale = o.value(QStringLiteral("scale")).toString(QStringLiteral("ordinal"));
        if (scale != QLatin1String("ordinal") && scale != QLatin1String("nominal")) {
            fail(p + QStringLiteral(".scale"),
                 QCoreApplication::translate("akkoord",
                                             "expected \"ordinal\" or \"nominal\", found \"%1\"")
                     .arg(scale));
        }
        q.ordinal = scale == QLatin1String("ordinal");
        const QString route = string(o, QStringLiteral("route"), p);
        if (route == QLatin1String("choose")) {
            q.route = Question::Choose;
        } else if (route == QLatin1String("build")) {
            q.route = Question::Build;
        } else if (route == QLatin1String("none")) {
            q.route = Question::Given;
        } else {
            fail(p + QStringLiteral(".route"),
                 QCoreApplication::translate(
                     "akkoord", "expected \"choose\", \"build\" or \"none\", found \"%1\"")
                     .arg(route));
        }

        q.weights = QVector<double>(axes, 0.0);
        if (o.contains(QStringLiteral("weights"))) {
            const QString wp = p + QStringLiteral(".weights");
            const QJsonObject w = object(o.value(QStringLiteral("weights")), wp);
            for (auto it = w.begin(); it != w.end(); ++it) {
                const int axis = axisIndex(it.key(), wp + QLatin1Char('.') + it.key());
                q.weights[axis] = number(it.value(), wp + QLatin1Char('.') + it.key(), 0.001, 100);
            }
        }

        const QJsonArray options = array(o, QStringLiteral("options"), p);
        if (options.size() < 2 || options.size() > 31) {
            fail(p + QStringLiteral(".options"),
                 QCoreApplication::translate("akkoord", "a question needs 2 to 31 options"));
        }
        QSet<QString> optionIds;
        for (int j = 0; j < options.size(); ++j) {
            const QString op = p + QStringLiteral(".options[%1]").arg(j);
            const QJsonObject oo = object(options[j], op);
            Option option;
            option.id = identifier(oo, QStringLiteral("id"), op);
            unique(&optionIds, option.id, op + QStringLiteral(".id"));
            option.label = text(oo, QStringLiteral("label"), op);
            option.position = QVector<double>(axes, 0.0);
            const QJsonObject position = oo.value(QStringLiteral("position")).toObject();
            for (auto it = position.begin(); it != position.end(); ++it) {
                const QString pp = op + QStringLiteral(".position.") + it.key();
                const int axis = axisIndex(it.key(), pp);
                if (q.weights[axis] == 0) {
                    fail(pp, QCoreApplication::translate("akkoord",
                                                         "the question gives axis \"%1\" no weight")
                                 .arg(it.key()));
                }
                option.position[axis] = number(it.value(), pp, -1, 1);
            }
            // Every weighted axis needs a value per option, so no option silently counts as 0.
            for (int axis = 0; axis < axes; ++axis) {
                const QString key = m_kb->m_matrices[axis / 2].id +
                                    (axis % 2 ? QStringLiteral(".y") : QStringLiteral(".x"));
                if (q.weights[axis] > 0 && !position.contains(key)) {
                    fail(op + QStringLiteral(".position"),
                         QCoreApplication::translate("akkoord",
                                                     "option \"%1\" has no weight for axis \"%2\"")
                             .arg(option.id, key));
                }
            }
            q.options.append(option);
        }
        m_kb->m_questions.append(q);
        m_kb->m_questionIndex.insert(q.id, i);
    }
    // Conditions can name later questions, so they are read once all questions are known.
    for (int i = 0; i < questions.size(); ++i) {
        const QJsonObject o = questions[i].toObject();
        if (o.contains(QStringLiteral("asked_when"))) {
            const QString p = QStringLiteral("questions[%1].asked_when").arg(i);
            Question &q = m_kb->m_questions[i];
            q.askedWhen = condition(object(o.value(QStringLiteral("asked_when")), p), p);
            q.hasAskedWhen = true;
        }
    }
}

Condition KnowledgeBaseLoader::condition(const QJsonObject &o, const QString &path) const
{
    Condition c;
    const QString id = string(o, QStringLiteral("question"), path);
    c.question = m_kb->questionIndex(id);
    if (c.question < 0) {
        fail(path + QStringLiteral(".question"),
             QCoreApplication::translate("akkoord", "unknown question \"%1\"").arg(id));
    }
    const bool hasIn = o.contains(QStringLiteral("in"));
    const bool hasNotIn = o.contains(QStringLiteral("not_in"));
    if (hasIn == hasNotIn) {
        fail(path, QCoreApplication::translate(
                       "akkoord", "a condition needs exactly one of \"in\" and \"not_in\""));
    }
    c.negate = hasNotIn;
    const QString key = hasIn ? QStringLiteral("in") : QStringLiteral("not_in");
    const QJsonArray options = array(o, key, path);
    if (options.isEmpty()) {
        fail(path + QLatin1Char('.') + key,
             QCoreApplication::translate("akkoord", "the list of options is empty"));
    }
    const Question &q = m_kb->m_questions[c.question];
    for (int i = 0; i < options.size(); ++i) {
        if (!options[i].isString()) {
            fail(path + QStringLiteral(".%1[%2]").arg(key).arg(i),
                 QCoreApplication::translate(
                     "akkoord", "expected an option of question \"%1\" as text, found %2")
                     .arg(q.id, jsonTypeName(options[i])));
        }
        const QString option = options[i].toString();
        const int index = q.optionIndex(option);
        if (index < 0) {
            fail(path + QStringLiteral(".%1[%2]").arg(key).arg(i),
                 QCoreApplication::translate("akkoord", "question \"%1\" has no option \"%2\"")
                     .arg(q.id, option));
        }
        c.mask |= 1u << index;
    }
    return c;
}

void KnowledgeBaseLoader::orderQuestions()
{
    // Depth-first over "asked when" links: a question comes after the one it depends on, and a
    // chain that returns to itself is refused, since no order of asking could settle it.
    const int n = int(m_kb->m_questions.size());
    QVector<int> state(n, 0); // 0 new, 1 on the current chain, 2 placed
    for (int start = 0; start < n; ++start) {
        QVector<int> chain;
        int q = start;
        while (q >= 0 && state[q] == 0) {
            state[q] = 1;
            chain.append(q);
            const Question &question = m_kb->m_questions[q];
            q = question.hasAskedWhen ? question.askedWhen.question : -1;
        }
        if (q >= 0 && state[q] == 1) {
            QStringList names;
            for (int c : chain) {
                names << m_kb->m_questions[c].id;
            }
            fail(
                QStringLiteral("questions[%1].asked_when").arg(chain.last()),
                QCoreApplication::translate("akkoord", "\"asked when\" conditions form a cycle: %1")
                    .arg(names.join(QStringLiteral(" → "))));
        }
        for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
            state[*it] = 2;
            m_kb->m_askOrder.append(*it);
        }
    }
}

void KnowledgeBaseLoader::loadStartingPoints(const QJsonArray &points)
{
    if (points.isEmpty()) {
        fail(QStringLiteral("starting_points"),
             QCoreApplication::translate("akkoord", "at least one starting point is needed"));
    }
    QSet<QString> seen;
    for (int i = 0; i < points.size(); ++i) {
        const QString p = QStringLiteral("starting_points[%1]").arg(i);
        const QJsonObject o = object(points[i], p);
        StartingPoint s;
        s.id = identifier(o, QStringLiteral("id"), p);
        unique(&seen, s.id, p + QStringLiteral(".id"));
        s.label = text(o, QStringLiteral("label"), p);
        s.description = text(o, QStringLiteral("description"), p);
        s.basis = basis(o, QStringLiteral("basis"), p);
        const QString fp = p + QStringLiteral(".first_steps");
        const QJsonObject first = object(member(o, QStringLiteral("first_steps"), p), fp);
        s.firstSteps.basis = basis(first, QStringLiteral("basis"), fp);
        s.firstSteps.steps = texts(first, QStringLiteral("steps"), fp);
        s.firstSteps.involve = texts(first, QStringLiteral("involve"), fp);
        s.firstSteps.agreement = text(first, QStringLiteral("agreement"), fp);
        s.firstSteps.municipalityCommits = text(first, QStringLiteral("municipality_commits"), fp);
        const QString pp = p + QStringLiteral(".position");
        const QJsonObject position = object(member(o, QStringLiteral("position"), p), pp);
        for (const Matrix &m : m_kb->m_matrices) {
            const QString mp = pp + QLatin1Char('.') + m.id;
            const QJsonObject xy = object(member(position, m.id, pp), mp);
            s.positions.append(
                Point{number(member(xy, QStringLiteral("x"), mp), mp + ".x", -1, 1),
                      number(member(xy, QStringLiteral("y"), mp), mp + ".y", -1, 1)});
        }
        m_kb->m_startingPoints.append(s);
    }
}

QVector<Measure> KnowledgeBaseLoader::loadMeasures(const QJsonObject &root, const QString &key,
                                                   const QString &adviceKey)
{
    const QJsonArray list = array(root, key, QString());
    QVector<Measure> out;
    QSet<QString> seen;
    for (int i = 0; i < list.size(); ++i) {
        const QString p = QStringLiteral("%1[%2]").arg(key).arg(i);
        const QJsonObject o = object(list[i], p);
        Measure m;
        m.id = identifier(o, QStringLiteral("id"), p);
        unique(&seen, m.id, p + QStringLiteral(".id"));
        m.label = text(o, QStringLiteral("label"), p);
        m.advice = text(o, adviceKey, p);
        m.basis = basis(o, QStringLiteral("basis"), p);
        m.emphasis = flag(o, QStringLiteral("emphasis"), p);
        out.append(m);
    }
    return out;
}

void KnowledgeBaseLoader::loadCases(const QJsonArray &cases)
{
    QSet<QString> seen;
    for (int i = 0; i < cases.size(); ++i) {
        const QString p = QStringLiteral("reference_cases[%1]").arg(i);
        const QJsonObject o = object(cases[i], p);
        ReferenceCase c;
        c.id = identifier(o, QStringLiteral("id"), p);
        unique(&seen, c.id, p + QStringLiteral(".id"));
        c.name = string(o, QStringLiteral("name"), p);
        c.did = text(o, QStringLiteral("did"), p);
        c.didBasis = basis(o, QStringLiteral("did_basis"), p);
        if (o.contains(QStringLiteral("started_with"))) {
            const QString sp = p + QStringLiteral(".started_with");
            const QJsonObject started = object(o.value(QStringLiteral("started_with")), sp);
            c.startedWith = string(started, QStringLiteral("id"), sp);
            if (m_kb->startingPointIndex(c.startedWith) < 0) {
                fail(sp + QStringLiteral(".id"),
                     QCoreApplication::translate("akkoord", "unknown starting point \"%1\"")
                         .arg(c.startedWith));
            }
            c.startedWithBasis = basis(started, QStringLiteral("basis"), sp, true);
        }
        if (o.contains(QStringLiteral("heads_for"))) {
            const QString hp = p + QStringLiteral(".heads_for");
            const QJsonObject heads = object(o.value(QStringLiteral("heads_for")), hp);
            c.headsFor = text(heads, QStringLiteral("text"), hp);
            c.headsForBasis = basis(heads, QStringLiteral("basis"), hp);
        }
        // Each answer carries its basis: only what the source states places the example.
        const QString ap = p + QStringLiteral(".answers");
        const QJsonObject answers = object(member(o, QStringLiteral("answers"), p), ap);
        for (auto it = answers.begin(); it != answers.end(); ++it) {
            const QString qp = ap + QLatin1Char('.') + it.key();
            const QJsonObject answer = object(it.value(), qp);
            const QJsonValue option = member(answer, QStringLiteral("option"), qp);
            const Question *q = m_kb->question(it.key());
            Answers one;
            if (q && q->multiple && option.isArray()) {
                QStringList values;
                for (const QJsonValue &v : option.toArray()) {
                    values << v.toString();
                }
                one.setMultiple(it.key(), values);
            } else {
                one.set(it.key(), option.toString());
            }
            const Error invalid = m_kb->validate(one);
            if (invalid.isError()) {
                fail(qp + QStringLiteral(".option"), invalid.message);
            }
            const Basis b = basis(answer, QStringLiteral("basis"), qp, true);
            c.answerBasis.insert(it.key(), b);
            for (Answers *target : {&c.answers, b.isSource() ? &c.stated : nullptr}) {
                if (!target) {
                    continue;
                }
                if (one.isMultiple(it.key())) {
                    target->setMultiple(it.key(), one.values(it.key()));
                } else {
                    target->set(it.key(), one.value(it.key()));
                }
            }
        }
        m_kb->m_cases.append(c);
    }
}

QVector<WeightedTarget> KnowledgeBaseLoader::targets(const QJsonObject &rule, const QString &key,
                                                     const QString &path,
                                                     const QStringList &ids) const
{
    QVector<WeightedTarget> out;
    if (!rule.contains(key)) {
        return out;
    }
    const QString p = path + QLatin1Char('.') + key;
    const QJsonObject o = object(rule.value(key), p);
    for (auto it = o.begin(); it != o.end(); ++it) {
        const int index = int(ids.indexOf(it.key()));
        if (index < 0) {
            fail(p + QLatin1Char('.') + it.key(),
                 QCoreApplication::translate("akkoord", "unknown identifier \"%1\"").arg(it.key()));
        }
        out.append({index, number(it.value(), p + QLatin1Char('.') + it.key(), -100, 100)});
    }
    return out;
}

void KnowledgeBaseLoader::loadRules(const QJsonArray &rules)
{
    QStringList startIds;
    for (const StartingPoint &s : m_kb->m_startingPoints) {
        startIds << s.id;
    }
    QSet<QString> seen;
    for (int i = 0; i < rules.size(); ++i) {
        const QString p = QStringLiteral("rules[%1]").arg(i);
        const QJsonObject o = object(rules[i], p);
        Rule r;
        r.id = identifier(o, QStringLiteral("id"), p);
        unique(&seen, r.id, p + QStringLiteral(".id"));
        r.basis = basis(o, QStringLiteral("basis"), p);
        r.decides = flag(o, QStringLiteral("decides"), p);
        if (r.decides && !r.basis.isSource()) {
            fail(p + QStringLiteral(".decides"),
                 QCoreApplication::translate(
                     "akkoord",
                     "only a rule with the source as its basis can decide a starting point"));
        }
        r.reason = text(o, QStringLiteral("reason"), p);
        const QJsonArray when = array(o, QStringLiteral("when"), p);
        if (when.isEmpty()) {
            fail(p + QStringLiteral(".when"),
                 QCoreApplication::translate("akkoord", "a rule needs at least one condition"));
        }
        for (int j = 0; j < when.size(); ++j) {
            const QString cp = p + QStringLiteral(".when[%1]").arg(j);
            r.when.append(condition(object(when[j], cp), cp));
        }
        r.scores = targets(o, QStringLiteral("scores"), p, startIds);
        r.tactics = targets(o, QStringLiteral("tactics"), p, ids(m_kb->m_tactics));
        r.risks = targets(o, QStringLiteral("risks"), p, ids(m_kb->m_risks));
        if (r.scores.isEmpty() && r.tactics.isEmpty() && r.risks.isEmpty()) {
            fail(p, QCoreApplication::translate(
                        "akkoord", "the rule has no effect: give it scores, tactics or risks"));
        }
        m_kb->m_rules.append(r);
    }
}

void KnowledgeBaseLoader::loadInconsistencies(const QJsonArray &list)
{
    QSet<QString> seen;
    for (int i = 0; i < list.size(); ++i) {
        const QString p = QStringLiteral("inconsistencies[%1]").arg(i);
        const QJsonObject o = object(list[i], p);
        Inconsistency inconsistency;
        inconsistency.id = identifier(o, QStringLiteral("id"), p);
        unique(&seen, inconsistency.id, p + QStringLiteral(".id"));
        const QJsonArray when = array(o, QStringLiteral("when"), p);
        if (when.size() < 2) {
            fail(p + QStringLiteral(".when"),
                 QCoreApplication::translate("akkoord",
                                             "an inconsistency needs at least two conditions"));
        }
        for (int j = 0; j < when.size(); ++j) {
            const QString cp = p + QStringLiteral(".when[%1]").arg(j);
            inconsistency.when.append(condition(object(when[j], cp), cp));
        }
        inconsistency.message = text(o, QStringLiteral("message"), p);
        m_kb->m_inconsistencies.append(inconsistency);
    }
}

Result<std::shared_ptr<const KnowledgeBase>> KnowledgeBase::loadDefault()
{
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
