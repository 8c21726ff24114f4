#pragma once

#include "agreements/agreement.h"
#include "common/language.h"
#include "knowledge/advisor.h"
#include "store/scenariostore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;
class QTabWidget;
class QTextBrowser;
class QUndoStack;

namespace akkoord::ui {

class AgreementFilter;
class AgreementForm;
class AgreementListModel;
class ProgressView;
class RealisationsTable;
class StrategyMatrixView;

// The Afspraken view of one municipality: its agreements with status and progress (filtered by
// kind, status and what is behind), the open agreement's form and its realisations per quarter,
// the progress per target group, the next reviews, and the actual path on the strategy matrix
// beside the start its baseline scenario's advice recommends.
//
// Editing is as for scenarios: every change is an undo step, unsaved work is kept as a draft
// beside the database and offered again after a crash, and a save that another program has
// overtaken is refused as a conflict, never overwriting it.
class AgreementsWindow : public QDialog
{
    Q_OBJECT

public:
    AgreementsWindow(ScenarioStore *store, const Advisor &advisor, Language language, qint64 caseId,
                     QWidget *parent = nullptr);
    ~AgreementsWindow() override;

    qint64 caseId() const { return m_caseId; }
    // The agreement shown, as edited; 0 for one not saved yet.
    qint64 currentId() const { return m_id; }
    Agreement current() const { return m_current; }
    bool isDirty() const;
    bool select(qint64 id);
    void newAgreement();
    bool save();
    bool deleteCurrent();
    // The quarterly report, up to the date shown, as PDF or HTML (by the name's extension).
    bool writeReport(const QString &path);
    void exportReport();
    // Unsaved work of an earlier session, offered again (when there is any).
    void offerDraft();
    QString draftPath() const;

    AgreementListModel *model() const { return m_model; }
    AgreementFilter *filter() const { return m_filter; }
    QTableView *list() const { return m_list; }
    AgreementForm *form() const { return m_form; }
    RealisationsTable *realisations() const { return m_realisations; }
    ProgressView *progressView() const { return m_progress; }
    StrategyMatrixView *pathView() const { return m_path; }
    QTextBrowser *summary() const { return m_summary; }
    QUndoStack *undoStack() const { return m_undo; }
    QDateEdit *dateEdit() const { return m_date; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *kindFilter() const { return m_kindFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QCheckBox *behindFilter() const { return m_behindOnly; }

    // Puts an agreement in the form without an undo step (the undo commands use it).
    void showContent(const Agreement &agreement);

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    // The register changed in the store (a save or a move to the trash).
    void saved();

private:
    void reload(qint64 selectId);
    void load(const AgreementRecord &record);
    void edited();
    bool maybeSave();
    void refreshDerived();
    void refreshPath(const QVector<Agreement> &all, const QDate &from, const QDate &at);
    enum Page
    {
        AgreementPage,
        RealisationsPage,
        ProgressPage,
        PathPage
    };
    void updateTitle();
    void writeDraft();
    void removeDraft();

    ScenarioStore *m_store;
    const Advisor &m_advisor;
    Language m_language;
    qint64 m_caseId;
    QString m_caseName;
    qint64 m_id = 0;
    int m_revision = 0;
    Agreement m_current;
    Agreement m_saved;
    bool m_loading = false;
    // Until an earlier session's draft has been offered (offerDraft), none is removed.
    bool m_draftOffered = false;

    AgreementListModel *m_model;
    AgreementFilter *m_filter;
    QTableView *m_list;
    QComboBox *m_kindFilter;
    QComboBox *m_statusFilter;
    QCheckBox *m_behindOnly;
    QDateEdit *m_date;
    QTabWidget *m_tabs;
    AgreementForm *m_form;
    RealisationsTable *m_realisations;
    ProgressView *m_progress;
    QTextBrowser *m_summary;
    StrategyMatrixView *m_path;
    QLabel *m_pathText;
    QLabel *m_state;
    QUndoStack *m_undo;
};

} // namespace akkoord::ui
