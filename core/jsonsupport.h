#pragma once

#include "error.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace akkoord {

// Parses JSON and, on failure, reports the line and column a person can find in an editor.
Error parseJson(const QByteArray &data, const QString &origin, QJsonDocument *document);
// Reads a whole file, naming it in the error when it cannot be read.
Error readFile(const QString &path, QByteArray *data);
// An error in a JSON file: what kind, which file, where in it and what the user can do.
Error jsonError(ErrorKind kind, const QString &origin, const QString &path, const QString &message);
// The JSON type name a person would use ("text", "number", "list", ...), translated.
QString jsonTypeName(const QJsonValue &value);

} // namespace akkoord
