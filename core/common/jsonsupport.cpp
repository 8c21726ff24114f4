#include "common/jsonsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>
#include <QVarLengthArray>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

QString tooLarge(qint64 limit)
{
    return QCoreApplication::translate("akkoord",
                                       "larger than %1 MB, more than Akkoord reads from a file "
                                       "of this kind; nothing was read")
        .arg(limit / (1024 * 1024));
}

// Where an offset falls, as a person counts: lines from 1, characters (not bytes) from 1.
void locate(const QByteArray &data, qsizetype offset, int *line, int *column)
{
    offset = qBound(qsizetype(0), offset, data.size());
    const QByteArray before = data.left(offset);
    *line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    *column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
}

// One walk over the raw text for what QJsonDocument accepts silently: a key given twice in one
// object (Qt keeps the last), a \u escape that is half a surrogate pair (Qt swallows the next
// character) and NUL in a text. It stops quietly at anything that is not valid JSON; the parser
// then reports that with line and column, and where the parser lets it pass (Qt takes an escape
// JSON does not have, such as \P, as the letter) it is refused where the walk stopped, since
// nothing after that point was looked at.
class StrictScan
{
public:
    explicit StrictScan(const QByteArray &data)
        : m_begin(data.constData()), m_p(data.constData()), m_end(data.constData() + data.size())
    {
    }

    // False when the text holds one of the problems above; offset, path and message say which.
    bool run()
    {
        skipSpace();
        if (value(0) == Fine) {
            skipSpace();
            complete = m_message.isEmpty() && m_p == m_end;
        }
        stopped = m_p - m_begin;
        return m_message.isEmpty();
    }

    // Whether the walk reached the end: the text is one value with nothing after it, its
    // brackets, quotes and separators in order (numbers and words are not looked at).
    bool complete = false;
    qsizetype stopped = 0; // where the walk ended
    qsizetype offset = 0;
    QString path;
    QString message() const { return m_message; }

private:
    enum Outcome
    {
        Fine,
        Stop
    }; // Stop: a finding or a syntax error; either way, go no further

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r')) {
            ++m_p;
        }
    }

    // Where the walk is: object keys and list indexes, made into a path only for a finding.
    struct Step
    {
        QByteArrayView key; // into the text, or into the object's decoded names
        qsizetype index = -1;
    };

    Outcome find(const char *at, const QString &what)
    {
        offset = at - m_begin;
        for (const Step &step : m_steps) {
            path = step.index >= 0 ? path + QStringLiteral("[%1]").arg(step.index)
                                   : jsonJoin(path, QString::fromUtf8(step.key));
        }
        m_message = what;
        return Stop;
    }

    Outcome value(int depth)
    {
        if (m_p >= m_end || depth > 1024) {
            return Stop;
        }
        if (*m_p == '{') {
            return object(depth);
        }
        if (*m_p == '[') {
            return array(depth);
        }
        if (*m_p == '"') {
            return string(nullptr);
        }
        const char *start = m_p;
        while (m_p < m_end && !strchr(",]} \t\r\n", *m_p)) {
            ++m_p;
        }
        return m_p > start ? Fine : Stop; // a value missing: "[1,,2]", "[1,]"
    }

    Outcome object(int depth)
    {
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return Fine;
        }
        // The names so far, as spans of the text (decoded only when they hold an escape): a
        // copy and a hash of every name cost more than the rest of the walk.
        QVarLengthArray<QByteArrayView, 16> keys;
        std::unordered_set<std::string_view> many; // for objects with more names than that
        std::vector<QByteArray> decoded;
        while (m_p < m_end && *m_p == '"') {
            const char *start = m_p;
            bool escaped = false;
            if (string(&escaped) == Stop) {
                return Stop;
            }
            QByteArrayView key(start + 1, m_p - start - 2);
            if (escaped) {
                decoded.push_back(
                    QJsonDocument::fromJson(QByteArray("[") + QByteArray(start, m_p - start) + "]")
                        .array()
                        .at(0)
                        .toString()
                        .toUtf8());
                key = decoded.back();
            }
            m_steps.append(Step{key});
            if (seen(keys, many, key)) {
                return find(start,
                            QCoreApplication::translate("akkoord", "\"%1\" is given twice here; "
                                                                   "give each name once")
                                .arg(QString::fromUtf8(key)));
            }
            skipSpace();
            if (m_p >= m_end || *m_p != ':') {
                return Stop;
            }
            ++m_p;
            skipSpace();
            if (value(depth + 1) == Stop) {
                return Stop;
            }
            m_steps.removeLast();
            skipSpace();
            if (m_p < m_end && *m_p == '}') {
                ++m_p;
                return Fine;
            }
            if (m_p >= m_end || *m_p != ',') {
                return Stop;
            }
            ++m_p;
            skipSpace();
        }
        return Stop;
    }

    // Whether key was among the object's names; adds it if not.
    static bool seen(QVarLengthArray<QByteArrayView, 16> &keys,
                     std::unordered_set<std::string_view> &many, QByteArrayView key)
    {
        const std::string_view k(key.data(), size_t(key.size()));
        if (!many.empty()) {
            return !many.insert(k).second;
        }
        for (const QByteArrayView &known : keys) {
            if (known == key) {
                return true;
            }
        }
        keys.append(key);
        if (keys.size() == 16) {
            for (const QByteArrayView &known : keys) {
                many.insert(std::string_view(known.data(), size_t(known.size())));
            }
        }
        return false;
    }

    Outcome array(int depth)
    {
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return Fine;
        }
        m_steps.append(Step{QByteArrayView(), 0});
        for (qsizetype i = 0;; ++i) {
            m_steps.last().index = i;
            if (value(depth + 1) == Stop) {
                return Stop;
            }
            skipSpace();
            if (m_p < m_end && *m_p == ']') {
                ++m_p;
                m_steps.removeLast();
                return Fine;
            }
            if (m_p >= m_end || *m_p != ',') {
                return Stop;
            }
            ++m_p;
            skipSpace();
        }
    }

    static int hex(const char *p)
    {
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = p[i];
            const int d = c >= '0' && c <= '9'   ? c - '0'
                          : c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                 : -1;
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    // A text from its opening quote; escaped says whether it held an escape (keys only).
    Outcome string(bool *escaped)
    {
        // Translated only when found: looking a message up for every text scanned cost more than
        // the scan itself.
        const auto nul = [] {
            return QCoreApplication::translate(
                "akkoord",
                "the text contains a NUL character (\\u0000), which Akkoord does not keep");
        };
        const auto half = [] {
            return QCoreApplication::translate(
                "akkoord",
                "the text contains half of a character (a lone surrogate such as \\ud800)");
        };
        ++m_p;
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == '"') {
                ++m_p;
                return Fine;
            }
            if (c == '\0') {
                return find(m_p, nul());
            }
            if (c != '\\') {
                ++m_p;
                continue;
            }
            if (m_end - m_p < 2) {
                return Stop;
            }
            if (escaped) {
                *escaped = true;
            }
            const char e = m_p[1];
            if (e != 'u') {
                if (!strchr("\"\\/bfnrt", e)) {
                    return Stop;
                }
                m_p += 2;
                continue;
            }
            const char *escape = m_p;
            if (m_end - m_p < 6) {
                return Stop;
            }
            const int unit = hex(m_p + 2);
            if (unit < 0) {
                return Stop;
            }
            m_p += 6;
            if (unit == 0) {
                return find(escape, nul());
            }
            if (unit >= 0xdc00 && unit <= 0xdfff) {
                return find(escape, half());
            }
            if (unit >= 0xd800 && unit <= 0xdbff) {
                const int low =
                    m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u' ? hex(m_p + 2) : -1;
                if (low < 0xdc00 || low > 0xdfff) {
                    return find(escape, half());
                }
                m_p += 6;
            }
        }
        return Stop;
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    QVector<Step> m_steps;
    QString m_message;
};

Error strictError(const StrictScan &scan, const QByteArray &data, const QString &origin)
{
    Error error;
    error.kind = ErrorKind::MalformedJson;
    error.file = origin;
    error.jsonPath = scan.path;
    error.message = scan.message();
    locate(data, scan.offset, &error.line, &error.column);
    return error;
}

// Reads what is left of an open file, refusing it as soon as it passes limit.
Error readBounded(QFile &file, const QString &origin, qint64 limit, QByteArray *data)
{
    Error error;
    error.file = origin;
    data->clear();
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    while (true) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0) {
            error.kind = ErrorKind::Unreadable;
            error.message = QCoreApplication::translate("akkoord", "the file cannot be read (%1)")
                                .arg(file.errorString());
            return error;
        }
        if (n == 0) {
            break;
        }
        if (data->size() + n > limit) {
            data->clear();
            error.kind = ErrorKind::WrongFormat;
            error.message = tooLarge(limit);
            return error;
        }
        data->append(chunk.constData(), n);
    }
    if (data->trimmed().isEmpty()) {
        error.kind = ErrorKind::MalformedJson;
        error.message = QCoreApplication::translate("akkoord", "the file is empty");
        return error;
    }
    return {};
}

} // namespace

Error parseJson(const QByteArray &data, const QString &origin, QJsonDocument *document)
{
    StrictScan scan(data);
    if (!scan.run()) {
        return strictError(scan, data, origin);
    }
    QJsonParseError parseError;
    *document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error == QJsonParseError::NoError && !scan.complete) {
        // Qt's parser is laxer than JSON; the strict walk did not get past this point.
        *document = QJsonDocument();
        Error error = jsonError(ErrorKind::MalformedJson, origin, QString(),
                                QCoreApplication::translate("akkoord", "this is not valid JSON"));
        locate(data, scan.stopped, &error.line, &error.column);
        return error;
    }
    if (parseError.error == QJsonParseError::NoError) {
        return {};
    }
    Error error;
    error.kind = ErrorKind::MalformedJson;
    error.file = origin;
    // QJsonParseError counts bytes; people count lines and characters.
    locate(data, parseError.offset, &error.line, &error.column);
    error.message = QCoreApplication::translate("akkoord", "this is not valid JSON (%1)")
                        .arg(describe(parseError.error));
    return error;
}

JsonPieces::JsonPieces(const QByteArray &data, const QString &origin)
    : m_data(data), m_origin(origin)
{
}

Error JsonPieces::check() const
{
    StrictScan scan(m_data);
    if (!scan.run()) {
        return strictError(scan, m_data, m_origin);
    }
    return scan.complete ? Error() : syntaxError();
}

Error JsonPieces::syntaxError() const
{
    // Only when the text is broken: Qt's parser finds the place and the reason.
    QJsonDocument document;
    Error e = parseJson(m_data, m_origin, &document);
    if (!e.isError()) {
        e = jsonError(ErrorKind::MalformedJson, m_origin, QString(),
                      QCoreApplication::translate("akkoord", "this is not valid JSON"));
    }
    return e;
}

qsizetype JsonPieces::skipSpace(qsizetype p) const
{
    const char *d = m_data.constData();
    while (p < m_data.size() && (d[p] == ' ' || d[p] == '\t' || d[p] == '\n' || d[p] == '\r')) {
        ++p;
    }
    return p;
}

qsizetype JsonPieces::skipValue(qsizetype p) const
{
    const char *d = m_data.constData();
    const qsizetype end = m_data.size();
    int depth = 0;
    while (p < end) {
        const char c = d[p];
        if (c == '"') {
            for (++p; p < end && d[p] != '"'; ++p) {
                if (d[p] == '\\') {
                    ++p;
                }
            }
            ++p;
        } else if (c == '{' || c == '[') {
            ++depth;
            ++p;
        } else if (c == '}' || c == ']') {
            if (depth == 0) {
                return p; // the end of the enclosing value, not of this one
            }
            --depth;
            ++p;
        } else if (depth == 0 && (c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
            return p;
        } else {
            ++p;
        }
        if (depth == 0 && (c == '"' || c == '}' || c == ']')) {
            return qMin(p, end);
        }
    }
    return end;
}

JsonSpan JsonPieces::whole() const
{
    // A checked text is one value with nothing but blanks around it.
    qsizetype end = m_data.size();
    while (end > 0) {
        const char c = m_data.at(end - 1);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            break;
        }
        --end;
    }
    return JsonSpan{skipSpace(0), end};
}

char JsonPieces::kindOf(JsonSpan value) const
{
    return value.begin < value.end ? m_data.at(value.begin) : '\0';
}

Result<QVector<QPair<QString, JsonSpan>>> JsonPieces::members(JsonSpan object) const
{
    QVector<QPair<QString, JsonSpan>> result;
    if (kindOf(object) != '{') {
        return result;
    }
    qsizetype p = skipSpace(object.begin + 1);
    while (p < object.end && m_data.at(p) == '"') {
        const qsizetype keyEnd = skipValue(p);
        // Through Qt's parser like every other text, so that escapes and invalid UTF-8 in a name
        // are treated as they are in values (objects have few members; this is not the hot path).
        const Result<QJsonValue> key = value(JsonSpan{p, keyEnd});
        if (!key.ok()) {
            return key.error();
        }
        p = skipSpace(skipSpace(keyEnd) + 1); // past the colon
        const qsizetype valueEnd = skipValue(p);
        result.append({key.value().toString(), JsonSpan{p, valueEnd}});
        p = skipSpace(valueEnd);
        if (p < object.end && m_data.at(p) == ',') {
            p = skipSpace(p + 1);
        }
    }
    return result;
}

Error JsonPieces::forEachItem(JsonSpan list,
                              const std::function<Error(qsizetype, JsonSpan)> &visit) const
{
    if (kindOf(list) != '[') {
        return {};
    }
    qsizetype p = skipSpace(list.begin + 1);
    for (qsizetype index = 0; p < list.end && m_data.at(p) != ']'; ++index) {
        const qsizetype end = skipValue(p);
        const Error e = visit(index, JsonSpan{p, end});
        if (e.isError()) {
            return e;
        }
        p = skipSpace(end);
        if (p < list.end && m_data.at(p) == ',') {
            p = skipSpace(p + 1);
        }
    }
    return {};
}

Result<QJsonValue> JsonPieces::value(JsonSpan span) const
{
    const char kind = kindOf(span);
    QJsonParseError error;
    if (kind == '{' || kind == '[') {
        // Parsed where it lies, not copied.
        const QJsonDocument document = QJsonDocument::fromJson(
            QByteArray::fromRawData(m_data.constData() + span.begin, span.end - span.begin),
            &error);
        if (error.error == QJsonParseError::NoError) {
            return document.isObject() ? QJsonValue(document.object())
                                       : QJsonValue(document.array());
        }
    } else {
        const QJsonDocument document = QJsonDocument::fromJson(
            '[' + m_data.mid(span.begin, span.end - span.begin) + ']', &error);
        if (error.error == QJsonParseError::NoError) {
            return document.array().at(0);
        }
    }
    return syntaxError();
}

Error readFile(const QString &path, QByteArray *data, qint64 limit)
{
    Error error;
    error.file = path;
    error.kind = ErrorKind::Unreadable;
    if (QFileInfo(path).isDir()) {
        error.message = QCoreApplication::translate("akkoord", "this is a folder, not a file");
        return error;
    }
    if (path.startsWith(QLatin1Char(':'))) { // built into the program
        QFile resource(path);
        if (!resource.open(QIODevice::ReadOnly)) {
            error.message = QCoreApplication::translate("akkoord", "the file does not exist");
            return error;
        }
        return readBounded(resource, path, limit, data);
    }
    // Without O_NONBLOCK, opening a named pipe waits for a writer for ever.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int why = errno;
        error.message = why == ENOENT
                            ? QCoreApplication::translate("akkoord", "the file does not exist")
                            : QCoreApplication::translate(
                                  "akkoord", "the file cannot be read (%1); check its permissions")
                                  .arg(QString::fromLocal8Bit(strerror(why)));
        return error;
    }
    // Reads may wait again: a pipe then ends when its last writer closes it.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    struct stat info;
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size > limit) {
        ::close(fd);
        error.kind = ErrorKind::WrongFormat;
        error.message = tooLarge(limit);
        return error;
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        error.message = QCoreApplication::translate("akkoord", "the file cannot be read (%1)")
                            .arg(file.errorString());
        return error;
    }
    return readBounded(file, path, limit, data);
}

Error readStandardInput(const QString &origin, QByteArray *data, qint64 limit)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return jsonError(
            ErrorKind::Unreadable, origin, QString(),
            QCoreApplication::translate("akkoord", "standard input cannot be read (%1)")
                .arg(in.errorString()));
    }
    return readBounded(in, origin, limit, data);
}

Error checkVersion(const QJsonObject &object, const QString &key, int supported,
                   const QString &origin, const QString &path)
{
    const QString where = jsonJoin(path, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        return jsonError(ErrorKind::WrongType, origin, where,
                         QCoreApplication::translate("akkoord", "\"%1\" is missing; it must be a "
                                                                "whole number such as 1")
                             .arg(key));
    }
    const double v = value.toDouble();
    if (!value.isDouble() || v < 1 || v != std::floor(v)) {
        return jsonError(
            ErrorKind::WrongType, origin, where,
            QCoreApplication::translate("akkoord", "\"%1\" must be a whole number of "
                                                   "at least 1, not %2")
                .arg(key, value.isDouble() ? QString::number(v, 'g', 17) : jsonTypeName(value)));
    }
    if (v > supported) {
        return jsonError(ErrorKind::NewerVersion, origin, where,
                         QCoreApplication::translate(
                             "akkoord",
                             "this file was written by a newer Akkoord (version %1; this "
                             "program reads up to %2); update Akkoord to open it")
                             .arg(QString::number(v, 'g', 17))
                             .arg(supported));
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
    case QJsonValue::Null:
        return QCoreApplication::translate("akkoord", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("akkoord", "true/false");
    case QJsonValue::Double:
        return QCoreApplication::translate("akkoord", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("akkoord", "text");
    case QJsonValue::Array:
        return QCoreApplication::translate("akkoord", "a list");
    case QJsonValue::Object:
        return QCoreApplication::translate("akkoord", "an object");
    case QJsonValue::Undefined:
        return QCoreApplication::translate("akkoord", "nothing");
    }
    return QString();
}

QString jsonJoin(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

} // namespace akkoord
