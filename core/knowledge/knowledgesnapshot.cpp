#include "knowledge/knowledgesnapshot.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

namespace akkoord {

namespace {

// "AKKB", then the snapshot's own version: a program reads only what its own build wrote.
constexpr quint32 Magic = 0x414b4b42;
constexpr quint32 Version = 2;

template <typename... T> void put(QDataStream &s, const T &...values)
{
    (s << ... << values);
}

template <typename... T> void get(QDataStream &s, T &...values)
{
    (s >> ... >> values);
}

template <typename E> void putEnum(QDataStream &s, E value)
{
    s << qint32(value);
}

template <typename E> void getEnum(QDataStream &s, E &value)
{
    qint32 raw = 0;
    s >> raw;
    value = E(raw);
}

// A hash as its pairs in key order: QHash's own order changes from run to run, and the snapshot
// must be the same bytes for the same knowledge (a reproducible build, a comparable test).
template <typename V> struct Sorted
{
    const QHash<QString, V> &hash;
};

template <typename V> QDataStream &operator<<(QDataStream &s, const Sorted<V> &sorted)
{
    QStringList keys = sorted.hash.keys();
    keys.sort();
    s << qint32(keys.size());
    for (const QString &key : std::as_const(keys)) {
        s << key << sorted.hash.value(key);
    }
    return s;
}

template <typename V> void getHash(QDataStream &s, QHash<QString, V> &hash)
{
    qint32 n = 0;
    s >> n;
    for (qint32 i = 0; i < n && s.status() == QDataStream::Ok; ++i) {
        QString key;
        V value;
        s >> key >> value;
        hash.insert(key, value);
    }
}

} // namespace

// One pair of operators per record of the knowledge base, every field in declaration order.
QDataStream &operator<<(QDataStream &s, const LocalizedText &t)
{
    put(s, t.nl, t.en);
    return s;
}
QDataStream &operator>>(QDataStream &s, LocalizedText &t)
{
    get(s, t.nl, t.en);
    return s;
}
QDataStream &operator<<(QDataStream &s, const Section &t)
{
    put(s, t.id, t.title);
    return s;
}
QDataStream &operator>>(QDataStream &s, Section &t)
{
    get(s, t.id, t.title);
    return s;
}
QDataStream &operator<<(QDataStream &s, const Group &t)
{
    put(s, t.id, t.label);
    return s;
}
QDataStream &operator>>(QDataStream &s, Group &t)
{
    get(s, t.id, t.label);
    return s;
}
QDataStream &operator<<(QDataStream &s, const Basis &t)
{
    putEnum(s, t.kind);
    put(s, t.section, t.paragraph, t.anchor, t.note, t.rationale);
    return s;
}
QDataStream &operator>>(QDataStream &s, Basis &t)
{
    getEnum(s, t.kind);
    get(s, t.section, t.paragraph, t.anchor, t.note, t.rationale);
    return s;
}
QDataStream &operator<<(QDataStream &s, const Point &t)
{
    put(s, t.x, t.y);
    return s;
}
QDataStream &operator>>(QDataStream &s, Point &t)
{
    get(s, t.x, t.y);
    return s;
}
QDataStream &operator<<(QDataStream &s, const Axis &t)
{
    put(s, t.label, t.negative, t.positive);
    return s;
}
QDataStream &operator>>(QDataStream &s, Axis &t)
{
    get(s, t.label, t.negative, t.positive);
    return s;
}
QDataStream &operator<<(QDataStream &s, const Matrix &t)
{
    put(s, t.id, t.label, t.section, t.x, t.y);
    put(s, t.quadrants[0], t.quadrants[1], t.quadrants[2], t.quadrants[3]);
    put(s, t.hasGoal, t.goalLabel, t.goal);
    return s;
}
QDataStream &operator>>(QDataStream &s, Matrix &t)
{
    get(s, t.id, t.label, t.section, t.x, t.y);
    get(s, t.quadrants[0], t.quadrants[1], t.quadrants[2], t.quadrants[3]);
    get(s, t.hasGoal, t.goalLabel, t.goal);
    return s;
}
QDataStream &operator<<(QDataStream &s, const Option &t)
{
    put(s, t.id, t.label, t.position);
    return s;
}
QDataStream &operator>>(QDataStream &s, Option &t)
{
    get(s, t.id, t.label, t.position);
    return s;
}
QDataStream &operator<<(QDataStream &s, const Condition &t)
{
    put(s, t.question, t.mask, t.negate);
    return s;
}
QDataStream &operator>>(QDataStream &s, Condition &t)
{
    get(s, t.question, t.mask, t.negate);
    return s;
}
QDataStream &operator<<(QDataStream &s, const Question &t)
{
    put(s, t.id, t.group, t.label, t.help, t.multiple, t.ordinal, t.options, t.weights);
    put(s, t.hasAskedWhen, t.askedWhen);
    putEnum(s, t.route);
    return s;
}
QDataStream &operator>>(QDataStream &s, Question &t)
{
    get(s, t.id, t.group, t.label, t.help, t.multiple, t.ordinal, t.options, t.weights);
    get(s, t.hasAskedWhen, t.askedWhen);
    getEnum(s, t.route);
    return s;
}
QDataStream &operator<<(QDataStream &s, const FirstSteps &t)
{
    put(s, t.basis, t.steps, t.involve, t.agreement, t.municipalityCommits);
    return s;
}
QDataStream &operator>>(QDataStream &s, FirstSteps &t)
{
    get(s, t.basis, t.steps, t.involve, t.agreement, t.municipalityCommits);
    return s;
}
QDataStream &operator<<(QDataStream &s, const StartingPoint &t)
{
    put(s, t.id, t.label, t.description, t.basis, t.firstSteps, t.positions);
    return s;
}
QDataStream &operator>>(QDataStream &s, StartingPoint &t)
{
    get(s, t.id, t.label, t.description, t.basis, t.firstSteps, t.positions);
    return s;
}
QDataStream &operator<<(QDataStream &s, const Measure &t)
{
    put(s, t.id, t.label, t.advice, t.basis, t.emphasis);
    return s;
}
QDataStream &operator>>(QDataStream &s, Measure &t)
{
    get(s, t.id, t.label, t.advice, t.basis, t.emphasis);
    return s;
}
QDataStream &operator<<(QDataStream &s, const Answers &t)
{
    const QStringList questions = t.questions();
    s << qint32(questions.size());
    for (const QString &q : questions) {
        put(s, q, t.isMultiple(q), t.values(q));
    }
    return s;
}
QDataStream &operator>>(QDataStream &s, Answers &t)
{
    qint32 n = 0;
    s >> n;
    for (qint32 i = 0; i < n && s.status() == QDataStream::Ok; ++i) {
        QString q;
        bool multiple = false;
        QStringList values;
        get(s, q, multiple, values);
        if (multiple) {
            t.setMultiple(q, values);
        } else {
            t.set(q, values.value(0));
        }
    }
    return s;
}
QDataStream &operator<<(QDataStream &s, const ReferenceCase &t)
{
    put(s, t.id, t.name, t.did, t.didBasis, t.startedWith, t.startedWithBasis, t.headsFor);
    put(s, t.headsForBasis, t.answers, t.stated, Sorted<Basis>{t.answerBasis});
    return s;
}
QDataStream &operator>>(QDataStream &s, ReferenceCase &t)
{
    get(s, t.id, t.name, t.did, t.didBasis, t.startedWith, t.startedWithBasis, t.headsFor);
    get(s, t.headsForBasis, t.answers, t.stated);
    getHash(s, t.answerBasis);
    return s;
}
QDataStream &operator<<(QDataStream &s, const Inconsistency &t)
{
    put(s, t.id, t.when, t.message);
    return s;
}
QDataStream &operator>>(QDataStream &s, Inconsistency &t)
{
    get(s, t.id, t.when, t.message);
    return s;
}
QDataStream &operator<<(QDataStream &s, const WeightedTarget &t)
{
    put(s, t.index, t.weight);
    return s;
}
QDataStream &operator>>(QDataStream &s, WeightedTarget &t)
{
    get(s, t.index, t.weight);
    return s;
}
QDataStream &operator<<(QDataStream &s, const Rule &t)
{
    put(s, t.id, t.basis, t.decides, t.when, t.scores, t.tactics, t.risks, t.reason);
    return s;
}
QDataStream &operator>>(QDataStream &s, Rule &t)
{
    get(s, t.id, t.basis, t.decides, t.when, t.scores, t.tactics, t.risks, t.reason);
    return s;
}

QDataStream &operator<<(QDataStream &s, const AgreementPlacement &t)
{
    put(s, t.kind, t.positions, t.basis);
    return s;
}
QDataStream &operator>>(QDataStream &s, AgreementPlacement &t)
{
    get(s, t.kind, t.positions, t.basis);
    return s;
}
QDataStream &operator<<(QDataStream &s, const PlacementShift &t)
{
    put(s, t.id, t.when, t.shifts, t.basis);
    return s;
}
QDataStream &operator>>(QDataStream &s, PlacementShift &t)
{
    get(s, t.id, t.when, t.shifts, t.basis);
    return s;
}

QByteArray KnowledgeSnapshot::write(const KnowledgeBase &kb)
{
    QByteArray data;
    QDataStream s(&data, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    put(s, Magic, Version);
    put(s, kb.m_version, kb.m_sourceTitle, kb.m_sections, kb.m_groups, kb.m_matrices);
    put(s, kb.m_questions, kb.m_startingPoints, kb.m_tactics, kb.m_principles, kb.m_risks);
    put(s, kb.m_foundations, kb.m_inconsistencies, kb.m_cases, kb.m_rules,
        Sorted<int>{kb.m_questionIndex});
    put(s, kb.m_askOrder, kb.m_placements, kb.m_shifts);
    return data;
}

Result<std::shared_ptr<const KnowledgeBase>> KnowledgeSnapshot::read(const QByteArray &data,
                                                                     const QString &origin)
{
    QDataStream s(data);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    get(s, magic, version);
    auto kb = std::make_shared<KnowledgeBase>();
    if (magic == Magic && version == Version) {
        get(s, kb->m_version, kb->m_sourceTitle, kb->m_sections, kb->m_groups, kb->m_matrices);
        get(s, kb->m_questions, kb->m_startingPoints, kb->m_tactics, kb->m_principles, kb->m_risks);
        get(s, kb->m_foundations, kb->m_inconsistencies, kb->m_cases, kb->m_rules);
        getHash(s, kb->m_questionIndex);
        get(s, kb->m_askOrder, kb->m_placements, kb->m_shifts);
    }
    if (magic != Magic || version != Version || s.status() != QDataStream::Ok || !s.atEnd()) {
        Error e;
        e.kind = ErrorKind::InvalidKnowledgeBase;
        e.file = origin;
        e.message = QCoreApplication::translate(
            "akkoord", "the built-in knowledge base is damaged or of another build; reinstall "
                       "Akkoord");
        return e;
    }
    return std::shared_ptr<const KnowledgeBase>(std::move(kb));
}

} // namespace akkoord
