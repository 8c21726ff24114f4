#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace akkoord {

// Parses JSON and, on failure, reports the line and column a person can find in an editor.
// Stricter than QJsonDocument: a key given twice in one object, half a surrogate pair and NUL
// inside a text are refused with their JSON path, since Qt would change the text silently.
Error parseJson(const QByteArray &data, const QString &origin, QJsonDocument *document);
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
