#include "mainwindow.h"

#include "agreements/agreementswindow.h"
#include "agreements/position.h"

#include "session/draftkeeper.h"
#include "session/fileactions.h"
#include "session/scenariosession.h"
#include "session/storeactions.h"

#include "editor/liveadvice.h"
#include "editor/matrixpane.h"

#include "browser/casebrowser.h"
#include "common/usertext.h"
#include "common/version.h"
#include "dialogs/connectdialog.h"
#include "dialogs/guidedialog.h"
#include "dialogs/newmunicipalitydialog.h"
#include "dialogs/settingsdialog.h"
#include "editor/advicepanel.h"
#include "editor/commands.h"
#include "editor/questionnairewidget.h"
#include "editor/scenariodocument.h"
#include "editor/strategymatrixview.h"
#include "support/prompt.h"
#include "support/screenfit.h"
#include "support/theme.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace akkoord::ui {

MainWindow::MainWindow(std::shared_ptr<const KnowledgeBase> kb, Language language,
                       QSettings *settings, QWidget *parent)
    : QMainWindow(parent), m_kb(std::move(kb)), m_advisor(m_kb), m_language(language),
      m_settings(settings), m_document(new ScenarioDocument(this)), m_undo(new QUndoStack(this)),
      m_live(new LiveAdvice(m_advisor, m_language, m_document, this)),
      m_edits(std::make_unique<Command::Edits>(m_document, m_undo, *m_kb, m_language))
{
    setObjectName(QStringLiteral("MainWindow"));
    buildLayout();
    buildActions();
    connect(m_document, &ScenarioDocument::changed, this, &MainWindow::refresh);
    // A scenario just opened starts at the top of the questions and of the advice, with no
    // route chosen: the route to a start was a question about the scenario before. The same
    // scenario loaded again (another user's changes) keeps it.
    connect(m_document, &ScenarioDocument::loaded, this, [this] {
        const QString shown =
            QStringLiteral("%1/%2").arg(m_document->municipality()).arg(m_document->scenarioId());
        if (m_questionnaire) {
            m_questionnaire->scrollToTop();
            m_advicePanel->scrollToTop();
            if (shown != m_shown) {
                m_advicePanel->clearTarget();
            }
        }
        m_shown = shown;
        updateActualPath();
    });
    connect(m_document, &ScenarioDocument::modifiedChanged, this, &MainWindow::updateTitle);
    m_drafts = new DraftKeeper(m_document, *m_kb, this);
    m_session = new ScenarioSession(m_kb, m_language, m_document, m_undo, m_drafts, this);
    connect(m_session, &ScenarioSession::storeChanged, this, &MainWindow::reloadBrowser);
    connect(m_session, &ScenarioSession::scenarioOpened, this, [this](qint64 id, qint64 caseId) {
        m_browser->select(CaseBrowser::ScenarioItem, QString::number(id), caseId);
        if (m_store) {
            m_settings.setLastScenario(m_store->path(), id);
        }
    });
    connect(m_session, &ScenarioSession::exampleOpened, this,
            [this](const QString &id) { m_browser->select(CaseBrowser::ReferenceItem, id); });
    connect(m_session, &ScenarioSession::status, statusBar(), &QStatusBar::showMessage);
    m_storeActions =
        new StoreActions(m_session, m_document, m_undo, m_edits.get(), m_advisor, m_language, this);
    m_fileActions = new FileActions(m_session, m_document, m_kb, m_advisor, m_language, this);
    m_storeActions->setTitleSearch(&m_browser->model()->titleSearch());
    connect(m_storeActions, &StoreActions::status, statusBar(), &QStatusBar::showMessage);
    connect(m_fileActions, &FileActions::status, statusBar(), &QStatusBar::showMessage);
    connect(m_storeActions, &StoreActions::storeChanged, this, [this] {
        reloadBrowser();
        updateActions();
    });
    connect(m_fileActions, &FileActions::storeChanged, this, &MainWindow::reloadBrowser);
    if (!restoreGeometry(m_settings.windowGeometry())) {
        resize(fittingSize(this, QSize(1400, 900)));
    }
    restoreState(m_settings.windowState());
    m_outer->restoreState(m_settings.splitterState(QStringLiteral("outer")));
    refresh();
}

MainWindow::~MainWindow() = default;

StrategyMatrixView *MainWindow::matrixView() const
{
    return m_matrixPane ? m_matrixPane->view() : nullptr;
}

const Advice &MainWindow::advice() const
{
    return m_live->advice();
}

void MainWindow::buildLayout()
{
    m_browser = new CaseBrowser(*m_kb, m_language);
    m_browser->setMinimumWidth(200);
    // The browser's selection is the open scenario: choosing another opens it (asking about
    // unsaved changes first), and when that is cancelled the selection goes back.
    connect(m_browser, &CaseBrowser::scenarioActivated, this, [this](qint64 id) {
        if (m_document->isOpen() && !m_document->isReadOnly() && m_document->scenarioId() == id) {
            return;
        }
        if (!openScenario(id)) {
            selectOpenInBrowser();
        }
    });
    connect(m_browser, &CaseBrowser::referenceCaseActivated, this, [this](const QString &id) {
        const ReferenceCase *shown = m_live->shownExample();
        if (shown && shown->id == id) {
            return;
        }
        if (!openReferenceCase(id)) {
            selectOpenInBrowser();
        }
    });
    connect(m_browser, &CaseBrowser::readFailed, this, [this](const Error &error) {
        showError(tr("The list of municipalities and scenarios is incomplete"), error);
    });

    // First start: a friendly way in instead of an empty grid.
    m_empty = new QWidget;
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch();
    // Plain labels with a font, not rich text: a text document for these two lines was 4% of the
    // work before the first paint.
    auto *title = new QLabel(tr("Welcome to Akkoord"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    emptyLayout->addWidget(title);
    auto *welcome = new QLabel(tr("Describe your municipality's situation and see where to start "
                                  "making agreements with employers, beside the source's practice "
                                  "examples."));
    welcome->setTextFormat(Qt::PlainText);
    welcome->setWordWrap(true);
    welcome->setAlignment(Qt::AlignCenter);
    emptyLayout->addWidget(welcome);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    auto *create = new QPushButton(tr("New municipality…"));
    create->setObjectName(QStringLiteral("newMunicipality"));
    connect(create, &QPushButton::clicked, this, &MainWindow::newMunicipality);
    auto *explore = new QPushButton(tr("Explore a practice example"));
    explore->setObjectName(QStringLiteral("explore"));
    connect(explore, &QPushButton::clicked, this,
            [this] { openReferenceCase(m_kb->referenceCases().first().id); });
    auto *import = new QPushButton(tr("Import a scenario file…"));
    connect(import, &QPushButton::clicked, this, &MainWindow::importFiles);
    buttons->addWidget(create);
    buttons->addWidget(explore);
    buttons->addWidget(import);
    buttons->addStretch();
    emptyLayout->addLayout(buttons);
    emptyLayout->addStretch();

    m_center = new QStackedWidget;
    m_center->addWidget(m_empty);

    m_outer = new QSplitter(Qt::Horizontal);
    m_outer->addWidget(m_browser);
    m_outer->addWidget(m_center);
    m_outer->setStretchFactor(0, 0);
    m_outer->setStretchFactor(1, 1);
    m_outer->setSizes({240, 1160});
    setCentralWidget(m_outer);
    statusBar();
}

// The editor (questionnaire, matrix, advice) is built when the first scenario opens: a start on
// the welcome page does not pay for widgets it does not show.
void MainWindow::buildEditor()
{
    if (m_questionnaire) {
        return;
    }
    // The views listen to the document and the live advice, and edit only through m_edits.
    m_questionnaire = new QuestionnaireWidget(*m_kb, m_language);
    m_questionnaire->setHelpVisible(m_settings.showHelp());
    m_questionnaire->attach(m_document, m_live, m_edits.get());

    m_matrixPane = new MatrixPane(m_advisor, m_language, m_matrixId);
    m_matrixPane->attach(m_document, m_live);
    connect(m_matrixPane, &MatrixPane::referenceCaseActivated, this,
            &MainWindow::openReferenceCase);

    m_advicePanel = new AdvicePanel(*m_kb, m_language);
    m_advicePanel->attach(m_live);
    connect(m_advicePanel, &AdvicePanel::referenceCaseActivated, this,
            &MainWindow::openReferenceCase);
    connect(m_advicePanel, &AdvicePanel::questionActivated, m_questionnaire,
            &QuestionnaireWidget::focusQuestion);
    m_advicePanel->setFoldedSections(m_settings.foldedAdviceSections());
    connect(m_advicePanel, &AdvicePanel::foldedChanged, this,
            [this](const QStringList &keys) { m_settings.setFoldedAdviceSections(keys); });
    QAction *fullHeight = m_advicePanel->fullHeightAction();
    fullHeight->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(fullHeight, &QAction::toggled, m_matrixPane,
            [this](bool full) { m_matrixPane->setVisible(!full); });
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(fullHeight);

    m_right = new QSplitter(Qt::Vertical);
    m_right->addWidget(m_matrixPane);
    m_right->addWidget(m_advicePanel);
    m_right->setStretchFactor(0, 1);
    m_right->setStretchFactor(1, 1);

    auto *editor = new QSplitter(Qt::Horizontal);
    editor->addWidget(m_questionnaire);
    editor->addWidget(m_right);
    editor->setStretchFactor(0, 2);
    editor->setStretchFactor(1, 3);

    m_center->addWidget(editor);
    m_right->restoreState(m_settings.splitterState(QStringLiteral("right")));
}

void MainWindow::buildActions()
{
    buildFileMenu();
    const auto [undo, redo] = buildEditMenu();
    buildViewMenus();
    buildToolBar(undo, redo);
    connect(m_browser, &CaseBrowser::contextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu;
        menu.addAction(m_newScenario);
        menu.addAction(m_duplicate);
        menu.addAction(m_rename);
        menu.addAction(m_baseline);
        menu.addAction(m_history);
        menu.addSeparator();
        menu.addAction(m_delete);
        menu.exec(at);
    });
}

void MainWindow::buildFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("New &municipality…"), this, &MainWindow::newMunicipality);
    m_newScenario =
        file->addAction(tr("&New scenario…"), QKeySequence::New, this, &MainWindow::newScenario);
    m_save = file->addAction(tr("&Save"), QKeySequence::Save, this, [this] { save(); });
    file->addSeparator();
    file->addAction(tr("&Import…"), this, &MainWindow::importFiles);
    m_exportScenario = file->addAction(tr("&Export scenario…"), this, &MainWindow::exportScenario);
    file->addSeparator();
    m_reportPdf = file->addAction(tr("Report as P&DF…"), this, [this] { exportReport(true); });
    m_reportHtml = file->addAction(tr("Report as &HTML…"), this, [this] { exportReport(false); });
    m_print =
        file->addAction(tr("&Print report…"), QKeySequence::Print, this, &MainWindow::printReport);
    file->addSeparator();
    file->addAction(tr("&Open database…"), QKeySequence::Open, this,
                    &MainWindow::openDatabaseDialog);
    file->addAction(tr("&Connect to regional database…"), this, &MainWindow::connectDialog);
    m_recent = file->addMenu(tr("&Recent databases"));
    connect(m_recent, &QMenu::aboutToShow, this, [this] {
        m_recent->clear();
        for (const QString &path : m_settings.recentDatabases()) {
            m_recent->addAction(QDir::toNativeSeparators(path), this, [this, path] {
                if (maybeSave()) {
                    openDatabase(path);
                }
            });
        }
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

std::pair<QAction *, QAction *> MainWindow::buildEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    // Both common keys, the first shown in the menu (and named in the guide).
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_rename = edit->addAction(tr("Re&name scenario…"), QKeySequence(Qt::Key_F2), this,
                               &MainWindow::renameScenario);
    m_renameCase =
        edit->addAction(tr("Muni&cipality details…"), this, &MainWindow::editMunicipality);
    m_agreements =
        edit->addAction(tr("A&greements…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), this,
                        &MainWindow::showAgreements);
    m_duplicate = edit->addAction(tr("&Duplicate scenario…"), this, &MainWindow::duplicateScenario);
    m_delete = edit->addAction(tr("De&lete scenario"), QKeySequence::Delete, this,
                               &MainWindow::deleteScenario);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_browser->addAction(m_delete);
    m_baseline = edit->addAction(tr("Make &baseline"), this, &MainWindow::makeBaseline);
    m_history = edit->addAction(tr("&History…"), this, &MainWindow::showHistory);
    edit->addAction(tr("&Trash…"), this, &MainWindow::showTrash);
    edit->addSeparator();
    edit->addAction(tr("&Find municipality"), QKeySequence::Find, this, [this] {
        m_browser->filterEdit()->setFocus();
        m_browser->filterEdit()->selectAll();
    });
    edit->addAction(tr("S&ettings…"), QKeySequence::Preferences, this, &MainWindow::showSettings);
    return {undo, redo};
}

void MainWindow::buildViewMenus()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    for (int i = 0; i < m_kb->matrices().size(); ++i) {
        const QString id = m_kb->matrices()[i].id;
        // "&1 Strategy matrix": an access key for a name that comes from the knowledge base.
        view->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(m_kb->matrices()[i].label.in(m_language)),
            QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this, [this, id] { showMatrix(id); });
    }
    view->addSeparator();
    view->addAction(tr("Export matrix as &PNG…"), this, [this] { exportMatrix(false); });
    view->addAction(tr("Export matrix as &SVG…"), this, [this] { exportMatrix(true); });

    QMenu *scenario = menuBar()->addMenu(tr("&Compare"));
    scenario->addAction(tr("Compare &scenarios…"), this, &MainWindow::chooseComparison);
    m_compareBaseline = scenario->addAction(tr("Compare with the &baseline"), this,
                                            &MainWindow::compareWithBaseline);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User guide"), QKeySequence::HelpContents, this, &MainWindow::showGuide);
    help->addAction(tr("&About Akkoord"), this, &MainWindow::showAbout);
}

void MainWindow::buildToolBar(QAction *undo, QAction *redo)
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_newScenario);
    bar->addAction(m_save);
    // The toolbar keeps short texts, so that its buttons do not jump with every answer; what
    // would be undone stays in the tooltip and in the Edit menu.
    for (const auto &[full, text] : {std::pair{undo, tr("Undo")}, std::pair{redo, tr("Redo")}}) {
        auto *button = new QAction(text, this);
        button->setObjectName(full == undo ? QStringLiteral("toolbarUndo")
                                           : QStringLiteral("toolbarRedo"));
        const auto follow = [button, full = full] {
            button->setEnabled(full->isEnabled());
            button->setToolTip(QString(full->text()).remove(QLatin1Char('&')));
        };
        follow();
        connect(full, &QAction::changed, button, follow);
        connect(button, &QAction::triggered, full, &QAction::trigger);
        bar->addAction(button);
    }
    bar->addSeparator();
    bar->addAction(m_duplicate);
    bar->addAction(m_baseline);
    bar->addAction(m_compareBaseline);
}

bool MainWindow::openDatabase(const QString &path)
{
    const Error e = tryOpenDatabase(path);
    if (e.isError()) {
        showError(tr("The database cannot be opened"), e);
        return false;
    }
    return true;
}

Error MainWindow::tryOpenDatabase(const QString &path)
{
    auto opened = ScenarioStore::open(path);
    if (!opened.ok()) {
        return opened.error();
    }
    m_undo->clear();
    m_document->clear();
    m_store = opened.take();
    m_drafts->setStore(m_store.get());
    m_session->setStore(m_store.get());
    m_storeActions->setStore(m_store.get());
    m_fileActions->setStore(m_store.get());
    // Remembered as the store names itself: a server's address without a password.
    m_settings.noteDatabase(m_store->path());
    reloadBrowser();
    refresh();
    if (!m_databaseLabel) {
        m_databaseLabel = new QLabel(this);
        m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
        statusBar()->addPermanentWidget(m_databaseLabel);
        m_remoteRefresh = new QTimer(this);
        m_remoteRefresh->setSingleShot(true);
        m_remoteRefresh->setInterval(300);
        connect(m_remoteRefresh, &QTimer::timeout, this, [this] {
            reloadBrowser();
            statusBar()->showMessage(tr("Another user's changes were loaded."), 5000);
        });
    }
    if (m_store->isShared()) {
        m_databaseLabel->setText(
            tr("Regional database: %1, as %2").arg(m_store->path(), m_store->account()));
        m_store->watchChanges(m_databaseLabel, [this] { otherUsersChanged(); });
    } else {
        m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(path)));
    }
    m_databaseLabel->setAccessibleName(m_databaseLabel->text());
    return {};
}

void MainWindow::otherUsersChanged()
{
    m_remoteRefresh->start();
}

void MainWindow::connectDialog()
{
    if (!maybeSave()) {
        return;
    }
    QString remembered;
    for (const QString &recent : m_settings.recentDatabases()) {
        if (ScenarioStore::isServerAddress(recent)) {
            remembered = recent;
            break;
        }
    }
    ConnectDialog dialog(remembered, this);
    while (dialog.exec() == QDialog::Accepted) {
        const Error e = tryOpenDatabase(dialog.addressToOpen());
        if (!e.isError()) {
            offerDraft(); // work a lost connection left unsaved
            return;
        }
        dialog.setProblem(e.message);
    }
}

void MainWindow::reloadBrowser()
{
    if (m_store) {
        m_browser->reload(*m_store);
    }
}

bool MainWindow::openScenario(qint64 id)
{
    return m_session->open(id);
}

bool MainWindow::openReferenceCase(const QString &id)
{
    return m_session->openExample(id);
}

bool MainWindow::maybeSave()
{
    return m_session->maybeSave();
}

bool MainWindow::save()
{
    return m_session->save();
}

bool MainWindow::createMunicipality(const QString &name, const QString &cbsCode,
                                    const QString &region)
{
    return m_session->createMunicipality(name, cbsCode, region);
}

void MainWindow::newScenario()
{
    m_session->newScenario(m_document->isOpen() && !m_document->isReadOnly()
                               ? m_document->caseId()
                               : m_browser->selectedCase());
}

void MainWindow::duplicateScenario()
{
    m_session->duplicate();
}

void MainWindow::selectOpenInBrowser()
{
    if (!m_document->isOpen()) {
        m_browser->select(CaseBrowser::ScenarioItem, QString(), 0);
    } else if (const ReferenceCase *shown = m_live->shownExample()) {
        m_browser->select(CaseBrowser::ReferenceItem, shown->id);
    } else {
        m_browser->select(CaseBrowser::ScenarioItem, QString::number(m_document->scenarioId()),
                          m_document->caseId());
    }
}

void MainWindow::refresh()
{
    // The frame only: which page, the title and what can be done. The views follow the document
    // and the live advice themselves.
    const bool open = m_document->isOpen();
    if (open) {
        buildEditor();
    }
    m_center->setCurrentIndex(open ? 1 : 0);
    updateTitle();
    updateActions();
}

void MainWindow::showMatrix(const QString &matrix)
{
    if (m_matrixPane) {
        m_matrixPane->showMatrix(matrix);
    } else {
        m_matrixId = matrix; // the editor is built with this matrix when a scenario opens
    }
}

void MainWindow::updateTitle()
{
    // Qt adds the application's display name ("Akkoord") after the title itself, so the title
    // names only what is open. The window manager shows it beside its own text: no bidi override
    // may turn it.
    QStringList parts;
    if (m_document->isOpen()) {
        parts << withoutBidiControls(m_document->municipality())
              << withoutBidiControls(m_document->content().title);
    }
    setWindowTitle(parts.isEmpty() ? QString()
                                   : parts.join(QStringLiteral(" — ")) + QStringLiteral("[*]"));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateActions()
{
    const bool stored = m_document->isOpen() && !m_document->isReadOnly();
    m_save->setEnabled(stored && m_document->isModified());
    m_newScenario->setEnabled(m_store && (stored || m_browser->selectedCase() != 0));
    m_duplicate->setEnabled(m_document->isOpen());
    m_rename->setEnabled(stored);
    m_renameCase->setEnabled(stored);
    m_agreements->setEnabled(m_store && (stored || m_browser->selectedCase() != 0));
    m_delete->setEnabled(stored);
    m_baseline->setEnabled(stored);
    m_history->setEnabled(stored);
    m_compareBaseline->setEnabled(stored);
    m_exportScenario->setEnabled(m_document->isOpen());
    m_reportPdf->setEnabled(m_document->isOpen());
    m_reportHtml->setEnabled(m_document->isOpen());
    m_print->setEnabled(m_document->isOpen());
}

void MainWindow::showError(const QString &title, const Error &error)
{
    Prompt::showError(this, title, error);
}

void MainWindow::newMunicipality()
{
    NewMunicipalityDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && !dialog.name().trimmed().isEmpty()) {
        createMunicipality(dialog.name(), dialog.cbsCode(), dialog.region());
    }
}

void MainWindow::renameScenario()
{
    m_storeActions->renameScenario();
}

void MainWindow::editMunicipality()
{
    m_storeActions->editMunicipality();
}

AgreementsWindow *MainWindow::showAgreements()
{
    const bool stored = m_document->isOpen() && !m_document->isReadOnly();
    const qint64 caseId = stored ? m_document->caseId() : m_browser->selectedCase();
    if (!m_store || caseId == 0) {
        return nullptr;
    }
    QPointer<AgreementsWindow> &window = m_agreementWindows[caseId];
    if (!window) {
        window = new AgreementsWindow(m_store.get(), m_advisor, m_language, caseId, this);
        connect(window, &AgreementsWindow::saved, this, &MainWindow::updateActualPath);
        window->resize(fittingSize(window, QSize(1280, 820)));
        window->show();
        window->offerDraft();
    }
    window->raise();
    window->activateWindow();
    return window;
}

void MainWindow::deleteScenario()
{
    m_storeActions->deleteScenario();
}

void MainWindow::makeBaseline()
{
    m_storeActions->makeBaseline();
    updateActualPath();
}

void MainWindow::updateActualPath()
{
    if (!m_matrixPane) {
        return;
    }
    QVector<PathPoint> path;
    const bool stored = m_document->isOpen() && !m_document->isReadOnly();
    const auto baseline = stored ? m_store->baselineOf(m_document->caseId()) : Result<qint64>(0);
    if (baseline.ok() && baseline.value() != 0 && baseline.value() == m_document->scenarioId()) {
        const auto records = m_store->agreements(m_document->caseId());
        if (records.ok()) {
            const QVector<Agreement> agreements = agreementsOf(records.value());
            const auto span = pathSpan(agreements, QDate::currentDate());
            path = pathOf(*m_kb, agreements, span.first, span.second);
        }
    }
    m_matrixPane->setActualPath(path);
}

void MainWindow::showHistory()
{
    m_storeActions->showHistory();
}

void MainWindow::showTrash()
{
    m_storeActions->showTrash();
}

void MainWindow::compareScenarios(const QVector<qint64> &ids)
{
    m_storeActions->compareScenarios(ids);
}

void MainWindow::chooseComparison()
{
    m_storeActions->chooseComparison();
}

void MainWindow::compareWithBaseline()
{
    m_storeActions->compareWithBaseline();
}

void MainWindow::importFiles()
{
    m_fileActions->importFiles();
}

void MainWindow::exportScenario()
{
    m_fileActions->exportScenario();
}

void MainWindow::exportReport(bool pdf)
{
    m_fileActions->exportReport(pdf);
}

void MainWindow::printReport()
{
    m_fileActions->printReport();
}

void MainWindow::exportMatrix(bool svg)
{
    if (m_matrixPane) {
        m_matrixPane->exportMatrix(svg);
    }
}

void MainWindow::openDatabaseDialog()
{
    if (!maybeSave()) {
        return;
    }
    const QString path =
        Prompt::fileToOpen(this, tr("Open database"),
                           QFileInfo(m_store ? m_store->path() : QDir::homePath()).absolutePath(),
                           tr("Akkoord database (*.sqlite);;All files (*)"));
    if (!path.isEmpty()) {
        openDatabase(path);
    }
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings.languageChoice(), m_settings.themeChoice(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_settings.setLanguageChoice(dialog.languageChoice());
        // Colours change at once; every view follows the application palette.
        m_settings.setThemeChoice(dialog.themeChoice());
        Theme::apply(dialog.themeChoice());
    }
}

void MainWindow::showGuide()
{
    // One guide, brought forward when asked again.
    if (!m_guide) {
        m_guide = new GuideDialog(m_language, this);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::showAbout()
{
    QString revision = QStringLiteral(AKKOORD_GIT_REVISION);
    Prompt::inform(
        this, PromptRequest::Information, tr("About Akkoord"),
        tr("Akkoord %1%2")
            .arg(QStringLiteral(AKKOORD_VERSION),
                 revision.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(revision)),
        tr("Decision support for effective agreements between municipalities and employers.\n\n"
           "Knowledge base %1, based on “%2”.\n\nLicence: GNU GPL version 3 or later.")
            .arg(m_kb->version(), m_kb->sourceTitle().in(m_language)));
}

QString MainWindow::draftPath() const
{
    return m_drafts->path();
}

void MainWindow::writeDraft()
{
    m_drafts->write();
}

void MainWindow::offerDraft()
{
    m_drafts->offer([this](qint64 id) { return openScenario(id); },
                    [this](qint64 id) {
                        reloadBrowser();
                        openScenario(id);
                    });
    // No unsaved work brought back: the scenario open last time, where the user left off (if it
    // is still there and not in the trash).
    if (!m_document->isOpen() && m_store) {
        const qint64 last = m_settings.lastScenario(m_store->path());
        const auto s = last > 0 ? m_store->scenario(last) : Result<ScenarioRecord>(Error{});
        if (s.ok() && !s.value().deleted.isValid()) {
            openScenario(last);
        }
    }
}

QWidget *MainWindow::emptyState() const
{
    return m_empty;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(QStringLiteral("outer"), m_outer->saveState());
    if (m_questionnaire) {
        m_settings.setSplitterState(QStringLiteral("right"), m_right->saveState());
        m_settings.setShowHelp(m_questionnaire->isHelpVisible());
    }
    if (!m_document->isModified()) {
        m_drafts->discard();
    }
    event->accept();
}

} // namespace akkoord::ui
