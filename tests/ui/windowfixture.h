#pragma once

#include "testsupport.h"

#include "editor/questionnairewidget.h"
#include "editor/strategymatrixview.h"
#include "exchange/exchange.h"
#include "mainwindow.h"
#include "support/prompt.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QSettings>

namespace akkoord::test {

using namespace akkoord::ui;

// A window on a fresh database holding the four examples, with every dialog answered by the test.
struct Fixture
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("akkoord.sqlite"));
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    QVector<PromptRequest> asked;
    QVector<int> answers;       // answers to the next prompts, in order; 0 (the default) after that
    QStringList texts;          // answers to the next text prompts
    QVector<QStringList> files; // answers to the next file dialogs; cancelled after that
    QStringList fileDialogs;    // the titles of the file dialogs shown
    std::unique_ptr<MainWindow> window;

    explicit Fixture(Language language = Language::English)
    {
        {
            auto store = ScenarioStore::open(db).take();
            QVector<ImportedCase> cases;
            const QDir examples(test::sourcePath(QStringLiteral("resources/examples")));
            for (const QString &f : examples.entryList({QStringLiteral("*.json")})) {
                cases << Exchange::read(examples.filePath(f), *knowledge()).value();
            }
            REQUIRE(Exchange::import(*store, cases, DuplicatePolicy::Refuse).ok());
        }
        Prompt::setHook([this](const PromptRequest &r) {
            asked << r;
            return answers.isEmpty() ? 0 : answers.takeFirst();
        });
        Prompt::setTextHook(
            [this](const QString &, const QString &value) -> std::optional<QString> {
                return texts.isEmpty() ? value : texts.takeFirst();
            });
        Prompt::setFileHook([this](const QString &title) {
            fileDialogs << title;
            return files.isEmpty() ? QStringList() : files.takeFirst();
        });
        window = std::make_unique<MainWindow>(knowledge(), language, &settings);
        window->resize(1400, 900);
        window->show();
        REQUIRE(window->openDatabase(db));
    }
    ~Fixture()
    {
        window.reset();
        Prompt::setHook({});
        Prompt::setTextHook({});
        Prompt::setFileHook({});
    }
    qint64 scenario(const char *municipality) const
    {
        const auto c = window->store()->findCase(QString::fromUtf8(municipality));
        REQUIRE(c.ok());
        return window->store()->scenarios(c.value().id).value().first().id;
    }
    // Chooses an option in the questionnaire as a user would: through the combo box.
    void choose(const char *question, const char *option)
    {
        QComboBox *combo = window->questionnaire()->comboFor(QString::fromUtf8(question));
        REQUIRE(combo);
        const int index = combo->findData(QString::fromUtf8(option));
        REQUIRE(index >= 0);
        combo->setFocus();
        combo->setCurrentIndex(index);
    }
    // Changes a scenario, writes its draft and drops the window without closing it, as a crash
    // would; returns the draft's path.
    QString crashWithDraft(qint64 id)
    {
        REQUIRE(window->openScenario(id));
        choose("economy", "dip");
        window->writeDraft();
        const QString draft = window->draftPath();
        REQUIRE(QFile::exists(draft));
        window.reset();
        return draft;
    }
    // A new window on the same database, as at the next start.
    void restart()
    {
        asked.clear();
        window = std::make_unique<MainWindow>(knowledge(), Language::English, &settings);
        REQUIRE(window->openDatabase(db));
    }
    const ChartPoint *marker() const
    {
        return window->matrixView()->state().point(ChartPoint::Scenario);
    }
};

// The application font at a scale (the user's text size), for the length of a test.
struct FontScale
{
    QFont saved = QApplication::font();
    explicit FontScale(qreal factor)
    {
        QFont f = saved;
        f.setPointSizeF(saved.pointSizeF() * factor);
        QApplication::setFont(f);
    }
    ~FontScale() { QApplication::setFont(saved); }
};

} // namespace akkoord::test
