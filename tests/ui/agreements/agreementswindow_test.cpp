#include "windowfixture.h"

#include "agreements/agreementfile.h"
#include "agreements/agreementform.h"
#include "agreements/agreementlistmodel.h"
#include "agreements/agreementswindow.h"
#include "agreements/progressview.h"
#include "agreements/realisationstable.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace akkoord;
using namespace akkoord::ui;

namespace {

// The fixture's window with the example municipality's agreements, its Afspraken view open.
struct Register
{
    test::Fixture f;
    qint64 caseId = 0;
    QPointer<AgreementsWindow> window;

    Register()
    {
        const QString path = test::sourcePath(
            QStringLiteral("resources/examples/agreements/voorbeeldgemeente.agreements.json"));
        const auto file = AgreementFile::parse(test::readAll(path), path);
        REQUIRE(file.ok());
        ScenarioStore *store = f.window->store();
        // The fixture's examples hold a scenario of this municipality already.
        caseId = store->findCase(file.value().municipality).value().id;
        for (const Agreement &a : file.value().agreements) {
            REQUIRE(store->createAgreement(caseId, a).ok());
        }
        // A baseline scenario whose advice recommends a start (Soest's answers: a covenant).
        ScenarioContent start;
        start.title = QStringLiteral("Startsituatie");
        start.answers = test::knowledge()->referenceCase(QStringLiteral("soest"))->answers;
        const qint64 s = store->createScenario(caseId, start).value().id;
        REQUIRE(store->setBaseline(s, true).ok());
        REQUIRE(f.window->openScenario(s));
        window = f.window->showAgreements();
        REQUIRE(window);
        window->dateEdit()->setDate(QDate(2026, 9, 30));
    }
    ~Register()
    {
        if (window) {
            QFile::remove(window->draftPath());
        }
    }
    AgreementRecord stored(qint64 id) const { return f.window->store()->agreement(id).value(); }
};

int visibleRows(const AgreementsWindow &w)
{
    return w.list()->model()->rowCount();
}

} // namespace

TEST_CASE("The Afspraken view lists the agreements with their progress, and filters them",
          "[ui][agreements]")
{
    Register r;
    AgreementsWindow &w = *r.window;
    CHECK(w.windowTitle().contains(QStringLiteral("Voorbeeldgemeente")));
    REQUIRE(visibleRows(w) == 4);
    // The first is open: the covenant, its jobs behind at the end of 2026Q3.
    CHECK(w.form()->titleEdit()->text() == QStringLiteral("Convenant Samen aan het werk"));
    const QModelIndex progress = w.list()->model()->index(0, AgreementListModel::ProgressColumn);
    CHECK(progress.data().toString().contains(QStringLiteral("behind")));
    CHECK(progress.data(AgreementListModel::ShareRole).toDouble() > 0);
    // Filters: behind schedule, then a kind, then a status.
    w.behindFilter()->setChecked(true);
    CHECK(visibleRows(w) == 1);
    w.behindFilter()->setChecked(false);
    w.kindFilter()->setCurrentIndex(w.kindFilter()->findData(QStringLiteral("sector_deal")));
    CHECK(visibleRows(w) == 1);
    w.kindFilter()->setCurrentIndex(0);
    w.statusFilter()->setCurrentIndex(w.statusFilter()->findData(QStringLiteral("running")));
    CHECK(visibleRows(w) == 2);
    w.statusFilter()->setCurrentIndex(0);
    CHECK(visibleRows(w) == 4);
    // What is behind and the next review, in words; the progress chart per target group (made
    // when its page is shown).
    CHECK(w.progressView()->state().series.isEmpty());
    w.tabs()->setCurrentIndex(2);
    CHECK(w.summary()->toPlainText().contains(QStringLiteral("Convenant Samen aan het werk")));
    CHECK(w.summary()->toPlainText().contains(
        QLocale().toString(QDate(2026, 12, 15), QLocale::LongFormat)));
    CHECK(w.progressView()->state().series.size() == 3);
    CHECK(w.progressView()->accessibleDescription().contains(QStringLiteral("6 of 24")));
    // The path on the matrix beside the recommended start: quarters joined in time order.
    w.tabs()->setCurrentIndex(3);
    const MatrixChartState &chart = w.pathView()->state();
    CHECK(chart.point(ChartPoint::ActualQuarter) != nullptr);
    CHECK(chart.point(ChartPoint::StartingPoint, QStringLiteral("covenant"))->emphasised);
    // A later date: the SROI clause has begun, so the path has a second point and an arrow.
    w.dateEdit()->setDate(QDate(2026, 12, 31));
    int quarters = 0;
    for (const ChartPoint &p : w.pathView()->state().points) {
        quarters += p.kind == ChartPoint::ActualQuarter ? 1 : 0;
    }
    CHECK(quarters == 2);
    bool path = false;
    for (const ChartArrow &a : w.pathView()->state().arrows) {
        path = path || a.kind == ChartArrow::ActualPath;
    }
    CHECK(path);
}

TEST_CASE("The main window's matrix draws the agreements' path while the baseline is open",
          "[ui][agreements][matrix]")
{
    Register r;
    // The baseline is open: the path of the agreements in force is on its matrix.
    const auto actual = [&r] {
        int n = 0;
        for (const ChartPoint &p : r.f.window->matrixView()->state().points) {
            n += p.kind == ChartPoint::ActualQuarter ? 1 : 0;
        }
        return n;
    };
    CHECK(actual() >= 1);
    // Another scenario of another municipality: no path.
    REQUIRE(r.f.window->openScenario(r.f.scenario("Soest")));
    CHECK(actual() == 0);
    REQUIRE(r.f.window->openScenario(r.f.window->store()->baselineOf(r.caseId).value()));
    const int before = actual();
    CHECK(before >= 1);
    // An agreement deleted in the register: the path follows at once.
    r.f.answers = {0, 0, 0, 0};
    while (r.window->currentId() != 0 && r.window->deleteCurrent()) {
    }
    CHECK(actual() == 0);
}

TEST_CASE("Editing an agreement is undone step by step and saved as a new revision",
          "[ui][agreements][undo]")
{
    Register r;
    AgreementsWindow &w = *r.window;
    const qint64 id = w.currentId();
    REQUIRE(id != 0);
    QLineEdit *title = w.form()->titleEdit();
    title->setText(QStringLiteral("Convenant Samen aan het werk 2026–2027"));
    Q_EMIT title->editingFinished();
    CHECK(w.isDirty());
    CHECK(w.undoStack()->count() == 1);
    CHECK(w.windowTitle().endsWith(QStringLiteral("*")));
    // A realisation typed into the table, as a user does: 2026Q4 of the first commitment.
    RealisationsTable *table = w.realisations();
    int row = -1;
    for (int i = 0; i < table->rowCount(); ++i) {
        if (table->item(i, RealisationsTable::PeriodColumn)->text() == QStringLiteral("2026Q4") &&
            table->item(i, RealisationsTable::CommitmentColumn)->data(Qt::UserRole).toInt() == 0) {
            row = i;
        }
    }
    REQUIRE(row >= 0);
    table->item(row, RealisationsTable::ValueColumn)->setText(QStringLiteral("4"));
    table->item(row, RealisationsTable::SourceColumn)->setText(QStringLiteral("UWV"));
    CHECK(w.undoStack()->count() == 3);
    CHECK(w.current().realisations.size() == r.stored(id).agreement.realisations.size() + 1);
    // Removing the other commitment keeps the figure just typed, and drops the removed one's.
    {
        const int before = int(w.current().realisations.size());
        int ofSecond = 0;
        for (const Realisation &x : w.current().realisations) {
            ofSecond += x.commitment == 1 ? 1 : 0;
        }
        w.form()->commitments()->setCurrentCell(1, 0);
        QPushButton *remove = nullptr;
        for (QPushButton *b : w.form()->findChildren<QPushButton *>()) {
            remove = b->text() == QStringLiteral("Remove commitment") ? b : remove;
        }
        REQUIRE(remove);
        remove->click();
        CHECK(w.current().commitments.size() == 1);
        CHECK(w.current().realisations.size() == before - ofSecond);
        bool typed = false;
        for (const Realisation &x : w.current().realisations) {
            typed = typed || (x.period.text == QStringLiteral("2026Q4") && x.value == 4);
        }
        CHECK(typed);
        w.undoStack()->undo(); // the commitment back, with its figures
        CHECK(w.current().commitments.size() == 2);
        CHECK(w.current().realisations.size() == before);
    }
    // Undo takes the figure back, then the title; redo brings them again.
    w.undoStack()->undo();
    w.undoStack()->undo();
    CHECK(w.current().realisations.size() == r.stored(id).agreement.realisations.size());
    w.undoStack()->undo();
    CHECK(title->text() == QStringLiteral("Convenant Samen aan het werk"));
    CHECK_FALSE(w.isDirty());
    w.undoStack()->redo();
    w.undoStack()->redo();
    w.undoStack()->redo();
    CHECK(title->text() == QStringLiteral("Convenant Samen aan het werk 2026–2027"));
    REQUIRE(w.save());
    const AgreementRecord saved = r.stored(id);
    CHECK(saved.revision == 2);
    CHECK(saved.agreement.title == QStringLiteral("Convenant Samen aan het werk 2026–2027"));
    bool found = false;
    for (const Realisation &x : saved.agreement.realisations) {
        found = found || (x.period.text == QStringLiteral("2026Q4") && x.value == 4 &&
                          x.source == QStringLiteral("UWV"));
    }
    CHECK(found);
    CHECK_FALSE(w.isDirty());
    CHECK_FALSE(QFile::exists(w.draftPath())); // saved: no draft left
}

TEST_CASE("A figure the register cannot take is refused on save, with nothing written",
          "[ui][agreements][errors]")
{
    Register r;
    AgreementsWindow &w = *r.window;
    const qint64 id = w.currentId();
    w.realisations()->item(0, RealisationsTable::ValueColumn)->setText(QStringLiteral("veel"));
    r.f.asked.clear();
    CHECK_FALSE(w.save());
    REQUIRE(r.f.asked.size() == 1);
    CHECK(r.f.asked.first().kind == PromptRequest::Error);
    CHECK(r.stored(id).revision == 1);
    CHECK(w.isDirty()); // the work stays open to be put right
}

TEST_CASE("A save another program has overtaken is a conflict, and overwrites nothing",
          "[ui][agreements][conflict]")
{
    Register r;
    AgreementsWindow &w = *r.window;
    const qint64 id = w.currentId();
    // Another program saves first.
    Agreement theirs = r.stored(id).agreement;
    theirs.notes = QStringLiteral("van een collega");
    REQUIRE(r.f.window->store()->saveAgreement(id, 1, theirs).ok());
    QLineEdit *title = w.form()->titleEdit();
    title->setText(QStringLiteral("Mijn titel"));
    Q_EMIT title->editingFinished();
    r.f.asked.clear();
    r.f.answers = {0}; // keep my changes open
    CHECK_FALSE(w.save());
    REQUIRE(r.f.asked.size() == 1);
    CHECK(r.f.asked.first().title.contains(QStringLiteral("changed elsewhere")));
    CHECK(r.stored(id).agreement.notes == QStringLiteral("van een collega"));
    CHECK(r.stored(id).agreement.title != QStringLiteral("Mijn titel"));
    CHECK(w.isDirty());
    // Loading theirs drops mine.
    r.f.answers = {1};
    CHECK_FALSE(w.save());
    CHECK(w.form()->titleEdit()->text() != QStringLiteral("Mijn titel"));
    CHECK(w.current().notes == QStringLiteral("van een collega"));
    CHECK_FALSE(w.isDirty());
}

TEST_CASE("Unsaved agreement work survives a crash as a draft and is offered again",
          "[ui][agreements][drafts]")
{
    Register r;
    const qint64 id = r.window->currentId();
    const QString draft = r.window->draftPath();
    QLineEdit *title = r.window->form()->titleEdit();
    title->setText(QStringLiteral("Nog niet opgeslagen"));
    Q_EMIT title->editingFinished();
    REQUIRE(QFile::exists(draft));
    // The window goes without asking, as in a crash.
    delete r.window.data();
    REQUIRE(QFile::exists(draft));
    r.f.asked.clear();
    r.f.answers = {0}; // restore
    AgreementsWindow *again = r.f.window->showAgreements();
    REQUIRE(again);
    REQUIRE(r.f.asked.size() == 1);
    CHECK(r.f.asked.first().text.contains(QStringLiteral("Nog niet opgeslagen")));
    CHECK(again->currentId() == id);
    CHECK(again->form()->titleEdit()->text() == QStringLiteral("Nog niet opgeslagen"));
    CHECK(again->isDirty());
    CHECK(r.stored(id).agreement.title != QStringLiteral("Nog niet opgeslagen"));
    // Undo goes back to what is stored.
    again->undoStack()->undo();
    CHECK_FALSE(again->isDirty());
    r.window = again;
}

TEST_CASE("A new agreement is saved into the list, and a deleted one goes to the trash",
          "[ui][agreements]")
{
    Register r;
    AgreementsWindow &w = *r.window;
    w.newAgreement();
    CHECK(w.currentId() == 0);
    QLineEdit *title = w.form()->titleEdit();
    title->setText(QStringLiteral("Werkgeversnetwerk Oost"));
    Q_EMIT title->editingFinished();
    w.form()->kindBox()->setCurrentIndex(
        w.form()->kindBox()->findData(QStringLiteral("employer_network")));
    REQUIRE(w.save());
    CHECK(w.currentId() != 0);
    CHECK(visibleRows(w) == 5);
    CHECK(r.stored(w.currentId()).agreement.kind == QStringLiteral("employer_network"));
    const qint64 id = w.currentId();
    r.f.answers = {0}; // move to the trash
    REQUIRE(w.deleteCurrent());
    CHECK(visibleRows(w) == 4);
    CHECK(r.f.window->store()->agreements(r.caseId, true).value().size() == 5);
    CHECK(r.stored(id).deleted.isValid());
}

TEST_CASE("The quarterly report is written from the Afspraken view, as PDF and as HTML",
          "[ui][agreements][report]")
{
    Register r;
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("kwartaal.pdf"));
    r.f.files = {{pdf}};
    r.window->exportReport();
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    const QString html = dir.filePath(QStringLiteral("kwartaal.html"));
    REQUIRE(r.window->writeReport(html));
    const QString page = QString::fromUtf8(test::readAll(html));
    CHECK(page.contains(QStringLiteral("What is behind")));
    CHECK(page.contains(QStringLiteral("Convenant Samen aan het werk")));
    // A folder that cannot be written to: told, nothing left behind.
    CHECK_FALSE(r.window->writeReport(dir.filePath(QStringLiteral("no/such/folder/r.pdf"))));
    CHECK(r.f.asked.last().kind == PromptRequest::Error);
}

TEST_CASE("Leaving an agreement with unsaved changes asks first, and Cancel keeps it open",
          "[ui][agreements]")
{
    Register r;
    AgreementsWindow &w = *r.window;
    const qint64 first = w.currentId();
    QLineEdit *title = w.form()->titleEdit();
    title->setText(QStringLiteral("Gewijzigd"));
    Q_EMIT title->editingFinished();
    const qint64 second = w.model()->agreements()[1].id;
    r.f.asked.clear();
    r.f.answers = {2}; // cancel
    CHECK_FALSE(w.select(second));
    CHECK(r.f.asked.size() == 1);
    CHECK(w.currentId() == first);
    CHECK(title->text() == QStringLiteral("Gewijzigd"));
    r.f.answers = {1}; // discard
    CHECK(w.select(second));
    CHECK(w.currentId() == second);
    CHECK(r.stored(first).agreement.title != QStringLiteral("Gewijzigd"));
}

TEST_CASE("Every control of the Afspraken view has a name a screen reader can read, on every page",
          "[ui][agreements][accessibility]")
{
    Register r;
    AgreementsWindow &w = *r.window;
    // The names a label gives the control it is the buddy of.
    QHash<const QWidget *, QString> buddies;
    for (QLabel *label : w.findChildren<QLabel *>()) {
        if (label->buddy()) {
            buddies.insert(label->buddy(), label->text());
        }
    }
    for (int page = 0; page < w.tabs()->count(); ++page) {
        w.tabs()->setCurrentIndex(page);
        QApplication::processEvents();
        for (QWidget *c : w.findChildren<QWidget *>()) {
            if (c->focusPolicy() == Qt::NoFocus || !c->isVisibleTo(&w) ||
                qobject_cast<QAbstractSpinBox *>(c->parentWidget()) ||
                qobject_cast<QComboBox *>(c->parentWidget())) {
                continue; // the inner line edit of a spin box or combo box is the box itself
            }
            const auto *button = qobject_cast<QAbstractButton *>(c);
            QString name = c->accessibleName();
            if (name.isEmpty() && button) {
                name = button->text();
            }
            if (name.isEmpty()) {
                name = buddies.value(c);
            }
            if (name.isEmpty() && qobject_cast<QTabBar *>(c)) {
                name = QStringLiteral("tabs"); // each tab carries its own text
            }
            if (name.isEmpty() && qobject_cast<QScrollArea *>(c)) {
                name = QStringLiteral("scroll area"); // holds the named form
            }
            INFO("page " << page << ": " << c->metaObject()->className() << " "
                         << c->objectName().toStdString());
            CHECK_FALSE(name.remove(QLatin1Char('&')).trimmed().isEmpty());
        }
    }
}

TEST_CASE("The path on the matrix reads cleanly in an Afspraken window that fits 1024×700 to "
          "1920×1080",
          "[ui][agreements][matrix]")
{
    Register r;
    AgreementsWindow &w = *r.window;
    w.tabs()->setCurrentIndex(3);
    w.dateEdit()->setDate(QDate(2026, 12, 31)); // two quarters on the path, an arrow between
    for (const QSize size : {QSize(1000, 640), QSize(1340, 710), QSize(1900, 1000)}) {
        w.resize(size);
        QApplication::processEvents();
        const MatrixLayout &l = w.pathView()->layout();
        const QStringList found = l.collisions(w.pathView()->state());
        INFO(size.width() << "×" << size.height() << ", plot " << l.plot.width() << "×"
                          << l.plot.height() << ":\n"
                          << found.join(QLatin1Char('\n')).toStdString());
        CHECK(l.plot.width() > 300);
        CHECK(found.isEmpty());
    }
}
