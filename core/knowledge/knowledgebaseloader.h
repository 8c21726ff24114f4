#pragma once

// Inside the knowledge base's loading only (knowledgebaseloader.cpp: the reading primitives and
// the whole; knowledgebasesections.cpp: one function per section of the file).
#include "common/jsonreader.h"
#include "common/jsonsupport.h"
#include "knowledge/knowledgebase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace akkoord {

// Thrown by the loader at the first problem; caught in KnowledgeBase::loadJson.
struct LoadFailure
{
    Error error;
};

// Reads the JSON into a KnowledgeBase, checking every reference as it goes; the first problem
// stops the load with the JSON path of the offending value.
class KnowledgeBaseLoader
{
public:
    KnowledgeBaseLoader(KnowledgeBase *kb, QString origin) : m_kb(kb), m_origin(std::move(origin))
    {
    }

    void load(const QJsonObject &root);

private:
    [[noreturn]] void fail(const QString &path, const QString &message,
                           ErrorKind kind = ErrorKind::InvalidKnowledgeBase) const
    {
        Error error;
        error.kind = kind;
        error.file = m_origin;
        error.jsonPath = path;
        error.message = message;
        throw LoadFailure{error};
    }

    // The shared JSON reader does every type, presence and range check with its messages and
    // paths; the loader stops at the first problem it reports.
    JsonReader reader(const QJsonValue &value, const QString &path) const
    {
        return JsonReader(value, m_origin, path, ErrorKind::InvalidKnowledgeBase);
    }
    template <typename T> T checked(const JsonReader &r, T value) const
    {
        if (!r.ok()) {
            throw LoadFailure{r.error()};
        }
        return value;
    }
    // A knowledge base is written by hand: a misspelt key must not be ignored.
    void onlyKeys(const QJsonObject &object, const QString &path,
                  std::initializer_list<const char *> keys) const
    {
        QStringList known;
        for (const char *key : keys) {
            known << QLatin1String(key);
        }
        const JsonReader r = reader(object, path);
        checked(r, r.checkKeys(known));
    }
    QJsonValue member(const QJsonObject &object, const QString &key, const QString &path) const
    {
        const JsonReader r = reader(object, path);
        return checked(r, r.member(key).value());
    }
    QString string(const QJsonObject &object, const QString &key, const QString &path) const;
    QString identifier(const QJsonObject &object, const QString &key, const QString &path) const;
    QJsonArray array(const QJsonObject &object, const QString &key, const QString &path) const;
    QJsonObject object(const QJsonValue &value, const QString &path) const;
    double number(const QJsonValue &value, const QString &path, double low, double high) const;
    LocalizedText text(const QJsonObject &object, const QString &key, const QString &path) const;
    LocalizedText textAt(const QJsonValue &value, const QString &path) const;
    void requireSection(const QString &id, const QString &path) const;
    Basis basis(const QJsonObject &object, const QString &key, const QString &path,
                bool forExampleAnswer = false) const;
    QVector<LocalizedText> texts(const QJsonObject &object, const QString &key,
                                 const QString &path) const;
    // An optional true/false member, false when absent.
    bool flag(const QJsonObject &object, const QString &key, const QString &path) const;
    void unique(QSet<QString> *seen, const QString &id, const QString &path) const;
    int axisIndex(const QString &key, const QString &path) const;
    Condition condition(const QJsonObject &object, const QString &path) const;
    QVector<WeightedTarget> targets(const QJsonObject &rule, const QString &key,
                                    const QString &path, const QStringList &ids) const;
    QStringList ids(const QVector<Measure> &list) const;

    void loadMatrices(const QJsonArray &array);
    void loadQuestions(const QJsonArray &array);
    void loadOptions(const QJsonObject &question, const QString &path, Question *q);
    void loadStartingPoints(const QJsonArray &array);
    QVector<Measure> loadMeasures(const QJsonObject &root, const QString &key,
                                  const QString &adviceKey);
    void loadCases(const QJsonArray &array);
    void loadRules(const QJsonArray &array);
    void loadInconsistencies(const QJsonArray &array);
    void loadAgreementPlacement(const QJsonObject &placement);
    QVector<Point> points(const QJsonObject &object, const QString &path, bool optional) const;
    void orderQuestions();

    KnowledgeBase *m_kb;
    QString m_origin;
};

} // namespace akkoord
