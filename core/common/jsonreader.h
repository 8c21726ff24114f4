#pragma once

#include "common/error.h"

#include <QJsonValue>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

#include <memory>

namespace akkoord {

// The one reader for every JSON file Akkoord takes in (the knowledge base, scenario files, case
// files): a view on one value with its JSON path. Every read checks the type, and where asked,
// presence, emptiness, length, range and list size; the first problem is kept with the path of
// the offending value, and later reads return empty values, so that a reader is straight-line
// code checked once at the end with ok(). Parsing (parse()) is strict: a key twice in one object,
// half a surrogate pair and a NUL in a text are refused rather than changed silently.
class JsonReader
{
public:
    enum Need
    {
        Optional, // absent reads as empty (for texts, null too)
        Required
    };

    // kind is what a wrong type or value counts as: ErrorKind::WrongType for the user's files,
    // ErrorKind::InvalidKnowledgeBase for the knowledge base.
    JsonReader(const QJsonValue &value, const QString &origin, const QString &path = QString(),
               ErrorKind kind = ErrorKind::WrongType);
    // A reader on the document in data; not ok() when it is not JSON or, with notAnObject as
    // the message (ErrorKind::WrongFormat), not an object.
    static JsonReader parse(const QByteArray &data, const QString &origin, ErrorKind kind,
                            const QString &notAnObject);

    bool ok() const { return !m_state->error.isError(); }
    const Error &error() const { return m_state->error; }
    const QString &path() const;
    // The file (or "standard input") the value came from, as errors name it.
    const QString &origin() const { return m_state->origin; }
    const QJsonValue &value() const { return m_value; }
    // The path of a member of this value.
    QString pathOf(const QString &key) const;

    // Whether the object has this key, null included: an optional list, object, number or
    // date given as null is refused as the wrong type, not taken for absent.
    bool has(const QString &key) const;
    // A member; a missing one is an error when required.
    JsonReader member(const QString &key, Need need = Required) const;
    // A member that must be an object (an empty object when optional and absent).
    JsonReader object(const QString &key, Need need = Required) const;
    // A member that must be a list, of at most maxItems entries (tooMany says so otherwise).
    QVector<JsonReader> list(const QString &key, Need need = Required, int maxItems = -1,
                             const QString &tooMany = QString()) const;
    // The entries of this value, which must be a list.
    QVector<JsonReader> items() const;
    // Texts: trimmed when asked; nonEmpty refuses "" and blanks; maxLength in characters.
    QString text(const QString &key, Need need = Optional, int maxLength = -1,
                 bool trimmed = false) const;
    QString nonEmptyText(const QString &key) const;
    bool flag(const QString &key, bool fallback = false) const;
    // A number within [low, high]; whole numbers refuse fractions.
    double number(const QString &key, double low, double high) const;
    int wholeNumber(const QString &key, int low, int high) const;

    // This value as an object (an error, with its path, when it is not one).
    bool isObject() const;
    // This value as text (an error when it is not text).
    QString asText() const;
    // The keys of this object, in the file's order of appearance as Qt keeps it (sorted).
    QStringList keys() const;
    // Every key of this object must be one of known: a misspelt key is an error, not a value
    // silently ignored.
    bool checkKeys(const QStringList &known) const;
    // "format" must be expected; otherwise the error says message.
    bool checkFormat(const QString &expected, const QString &message) const;
    // key holds a whole version number from 1 to supported; a higher one is NewerVersion.
    bool checkVersion(const QString &key, int supported) const;

    // Records a problem at path (this value's when empty) unless one is kept already; the kind
    // defaults to the reader's.
    void fail(const QString &message, const QString &path = QString(),
              std::optional<ErrorKind> kind = std::nullopt) const;

private:
    struct State
    {
        QString origin;
        ErrorKind kind;
        Error error;
    };
    // A member (key) or list entry (index >= 0) of the value at parent.
    JsonReader(std::shared_ptr<State> state, QJsonValue value, QString parent, QString key,
               qsizetype index);
    // False, with the message at the path of at, unless condition holds.
    bool expect(bool condition, const JsonReader &at,
                const std::function<QString()> &message) const;

    std::shared_ptr<State> m_state;
    QJsonValue m_value;
    mutable QString m_path; // the parent's path until path() joins the key or index to it
    QString m_key;
    qsizetype m_index = -1;
    mutable bool m_pathReady = false;
};

} // namespace akkoord
