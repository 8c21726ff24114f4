#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace akkoord {

// What went wrong, in a form a caller can branch on; the message is already translated.
enum class ErrorKind {
    None,
    Unreadable,
    MalformedJson,
    WrongFormat,
    NewerVersion,
    WrongType,
    UnknownQuestion,
    UnknownOption,
    InvalidKnowledgeBase,
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
template <typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    T take() { return std::move(*m_value); }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace akkoord
