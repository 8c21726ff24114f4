#include "common/jsonreader.h"

#include "common/jsonsupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace akkoord {

JsonReader::JsonReader(const QJsonValue &value, const QString &origin, const QString &path,
                       ErrorKind kind)
    : m_state(std::make_shared<State>(State{origin, kind, Error()})), m_value(value), m_path(path),
      m_pathReady(true)
{
}

JsonReader::JsonReader(std::shared_ptr<State> state, QJsonValue value, QString parent, QString key,
                       qsizetype index)
    : m_state(std::move(state)), m_value(std::move(value)), m_path(std::move(parent)),
      m_key(std::move(key)), m_index(index)
{
}

const QString &JsonReader::path() const
{
    // Made when first asked: most values are read without ever needing their path, and joining
    // it for every one cost a sixth of an import.
    if (!m_pathReady) {
        m_path =
            m_index >= 0 ? m_path + QStringLiteral("[%1]").arg(m_index) : jsonJoin(m_path, m_key);
        m_pathReady = true;
    }
    return m_path;
}

JsonReader JsonReader::parse(const QByteArray &data, const QString &origin, ErrorKind kind,
                             const QString &notAnObject)
{
    QJsonDocument document;
    const Error parsed = parseJson(data, origin, &document);
    JsonReader reader(document.isObject() ? QJsonValue(document.object()) : QJsonValue(), origin,
                      QString(), kind);
    if (parsed.isError()) {
        reader.m_state->error = parsed;
    } else if (!document.isObject()) {
        reader.fail(notAnObject, QString(), ErrorKind::WrongFormat);
    }
    return reader;
}

QString JsonReader::pathOf(const QString &key) const
{
    return jsonJoin(path(), key);
}

void JsonReader::fail(const QString &message, const QString &path,
                      std::optional<ErrorKind> kind) const
{
    if (!ok()) {
        return; // the first problem is the one the user sees
    }
    m_state->error = jsonError(kind.value_or(m_state->kind), m_state->origin,
                               path.isEmpty() ? this->path() : path, message);
}

bool JsonReader::expect(bool condition, const JsonReader &at,
                        const std::function<QString()> &message) const
{
    // The message is made only when it is needed: translating it for every value read cost
    // more than reading.
    if (!condition) {
        fail(message(), at.path());
    }
    return condition && ok();
}

bool JsonReader::has(const QString &key) const
{
    return m_value.toObject().contains(key);
}

JsonReader JsonReader::member(const QString &key, Need need) const
{
    const QJsonValue v = m_value.toObject().value(key);
    if (need == Required && v.isUndefined()) {
        // Named at the object that lacks it: that is where the member is to be added.
        fail(QCoreApplication::translate("akkoord", "\"%1\" is missing").arg(key), path());
    }
    return JsonReader(m_state, ok() ? v : QJsonValue(), path(), key, -1);
}

bool JsonReader::isObject() const
{
    return expect(m_value.isObject(), *this, [&] {
        return QCoreApplication::translate("akkoord", "expected an object, found %1")
            .arg(jsonTypeName(m_value));
    });
}

QString JsonReader::asText() const
{
    return expect(m_value.isString(), *this,
                  [&] {
                      return QCoreApplication::translate("akkoord", "expected text, found %1")
                          .arg(jsonTypeName(m_value));
                  })
               ? m_value.toString()
               : QString();
}

QStringList JsonReader::keys() const
{
    return m_value.toObject().keys();
}

JsonReader JsonReader::object(const QString &key, Need need) const
{
    JsonReader m = member(key, need);
    if (need == Optional && !has(key)) {
        return JsonReader(m_state, QJsonObject(), path(), key, -1);
    }
    if (ok()) {
        m.isObject();
    }
    return m;
}

QVector<JsonReader> JsonReader::items() const
{
    QVector<JsonReader> out;
    if (!expect(m_value.isArray(), *this, [&] {
            return QCoreApplication::translate("akkoord", "expected a list, found %1")
                .arg(jsonTypeName(m_value));
        })) {
        return out;
    }
    const QJsonArray list = m_value.toArray();
    out.reserve(list.size());
    for (int i = 0; i < list.size(); ++i) {
        out.append(JsonReader(m_state, list[i], path(), QString(), i));
    }
    return out;
}

QVector<JsonReader> JsonReader::list(const QString &key, Need need, int maxItems,
                                     const QString &tooMany) const
{
    const JsonReader m = member(key, need);
    if (!ok() || (need == Optional && !has(key))) {
        return {};
    }
    if (maxItems >= 0 && m.m_value.isArray() && m.m_value.toArray().size() > maxItems) {
        fail(tooMany, m.path());
        return {};
    }
    return m.items();
}

QString JsonReader::text(const QString &key, Need need, int maxLength, bool trimmed) const
{
    const JsonReader m = member(key, need);
    // An optional text may also be written as null; anything else must be text.
    if (!ok() || m.m_value.isUndefined() || (need == Optional && m.m_value.isNull())) {
        return QString();
    }
    if (!expect(m.m_value.isString(), m, [&] {
            return QCoreApplication::translate("akkoord", "expected text, found %1")
                .arg(jsonTypeName(m.m_value));
        })) {
        return QString();
    }
    const QString value = trimmed ? m.m_value.toString().trimmed() : m.m_value.toString();
    if (!expect(maxLength < 0 || value.size() <= maxLength, m, [&] {
            return QCoreApplication::translate("akkoord", "longer than %1 characters")
                .arg(maxLength);
        })) {
        return QString();
    }
    return value;
}

QString JsonReader::nonEmptyText(const QString &key) const
{
    const QString value = text(key, Required);
    expect(!ok() || !value.trimmed().isEmpty(), member(key, Optional),
           [&] { return QCoreApplication::translate("akkoord", "must not be empty"); });
    return ok() ? value : QString();
}

bool JsonReader::flag(const QString &key, bool fallback) const
{
    const JsonReader m = member(key, Optional);
    if (!ok() || m.m_value.isUndefined()) {
        return fallback;
    }
    if (!expect(m.m_value.isBool(), m, [&] {
            return QCoreApplication::translate("akkoord", "expected true/false, found %1")
                .arg(jsonTypeName(m.m_value));
        })) {
        return fallback;
    }
    return m.m_value.toBool();
}

double JsonReader::number(const QString &key, double low, double high) const
{
    const JsonReader m = member(key, Required);
    if (!ok()) {
        return 0;
    }
    if (!expect(m.m_value.isDouble(), m, [&] {
            return QCoreApplication::translate("akkoord", "expected a number, found %1")
                .arg(jsonTypeName(m.m_value));
        })) {
        return 0;
    }
    const double n = m.m_value.toDouble();
    if (!expect(n >= low && n <= high, m, [&] {
            return QCoreApplication::translate("akkoord",
                                               "%1 is outside the allowed range %2 to %3")
                .arg(n)
                .arg(low)
                .arg(high);
        })) {
        return 0;
    }
    return n;
}

int JsonReader::wholeNumber(const QString &key, int low, int high) const
{
    const JsonReader m = member(key, Required);
    if (!ok()) {
        return 0;
    }
    const double n = m.m_value.toDouble();
    const bool whole = m.m_value.isDouble() && n == std::floor(n) && n >= low && n <= high;
    if (!expect(whole, m, [&] {
            return low == 1 && high == std::numeric_limits<int>::max()
                       ? QCoreApplication::translate("akkoord",
                                                     "expected a whole number of at least 1")
                       : QCoreApplication::translate("akkoord",
                                                     "expected a whole number from %1 to %2")
                             .arg(low)
                             .arg(high);
        })) {
        return 0;
    }
    return int(n);
}

bool JsonReader::checkKeys(const QStringList &known) const
{
    if (!ok() || !m_value.isObject()) {
        return ok();
    }
    for (const QString &key : m_value.toObject().keys()) {
        if (!known.contains(key)) {
            fail(QCoreApplication::translate("akkoord", "unknown key \"%1\" (expected one of: %2)")
                     .arg(key, known.join(QStringLiteral(", "))),
                 pathOf(key));
            return false;
        }
    }
    return true;
}

bool JsonReader::checkFormat(const QString &expected, const QString &message) const
{
    if (!ok()) {
        return false;
    }
    if (m_value.toObject().value(QStringLiteral("format")).toString() != expected) {
        fail(message, pathOf(QStringLiteral("format")), ErrorKind::WrongFormat);
        return false;
    }
    return true;
}

bool JsonReader::checkVersion(const QString &key, int supported) const
{
    if (!ok()) {
        return false;
    }
    const Error e =
        akkoord::checkVersion(m_value.toObject(), key, supported, m_state->origin, path());
    if (e.isError()) {
        m_state->error = e;
        return false;
    }
    return true;
}

} // namespace akkoord
