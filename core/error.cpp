#include "error.h"

namespace akkoord {

QString Error::toString() const
{
    QString where = file.isEmpty() ? QString() : file;
    if (line > 0) {
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    }
    QString out;
    if (!where.isEmpty()) {
        out += where + QStringLiteral(": ");
    }
    if (!jsonPath.isEmpty()) {
        out += jsonPath + QStringLiteral(": ");
    }
    return out + message;
}

QString Error::kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return QStringLiteral("none");
    case ErrorKind::Unreadable: return QStringLiteral("unreadable");
    case ErrorKind::MalformedJson: return QStringLiteral("malformed_json");
    case ErrorKind::WrongFormat: return QStringLiteral("wrong_format");
    case ErrorKind::NewerVersion: return QStringLiteral("newer_version");
    case ErrorKind::WrongType: return QStringLiteral("wrong_type");
    case ErrorKind::UnknownQuestion: return QStringLiteral("unknown_question");
    case ErrorKind::UnknownOption: return QStringLiteral("unknown_option");
    case ErrorKind::InvalidKnowledgeBase: return QStringLiteral("invalid_knowledge_base");
    case ErrorKind::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace akkoord
