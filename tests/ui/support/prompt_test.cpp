#include "testsupport.h"

#include "support/prompt.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QTimer>

using namespace akkoord;
using namespace akkoord::ui;

// Every question the program asks goes through Prompt, so that tests answer it; an error tells
// what happened and, for the kinds a user can act on, what to do.
TEST_CASE("Prompt hands every question to its hook and says what to do about an error",
          "[ui][prompt]")
{
    QVector<PromptRequest> asked;
    Prompt::setHook([&](const PromptRequest &r) {
        asked << r;
        return 1;
    });
    QStringList fileTitles;
    Prompt::setFileHook([&](const QString &title) {
        fileTitles << title;
        return QStringList{QStringLiteral("/tmp/a.json"), QStringLiteral("/tmp/b.json")};
    });
    Prompt::setTextHook([](const QString &, const QString &value) -> std::optional<QString> {
        return value + QStringLiteral("!");
    });

    CHECK(Prompt::ask(nullptr, {PromptRequest::Question,
                                QStringLiteral("T"),
                                QStringLiteral("?"),
                                QString(),
                                {QStringLiteral("A"), QStringLiteral("B")}}) == 1);
    CHECK(Prompt::text(nullptr, QStringLiteral("T"), QStringLiteral("Title:"),
                       QStringLiteral("x")) == QStringLiteral("x!"));
    CHECK(Prompt::filesToOpen(nullptr, QStringLiteral("Import"), QString(), QString()).size() == 2);
    CHECK(Prompt::fileToOpen(nullptr, QStringLiteral("Open"), QString(), QString()) ==
          QStringLiteral("/tmp/a.json"));
    CHECK(Prompt::fileToSave(nullptr, QStringLiteral("Save"), QString(), QString()) ==
          QStringLiteral("/tmp/a.json"));
    CHECK(fileTitles ==
          QStringList{QStringLiteral("Import"), QStringLiteral("Open"), QStringLiteral("Save")});

    Error full;
    full.kind = ErrorKind::DiskFull;
    full.message = QStringLiteral("the disk is full");
    Prompt::showError(nullptr, QStringLiteral("Not saved"), full);
    REQUIRE(asked.size() == 2);
    CHECK(asked[1].kind == PromptRequest::Error);
    CHECK(asked[1].title == QStringLiteral("Not saved"));
    CHECK(asked[1].text.contains(QStringLiteral("the disk is full")));
    CHECK(asked[1].details.contains(QStringLiteral("Free some disk space")));

    Prompt::setHook({});
    Prompt::setFileHook({});
    Prompt::setTextHook({});
}

TEST_CASE("A text prompt is wide enough to show its value whole, with room to change it",
          "[ui][prompt]")
{
    // A copy's title ("Vanuit de situatie van Rotterdam (kopie)") was cut in Qt's own width.
    const QString title = QStringLiteral("Vanuit de situatie van Rotterdam (kopie)");
    for (const QStringList &items : {QStringList(), QStringList{QStringLiteral("Zwolle")}}) {
        int shown = 0;
        int needed = 0;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            REQUIRE(dialog);
            QWidget *field = items.isEmpty()
                                 ? static_cast<QWidget *>(dialog->findChild<QLineEdit *>())
                                 : dialog->findChild<QComboBox *>();
            REQUIRE(field);
            shown = field->width();
            needed = field->fontMetrics().horizontalAdvance(title);
            dialog->accept();
        });
        const auto answer = Prompt::text(nullptr, QStringLiteral("Scenario dupliceren"),
                                         QStringLiteral("Titel van de kopie:"), title, items);
        REQUIRE(answer);
        CHECK(*answer == title);
        INFO(shown << " px for " << needed << " px of text");
        CHECK(shown > needed + 20);
    }
}

TEST_CASE("A file dialog that would start in the home folder starts where the user chose a file "
          "last",
          "[ui][prompt]")
{
    // Every dialog suggested the home folder, so a user saving reports to one folder went there
    // again each time (found by a walkthrough).
    const QString reports = QStringLiteral("/srv/gemeente/rapporten");
    Prompt::setFileHook([&reports](const QString &) {
        return QStringList{reports + QStringLiteral("/soest.pdf")};
    });
    REQUIRE(Prompt::fileToSave(nullptr, QStringLiteral("Rapport opslaan"),
                               QDir::home().filePath(QStringLiteral("soest.pdf")),
                               QStringLiteral("PDF (*.pdf)")) ==
            reports + QStringLiteral("/soest.pdf"));
    Prompt::setFileHook({});
    // The next report's suggested name, in that folder; the home folder itself becomes it too.
    CHECK(Prompt::startIn(QDir::home().filePath(QStringLiteral("vergelijking.pdf"))) ==
          reports + QStringLiteral("/vergelijking.pdf"));
    CHECK(Prompt::startIn(QDir::homePath()) == reports);
    // A suggestion somewhere else is the program's own choice and stays.
    CHECK(Prompt::startIn(QStringLiteral("/opt/voorbeelden/soest.json")) ==
          QStringLiteral("/opt/voorbeelden/soest.json"));
}
