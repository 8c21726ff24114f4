#include "testsupport.h"
#include "windowfixture.h"

#include "advice/advicetext.h"
#include "browser/casebrowser.h"
#include "browser/casetreemodel.h"
#include "dialogs/comparedialog.h"
#include "dialogs/comparisonchooser.h"
#include "dialogs/newmunicipalitydialog.h"
#include "editor/advicepanel.h"
#include "editor/questionnairewidget.h"
#include "editor/scenariodocument.h"
#include "editor/strategymatrixview.h"
#include "exchange/exchange.h"
#include "mainwindow.h"
#include "support/prompt.h"
#include "support/screenfit.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <sys/stat.h>

using namespace akkoord;
using namespace akkoord::ui;
using akkoord::test::Fixture;
using akkoord::test::FontScale;
using akkoord::test::knowledge;

TEST_CASE("Windows open no larger than the screen leaves free", "[ui][screen]")
{
    // The offscreen screen is smaller than the program's preferred 1400×900, as a 1366×768
    // laptop with a taskbar is: the window and the comparison must fit it.
    QWidget probe;
    const QSize free = probe.screen()->availableGeometry().size();
    REQUIRE(free.width() < 1400);
    const QSize fitted = fittingSize(&probe, QSize(1400, 900));
    CHECK(fitted.width() <= free.width());
    CHECK(fitted.height() <= free.height());
    // A screen larger than preferred leaves the preferred size.
    CHECK(fittingSize(&probe, QSize(400, 300)) == QSize(400, 300));

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("fresh.ini")), QSettings::IniFormat);
    MainWindow window(knowledge(), Language::English, &settings);
    window.show();
    CHECK(window.width() <= free.width());
    CHECK(window.height() <= free.height());
}

#include "dialogs/guidedialog.h"
#include "dialogs/settingsdialog.h"

#include <QAbstractButton>
#include <QLabel>

namespace {

// Visible controls under root that got less room than they need to show their text: a button,
// combo or line smaller than its minimum size hint, a label shorter than its text at its width.
// Inside a scroll area the content may be larger than the view; only its own layout counts.
QStringList clipped(QWidget *root)
{
    QStringList found;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root) || w->size().isEmpty()) {
            continue;
        }
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
                             qobject_cast<QLineEdit *>(w);
        const auto *label = qobject_cast<QLabel *>(w);
        if (!control && !label) {
            continue;
        }
        QSize needed = w->minimumSizeHint();
        if (label && label->wordWrap()) {
            needed = QSize(0, label->heightForWidth(label->width()));
        } else if (label) {
            needed = label->sizeHint();
        }
        if (w->width() < needed.width() || w->height() < needed.height()) {
            const auto *button = qobject_cast<QAbstractButton *>(w);
            const QString text = label    ? label->text()
                                 : button ? button->text()
                                          : w->accessibleName();
            found << QStringLiteral("%1 “%2”: %3×%4, needs %5×%6")
                         .arg(QString::fromLatin1(w->metaObject()->className()), text.left(40))
                         .arg(w->width())
                         .arg(w->height())
                         .arg(needed.width())
                         .arg(needed.height());
        }
    }
    return found;
}

} // namespace

TEST_CASE("At 150 % font size nothing is cut off, on a 1366×768 laptop", "[ui][screen][font]")
{
    const FontScale scale(1.5);
    Fixture f;
    REQUIRE(f.window->openScenario(f.scenario("Soest")));
    // What a 1366×768 screen leaves with a taskbar: the window's layout must fit in it (a window
    // that asks more is cut off at the screen's edge), and in it nothing may be cut off.
    const QSize laptop(1366, 728);
    const QSize needs = f.window->minimumSizeHint().expandedTo(f.window->minimumSize());
    INFO("the window needs " << needs.width() << "×" << needs.height() << " at "
                             << QApplication::font().pointSizeF() << " pt");
    CHECK(needs.width() <= laptop.width());
    CHECK(needs.height() <= laptop.height());
    f.window->resize(laptop);
    QApplication::processEvents();
    const QStringList main = clipped(f.window.get());
    // The matrix's axis names are not cut at its edge (the name of the vertical axis was, by a
    // third), and each pole stays in its own half (moved along a crowded axis, "▼ Selective"
    // stood under "▲ Broad"). Its crowding at this font is what the table (As a table) is for.
    const StrategyMatrixView *matrix = f.window->matrixView();
    for (const auto &[name, rect] : matrix->axisNameGeometry()) {
        INFO(name.toStdString());
        CHECK(QRectF(matrix->viewport()->rect()).contains(rect)); // where the chart is drawn
    }
    const QStringList poles =
        matrix->layout().collisions(matrix->state()).filter(QStringLiteral("opposite half"));
    INFO(poles.join(QLatin1Char('\n')).toStdString());
    CHECK(poles.isEmpty());
    INFO(main.join(QLatin1Char('\n')).toStdString());
    CHECK(main.isEmpty());
    // The dialogs a user meets on the way.
    SettingsDialog settings(QStringLiteral("nl"), QStringLiteral("system"), f.window.get());
    GuideDialog guide(Language::English, f.window.get());
    NewMunicipalityDialog created(f.window.get());
    for (QDialog *d : {static_cast<QDialog *>(&settings), static_cast<QDialog *>(&guide),
                       static_cast<QDialog *>(&created)}) {
        d->show();
        QApplication::processEvents();
        const QStringList found = clipped(d);
        INFO(d->windowTitle().toStdString() << ": " << found.join(QLatin1Char('\n')).toStdString());
        CHECK(found.isEmpty());
        d->hide();
    }
}
