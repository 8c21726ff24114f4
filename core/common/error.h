#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace akkoord {

// What went wrong, in a form a caller can branch on; the message is already translated.
enum class ErrorKind
{
    None,
    Unreadable,
    MalformedJson,
    WrongFormat,
    NewerVersion,
    WrongType,
    UnknownQuestion,
    UnknownOption,
    InvalidKnowledgeBase,
    // Storage
    NotADatabase,
    CorruptDatabase,
    NewerDatabase,
    ReadOnly,
    DiskFull,
    Busy,
    Conflict,
    NotFound,
    Duplicate,
    StorageFailed,
    // The regional database (PostgreSQL)
    NotPermitted,  // the database refused this change for the user's account
    Unreachable,   // the server cannot be reached, or the connection was lost
    LoginRefused,  // wrong password, an expired or disabled account, no access to the database
    OlderDatabase, // the server's schema is older than this program; its owner must upgrade it
    Internal,
};

struct Error
{
    ErrorKind kind = ErrorKind::None;
    QString message;  // translated, one sentence, says what the user can do where that helps
    QString file;     // the file concerned, empty for standard input or resources
    QString jsonPath; // e.g. "rules[3].when[0].question"
    int line = 0;     // 1-based; 0 when unknown
    int column = 0;

    bool isError() const { return kind != ErrorKind::None; }
    // "file:line:column: path: message", leaving out what is unknown.
    QString toString() const;
    static QString kindName(ErrorKind kind);
};

// A value or the error that prevented it.
template <typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    // Asking for the value of a failed result is a programming error; stop loudly.
    const T &value() const &
    {
        check();
        return *m_value;
    }
    T &value() &
    {
        check();
        return *m_value;
    }
    // On a temporary, hand the value out whole, so "for (x : f().value())" stays valid.
    T value() &&
    {
        check();
        return std::move(*m_value);
    }
    T take()
    {
        check();
        return std::move(*m_value);
    }
    const Error &error() const { return m_error; }

private:
    void check() const
    {
        if (!m_value) {
            qFatal("Result::value() on an error: %s", qPrintable(m_error.toString()));
        }
    }

    std::optional<T> m_value;
    Error m_error;
};

} // namespace akkoord
