#include "answers.h"

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

} // namespace akkoord
