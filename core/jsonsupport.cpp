#include "jsonsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonParseError>
#include <QJsonValue>

namespace akkoord {

namespace {

// Qt's own texts are English only; these say the same in the user's language.
QString describe(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
        return QCoreApplication::translate("akkoord", "an object is not closed with }");
    case QJsonParseError::MissingNameSeparator:
        return QCoreApplication::translate("akkoord", "a : is missing after a name");
    case QJsonParseError::UnterminatedArray:
        return QCoreApplication::translate("akkoord", "a list is not closed with ]");
    case QJsonParseError::MissingValueSeparator:
        return QCoreApplication::translate("akkoord", "a comma is missing between values");
    case QJsonParseError::IllegalValue:
        return QCoreApplication::translate("akkoord", "a value is not valid here");
    case QJsonParseError::TerminationByNumber:
        return QCoreApplication::translate("akkoord", "the text ends in the middle of a number");
    case QJsonParseError::IllegalNumber:
        return QCoreApplication::translate("akkoord", "a number is not valid");
    case QJsonParseError::IllegalEscapeSequence:
    case QJsonParseError::IllegalUTF8String:
        return QCoreApplication::translate("akkoord", "a text contains an invalid character");
    case QJsonParseError::UnterminatedString:
        return QCoreApplication::translate("akkoord", "a text is not closed with \"");
    case QJsonParseError::MissingObject:
        return QCoreApplication::translate("akkoord", "an object was expected");
    case QJsonParseError::DeepNesting:
        return QCoreApplication::translate("akkoord", "the data is nested too deeply");
    case QJsonParseError::DocumentTooLarge:
        return QCoreApplication::translate("akkoord", "the document is too large");
    case QJsonParseError::GarbageAtEnd:
        return QCoreApplication::translate("akkoord", "there is text after the end of the data");
    case QJsonParseError::NoError:
        break;
    }
    return QCoreApplication::translate("akkoord", "unknown error");
}

} // namespace

Error parseJson(const QByteArray &data, const QString &origin, QJsonDocument *document)
{
    QJsonParseError parseError;
    *document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        return {};
    }
    Error error;
    error.kind = ErrorKind::MalformedJson;
    error.file = origin;
    // QJsonParseError counts bytes; people count lines and characters.
    const int offset = qBound(0, parseError.offset, int(data.size()));
    const QByteArray before = data.left(offset);
    error.line = int(before.count('\n')) + 1;
    const int lineStart = int(before.lastIndexOf('\n')) + 1;
    error.column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    error.message = QCoreApplication::translate("akkoord", "this is not valid JSON (%1)")
                        .arg(describe(parseError.error));
    return error;
}

Error readFile(const QString &path, QByteArray *data)
{
    QFile file(path);
    Error error;
    error.file = path;
    error.kind = ErrorKind::Unreadable;
    if (QFileInfo(path).isDir()) {
        error.message = QCoreApplication::translate("akkoord", "this is a folder, not a file");
        return error;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        error.message = file.exists()
                            ? QCoreApplication::translate(
                                  "akkoord", "the file cannot be read (%1); check its permissions")
                                  .arg(file.errorString())
                            : QCoreApplication::translate("akkoord", "the file does not exist");
        return error;
    }
    *data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        error.message = QCoreApplication::translate("akkoord", "the file cannot be read (%1)")
                            .arg(file.errorString());
        return error;
    }
    return {};
}

Error jsonError(ErrorKind kind, const QString &origin, const QString &path, const QString &message)
{
    Error e;
    e.kind = kind;
    e.file = origin;
    e.jsonPath = path;
    e.message = message;
    return e;
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QCoreApplication::translate("akkoord", "null");
    case QJsonValue::Bool: return QCoreApplication::translate("akkoord", "true/false");
    case QJsonValue::Double: return QCoreApplication::translate("akkoord", "a number");
    case QJsonValue::String: return QCoreApplication::translate("akkoord", "text");
    case QJsonValue::Array: return QCoreApplication::translate("akkoord", "a list");
    case QJsonValue::Object: return QCoreApplication::translate("akkoord", "an object");
    case QJsonValue::Undefined: return QCoreApplication::translate("akkoord", "nothing");
    }
    return QString();
}

} // namespace akkoord
