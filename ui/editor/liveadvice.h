#pragma once

#include "knowledge/advice.h"
#include "knowledge/advisor.h"

#include <QHash>
#include <QObject>

namespace akkoord::ui {

class ScenarioDocument;

// The advice for the open scenario, kept up to date: it listens to the document, asks the
// advisor, and tells the views. The answer's whole path is questionnaire → Command::Edits →
// document → LiveAdvice → views (questionnaire, matrix, advice panel); nothing flows back.
class LiveAdvice : public QObject
{
    Q_OBJECT

public:
    LiveAdvice(const Advisor &advisor, Language language, ScenarioDocument *document,
               QObject *parent = nullptr);

    const Advice &advice() const { return m_advice; }
    // The starting point the user asked the route to ("" for none); an input of the advice.
    QString target() const { return m_target; }
    void setTarget(const QString &startingPoint);

    // The practice example the document shows, if it shows one.
    const ReferenceCase *shownExample() const;
    // Short remarks beside questions: contradicting answers, and for a practice example where
    // each answer comes from.
    QHash<QString, QString> remarks() const;

Q_SIGNALS:
    // The advice was computed anew (after an edit, a load or another target).
    void changed();

private:
    void update();

    const Advisor &m_advisor;
    Language m_language;
    ScenarioDocument *m_document;
    QString m_target;
    Advice m_advice;
};

} // namespace akkoord::ui
