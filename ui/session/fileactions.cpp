#include "session/fileactions.h"

#include "common/outputfile.h"
#include "editor/scenariodocument.h"
#include "exchange/exchange.h"
#include "exchange/scenariofile.h"
#include "reportwriter.h"
#include "session/scenariosession.h"
#include "support/prompt.h"

#include <QDir>
#include <QPrintDialog>
#include <QPrinter>

namespace akkoord::ui {

FileActions::FileActions(ScenarioSession *session, ScenarioDocument *document,
                         std::shared_ptr<const KnowledgeBase> kb, const Advisor &advisor,
                         Language language, QWidget *dialogParent)
    : QObject(dialogParent), m_session(session), m_document(document), m_kb(std::move(kb)),
      m_advisor(advisor), m_language(language), m_parent(dialogParent)
{
}

void FileActions::importFiles()
{
    if (!m_store) {
        return;
    }
    const QStringList files =
        Prompt::filesToOpen(m_parent, tr("Import scenarios"), QDir::homePath(),
                            tr("Akkoord files (*.json);;All files (*)"));
    if (files.isEmpty()) {
        return;
    }
    const auto read = Exchange::readFiles(files);
    if (!read.ok()) {
        Prompt::showError(m_parent, tr("The file cannot be imported"), read.error());
        return;
    }
    // Checked a scenario at a time while imported, in one transaction: a file with an error
    // anywhere writes nothing.
    auto report = Exchange::importFiles(*m_store, read.value(), *m_kb, DuplicatePolicy::Refuse);
    if (!report.ok() && report.error().kind == ErrorKind::Duplicate) {
        const int choice =
            Prompt::ask(m_parent, {PromptRequest::Question,
                                   tr("Already there"),
                                   report.error().message,
                                   QString(),
                                   {tr("Keep both"), tr("Replace"), tr("Skip"), tr("Cancel")}});
        if (choice < 0 || choice > 2) {
            return;
        }
        const DuplicatePolicy policies[] = {DuplicatePolicy::KeepBoth, DuplicatePolicy::Replace,
                                            DuplicatePolicy::Skip};
        report = Exchange::importFiles(*m_store, read.value(), *m_kb, policies[choice]);
    }
    if (!report.ok()) {
        Prompt::showError(m_parent, tr("Nothing was imported"), report.error());
        return;
    }
    Q_EMIT storeChanged();
    Q_EMIT status(
        tr("Imported %1 scenario(s).").arg(report.value().created + report.value().replaced), 5000);
    if (!report.value().scenarioIds.isEmpty() && !m_document->isOpen()) {
        m_session->open(report.value().scenarioIds.first());
    }
}

void FileActions::exportScenario()
{
    if (!m_document->isOpen()) {
        return;
    }
    const QString path = Prompt::fileToSave(
        m_parent, tr("Export scenario"),
        QDir::home().filePath(m_document->content().title + QStringLiteral(".json")),
        tr("Akkoord scenario (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    Scenario s{m_document->municipality(), m_document->content().title,
               m_document->content().answers, m_document->content().notes};
    const Error e = OutputFile::write(path, ScenarioFile::serialize(s, *m_kb));
    if (e.isError()) {
        Prompt::showError(m_parent, tr("The file was not written"), e);
    }
}

void FileActions::exportReport(bool pdf)
{
    if (!m_document->isOpen()) {
        return;
    }
    const QString suffix = pdf ? QStringLiteral(".pdf") : QStringLiteral(".html");
    const QString name =
        QStringLiteral("%1 - %2").arg(m_document->municipality(), m_document->content().title);
    const QString path =
        Prompt::fileToSave(m_parent, tr("Save report"), QDir::home().filePath(name + suffix),
                           pdf ? tr("PDF document (*.pdf)") : tr("Web page (*.html)"));
    if (path.isEmpty()) {
        return;
    }
    const ReportWriter writer(m_advisor, m_language);
    const Report report =
        writer.scenarioReport(m_document->content().toScenario(m_document->municipality()));
    const Error e = pdf ? writer.writePdf(report, path) : writer.writeHtml(report, path);
    if (e.isError()) {
        Prompt::showError(m_parent, tr("The report was not written"), e);
    } else {
        Q_EMIT status(tr("Report written to %1.").arg(QDir::toNativeSeparators(path)), 5000);
    }
}

void FileActions::printReport()
{
    if (!m_document->isOpen()) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, m_parent);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const ReportWriter writer(m_advisor, m_language);
    if (!writer.paint(
            writer.scenarioReport(m_document->content().toScenario(m_document->municipality())),
            &printer)) {
        Error error;
        error.kind = ErrorKind::StorageFailed;
        error.message = tr("the printer could not be used; check that it is still available");
        Prompt::showError(m_parent, tr("The report was not printed"), error);
    }
}

} // namespace akkoord::ui
