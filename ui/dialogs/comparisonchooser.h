#pragma once

#include "store/scenariostore.h"

#include <QDialog>
#include <QHash>
#include <QVector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace akkoord::ui {

class TitleSearch;

// Chooses the scenarios to compare, at any size of the store: it opens on the open
// municipality's scenarios (those ticked when there are a few, else the open one), and a search
// as you type finds any other by title or municipality from the titles in memory (TitleSearch),
// showing at most MaxShown at a time. Ticks are kept across searches; the reference the others
// are compared with is one of the ticked, the open scenario unless the user picks another.
class ComparisonChooser : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MaxShown = 200;
    // Up to this many scenarios of the open municipality are ticked from the start.
    static constexpr int TickAllLimit = 10;

    ComparisonChooser(const ScenarioStore &store, TitleSearch &titles, qint64 openCase,
                      qint64 openScenario, QWidget *parent = nullptr);

    // The reference first, then the other ticked scenarios, in the order they were ticked.
    QVector<qint64> chosen() const;
    // The practice examples' names: a search for one says why examples are not compared.
    void setPracticeExamples(const QStringList &names);
    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *list() const { return m_list; }
    QComboBox *referenceBox() const { return m_reference; }
    QLabel *countLabel() const { return m_count; }

private:
    void showMatches();
    void setTicked(qint64 id, const QString &label, bool ticked);
    void updateReference();
    QString label(qint64 caseId, const QString &title) const;
    QStringList m_examples;

    TitleSearch &m_titles;
    qint64 m_openScenario;
    QVector<ScenarioSummary> m_own; // the open municipality's scenarios
    QHash<qint64, QString> m_caseNames;
    QVector<qint64> m_ticked; // in the order they were ticked
    QHash<qint64, QString> m_tickedLabels;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_count;
    QComboBox *m_reference;
    bool m_filling = false;
};

} // namespace akkoord::ui
