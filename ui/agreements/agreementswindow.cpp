#include "agreements/agreementswindow.h"

#include "advice/matrixchart.h"
#include "agreements/agreementfile.h"
#include "agreements/agreementform.h"
#include "agreements/agreementlistmodel.h"
#include "agreements/position.h"
#include "agreements/progressview.h"
#include "agreements/realisationstable.h"
#include "common/outputfile.h"
#include "editor/strategymatrixview.h"
#include "reportwriter.h"
#include "support/prompt.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

namespace akkoord::ui {

namespace {

QJsonObject jsonOf(const Agreement &a)
{
    return AgreementFile::toJson(a);
}

// One edit of the open agreement: the whole agreement before and after. A run of typing in the
// notes is one step.
class AgreementEdit : public QUndoCommand
{
public:
    AgreementEdit(AgreementsWindow *window, Agreement before, Agreement after)
        : m_window(window), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(AgreementsWindow::tr("change to “%1”").arg(m_after.title));
    }
    void undo() override { m_window->showContent(m_before); }
    void redo() override
    {
        if (m_first) {
            m_first = false; // the form shows it already
            return;
        }
        m_window->showContent(m_after);
    }
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const AgreementEdit *>(other);
        if (!notesOnly(m_before, m_after) || !notesOnly(next->m_before, next->m_after)) {
            return false;
        }
        m_after = next->m_after;
        return true;
    }

private:
    static bool notesOnly(Agreement a, Agreement b)
    {
        if (a.notes == b.notes) {
            return false;
        }
        a.notes.clear();
        b.notes.clear();
        return jsonOf(a) == jsonOf(b);
    }

    AgreementsWindow *m_window;
    Agreement m_before;
    Agreement m_after;
    bool m_first = true;
};

Agreement blankAgreement()
{
    Agreement a;
    a.title = AgreementsWindow::tr("New agreement");
    a.kind = agreements::kinds().first();
    a.status = QStringLiteral("in_preparation");
    a.visibility = QStringLiteral("public");
    a.start = QDate::currentDate();
    return a;
}

} // namespace

AgreementsWindow::AgreementsWindow(ScenarioStore *store, const Advisor &advisor, Language language,
                                   qint64 caseId, QWidget *parent)
    : QDialog(parent), m_store(store), m_advisor(advisor), m_language(language), m_caseId(caseId),
      m_undo(new QUndoStack(this))
{
    setWindowFlag(Qt::Window);
    setAttribute(Qt::WA_DeleteOnClose);
    const auto owner = m_store->caseById(caseId);
    m_caseName = owner.ok() ? owner.value().name : QString();

    // Filters and the date progress is measured at.
    m_kindFilter = new QComboBox(this);
    m_kindFilter->addItem(tr("All kinds"), QString());
    for (const QString &id : agreements::kinds()) {
        m_kindFilter->addItem(AgreementText::kind(id), id);
    }
    m_statusFilter = new QComboBox(this);
    m_statusFilter->addItem(tr("Every status"), QString());
    for (const QString &id : agreements::statuses()) {
        m_statusFilter->addItem(AgreementText::status(id), id);
    }
    m_behindOnly = new QCheckBox(tr("Only &behind schedule"), this);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *filters = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("Show &kind:"), this);
    kindLabel->setBuddy(m_kindFilter);
    auto *statusLabel = new QLabel(tr("Sho&w status:"), this);
    statusLabel->setBuddy(m_statusFilter);
    auto *dateLabel = new QLabel(tr("Progress &on:"), this);
    dateLabel->setBuddy(m_date);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kindFilter);
    filters->addWidget(statusLabel);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_behindOnly);
    filters->addStretch();
    filters->addWidget(dateLabel);
    filters->addWidget(m_date);

    // The list.
    m_model = new AgreementListModel(this);
    m_filter = new AgreementFilter(this);
    m_filter->setSourceModel(m_model);
    m_list = new QTableView(this);
    m_list->setModel(m_filter);
    m_list->setItemDelegateForColumn(AgreementListModel::ProgressColumn,
                                     new ProgressDelegate(m_list));
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(AgreementListModel::TitleColumn,
                                                     QHeaderView::Stretch);
    m_list->setAccessibleName(tr("Agreements"));
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->horizontalHeader()->setSectionResizeMode(AgreementListModel::ProgressColumn,
                                                     QHeaderView::Fixed);
    m_list->setColumnWidth(AgreementListModel::ProgressColumn, 150);
    auto *newButton = new QPushButton(tr("&New agreement"), this);
    auto *deleteButton = new QPushButton(tr("&Delete"), this);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addWidget(deleteButton);
    listButtons->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list);
    leftLayout->addLayout(listButtons);

    // The open agreement and what follows from all of them.
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("The agreement and the register's pages"));
    m_form = new AgreementForm(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    m_tabs->addTab(scroll, tr("&Agreement"));
    m_realisations = new RealisationsTable(this);
    m_tabs->addTab(m_realisations, tr("&Realisations"));
    auto *progressPage = new QWidget(this);
    auto *progressLayout = new QVBoxLayout(progressPage);
    m_progress = new ProgressView(progressPage);
    m_summary = new QTextBrowser(progressPage);
    m_summary->setAccessibleName(tr("What is behind, and the next reviews"));
    progressLayout->addWidget(m_progress, 3);
    progressLayout->addWidget(m_summary, 2);
    m_tabs->addTab(progressPage, tr("&Progress"));
    auto *pathPage = new QWidget(this);
    auto *pathLayout = new QVBoxLayout(pathPage);
    m_path = new StrategyMatrixView(pathPage);
    m_pathText = new QLabel(pathPage);
    m_pathText->setWordWrap(true);
    pathLayout->addWidget(m_path, 1);
    pathLayout->addWidget(m_pathText);
    m_tabs->addTab(pathPage, tr("Pat&h on the matrix"));

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({620, 720});

    m_state = new QLabel(this);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *undo = buttons->addButton(tr("Undo"), QDialogButtonBox::ActionRole);
    QPushButton *redo = buttons->addButton(tr("Redo"), QDialogButtonBox::ActionRole);
    QPushButton *reportButton =
        buttons->addButton(tr("&Quarterly report…"), QDialogButtonBox::ActionRole);
    reportButton->setShortcut(QKeySequence::Print);
    reportButton->setToolTip(tr("The quarterly report for the council or the employers' table, up "
                                "to the date shown (Ctrl+P)"));
    QPushButton *saveButton = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    saveButton->setShortcut(QKeySequence::Save);
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_state, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    connect(m_kindFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setKind(m_kindFilter->currentData().toString()); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatus(m_statusFilter->currentData().toString()); });
    connect(m_behindOnly, &QCheckBox::toggled, m_filter, &AgreementFilter::setBehindOnly);
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        m_model->setDate(d);
        m_realisations->setAgreement(m_current, std::max(d, QDate::currentDate()));
        refreshDerived();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_loading || !current.isValid()) {
                    return;
                }
                const qint64 id = current.data(AgreementListModel::IdRole).toLongLong();
                if (id != m_id && !select(id)) {
                    // Cancelled: the selection goes back to what is open.
                    const int row = m_model->rowOf(m_id);
                    m_loading = true;
                    m_list->setCurrentIndex(
                        row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0)));
                    m_loading = false;
                }
            });
    connect(m_tabs, &QTabWidget::currentChanged, this, &AgreementsWindow::refreshDerived);
    connect(m_form, &AgreementForm::edited, this, &AgreementsWindow::edited);
    connect(m_realisations, &RealisationsTable::edited, this, &AgreementsWindow::edited);
    connect(newButton, &QPushButton::clicked, this, &AgreementsWindow::newAgreement);
    connect(deleteButton, &QPushButton::clicked, this, &AgreementsWindow::deleteCurrent);
    connect(saveButton, &QPushButton::clicked, this, &AgreementsWindow::save);
    connect(reportButton, &QPushButton::clicked, this, &AgreementsWindow::exportReport);
    connect(buttons, &QDialogButtonBox::rejected, this, &AgreementsWindow::reject);
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QPushButton::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);

    reload(0);
    updateTitle();
}

AgreementsWindow::~AgreementsWindow() = default;

QString AgreementsWindow::draftPath() const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                           QStringLiteral("/akkoord/drafts");
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(QFileInfo(m_store->path()).absoluteFilePath().toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex()
            .left(16));
    return QStringLiteral("%1/agreements-%2-%3.json").arg(folder, key).arg(m_caseId);
}

bool AgreementsWindow::isDirty() const
{
    return jsonOf(m_current) != jsonOf(m_saved);
}

void AgreementsWindow::reload(qint64 selectId)
{
    const auto list = m_store->agreements(m_caseId);
    if (!list.ok()) {
        Prompt::showError(this, tr("Agreements"), list.error());
        return;
    }
    m_loading = true;
    m_model->setAgreements(list.value());
    m_loading = false;
    const qint64 wanted = selectId != 0             ? selectId
                          : !list.value().isEmpty() ? list.value().first().id
                                                    : 0;
    if (wanted != 0) {
        for (const AgreementRecord &r : list.value()) {
            if (r.id == wanted) {
                load(r);
            }
        }
    } else {
        AgreementRecord blank;
        blank.agreement = blankAgreement();
        load(blank);
    }
}

void AgreementsWindow::load(const AgreementRecord &record)
{
    m_id = record.id;
    m_revision = record.revision;
    m_saved = record.agreement;
    m_undo->clear();
    showContent(record.agreement);
    m_undo->setClean();
    const int row = m_model->rowOf(m_id);
    m_loading = true;
    m_list->setCurrentIndex(row < 0 ? QModelIndex()
                                    : m_filter->mapFromSource(m_model->index(row, 0)));
    m_loading = false;
    updateTitle();
}

void AgreementsWindow::showContent(const Agreement &agreement)
{
    m_current = agreement;
    m_form->setAgreement(agreement);
    m_realisations->setAgreement(agreement, std::max(m_date->date(), QDate::currentDate()));
    updateTitle();
    refreshDerived();
    if (isDirty()) {
        writeDraft();
    } else if (m_draftOffered) {
        removeDraft();
    }
}

void AgreementsWindow::edited()
{
    // The form's fields with the realisations it passes through (the table's, kept in step
    // below, renumbered by the form when it removed a commitment); or the table's own.
    Agreement after = m_form->agreement();
    if (sender() != m_form) {
        after = m_realisations->apply(after);
    }
    m_form->setRealisations(after.realisations);
    if (jsonOf(after) == jsonOf(m_current)) {
        return;
    }
    const Agreement before = m_current;
    m_current = after;
    m_undo->push(new AgreementEdit(this, before, after));
    if (after.commitments.size() != before.commitments.size()) {
        m_realisations->setAgreement(after, std::max(m_date->date(), QDate::currentDate()));
    }
    updateTitle();
    refreshDerived();
    writeDraft();
}

bool AgreementsWindow::select(qint64 id)
{
    if (id == m_id) {
        return true;
    }
    if (!maybeSave()) {
        return false;
    }
    const auto record = m_store->agreement(id);
    if (!record.ok()) {
        Prompt::showError(this, tr("Agreements"), record.error());
        return false;
    }
    load(record.value());
    return true;
}

void AgreementsWindow::newAgreement()
{
    if (!maybeSave()) {
        return;
    }
    AgreementRecord blank;
    blank.agreement = blankAgreement();
    load(blank);
    m_tabs->setCurrentIndex(0);
    m_form->titleEdit()->setFocus();
    m_form->titleEdit()->selectAll();
}

bool AgreementsWindow::save()
{
    // What is typed in a cell counts even before the cell is left.
    if (QWidget *focus = focusWidget()) {
        focus->clearFocus();
        focus->setFocus();
    }
    const Agreement content = m_current;
    const Result<AgreementRecord> saved = m_id == 0
                                              ? m_store->createAgreement(m_caseId, content)
                                              : m_store->saveAgreement(m_id, m_revision, content);
    if (!saved.ok()) {
        if (saved.error().kind == ErrorKind::Conflict) {
            PromptRequest ask;
            ask.kind = PromptRequest::Warning;
            ask.title = tr("Agreement changed elsewhere");
            ask.text = saved.error().message;
            ask.buttons = {tr("Keep my changes open"), tr("Load the stored version")};
            if (Prompt::ask(this, ask) == 1) {
                removeDraft();
                m_saved = m_current; // nothing to ask about: the user chose to drop it
                reload(m_id);
            }
            return false;
        }
        Prompt::showError(this, tr("The agreement was not saved"), saved.error());
        return false;
    }
    removeDraft();
    m_loading = true;
    reload(saved.value().id);
    m_loading = false;
    m_state->setText(tr("Saved (revision %1).").arg(saved.value().revision));
    Q_EMIT this->saved();
    return true;
}

bool AgreementsWindow::deleteCurrent()
{
    if (m_id == 0) {
        return false;
    }
    PromptRequest ask;
    ask.kind = PromptRequest::Question;
    ask.title = tr("Delete agreement");
    ask.text = tr("Move “%1” to the trash? “akkoord-cli undelete --agreement %2” brings it back.")
                   .arg(m_current.title)
                   .arg(m_id);
    ask.buttons = {tr("Move to the trash"), tr("Cancel")};
    if (Prompt::ask(this, ask) != 0) {
        return false;
    }
    const Error e = m_store->trashAgreement(m_id);
    if (e.isError()) {
        Prompt::showError(this, tr("The agreement was not deleted"), e);
        return false;
    }
    removeDraft();
    m_saved = m_current;
    m_id = 0;
    reload(0);
    m_state->setText(tr("Moved to the trash."));
    Q_EMIT saved();
    return true;
}

bool AgreementsWindow::writeReport(const QString &path)
{
    // As saved: a report shows what is on record.
    ProgressReportInput input{m_caseName, agreementsOf(m_model->agreements()), m_date->date(),
                              std::nullopt};
    const auto baseline = m_store->baselineScenario(m_caseId);
    if (baseline.ok()) {
        input.baseline = baseline.value();
    }
    const ReportWriter writer(m_advisor, m_language, m_date->date());
    const Report report = writer.progressReport(input);
    const Error e = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
                        ? writer.writePdf(report, path)
                        : writer.writeHtml(report, path);
    if (e.isError()) {
        Prompt::showError(this, tr("The report was not written"), e);
        return false;
    }
    m_state->setText(tr("Report written to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void AgreementsWindow::exportReport()
{
    const QString suggested = QDir::home().filePath(
        tr("agreements %1 %2.pdf").arg(m_caseName, Period::quarterOf(m_date->date()).text));
    const QString path = Prompt::fileToSave(this, tr("Quarterly report"), suggested,
                                            tr("PDF (*.pdf);;Web page (*.html)"));
    if (!path.isEmpty()) {
        writeReport(path);
    }
}

bool AgreementsWindow::maybeSave()
{
    if (!isDirty()) {
        return true;
    }
    PromptRequest ask;
    ask.kind = PromptRequest::Question;
    ask.title = tr("Unsaved changes");
    ask.text = tr("“%1” has changes that are not saved.").arg(m_current.title);
    ask.buttons = {tr("Save"), tr("Discard"), tr("Cancel")};
    switch (Prompt::ask(this, ask)) {
    case 0:
        return save();
    case 1:
        removeDraft();
        m_saved = m_current;
        m_undo->clear();
        return true;
    default:
        return false;
    }
}

void AgreementsWindow::reject()
{
    if (maybeSave()) {
        QDialog::reject();
    }
}

void AgreementsWindow::refreshDerived()
{
    // Only the page in view: the others follow when they are shown.
    const int page = m_tabs->currentIndex();
    if (page != ProgressPage && page != PathPage) {
        return;
    }
    const QDate at = m_date->date();
    // Every agreement as stored, with the open one as edited.
    QVector<Agreement> all;
    for (const AgreementRecord &r : m_model->agreements()) {
        all << (r.id == m_id ? m_current : r.agreement);
    }
    if (m_id == 0 && !m_current.title.isEmpty() && isDirty()) {
        all << m_current;
    }
    const auto span = pathSpan(all, at);
    if (page == PathPage) {
        refreshPath(all, span.first, at);
        return;
    }
    m_progress->setState(
        ProgressChartState::build(all, span.first.isValid() ? span.first : at, at));

    QString html;
    QString behind;
    for (const ProgressLine &l : progressAt(all, at)) {
        if (l.progress.status == ProgressStatus::Behind ||
            l.progress.status == ProgressStatus::Overdue) {
            const Agreement &a = all[l.agreement];
            const Commitment &c = a.commitments[l.progress.commitment];
            behind +=
                QStringLiteral("<li><b>%1</b>: %2 — %3</li>")
                    .arg(a.title.toHtmlEscaped(),
                         AgreementText::targetGroup(c.targetGroup).toHtmlEscaped(),
                         tr("%1 of %2, %3 expected by now (%4)")
                             .arg(QLocale().toString(l.progress.realised, 'f', 0),
                                  AgreementText::amount(l.progress.target, c.unit),
                                  QLocale().toString(l.progress.expected, 'f', 1),
                                  AgreementText::progress(progressStatusId(l.progress.status)))
                             .toHtmlEscaped());
        }
    }
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Behind schedule").toHtmlEscaped());
    html += behind.isEmpty()
                ? QStringLiteral("<p>%1</p>").arg(tr("Nothing is behind.").toHtmlEscaped())
                : QStringLiteral("<ul>%1</ul>").arg(behind);
    QString reviews;
    for (const UpcomingReview &u : reviewsFrom(all, at)) {
        reviews += QStringLiteral("<li>%1: <b>%2</b>%3</li>")
                       .arg(QLocale().toString(u.review.date, QLocale::LongFormat).toHtmlEscaped(),
                            all[u.agreement].title.toHtmlEscaped(),
                            u.review.agreed.isEmpty()
                                ? QString()
                                : QStringLiteral(" — ") + u.review.agreed.toHtmlEscaped());
    }
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Next reviews").toHtmlEscaped());
    html += reviews.isEmpty()
                ? QStringLiteral("<p>%1</p>").arg(tr("No review is planned.").toHtmlEscaped())
                : QStringLiteral("<ul>%1</ul>").arg(reviews);
    m_summary->setHtml(html);
}

void AgreementsWindow::refreshPath(const QVector<Agreement> &all, const QDate &from,
                                   const QDate &at)
{
    // The path, beside where the baseline scenario's advice says to start.
    const KnowledgeBase &kb = m_advisor.knowledge();
    const QVector<PathPoint> path = pathOf(kb, all, from, at);
    std::optional<Advice> advice;
    QString baselineTitle;
    const auto baseline = m_store->baselineScenario(m_caseId);
    if (baseline.ok() && baseline.value()) {
        advice = m_advisor.advise(baseline.value()->answers);
        baselineTitle = baseline.value()->title;
    }
    MatrixChartState chart =
        advice ? MatrixChartState::build(m_advisor, QStringLiteral("strategy"), m_language,
                                         {{baselineTitle, *advice}})
               : MatrixChartState::build(m_advisor, QStringLiteral("strategy"), m_language, {});
    chart.addPath(kb, path);
    m_path->setState(chart);
    const Direction direction = directionOf(kb, path);
    QStringList words;
    words << (advice && advice->verdict == Verdict::Recommended
                  ? tr("The baseline scenario “%1” recommends starting with: %2.")
                        .arg(baselineTitle,
                             kb.startingPoints()[kb.startingPointIndex(advice->startingPoint)]
                                 .label.in(m_language))
                  : tr("No recommended start to compare with: mark a scenario of %1 as the "
                       "baseline, with advice that recommends one.")
                        .arg(m_caseName));
    switch (direction.trend) {
    case Direction::Broadening:
        words << tr("The agreements have broadened since the first quarter, as the source "
                    "expects after a start.");
        break;
    case Direction::Steady:
        words << tr("The agreements are as broad as in the first quarter.");
        break;
    case Direction::Narrowing:
        words << tr("The agreements are narrower than in the first quarter.");
        break;
    case Direction::Unknown:
        words << tr("Too few quarters with agreements to tell a direction.");
        break;
    }
    m_pathText->setText(words.join(QLatin1Char(' ')));
}

void AgreementsWindow::updateTitle()
{
    setWindowTitle(tr("Agreements of %1").arg(m_caseName) +
                   (isDirty() ? QStringLiteral(" *") : QString()));
    if (isDirty()) {
        m_state->setText(tr("Unsaved changes"));
    } else if (m_state->text() == tr("Unsaved changes")) {
        m_state->clear();
    }
}

void AgreementsWindow::writeDraft()
{
    QJsonObject draft{{QStringLiteral("format"), QStringLiteral("akkoord.agreement-draft")},
                      {QStringLiteral("database"), m_store->identity()},
                      {QStringLiteral("case"), m_caseId},
                      {QStringLiteral("agreement_id"), m_id},
                      {QStringLiteral("revision"), m_revision},
                      {QStringLiteral("agreement"), jsonOf(m_current)}};
    QDir().mkpath(QFileInfo(draftPath()).absolutePath());
    // A draft that cannot be written costs nothing but the draft; the work is still open.
    OutputFile::write(draftPath(), QJsonDocument(draft).toJson(QJsonDocument::Compact));
}

void AgreementsWindow::removeDraft()
{
    QFile::remove(draftPath());
}

void AgreementsWindow::offerDraft()
{
    m_draftOffered = true;
    QFile file(draftPath());
    if (!file.open(QIODevice::ReadOnly)) {
        return;
    }
    const QJsonObject draft = QJsonDocument::fromJson(file.read(4 * 1024 * 1024)).object();
    file.close();
    const Result<Agreement> content = AgreementFile::parseAgreement(
        QJsonDocument(draft.value(QStringLiteral("agreement")).toObject()).toJson(), draftPath());
    // Only onto the database and municipality it was made in, and only when it still reads.
    if (draft.value(QStringLiteral("database")).toString() != m_store->identity() ||
        draft.value(QStringLiteral("case")).toInteger() != m_caseId || !content.ok()) {
        return;
    }
    PromptRequest ask;
    ask.kind = PromptRequest::Question;
    ask.title = tr("Unsaved agreement");
    ask.text = tr("Changes to “%1” were not saved when Akkoord last closed. Restore them?")
                   .arg(content.value().title);
    ask.buttons = {tr("Restore"), tr("Discard")};
    if (Prompt::ask(this, ask) != 0) {
        removeDraft();
        return;
    }
    const qint64 id = draft.value(QStringLiteral("agreement_id")).toInteger();
    if (id != 0) {
        const auto stored = m_store->agreement(id);
        if (!stored.ok()) {
            Prompt::showError(this, tr("Agreements"), stored.error());
            return;
        }
        load(stored.value());
        // The draft's base revision: a save of it is refused if the stored one moved on since.
        m_revision = draft.value(QStringLiteral("revision")).toInt();
    } else {
        AgreementRecord blank;
        blank.agreement = blankAgreement();
        load(blank);
    }
    const Agreement before = m_current;
    showContent(content.value());
    m_undo->push(new AgreementEdit(this, before, content.value()));
}

} // namespace akkoord::ui
