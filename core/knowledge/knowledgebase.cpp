#include "knowledge/knowledgebase.h"

#include <QCoreApplication>

namespace akkoord {

int Question::optionIndex(const QString &id) const
{
    for (int i = 0; i < options.size(); ++i) {
        if (options[i].id == id) {
            return i;
        }
    }
    return -1;
}

int KnowledgeBase::startingPointIndex(const QString &id) const
{
    for (int i = 0; i < m_startingPoints.size(); ++i) {
        if (m_startingPoints[i].id == id) {
            return i;
        }
    }
    return -1;
}

int KnowledgeBase::matrixIndex(const QString &id) const
{
    for (int i = 0; i < m_matrices.size(); ++i) {
        if (m_matrices[i].id == id) {
            return i;
        }
    }
    return -1;
}

const Section *KnowledgeBase::section(const QString &id) const
{
    for (const Section &s : m_sections) {
        if (s.id == id) {
            return &s;
        }
    }
    return nullptr;
}

const Question *KnowledgeBase::question(const QString &id) const
{
    const int index = questionIndex(id);
    return index < 0 ? nullptr : &m_questions[index];
}

const Measure *KnowledgeBase::measure(const QVector<Measure> &list, const QString &id) const
{
    for (const Measure &m : list) {
        if (m.id == id) {
            return &m;
        }
    }
    return nullptr;
}

const ReferenceCase *KnowledgeBase::referenceCase(const QString &id) const
{
    for (const ReferenceCase &c : m_cases) {
        if (c.id == id) {
            return &c;
        }
    }
    return nullptr;
}

Error KnowledgeBase::validate(const Answers &answers, const QString &origin) const
{
    Error error;
    error.file = origin;
    for (const QString &id : answers.questions()) {
        error.jsonPath = id;
        const Question *q = question(id);
        if (!q) {
            error.kind = ErrorKind::UnknownQuestion;
            error.message =
                QCoreApplication::translate("akkoord", "unknown question \"%1\"").arg(id);
            return error;
        }
        const QStringList values = answers.values(id);
        if (q->multiple != answers.isMultiple(id)) {
            error.kind = ErrorKind::WrongType;
            error.message =
                q->multiple ? QCoreApplication::translate("akkoord",
                                                          "question \"%1\" takes a list of options")
                                  .arg(id)
                            : QCoreApplication::translate(
                                  "akkoord", "question \"%1\" takes a single option, not a list")
                                  .arg(id);
            return error;
        }
        for (const QString &value : values) {
            if (q->optionIndex(value) < 0) {
                error.kind = ErrorKind::UnknownOption;
                QStringList known;
                for (const Option &o : q->options) {
                    known << o.id;
                }
                error.message =
                    QCoreApplication::translate(
                        "akkoord", "question \"%1\" has no option \"%2\" (choose from: %3)")
                        .arg(id, value, known.join(QStringLiteral(", ")));
                return error;
            }
        }
    }
    return {};
}

} // namespace akkoord
