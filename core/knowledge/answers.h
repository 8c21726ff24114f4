#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace akkoord {

// One question's answer as a value: "weet ik niet" (not known), or the options chosen; one for a
// single-choice question, any number (none included) for a multiple-choice one.
struct Answer
{
    bool known = false;
    QStringList options;

    static Answer unknown() { return {}; }
    static Answer of(const QStringList &options) { return {true, options}; }
    bool operator==(const Answer &o) const { return known == o.known && options == o.options; }
    bool operator!=(const Answer &o) const { return !(*this == o); }
};

// The answers to the questionnaire, by question id. A question without an entry is unknown
// ("weet ik niet"); a multiple-choice question with an empty list is known to have none.
class Answers
{
public:
    void set(const QString &question, const QString &option);
    void setMultiple(const QString &question, const QStringList &options);
    void clear(const QString &question);
    // One answer as a value; multiple says how a known answer is kept (a list or one option).
    Answer answer(const QString &question) const;
    void setAnswer(const QString &question, const Answer &answer, bool multiple);

    bool isKnown(const QString &question) const { return m_values.contains(question); }
    // The single option chosen, or an empty string when unknown.
    QString value(const QString &question) const;
    QStringList values(const QString &question) const { return m_values.value(question); }
    QStringList questions() const { return m_values.keys(); }
    int count() const { return int(m_values.size()); }
    bool isMultiple(const QString &question) const { return m_multiple.contains(question); }

    // JSON by shape: a string for one option, a list for multiple choice. No knowledge base is
    // consulted; KnowledgeBase::validate decides whether the ids make sense.
    QJsonObject toJson() const;
    static Answers fromJson(const QJsonObject &object);
    // The same as QJsonDocument(toJson()).toJson(QJsonDocument::Compact), written directly: an
    // import stores thousands, and building a QJsonObject key by key was a third of its work.
    QByteArray toCompactJson() const;

    bool operator==(const Answers &other) const
    {
        return m_values == other.m_values && m_multiple == other.m_multiple;
    }
    bool operator!=(const Answers &other) const { return !(*this == other); }

private:
    QMap<QString, QStringList> m_values;
    QMap<QString, bool> m_multiple;
};

} // namespace akkoord
