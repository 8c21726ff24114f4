// The knowledge base's sections, one loader each: matrices, questions (with their conditions and
// order), starting points, measures, practice examples, rules and inconsistencies.
#include "knowledge/knowledgebaseloader.h"

#include "agreements/agreement.h"

#include <QRegularExpression>

#include <cmath>

namespace akkoord {

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
        onlyKeys(o, p, {"id", "label", "section", "x", "y", "quadrants", "goal"});
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
        onlyKeys(o, p,
                 {"id", "group", "label", "help", "multiple", "scale", "route", "weights",
                  "options", "asked_when"});
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

        loadOptions(o, p, &q);
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

// A question's options, each with its position on every axis the question weighs.
void KnowledgeBaseLoader::loadOptions(const QJsonObject &o, const QString &p, Question *q)
{
    const int axes = m_kb->axisCount();
    const QJsonArray options = array(o, QStringLiteral("options"), p);
    if (options.size() < 2 || options.size() > 31) {
        fail(p + QStringLiteral(".options"),
             QCoreApplication::translate("akkoord", "a question needs 2 to 31 options"));
    }
    QSet<QString> optionIds;
    for (int j = 0; j < options.size(); ++j) {
        const QString op = p + QStringLiteral(".options[%1]").arg(j);
        const QJsonObject oo = object(options[j], op);
        onlyKeys(oo, op, {"id", "label", "position"});
        Option option;
        option.id = identifier(oo, QStringLiteral("id"), op);
        unique(&optionIds, option.id, op + QStringLiteral(".id"));
        option.label = text(oo, QStringLiteral("label"), op);
        option.position = QVector<double>(axes, 0.0);
        const QJsonObject position = oo.value(QStringLiteral("position")).toObject();
        for (auto it = position.begin(); it != position.end(); ++it) {
            const QString pp = op + QStringLiteral(".position.") + it.key();
            const int axis = axisIndex(it.key(), pp);
            if (q->weights[axis] == 0) {
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
            if (q->weights[axis] > 0 && !position.contains(key)) {
                fail(op + QStringLiteral(".position"),
                     QCoreApplication::translate("akkoord",
                                                 "option \"%1\" has no weight for axis \"%2\"")
                         .arg(option.id, key));
            }
        }
        q->options.append(option);
    }
}

Condition KnowledgeBaseLoader::condition(const QJsonObject &o, const QString &path) const
{
    onlyKeys(o, path, {"question", "in", "not_in"});
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
        onlyKeys(o, p, {"id", "label", "description", "basis", "first_steps", "position"});
        StartingPoint s;
        s.id = identifier(o, QStringLiteral("id"), p);
        unique(&seen, s.id, p + QStringLiteral(".id"));
        s.label = text(o, QStringLiteral("label"), p);
        s.description = text(o, QStringLiteral("description"), p);
        s.basis = basis(o, QStringLiteral("basis"), p);
        const QString fp = p + QStringLiteral(".first_steps");
        const QJsonObject first = object(member(o, QStringLiteral("first_steps"), p), fp);
        onlyKeys(first, fp, {"steps", "involve", "agreement", "municipality_commits", "basis"});
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
        onlyKeys(o, p, {"id", "label", "advice", "mitigation", "basis", "emphasis"});
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
        onlyKeys(o, p, {"id", "name", "did", "did_basis", "started_with", "heads_for", "answers"});
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
        // After the members: a rule without its basis is told so, not that "bsis" is unknown.
        onlyKeys(o, p, {"id", "when", "decides", "scores", "tactics", "risks", "reason", "basis"});
        m_kb->m_rules.append(r);
    }
}

void KnowledgeBaseLoader::loadInconsistencies(const QJsonArray &list)
{
    QSet<QString> seen;
    for (int i = 0; i < list.size(); ++i) {
        const QString p = QStringLiteral("inconsistencies[%1]").arg(i);
        const QJsonObject o = object(list[i], p);
        onlyKeys(o, p, {"id", "when", "message"});
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

const QStringList &placementConditions()
{
    static const QStringList list{
        QStringLiteral("integral"),      QStringLiteral("selective"),
        QStringLiteral("organisations"), QStringLiteral("named_employers"),
        QStringLiteral("public"),        QStringLiteral("quiet")};
    return list;
}

QVector<Point> KnowledgeBaseLoader::points(const QJsonObject &o, const QString &pp,
                                           bool optional) const
{
    QStringList known;
    for (const Matrix &m : m_kb->m_matrices) {
        known << m.id;
    }
    const JsonReader r = reader(o, pp);
    checked(r, r.checkKeys(known));
    QVector<Point> out;
    for (const Matrix &m : m_kb->m_matrices) {
        const QString mp = pp + QLatin1Char('.') + m.id;
        if (optional && !o.contains(m.id)) {
            out.append(Point{});
            continue;
        }
        const QJsonObject xy = object(member(o, m.id, pp), mp);
        onlyKeys(xy, mp, {"x", "y"});
        const double low = optional ? -2 : -1;
        const double high = optional ? 2 : 1;
        Point point;
        if (!optional || xy.contains(QStringLiteral("x"))) {
            point.x = number(member(xy, QStringLiteral("x"), mp), mp + ".x", low, high);
        }
        if (!optional || xy.contains(QStringLiteral("y"))) {
            point.y = number(member(xy, QStringLiteral("y"), mp), mp + ".y", low, high);
        }
        out.append(point);
    }
    return out;
}

void KnowledgeBaseLoader::loadAgreementPlacement(const QJsonObject &placement)
{
    const QString root = QStringLiteral("agreement_placement");
    onlyKeys(placement, root, {"kinds", "shifts"});
    const QJsonArray kinds = array(placement, QStringLiteral("kinds"), root);
    QSet<QString> seen;
    for (int i = 0; i < kinds.size(); ++i) {
        const QString p = QStringLiteral("%1.kinds[%2]").arg(root).arg(i);
        const QJsonObject o = object(kinds[i], p);
        onlyKeys(o, p, {"kind", "position", "basis"});
        AgreementPlacement a;
        a.kind = identifier(o, QStringLiteral("kind"), p);
        if (!agreements::kinds().contains(a.kind)) {
            fail(p + QStringLiteral(".kind"),
                 QCoreApplication::translate("akkoord", "“%1” is not one of %2")
                     .arg(a.kind, agreements::kinds().join(QStringLiteral(", "))));
        }
        unique(&seen, a.kind, p + QStringLiteral(".kind"));
        a.positions = points(
            object(member(o, QStringLiteral("position"), p), p + QStringLiteral(".position")),
            p + QStringLiteral(".position"), false);
        a.basis = basis(o, QStringLiteral("basis"), p);
        m_kb->m_placements.append(a);
    }
    // Every kind has its place: an agreement the knowledge cannot place would silently drop out
    // of the actual position.
    for (const QString &kind : agreements::kinds()) {
        if (!seen.contains(kind)) {
            fail(root + QStringLiteral(".kinds"),
                 QCoreApplication::translate("akkoord", "no place for agreements of kind “%1”")
                     .arg(kind));
        }
    }
    seen.clear();
    const QJsonArray shifts = array(placement, QStringLiteral("shifts"), root);
    for (int i = 0; i < shifts.size(); ++i) {
        const QString p = QStringLiteral("%1.shifts[%2]").arg(root).arg(i);
        const QJsonObject o = object(shifts[i], p);
        onlyKeys(o, p, {"id", "when", "shift", "basis"});
        PlacementShift s;
        s.id = identifier(o, QStringLiteral("id"), p);
        unique(&seen, s.id, p + QStringLiteral(".id"));
        s.when = string(o, QStringLiteral("when"), p);
        if (!placementConditions().contains(s.when)) {
            fail(p + QStringLiteral(".when"),
                 QCoreApplication::translate("akkoord", "“%1” is not one of %2")
                     .arg(s.when, placementConditions().join(QStringLiteral(", "))));
        }
        s.shifts =
            points(object(member(o, QStringLiteral("shift"), p), p + QStringLiteral(".shift")),
                   p + QStringLiteral(".shift"), true);
        s.basis = basis(o, QStringLiteral("basis"), p);
        m_kb->m_shifts.append(s);
    }
}

} // namespace akkoord
