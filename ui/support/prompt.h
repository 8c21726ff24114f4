#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace akkoord::ui {

// Every question the program asks the user goes through here, so tests can answer dialogs
// through a hook instead of skipping them.
struct PromptRequest
{
    enum Kind
    {
        Information,
        Question,
        Warning,
        Error
    };
    Kind kind = Information;
    QString title;
    QString text;
    QString details;
    QStringList buttons; // the first is the default
};

class Prompt
{
    Q_DECLARE_TR_FUNCTIONS(akkoord::ui::Prompt)

public:
    // Returns the index of the chosen button, or -1 when the dialog was closed.
    static int ask(QWidget *parent, const PromptRequest &request);
    static void inform(QWidget *parent, PromptRequest::Kind kind, const QString &title,
                       const QString &text, const QString &details = QString());
    // An error: what happened, in the user's language, and what they can do about it.
    static void showError(QWidget *parent, const QString &title, const Error &error);

    // Asks for a line of text (with suggestions when items is not empty); nullopt on cancel.
    static std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                                       const QString &value, const QStringList &items = {});

    // File dialogs: the files to open (empty when cancelled), or where to save (empty when
    // cancelled). suggested is a path in the folder to start in.
    static QStringList filesToOpen(QWidget *parent, const QString &title, const QString &folder,
                                   const QString &filter);
    static QString fileToOpen(QWidget *parent, const QString &title, const QString &folder,
                              const QString &filter);
    // Where a file dialog starts: a suggestion in the home folder (the default everywhere) goes
    // to the folder the user chose a file in last, in this session; one elsewhere stays.
    static QString startIn(const QString &suggested);
    static QString fileToSave(QWidget *parent, const QString &title, const QString &suggested,
                              const QString &filter);

    using Hook = std::function<int(const PromptRequest &)>;
    static void setHook(Hook hook);
    using TextHook =
        std::function<std::optional<QString>(const QString &label, const QString &value)>;
    static void setTextHook(TextHook hook);
    // Answers file dialogs in tests: given the dialog's title, the chosen paths (one to save).
    using FileHook = std::function<QStringList(const QString &title)>;
    static void setFileHook(FileHook hook);
};

} // namespace akkoord::ui
