#pragma once

#include "knowledge/advice.h"
#include "knowledge/advisor.h"
#include "knowledge/knowledgebase.h"
#include "store/scenariostore.h"
#include "support/settings.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QTimer;
class QStackedWidget;
class QUndoStack;

namespace akkoord::ui {

class AdvicePanel;
class AgreementsWindow;
class GuideDialog;
class CaseBrowser;
class DraftKeeper;
class FileActions;
class StoreActions;
class ScenarioSession;
class LiveAdvice;
class MatrixPane;
namespace Command {
class Edits;
}
class QuestionnaireWidget;
class ScenarioDocument;
class StrategyMatrixView;

// The main window: case browser, questionnaire, live matrix and advice. It is the controller that
// connects the widgets to the document, the undo stack, the advisor and the store.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(std::shared_ptr<const KnowledgeBase> kb, Language language,
               QSettings *settings = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the database at path, or shows why it cannot; false leaves the window as it was.
    bool openDatabase(const QString &path);
    bool openScenario(qint64 id);
    bool openReferenceCase(const QString &id);
    bool save();
    // Offers to restore unsaved work a previous session left behind.
    void offerDraft();
    QString draftPath() const;
    void writeDraft();

    // For tests and the screenshot tool; the editor's widgets exist once a scenario has opened.
    ScenarioDocument *document() const { return m_document; }
    ScenarioStore *store() const { return m_store.get(); }
    QUndoStack *undoStack() const { return m_undo; }
    CaseBrowser *caseBrowser() const { return m_browser; }
    QuestionnaireWidget *questionnaire() const { return m_questionnaire; }
    StrategyMatrixView *matrixView() const;
    AdvicePanel *advicePanel() const { return m_advicePanel; }
    MatrixPane *matrixPane() const { return m_matrixPane; }
    const Advice &advice() const;
    void showMatrix(const QString &matrix);
    void compareScenarios(const QVector<qint64> &ids);
    QWidget *emptyState() const;
    bool createMunicipality(const QString &name, const QString &cbsCode, const QString &region);
    void newScenario();
    void duplicateScenario();
    void renameScenario();
    void editMunicipality();
    // The Afspraken view of the open scenario's municipality, or of the one chosen in the
    // browser; one window per municipality. Null when there is none to show.
    AgreementsWindow *showAgreements();
    // Draws the agreements' actual path on the matrix while the open scenario is its
    // municipality's baseline (the start the path is compared with); clears it otherwise.
    void updateActualPath();
    void deleteScenario();
    void makeBaseline();
    void compareWithBaseline();
    void importFiles();
    void exportScenario();
    void exportReport(bool pdf);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildFileMenu();
    std::pair<QAction *, QAction *> buildEditMenu(); // with the undo and redo actions
    void buildViewMenus();
    void buildToolBar(QAction *undo, QAction *redo);
    void buildLayout();
    void buildEditor();
    void refresh();
    // Puts the browser's selection back on what is open.
    void selectOpenInBrowser();
    void updateTitle();
    void updateActions();
    bool maybeSave();
    void showError(const QString &title, const Error &error);
    void reloadBrowser();

    void newMunicipality();
    void showHistory();
    void showTrash();
    void chooseComparison();
    void exportMatrix(bool svg);
    void printReport();
    void openDatabaseDialog();
    // Connects to the region's shared database (ConnectDialog), asking again with the reason
    // until it opens or the user gives up.
    void connectDialog();
    // Opens path (a file or a server's address) and shows it; the error when it cannot.
    Error tryOpenDatabase(const QString &path);
    // Another user's save in a shared database: the lists are read again, once per burst.
    void otherUsersChanged();
    void showSettings();
    void showAbout();
    void showGuide();

    std::shared_ptr<const KnowledgeBase> m_kb;
    Advisor m_advisor;
    Language m_language;
    Settings m_settings;
    std::unique_ptr<ScenarioStore> m_store;
    ScenarioDocument *m_document;
    QUndoStack *m_undo;
    LiveAdvice *m_live;
    QString m_shown; // the municipality and id of the scenario loaded last
    std::unique_ptr<Command::Edits> m_edits;
    QString m_matrixId = QStringLiteral("strategy"); // until the editor is built

    QStackedWidget *m_center = nullptr;
    QWidget *m_empty = nullptr;
    CaseBrowser *m_browser = nullptr;
    QuestionnaireWidget *m_questionnaire = nullptr;
    MatrixPane *m_matrixPane = nullptr;
    AdvicePanel *m_advicePanel = nullptr;
    QSplitter *m_outer = nullptr;
    QSplitter *m_right = nullptr;
    DraftKeeper *m_drafts = nullptr;
    QLabel *m_databaseLabel = nullptr; // which database is open, and as whom
    QTimer *m_remoteRefresh = nullptr;
    ScenarioSession *m_session = nullptr;
    StoreActions *m_storeActions = nullptr;
    FileActions *m_fileActions = nullptr;

    QAction *m_save = nullptr;
    QAction *m_newScenario = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_renameCase = nullptr;
    QAction *m_agreements = nullptr;
    QHash<qint64, QPointer<AgreementsWindow>> m_agreementWindows;
    QAction *m_delete = nullptr;
    QAction *m_baseline = nullptr;
    QAction *m_history = nullptr;
    QAction *m_compareBaseline = nullptr;
    QAction *m_exportScenario = nullptr;
    QAction *m_reportPdf = nullptr;
    QAction *m_reportHtml = nullptr;
    QAction *m_print = nullptr;
    QMenu *m_viewMenu = nullptr;
    QPointer<GuideDialog> m_guide;
    QMenu *m_recent = nullptr;
};

} // namespace akkoord::ui
