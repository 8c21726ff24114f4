#include "support/prompt.h"

#include <algorithm>

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace akkoord::ui {

namespace {
Prompt::Hook &hook()
{
    static Prompt::Hook instance;
    return instance;
}
Prompt::TextHook &textHook()
{
    static Prompt::TextHook instance;
    return instance;
}
Prompt::FileHook &fileHook()
{
    static Prompt::FileHook instance;
    return instance;
}
} // namespace

void Prompt::setFileHook(FileHook h)
{
    fileHook() = std::move(h);
}

namespace {

QString &lastFolder()
{
    static QString folder;
    return folder;
}

// The chosen files' folder is where the next dialog starts.
QStringList noted(const QStringList &files)
{
    if (!files.isEmpty() && !files.first().isEmpty()) {
        lastFolder() = QFileInfo(files.first()).absolutePath();
    }
    return files;
}

} // namespace

QString Prompt::startIn(const QString &suggested)
{
    if (lastFolder().isEmpty()) {
        return suggested;
    }
    const QFileInfo info(suggested);
    const bool inHome = suggested.isEmpty() || QDir(suggested) == QDir::home() ||
                        QDir(info.absolutePath()) == QDir::home();
    if (!inHome) {
        return suggested;
    }
    // A folder stays a folder; a suggested file name keeps its name in the last folder.
    return suggested.isEmpty() || QDir(suggested) == QDir::home()
               ? lastFolder()
               : QDir(lastFolder()).filePath(info.fileName());
}

QStringList Prompt::filesToOpen(QWidget *parent, const QString &title, const QString &folder,
                                const QString &filter)
{
    if (fileHook()) {
        return noted(fileHook()(title));
    }
    return noted(QFileDialog::getOpenFileNames(parent, title, startIn(folder), filter));
}

QString Prompt::fileToOpen(QWidget *parent, const QString &title, const QString &folder,
                           const QString &filter)
{
    if (fileHook()) {
        return noted({fileHook()(title).value(0)}).value(0);
    }
    return noted({QFileDialog::getOpenFileName(parent, title, startIn(folder), filter)}).value(0);
}

QString Prompt::fileToSave(QWidget *parent, const QString &title, const QString &suggested,
                           const QString &filter)
{
    if (fileHook()) {
        return noted({fileHook()(title).value(0)}).value(0);
    }
    return noted({QFileDialog::getSaveFileName(parent, title, startIn(suggested), filter)})
        .value(0);
}

void Prompt::setTextHook(TextHook h)
{
    textHook() = std::move(h);
}

std::optional<QString> Prompt::text(QWidget *parent, const QString &title, const QString &label,
                                    const QString &value, const QStringList &items)
{
    if (textHook()) {
        return textHook()(label, value);
    }
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    if (!items.isEmpty()) {
        QStringList choices = items;
        if (!value.isEmpty() && !choices.contains(value)) {
            choices.prepend(value);
        }
        dialog.setComboBoxItems(choices);
        dialog.setComboBoxEditable(true);
    }
    dialog.setTextValue(value);
    // Wide enough to show the value whole with room to change it (a copy's title is long; Qt's
    // own width cut "Vanuit de situatie van Rotterdam"), up to a sensible line.
    const int wanted = dialog.fontMetrics().horizontalAdvance(value) +
                       dialog.fontMetrics().horizontalAdvance(QStringLiteral("M")) * 12;
    dialog.resize(std::max(dialog.sizeHint().width(), std::min(wanted, 720)),
                  dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted || dialog.textValue().trimmed().isEmpty()) {
        return std::nullopt;
    }
    return dialog.textValue().trimmed();
}

void Prompt::setHook(Hook h)
{
    hook() = std::move(h);
}

int Prompt::ask(QWidget *parent, const PromptRequest &request)
{
    if (hook()) {
        return hook()(request);
    }
    QMessageBox box(parent);
    box.setWindowTitle(request.title);
    box.setText(request.text);
    if (!request.details.isEmpty()) {
        box.setInformativeText(request.details);
    }
    switch (request.kind) {
    case PromptRequest::Information:
        box.setIcon(QMessageBox::Information);
        break;
    case PromptRequest::Question:
        box.setIcon(QMessageBox::Question);
        break;
    case PromptRequest::Warning:
        box.setIcon(QMessageBox::Warning);
        break;
    case PromptRequest::Error:
        box.setIcon(QMessageBox::Critical);
        break;
    }
    QList<QAbstractButton *> buttons;
    for (int i = 0; i < request.buttons.size(); ++i) {
        QPushButton *b = box.addButton(request.buttons[i], QMessageBox::ActionRole);
        buttons << b;
        if (i == 0) {
            box.setDefaultButton(b);
        }
    }
    if (request.buttons.isEmpty()) {
        box.addButton(QMessageBox::Ok);
    }
    box.exec();
    return int(buttons.indexOf(box.clickedButton()));
}

void Prompt::inform(QWidget *parent, PromptRequest::Kind kind, const QString &title,
                    const QString &text, const QString &details)
{
    ask(parent, PromptRequest{kind,
                              title,
                              text,
                              details,
                              {QCoreApplication::translate("akkoord::ui::Prompt", "OK")}});
}

void Prompt::showError(QWidget *parent, const QString &title, const Error &error)
{
    QString advice;
    switch (error.kind) {
    case ErrorKind::NewerDatabase:
        advice = tr("Install the newer Akkoord, or open another database.");
        break;
    case ErrorKind::CorruptDatabase:
        advice = tr("Your other databases and backups are not affected. Restore a backup, or ask "
                    "your IT department for help.");
        break;
    case ErrorKind::ReadOnly:
        advice = tr("Open a copy in a folder you can write to, or ask for write permission.");
        break;
    case ErrorKind::DiskFull:
        advice = tr("Free some disk space, then save again. Your changes are still here.");
        break;
    case ErrorKind::Busy:
        advice = tr("Another program is saving. Try again in a moment.");
        break;
    default:
        break;
    }
    inform(parent, PromptRequest::Error, title, error.toString(), advice);
}

} // namespace akkoord::ui
