#include "knowledge/answers.h"

#include <algorithm>

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

Answer Answers::answer(const QString &question) const
{
    return isKnown(question) ? Answer::of(values(question)) : Answer::unknown();
}

void Answers::setAnswer(const QString &question, const Answer &answer, bool multiple)
{
    if (!answer.known || (!multiple && answer.options.isEmpty())) {
        clear(question);
    } else if (multiple) {
        setMultiple(question, answer.options);
    } else {
        set(question, answer.options.first());
    }
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

namespace {

// A JSON string as QJsonDocument writes it: UTF-8, quotes and backslashes escaped, the short
// escapes for \b \f \n \r \t and \u00XX for the other control characters.
void appendJsonString(QByteArray &out, const QString &text)
{
    // Nearly always an option id: plain ASCII, copied as it is without converting it first.
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x80 && c != QLatin1Char('"') &&
               c != QLatin1Char('\\');
    });
    if (ascii) {
        const qsizetype at = out.size();
        out.resize(at + text.size() + 2);
        char *p = out.data() + at;
        *p++ = '"';
        for (const QChar c : text) {
            *p++ = char(c.unicode());
        }
        *p = '"';
        return;
    }
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out.append("\\u00");
                out.append(hex[(c >> 4) & 0xf]);
                out.append(hex[c & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

} // namespace

QByteArray Answers::toCompactJson() const
{
    // QMap keeps the questions in the order QJsonObject sorts its keys.
    QByteArray out;
    out.reserve(40 * int(m_values.size()) + 2);
    out.append('{');
    bool first = true;
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it) {
        if (!first) {
            out.append(',');
        }
        first = false;
        appendJsonString(out, it.key());
        out.append(':');
        if (m_multiple.contains(it.key())) {
            out.append('[');
            for (qsizetype i = 0; i < it.value().size(); ++i) {
                if (i > 0) {
                    out.append(',');
                }
                appendJsonString(out, it.value()[i]);
            }
            out.append(']');
        } else {
            appendJsonString(out, it.value().value(0));
        }
    }
    out.append('}');
    return out;
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
