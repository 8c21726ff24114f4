#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <functional>

namespace akkoord {

// Parses JSON and, on failure, reports the line and column a person can find in an editor.
// Stricter than QJsonDocument: a key given twice in one object, half a surrogate pair and NUL
// inside a text are refused with their JSON path, since Qt would change the text silently.
Error parseJson(const QByteArray &data, const QString &origin, QJsonDocument *document);
// Where a value lies in a JSON text: the bytes [begin, end).
struct JsonSpan
{
    qsizetype begin = 0;
    qsizetype end = 0;
};

// A JSON text read a piece at a time, so that a large file is never held as one QJsonDocument
// (which takes five to six times the text): a list of a hundred thousand scenarios is read one
// scenario at a time. check() makes the same checks as parseJson over the whole text, without
// building anything; the rest expects a text that passed it.
class JsonPieces
{
public:
    JsonPieces(const QByteArray &data, const QString &origin);

    Error check() const;
    // The whole document (without the blanks around it).
    JsonSpan whole() const;
    // The first character of a value: '{', '[', '"' or that of a number or word.
    char kindOf(JsonSpan value) const;
    // The members of an object, in the file's order, with their names decoded (an error when a
    // name is not valid text).
    Result<QVector<QPair<QString, JsonSpan>>> members(JsonSpan object) const;
    // Each entry of a list, in order, until visit returns an error (which is then returned).
    Error forEachItem(JsonSpan list,
                      const std::function<Error(qsizetype index, JsonSpan item)> &visit) const;
    // One value as Qt reads it; an error with line and column in the whole text if it is not
    // valid JSON (a word such as "tru" passes check(), which looks at structure only).
    Result<QJsonValue> value(JsonSpan span) const;

private:
    qsizetype skipValue(qsizetype p) const;
    qsizetype skipSpace(qsizetype p) const;
    Error syntaxError() const;

    const QByteArray &m_data;
    QString m_origin;
};

// Reads a whole file, naming it in the error when it cannot be read. Reads at most limit bytes:
// anything longer (a device such as /dev/zero included) is refused, and a pipe without a writer
// reads as empty instead of waiting for ever.
Error readFile(const QString &path, QByteArray *data, qint64 limit);
// Reads standard input the same way; origin names it in errors.
Error readStandardInput(const QString &origin, QByteArray *data, qint64 limit);
// The version number of a file format under key: a whole number from 1 up to supported.
Error checkVersion(const QJsonObject &object, const QString &key, int supported,
                   const QString &origin, const QString &path = QString());
// An error in a JSON file: what kind, which file, where in it and what the user can do.
Error jsonError(ErrorKind kind, const QString &origin, const QString &path, const QString &message);
// The JSON type name a person would use ("text", "number", "list", ...), translated.
QString jsonTypeName(const QJsonValue &value);
// "a.b", or "b" at the top.
QString jsonJoin(const QString &path, const QString &key);

} // namespace akkoord
