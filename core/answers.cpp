#include "answers.h"

#include <QJsonArray>

namespace akkoord {

void Answers::set(const QString &question, const QString &option)
{
    m_values.insert(question, QStringList{option});
    m_multiple.remove(question);
}

void Answers::setMultiple(const QString &question, const QStringList &options)
{
    QStringList unique;
    for (const QString &o : options) {
        if (!unique.contains(o)) {
            unique.append(o);
        }
    }
    m_values.insert(question, unique);
    m_multiple.insert(question, true);
}

void Answers::clear(const QString &question)
{
    m_values.remove(question);
    m_multiple.remove(question);
}

QString Answers::value(const QString &question) const
{
    const auto it = m_values.constFind(question);
    return (it == m_values.constEnd() || it->isEmpty()) ? QString() : it->first();
}

QJsonObject Answers::toJson() const
{
    QJsonObject o;
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it) {
        if (m_multiple.contains(it.key())) {
            o.insert(it.key(), QJsonArray::fromStringList(it.value()));
        } else {
            o.insert(it.key(), it.value().value(0));
        }
    }
    return o;
}

Answers Answers::fromJson(const QJsonObject &object)
{
    Answers a;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isArray()) {
            QStringList values;
            for (const QJsonValue &v : it.value().toArray()) {
                values << v.toString();
            }
            a.setMultiple(it.key(), values);
        } else if (it.value().isString()) {
            a.set(it.key(), it.value().toString());
        }
    }
    return a;
}

} // namespace akkoord
