#include "common/error.h"

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
    case ErrorKind::None:
        return QStringLiteral("none");
    case ErrorKind::Unreadable:
        return QStringLiteral("unreadable");
    case ErrorKind::MalformedJson:
        return QStringLiteral("malformed_json");
    case ErrorKind::WrongFormat:
        return QStringLiteral("wrong_format");
    case ErrorKind::NewerVersion:
        return QStringLiteral("newer_version");
    case ErrorKind::WrongType:
        return QStringLiteral("wrong_type");
    case ErrorKind::UnknownQuestion:
        return QStringLiteral("unknown_question");
    case ErrorKind::UnknownOption:
        return QStringLiteral("unknown_option");
    case ErrorKind::InvalidKnowledgeBase:
        return QStringLiteral("invalid_knowledge_base");
    case ErrorKind::NotADatabase:
        return QStringLiteral("not_a_database");
    case ErrorKind::CorruptDatabase:
        return QStringLiteral("corrupt_database");
    case ErrorKind::NewerDatabase:
        return QStringLiteral("newer_database");
    case ErrorKind::ReadOnly:
        return QStringLiteral("read_only");
    case ErrorKind::DiskFull:
        return QStringLiteral("disk_full");
    case ErrorKind::Busy:
        return QStringLiteral("busy");
    case ErrorKind::Conflict:
        return QStringLiteral("conflict");
    case ErrorKind::NotFound:
        return QStringLiteral("not_found");
    case ErrorKind::Duplicate:
        return QStringLiteral("duplicate");
    case ErrorKind::StorageFailed:
        return QStringLiteral("storage_failed");
    case ErrorKind::NotPermitted:
        return QStringLiteral("not_permitted");
    case ErrorKind::Unreachable:
        return QStringLiteral("unreachable");
    case ErrorKind::LoginRefused:
        return QStringLiteral("login_refused");
    case ErrorKind::OlderDatabase:
        return QStringLiteral("older_database");
    case ErrorKind::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace akkoord
